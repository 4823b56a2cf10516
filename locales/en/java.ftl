## The java check: the Java in use, and whether it is supported and up to date. Codes java.<reason>.

title = Java
not-needed = Java is not needed to log in to helsenorge.no; update it if you use it for other things.

ok = Java { $version } ({ $vendor }) is supported and up to date
    .title = Java is supported and up to date
    .guidance =
        Nothing to do.

outdated = Java { $version } ({ $vendor }) is out of date: the newest is { $latest }
    .title = Java is out of date
    .guidance =
        Update Java: use the update function of your Java, or download the newest version from the same supplier (for example adoptium.net or java.com).
        Remove old Java versions you no longer use.

unsupported-release = Java { $version } ({ $vendor }) is a release that no longer gets security updates
    .title = This Java release no longer gets security updates
    .guidance =
        Install a supported Java (21 or 25, for example from adoptium.net or java.com), then remove the old one.

not-found = No Java was found on this computer
    .title = Java is not installed
    .guidance =
        Install Java only if a program you use asks for it, and then an up-to-date one (for example from adoptium.net or java.com).

broken = Java at { $path } does not work: { $reason ->
        [would-not-start] it would not start: { $error }
        [no-answer] it did not answer within { $seconds ->
            [one] { $seconds } second
           *[other] { $seconds } seconds
        }
        [crashed] it crashed before saying its version
       *[not-java] it answered something that is not a Java version
    }
    .title = A Java installation does not work
    .guidance =
        Reinstall that Java, or remove it if you no longer use it.
        Then run loginsjekk again.

r-32-bit = Java { $version } ({ $vendor }) is a 32-bit version on a 64-bit computer
    .title = Only a 32-bit Java is installed on a 64-bit computer
    .guidance =
        Install the 64-bit version of Java, then remove the 32-bit one if nothing else needs it.

newer-update-likely = Java { $version } ({ $vendor }) was the newest when loginsjekk's facts were written ({ $as_of }), but a newer update has probably been published since (at least { $predicted })
    .title = A newer Java update has probably been published since loginsjekk's facts were written
    .guidance =
        Look for an update: use the update function of your Java, or see the supplier's website (for example adoptium.net or java.com).
        Java is not needed to log in to helsenorge.no, so this does not stop the login.

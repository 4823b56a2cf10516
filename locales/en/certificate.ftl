## The certificate check: the ID portal's certificate. Codes certificate.<reason>.

title = The ID portal's certificate

ok = { $host }: Issued to { $owner ->
        [none] no named organisation
       *[other] { $owner }
    }{ $org_number ->
        [none] {""}
       *[other] {" "}(org. no. { $org_number })
    } · Issued by { $issuer } · Valid until { $not_after } ({ $days ->
        [one] { $days } day
       *[other] { $days } days
    })
    .title = The certificate is valid, trusted and issued to the right agency
    .guidance =
        Nothing to do. In the browser, click the padlock to see the same certificate.

expired = { $host }: { $cert ->
        [issuer] the certificate of its issuer "{ $cert_name }" expired on { $not_after }
       *[site] the certificate expired on { $not_after }
    }
    .title = The certificate has expired
    .guidance =
        A real ID portal never has an expired certificate. Do not log in.
        Check that this computer's date is right.
    .escalate =
        If it is, call the helsenorge.no helpline.

not-yet-valid = { $host }: { $cert ->
        [issuer] the certificate of its issuer "{ $cert_name }" is not valid until { $not_before }
       *[site] the certificate is not valid until { $not_before }
    }
    .title = The certificate is not valid yet
    .guidance =
        Check that this computer's date and time are right, and set them to update automatically.
        If they are right, do not log in.
    .escalate =
        Then call the helsenorge.no helpline.

wrong-host = { $host }: the certificate is for another address ({ $names })
    .title = The certificate is for another address
    .guidance =
        The site that answered is not the one asked for. Do not log in.
        Check the address in the browser: it should start with https://login.idporten.no or https://idporten.no.
        A hosts-file entry, a proxy or a security program can cause this.
    .escalate =
        Call the helsenorge.no helpline.
    .ask =
        Ask which address the browser shows, and whether a VPN, a proxy or a security program is in use.
        The caller should not log in until loginsjekk shows the right certificate.

untrusted = { $host }: the certificate is not issued by anyone this computer trusts ({ $root })
    .title = The certificate is not trusted
    .guidance =
        The browser would warn about this site. Do not log in, and do not click past the warning.
        Check the address, and that no proxy or security program stands in between.
    .escalate =
        Call the helsenorge.no helpline.
    .ask =
        Ask whether the browser warns about idporten.no, and whether the computer is on a work, school or public network.

intercepted = { $host }: your connection is inspected by "{ $root }"
    .title = The secure connection is inspected by a program or network on the way
    .guidance =
        A security program (such as antivirus with HTTPS scanning) or a company network opens the encrypted traffic to look at it, and this computer has been set up to trust that.
        On a work computer this is usually deliberate. On a private computer, find the setting for HTTPS or web scanning in the security program.
        It can make logins fail. If it does, turn the scanning off for idporten.no, or use another computer or network.
    .ask =
        Ask whether an antivirus or security program with HTTPS or web scanning is installed, and whether the computer belongs to an employer.
        On a private computer, help the caller turn off HTTPS scanning (or exclude idporten.no) in that program, then ask them to run loginsjekk again.

unexpected-owner = { $host }: the certificate is issued to { $owner }{ $owner_number ->
        [none] {""}
       *[other] {" "}(org. no. { $owner_number })
    }, not to { $expected } (org. no. { $expected_number })
    .title = The certificate is issued to another organisation
    .guidance =
        The real ID portal's certificate is issued to Digitaliseringsdirektoratet (org. no. 991825827). Do not log in.
        Check the address in the browser.
    .escalate =
        Then call the helsenorge.no helpline.

no-owner-named = { $host }: the certificate names no organisation (it confirms only the address)
    .title = The certificate confirms the address but names no organisation
    .guidance =
        Nothing to do: the certificate is valid for the address. It does not say which organisation runs the site.

clock-wrong = { $host }: the certificate is valid, but this computer's clock is wrong ({ $cert ->
        [issuer] its issuer "{ $cert_name }" is valid
       *[site] valid
    } { $not_before } to { $not_after })
    .title = The certificate looks invalid because the computer's clock is wrong
    .guidance =
        The site is fine; the problem is this computer's date or time.
        Set the date, time and time zone, and turn on automatic time.
        Then run loginsjekk again.

expiring-soon = { $host }: the certificate expires in { $days ->
        [one] { $days } day
       *[other] { $days } days
    } ({ $not_after })
    .title = The certificate expires within a week
    .guidance =
        Nothing to do now. The ID portal renews its certificate before it runs out.
    .escalate =
        If logins fail after that date, call the helsenorge.no helpline.

unreadable = { $host }: the certificate could not be read
    .title = The certificate could not be read
    .guidance =
        The server sent something that is not a readable certificate. Do not log in.
    .escalate =
        Call the helsenorge.no helpline.

not-checked = Not checked, because no secure connection was set up
    .title = Not checked: there was no secure connection
    .guidance =
        See the line about the secure connection first.

weak = { $host }: { $cert ->
        [issuer] the certificate of its issuer "{ $cert_name }"
       *[site] the certificate
    } { $reason ->
        [sha1] is signed with SHA-1, which browsers no longer accept
        [md5] is signed with MD5, which browsers no longer accept
        [rsa] has a key of only { $bits } bits, which browsers no longer accept
       *[algorithm] is signed in a way browsers no longer accept
    }
    .title = The certificate uses outdated, weak cryptography
    .guidance =
        The browser would refuse this connection. The real ID portal uses strong certificates, so this is probably not the real ID portal.
        Do not log in. Check that no proxy or security program stands in between.
    .escalate =
        Call the helsenorge.no helpline.

wrong-purpose = { $host }: the certificate is not meant for websites (issued by { $issuer })
    .title = The certificate is not meant for websites
    .guidance =
        The certificate says it may be used for other things, such as e-mail or logging in a person, but not to identify a website. Browsers refuse it.
        Do not log in. Check the address, and that no proxy or security program stands in between.
    .escalate =
        Call the helsenorge.no helpline.

incomplete-chain = { $host }: the server sent its certificate without the certificate of its issuer ("{ $missing }")
    .title = The server sends an incomplete certificate chain
    .guidance =
        Without that certificate, this computer cannot check who vouches for the site. Some browsers fetch the missing certificate themselves; others stop with a warning.
        The site must send its full chain; nothing on this computer causes this. Do not click past a warning.
    .escalate =
        Call the helsenorge.no helpline.

name-not-permitted = { $host }: the certificate's issuer may not issue certificates for this address ({ $root })
    .title = The certificate is outside what its issuer may issue
    .guidance =
        The certificate's issuer is only allowed to issue certificates for certain addresses, and this is not one of them. Browsers refuse it.
        Do not log in. Check that no proxy or security program stands in between.
    .escalate =
        Call the helsenorge.no helpline.

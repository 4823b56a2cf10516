## The system check: this computer's settings. Codes system.<reason>.

title = This computer

ok = { $known ->
        [yes] { $os }
       *[no] unknown operating system ({ $arch })
    }; nothing on it sends the login somewhere else
    .title = Nothing on this computer sends the login somewhere else
    .guidance =
        Nothing to do.

hosts-override = Line { $line } of { $file } sends { $name } to { $address }
    .title = The hosts file sends an ID portal address somewhere else
    .guidance =
        This can send your login to a fake site, or stop it from working.
        Remove that line from the hosts file (this needs administrator rights), or ask someone you trust to do it.
    .escalate =
        If you did not add the line yourself, call the helsenorge.no helpline before you log in.
    .ask =
        Ask whether the caller, or someone who helps them, added a line to the hosts file: the report names the file and the line.
        If no one did, the computer may have been tampered with: advise the caller not to log in on it until it has been checked.

proxy = Proxy setting { $variable } = { $value }{ $problem ->
        [invalid] , which is not a valid proxy address
        [unsupported] , a kind of proxy (such as SOCKS) that loginsjekk cannot test through
       *[none] {""}
    }
    .title = Internet traffic goes through a proxy server
    .guidance =
        A proxy is normal on a work network, but rarely needed at home.
        A proxy address looks like http://proxy.example.no:8080. If this one does not, correct or remove the setting.
        If you do not know why a proxy is set, ask whoever looks after this computer.
    .ask =
        Ask whether the computer is on a work network. At home, a proxy setting the caller does not know about should be removed.

data-outdated = The facts loginsjekk checks against are from { $as_of }, { $months ->
        [one] { $months } month
       *[other] { $months } months
    } ago
    .title = The facts loginsjekk checks against are more than a year old
    .guidance =
        Install the newest version of loginsjekk.
        Until then, some results may be wrong, because the ID portal may have changed since.

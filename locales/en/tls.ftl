## The tls check: the secure connection (the padlock) to the ID portal. Codes tls.<reason>.

title = Connection to the ID portal

ok = The connection to { $hosts } is { $verified ->
        [yes] secure
       *[other] encrypted
    } ({ $version }){ $verified ->
        [yes] {""}
       *[other] ; whether it is the real ID portal is for the certificate check to say
    }
    .title = The ID portal answers over an encrypted connection
    .guidance =
        Nothing to do. In the browser, the padlock beside the address shows the same.

dns-failed = { $url }: the address could not be looked up ({ $detail })
    .title = The ID portal's address could not be looked up
    .guidance =
        Check that this computer is connected to the internet, for example by opening another website.
        Restart the router and the computer, then try again.
    .escalate =
        If other websites work but this one does not, call the helsenorge.no helpline.
    .ask =
        Ask whether other websites open, and whether the caller is on a work, school or public network.

connection-refused = { $url }: the connection was refused ({ $detail })
    .title = The connection to the ID portal was refused
    .guidance =
        A firewall or security program may be blocking the connection. Check its settings, or ask whoever looks after this computer.
        If you are on a work or public network, try another network.
    .escalate =
        If the problem remains, call the helsenorge.no helpline.

connection-failed = { $url }: could not connect ({ $detail })
    .title = Could not connect to the ID portal
    .guidance =
        Check that this computer is connected to the internet.
        Restart the router and the computer, then try again.
    .escalate =
        If the problem remains, call the helsenorge.no helpline.
    .ask =
        Ask whether other websites open, and whether the caller is on a work, school or public network.

timeout = { $url }: no answer within { $seconds ->
    [one] { $seconds } second
   *[other] { $seconds } seconds
} (waiting for { $step ->
        [dns] the name lookup
        [connect] { $families ->
            [ipv6-ipv4] a connection over IPv6 or IPv4
            [ipv4-ipv6] a connection over IPv4 or IPv6
            [ipv6] a connection over IPv6
            [ipv4] a connection over IPv4
           *[other] the connection
        }
        [tls] the secure connection
        [proxy] the proxy
       *[response] the answer
    })
    .title = The ID portal did not answer in time
    .guidance =
        The network is slow, or something between this computer and the ID portal holds the connection.
        Try again in a few minutes, or on another network.
        If you use a proxy or a VPN, try without it.
    .ask =
        Ask whether other websites open, and whether a VPN or a proxy is in use.

handshake-failed = { $url }: a secure connection could not be set up ({ $detail })
    .title = A secure connection to the ID portal could not be set up
    .guidance =
        Something between this computer and the ID portal interferes with the secure connection.
        Security programs that inspect secure connections can cause this. Check their settings.
    .escalate =
        If the problem remains, call the helsenorge.no helpline.

protocol-too-old = { $url }: the server offers only outdated, insecure protocols (older than TLS 1.2)
    .title = The server offers only outdated encryption
    .guidance =
        The real ID portal always uses modern encryption (TLS 1.2 or newer), so this is probably not the real ID portal.
        Do not log in. Check that the address is right, and that no proxy or security program stands in between.
    .escalate =
        Call the helsenorge.no helpline.

not-tls = { $url }: something answered that does not use encryption ({ $detail })
    .title = Something answered without encryption
    .guidance =
        Networks in hotels, trains and cafés often show a sign-in page first. Open a website in the browser and accept the network's terms.
        Then run loginsjekk again. Never log in where there is no padlock.

proxy-failed = { $url }: the proxy did not let the connection through ({ $detail })
    .title = The proxy server did not let the connection through
    .guidance =
        This computer is set to go through a proxy server, and that proxy did not connect to the ID portal.
        On a work network, ask the IT department. At home, remove the proxy setting if you do not know why it is there.
    .ask =
        Ask whether the computer is on a work network: if so, the employer's IT department must let login.idporten.no through the proxy.

http-error = { $url }: the server answered with an error ({ $status })
    .title = The ID portal answered with a server error
    .guidance =
        The connection is fine, but the service has a problem at the moment.
        Try again later. Disruptions are announced on helsenorge.no.

bad-response = { $url }: the server's answer could not be understood ({ $detail })
    .title = The ID portal's answer could not be understood
    .guidance =
        Something between this computer and the ID portal may change the traffic.
        Try another network, or without a proxy or VPN.
    .escalate =
        If the problem remains, call the helsenorge.no helpline.

too-many-redirects = { $portal }: the address sends the browser round in circles
    .title = The address sends the browser round in circles
    .guidance =
        Delete the browser's cookies for idporten.no and helsenorge.no, then try again.
    .escalate =
        If the problem remains, call the helsenorge.no helpline.

insecure-redirect = { $url } sends the browser on to { $target }, without encryption
    .title = The address sends the browser on to an unencrypted page
    .guidance =
        The real ID portal never leaves the secure connection. Do not log in there.
        Check the address.
    .escalate =
        Then call the helsenorge.no helpline.

legacy-portal = { $url } (old address): { $outcome ->
        [answers] answers
        [redirects] sends the browser on to { $target }
        [dns-failed] no longer exists
       *[other] does not answer securely ({ $outcome })
    }
    .title = Information about the ID portal's old address
    .guidance =
        The help page names idporten.difi.no, the ID portal's address before 2020. Logins now happen at login.idporten.no.
        Nothing to do: what happens at the old address does not stop the login.

redirected-elsewhere = { $url } sends the browser on to { $target }, which is not the ID portal; loginsjekk did not follow
    .title = The ID portal's address sends the browser somewhere else
    .guidance =
        Networks in hotels, trains and cafés often send every page to their own sign-in page first. Open a website in the browser and accept the network's terms, then run loginsjekk again.
        If that is not it, something on this computer or network is sending the login elsewhere. Do not log in.
    .escalate =
        Call the helsenorge.no helpline.

ipv6-broken = { $host }: this network's IPv6 does not reach the ID portal ({ $addresses }); the computer fell back to IPv4, so the login works, but some sites may be slow
    .title = This network's IPv6 does not work
    .guidance =
        Nothing stops the login: the computer connected over IPv4 instead, as browsers do.
        Restart the router; that often mends it. If it does not, tell your internet provider that IPv6 does not work on your line: they can repair it or turn it off.
        On a work network, tell the IT department.

ipv4-broken = { $host }: this network's IPv4 does not reach the ID portal ({ $addresses }); the computer used IPv6, so the login works, but some sites may be slow
    .title = This network's IPv4 does not work
    .guidance =
        Nothing stops the login: the computer connected over IPv6 instead, as browsers do.
        Restart the router; that often mends it. If it does not, tell your internet provider that IPv4 does not work on your line.
        On a work network, tell the IT department.

client-certificate-requested = { $url }: the server asks this computer for a certificate of its own ({ $detail })
    .title = The server asks this computer for a certificate
    .guidance =
        Logging in to the ID portal does not need one. The server, or something in between such as a company proxy or a security program, wants this computer to identify itself with a certificate.
        On a work network, ask whoever looks after it. Otherwise try another network.
        loginsjekk never sends a certificate, a PIN or a password.
    .escalate =
        If it goes on, call the helsenorge.no helpline.

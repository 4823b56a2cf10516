## tls-sjekken: den sikre forbindelsen (hengelåsen) til ID-porten. Koder tls.<grunn>.

title = Forbindelsen til ID-porten

ok = Forbindelsen til { $hosts } er { $verified ->
        [yes] sikker
       *[other] kryptert
    } ({ $version }){ $verified ->
        [yes] {""}
       *[other] ; om det er den ekte ID-porten, ser du av sertifikatsjekken
    }
    .title = ID-porten svarer over en kryptert forbindelse
    .guidance =
        Du trenger ikke å gjøre noe. I nettleseren viser hengelåsen ved adressen det samme.

dns-failed = { $url }: fant ikke adressen
    .title = Datamaskinen fant ikke adressen til ID-porten
    .guidance =
        Sjekk at datamaskinen er koblet til internett, for eksempel ved å åpne et annet nettsted.
        Start ruteren og datamaskinen på nytt, og prøv igjen.
    .escalate =
        Hvis andre nettsteder virker, men ikke dette, ring Veiledning helsenorge.no.
    .ask =
        Spør om andre nettsteder åpner seg, og om innringeren er på et jobbnettverk, et skolenettverk eller et offentlig nettverk.

connection-refused = { $url }: forbindelsen ble avvist
    .title = Forbindelsen til ID-porten ble avvist
    .guidance =
        En brannmur eller et sikkerhetsprogram kan blokkere forbindelsen. Sjekk innstillingene, eller spør den som har ansvaret for datamaskinen.
        Er du på et jobbnettverk eller et offentlig nettverk, kan du prøve et annet nettverk.
    .escalate =
        Hvis problemet ikke går over, ring Veiledning helsenorge.no.

connection-failed = { $url }: fikk ikke kontakt
    .title = Fikk ikke kontakt med ID-porten
    .guidance =
        Sjekk at datamaskinen er koblet til internett.
        Start ruteren og datamaskinen på nytt, og prøv igjen.
    .escalate =
        Hvis problemet ikke går over, ring Veiledning helsenorge.no.
    .ask =
        Spør om andre nettsteder åpner seg, og om innringeren er på et jobbnettverk, et skolenettverk eller et offentlig nettverk.

timeout = { $url }: fikk ikke svar innen { $seconds ->
    [one] { $seconds } sekund
   *[other] { $seconds } sekunder
} (ventet på { $step ->
        [dns] navneoppslaget
        [connect] { $families ->
            [ipv6-ipv4] en forbindelse over IPv6 eller IPv4
            [ipv4-ipv6] en forbindelse over IPv4 eller IPv6
            [ipv6] en forbindelse over IPv6
            [ipv4] en forbindelse over IPv4
           *[other] forbindelsen
        }
        [tls] den sikre forbindelsen
        [proxy] proxyen
       *[response] svaret
    })
    .title = ID-porten svarte ikke i tide
    .guidance =
        Nettet er tregt, eller noe mellom datamaskinen og ID-porten holder igjen forbindelsen.
        Prøv igjen om noen minutter, eller på et annet nettverk.
        Bruker du proxy eller VPN, kan du prøve uten.
    .ask =
        Spør om andre nettsteder åpner seg, og om innringeren bruker VPN eller proxy.

handshake-failed = { $url }: fikk ikke opprettet en sikker forbindelse
    .title = Fikk ikke opprettet en sikker forbindelse til ID-porten
    .guidance =
        Noe mellom datamaskinen og ID-porten forstyrrer den sikre forbindelsen.
        Sikkerhetsprogrammer som ser inn i sikre forbindelser, kan føre til dette. Sjekk innstillingene i dem.
    .escalate =
        Hvis problemet ikke går over, ring Veiledning helsenorge.no.

protocol-too-old = { $url }: serveren tilbyr bare utdaterte, usikre protokoller (eldre enn TLS 1.2)
    .title = Serveren tilbyr bare utdatert kryptering
    .guidance =
        Den ekte ID-porten bruker alltid moderne kryptering (TLS 1.2 eller nyere), så dette er trolig ikke den ekte ID-porten.
        Ikke logg inn. Sjekk at adressen er riktig, og at ingen proxy eller sikkerhetsprogram står imellom.
    .escalate =
        Ring Veiledning helsenorge.no.

not-tls = { $url }: noe svarte uten kryptering
    .title = Noe svarte uten kryptering
    .guidance =
        Nett på hotell, tog og kafé viser ofte en påloggingsside først. Åpne et nettsted i nettleseren, og godta vilkårene for nettet.
        Kjør så loginsjekk på nytt. Logg aldri inn der det ikke vises en hengelås.

proxy-failed = { $url }: proxyen slapp ikke gjennom forbindelsen ({ $problem ->
        [wants-password] { $proxy } ber om brukernavn og passord
        [refused] { $proxy } nektet å koble videre
        [unusable] proxy-innstillingen kan ikke brukes
       *[unreachable] { $proxy } svarer ikke
    })
    .title = Proxy-serveren slapp ikke gjennom forbindelsen
    .guidance =
        Datamaskinen er satt opp til å gå gjennom en proxy-server, og den fikk ikke kontakt med ID-porten.
        På et jobbnettverk kan du spørre IT-avdelingen. Hjemme kan du fjerne proxy-innstillingen hvis du ikke vet hvorfor den er der.
    .ask =
        Spør om datamaskinen er koblet til et jobbnettverk. I så fall må IT-avdelingen hos arbeidsgiveren slippe login.idporten.no gjennom proxyen.

http-error = { $url }: serveren svarte med en feil ({ $status })
    .title = ID-porten svarte med en serverfeil
    .guidance =
        Forbindelsen er i orden, men tjenesten har problemer akkurat nå.
        Prøv igjen senere. Driftsforstyrrelser blir varslet på helsenorge.no.

bad-response = { $url }: svaret fra serveren kunne ikke forstås
    .title = Svaret fra ID-porten kunne ikke forstås
    .guidance =
        Noe mellom datamaskinen og ID-porten kan endre trafikken.
        Prøv et annet nettverk, eller prøv uten proxy eller VPN.
    .escalate =
        Hvis problemet ikke går over, ring Veiledning helsenorge.no.

too-many-redirects = { $portal }: adressen sender nettleseren fram og tilbake uten å komme noen vei
    .title = Adressen sender nettleseren fram og tilbake uten å komme noen vei
    .guidance =
        Slett informasjonskapslene i nettleseren for idporten.no og helsenorge.no, og prøv igjen.
    .escalate =
        Hvis problemet ikke går over, ring Veiledning helsenorge.no.

insecure-redirect = { $url } sender nettleseren videre til { $target }, uten kryptering
    .title = Adressen sender nettleseren videre til en side uten kryptering
    .guidance =
        Den ekte ID-porten går aldri bort fra den sikre forbindelsen. Ikke logg inn der.
        Sjekk adressen.
    .escalate =
        Ring deretter Veiledning helsenorge.no.

legacy-portal = { $url } (gammel adresse): { $outcome ->
        [answers] svarer
        [redirects] sender nettleseren videre til { $target }
        [dns-failed] finnes ikke lenger
       *[other] svarer ikke sikkert
    }
    .title = Om den gamle adressen til ID-porten
    .guidance =
        Hjelpesiden nevner idporten.difi.no, adressen til ID-porten før 2020. Innlogging skjer nå på login.idporten.no.
        Du trenger ikke å gjøre noe. Det som skjer på den gamle adressen, hindrer ikke innloggingen.

redirected-elsewhere = { $url } sender nettleseren videre til { $target }, som ikke er ID-porten; loginsjekk fulgte ikke etter
    .title = Adressen til ID-porten sender nettleseren et annet sted
    .guidance =
        Nett på hotell, tog og kafé sender ofte alle sider til sin egen påloggingsside først. Åpne en nettside i nettleseren, godta vilkårene for nettet, og kjør loginsjekk igjen.
        Hvis det ikke er forklaringen, er det noe på denne datamaskinen eller i nettverket som sender innloggingen et annet sted. Ikke logg inn.
    .escalate =
        Ring Veiledning helsenorge.no.

ipv6-broken = { $host }: IPv6 på dette nettverket når ikke fram til ID-porten ({ $addresses }); datamaskinen brukte IPv4 i stedet, så innloggingen virker, men noen nettsteder kan gå tregt
    .title = IPv6 virker ikke på dette nettverket
    .guidance =
        Ingenting hindrer innloggingen. Datamaskinen koblet seg til over IPv4 i stedet, slik nettlesere gjør.
        Start ruteren på nytt, det hjelper ofte. Hjelper det ikke, kan du si fra til internettleverandøren at IPv6 ikke virker på linjen din. De kan rette feilen eller slå av IPv6.
        På et jobbnettverk sier du fra til IT-avdelingen.

ipv4-broken = { $host }: IPv4 på dette nettverket når ikke fram til ID-porten ({ $addresses }); datamaskinen brukte IPv6, så innloggingen virker, men noen nettsteder kan gå tregt
    .title = IPv4 virker ikke på dette nettverket
    .guidance =
        Ingenting hindrer innloggingen. Datamaskinen koblet seg til over IPv6 i stedet, slik nettlesere gjør.
        Start ruteren på nytt, det hjelper ofte. Hjelper det ikke, kan du si fra til internettleverandøren at IPv4 ikke virker på linjen din.
        På et jobbnettverk sier du fra til IT-avdelingen.

client-certificate-requested = { $url }: serveren ber denne datamaskinen om et eget sertifikat
    .title = Serveren ber datamaskinen om et sertifikat
    .guidance =
        Innlogging i ID-porten trenger ikke et slikt sertifikat. Serveren, eller noe imellom som en proxy i et firmanettverk eller et sikkerhetsprogram, vil at datamaskinen skal identifisere seg med et sertifikat.
        På et jobbnettverk spør du den som har ansvaret for det. Ellers kan du prøve et annet nettverk.
        loginsjekk sender aldri et sertifikat, en PIN-kode eller et passord.
    .escalate =
        Hvis det ikke går over, ring Veiledning helsenorge.no.

## Systemsjekken: innstillinger på denne datamaskinen. Koder system.<grunn>.

title = Denne datamaskinen

ok = { $known ->
        [yes] { $os }
       *[no] ukjent operativsystem ({ $arch })
    }. Ingenting her sender innloggingen til feil sted
    .title = Ingenting på denne datamaskinen sender innloggingen til feil sted
    .guidance =
        Du trenger ikke å gjøre noe.

hosts-override = Linje { $line } i { $file } sender { $name } til { $address }
    .title = Hosts-filen sender en adresse til ID-porten et annet sted
    .guidance =
        Dette kan sende innloggingen din til et falskt nettsted eller gjøre at den ikke virker.
        Fjern linjen fra hosts-filen (det krever administratorrettigheter), eller be noen du stoler på, om å gjøre det.
    .escalate =
        Hvis du ikke har lagt inn linjen selv, ring Veiledning helsenorge.no før du logger inn.
    .ask =
        Spør om innringeren, eller noen som hjelper vedkommende, har lagt inn en linje i hosts-filen. Rapporten sier hvilken fil og hvilken linje.
        Hvis ingen har gjort det, kan noen ha tuklet med datamaskinen. Råd innringeren til ikke å logge inn på den før den er undersøkt.

proxy = Proxy-innstilling { $variable } = { $value }{ $problem ->
        [invalid] , som ikke er en gyldig proxy-adresse
        [unsupported] , en type proxy (for eksempel SOCKS) som loginsjekk ikke kan teste gjennom
       *[none] {""}
    }
    .title = Internettrafikken går gjennom en proxy-server
    .guidance =
        En proxy er vanlig på jobbnettverk, men sjelden nødvendig hjemme.
        En proxy-adresse ser ut som http://proxy.eksempel.no:8080. Gjør ikke denne det, må du rette eller fjerne innstillingen.
        Vet du ikke hvorfor det er satt opp en proxy, kan du spørre den som har ansvaret for datamaskinen.
    .ask =
        Spør om datamaskinen er koblet til et jobbnettverk. Hjemme bør en proxy-innstilling som innringeren ikke kjenner til, fjernes.

data-outdated = Opplysningene loginsjekk sjekker mot, er fra { $as_of }, for { $months ->
        [one] { $months } måned
       *[other] { $months } måneder
    } siden
    .title = Opplysningene loginsjekk sjekker mot, er mer enn ett år gamle
    .guidance =
        Installer den nyeste versjonen av loginsjekk.
        Fram til da kan noen av resultatene være feil, fordi ID-porten kan ha endret seg siden.

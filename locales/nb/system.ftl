## Systemsjekken: innstillinger på denne datamaskinen. Koder system.<grunn>.

title = Denne datamaskinen

ok = { $os }; ingenting på den sender ID-porten et annet sted
    .title = Ingenting på denne datamaskinen sender innloggingen et annet sted
    .guidance =
        Du trenger ikke gjøre noe.

hosts-override = Linje { $line } i { $file } sender { $name } til { $address }
    .title = Hosts-filen sender en adresse til ID-porten et annet sted
    .guidance =
        Dette kan sende innloggingen din til et falskt nettsted, eller hindre at den virker.
        Fjern den linjen fra hosts-filen (det krever administratorrettigheter), eller be noen du stoler på om å gjøre det.
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
        En proxy-adresse ser slik ut: http://proxy.eksempel.no:8080. Hvis denne ikke gjør det, rett eller fjern innstillingen.
        Hvis du ikke vet hvorfor en proxy er satt, spør den som har ansvar for datamaskinen.
    .ask =
        Spør om datamaskinen er koblet til et jobbnettverk. Hjemme bør en proxy-innstilling som innringeren ikke kjenner til, fjernes.

data-outdated = Opplysningene loginsjekk sjekker mot, er fra { $as_of }, for { $months } måneder siden
    .title = Opplysningene loginsjekk sjekker mot, er mer enn ett år gamle
    .guidance =
        Installer den nyeste versjonen av loginsjekk.
        Inntil da kan noen resultater være feil, fordi ID-porten kan ha endret seg siden.

## USB-sjekken: Commfides e-ID på USB-pinne. Koder usb-token.<grunn>.

title = Commfides e-ID på USB-pinne

commfides-found = Commfides-pinnen er gjenkjent: { $name } (funnet som { $route ->
        [pcsc] kortleser
        [usb] USB-enhet
       *[storage] lagringsenhet
    })
    .title = Commfides e-ID-pinnen er gjenkjent
    .guidance =
        Du trenger ikke å gjøre noe. Når du skal logge inn, velger du Commfides e-ID i ID-porten og har PIN-koden klar.

unconfirmed = En USB-enhet for smartkort er koblet til, men loginsjekk kan ikke bekrefte at den er en Commfides-pinne: { $id } { $manufacturer } { $product }
    .title = En USB-enhet for smartkort er koblet til, men ikke bekreftet som Commfides-pinne
    .guidance =
        Brukerstøtten kan legge inn ID-en til pinnen (usb_ids i profilen), slik at loginsjekk kjenner den igjen. Se docs/profile.md.
    .escalate =
        Hvis dette er Commfides-pinnen din, les opp ID-en over når du ringer Veiledning helsenorge.no.
    .ask =
        Be innringeren lese opp ID-en til enheten fra rapporten (fire og fire tegn, for eksempel 1a2b:3c4d).

not-found = Fant ingen Commfides e-ID-pinne
    .title = Fant ingen Commfides e-ID-pinne
    .guidance =
        Sett pinnen rett inn i datamaskinen, ikke i en hub, og vent til datamaskinen har funnet den.
        Commfides e-ID krever også norsk fødselsnummer eller D-nummer.
    .escalate =
        Hvis pinnen fortsatt ikke blir funnet, ring Veiledning helsenorge.no.

usb-unavailable = Fikk ikke oversikt over USB-enhetene på denne datamaskinen, så loginsjekk lette etter pinnen på de andre måtene
    .title = Fikk ikke oversikt over USB-enhetene
    .guidance =
        Du trenger ikke å gjøre noe. Dette skjer i containere og virtuelle maskiner uten USB.

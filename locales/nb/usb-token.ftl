## USB-sjekken: Commfides e-ID på USB-pinne. Koder usb-token.<grunn>.

title = Commfides e-ID på USB-pinne

commfides-found = Commfides-pinnen er gjenkjent: { $name } (funnet via { $routes })
    .title = Commfides e-ID-pinnen er gjenkjent
    .guidance =
        Du trenger ikke gjøre noe. For å logge inn velger du Commfides e-ID i ID-porten og har PIN-koden klar.

unconfirmed = En USB-enhet for smartkort er koblet til, men loginsjekk kan ikke bekrefte at den er en Commfides-pinne: { $id } { $manufacturer } { $product }
    .title = En USB-enhet for smartkort er koblet til, men ikke bekreftet som Commfides-pinne
    .guidance =
        En brukerstøtte kan legge inn pinnens ID (usb_ids i profilen) slik at loginsjekk kjenner den igjen; se docs/profile.md.
    .escalate =
        Hvis dette er Commfides-pinnen din, les opp ID-en over når du ringer Veiledning helsenorge.no.
    .ask =
        Be innringeren lese opp ID-en til enheten fra rapporten (fire og fire tegn, for eksempel 1a2b:3c4d).

not-found = Fant ingen Commfides e-ID-pinne
    .title = Fant ingen Commfides e-ID-pinne
    .guidance =
        Sett pinnen rett inn i datamaskinen, ikke gjennom en hub, og vent til datamaskinen har gjenkjent den.
        Commfides e-ID krever også norsk fødselsnummer eller D-nummer.
    .escalate =
        Hvis pinnen fortsatt ikke blir funnet, ring Veiledning helsenorge.no.

usb-unavailable = USB-enheter kunne ikke listes på denne datamaskinen ({ $reason }); de andre måtene å finne pinnen på ble brukt
    .title = USB-enheter kunne ikke listes
    .guidance =
        Du trenger ikke gjøre noe. Dette skjer i containere og virtuelle maskiner uten USB.

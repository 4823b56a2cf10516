## Kortlesersjekken: en kortleser med Buypass ID-kort. Koder card-reader.<grunn>.

title = Kortleser og Buypass-kort

buypass-card = { $kind ->
        [norsk-tipping] Spillerkort fra Norsk Tipping (Buypass ID)
        [altinn] Altinn-kort (Buypass ID)
        [payment] Betalingskort
       *[buypass-id] Buypass ID-kort
    } i «{ $reader }».{ $years ->
        [0] {""}
        [one] {" "}Denne typen kort er gyldig i { $years } år fra det ble utstedt.
       *[other] {" "}Denne typen kort er gyldig i { $years } år fra det ble utstedt.
    }{ $kind ->
        [norsk-tipping] {" "}Et spillerkort som er kjøpt hos en kommisjonær (ikke bestilt på nett), må oppgraderes før det kan brukes til å logge inn.
       *[other] {""}
    }
    .title = Det står et Buypass ID-kort i kortleseren
    .guidance =
        Du trenger ikke å gjøre noe. Kortet slutter å virke på utløpsdatoen som står på det.
        Et Buypass ID-kort fornyer du på Min side hos Buypass i løpet av de to siste månedene før det går ut. Et spillerkort fra Norsk Tipping får du nytt fra Norsk Tipping.
        Et spillerkort fra Norsk Tipping som er kjøpt hos en kommisjonær (ikke bestilt på nett), må oppgraderes før det kan brukes til å logge inn.

no-pcsc-library = { $reader_seen ->
        [yes] En kortleser er koblet til ({ $usb_reader }), men programvaren for smartkort (PC/SC) er ikke installert
       *[none] Programvaren for smartkort (PC/SC) er ikke installert på denne datamaskinen
    }
    .title = Programvaren for smartkort er ikke installert
    .guidance =
        { $os ->
            [windows] Start datamaskinen på nytt. Windows har programvaren for smartkort innebygd. Hjelper ikke det, installerer du programvaren som fulgte med kortleseren.
            [macos] Start Mac-en på nytt. macOS har programvaren for smartkort innebygd. Hjelper ikke det, installerer du programvaren som fulgte med kortleseren.
           *[other] Installer pakkene pcscd og libpcsclite1 (for eksempel: sudo apt install pcscd).
        }
        Installer også programvaren som fulgte med kortleseren, hvis det fulgte med noe.

service-unavailable = { $reader_seen ->
        [yes] En kortleser er koblet til ({ $usb_reader }), men smartkorttjenesten kjører ikke
       *[none] Smartkorttjenesten kjører ikke
    } ({ $error })
    .title = Smartkorttjenesten kjører ikke
    .guidance =
        { $os ->
            [windows] Start tjenesten «Smartkort»: Åpne Tjenester, finn «Smartkort», velg Start, og sett oppstartstypen til Automatisk. Tjenesten starter også når du starter datamaskinen på nytt.
            [macos] Trekk ut kortleseren og sett den inn igjen. Hjelper ikke det, starter du Mac-en på nytt.
           *[other] Start smartkorttjenesten: sudo systemctl enable --now pcscd.socket (eller start datamaskinen på nytt).
        }
        Vil ikke tjenesten starte, installerer du programvaren til kortleseren på nytt.

not-set-up = Denne datamaskinen har verken kortleser eller programvare for kortleser
    .title = Denne datamaskinen er ikke satt opp for smartkort
    .guidance =
        Logger du inn med Buypass ID på smartkort, kobler du kortleseren rett til datamaskinen (ikke til en hub).
        { $os ->
            [windows] Installer programvaren som fulgte med kortleseren, og kjør loginsjekk på nytt.
            [macos] macOS har smartkorttjenesten innebygd. Installer bare programvaren som fulgte med kortleseren, hvis det fulgte med noe, og kjør loginsjekk på nytt.
           *[other] Installer smartkorttjenesten (for eksempel: sudo apt install pcscd), og kjør loginsjekk på nytt.
        }

no-reader = Ingen kortleser er koblet til
    .title = Ingen kortleser er koblet til
    .guidance =
        Koble kortleseren rett til datamaskinen, ikke til en hub.
        Installer programvaren som fulgte med kortleseren, og kjør loginsjekk på nytt.

no-card = Det står ikke noe kort i «{ $reader }»
    .title = Kortleseren er tom
    .guidance =
        Sett Buypass-kortet inn i kortleseren med brikken først og opp.
        Kjør så loginsjekk på nytt.

card-unresponsive = Kortet i «{ $reader }» svarer ikke
    .title = Kortet i kortleseren svarer ikke
    .guidance =
        Ta kortet ut og sett det inn igjen med brikken først og opp.
        Tørk forsiktig av brikken med en tørr klut.
        Svarer det fortsatt ikke, kan kortet være ødelagt. Bestill i så fall et nytt fra Buypass.

card-in-use = Et annet program bruker kortet i «{ $reader }»{ $kind ->
        [unknown] {""}
       *[other] {" "}({ $kind ->
        [norsk-tipping] spillerkort fra Norsk Tipping (Buypass ID)
        [altinn] Altinn-kort (Buypass ID)
        [payment] betalingskort
       *[buypass-id] Buypass ID-kort
    })
    }
    .title = Et annet program bruker kortet
    .guidance =
        Lukk andre programmer som bruker kortet (andre innloggingsvinduer og signeringsprogrammer), og prøv igjen.
        Hjelper ikke det, tar du kortet ut, setter det inn igjen og starter nettleseren på nytt.

not-buypass = Kortet i «{ $reader }» er ikke et Buypass-kort{ $kind ->
        [payment] : dette ser ut som et betalingskort: { $card }
       *[other] : det ser ut som { $card }
    }
    .title = Kortet i kortleseren er ikke et Buypass-kort
    .guidance =
        Sett inn Buypass ID-kortet ditt i stedet (spillerkort fra Norsk Tipping og Altinn-kort med Buypass-merket virker også).
        Bankkort kan ikke brukes. BankID er ikke et kort: Du bruker BankID med BankID-appen eller en kodebrikke, uten kortleser.
    .ask =
        Spør hvilket kort som står i kortleseren. Bankkort kan ikke brukes, men et Buypass-kort, et spillerkort fra Norsk Tipping eller et Altinn-kort med Buypass-merket kan.

unknown-card = loginsjekk kjenner ikke kortet i «{ $reader }» (ATR { $atr })
    .title = loginsjekk kjenner ikke kortet i kortleseren
    .guidance =
        Det kan være et nyere Buypass-kort.
        Sjekk at det er Buypass ID-kortet ditt og ikke et annet kort.
    .escalate =
        Hvis du ikke får logget inn med det, les opp ATR-en over når du ringer Veiledning helsenorge.no.

javafri-running = Buypass Javafri kjører på denne datamaskinen
    .title = Buypass Javafri kjører
    .guidance =
        Du trenger ikke å gjøre noe. Når du logger inn, bruker nettleseren Buypass Javafri for å lese kortet.

no-javafri = Buypass Javafri kjører ikke på denne datamaskinen
    .title = Buypass Javafri kjører ikke
    .guidance =
        Nettleseren trenger Buypass Javafri for å lese Buypass-kortet. Installer programmet fra buypass.no (hjelp til smartkort), eller start det hvis det allerede er installert.
        Start så nettleseren på nytt, og kjør loginsjekk igjen.

javafri-unchecked = Buypass Javafri, som nettleseren bruker for å lese kortet, finnes bare for Windows og macOS, så loginsjekk kan ikke sjekke det på denne datamaskinen
    .title = Buypass Javafri kan ikke sjekkes her
    .guidance =
        Ber innloggingssiden om Buypass Javafri, og programmet ikke kan installeres på denne datamaskinen, kan du logge inn med Buypass ID i mobil i stedet. Alle som har smartkort fra Buypass, kan ta det i bruk.

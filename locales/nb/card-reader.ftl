## Kortlesersjekken: en kortleser med Buypass ID-kort. Koder card-reader.<grunn>.

title = Kortleser og Buypass-kort

buypass-card = { $kind ->
        [norsk-tipping] spillerkort fra Norsk Tipping (Buypass ID)
        [altinn] Altinn-kort (Buypass ID)
        [payment] betalingskort
       *[buypass-id] Buypass ID-kort
    } i «{ $reader }». Buypass-kort er gyldige i tre år.{ $kind ->
        [norsk-tipping] {" "}Et spillerkort kjøpt hos en kommisjonær (ikke bestilt på nett) må oppgraderes før det kan brukes til innlogging.
       *[other] {""}
    }
    .title = Et Buypass ID-kort står i kortleseren
    .guidance =
        Du trenger ikke gjøre noe. Buypass-kort er gyldige i tre år; er ditt eldre, bestill et nytt fra Buypass.
        Et spillerkort fra Norsk Tipping kjøpt hos en kommisjonær (ikke bestilt på nett) må oppgraderes før det kan brukes til innlogging.

no-pcsc-library = { $reader_seen ->
        [yes] En kortleser er koblet til ({ $usb_reader }), men programvaren for smartkort (PC/SC) er ikke installert
       *[none] Programvaren for smartkort (PC/SC) er ikke installert på denne datamaskinen
    }
    .title = Programvaren for smartkort er ikke installert
    .guidance =
        { $os ->
            [windows] Start datamaskinen på nytt; Windows har programvaren for smartkort innebygd. Hjelper ikke det, installer programvaren som fulgte med kortleseren.
            [macos] Start Mac-en på nytt; macOS har programvaren for smartkort innebygd. Hjelper ikke det, installer programvaren som fulgte med kortleseren.
           *[other] Installer pakkene pcscd og libpcsclite1 (for eksempel: sudo apt install pcscd).
        }
        Installer også programvaren som fulgte med kortleseren, hvis det finnes noen.

service-unavailable = { $reader_seen ->
        [yes] En kortleser er koblet til ({ $usb_reader }), men smartkorttjenesten kjører ikke
       *[none] Smartkorttjenesten kjører ikke
    } ({ $error })
    .title = Smartkorttjenesten kjører ikke
    .guidance =
        { $os ->
            [windows] Start tjenesten «Smartkort»: åpne Tjenester, finn «Smartkort», velg Start og sett den til å starte automatisk. Den starter også når datamaskinen startes på nytt.
            [macos] Trekk ut kortleseren og sett den inn igjen; hjelper ikke det, start Mac-en på nytt.
           *[other] Start smartkorttjenesten: sudo systemctl enable --now pcscd.socket (eller start datamaskinen på nytt).
        }
        Hvis tjenesten ikke vil starte, installer programvaren til kortleseren på nytt.

not-set-up = Ingen programvare for kortleser eller kortleser på denne datamaskinen
    .title = Denne datamaskinen er ikke satt opp for smartkort
    .guidance =
        Logger du inn med Buypass ID på smartkort, koble kortleseren direkte til datamaskinen (ikke gjennom en hub).
        { $os ->
            [windows] Installer programvaren som fulgte med kortleseren, og kjør loginsjekk på nytt.
            [macos] Installer programvaren som fulgte med kortleseren, og kjør loginsjekk på nytt.
           *[other] Installer smartkorttjenesten (for eksempel: sudo apt install pcscd), og kjør loginsjekk på nytt.
        }

no-reader = Ingen kortleser er koblet til
    .title = Ingen kortleser er koblet til
    .guidance =
        Koble kortleseren til datamaskinen, direkte og ikke gjennom en hub.
        Installer programvaren som fulgte med kortleseren, og kjør loginsjekk på nytt.

no-card = Ingen kort i «{ $reader }»
    .title = Kortleseren er tom
    .guidance =
        Sett Buypass-kortet inn i kortleseren, med brikken først og brikken opp.
        Kjør så loginsjekk på nytt.

card-unresponsive = Kortet i «{ $reader }» svarer ikke
    .title = Kortet i leseren svarer ikke
    .guidance =
        Ta kortet ut og sett det inn igjen, med brikken først og brikken opp.
        Tørk forsiktig av brikken med en tørr klut.
        Hvis det fortsatt ikke svarer, kan kortet være ødelagt: bestill et nytt fra Buypass.

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
        Lukk andre programmer som bruker kortet (andre innloggingsvinduer, signeringsprogrammer), og prøv igjen.
        Hjelper ikke det, ta kortet ut, sett det inn igjen og start nettleseren på nytt.

not-buypass = Kortet i «{ $reader }» er ikke et Buypass-kort{ $kind ->
        [payment] : dette ser ut som et betalingskort: { $card }
       *[other] : det ser ut som { $card }
    }
    .title = Kortet i leseren er ikke et Buypass-kort
    .guidance =
        Sett inn Buypass ID-kortet ditt i stedet (spillerkort fra Norsk Tipping og Altinn-kort med Buypass-merket virker også).
        Bankkort kan ikke brukes. BankID er ikke et kort: det brukes med BankID-appen eller en kodebrikke, uten kortleser.
    .ask =
        Spør hvilket kort som står i kortleseren. Bankkort kan ikke brukes, men et Buypass-kort, et spillerkort fra Norsk Tipping eller et Altinn-kort med Buypass-merket kan.

unknown-card = Kortet i «{ $reader }» er ikke et kort loginsjekk kjenner (ATR { $atr })
    .title = Kortet i leseren er ikke et kort loginsjekk kjenner
    .guidance =
        Det kan være et nyere Buypass-kort.
        Sjekk at det er Buypass ID-kortet ditt og ikke et annet kort.
    .escalate =
        Hvis du ikke får logget inn med det, les opp ATR-en over når du ringer Veiledning helsenorge.no.

javafri-running = Buypass Javafri kjører på denne datamaskinen
    .title = Buypass Javafri kjører
    .guidance =
        Du trenger ikke gjøre noe. Nettleseren når kortet gjennom Buypass Javafri når du logger inn.

no-javafri = Buypass Javafri kjører ikke på denne datamaskinen
    .title = Buypass Javafri kjører ikke
    .guidance =
        Nettleseren når Buypass-kortet gjennom Buypass Javafri. Installer det fra buypass.no (hjelp til smartkort), eller start det hvis det er installert.
        Start deretter nettleseren på nytt og kjør loginsjekk igjen.

javafri-unchecked = Buypass Javafri, som nettleseren når kortet gjennom, er laget for Windows og macOS: det kan ikke sjekkes på denne datamaskinen
    .title = Buypass Javafri kan ikke sjekkes her
    .guidance =
        Ber innloggingssiden om Buypass Javafri og det ikke kan installeres på denne datamaskinen, logg inn med Buypass ID i mobil i stedet: alle som har Buypass-smartkort, kan få det.

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

no-pcsc-library = Programvaren for smartkort (PC/SC) er ikke installert på denne datamaskinen
    .title = Programvaren for smartkort er ikke installert
    .guidance =
        Trengs bare for å logge inn med Buypass ID på smartkort.
        På Linux, installer pakkene pcscd og libpcsclite1 (for eksempel: sudo apt install pcscd).
        Installer også programvaren som fulgte med kortleseren.

service-unavailable = Smartkorttjenesten kjører ikke ({ $error })
    .title = Smartkorttjenesten kjører ikke
    .guidance =
        Trengs bare for å logge inn med Buypass ID på smartkort.
        På Windows, start tjenesten «Smartkort» (Tjenester, eller start datamaskinen på nytt). På Linux, start pcscd (sudo systemctl start pcscd).
        Hvis tjenesten ikke vil starte, installer programvaren til kortleseren på nytt.

no-reader = Ingen kortleser er koblet til
    .title = Ingen kortleser er koblet til
    .guidance =
        Trengs bare for å logge inn med Buypass ID på smartkort.
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

unknown-card = Kortet i «{ $reader }» er ikke et kort loginsjekk kjenner (ATR { $atr })
    .title = Kortet i leseren er ikke et kort loginsjekk kjenner
    .guidance =
        Det kan være et nyere Buypass-kort. Hvis du ikke kan logge inn med det, les opp ATR-en over for veiledningen.
        Sjekk at det er Buypass ID-kortet ditt og ikke et annet kort.

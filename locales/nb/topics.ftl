## Spørsmål som hjelpesiden på helsenorge.no svarer på, vist av `loginsjekk explain EMNE`.
## Opplysningene og kildene deres: docs/topics.md.

minid = MinID
    .title = MinID kan ikke brukes på helsenorge.no
    .body =
        helsenorge.no krever sikkerhetsnivået «høyt» i ID-porten. MinID gir bare nivået under, så du kan ikke logge inn med MinID.
        Bruk BankID, Buypass ID (på smartkort eller i mobil) eller Commfides e-ID i stedet.

under-16 = Under 16 år
    .title = Du må ha fylt 16 år for å bruke helsenorge.no selv
    .body =
        Du må ha fylt 16 år for å logge inn på helsenorge.no selv.
        Fra du er 13, kan du bruke noen tjenester hvis en forelder eller verge samtykker. Fram til du fyller 16, kan en forelder eller verge også bruke noen tjenester på dine vegne.
        Trenger du hjelp med helsen, kan du kontakte fastlegen, skolehelsetjenesten eller helsestasjon for ungdom direkte.

new-id-number = Nytt fødselsnummer
    .title = Hvis du har fått nytt fødselsnummer
    .body =
        Når du logger inn, bruker du det nye fødselsnummeret i stedet for det gamle eller D-nummeret ditt.
        Den elektroniske ID-en din (BankID, Buypass, Commfides) må være knyttet til det nye nummeret. Be den som har utstedt ID-en, om å oppdatere den.
        Spørsmål om selve nummeret kan du stille til Skatteetaten.

code-chip = Kodebrikke
    .title = En kodebrikke er ikke en BankID
    .body =
        BankID er et personlig sertifikat som banken din aktiverer for deg. Kodebrikken er, som BankID-appen, bare en måte å bekrefte at det er du som logger inn med BankID.
        Har du kodebrikke, men kommer ikke inn, kan du spørre banken om BankID-en din er aktiv.

bankid-combinations = BankID
    .title = Slik logger du inn med BankID
    .body =
        Med BankID-appen: Skriv inn fødselsnummeret ditt, og bekreft i appen på mobilen.
        Med kodebrikke: Skriv inn fødselsnummeret ditt, engangskoden som brikken viser, og det personlige BankID-passordet ditt.
        BankID på mobil (tjenesten på SIM-kortet) ble lagt ned 1. september 2024. Bruk BankID-appen eller kodebrikke i stedet. BankID trenger ikke kortleser.

helsenorge-app = Helsenorge-appen
    .title = Med Helsenorge-appen kommer du inn fra mobil eller nettbrett
    .body =
        Helsenorge-appen gir deg tjenestene på helsenorge.no på Android-mobil (versjon 7 eller nyere) og på iPhone og iPad (iOS 15 eller nyere).
        Du logger inn i appen én gang gjennom ID-porten med BankID, Buypass ID eller Commfides e-ID. Deretter åpner du den med ansiktet, fingeren eller en kode du velger selv.
        Appen er for deg som har fylt 16 år og har norsk fødselsnummer eller D-nummer. Noen tjenester kan du bruke fra du er 13, hvis en forelder eller verge samtykker. loginsjekk sjekker ikke mobilen din, bare denne datamaskinen.

buypass-mobile = Buypass ID i mobil
    .title = Buypass ID i mobil: Buypass ID i en app, uten kortleser
    .body =
        Buypass ID i mobil er Buypass ID-appen på mobilen din. Den gir sikkerhetsnivået «høyt», akkurat som smartkortet, og du trenger verken kortleser eller program på datamaskinen.
        Alle som har smartkort fra Buypass, kan ta i bruk Buypass ID i mobil. Last ned Buypass ID-appen og følg stegene i den for å registrere deg. På buypass.no står det hvordan.

where-to-ask = Hvor du får hjelp
    .title = Her kan du få hjelp med innloggingen
    .body =
        Veiledning helsenorge.no svarer på spørsmål om innlogging på helsenorge.no. Telefonnummeret står nederst i hver rapport.
        ID-porten har sin egen brukerstøtte for selve innloggingssiden. Kontaktinformasjonen finner du på idporten.no.
        Spørsmål om BankID kan du stille til banken din, om Buypass ID til Buypass og om Commfides e-ID til Commfides.

security = Sikkerhet
    .title = Sjekk at du er på den ekte ID-porten
    .body =
        Før du logger inn, bør du sjekke at adressen i nettleseren begynner med https://login.idporten.no, og at nettleseren viser en hengelås.
        Klikk på hengelåsen for å se sertifikatet. Sertifikatet til den ekte ID-porten er utstedt til Digitaliseringsdirektoratet (org.nr. 991825827).
        Ser noe annerledes ut, skal du ikke logge inn. Gi aldri passordet eller PIN-koden din til noen som ringer eller skriver til deg.

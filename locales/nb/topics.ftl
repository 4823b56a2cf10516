## Spørsmål som hjelpesiden på helsenorge.no svarer på, vist av `loginsjekk explain EMNE`.

minid = MinID
    .title = MinID kan ikke brukes på helsenorge.no
    .body =
        helsenorge.no krever det høyeste sikkerhetsnivået i ID-porten (nivå 4). MinID gir ikke det nivået, så det kan ikke brukes til å logge inn.
        Bruk BankID, Buypass ID (på smartkort eller mobil) eller Commfides e-ID i stedet.

under-16 = Under 16 år
    .title = Du må være 16 år for å bruke helsenorge.no selv
    .body =
        Du må være 16 år eller eldre for å logge inn på helsenorge.no selv.
        Inntil da kan en forelder eller verge bruke noen av tjenestene på dine vegne.
        Trenger du hjelp med helsen, kontakt fastlegen, skolehelsetjenesten eller helsestasjon for ungdom direkte.

new-id-number = Nytt fødselsnummer
    .title = Hvis du har fått nytt fødselsnummer
    .body =
        Et nytt fødselsnummer erstatter det gamle, eller D-nummeret ditt, når du logger inn.
        Den elektroniske ID-en din (BankID, Buypass, Commfides) må være knyttet til det nye nummeret; be leverandøren av ID-en om å oppdatere den.
        Spørsmål om selve nummeret går til Skatteetaten.

code-chip = Kodebrikke
    .title = En kodebrikke er ikke en BankID
    .body =
        BankID er et personlig sertifikat som banken din aktiverer for deg. Kodebrikken, som BankID-appen, er bare en måte å bekrefte at det er deg når du logger inn med BankID.
        Har du kodebrikke, men kommer ikke inn, kontakt banken for å sjekke at BankID-en din er aktiv.

bankid-combinations = BankID
    .title = Slik logger du inn med BankID
    .body =
        Du skriver fødselsnummeret ditt og bekrefter med BankID-appen, eller med en engangskode fra kodebrikken og det personlige BankID-passordet ditt.
        BankID på mobil (den SIM-baserte tjenesten) ble slått av 1. september 2024: bruk BankID-appen eller en kodebrikke i stedet.
        BankID bruker ikke kortleser.

helsenorge-app = Helsenorge-appen
    .title = Helsenorge-appen er en vei inn på mobil eller nettbrett
    .body =
        Helsenorge-appen gir deg tjenestene på helsenorge.no på en Android-telefon (versjon 7 eller nyere) eller en iPhone eller iPad (iOS 15 eller nyere).
        Du logger inn i den én gang gjennom ID-porten, med BankID, Buypass ID eller Commfides e-ID; etter det åpner du den med ansiktet, fingeravtrykket eller en egen kode.
        Du må være 16 år eller eldre og ha norsk fødselsnummer eller D-nummer. loginsjekk sjekker ikke mobiler: den sjekker denne datamaskinen.

security = Sikkerhet
    .title = Sjekk at du er på den ekte ID-porten
    .body =
        Før du logger inn, sjekk at adressen i nettleseren begynner med https://login.idporten.no, og at nettleseren viser en hengelås.
        Klikk på hengelåsen for å se sertifikatet: sertifikatet til den ekte ID-porten er utstedt til Digitaliseringsdirektoratet (org.nr. 991825827).
        Ser noe annerledes ut, ikke logg inn. Gi aldri passordet eller PIN-koden din til noen som ringer eller skriver til deg.

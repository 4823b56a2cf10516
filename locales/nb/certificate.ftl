## Sertifikatsjekken: sertifikatet til ID-porten. Koder certificate.<grunn>.

title = Sertifikatet til ID-porten

ok = { $host }: Utstedt til { $owner ->
        [none] ingen navngitt organisasjon
       *[other] { $owner }
    }{ $org_number ->
        [none] {""}
       *[other] {" "}(org.nr. { $org_number })
    } · Utstedt av { $issuer } · Gyldig til { $not_after } ({ $days ->
        [one] { $days } dag
       *[other] { $days } dager
    })
    .title = Sertifikatet er gyldig, godkjent og utstedt til riktig virksomhet
    .guidance =
        Du trenger ikke å gjøre noe. I nettleseren kan du klikke på hengelåsen for å se det samme sertifikatet.

expired = { $host }: { $cert ->
        [issuer] sertifikatet til utstederen «{ $cert_name }» gikk ut { $not_after }
       *[site] sertifikatet gikk ut { $not_after }
    }
    .title = Sertifikatet har gått ut
    .guidance =
        Den ekte ID-porten har aldri et utgått sertifikat. Ikke logg inn.
        Sjekk at datoen på datamaskinen er riktig.
    .escalate =
        Hvis den er det, ring Veiledning helsenorge.no.

not-yet-valid = { $host }: { $cert ->
        [issuer] sertifikatet til utstederen «{ $cert_name }» er ikke gyldig før { $not_before }
       *[site] sertifikatet er ikke gyldig før { $not_before }
    }
    .title = Sertifikatet er ikke gyldig ennå
    .guidance =
        Sjekk at dato og klokkeslett på datamaskinen er riktige, og slå på automatisk tid.
        Hvis de er riktige, må du ikke logge inn.
    .escalate =
        Ring da Veiledning helsenorge.no.

wrong-host = { $host }: sertifikatet gjelder en annen adresse ({ $names })
    .title = Sertifikatet gjelder en annen adresse
    .guidance =
        Nettstedet som svarte, er ikke det loginsjekk spurte etter. Ikke logg inn.
        Sjekk adressen i nettleseren. Den skal begynne med https://login.idporten.no eller https://idporten.no.
        En linje i hosts-filen, en proxy eller et sikkerhetsprogram kan føre til dette.
    .escalate =
        Ring Veiledning helsenorge.no.
    .ask =
        Spør hvilken adresse nettleseren viser, og om innringeren bruker VPN, proxy eller et sikkerhetsprogram.
        Innringeren bør ikke logge inn før loginsjekk viser riktig sertifikat.

untrusted = { $host }: sertifikatet er ikke utstedt av noen denne datamaskinen stoler på ({ $root })
    .title = Datamaskinen stoler ikke på sertifikatet
    .guidance =
        Nettleseren ville ha advart mot dette nettstedet. Ikke logg inn, og ikke klikk deg forbi advarselen.
        Sjekk adressen, og sjekk at ingen proxy eller sikkerhetsprogram står imellom.
    .escalate =
        Ring Veiledning helsenorge.no.
    .ask =
        Spør om nettleseren advarer mot idporten.no, og om datamaskinen er koblet til et jobbnettverk, et skolenettverk eller et offentlig nettverk.

intercepted = { $host }: «{ $root }» ser inn i forbindelsen din
    .title = Et program eller nettverk ser inn i den sikre forbindelsen underveis
    .guidance =
        Et sikkerhetsprogram (for eksempel et antivirusprogram med HTTPS-skanning) eller et firmanettverk åpner den krypterte trafikken for å se på den, og datamaskinen er satt opp til å stole på det.
        På en jobbdatamaskin er dette som regel med vilje. På en privat datamaskin finner du innstillingen for HTTPS-skanning eller nettskanning i sikkerhetsprogrammet.
        Det kan gjøre at innloggingen ikke virker. Skjer det, slår du av skanningen for idporten.no eller bruker en annen datamaskin eller et annet nettverk.
    .ask =
        Spør om det er installert et antivirus- eller sikkerhetsprogram med HTTPS- eller nettskanning, og om datamaskinen tilhører en arbeidsgiver.
        Er det en privat datamaskin, hjelp innringeren med å slå av HTTPS-skanningen (eller unnta idporten.no) i programmet, og be vedkommende kjøre loginsjekk på nytt.

unexpected-owner = { $host }: sertifikatet er utstedt til { $owner }{ $owner_number ->
        [none] {""}
       *[other] {" "}(org.nr. { $owner_number })
    }, ikke til { $expected } (org.nr. { $expected_number })
    .title = Sertifikatet er utstedt til en annen virksomhet
    .guidance =
        Sertifikatet til den ekte ID-porten er utstedt til Digitaliseringsdirektoratet (org.nr. 991825827). Ikke logg inn.
        Sjekk adressen i nettleseren.
    .escalate =
        Ring deretter Veiledning helsenorge.no.

no-owner-named = { $host }: sertifikatet nevner ingen virksomhet (det bekrefter bare adressen)
    .title = Sertifikatet bekrefter adressen, men nevner ingen virksomhet
    .guidance =
        Du trenger ikke å gjøre noe. Sertifikatet er gyldig for adressen, men det sier ikke hvilken virksomhet som driver nettstedet.

clock-wrong = { $host }: sertifikatet er gyldig, men klokken på datamaskinen er feil ({ $cert ->
        [issuer] utstederen «{ $cert_name }» er gyldig
       *[site] gyldig
    } { $not_before } til { $not_after })
    .title = Sertifikatet ser ugyldig ut fordi klokken på datamaskinen er feil
    .guidance =
        Nettstedet er i orden. Problemet er datoen eller klokkeslettet på denne datamaskinen.
        Still inn dato, klokkeslett og tidssone, og slå på automatisk tid.
        Kjør så loginsjekk på nytt.

expiring-soon = { $host }: sertifikatet går ut om { $days ->
        [one] { $days } dag
       *[other] { $days } dager
    } ({ $not_after })
    .title = Sertifikatet går ut innen en uke
    .guidance =
        Du trenger ikke å gjøre noe nå. ID-porten fornyer sertifikatet før det går ut.
    .escalate =
        Hvis innloggingen ikke virker etter den datoen, ring Veiledning helsenorge.no.

unreadable = { $host }: sertifikatet kunne ikke leses
    .title = Sertifikatet kunne ikke leses
    .guidance =
        Serveren sendte noe som ikke kan leses som et sertifikat. Ikke logg inn.
    .escalate =
        Ring Veiledning helsenorge.no.

not-checked = Ikke sjekket, fordi det ikke ble opprettet noen sikker forbindelse
    .title = Ikke sjekket: det var ingen sikker forbindelse
    .guidance =
        Se først på linjen om forbindelsen til ID-porten.

weak = { $host }: { $cert ->
        [issuer] sertifikatet til utstederen «{ $cert_name }»
       *[site] sertifikatet
    } { $reason ->
        [sha1] er signert med SHA-1, som nettlesere ikke godtar lenger
        [md5] er signert med MD5, som nettlesere ikke godtar lenger
        [rsa] har en nøkkel på bare { $bits } biter, som nettlesere ikke godtar lenger
       *[algorithm] er signert på en måte nettlesere ikke godtar lenger
    }
    .title = Sertifikatet bruker utdatert, svak kryptografi
    .guidance =
        Nettleseren ville avvist denne forbindelsen. Den ekte ID-porten bruker sterke sertifikater, så dette er trolig ikke den ekte ID-porten.
        Ikke logg inn. Sjekk at ingen proxy eller sikkerhetsprogram står imellom.
    .escalate =
        Ring Veiledning helsenorge.no.

wrong-purpose = { $host }: sertifikatet er ikke ment for nettsteder (utstedt av { $issuer })
    .title = Sertifikatet er ikke ment for nettsteder
    .guidance =
        Sertifikatet sier at det kan brukes til andre ting, som e-post eller innlogging for en person, men ikke til å identifisere et nettsted. Nettlesere avviser det.
        Ikke logg inn. Sjekk adressen, og at ingen proxy eller sikkerhetsprogram står imellom.
    .escalate =
        Ring Veiledning helsenorge.no.

incomplete-chain = { $host }: serveren sendte sertifikatet sitt uten sertifikatet til utstederen («{ $missing }»)
    .title = Serveren sender en ufullstendig sertifikatkjede
    .guidance =
        Uten det sertifikatet kan ikke datamaskinen sjekke hvem som går god for nettstedet. Noen nettlesere henter det manglende sertifikatet selv; andre stopper med en advarsel.
        Nettstedet må sende hele kjeden; ingenting på denne datamaskinen er årsaken. Ikke klikk deg forbi en advarsel.
    .escalate =
        Ring Veiledning helsenorge.no.

name-not-permitted = { $host }: utstederen av sertifikatet har ikke lov til å utstede sertifikater for denne adressen ({ $root })
    .title = Sertifikatet er utenfor det utstederen har lov til å utstede
    .guidance =
        Utstederen har bare lov til å utstede sertifikater for bestemte adresser, og denne er ikke en av dem. Nettlesere avviser det.
        Ikke logg inn. Sjekk at ingen proxy eller sikkerhetsprogram står imellom.
    .escalate =
        Ring Veiledning helsenorge.no.

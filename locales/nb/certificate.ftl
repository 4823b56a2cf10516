## Sertifikatsjekken: sertifikatet til ID-porten. Koder certificate.<grunn>.

title = Sertifikatet til ID-porten

ok = { $host }: Utstedt til { $owner ->
        [none] ingen navngitt organisasjon
       *[other] { $owner }
    }{ $org_number ->
        [none] {""}
       *[other] {" "}(org.nr. { $org_number })
    } · Utstedt av { $issuer } · Gyldig til { $not_after } ({ $days } dager)
    .title = Sertifikatet er gyldig, klarert og utstedt til riktig virksomhet
    .guidance =
        Du trenger ikke gjøre noe. I nettleseren kan du klikke på hengelåsen for å se det samme sertifikatet.

expired = { $host }: { $cert ->
        [issuer] sertifikatet til utstederen «{ $cert_name }» gikk ut { $not_after }
       *[site] sertifikatet gikk ut { $not_after }
    }
    .title = Sertifikatet er utløpt
    .guidance =
        Den ekte ID-porten har aldri et utløpt sertifikat. Ikke logg inn.
        Sjekk at datoen på datamaskinen er riktig. Hvis den er det, ring veiledningen for helsenorge.no.

not-yet-valid = { $host }: { $cert ->
        [issuer] sertifikatet til utstederen «{ $cert_name }» er ikke gyldig før { $not_before }
       *[site] sertifikatet er ikke gyldig før { $not_before }
    }
    .title = Sertifikatet er ikke gyldig ennå
    .guidance =
        Sjekk at dato og klokkeslett på datamaskinen er riktig, og slå på automatisk oppdatering.
        Hvis de er riktige, ikke logg inn, og ring veiledningen for helsenorge.no.

wrong-host = { $host }: sertifikatet gjelder en annen adresse ({ $names })
    .title = Sertifikatet gjelder en annen adresse
    .guidance =
        Nettstedet som svarte, er ikke det du ba om. Ikke logg inn.
        Sjekk adressen i nettleseren: den skal begynne med https://login.idporten.no eller https://idporten.no.
        En linje i hosts-filen, en proxy eller et sikkerhetsprogram kan gjøre dette. Ring veiledningen for helsenorge.no.

untrusted = { $host }: sertifikatet er ikke utstedt av noen denne datamaskinen stoler på ({ $root })
    .title = Sertifikatet er ikke klarert
    .guidance =
        Nettleseren ville advart mot dette nettstedet. Ikke logg inn, og ikke klikk deg forbi advarselen.
        Sjekk adressen, og at ingen proxy eller sikkerhetsprogram står imellom.
        Ring veiledningen for helsenorge.no.

intercepted = { $host }: forbindelsen din undersøkes av «{ $root }»
    .title = Den sikre forbindelsen undersøkes av et program eller nettverk underveis
    .guidance =
        Et sikkerhetsprogram (for eksempel antivirus med HTTPS-skanning) eller et firmanettverk åpner den krypterte trafikken for å se på den, og datamaskinen er satt opp til å stole på det.
        På en jobbdatamaskin er dette som regel med vilje. På en privat datamaskin finner du innstillingen for HTTPS- eller nettskanning i sikkerhetsprogrammet.
        Det kan få innloggingen til å feile. Skjer det, slå av skanningen for idporten.no, eller bruk en annen datamaskin eller et annet nettverk.

unexpected-owner = { $host }: sertifikatet er utstedt til { $owner }{ $owner_number ->
        [none] {""}
       *[other] {" "}(org.nr. { $owner_number })
    }, ikke til { $expected } (org.nr. { $expected_number })
    .title = Sertifikatet er utstedt til en annen virksomhet
    .guidance =
        Sertifikatet til den ekte ID-porten er utstedt til Digitaliseringsdirektoratet (org.nr. 991825827). Ikke logg inn.
        Sjekk adressen i nettleseren, og ring veiledningen for helsenorge.no.

no-owner-named = { $host }: sertifikatet nevner ingen virksomhet (det bekrefter bare adressen)
    .title = Sertifikatet bekrefter adressen, men nevner ingen virksomhet
    .guidance =
        Du trenger ikke gjøre noe: sertifikatet er gyldig for adressen. Det sier ikke hvilken virksomhet som driver nettstedet.

clock-wrong = { $host }: sertifikatet er gyldig, men klokken på datamaskinen er feil ({ $cert ->
        [issuer] utstederen «{ $cert_name }» er gyldig
       *[site] gyldig
    } { $not_before } til { $not_after })
    .title = Sertifikatet ser ugyldig ut fordi klokken på datamaskinen er feil
    .guidance =
        Nettstedet er i orden; problemet er dato eller klokkeslett på denne datamaskinen.
        Still dato, klokkeslett og tidssone, og slå på automatisk tid.
        Kjør så loginsjekk på nytt.

expiring-soon = { $host }: sertifikatet går ut om { $days } dager ({ $not_after })
    .title = Sertifikatet går ut innen en uke
    .guidance =
        Du trenger ikke gjøre noe nå. ID-porten fornyer sertifikatet før det går ut.
        Hvis innloggingen feiler etter den datoen, ring veiledningen for helsenorge.no.

unreadable = { $host }: sertifikatet kunne ikke leses
    .title = Sertifikatet kunne ikke leses
    .guidance =
        Serveren sendte noe som ikke er et lesbart sertifikat. Ikke logg inn.
        Ring veiledningen for helsenorge.no.

not-checked = Ikke sjekket, fordi ingen sikker forbindelse ble satt opp
    .title = Ikke sjekket: det var ingen sikker forbindelse
    .guidance =
        Se først på linjen om den sikre forbindelsen.

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
        Ikke logg inn. Sjekk at ingen proxy eller sikkerhetsprogram står imellom, og ring veiledningen for helsenorge.no.

wrong-purpose = { $host }: sertifikatet er ikke ment for nettsteder (utstedt av { $issuer })
    .title = Sertifikatet er ikke ment for nettsteder
    .guidance =
        Sertifikatet sier at det kan brukes til andre ting, som e-post eller innlogging for en person, men ikke til å identifisere et nettsted. Nettlesere avviser det.
        Ikke logg inn. Sjekk adressen, og at ingen proxy eller sikkerhetsprogram står imellom.
        Ring veiledningen for helsenorge.no.

incomplete-chain = { $host }: serveren sendte sertifikatet sitt uten sertifikatet til utstederen («{ $missing }»)
    .title = Serveren sender en ufullstendig sertifikatkjede
    .guidance =
        Uten det sertifikatet kan ikke datamaskinen sjekke hvem som går god for nettstedet. Noen nettlesere henter det manglende sertifikatet selv; andre stopper med en advarsel.
        Nettstedet må sende hele kjeden; ingenting på denne datamaskinen er årsaken. Ikke klikk deg forbi en advarsel, og ring veiledningen for helsenorge.no.

name-not-permitted = { $host }: utstederen av sertifikatet har ikke lov til å utstede sertifikater for denne adressen ({ $root })
    .title = Sertifikatet er utenfor det utstederen har lov til å utstede
    .guidance =
        Utstederen har bare lov til å utstede sertifikater for bestemte adresser, og denne er ikke en av dem. Nettlesere avviser det.
        Ikke logg inn. Sjekk at ingen proxy eller sikkerhetsprogram står imellom, og ring veiledningen for helsenorge.no.

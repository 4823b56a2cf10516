## Klokkesjekken: klokken på datamaskinen mot klokken til ID-porten. Koder clock.<grunn>.

title = Klokken på denne datamaskinen

ok = Klokken går riktig (innenfor { $amount } av klokken til ID-porten)
    .title = Klokken på datamaskinen går riktig
    .guidance =
        Du trenger ikke gjøre noe.

skewed = Klokken går { $amount } { $direction ->
        [behind] for sakte
       *[ahead] for fort
    }
    .title = Klokken på datamaskinen går noen minutter feil
    .guidance =
        Innlogging virker som regel likevel, men still klokken riktig for sikkerhets skyld.
        Slå på automatisk dato og klokkeslett i innstillingene på datamaskinen.

wrong = Klokken din går { $amount } { $direction ->
        [behind] for sakte
       *[ahead] for fort
    }
    .title = Klokken på datamaskinen går feil
    .guidance =
        Når klokken går feil, feiler sikre forbindelser og innlogging.
        Still dato, klokkeslett og tidssone, og slå på automatisk dato og klokkeslett i innstillingene på datamaskinen.
        Kjør så loginsjekk på nytt.
    .ask =
        Be innringeren lese opp datoen, klokkeslettet og tidssonen som datamaskinen viser.

unknown = Ikke sjekket, fordi tiden til ID-porten ikke kunne leses
    .title = Ikke sjekket: tiden til ID-porten kunne ikke leses
    .guidance =
        Se først på linjen om den sikre forbindelsen.

## Klokkesjekken: klokken på datamaskinen mot klokken til ID-porten. Koder clock.<grunn>.

title = Klokken på denne datamaskinen

ok = Klokken går riktig ({ $seconds ->
        [0] helt likt med klokken til ID-porten
       *[other] { $amount } { $direction ->
            [behind] etter
           *[ahead] foran
        } klokken til ID-porten
    })
    .title = Klokken på datamaskinen går riktig
    .guidance =
        Du trenger ikke å gjøre noe.

skewed = Klokken ligger { $amount } { $direction ->
        [behind] etter
       *[ahead] foran
    }
    .title = Klokken på datamaskinen viser noen minutter feil
    .guidance =
        Innloggingen virker som regel likevel, men still klokken riktig for sikkerhets skyld.
        Slå på automatisk dato og klokkeslett i innstillingene på datamaskinen.

wrong = Klokken din ligger { $amount } { $direction ->
        [behind] etter
       *[ahead] foran
    }
    .title = Klokken på datamaskinen viser feil tid
    .guidance =
        Når klokken viser feil tid, virker verken sikre forbindelser eller innlogging.
        Still dato, klokkeslett og tidssone, og slå på automatisk dato og klokkeslett i innstillingene på datamaskinen.
        Kjør så loginsjekk på nytt.
    .ask =
        Be innringeren lese opp datoen, klokkeslettet og tidssonen som datamaskinen viser.

unknown = Ikke sjekket, fordi loginsjekk ikke fikk lest klokken til ID-porten
    .title = Ikke sjekket: klokken til ID-porten kunne ikke leses
    .guidance =
        Se først på linjen om forbindelsen til ID-porten.

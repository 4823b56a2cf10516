## Koder som kjøreren melder for alle sjekker: <sjekk>.internal-error, <sjekk>.timed-out, <sjekk>.offline.

internal-error = Sjekken stoppet på grunn av en feil i loginsjekk
    .title = Sjekken stoppet på grunn av en feil i loginsjekk
    .guidance =
        Dette er en feil i loginsjekk, ikke på datamaskinen din.
        Kjør loginsjekk på nytt. Hvis den samme sjekken stopper igjen, si fra til veiledningen hvilken det var.

timed-out = Fikk ikke svar innen { $seconds ->
    [one] { $seconds } sekund
   *[other] { $seconds } sekunder
}
    .title = Sjekken ble ikke ferdig i tide
    .guidance =
        Noe på denne datamaskinen eller nettverket svarte for sent.
        Kjør loginsjekk på nytt. På et tregt nettverk kan du gi den mer tid med --timeout 30.
        Hvis det skjer igjen, ring veiledningen.

offline = Ikke sjekket, fordi loginsjekk ble bedt om ikke å bruke nettverket
    .title = Ikke sjekket: nettverket skulle ikke brukes
    .guidance =
        Kjør loginsjekk uten --offline for å sjekke forbindelsen til ID-porten.

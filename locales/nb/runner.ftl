## Koder som kjøreren melder for alle sjekker: <sjekk>.internal-error, <sjekk>.timed-out, <sjekk>.offline.

internal-error = Sjekken stoppet på grunn av en feil i loginsjekk
    .title = Sjekken stoppet på grunn av en feil i loginsjekk
    .guidance =
        Dette er en feil i loginsjekk, ikke på datamaskinen din.
        Kjør loginsjekk på nytt.
    .escalate =
        Hvis den samme sjekken stopper igjen, si fra til Veiledning helsenorge.no hvilken sjekk det var.
    .ask =
        Spør hvilken sjekk som stoppet, og om den stopper igjen når loginsjekk kjøres på nytt. Det er en feil i loginsjekk som bør meldes til dem som lager den.

timed-out = Fikk ikke svar innen { $seconds ->
    [one] { $seconds } sekund
   *[other] { $seconds } sekunder
}
    .title = Sjekken ble ikke ferdig i tide
    .guidance =
        Noe på denne datamaskinen eller i nettverket svarte for sent.
        Kjør loginsjekk på nytt. På et tregt nettverk kan du gi den mer tid med --timeout 30.
    .escalate =
        Hvis det skjer igjen, ring Veiledning helsenorge.no.

offline = Ikke sjekket, fordi loginsjekk ble bedt om ikke å bruke nettet
    .title = Ikke sjekket: loginsjekk skulle ikke bruke nettet
    .guidance =
        Kjør loginsjekk uten --offline for å sjekke forbindelsen til ID-porten.

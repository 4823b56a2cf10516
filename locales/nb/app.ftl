## Ord i selve rapporten. Hver sjekk har sin egen fil med funnkodene sine.

header = loginsjekk { $version }: er denne datamaskinen klar til å logge inn på helsenorge.no?
checked-at = Sjekket { $date } kl. { $time }
helpline = Veiledning helsenorge.no: { $phone }
progress = Sjekker … { $done } av { $total } er ferdige

status-pass = OK
status-warn = Advarsel
status-fail = Feil
status-absent = Ikke satt opp
status-skipped = Ikke sjekket

result-pass = Alt som ble sjekket, er i orden.
result-warn = { $count ->
    [one] Én ting bør du se nærmere på, men ingenting hindrer innloggingen.
   *[other] { $count } ting bør du se nærmere på, men ingenting hindrer innloggingen.
}
result-fail = { $count ->
    [one] Ett problem kan hindre innloggingen. Se stegene over.
   *[other] { $count } problemer kan hindre innloggingen. Se stegene over.
}
result-not-ready = Ingen av innloggingsmåtene du spurte om, virker på denne datamaskinen ennå. Se stegene over.
result-not-checked = Ingenting hindrer innloggingen, men noe av det den trenger, kunne ikke sjekkes.
no-checks = Ingen sjekker ble kjørt.
took = brukte { $ms } ms

explain-list = Kodene loginsjekk kan melde. Kjør «loginsjekk explain KODE» for å lese om én av dem.
explain-what-to-do = Dette kan du gjøre:

date = { $day }. { $month } { $year }
month-1 = januar
month-2 = februar
month-3 = mars
month-4 = april
month-5 = mai
month-6 = juni
month-7 = juli
month-8 = august
month-9 = september
month-10 = oktober
month-11 = november
month-12 = desember

unit-days = { $n ->
    [one] { $n } dag
   *[other] { $n } dager
}
unit-hours = { $n ->
    [one] { $n } time
   *[other] { $n } timer
}
unit-minutes = { $n ->
    [one] { $n } minutt
   *[other] { $n } minutter
}
unit-seconds = { $n ->
    [one] { $n } sekund
   *[other] { $n } sekunder
}

## loginsjekk card
card-readers = Kortlesere:
card-reader-line = { $number }. «{ $reader }»: { $state }
card-no-readers = Ingen kortleser er koblet til.
card-empty = ingen kort
card-mute = et kort som ikke svarer (ta det ut og sett det inn igjen med brikken først og opp)
card-kind = { $kind ->
    [buypass-id] Buypass ID-kort
    [norsk-tipping] spillerkort fra Norsk Tipping (Buypass ID)
    [altinn] Altinn-kort (Buypass ID)
    [payment] ikke et Buypass-kort: et betalingskort ({ $name })
    [other] ikke et Buypass-kort: { $name }
   *[unknown] et kort loginsjekk ikke kjenner (ATR { $atr })
}
card-waiting = Venter i opptil { $seconds ->
    [one] { $seconds } sekund
   *[other] { $seconds } sekunder
} på at et kort blir satt inn (Ctrl-C avbryter) …
card-inserted = Kort satt inn i «{ $reader }»: { $card }
card-removed = Kort tatt ut av «{ $reader }»
card-reader-added = Kortleser koblet til: «{ $reader }»
card-reader-removed = Kortleser koblet fra: «{ $reader }»
card-service-silent = Smartkorttjenesten svarer ikke (ventet { $seconds ->
    [one] { $seconds } sekund).
   *[other] { $seconds } sekunder).
}
card-timeout = Det ble ikke satt inn noe kort i løpet av { $seconds ->
    [one] { $seconds } sekund.
   *[other] { $seconds } sekunder.
}

## Innloggingsmåter
method-bankid = BankID
method-bankid-mobile = BankID på mobil
method-buypass-smartcard = Buypass ID på smartkort
method-buypass-mobile = Buypass ID i mobil
method-commfides = Commfides e-ID
method-gone-bankid-mobile = Finnes ikke lenger: BankID på mobil ble slått av { $since }. Bruk BankID-appen eller en kodebrikke i stedet.
methods-ready = Du kan logge inn med: { $methods }
methods-not-ready = Ikke klar: { $methods }
methods-see = se { $lines }
methods-not-checked = Kunne ikke sjekkes: { $methods }
methods-not-run = ikke kjørt: { $checks }
method-gone = Finnes ikke lenger: { $method } ble slått av { $since }.
needed-for = Trengs bare for å logge inn med { $methods }.
needed-by-none = Trengs ikke for å logge inn på helsenorge.no.
alternative-helsenorge-app = På mobil eller nettbrett kan du bruke Helsenorge-appen i stedet: Logg inn i den én gang med ID-porten, og åpne den senere med ansiktet, fingeren eller en kode.
support-code = Støttekode: { $code } (les den opp hvis du ringer Veiledning helsenorge.no)

## loginsjekk decode
decode-header = Dette fant loginsjekk hos innringeren (opplysningene i den er fra { $month } { $year }):

## loginsjekk id-number
id-number-prompt = Skriv nummeret og trykk Enter (det blir ikke lagret eller sendt noe sted):
id-number-valid = { $masked } er et gyldig { $kind ->
    [d-number] D-nummer
    [h-number] H-nummer (et hjelpenummer i helsetjenesten)
    [synthetic] syntetisk testnummer
   *[national-id] fødselsnummer
}.
id-number-born = Fødselsdato { $date }: { $age } år.
id-number-2032 = Det er gyldig etter reglene for nye numre, som gjelder fra 2032.
id-number-commfides = { $ok ->
    [yes] Det kan brukes med Commfides e-ID.
   *[no] Det kan ikke brukes med Commfides e-ID, som krever fødselsnummer eller D-nummer.
}
id-number-under-16 = Du må være 16 år eller eldre for å bruke helsenorge.no selv. Inntil da kan en forelder eller verge handle for deg, eller du kan kontakte fastlegen eller helsetjenesten direkte.
id-number-invalid = Dette er ikke et gyldig fødselsnummer: { $reason ->
    [date] datoen i det finnes ikke.
    [future-date] fødselsdatoen er fram i tid.
    [check-digits-only-2032-rules] kontrollsifrene er feil etter dagens regler, så sjekk hvert siffer. (De ville vært riktige etter reglene for nye numre, men ingen får slike numre før { $from }.)
   *[check-digits] kontrollsifrene stemmer ikke. Sjekk at hvert siffer er riktig.
}
id-number-synthetic = Dette er et testnummer fra Skatteetatens syntetiske testbefolkning. Det tilhører ingen og kan ikke brukes til å logge inn.
explain-topics = Spørsmål folk ofte stiller. Kjør «loginsjekk explain EMNE» for å lese svaret.
shareable-header = Dette er en rapport fra loginsjekk til å sende til brukerstøtten for helsenorge.no. Den inneholder ikke passord, PIN-kode eller fødselsnummer; brukernavn, navnet på datamaskinen og hjemmemappen er byttet ut med [user], [computer] og ~.

## A console window of its own (double-clicked on Windows) closes when loginsjekk ends.
press-enter = Trykk Enter for å lukke

## Det som står igjen på skjermen når rapporten lagres i en fil (--output)
output-written = Rapporten er lagret i { $path }: { $outcome ->
        [ready] du kan logge inn med { $methods }.
        [not-ready] ingen av innloggingsmåtene du spurte om, virker på denne datamaskinen ennå.
        [checks-pass] ingen sjekk feilet.
        [checks-fail] en sjekk feilet.
       *[not-checked] ingenting hindrer innloggingen, men ikke alt kunne sjekkes.
    } Støttekode: { $code }

## loginsjekk decode, for den som svarer i telefonen hos veiledningen
decode-format-1 = Denne koden kommer fra en eldre loginsjekk. Den sier ikke hvilke innloggingsmåter innringeren spurte om, hva slags datamaskin det er, eller hva mer som ble funnet bak hvert første funn.
decode-methods = { $chosen ->
    [yes] Innringeren spurte om: { $methods }
   *[no] Innringeren spurte om alle innloggingsmåtene: { $methods }
}
decode-by-checks = Innringeren kjørte bare noen av sjekkene (--only eller --skip), uten å spørre om en innloggingsmåte.
decode-os = Datamaskin: { $os }
decode-version = Laget av loginsjekk med delversjon { $minor } (din har { $ours }).
decode-other-os = Stegene som vises, er de generelle: Innringeren bruker verken Windows, macOS eller Linux.
decode-also = også funnet: { $meaning } ({ $code })
decode-ask = Spørsmål og råd til innringeren:
decode-steps = Gå gjennom disse stegene sammen med innringeren:
os-windows = Windows
os-macos = macOS
os-linux = Linux
os-other = et annet system (verken Windows, macOS eller Linux)
step-for = bare på { $systems }
time = { $hour }.{ $minute }
explain-ask = For veiledningen, i telefonen:

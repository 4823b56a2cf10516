## Ord i selve rapporten. Funnkodene har egne filer, én per sjekk.

header = loginsjekk { $version }: er denne datamaskinen klar til å logge inn på helsenorge.no?
checked-at = Sjekket { $date } klokken { $time }
helpline = Veiledning for helsenorge.no: { $phone }
progress = Sjekker … { $done } av { $total } ferdig

status-pass = OK
status-warn = Advarsel
status-fail = Problem
status-absent = Ikke satt opp
status-skipped = Ikke sjekket

result-pass = Alt som ble sjekket, er i orden.
result-warn = { $count ->
    [one] Én ting bør du se på, men ingenting hindrer innloggingen.
   *[other] { $count } ting bør du se på, men ingenting hindrer innloggingen.
}
result-fail = { $count ->
    [one] Ett problem kan hindre innloggingen. Se stegene over.
   *[other] { $count } problemer kan hindre innloggingen. Se stegene over.
}
no-checks = Ingen sjekker ble kjørt.
took = tok { $ms } ms

explain-list = Funnkoder. Kjør «loginsjekk explain KODE» for å se én.
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
card-mute = et kort som ikke svarer (ta det ut og sett det inn med brikken først og brikken opp)
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
} på at et kort settes inn (Ctrl-C stopper)…
card-inserted = Kort satt inn i «{ $reader }»: { $card }
card-removed = Kort tatt ut av «{ $reader }»
card-reader-added = Kortleser koblet til: «{ $reader }»
card-reader-removed = Kortleser koblet fra: «{ $reader }»
card-timeout = Ingen kort ble satt inn innen { $seconds ->
    [one] { $seconds } sekund.
   *[other] { $seconds } sekunder.
}

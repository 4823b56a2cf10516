## Words of the report itself. Finding codes have their own files, one per check.

header = loginsjekk { $version }: is this computer ready to log in to helsenorge.no?
checked-at = Checked { $date } at { $time }
helpline = helsenorge.no helpline: { $phone }
progress = Checking… { $done } of { $total } done

status-pass = OK
status-warn = Warning
status-fail = Problem
status-absent = Not set up
status-skipped = Not checked

result-pass = Everything that was checked is in order.
result-warn = { $count ->
    [one] One thing is worth a look, but nothing stops the login.
   *[other] { $count } things are worth a look, but nothing stops the login.
}
result-fail = { $count ->
    [one] One problem can stop the login. See the steps above.
   *[other] { $count } problems can stop the login. See the steps above.
}
no-checks = No checks were run.
took = took { $ms } ms

explain-list = Finding codes. Run "loginsjekk explain CODE" to see one.
explain-what-to-do = What to do:

date = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

unit-days = { $n ->
    [one] { $n } day
   *[other] { $n } days
}
unit-hours = { $n ->
    [one] { $n } hour
   *[other] { $n } hours
}
unit-minutes = { $n ->
    [one] { $n } minute
   *[other] { $n } minutes
}
unit-seconds = { $n ->
    [one] { $n } second
   *[other] { $n } seconds
}

## loginsjekk card
card-readers = Card readers:
card-reader-line = { $number }. "{ $reader }": { $state }
card-no-readers = No card reader is connected.
card-empty = no card
card-mute = a card that does not answer (take it out and insert it chip first, chip facing up)
card-kind = { $kind ->
    [buypass-id] Buypass ID card
    [norsk-tipping] Norsk Tipping player card (Buypass ID)
    [altinn] Altinn card (Buypass ID)
    [payment] not a Buypass card: a payment card ({ $name })
    [other] not a Buypass card: { $name }
   *[unknown] a card loginsjekk does not know (ATR { $atr })
}
card-waiting = Waiting up to { $seconds ->
    [one] { $seconds } second
   *[other] { $seconds } seconds
} for a card to be inserted (Ctrl-C stops)…
card-inserted = Card inserted in "{ $reader }": { $card }
card-removed = Card removed from "{ $reader }"
card-reader-added = Card reader connected: "{ $reader }"
card-reader-removed = Card reader disconnected: "{ $reader }"
card-timeout = No card was inserted within { $seconds ->
    [one] { $seconds } second.
   *[other] { $seconds } seconds.
}

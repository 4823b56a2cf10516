## Words of the report itself. Finding codes have their own files, one per check.

header = loginsjekk { $version }: is this computer ready to log in to helsenorge.no?
checked-at = Checked on { $date } at { $time }
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
result-not-ready = None of the login methods you asked about works on this computer yet. See the steps above.
result-not-checked = Nothing stops the login, but not everything it needs could be checked.
no-checks = No checks were run.
took = took { $ms } ms

explain-list = The codes loginsjekk can report. Run "loginsjekk explain CODE" to read about one.
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
card-service-silent = The smart card service does not answer (waited { $seconds ->
    [one] { $seconds } second).
   *[other] { $seconds } seconds).
}
card-timeout = No card was inserted within { $seconds ->
    [one] { $seconds } second.
   *[other] { $seconds } seconds.
}

## Login methods
method-bankid = BankID
method-bankid-mobile = BankID on mobile
method-buypass-smartcard = Buypass ID on smart card
method-buypass-mobile = Buypass ID in mobile
method-commfides = Commfides e-ID
method-gone-bankid-mobile = No longer available: BankID on mobile was switched off on { $since }. Use the BankID app or a code chip instead.
methods-ready = You can log in with: { $methods }
methods-not-ready = Not ready: { $methods }
methods-see = see { $lines }
methods-not-checked = Could not be checked: { $methods }
methods-not-run = not run: { $checks }
method-gone = No longer available: { $method } was switched off on { $since }.
needed-for = Only needed to log in with { $methods }.
needed-by-none = Not needed to log in to helsenorge.no.
alternative-helsenorge-app = On a phone or tablet, the Helsenorge app is another way in: log in to it once with ID-porten, then open it with your face, fingerprint or a code.
support-code = Support code: { $code } (read it out if you call the helpline)

## loginsjekk decode
decode-header = What the caller's loginsjekk found (its facts are from { $month } { $year }):

## loginsjekk id-number
id-number-prompt = Type the number and press Enter (it is not stored or sent anywhere):
id-number-valid = { $masked } is a valid { $kind ->
    [d-number] D-number
    [h-number] H-number (a help number used in health care)
    [synthetic] synthetic test number
   *[national-id] national identity number (fødselsnummer)
}.
id-number-born = Date of birth { $date }: { $age ->
    [one] { $age } year old.
   *[other] { $age } years old.
}
id-number-2032 = It is valid under the rules for new numbers that apply from 2032.
id-number-commfides = { $ok ->
    [yes] It can be used with Commfides e-ID.
   *[no] It cannot be used with Commfides e-ID, which needs a national identity number or a D-number.
}
id-number-under-16 = You must be 16 or older to use helsenorge.no on your own. Until then, a parent or guardian can act for you, or you can contact your GP or health service directly.
id-number-invalid = This is not a valid national identity number: { $reason ->
    [date] the date in it does not exist.
    [future-date] this date of birth is in the future.
    [check-digits-only-2032-rules] the check digits are wrong under today's rules; check each digit. (They would be right under the rules for new numbers, but no number is given out under those before { $from }.)
   *[check-digits] the check digits do not match. Check that every digit is right.
}
id-number-synthetic = It is a test number from the Tax Administration's synthetic test population: it belongs to no one and cannot be used to log in.
explain-topics = Questions people ask. Run "loginsjekk explain TOPIC" to read one.
shareable-header = This is a loginsjekk report to send to helsenorge.no support. It holds no password, PIN or national identity number; the user name, computer name and home folder are replaced by [user], [computer] and ~.

## A console window of its own (double-clicked on Windows) closes when loginsjekk ends.
press-enter = Press Enter to close

## What is left on the screen when the report goes to a file (--output)
output-written = Report written to { $path }: { $outcome ->
        [ready] you can log in with { $methods }.
        [not-ready] none of the login methods asked about works on this computer yet.
        [checks-pass] no check failed.
        [checks-fail] a check failed.
       *[not-checked] nothing stops the login, but not everything could be checked.
    } Support code: { $code }

## loginsjekk decode, for the helpline staff member on the phone
decode-format-1 = This code comes from an older loginsjekk: it does not say which login methods the caller asked about, what kind of computer it is, or what else was found behind each first finding.
decode-methods = { $chosen ->
    [yes] The caller asked about: { $methods }
   *[no] The caller asked about every login method: { $methods }
}
decode-by-checks = The caller ran only some of the checks (--only or --skip), without asking about a login method.
decode-os = Computer: { $os }
decode-version = Made by loginsjekk with minor version { $minor } (yours has { $ours }).
decode-other-os = The steps shown are the general ones: the caller's system is not Windows, macOS or Linux.
decode-also = also found: { $meaning } ({ $code })
decode-ask = Questions and advice for the caller:
decode-steps = Go through these steps with the caller:
os-windows = Windows
os-macos = macOS
os-linux = Linux
os-other = another system (not Windows, macOS or Linux)
step-for = only on { $systems }
time = { $hour }:{ $minute }
explain-ask = For the helpline, on the phone:

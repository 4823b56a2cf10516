## loginsjekk --watch: linjene som legges til når sjekkene endrer seg, og linjen under rapporten.

# Én linje per endring når utdata ikke går til en terminal. Sjekk-id-er, statuser og koder er
# de samme som i JSON-rapporten, så en logg kan søkes i.
first = { $time } { $check } { $to } ({ $code })
change = { $time } { $check } { $from } → { $to } ({ $code })
verdict-first = { $time } svar { $to }
verdict-change = { $time } svar { $from } → { $to }

# Merket på en linje i rapporten som har endret seg.
changed = endret { $time }
# Linjen under rapporten: det neste som må gjøres, fra den første metoden som ikke er klar.
checking = Sjekker…
status = Følger med til { $until } — { $step } Trykk Ctrl-C for å stoppe.
status-no-step = Følger med til { $until } — sjekker på nytt det som ikke er i orden ennå. Trykk Ctrl-C for å stoppe.
ready = Klar kl. { $time }: du kan logge inn nå.
gave-up = Fortsatt ikke klar etter { $duration } ({ $time }). Slik står det nå:

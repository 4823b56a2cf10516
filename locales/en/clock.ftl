## The clock check: this computer's clock against the ID portal's. Codes clock.<reason>.

title = This computer's clock

ok = The clock is right ({ $seconds ->
        [0] the same as the ID portal's, to the second
       *[other] { $amount } { $direction ->
            [behind] behind
           *[ahead] ahead of
        } the ID portal's
    })
    .title = The computer's clock is right
    .guidance =
        Nothing to do.

skewed = The clock is { $amount } { $direction ->
        [behind] behind
       *[ahead] ahead
    }
    .title = The computer's clock is a few minutes off
    .guidance =
        Logins usually still work, but set the clock right to be sure.
        Turn on automatic date and time in the computer's settings.

wrong = Your clock is { $amount } { $direction ->
        [behind] behind
       *[ahead] ahead
    }
    .title = The computer's clock is wrong
    .guidance =
        A wrong clock makes secure connections and logins fail.
        Set the date, time and time zone, and turn on automatic date and time in the computer's settings.
        Then run loginsjekk again.
    .ask =
        Ask the caller to read out the date, the time and the time zone the computer shows.

unknown = Not checked, because the ID portal's time could not be read
    .title = Not checked: the ID portal's time could not be read
    .guidance =
        See the line about the secure connection first.

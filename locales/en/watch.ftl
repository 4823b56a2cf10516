## loginsjekk --watch: the lines added as checks change, and the line under the live report.

# One line per change when the output is not a terminal. Check ids, statuses and codes stay
# as they are in the JSON report, so that a log can be searched.
first = { $time } { $check } { $to } ({ $code })
change = { $time } { $check } { $from } → { $to } ({ $code })
verdict-first = { $time } verdict { $to }
verdict-change = { $time } verdict { $from } → { $to }

# The mark on a line of the live report that changed.
changed = changed { $time }
# The line under the live report: the next thing to do, from the first method not ready.
checking = Checking…
status = Watching until { $until } — { $step } Press Ctrl-C to stop.
status-no-step = Watching until { $until } — checking again what is not yet right. Press Ctrl-C to stop.
ready = Ready at { $time }: you can log in now.
gave-up = Still not ready after { $duration } ({ $time }). This is how it stands:

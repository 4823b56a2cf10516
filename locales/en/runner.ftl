## Codes the runner reports for any check: <check>.internal-error, <check>.timed-out, <check>.offline.

internal-error = The check stopped because of a fault in loginsjekk
    .title = The check stopped because of a fault in loginsjekk
    .guidance =
        This is a fault in loginsjekk, not on your computer.
        Run loginsjekk again.
    .escalate =
        If the same check stops again, tell the helpline which one it was.
    .ask =
        Ask which check stopped and whether it stops again on a new run: it is a fault in loginsjekk, to be reported to its makers.

timed-out = No answer within { $seconds ->
    [one] { $seconds } second
   *[other] { $seconds } seconds
}
    .title = The check did not finish in time
    .guidance =
        Something on this computer or network answered too slowly.
        Run loginsjekk again. On a slow network, give it more time with --timeout 30.
    .escalate =
        If it happens again, call the helpline.

offline = Not checked, because loginsjekk was asked not to use the network
    .title = Not checked: the network was not to be used
    .guidance =
        Run loginsjekk without --offline to check the connection to the ID portal.

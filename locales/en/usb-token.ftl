## The usb-token check: the Commfides e-ID USB stick. Codes usb-token.<reason>.

title = Commfides e-ID USB stick

commfides-found = The Commfides stick is recognised: { $name } (found by { $routes })
    .title = The Commfides e-ID stick is recognised
    .guidance =
        Nothing to do. To log in, choose Commfides e-ID in ID-porten and have your PIN ready.

unconfirmed = A smart card USB device is connected that loginsjekk cannot confirm as a Commfides stick: { $id } { $manufacturer } { $product }
    .title = A smart card USB device is connected, but not confirmed as a Commfides stick
    .guidance =
        A helpdesk can add the stick's ID (usb_ids in the profile) so that loginsjekk recognises it; see docs/profile.md.
    .escalate =
        If this is your Commfides stick, read the ID above to the helpline.
    .ask =
        Ask the caller to read out the device's ID from the report (four and four characters, such as 1a2b:3c4d).

not-found = No Commfides e-ID stick was found
    .title = No Commfides e-ID stick was found
    .guidance =
        Insert the stick directly into the computer, not through a hub, and wait until the computer has recognised it.
        Commfides e-ID also needs a Norwegian national ID number or D-number.
    .escalate =
        If the stick is still not found, call the helsenorge.no helpline.

usb-unavailable = USB devices could not be listed on this computer ({ $reason }); the other ways of finding the stick were used
    .title = USB devices could not be listed
    .guidance =
        Nothing to do. This happens in containers and virtual machines without USB.

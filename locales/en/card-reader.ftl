## The card-reader check: a card reader with a Buypass ID card. Codes card-reader.<reason>.

title = Card reader and Buypass card

buypass-card = { $kind ->
        [norsk-tipping] Norsk Tipping player card (Buypass ID)
        [altinn] Altinn card (Buypass ID)
        [payment] payment card
       *[buypass-id] Buypass ID card
    } in "{ $reader }".{ $years ->
        [0] {""}
        [one] {" "}This kind of card is valid for { $years } year from when it was issued.
       *[other] {" "}This kind of card is valid for { $years } years from when it was issued.
    }{ $kind ->
        [norsk-tipping] {" "}A player card bought from a shop or agent (not ordered online) must be upgraded before it can be used to log in.
       *[other] {""}
    }
    .title = A Buypass ID card is in the card reader
    .guidance =
        Nothing to do. The card stops working on the expiry date printed on it.
        Renew a Buypass ID card on Buypass's My Page in the two months before it expires; a Norsk Tipping player card is replaced by Norsk Tipping.
        A Norsk Tipping player card bought from a shop or agent (not ordered online) must be upgraded before it can be used to log in.

no-pcsc-library = { $reader_seen ->
        [yes] A card reader is connected ({ $usb_reader }), but the smart card software (PC/SC) is not installed
       *[none] The smart card software (PC/SC) is not installed on this computer
    }
    .title = The smart card software is not installed
    .guidance =
        { $os ->
            [windows] Restart the computer; Windows comes with the smart card software. If that does not help, install the software that came with the card reader.
            [macos] Restart the Mac; macOS comes with the smart card software. If that does not help, install the software that came with the card reader.
           *[other] Install the packages pcscd and libpcsclite1 (for example: sudo apt install pcscd).
        }
        Also install the software that came with your card reader, if there is any.

service-unavailable = { $reader_seen ->
        [yes] A card reader is connected ({ $usb_reader }), but the smart card service is not running
       *[none] The smart card service is not running
    } ({ $error })
    .title = The smart card service is not running
    .guidance =
        { $os ->
            [windows] Start the "Smart Card" service: open Services, find "Smart Card", choose Start and set it to start automatically. Restarting the computer also starts it.
            [macos] Unplug the card reader and plug it in again; if that does not help, restart the Mac.
           *[other] Start the smart card service: sudo systemctl enable --now pcscd.socket (or restart the computer).
        }
        If the service will not start, reinstall the card reader's software.

not-set-up = No card reader software or card reader on this computer
    .title = This computer is not set up for a smart card
    .guidance =
        If you log in with Buypass ID on smart card, connect the card reader directly to the computer (not through a hub).
        { $os ->
            [windows] Install the software that came with the card reader, then run loginsjekk again.
            [macos] macOS has the smart card service built in: install only the software that came with the card reader, if any, then run loginsjekk again.
           *[other] Install the smart card service (for example: sudo apt install pcscd), then run loginsjekk again.
        }

no-reader = No card reader is connected
    .title = No card reader is connected
    .guidance =
        Connect the card reader to the computer, directly rather than through a hub.
        Install the software that came with the card reader, then run loginsjekk again.

no-card = No card in "{ $reader }"
    .title = The card reader is empty
    .guidance =
        Insert the Buypass card into the card reader, chip first, with the chip facing up.
        Then run loginsjekk again.

card-unresponsive = The card in "{ $reader }" does not answer
    .title = The card in the reader does not answer
    .guidance =
        Take the card out and insert it again, chip first, with the chip facing up.
        Wipe the chip gently with a dry cloth.
        If it still does not answer, the card may be broken: order a new one from Buypass.

card-in-use = Another program is using the card in "{ $reader }"{ $kind ->
        [unknown] {""}
       *[other] {" "}({ $kind ->
        [norsk-tipping] Norsk Tipping player card (Buypass ID)
        [altinn] Altinn card (Buypass ID)
        [payment] payment card
       *[buypass-id] Buypass ID card
    })
    }
    .title = Another program is using the card
    .guidance =
        Close other programs that use the card (other login windows, signing programs), then try again.
        If that does not help, take the card out, insert it again, and restart the browser.

not-buypass = The card in "{ $reader }" is not a Buypass card{ $kind ->
        [payment] : this looks like a payment card: { $card }
       *[other] : it looks like { $card }
    }
    .title = The card in the reader is not a Buypass card
    .guidance =
        Insert your Buypass ID card instead (Norsk Tipping player cards and Altinn cards with the Buypass mark work too).
        Bank cards cannot be used. BankID is not a card: it is used with the BankID app or a code chip, without a card reader.
    .ask =
        Ask which card is in the reader: bank cards cannot be used; a Buypass card, a Norsk Tipping player card or an Altinn card with the Buypass mark can.

unknown-card = The card in "{ $reader }" is not one loginsjekk knows (ATR { $atr })
    .title = The card in the reader is not one loginsjekk knows
    .guidance =
        It may be a newer Buypass card.
        Check that it is your Buypass ID card and not another card.
    .escalate =
        If you cannot log in with it, read the ATR above to the helpline.

javafri-running = Buypass Javafri is running on this computer
    .title = Buypass Javafri is running
    .guidance =
        Nothing to do. The browser reaches the card through Buypass Javafri when you log in.

no-javafri = Buypass Javafri is not running on this computer
    .title = Buypass Javafri is not running
    .guidance =
        The browser reaches the Buypass card through Buypass Javafri. Install it from buypass.no (help for smart cards), or start it if it is installed.
        Then restart the browser and run loginsjekk again.

javafri-unchecked = Buypass Javafri, which the browser reaches the card through, is made for Windows and macOS: it cannot be checked on this computer
    .title = Buypass Javafri cannot be checked here
    .guidance =
        If the login page asks for Buypass Javafri and it cannot be installed on this computer, log in with Buypass ID in mobile instead: every Buypass smart card holder can get it.

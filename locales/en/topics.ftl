## Questions the helsenorge.no help page answers, shown by `loginsjekk explain TOPIC`.
## The facts and their sources: docs/topics.md.

minid = MinID
    .title = MinID cannot be used for helsenorge.no
    .body =
        helsenorge.no needs ID-porten's security level "high". MinID gives only the level below it, so it cannot be used to log in.
        Use BankID, Buypass ID (on smart card or in mobile) or Commfides e-ID instead.

under-16 = Under 16
    .title = You must be 16 to use helsenorge.no on your own
    .body =
        You must be 16 or older to log in to helsenorge.no yourself.
        From 13, some services can be used with the consent of a parent or guardian; until 16, a parent or guardian can also use some services on your behalf.
        For help with your health, contact your GP, the school health service or the health clinic for young people directly.

new-id-number = New national identity number
    .title = If you have been given a new national identity number
    .body =
        A new national identity number replaces your old one, or your D-number, when you log in.
        Your electronic ID (BankID, Buypass, Commfides) must be registered to the new number; ask the supplier of your electronic ID to update it.
        Questions about the number itself go to the Norwegian Tax Administration (Skatteetaten).

code-chip = Code chip
    .title = A code chip is not a BankID
    .body =
        BankID is a personal certificate that your bank activates for you. The code chip (kodebrikke), like the BankID app, is only a way to confirm that it is you when you log in with BankID.
        If you have a code chip but cannot log in, contact your bank to check that your BankID is active.

bankid-combinations = BankID
    .title = How you log in with BankID
    .body =
        With the BankID app: type your national identity number, then confirm in the app on your phone.
        With a code chip (kodebrikke): type your national identity number, the one-time code the chip shows, and your personal BankID password.
        BankID on mobile (the SIM-based service) was switched off on 1 September 2024: use the BankID app or a code chip instead. BankID does not use a card reader.

helsenorge-app = The Helsenorge app
    .title = The Helsenorge app is a way in on a phone or tablet
    .body =
        The Helsenorge app gives you the services of helsenorge.no on an Android phone (version 7 or newer) or an iPhone or iPad (iOS 15 or newer).
        You log in to it once through ID-porten, with BankID, Buypass ID or Commfides e-ID; after that you open it with your face, your fingerprint or a code of your own.
        It is for those aged 16 and over with a Norwegian national identity number or D-number; some services can be used from 13 with the consent of a parent or guardian. loginsjekk does not check phones: it checks this computer.

buypass-mobile = Buypass ID in mobile
    .title = Buypass ID in mobile: Buypass ID in an app, without a card reader
    .body =
        Buypass ID in mobile is the Buypass ID app on your phone. It logs in at the security level "high", like the smart card, and needs no card reader or program on the computer.
        Everyone who has a Buypass smart card can take Buypass ID in mobile into use. Download the Buypass ID app and follow its steps to sign up; buypass.no explains how.

where-to-ask = Where to ask
    .title = Where to ask for help with logging in
    .body =
        The helsenorge.no helpline answers questions about logging in to helsenorge.no (its number ends every report).
        ID-porten has its own user support for the login page itself; its contact details are on idporten.no.
        Questions about a BankID go to your bank; about a Buypass ID to Buypass; about a Commfides e-ID to Commfides.

security = Security
    .title = Check that you are on the real ID portal
    .body =
        Before you log in, check that the address in the browser starts with https://login.idporten.no and that the browser shows a padlock.
        Click the padlock to see the certificate: the real ID portal's is issued to Digitaliseringsdirektoratet (org. no. 991825827).
        If anything looks different, do not log in. Never give your password or PIN to anyone who calls or writes to you.

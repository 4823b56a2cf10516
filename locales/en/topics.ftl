## Questions the helsenorge.no help page answers, shown by `loginsjekk explain TOPIC`.

minid = MinID
    .title = MinID cannot be used for helsenorge.no
    .body =
        helsenorge.no needs the highest security level in ID-porten (level 4). MinID does not give that level, so it cannot be used to log in.
        Use BankID, Buypass ID (on smart card or mobile) or Commfides e-ID instead.

under-16 = Under 16
    .title = You must be 16 to use helsenorge.no on your own
    .body =
        You must be 16 or older to log in to helsenorge.no yourself.
        Until then, a parent or guardian can use some of the services on your behalf.
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
        BankID is a personal certificate that your bank activates for you. The code chip, like the BankID app, is only a way to confirm that it is you when you log in with BankID.
        If you have a code chip but cannot log in, contact your bank to check that your BankID is active.

bankid-combinations = BankID
    .title = How you log in with BankID
    .body =
        You type your national identity number, then confirm with the BankID app, or with a one-time code from a code chip and your personal BankID password.
        BankID on mobile (the SIM-based service) was switched off on 1 September 2024: use the BankID app or a code chip instead.
        BankID does not use a card reader.

helsenorge-app = The Helsenorge app
    .title = The Helsenorge app is a way in on a phone or tablet
    .body =
        The Helsenorge app gives you the services of helsenorge.no on an Android phone (version 7 or newer) or an iPhone or iPad (iOS 15 or newer).
        You log in to it once through ID-porten, with BankID, Buypass ID or Commfides e-ID; after that you open it with your face, your fingerprint or a code of your own.
        You must be 16 or older and have a Norwegian national identity number or D-number. loginsjekk does not check phones: it checks this computer.

security = Security
    .title = Check that you are on the real ID portal
    .body =
        Before you log in, check that the address in the browser starts with https://login.idporten.no and that the browser shows a padlock.
        Click the padlock to see the certificate: the real ID portal's is issued to Digitaliseringsdirektoratet (org. no. 991825827).
        If anything looks different, do not log in. Never give your password or PIN to anyone who calls or writes to you.

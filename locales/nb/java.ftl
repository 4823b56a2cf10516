## Java-sjekken: Java som er i bruk, og om den er støttet og oppdatert. Koder java.<grunn>.

title = Java
not-needed = Java trengs ikke for å logge inn på helsenorge.no; oppdater den hvis du bruker den til andre ting.

ok = Java { $version } ({ $vendor }) er støttet og oppdatert
    .title = Java er støttet og oppdatert
    .guidance =
        Du trenger ikke å gjøre noe.

outdated = Java { $version } ({ $vendor }) er utdatert: nyeste versjon er { $latest }
    .title = Java er utdatert
    .guidance =
        Oppdater Java med oppdateringsfunksjonen i Java, eller last ned nyeste versjon fra samme leverandør (for eksempel adoptium.net eller java.com).
        Fjern gamle Java-versjoner du ikke lenger bruker.

unsupported-release = Java { $version } ({ $vendor }) er en utgave som ikke lenger får sikkerhetsoppdateringer
    .title = Denne Java-utgaven får ikke lenger sikkerhetsoppdateringer
    .guidance =
        Installer en Java-versjon som får oppdateringer (21 eller 25, for eksempel fra adoptium.net eller java.com), og fjern den gamle.

not-found = Fant ingen Java på denne datamaskinen
    .title = Java er ikke installert
    .guidance =
        Installer Java bare hvis et program du bruker, ber om det, og velg i så fall nyeste versjon (for eksempel fra adoptium.net eller java.com).

broken = Java i { $path } virker ikke: { $reason ->
        [would-not-start] den kunne ikke startes
        [no-answer] den svarte ikke innen { $seconds ->
            [one] { $seconds } sekund
           *[other] { $seconds } sekunder
        }
        [crashed] den krasjet før den sa hvilken versjon den er
       *[not-java] den svarte noe som ikke er et Java-versjonsnummer
    }
    .title = En Java-installasjon virker ikke
    .guidance =
        Installer denne Java-versjonen på nytt, eller fjern den hvis du ikke bruker den lenger.
        Kjør så loginsjekk på nytt.

r-32-bit = Java { $version } ({ $vendor }) er en 32-biters versjon på en 64-biters datamaskin
    .title = Bare en 32-biters Java er installert på en 64-biters datamaskin
    .guidance =
        Installer 64-biters Java, og fjern 32-biters Java hvis ingen andre programmer trenger den.

newer-update-likely = Java { $version } ({ $vendor }) var nyeste versjon da opplysningene i loginsjekk ble skrevet ({ $as_of }), men det har trolig kommet en nyere oppdatering siden (minst { $predicted })
    .title = Det har trolig kommet en nyere Java-oppdatering siden opplysningene i loginsjekk ble skrevet
    .guidance =
        Se etter oppdateringer med oppdateringsfunksjonen i Java, eller på nettsidene til leverandøren (for eksempel adoptium.net eller java.com).
        Java trengs ikke for å logge inn på helsenorge.no, så dette hindrer ikke innloggingen.

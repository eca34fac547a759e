<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name></name>
    <message>
        <location filename="../../views/privacy/erase_dialog.py" line="124"/>
        <location filename="../../views/privacy/erase_dialog.py" line="140"/>
        <source>Erase this person</source>
        <translation>Poista henkilön tiedot</translation>
    </message>
    <message>
        <location filename="../../views/privacy/erase_dialog.py" line="124"/>
        <source>This person has been erased already.</source>
        <translation>Tämän henkilön tiedot on jo poistettu.</translation>
    </message>
    <message>
        <location filename="../../views/privacy/erase_dialog.py" line="160"/>
        <source>Erase this person…</source>
        <translation>Poista henkilön tiedot…</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../app/privacy/erase.py" line="160"/>
        <source>This person has been erased already.</source>
        <translation>Tämän henkilön tiedot on jo poistettu.</translation>
    </message>
    <message>
        <location filename="../../views/privacy/erase_dialog.py" line="47"/>
        <source>Erase this person</source>
        <translation>Poista henkilön tiedot</translation>
    </message>
    <message>
        <location filename="../../views/privacy/erase_dialog.py" line="49"/>
        <source>Erase {name} of {customer}?</source>
        <translation>Poistetaanko henkilön {name} ({customer}) tiedot?</translation>
    </message>
    <message>
        <location filename="../../views/privacy/erase_dialog.py" line="59"/>
        <source>E-mail:</source>
        <translation>Sähköposti:</translation>
    </message>
    <message>
        <location filename="../../views/privacy/erase_dialog.py" line="60"/>
        <source>Phone:</source>
        <translation>Puhelin:</translation>
    </message>
    <message>
        <location filename="../../views/privacy/erase_dialog.py" line="61"/>
        <source>Interactions they took part in:</source>
        <translation>Kohtaamiset, joissa hän oli mukana:</translation>
    </message>
    <message>
        <location filename="../../views/privacy/erase_dialog.py" line="64"/>
        <source>Their name, title, e-mail, phone and notes are removed from this database, from its change history and recycle bin, and their e-mail and phone from every note. Their interactions stay, under “Erased person”. Team sync takes the erasure to every laptop of the team, and each removes the same, also from the shared folder. Only the date, who erased and the reason remain.</source>
        <translation>Henkilön nimi, titteli, sähköposti, puhelinnumero ja muistiinpanot poistetaan tästä tietokannasta, sen muutoshistoriasta ja roskakorista, ja hänen sähköpostinsa ja puhelinnumeronsa kaikista muistiinpanoista. Kohtaamiset säilyvät nimellä ”Poistettu henkilö”. Tiimisynkronointi vie poiston tiimin jokaiselle koneelle, ja jokainen poistaa samat tiedot, myös jaetusta kansiosta. Jäljelle jäävät vain päivämäärä, poistaja ja syy.</translation>
    </message>
    <message>
        <location filename="../../views/privacy/erase_dialog.py" line="72"/>
        <source>This cannot be undone.</source>
        <translation>Tätä ei voi perua.</translation>
    </message>
    <message>
        <location filename="../../views/privacy/erase_dialog.py" line="78"/>
        <source>e.g. the person&apos;s request of 3 March, ref 12</source>
        <translation>esim. henkilön pyyntö 3.3., viite 12</translation>
    </message>
    <message>
        <location filename="../../views/privacy/erase_dialog.py" line="79"/>
        <source>I understand that this cannot be undone.</source>
        <translation>Ymmärrän, ettei tätä voi perua.</translation>
    </message>
    <message>
        <location filename="../../views/privacy/erase_dialog.py" line="87"/>
        <source>Erase</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location filename="../../views/privacy/erase_dialog.py" line="103"/>
        <source>Reason or reference (kept with the erasure):</source>
        <translation>Syy tai viite (säilyy poiston tiedoissa):</translation>
    </message>
</context>
<context>
    <name>privacy</name>
    <message>
        <location filename="../../app/privacy/find.py" line="38"/>
        <source>No contact person has the UUID or e-mail {text}.</source>
        <translation>Yhdelläkään yhteyshenkilöllä ei ole UUID:tä tai sähköpostia {text}.</translation>
    </message>
    <message>
        <location filename="../../app/privacy/find.py" line="43"/>
        <source>{count} contact persons have the e-mail {text}: name one by its UUID.</source>
        <translation>Sähköposti {text} on {count} yhteyshenkilöllä: nimeä yksi sen UUID:llä.</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../app/privacy/folder.py" line="60"/>
        <source>This laptop&apos;s files in the shared folder could not be cleared of an erased person yet ({error}); it is tried again at the next sync.</source>
        <translation>Tämän koneen tiedostoista jaetussa kansiossa ei vielä voitu poistaa poistetun henkilön tietoja ({error}); sitä yritetään uudelleen seuraavassa synkronoinnissa.</translation>
    </message>
</context>
</TS>

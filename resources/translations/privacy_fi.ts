<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name></name>
    <message>
        <location filename="../../views/privacy/contact_actions.py" line="41"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-työkirja (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../views/privacy/contact_actions.py" line="41"/>
        <source>JSON file (*.json)</source>
        <translation>JSON-tiedosto (*.json)</translation>
    </message>
    <message>
        <location filename="../../views/privacy/contact_actions.py" line="43"/>
        <location filename="../../views/privacy/contact_actions.py" line="78"/>
        <location filename="../../views/privacy/contact_actions.py" line="81"/>
        <source>Export this person&apos;s data</source>
        <translation>Vie henkilön tiedot</translation>
    </message>
    <message>
        <location filename="../../views/privacy/contact_actions.py" line="69"/>
        <source>The data of {name} was written to {path}</source>
        <translation>Henkilön {name} tiedot kirjoitettiin tiedostoon {path}</translation>
    </message>
    <message>
        <location filename="../../views/privacy/contact_actions.py" line="81"/>
        <source>The contact no longer exists.</source>
        <translation>Yhteyshenkilöä ei ole enää.</translation>
    </message>
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
        <translation>Poista henkilö pysyvästi…</translation>
    </message>
</context>
<context>
    <name>ConsentHistoryBox</name>
    <message>
        <location filename="../../views/privacy/consent_history.py" line="28"/>
        <source>Where the consent (or its withdrawal) came from</source>
        <translation>Mistä suostumus (tai sen peruminen) saatiin</translation>
    </message>
    <message>
        <location filename="../../views/privacy/consent_history.py" line="35"/>
        <source>Source of a change:</source>
        <translation>Muutoksen lähde:</translation>
    </message>
    <message>
        <location filename="../../views/privacy/consent_history.py" line="46"/>
        <source>No consent recorded yet.</source>
        <translation>Suostumusta ei ole vielä kirjattu.</translation>
    </message>
    <message>
        <location filename="../../views/privacy/consent_history.py" line="49"/>
        <source>Given before the history was kept.</source>
        <translation>Annettu ennen kuin historiaa alettiin pitää.</translation>
    </message>
    <message>
        <location filename="../../views/privacy/consent_history.py" line="51"/>
        <source>Given {date}</source>
        <translation>Annettu {date}</translation>
    </message>
    <message>
        <location filename="../../views/privacy/consent_history.py" line="51"/>
        <source>Withdrawn {date}</source>
        <translation>Peruttu {date}</translation>
    </message>
    <message>
        <location filename="../../views/privacy/consent_history.py" line="56"/>
        <source>{source}, recorded by {member}</source>
        <translation>{source}, kirjasi {member}</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../app/privacy/erase.py" line="166"/>
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
    <name>PrivacyExport</name>
    <message>
        <location filename="../../app/privacy/export.py" line="32"/>
        <source>About this file</source>
        <translation>Tietoa tiedostosta</translation>
    </message>
    <message>
        <location filename="../../app/privacy/export.py" line="33"/>
        <source>Personal data held about {name}</source>
        <translation>Henkilöstä {name} tallennetut tiedot</translation>
    </message>
    <message>
        <location filename="../../app/privacy/export.py" line="34"/>
        <source>This file lists everything the team company {team} holds about you in Raketti, its customer-relationship tool: your contact details, the roles you hold, the meetings and other interactions you took part in, feedback and satisfaction you gave, your marketing consent with its history, and the changes made to your record. Each sheet is one part.</source>
        <translation>Tässä tiedostossa on kaikki, mitä tiimiyritys {team} on tallentanut sinusta asiakkuudenhallintatyökaluunsa Raketti: yhteystietosi, roolisi, tapaamiset ja muut yhteydenotot, joihin osallistuit, antamasi palaute ja tyytyväisyysarviot, markkinointisuostumuksesi historioineen sekä tietoihisi tehdyt muutokset. Kukin välilehti on yksi osa.</translation>
    </message>
    <message>
        <location filename="../../app/privacy/export.py" line="42"/>
        <source>Person</source>
        <translation>Henkilö</translation>
    </message>
    <message>
        <location filename="../../app/privacy/export.py" line="43"/>
        <location filename="../../app/privacy/gather.py" line="56"/>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location filename="../../app/privacy/export.py" line="44"/>
        <source>Team company (controller)</source>
        <translation>Tiimiyritys (rekisterinpitäjä)</translation>
    </message>
    <message>
        <location filename="../../app/privacy/export.py" line="45"/>
        <source>Identifier</source>
        <translation>Tunniste</translation>
    </message>
    <message>
        <location filename="../../app/privacy/export.py" line="46"/>
        <source>Exported</source>
        <translation>Viety</translation>
    </message>
    <message>
        <location filename="../../app/privacy/export.py" line="47"/>
        <source>Sheets</source>
        <translation>Välilehdet</translation>
    </message>
    <message>
        <location filename="../../app/privacy/export.py" line="48"/>
        <source>{count} rows</source>
        <translation>{count} riviä</translation>
    </message>
    <message>
        <location filename="../../app/privacy/export.py" line="50"/>
        <source>Save the export as .xlsx or .json (not {suffix}).</source>
        <translation>Tallenna tiedosto muodossa .xlsx tai .json (ei {suffix}).</translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="41"/>
        <source>Contact details</source>
        <translation>Yhteystiedot</translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="42"/>
        <source>Roles</source>
        <translation>Roolit</translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="43"/>
        <source>Interactions</source>
        <translation>Kohtaamiset</translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="44"/>
        <source>Feedback</source>
        <translation>Palaute</translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="45"/>
        <source>Satisfaction</source>
        <translation>Tyytyväisyys</translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="46"/>
        <source>Risk flags</source>
        <translation>Riskiliput</translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="47"/>
        <source>Consent history</source>
        <translation>Suostumushistoria</translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="48"/>
        <source>Change history</source>
        <translation>Muutoshistoria</translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="52"/>
        <source>Field</source>
        <translation>Kenttä</translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="53"/>
        <source>Value</source>
        <translation>Arvo</translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="54"/>
        <source>Personal data</source>
        <translation>Henkilötieto</translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="55"/>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="57"/>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="58"/>
        <source>Source</source>
        <translation>Lähde</translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="59"/>
        <source>Severity</source>
        <translation>Vakavuus</translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="60"/>
        <source>What happened</source>
        <translation>Mitä tapahtui</translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="61"/>
        <source>Received on</source>
        <translation>Vastaanotettu</translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="62"/>
        <source>Measured on</source>
        <translation>Mitattu</translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="63"/>
        <source>Score (1–5)</source>
        <translation>Arvosana (1–5)</translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="64"/>
        <source>Recommendation (0–10)</source>
        <translation>Suositteluhalukkuus (0–10)</translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="65"/>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="66"/>
        <source>Deleted on</source>
        <translation>Poistettu</translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="67"/>
        <source>Cause</source>
        <translation>Syy</translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="68"/>
        <source>Name then</source>
        <translation>Nimi silloin</translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="69"/>
        <source>Roles then</source>
        <translation>Roolit silloin</translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="70"/>
        <source>Raised on</source>
        <translation>Nostettu</translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="71"/>
        <source>Resolved on</source>
        <translation>Ratkaistu</translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="72"/>
        <source>Resolution</source>
        <translation>Ratkaisu</translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="73"/>
        <source>Old value</source>
        <translation>Vanha arvo</translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="74"/>
        <source>New value</source>
        <translation>Uusi arvo</translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="75"/>
        <source>Changed by</source>
        <translation>Muuttaja</translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="76"/>
        <source>Laptop</source>
        <translation>Kone</translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="77"/>
        <source>When (UTC)</source>
        <translation>Milloin (UTC)</translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="78"/>
        <source>Record created</source>
        <translation>Tietue luotu</translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="79"/>
        <source>Record last changed</source>
        <translation>Tietoa muutettu viimeksi</translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="80"/>
        <source>Record deleted</source>
        <translation>Tietue poistettu</translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="81"/>
        <source>advocate: recommends the team to others</source>
        <translation>puolestapuhuja: suosittelee tiimiä muille</translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="82"/>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="83"/>
        <source>no</source>
        <translation>ei</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../app/privacy/review.py" line="183"/>
        <source>Set the retention period to {months} months</source>
        <translation>Aseta säilytysajaksi {months} kuukautta</translation>
    </message>
    <message>
        <location filename="../../views/privacy/review_dialog.py" line="102"/>
        <location filename="../../views/privacy/review_dialog.py" line="204"/>
        <source>Privacy review</source>
        <translation>Tietosuojakatselmus</translation>
    </message>
    <message>
        <location filename="../../views/privacy/review_dialog.py" line="106"/>
        <source>Contacts without marketing consent who have taken part in no interaction for the period below, and were added before it. Keep a person only with another lawful basis (a contract, a customership that goes on); otherwise erase them. Export a person&apos;s data first if they asked for it.</source>
        <translation>Yhteyshenkilöt, joilla ei ole markkinointisuostumusta, jotka eivät ole osallistuneet mihinkään yhteydenottoon alla olevana aikana ja jotka on lisätty ennen sitä. Säilytä henkilön tiedot vain, jos siihen on muu lainmukainen peruste (sopimus, jatkuva asiakkuus); muuten poista ne. Vie ensin henkilön tiedot, jos hän on pyytänyt niitä.</translation>
    </message>
    <message>
        <location filename="../../views/privacy/review_dialog.py" line="117"/>
        <source> months</source>
        <translation> kk</translation>
    </message>
    <message>
        <location filename="../../views/privacy/review_dialog.py" line="118"/>
        <source>Save period</source>
        <translation>Tallenna aika</translation>
    </message>
    <message>
        <location filename="../../views/privacy/review_dialog.py" line="121"/>
        <source>No interaction for</source>
        <translation>Ei yhteydenottoja</translation>
    </message>
    <message>
        <location filename="../../views/privacy/review_dialog.py" line="151"/>
        <source>No contact to review: everyone has given marketing consent, took part in an interaction within the period or was added recently.</source>
        <translation>Ei katselmoitavia yhteyshenkilöitä: jokainen on antanut markkinointisuostumuksen, osallistunut yhteydenottoon ajanjakson aikana tai on lisätty äskettäin.</translation>
    </message>
    <message>
        <location filename="../../views/privacy/review_dialog.py" line="159"/>
        <source>Export data…</source>
        <translation>Vie tiedot…</translation>
    </message>
    <message>
        <location filename="../../views/privacy/review_dialog.py" line="162"/>
        <source>Erase…</source>
        <translation>Poista pysyvästi…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/privacy/review_dialog.py" line="202"/>
        <source>%n contact(s) to review</source>
        <translation>
            <numerusform>%n katselmoitava yhteyshenkilö</numerusform>
            <numerusform>%n katselmoitavaa yhteyshenkilöä</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/privacy/review_dialog.py" line="247"/>
        <source>Export this person&apos;s data…</source>
        <translation>Vie henkilön tiedot…</translation>
    </message>
    <message>
        <location filename="../../views/privacy/review_dialog.py" line="248"/>
        <source>Erase this person…</source>
        <translation>Poista henkilö pysyvästi…</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <location filename="../../views/privacy/review_dialog.py" line="51"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../views/privacy/review_dialog.py" line="52"/>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location filename="../../views/privacy/review_dialog.py" line="53"/>
        <source>Last interaction</source>
        <translation>Viimeisin yhteydenotto</translation>
    </message>
    <message>
        <location filename="../../views/privacy/review_dialog.py" line="54"/>
        <source>Consent</source>
        <translation>Suostumus</translation>
    </message>
    <message>
        <location filename="../../views/privacy/review_dialog.py" line="55"/>
        <source>Added</source>
        <translation>Lisätty</translation>
    </message>
    <message>
        <location filename="../../views/privacy/review_dialog.py" line="77"/>
        <source>none</source>
        <translation>ei yhtään</translation>
    </message>
    <message>
        <location filename="../../views/privacy/review_dialog.py" line="80"/>
        <source>never given</source>
        <translation>ei koskaan annettu</translation>
    </message>
    <message>
        <location filename="../../views/privacy/review_dialog.py" line="81"/>
        <source>withdrawn {date}</source>
        <translation>peruttu {date}</translation>
    </message>
</context>
<context>
    <name>privacy</name>
    <message>
        <location filename="../../app/privacy/find.py" line="22"/>
        <source>Give a contact&apos;s UUID or e-mail address.</source>
        <translation>Anna yhteyshenkilön UUID tai sähköpostiosoite.</translation>
    </message>
    <message>
        <location filename="../../app/privacy/find.py" line="23"/>
        <source>No contact has the UUID {uuid}.</source>
        <translation>Yhdelläkään yhteyshenkilöllä ei ole UUID:tä {uuid}.</translation>
    </message>
    <message>
        <location filename="../../app/privacy/find.py" line="24"/>
        <source>No contact has the e-mail address {email}.</source>
        <translation>Yhdelläkään yhteyshenkilöllä ei ole sähköpostiosoitetta {email}.</translation>
    </message>
    <message>
        <location filename="../../app/privacy/find.py" line="25"/>
        <source>Several contacts have the e-mail address {email}: {contacts}. Give the UUID of one.</source>
        <translation>Usealla yhteyshenkilöllä on sähköpostiosoite {email}: {contacts}. Anna yhden UUID.</translation>
    </message>
    <message>
        <location filename="../../app/privacy/review.py" line="33"/>
        <source>The period is from 1 to {max} months.</source>
        <translation>Ajanjakso on 1–{max} kuukautta.</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../app/privacy/folder.py" line="72"/>
        <source>This laptop&apos;s files in the shared folder could not be cleared of an erased person yet ({error}); it is tried again at the next sync.</source>
        <translation>Tämän koneen tiedostoista jaetussa kansiossa ei vielä voitu poistaa poistetun henkilön tietoja ({error}); sitä yritetään uudelleen seuraavassa synkronoinnissa.</translation>
    </message>
</context>
</TS>

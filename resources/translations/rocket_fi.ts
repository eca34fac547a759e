<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>CatalogueEditor</name>
    <message>
        <location filename="../../views/rocket/catalogue.py" line="83"/>
        <source>Level</source>
        <translation>Taso</translation>
    </message>
    <message>
        <location filename="../../views/rocket/catalogue.py" line="84"/>
        <source>Code</source>
        <translation>Tunnus</translation>
    </message>
    <message>
        <location filename="../../views/rocket/catalogue.py" line="85"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../views/rocket/catalogue.py" line="86"/>
        <source>Checklist</source>
        <translation>Tarkistuslista</translation>
    </message>
    <message>
        <location filename="../../views/rocket/catalogue.py" line="87"/>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../views/rocket/catalogue.py" line="50"/>
        <source>Add process…</source>
        <translation>Lisää prosessi…</translation>
    </message>
    <message>
        <location filename="../../views/rocket/catalogue.py" line="51"/>
        <source>Edit…</source>
        <translation>Muokkaa…</translation>
    </message>
    <message>
        <location filename="../../views/rocket/catalogue.py" line="52"/>
        <source>Move left</source>
        <translation>Siirrä vasemmalle</translation>
    </message>
    <message>
        <location filename="../../views/rocket/catalogue.py" line="53"/>
        <source>Move right</source>
        <translation>Siirrä oikealle</translation>
    </message>
    <message>
        <location filename="../../views/rocket/catalogue.py" line="54"/>
        <source>Retire / bring back</source>
        <translation>Poista käytöstä / palauta</translation>
    </message>
    <message>
        <location filename="../../views/rocket/catalogue.py" line="55"/>
        <source>Export catalogue…</source>
        <translation>Vie prosessiluettelo…</translation>
    </message>
    <message>
        <location filename="../../views/rocket/catalogue.py" line="56"/>
        <source>Import catalogue…</source>
        <translation>Tuo prosessiluettelo…</translation>
    </message>
    <message>
        <location filename="../../views/rocket/catalogue.py" line="65"/>
        <source>Scores refer to a process by its code, so renaming, reordering or retiring a process keeps its history. Export the catalogue to hand it to other teams.</source>
        <translation>Täpitykset viittaavat prosessiin sen tunnuksella, joten nimen muutos, järjestyksen muutos tai käytöstä poisto säilyttää historian. Vie luettelo tiedostoksi antaaksesi sen muille tiimeille.</translation>
    </message>
    <message>
        <location filename="../../views/rocket/catalogue.py" line="109"/>
        <source>retired {date}</source>
        <translation>poistettu käytöstä {date}</translation>
    </message>
    <message>
        <location filename="../../views/rocket/catalogue.py" line="111"/>
        <source>in use</source>
        <translation>käytössä</translation>
    </message>
    <message>
        <location filename="../../app/rocket/steps.py" line="120"/>
        <source>Add process {code}</source>
        <translation>Lisää prosessi {code}</translation>
    </message>
    <message>
        <location filename="../../app/rocket/steps.py" line="137"/>
        <source>Edit process {code}</source>
        <translation>Muokkaa prosessia {code}</translation>
    </message>
    <message>
        <location filename="../../app/rocket/steps.py" line="149"/>
        <source>Move process {code}</source>
        <translation>Siirrä prosessia {code}</translation>
    </message>
    <message>
        <location filename="../../app/rocket/steps.py" line="162"/>
        <source>Retire process {code}</source>
        <translation>Poista prosessi {code} käytöstä</translation>
    </message>
    <message>
        <location filename="../../app/rocket/steps.py" line="164"/>
        <source>Bring back process {code}</source>
        <translation>Palauta prosessi {code} käyttöön</translation>
    </message>
    <message>
        <location filename="../../views/rocket/catalogue.py" line="191"/>
        <location filename="../../views/rocket/catalogue.py" line="199"/>
        <source>Export catalogue</source>
        <translation>Vie prosessiluettelo</translation>
    </message>
    <message>
        <location filename="../../views/rocket/catalogue.py" line="193"/>
        <location filename="../../views/rocket/catalogue.py" line="210"/>
        <source>Rocket catalogue (*.json)</source>
        <translation>Rakettimallin prosessiluettelo (*.json)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/rocket/catalogue.py" line="200"/>
        <source>%n process(es) written to {path}.</source>
        <translation>
            <numerusform>%n prosessi kirjoitettu tiedostoon {path}.</numerusform>
            <numerusform>%n prosessia kirjoitettu tiedostoon {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/rocket/steps.py" line="188"/>
        <location filename="../../views/rocket/catalogue.py" line="208"/>
        <location filename="../../views/rocket/catalogue.py" line="248"/>
        <source>Import catalogue</source>
        <translation>Tuo prosessiluettelo</translation>
    </message>
    <message>
        <location filename="../../views/rocket/catalogue.py" line="229"/>
        <source>The catalogue was not imported</source>
        <translation>Prosessiluetteloa ei tuotu</translation>
    </message>
    <message>
        <location filename="../../views/rocket/catalogue.py" line="230"/>
        <source>Nothing was changed. Fix the file and try again:</source>
        <translation>Mitään ei muutettu. Korjaa tiedosto ja yritä uudelleen:</translation>
    </message>
    <message>
        <location filename="../../views/rocket/catalogue.py" line="249"/>
        <source>{added} processes added, {updated} updated.</source>
        <translation>{added} prosessia lisätty, {updated} päivitetty.</translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message>
        <location filename="../../views/rocket/detail_tabs.py" line="58"/>
        <source>A concrete step towards the next dot</source>
        <translation>Konkreettinen askel kohti seuraavaa täppää</translation>
    </message>
    <message>
        <location filename="../../views/rocket/detail_tabs.py" line="59"/>
        <source>Add</source>
        <translation>Lisää</translation>
    </message>
    <message>
        <location filename="../../views/rocket/detail_tabs.py" line="67"/>
        <source>Ticked items record who (chosen on the Score tab) and when.</source>
        <translation>Rastitettuun kohtaan merkitään kuka (valitaan Täpitys-välilehdellä) ja milloin.</translation>
    </message>
    <message>
        <location filename="../../views/rocket/detail_tabs.py" line="81"/>
        <source>done {date} {who}</source>
        <translation>tehty {date} {who}</translation>
    </message>
    <message>
        <location filename="../../app/rocket/steps.py" line="43"/>
        <source>Tick checklist item</source>
        <translation>Rastita tarkistuslistan kohta</translation>
    </message>
    <message>
        <location filename="../../app/rocket/steps.py" line="45"/>
        <source>Untick checklist item</source>
        <translation>Poista rasti tarkistuslistan kohdasta</translation>
    </message>
    <message>
        <location filename="../../views/rocket/detail_tabs.py" line="114"/>
        <source>The new checklist item of {code}</source>
        <translation>Prosessin {code} uusi tarkistuslistan kohta</translation>
    </message>
    <message>
        <location filename="../../app/rocket/steps.py" line="59"/>
        <source>Add checklist item</source>
        <translation>Lisää tarkistuslistan kohta</translation>
    </message>
</context>
<context>
    <name>CoachView</name>
    <message>
        <location filename="../../views/rocket/coach.py" line="116"/>
        <source>Open other team&apos;s database read-only…</source>
        <translation>Avaa toisen tiimin tietokanta vain luku -tilassa…</translation>
    </message>
    <message>
        <location filename="../../views/rocket/coach.py" line="140"/>
        <source>Close selected database</source>
        <translation>Sulje valittu tietokanta</translation>
    </message>
    <message>
        <location filename="../../views/rocket/coach.py" line="120"/>
        <source>Round (half-year):</source>
        <translation>Kierros (puolivuosi):</translation>
    </message>
    <message>
        <location filename="../../views/rocket/coach.py" line="94"/>
        <source>Dots at the end of the round; +1 / −1 is the change since the round before. Double-click a team to open its rocket.</source>
        <translation>Täpät kierroksen lopussa; +1 / −1 on muutos edellisestä kierroksesta. Avaa tiimin raketti kaksoisnapsauttamalla.</translation>
    </message>
    <message>
        <location filename="../../views/rocket/coach.py" line="107"/>
        <source>Databases:</source>
        <translation>Tietokannat:</translation>
    </message>
    <message>
        <location filename="../../views/rocket/coach.py" line="160"/>
        <source>Coach {round}</source>
        <translation>Valmentaja {round}</translation>
    </message>
    <message>
        <location filename="../../views/rocket/coach.py" line="189"/>
        <source>{path} (read-only)</source>
        <translation>{path} (vain luku)</translation>
    </message>
    <message>
        <location filename="../../views/rocket/coach.py" line="214"/>
        <source>Cannot open the database</source>
        <translation>Tietokantaa ei voi avata</translation>
    </message>
    <message>
        <location filename="../../views/rocket/coach.py" line="225"/>
        <source>Open other team&apos;s database read-only</source>
        <translation>Avaa toisen tiimin tietokanta vain luku -tilassa</translation>
    </message>
    <message>
        <location filename="../../views/rocket/coach.py" line="227"/>
        <source>Raketti databases (*.sqlite *.db);;All files (*)</source>
        <translation>Raketti-tietokannat (*.sqlite *.db);;Kaikki tiedostot (*)</translation>
    </message>
</context>
<context>
    <name>EvidenceTab</name>
    <message>
        <location filename="../../views/rocket/evidence_tab.py" line="50"/>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <location filename="../../views/rocket/evidence_tab.py" line="50"/>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <location filename="../../views/rocket/evidence_tab.py" line="50"/>
        <source>Date</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <location filename="../../views/rocket/evidence_tab.py" line="50"/>
        <source>Where</source>
        <translation>Sijainti</translation>
    </message>
    <message>
        <location filename="../../views/rocket/evidence_tab.py" line="60"/>
        <source>Add evidence</source>
        <translation>Lisää näyttö</translation>
    </message>
    <message>
        <location filename="../../views/rocket/evidence_tab.py" line="63"/>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location filename="../../views/rocket/evidence_tab.py" line="81"/>
        <source>https://… or a file</source>
        <translation>https://… tai tiedosto</translation>
    </message>
    <message>
        <location filename="../../views/rocket/evidence_tab.py" line="82"/>
        <source>Browse…</source>
        <translation>Selaa…</translation>
    </message>
    <message>
        <location filename="../../views/rocket/evidence_tab.py" line="87"/>
        <source>Kind:</source>
        <translation>Laji:</translation>
    </message>
    <message>
        <location filename="../../views/rocket/evidence_tab.py" line="88"/>
        <source>Title:</source>
        <translation>Otsikko:</translation>
    </message>
    <message>
        <location filename="../../views/rocket/evidence_tab.py" line="89"/>
        <source>Link or file:</source>
        <translation>Linkki tai tiedosto:</translation>
    </message>
    <message>
        <location filename="../../views/rocket/evidence_tab.py" line="103"/>
        <source>Attach a file as evidence</source>
        <translation>Liitä tiedosto näytöksi</translation>
    </message>
    <message>
        <location filename="../../views/rocket/evidence_tab.py" line="125"/>
        <source>The new evidence of {code}</source>
        <translation>Prosessin {code} uusi näyttö</translation>
    </message>
    <message>
        <location filename="../../app/rocket/steps.py" line="91"/>
        <source>Add evidence “{title}”</source>
        <translation>Lisää näyttö ”{title}”</translation>
    </message>
    <message>
        <location filename="../../views/rocket/evidence_tab.py" line="154"/>
        <source>Remove evidence</source>
        <translation>Poista näyttö</translation>
    </message>
    <message>
        <location filename="../../views/rocket/evidence_tab.py" line="155"/>
        <source>Remove the evidence “{title}”?</source>
        <translation>Poistetaanko näyttö ”{title}”?</translation>
    </message>
    <message>
        <location filename="../../app/rocket/steps.py" line="105"/>
        <source>Remove evidence “{title}”</source>
        <translation>Poista näyttö ”{title}”</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../views/rocket/detail_tabs.py" line="134"/>
        <source>Period</source>
        <translation>Jakso</translation>
    </message>
    <message>
        <location filename="../../views/rocket/detail_tabs.py" line="135"/>
        <source>Dots</source>
        <translation>Täpät</translation>
    </message>
    <message>
        <location filename="../../views/rocket/detail_tabs.py" line="136"/>
        <source>Assessed by</source>
        <translation>Arvioija</translation>
    </message>
    <message>
        <location filename="../../views/rocket/detail_tabs.py" line="137"/>
        <source>Who</source>
        <translation>Kuka</translation>
    </message>
    <message>
        <location filename="../../views/rocket/detail_tabs.py" line="138"/>
        <source>Date</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <location filename="../../views/rocket/detail_tabs.py" line="139"/>
        <source>Comment</source>
        <translation>Kommentti</translation>
    </message>
</context>
<context>
    <name>OtherRocketDialog</name>
    <message>
        <location filename="../../views/rocket/coach.py" line="284"/>
        <source>{team} (read-only)</source>
        <translation>{team} (vain luku)</translation>
    </message>
</context>
<context>
    <name>ProcessDetail</name>
    <message>
        <location filename="../../views/rocket/detail.py" line="42"/>
        <source>Score</source>
        <translation>Täpitys</translation>
    </message>
    <message>
        <location filename="../../views/rocket/detail.py" line="43"/>
        <source>Checklist</source>
        <translation>Tarkistuslista</translation>
    </message>
    <message>
        <location filename="../../views/rocket/detail.py" line="44"/>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <location filename="../../views/rocket/detail.py" line="45"/>
        <source>Evidence</source>
        <translation>Näytöt</translation>
    </message>
    <message>
        <location filename="../../views/rocket/detail.py" line="46"/>
        <source>Targets</source>
        <translation>Tavoitteet</translation>
    </message>
    <message>
        <location filename="../../views/rocket/detail.py" line="70"/>
        <source>Click a process in the rocket.</source>
        <translation>Napsauta prosessia raketissa.</translation>
    </message>
    <message>
        <location filename="../../views/rocket/detail.py" line="73"/>
        <source>Its dot criteria, a new score, the checklist, the score history, the evidence and the targets of the chosen period then appear here.</source>
        <translation>Sen täppäkriteerit, uusi täpitys, tarkistuslista, täpitysten historia, näytöt ja valitun jakson tavoitteet näkyvät silloin tässä.</translation>
    </message>
    <message>
        <location filename="../../views/rocket/detail.py" line="106"/>
        <source> (retired)</source>
        <translation> (poistettu käytöstä)</translation>
    </message>
</context>
<context>
    <name>ProcessDialog</name>
    <message>
        <location filename="../../views/rocket/process_dialog.py" line="28"/>
        <source>New process</source>
        <translation>Uusi prosessi</translation>
    </message>
    <message>
        <location filename="../../views/rocket/process_dialog.py" line="28"/>
        <source>Edit process</source>
        <translation>Muokkaa prosessia</translation>
    </message>
    <message>
        <location filename="../../views/rocket/process_dialog.py" line="39"/>
        <source>Code:</source>
        <translation>Tunnus:</translation>
    </message>
    <message>
        <location filename="../../views/rocket/process_dialog.py" line="40"/>
        <source>Level:</source>
        <translation>Taso:</translation>
    </message>
    <message>
        <location filename="../../views/rocket/process_dialog.py" line="56"/>
        <source>Name (Finnish):</source>
        <translation>Nimi (suomeksi):</translation>
    </message>
    <message>
        <location filename="../../views/rocket/process_dialog.py" line="57"/>
        <source>Name (English):</source>
        <translation>Nimi (englanniksi):</translation>
    </message>
    <message>
        <location filename="../../views/rocket/process_dialog.py" line="58"/>
        <source>Description (Finnish):</source>
        <translation>Kuvaus (suomeksi):</translation>
    </message>
    <message>
        <location filename="../../views/rocket/process_dialog.py" line="59"/>
        <source>Description (English):</source>
        <translation>Kuvaus (englanniksi):</translation>
    </message>
    <message>
        <location filename="../../views/rocket/process_dialog.py" line="63"/>
        <source>{n} dots (Finnish):</source>
        <translation>{n} täppää (suomeksi):</translation>
    </message>
    <message>
        <location filename="../../views/rocket/process_dialog.py" line="68"/>
        <source>{n} dots (English):</source>
        <translation>{n} täppää (englanniksi):</translation>
    </message>
    <message>
        <location filename="../../views/rocket/process_dialog.py" line="87"/>
        <source>The process {code}</source>
        <translation>Prosessi {code}</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <location filename="../../views/rocket/chart.py" line="45"/>
        <source>All processes together</source>
        <translation>Kaikki prosessit yhteensä</translation>
    </message>
    <message>
        <location filename="../../views/rocket/chart.py" line="46"/>
        <source>Per level</source>
        <translation>Tasoittain</translation>
    </message>
    <message>
        <location filename="../../views/rocket/chart.py" line="47"/>
        <source>One process</source>
        <translation>Yksi prosessi</translation>
    </message>
    <message>
        <location filename="../../views/rocket/chart.py" line="60"/>
        <source>Show:</source>
        <translation>Näytä:</translation>
    </message>
    <message>
        <location filename="../../views/rocket/chart.py" line="63"/>
        <source>Period:</source>
        <translation>Jakso:</translation>
    </message>
    <message>
        <location filename="../../views/rocket/chart.py" line="69"/>
        <source>The team&apos;s dots over time appear here, against its targets. Score the processes first: click a process in the Rocket tab and save its dots, or run an assessment round.</source>
        <translation>Tähän tulee tiimin täppien kehitys tavoitteisiin verrattuna. Täpitä ensin prosessit: napsauta prosessia Raketti-välilehdellä ja tallenna sen täpät, tai tee arviointikierros.</translation>
    </message>
    <message>
        <location filename="../../views/rocket/chart.py" line="86"/>
        <source>Dots</source>
        <translation>Täpät</translation>
    </message>
    <message>
        <location filename="../../views/rocket/chart.py" line="143"/>
        <location filename="../../views/rocket/chart.py" line="161"/>
        <source>Actual</source>
        <translation>Toteuma</translation>
    </message>
    <message>
        <location filename="../../views/rocket/chart.py" line="144"/>
        <location filename="../../views/rocket/chart.py" line="163"/>
        <source>Target</source>
        <translation>Tavoite</translation>
    </message>
    <message>
        <location filename="../../views/rocket/chart.py" line="150"/>
        <source>target</source>
        <translation>tavoite</translation>
    </message>
</context>
<context>
    <name>RocketPanel</name>
    <message>
        <location filename="../../app/rocket/__init__.py" line="11"/>
        <location filename="../../views/rocket/panel.py" line="44"/>
        <source>Rocket model</source>
        <translation>Rakettimalli</translation>
    </message>
    <message>
        <location filename="../../views/rocket/panel.py" line="79"/>
        <source>Assessment round…</source>
        <translation>Arviointikierros…</translation>
    </message>
    <message>
        <location filename="../../views/rocket/panel.py" line="83"/>
        <source>Period:</source>
        <translation>Jakso:</translation>
    </message>
    <message>
        <location filename="../../views/rocket/panel.py" line="63"/>
        <source>Rocket</source>
        <translation>Raketti</translation>
    </message>
    <message>
        <location filename="../../views/rocket/panel.py" line="64"/>
        <source>Progress</source>
        <translation>Kehitys</translation>
    </message>
    <message>
        <location filename="../../views/rocket/panel.py" line="65"/>
        <source>Coach&apos;s view</source>
        <translation>Valmentajan näkymä</translation>
    </message>
    <message>
        <location filename="../../views/rocket/panel.py" line="66"/>
        <source>Catalogue</source>
        <translation>Prosessiluettelo</translation>
    </message>
    <message>
        <location filename="../../views/rocket/panel.py" line="166"/>
        <source>Continue the round</source>
        <translation>Jatka kierrosta</translation>
    </message>
    <message>
        <location filename="../../views/rocket/panel.py" line="166"/>
        <source>Start a new round…</source>
        <translation>Aloita uusi kierros…</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <location filename="../../views/rocket/round.py" line="118"/>
        <source>Assessment round {period} · {assessor}</source>
        <translation>Arviointikierros {period} · {assessor}</translation>
    </message>
    <message>
        <location filename="../../views/rocket/round.py" line="147"/>
        <source>%v / %m processes</source>
        <translation>%v / %m prosessia</translation>
    </message>
    <message>
        <location filename="../../views/rocket/round.py" line="176"/>
        <source>Comment (optional)</source>
        <translation>Kommentti (valinnainen)</translation>
    </message>
    <message>
        <location filename="../../views/rocket/round.py" line="186"/>
        <source>Last time:</source>
        <translation>Viime kerralla:</translation>
    </message>
    <message>
        <location filename="../../views/rocket/round.py" line="187"/>
        <source>Evidence:</source>
        <translation>Näytöt:</translation>
    </message>
    <message>
        <location filename="../../views/rocket/round.py" line="188"/>
        <source>New dots:</source>
        <translation>Uudet täpät:</translation>
    </message>
    <message>
        <location filename="../../views/rocket/round.py" line="189"/>
        <source>Comment:</source>
        <translation>Kommentti:</translation>
    </message>
    <message>
        <location filename="../../views/rocket/round.py" line="194"/>
        <source>What the dots mean:</source>
        <translation>Mitä täpät tarkoittavat:</translation>
    </message>
    <message>
        <location filename="../../views/rocket/round.py" line="202"/>
        <source>◀ Previous</source>
        <translation>◀ Edellinen</translation>
    </message>
    <message>
        <location filename="../../views/rocket/round.py" line="204"/>
        <location filename="../../views/rocket/round.py" line="256"/>
        <source>Save and next ▶</source>
        <translation>Tallenna ja seuraava ▶</translation>
    </message>
    <message>
        <location filename="../../views/rocket/round.py" line="207"/>
        <source>Pause</source>
        <translation>Keskeytä</translation>
    </message>
    <message>
        <location filename="../../views/rocket/round.py" line="209"/>
        <source>Continue later from this process</source>
        <translation>Jatka myöhemmin tästä prosessista</translation>
    </message>
    <message>
        <location filename="../../views/rocket/round.py" line="262"/>
        <source>Not scored before.</source>
        <translation>Ei täpitetty aiemmin.</translation>
    </message>
    <message>
        <location filename="../../views/rocket/round.py" line="325"/>
        <source>The dots of {code}</source>
        <translation>Prosessin {code} täpät</translation>
    </message>
    <message>
        <location filename="../../views/rocket/round.py" line="249"/>
        <source>No evidence yet.</source>
        <translation>Ei vielä näyttöjä.</translation>
    </message>
    <message>
        <location filename="../../views/rocket/round.py" line="59"/>
        <source>An assessment round walks through every process of the rocket once. For each one you read what one, two and three dots mean, look at last time&apos;s score and the evidence, and give the dots the team has earned now. The scores become the rocket of the chosen period. You can pause at any time: the round continues from the same process next time.</source>
        <translation>Arviointikierroksella käydään raketin jokainen prosessi läpi kerran. Lue kunkin kohdalla, mitä yksi, kaksi ja kolme täppää tarkoittavat, katso edellinen täpitys ja näytöt ja anna täpät, jotka tiimi on nyt ansainnut. Täpityksistä tulee valitun jakson raketti. Voit keskeyttää milloin tahansa: kierros jatkuu seuraavalla kerralla samasta prosessista.</translation>
    </message>
    <message>
        <location filename="../../views/rocket/round.py" line="256"/>
        <source>Save and finish</source>
        <translation>Tallenna ja lopeta</translation>
    </message>
</context>
<context>
    <name>ScoreTab</name>
    <message>
        <location filename="../../views/rocket/score_tab.py" line="62"/>
        <source>Save score</source>
        <translation>Tallenna täpitys</translation>
    </message>
    <message>
        <location filename="../../views/rocket/score_tab.py" line="85"/>
        <source>Dots:</source>
        <translation>Täpät:</translation>
    </message>
    <message>
        <location filename="../../views/rocket/score_tab.py" line="90"/>
        <source>Assessed by:</source>
        <translation>Arvioija:</translation>
    </message>
    <message>
        <location filename="../../views/rocket/score_tab.py" line="93"/>
        <source>Who:</source>
        <translation>Kuka:</translation>
    </message>
    <message>
        <location filename="../../views/rocket/score_tab.py" line="97"/>
        <source>Date:</source>
        <translation>Päivä:</translation>
    </message>
    <message>
        <location filename="../../views/rocket/score_tab.py" line="100"/>
        <source>What shows it? (optional)</source>
        <translation>Mikä sen osoittaa? (valinnainen)</translation>
    </message>
    <message>
        <location filename="../../views/rocket/score_tab.py" line="101"/>
        <source>Comment:</source>
        <translation>Kommentti:</translation>
    </message>
    <message>
        <location filename="../../views/rocket/score_tab.py" line="112"/>
        <source>(nobody in particular)</source>
        <translation>(ei ketään erityisesti)</translation>
    </message>
    <message>
        <location filename="../../views/rocket/score_tab.py" line="122"/>
        <source>Period: {period}</source>
        <translation>Jakso: {period}</translation>
    </message>
    <message>
        <location filename="../../views/rocket/score_tab.py" line="151"/>
        <source>Not started yet.</source>
        <translation>Ei vielä aloitettu.</translation>
    </message>
    <message>
        <location filename="../../views/rocket/score_tab.py" line="167"/>
        <source>The new score of {code}</source>
        <translation>Prosessin {code} uusi täpitys</translation>
    </message>
    <message>
        <location filename="../../app/rocket/steps.py" line="29"/>
        <source>Score {code}: {dots}</source>
        <translation>Täpitys {code}: {dots}</translation>
    </message>
</context>
<context>
    <name>StartRoundDialog</name>
    <message>
        <location filename="../../views/rocket/round.py" line="75"/>
        <source>New assessment round</source>
        <translation>Uusi arviointikierros</translation>
    </message>
    <message>
        <location filename="../../views/rocket/round.py" line="78"/>
        <source>Team self-assessment</source>
        <translation>Tiimin itsearviointi</translation>
    </message>
    <message>
        <location filename="../../views/rocket/round.py" line="79"/>
        <source>Coach&apos;s assessment</source>
        <translation>Valmentajan arviointi</translation>
    </message>
    <message>
        <location filename="../../views/rocket/round.py" line="81"/>
        <source>(nobody in particular)</source>
        <translation>(ei ketään erityisesti)</translation>
    </message>
    <message>
        <location filename="../../views/rocket/round.py" line="87"/>
        <source>Assessment:</source>
        <translation>Arviointi:</translation>
    </message>
    <message>
        <location filename="../../views/rocket/round.py" line="88"/>
        <source>Led by:</source>
        <translation>Vetäjä:</translation>
    </message>
    <message>
        <location filename="../../views/rocket/round.py" line="89"/>
        <source>Period:</source>
        <translation>Jakso:</translation>
    </message>
    <message>
        <location filename="../../views/rocket/round.py" line="93"/>
        <source>Start the round</source>
        <translation>Aloita kierros</translation>
    </message>
</context>
<context>
    <name>TargetsTab</name>
    <message>
        <location filename="../../views/rocket/detail_tabs.py" line="167"/>
        <source>Period</source>
        <translation>Jakso</translation>
    </message>
    <message>
        <location filename="../../views/rocket/detail_tabs.py" line="167"/>
        <source>Target</source>
        <translation>Tavoite</translation>
    </message>
    <message>
        <location filename="../../views/rocket/detail_tabs.py" line="174"/>
        <source>Set target</source>
        <translation>Aseta tavoite</translation>
    </message>
    <message>
        <location filename="../../views/rocket/detail_tabs.py" line="177"/>
        <source>Clear</source>
        <translation>Tyhjennä</translation>
    </message>
    <message>
        <location filename="../../views/rocket/detail_tabs.py" line="188"/>
        <source>Target for {period}:</source>
        <translation>Tavoite jaksolle {period}:</translation>
    </message>
    <message>
        <location filename="../../app/rocket/steps.py" line="72"/>
        <source>Target {code}</source>
        <translation>Tavoite {code}</translation>
    </message>
</context>
<context>
    <name>rocket</name>
    <message>
        <location filename="../../app/rocket/processes.py" line="224"/>
        <source>The level must be 1, 2, 3 or 4 (found {value}).</source>
        <translation>Tason pitää olla 1, 2, 3 tai 4 (nyt {value}).</translation>
    </message>
    <message>
        <location filename="../../app/rocket/process_edits.py" line="85"/>
        <source>The code must be 1–16 letters or digits, like B3.</source>
        <translation>Tunnuksessa on 1–16 kirjainta tai numeroa, esimerkiksi B3.</translation>
    </message>
    <message>
        <location filename="../../app/rocket/process_edits.py" line="100"/>
        <source>The code {code} is already in the catalogue.</source>
        <translation>Tunnus {code} on jo luettelossa.</translation>
    </message>
    <message>
        <location filename="../../app/rocket/scoring.py" line="68"/>
        <source>Dots are 0, 1, 2 or 3 (found {value}).</source>
        <translation>Täppiä voi olla 0, 1, 2 tai 3 (nyt {value}).</translation>
    </message>
    <message>
        <location filename="../../app/rocket/scoring.py" line="83"/>
        <source>Unknown period {value}.</source>
        <translation>Tuntematon jakso {value}.</translation>
    </message>
    <message>
        <location filename="../../app/rocket/scoring.py" line="90"/>
        <location filename="../../app/rocket/scoring.py" line="107"/>
        <source>Choose a period.</source>
        <translation>Valitse jakso.</translation>
    </message>
    <message>
        <location filename="../../app/rocket/scoring.py" line="206"/>
        <source>The assessor is the team or the coach.</source>
        <translation>Arvioija on tiimi tai valmentaja.</translation>
    </message>
    <message>
        <location filename="../../app/rocket/scoring.py" line="146"/>
        <location filename="../../app/rocket/scoring.py" line="171"/>
        <source>There is no process {code} in the catalogue.</source>
        <translation>Luettelossa ei ole prosessia {code}.</translation>
    </message>
    <message>
        <location filename="../../app/rocket/scoring.py" line="154"/>
        <source>The process {code} is retired; bring it back before scoring it.</source>
        <translation>Prosessi {code} on poistettu käytöstä; palauta se ennen täpitystä.</translation>
    </message>
    <message>
        <location filename="../../app/rocket/evidence.py" line="58"/>
        <source>Evidence is a note, a link or a file.</source>
        <translation>Näyttö on muistiinpano, linkki tai tiedosto.</translation>
    </message>
    <message>
        <location filename="../../app/rocket/evidence.py" line="68"/>
        <source>Give the address of the link or the file&apos;s path.</source>
        <translation>Anna linkin osoite tai tiedoston polku.</translation>
    </message>
    <message>
        <location filename="../../app/rocket/catalogue.py" line="88"/>
        <source>Line {line}, column {column}: the file is not valid JSON ({error}).</source>
        <translation>Rivi {line}, sarake {column}: tiedosto ei ole kelvollista JSONia ({error}).</translation>
    </message>
    <message>
        <location filename="../../app/rocket/catalogue_check.py" line="36"/>
        <source>The file is {size} kB; a catalogue is at most {max} kB.</source>
        <translation>Tiedosto on {size} kt; prosessiluettelo on enintään {max} kt.</translation>
    </message>
    <message>
        <location filename="../../app/rocket/catalogue_check.py" line="53"/>
        <source>Line {line}: the file is nested deeper than a catalogue ever is.</source>
        <translation>Rivi {line}: tiedosto on sisäkkäisempi kuin prosessiluettelo koskaan.</translation>
    </message>
    <message>
        <location filename="../../app/rocket/catalogue_check.py" line="137"/>
        <source>Line {line} ({key}): retired is true or false without quotes.</source>
        <translation>Rivi {line} ({key}): retired on true tai false ilman lainausmerkkejä.</translation>
    </message>
    <message>
        <location filename="../../app/rocket/catalogue_check.py" line="154"/>
        <source>Line {line} ({key}): at most {max} characters (found {count}).</source>
        <translation>Rivi {line} ({key}): enintään {max} merkkiä (löytyi {count}).</translation>
    </message>
    <message>
        <location filename="../../app/rocket/catalogue_check.py" line="166"/>
        <source>Line {line} ({key}): the text contains a control character (U+{code}).</source>
        <translation>Rivi {line} ({key}): tekstissä on ohjausmerkki (U+{code}).</translation>
    </message>
    <message>
        <location filename="../../app/rocket/catalogue_check.py" line="188"/>
        <source>Line {line} ({key}): this is not a Raketti rocket catalogue.</source>
        <translation>Rivi {line} ({key}): tämä ei ole Raketin prosessiluettelo.</translation>
    </message>
    <message>
        <location filename="../../app/rocket/catalogue_check.py" line="199"/>
        <source>Line {line} ({key}): the version must be a number.</source>
        <translation>Rivi {line} ({key}): version pitää olla numero.</translation>
    </message>
    <message>
        <location filename="../../app/rocket/catalogue_check.py" line="206"/>
        <source>Line {line} ({key}): the catalogue is from a newer Raketti (version {version}).</source>
        <translation>Rivi {line} ({key}): luettelo on tehty uudemmalla Raketilla (versio {version}).</translation>
    </message>
    <message>
        <location filename="../../app/rocket/catalogue_check.py" line="218"/>
        <source>Line {line} ({key}): the list of processes is missing.</source>
        <translation>Rivi {line} ({key}): prosessien lista puuttuu.</translation>
    </message>
    <message>
        <location filename="../../app/rocket/catalogue_check.py" line="226"/>
        <source>Line {line} ({key}): {count} processes; a catalogue has at most {max}.</source>
        <translation>Rivi {line} ({key}): {count} prosessia; luettelossa on enintään {max}.</translation>
    </message>
    <message>
        <location filename="../../app/rocket/catalogue.py" line="258"/>
        <source>Line {line} ({key}): a process must be an object.</source>
        <translation>Rivi {line} ({key}): prosessin pitää olla objekti.</translation>
    </message>
    <message>
        <location filename="../../app/rocket/catalogue.py" line="109"/>
        <source>Line {line} ({key}): the code must be 1–16 letters or digits (found {value}).</source>
        <translation>Rivi {line} ({key}): tunnuksessa on 1–16 kirjainta tai numeroa (nyt {value}).</translation>
    </message>
    <message>
        <location filename="../../app/rocket/catalogue.py" line="137"/>
        <source>Line {line} ({key}): the code {code} appears twice (first on line {first}).</source>
        <translation>Rivi {line} ({key}): tunnus {code} esiintyy kahdesti (ensin rivillä {first}).</translation>
    </message>
    <message>
        <location filename="../../app/rocket/catalogue.py" line="158"/>
        <source>Line {line} ({key}): the level must be 1, 2, 3 or 4 (found {value}).</source>
        <translation>Rivi {line} ({key}): tason pitää olla 1, 2, 3 tai 4 (nyt {value}).</translation>
    </message>
    <message>
        <location filename="../../app/rocket/catalogue.py" line="269"/>
        <source>Line {line} ({key}): the Finnish name is missing.</source>
        <translation>Rivi {line} ({key}): suomenkielinen nimi puuttuu.</translation>
    </message>
    <message>
        <location filename="../../app/rocket/catalogue.py" line="188"/>
        <source>Line {line} ({key}): dots must be an object with keys &quot;1&quot;, &quot;2&quot;, &quot;3&quot;.</source>
        <translation>Rivi {line} ({key}): täppien pitää olla objekti, jonka avaimet ovat &quot;1&quot;, &quot;2&quot;, &quot;3&quot;.</translation>
    </message>
    <message>
        <location filename="../../app/rocket/catalogue.py" line="80"/>
        <source>The file holds a number no catalogue has.</source>
        <translation>Tiedostossa on luku, jota missään prosessiluettelossa ei ole.</translation>
    </message>
    <message>
        <location filename="../../app/rocket/catalogue.py" line="123"/>
        <source>Line {line} ({key}): the code {code} differs from {other} (line {first}) only in case; codes must differ in letters or digits.</source>
        <translation>Rivi {line} ({key}): tunnus {code} eroaa tunnuksesta {other} (rivi {first}) vain kirjainkooltaan; tunnusten on erottava kirjaimiltaan tai numeroiltaan.</translation>
    </message>
    <message>
        <location filename="../../app/rocket/catalogue.py" line="169"/>
        <source>Line {line} ({key}): the order must be a number from 0 to {max}.</source>
        <translation>Rivi {line} ({key}): järjestyksen on oltava luku väliltä 0–{max}.</translation>
    </message>
    <message>
        <location filename="../../app/rocket/catalogue.py" line="199"/>
        <source>Line {line} ({key}): dots are described for 1, 2 and 3 only (found {value}).</source>
        <translation>Rivi {line} ({key}): täpät kuvataan vain määrille 1, 2 ja 3 (nyt {value}).</translation>
    </message>
    <message>
        <location filename="../../app/rocket/catalogue.py" line="220"/>
        <source>Line {line} ({key}): the checklist must be a list.</source>
        <translation>Rivi {line} ({key}): tarkistuslistan pitää olla lista.</translation>
    </message>
    <message>
        <location filename="../../app/rocket/catalogue.py" line="228"/>
        <source>Line {line} ({key}): {count} checklist items; at most {max}.</source>
        <translation>Rivi {line} ({key}): {count} tarkistuslistan kohtaa; enintään {max}.</translation>
    </message>
    <message>
        <location filename="../../app/rocket/catalogue.py" line="242"/>
        <source>Line {line} ({key}): a checklist item needs a Finnish text.</source>
        <translation>Rivi {line} ({key}): tarkistuslistan kohdasta puuttuu suomenkielinen teksti.</translation>
    </message>
    <message>
        <location filename="../../app/rocket/catalogue.py" line="334"/>
        <source>Cannot read {path}: {error}</source>
        <translation>Tiedostoa {path} ei voi lukea: {error}</translation>
    </message>
    <message>
        <location filename="../../app/rocket/rounds.py" line="210"/>
        <source>This round is already finished.</source>
        <translation>Tämä kierros on jo päättynyt.</translation>
    </message>
    <message>
        <location filename="../../app/rocket/rounds.py" line="270"/>
        <source>An assessment round started on {date} is paused. Resume it?</source>
        <translation>{date} aloitettu arviointikierros on keskeytetty. Jatketaanko sitä?</translation>
    </message>
    <message>
        <location filename="../../app/rocket/rounds.py" line="278"/>
        <source>No assessment round yet. The rocket is updated twice a year.</source>
        <translation>Arviointikierrosta ei ole vielä tehty. Raketti päivitetään kahdesti vuodessa.</translation>
    </message>
    <message>
        <location filename="../../app/rocket/rounds.py" line="286"/>
        <source>The last assessment round was on {date}, over six months ago. Time for a new one.</source>
        <translation>Edellinen arviointikierros oli {date}, yli puoli vuotta sitten. On uuden kierroksen aika.</translation>
    </message>
    <message>
        <location filename="../../views/rocket/matrix_model.py" line="51"/>
        <source>Team company</source>
        <translation>Tiimiyritys</translation>
    </message>
    <message>
        <location filename="../../views/rocket/matrix_model.py" line="52"/>
        <source>Database</source>
        <translation>Tietokanta</translation>
    </message>
    <message>
        <location filename="../../views/rocket/matrix_model.py" line="53"/>
        <source>Total</source>
        <translation>Yhteensä</translation>
    </message>
    <message>
        <location filename="../../views/rocket/matrix_model.py" line="81"/>
        <source>this database</source>
        <translation>tämä tietokanta</translation>
    </message>
    <message>
        <location filename="../../views/rocket/matrix_model.py" line="108"/>
        <source>not scored</source>
        <translation>ei täpitetty</translation>
    </message>
    <message>
        <location filename="../../views/rocket/matrix_model.py" line="112"/>
        <source> (change {diff})</source>
        <translation> (muutos {diff})</translation>
    </message>
    <message>
        <location filename="../../views/rocket/common.py" line="78"/>
        <source>below target</source>
        <translation>alle tavoitteen</translation>
    </message>
    <message>
        <location filename="../../views/rocket/common.py" line="79"/>
        <source>at target</source>
        <translation>tavoitteessa</translation>
    </message>
    <message>
        <location filename="../../views/rocket/common.py" line="80"/>
        <source>above target</source>
        <translation>yli tavoitteen</translation>
    </message>
    <message>
        <location filename="../../views/rocket/common.py" line="81"/>
        <location filename="../../views/rocket/drawing.py" line="86"/>
        <source>no target</source>
        <translation>ei tavoitetta</translation>
    </message>
    <message>
        <location filename="../../views/rocket/common.py" line="87"/>
        <source>Month</source>
        <translation>Kuukausi</translation>
    </message>
    <message>
        <location filename="../../views/rocket/common.py" line="88"/>
        <source>Quarter</source>
        <translation>Neljännes</translation>
    </message>
    <message>
        <location filename="../../views/rocket/common.py" line="89"/>
        <source>Half-year</source>
        <translation>Puolivuosi</translation>
    </message>
    <message>
        <location filename="../../views/rocket/common.py" line="90"/>
        <source>Year</source>
        <translation>Vuosi</translation>
    </message>
    <message>
        <location filename="../../views/rocket/common.py" line="96"/>
        <source>Coach</source>
        <translation>Valmentaja</translation>
    </message>
    <message>
        <location filename="../../views/rocket/common.py" line="98"/>
        <source>Team</source>
        <translation>Tiimi</translation>
    </message>
    <message>
        <location filename="../../views/rocket/common.py" line="104"/>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <location filename="../../views/rocket/common.py" line="105"/>
        <source>Link</source>
        <translation>Linkki</translation>
    </message>
    <message>
        <location filename="../../views/rocket/common.py" line="106"/>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <location filename="../../views/rocket/common.py" line="112"/>
        <source>Level 1 · engine: learning</source>
        <translation>Taso 1 · moottori: oppiminen</translation>
    </message>
    <message>
        <location filename="../../views/rocket/common.py" line="113"/>
        <source>Level 2 · leading thoughts and customers</source>
        <translation>Taso 2 · johtavat ajatukset ja asiakkaat</translation>
    </message>
    <message>
        <location filename="../../views/rocket/common.py" line="114"/>
        <source>Level 3 · innovation, marketing, knowledge</source>
        <translation>Taso 3 · innovointi, markkinointi, tieto</translation>
    </message>
    <message>
        <location filename="../../views/rocket/common.py" line="115"/>
        <source>Level 4 · customer relationships, brand, offering</source>
        <translation>Taso 4 · asiakassuhteet, brändi, tarjooma</translation>
    </message>
    <message>
        <location filename="../../views/rocket/common.py" line="120"/>
        <source>Level {level}</source>
        <translation>Taso {level}</translation>
    </message>
    <message>
        <location filename="../../views/rocket/common.py" line="210"/>
        <source>Click a dot, or type 0–3</source>
        <translation>Napsauta täppää tai kirjoita 0–3</translation>
    </message>
    <message>
        <location filename="../../views/rocket/drawing.py" line="82"/>
        <source>target {dots}</source>
        <translation>tavoite {dots}</translation>
    </message>
    <message>
        <location filename="../../app/rocket/exchange.py" line="109"/>
        <source>The code {code} differs from {other} in the team&apos;s catalogue only in case; write it as {other}.</source>
        <translation>Tunnus {code} eroaa tiimin luettelon tunnuksesta {other} vain kirjainkooltaan; kirjoita se muodossa {other}.</translation>
    </message>
</context>
</TS>

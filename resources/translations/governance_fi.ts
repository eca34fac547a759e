<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name></name>
    <message>
        <location filename="../../app/governance/steps.py" line="33"/>
        <source>Add action {title}</source>
        <translation>Lisää tehtävä {title}</translation>
    </message>
    <message>
        <location filename="../../app/governance/steps.py" line="51"/>
        <source>Close action {title}</source>
        <translation>Merkitse tehtävä tehdyksi: {title}</translation>
    </message>
    <message>
        <location filename="../../app/governance/steps.py" line="57"/>
        <source>Reopen action {title}</source>
        <translation>Avaa tehtävä uudelleen: {title}</translation>
    </message>
    <message>
        <location filename="../../views/governance/action_steps.py" line="53"/>
        <source>Reassign</source>
        <translation>Vaihda vastuuhenkilö</translation>
    </message>
    <message>
        <location filename="../../views/governance/action_steps.py" line="54"/>
        <source>New owner of “{title}”:</source>
        <translation>Tehtävän ”{title}” uusi vastuuhenkilö:</translation>
    </message>
    <message>
        <location filename="../../app/governance/steps.py" line="65"/>
        <source>Reassign {title} to {name}</source>
        <translation>Tehtävä {title} henkilölle {name}</translation>
    </message>
    <message>
        <location filename="../../app/governance/steps.py" line="73"/>
        <source>Delete action {title}</source>
        <translation>Poista tehtävä {title}</translation>
    </message>
    <message>
        <location filename="../../app/governance/steps.py" line="89"/>
        <source>Add proposal {title}</source>
        <translation>Lisää kehitysehdotus {title}</translation>
    </message>
    <message>
        <location filename="../../app/governance/steps.py" line="112"/>
        <source>Decide on {title}</source>
        <translation>Päätös ehdotuksesta {title}</translation>
    </message>
    <message>
        <location filename="../../views/governance/actions_tab.py" line="99"/>
        <source>Only overdue</source>
        <translation>Vain myöhässä olevat</translation>
    </message>
    <message>
        <location filename="../../views/governance/agenda_model.py" line="27"/>
        <location filename="../../views/governance/customers_tab.py" line="86"/>
        <location filename="../../views/governance/record_boxes.py" line="54"/>
        <location filename="../../views/governance/reports.py" line="65"/>
        <location filename="../../views/governance/reports.py" line="66"/>
        <location filename="../../views/governance/reports.py" line="172"/>
        <location filename="../../views/governance/series_dialog.py" line="71"/>
        <location filename="../../views/governance/series_list.py" line="45"/>
        <source>Owner</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <location filename="../../views/governance/record_boxes.py" line="54"/>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <location filename="../../views/governance/record_boxes.py" line="54"/>
        <source>Due</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <location filename="../../views/governance/agenda_model.py" line="27"/>
        <location filename="../../views/governance/customers_tab.py" line="84"/>
        <location filename="../../views/governance/record_boxes.py" line="54"/>
        <location filename="../../views/governance/reports.py" line="66"/>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location filename="../../views/governance/agenda_model.py" line="27"/>
        <location filename="../../views/governance/customer_pane.py" line="66"/>
        <location filename="../../views/governance/reports.py" line="66"/>
        <source>Meeting</source>
        <translation>Palaveri</translation>
    </message>
    <message>
        <location filename="../../views/governance/actions_tab.py" line="106"/>
        <source>Recorded</source>
        <translation>Kirjattu</translation>
    </message>
    <message>
        <location filename="../../views/governance/actions_tab.py" line="118"/>
        <source>Owner:</source>
        <translation>Vastuuhenkilö:</translation>
    </message>
    <message>
        <location filename="../../views/governance/actions_tab.py" line="125"/>
        <location filename="../../views/governance/record_boxes.py" line="57"/>
        <source>Add action…</source>
        <translation>Lisää tehtävä…</translation>
    </message>
    <message>
        <location filename="../../views/governance/actions_tab.py" line="126"/>
        <source>Mark done</source>
        <translation>Merkitse tehdyksi</translation>
    </message>
    <message>
        <location filename="../../views/governance/actions_tab.py" line="127"/>
        <location filename="../../views/governance/record_boxes.py" line="62"/>
        <source>Reassign…</source>
        <translation>Vaihda vastuuhenkilö…</translation>
    </message>
    <message>
        <location filename="../../views/governance/actions_tab.py" line="128"/>
        <source>Open the meeting</source>
        <translation>Avaa palaveri</translation>
    </message>
    <message>
        <location filename="../../views/governance/actions_tab.py" line="146"/>
        <location filename="../../views/governance/agenda_tab.py" line="121"/>
        <source>Everyone</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <location filename="../../views/governance/actions_tab.py" line="58"/>
        <location filename="../../views/governance/reports.py" line="101"/>
        <location filename="../../views/governance/reports.py" line="223"/>
        <location filename="../../views/governance/series_dialog.py" line="70"/>
        <source>(nobody)</source>
        <translation>(ei kukaan)</translation>
    </message>
    <message>
        <location filename="../../views/governance/actions_tab.py" line="163"/>
        <source>{open} open, {late} overdue</source>
        <translation>{open} avoinna, {late} myöhässä</translation>
    </message>
    <message>
        <location filename="../../views/governance/agenda_model.py" line="27"/>
        <location filename="../../views/governance/customer_pane.py" line="66"/>
        <location filename="../../views/governance/reports.py" line="66"/>
        <source>Day</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <location filename="../../views/governance/agenda_model.py" line="27"/>
        <location filename="../../views/governance/catalogue_tab.py" line="94"/>
        <location filename="../../views/governance/series_dialog.py" line="74"/>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <location filename="../../views/governance/agenda_model.py" line="27"/>
        <location filename="../../views/governance/customer_pane.py" line="66"/>
        <location filename="../../views/governance/record.py" line="84"/>
        <location filename="../../views/governance/record_boxes.py" line="54"/>
        <location filename="../../views/governance/record_boxes.py" line="137"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../views/governance/agenda_model.py" line="104"/>
        <source>{status}, moved</source>
        <translation>{status}, siirretty</translation>
    </message>
    <message>
        <location filename="../../views/governance/agenda_tab.py" line="57"/>
        <source>This week</source>
        <translation>Tämä viikko</translation>
    </message>
    <message>
        <location filename="../../views/governance/agenda_tab.py" line="57"/>
        <source>Next four weeks</source>
        <translation>Seuraavat neljä viikkoa</translation>
    </message>
    <message>
        <location filename="../../views/governance/agenda_tab.py" line="57"/>
        <source>The chosen day</source>
        <translation>Valittu päivä</translation>
    </message>
    <message>
        <location filename="../../views/governance/agenda_tab.py" line="63"/>
        <source>Only the team&apos;s working groups</source>
        <translation>Vain tiimin työryhmät</translation>
    </message>
    <message>
        <location filename="../../views/governance/agenda_tab.py" line="159"/>
        <source>{start} – {end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message>
        <location filename="../../views/governance/agenda_text.py" line="13"/>
        <source>Ladder moves this week:</source>
        <translation>Viikon portaiden siirrot:</translation>
    </message>
    <message>
        <location filename="../../views/governance/agenda_text.py" line="15"/>
        <source>  • {name}: {start} → {end} ({day}) {reason}</source>
        <translation>  • {name}: {start} → {end} ({day}) {reason}</translation>
    </message>
    <message>
        <location filename="../../views/governance/agenda_text.py" line="25"/>
        <source>Silent customers:</source>
        <translation>Hiljaiset asiakkaat:</translation>
    </message>
    <message>
        <location filename="../../views/governance/agenda_text.py" line="27"/>
        <source>  • {name} ({level}): silent {days} days, limit {limit}</source>
        <translation>  • {name} ({level}): hiljaa {days} päivää, raja {limit}</translation>
    </message>
    <message>
        <location filename="../../views/governance/agenda_text.py" line="33"/>
        <source>Open customer actions:</source>
        <translation>Avoimet asiakastehtävät:</translation>
    </message>
    <message>
        <location filename="../../views/governance/agenda_text.py" line="35"/>
        <source>  • {title} — {owner}, due {day}</source>
        <translation>  • {title} — {owner}, määräpäivä {day}</translation>
    </message>
    <message>
        <location filename="../../views/governance/agenda_text.py" line="36"/>
        <source>nobody</source>
        <translation>ei kukaan</translation>
    </message>
    <message>
        <location filename="../../views/governance/agenda_text.py" line="41"/>
        <source>Development proposals to handle:</source>
        <translation>Käsiteltävät kehitysehdotukset:</translation>
    </message>
    <message>
        <location filename="../../views/governance/agenda_text.py" line="42"/>
        <source>  • {title}</source>
        <translation>  • {title}</translation>
    </message>
    <message>
        <location filename="../../views/governance/calendar.py" line="34"/>
        <source>{count} {status}</source>
        <translation>{count} {status}</translation>
    </message>
    <message>
        <location filename="../../views/governance/catalogue_tab.py" line="66"/>
        <location filename="../../views/governance/catalogue_tab.py" line="96"/>
        <source>Default rhythm</source>
        <translation>Oletusrytmi</translation>
    </message>
    <message>
        <location filename="../../views/governance/catalogue_tab.py" line="92"/>
        <location filename="../../views/governance/reports.py" line="64"/>
        <location filename="../../views/governance/series_dialog.py" line="62"/>
        <source>Meeting type</source>
        <translation>Palaverityyppi</translation>
    </message>
    <message>
        <location filename="../../views/governance/catalogue_tab.py" line="93"/>
        <source>Hours per meeting</source>
        <translation>Tunteja / palaveri</translation>
    </message>
    <message>
        <location filename="../../views/governance/catalogue_tab.py" line="95"/>
        <location filename="../../views/governance/record.py" line="128"/>
        <source>Minutes</source>
        <translation>Muistio</translation>
    </message>
    <message>
        <location filename="../../views/governance/catalogue_tab.py" line="102"/>
        <location filename="../../views/governance/catalogue_tab.py" line="172"/>
        <location filename="../../views/governance/reports.py" line="163"/>
        <source>Owner role</source>
        <translation>Vastuurooli</translation>
    </message>
    <message>
        <location filename="../../views/governance/catalogue_tab.py" line="102"/>
        <source>Hours a month for customer meetings</source>
        <translation>Tunteja kuukaudessa asiakastapaamisiin</translation>
    </message>
    <message>
        <location filename="../../views/governance/catalogue_tab.py" line="104"/>
        <source>Add a meeting type…</source>
        <translation>Lisää palaverityyppi…</translation>
    </message>
    <message>
        <location filename="../../views/governance/catalogue_tab.py" line="106"/>
        <source>Save the catalogue</source>
        <translation>Tallenna luettelo</translation>
    </message>
    <message>
        <location filename="../../views/governance/catalogue_tab.py" line="109"/>
        <source>Back to the defaults</source>
        <translation>Palauta oletukset</translation>
    </message>
    <message>
        <location filename="../../views/governance/catalogue_tab.py" line="117"/>
        <source>Meeting types (double-click the rhythm to change it):</source>
        <translation>Palaverityypit (muuta rytmiä kaksoisnapsauttamalla):</translation>
    </message>
    <message>
        <location filename="../../views/governance/catalogue_tab.py" line="120"/>
        <source>Governance models: meetings a year per type (seed 004, table 2):</source>
        <translation>Hallintamallit: palavereja vuodessa tyypeittäin (lähde 004, taulukko 2):</translation>
    </message>
    <message>
        <location filename="../../views/governance/catalogue_tab.py" line="123"/>
        <source>Owner roles:</source>
        <translation>Vastuuroolit:</translation>
    </message>
    <message>
        <location filename="../../views/governance/catalogue_tab.py" line="172"/>
        <location filename="../../views/governance/customer_box.py" line="35"/>
        <location filename="../../views/governance/customers_tab.py" line="85"/>
        <source>Model</source>
        <translation>Malli</translation>
    </message>
    <message>
        <location filename="../../app/governance/steps.py" line="197"/>
        <source>Edit the governance catalogue</source>
        <translation>Muokkaa hallintamallien luetteloa</translation>
    </message>
    <message>
        <location filename="../../app/governance/steps.py" line="202"/>
        <source>Governance catalogue back to the defaults</source>
        <translation>Hallintamallien luettelo oletuksiin</translation>
    </message>
    <message>
        <location filename="../../views/governance/catalogue_tab.py" line="282"/>
        <source>Hours and minutes are numbers.</source>
        <translation>Tunnit ja minuutit ovat lukuja.</translation>
    </message>
    <message>
        <location filename="../../views/governance/catalogue_tab.py" line="282"/>
        <location filename="../../views/governance/catalogue_tab.py" line="295"/>
        <source>Governance catalogue</source>
        <translation>Hallintamallien luettelo</translation>
    </message>
    <message>
        <location filename="../../views/governance/catalogue_tab.py" line="302"/>
        <source>New meeting type</source>
        <translation>Uusi palaverityyppi</translation>
    </message>
    <message>
        <location filename="../../views/governance/catalogue_tab.py" line="302"/>
        <source>Name:</source>
        <translation>Nimi:</translation>
    </message>
    <message>
        <location filename="../../views/governance/customer_box.py" line="21"/>
        <source>Governance</source>
        <translation>Hallintamalli</translation>
    </message>
    <message>
        <location filename="../../views/governance/customer_box.py" line="36"/>
        <location filename="../../views/governance/customers_tab.py" line="87"/>
        <source>Strategies</source>
        <translation>Strategiat</translation>
    </message>
    <message>
        <location filename="../../views/governance/customer_box.py" line="37"/>
        <location filename="../../views/governance/customers_tab.py" line="91"/>
        <source>Next meeting</source>
        <translation>Seuraava palaveri</translation>
    </message>
    <message>
        <location filename="../../views/governance/customer_box.py" line="38"/>
        <source>This year</source>
        <translation>Tänä vuonna</translation>
    </message>
    <message>
        <location filename="../../views/governance/customer_box.py" line="54"/>
        <source>{model} (agreed {day})</source>
        <translation>{model} (sovittu {day})</translation>
    </message>
    <message>
        <location filename="../../views/governance/customer_box.py" line="57"/>
        <source>none yet — agree one in the Governance panel</source>
        <translation>ei vielä – sovi malli Hallintamallit-näkymässä</translation>
    </message>
    <message>
        <location filename="../../views/governance/customer_box.py" line="59"/>
        <source>none chosen</source>
        <translation>ei valittu</translation>
    </message>
    <message>
        <location filename="../../views/governance/customer_box.py" line="61"/>
        <source>{day} at {time}: {title}</source>
        <translation>{day} klo {time}: {title}</translation>
    </message>
    <message>
        <location filename="../../views/governance/customer_box.py" line="65"/>
        <source>nothing planned</source>
        <translation>ei suunniteltuja</translation>
    </message>
    <message>
        <location filename="../../views/governance/customer_box.py" line="69"/>
        <source>{held} of {due} held ({share})</source>
        <translation>{held}/{due} pidetty ({share})</translation>
    </message>
    <message>
        <location filename="../../views/governance/customer_box.py" line="73"/>
        <source>no meetings due yet</source>
        <translation>ei vielä erääntyneitä palavereja</translation>
    </message>
    <message>
        <location filename="../../views/governance/customer_pane.py" line="59"/>
        <location filename="../../views/governance/customer_pane.py" line="143"/>
        <source>Choose a customer from the list or type a name above.</source>
        <translation>Valitse asiakas listasta tai kirjoita nimi yllä.</translation>
    </message>
    <message>
        <location filename="../../views/governance/customer_pane.py" line="66"/>
        <source>Outcome</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <location filename="../../views/governance/customer_pane.py" line="77"/>
        <source>This year&apos;s meetings (double-click opens the record):</source>
        <translation>Tämän vuoden palaverit (kaksoisnapsautus avaa muistion):</translation>
    </message>
    <message>
        <location filename="../../views/governance/customer_pane.py" line="79"/>
        <source>Meeting series:</source>
        <translation>Palaverisarjat:</translation>
    </message>
    <message>
        <location filename="../../views/governance/customer_pane.py" line="89"/>
        <location filename="../../views/governance/customer_pane.py" line="231"/>
        <location filename="../../views/governance/customer_pane.py" line="239"/>
        <location filename="../../views/governance/reports.py" line="162"/>
        <source>Governance model</source>
        <translation>Hallintamalli</translation>
    </message>
    <message>
        <location filename="../../views/governance/customer_pane.py" line="93"/>
        <source>Agree model</source>
        <translation>Sovi malli</translation>
    </message>
    <message>
        <location filename="../../views/governance/customer_pane.py" line="100"/>
        <source>from</source>
        <translation>alkaen</translation>
    </message>
    <message>
        <location filename="../../views/governance/customer_pane.py" line="109"/>
        <source>Customer strategies (at most two) and their playbooks</source>
        <translation>Asiakkuusstrategiat (enintään kaksi) ja niiden toimintaohjeet</translation>
    </message>
    <message>
        <location filename="../../views/governance/customer_pane.py" line="139"/>
        <source>(no model)</source>
        <translation>(ei mallia)</translation>
    </message>
    <message>
        <location filename="../../views/governance/customer_pane.py" line="153"/>
        <source>Agreed on {day}: {count} meetings a year.</source>
        <translation>Sovittu {day}: {count} palaveria vuodessa.</translation>
    </message>
    <message>
        <location filename="../../views/governance/customer_pane.py" line="164"/>
        <source>This year: {held} held of {due} due so far ({share}); {missed} missed; {planned} planned for the whole year.</source>
        <translation>Tänä vuonna: {held}/{due} tähän mennessä erääntyneestä pidetty ({share}); {missed} väliin jäänyttä; koko vuodelle suunniteltu {planned}.</translation>
    </message>
    <message>
        <location filename="../../views/governance/customer_pane.py" line="186"/>
        <source>(done {day})</source>
        <translation>(tehty {day})</translation>
    </message>
    <message>
        <location filename="../../views/governance/customer_pane.py" line="193"/>
        <source>Choose a strategy to see its playbook.</source>
        <translation>Valitse strategia nähdäksesi sen toimintaohjeet.</translation>
    </message>
    <message>
        <location filename="../../views/governance/customer_pane.py" line="228"/>
        <source>Agree the model “{model}” with {name} from {day}? Its meetings are planned; the planned meetings of the previous model after that day are removed (Ctrl+Z undoes).</source>
        <translation>Sovitaanko asiakkaan {name} kanssa malli ”{model}” {day} alkaen? Sen palaverit suunnitellaan; edellisen mallin suunnitellut palaverit sen jälkeen poistuvat (Ctrl+Z peruu).</translation>
    </message>
    <message>
        <location filename="../../app/governance/steps.py" line="228"/>
        <source>Governance model of {name}</source>
        <translation>Hallintamalli: {name}</translation>
    </message>
    <message>
        <location filename="../../views/governance/customer_pane.py" line="249"/>
        <source>Customer strategies</source>
        <translation>Asiakkuusstrategiat</translation>
    </message>
    <message>
        <location filename="../../views/governance/customer_pane.py" line="249"/>
        <source>A customer follows at most two strategies.</source>
        <translation>Asiakkaalla voi olla enintään kaksi strategiaa.</translation>
    </message>
    <message>
        <location filename="../../app/governance/steps.py" line="246"/>
        <source>Strategies of {name}</source>
        <translation>Strategiat: {name}</translation>
    </message>
    <message>
        <location filename="../../app/governance/steps.py" line="264"/>
        <source>Playbook: {item}</source>
        <translation>Toimintaohje: {item}</translation>
    </message>
    <message>
        <location filename="../../views/governance/customers_tab.py" line="88"/>
        <source>Held / due</source>
        <translation>Pidetty / erääntynyt</translation>
    </message>
    <message>
        <location filename="../../views/governance/customers_tab.py" line="89"/>
        <location filename="../../views/governance/reports.py" line="64"/>
        <location filename="../../views/governance/reports.py" line="65"/>
        <source>Compliance</source>
        <translation>Toteuma</translation>
    </message>
    <message>
        <location filename="../../views/governance/customers_tab.py" line="90"/>
        <location filename="../../views/governance/reports.py" line="63"/>
        <source>Missed</source>
        <translation>Väliin jääneet</translation>
    </message>
    <message>
        <location filename="../../views/governance/customers_tab.py" line="104"/>
        <source>No customer has a governance model yet: choose one on the right and agree a model.</source>
        <translation>Yhdelläkään asiakkaalla ei ole vielä hallintamallia: valitse asiakas ja sovi malli.</translation>
    </message>
    <message>
        <location filename="../../views/governance/customers_tab.py" line="141"/>
        <source>Customer:</source>
        <translation>Asiakas:</translation>
    </message>
    <message>
        <location filename="../../views/governance/labels.py" line="19"/>
        <source>planned</source>
        <translation>suunniteltu</translation>
    </message>
    <message>
        <location filename="../../views/governance/labels.py" line="20"/>
        <source>held</source>
        <translation>pidetty</translation>
    </message>
    <message>
        <location filename="../../views/governance/labels.py" line="21"/>
        <source>missed</source>
        <translation>jäi väliin</translation>
    </message>
    <message>
        <location filename="../../views/governance/labels.py" line="22"/>
        <source>cancelled</source>
        <translation>peruttu</translation>
    </message>
    <message>
        <location filename="../../views/governance/labels.py" line="31"/>
        <source>goal met</source>
        <translation>tavoite saavutettu</translation>
    </message>
    <message>
        <location filename="../../views/governance/labels.py" line="32"/>
        <source>partly met</source>
        <translation>osittain saavutettu</translation>
    </message>
    <message>
        <location filename="../../views/governance/labels.py" line="33"/>
        <source>not met</source>
        <translation>ei saavutettu</translation>
    </message>
    <message>
        <location filename="../../views/governance/labels.py" line="37"/>
        <source>accepted</source>
        <translation>hyväksytty</translation>
    </message>
    <message>
        <location filename="../../views/governance/labels.py" line="38"/>
        <source>rejected</source>
        <translation>hylätty</translation>
    </message>
    <message>
        <location filename="../../views/governance/labels.py" line="42"/>
        <source>Weekly / every n weeks</source>
        <translation>Viikoittain / n viikon välein</translation>
    </message>
    <message>
        <location filename="../../views/governance/labels.py" line="43"/>
        <source>Monthly on a day</source>
        <translation>Kuukausittain tiettynä päivänä</translation>
    </message>
    <message>
        <location filename="../../views/governance/labels.py" line="44"/>
        <source>Monthly on a weekday</source>
        <translation>Kuukausittain tiettynä viikonpäivänä</translation>
    </message>
    <message>
        <location filename="../../views/governance/labels.py" line="45"/>
        <source>Quarterly</source>
        <translation>Neljännesvuosittain</translation>
    </message>
    <message>
        <location filename="../../views/governance/labels.py" line="46"/>
        <source>Half-yearly</source>
        <translation>Puolivuosittain</translation>
    </message>
    <message>
        <location filename="../../views/governance/labels.py" line="47"/>
        <source>Yearly</source>
        <translation>Vuosittain</translation>
    </message>
    <message>
        <location filename="../../views/governance/labels.py" line="48"/>
        <source>n times a year, spread evenly</source>
        <translation>n kertaa vuodessa tasaisesti</translation>
    </message>
    <message>
        <location filename="../../views/governance/labels.py" line="51"/>
        <source>first</source>
        <translation>ensimmäinen</translation>
    </message>
    <message>
        <location filename="../../views/governance/labels.py" line="52"/>
        <source>second</source>
        <translation>toinen</translation>
    </message>
    <message>
        <location filename="../../views/governance/labels.py" line="53"/>
        <source>third</source>
        <translation>kolmas</translation>
    </message>
    <message>
        <location filename="../../views/governance/labels.py" line="54"/>
        <source>fourth</source>
        <translation>neljäs</translation>
    </message>
    <message>
        <location filename="../../views/governance/labels.py" line="55"/>
        <source>last</source>
        <translation>viimeinen</translation>
    </message>
    <message>
        <location filename="../../views/governance/labels.py" line="108"/>
        <source>weekly on {day}</source>
        <translation>viikoittain, {day}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/governance/labels.py" line="110"/>
        <source>every %n weeks on {day}</source>
        <translation>
            <numerusform>%n viikon välein, {day}</numerusform>
            <numerusform>%n viikon välein, {day}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/governance/labels.py" line="114"/>
        <source>monthly on day {day}</source>
        <translation>kuukausittain, {day}. päivä</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/governance/labels.py" line="116"/>
        <source>every %n months on day {day}</source>
        <translation>
            <numerusform>%n kuukauden välein, {day}. päivä</numerusform>
            <numerusform>%n kuukauden välein, {day}. päivä</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/governance/labels.py" line="120"/>
        <source>monthly on the {nth} {day}</source>
        <translation>kuukausittain, {nth} {day}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/governance/labels.py" line="122"/>
        <source>every %n months on the {nth} {day}</source>
        <translation>
            <numerusform>%n kuukauden välein, {nth} {day}</numerusform>
            <numerusform>%n kuukauden välein, {nth} {day}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/governance/labels.py" line="129"/>
        <source>%n times a year</source>
        <translation>
            <numerusform>%n kerran vuodessa</numerusform>
            <numerusform>%n kertaa vuodessa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/governance/labels.py" line="136"/>
        <source>{rule}, on the {nth} {day}</source>
        <translation>{rule}, {nth} {day}</translation>
    </message>
    <message>
        <location filename="../../views/governance/labels.py" line="140"/>
        <source>{rule}, until {day}</source>
        <translation>{rule}, {day} asti</translation>
    </message>
    <message>
        <location filename="../../views/governance/record_boxes.py" line="137"/>
        <source>Proposal</source>
        <translation>Ehdotus</translation>
    </message>
    <message>
        <location filename="../../views/governance/record_boxes.py" line="137"/>
        <source>Proposed by</source>
        <translation>Ehdottaja</translation>
    </message>
    <message>
        <location filename="../../views/governance/record_boxes.py" line="137"/>
        <source>Decision</source>
        <translation>Päätös</translation>
    </message>
    <message>
        <location filename="../../views/governance/proposals_tab.py" line="40"/>
        <location filename="../../views/governance/record_boxes.py" line="142"/>
        <source>New proposal…</source>
        <translation>Uusi ehdotus…</translation>
    </message>
    <message>
        <location filename="../../views/governance/proposals_tab.py" line="41"/>
        <location filename="../../views/governance/record_boxes.py" line="139"/>
        <source>Record decision…</source>
        <translation>Kirjaa päätös…</translation>
    </message>
    <message>
        <location filename="../../views/governance/proposals_tab.py" line="42"/>
        <location filename="../../views/governance/series_list.py" line="58"/>
        <source>Delete…</source>
        <translation>Poista…</translation>
    </message>
    <message>
        <location filename="../../views/governance/proposals_tab.py" line="53"/>
        <source>Anything to discuss is logged here where everyone sees it and handled in the next development meeting.</source>
        <translation>Kaikki käsiteltävät asiat kirjataan tänne kaikkien nähtäville ja käsitellään seuraavassa kehityspalaverissa.</translation>
    </message>
    <message>
        <location filename="../../views/governance/proposals_tab.py" line="87"/>
        <source>{count} waiting for a decision</source>
        <translation>{count} odottaa päätöstä</translation>
    </message>
    <message>
        <location filename="../../views/governance/proposals_tab.py" line="108"/>
        <source>Delete the proposal “{title}”? You can undo this with Ctrl+Z.</source>
        <translation>Poistetaanko ehdotus ”{title}”? Voit perua tämän näppäimillä Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../views/governance/proposals_tab.py" line="111"/>
        <source>Delete proposal</source>
        <translation>Poista ehdotus</translation>
    </message>
    <message>
        <location filename="../../app/governance/steps.py" line="123"/>
        <source>Delete proposal {title}</source>
        <translation>Poista ehdotus {title}</translation>
    </message>
    <message>
        <location filename="../../views/governance/record.py" line="56"/>
        <location filename="../../views/governance/record.py" line="183"/>
        <source>Choose a meeting from the agenda or the calendar.</source>
        <translation>Valitse palaveri asialistasta tai kalenterista.</translation>
    </message>
    <message>
        <location filename="../../views/governance/record.py" line="96"/>
        <source>Day and time (move)</source>
        <translation>Päivä ja aika (siirto)</translation>
    </message>
    <message>
        <location filename="../../views/governance/record.py" line="99"/>
        <source>Goal</source>
        <translation>Tavoite</translation>
    </message>
    <message>
        <location filename="../../views/governance/record.py" line="102"/>
        <source>(not judged yet)</source>
        <translation>(ei vielä arvioitu)</translation>
    </message>
    <message>
        <location filename="../../views/governance/record.py" line="105"/>
        <source>How it went</source>
        <translation>Miten meni</translation>
    </message>
    <message>
        <location filename="../../views/governance/record.py" line="108"/>
        <source>One sentence against the goal</source>
        <translation>Yksi lause suhteessa tavoitteeseen</translation>
    </message>
    <message>
        <location filename="../../views/governance/record.py" line="109"/>
        <source>In a sentence</source>
        <translation>Lauseella</translation>
    </message>
    <message>
        <location filename="../../views/governance/record.py" line="113"/>
        <source>Agenda</source>
        <translation>Asialista</translation>
    </message>
    <message>
        <location filename="../../views/governance/record.py" line="117"/>
        <source>+ member</source>
        <translation>+ jäsen</translation>
    </message>
    <message>
        <location filename="../../views/governance/record.py" line="124"/>
        <source>Attendees</source>
        <translation>Osallistujat</translation>
    </message>
    <message>
        <location filename="../../views/governance/record.py" line="132"/>
        <source>Decisions</source>
        <translation>Päätökset</translation>
    </message>
    <message>
        <location filename="../../views/governance/record.py" line="135"/>
        <source>◀ Previous</source>
        <translation>◀ Edellinen</translation>
    </message>
    <message>
        <location filename="../../views/governance/record.py" line="138"/>
        <source>Next ▶</source>
        <translation>Seuraava ▶</translation>
    </message>
    <message>
        <location filename="../../views/governance/record.py" line="141"/>
        <source>Start from the template</source>
        <translation>Aloita pohjasta</translation>
    </message>
    <message>
        <location filename="../../views/governance/record.py" line="144"/>
        <source>Fill the goal and agenda from the meeting type&apos;s template</source>
        <translation>Täytä tavoite ja asialista palaverityypin pohjasta</translation>
    </message>
    <message>
        <location filename="../../views/governance/record.py" line="155"/>
        <source>Mark held</source>
        <translation>Merkitse pidetyksi</translation>
    </message>
    <message>
        <location filename="../../views/governance/record.py" line="158"/>
        <source>Revert</source>
        <translation>Palauta</translation>
    </message>
    <message>
        <location filename="../../views/governance/record.py" line="160"/>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <location filename="../../views/governance/record.py" line="208"/>
        <source>{title} — {day} at {time}</source>
        <translation>{title} — {day} klo {time}</translation>
    </message>
    <message>
        <location filename="../../views/governance/record.py" line="212"/>
        <source>(moved from {day})</source>
        <translation>(siirretty päivästä {day})</translation>
    </message>
    <message>
        <location filename="../../app/governance/steps.py" line="138"/>
        <source>Edit meeting {title}</source>
        <translation>Muokkaa palaveria {title}</translation>
    </message>
    <message>
        <location filename="../../views/governance/record.py" line="296"/>
        <source>The meeting record “{title}”</source>
        <translation>Kokousmuistio ”{title}”</translation>
    </message>
    <message>
        <location filename="../../views/governance/actions_tab.py" line="115"/>
        <location filename="../../views/governance/record_boxes.py" line="46"/>
        <source>Action items</source>
        <translation>Tehtävät</translation>
    </message>
    <message>
        <location filename="../../views/governance/record_boxes.py" line="54"/>
        <source>From</source>
        <translation>Mistä</translation>
    </message>
    <message>
        <location filename="../../views/governance/record_boxes.py" line="60"/>
        <source>Done / reopen</source>
        <translation>Tehty / avaa uudelleen</translation>
    </message>
    <message>
        <location filename="../../views/governance/labels.py" line="39"/>
        <location filename="../../views/governance/record_boxes.py" line="85"/>
        <source>done</source>
        <translation>tehty</translation>
    </message>
    <message>
        <location filename="../../views/governance/labels.py" line="36"/>
        <location filename="../../views/governance/record_boxes.py" line="85"/>
        <source>open</source>
        <translation>avoin</translation>
    </message>
    <message>
        <location filename="../../views/governance/record_boxes.py" line="94"/>
        <source>carried over from {day}</source>
        <translation>siirtynyt palaverista {day}</translation>
    </message>
    <message>
        <location filename="../../views/governance/record_boxes.py" line="96"/>
        <source>this meeting</source>
        <translation>tästä palaverista</translation>
    </message>
    <message>
        <location filename="../../views/governance/record_boxes.py" line="132"/>
        <source>Development proposals</source>
        <translation>Kehitysehdotukset</translation>
    </message>
    <message>
        <location filename="../../views/governance/reports.py" line="63"/>
        <source>Planned in the year</source>
        <translation>Suunniteltu vuodelle</translation>
    </message>
    <message>
        <location filename="../../views/governance/reports.py" line="63"/>
        <source>Due so far</source>
        <translation>Erääntynyt</translation>
    </message>
    <message>
        <location filename="../../views/governance/reports.py" line="63"/>
        <source>Held</source>
        <translation>Pidetty</translation>
    </message>
    <message>
        <location filename="../../views/governance/reports.py" line="71"/>
        <source>By meeting type</source>
        <translation>Palaverityypeittäin</translation>
    </message>
    <message>
        <location filename="../../views/governance/reports.py" line="72"/>
        <location filename="../../views/governance/reports.py" line="178"/>
        <source>By owner</source>
        <translation>Vastuuhenkilöittäin</translation>
    </message>
    <message>
        <location filename="../../views/governance/reports.py" line="88"/>
        <source>{year} so far: {held} of {due} due meetings held ({share}); {missed} missed. {planned} planned for the whole year.</source>
        <translation>{year} tähän mennessä: {held}/{due} erääntyneestä palaverista pidetty ({share}); {missed} jäi väliin. Koko vuodelle suunniteltu {planned}.</translation>
    </message>
    <message>
        <location filename="../../views/governance/reports.py" line="114"/>
        <source>Missed meetings this year: {count} (the latest {shown} below)</source>
        <translation>Tänä vuonna väliin jääneet palaverit: {count} (uusimmat {shown} alla)</translation>
    </message>
    <message>
        <location filename="../../views/governance/reports.py" line="129"/>
        <source>{count} × {type} ({hours} h)</source>
        <translation>{count} × {type} ({hours} h)</translation>
    </message>
    <message>
        <location filename="../../views/governance/reports.py" line="133"/>
        <source>{model}: {parts} = {meetings} meetings, {year} h a year = {month} h a month; ÷ {capacity} h a month of one {role} = {share} of one person. {customers} customers × {share} = {people} people.</source>
        <translation>{model}: {parts} = {meetings} palaveria, {year} h vuodessa = {month} h kuukaudessa; ÷ yhden roolin {role} {capacity} h kuukaudessa = {share} yhdestä henkilöstä. {customers} asiakasta × {share} = {people} henkilöä.</translation>
    </message>
    <message>
        <location filename="../../views/governance/reports.py" line="138"/>
        <source>no meetings</source>
        <translation>ei palavereja</translation>
    </message>
    <message>
        <location filename="../../views/governance/reports.py" line="164"/>
        <source>Meetings a year</source>
        <translation>Palavereja vuodessa</translation>
    </message>
    <message>
        <location filename="../../views/governance/reports.py" line="165"/>
        <source>Hours a month</source>
        <translation>Tunteja kuukaudessa</translation>
    </message>
    <message>
        <location filename="../../views/governance/reports.py" line="166"/>
        <source>Capacity h/month</source>
        <translation>Kapasiteetti h/kk</translation>
    </message>
    <message>
        <location filename="../../views/governance/reports.py" line="167"/>
        <source>Share of one person</source>
        <translation>Osuus yhdestä henkilöstä</translation>
    </message>
    <message>
        <location filename="../../views/governance/reports.py" line="168"/>
        <location filename="../../views/governance/reports.py" line="172"/>
        <source>Customers</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <location filename="../../views/governance/reports.py" line="169"/>
        <source>People needed</source>
        <translation>Tarvittavat henkilöt</translation>
    </message>
    <message>
        <location filename="../../views/governance/reports.py" line="172"/>
        <source>Load</source>
        <translation>Kuormitus</translation>
    </message>
    <message>
        <location filename="../../views/governance/reports.py" line="177"/>
        <source>By model</source>
        <translation>Malleittain</translation>
    </message>
    <message>
        <location filename="../../views/governance/reports.py" line="181"/>
        <source>How the figures were reached</source>
        <translation>Miten luvut saatiin</translation>
    </message>
    <message>
        <location filename="../../views/governance/reports.py" line="194"/>
        <source>{role} {people}</source>
        <translation>{role} {people}</translation>
    </message>
    <message>
        <location filename="../../views/governance/reports.py" line="199"/>
        <source>People needed for the agreed governance models: {total} ({roles}).</source>
        <translation>Sovittujen hallintamallien vaatimat henkilöt: {total} ({roles}).</translation>
    </message>
    <message>
        <location filename="../../views/governance/reports.py" line="200"/>
        <source>none yet</source>
        <translation>ei vielä</translation>
    </message>
    <message>
        <location filename="../../views/governance/reports.py" line="233"/>
        <source>No customer has a governance model yet.</source>
        <translation>Yhdelläkään asiakkaalla ei ole vielä hallintamallia.</translation>
    </message>
    <message>
        <location filename="../../views/governance/series_dialog.py" line="52"/>
        <source>Meeting series</source>
        <translation>Palaverisarja</translation>
    </message>
    <message>
        <location filename="../../views/governance/series_dialog.py" line="52"/>
        <source>Plan a meeting series</source>
        <translation>Suunnittele palaverisarja</translation>
    </message>
    <message>
        <location filename="../../views/governance/series_dialog.py" line="65"/>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <location filename="../../views/governance/series_dialog.py" line="69"/>
        <source>Customer (empty: the team&apos;s own)</source>
        <translation>Asiakas (tyhjä: tiimin oma)</translation>
    </message>
    <message>
        <location filename="../../views/governance/series_dialog.py" line="77"/>
        <source>Duration</source>
        <translation>Kesto</translation>
    </message>
    <message>
        <location filename="../../views/governance/series_dialog.py" line="79"/>
        <source>Place</source>
        <translation>Paikka</translation>
    </message>
    <message>
        <location filename="../../views/governance/series_dialog.py" line="99"/>
        <source>Repeats</source>
        <translation>Toistuu</translation>
    </message>
    <message>
        <location filename="../../views/governance/series_dialog.py" line="102"/>
        <source>every </source>
        <translation>joka </translation>
    </message>
    <message>
        <location filename="../../views/governance/series_dialog.py" line="103"/>
        <source>Interval (weeks or months)</source>
        <translation>Väli (viikkoa tai kuukautta)</translation>
    </message>
    <message>
        <location filename="../../views/governance/series_dialog.py" line="109"/>
        <source>Weekday</source>
        <translation>Viikonpäivä</translation>
    </message>
    <message>
        <location filename="../../views/governance/series_dialog.py" line="114"/>
        <source>Which weekday of the month</source>
        <translation>Kuukauden monesko viikonpäivä</translation>
    </message>
    <message>
        <location filename="../../views/governance/series_dialog.py" line="116"/>
        <source>Day of the month</source>
        <translation>Kuukauden päivä</translation>
    </message>
    <message>
        <location filename="../../views/governance/series_dialog.py" line="119"/>
        <source>Times a year</source>
        <translation>Kertaa vuodessa</translation>
    </message>
    <message>
        <location filename="../../views/governance/series_dialog.py" line="122"/>
        <source>Starts on</source>
        <translation>Alkaa</translation>
    </message>
    <message>
        <location filename="../../views/governance/series_dialog.py" line="123"/>
        <source>Ends on</source>
        <translation>Päättyy</translation>
    </message>
    <message>
        <location filename="../../views/governance/series_dialog.py" line="133"/>
        <source>Series end</source>
        <translation>Sarjan loppu</translation>
    </message>
    <message>
        <location filename="../../views/governance/series_dialog.py" line="215"/>
        <source>Next: {days}</source>
        <translation>Seuraavat: {days}</translation>
    </message>
    <message>
        <location filename="../../views/governance/series_list.py" line="45"/>
        <source>Series</source>
        <translation>Sarja</translation>
    </message>
    <message>
        <location filename="../../views/governance/series_list.py" line="45"/>
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <location filename="../../views/governance/series_list.py" line="45"/>
        <source>Rhythm</source>
        <translation>Rytmi</translation>
    </message>
    <message>
        <location filename="../../views/governance/series_list.py" line="45"/>
        <source>Next</source>
        <translation>Seuraava</translation>
    </message>
    <message>
        <location filename="../../views/governance/series_list.py" line="45"/>
        <source>Ends</source>
        <translation>Päättyy</translation>
    </message>
    <message>
        <location filename="../../views/governance/series_list.py" line="49"/>
        <source>Plan a series…</source>
        <translation>Suunnittele sarja…</translation>
    </message>
    <message>
        <location filename="../../views/governance/series_list.py" line="52"/>
        <source>Change…</source>
        <translation>Muuta…</translation>
    </message>
    <message>
        <location filename="../../views/governance/series_list.py" line="55"/>
        <source>End series…</source>
        <translation>Päätä sarja…</translation>
    </message>
    <message>
        <location filename="../../app/governance/steps.py" line="149"/>
        <source>Plan series {title}</source>
        <translation>Suunnittele sarja {title}</translation>
    </message>
    <message>
        <location filename="../../app/governance/steps.py" line="171"/>
        <source>Change series {title}</source>
        <translation>Muuta sarjaa {title}</translation>
    </message>
    <message>
        <location filename="../../views/governance/series_list.py" line="147"/>
        <location filename="../../views/governance/series_list.py" line="158"/>
        <source>End series</source>
        <translation>Päätä sarja</translation>
    </message>
    <message>
        <location filename="../../views/governance/series_list.py" line="148"/>
        <source>Last day of “{title}” (later planned meetings are removed):</source>
        <translation>Sarjan ”{title}” viimeinen päivä (myöhemmät suunnitellut palaverit poistuvat):</translation>
    </message>
    <message>
        <location filename="../../app/governance/steps.py" line="177"/>
        <source>End series {title}</source>
        <translation>Päätä sarja {title}</translation>
    </message>
    <message>
        <location filename="../../views/governance/series_list.py" line="169"/>
        <source>Delete the series “{title}” with all its meetings, records and actions? You can undo this with Ctrl+Z.</source>
        <translation>Poistetaanko sarja ”{title}” kaikkine palavereineen, muistioineen ja tehtävineen? Voit perua tämän näppäimillä Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../views/governance/series_list.py" line="172"/>
        <source>Delete series</source>
        <translation>Poista sarja</translation>
    </message>
    <message>
        <location filename="../../app/governance/steps.py" line="184"/>
        <source>Delete series {title}</source>
        <translation>Poista sarja {title}</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../views/governance/dialogs.py" line="73"/>
        <source>Action item</source>
        <translation>Tehtävä</translation>
    </message>
    <message>
        <location filename="../../views/governance/dialogs.py" line="78"/>
        <source>(choose)</source>
        <translation>(valitse)</translation>
    </message>
    <message>
        <location filename="../../views/governance/dialogs.py" line="87"/>
        <source>Customer (optional)</source>
        <translation>Asiakas (valinnainen)</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../views/governance/dialogs.py" line="110"/>
        <source>Decision on a proposal</source>
        <translation>Päätös ehdotuksesta</translation>
    </message>
    <message>
        <location filename="../../views/governance/dialogs.py" line="113"/>
        <source>Proposal:</source>
        <translation>Ehdotus:</translation>
    </message>
</context>
<context>
    <name>GovernancePanel</name>
    <message>
        <location filename="../../app/governance/__init__.py" line="11"/>
        <location filename="../../views/governance/panel.py" line="43"/>
        <source>Governance</source>
        <translation>Hallintamallit</translation>
    </message>
    <message>
        <location filename="../../views/governance/panel.py" line="62"/>
        <source>Agenda</source>
        <translation>Asialista</translation>
    </message>
    <message>
        <location filename="../../views/governance/panel.py" line="63"/>
        <source>Customers</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <location filename="../../views/governance/panel.py" line="64"/>
        <source>Working groups</source>
        <translation>Työryhmät</translation>
    </message>
    <message>
        <location filename="../../views/governance/panel.py" line="65"/>
        <source>Action items</source>
        <translation>Tehtävät</translation>
    </message>
    <message>
        <location filename="../../views/governance/panel.py" line="66"/>
        <source>Development proposals</source>
        <translation>Kehitysehdotukset</translation>
    </message>
    <message>
        <location filename="../../views/governance/panel.py" line="67"/>
        <source>Compliance</source>
        <translation>Toteuma</translation>
    </message>
    <message>
        <location filename="../../views/governance/panel.py" line="68"/>
        <source>Resources</source>
        <translation>Resurssit</translation>
    </message>
    <message>
        <location filename="../../views/governance/panel.py" line="69"/>
        <source>Catalogue</source>
        <translation>Luettelo</translation>
    </message>
    <message>
        <location filename="../../views/governance/panel.py" line="84"/>
        <source>Meetings on a rhythm, governance models and what comes of them</source>
        <translation>Rytmissä pidettävät palaverit, hallintamallit ja niiden tulokset</translation>
    </message>
    <message>
        <location filename="../../views/governance/panel.py" line="86"/>
        <location filename="../../views/governance/panel.py" line="189"/>
        <source>Export the plan (.ics)…</source>
        <translation>Vie suunnitelma (.ics)…</translation>
    </message>
    <message>
        <location filename="../../views/governance/panel.py" line="108"/>
        <source>Unsaved meeting record</source>
        <translation>Tallentamaton muistio</translation>
    </message>
    <message>
        <location filename="../../views/governance/panel.py" line="109"/>
        <source>Save the changes to “{title}” of the previous team company?</source>
        <translation>Tallennetaanko edellisen tiimiyrityksen palaverin ”{title}” muutokset?</translation>
    </message>
    <message>
        <location filename="../../views/governance/panel.py" line="157"/>
        <location filename="../../views/governance/panel.py" line="171"/>
        <source>Export the meeting plan</source>
        <translation>Vie palaverisuunnitelma</translation>
    </message>
    <message>
        <location filename="../../views/governance/panel.py" line="158"/>
        <source>meeting-plan.ics</source>
        <translation>palaverisuunnitelma.ics</translation>
    </message>
    <message>
        <location filename="../../views/governance/panel.py" line="159"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/governance/panel.py" line="176"/>
        <source>%n series written to {path}</source>
        <translation>
            <numerusform>%n sarja kirjoitettu tiedostoon {path}</numerusform>
            <numerusform>%n sarjaa kirjoitettu tiedostoon {path}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/governance/panel.py" line="181"/>
        <source>&amp;Governance</source>
        <translation>&amp;Hallintamallit</translation>
    </message>
    <message>
        <location filename="../../views/governance/panel.py" line="183"/>
        <source>Plan a series…</source>
        <translation>Suunnittele sarja…</translation>
    </message>
    <message>
        <location filename="../../views/governance/panel.py" line="184"/>
        <source>Add an action item…</source>
        <translation>Lisää tehtävä…</translation>
    </message>
    <message>
        <location filename="../../views/governance/panel.py" line="186"/>
        <source>New development proposal…</source>
        <translation>Uusi kehitysehdotus…</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <location filename="../../views/governance/dialogs.py" line="134"/>
        <source>New development proposal</source>
        <translation>Uusi kehitysehdotus</translation>
    </message>
    <message>
        <location filename="../../views/governance/dialogs.py" line="142"/>
        <source>(not named)</source>
        <translation>(ei nimetty)</translation>
    </message>
</context>
<context>
    <name>metrics</name>
    <message>
        <location filename="../../app/governance/metrics.py" line="19"/>
        <source>Meetings held as planned</source>
        <translation>Suunnitellusti pidetyt kokoukset</translation>
    </message>
    <message>
        <location filename="../../app/governance/metrics.py" line="25"/>
        <source>Planned meetings recorded as held in the month; per owner of the series.</source>
        <translation>Kuukauden aikana pidetyiksi kirjatut suunnitellut kokoukset; jäsenittäin sarjan vastuuhenkilön mukaan.</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <location filename="../../app/governance/strategies.py" line="40"/>
        <location filename="../../app/governance/strategies.py" line="46"/>
        <source>Unknown customer strategy.</source>
        <translation>Tuntematon asiakasstrategia.</translation>
    </message>
    <message>
        <location filename="../../app/governance/strategies.py" line="50"/>
        <source>A strategy is chosen twice.</source>
        <translation>Sama strategia on valittu kahdesti.</translation>
    </message>
    <message>
        <location filename="../../app/governance/strategies.py" line="56"/>
        <source>A customer follows at most {max} strategies.</source>
        <translation>Asiakkaalla voi olla enintään {max} strategiaa.</translation>
    </message>
    <message>
        <location filename="../../app/governance/strategies.py" line="62"/>
        <source>Unknown strategy source.</source>
        <translation>Tuntematon strategian lähde.</translation>
    </message>
    <message>
        <location filename="../../app/governance/assignments.py" line="131"/>
        <source>Unknown governance model.</source>
        <translation>Tuntematon hallintamalli.</translation>
    </message>
    <message>
        <location filename="../../app/governance/cadence.py" line="72"/>
        <source>Choose how often it repeats.</source>
        <translation>Valitse, kuinka usein palaveri toistuu.</translation>
    </message>
    <message>
        <location filename="../../app/governance/cadence.py" line="75"/>
        <source>Repeat every 1 to 52 weeks or months.</source>
        <translation>Toista 1–52 viikon tai kuukauden välein.</translation>
    </message>
    <message>
        <location filename="../../app/governance/cadence.py" line="78"/>
        <source>Choose the weekday.</source>
        <translation>Valitse viikonpäivä.</translation>
    </message>
    <message>
        <location filename="../../app/governance/cadence.py" line="81"/>
        <source>Choose the first to fourth or the last.</source>
        <translation>Valitse ensimmäinen–neljäs tai viimeinen.</translation>
    </message>
    <message>
        <location filename="../../app/governance/cadence.py" line="85"/>
        <source>A day of the month is 1 to 31.</source>
        <translation>Kuukauden päivä on 1–31.</translation>
    </message>
    <message>
        <location filename="../../app/governance/cadence.py" line="91"/>
        <source>1 to 12 times a year; for more, meet weekly or every n weeks.</source>
        <translation>1–12 kertaa vuodessa; useammin tavattaessa valitse viikoittain tai n viikon välein.</translation>
    </message>
    <message>
        <location filename="../../app/governance/cadence.py" line="98"/>
        <source>The series ends before it starts.</source>
        <translation>Sarja päättyy ennen kuin se alkaa.</translation>
    </message>
    <message>
        <location filename="../../app/governance/cadence.py" line="114"/>
        <source>This rhythm gives no meeting between the start and the end.</source>
        <translation>Tällä rytmillä alun ja lopun väliin ei osu yhtään palaveria.</translation>
    </message>
    <message>
        <location filename="../../app/governance/catalogue.py" line="168"/>
        <source>A name is required.</source>
        <translation>Nimi on pakollinen.</translation>
    </message>
    <message>
        <location filename="../../app/governance/catalogue.py" line="172"/>
        <source>Hours per meeting are from 0 to 24.</source>
        <translation>Tunteja palaveria kohden on 0–24.</translation>
    </message>
    <message>
        <location filename="../../app/governance/catalogue.py" line="194"/>
        <source>Meetings a year are from 0 to 52.</source>
        <translation>Palavereja vuodessa on 0–52.</translation>
    </message>
    <message>
        <location filename="../../app/governance/catalogue.py" line="202"/>
        <source>Hours a month are from 1 to 744.</source>
        <translation>Tunteja kuukaudessa on 1–744.</translation>
    </message>
    <message>
        <location filename="../../app/governance/meetings.py" line="47"/>
        <source>A meeting needs a day.</source>
        <translation>Palaverilla on oltava päivä.</translation>
    </message>
    <message>
        <location filename="../../app/governance/meetings.py" line="53"/>
        <location filename="../../app/governance/plan.py" line="77"/>
        <source>Write the time as 09:30.</source>
        <translation>Kirjoita aika muodossa 09:30.</translation>
    </message>
    <message>
        <location filename="../../app/governance/meetings.py" line="82"/>
        <source>Only a held meeting has an outcome: mark it held first.</source>
        <translation>Vain pidetyllä palaverilla on tulos: merkitse se ensin pidetyksi.</translation>
    </message>
    <message>
        <location filename="../../app/governance/meetings.py" line="93"/>
        <source>Say in a sentence how it went against the goal.</source>
        <translation>Kerro lauseella, miten meni suhteessa tavoitteeseen.</translation>
    </message>
    <message>
        <location filename="../../app/governance/plan.py" line="72"/>
        <source>This field is required.</source>
        <translation>Tämä kenttä on pakollinen.</translation>
    </message>
    <message>
        <location filename="../../app/governance/plan.py" line="84"/>
        <source>A meeting lasts from 5 minutes to 24 hours.</source>
        <translation>Palaveri kestää 5 minuutista 24 tuntiin.</translation>
    </message>
    <message>
        <location filename="../../app/governance/proposals.py" line="68"/>
        <source>Write down what was decided.</source>
        <translation>Kirjaa, mitä päätettiin.</translation>
    </message>
</context>
<context>
    <name>strategy</name>
    <message>
        <location filename="../../models/governance.py" line="41"/>
        <source>Protect</source>
        <translation>Suojelu</translation>
    </message>
    <message>
        <location filename="../../models/governance.py" line="42"/>
        <source>Grow</source>
        <translation>Kasvatus</translation>
    </message>
    <message>
        <location filename="../../models/governance.py" line="43"/>
        <source>Streamline</source>
        <translation>Tehostus</translation>
    </message>
</context>
</TS>

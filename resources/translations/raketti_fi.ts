<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name></name>
    <message>
        <location filename="../../views/export_run.py" line="37"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-työkirja (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../views/export_run.py" line="37"/>
        <source>CSV for Excel, separated by ; (*.csv)</source>
        <translation>CSV Exceliin, erottimena ; (*.csv)</translation>
    </message>
    <message>
        <location filename="../../views/export_run.py" line="39"/>
        <location filename="../../views/export_run.py" line="104"/>
        <source>Export view</source>
        <translation>Vie näkymä</translation>
    </message>
    <message>
        <location filename="../../views/export_run.py" line="65"/>
        <source>Exporting {title}…</source>
        <translation>Viedään: {title}…</translation>
    </message>
    <message>
        <location filename="../../views/export_run.py" line="66"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <location filename="../../views/export_run.py" line="116"/>
        <source>Export cancelled: no file was written.</source>
        <translation>Vienti peruttiin: tiedostoa ei kirjoitettu.</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../../views/context.py" line="133"/>
        <source>Could not redo “{step}”: {reason}</source>
        <translation>Vaihetta ”{step}” ei voitu tehdä uudelleen: {reason}</translation>
    </message>
    <message>
        <location filename="../../views/context.py" line="136"/>
        <source>Could not undo “{step}”: {reason}</source>
        <translation>Vaihetta ”{step}” ei voitu kumota: {reason}</translation>
    </message>
    <message>
        <location filename="../../views/context.py" line="155"/>
        <source>the data has changed since.</source>
        <translation>tiedot ovat muuttuneet sen jälkeen.</translation>
    </message>
    <message>
        <location filename="../../views/context.py" line="157"/>
        <source>the database is open read-only.</source>
        <translation>tietokanta on avattu vain luettavaksi.</translation>
    </message>
    <message>
        <location filename="../../views/context.py" line="158"/>
        <source>the record no longer exists.</source>
        <translation>tietoa ei ole enää olemassa.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../views/customers/dialogs.py" line="87"/>
        <source>Contact person</source>
        <translation>Yhteyshenkilö</translation>
    </message>
    <message>
        <location filename="../../views/customers/dialogs.py" line="108"/>
        <source>Advocate: recommends us to others</source>
        <translation>Puolestapuhuja: suosittelee meitä muille</translation>
    </message>
    <message>
        <location filename="../../views/customers/dialogs.py" line="111"/>
        <source>Has given marketing consent</source>
        <translation>On antanut markkinointiluvan</translation>
    </message>
    <message>
        <location filename="../../views/customers/dialogs.py" line="120"/>
        <source>Consent history</source>
        <translation>Suostumushistoria</translation>
    </message>
    <message>
        <location filename="../../views/customers/dialogs.py" line="138"/>
        <source>The contact person</source>
        <translation>Yhteyshenkilö</translation>
    </message>
    <message>
        <location filename="../../views/customers/dialogs.py" line="139"/>
        <source>The contact person {name}</source>
        <translation>Yhteyshenkilö {name}</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../views/customers/contacts_tab.py" line="55"/>
        <source>Add contact…</source>
        <translation>Lisää yhteyshenkilö…</translation>
    </message>
    <message>
        <location filename="../../views/customers/contacts_tab.py" line="57"/>
        <location filename="../../views/customers/contacts_tab.py" line="163"/>
        <source>Edit…</source>
        <translation>Muokkaa…</translation>
    </message>
    <message>
        <location filename="../../views/customers/contacts_tab.py" line="59"/>
        <location filename="../../views/customers/contacts_tab.py" line="164"/>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location filename="../../views/customers/contacts_tab.py" line="61"/>
        <source>Export data…</source>
        <translation>Vie tiedot…</translation>
    </message>
    <message>
        <location filename="../../views/customers/contacts_tab.py" line="63"/>
        <source>Export this person&apos;s data</source>
        <translation>Vie henkilön tiedot</translation>
    </message>
    <message>
        <location filename="../../views/customers/contacts_tab.py" line="94"/>
        <source>Erased person</source>
        <translation>Poistettu henkilö</translation>
    </message>
    <message>
        <location filename="../../views/customers/contacts_tab.py" line="110"/>
        <source>{roles} · advocate</source>
        <translation>{roles} · puolestapuhuja</translation>
    </message>
    <message>
        <location filename="../../views/customers/contacts_tab.py" line="110"/>
        <source>advocate</source>
        <translation>puolestapuhuja</translation>
    </message>
    <message>
        <location filename="../../views/customers/contacts_tab.py" line="166"/>
        <source>Export this person&apos;s data…</source>
        <translation>Vie henkilön tiedot…</translation>
    </message>
    <message>
        <location filename="../../app/customers/steps.py" line="104"/>
        <source>Add contact {name}</source>
        <translation>Lisää yhteyshenkilö {name}</translation>
    </message>
    <message>
        <location filename="../../app/customers/steps.py" line="115"/>
        <source>Edit contact {name}</source>
        <translation>Muokkaa yhteyshenkilöä {name}</translation>
    </message>
    <message>
        <location filename="../../views/customers/contacts_tab.py" line="141"/>
        <source>Delete the contact person {name}?</source>
        <translation>Poistetaanko yhteyshenkilö {name}?</translation>
    </message>
    <message>
        <location filename="../../app/customers/steps.py" line="125"/>
        <source>Delete contact {name}</source>
        <translation>Poista yhteyshenkilö {name}</translation>
    </message>
</context>
<context>
    <name>CustomerDetail</name>
    <message>
        <location filename="../../views/customers/detail.py" line="48"/>
        <source>Details</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <location filename="../../views/customers/detail.py" line="49"/>
        <source>Contacts</source>
        <translation>Yhteyshenkilöt</translation>
    </message>
    <message>
        <location filename="../../views/customers/detail.py" line="50"/>
        <source>Timeline</source>
        <translation>Aikajana</translation>
    </message>
    <message>
        <location filename="../../views/customers/detail.py" line="70"/>
        <source>Choose a customer in the list to see and edit it here, or add one with New customer (Ctrl+N).</source>
        <translation>Valitse asiakas listalta, niin näet ja voit muokata sen tietoja tässä, tai lisää uusi painikkeella Uusi asiakas (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../views/customers/detail.py" line="89"/>
        <source>{name} (left)</source>
        <translation>{name} (lähtenyt)</translation>
    </message>
    <message>
        <location filename="../../views/customers/detail.py" line="149"/>
        <source>The new customer</source>
        <translation>Uusi asiakas</translation>
    </message>
    <message>
        <location filename="../../views/customers/detail.py" line="150"/>
        <source>The customer {name}</source>
        <translation>Asiakas {name}</translation>
    </message>
    <message>
        <location filename="../../app/customers/steps.py" line="32"/>
        <source>Add customer {name}</source>
        <translation>Lisää asiakas {name}</translation>
    </message>
    <message>
        <location filename="../../app/customers/steps.py" line="46"/>
        <source>Edit customer {name}</source>
        <translation>Muokkaa asiakasta {name}</translation>
    </message>
    <message>
        <location filename="../../views/customers/dialogs.py" line="44"/>
        <source>Confirm</source>
        <translation>Vahvista</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <location filename="../../views/customers/record_form.py" line="72"/>
        <source>Archived (hidden from the list)</source>
        <translation>Arkistoitu (piilossa listalta)</translation>
    </message>
    <message>
        <location filename="../../views/customers/record_form.py" line="123"/>
        <source>Value and potential (1–5, – not scored)</source>
        <translation>Arvo ja potentiaali (1–5, – ei arvioitu)</translation>
    </message>
    <message>
        <location filename="../../views/customers/record_form.py" line="136"/>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <location filename="../../views/customers/record_form.py" line="139"/>
        <source>Revert</source>
        <translation>Peru muutokset</translation>
    </message>
    <message>
        <location filename="../../views/customers/record_form.py" line="176"/>
        <source>(nobody)</source>
        <translation>(ei kukaan)</translation>
    </message>
    <message>
        <location filename="../../views/customers/record_form.py" line="185"/>
        <source>New customer</source>
        <translation>Uusi asiakas</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <location filename="../../app/customers/__init__.py" line="11"/>
        <location filename="../../views/customers/panel.py" line="49"/>
        <source>Customers</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <location filename="../../views/customers/frame.py" line="61"/>
        <source>Search names, business IDs, cities, contacts and notes (Ctrl+F)</source>
        <translation>Hae nimistä, Y-tunnuksista, paikkakunnista, yhteyshenkilöistä ja muistiinpanoista (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../views/customers/frame.py" line="66"/>
        <source>Show archived</source>
        <translation>Näytä arkistoidut</translation>
    </message>
    <message>
        <location filename="../../views/customers/frame.py" line="70"/>
        <source>New customer</source>
        <translation>Uusi asiakas</translation>
    </message>
    <message>
        <location filename="../../views/customers/frame.py" line="73"/>
        <source>Log visit</source>
        <translation>Kirjaa käynti</translation>
    </message>
    <message>
        <location filename="../../views/customers/panel.py" line="132"/>
        <source>&amp;Customers</source>
        <translation>&amp;Asiakkaat</translation>
    </message>
    <message>
        <location filename="../../views/customers/panel.py" line="135"/>
        <source>&amp;Find</source>
        <translation>&amp;Hae</translation>
    </message>
    <message>
        <location filename="../../views/customers/panel.py" line="136"/>
        <source>&amp;New customer</source>
        <translation>&amp;Uusi asiakas</translation>
    </message>
    <message>
        <location filename="../../views/customers/panel.py" line="137"/>
        <source>&amp;Log visit…</source>
        <translation>&amp;Kirjaa käynti…</translation>
    </message>
    <message>
        <location filename="../../views/customers/panel.py" line="138"/>
        <source>&amp;Archive / restore</source>
        <translation>&amp;Arkistoi / palauta</translation>
    </message>
    <message>
        <location filename="../../views/customers/panel.py" line="141"/>
        <source>&amp;Delete customer…</source>
        <translation>&amp;Poista asiakas…</translation>
    </message>
    <message>
        <location filename="../../views/customers/panel.py" line="145"/>
        <source>&amp;Segmentations…</source>
        <translation>&amp;Segmentoinnit…</translation>
    </message>
    <message>
        <location filename="../../views/customers/panel.py" line="146"/>
        <source>&amp;Privacy review…</source>
        <translation>&amp;Tietosuojakatselmus…</translation>
    </message>
    <message>
        <location filename="../../views/customers/panel.py" line="206"/>
        <source>… customers</source>
        <translation>… asiakasta</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/customers/panel.py" line="221"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n asiakas</numerusform>
            <numerusform>%n asiakasta</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/customers/panel.py" line="224"/>
        <source>No customer matches “{text}”.</source>
        <translation>Hakuun ”{text}” ei löytynyt asiakkaita.</translation>
    </message>
    <message>
        <location filename="../../views/customers/panel.py" line="226"/>
        <source>No customers yet. Add the first one with New customer (Ctrl+N).</source>
        <translation>Ei vielä asiakkaita. Lisää ensimmäinen painikkeella Uusi asiakas (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../views/customers/panel.py" line="310"/>
        <source>Interaction logged.</source>
        <translation>Yhteydenotto kirjattu.</translation>
    </message>
    <message>
        <location filename="../../app/customers/steps.py" line="58"/>
        <source>Archive {name}</source>
        <translation>Arkistoi {name}</translation>
    </message>
    <message>
        <location filename="../../app/customers/steps.py" line="60"/>
        <source>Restore {name}</source>
        <translation>Palauta {name}</translation>
    </message>
    <message>
        <location filename="../../views/customers/panel.py" line="347"/>
        <source>Delete customer</source>
        <translation>Poista asiakas</translation>
    </message>
    <message>
        <location filename="../../views/customers/panel.py" line="349"/>
        <source>Delete {name} with its contacts and interactions?

You can undo this with Ctrl+Z.</source>
        <translation>Poistetaanko {name} yhteyshenkilöineen ja yhteydenottoineen?

Voit perua poiston näppäimillä Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../app/customers/steps.py" line="90"/>
        <source>Delete {name}</source>
        <translation>Poista {name}</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <location filename="../../views/widgets.py" line="102"/>
        <source>Type part of the customer&apos;s name…</source>
        <translation>Kirjoita osa asiakkaan nimestä…</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../views/customers/rows_model.py" line="49"/>
        <source>Last contact</source>
        <translation>Viimeisin yhteys</translation>
    </message>
    <message>
        <location filename="../../views/customers/rows_model.py" line="50"/>
        <source>Next step due</source>
        <translation>Seuraavan askeleen määräpäivä</translation>
    </message>
</context>
<context>
    <name>ExcelExport</name>
    <message>
        <location filename="../../app/excel/activity_sheets.py" line="44"/>
        <location filename="../../app/excel/governance_sheet.py" line="83"/>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <location filename="../../app/excel/activity_sheets.py" line="45"/>
        <location filename="../../app/excel/activity_sheets.py" line="69"/>
        <location filename="../../app/excel/fields.py" line="54"/>
        <location filename="../../app/excel/governance_sheet.py" line="84"/>
        <location filename="../../app/excel/governance_sheet.py" line="103"/>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location filename="../../app/excel/activity_sheets.py" line="46"/>
        <source>From</source>
        <translation>Mistä</translation>
    </message>
    <message>
        <location filename="../../app/excel/activity_sheets.py" line="47"/>
        <source>To</source>
        <translation>Mihin</translation>
    </message>
    <message>
        <location filename="../../app/excel/activity_sheets.py" line="48"/>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <location filename="../../app/excel/activity_sheets.py" line="49"/>
        <source>Recorded by</source>
        <translation>Kirjaaja</translation>
    </message>
    <message>
        <location filename="../../app/excel/activity_sheets.py" line="50"/>
        <location filename="../../app/excel/activity_sheets.py" line="73"/>
        <location filename="../../app/excel/fields.py" line="53"/>
        <source>Customer ID</source>
        <translation>Asiakkaan tunniste</translation>
    </message>
    <message>
        <location filename="../../app/excel/export.py" line="40"/>
        <source>Summary</source>
        <translation>Yhteenveto</translation>
    </message>
    <message>
        <location filename="../../app/excel/activity_sheets.py" line="71"/>
        <source>Team members</source>
        <translation>Tiimiläiset</translation>
    </message>
    <message>
        <location filename="../../app/excel/activity_sheets.py" line="72"/>
        <location filename="../../app/excel/export.py" line="42"/>
        <source>Contacts</source>
        <translation>Yhteyshenkilöt</translation>
    </message>
    <message>
        <location filename="../../app/excel/export.py" line="41"/>
        <location filename="../../app/excel/segments_sheet.py" line="53"/>
        <location filename="../../app/excel/summary.py" line="154"/>
        <source>Customers</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <location filename="../../app/excel/export.py" line="43"/>
        <source>Ladder moves</source>
        <translation>Porrassiirrot</translation>
    </message>
    <message>
        <location filename="../../app/excel/export.py" line="44"/>
        <source>Rocket</source>
        <translation>Raketti</translation>
    </message>
    <message>
        <location filename="../../app/excel/export.py" line="45"/>
        <source>Governance</source>
        <translation>Hallintamalli</translation>
    </message>
    <message>
        <location filename="../../app/excel/export.py" line="46"/>
        <location filename="../../app/excel/segments_sheet.py" line="22"/>
        <source>Segments</source>
        <translation>Segmentit</translation>
    </message>
    <message>
        <location filename="../../app/excel/export.py" line="47"/>
        <location filename="../../app/excel/summary.py" line="68"/>
        <location filename="../../app/excel/summary.py" line="108"/>
        <source>Interactions</source>
        <translation>Kohtaamiset</translation>
    </message>
    <message>
        <location filename="../../app/excel/export.py" line="49"/>
        <source>Reading the reports…</source>
        <translation>Luetaan raportteja…</translation>
    </message>
    <message>
        <location filename="../../app/excel/export.py" line="51"/>
        <source>Writing the customers…</source>
        <translation>Kirjoitetaan asiakkaita…</translation>
    </message>
    <message>
        <location filename="../../app/excel/export.py" line="52"/>
        <source>Writing the contacts…</source>
        <translation>Kirjoitetaan yhteyshenkilöitä…</translation>
    </message>
    <message>
        <location filename="../../app/excel/export.py" line="53"/>
        <source>Writing the ladder moves…</source>
        <translation>Kirjoitetaan porrassiirtoja…</translation>
    </message>
    <message>
        <location filename="../../app/excel/export.py" line="54"/>
        <source>Writing the Rocket, governance and segments…</source>
        <translation>Kirjoitetaan Rakettia, hallintamallia ja segmenttejä…</translation>
    </message>
    <message>
        <location filename="../../app/excel/export.py" line="55"/>
        <source>Writing the interactions…</source>
        <translation>Kirjoitetaan kohtaamisia…</translation>
    </message>
    <message>
        <location filename="../../app/excel/export.py" line="57"/>
        <source>Saving the workbook…</source>
        <translation>Tallennetaan työkirjaa…</translation>
    </message>
    <message>
        <location filename="../../app/excel/governance_sheet.py" line="27"/>
        <source>Planned this year</source>
        <translation>Suunniteltu tänä vuonna</translation>
    </message>
    <message>
        <location filename="../../app/excel/governance_sheet.py" line="28"/>
        <source>Planned so far</source>
        <translation>Suunniteltu tähän mennessä</translation>
    </message>
    <message>
        <location filename="../../app/excel/governance_sheet.py" line="29"/>
        <source>Held</source>
        <translation>Pidetty</translation>
    </message>
    <message>
        <location filename="../../app/excel/governance_sheet.py" line="30"/>
        <source>Missed</source>
        <translation>Väliin jäänyt</translation>
    </message>
    <message>
        <location filename="../../app/excel/governance_sheet.py" line="31"/>
        <source>Compliance</source>
        <translation>Toteuma</translation>
    </message>
    <message>
        <location filename="../../app/excel/governance_sheet.py" line="56"/>
        <source>Governance {year}</source>
        <translation>Hallintamalli {year}</translation>
    </message>
    <message>
        <location filename="../../app/excel/governance_sheet.py" line="57"/>
        <source>Up to</source>
        <translation>Päivään</translation>
    </message>
    <message>
        <location filename="../../app/excel/governance_sheet.py" line="58"/>
        <source>Planned and held by meeting type</source>
        <translation>Suunnitellut ja pidetyt kokoustyypeittäin</translation>
    </message>
    <message>
        <location filename="../../app/excel/governance_sheet.py" line="41"/>
        <source>Meeting type</source>
        <translation>Kokoustyyppi</translation>
    </message>
    <message>
        <location filename="../../app/excel/governance_sheet.py" line="43"/>
        <source>All meetings</source>
        <translation>Kaikki kokoukset</translation>
    </message>
    <message>
        <location filename="../../app/excel/governance_sheet.py" line="48"/>
        <source>Meetings held against planned</source>
        <translation>Pidetyt kokoukset suunniteltuihin verrattuna</translation>
    </message>
    <message>
        <location filename="../../app/excel/governance_sheet.py" line="60"/>
        <source>Planned and held by owner</source>
        <translation>Suunnitellut ja pidetyt vastuuhenkilöittäin</translation>
    </message>
    <message>
        <location filename="../../app/excel/governance_sheet.py" line="61"/>
        <source>No owner</source>
        <translation>Ei vastuuhenkilöä</translation>
    </message>
    <message>
        <location filename="../../app/excel/governance_sheet.py" line="63"/>
        <location filename="../../app/excel/governance_sheet.py" line="85"/>
        <location filename="../../app/excel/governance_sheet.py" line="101"/>
        <source>Owner</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <location filename="../../app/excel/governance_sheet.py" line="70"/>
        <source>Overdue meetings</source>
        <translation>Myöhässä olevat kokoukset</translation>
    </message>
    <message>
        <location filename="../../app/excel/governance_sheet.py" line="72"/>
        <source>Planned, day passed, not held</source>
        <translation>Suunniteltu, päivä ohi, ei pidetty</translation>
    </message>
    <message>
        <location filename="../../app/excel/governance_sheet.py" line="77"/>
        <source>The {shown} most recent are listed.</source>
        <translation>{shown} viimeisintä on listattu.</translation>
    </message>
    <message>
        <location filename="../../app/excel/governance_sheet.py" line="82"/>
        <location filename="../../app/excel/governance_sheet.py" line="104"/>
        <source>Meeting</source>
        <translation>Kokous</translation>
    </message>
    <message>
        <location filename="../../app/excel/governance_sheet.py" line="96"/>
        <location filename="../../app/excel/summary.py" line="77"/>
        <source>Open action items</source>
        <translation>Avoimet tehtävät</translation>
    </message>
    <message>
        <location filename="../../app/excel/governance_sheet.py" line="97"/>
        <source>Open</source>
        <translation>Avoinna</translation>
    </message>
    <message>
        <location filename="../../app/excel/governance_sheet.py" line="98"/>
        <location filename="../../app/excel/governance_sheet.py" line="106"/>
        <source>Overdue</source>
        <translation>Myöhässä</translation>
    </message>
    <message>
        <location filename="../../app/excel/governance_sheet.py" line="100"/>
        <source>Action item</source>
        <translation>Tehtävä</translation>
    </message>
    <message>
        <location filename="../../app/excel/governance_sheet.py" line="102"/>
        <source>Due</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <location filename="../../app/excel/governance_sheet.py" line="105"/>
        <source>Meeting date</source>
        <translation>Kokouksen päivä</translation>
    </message>
    <message>
        <location filename="../../app/excel/labels.py" line="16"/>
        <source>High value, high potential</source>
        <translation>Suuri arvo, suuri potentiaali</translation>
    </message>
    <message>
        <location filename="../../app/excel/labels.py" line="17"/>
        <source>High value, low potential</source>
        <translation>Suuri arvo, pieni potentiaali</translation>
    </message>
    <message>
        <location filename="../../app/excel/labels.py" line="18"/>
        <source>Low value, high potential</source>
        <translation>Pieni arvo, suuri potentiaali</translation>
    </message>
    <message>
        <location filename="../../app/excel/labels.py" line="19"/>
        <source>Low value, low potential</source>
        <translation>Pieni arvo, pieni potentiaali</translation>
    </message>
    <message>
        <location filename="../../app/excel/rocket_sheet.py" line="32"/>
        <source>Code</source>
        <translation>Koodi</translation>
    </message>
    <message>
        <location filename="../../app/excel/rocket_sheet.py" line="33"/>
        <source>Process</source>
        <translation>Prosessi</translation>
    </message>
    <message>
        <location filename="../../app/excel/rocket_sheet.py" line="34"/>
        <location filename="../../app/excel/summary.py" line="153"/>
        <source>Level</source>
        <translation>Taso</translation>
    </message>
    <message>
        <location filename="../../app/excel/rocket_sheet.py" line="39"/>
        <source>{period} dots</source>
        <translation>{period} täpät</translation>
    </message>
    <message>
        <location filename="../../app/excel/rocket_sheet.py" line="40"/>
        <source>{period} target</source>
        <translation>{period} tavoite</translation>
    </message>
    <message>
        <location filename="../../app/excel/rocket_sheet.py" line="58"/>
        <source>All processes</source>
        <translation>Kaikki prosessit</translation>
    </message>
    <message>
        <location filename="../../app/excel/segments_sheet.py" line="23"/>
        <source>At</source>
        <translation>Päivänä</translation>
    </message>
    <message>
        <location filename="../../app/excel/segments_sheet.py" line="25"/>
        <source>The team has no segmentations yet.</source>
        <translation>Tiimillä ei ole vielä segmentointeja.</translation>
    </message>
    <message>
        <location filename="../../app/excel/segments_sheet.py" line="26"/>
        <source>No segment</source>
        <translation>Ei segmenttiä</translation>
    </message>
    <message>
        <location filename="../../app/excel/segments_sheet.py" line="27"/>
        <source>Total</source>
        <translation>Yhteensä</translation>
    </message>
    <message>
        <location filename="../../app/excel/segments_sheet.py" line="30"/>
        <source>Segment</source>
        <translation>Segmentti</translation>
    </message>
    <message>
        <location filename="../../app/excel/segments_sheet.py" line="49"/>
        <source>Value × potential</source>
        <translation>Arvo × potentiaali</translation>
    </message>
    <message>
        <location filename="../../app/excel/segments_sheet.py" line="52"/>
        <source>Quadrant</source>
        <translation>Nelikenttä</translation>
    </message>
    <message>
        <location filename="../../app/excel/segments_sheet.py" line="54"/>
        <source>Suggested strategy</source>
        <translation>Ehdotettu strategia</translation>
    </message>
    <message>
        <location filename="../../app/excel/segments_sheet.py" line="62"/>
        <source>Without both scores</source>
        <translation>Ilman molempia arvioita</translation>
    </message>
    <message>
        <location filename="../../app/excel/segments_sheet.py" line="66"/>
        <source>Value cut</source>
        <translation>Arvon raja</translation>
    </message>
    <message>
        <location filename="../../app/excel/segments_sheet.py" line="69"/>
        <source>Potential cut</source>
        <translation>Potentiaalin raja</translation>
    </message>
    <message>
        <location filename="../../app/excel/segments_sheet.py" line="74"/>
        <source>Customers per quadrant</source>
        <translation>Asiakkaat nelikentittäin</translation>
    </message>
    <message>
        <location filename="../../app/excel/summary.py" line="39"/>
        <source>Summary: {team}</source>
        <translation>Yhteenveto: {team}</translation>
    </message>
    <message>
        <location filename="../../app/excel/summary.py" line="41"/>
        <source>Team company</source>
        <translation>Tiimiyritys</translation>
    </message>
    <message>
        <location filename="../../app/excel/summary.py" line="44"/>
        <source>Period</source>
        <translation>Jakso</translation>
    </message>
    <message>
        <location filename="../../app/excel/summary.py" line="48"/>
        <source>Made on</source>
        <translation>Laadittu</translation>
    </message>
    <message>
        <location filename="../../app/excel/summary.py" line="57"/>
        <source>Key figures</source>
        <translation>Tunnusluvut</translation>
    </message>
    <message>
        <location filename="../../app/excel/summary.py" line="63"/>
        <source>Customers at the end of the period</source>
        <translation>Asiakkaat jakson lopussa</translation>
    </message>
    <message>
        <location filename="../../app/excel/summary.py" line="66"/>
        <source>Key accounts (A1)</source>
        <translation>Avainasiakkaat (A1)</translation>
    </message>
    <message>
        <location filename="../../app/excel/summary.py" line="67"/>
        <location filename="../../app/excel/summary.py" line="107"/>
        <source>New customers</source>
        <translation>Uudet asiakkaat</translation>
    </message>
    <message>
        <location filename="../../app/excel/summary.py" line="69"/>
        <location filename="../../app/excel/summary.py" line="109"/>
        <source>Sales closed</source>
        <translation>Toteutuneet kaupat</translation>
    </message>
    <message>
        <location filename="../../app/excel/summary.py" line="70"/>
        <location filename="../../app/excel/summary.py" line="110"/>
        <source>Moves up the ladder</source>
        <translation>Nousut asiakasportailla</translation>
    </message>
    <message>
        <location filename="../../app/excel/summary.py" line="71"/>
        <source>Rocket dots</source>
        <translation>Raketin täpät</translation>
    </message>
    <message>
        <location filename="../../app/excel/summary.py" line="72"/>
        <source>Meetings held this year</source>
        <translation>Pidetyt kokoukset tänä vuonna</translation>
    </message>
    <message>
        <location filename="../../app/excel/summary.py" line="74"/>
        <source>Meetings planned so far this year</source>
        <translation>Tähän mennessä suunnitellut kokoukset tänä vuonna</translation>
    </message>
    <message>
        <location filename="../../app/excel/summary.py" line="78"/>
        <source>Overdue action items</source>
        <translation>Myöhässä olevat tehtävät</translation>
    </message>
    <message>
        <location filename="../../app/excel/summary.py" line="81"/>
        <source>Figure</source>
        <translation>Tunnusluku</translation>
    </message>
    <message>
        <location filename="../../app/excel/summary.py" line="82"/>
        <source>Value</source>
        <translation>Arvo</translation>
    </message>
    <message>
        <location filename="../../app/excel/summary.py" line="88"/>
        <location filename="../../app/excel/summary.py" line="124"/>
        <location filename="../../app/excel/summary.py" line="183"/>
        <source>Month</source>
        <translation>Kuukausi</translation>
    </message>
    <message>
        <location filename="../../app/excel/summary.py" line="95"/>
        <location filename="../../app/excel/summary.py" line="101"/>
        <source>Activity per month</source>
        <translation>Toiminta kuukausittain</translation>
    </message>
    <message>
        <location filename="../../app/excel/summary.py" line="115"/>
        <source>Metrics against targets</source>
        <translation>Mittarit ja tavoitteet</translation>
    </message>
    <message>
        <location filename="../../app/excel/summary.py" line="119"/>
        <source>The team has not chosen its metrics yet.</source>
        <translation>Tiimi ei ole vielä valinnut mittareitaan.</translation>
    </message>
    <message>
        <location filename="../../app/excel/summary.py" line="123"/>
        <source>target</source>
        <translation>tavoite</translation>
    </message>
    <message>
        <location filename="../../app/excel/summary.py" line="136"/>
        <source>Months the target was reached</source>
        <translation>Kuukaudet, joina tavoite saavutettiin</translation>
    </message>
    <message>
        <location filename="../../app/excel/summary.py" line="151"/>
        <source>Customer ladder</source>
        <translation>Asiakasportaat</translation>
    </message>
    <message>
        <location filename="../../app/excel/summary.py" line="155"/>
        <source>Median days in level</source>
        <translation>Mediaanipäivät tasolla</translation>
    </message>
    <message>
        <location filename="../../app/excel/summary.py" line="165"/>
        <source>Conversion</source>
        <translation>Konversio</translation>
    </message>
    <message>
        <location filename="../../app/excel/summary.py" line="166"/>
        <source>At the level</source>
        <translation>Tasolla</translation>
    </message>
    <message>
        <location filename="../../app/excel/summary.py" line="167"/>
        <source>Moved up</source>
        <translation>Nousi</translation>
    </message>
    <message>
        <location filename="../../app/excel/summary.py" line="168"/>
        <source>Rate</source>
        <translation>Osuus</translation>
    </message>
    <message>
        <location filename="../../app/excel/summary.py" line="177"/>
        <source>Conversion rate</source>
        <translation>Konversioaste</translation>
    </message>
    <message>
        <location filename="../../app/excel/summary.py" line="189"/>
        <source>Customers per level at each month&apos;s end</source>
        <translation>Asiakkaat tasoittain kuun lopussa</translation>
    </message>
    <message>
        <location filename="../../app/excel/summary.py" line="196"/>
        <source>Rocket dots per half-year</source>
        <translation>Raketin täpät puolivuosittain</translation>
    </message>
    <message>
        <location filename="../../app/excel/summary.py" line="198"/>
        <source>Half-year</source>
        <translation>Puolivuotiskausi</translation>
    </message>
    <message>
        <location filename="../../app/excel/summary.py" line="199"/>
        <source>Dots</source>
        <translation>Täpät</translation>
    </message>
    <message>
        <location filename="../../app/excel/summary.py" line="200"/>
        <source>Target</source>
        <translation>Tavoite</translation>
    </message>
    <message>
        <location filename="../../app/excel/summary.py" line="201"/>
        <source>Most possible</source>
        <translation>Enimmäismäärä</translation>
    </message>
    <message>
        <location filename="../../app/excel/summary.py" line="211"/>
        <source>Dots against target</source>
        <translation>Täpät tavoitteeseen verrattuna</translation>
    </message>
    <message>
        <location filename="../../app/excel/summary.py" line="220"/>
        <source>Governance compliance {year}</source>
        <translation>Hallintamallin toteuma {year}</translation>
    </message>
    <message>
        <location filename="../../app/excel/fields.py" line="52"/>
        <source>ID</source>
        <translation>Tunniste</translation>
    </message>
    <message>
        <location filename="../../app/excel/fields.py" line="56"/>
        <source>Contact</source>
        <translation>Yhteyshenkilö</translation>
    </message>
</context>
<context>
    <name>ExportSummaryDialog</name>
    <message>
        <location filename="../../views/excel/summary_dialog.py" line="60"/>
        <location filename="../../views/excel/summary_dialog.py" line="133"/>
        <source>Export summary</source>
        <translation>Vie yhteenveto</translation>
    </message>
    <message>
        <location filename="../../views/excel/summary_dialog.py" line="70"/>
        <source>Raketti summary {team} {day}.xlsx</source>
        <translation>Raketti-yhteenveto {team} {day}.xlsx</translation>
    </message>
    <message>
        <location filename="../../views/excel/summary_dialog.py" line="76"/>
        <source>Choose…</source>
        <translation>Valitse…</translation>
    </message>
    <message>
        <location filename="../../views/excel/summary_dialog.py" line="98"/>
        <source>One workbook for the meeting: the summary with charts, customers and contacts, ladder moves, the Rocket, governance, segments and interactions of {team}.</source>
        <translation>Yksi työkirja kokoukseen: yhteenveto kaavioineen, asiakkaat ja yhteyshenkilöt, porrassiirrot, Raketti, hallintamalli, segmentit ja kohtaamiset – {team}.</translation>
    </message>
    <message>
        <location filename="../../views/excel/summary_dialog.py" line="113"/>
        <source>Period:</source>
        <translation>Jakso:</translation>
    </message>
    <message>
        <location filename="../../views/excel/summary_dialog.py" line="114"/>
        <source>Language:</source>
        <translation>Kieli:</translation>
    </message>
    <message>
        <location filename="../../views/excel/summary_dialog.py" line="115"/>
        <source>File:</source>
        <translation>Tiedosto:</translation>
    </message>
    <message>
        <location filename="../../views/excel/summary_dialog.py" line="120"/>
        <source>Export</source>
        <translation>Vie</translation>
    </message>
    <message>
        <location filename="../../views/excel/summary_dialog.py" line="122"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <location filename="../../views/excel/summary_dialog.py" line="153"/>
        <source>The period starts after it ends.</source>
        <translation>Jakso alkaa vasta päättymisensä jälkeen.</translation>
    </message>
    <message>
        <location filename="../../views/excel/summary_dialog.py" line="155"/>
        <source>Give the workbook a file name.</source>
        <translation>Anna työkirjalle tiedostonimi.</translation>
    </message>
    <message>
        <location filename="../../views/excel/summary_dialog.py" line="158"/>
        <source>{path} is a folder: give the workbook a file name.</source>
        <translation>{path} on kansio: anna työkirjalle tiedostonimi.</translation>
    </message>
    <message>
        <location filename="../../views/excel/summary_dialog.py" line="160"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Kansiota {folder} ei ole olemassa.</translation>
    </message>
</context>
<context>
    <name>FileCheck</name>
    <message>
        <location filename="../../views/file_check.py" line="40"/>
        <source>The database is damaged</source>
        <translation>Tietokanta on vioittunut</translation>
    </message>
    <message>
        <location filename="../../views/file_check.py" line="48"/>
        <source>SQLite found: {problem}. What can still be read is shown, but changes may be lost. Restoring puts a backup copy in place; the damaged file is kept beside it.</source>
        <translation>SQLite löysi: {problem}. Se, mikä vielä voidaan lukea, näytetään, mutta muutoksia voi kadota. Palautus tuo varmuuskopion tilalle; vioittunut tiedosto säilytetään sen vierellä.</translation>
    </message>
    <message>
        <location filename="../../views/file_check.py" line="55"/>
        <source>Restore from backup…</source>
        <translation>Palauta varmuuskopiosta…</translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <location filename="../../views/file_menu.py" line="60"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Avaa tietokanta…</translation>
    </message>
    <message>
        <location filename="../../views/file_menu.py" line="64"/>
        <source>Open &amp;recent</source>
        <translation>Avaa &amp;viimeaikainen</translation>
    </message>
    <message>
        <location filename="../../views/file_menu.py" line="67"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Varmuuskopioi…</translation>
    </message>
    <message>
        <location filename="../../views/file_menu.py" line="70"/>
        <source>Restore from bac&amp;kup…</source>
        <translation>Palauta varmuus&amp;kopiosta…</translation>
    </message>
    <message>
        <location filename="../../views/file_menu.py" line="73"/>
        <source>&amp;Export summary…</source>
        <translation>&amp;Vie yhteenveto…</translation>
    </message>
    <message>
        <location filename="../../views/file_menu.py" line="79"/>
        <source>&amp;Import customers…</source>
        <translation>&amp;Tuo asiakkaita…</translation>
    </message>
    <message>
        <location filename="../../views/file_menu.py" line="100"/>
        <source>Open database</source>
        <translation>Avaa tietokanta</translation>
    </message>
    <message>
        <location filename="../../views/file_menu.py" line="108"/>
        <source>That database is open already.</source>
        <translation>Tietokanta on jo auki.</translation>
    </message>
    <message>
        <location filename="../../views/file_menu.py" line="125"/>
        <source>{name} (no longer found)</source>
        <translation>{name} (ei enää löydy)</translation>
    </message>
    <message>
        <location filename="../../views/file_menu.py" line="131"/>
        <source>Remove missing files from the list</source>
        <translation>Poista puuttuvat tiedostot listalta</translation>
    </message>
    <message>
        <location filename="../../views/file_menu.py" line="135"/>
        <source>No other databases opened yet</source>
        <translation>Muita tietokantoja ei ole vielä avattu</translation>
    </message>
    <message>
        <location filename="../../views/file_menu.py" line="142"/>
        <source>Removed from the list, as they no longer exist: {names}</source>
        <translation>Poistettiin listalta, koska niitä ei enää ole: {names}</translation>
    </message>
    <message>
        <location filename="../../views/file_menu.py" line="177"/>
        <source>Back up the database</source>
        <translation>Varmuuskopioi tietokanta</translation>
    </message>
    <message>
        <location filename="../../views/file_menu.py" line="182"/>
        <source>Backing up…</source>
        <translation>Varmuuskopioidaan…</translation>
    </message>
    <message>
        <location filename="../../views/file_menu.py" line="191"/>
        <source>The database was copied to {path}.</source>
        <translation>Tietokanta kopioitiin tiedostoon {path}.</translation>
    </message>
    <message>
        <location filename="../../views/file_menu.py" line="200"/>
        <source>Could not back up</source>
        <translation>Varmuuskopiointi ei onnistunut</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../views/importing/file_page.py" line="46"/>
        <source>Choose the file</source>
        <translation>Valitse tiedosto</translation>
    </message>
    <message>
        <location filename="../../views/importing/file_page.py" line="49"/>
        <source>A CSV file or an Excel workbook with one customer on each row and the headers on the first row. Raketti&apos;s own summary workbook imports with its contacts.</source>
        <translation>CSV-tiedosto tai Excel-työkirja, jossa on yksi asiakas kullakin rivillä ja otsikot ensimmäisellä rivillä. Raketin oma yhteenvetotyökirja tuodaan yhteyshenkilöineen.</translation>
    </message>
    <message>
        <location filename="../../views/importing/file_page.py" line="57"/>
        <source>No file chosen</source>
        <translation>Tiedostoa ei ole valittu</translation>
    </message>
    <message>
        <location filename="../../views/importing/file_page.py" line="58"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Selaa…</translation>
    </message>
    <message>
        <location filename="../../views/importing/file_page.py" line="66"/>
        <location filename="../../views/importing/file_page.py" line="71"/>
        <location filename="../../views/importing/file_page.py" line="77"/>
        <source>Detect</source>
        <translation>Tunnista</translation>
    </message>
    <message>
        <location filename="../../views/importing/file_page.py" line="72"/>
        <source>Semicolon ;</source>
        <translation>Puolipiste ;</translation>
    </message>
    <message>
        <location filename="../../views/importing/file_page.py" line="73"/>
        <source>Comma ,</source>
        <translation>Pilkku ,</translation>
    </message>
    <message>
        <location filename="../../views/importing/file_page.py" line="74"/>
        <source>Tab</source>
        <translation>Sarkain</translation>
    </message>
    <message>
        <location filename="../../views/importing/file_page.py" line="81"/>
        <source>File:</source>
        <translation>Tiedosto:</translation>
    </message>
    <message>
        <location filename="../../views/importing/file_page.py" line="82"/>
        <source>Character encoding:</source>
        <translation>Merkistö:</translation>
    </message>
    <message>
        <location filename="../../views/importing/file_page.py" line="83"/>
        <source>Separator:</source>
        <translation>Erotin:</translation>
    </message>
    <message>
        <location filename="../../views/importing/file_page.py" line="84"/>
        <source>Sheet:</source>
        <translation>Taulukko:</translation>
    </message>
    <message>
        <location filename="../../views/importing/file_page.py" line="102"/>
        <source>Import customers</source>
        <translation>Tuo asiakkaita</translation>
    </message>
    <message>
        <location filename="../../views/importing/file_page.py" line="131"/>
        <source>Reading the file…</source>
        <translation>Luetaan tiedostoa…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/importing/file_page.py" line="154"/>
        <source>%n customer rows</source>
        <translation>
            <numerusform>%n asiakasrivi</numerusform>
            <numerusform>%n asiakasriviä</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/importing/file_page.py" line="157"/>
        <source>tab</source>
        <translation>sarkain</translation>
    </message>
    <message>
        <location filename="../../views/importing/file_page.py" line="158"/>
        <source>{rows}; encoding {encoding}, separator {separator}</source>
        <translation>{rows}; merkistö {encoding}, erotin {separator}</translation>
    </message>
    <message>
        <location filename="../../views/importing/file_page.py" line="162"/>
        <source>{rows} on the sheet {sheet}</source>
        <translation>{rows} taulukossa {sheet}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/importing/file_page.py" line="166"/>
        <source>%n contacts</source>
        <translation>
            <numerusform>%n yhteyshenkilö</numerusform>
            <numerusform>%n yhteyshenkilöä</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/importing/file_page.py" line="169"/>
        <source>{detail}, and {contacts} on the sheet {sheet}</source>
        <translation>{detail} sekä {contacts} taulukossa {sheet}</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../views/importing/wizard.py" line="96"/>
        <source>Import customers</source>
        <translation>Tuo asiakkaita</translation>
    </message>
    <message>
        <location filename="../../views/importing/wizard.py" line="149"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/importing/undo.py" line="111"/>
        <source>Import %n customers</source>
        <translation>
            <numerusform>Tuo %n asiakas</numerusform>
            <numerusform>Tuo %n asiakasta</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/importing/wizard.py" line="189"/>
        <source>You cancelled the import: nothing was written.</source>
        <translation>Peruutit tuonnin: mitään ei tallennettu.</translation>
    </message>
    <message>
        <location filename="../../views/importing/wizard.py" line="212"/>
        <source>The import of {file}</source>
        <translation>Tiedoston {file} tuonti</translation>
    </message>
</context>
<context>
    <name>LogInteractionDialog</name>
    <message>
        <location filename="../../views/customers/dialogs.py" line="180"/>
        <source>Log a customer interaction</source>
        <translation>Kirjaa asiakkaan yhteydenotto</translation>
    </message>
    <message>
        <location filename="../../views/customers/dialogs.py" line="183"/>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location filename="../../views/customers/dialogs.py" line="198"/>
        <source>Who was there</source>
        <translation>Ketkä olivat mukana</translation>
    </message>
    <message>
        <location filename="../../views/customers/dialogs.py" line="202"/>
        <source>Contacts met</source>
        <translation>Tavatut yhteyshenkilöt</translation>
    </message>
    <message>
        <location filename="../../views/customers/dialogs.py" line="207"/>
        <source>Due by</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <location filename="../../views/customers/dialogs.py" line="244"/>
        <source>The interaction being logged</source>
        <translation>Kirjattava yhteydenotto</translation>
    </message>
    <message>
        <location filename="../../app/customers/steps.py" line="146"/>
        <source>Log interaction</source>
        <translation>Kirjaa yhteydenotto</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../views/main_window.py" line="87"/>
        <source>Raketti</source>
        <translation>Raketti</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="121"/>
        <source>Team company</source>
        <translation>Tiimiyritys</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="123"/>
        <source>Team company:</source>
        <translation>Tiimiyritys:</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="128"/>
        <source>Database: {path}</source>
        <translation>Tietokanta: {path}</translation>
    </message>
    <message>
        <location filename="../../views/window_menus.py" line="46"/>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <location filename="../../views/window_menus.py" line="79"/>
        <source>New &amp;team company…</source>
        <translation>Uusi &amp;tiimiyritys…</translation>
    </message>
    <message>
        <location filename="../../views/window_menus.py" line="82"/>
        <source>Team &amp;members…</source>
        <translation>Tiimin &amp;jäsenet…</translation>
    </message>
    <message>
        <location filename="../../views/window_menus.py" line="86"/>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <location filename="../../views/window_menus.py" line="47"/>
        <source>&amp;Edit</source>
        <translation>&amp;Muokkaa</translation>
    </message>
    <message>
        <location filename="../../views/window_menus.py" line="94"/>
        <source>&amp;Undo</source>
        <translation>&amp;Kumoa</translation>
    </message>
    <message>
        <location filename="../../views/window_menus.py" line="97"/>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uudelleen</translation>
    </message>
    <message>
        <location filename="../../views/window_menus.py" line="48"/>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <location filename="../../views/window_menus.py" line="55"/>
        <source>&amp;Settings</source>
        <translation>&amp;Asetukset</translation>
    </message>
    <message>
        <location filename="../../views/window_menus.py" line="103"/>
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <location filename="../../views/window_menus.py" line="60"/>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <location filename="../../views/window_menus.py" line="61"/>
        <source>&amp;About Raketti</source>
        <translation>&amp;Tietoja Raketista</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="320"/>
        <source>Undo</source>
        <translation>Kumoa</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="336"/>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="338"/>
        <source>Raketti shows the new language after a restart. Restart now?

Choose No to keep working; the new language is used from the next start.</source>
        <translation>Raketti vaihtaa kielen uudelleenkäynnistyksen jälkeen. Käynnistetäänkö uudelleen nyt?

Valitse Ei, jos haluat jatkaa työtä; uusi kieli otetaan käyttöön seuraavalla käynnistyskerralla.</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="354"/>
        <source>About Raketti</source>
        <translation>Tietoja Raketista</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="356"/>
        <source>Raketti helps team companies move customers up the ladder.

Database: {path}</source>
        <translation>Raketti auttaa tiimiyrityksiä nostamaan asiakkaita asiakasportailla ylöspäin.

Tietokanta: {path}</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../views/importing/mapping_page.py" line="89"/>
        <source>Match the columns</source>
        <translation>Yhdistä sarakkeet</translation>
    </message>
    <message>
        <location filename="../../views/importing/mapping_page.py" line="92"/>
        <source>Raketti recognised the columns it knows by their headers. Check them, and choose a field for any column it did not recognise.</source>
        <translation>Raketti tunnisti tutut sarakkeet niiden otsikoista. Tarkista ne ja valitse kenttä sarakkeille, joita se ei tunnistanut.</translation>
    </message>
    <message>
        <location filename="../../views/importing/mapping_page.py" line="128"/>
        <source>Customers</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <location filename="../../views/importing/mapping_page.py" line="128"/>
        <source>Contacts</source>
        <translation>Yhteyshenkilöt</translation>
    </message>
    <message>
        <location filename="../../views/importing/mapping_page.py" line="152"/>
        <source>Choose the column that holds the customer&apos;s name.</source>
        <translation>Valitse sarake, jossa on asiakkaan nimi.</translation>
    </message>
    <message>
        <location filename="../../views/importing/mapping_page.py" line="156"/>
        <source>Chosen for two columns (the first one is used): {fields}</source>
        <translation>Valittu kahdelle sarakkeelle (ensimmäistä käytetään): {fields}</translation>
    </message>
</context>
<context>
    <name>NewTeamDialog</name>
    <message>
        <location filename="../../views/team_dialog.py" line="62"/>
        <source>New team company</source>
        <translation>Uusi tiimiyritys</translation>
    </message>
    <message>
        <location filename="../../views/team_dialog.py" line="70"/>
        <source>e.g. Tiimiakatemia, Proakatemia</source>
        <translation>esim. Tiimiakatemia, Proakatemia</translation>
    </message>
    <message>
        <location filename="../../views/team_dialog.py" line="73"/>
        <source>Team company name</source>
        <translation>Tiimiyrityksen nimi</translation>
    </message>
    <message>
        <location filename="../../views/team_dialog.py" line="74"/>
        <source>Academy</source>
        <translation>Akatemia</translation>
    </message>
    <message>
        <location filename="../../views/team_dialog.py" line="75"/>
        <source>Your name</source>
        <translation>Nimesi</translation>
    </message>
    <message>
        <location filename="../../views/team_dialog.py" line="76"/>
        <source>Your e-mail</source>
        <translation>Sähköpostisi</translation>
    </message>
    <message>
        <location filename="../../views/team_dialog.py" line="81"/>
        <source>Quit Raketti</source>
        <translation>Lopeta Raketti</translation>
    </message>
    <message>
        <location filename="../../views/team_dialog.py" line="82"/>
        <source>Create</source>
        <translation>Luo</translation>
    </message>
    <message>
        <location filename="../../views/team_dialog.py" line="94"/>
        <source>A team company keeps its own customers, ladder and rocket. You can add the other members later (File → Team members).</source>
        <translation>Tiimiyrityksellä on omat asiakkaansa, asiakasportaansa ja rakettinsa. Muut jäsenet voit lisätä myöhemmin (Tiedosto → Tiimin jäsenet).</translation>
    </message>
    <message>
        <location filename="../../views/team_dialog.py" line="99"/>
        <source>Raketti needs one team company to start. Quit Raketti closes it without saving anything; it asks again at the next start.</source>
        <translation>Raketti tarvitsee aluksi yhden tiimiyrityksen. Lopeta Raketti sulkee ohjelman tallentamatta mitään; se kysyy uudelleen seuraavalla käynnistyskerralla.</translation>
    </message>
    <message>
        <location filename="../../views/team_dialog.py" line="108"/>
        <source>The new team company</source>
        <translation>Uusi tiimiyritys</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../views/importing/preview_model.py" line="62"/>
        <source>Row</source>
        <translation>Rivi</translation>
    </message>
    <message>
        <location filename="../../views/importing/preview_model.py" line="63"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../views/importing/preview_model.py" line="67"/>
        <source>Contacts</source>
        <translation>Yhteyshenkilöt</translation>
    </message>
    <message>
        <location filename="../../views/importing/preview_model.py" line="68"/>
        <source>Action</source>
        <translation>Toimenpide</translation>
    </message>
    <message>
        <location filename="../../views/importing/preview_model.py" line="69"/>
        <source>Problems and duplicates</source>
        <translation>Ongelmat ja kaksoiskappaleet</translation>
    </message>
    <message>
        <location filename="../../views/importing/preview_model.py" line="74"/>
        <source>Problem</source>
        <translation>Virhe</translation>
    </message>
    <message>
        <location filename="../../views/importing/preview_model.py" line="76"/>
        <source>Duplicate</source>
        <translation>Kaksoiskappale</translation>
    </message>
    <message>
        <location filename="../../views/importing/preview_model.py" line="77"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../views/importing/preview_model.py" line="82"/>
        <source>Contacts {line}</source>
        <translation>Yhteyshenkilöt {line}</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../views/importing/preview_page.py" line="43"/>
        <source>Check the rows</source>
        <translation>Tarkista rivit</translation>
    </message>
    <message>
        <location filename="../../views/importing/preview_page.py" line="46"/>
        <source>Rows with a problem are marked with the reason. For a customer the database already has, choose whether to skip the row or update the customer.</source>
        <translation>Virheelliset rivit on merkitty ja syy kerrottu. Jos asiakas on jo tietokannassa, valitse, ohitetaanko rivi vai päivitetäänkö asiakas.</translation>
    </message>
    <message>
        <location filename="../../views/importing/preview_page.py" line="51"/>
        <source>&amp;Import</source>
        <translation>&amp;Tuo</translation>
    </message>
    <message>
        <location filename="../../views/importing/preview_page.py" line="86"/>
        <source>Show only &amp;problems and duplicates</source>
        <translation>Näytä vain &amp;virheet ja kaksoiskappaleet</translation>
    </message>
    <message>
        <location filename="../../views/importing/preview_page.py" line="93"/>
        <source>Apply to &amp;all duplicates</source>
        <translation>Käytä &amp;kaikkiin kaksoiskappaleisiin</translation>
    </message>
    <message>
        <location filename="../../views/importing/preview_page.py" line="96"/>
        <source>Import only the &amp;valid rows</source>
        <translation>Tuo vain &amp;kelvolliset rivit</translation>
    </message>
    <message>
        <location filename="../../views/importing/preview_page.py" line="102"/>
        <source>Duplicates:</source>
        <translation>Kaksoiskappaleet:</translation>
    </message>
    <message>
        <location filename="../../views/importing/preview_page.py" line="115"/>
        <source>Checking the rows…</source>
        <translation>Tarkistetaan rivejä…</translation>
    </message>
    <message>
        <location filename="../../views/importing/preview_page.py" line="181"/>
        <source>Row {line} {name}</source>
        <translation>Rivi {line} {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/importing/preview_page.py" line="203"/>
        <source>%n rows</source>
        <translation>
            <numerusform>%n rivi</numerusform>
            <numerusform>%n riviä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/importing/preview_page.py" line="204"/>
        <source>%n to import</source>
        <translation>
            <numerusform>%n tuodaan</numerusform>
            <numerusform>%n tuodaan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/importing/preview_page.py" line="205"/>
        <source>%n to update</source>
        <translation>
            <numerusform>%n päivitetään</numerusform>
            <numerusform>%n päivitetään</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/importing/preview_page.py" line="206"/>
        <source>%n duplicates</source>
        <translation>
            <numerusform>%n kaksoiskappale</numerusform>
            <numerusform>%n kaksoiskappaletta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/importing/preview_page.py" line="207"/>
        <source>%n with problems</source>
        <translation>
            <numerusform>%n virheellinen</numerusform>
            <numerusform>%n virheellistä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/importing/preview_page.py" line="212"/>
        <source>Nothing is imported while %n rows have problems: fix the file, skip those rows, or import only the valid rows.</source>
        <translation>
            <numerusform>Mitään ei tuoda, kun %n rivillä on virhe: korjaa tiedosto, ohita rivi tai tuo vain kelvolliset rivit.</numerusform>
            <numerusform>Mitään ei tuoda, kun %n rivillä on virheitä: korjaa tiedosto, ohita ne rivit tai tuo vain kelvolliset rivit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferralField</name>
    <message>
        <location filename="../../views/customers/referral.py" line="27"/>
        <source>Which customer brought this one?</source>
        <translation>Mikä asiakas toi tämän asiakkaan?</translation>
    </message>
    <message>
        <location filename="../../views/customers/referral.py" line="77"/>
        <source>(the organisation)</source>
        <translation>(organisaatio)</translation>
    </message>
    <message>
        <location filename="../../views/customers/referral.py" line="81"/>
        <source>{name} · advocate</source>
        <translation>{name} · puolestapuhuja</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../views/importing/wizard.py" line="48"/>
        <source>Imported</source>
        <translation>Tuotu</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/importing/wizard.py" line="63"/>
        <source>%n customers imported</source>
        <translation>
            <numerusform>%n asiakas tuotu</numerusform>
            <numerusform>%n asiakasta tuotu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/importing/wizard.py" line="66"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n päivitetty</numerusform>
            <numerusform>%n päivitetty</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/importing/wizard.py" line="67"/>
        <source>%n skipped</source>
        <translation>
            <numerusform>%n ohitettu</numerusform>
            <numerusform>%n ohitettu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/importing/wizard.py" line="68"/>
        <source>%n not imported</source>
        <translation>
            <numerusform>%n jätetty tuomatta</numerusform>
            <numerusform>%n jätetty tuomatta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/importing/wizard.py" line="71"/>
        <source>%n contacts added</source>
        <translation>
            <numerusform>%n yhteyshenkilö lisätty</numerusform>
            <numerusform>%n yhteyshenkilöä lisätty</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/importing/wizard.py" line="76"/>
        <source>Edit → Undo takes the whole import back in one step.</source>
        <translation>Muokkaa → Kumoa peruu koko tuonnin yhdellä kertaa.</translation>
    </message>
    <message>
        <location filename="../../views/importing/wizard.py" line="84"/>
        <source>Row {line} {name}: {action}. {reasons}</source>
        <translation>Rivi {line} {name}: {action}. {reasons}</translation>
    </message>
    <message>
        <location filename="../../views/importing/wizard.py" line="88"/>
        <source>Every row was imported.</source>
        <translation>Kaikki rivit tuotiin.</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <location filename="../../views/background.py" line="241"/>
        <source>Computing…</source>
        <translation>Lasketaan…</translation>
    </message>
    <message>
        <location filename="../../views/background.py" line="289"/>
        <source>Could not compute this report: {error}</source>
        <translation>Raporttia ei voitu laskea: {error}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../views/restore_dialog.py" line="51"/>
        <source>Could not restore the backup</source>
        <translation>Varmuuskopiota ei voitu palauttaa</translation>
    </message>
    <message>
        <location filename="../../views/restore_dialog.py" line="57"/>
        <source>Backup restored</source>
        <translation>Varmuuskopio palautettu</translation>
    </message>
    <message>
        <location filename="../../views/restore_dialog.py" line="58"/>
        <source>The copy {backup} is in place. The file it replaced is kept as {aside}.</source>
        <translation>Kopio {backup} on otettu käyttöön. Sen tilalta siirretty tiedosto on tallessa nimellä {aside}.</translation>
    </message>
    <message>
        <location filename="../../views/restore_dialog.py" line="77"/>
        <location filename="../../views/restore_dialog.py" line="208"/>
        <source>Restore from backup</source>
        <translation>Palauta varmuuskopiosta</translation>
    </message>
    <message>
        <location filename="../../views/restore_dialog.py" line="81"/>
        <source>Raketti copies the database before every update; copies you take with File → Back up… are kept in the same folder. Choose one to see what it holds.</source>
        <translation>Raketti kopioi tietokannan ennen jokaista päivitystä; valikosta Tiedosto → Varmuuskopioi… otetut kopiot tallentuvat samaan kansioon. Valitse kopio nähdäksesi, mitä se sisältää.</translation>
    </message>
    <message>
        <location filename="../../views/restore_dialog.py" line="89"/>
        <source>Choose a file…</source>
        <translation>Valitse tiedosto…</translation>
    </message>
    <message>
        <location filename="../../views/restore_dialog.py" line="100"/>
        <source>Restore this copy…</source>
        <translation>Palauta tämä kopio…</translation>
    </message>
    <message>
        <location filename="../../views/restore_dialog.py" line="116"/>
        <source>File:</source>
        <translation>Tiedosto:</translation>
    </message>
    <message>
        <location filename="../../views/restore_dialog.py" line="117"/>
        <source>Taken:</source>
        <translation>Otettu:</translation>
    </message>
    <message>
        <location filename="../../views/restore_dialog.py" line="118"/>
        <source>Team companies:</source>
        <translation>Tiimiyritykset:</translation>
    </message>
    <message>
        <location filename="../../views/restore_dialog.py" line="119"/>
        <source>Customers:</source>
        <translation>Asiakkaita:</translation>
    </message>
    <message>
        <location filename="../../views/restore_dialog.py" line="120"/>
        <source>Last change:</source>
        <translation>Viimeisin muutos:</translation>
    </message>
    <message>
        <location filename="../../views/restore_dialog.py" line="121"/>
        <source>Schema version:</source>
        <translation>Skeeman versio:</translation>
    </message>
    <message>
        <location filename="../../views/restore_dialog.py" line="144"/>
        <source>There are no copies in {folder} yet. Choose a file instead.</source>
        <translation>Kansiossa {folder} ei ole vielä kopioita. Valitse sen sijaan tiedosto.</translation>
    </message>
    <message>
        <location filename="../../views/restore_dialog.py" line="158"/>
        <source>Choose a backup copy</source>
        <translation>Valitse varmuuskopio</translation>
    </message>
    <message>
        <location filename="../../views/restore_dialog.py" line="172"/>
        <source>Reading the copy…</source>
        <translation>Luetaan kopiota…</translation>
    </message>
    <message>
        <location filename="../../views/restore_dialog.py" line="179"/>
        <source>none</source>
        <translation>ei yhtään</translation>
    </message>
    <message>
        <location filename="../../views/restore_dialog.py" line="182"/>
        <source>nothing saved</source>
        <translation>ei tallennettuja tietoja</translation>
    </message>
    <message>
        <location filename="../../views/restore_dialog.py" line="187"/>
        <source>Restoring puts this copy in place of the open database. The current file is kept beside it under a new name; nothing is deleted.</source>
        <translation>Palautus ottaa tämän kopion avoimen tietokannan tilalle. Nykyinen tiedosto jää talteen sen viereen uudella nimellä; mitään ei poisteta.</translation>
    </message>
    <message>
        <location filename="../../views/restore_dialog.py" line="210"/>
        <source>Put the copy taken {date} in place of {path}?

Changes made after that are not in the copy. The current file is kept beside it, named …-before-restore-…, so you can go back to it.</source>
        <translation>Otetaanko {date} otettu kopio tiedoston {path} tilalle?

Sen jälkeen tehdyt muutokset eivät ole kopiossa. Nykyinen tiedosto jää talteen viereen nimellä …-before-restore-…, joten voit palata siihen.</translation>
    </message>
</context>
<context>
    <name>SheetMapping</name>
    <message>
        <location filename="../../views/importing/mapping_page.py" line="49"/>
        <source>Column in the file</source>
        <translation>Sarake tiedostossa</translation>
    </message>
    <message>
        <location filename="../../views/importing/mapping_page.py" line="49"/>
        <source>Example</source>
        <translation>Esimerkki</translation>
    </message>
    <message>
        <location filename="../../views/importing/mapping_page.py" line="49"/>
        <source>Imported as</source>
        <translation>Tuodaan kenttään</translation>
    </message>
    <message>
        <location filename="../../views/importing/mapping_page.py" line="60"/>
        <source>(no header)</source>
        <translation>(ei otsikkoa)</translation>
    </message>
    <message>
        <location filename="../../views/importing/mapping_page.py" line="64"/>
        <source>Not imported</source>
        <translation>Ei tuoda</translation>
    </message>
</context>
<context>
    <name>SummaryExport</name>
    <message>
        <location filename="../../views/excel/summary_run.py" line="48"/>
        <source>Export summary</source>
        <translation>Vie yhteenveto</translation>
    </message>
    <message>
        <location filename="../../views/excel/summary_run.py" line="49"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <location filename="../../views/excel/summary_run.py" line="74"/>
        <source>Cancelling…</source>
        <translation>Perutaan…</translation>
    </message>
    <message>
        <location filename="../../views/excel/summary_run.py" line="91"/>
        <source>The summary was written to {path}.</source>
        <translation>Yhteenveto kirjoitettiin tiedostoon {path}.</translation>
    </message>
    <message>
        <location filename="../../views/excel/summary_run.py" line="101"/>
        <source>Export cancelled: no file was written.</source>
        <translation>Vienti peruttiin: tiedostoa ei kirjoitettu.</translation>
    </message>
    <message>
        <location filename="../../views/excel/summary_run.py" line="111"/>
        <source>Could not export the summary</source>
        <translation>Yhteenvetoa ei voitu viedä</translation>
    </message>
    <message>
        <location filename="../../views/excel/summary_run.py" line="119"/>
        <source>Summary exported</source>
        <translation>Yhteenveto viety</translation>
    </message>
    <message>
        <location filename="../../views/excel/summary_run.py" line="120"/>
        <source>The summary workbook is ready:
{path}</source>
        <translation>Yhteenvetotyökirja on valmis:
{path}</translation>
    </message>
    <message>
        <location filename="../../views/excel/summary_run.py" line="123"/>
        <source>Open folder</source>
        <translation>Avaa kansio</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <location filename="../../views/table_export.py" line="168"/>
        <source>Write this table as it is shown to an Excel or CSV file ({key})</source>
        <translation>Kirjoita tämä taulukko sellaisena kuin se näkyy Excel- tai CSV-tiedostoon ({key})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/table_export.py" line="190"/>
        <source>Export %n selected row(s)…</source>
        <translation>
            <numerusform>Vie %n valittu rivi…</numerusform>
            <numerusform>Vie %n valittua riviä…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/table_export.py" line="194"/>
        <source>Export view…</source>
        <translation>Vie näkymä…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/export_run.py" line="109"/>
        <source>%n row(s) exported to {path}</source>
        <translation>
            <numerusform>%n rivi viety tiedostoon {path}</numerusform>
            <numerusform>%n riviä viety tiedostoon {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamMembersDialog</name>
    <message>
        <location filename="../../views/team_dialog.py" line="136"/>
        <location filename="../../views/team_dialog.py" line="303"/>
        <location filename="../../views/team_dialog.py" line="320"/>
        <source>Team members</source>
        <translation>Tiimin jäsenet</translation>
    </message>
    <message>
        <location filename="../../views/team_dialog.py" line="143"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../views/team_dialog.py" line="176"/>
        <source>Rename…</source>
        <translation>Nimeä uudelleen…</translation>
    </message>
    <message>
        <location filename="../../views/team_dialog.py" line="179"/>
        <location filename="../../views/team_dialog.py" line="253"/>
        <source>Deactivate</source>
        <translation>Poista käytöstä</translation>
    </message>
    <message>
        <location filename="../../views/team_dialog.py" line="182"/>
        <source>For a member who left: kept in the history, no longer offered in lists.</source>
        <translation>Lähteneelle jäsenelle: säilyy historiassa, mutta ei enää näy valintalistoissa.</translation>
    </message>
    <message>
        <location filename="../../views/team_dialog.py" line="185"/>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location filename="../../views/team_dialog.py" line="187"/>
        <source>For a member added by mistake, who appears nowhere yet.</source>
        <translation>Vahingossa lisätylle jäsenelle, joka ei vielä esiinny missään.</translation>
    </message>
    <message>
        <location filename="../../views/team_dialog.py" line="204"/>
        <source>Add member</source>
        <translation>Lisää jäsen</translation>
    </message>
    <message>
        <location filename="../../views/team_dialog.py" line="279"/>
        <source>Rename member</source>
        <translation>Nimeä jäsen uudelleen</translation>
    </message>
    <message>
        <location filename="../../views/team_dialog.py" line="280"/>
        <source>New name for {name}:</source>
        <translation>Uusi nimi jäsenelle {name}:</translation>
    </message>
    <message>
        <location filename="../../app/team_steps.py" line="40"/>
        <source>Rename {old} to {new}</source>
        <translation>Nimeä {old} uudelleen: {new}</translation>
    </message>
    <message>
        <location filename="../../app/team_steps.py" line="49"/>
        <source>Deactivate {name}</source>
        <translation>Poista {name} käytöstä</translation>
    </message>
    <message>
        <location filename="../../app/team_steps.py" line="47"/>
        <source>Reactivate {name}</source>
        <translation>Palauta {name} käyttöön</translation>
    </message>
    <message>
        <location filename="../../app/team_steps.py" line="58"/>
        <source>Remove member {name}</source>
        <translation>Poista jäsen {name}</translation>
    </message>
    <message>
        <location filename="../../views/team_dialog.py" line="328"/>
        <source>Remove member</source>
        <translation>Poista jäsen</translation>
    </message>
    <message>
        <location filename="../../views/team_dialog.py" line="332"/>
        <source>Deactivate {name} instead? The history keeps the name, and lists no longer offer it. You can reactivate the member later.</source>
        <translation>Poistetaanko {name} sen sijaan käytöstä? Historia säilyttää nimen, mutta valintalistat eivät enää tarjoa sitä. Voit palauttaa jäsenen käyttöön myöhemmin.</translation>
    </message>
    <message>
        <location filename="../../views/team_dialog.py" line="173"/>
        <source>The member being added</source>
        <translation>Lisättävä jäsen</translation>
    </message>
    <message>
        <location filename="../../views/team_dialog.py" line="221"/>
        <source>Active</source>
        <translation>Aktiivinen</translation>
    </message>
    <message>
        <location filename="../../views/team_dialog.py" line="221"/>
        <source>Left the team</source>
        <translation>Lähtenyt tiimistä</translation>
    </message>
    <message>
        <location filename="../../views/team_dialog.py" line="253"/>
        <source>Reactivate</source>
        <translation>Palauta käyttöön</translation>
    </message>
    <message>
        <location filename="../../app/team_steps.py" line="23"/>
        <source>Add member {name}</source>
        <translation>Lisää jäsen {name}</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../views/customers/timeline_tab.py" line="56"/>
        <source>Log interaction…</source>
        <translation>Kirjaa yhteydenotto…</translation>
    </message>
    <message>
        <location filename="../../app/customers/steps.py" line="156"/>
        <location filename="../../views/customers/timeline_tab.py" line="59"/>
        <source>Delete interaction</source>
        <translation>Poista yhteydenotto</translation>
    </message>
    <message>
        <location filename="../../views/customers/timeline_tab.py" line="87"/>
        <source>{step} (by {due})</source>
        <translation>{step} ({due} mennessä)</translation>
    </message>
    <message>
        <location filename="../../views/customers/timeline_tab.py" line="98"/>
        <source>Outcome: {text}</source>
        <translation>Tulos: {text}</translation>
    </message>
    <message>
        <location filename="../../views/customers/timeline_tab.py" line="100"/>
        <source>Present: {names}</source>
        <translation>Paikalla: {names}</translation>
    </message>
    <message>
        <location filename="../../views/customers/timeline_tab.py" line="102"/>
        <source>Met: {names}</source>
        <translation>Tavattiin: {names}</translation>
    </message>
    <message>
        <location filename="../../views/customers/timeline_tab.py" line="112"/>
        <source>Delete this interaction from the timeline?</source>
        <translation>Poistetaanko tämä yhteydenotto aikajanalta?</translation>
    </message>
</context>
<context>
    <name>WhoAmIButton</name>
    <message>
        <location filename="../../views/whoami.py" line="142"/>
        <source>Changes you make are noted under this name. Click to change.</source>
        <translation>Tekemäsi muutokset kirjataan tällä nimellä. Vaihda napsauttamalla.</translation>
    </message>
    <message>
        <location filename="../../views/whoami.py" line="172"/>
        <source>Me: {name}</source>
        <translation>Minä: {name}</translation>
    </message>
    <message>
        <location filename="../../views/whoami.py" line="174"/>
        <source>Who am I? Choose…</source>
        <translation>Kuka olen? Valitse…</translation>
    </message>
</context>
<context>
    <name>WhoAmIDialog</name>
    <message>
        <location filename="../../views/whoami.py" line="90"/>
        <source>Who are you?</source>
        <translation>Kuka olet?</translation>
    </message>
    <message>
        <location filename="../../views/whoami.py" line="94"/>
        <source>Raketti notes who moved a customer, took part in a meeting or scored a process. Who uses Raketti on this computer in {team}? The answer stays on this computer; you can change it in the status bar.</source>
        <translation>Raketti kirjaa, kuka siirsi asiakkaan, oli mukana tapaamisessa tai täppäsi prosessin. Kuka käyttää Rakettia tällä tietokoneella tiimiyrityksessä {team}? Vastaus jää vain tälle tietokoneelle; voit vaihtaa sen tilarivillä.</translation>
    </message>
    <message>
        <location filename="../../views/whoami.py" line="108"/>
        <source>None of these: I am only looking</source>
        <translation>Ei kukaan näistä: katselen vain</translation>
    </message>
</context>
<context>
    <name>database</name>
    <message>
        <location filename="../../app/store.py" line="173"/>
        <source>The database is busy in another program. Try again in a moment.</source>
        <translation>Tietokanta on varattu toisessa ohjelmassa. Yritä hetken päästä uudelleen.</translation>
    </message>
    <message>
        <location filename="../../app/store.py" line="179"/>
        <source>The database file cannot be written: {error}</source>
        <translation>Tietokantatiedostoon ei voi kirjoittaa: {error}</translation>
    </message>
    <message>
        <location filename="../../app/store.py" line="184"/>
        <source>The disk is full. Free some space and try again.</source>
        <translation>Levy on täynnä. Vapauta tilaa ja yritä uudelleen.</translation>
    </message>
    <message>
        <location filename="../../models/sqlite_file.py" line="153"/>
        <source>{path} is not a Raketti database.</source>
        <translation>{path} ei ole Raketin tietokanta.</translation>
    </message>
    <message>
        <location filename="../../models/sqlite_file.py" line="167"/>
        <location filename="../../views/file_check.py" line="41"/>
        <source>{path} is damaged. Restore it from a backup copy.</source>
        <translation>{path} on vioittunut. Palauta se varmuuskopiosta.</translation>
    </message>
    <message>
        <location filename="../../models/sqlite_file.py" line="135"/>
        <source>{path} is damaged or not a database: {error}</source>
        <translation>{path} on vioittunut tai ei ole tietokanta: {error}</translation>
    </message>
    <message>
        <location filename="../../models/database.py" line="183"/>
        <source>{path} is a database of some other program.</source>
        <translation>{path} on jonkin toisen ohjelman tietokanta.</translation>
    </message>
    <message>
        <location filename="../../models/database.py" line="201"/>
        <source>{path} is read-only, and Raketti must first set it up or update it. Make the file and its folder writable, or copy it to a folder of your own.</source>
        <translation>{path} on vain luettava, ja Raketin pitää ensin ottaa se käyttöön tai päivittää se. Salli tiedostoon ja sen kansioon kirjoittaminen tai kopioi tiedosto omaan kansioosi.</translation>
    </message>
    <message>
        <location filename="../../models/database.py" line="244"/>
        <source>{path} is read-only: it cannot be opened for writing.</source>
        <translation>{path} on vain luettava: sitä ei voi avata muokattavaksi.</translation>
    </message>
    <message>
        <location filename="../../models/database.py" line="171"/>
        <source>{path} was made by a newer version of Raketti. Update Raketti to open it.</source>
        <translation>{path} on tehty Raketin uudemmalla versiolla. Päivitä Raketti avataksesi sen.</translation>
    </message>
    <message>
        <location filename="../../models/sqlite_file.py" line="95"/>
        <source>{path} does not exist.</source>
        <translation>Tiedostoa {path} ei ole olemassa.</translation>
    </message>
    <message>
        <location filename="../../models/database.py" line="210"/>
        <source>{path} was made by an older version of Raketti. Open it once as the team&apos;s own database to update it.</source>
        <translation>{path} on tehty Raketin vanhemmalla versiolla. Avaa se kerran tiimin omana tietokantana, niin se päivittyy.</translation>
    </message>
    <message>
        <location filename="../../models/sqlite_file.py" line="65"/>
        <source>Cannot reach {path}: {error}</source>
        <translation>Tiedostoon {path} ei pääse: {error}</translation>
    </message>
    <message>
        <location filename="../../models/sqlite_file.py" line="74"/>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} on kansio eikä tietokantatiedosto.</translation>
    </message>
    <message>
        <location filename="../../models/sqlite_file.py" line="79"/>
        <source>{path} is not a regular file.</source>
        <translation>{path} ei ole tavallinen tiedosto.</translation>
    </message>
    <message>
        <location filename="../../models/sqlite_file.py" line="87"/>
        <source>Cannot create {path}: {folder} is a file, not a folder.</source>
        <translation>Tiedostoa {path} ei voi luoda: {folder} on tiedosto eikä kansio.</translation>
    </message>
    <message>
        <location filename="../../models/sqlite_file.py" line="100"/>
        <source>Cannot create the folder for {path}: {error}</source>
        <translation>Kansiota tiedostolle {path} ei voi luoda: {error}</translation>
    </message>
    <message>
        <location filename="../../models/sqlite_file.py" line="106"/>
        <source>Cannot create {path}: the folder {folder} is read-only.</source>
        <translation>Tiedostoa {path} ei voi luoda: kansioon {folder} ei voi kirjoittaa.</translation>
    </message>
    <message>
        <location filename="../../models/database.py" line="276"/>
        <source>Could not prepare the database {path}: {error}</source>
        <translation>Tietokantaa {path} ei voitu valmistella: {error}</translation>
    </message>
    <message>
        <location filename="../../app/backups.py" line="59"/>
        <source>{target} exists already; choose a new file name.</source>
        <translation>{target} on jo olemassa; valitse uusi tiedostonimi.</translation>
    </message>
    <message>
        <location filename="../../app/backups.py" line="67"/>
        <source>Cannot create the folder {folder}: {error}</source>
        <translation>Kansiota {folder} ei voi luoda: {error}</translation>
    </message>
    <message>
        <location filename="../../app/backups.py" line="87"/>
        <source>{backup} is the database itself, not a copy of it.</source>
        <translation>{backup} on itse tietokanta eikä sen kopio.</translation>
    </message>
    <message>
        <location filename="../../app/backups.py" line="98"/>
        <location filename="../../app/store.py" line="95"/>
        <source>Cannot lock {path}: {error}</source>
        <translation>Tietokantaa {path} ei voi varata: {error}</translation>
    </message>
    <message>
        <location filename="../../app/backups.py" line="115"/>
        <source>Could not restore {path}: {error}</source>
        <translation>Tietokantaa {path} ei voitu palauttaa: {error}</translation>
    </message>
    <message>
        <location filename="../../app/backups.py" line="141"/>
        <source>{backup} is empty: there is nothing to restore.</source>
        <translation>{backup} on tyhjä: palautettavaa ei ole.</translation>
    </message>
    <message>
        <location filename="../../app/backups.py" line="143"/>
        <source>{backup} is not a Raketti database.</source>
        <translation>{backup} ei ole Raketin tietokanta.</translation>
    </message>
    <message>
        <location filename="../../app/backups.py" line="148"/>
        <source>{backup} was made by a newer version of Raketti. Update Raketti to restore it.</source>
        <translation>{backup} on tehty Raketin uudemmalla versiolla. Päivitä Raketti palauttaaksesi sen.</translation>
    </message>
    <message>
        <location filename="../../app/backups.py" line="202"/>
        <source>Could not read {path}: {error}</source>
        <translation>Tiedostoa {path} ei voitu lukea: {error}</translation>
    </message>
    <message>
        <location filename="../../models/backup.py" line="116"/>
        <source>The copy of {path} failed its integrity check: {error}</source>
        <translation>Tiedoston {path} kopio ei läpäissyt eheystarkistusta: {error}</translation>
    </message>
    <message>
        <location filename="../../models/backup.py" line="127"/>
        <source>Could not copy {path}: {error}</source>
        <translation>Tiedostoa {path} ei voitu kopioida: {error}</translation>
    </message>
    <message>
        <location filename="../../models/backup.py" line="133"/>
        <source>Could not write the copy {target}: {error}</source>
        <translation>Kopiota {target} ei voitu kirjoittaa: {error}</translation>
    </message>
    <message>
        <location filename="../../models/backup.py" line="147"/>
        <source>Cannot create the backup folder {folder}: {error}</source>
        <translation>Varmuuskopiokansiota {folder} ei voi luoda: {error}</translation>
    </message>
    <message>
        <location filename="../../models/database_errors.py" line="28"/>
        <source>{path} is read-only, so Raketti opened it for reading: you can look, but not change anything. To work in it, make the file and its folder writable or copy it to a folder of your own.</source>
        <translation>{path} on vain luettava, joten Raketti avasi sen vain luettavaksi: voit katsella tietoja mutta et muuttaa niitä. Jos haluat muokata, salli tiedostoon ja sen kansioon kirjoittaminen tai kopioi tiedosto omaan kansioosi.</translation>
    </message>
    <message>
        <location filename="../../models/database_errors.py" line="36"/>
        <source>A copy taken before the last update, on {date}, is {backup}.</source>
        <translation>Ennen edellistä päivitystä ({date}) otettu kopio on {backup}.</translation>
    </message>
    <message>
        <location filename="../../models/migration.py" line="124"/>
        <source>{path} was left half-updated by an interrupted update, and Raketti cannot finish it safely ({detail}).</source>
        <translation>Tiedoston {path} päivitys keskeytyi kesken, eikä Raketti voi viedä sitä turvallisesti loppuun ({detail}).</translation>
    </message>
    <message>
        <location filename="../../models/migration.py" line="217"/>
        <source>The update would leave {count} broken references.</source>
        <translation>Päivitys jättäisi {count} rikkinäistä viittausta.</translation>
    </message>
    <message>
        <location filename="../../app/demo.py" line="108"/>
        <source>{path} already holds demo data (the team company {team}); put another demo in a new file.</source>
        <translation>{path} sisältää jo esittelytiedot (tiimiyritys {team}); tee uusi esittely uuteen tiedostoon.</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../models/customer_fields.py" line="33"/>
        <location filename="../../models/customer_fields.py" line="86"/>
        <location filename="../../models/team_fields.py" line="15"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../models/customer_fields.py" line="35"/>
        <source>Business ID</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <location filename="../../models/customer_fields.py" line="37"/>
        <source>Industry</source>
        <translation>Toimiala</translation>
    </message>
    <message>
        <location filename="../../models/customer_fields.py" line="39"/>
        <source>City</source>
        <translation>Paikkakunta</translation>
    </message>
    <message>
        <location filename="../../models/customer_fields.py" line="40"/>
        <source>Website</source>
        <translation>Verkkosivut</translation>
    </message>
    <message>
        <location filename="../../models/customer_fields.py" line="42"/>
        <source>Size class</source>
        <translation>Kokoluokka</translation>
    </message>
    <message>
        <location filename="../../models/customer_fields.py" line="43"/>
        <source>Size</source>
        <translation>Koko</translation>
    </message>
    <message>
        <location filename="../../models/customer_fields.py" line="45"/>
        <source>Ladder level</source>
        <translation>Asiakasporras</translation>
    </message>
    <message>
        <location filename="../../models/customer_fields.py" line="46"/>
        <source>Level</source>
        <translation>Porras</translation>
    </message>
    <message>
        <location filename="../../models/customer_fields.py" line="48"/>
        <location filename="../../models/governance_fields.py" line="25"/>
        <source>Owner</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <location filename="../../models/customer_fields.py" line="50"/>
        <source>Referred by</source>
        <translation>Suosittelija</translation>
    </message>
    <message>
        <location filename="../../models/customer_fields.py" line="53"/>
        <source>Referred by (contact)</source>
        <translation>Suosittelija (yhteyshenkilö)</translation>
    </message>
    <message>
        <location filename="../../models/customer_fields.py" line="55"/>
        <source>Annual revenue (€)</source>
        <translation>Vuosiliikevaihto (€)</translation>
    </message>
    <message>
        <location filename="../../models/customer_fields.py" line="59"/>
        <source>Value: volume</source>
        <translation>Arvo: volyymi</translation>
    </message>
    <message>
        <location filename="../../models/customer_fields.py" line="60"/>
        <source>Volume</source>
        <translation>Volyymi</translation>
    </message>
    <message>
        <location filename="../../models/customer_fields.py" line="61"/>
        <source>Value: profitability</source>
        <translation>Arvo: kannattavuus</translation>
    </message>
    <message>
        <location filename="../../models/customer_fields.py" line="62"/>
        <source>Profitability</source>
        <translation>Kannattavuus</translation>
    </message>
    <message>
        <location filename="../../models/customer_fields.py" line="63"/>
        <source>Value: reference</source>
        <translation>Arvo: referenssiarvo</translation>
    </message>
    <message>
        <location filename="../../models/customer_fields.py" line="64"/>
        <source>Reference value</source>
        <translation>Referenssiarvo</translation>
    </message>
    <message>
        <location filename="../../models/customer_fields.py" line="66"/>
        <source>Potential: share of wallet</source>
        <translation>Potentiaali: osuus ostoista</translation>
    </message>
    <message>
        <location filename="../../models/customer_fields.py" line="67"/>
        <source>Share of wallet</source>
        <translation>Lompakko-osuus</translation>
    </message>
    <message>
        <location filename="../../models/customer_fields.py" line="68"/>
        <source>Potential: cross-sell</source>
        <translation>Potentiaali: ristiinmyynti</translation>
    </message>
    <message>
        <location filename="../../models/customer_fields.py" line="69"/>
        <source>Cross-selling</source>
        <translation>Ristiinmyynti</translation>
    </message>
    <message>
        <location filename="../../models/customer_fields.py" line="71"/>
        <source>Potential: growing together</source>
        <translation>Potentiaali: yhdessä kasvaminen</translation>
    </message>
    <message>
        <location filename="../../models/customer_fields.py" line="72"/>
        <source>Growing together</source>
        <translation>Yhdessä kasvaminen</translation>
    </message>
    <message>
        <location filename="../../models/customer_fields.py" line="73"/>
        <location filename="../../models/customer_fields.py" line="102"/>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <location filename="../../models/customer_fields.py" line="74"/>
        <source>Archived</source>
        <translation>Arkistoitu</translation>
    </message>
    <message>
        <location filename="../../models/customer_fields.py" line="88"/>
        <source>Title</source>
        <translation>Titteli</translation>
    </message>
    <message>
        <location filename="../../models/customer_fields.py" line="90"/>
        <location filename="../../models/team_fields.py" line="17"/>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <location filename="../../models/customer_fields.py" line="92"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location filename="../../models/customer_fields.py" line="94"/>
        <source>Buying-centre roles</source>
        <translation>Roolit ostopäätöksessä</translation>
    </message>
    <message>
        <location filename="../../models/customer_fields.py" line="95"/>
        <source>Roles</source>
        <translation>Roolit</translation>
    </message>
    <message>
        <location filename="../../models/customer_fields.py" line="96"/>
        <source>Advocate</source>
        <translation>Puolestapuhuja</translation>
    </message>
    <message>
        <location filename="../../models/customer_fields.py" line="97"/>
        <source>Marketing consent</source>
        <translation>Markkinointilupa</translation>
    </message>
    <message>
        <location filename="../../models/customer_fields.py" line="99"/>
        <source>Consent date</source>
        <translation>Luvan päivämäärä</translation>
    </message>
    <message>
        <location filename="../../models/customer_fields.py" line="101"/>
        <source>Left on</source>
        <translation>Lähtenyt</translation>
    </message>
    <message>
        <location filename="../../models/activity_fields.py" line="21"/>
        <location filename="../../models/privacy_fields.py" line="20"/>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <location filename="../../models/activity_fields.py" line="22"/>
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <location filename="../../models/activity_fields.py" line="24"/>
        <source>Summary</source>
        <translation>Yhteenveto</translation>
    </message>
    <message>
        <location filename="../../models/activity_fields.py" line="26"/>
        <source>Outcome</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <location filename="../../models/activity_fields.py" line="28"/>
        <source>Next step</source>
        <translation>Seuraava askel</translation>
    </message>
    <message>
        <location filename="../../models/activity_fields.py" line="30"/>
        <source>Next step due</source>
        <translation>Seuraavan askeleen määräpäivä</translation>
    </message>
    <message>
        <location filename="../../models/governance_fields.py" line="21"/>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <location filename="../../models/governance_fields.py" line="28"/>
        <source>Due</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <location filename="../../models/governance_fields.py" line="30"/>
        <location filename="../../models/governance_fields.py" line="56"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../models/governance_fields.py" line="33"/>
        <source>Done on</source>
        <translation>Tehty</translation>
    </message>
    <message>
        <location filename="../../models/governance_fields.py" line="34"/>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location filename="../../models/governance_fields.py" line="37"/>
        <source>Meeting</source>
        <translation>Palaveri</translation>
    </message>
    <message>
        <location filename="../../models/governance_fields.py" line="46"/>
        <source>Proposal</source>
        <translation>Ehdotus</translation>
    </message>
    <message>
        <location filename="../../models/governance_fields.py" line="48"/>
        <source>Why / details</source>
        <translation>Miksi / tarkemmin</translation>
    </message>
    <message>
        <location filename="../../models/governance_fields.py" line="50"/>
        <source>Proposed by</source>
        <translation>Ehdottaja</translation>
    </message>
    <message>
        <location filename="../../models/governance_fields.py" line="52"/>
        <source>Proposed on</source>
        <translation>Ehdotettu</translation>
    </message>
    <message>
        <location filename="../../models/governance_fields.py" line="53"/>
        <source>On</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <location filename="../../models/governance_fields.py" line="58"/>
        <source>Decision</source>
        <translation>Päätös</translation>
    </message>
    <message>
        <location filename="../../models/governance_fields.py" line="59"/>
        <source>Decided in</source>
        <translation>Päätetty palaverissa</translation>
    </message>
    <message>
        <location filename="../../models/governance_fields.py" line="61"/>
        <source>Decided on</source>
        <translation>Päätetty</translation>
    </message>
    <message>
        <location filename="../../models/team_fields.py" line="21"/>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <location filename="../../models/team_fields.py" line="23"/>
        <source>Active</source>
        <translation>Aktiivinen</translation>
    </message>
    <message>
        <location filename="../../models/privacy_fields.py" line="19"/>
        <source>Consent given</source>
        <translation>Suostumus annettu</translation>
    </message>
    <message>
        <location filename="../../models/privacy_fields.py" line="21"/>
        <source>Source</source>
        <translation>Lähde</translation>
    </message>
    <message>
        <location filename="../../models/privacy_fields.py" line="23"/>
        <source>Recorded by</source>
        <translation>Kirjaaja</translation>
    </message>
    <message>
        <location filename="../../models/privacy_fields.py" line="25"/>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
</context>
<context>
    <name>importing</name>
    <message>
        <location filename="../../app/importing/apply.py" line="95"/>
        <source>Importing…</source>
        <translation>Tuodaan…</translation>
    </message>
    <message>
        <location filename="../../app/importing/apply.py" line="130"/>
        <source>The database changed after the check: {name} has the business ID {business_id} now. Check the file again.</source>
        <translation>Tietokanta muuttui tarkistuksen jälkeen: asiakkaalla {name} on nyt Y-tunnus {business_id}. Tarkista tiedosto uudelleen.</translation>
    </message>
    <message>
        <location filename="../../app/importing/csv_file.py" line="35"/>
        <source>A cell of the file holds more than {max} characters, more than any customer field takes. Is a quotation mark left open? Fix the file and import it again.</source>
        <translation>Tiedoston solussa on yli {max} merkkiä, enemmän kuin mihinkään asiakkaan kenttään mahtuu. Onko lainausmerkki jäänyt auki? Korjaa tiedosto ja tuo se uudelleen.</translation>
    </message>
    <message>
        <location filename="../../app/importing/csv_file.py" line="46"/>
        <source>The file&apos;s character encoding is not one Raketti knows (UTF-8, UTF-16 or Windows-1252). Save it from Excel as “CSV UTF-8” and import that file.</source>
        <translation>Tiedoston merkistö ei ole Raketin tuntema (UTF-8, UTF-16 tai Windows-1252). Tallenna se Excelistä muodossa ”CSV UTF-8” ja tuo se tiedosto.</translation>
    </message>
    <message>
        <location filename="../../app/importing/csv_file.py" line="82"/>
        <source>The file is not in the encoding {encoding}: the byte {byte} at position {position} does not belong to it. Choose another encoding.</source>
        <translation>Tiedosto ei ole merkistössä {encoding}: tavu {byte} kohdassa {position} ei kuulu siihen. Valitse toinen merkistö.</translation>
    </message>
    <message>
        <location filename="../../app/importing/csv_file.py" line="95"/>
        <source>The file does not read as text in the encoding {encoding}. Choose another encoding, or save the file from Excel as “CSV UTF-8”.</source>
        <translation>Tiedosto ei ole luettavaa tekstiä merkistössä {encoding}. Valitse toinen merkistö tai tallenna tiedosto Excelistä muodossa ”CSV UTF-8”.</translation>
    </message>
    <message>
        <location filename="../../app/importing/csv_file.py" line="139"/>
        <source>The CSV file is malformed: {error}</source>
        <translation>CSV-tiedosto on virheellinen: {error}</translation>
    </message>
    <message>
        <location filename="../../app/importing/plan.py" line="285"/>
        <source>Checking the rows…</source>
        <translation>Tarkistetaan rivejä…</translation>
    </message>
    <message>
        <location filename="../../app/importing/report.py" line="18"/>
        <source>The same ID as row {line} of the file</source>
        <translation>Sama tunniste kuin tiedoston rivillä {line}</translation>
    </message>
    <message>
        <location filename="../../app/importing/report.py" line="19"/>
        <source>The same business ID as row {line} of the file</source>
        <translation>Sama Y-tunnus kuin tiedoston rivillä {line}</translation>
    </message>
    <message>
        <location filename="../../app/importing/report.py" line="22"/>
        <source>Nearly the same name and city as row {line} of the file</source>
        <translation>Lähes sama nimi ja paikkakunta kuin tiedoston rivillä {line}</translation>
    </message>
    <message>
        <location filename="../../app/importing/report.py" line="28"/>
        <source>Already in the database: {name}</source>
        <translation>On jo tietokannassa: {name}</translation>
    </message>
    <message>
        <location filename="../../app/importing/report.py" line="29"/>
        <source>The same business ID as {name}</source>
        <translation>Sama Y-tunnus kuin asiakkaalla {name}</translation>
    </message>
    <message>
        <location filename="../../app/importing/report.py" line="30"/>
        <source>Nearly the same name in the same city: {name}</source>
        <translation>Lähes sama nimi samalla paikkakunnalla: {name}</translation>
    </message>
    <message>
        <location filename="../../app/importing/report.py" line="36"/>
        <source>imported</source>
        <translation>tuotu</translation>
    </message>
    <message>
        <location filename="../../app/importing/report.py" line="37"/>
        <source>updated</source>
        <translation>päivitetty</translation>
    </message>
    <message>
        <location filename="../../app/importing/report.py" line="38"/>
        <source>skipped</source>
        <translation>ohitettu</translation>
    </message>
    <message>
        <location filename="../../app/importing/report.py" line="39"/>
        <source>not imported: invalid</source>
        <translation>ei tuotu: virheellinen</translation>
    </message>
    <message>
        <location filename="../../app/importing/report.py" line="40"/>
        <source>not imported: the file has invalid rows</source>
        <translation>ei tuotu: tiedostossa on virheellisiä rivejä</translation>
    </message>
    <message>
        <location filename="../../app/importing/report.py" line="43"/>
        <source>Import as new</source>
        <translation>Tuo uutena</translation>
    </message>
    <message>
        <location filename="../../app/importing/report.py" line="44"/>
        <source>Update existing</source>
        <translation>Päivitä olemassa oleva</translation>
    </message>
    <message>
        <location filename="../../app/importing/report.py" line="45"/>
        <source>Skip</source>
        <translation>Ohita</translation>
    </message>
    <message>
        <location filename="../../app/importing/source.py" line="77"/>
        <source>The workbook is password-protected, or it is an old .xls file. Open it in Excel, remove the password (or save it as .xlsx) and import that file.</source>
        <translation>Työkirja on suojattu salasanalla tai se on vanha .xls-tiedosto. Avaa se Excelissä, poista salasana (tai tallenna se .xlsx-muodossa) ja tuo se tiedosto.</translation>
    </message>
    <message>
        <location filename="../../app/importing/source.py" line="98"/>
        <source>The file {path} does not exist.</source>
        <translation>Tiedostoa {path} ei ole.</translation>
    </message>
    <message>
        <location filename="../../app/importing/source.py" line="102"/>
        <source>Cannot read {path}: {error}</source>
        <translation>Tiedostoa {path} ei voi lukea: {error}</translation>
    </message>
    <message>
        <location filename="../../app/importing/source.py" line="107"/>
        <source>The file is empty.</source>
        <translation>Tiedosto on tyhjä.</translation>
    </message>
    <message>
        <location filename="../../app/importing/source.py" line="110"/>
        <source>The file is {size} MB; a customer list can be at most {max} MB. Split it into smaller files.</source>
        <translation>Tiedosto on {size} Mt; asiakaslista voi olla enintään {max} Mt. Jaa se pienempiin tiedostoihin.</translation>
    </message>
    <message>
        <location filename="../../app/importing/source.py" line="128"/>
        <source>The file has a header row but no customers under it.</source>
        <translation>Tiedostossa on otsikkorivi mutta ei asiakkaita sen alla.</translation>
    </message>
    <message>
        <location filename="../../app/importing/source.py" line="135"/>
        <source>The file has more than {max} rows. Import it in parts of at most {max} rows.</source>
        <translation>Tiedostossa on yli {max} riviä. Tuo se osissa, joissa on enintään {max} riviä.</translation>
    </message>
    <message>
        <location filename="../../app/importing/source.py" line="145"/>
        <source>The file has no rows; the first row should be headers.</source>
        <translation>Tiedostossa ei ole rivejä; ensimmäisellä rivillä pitäisi olla otsikot.</translation>
    </message>
    <message>
        <location filename="../../app/importing/source.py" line="166"/>
        <source>Reading the file…</source>
        <translation>Luetaan tiedostoa…</translation>
    </message>
    <message>
        <location filename="../../app/importing/workbook_file.py" line="40"/>
        <source>The workbook is damaged or incomplete (was it copied only in part?): {error}</source>
        <translation>Työkirja on vioittunut tai vajaa (kopioituiko se vain osittain?): {error}</translation>
    </message>
    <message>
        <location filename="../../app/importing/workbook_file.py" line="59"/>
        <source>The file is a zip archive but not an Excel workbook. Import the .xlsx or .csv file itself.</source>
        <translation>Tiedosto on zip-paketti mutta ei Excel-työkirja. Tuo itse .xlsx- tai .csv-tiedosto.</translation>
    </message>
    <message>
        <location filename="../../app/importing/workbook_file.py" line="68"/>
        <source>The workbook would unpack to {size} MB; a customer list can be at most {max} MB unpacked. Save the list alone in a new workbook and import that.</source>
        <translation>Työkirja purkautuisi {size} megatavuksi; asiakaslista voi olla purettuna enintään {max} Mt. Tallenna lista yksinään uuteen työkirjaan ja tuo se.</translation>
    </message>
    <message>
        <location filename="../../app/importing/workbook_file.py" line="125"/>
        <source>The workbook has no sheet called {name}.</source>
        <translation>Työkirjassa ei ole taulukkoa nimeltä {name}.</translation>
    </message>
    <message>
        <location filename="../../views/importing/texts.py" line="41"/>
        <source>Contacts row {line}, {column}: {message}</source>
        <translation>Yhteyshenkilöiden rivi {line}, {column}: {message}</translation>
    </message>
    <message>
        <location filename="../../views/importing/texts.py" line="47"/>
        <source>{column}: {message}</source>
        <translation>{column}: {message}</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../models/code_names.py" line="11"/>
        <source>A3 potential / small customer</source>
        <translation>A3 potentiaalinen asiakas / pienasiakas</translation>
    </message>
    <message>
        <location filename="../../models/code_names.py" line="12"/>
        <source>A2 regular / service customer</source>
        <translation>A2 kanta-asiakas / palveluasiakas</translation>
    </message>
    <message>
        <location filename="../../models/code_names.py" line="13"/>
        <source>A1 key account / learning relationship</source>
        <translation>A1 avainasiakas / oppiva asiakassuhde</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="35"/>
        <source>very large</source>
        <translation>erittäin suuri</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="36"/>
        <source>large</source>
        <translation>suuri</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="37"/>
        <source>medium</source>
        <translation>keskisuuri</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="38"/>
        <source>small</source>
        <translation>pieni</translation>
    </message>
    <message>
        <location filename="../../models/code_names.py" line="25"/>
        <source>user</source>
        <translation>käyttäjä</translation>
    </message>
    <message>
        <location filename="../../models/code_names.py" line="26"/>
        <source>influencer</source>
        <translation>vaikuttaja</translation>
    </message>
    <message>
        <location filename="../../models/code_names.py" line="27"/>
        <source>buyer</source>
        <translation>ostaja</translation>
    </message>
    <message>
        <location filename="../../models/code_names.py" line="28"/>
        <source>decider</source>
        <translation>päättäjä</translation>
    </message>
    <message>
        <location filename="../../models/code_names.py" line="29"/>
        <source>gatekeeper</source>
        <translation>portinvartija</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="60"/>
        <source>team entrepreneur</source>
        <translation>tiimiyrittäjä</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="61"/>
        <source>team leader</source>
        <translation>tiimiliideri</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="62"/>
        <source>coach</source>
        <translation>tiimivalmentaja</translation>
    </message>
    <message>
        <location filename="../../models/code_names.py" line="16"/>
        <source>visit</source>
        <translation>käynti</translation>
    </message>
    <message>
        <location filename="../../models/code_names.py" line="17"/>
        <source>call</source>
        <translation>puhelu</translation>
    </message>
    <message>
        <location filename="../../models/code_names.py" line="18"/>
        <location filename="../../models/code_names.py" line="34"/>
        <source>e-mail</source>
        <translation>sähköposti</translation>
    </message>
    <message>
        <location filename="../../models/code_names.py" line="19"/>
        <location filename="../../models/code_names.py" line="35"/>
        <source>meeting</source>
        <translation>tapaaminen</translation>
    </message>
    <message>
        <location filename="../../models/code_names.py" line="20"/>
        <source>workshop</source>
        <translation>työpaja</translation>
    </message>
    <message>
        <location filename="../../models/code_names.py" line="21"/>
        <source>project</source>
        <translation>projekti</translation>
    </message>
    <message>
        <location filename="../../models/code_names.py" line="22"/>
        <source>sale</source>
        <translation>kauppa</translation>
    </message>
    <message>
        <location filename="../../models/code_names.py" line="33"/>
        <source>contact form</source>
        <translation>yhteystietolomake</translation>
    </message>
    <message>
        <location filename="../../models/code_names.py" line="36"/>
        <source>phone call</source>
        <translation>puhelu</translation>
    </message>
    <message>
        <location filename="../../models/code_names.py" line="37"/>
        <source>web form</source>
        <translation>verkkolomake</translation>
    </message>
    <message>
        <location filename="../../models/code_names.py" line="38"/>
        <source>import</source>
        <translation>tuonti</translation>
    </message>
    <message>
        <location filename="../../models/code_names.py" line="39"/>
        <source>other</source>
        <translation>muu</translation>
    </message>
</context>
<context>
    <name>lock</name>
    <message>
        <location filename="../../app/lock.py" line="42"/>
        <source>The database is already open by {user} on {host} (process {pid}, since {since}). Close Raketti there first.</source>
        <translation>Tietokanta on jo auki käyttäjällä {user} koneella {host} (prosessi {pid}, {since} alkaen). Sulje Raketti siellä ensin.</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <location filename="../../models/rules.py" line="202"/>
        <source>Unknown value: {value}</source>
        <translation>Tuntematon arvo: {value}</translation>
    </message>
    <message>
        <location filename="../../models/customer_fields.py" line="57"/>
        <source>Write the revenue as a number of euros.</source>
        <translation>Kirjoita myynti euroina numeroin.</translation>
    </message>
    <message>
        <location filename="../../models/customer_fields.py" line="58"/>
        <source>The revenue is from 0 to {max} euros.</source>
        <translation>Liikevaihto on 0–{max} euroa.</translation>
    </message>
    <message>
        <location filename="../../app/customers/records.py" line="80"/>
        <location filename="../../app/importing/plan.py" line="183"/>
        <source>{name} already has this business ID.</source>
        <translation>Asiakkaalla {name} on jo tämä Y-tunnus.</translation>
    </message>
    <message>
        <location filename="../../app/customers/records.py" line="162"/>
        <source>A customer cannot refer itself.</source>
        <translation>Asiakas ei voi suositella itseään.</translation>
    </message>
    <message>
        <location filename="../../models/fields.py" line="179"/>
        <location filename="../../models/rules.py" line="82"/>
        <source>This field is required.</source>
        <translation>Tämä kenttä on pakollinen.</translation>
    </message>
    <message>
        <location filename="../../app/customers/interactions.py" line="39"/>
        <source>A due date needs a next step to go with it.</source>
        <translation>Määräpäivälle tarvitaan myös seuraava askel.</translation>
    </message>
    <message>
        <location filename="../../models/rules.py" line="87"/>
        <source>At most {max} characters (this text has {count}).</source>
        <translation>Enintään {max} merkkiä (tässä tekstissä on {count}).</translation>
    </message>
    <message>
        <location filename="../../models/rules.py" line="95"/>
        <source>The text contains a control character (U+{code}).</source>
        <translation>Tekstissä on ohjausmerkki (U+{code}).</translation>
    </message>
    <message>
        <location filename="../../models/rules.py" line="138"/>
        <source>Write a whole number from {min} to {max}.</source>
        <translation>Kirjoita kokonaisluku väliltä {min}–{max}.</translation>
    </message>
    <message>
        <location filename="../../models/rules.py" line="221"/>
        <source>The chosen record does not exist (any more); choose again.</source>
        <translation>Valittua tietuetta ei ole (enää); valitse uudelleen.</translation>
    </message>
    <message>
        <location filename="../../models/rules.py" line="229"/>
        <source>Give a date between the years {first} and {last}.</source>
        <translation>Anna päivämäärä vuosien {first} ja {last} väliltä.</translation>
    </message>
    <message>
        <location filename="../../models/rules.py" line="265"/>
        <source>A business ID has seven digits, a hyphen and a check digit.</source>
        <translation>Y-tunnuksessa on seitsemän numeroa, väliviiva ja tarkistusnumero.</translation>
    </message>
    <message>
        <location filename="../../models/rules.py" line="274"/>
        <source>The check digit of the business ID does not match.</source>
        <translation>Y-tunnuksen tarkistusnumero ei täsmää.</translation>
    </message>
    <message>
        <location filename="../../models/rules.py" line="297"/>
        <source>The e-mail address should look like name@example.fi.</source>
        <translation>Sähköpostiosoitteen muoto on nimi@esimerkki.fi.</translation>
    </message>
    <message>
        <location filename="../../models/rules.py" line="316"/>
        <source>A phone number has 6–15 digits, optionally +, spaces and hyphens.</source>
        <translation>Puhelinnumerossa on 6–15 numeroa, lisäksi voi olla +, välilyöntejä ja väliviivoja.</translation>
    </message>
    <message>
        <location filename="../../models/rules.py" line="329"/>
        <source>The website should look like www.example.fi.</source>
        <translation>Verkkosivujen muoto on www.esimerkki.fi.</translation>
    </message>
    <message>
        <location filename="../../models/rules.py" line="353"/>
        <source>Write the date as 23.11.2026 or 2026-11-23.</source>
        <translation>Kirjoita päivämäärä muodossa 23.11.2026 tai 2026-11-23.</translation>
    </message>
    <message>
        <location filename="../../models/rules.py" line="363"/>
        <source>Scores are from 1 to 5.</source>
        <translation>Pisteet ovat 1–5.</translation>
    </message>
    <message>
        <location filename="../../models/rules.py" line="380"/>
        <source>Unknown buying-centre role: {roles}</source>
        <translation>Tuntematon rooli ostopäätöksessä: {roles}</translation>
    </message>
    <message>
        <location filename="../../views/customers/dialogs.py" line="287"/>
        <source>Choose the customer from the list.</source>
        <translation>Valitse asiakas listalta.</translation>
    </message>
    <message>
        <location filename="../../app/teams.py" line="161"/>
        <source>{name} already appears in saved records, so the member cannot be removed.</source>
        <translation>{name} esiintyy jo tallennetuissa tiedoissa, joten jäsentä ei voi poistaa.</translation>
    </message>
    <message>
        <location filename="../../app/files.py" line="64"/>
        <source>The file could not be written to {path}: {error}</source>
        <translation>Tiedostoa {path} ei voitu kirjoittaa: {error}</translation>
    </message>
    <message>
        <location filename="../../app/importing/plan.py" line="155"/>
        <source>No member of the team is called {name}.</source>
        <translation>Tiimissä ei ole jäsentä nimeltä {name}.</translation>
    </message>
    <message>
        <location filename="../../app/importing/plan.py" line="231"/>
        <source>No customer of the file is this contact&apos;s customer.</source>
        <translation>Tämän yhteyshenkilön asiakasta ei ole tiedostossa.</translation>
    </message>
    <message>
        <location filename="../../app/importing/plan.py" line="256"/>
        <source>No customer called {name} in the file or the team.</source>
        <translation>Tiedostossa tai tiimillä ei ole asiakasta nimeltä {name}.</translation>
    </message>
    <message>
        <location filename="../../app/importing/values.py" line="84"/>
        <source>Write yes or no (kyllä or ei): {value}</source>
        <translation>Kirjoita kyllä tai ei: {value}</translation>
    </message>
    <message>
        <location filename="../../app/excel/export.py" line="95"/>
        <source>That team company no longer exists.</source>
        <translation>Tiimiyritystä ei ole enää olemassa.</translation>
    </message>
    <message>
        <location filename="../../app/excel/period.py" line="43"/>
        <source>The period starts after it ends.</source>
        <translation>Jakso alkaa vasta päättymisensä jälkeen.</translation>
    </message>
    <message>
        <location filename="../../app/excel/period.py" line="50"/>
        <source>Choose a period from {earliest} on.</source>
        <translation>Valitse jakso, joka alkaa aikaisintaan {earliest}.</translation>
    </message>
    <message>
        <location filename="../../models/governance_fields.py" line="22"/>
        <source>Say what is to be done.</source>
        <translation>Kerro, mitä tehdään.</translation>
    </message>
    <message>
        <location filename="../../models/governance_fields.py" line="27"/>
        <source>An action needs an owner.</source>
        <translation>Tehtävällä on oltava vastuuhenkilö.</translation>
    </message>
    <message>
        <location filename="../../models/governance_fields.py" line="29"/>
        <source>An action needs a due date.</source>
        <translation>Tehtävällä on oltava määräpäivä.</translation>
    </message>
    <message>
        <location filename="../../models/governance_fields.py" line="47"/>
        <source>Write the proposal in a line.</source>
        <translation>Kirjoita ehdotus yhdelle riville.</translation>
    </message>
    <message>
        <location filename="../../app/customers/contacts.py" line="106"/>
        <source>This person has been erased: their data is not written again.</source>
        <translation>Tämän henkilön tiedot on poistettu: niitä ei kirjoiteta uudelleen.</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <location filename="../../views/startup.py" line="55"/>
        <source>Raketti ran into a bug</source>
        <translation>Raketissa tapahtui virhe</translation>
    </message>
    <message>
        <location filename="../../views/startup.py" line="56"/>
        <source>Something went wrong inside Raketti. Your saved work is safe.

The details are in the log file {path}. Copy them below into a bug report.</source>
        <translation>Raketin sisällä meni jotain vikaan. Tallennettu työsi on tallessa.

Tiedot ovat lokitiedostossa {path}. Kopioi ne alta virheraporttiin.</translation>
    </message>
    <message>
        <location filename="../../views/opening.py" line="54"/>
        <source>Read-only database</source>
        <translation>Vain luettava tietokanta</translation>
    </message>
    <message>
        <location filename="../../views/launcher.py" line="78"/>
        <location filename="../../views/opening.py" line="59"/>
        <location filename="../../views/opening.py" line="70"/>
        <source>Cannot open the database</source>
        <translation>Tietokantaa ei voi avata</translation>
    </message>
    <message>
        <location filename="../../views/opening.py" line="77"/>
        <source>Restoring puts that copy in place of the file, which is kept beside it under a new name. Changes made after {date} are not in the copy.</source>
        <translation>Palautus vaihtaa kopion tiedoston tilalle; tiedosto säilyy samassa kansiossa uudella nimellä. Ajankohdan {date} jälkeen tehdyt muutokset eivät ole kopiossa.</translation>
    </message>
    <message>
        <location filename="../../views/opening.py" line="84"/>
        <source>Restore the backup from {date}</source>
        <translation>Palauta {date} otettu varmuuskopio</translation>
    </message>
    <message>
        <location filename="../../views/first_start.py" line="27"/>
        <source>Welcome to Raketti</source>
        <translation>Tervetuloa Rakettiin</translation>
    </message>
    <message>
        <location filename="../../views/first_start.py" line="28"/>
        <source>This database is empty. Fill it with demo data to look around?

Choose No to start with your own team company, or Open to join your team&apos;s shared folder (a teammate already uses Raketti).</source>
        <translation>Tietokanta on tyhjä. Täytetäänkö se esimerkkitiedoilla, jotta voit tutustua ohjelmaan?

Valitse Ei, jos haluat aloittaa omalla tiimiyritykselläsi, tai Avaa, jos liityt tiimisi jaettuun kansioon (tiimikaveri käyttää jo Rakettia).</translation>
    </message>
    <message>
        <location filename="../../views/first_start.py" line="62"/>
        <source>Creating demo data…</source>
        <translation>Luodaan esimerkkitietoja…</translation>
    </message>
    <message>
        <location filename="../../views/first_start.py" line="63"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <location filename="../../views/first_start.py" line="89"/>
        <location filename="../../views/first_start.py" line="100"/>
        <source>No demo data</source>
        <translation>Ei esimerkkitietoja</translation>
    </message>
    <message>
        <location filename="../../views/first_start.py" line="90"/>
        <source>You cancelled the demo data: nothing was written and the database is still empty. Start with your own team company instead.</source>
        <translation>Peruutit esimerkkitietojen luonnin: mitään ei tallennettu, ja tietokanta on yhä tyhjä. Aloita sen sijaan omalla tiimiyritykselläsi.</translation>
    </message>
    <message>
        <location filename="../../views/launcher.py" line="79"/>
        <source>{path} is read-only and holds no team company yet.</source>
        <translation>{path} on vain luettava, eikä siinä ole vielä yhtään tiimiyritystä.</translation>
    </message>
</context>
<context>
    <name>unsaved</name>
    <message>
        <location filename="../../views/unsaved.py" line="57"/>
        <source>Unsaved changes</source>
        <translation>Tallentamattomia muutoksia</translation>
    </message>
    <message>
        <location filename="../../views/unsaved.py" line="59"/>
        <source>{what} has changes that are not saved.</source>
        <translation>{what}: muutoksia ei ole tallennettu.</translation>
    </message>
    <message>
        <location filename="../../views/unsaved.py" line="64"/>
        <source>Save them, discard them, or cancel to go back to editing.</source>
        <translation>Tallenna ne, hylkää ne tai peruuta ja jatka muokkausta.</translation>
    </message>
    <message>
        <location filename="../../views/unsaved.py" line="154"/>
        <source>The window “{title}”</source>
        <translation>Ikkuna ”{title}”</translation>
    </message>
</context>
</TS>

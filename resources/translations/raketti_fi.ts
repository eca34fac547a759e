<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>AppContext</name>
    <message>
        <location filename="../../views/context.py" line="136"/>
        <source>Could not redo “{step}”: {reason}</source>
        <translation>Vaihetta ”{step}” ei voitu tehdä uudelleen: {reason}</translation>
    </message>
    <message>
        <location filename="../../views/context.py" line="139"/>
        <source>Could not undo “{step}”: {reason}</source>
        <translation>Vaihetta ”{step}” ei voitu kumota: {reason}</translation>
    </message>
    <message>
        <location filename="../../views/context.py" line="158"/>
        <source>the data has changed since.</source>
        <translation>tiedot ovat muuttuneet sen jälkeen.</translation>
    </message>
    <message>
        <location filename="../../views/context.py" line="160"/>
        <source>the database is open read-only.</source>
        <translation>tietokanta on avattu vain luettavaksi.</translation>
    </message>
    <message>
        <location filename="../../views/context.py" line="161"/>
        <source>the record no longer exists.</source>
        <translation>tietoa ei ole enää olemassa.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../views/customers/dialogs.py" line="74"/>
        <source>Contact person</source>
        <translation>Yhteyshenkilö</translation>
    </message>
    <message>
        <location filename="../../views/customers/dialogs.py" line="80"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../views/customers/dialogs.py" line="86"/>
        <source>Title</source>
        <translation>Titteli</translation>
    </message>
    <message>
        <location filename="../../views/customers/dialogs.py" line="92"/>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <location filename="../../views/customers/dialogs.py" line="98"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location filename="../../views/customers/dialogs.py" line="111"/>
        <source>Buying-centre roles</source>
        <translation>Roolit ostopäätöksessä</translation>
    </message>
    <message>
        <location filename="../../views/customers/dialogs.py" line="112"/>
        <source>Advocate: recommends us to others</source>
        <translation>Puolestapuhuja: suosittelee meitä muille</translation>
    </message>
    <message>
        <location filename="../../views/customers/dialogs.py" line="115"/>
        <source>Has given marketing consent</source>
        <translation>On antanut markkinointiluvan</translation>
    </message>
    <message>
        <location filename="../../views/customers/dialogs.py" line="121"/>
        <source>Consent date</source>
        <translation>Luvan päivämäärä</translation>
    </message>
    <message>
        <location filename="../../views/customers/dialogs.py" line="123"/>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
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
        <location filename="../../views/customers/contacts_tab.py" line="36"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../views/customers/contacts_tab.py" line="37"/>
        <source>Title</source>
        <translation>Titteli</translation>
    </message>
    <message>
        <location filename="../../views/customers/contacts_tab.py" line="38"/>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <location filename="../../views/customers/contacts_tab.py" line="39"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location filename="../../views/customers/contacts_tab.py" line="40"/>
        <source>Roles</source>
        <translation>Roolit</translation>
    </message>
    <message>
        <location filename="../../views/customers/contacts_tab.py" line="47"/>
        <source>Add contact…</source>
        <translation>Lisää yhteyshenkilö…</translation>
    </message>
    <message>
        <location filename="../../views/customers/contacts_tab.py" line="49"/>
        <source>Edit…</source>
        <translation>Muokkaa…</translation>
    </message>
    <message>
        <location filename="../../views/customers/contacts_tab.py" line="51"/>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location filename="../../views/customers/contacts_tab.py" line="94"/>
        <source>{roles} · advocate</source>
        <translation>{roles} · puolestapuhuja</translation>
    </message>
    <message>
        <location filename="../../views/customers/contacts_tab.py" line="94"/>
        <source>advocate</source>
        <translation>puolestapuhuja</translation>
    </message>
    <message>
        <location filename="../../views/customers/contacts_tab.py" line="108"/>
        <source>Add contact {name}</source>
        <translation>Lisää yhteyshenkilö {name}</translation>
    </message>
    <message>
        <location filename="../../views/customers/contacts_tab.py" line="122"/>
        <source>Edit contact {name}</source>
        <translation>Muokkaa yhteyshenkilöä {name}</translation>
    </message>
    <message>
        <location filename="../../views/customers/contacts_tab.py" line="132"/>
        <source>Delete the contact person {name}?</source>
        <translation>Poistetaanko yhteyshenkilö {name}?</translation>
    </message>
    <message>
        <location filename="../../views/customers/contacts_tab.py" line="136"/>
        <source>Delete contact {name}</source>
        <translation>Poista yhteyshenkilö {name}</translation>
    </message>
</context>
<context>
    <name>CustomerDetail</name>
    <message>
        <location filename="../../views/customers/detail.py" line="45"/>
        <source>Details</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <location filename="../../views/customers/detail.py" line="46"/>
        <source>Contacts</source>
        <translation>Yhteyshenkilöt</translation>
    </message>
    <message>
        <location filename="../../views/customers/detail.py" line="47"/>
        <source>Timeline</source>
        <translation>Aikajana</translation>
    </message>
    <message>
        <location filename="../../views/customers/detail.py" line="73"/>
        <source>Choose a customer in the list to see and edit it here, or add one with New customer (Ctrl+N).</source>
        <translation>Valitse asiakas listalta, niin näet ja voit muokata sen tietoja tässä, tai lisää uusi painikkeella Uusi asiakas (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../views/customers/detail.py" line="92"/>
        <source>{name} (left)</source>
        <translation>{name} (lähtenyt)</translation>
    </message>
    <message>
        <location filename="../../views/customers/detail.py" line="152"/>
        <source>The new customer</source>
        <translation>Uusi asiakas</translation>
    </message>
    <message>
        <location filename="../../views/customers/detail.py" line="153"/>
        <source>The customer {name}</source>
        <translation>Asiakas {name}</translation>
    </message>
    <message>
        <location filename="../../views/customers/detail.py" line="214"/>
        <source>Add customer {name}</source>
        <translation>Lisää asiakas {name}</translation>
    </message>
    <message>
        <location filename="../../views/customers/detail.py" line="228"/>
        <source>Edit customer {name}</source>
        <translation>Muokkaa asiakasta {name}</translation>
    </message>
    <message>
        <location filename="../../views/customers/dialogs.py" line="46"/>
        <source>Confirm</source>
        <translation>Vahvista</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <location filename="../../views/customers/record_form.py" line="71"/>
        <source>Referred by</source>
        <translation>Suosittelija</translation>
    </message>
    <message>
        <location filename="../../views/customers/record_form.py" line="74"/>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <location filename="../../views/customers/record_form.py" line="75"/>
        <source>Archived (hidden from the list)</source>
        <translation>Arkistoitu (piilossa listalta)</translation>
    </message>
    <message>
        <location filename="../../views/customers/record_form.py" line="103"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../views/customers/record_form.py" line="104"/>
        <source>Business ID</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <location filename="../../views/customers/record_form.py" line="105"/>
        <source>Industry</source>
        <translation>Toimiala</translation>
    </message>
    <message>
        <location filename="../../views/customers/record_form.py" line="106"/>
        <source>City</source>
        <translation>Paikkakunta</translation>
    </message>
    <message>
        <location filename="../../views/customers/record_form.py" line="107"/>
        <source>Website</source>
        <translation>Verkkosivut</translation>
    </message>
    <message>
        <location filename="../../views/customers/record_form.py" line="123"/>
        <source>Size class</source>
        <translation>Kokoluokka</translation>
    </message>
    <message>
        <location filename="../../views/customers/record_form.py" line="127"/>
        <source>Ladder level</source>
        <translation>Asiakasporras</translation>
    </message>
    <message>
        <location filename="../../views/customers/record_form.py" line="129"/>
        <source>Owner</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <location filename="../../views/customers/record_form.py" line="131"/>
        <source>Annual revenue (€)</source>
        <translation>Vuosimyynti (€)</translation>
    </message>
    <message>
        <location filename="../../views/customers/record_form.py" line="135"/>
        <source>Value: volume</source>
        <translation>Arvo: volyymi</translation>
    </message>
    <message>
        <location filename="../../views/customers/record_form.py" line="136"/>
        <source>Value: profitability</source>
        <translation>Arvo: kannattavuus</translation>
    </message>
    <message>
        <location filename="../../views/customers/record_form.py" line="137"/>
        <source>Value: reference</source>
        <translation>Arvo: referenssiarvo</translation>
    </message>
    <message>
        <location filename="../../views/customers/record_form.py" line="138"/>
        <source>Potential: share of wallet</source>
        <translation>Potentiaali: osuus ostoista</translation>
    </message>
    <message>
        <location filename="../../views/customers/record_form.py" line="139"/>
        <source>Potential: cross-sell</source>
        <translation>Potentiaali: ristiinmyynti</translation>
    </message>
    <message>
        <location filename="../../views/customers/record_form.py" line="140"/>
        <source>Potential: growing together</source>
        <translation>Potentiaali: yhdessä kasvaminen</translation>
    </message>
    <message>
        <location filename="../../views/customers/record_form.py" line="145"/>
        <source>Value and potential (1–5, – not scored)</source>
        <translation>Arvo ja potentiaali (1–5, – ei arvioitu)</translation>
    </message>
    <message>
        <location filename="../../views/customers/record_form.py" line="157"/>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <location filename="../../views/customers/record_form.py" line="160"/>
        <source>Revert</source>
        <translation>Peru muutokset</translation>
    </message>
    <message>
        <location filename="../../views/customers/record_form.py" line="197"/>
        <source>(nobody)</source>
        <translation>(ei kukaan)</translation>
    </message>
    <message>
        <location filename="../../views/customers/record_form.py" line="206"/>
        <source>New customer</source>
        <translation>Uusi asiakas</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <location filename="../../app/customers/__init__.py" line="11"/>
        <location filename="../../views/customers/panel.py" line="54"/>
        <source>Customers</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <location filename="../../views/customers/panel.py" line="117"/>
        <source>Search names, business IDs, cities, contacts and notes (Ctrl+F)</source>
        <translation>Hae nimistä, Y-tunnuksista, paikkakunnista, yhteyshenkilöistä ja muistiinpanoista (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../views/customers/panel.py" line="120"/>
        <source>Show archived</source>
        <translation>Näytä arkistoidut</translation>
    </message>
    <message>
        <location filename="../../views/customers/panel.py" line="124"/>
        <source>New customer</source>
        <translation>Uusi asiakas</translation>
    </message>
    <message>
        <location filename="../../views/customers/panel.py" line="127"/>
        <source>Log visit</source>
        <translation>Kirjaa käynti</translation>
    </message>
    <message>
        <location filename="../../views/customers/panel.py" line="170"/>
        <source>&amp;Customers</source>
        <translation>&amp;Asiakkaat</translation>
    </message>
    <message>
        <location filename="../../views/customers/panel.py" line="173"/>
        <source>&amp;Find</source>
        <translation>&amp;Hae</translation>
    </message>
    <message>
        <location filename="../../views/customers/panel.py" line="174"/>
        <source>&amp;New customer</source>
        <translation>&amp;Uusi asiakas</translation>
    </message>
    <message>
        <location filename="../../views/customers/panel.py" line="175"/>
        <source>&amp;Log visit…</source>
        <translation>&amp;Kirjaa käynti…</translation>
    </message>
    <message>
        <location filename="../../views/customers/panel.py" line="176"/>
        <source>&amp;Archive / restore</source>
        <translation>&amp;Arkistoi / palauta</translation>
    </message>
    <message>
        <location filename="../../views/customers/panel.py" line="179"/>
        <source>&amp;Delete customer…</source>
        <translation>&amp;Poista asiakas…</translation>
    </message>
    <message>
        <location filename="../../views/customers/panel.py" line="183"/>
        <source>&amp;Segmentations…</source>
        <translation>&amp;Segmentoinnit…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/customers/panel.py" line="251"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n asiakas</numerusform>
            <numerusform>%n asiakasta</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/customers/panel.py" line="254"/>
        <source>No customer matches “{text}”.</source>
        <translation>Hakuun ”{text}” ei löytynyt asiakkaita.</translation>
    </message>
    <message>
        <location filename="../../views/customers/panel.py" line="256"/>
        <source>No customers yet. Add the first one with New customer (Ctrl+N).</source>
        <translation>Ei vielä asiakkaita. Lisää ensimmäinen painikkeella Uusi asiakas (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../views/customers/panel.py" line="333"/>
        <source>Interaction logged.</source>
        <translation>Yhteydenotto kirjattu.</translation>
    </message>
    <message>
        <location filename="../../views/customers/panel.py" line="351"/>
        <source>Archive {name}</source>
        <translation>Arkistoi {name}</translation>
    </message>
    <message>
        <location filename="../../views/customers/panel.py" line="351"/>
        <source>Restore {name}</source>
        <translation>Palauta {name}</translation>
    </message>
    <message>
        <location filename="../../views/customers/panel.py" line="365"/>
        <source>Delete customer</source>
        <translation>Poista asiakas</translation>
    </message>
    <message>
        <location filename="../../views/customers/panel.py" line="367"/>
        <source>Delete {name} with its contacts and interactions?

You can undo this with Ctrl+Z.</source>
        <translation>Poistetaanko {name} yhteyshenkilöineen ja yhteydenottoineen?

Voit perua poiston näppäimillä Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../views/customers/panel.py" line="375"/>
        <source>Delete {name}</source>
        <translation>Poista {name}</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <location filename="../../views/widgets.py" line="99"/>
        <source>Type part of the customer&apos;s name…</source>
        <translation>Kirjoita osa asiakkaan nimestä…</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../views/customers/table_model.py" line="61"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../views/customers/table_model.py" line="62"/>
        <source>Business ID</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <location filename="../../views/customers/table_model.py" line="63"/>
        <source>City</source>
        <translation>Paikkakunta</translation>
    </message>
    <message>
        <location filename="../../views/customers/table_model.py" line="64"/>
        <source>Industry</source>
        <translation>Toimiala</translation>
    </message>
    <message>
        <location filename="../../views/customers/table_model.py" line="65"/>
        <source>Size</source>
        <translation>Koko</translation>
    </message>
    <message>
        <location filename="../../views/customers/table_model.py" line="66"/>
        <source>Level</source>
        <translation>Porras</translation>
    </message>
    <message>
        <location filename="../../views/customers/table_model.py" line="67"/>
        <source>Owner</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <location filename="../../views/customers/table_model.py" line="68"/>
        <source>Last contact</source>
        <translation>Viimeisin yhteys</translation>
    </message>
    <message>
        <location filename="../../views/customers/table_model.py" line="69"/>
        <source>Next step due</source>
        <translation>Seuraavan askeleen määräpäivä</translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <location filename="../../views/file_menu.py" line="47"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Avaa tietokanta…</translation>
    </message>
    <message>
        <location filename="../../views/file_menu.py" line="51"/>
        <source>Open &amp;recent</source>
        <translation>Avaa &amp;viimeaikainen</translation>
    </message>
    <message>
        <location filename="../../views/file_menu.py" line="54"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Varmuuskopioi…</translation>
    </message>
    <message>
        <location filename="../../views/file_menu.py" line="57"/>
        <source>Restore from bac&amp;kup…</source>
        <translation>Palauta varmuus&amp;kopiosta…</translation>
    </message>
    <message>
        <location filename="../../views/file_menu.py" line="81"/>
        <source>Open database</source>
        <translation>Avaa tietokanta</translation>
    </message>
    <message>
        <location filename="../../views/file_menu.py" line="89"/>
        <source>That database is open already.</source>
        <translation>Tietokanta on jo auki.</translation>
    </message>
    <message>
        <location filename="../../views/file_menu.py" line="104"/>
        <source>{name} (no longer found)</source>
        <translation>{name} (ei enää löydy)</translation>
    </message>
    <message>
        <location filename="../../views/file_menu.py" line="110"/>
        <source>Remove missing files from the list</source>
        <translation>Poista puuttuvat tiedostot listalta</translation>
    </message>
    <message>
        <location filename="../../views/file_menu.py" line="114"/>
        <source>No other databases opened yet</source>
        <translation>Muita tietokantoja ei ole vielä avattu</translation>
    </message>
    <message>
        <location filename="../../views/file_menu.py" line="121"/>
        <source>Removed from the list, as they no longer exist: {names}</source>
        <translation>Poistettiin listalta, koska niitä ei enää ole: {names}</translation>
    </message>
    <message>
        <location filename="../../views/file_menu.py" line="138"/>
        <source>Back up the database</source>
        <translation>Varmuuskopioi tietokanta</translation>
    </message>
    <message>
        <location filename="../../views/file_menu.py" line="143"/>
        <source>Backing up…</source>
        <translation>Varmuuskopioidaan…</translation>
    </message>
    <message>
        <location filename="../../views/file_menu.py" line="152"/>
        <source>The database was copied to {path}.</source>
        <translation>Tietokanta kopioitiin tiedostoon {path}.</translation>
    </message>
    <message>
        <location filename="../../views/file_menu.py" line="161"/>
        <source>Could not back up</source>
        <translation>Varmuuskopiointi ei onnistunut</translation>
    </message>
    <message>
        <location filename="../../views/file_menu.py" line="191"/>
        <source>Could not restore the backup</source>
        <translation>Varmuuskopiota ei voitu palauttaa</translation>
    </message>
    <message>
        <location filename="../../views/file_menu.py" line="197"/>
        <source>Backup restored</source>
        <translation>Varmuuskopio palautettu</translation>
    </message>
    <message>
        <location filename="../../views/file_menu.py" line="198"/>
        <source>The copy {backup} is in place. The file it replaced is kept as {aside}.</source>
        <translation>Kopio {backup} on otettu käyttöön. Sen tilalta siirretty tiedosto on tallessa nimellä {aside}.</translation>
    </message>
</context>
<context>
    <name>LogInteractionDialog</name>
    <message>
        <location filename="../../views/customers/dialogs.py" line="182"/>
        <source>Log a customer interaction</source>
        <translation>Kirjaa asiakkaan yhteydenotto</translation>
    </message>
    <message>
        <location filename="../../views/customers/dialogs.py" line="185"/>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location filename="../../views/customers/dialogs.py" line="189"/>
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <location filename="../../views/customers/dialogs.py" line="190"/>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <location filename="../../views/customers/dialogs.py" line="200"/>
        <source>Who was there</source>
        <translation>Ketkä olivat mukana</translation>
    </message>
    <message>
        <location filename="../../views/customers/dialogs.py" line="204"/>
        <source>Contacts met</source>
        <translation>Tavatut yhteyshenkilöt</translation>
    </message>
    <message>
        <location filename="../../views/customers/dialogs.py" line="205"/>
        <source>Summary</source>
        <translation>Yhteenveto</translation>
    </message>
    <message>
        <location filename="../../views/customers/dialogs.py" line="208"/>
        <source>Outcome</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <location filename="../../views/customers/dialogs.py" line="211"/>
        <source>Next step</source>
        <translation>Seuraava askel</translation>
    </message>
    <message>
        <location filename="../../views/customers/dialogs.py" line="213"/>
        <source>Due by</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <location filename="../../views/customers/dialogs.py" line="250"/>
        <source>The interaction being logged</source>
        <translation>Kirjattava yhteydenotto</translation>
    </message>
    <message>
        <location filename="../../views/customers/dialogs.py" line="303"/>
        <source>Log interaction</source>
        <translation>Kirjaa yhteydenotto</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../views/main_window.py" line="48"/>
        <source>Raketti</source>
        <translation>Raketti</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="79"/>
        <source>Team company</source>
        <translation>Tiimiyritys</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="81"/>
        <source>Team company:</source>
        <translation>Tiimiyritys:</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="87"/>
        <source>Database: {path}</source>
        <translation>Tietokanta: {path}</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="166"/>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="167"/>
        <source>New &amp;team company…</source>
        <translation>Uusi &amp;tiimiyritys…</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="170"/>
        <source>Team &amp;members…</source>
        <translation>Tiimin &amp;jäsenet…</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="174"/>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="181"/>
        <source>&amp;Edit</source>
        <translation>&amp;Muokkaa</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="182"/>
        <source>&amp;Undo</source>
        <translation>&amp;Kumoa</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="184"/>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uudelleen</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="190"/>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="198"/>
        <source>&amp;Settings</source>
        <translation>&amp;Asetukset</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="199"/>
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="220"/>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="221"/>
        <source>&amp;About Raketti</source>
        <translation>&amp;Tietoja Raketista</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="297"/>
        <source>Undo</source>
        <translation>Kumoa</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="313"/>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="315"/>
        <source>Raketti shows the new language after a restart. Restart now?

Choose No to keep working; the new language is used from the next start.</source>
        <translation>Raketti vaihtaa kielen uudelleenkäynnistyksen jälkeen. Käynnistetäänkö uudelleen nyt?

Valitse Ei, jos haluat jatkaa työtä; uusi kieli otetaan käyttöön seuraavalla käynnistyskerralla.</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="331"/>
        <source>About Raketti</source>
        <translation>Tietoja Raketista</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="333"/>
        <source>Raketti helps team companies move customers up the ladder.

Database: {path}</source>
        <translation>Raketti auttaa tiimiyrityksiä nostamaan asiakkaita asiakasportailla ylöspäin.

Tietokanta: {path}</translation>
    </message>
</context>
<context>
    <name>NewTeamDialog</name>
    <message>
        <location filename="../../views/team_dialog.py" line="49"/>
        <source>New team company</source>
        <translation>Uusi tiimiyritys</translation>
    </message>
    <message>
        <location filename="../../views/team_dialog.py" line="57"/>
        <source>e.g. Tiimiakatemia, Proakatemia</source>
        <translation>esim. Tiimiakatemia, Proakatemia</translation>
    </message>
    <message>
        <location filename="../../views/team_dialog.py" line="60"/>
        <source>Team company name</source>
        <translation>Tiimiyrityksen nimi</translation>
    </message>
    <message>
        <location filename="../../views/team_dialog.py" line="61"/>
        <source>Academy</source>
        <translation>Akatemia</translation>
    </message>
    <message>
        <location filename="../../views/team_dialog.py" line="62"/>
        <source>Your name</source>
        <translation>Nimesi</translation>
    </message>
    <message>
        <location filename="../../views/team_dialog.py" line="63"/>
        <source>Your e-mail</source>
        <translation>Sähköpostisi</translation>
    </message>
    <message>
        <location filename="../../views/team_dialog.py" line="68"/>
        <source>Quit Raketti</source>
        <translation>Lopeta Raketti</translation>
    </message>
    <message>
        <location filename="../../views/team_dialog.py" line="69"/>
        <source>Create</source>
        <translation>Luo</translation>
    </message>
    <message>
        <location filename="../../views/team_dialog.py" line="81"/>
        <source>A team company keeps its own customers, ladder and rocket. You can add the other members later (File → Team members).</source>
        <translation>Tiimiyrityksellä on omat asiakkaansa, asiakasportaansa ja rakettinsa. Muut jäsenet voit lisätä myöhemmin (Tiedosto → Tiimin jäsenet).</translation>
    </message>
    <message>
        <location filename="../../views/team_dialog.py" line="86"/>
        <source>Raketti needs one team company to start. Quit Raketti closes it without saving anything; it asks again at the next start.</source>
        <translation>Raketti tarvitsee aluksi yhden tiimiyrityksen. Lopeta Raketti sulkee ohjelman tallentamatta mitään; se kysyy uudelleen seuraavalla käynnistyskerralla.</translation>
    </message>
    <message>
        <location filename="../../views/team_dialog.py" line="95"/>
        <source>The new team company</source>
        <translation>Uusi tiimiyritys</translation>
    </message>
</context>
<context>
    <name>ReferralField</name>
    <message>
        <location filename="../../views/customers/referral.py" line="25"/>
        <source>Which customer brought this one?</source>
        <translation>Mikä asiakas toi tämän asiakkaan?</translation>
    </message>
    <message>
        <location filename="../../views/customers/referral.py" line="70"/>
        <source>(the organisation)</source>
        <translation>(organisaatio)</translation>
    </message>
    <message>
        <location filename="../../views/customers/referral.py" line="74"/>
        <source>{name} · advocate</source>
        <translation>{name} · puolestapuhuja</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <location filename="../../views/background.py" line="216"/>
        <source>Computing…</source>
        <translation>Lasketaan…</translation>
    </message>
    <message>
        <location filename="../../views/background.py" line="264"/>
        <source>Could not compute this report: {error}</source>
        <translation>Raporttia ei voitu laskea: {error}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../views/restore_dialog.py" line="43"/>
        <location filename="../../views/restore_dialog.py" line="174"/>
        <source>Restore from backup</source>
        <translation>Palauta varmuuskopiosta</translation>
    </message>
    <message>
        <location filename="../../views/restore_dialog.py" line="47"/>
        <source>Raketti copies the database before every update; copies you take with File → Back up… are kept in the same folder. Choose one to see what it holds.</source>
        <translation>Raketti kopioi tietokannan ennen jokaista päivitystä; valikosta Tiedosto → Varmuuskopioi… otetut kopiot tallentuvat samaan kansioon. Valitse kopio nähdäksesi, mitä se sisältää.</translation>
    </message>
    <message>
        <location filename="../../views/restore_dialog.py" line="55"/>
        <source>Choose a file…</source>
        <translation>Valitse tiedosto…</translation>
    </message>
    <message>
        <location filename="../../views/restore_dialog.py" line="66"/>
        <source>Restore this copy…</source>
        <translation>Palauta tämä kopio…</translation>
    </message>
    <message>
        <location filename="../../views/restore_dialog.py" line="82"/>
        <source>File:</source>
        <translation>Tiedosto:</translation>
    </message>
    <message>
        <location filename="../../views/restore_dialog.py" line="83"/>
        <source>Taken:</source>
        <translation>Otettu:</translation>
    </message>
    <message>
        <location filename="../../views/restore_dialog.py" line="84"/>
        <source>Team companies:</source>
        <translation>Tiimiyritykset:</translation>
    </message>
    <message>
        <location filename="../../views/restore_dialog.py" line="85"/>
        <source>Customers:</source>
        <translation>Asiakkaita:</translation>
    </message>
    <message>
        <location filename="../../views/restore_dialog.py" line="86"/>
        <source>Last change:</source>
        <translation>Viimeisin muutos:</translation>
    </message>
    <message>
        <location filename="../../views/restore_dialog.py" line="87"/>
        <source>Schema version:</source>
        <translation>Skeeman versio:</translation>
    </message>
    <message>
        <location filename="../../views/restore_dialog.py" line="110"/>
        <source>There are no copies in {folder} yet. Choose a file instead.</source>
        <translation>Kansiossa {folder} ei ole vielä kopioita. Valitse sen sijaan tiedosto.</translation>
    </message>
    <message>
        <location filename="../../views/restore_dialog.py" line="124"/>
        <source>Choose a backup copy</source>
        <translation>Valitse varmuuskopio</translation>
    </message>
    <message>
        <location filename="../../views/restore_dialog.py" line="138"/>
        <source>Reading the copy…</source>
        <translation>Luetaan kopiota…</translation>
    </message>
    <message>
        <location filename="../../views/restore_dialog.py" line="145"/>
        <source>none</source>
        <translation>ei yhtään</translation>
    </message>
    <message>
        <location filename="../../views/restore_dialog.py" line="148"/>
        <source>nothing saved</source>
        <translation>ei tallennettuja tietoja</translation>
    </message>
    <message>
        <location filename="../../views/restore_dialog.py" line="153"/>
        <source>Restoring puts this copy in place of the open database. The current file is kept beside it under a new name; nothing is deleted.</source>
        <translation>Palautus ottaa tämän kopion avoimen tietokannan tilalle. Nykyinen tiedosto jää talteen sen viereen uudella nimellä; mitään ei poisteta.</translation>
    </message>
    <message>
        <location filename="../../views/restore_dialog.py" line="176"/>
        <source>Put the copy taken {date} in place of {path}?

Changes made after that are not in the copy. The current file is kept beside it, named …-before-restore-…, so you can go back to it.</source>
        <translation>Otetaanko {date} otettu kopio tiedoston {path} tilalle?

Sen jälkeen tehdyt muutokset eivät ole kopiossa. Nykyinen tiedosto jää talteen viereen nimellä …-before-restore-…, joten voit palata siihen.</translation>
    </message>
</context>
<context>
    <name>TeamMembersDialog</name>
    <message>
        <location filename="../../views/team_dialog.py" line="123"/>
        <location filename="../../views/team_dialog.py" line="295"/>
        <location filename="../../views/team_dialog.py" line="321"/>
        <source>Team members</source>
        <translation>Tiimin jäsenet</translation>
    </message>
    <message>
        <location filename="../../views/team_dialog.py" line="128"/>
        <location filename="../../views/team_dialog.py" line="185"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../views/team_dialog.py" line="128"/>
        <location filename="../../views/team_dialog.py" line="186"/>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <location filename="../../views/team_dialog.py" line="128"/>
        <location filename="../../views/team_dialog.py" line="190"/>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <location filename="../../views/team_dialog.py" line="128"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../views/team_dialog.py" line="162"/>
        <source>Rename…</source>
        <translation>Nimeä uudelleen…</translation>
    </message>
    <message>
        <location filename="../../views/team_dialog.py" line="165"/>
        <location filename="../../views/team_dialog.py" line="239"/>
        <source>Deactivate</source>
        <translation>Poista käytöstä</translation>
    </message>
    <message>
        <location filename="../../views/team_dialog.py" line="168"/>
        <source>For a member who left: kept in the history, no longer offered in lists.</source>
        <translation>Lähteneelle jäsenelle: säilyy historiassa, mutta ei enää näy valintalistoissa.</translation>
    </message>
    <message>
        <location filename="../../views/team_dialog.py" line="171"/>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location filename="../../views/team_dialog.py" line="173"/>
        <source>For a member added by mistake, who appears nowhere yet.</source>
        <translation>Vahingossa lisätylle jäsenelle, joka ei vielä esiinny missään.</translation>
    </message>
    <message>
        <location filename="../../views/team_dialog.py" line="191"/>
        <source>Add member</source>
        <translation>Lisää jäsen</translation>
    </message>
    <message>
        <location filename="../../views/team_dialog.py" line="269"/>
        <source>Rename member</source>
        <translation>Nimeä jäsen uudelleen</translation>
    </message>
    <message>
        <location filename="../../views/team_dialog.py" line="270"/>
        <source>New name for {name}:</source>
        <translation>Uusi nimi jäsenelle {name}:</translation>
    </message>
    <message>
        <location filename="../../views/team_dialog.py" line="276"/>
        <source>Rename {old} to {new}</source>
        <translation>Nimeä {old} uudelleen: {new}</translation>
    </message>
    <message>
        <location filename="../../views/team_dialog.py" line="284"/>
        <location filename="../../views/team_dialog.py" line="317"/>
        <source>Deactivate {name}</source>
        <translation>Poista {name} käytöstä</translation>
    </message>
    <message>
        <location filename="../../views/team_dialog.py" line="284"/>
        <source>Reactivate {name}</source>
        <translation>Palauta {name} käyttöön</translation>
    </message>
    <message>
        <location filename="../../views/team_dialog.py" line="308"/>
        <source>Remove member {name}</source>
        <translation>Poista jäsen {name}</translation>
    </message>
    <message>
        <location filename="../../views/team_dialog.py" line="329"/>
        <source>Remove member</source>
        <translation>Poista jäsen</translation>
    </message>
    <message>
        <location filename="../../views/team_dialog.py" line="333"/>
        <source>Deactivate {name} instead? The history keeps the name, and lists no longer offer it. You can reactivate the member later.</source>
        <translation>Poistetaanko {name} sen sijaan käytöstä? Historia säilyttää nimen, mutta valintalistat eivät enää tarjoa sitä. Voit palauttaa jäsenen käyttöön myöhemmin.</translation>
    </message>
    <message>
        <location filename="../../views/team_dialog.py" line="159"/>
        <source>The member being added</source>
        <translation>Lisättävä jäsen</translation>
    </message>
    <message>
        <location filename="../../views/team_dialog.py" line="207"/>
        <source>Active</source>
        <translation>Aktiivinen</translation>
    </message>
    <message>
        <location filename="../../views/team_dialog.py" line="207"/>
        <source>Left the team</source>
        <translation>Lähtenyt tiimistä</translation>
    </message>
    <message>
        <location filename="../../views/team_dialog.py" line="239"/>
        <source>Reactivate</source>
        <translation>Palauta käyttöön</translation>
    </message>
    <message>
        <location filename="../../views/team_dialog.py" line="247"/>
        <source>Add member {name}</source>
        <translation>Lisää jäsen {name}</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../views/customers/timeline_tab.py" line="38"/>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <location filename="../../views/customers/timeline_tab.py" line="38"/>
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <location filename="../../views/customers/timeline_tab.py" line="38"/>
        <source>Summary</source>
        <translation>Yhteenveto</translation>
    </message>
    <message>
        <location filename="../../views/customers/timeline_tab.py" line="38"/>
        <source>Next step</source>
        <translation>Seuraava askel</translation>
    </message>
    <message>
        <location filename="../../views/customers/timeline_tab.py" line="52"/>
        <source>Log interaction…</source>
        <translation>Kirjaa yhteydenotto…</translation>
    </message>
    <message>
        <location filename="../../views/customers/timeline_tab.py" line="55"/>
        <location filename="../../views/customers/timeline_tab.py" line="112"/>
        <source>Delete interaction</source>
        <translation>Poista yhteydenotto</translation>
    </message>
    <message>
        <location filename="../../views/customers/timeline_tab.py" line="83"/>
        <source>{step} (by {due})</source>
        <translation>{step} ({due} mennessä)</translation>
    </message>
    <message>
        <location filename="../../views/customers/timeline_tab.py" line="94"/>
        <source>Outcome: {text}</source>
        <translation>Tulos: {text}</translation>
    </message>
    <message>
        <location filename="../../views/customers/timeline_tab.py" line="96"/>
        <source>Present: {names}</source>
        <translation>Paikalla: {names}</translation>
    </message>
    <message>
        <location filename="../../views/customers/timeline_tab.py" line="98"/>
        <source>Met: {names}</source>
        <translation>Tavattiin: {names}</translation>
    </message>
    <message>
        <location filename="../../views/customers/timeline_tab.py" line="108"/>
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
        <location filename="../../app/store.py" line="154"/>
        <source>The database is busy in another program. Try again in a moment.</source>
        <translation>Tietokanta on varattu toisessa ohjelmassa. Yritä hetken päästä uudelleen.</translation>
    </message>
    <message>
        <location filename="../../app/store.py" line="160"/>
        <source>The database file cannot be written: {error}</source>
        <translation>Tietokantatiedostoon ei voi kirjoittaa: {error}</translation>
    </message>
    <message>
        <location filename="../../app/store.py" line="165"/>
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
        <location filename="../../app/backups.py" line="55"/>
        <source>{target} exists already; choose a new file name.</source>
        <translation>{target} on jo olemassa; valitse uusi tiedostonimi.</translation>
    </message>
    <message>
        <location filename="../../app/backups.py" line="63"/>
        <source>Cannot create the folder {folder}: {error}</source>
        <translation>Kansiota {folder} ei voi luoda: {error}</translation>
    </message>
    <message>
        <location filename="../../app/backups.py" line="83"/>
        <source>{backup} is the database itself, not a copy of it.</source>
        <translation>{backup} on itse tietokanta eikä sen kopio.</translation>
    </message>
    <message>
        <location filename="../../app/backups.py" line="94"/>
        <location filename="../../app/store.py" line="89"/>
        <source>Cannot lock {path}: {error}</source>
        <translation>Tietokantaa {path} ei voi varata: {error}</translation>
    </message>
    <message>
        <location filename="../../app/backups.py" line="111"/>
        <source>Could not restore {path}: {error}</source>
        <translation>Tietokantaa {path} ei voitu palauttaa: {error}</translation>
    </message>
    <message>
        <location filename="../../app/backups.py" line="123"/>
        <source>{backup} is empty: there is nothing to restore.</source>
        <translation>{backup} on tyhjä: palautettavaa ei ole.</translation>
    </message>
    <message>
        <location filename="../../app/backups.py" line="125"/>
        <source>{backup} is not a Raketti database.</source>
        <translation>{backup} ei ole Raketin tietokanta.</translation>
    </message>
    <message>
        <location filename="../../app/backups.py" line="130"/>
        <source>{backup} was made by a newer version of Raketti. Update Raketti to restore it.</source>
        <translation>{backup} on tehty Raketin uudemmalla versiolla. Päivitä Raketti palauttaaksesi sen.</translation>
    </message>
    <message>
        <location filename="../../app/backups.py" line="184"/>
        <source>Could not read {path}: {error}</source>
        <translation>Tiedostoa {path} ei voitu lukea: {error}</translation>
    </message>
    <message>
        <location filename="../../models/backup.py" line="93"/>
        <source>The copy of {path} failed its integrity check: {error}</source>
        <translation>Tiedoston {path} kopio ei läpäissyt eheystarkistusta: {error}</translation>
    </message>
    <message>
        <location filename="../../models/backup.py" line="104"/>
        <source>Could not copy {path}: {error}</source>
        <translation>Tiedostoa {path} ei voitu kopioida: {error}</translation>
    </message>
    <message>
        <location filename="../../models/backup.py" line="110"/>
        <source>Could not write the copy {target}: {error}</source>
        <translation>Kopiota {target} ei voitu kirjoittaa: {error}</translation>
    </message>
    <message>
        <location filename="../../models/backup.py" line="124"/>
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
        <location filename="../../models/migration.py" line="152"/>
        <source>{path} was left half-updated by an interrupted update, and Raketti cannot finish it safely ({detail}).</source>
        <translation>Tiedoston {path} päivitys keskeytyi kesken, eikä Raketti voi viedä sitä turvallisesti loppuun ({detail}).</translation>
    </message>
    <message>
        <location filename="../../models/migration.py" line="245"/>
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
    <name>labels</name>
    <message>
        <location filename="../../views/labels.py" line="23"/>
        <source>A3 potential / small customer</source>
        <translation>A3 potentiaalinen asiakas / pienasiakas</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="24"/>
        <source>A2 regular / service customer</source>
        <translation>A2 kanta-asiakas / palveluasiakas</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="25"/>
        <source>A1 key account / learning relationship</source>
        <translation>A1 avainasiakas / oppiva asiakassuhde</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="34"/>
        <source>very large</source>
        <translation>erittäin suuri</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="35"/>
        <source>large</source>
        <translation>suuri</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="36"/>
        <source>medium</source>
        <translation>keskisuuri</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="37"/>
        <source>small</source>
        <translation>pieni</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="46"/>
        <source>user</source>
        <translation>käyttäjä</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="47"/>
        <source>influencer</source>
        <translation>vaikuttaja</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="48"/>
        <source>buyer</source>
        <translation>ostaja</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="49"/>
        <source>decider</source>
        <translation>päättäjä</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="50"/>
        <source>gatekeeper</source>
        <translation>portinvartija</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="59"/>
        <source>team entrepreneur</source>
        <translation>tiimiyrittäjä</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="60"/>
        <source>team leader</source>
        <translation>tiimiliideri</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="61"/>
        <source>coach</source>
        <translation>tiimivalmentaja</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="70"/>
        <source>visit</source>
        <translation>käynti</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="71"/>
        <source>call</source>
        <translation>puhelu</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="72"/>
        <source>e-mail</source>
        <translation>sähköposti</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="73"/>
        <source>meeting</source>
        <translation>tapaaminen</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="74"/>
        <source>workshop</source>
        <translation>työpaja</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="75"/>
        <source>project</source>
        <translation>projekti</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="76"/>
        <source>sale</source>
        <translation>kauppa</translation>
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
        <location filename="../../models/rules.py" line="197"/>
        <source>Unknown value: {value}</source>
        <translation>Tuntematon arvo: {value}</translation>
    </message>
    <message>
        <location filename="../../app/customers/records.py" line="98"/>
        <source>Write the revenue as a number of euros.</source>
        <translation>Kirjoita myynti euroina numeroin.</translation>
    </message>
    <message>
        <location filename="../../app/customers/records.py" line="99"/>
        <source>The revenue is from 0 to {max} euros.</source>
        <translation>Liikevaihto on 0–{max} euroa.</translation>
    </message>
    <message>
        <location filename="../../app/customers/records.py" line="143"/>
        <source>{name} already has this business ID.</source>
        <translation>Asiakkaalla {name} on jo tämä Y-tunnus.</translation>
    </message>
    <message>
        <location filename="../../app/customers/records.py" line="216"/>
        <source>A customer cannot refer itself.</source>
        <translation>Asiakas ei voi suositella itseään.</translation>
    </message>
    <message>
        <location filename="../../app/customers/interactions.py" line="51"/>
        <location filename="../../models/rules.py" line="77"/>
        <source>This field is required.</source>
        <translation>Tämä kenttä on pakollinen.</translation>
    </message>
    <message>
        <location filename="../../app/customers/interactions.py" line="69"/>
        <source>A due date needs a next step to go with it.</source>
        <translation>Määräpäivälle tarvitaan myös seuraava askel.</translation>
    </message>
    <message>
        <location filename="../../models/rules.py" line="82"/>
        <source>At most {max} characters (this text has {count}).</source>
        <translation>Enintään {max} merkkiä (tässä tekstissä on {count}).</translation>
    </message>
    <message>
        <location filename="../../models/rules.py" line="90"/>
        <source>The text contains a control character (U+{code}).</source>
        <translation>Tekstissä on ohjausmerkki (U+{code}).</translation>
    </message>
    <message>
        <location filename="../../models/rules.py" line="133"/>
        <source>Write a whole number from {min} to {max}.</source>
        <translation>Kirjoita kokonaisluku väliltä {min}–{max}.</translation>
    </message>
    <message>
        <location filename="../../models/rules.py" line="216"/>
        <source>The chosen record does not exist (any more); choose again.</source>
        <translation>Valittua tietuetta ei ole (enää); valitse uudelleen.</translation>
    </message>
    <message>
        <location filename="../../models/rules.py" line="224"/>
        <source>Give a date between the years {first} and {last}.</source>
        <translation>Anna päivämäärä vuosien {first} ja {last} väliltä.</translation>
    </message>
    <message>
        <location filename="../../models/rules.py" line="260"/>
        <source>A business ID has seven digits, a hyphen and a check digit.</source>
        <translation>Y-tunnuksessa on seitsemän numeroa, väliviiva ja tarkistusnumero.</translation>
    </message>
    <message>
        <location filename="../../models/rules.py" line="269"/>
        <source>The check digit of the business ID does not match.</source>
        <translation>Y-tunnuksen tarkistusnumero ei täsmää.</translation>
    </message>
    <message>
        <location filename="../../models/rules.py" line="292"/>
        <source>The e-mail address should look like name@example.fi.</source>
        <translation>Sähköpostiosoitteen muoto on nimi@esimerkki.fi.</translation>
    </message>
    <message>
        <location filename="../../models/rules.py" line="311"/>
        <source>A phone number has 6–15 digits, optionally +, spaces and hyphens.</source>
        <translation>Puhelinnumerossa on 6–15 numeroa, lisäksi voi olla +, välilyöntejä ja väliviivoja.</translation>
    </message>
    <message>
        <location filename="../../models/rules.py" line="324"/>
        <source>The website should look like www.example.fi.</source>
        <translation>Verkkosivujen muoto on www.esimerkki.fi.</translation>
    </message>
    <message>
        <location filename="../../models/rules.py" line="348"/>
        <source>Write the date as 23.11.2026 or 2026-11-23.</source>
        <translation>Kirjoita päivämäärä muodossa 23.11.2026 tai 2026-11-23.</translation>
    </message>
    <message>
        <location filename="../../models/rules.py" line="358"/>
        <source>Scores are from 1 to 5.</source>
        <translation>Pisteet ovat 1–5.</translation>
    </message>
    <message>
        <location filename="../../models/rules.py" line="375"/>
        <source>Unknown buying-centre role: {roles}</source>
        <translation>Tuntematon rooli ostopäätöksessä: {roles}</translation>
    </message>
    <message>
        <location filename="../../views/customers/dialogs.py" line="292"/>
        <source>Choose the customer from the list.</source>
        <translation>Valitse asiakas listalta.</translation>
    </message>
    <message>
        <location filename="../../app/teams.py" line="176"/>
        <source>{name} already appears in saved records, so the member cannot be removed.</source>
        <translation>{name} esiintyy jo tallennetuissa tiedoissa, joten jäsentä ei voi poistaa.</translation>
    </message>
    <message>
        <location filename="../../app/files.py" line="60"/>
        <source>The file could not be written to {path}: {error}</source>
        <translation>Tiedostoa {path} ei voitu kirjoittaa: {error}</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <location filename="../../views/startup.py" line="69"/>
        <source>Raketti ran into a bug</source>
        <translation>Raketissa tapahtui virhe</translation>
    </message>
    <message>
        <location filename="../../views/startup.py" line="70"/>
        <source>Something went wrong inside Raketti. Your saved work is safe.

The details are in the log file {path}. Copy them below into a bug report.</source>
        <translation>Raketin sisällä meni jotain vikaan. Tallennettu työsi on tallessa.

Tiedot ovat lokitiedostossa {path}. Kopioi ne alta virheraporttiin.</translation>
    </message>
    <message>
        <location filename="../../views/startup.py" line="107"/>
        <source>Read-only database</source>
        <translation>Vain luettava tietokanta</translation>
    </message>
    <message>
        <location filename="../../views/launcher.py" line="81"/>
        <location filename="../../views/startup.py" line="112"/>
        <location filename="../../views/startup.py" line="123"/>
        <source>Cannot open the database</source>
        <translation>Tietokantaa ei voi avata</translation>
    </message>
    <message>
        <location filename="../../views/startup.py" line="130"/>
        <source>Restoring puts that copy in place of the file, which is kept beside it under a new name. Changes made after {date} are not in the copy.</source>
        <translation>Palautus vaihtaa kopion tiedoston tilalle; tiedosto säilyy samassa kansiossa uudella nimellä. Ajankohdan {date} jälkeen tehdyt muutokset eivät ole kopiossa.</translation>
    </message>
    <message>
        <location filename="../../views/startup.py" line="137"/>
        <source>Restore the backup from {date}</source>
        <translation>Palauta {date} otettu varmuuskopio</translation>
    </message>
    <message>
        <location filename="../../views/startup.py" line="153"/>
        <source>Could not restore the backup</source>
        <translation>Varmuuskopiota ei voitu palauttaa</translation>
    </message>
    <message>
        <location filename="../../views/startup.py" line="159"/>
        <source>Backup restored</source>
        <translation>Varmuuskopio palautettu</translation>
    </message>
    <message>
        <location filename="../../views/startup.py" line="160"/>
        <source>The copy from {date} is in place. The file that could not be opened was kept as {aside}.</source>
        <translation>{date} otettu kopio on nyt käytössä. Tiedosto, jota ei voitu avata, säilytettiin nimellä {aside}.</translation>
    </message>
    <message>
        <location filename="../../views/startup.py" line="173"/>
        <source>Welcome to Raketti</source>
        <translation>Tervetuloa Rakettiin</translation>
    </message>
    <message>
        <location filename="../../views/startup.py" line="174"/>
        <source>This database is empty. Fill it with demo data to look around?

Choose No to start with your own team company.</source>
        <translation>Tietokanta on tyhjä. Täytetäänkö se esimerkkitiedoilla, jotta voit tutustua ohjelmaan?

Valitse Ei, jos haluat aloittaa omalla tiimiyritykselläsi.</translation>
    </message>
    <message>
        <location filename="../../views/startup.py" line="199"/>
        <source>Creating demo data…</source>
        <translation>Luodaan esimerkkitietoja…</translation>
    </message>
    <message>
        <location filename="../../views/startup.py" line="200"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <location filename="../../views/startup.py" line="224"/>
        <location filename="../../views/startup.py" line="235"/>
        <source>No demo data</source>
        <translation>Ei esimerkkitietoja</translation>
    </message>
    <message>
        <location filename="../../views/startup.py" line="225"/>
        <source>You cancelled the demo data: nothing was written and the database is still empty. Start with your own team company instead.</source>
        <translation>Peruutit esimerkkitietojen luonnin: mitään ei tallennettu, ja tietokanta on yhä tyhjä. Aloita sen sijaan omalla tiimiyritykselläsi.</translation>
    </message>
    <message>
        <location filename="../../views/launcher.py" line="82"/>
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
        <location filename="../../views/unsaved.py" line="140"/>
        <source>The window “{title}”</source>
        <translation>Ikkuna ”{title}”</translation>
    </message>
</context>
</TS>

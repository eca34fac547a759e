<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>CoachFeeds</name>
    <message>
        <location filename="../../views/sync/coach_feeds.py" line="84"/>
        <source>followed: {folder}</source>
        <translation>seurattu: {folder}</translation>
    </message>
</context>
<context>
    <name>ConflictsButton</name>
    <message>
        <location filename="../../views/sync/status.py" line="108"/>
        <source>Two laptops changed the same thing: choose what stays.</source>
        <translation>Kaksi konetta muutti samaa tietoa: valitse, mikä jää voimaan.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/sync/status.py" line="115"/>
        <source>⚠ %n conflict(s)</source>
        <translation>
            <numerusform>⚠ %n ristiriita</numerusform>
            <numerusform>⚠ %n ristiriitaa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../views/sync/conflicts_dialog.py" line="73"/>
        <source>Conflicts</source>
        <translation>Ristiriidat</translation>
    </message>
    <message>
        <location filename="../../views/sync/conflicts_dialog.py" line="79"/>
        <source>Record</source>
        <translation>Tietue</translation>
    </message>
    <message>
        <location filename="../../views/sync/conflicts_dialog.py" line="79"/>
        <source>Field</source>
        <translation>Kenttä</translation>
    </message>
    <message>
        <location filename="../../views/sync/conflicts_dialog.py" line="79"/>
        <source>Values</source>
        <translation>Arvot</translation>
    </message>
    <message>
        <location filename="../../views/sync/conflicts_dialog.py" line="93"/>
        <source>No conflicts. When two laptops change the same field before they sync, both values are kept and listed here for you to choose.</source>
        <translation>Ei ristiriitoja. Kun kaksi konetta muuttaa samaa kenttää ennen synkronointia, molemmat arvot säilytetään ja ne näkyvät tässä valittaviksi.</translation>
    </message>
    <message>
        <location filename="../../views/sync/conflicts_dialog.py" line="98"/>
        <source>Choose what stays</source>
        <translation>Valitse, mikä jää voimaan</translation>
    </message>
    <message>
        <location filename="../../views/sync/conflicts_dialog.py" line="102"/>
        <source>Another value:</source>
        <translation>Jokin muu arvo:</translation>
    </message>
    <message>
        <location filename="../../views/sync/conflicts_dialog.py" line="107"/>
        <source>Settle</source>
        <translation>Ratkaise</translation>
    </message>
    <message>
        <location filename="../../views/sync/conflicts_dialog.py" line="161"/>
        <source>(deleted)</source>
        <translation>(poistettu)</translation>
    </message>
    <message>
        <location filename="../../views/sync/conflicts_dialog.py" line="212"/>
        <source>someone</source>
        <translation>joku</translation>
    </message>
    <message>
        <location filename="../../views/sync/conflicts_dialog.py" line="215"/>
        <source>Deleted — by {who} on {laptop}, {when}</source>
        <translation>Poistettu — {who} ({laptop}), {when}</translation>
    </message>
    <message>
        <location filename="../../views/sync/conflicts_dialog.py" line="217"/>
        <source>“{value}” — {who} on {laptop}, {when}</source>
        <translation>”{value}” — {who} ({laptop}), {when}</translation>
    </message>
    <message>
        <location filename="../../views/sync/conflicts_dialog.py" line="219"/>
        <source>{choice} (shown now)</source>
        <translation>{choice} (näkyy nyt)</translation>
    </message>
    <message>
        <location filename="../../views/sync/conflicts_dialog.py" line="244"/>
        <source>Choose one of the values first.</source>
        <translation>Valitse ensin jokin arvoista.</translation>
    </message>
    <message>
        <location filename="../../views/sync/conflicts_dialog.py" line="252"/>
        <source>This conflict changed meanwhile; the list is read again.</source>
        <translation>Ristiriita muuttui sillä välin; lista luetaan uudelleen.</translation>
    </message>
    <message>
        <location filename="../../views/sync/conflicts_dialog.py" line="257"/>
        <source>The database is open read-only.</source>
        <translation>Tietokanta on avattu vain luettavaksi.</translation>
    </message>
</context>
<context>
    <name>FollowedTeams</name>
    <message>
        <location filename="../../views/sync/coach_feeds.py" line="181"/>
        <source>A coach can follow the teams they coach: choose each team&apos;s shared folder. Raketti only reads those folders and writes nothing there; the coach&apos;s view in the Rocket panel then shows the teams&apos; live data.</source>
        <translation>Valmentaja voi seurata valmentamiaan tiimejä: valitse kunkin tiimin jaettu kansio. Raketti vain lukee näitä kansioita eikä kirjoita niihin mitään; Raketti-näkymän valmentajan näkymä näyttää sitten tiimien ajantasaiset tiedot.</translation>
    </message>
    <message>
        <location filename="../../views/sync/coach_feeds.py" line="189"/>
        <source>Follow a team&apos;s folder…</source>
        <translation>Seuraa tiimin kansiota…</translation>
    </message>
    <message>
        <location filename="../../views/sync/coach_feeds.py" line="192"/>
        <source>Stop following</source>
        <translation>Lopeta seuraaminen</translation>
    </message>
    <message>
        <location filename="../../views/sync/coach_feeds.py" line="211"/>
        <source>not read yet</source>
        <translation>ei vielä luettu</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/sync/coach_feeds.py" line="215"/>
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n tiimi</numerusform>
            <numerusform>%n tiimiä</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/sync/coach_feeds.py" line="220"/>
        <source>No team followed yet.</source>
        <translation>Yhtään tiimiä ei vielä seurata.</translation>
    </message>
    <message>
        <location filename="../../views/sync/coach_feeds.py" line="231"/>
        <source>A team&apos;s shared folder</source>
        <translation>Tiimin jaettu kansio</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../views/sync/history_tab.py" line="32"/>
        <source>Field</source>
        <translation>Kenttä</translation>
    </message>
    <message>
        <location filename="../../views/sync/history_tab.py" line="33"/>
        <source>Old value</source>
        <translation>Vanha arvo</translation>
    </message>
    <message>
        <location filename="../../views/sync/history_tab.py" line="34"/>
        <source>New value</source>
        <translation>Uusi arvo</translation>
    </message>
    <message>
        <location filename="../../views/sync/history_tab.py" line="35"/>
        <source>Who</source>
        <translation>Kuka</translation>
    </message>
    <message>
        <location filename="../../views/sync/history_tab.py" line="36"/>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <location filename="../../views/sync/history_tab.py" line="37"/>
        <source>Laptop</source>
        <translation>Kone</translation>
    </message>
    <message>
        <location filename="../../views/sync/history_tab.py" line="54"/>
        <source>No history yet. Once team sync is on (Settings → Team sync), every change of this customer is listed here: who changed what, when and on which laptop.</source>
        <translation>Ei vielä historiaa. Kun tiimisynkronointi on käytössä (Asetukset → Tiimisynkronointi), jokainen tämän asiakkaan muutos näkyy tässä: kuka muutti mitä, milloin ja millä koneella.</translation>
    </message>
    <message>
        <location filename="../../app/sync/__init__.py" line="23"/>
        <source>History</source>
        <translation>Historia</translation>
    </message>
</context>
<context>
    <name>JoinTeam</name>
    <message>
        <location filename="../../views/sync/join_dialog.py" line="40"/>
        <location filename="../../views/sync/join_dialog.py" line="50"/>
        <location filename="../../views/sync/join_dialog.py" line="104"/>
        <location filename="../../views/sync/join_dialog.py" line="117"/>
        <source>Join a team</source>
        <translation>Liity tiimiin</translation>
    </message>
    <message>
        <location filename="../../views/sync/join_dialog.py" line="41"/>
        <source>{path} holds no team&apos;s files. Choose the folder your team shares.</source>
        <translation>Kansiossa {path} ei ole minkään tiimin tiedostoja. Valitse kansio, jonka tiimisi jakaa.</translation>
    </message>
    <message>
        <location filename="../../views/sync/join_dialog.py" line="51"/>
        <source>The folder holds several teams. Which one?</source>
        <translation>Kansiossa on useamman tiimin tiedostot. Mihin tiimiin liityt?</translation>
    </message>
    <message>
        <location filename="../../views/sync/join_dialog.py" line="62"/>
        <source>The team&apos;s shared folder</source>
        <translation>Tiimin jaettu kansio</translation>
    </message>
    <message>
        <location filename="../../views/sync/join_dialog.py" line="89"/>
        <source>Joining the team…</source>
        <translation>Liitytään tiimiin…</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../views/sync/passphrase_dialog.py" line="49"/>
        <source>At least {count} characters, or four words. Every member needs it: share it in person, not in the shared folder.</source>
        <translation>Vähintään {count} merkkiä tai neljä sanaa. Jokainen jäsen tarvitsee sen: kerro se kasvokkain, älä jaetussa kansiossa.</translation>
    </message>
    <message>
        <location filename="../../views/sync/passphrase_dialog.py" line="60"/>
        <source>Team passphrase:</source>
        <translation>Tiimin tunnuslause:</translation>
    </message>
    <message>
        <location filename="../../views/sync/passphrase_dialog.py" line="62"/>
        <source>Once more:</source>
        <translation>Uudelleen:</translation>
    </message>
    <message>
        <location filename="../../views/sync/passphrase_dialog.py" line="78"/>
        <source>Change the team passphrase</source>
        <translation>Vaihda tiimin tunnuslause</translation>
    </message>
    <message>
        <location filename="../../views/sync/passphrase_dialog.py" line="80"/>
        <source>Rotate the team key</source>
        <translation>Vaihda tiimin avain</translation>
    </message>
    <message>
        <location filename="../../views/sync/passphrase_dialog.py" line="81"/>
        <source>Team passphrase</source>
        <translation>Tiimin tunnuslause</translation>
    </message>
    <message>
        <location filename="../../views/sync/passphrase_dialog.py" line="86"/>
        <source>Raketti encrypts every file it puts in the shared folder with the team&apos;s key. Choose a passphrase for the team: the other members join with it.</source>
        <translation>Raketti salaa jokaisen jaettuun kansioon viemänsä tiedoston tiimin avaimella. Valitse tiimille tunnuslause: muut jäsenet liittyvät sillä.</translation>
    </message>
    <message>
        <location filename="../../views/sync/passphrase_dialog.py" line="89"/>
        <source>This team&apos;s files are encrypted. Enter the team passphrase to join.</source>
        <translation>Tämän tiimin tiedostot on salattu. Liity kirjoittamalla tiimin tunnuslause.</translation>
    </message>
    <message>
        <location filename="../../views/sync/passphrase_dialog.py" line="91"/>
        <source>The team passphrase was changed and the team key replaced. Enter the new passphrase; this laptop&apos;s changes wait until then.</source>
        <translation>Tiimin tunnuslause on vaihdettu ja tiimin avain uusittu. Kirjoita uusi tunnuslause; tämän koneen muutokset odottavat siihen asti.</translation>
    </message>
    <message>
        <location filename="../../views/sync/passphrase_dialog.py" line="95"/>
        <source>The team&apos;s files are encrypted. Enter the team&apos;s passphrase to follow it (read only).</source>
        <translation>Tiimin tiedostot on salattu. Kirjoita tiimin tunnuslause seurataksesi tiimiä (vain luku).</translation>
    </message>
    <message>
        <location filename="../../views/sync/passphrase_dialog.py" line="99"/>
        <source>Choose a new passphrase for the team. Laptops that joined keep working; new members join with the new one.</source>
        <translation>Valitse tiimille uusi tunnuslause. Jo liittyneet koneet toimivat edelleen; uudet jäsenet liittyvät uudella.</translation>
    </message>
    <message>
        <location filename="../../views/sync/passphrase_dialog.py" line="103"/>
        <source>A member left: a new team key seals every file from now on, so the old passphrase and key no longer read new files. Choose a new passphrase and give it to the members who stay.</source>
        <translation>Jäsen lähti: uusi tiimin avain salaa tästä lähtien jokaisen tiedoston, joten vanhalla tunnuslauseella ja avaimella ei enää lue uusia tiedostoja. Valitse uusi tunnuslause ja anna se jäljelle jääville jäsenille.</translation>
    </message>
    <message>
        <location filename="../../views/sync/passphrase_dialog.py" line="114"/>
        <source>The two passphrases differ.</source>
        <translation>Tunnuslauseet eivät ole samat.</translation>
    </message>
    <message>
        <location filename="../../views/sync/passphrase_dialog.py" line="117"/>
        <source>Too short: at least {count} characters, or four words.</source>
        <translation>Liian lyhyt: vähintään {count} merkkiä tai neljä sanaa.</translation>
    </message>
</context>
<context>
    <name>PassphraseRow</name>
    <message>
        <location filename="../../views/sync/passphrase_actions.py" line="64"/>
        <location filename="../../views/sync/passphrase_actions.py" line="94"/>
        <source>Enter passphrase…</source>
        <translation>Kirjoita tunnuslause…</translation>
    </message>
    <message>
        <location filename="../../views/sync/passphrase_actions.py" line="67"/>
        <source>Change passphrase…</source>
        <translation>Vaihda tunnuslause…</translation>
    </message>
    <message>
        <location filename="../../views/sync/passphrase_actions.py" line="70"/>
        <source>Rotate key (a member left)…</source>
        <translation>Vaihda avain (jäsen lähti)…</translation>
    </message>
    <message>
        <location filename="../../views/sync/passphrase_actions.py" line="82"/>
        <source>The team&apos;s files are encrypted once a folder is chosen.</source>
        <translation>Tiimin tiedostot salataan, kun kansio on valittu.</translation>
    </message>
    <message>
        <location filename="../../views/sync/passphrase_actions.py" line="84"/>
        <source>Choose a team passphrase: nothing is sent before.</source>
        <translation>Valitse tiimin tunnuslause: mitään ei lähetetä ennen sitä.</translation>
    </message>
    <message>
        <location filename="../../views/sync/passphrase_actions.py" line="86"/>
        <source>Enter the team passphrase to join.</source>
        <translation>Liity kirjoittamalla tiimin tunnuslause.</translation>
    </message>
    <message>
        <location filename="../../views/sync/passphrase_actions.py" line="88"/>
        <source>The team key was replaced: enter the new passphrase.</source>
        <translation>Tiimin avain on uusittu: kirjoita uusi tunnuslause.</translation>
    </message>
    <message>
        <location filename="../../views/sync/passphrase_actions.py" line="90"/>
        <source>Every file in the shared folder is encrypted with the team key.</source>
        <translation>Jokainen jaetun kansion tiedosto on salattu tiimin avaimella.</translation>
    </message>
    <message>
        <location filename="../../views/sync/passphrase_actions.py" line="94"/>
        <source>Choose passphrase…</source>
        <translation>Valitse tunnuslause…</translation>
    </message>
</context>
<context>
    <name>RecycleBinDialog</name>
    <message>
        <location filename="../../views/sync/recycle_bin.py" line="40"/>
        <source>Recycle bin</source>
        <translation>Roskakori</translation>
    </message>
    <message>
        <location filename="../../views/sync/recycle_bin.py" line="46"/>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <location filename="../../views/sync/recycle_bin.py" line="47"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../views/sync/recycle_bin.py" line="48"/>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location filename="../../views/sync/recycle_bin.py" line="49"/>
        <source>Deleted by</source>
        <translation>Poistaja</translation>
    </message>
    <message>
        <location filename="../../views/sync/recycle_bin.py" line="50"/>
        <source>Laptop</source>
        <translation>Kone</translation>
    </message>
    <message>
        <location filename="../../views/sync/recycle_bin.py" line="51"/>
        <source>Deleted</source>
        <translation>Poistettu</translation>
    </message>
    <message>
        <location filename="../../views/sync/recycle_bin.py" line="71"/>
        <source>The recycle bin is empty. Deleted customers, contacts, interactions and meetings appear here once team sync is on, and can be restored.</source>
        <translation>Roskakori on tyhjä. Poistetut asiakkaat, yhteyshenkilöt, yhteydenotot ja kokoukset näkyvät tässä, kun tiimisynkronointi on käytössä, ja ne voi palauttaa.</translation>
    </message>
    <message>
        <location filename="../../views/sync/recycle_bin.py" line="79"/>
        <source>Restore</source>
        <translation>Palauta</translation>
    </message>
    <message>
        <location filename="../../views/sync/recycle_bin.py" line="132"/>
        <source>Choose what to restore in the list first.</source>
        <translation>Valitse ensin listalta, mitä palautetaan.</translation>
    </message>
    <message>
        <location filename="../../views/sync/recycle_bin.py" line="142"/>
        <source>The database is open read-only.</source>
        <translation>Tietokanta on avattu vain luettavaksi.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/sync/recycle_bin.py" line="144"/>
        <source>Restored %n record(s).</source>
        <translation>
            <numerusform>Palautettiin %n tietue.</numerusform>
            <numerusform>Palautettiin %n tietuetta.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncButton</name>
    <message>
        <location filename="../../views/sync/status.py" line="33"/>
        <source>Sync now</source>
        <translation>Synkronoi nyt</translation>
    </message>
    <message>
        <location filename="../../views/sync/status.py" line="35"/>
        <source>Conflicts…</source>
        <translation>Ristiriidat…</translation>
    </message>
    <message>
        <location filename="../../views/sync/status.py" line="37"/>
        <source>Recycle bin…</source>
        <translation>Roskakori…</translation>
    </message>
    <message>
        <location filename="../../views/sync/status.py" line="39"/>
        <source>Team sync settings…</source>
        <translation>Tiimisynkronoinnin asetukset…</translation>
    </message>
    <message>
        <location filename="../../views/sync/status.py" line="56"/>
        <source>Conflicts ({count})…</source>
        <translation>Ristiriidat ({count})…</translation>
    </message>
    <message>
        <location filename="../../views/sync/status.py" line="60"/>
        <source>Team sync: off</source>
        <translation>Tiimisynkronointi: pois</translation>
    </message>
    <message>
        <location filename="../../views/sync/status.py" line="61"/>
        <source>Click to choose the team&apos;s shared folder.</source>
        <translation>Valitse tiimin jaettu kansio napsauttamalla.</translation>
    </message>
    <message>
        <location filename="../../views/sync/status.py" line="64"/>
        <source>Syncing…</source>
        <translation>Synkronoidaan…</translation>
    </message>
    <message>
        <location filename="../../views/sync/status.py" line="67"/>
        <source>⚠ Sync failed</source>
        <translation>⚠ Synkronointi epäonnistui</translation>
    </message>
    <message>
        <location filename="../../views/sync/status.py" line="73"/>
        <source>Not synced yet</source>
        <translation>Ei vielä synkronoitu</translation>
    </message>
    <message>
        <location filename="../../views/sync/status.py" line="75"/>
        <source>Synced {when}</source>
        <translation>Synkronoitu {when}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/sync/status.py" line="77"/>
        <source>Synced {when} · %n incoming</source>
        <translation>
            <numerusform>Synkronoitu {when} · %n saapunut</numerusform>
            <numerusform>Synkronoitu {when} · %n saapunutta</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/sync/status.py" line="79"/>
        <source>Shared folder: {path}
Click to sync now.</source>
        <translation>Jaettu kansio: {path}
Synkronoi nyt napsauttamalla.</translation>
    </message>
</context>
<context>
    <name>SyncMarks</name>
    <message>
        <location filename="../../views/sync/marks.py" line="16"/>
        <source>Changed on two laptops at once:</source>
        <translation>Muutettu kahdella koneella yhtä aikaa:</translation>
    </message>
    <message>
        <location filename="../../views/sync/marks.py" line="19"/>
        <source>deleted</source>
        <translation>poistettu</translation>
    </message>
    <message>
        <location filename="../../views/sync/marks.py" line="23"/>
        <source>someone</source>
        <translation>joku</translation>
    </message>
    <message>
        <location filename="../../views/sync/marks.py" line="25"/>
        <source>Choose what stays in Edit → Conflicts.</source>
        <translation>Valitse voimaan jäävä arvo kohdassa Muokkaa → Ristiriidat.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/sync/marks.py" line="31"/>
        <source>⚠ %n field(s) of this record were changed on two laptops at once. &lt;a href=&quot;conflicts&quot;&gt;Choose what stays…&lt;/a&gt;</source>
        <translation>
            <numerusform>⚠ %n kenttä muutettiin kahdella koneella yhtä aikaa. &lt;a href=&quot;conflicts&quot;&gt;Valitse, mikä jää voimaan…&lt;/a&gt;</numerusform>
            <numerusform>⚠ %n kenttää muutettiin kahdella koneella yhtä aikaa. &lt;a href=&quot;conflicts&quot;&gt;Valitse, mikä jää voimaan…&lt;/a&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncMenus</name>
    <message>
        <location filename="../../views/sync/status.py" line="150"/>
        <source>&amp;Team sync…</source>
        <translation>&amp;Tiimisynkronointi…</translation>
    </message>
    <message>
        <location filename="../../views/sync/status.py" line="158"/>
        <source>Recycle &amp;bin…</source>
        <translation>&amp;Roskakori…</translation>
    </message>
    <message>
        <location filename="../../views/sync/status.py" line="161"/>
        <source>&amp;Conflicts…</source>
        <translation>R&amp;istiriidat…</translation>
    </message>
</context>
<context>
    <name>SyncRunner</name>
    <message>
        <location filename="../../views/sync/runner.py" line="117"/>
        <source>The database is open read-only.</source>
        <translation>Tietokanta on avattu vain luettavaksi.</translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <location filename="../../views/sync/settings_dialog.py" line="57"/>
        <source>Team sync</source>
        <translation>Tiimisynkronointi</translation>
    </message>
    <message>
        <location filename="../../views/sync/settings_dialog.py" line="60"/>
        <source>This team company</source>
        <translation>Tämä tiimiyritys</translation>
    </message>
    <message>
        <location filename="../../views/sync/settings_dialog.py" line="62"/>
        <source>Teams I coach</source>
        <translation>Valmentamani tiimit</translation>
    </message>
    <message>
        <location filename="../../views/sync/settings_dialog.py" line="75"/>
        <source>Every laptop of the team keeps its own database and works offline. The laptops exchange their changes as files through a folder the team already shares (OneDrive, Google Drive, Dropbox, Syncthing, a USB stick). Never put the database itself in that folder.</source>
        <translation>Jokaisella tiimin koneella on oma tietokantansa, ja sillä voi työskennellä ilman verkkoyhteyttä. Koneet vaihtavat muutoksensa tiedostoina kansion kautta, jonka tiimi jo jakaa (OneDrive, Google Drive, Dropbox, Syncthing, USB-tikku). Älä koskaan laita itse tietokantaa siihen kansioon.</translation>
    </message>
    <message>
        <location filename="../../views/sync/settings_dialog.py" line="85"/>
        <source>No folder chosen: team sync is off</source>
        <translation>Kansiota ei ole valittu: tiimisynkronointi ei ole käytössä</translation>
    </message>
    <message>
        <location filename="../../views/sync/settings_dialog.py" line="86"/>
        <source>Choose…</source>
        <translation>Valitse…</translation>
    </message>
    <message>
        <location filename="../../views/sync/settings_dialog.py" line="101"/>
        <source>Sync now</source>
        <translation>Synkronoi nyt</translation>
    </message>
    <message>
        <location filename="../../views/sync/settings_dialog.py" line="118"/>
        <source>Shared folder:</source>
        <translation>Jaettu kansio:</translation>
    </message>
    <message>
        <location filename="../../views/sync/settings_dialog.py" line="119"/>
        <source>This laptop&apos;s name:</source>
        <translation>Tämän koneen nimi:</translation>
    </message>
    <message>
        <location filename="../../views/sync/settings_dialog.py" line="121"/>
        <source>Last sync:</source>
        <translation>Viimeisin synkronointi:</translation>
    </message>
    <message>
        <location filename="../../views/sync/settings_dialog.py" line="123"/>
        <source>Encryption:</source>
        <translation>Salaus:</translation>
    </message>
    <message>
        <location filename="../../views/sync/settings_dialog.py" line="127"/>
        <location filename="../../views/sync/settings_dialog.py" line="154"/>
        <source>Laptop</source>
        <translation>Kone</translation>
    </message>
    <message>
        <location filename="../../views/sync/settings_dialog.py" line="128"/>
        <source>Last wrote</source>
        <translation>Kirjoitti viimeksi</translation>
    </message>
    <message>
        <location filename="../../views/sync/settings_dialog.py" line="129"/>
        <source>Last received here</source>
        <translation>Vastaanotettu tänne viimeksi</translation>
    </message>
    <message>
        <location filename="../../views/sync/settings_dialog.py" line="130"/>
        <source>Files</source>
        <translation>Tiedostoja</translation>
    </message>
    <message>
        <location filename="../../views/sync/settings_dialog.py" line="154"/>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <location filename="../../views/sync/settings_dialog.py" line="154"/>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <location filename="../../views/sync/settings_dialog.py" line="154"/>
        <source>Why</source>
        <translation>Miksi</translation>
    </message>
    <message>
        <location filename="../../views/sync/settings_dialog.py" line="164"/>
        <source>Laptops seen in the shared folder:</source>
        <translation>Jaetussa kansiossa näkyvät koneet:</translation>
    </message>
    <message>
        <location filename="../../views/sync/settings_dialog.py" line="166"/>
        <source>Held back:</source>
        <translation>Odottamassa:</translation>
    </message>
    <message>
        <location filename="../../views/sync/settings_dialog.py" line="172"/>
        <source>Files refused at the last sync:</source>
        <translation>Viime synkronoinnissa hylätyt tiedostot:</translation>
    </message>
    <message>
        <location filename="../../views/sync/settings_dialog.py" line="175"/>
        <source>Set aside (changes that break a rule, not applied):</source>
        <translation>Syrjään siirretyt (sääntöä rikkovat muutokset, joita ei otettu käyttöön):</translation>
    </message>
    <message>
        <location filename="../../views/sync/settings_dialog.py" line="191"/>
        <source>Syncing…</source>
        <translation>Synkronoidaan…</translation>
    </message>
    <message>
        <location filename="../../views/sync/settings_dialog.py" line="193"/>
        <source>never</source>
        <translation>ei koskaan</translation>
    </message>
    <message>
        <location filename="../../views/sync/settings_dialog.py" line="209"/>
        <source>{name} (this laptop)</source>
        <translation>{name} (tämä kone)</translation>
    </message>
    <message>
        <location filename="../../views/sync/settings_dialog.py" line="225"/>
        <source>{when}: {what}</source>
        <translation>{when}: {what}</translation>
    </message>
    <message>
        <location filename="../../views/sync/settings_dialog.py" line="232"/>
        <source>Nothing is held back.</source>
        <translation>Mitään ei odota.</translation>
    </message>
    <message>
        <location filename="../../views/sync/settings_dialog.py" line="243"/>
        <source>{laptop}, file {file}: {reason}</source>
        <translation>{laptop}, tiedosto {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../views/sync/settings_dialog.py" line="248"/>
        <source>No file was refused.</source>
        <translation>Yhtään tiedostoa ei hylätty.</translation>
    </message>
    <message>
        <location filename="../../views/sync/settings_dialog.py" line="265"/>
        <source>{what} {name}: a change dated more than a day ahead (a laptop&apos;s clock is wrong); it waits until that time.</source>
        <translation>{what} {name}: muutos on päivätty yli vuorokauden tulevaisuuteen (jonkin koneen kello on väärässä); se odottaa siihen asti.</translation>
    </message>
    <message>
        <location filename="../../views/sync/settings_dialog.py" line="269"/>
        <source>{what} {name}: waits for its {parent} to arrive or be restored.</source>
        <translation>{what} {name}: odottaa, että sen ylätietue ({parent}) saapuu tai palautetaan.</translation>
    </message>
    <message>
        <location filename="../../views/sync/settings_dialog.py" line="277"/>
        <source>The team&apos;s shared folder</source>
        <translation>Tiimin jaettu kansio</translation>
    </message>
    <message>
        <location filename="../../views/sync/settings_dialog.py" line="294"/>
        <source>Use another shared folder?</source>
        <translation>Otetaanko käyttöön toinen jaettu kansio?</translation>
    </message>
    <message>
        <location filename="../../views/sync/settings_dialog.py" line="296"/>
        <source>Sync with {new} from now on, instead of {old}?</source>
        <translation>Synkronoidaanko tästä lähtien kansion {new} kanssa kansion {old} sijaan?</translation>
    </message>
    <message>
        <location filename="../../views/sync/settings_dialog.py" line="300"/>
        <source>Nothing in this laptop&apos;s database is deleted. Its changes are written to the new folder at the next sync, and it takes in what teammates wrote there. Teammates must choose the same folder, or they no longer get this laptop&apos;s changes. The old folder is left as it is.</source>
        <translation>Tämän koneen tietokannasta ei poisteta mitään. Sen muutokset kirjoitetaan uuteen kansioon seuraavassa synkronoinnissa, ja se ottaa vastaan, mitä tiimikaverit ovat sinne kirjoittaneet. Tiimikavereiden on valittava sama kansio, muuten he eivät enää saa tämän koneen muutoksia. Vanha kansio jätetään ennalleen.</translation>
    </message>
    <message>
        <location filename="../../views/sync/settings_dialog.py" line="307"/>
        <source>Use the new folder</source>
        <translation>Käytä uutta kansiota</translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <location filename="../../views/sync/texts.py" line="23"/>
        <location filename="../../views/sync/texts.py" line="49"/>
        <source>Team company</source>
        <translation>Tiimiyritys</translation>
    </message>
    <message>
        <location filename="../../views/sync/texts.py" line="24"/>
        <source>Member</source>
        <translation>Jäsen</translation>
    </message>
    <message>
        <location filename="../../views/sync/texts.py" line="25"/>
        <location filename="../../views/sync/texts.py" line="50"/>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location filename="../../views/sync/texts.py" line="26"/>
        <source>Contact</source>
        <translation>Yhteyshenkilö</translation>
    </message>
    <message>
        <location filename="../../views/sync/texts.py" line="27"/>
        <source>Interaction</source>
        <translation>Yhteydenotto</translation>
    </message>
    <message>
        <location filename="../../views/sync/texts.py" line="28"/>
        <source>Meeting</source>
        <translation>Kokous</translation>
    </message>
    <message>
        <location filename="../../views/sync/texts.py" line="29"/>
        <source>Meeting series</source>
        <translation>Kokoussarja</translation>
    </message>
    <message>
        <location filename="../../views/sync/texts.py" line="30"/>
        <source>Ladder move</source>
        <translation>Portaan vaihto</translation>
    </message>
    <message>
        <location filename="../../views/sync/texts.py" line="31"/>
        <source>Rocket score</source>
        <translation>Raketin pisteet</translation>
    </message>
    <message>
        <location filename="../../views/sync/texts.py" line="32"/>
        <source>Rocket process</source>
        <translation>Raketin prosessi</translation>
    </message>
    <message>
        <location filename="../../views/sync/texts.py" line="33"/>
        <source>Action item</source>
        <translation>Tehtävä</translation>
    </message>
    <message>
        <location filename="../../views/sync/texts.py" line="34"/>
        <source>Development proposal</source>
        <translation>Kehitysehdotus</translation>
    </message>
    <message>
        <location filename="../../views/sync/texts.py" line="35"/>
        <source>Segmentation</source>
        <translation>Segmentointi</translation>
    </message>
    <message>
        <location filename="../../views/sync/texts.py" line="36"/>
        <source>Segment</source>
        <translation>Segmentti</translation>
    </message>
    <message>
        <location filename="../../views/sync/texts.py" line="37"/>
        <source>Customer goal</source>
        <translation>Asiakkaan tavoite</translation>
    </message>
    <message>
        <location filename="../../views/sync/texts.py" line="38"/>
        <source>Customer success</source>
        <translation>Asiakkaan menestys</translation>
    </message>
    <message>
        <location filename="../../views/sync/texts.py" line="39"/>
        <source>Feedback</source>
        <translation>Palaute</translation>
    </message>
    <message>
        <location filename="../../views/sync/texts.py" line="40"/>
        <source>Journey map</source>
        <translation>Asiakaspolku</translation>
    </message>
    <message>
        <location filename="../../views/sync/texts.py" line="46"/>
        <source>(created)</source>
        <translation>(luotu)</translation>
    </message>
    <message>
        <location filename="../../views/sync/texts.py" line="47"/>
        <source>(deleted)</source>
        <translation>(poistettu)</translation>
    </message>
    <message>
        <location filename="../../views/sync/texts.py" line="48"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../views/sync/texts.py" line="51"/>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <location filename="../../views/sync/texts.py" line="52"/>
        <source>Roles</source>
        <translation>Roolit</translation>
    </message>
    <message>
        <location filename="../../views/sync/texts.py" line="53"/>
        <source>Outcome</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <location filename="../../views/sync/texts.py" line="54"/>
        <source>Next step</source>
        <translation>Seuraava askel</translation>
    </message>
    <message>
        <location filename="../../views/sync/texts.py" line="55"/>
        <source>Next step due</source>
        <translation>Seuraavan askeleen määräpäivä</translation>
    </message>
    <message>
        <location filename="../../views/sync/texts.py" line="56"/>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <location filename="../../views/sync/texts.py" line="57"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../views/sync/texts.py" line="58"/>
        <source>Goal</source>
        <translation>Tavoite</translation>
    </message>
    <message>
        <location filename="../../views/sync/texts.py" line="59"/>
        <source>Minutes</source>
        <translation>Pöytäkirja</translation>
    </message>
    <message>
        <location filename="../../views/sync/texts.py" line="60"/>
        <source>Decisions</source>
        <translation>Päätökset</translation>
    </message>
    <message>
        <location filename="../../views/sync/texts.py" line="61"/>
        <source>Agenda</source>
        <translation>Esityslista</translation>
    </message>
    <message>
        <location filename="../../views/sync/texts.py" line="62"/>
        <source>Held on</source>
        <translation>Pidetty</translation>
    </message>
    <message>
        <location filename="../../views/sync/texts.py" line="63"/>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <location filename="../../views/sync/texts.py" line="64"/>
        <source>Dots</source>
        <translation>Pallot</translation>
    </message>
    <message>
        <location filename="../../views/sync/texts.py" line="65"/>
        <source>Comment</source>
        <translation>Kommentti</translation>
    </message>
    <message>
        <location filename="../../views/sync/texts.py" line="92"/>
        <source>The shared folder could not be used: {reason}</source>
        <translation>Jaettua kansiota ei voitu käyttää: {reason}</translation>
    </message>
    <message>
        <location filename="../../views/sync/texts.py" line="97"/>
        <source>The sync stopped because of an error in Raketti; the log file has the details.</source>
        <translation>Synkronointi keskeytyi Raketin virheeseen; lokitiedostossa on tarkemmat tiedot.</translation>
    </message>
    <message>
        <location filename="../../views/sync/texts.py" line="158"/>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <location filename="../../views/sync/texts.py" line="159"/>
        <source>no</source>
        <translation>ei</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <location filename="../../app/sync/validate.py" line="96"/>
        <source>This field is required.</source>
        <translation>Tämä kenttä on pakollinen.</translation>
    </message>
    <message>
        <location filename="../../app/sync/validate.py" line="227"/>
        <source>At most {max} characters (this text has {count}).</source>
        <translation>Enintään {max} merkkiä (tässä tekstissä on {count}).</translation>
    </message>
    <message>
        <location filename="../../app/sync/validate.py" line="237"/>
        <source>The text contains a control character (U+{code}).</source>
        <translation>Tekstissä on ohjausmerkki (U+{code}).</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../app/sync/engine.py" line="116"/>
        <location filename="../../app/sync/passphrase.py" line="39"/>
        <location filename="../../app/sync/snapshot.py" line="86"/>
        <source>Choose the team&apos;s shared folder first.</source>
        <translation>Valitse ensin tiimin jaettu kansio.</translation>
    </message>
    <message>
        <location filename="../../app/sync/engine.py" line="120"/>
        <location filename="../../app/sync/subscribe.py" line="52"/>
        <location filename="../../app/sync/subscribe.py" line="74"/>
        <source>The shared folder {path} is not there. Is the drive connected?</source>
        <translation>Jaettua kansiota {path} ei löydy. Onko asema kytketty?</translation>
    </message>
    <message>
        <location filename="../../app/sync/send.py" line="104"/>
        <source>Could not write this laptop&apos;s changes to the shared folder: {error}</source>
        <translation>Tämän koneen muutoksia ei voitu kirjoittaa jaettuun kansioon: {error}</translation>
    </message>
    <message>
        <location filename="../../app/sync/engine.py" line="258"/>
        <source>File {number} of {laptop} could not be applied now ({error}); it is tried again at the next sync.</source>
        <translation>Koneen {laptop} tiedostoa {number} ei voitu nyt ottaa käyttöön ({error}); sitä yritetään uudelleen seuraavassa synkronoinnissa.</translation>
    </message>
    <message>
        <location filename="../../app/sync/engine.py" line="176"/>
        <location filename="../../app/sync/engine.py" line="209"/>
        <source>Could not read the shared folder: {error}</source>
        <translation>Jaettua kansiota ei voitu lukea: {error}</translation>
    </message>
    <message>
        <location filename="../../app/sync/engine.py" line="228"/>
        <location filename="../../app/sync/numbering.py" line="135"/>
        <location filename="../../app/sync/snapshot.py" line="320"/>
        <source>Skipped {path}: it could not be read ({error}).</source>
        <translation>Ohitettiin {path}: tiedostoa ei voitu lukea ({error}).</translation>
    </message>
    <message>
        <location filename="../../app/sync/opfiles.py" line="355"/>
        <source>Skipped {path}: it has no header (it may still be copying).</source>
        <translation>Ohitettiin {path}: tiedostolta puuttuu otsake (sen kopiointi voi olla kesken).</translation>
    </message>
    <message>
        <location filename="../../app/sync/opfiles.py" line="273"/>
        <location filename="../../app/sync/opfiles.py" line="364"/>
        <source>{path} was written by a newer Raketti. Update Raketti to apply it.</source>
        <translation>{path} on kirjoitettu uudemmalla Raketilla. Päivitä Raketti, niin muutokset otetaan käyttöön.</translation>
    </message>
    <message>
        <location filename="../../app/sync/opfiles.py" line="284"/>
        <location filename="../../app/sync/snapshot.py" line="258"/>
        <source>Skipped {path}: its header cannot be read ({error}).</source>
        <translation>Ohitettiin {path}: otsaketta ei voi lukea ({error}).</translation>
    </message>
    <message>
        <location filename="../../app/sync/safefiles.py" line="77"/>
        <source>Skipped {path}: it is a link or not a folder; Raketti reads and writes only inside the shared folder.</source>
        <translation>Ohitettiin {path}: se on linkki tai ei ole kansio; Raketti lukee ja kirjoittaa vain jaetun kansion sisällä.</translation>
    </message>
    <message>
        <location filename="../../app/sync/safefiles.py" line="101"/>
        <source>Skipped {path}: it is not a regular file (a link, a pipe or a device); such files are never read.</source>
        <translation>Ohitettiin {path}: se ei ole tavallinen tiedosto (linkki, putki tai laite); sellaisia ei koskaan lueta.</translation>
    </message>
    <message>
        <location filename="../../app/sync/safefiles.py" line="117"/>
        <source>Skipped {path}: it was replaced while it was being read.</source>
        <translation>Ohitettiin {path}: se vaihdettiin toiseen kesken lukemisen.</translation>
    </message>
    <message>
        <location filename="../../app/sync/safefiles.py" line="132"/>
        <source>Skipped {path}: it is larger than {limit} MB; no Raketti writes such files.</source>
        <translation>Ohitettiin {path}: se on suurempi kuin {limit} Mt; mikään Raketti ei kirjoita sellaisia tiedostoja.</translation>
    </message>
    <message>
        <location filename="../../app/sync/safefiles.py" line="152"/>
        <source>Skipped {path}: reading it took longer than {seconds} seconds; it is tried again at the next sync.</source>
        <translation>Ohitettiin {path}: sen lukeminen kesti yli {seconds} sekuntia; sitä yritetään uudelleen seuraavassa synkronoinnissa.</translation>
    </message>
    <message>
        <location filename="../../app/sync/safefiles.py" line="192"/>
        <source>Skipped {path}: it is truncated or damaged ({error}).</source>
        <translation>Ohitettiin {path}: tiedosto on katkennut tai vioittunut ({error}).</translation>
    </message>
    <message>
        <location filename="../../app/sync/safefiles.py" line="227"/>
        <source>Skipped {path}: decompressed it would be larger than {limit} MB (a damaged or hostile file).</source>
        <translation>Ohitettiin {path}: purettuna se olisi suurempi kuin {limit} Mt (vioittunut tai vihamielinen tiedosto).</translation>
    </message>
    <message>
        <location filename="../../app/sync/safefiles.py" line="241"/>
        <source>Skipped {path}: a line in it is longer than {limit} MB; no Raketti writes such lines.</source>
        <translation>Ohitettiin {path}: siinä on rivi, joka on pidempi kuin {limit} Mt; mikään Raketti ei kirjoita sellaisia rivejä.</translation>
    </message>
    <message>
        <location filename="../../app/sync/opfiles.py" line="405"/>
        <source>Skipped {path}: it belongs to another team company.</source>
        <translation>Ohitettiin {path}: tiedosto kuuluu toiselle tiimiyritykselle.</translation>
    </message>
    <message>
        <location filename="../../app/sync/opfiles.py" line="318"/>
        <location filename="../../app/sync/opfiles.py" line="410"/>
        <source>Skipped {path}: it lies in the wrong place (moved or renamed by hand?).</source>
        <translation>Ohitettiin {path}: tiedosto on väärässä paikassa (siirretty tai nimetty käsin?).</translation>
    </message>
    <message>
        <location filename="../../app/sync/opfiles.py" line="386"/>
        <location filename="../../app/sync/sealed_ops.py" line="81"/>
        <source>Skipped {path}: its checksum does not match (edited by hand or damaged).</source>
        <translation>Ohitettiin {path}: tarkistussumma ei täsmää (muokattu käsin tai vioittunut).</translation>
    </message>
    <message>
        <location filename="../../app/sync/opfiles.py" line="394"/>
        <source>Skipped {path}: it holds fewer operations than its header says.</source>
        <translation>Ohitettiin {path}: muutoksia on vähemmän kuin otsake kertoo.</translation>
    </message>
    <message>
        <location filename="../../app/sync/opfiles.py" line="419"/>
        <source>Skipped {path}: it holds more than {limit} operations; no Raketti writes such files.</source>
        <translation>Ohitettiin {path}: siinä on yli {limit} muutosta; mikään Raketti ei kirjoita sellaisia tiedostoja.</translation>
    </message>
    <message>
        <location filename="../../app/sync/settings.py" line="90"/>
        <source>Choose the team company whose folder this laptop syncs with.</source>
        <translation>Valitse tiimiyritys, jonka kansion kanssa tämä kone synkronoi.</translation>
    </message>
    <message>
        <location filename="../../app/sync/settings.py" line="173"/>
        <source>Give this laptop a name.</source>
        <translation>Anna tälle koneelle nimi.</translation>
    </message>
    <message>
        <location filename="../../app/sync/snapshot.py" line="204"/>
        <source>Skipped {path}: it is not signed by the laptop it names (forged, damaged or still copying).</source>
        <translation>Ohitettiin {path}: sitä ei ole allekirjoittanut kone, jonka nimissä se on (väärennetty, vioittunut tai vielä kopioitumassa).</translation>
    </message>
    <message>
        <location filename="../../app/sync/snapshot.py" line="302"/>
        <source>The shared folder {path} holds no snapshot of the team yet.</source>
        <translation>Jaetussa kansiossa {path} ei ole vielä tiimin tilannekuvaa.</translation>
    </message>
    <message>
        <location filename="../../app/sync/snapshot.py" line="308"/>
        <source>{path} exists already.</source>
        <translation>{path} on jo olemassa.</translation>
    </message>
    <message>
        <location filename="../../app/sync/signing.py" line="177"/>
        <source>Skipped {path}: it is not signed, but laptop {laptop} signs its files since its file {first} (written by an older Raketti under its name, or forged).</source>
        <translation>Ohitettiin {path}: sitä ei ole allekirjoitettu, mutta kone {laptop} allekirjoittaa tiedostonsa tiedostosta {first} alkaen (vanhemman Raketin sen nimissä kirjoittama tai väärennetty).</translation>
    </message>
    <message>
        <location filename="../../app/sync/signing.py" line="188"/>
        <source>Skipped {path}: it is signed with another key than the one first seen for laptop {laptop} (forged, or that laptop&apos;s key was replaced).</source>
        <translation>Ohitettiin {path}: se on allekirjoitettu eri avaimella kuin koneelta {laptop} ensimmäisenä nähty (väärennetty, tai koneen avain on vaihdettu).</translation>
    </message>
    <message>
        <location filename="../../app/sync/signing.py" line="197"/>
        <source>Skipped {path}: its signature does not match its contents (forged or damaged); laptop {laptop} did not write it so.</source>
        <translation>Ohitettiin {path}: sen allekirjoitus ei täsmää sisältöön (väärennetty tai vioittunut); kone {laptop} ei kirjoittanut sitä tällaisena.</translation>
    </message>
    <message>
        <location filename="../../app/sync/signing.py" line="291"/>
        <source>Skipped {path}: the key announcement of laptop {laptop} cannot be read or is not signed by the key it announces.</source>
        <translation>Ohitettiin {path}: koneen {laptop} avainilmoitusta ei voi lukea, tai sitä ei ole allekirjoitettu sen ilmoittamalla avaimella.</translation>
    </message>
    <message>
        <location filename="../../app/sync/signing.py" line="311"/>
        <source>Skipped {path}: it announces another key for laptop {laptop} than the one first seen; files signed with that key are refused.</source>
        <translation>Ohitettiin {path}: se ilmoittaa koneelle {laptop} eri avaimen kuin ensimmäisenä nähty; sillä avaimella allekirjoitetut tiedostot hylätään.</translation>
    </message>
    <message>
        <location filename="../../app/sync/numbering.py" line="62"/>
        <source>This laptop&apos;s database was behind its own files in the shared folder (a backup put back, or changes lost when the computer stopped): it took {ops} changes back from {files} files, and nothing it had sent is lost.</source>
        <translation>Tämän koneen tietokanta oli jäljessä omista tiedostoistaan jaetussa kansiossa (varmuuskopio palautettu tai muutoksia menetetty tietokoneen sammuessa): se otti takaisin {ops} muutosta {files} tiedostosta, eikä mitään sen lähettämää menetetty.</translation>
    </message>
    <message>
        <location filename="../../app/sync/numbering.py" line="68"/>
        <source>Another copy of this laptop&apos;s database writes to the shared folder too: this copy took in what the other wrote and now syncs as a laptop of its own.</source>
        <translation>Myös toinen kopio tämän koneen tietokannasta kirjoittaa jaettuun kansioon: tämä kopio otti vastaan sen, mitä toinen kirjoitti, ja synkronoi nyt omana koneenaan.</translation>
    </message>
    <message>
        <location filename="../../app/sync/numbering.py" line="202"/>
        <source>This laptop&apos;s database no longer holds the key its laptop signed with (a backup older than the key was put back): it now syncs as a laptop of its own, and nothing it had sent is lost.</source>
        <translation>Tämän läppärin tietokannassa ei enää ole avainta, jolla läppäri allekirjoitti tiedostonsa (käyttöön palautettiin avainta vanhempi varmuuskopio): se synkronoi nyt omana läppärinään, eikä mitään jo lähetettyä menetetty.</translation>
    </message>
    <message>
        <location filename="../../app/sync/setaside.py" line="36"/>
        <source>The change cannot be read: line {line} is damaged.</source>
        <translation>Muutosta ei voi lukea: rivi {line} on vioittunut.</translation>
    </message>
    <message>
        <location filename="../../app/sync/setaside.py" line="37"/>
        <source>Applying the change failed (an error in Raketti, written to its log).</source>
        <translation>Muutoksen käyttöönotto epäonnistui (Raketin virhe, kirjattu lokiin).</translation>
    </message>
    <message>
        <location filename="../../app/sync/setaside.py" line="40"/>
        <source>The merged changes of this record could not be written (details in the log).</source>
        <translation>Tietueen yhdistettyjä muutoksia ei voitu tallentaa (tarkemmat tiedot lokissa).</translation>
    </message>
    <message>
        <location filename="../../app/sync/setaside.py" line="43"/>
        <source>Applying the file failed (an error in Raketti, written to its log).</source>
        <translation>Tiedoston käyttöönotto epäonnistui (Raketin virhe, kirjattu lokiin).</translation>
    </message>
    <message>
        <location filename="../../app/sync/setaside.py" line="46"/>
        <source>{count} more changes of this file were set aside.</source>
        <translation>Tästä tiedostosta siirrettiin syrjään vielä {count} muutosta.</translation>
    </message>
    <message>
        <location filename="../../app/sync/setaside.py" line="47"/>
        <source>{count} changes from {laptop} (file {number}) were set aside and not applied. Settings → Team sync lists them.</source>
        <translation>Koneen {laptop} muutoksia (tiedosto {number}) siirrettiin syrjään eikä niitä otettu käyttöön: {count} kpl. Ne näkyvät kohdassa Asetukset → Tiimisynkronointi.</translation>
    </message>
    <message>
        <location filename="../../app/sync/validate.py" line="67"/>
        <source>The change has no valid id (a clock reading and a laptop).</source>
        <translation>Muutoksella ei ole kelvollista tunnistetta (kellonaika ja kone).</translation>
    </message>
    <message>
        <location filename="../../app/sync/validate.py" line="68"/>
        <source>The change names a kind of record this version does not know.</source>
        <translation>Muutos koskee tietuelajia, jota tämä versio ei tunne.</translation>
    </message>
    <message>
        <location filename="../../app/sync/validate.py" line="69"/>
        <source>The change names a field this version does not know.</source>
        <translation>Muutos koskee kenttää, jota tämä versio ei tunne.</translation>
    </message>
    <message>
        <location filename="../../app/sync/validate.py" line="70"/>
        <source>The change is neither an addition, an edit nor a deletion.</source>
        <translation>Muutos ei ole lisäys, muokkaus eikä poisto.</translation>
    </message>
    <message>
        <location filename="../../app/sync/validate.py" line="71"/>
        <source>The change names its record with an id that is not valid.</source>
        <translation>Muutos nimeää tietueensa tunnisteella, joka ei kelpaa.</translation>
    </message>
    <message>
        <location filename="../../app/sync/validate.py" line="72"/>
        <source>The change&apos;s list of the changes it replaces is damaged.</source>
        <translation>Muutoksen luettelo korvaamistaan muutoksista on vioittunut.</translation>
    </message>
    <message>
        <location filename="../../app/sync/validate.py" line="73"/>
        <source>The change names its author with an id that is not valid.</source>
        <translation>Muutos nimeää tekijänsä tunnisteella, joka ei kelpaa.</translation>
    </message>
    <message>
        <location filename="../../app/sync/validate.py" line="74"/>
        <source>The change does not carry what a change of its kind carries.</source>
        <translation>Muutoksesta puuttuu, mitä sen lajinen muutos sisältää.</translation>
    </message>
    <message>
        <location filename="../../app/sync/validate.py" line="75"/>
        <source>The change edits a link between two records in place.</source>
        <translation>Muutos muokkaa kahden tietueen välistä linkkiä paikallaan.</translation>
    </message>
    <message>
        <location filename="../../app/sync/validate.py" line="76"/>
        <source>The value of {field} was refused: {why}</source>
        <translation>Kentän {field} arvo hylättiin: {why}</translation>
    </message>
    <message>
        <location filename="../../app/sync/validate.py" line="77"/>
        <source>The change would move a record to another team company or one not known here.</source>
        <translation>Muutos siirtäisi tietueen toiseen tai tuntemattomaan tiimiyritykseen.</translation>
    </message>
    <message>
        <location filename="../../app/sync/validate.py" line="80"/>
        <source>The change would tie a record to a record of another team company.</source>
        <translation>Muutos liittäisi tietueen toisen tiimiyrityksen tietueeseen.</translation>
    </message>
    <message>
        <location filename="../../app/sync/validate.py" line="83"/>
        <source>The record&apos;s values do not fit together.</source>
        <translation>Tietueen arvot eivät sovi yhteen.</translation>
    </message>
    <message>
        <location filename="../../app/sync/validate.py" line="86"/>
        <source>it cannot be read.</source>
        <translation>sitä ei voi lukea.</translation>
    </message>
    <message>
        <location filename="../../app/sync/validate.py" line="87"/>
        <source>a text was expected.</source>
        <translation>odotettiin tekstiä.</translation>
    </message>
    <message>
        <location filename="../../app/sync/validate.py" line="88"/>
        <source>a whole number the database can hold was expected.</source>
        <translation>odotettiin kokonaislukua, jonka tietokanta voi tallentaa.</translation>
    </message>
    <message>
        <location filename="../../app/sync/validate.py" line="89"/>
        <source>a finite number the database can hold was expected.</source>
        <translation>odotettiin äärellistä lukua, jonka tietokanta voi tallentaa.</translation>
    </message>
    <message>
        <location filename="../../app/sync/validate.py" line="90"/>
        <source>yes or no was expected.</source>
        <translation>odotettiin kyllä tai ei.</translation>
    </message>
    <message>
        <location filename="../../app/sync/validate.py" line="91"/>
        <source>a date was expected.</source>
        <translation>odotettiin päivämäärää.</translation>
    </message>
    <message>
        <location filename="../../app/sync/validate.py" line="92"/>
        <source>a date and time was expected.</source>
        <translation>odotettiin päivämäärää ja kellonaikaa.</translation>
    </message>
    <message>
        <location filename="../../app/sync/validate.py" line="93"/>
        <source>the id of a record was expected.</source>
        <translation>odotettiin tietueen tunnistetta.</translation>
    </message>
    <message>
        <location filename="../../app/sync/validate.py" line="94"/>
        <source>it is not one of the values this field takes.</source>
        <translation>se ei ole mikään tämän kentän sallituista arvoista.</translation>
    </message>
    <message>
        <location filename="../../app/sync/validate.py" line="95"/>
        <source>it is not written the way Raketti stores it.</source>
        <translation>sitä ei ole kirjoitettu siinä muodossa, jossa Raketti sen tallentaa.</translation>
    </message>
    <message>
        <location filename="../../app/sync/clockwatch.py" line="39"/>
        <source>This laptop&apos;s clock is at least {minutes} minutes behind {laptop}&apos;s. Set the clock right (Date &amp; time settings), or edits may look older than they are.</source>
        <translation>Tämän koneen kello on vähintään {minutes} minuuttia jäljessä koneen {laptop} kellosta. Aseta kello oikeaan aikaan (Päivämäärä ja aika -asetukset), muuten muutokset voivat näyttää vanhemmilta kuin ne ovat.</translation>
    </message>
    <message>
        <location filename="../../app/sync/clockwatch.py" line="44"/>
        <source>This laptop&apos;s clock is at least {minutes} minutes ahead of {laptop}&apos;s. Set the clock right (Date &amp; time settings), or edits may look newer than they are.</source>
        <translation>Tämän koneen kello on vähintään {minutes} minuuttia edellä koneen {laptop} kellosta. Aseta kello oikeaan aikaan (Päivämäärä ja aika -asetukset), muuten muutokset voivat näyttää uudemmilta kuin ne ovat.</translation>
    </message>
    <message>
        <location filename="../../app/sync/heldback.py" line="27"/>
        <source>Changes from {laptop} dated more than a day ahead of this laptop&apos;s clock wait here ({count}): one of the two clocks is wrong. They are applied when that time comes.</source>
        <translation>Koneelta {laptop} tulleita muutoksia, jotka on päivätty yli vuorokauden tämän koneen kelloa edelle, odottaa täällä ({count}): toisen koneen kello on väärässä. Ne otetaan käyttöön, kun se aika koittaa.</translation>
    </message>
    <message>
        <location filename="../../app/sync/heldback.py" line="32"/>
        <source>Records from {laptop} wait for a record they refer to, which has not arrived here or was deleted ({count}). They are completed when it arrives or is restored.</source>
        <translation>Koneelta {laptop} tulleita tietueita odottaa tietuetta, johon ne viittaavat ja joka ei ole vielä saapunut tänne tai on poistettu ({count}). Ne täydennetään, kun se saapuu tai palautetaan.</translation>
    </message>
    <message>
        <location filename="../../app/sync/heldback.py" line="37"/>
        <source>Files from {laptop} written by a newer Raketti wait here ({count}). Update Raketti to apply them.</source>
        <translation>Koneelta {laptop} tulleita, Raketin uudemmalla versiolla kirjoitettuja tiedostoja odottaa täällä ({count}). Päivitä Raketti, niin ne otetaan käyttöön.</translation>
    </message>
    <message>
        <location filename="../../app/sync/resend.py" line="36"/>
        <source>The shared folder has no files of this team (emptied, or another folder): nothing was changed here. This laptop&apos;s changes were written there again, so teammates and new members get them.</source>
        <translation>Jaetussa kansiossa ei ole tämän tiimin tiedostoja (kansio tyhjennetty tai vaihdettu): täällä ei muutettu mitään. Tämän koneen muutokset kirjoitettiin sinne uudelleen, jotta tiimikaverit ja uudet jäsenet saavat ne.</translation>
    </message>
    <message>
        <location filename="../../app/sync/resend.py" line="42"/>
        <source>The shared folder has no files of this team (emptied, or another folder): nothing was changed here. This laptop&apos;s changes are written there at the next sync that has some.</source>
        <translation>Jaetussa kansiossa ei ole tämän tiimin tiedostoja (kansio tyhjennetty tai vaihdettu): täällä ei muutettu mitään. Tämän koneen muutokset kirjoitetaan sinne seuraavassa synkronoinnissa, jossa niitä on.</translation>
    </message>
    <message>
        <location filename="../../app/sync/resend.py" line="47"/>
        <source>Files this laptop had written are gone from the shared folder ({count}): nothing was changed here. This laptop&apos;s changes were written there again, so teammates and new members get them.</source>
        <translation>Tämän koneen kirjoittamia tiedostoja on kadonnut jaetusta kansiosta ({count}): täällä ei muutettu mitään. Tämän koneen muutokset kirjoitettiin sinne uudelleen, jotta tiimikaverit ja uudet jäsenet saavat ne.</translation>
    </message>
    <message>
        <location filename="../../app/sync/crypt.py" line="65"/>
        <source>Skipped {path}: it is encrypted with a key this laptop does not have: the team passphrase was changed; enter the new one in Settings → Team sync.</source>
        <translation>Ohitettiin {path}: se on salattu avaimella, jota tällä koneella ei ole: tiimin tunnuslause on vaihdettu; kirjoita uusi kohdassa Asetukset → Tiimisynkronointi.</translation>
    </message>
    <message>
        <location filename="../../app/sync/crypt.py" line="87"/>
        <source>Skipped {path}: it does not open with the team&apos;s key (damaged, altered or put together from other files).</source>
        <translation>Ohitettiin {path}: se ei aukea tiimin avaimella (vioittunut, muutettu tai koottu muista tiedostoista).</translation>
    </message>
    <message>
        <location filename="../../app/sync/keys.py" line="59"/>
        <source>This team&apos;s files are encrypted. Enter the team passphrase in Settings → Team sync (or main.py sync --passphrase-file FILE) to join.</source>
        <translation>Tämän tiimin tiedostot on salattu. Liity kirjoittamalla tiimin tunnuslause kohdassa Asetukset → Tiimisynkronointi (tai main.py sync --passphrase-file TIEDOSTO).</translation>
    </message>
    <message>
        <location filename="../../app/sync/keys.py" line="64"/>
        <source>Team sync encrypts the team&apos;s files: choose a team passphrase in Settings → Team sync (or main.py sync --new-passphrase-file FILE) before the first sync.</source>
        <translation>Tiimisynkronointi salaa tiimin tiedostot: valitse tiimin tunnuslause kohdassa Asetukset → Tiimisynkronointi (tai main.py sync --new-passphrase-file TIEDOSTO) ennen ensimmäistä synkronointia.</translation>
    </message>
    <message>
        <location filename="../../app/sync/keys.py" line="69"/>
        <source>The team passphrase was changed and the team key replaced: enter the new passphrase in Settings → Team sync (or main.py sync --passphrase-file FILE). This laptop&apos;s changes wait until then.</source>
        <translation>Tiimin tunnuslause on vaihdettu ja tiimin avain uusittu: kirjoita uusi tunnuslause kohdassa Asetukset → Tiimisynkronointi (tai main.py sync --passphrase-file TIEDOSTO). Tämän koneen muutokset odottavat siihen asti.</translation>
    </message>
    <message>
        <location filename="../../app/sync/keys.py" line="75"/>
        <location filename="../../views/sync/passphrase_dialog.py" line="156"/>
        <source>That is not the team passphrase: it opens no key file.</source>
        <translation>Tämä ei ole tiimin tunnuslause: se ei avaa yhtään avaintiedostoa.</translation>
    </message>
    <message>
        <location filename="../../app/sync/keys.py" line="264"/>
        <source>Skipped {path}: the team&apos;s key file cannot be read (damaged or forged).</source>
        <translation>Ohitettiin {path}: tiimin avaintiedostoa ei voi lukea (vioittunut tai väärennetty).</translation>
    </message>
    <message>
        <location filename="../../app/sync/keys.py" line="281"/>
        <source>Could not write {path}: {error}</source>
        <translation>Tiedostoa {path} ei voitu kirjoittaa: {error}</translation>
    </message>
    <message>
        <location filename="../../app/sync/passphrase.py" line="36"/>
        <source>Choose a longer team passphrase: at least 12 characters, or four words.</source>
        <translation>Valitse pidempi tiimin tunnuslause: vähintään 12 merkkiä tai neljä sanaa.</translation>
    </message>
    <message>
        <location filename="../../app/sync/due.py" line="110"/>
        <source>Could not write a snapshot of the team: {error}</source>
        <translation>Tiimin tilannekuvaa ei voitu kirjoittaa: {error}</translation>
    </message>
    <message>
        <location filename="../../app/sync/join.py" line="33"/>
        <source>{path} holds data already: a laptop joins from a snapshot only into a new database.</source>
        <translation>{path} sisältää jo tietoja: tilannekuvasta liitytään vain uuteen tietokantaan.</translation>
    </message>
</context>
</TS>

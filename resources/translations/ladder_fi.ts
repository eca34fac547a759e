<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>AdvocatesTab</name>
    <message>
        <location filename="../../views/ladder/advocates_tab.py" line="34"/>
        <source>Advocate and the customers it brought</source>
        <translation>Puolestapuhuja ja sen tuomat asiakkaat</translation>
    </message>
    <message>
        <location filename="../../views/ladder/advocates_tab.py" line="34"/>
        <source>Level</source>
        <translation>Porras</translation>
    </message>
    <message>
        <location filename="../../views/ladder/advocates_tab.py" line="34"/>
        <source>Since</source>
        <translation>Alkaen</translation>
    </message>
    <message>
        <location filename="../../views/ladder/advocates_tab.py" line="47"/>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location filename="../../views/ladder/advocates_tab.py" line="47"/>
        <source>Advocates</source>
        <translation>Puolestapuhujat</translation>
    </message>
    <message>
        <location filename="../../views/ladder/advocates_tab.py" line="47"/>
        <source>Owner</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <location filename="../../views/ladder/advocates_tab.py" line="77"/>
        <source>Opportunities</source>
        <translation>Mahdollisuudet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/ladder/advocates_tab.py" line="80"/>
        <source>%n A1 customer(s) referred nobody in the last year. Ask them first, starting with those that have advocates.</source>
        <translation>
            <numerusform>%n A1-asiakas ei ole suositellut ketään viimeisen vuoden aikana. Pyydä suosittelua, aloita niistä, joilla on puolestapuhujia.</numerusform>
            <numerusform>%n A1-asiakasta ei ole suositellut ketään viimeisen vuoden aikana. Pyydä suosittelua, aloita niistä, joilla on puolestapuhujia.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/ladder/advocates_tab.py" line="96"/>
        <source>{person} ({customer})</source>
        <translation>{person} ({customer})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/ladder/advocates_tab.py" line="102"/>
        <source>{name} — brought %n</source>
        <translation>
            <numerusform>{name} — toi %n</numerusform>
            <numerusform>{name} — toi %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallsTab</name>
    <message>
        <location filename="../../views/ladder/calls_tab.py" line="40"/>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location filename="../../views/ladder/calls_tab.py" line="40"/>
        <source>Level</source>
        <translation>Porras</translation>
    </message>
    <message>
        <location filename="../../views/ladder/calls_tab.py" line="40"/>
        <source>Why now</source>
        <translation>Miksi nyt</translation>
    </message>
    <message>
        <location filename="../../views/ladder/calls_tab.py" line="40"/>
        <source>Owner</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <location filename="../../views/ladder/calls_tab.py" line="63"/>
        <source>Who to call next</source>
        <translation>Kenelle soitetaan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/ladder/calls_tab.py" line="83"/>
        <source>%n customer(s) to contact: overdue next steps first, then the longest silences beyond their level&apos;s limit.</source>
        <translation>
            <numerusform>%n asiakas otettava yhteyttä: ensin myöhässä olevat askeleet, sitten pisimpään tasonsa rajan yli hiljaa olleet.</numerusform>
            <numerusform>%n asiakasta otettava yhteyttä: ensin myöhässä olevat askeleet, sitten pisimpään tasonsa rajan yli hiljaa olleet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/ladder/calls_tab.py" line="89"/>
        <source>Showing the first {shown}.</source>
        <translation>Näytetään ensimmäiset {shown}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/ladder/calls_tab.py" line="103"/>
        <source>next step %n day(s) late</source>
        <translation>
            <numerusform>askel %n päivän myöhässä</numerusform>
            <numerusform>askel %n päivää myöhässä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/ladder/calls_tab.py" line="106"/>
        <source>quiet %n day(s), limit {limit}</source>
        <translation>
            <numerusform>hiljaa %n päivän, raja {limit}</numerusform>
            <numerusform>hiljaa %n päivää, raja {limit}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <location filename="../../views/ladder/card_delegate.py" line="94"/>
        <source>ready</source>
        <translation>valmis</translation>
    </message>
    <message>
        <location filename="../../views/ladder/card_delegate.py" line="63"/>
        <source>no owner</source>
        <translation>ei vastuuhenkilöä</translation>
    </message>
    <message>
        <location filename="../../views/ladder/card_delegate.py" line="118"/>
        <source>{days} d at level</source>
        <translation>tasolla {days} pv</translation>
    </message>
    <message>
        <location filename="../../views/ladder/card_delegate.py" line="123"/>
        <source>quiet {days} d</source>
        <translation>hiljaa {days} pv</translation>
    </message>
    <message>
        <location filename="../../views/ladder/card_delegate.py" line="127"/>
        <source>contact {date}</source>
        <translation>yhteys {date}</translation>
    </message>
    <message>
        <location filename="../../views/ladder/card_delegate.py" line="159"/>
        <source>No next step</source>
        <translation>Ei seuraavaa askelta</translation>
    </message>
</context>
<context>
    <name>CustomerDetails</name>
    <message>
        <location filename="../../views/ladder/details_tab.py" line="43"/>
        <location filename="../../views/ladder/details_tab.py" line="90"/>
        <source>Choose a customer on the board.</source>
        <translation>Valitse asiakas portailta.</translation>
    </message>
    <message>
        <location filename="../../views/ladder/details_tab.py" line="65"/>
        <source>Moves on the ladder:</source>
        <translation>Siirrot portailla:</translation>
    </message>
    <message>
        <location filename="../../views/ladder/details_tab.py" line="73"/>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <location filename="../../views/ladder/details_tab.py" line="73"/>
        <source>From</source>
        <translation>Mistä</translation>
    </message>
    <message>
        <location filename="../../views/ladder/details_tab.py" line="73"/>
        <source>To</source>
        <translation>Mihin</translation>
    </message>
    <message>
        <location filename="../../views/ladder/details_tab.py" line="73"/>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <location filename="../../views/ladder/details_tab.py" line="73"/>
        <source>By</source>
        <translation>Tekijä</translation>
    </message>
    <message>
        <location filename="../../views/ladder/details_tab.py" line="100"/>
        <source>Owner: {owner} · size {size}</source>
        <translation>Vastuuhenkilö: {owner} · koko {size}</translation>
    </message>
    <message>
        <location filename="../../views/ladder/details_tab.py" line="101"/>
        <location filename="../../views/ladder/details_tab.py" line="128"/>
        <source>nobody</source>
        <translation>ei kukaan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/ladder/details_tab.py" line="103"/>
        <source>At this level since {date} (%n day(s))</source>
        <translation>
            <numerusform>Tällä portaalla {date} alkaen (%n päivä)</numerusform>
            <numerusform>Tällä portaalla {date} alkaen (%n päivää)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/ladder/details_tab.py" line="112"/>
        <source>Gone quiet: %n day(s) without contact (limit {limit}).</source>
        <translation>
            <numerusform>Hiljaista: %n päivä ilman yhteyttä (raja {limit}).</numerusform>
            <numerusform>Hiljaista: %n päivää ilman yhteyttä (raja {limit}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/ladder/details_tab.py" line="106"/>
        <source>Last contact: {date}</source>
        <translation>Viimeksi yhteydessä: {date}</translation>
    </message>
    <message>
        <location filename="../../views/ladder/details_tab.py" line="120"/>
        <source>Next step: {step} ({due})</source>
        <translation>Seuraava askel: {step} ({due})</translation>
    </message>
    <message>
        <location filename="../../views/ladder/details_tab.py" line="126"/>
        <source>No next step agreed.</source>
        <translation>Seuraavasta askeleesta ei ole sovittu.</translation>
    </message>
    <message>
        <location filename="../../views/ladder/details_tab.py" line="128"/>
        <source>Referred by: {name}</source>
        <translation>Suosittelija: {name}</translation>
    </message>
    <message>
        <location filename="../../views/ladder/details_tab.py" line="138"/>
        <source>Criteria of {level}</source>
        <translation>Tason {level} kriteerit</translation>
    </message>
    <message>
        <location filename="../../views/ladder/details_tab.py" line="151"/>
        <source>Ready to move up: every criterion of {level} is met.</source>
        <translation>Valmis nousemaan: tason {level} kaikki kriteerit täyttyvät.</translation>
    </message>
    <message>
        <location filename="../../views/ladder/details_tab.py" line="179"/>
        <source>Move up to {level}…</source>
        <translation>Nosta tasolle {level}…</translation>
    </message>
    <message>
        <location filename="../../views/ladder/details_tab.py" line="180"/>
        <source>Move down to {level}…</source>
        <translation>Laske tasolle {level}…</translation>
    </message>
</context>
<context>
    <name>LadderChart</name>
    <message>
        <location filename="../../views/ladder/chart.py" line="30"/>
        <source>Customers per level at each month&apos;s end</source>
        <translation>Asiakkaat portaittain kuun lopussa</translation>
    </message>
    <message>
        <location filename="../../views/ladder/chart.py" line="32"/>
        <source>Moves up per month</source>
        <translation>Nousut kuukausittain</translation>
    </message>
</context>
<context>
    <name>LadderColumnModel</name>
    <message>
        <location filename="../../views/ladder/board_model.py" line="150"/>
        <source>Next step: {step} ({due})</source>
        <translation>Seuraava askel: {step} ({due})</translation>
    </message>
    <message>
        <location filename="../../views/ladder/board_model.py" line="155"/>
        <source>Referred by {name}</source>
        <translation>Suosittelija: {name}</translation>
    </message>
    <message>
        <location filename="../../views/ladder/board_model.py" line="157"/>
        <source>Criteria of {level}:</source>
        <translation>Tason {level} kriteerit:</translation>
    </message>
    <message>
        <location filename="../../views/ladder/board_model.py" line="162"/>
        <source>Meets every criterion of the next level: ready to move up.</source>
        <translation>Täyttää seuraavan tason kaikki kriteerit: valmis nousemaan.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/ladder/board_model.py" line="165"/>
        <source>No contact for %n day(s) (limit {limit}).</source>
        <translation>
            <numerusform>Ei yhteyttä %n päivään (raja {limit}).</numerusform>
            <numerusform>Ei yhteyttä %n päivään (raja {limit}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/ladder/board_model.py" line="178"/>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location filename="../../views/ladder/board_model.py" line="179"/>
        <source>Level</source>
        <translation>Porras</translation>
    </message>
    <message>
        <location filename="../../views/ladder/board_model.py" line="180"/>
        <source>Owner</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <location filename="../../views/ladder/board_model.py" line="181"/>
        <source>Size</source>
        <translation>Koko</translation>
    </message>
    <message>
        <location filename="../../views/ladder/board_model.py" line="182"/>
        <source>In the level since</source>
        <translation>Portaalla alkaen</translation>
    </message>
    <message>
        <location filename="../../views/ladder/board_model.py" line="183"/>
        <source>Last contact</source>
        <translation>Viimeisin yhteys</translation>
    </message>
    <message>
        <location filename="../../views/ladder/board_model.py" line="184"/>
        <source>Next step</source>
        <translation>Seuraava askel</translation>
    </message>
    <message>
        <location filename="../../views/ladder/board_model.py" line="185"/>
        <source>Next step due</source>
        <translation>Seuraavan askeleen määräpäivä</translation>
    </message>
    <message>
        <location filename="../../views/ladder/board_model.py" line="186"/>
        <source>Referred by</source>
        <translation>Suosittelija</translation>
    </message>
    <message>
        <location filename="../../views/ladder/board_model.py" line="187"/>
        <source>Ready to move up</source>
        <translation>Valmis nousemaan</translation>
    </message>
    <message>
        <location filename="../../views/ladder/board_model.py" line="207"/>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
</context>
<context>
    <name>LadderFilterBar</name>
    <message>
        <location filename="../../views/ladder/filter_bar.py" line="34"/>
        <source>All sizes</source>
        <translation>Kaikki koot</translation>
    </message>
    <message>
        <location filename="../../views/ladder/filter_bar.py" line="43"/>
        <source>Ladder settings…</source>
        <translation>Portaiden asetukset…</translation>
    </message>
    <message>
        <location filename="../../views/ladder/filter_bar.py" line="45"/>
        <source>Drag a card to another level, or Ctrl+↑ / Ctrl+↓.</source>
        <translation>Vedä kortti toiselle tasolle tai paina Ctrl+↑ / Ctrl+↓.</translation>
    </message>
    <message>
        <location filename="../../views/ladder/filter_bar.py" line="51"/>
        <source>Owner:</source>
        <translation>Vastuuhenkilö:</translation>
    </message>
    <message>
        <location filename="../../views/ladder/filter_bar.py" line="53"/>
        <source>Size:</source>
        <translation>Koko:</translation>
    </message>
    <message>
        <location filename="../../views/ladder/filter_bar.py" line="55"/>
        <source>Segment:</source>
        <translation>Segmentti:</translation>
    </message>
    <message>
        <location filename="../../views/ladder/filter_bar.py" line="66"/>
        <source>All owners</source>
        <translation>Kaikki vastuuhenkilöt</translation>
    </message>
    <message>
        <location filename="../../views/ladder/filter_bar.py" line="76"/>
        <source>All segments</source>
        <translation>Kaikki segmentit</translation>
    </message>
    <message>
        <location filename="../../views/ladder/filter_bar.py" line="79"/>
        <source>{segmentation}: {segment}</source>
        <translation>{segmentation}: {segment}</translation>
    </message>
</context>
<context>
    <name>LadderLabels</name>
    <message>
        <location filename="../../views/ladder/labels.py" line="20"/>
        <source>Potential and small customers</source>
        <translation>Potentiaaliset ja pienasiakkaat</translation>
    </message>
    <message>
        <location filename="../../views/ladder/labels.py" line="21"/>
        <source>Regular and service customers</source>
        <translation>Kanta- ja palveluasiakkaat</translation>
    </message>
    <message>
        <location filename="../../views/ladder/labels.py" line="22"/>
        <source>Key accounts, learning relationships</source>
        <translation>Avainasiakkaat, oppivat asiakassuhteet</translation>
    </message>
    <message>
        <location filename="../../views/ladder/labels.py" line="29"/>
        <source>Customer-potential process: visits with the coach, every visit analysed</source>
        <translation>Asiakaspotentiaaliprosessi: käynnit valmentajan kanssa, jokainen käynti analysoidaan</translation>
    </message>
    <message>
        <location filename="../../views/ladder/labels.py" line="33"/>
        <source>Marketing process: develop existing customerships and their value</source>
        <translation>Markkinointiprosessi: nykyisten asiakkuuksien ja niiden arvon kehittäminen</translation>
    </message>
    <message>
        <location filename="../../views/ladder/labels.py" line="36"/>
        <source>Customer-relationship process: co-production, the customer as co-designer</source>
        <translation>Asiakassuhdeprosessi: yhteistuotanto, asiakas kehittäjänä</translation>
    </message>
</context>
<context>
    <name>LadderPanel</name>
    <message>
        <location filename="../../app/ladder/__init__.py" line="11"/>
        <location filename="../../views/ladder/panel.py" line="60"/>
        <source>Customer ladder</source>
        <translation>Asiakasportaat</translation>
    </message>
    <message>
        <location filename="../../views/ladder/panel.py" line="169"/>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location filename="../../views/ladder/panel.py" line="170"/>
        <source>Who to call next</source>
        <translation>Kenelle soitetaan</translation>
    </message>
    <message>
        <location filename="../../views/ladder/panel.py" line="171"/>
        <source>Advocates</source>
        <translation>Puolestapuhujat</translation>
    </message>
    <message>
        <location filename="../../views/ladder/panel.py" line="172"/>
        <source>Statistics</source>
        <translation>Tilastot</translation>
    </message>
    <message>
        <location filename="../../views/ladder/panel.py" line="312"/>
        <source>{name} is already at {level}.</source>
        <translation>{name} on jo tasolla {level}.</translation>
    </message>
    <message>
        <location filename="../../app/ladder/steps.py" line="30"/>
        <source>Move {name} to {level}</source>
        <translation>Siirrä {name} tasolle {level}</translation>
    </message>
    <message>
        <location filename="../../views/ladder/panel.py" line="357"/>
        <source>{name} moved to {level}.</source>
        <translation>{name} siirretty tasolle {level}.</translation>
    </message>
    <message>
        <location filename="../../views/ladder/card_menu.py" line="27"/>
        <source>Move up to {level} ({title})…</source>
        <translation>Nosta tasolle {level} ({title})…</translation>
    </message>
    <message>
        <location filename="../../views/ladder/card_menu.py" line="29"/>
        <source>Move down to {level} ({title})…</source>
        <translation>Laske tasolle {level} ({title})…</translation>
    </message>
    <message>
        <location filename="../../views/ladder/card_menu.py" line="35"/>
        <source>Show history</source>
        <translation>Näytä historia</translation>
    </message>
    <message>
        <location filename="../../views/ladder/panel.py" line="390"/>
        <source>&amp;Ladder</source>
        <translation>&amp;Portaat</translation>
    </message>
    <message>
        <location filename="../../views/ladder/panel.py" line="391"/>
        <source>Move &amp;up a level…</source>
        <translation>&amp;Nosta tasoa…</translation>
    </message>
    <message>
        <location filename="../../views/ladder/panel.py" line="391"/>
        <source>Move &amp;down a level…</source>
        <translation>&amp;Laske tasoa…</translation>
    </message>
    <message>
        <location filename="../../views/ladder/panel.py" line="396"/>
        <source>Ladder &amp;settings…</source>
        <translation>Portaiden &amp;asetukset…</translation>
    </message>
</context>
<context>
    <name>LadderSettingsDialog</name>
    <message>
        <location filename="../../views/ladder/dialogs.py" line="194"/>
        <source>Ladder settings</source>
        <translation>Portaiden asetukset</translation>
    </message>
    <message>
        <location filename="../../views/ladder/dialogs.py" line="225"/>
        <source>Silence limits: days without contact before a customer counts as quiet</source>
        <translation>Hiljaisuusrajat: päiviä ilman yhteyttä, ennen kuin asiakas on hiljentynyt</translation>
    </message>
    <message>
        <location filename="../../views/ladder/dialogs.py" line="233"/>
        <source> days</source>
        <translation> päivää</translation>
    </message>
    <message>
        <location filename="../../views/ladder/dialogs.py" line="246"/>
        <source>Level</source>
        <translation>Porras</translation>
    </message>
    <message>
        <location filename="../../views/ladder/dialogs.py" line="246"/>
        <source>Criterion</source>
        <translation>Kriteeri</translation>
    </message>
    <message>
        <location filename="../../views/ladder/dialogs.py" line="246"/>
        <source>At least</source>
        <translation>Vähintään</translation>
    </message>
    <message>
        <location filename="../../views/ladder/dialogs.py" line="246"/>
        <source>Within days</source>
        <translation>Päivän sisällä</translation>
    </message>
    <message>
        <location filename="../../views/ladder/dialogs.py" line="265"/>
        <source>any time</source>
        <translation>milloin tahansa</translation>
    </message>
    <message>
        <location filename="../../views/ladder/dialogs.py" line="200"/>
        <source>The criteria and limits are the team&apos;s own agreement: they are stored in the team&apos;s database and shared by everyone who opens it.</source>
        <translation>Kriteerit ja rajat ovat tiimin oma sopimus: ne tallennetaan tiimin tietokantaan, ja kaikki sen avaavat näkevät samat.</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../views/ladder/dialogs.py" line="72"/>
        <source>Move up the ladder</source>
        <translation>Nosta portailla</translation>
    </message>
    <message>
        <location filename="../../views/ladder/dialogs.py" line="72"/>
        <source>Move down the ladder</source>
        <translation>Laske portailla</translation>
    </message>
    <message>
        <location filename="../../views/ladder/dialogs.py" line="76"/>
        <source>Move &lt;b&gt;{name}&lt;/b&gt; from {from_level} to {to_level}</source>
        <translation>Siirrä &lt;b&gt;{name}&lt;/b&gt; tasolta {from_level} tasolle {to_level}</translation>
    </message>
    <message>
        <location filename="../../views/ladder/dialogs.py" line="104"/>
        <source>The move of {name} to {level}</source>
        <translation>Asiakkaan {name} siirto portaalle {level}</translation>
    </message>
    <message>
        <location filename="../../views/ladder/dialogs.py" line="110"/>
        <source>Why does the customer move? E.g. the second order came in.</source>
        <translation>Miksi asiakas siirtyy? Esim. toinen tilaus tuli.</translation>
    </message>
    <message>
        <location filename="../../views/ladder/dialogs.py" line="119"/>
        <source>(nobody)</source>
        <translation>(ei kukaan)</translation>
    </message>
    <message>
        <location filename="../../views/ladder/dialogs.py" line="125"/>
        <source>Reason:</source>
        <translation>Syy:</translation>
    </message>
    <message>
        <location filename="../../views/ladder/dialogs.py" line="126"/>
        <source>Date:</source>
        <translation>Päivä:</translation>
    </message>
    <message>
        <location filename="../../views/ladder/dialogs.py" line="127"/>
        <source>Moved by:</source>
        <translation>Siirtäjä:</translation>
    </message>
    <message>
        <location filename="../../views/ladder/dialogs.py" line="134"/>
        <source>Move</source>
        <translation>Siirrä</translation>
    </message>
</context>
<context>
    <name>StatsTab</name>
    <message>
        <location filename="../../views/ladder/stats_tab.py" line="44"/>
        <source>The team&apos;s ladder over time appears here: customers per level month by month, and the moves up. Add customers in the Customers panel and move them up the ladder on the board, with the reason for each move.</source>
        <translation>Tähän tulee tiimin asiakasportaiden kehitys: asiakkaat portaittain kuukausi kuukaudelta ja siirrot ylöspäin. Lisää asiakkaita Asiakkaat-näkymässä ja siirrä niitä portailla ylöspäin taululla, kunkin siirron syyn kanssa.</translation>
    </message>
    <message>
        <location filename="../../views/ladder/stats_tab.py" line="89"/>
        <source>Conversion in the last 12 months: A3 → A2 {a3} · A2 → A1 {a2}</source>
        <translation>Konversio 12 kk: A3 → A2 {a3} · A2 → A1 {a2}</translation>
    </message>
    <message>
        <location filename="../../views/ladder/stats_tab.py" line="93"/>
        <source>Median days at a level before moving on: A3 {a3}, A2 {a2}, A1 {a1}</source>
        <translation>Mediaaniaika tasolla ennen siirtoa (päivää): A3 {a3}, A2 {a2}, A1 {a1}</translation>
    </message>
</context>
<context>
    <name>SuccessLabels</name>
    <message>
        <location filename="../../views/ladder/calls_tab.py" line="98"/>
        <source>health red: {step}</source>
        <translation>terveys punainen: {step}</translation>
    </message>
</context>
<context>
    <name>ladder</name>
    <message>
        <location filename="../../app/ladder/settings.py" line="62"/>
        <source>A silence limit is from 1 to 3650 days.</source>
        <translation>Hiljaisuusraja on 1–3650 päivää.</translation>
    </message>
    <message>
        <location filename="../../app/ladder/settings.py" line="68"/>
        <source>A threshold is at least 1.</source>
        <translation>Raja-arvo on vähintään 1.</translation>
    </message>
    <message>
        <location filename="../../app/ladder/settings.py" line="103"/>
        <source>Unknown criterion {key}.</source>
        <translation>Tuntematon kriteeri {key}.</translation>
    </message>
    <message>
        <location filename="../../models/ladder.py" line="161"/>
        <source>Unknown level: {level}</source>
        <translation>Tuntematon taso: {level}</translation>
    </message>
    <message>
        <location filename="../../models/ladder.py" line="168"/>
        <source>The customer is already at {level}.</source>
        <translation>Asiakas on jo tasolla {level}.</translation>
    </message>
    <message>
        <location filename="../../models/ladder.py" line="150"/>
        <source>Write why the customer moves.</source>
        <translation>Kirjoita, miksi asiakas siirtyy.</translation>
    </message>
    <message>
        <location filename="../../models/ladder.py" line="182"/>
        <source>Give the date of the move.</source>
        <translation>Anna siirron päivämäärä.</translation>
    </message>
    <message>
        <location filename="../../models/ladder.py" line="187"/>
        <source>A move cannot be dated in the future.</source>
        <translation>Siirtoa ei voi päivätä tulevaisuuteen.</translation>
    </message>
    <message>
        <location filename="../../models/ladder.py" line="194"/>
        <source>The customer was added on {date}; a move cannot be dated before that.</source>
        <translation>Asiakas lisättiin {date}; siirtoa ei voi päivätä sitä aiemmaksi.</translation>
    </message>
    <message>
        <location filename="../../models/ladder.py" line="205"/>
        <source>The customer&apos;s previous move was on {date}; a new move cannot be dated before it.</source>
        <translation>Asiakkaan edellinen siirto oli {date}; uutta siirtoa ei voi päivätä sitä aiemmaksi.</translation>
    </message>
</context>
</TS>

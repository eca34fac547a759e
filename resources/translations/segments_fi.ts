<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>ActivityChart</name>
    <message>
        <location filename="../../views/segments/activity_chart.py" line="26"/>
        <source>Interactions per month by member</source>
        <translation>Asiakaskontaktit kuukausittain jäsenittäin</translation>
    </message>
    <message>
        <location filename="../../views/segments/activity_chart.py" line="40"/>
        <source>No interactions logged in this period with these filters. Log visits and calls in the Customers panel (Ctrl+L).</source>
        <translation>Tällä jaksolla ei ole kirjattu asiakaskontakteja näillä suodattimilla. Kirjaa käynnit ja puhelut Asiakkaat-näkymässä (Ctrl+L).</translation>
    </message>
    <message>
        <location filename="../../views/segments/activity_chart.py" line="48"/>
        <source>Interactions</source>
        <translation>Kontaktit</translation>
    </message>
    <message>
        <location filename="../../views/segments/activity_chart.py" line="79"/>
        <source>An interaction counts for every member who took part in it.</source>
        <translation>Kontakti lasketaan jokaiselle siihen osallistuneelle jäsenelle.</translation>
    </message>
</context>
<context>
    <name>BalloonChart</name>
    <message>
        <location filename="../../views/segments/balloon_chart.py" line="64"/>
        <source>Balloon chart</source>
        <translation>Ilmapallopeli</translation>
    </message>
    <message>
        <location filename="../../views/segments/balloon_chart.py" line="68"/>
        <source>Colour by owner</source>
        <translation>Väri vastuuhenkilön mukaan</translation>
    </message>
    <message>
        <location filename="../../views/segments/balloon_chart.py" line="69"/>
        <source>Colour by ladder level</source>
        <translation>Väri portaan mukaan</translation>
    </message>
    <message>
        <location filename="../../views/segments/balloon_chart.py" line="71"/>
        <source>Show moves since the period&apos;s start</source>
        <translation>Näytä muutos jakson alusta</translation>
    </message>
    <message>
        <location filename="../../views/segments/balloon_chart.py" line="106"/>
        <source>{count} customers on {date}</source>
        <translation>{count} asiakasta {date}</translation>
    </message>
    <message>
        <location filename="../../views/segments/balloon_chart.py" line="110"/>
        <source>{count} without value and potential scores</source>
        <translation>{count} ilman arvo- ja potentiaalipisteitä</translation>
    </message>
    <message>
        <location filename="../../views/segments/balloon_chart.py" line="114"/>
        <source>arrows from {date}</source>
        <translation>nuolet alkaen {date}</translation>
    </message>
    <message>
        <location filename="../../views/segments/balloon_chart.py" line="120"/>
        <source>No customer in this view has both a current value and a potential score on {date}. Score customers in the Customers panel (value and potential, 1–5).</source>
        <translation>Yhdellekään tämän näkymän asiakkaalle ei ole {date} sekä nykyarvon että potentiaalin pisteitä. Pisteytä asiakkaat Asiakkaat-näkymässä (arvo ja potentiaali, 1–5).</translation>
    </message>
    <message>
        <location filename="../../views/segments/balloon_chart.py" line="127"/>
        <source>Potential (1–5)</source>
        <translation>Potentiaali (1–5)</translation>
    </message>
    <message>
        <location filename="../../views/segments/balloon_chart.py" line="128"/>
        <source>Current value (1–5)</source>
        <translation>Nykyarvo (1–5)</translation>
    </message>
    <message>
        <location filename="../../views/segments/balloon_chart.py" line="153"/>
        <source>No owner</source>
        <translation>Ei vastuuhenkilöä</translation>
    </message>
    <message>
        <location filename="../../views/segments/balloon_chart.py" line="190"/>
        <source>{name}
value {value} · potential {potential}</source>
        <translation>{name}
arvo {value} · potentiaali {potential}</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../views/segments/chart_view.py" line="183"/>
        <source>nothing was written</source>
        <translation>mitään ei kirjoitettu</translation>
    </message>
</context>
<context>
    <name>CutBar</name>
    <message>
        <location filename="../../views/segments/cut_bar.py" line="49"/>
        <source>Pareto cut</source>
        <translation>Pareto-raja</translation>
    </message>
    <message>
        <location filename="../../views/segments/cut_bar.py" line="50"/>
        <source>Fixed score</source>
        <translation>Kiinteä pisteraja</translation>
    </message>
    <message>
        <location filename="../../views/segments/cut_bar.py" line="56"/>
        <source>High value: the customers that together bring this share of the team&apos;s value</source>
        <translation>Korkea arvo: asiakkaat, jotka yhdessä tuovat tämän osuuden tiimin asiakasarvosta</translation>
    </message>
    <message>
        <location filename="../../views/segments/cut_bar.py" line="65"/>
        <source>Quadrants</source>
        <translation>Nelikenttä</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../views/segments/filter_bar.py" line="46"/>
        <source>Owner</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <location filename="../../views/segments/filter_bar.py" line="47"/>
        <source>From</source>
        <translation>Alkaen</translation>
    </message>
    <message>
        <location filename="../../views/segments/filter_bar.py" line="48"/>
        <source>to</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../../views/segments/filter_bar.py" line="49"/>
        <source>Segment</source>
        <translation>Segmentti</translation>
    </message>
    <message>
        <location filename="../../views/segments/filter_bar.py" line="94"/>
        <source>Everyone</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <location filename="../../views/segments/filter_bar.py" line="95"/>
        <source>All customers</source>
        <translation>Kaikki asiakkaat</translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <location filename="../../views/segments/funnel_chart.py" line="28"/>
        <source>Ladder funnel</source>
        <translation>Asiakasportaiden suppilo</translation>
    </message>
    <message>
        <location filename="../../views/segments/funnel_chart.py" line="43"/>
        <source>No customers on the ladder in this period with these filters.</source>
        <translation>Asiakasportailla ei ole asiakkaita tällä jaksolla näillä suodattimilla.</translation>
    </message>
    <message>
        <location filename="../../views/segments/funnel_chart.py" line="49"/>
        <source>Customers per level at each month&apos;s end</source>
        <translation>Asiakkaat portaittain kunkin kuukauden lopussa</translation>
    </message>
    <message>
        <location filename="../../views/segments/funnel_chart.py" line="52"/>
        <source>Moves up per 100 customers at the level</source>
        <translation>Nousut portaalta 100 asiakasta kohden</translation>
    </message>
    <message>
        <location filename="../../views/segments/funnel_chart.py" line="106"/>
        <source>At the end: A3 {a3}, A2 {a2}, A1 {a1}. Moves up in the period: out of A3 {up3}, out of A2 {up2}.</source>
        <translation>Lopussa: A3 {a3}, A2 {a2}, A1 {a1}. Nousut jaksolla: A3:lta {up3}, A2:lta {up2}.</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../views/segments/history_page.py" line="88"/>
        <source>Segment moves and revisits</source>
        <translation>Segmenttisiirrot ja tarkistukset</translation>
    </message>
    <message>
        <location filename="../../views/segments/history_page.py" line="96"/>
        <source>Record a revisit…</source>
        <translation>Kirjaa tarkistus…</translation>
    </message>
    <message>
        <location filename="../../views/segments/history_page.py" line="100"/>
        <source>Segmentation</source>
        <translation>Segmentointi</translation>
    </message>
    <message>
        <location filename="../../views/segments/history_page.py" line="163"/>
        <source>The team has no segmentations yet: Segments → Segmentations…</source>
        <translation>Tiimillä ei ole vielä segmentointeja: Segmentit → Segmentoinnit…</translation>
    </message>
    <message>
        <location filename="../../views/segments/history_page.py" line="167"/>
        <source>No revisit date set.</source>
        <translation>Tarkistuspäivää ei ole asetettu.</translation>
    </message>
    <message>
        <location filename="../../views/segments/history_page.py" line="171"/>
        <source>Due for a revisit since {date}.</source>
        <translation>Tarkistus erääntyi {date}.</translation>
    </message>
    <message>
        <location filename="../../views/segments/history_page.py" line="175"/>
        <source>Revisit by {date}.</source>
        <translation>Tarkistettava viimeistään {date}.</translation>
    </message>
    <message>
        <location filename="../../views/segments/history_page.py" line="177"/>
        <source>Revisited on {date} by {who}</source>
        <translation>Tarkistettu {date}, tarkisti {who}</translation>
    </message>
    <message>
        <location filename="../../views/segments/history_page.py" line="178"/>
        <source>someone</source>
        <translation>joku</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/segments/history_page.py" line="181"/>
        <source>%n moves between segments in the period.</source>
        <translation>
            <numerusform>%n siirto segmenttien välillä jaksolla.</numerusform>
            <numerusform>%n siirtoa segmenttien välillä jaksolla.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LevelsChart</name>
    <message>
        <location filename="../../views/segments/levels_chart.py" line="37"/>
        <source>Customers by segment and ladder level</source>
        <translation>Asiakkaat segmenteittäin ja portaittain</translation>
    </message>
    <message>
        <location filename="../../views/segments/levels_chart.py" line="43"/>
        <source>Segmentation</source>
        <translation>Segmentointi</translation>
    </message>
    <message>
        <location filename="../../views/segments/levels_chart.py" line="70"/>
        <source>on {date} · {count} customers</source>
        <translation>{date} · {count} asiakasta</translation>
    </message>
    <message>
        <location filename="../../views/segments/levels_chart.py" line="79"/>
        <source>The team has no segmentations yet. Make one with Segments → Segmentations…</source>
        <translation>Tiimillä ei ole vielä segmentointeja. Tee sellainen: Segmentit → Segmentoinnit…</translation>
    </message>
    <message>
        <location filename="../../views/segments/levels_chart.py" line="82"/>
        <source>No customers on this day with these filters.</source>
        <translation>Tälle päivälle ei ole asiakkaita näillä suodattimilla.</translation>
    </message>
    <message>
        <location filename="../../views/segments/levels_chart.py" line="119"/>
        <source>Customers</source>
        <translation>Asiakkaat</translation>
    </message>
</context>
<context>
    <name>MetricsChart</name>
    <message>
        <location filename="../../views/segments/metrics_chart.py" line="46"/>
        <source>The five metrics</source>
        <translation>Viisi mittaria</translation>
    </message>
    <message>
        <location filename="../../views/segments/metrics_chart.py" line="50"/>
        <location filename="../../views/segments/metrics_chart.py" line="72"/>
        <source>The team</source>
        <translation>Tiimi</translation>
    </message>
    <message>
        <location filename="../../views/segments/metrics_chart.py" line="54"/>
        <source>Curves of</source>
        <translation>Käyrät:</translation>
    </message>
    <message>
        <location filename="../../views/segments/metrics_chart.py" line="81"/>
        <source>The team has not chosen its metrics yet. Choose at most five, with monthly targets: Segments → Metrics and targets…</source>
        <translation>Tiimi ei ole vielä valinnut mittareitaan. Valitse enintään viisi ja niille kuukausitavoitteet: Segmentit → Mittarit ja tavoitteet…</translation>
    </message>
    <message>
        <location filename="../../views/segments/metrics_chart.py" line="106"/>
        <source>Targets reached (months): {list}</source>
        <translation>Tavoite saavutettu (kuukautta): {list}</translation>
    </message>
    <message>
        <location filename="../../views/segments/metrics_chart.py" line="121"/>
        <source>{metric} — target {target}{unit} at each month&apos;s end</source>
        <translation>{metric} — tavoite {target}{unit} kunkin kuukauden lopussa</translation>
    </message>
    <message>
        <location filename="../../views/segments/metrics_chart.py" line="123"/>
        <source>{metric} — target {target}{unit} a month</source>
        <translation>{metric} — tavoite {target}{unit} kuukaudessa</translation>
    </message>
</context>
<context>
    <name>MetricsDialog</name>
    <message>
        <location filename="../../views/segments/dialogs.py" line="194"/>
        <source>Metrics and targets</source>
        <translation>Mittarit ja tavoitteet</translation>
    </message>
    <message>
        <location filename="../../views/segments/dialogs.py" line="198"/>
        <source>Metric</source>
        <translation>Mittari</translation>
    </message>
    <message>
        <location filename="../../views/segments/dialogs.py" line="198"/>
        <source>Team target a month</source>
        <translation>Tiimin tavoite kuukaudessa</translation>
    </message>
    <message>
        <location filename="../../views/segments/dialogs.py" line="198"/>
        <source>Each member&apos;s target</source>
        <translation>Jäsenen tavoite</translation>
    </message>
    <message>
        <location filename="../../views/segments/dialogs.py" line="216"/>
        <source>shared equally</source>
        <translation>jaetaan tasan</translation>
    </message>
    <message>
        <location filename="../../views/segments/dialogs.py" line="239"/>
        <source>Choose at most {max} metrics: everyone sees them as monthly curves against the targets.</source>
        <translation>Valitse enintään {max} mittaria: jokainen näkee ne kuukausittaisina käyrinä tavoitteita vasten.</translation>
    </message>
    <message>
        <location filename="../../app/segments/steps.py" line="113"/>
        <source>Choose the metrics</source>
        <translation>Valitse mittarit</translation>
    </message>
</context>
<context>
    <name>MovesModel</name>
    <message>
        <location filename="../../views/segments/history_page.py" line="47"/>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <location filename="../../views/segments/history_page.py" line="48"/>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location filename="../../views/segments/history_page.py" line="49"/>
        <source>From</source>
        <translation>Alkaen</translation>
    </message>
    <message>
        <location filename="../../views/segments/history_page.py" line="50"/>
        <source>To</source>
        <translation>Mihin</translation>
    </message>
    <message>
        <location filename="../../views/segments/history_page.py" line="51"/>
        <source>Moved by</source>
        <translation>Siirtäjä</translation>
    </message>
</context>
<context>
    <name>RevisitDialog</name>
    <message>
        <location filename="../../views/segments/dialogs.py" line="57"/>
        <source>Revisit {name}</source>
        <translation>Tarkista {name}</translation>
    </message>
    <message>
        <location filename="../../views/segments/dialogs.py" line="62"/>
        <source>Revisited on</source>
        <translation>Tarkistettu</translation>
    </message>
    <message>
        <location filename="../../views/segments/dialogs.py" line="63"/>
        <source>(not recorded)</source>
        <translation>(ei kirjattu)</translation>
    </message>
    <message>
        <location filename="../../views/segments/dialogs.py" line="64"/>
        <source>By</source>
        <translation>Tarkistaja</translation>
    </message>
    <message>
        <location filename="../../views/segments/dialogs.py" line="66"/>
        <source>What changed: new segments, customers moved, …</source>
        <translation>Mitä muuttui: uusia segmenttejä, siirrettyjä asiakkaita, …</translation>
    </message>
    <message>
        <location filename="../../views/segments/dialogs.py" line="68"/>
        <source>Conclusions</source>
        <translation>Johtopäätökset</translation>
    </message>
    <message>
        <location filename="../../views/segments/dialogs.py" line="71"/>
        <source>Next revisit by</source>
        <translation>Seuraava tarkistus viimeistään</translation>
    </message>
    <message>
        <location filename="../../app/segments/steps.py" line="76"/>
        <source>Record a revisit</source>
        <translation>Kirjaa tarkistus</translation>
    </message>
</context>
<context>
    <name>SegmentBox</name>
    <message>
        <location filename="../../views/segments/widgets.py" line="39"/>
        <source>Segments</source>
        <translation>Segmentit</translation>
    </message>
    <message>
        <location filename="../../views/segments/widgets.py" line="43"/>
        <location filename="../../views/segments/widgets.py" line="64"/>
        <source>No segmentations yet: Customers → Segmentations…</source>
        <translation>Ei vielä segmentointeja: Asiakkaat → Segmentoinnit…</translation>
    </message>
    <message>
        <location filename="../../views/segments/widgets.py" line="80"/>
        <source>(none)</source>
        <translation>(ei mikään)</translation>
    </message>
    <message>
        <location filename="../../app/segments/steps.py" line="34"/>
        <source>Segment ({segmentation})</source>
        <translation>Segmentti ({segmentation})</translation>
    </message>
</context>
<context>
    <name>SegmentLabels</name>
    <message>
        <location filename="../../views/segments/labels.py" line="36"/>
        <source>No segment</source>
        <translation>Ei segmenttiä</translation>
    </message>
    <message>
        <location filename="../../views/segments/labels.py" line="40"/>
        <source>Nobody recorded</source>
        <translation>Ei kirjattua jäsentä</translation>
    </message>
    <message>
        <location filename="../../views/segments/labels.py" line="56"/>
        <source>High value, high potential</source>
        <translation>Korkea arvo, korkea potentiaali</translation>
    </message>
    <message>
        <location filename="../../views/segments/labels.py" line="57"/>
        <source>High value, low potential</source>
        <translation>Korkea arvo, matala potentiaali</translation>
    </message>
    <message>
        <location filename="../../views/segments/labels.py" line="58"/>
        <source>Low value, high potential</source>
        <translation>Matala arvo, korkea potentiaali</translation>
    </message>
    <message>
        <location filename="../../views/segments/labels.py" line="59"/>
        <source>Low value, low potential</source>
        <translation>Matala arvo, matala potentiaali</translation>
    </message>
    <message>
        <location filename="../../views/segments/labels.py" line="70"/>
        <source>€</source>
        <translation>€</translation>
    </message>
    <message>
        <location filename="../../views/segments/labels.py" line="71"/>
        <source>dots</source>
        <translation>täppää</translation>
    </message>
</context>
<context>
    <name>SegmentationsDialog</name>
    <message>
        <location filename="../../views/segments/widgets.py" line="114"/>
        <source>Segmentations</source>
        <translation>Segmentoinnit</translation>
    </message>
    <message>
        <location filename="../../views/segments/widgets.py" line="118"/>
        <source>Segmentation / segment</source>
        <translation>Segmentointi / segmentti</translation>
    </message>
    <message>
        <location filename="../../views/segments/widgets.py" line="118"/>
        <source>Customers</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <location filename="../../views/segments/widgets.py" line="120"/>
        <source>Delete segmentation…</source>
        <translation>Poista segmentointi…</translation>
    </message>
    <message>
        <location filename="../../views/segments/widgets.py" line="124"/>
        <source>e.g. By need</source>
        <translation>esim. Tarpeen mukaan</translation>
    </message>
    <message>
        <location filename="../../views/segments/widgets.py" line="125"/>
        <source>New segmentation</source>
        <translation>Uusi segmentointi</translation>
    </message>
    <message>
        <location filename="../../views/segments/widgets.py" line="127"/>
        <source>Segments, one per line</source>
        <translation>Segmentit, yksi riville</translation>
    </message>
    <message>
        <location filename="../../views/segments/widgets.py" line="129"/>
        <source>Add segmentation</source>
        <translation>Lisää segmentointi</translation>
    </message>
    <message>
        <location filename="../../app/segments/steps.py" line="46"/>
        <source>Add segmentation {name}</source>
        <translation>Lisää segmentointi {name}</translation>
    </message>
    <message>
        <location filename="../../views/segments/widgets.py" line="188"/>
        <source>Delete the segmentation {name}? Customers keep everything else; you can undo this with Ctrl+Z.</source>
        <translation>Poistetaanko segmentointi {name}? Asiakkaiden muut tiedot säilyvät; voit perua poiston näppäimillä Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../views/segments/widgets.py" line="191"/>
        <source>Delete segmentation</source>
        <translation>Poista segmentointi</translation>
    </message>
    <message>
        <location filename="../../app/segments/steps.py" line="58"/>
        <source>Delete segmentation {name}</source>
        <translation>Poista segmentointi {name}</translation>
    </message>
</context>
<context>
    <name>SegmentsPanel</name>
    <message>
        <location filename="../../app/segments/__init__.py" line="12"/>
        <location filename="../../views/segments/panel.py" line="48"/>
        <source>Segments and charts</source>
        <translation>Segmentit ja kuvaajat</translation>
    </message>
    <message>
        <location filename="../../views/segments/panel.py" line="130"/>
        <source>Segments × ladder levels</source>
        <translation>Segmentit × portaat</translation>
    </message>
    <message>
        <location filename="../../views/segments/panel.py" line="131"/>
        <source>Balloon chart</source>
        <translation>Ilmapallopeli</translation>
    </message>
    <message>
        <location filename="../../views/segments/panel.py" line="132"/>
        <source>Value and strategies</source>
        <translation>Arvo ja strategiat</translation>
    </message>
    <message>
        <location filename="../../views/segments/panel.py" line="133"/>
        <source>Ladder funnel</source>
        <translation>Asiakasportaiden suppilo</translation>
    </message>
    <message>
        <location filename="../../views/segments/panel.py" line="134"/>
        <source>Interactions per member</source>
        <translation>Kontaktit jäsenittäin</translation>
    </message>
    <message>
        <location filename="../../views/segments/panel.py" line="135"/>
        <source>The five metrics</source>
        <translation>Viisi mittaria</translation>
    </message>
    <message>
        <location filename="../../views/segments/panel.py" line="136"/>
        <source>Segment moves and revisits</source>
        <translation>Segmenttisiirrot ja tarkistukset</translation>
    </message>
    <message>
        <location filename="../../views/segments/panel.py" line="179"/>
        <source>Revisit now…</source>
        <translation>Tarkista nyt…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/segments/panel.py" line="203"/>
        <source>Time to revisit: %n segmentation(s) past the revisit date: {names}</source>
        <translation>
            <numerusform>Aika tarkistaa: %n segmentoinnin tarkistuspäivä on ohitettu: {names}</numerusform>
            <numerusform>Aika tarkistaa: %n segmentoinnin tarkistuspäivä on ohitettu: {names}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/segments/panel.py" line="228"/>
        <source>Se&amp;gments</source>
        <translation>Se&amp;gmentit</translation>
    </message>
    <message>
        <location filename="../../views/segments/panel.py" line="230"/>
        <source>&amp;Segmentations…</source>
        <translation>&amp;Segmentoinnit…</translation>
    </message>
    <message>
        <location filename="../../views/segments/panel.py" line="231"/>
        <source>&amp;Value weights…</source>
        <translation>&amp;Arvon painotukset…</translation>
    </message>
    <message>
        <location filename="../../views/segments/panel.py" line="232"/>
        <source>&amp;Metrics and targets…</source>
        <translation>&amp;Mittarit ja tavoitteet…</translation>
    </message>
    <message>
        <location filename="../../views/segments/panel.py" line="234"/>
        <source>Export chart as &amp;PNG…</source>
        <translation>Vie kuvaaja &amp;PNG-kuvana…</translation>
    </message>
    <message>
        <location filename="../../views/segments/panel.py" line="235"/>
        <source>Export chart as S&amp;VG…</source>
        <translation>Vie kuvaaja S&amp;VG-kuvana…</translation>
    </message>
    <message>
        <location filename="../../views/segments/panel.py" line="236"/>
        <source>&amp;Copy chart</source>
        <translation>&amp;Kopioi kuvaaja</translation>
    </message>
    <message>
        <location filename="../../views/segments/panel.py" line="269"/>
        <location filename="../../views/segments/panel.py" line="291"/>
        <source>Export</source>
        <translation>Vienti</translation>
    </message>
    <message>
        <location filename="../../views/segments/panel.py" line="269"/>
        <source>Choose a chart that shows data, then export it.</source>
        <translation>Valitse kuvaaja, jossa on tietoja, ja vie se sitten.</translation>
    </message>
    <message>
        <location filename="../../views/segments/panel.py" line="279"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-kuva (*.png)</translation>
    </message>
    <message>
        <location filename="../../views/segments/panel.py" line="279"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-piirros (*.svg)</translation>
    </message>
    <message>
        <location filename="../../views/segments/panel.py" line="281"/>
        <source>Export chart</source>
        <translation>Vie kuvaaja</translation>
    </message>
    <message>
        <location filename="../../views/segments/panel.py" line="294"/>
        <source>Saved {path}</source>
        <translation>Tallennettu {path}</translation>
    </message>
    <message>
        <location filename="../../views/segments/panel.py" line="301"/>
        <source>The chart is on the clipboard.</source>
        <translation>Kuvaaja on leikepöydällä.</translation>
    </message>
</context>
<context>
    <name>ValueModel</name>
    <message>
        <location filename="../../views/segments/value_table.py" line="64"/>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location filename="../../views/segments/value_table.py" line="65"/>
        <source>Owner</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <location filename="../../views/segments/value_table.py" line="66"/>
        <source>Level</source>
        <translation>Porras</translation>
    </message>
    <message>
        <location filename="../../views/segments/value_table.py" line="67"/>
        <source>Value</source>
        <translation>Arvo</translation>
    </message>
    <message>
        <location filename="../../views/segments/value_table.py" line="68"/>
        <source>Potential</source>
        <translation>Potentiaali</translation>
    </message>
    <message>
        <location filename="../../views/segments/value_table.py" line="69"/>
        <source>Quadrant</source>
        <translation>Nelikentän lohko</translation>
    </message>
    <message>
        <location filename="../../views/segments/value_table.py" line="70"/>
        <source>Suggested</source>
        <translation>Ehdotus</translation>
    </message>
    <message>
        <location filename="../../views/segments/value_table.py" line="71"/>
        <source>Strategy now</source>
        <translation>Nykyinen strategia</translation>
    </message>
</context>
<context>
    <name>ValueTable</name>
    <message>
        <location filename="../../views/segments/value_table.py" line="153"/>
        <source>Value and strategies</source>
        <translation>Arvo ja strategiat</translation>
    </message>
    <message>
        <location filename="../../views/segments/value_table.py" line="169"/>
        <source>Accept the suggestion</source>
        <translation>Hyväksy ehdotus</translation>
    </message>
    <message>
        <location filename="../../views/segments/value_table.py" line="172"/>
        <source>Choose a strategy</source>
        <translation>Valitse strategia</translation>
    </message>
    <message>
        <location filename="../../views/segments/value_table.py" line="195"/>
        <source>No strategy</source>
        <translation>Ei strategiaa</translation>
    </message>
    <message>
        <location filename="../../views/segments/value_table.py" line="221"/>
        <source>No customer has both a value and a potential score on this day.</source>
        <translation>Yhdellekään asiakkaalle ei ole tälle päivälle sekä arvo- että potentiaalipisteitä.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/segments/steps.py" line="140"/>
        <source>Accept the suggested strategy (%n customers)</source>
        <translation>
            <numerusform>Hyväksy ehdotettu strategia (%n asiakas)</numerusform>
            <numerusform>Hyväksy ehdotettu strategia (%n asiakasta)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/segments/steps.py" line="151"/>
        <source>Choose the strategy (%n customers)</source>
        <translation>
            <numerusform>Valitse strategia (%n asiakas)</numerusform>
            <numerusform>Valitse strategia (%n asiakasta)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/segments/value_table.py" line="247"/>
        <source>Strategy</source>
        <translation>Strategia</translation>
    </message>
</context>
<context>
    <name>WeightsDialog</name>
    <message>
        <location filename="../../views/segments/dialogs.py" line="97"/>
        <source>Value weights</source>
        <translation>Arvon painotukset</translation>
    </message>
    <message>
        <location filename="../../views/segments/dialogs.py" line="102"/>
        <source>Volume</source>
        <translation>Volyymi</translation>
    </message>
    <message>
        <location filename="../../views/segments/dialogs.py" line="103"/>
        <source>Profitability</source>
        <translation>Kannattavuus</translation>
    </message>
    <message>
        <location filename="../../views/segments/dialogs.py" line="104"/>
        <source>Reference value</source>
        <translation>Referenssiarvo</translation>
    </message>
    <message>
        <location filename="../../views/segments/dialogs.py" line="105"/>
        <source>Share-of-wallet potential</source>
        <translation>Asiakasosuuspotentiaali</translation>
    </message>
    <message>
        <location filename="../../views/segments/dialogs.py" line="106"/>
        <source>Cross-sell potential</source>
        <translation>Lisämyyntipotentiaali</translation>
    </message>
    <message>
        <location filename="../../views/segments/dialogs.py" line="107"/>
        <source>Growing-together potential</source>
        <translation>Yhdessä kehittymisen potentiaali</translation>
    </message>
    <message>
        <location filename="../../views/segments/dialogs.py" line="122"/>
        <source>Valid from</source>
        <translation>Voimassa alkaen</translation>
    </message>
    <message>
        <location filename="../../views/segments/dialogs.py" line="123"/>
        <source>(not recorded)</source>
        <translation>(ei kirjattu)</translation>
    </message>
    <message>
        <location filename="../../views/segments/dialogs.py" line="124"/>
        <source>Changed by</source>
        <translation>Muuttaja</translation>
    </message>
    <message>
        <location filename="../../views/segments/dialogs.py" line="131"/>
        <source>Current value (volume, profitability and reference value) and potential each add up to 100 %.</source>
        <translation>Nykyarvon (volyymi, kannattavuus ja referenssiarvo) ja potentiaalin painot ovat kumpikin yhteensä 100 %.</translation>
    </message>
    <message>
        <location filename="../../views/segments/dialogs.py" line="146"/>
        <source>The team uses the defaults: volume 25 %, profitability 50 %, reference value 25 %.</source>
        <translation>Tiimi käyttää oletuksia: volyymi 25 %, kannattavuus 50 %, referenssiarvo 25 %.</translation>
    </message>
    <message>
        <location filename="../../views/segments/dialogs.py" line="149"/>
        <source>From {date}: value {v1}/{v2}/{v3} %, potential {p1}/{p2}/{p3} %</source>
        <translation>{date} alkaen: arvo {v1}/{v2}/{v3} %, potentiaali {p1}/{p2}/{p3} %</translation>
    </message>
    <message>
        <location filename="../../views/segments/dialogs.py" line="166"/>
        <source>Current value {value} % · potential {potential} %</source>
        <translation>Nykyarvo {value} % · potentiaali {potential} %</translation>
    </message>
    <message>
        <location filename="../../app/segments/steps.py" line="96"/>
        <source>Change the value weights</source>
        <translation>Muuta arvon painotuksia</translation>
    </message>
</context>
<context>
    <name>metrics</name>
    <message>
        <location filename="../../app/segments/metric_catalogue.py" line="154"/>
        <source>New customers</source>
        <translation>Uudet asiakkaat</translation>
    </message>
    <message>
        <location filename="../../app/segments/metric_catalogue.py" line="157"/>
        <source>Customers added in the month; per owner.</source>
        <translation>Kuukauden aikana lisätyt asiakkaat; vastuuhenkilöittäin.</translation>
    </message>
    <message>
        <location filename="../../app/segments/metric_catalogue.py" line="135"/>
        <source>Customer visits</source>
        <translation>Asiakaskäynnit</translation>
    </message>
    <message>
        <location filename="../../app/segments/metric_catalogue.py" line="136"/>
        <source>Visits logged in the month; per member present.</source>
        <translation>Kuukauden aikana kirjatut käynnit; mukana olleittain.</translation>
    </message>
    <message>
        <location filename="../../app/segments/metric_catalogue.py" line="141"/>
        <source>Customer interactions</source>
        <translation>Asiakaskontaktit</translation>
    </message>
    <message>
        <location filename="../../app/segments/metric_catalogue.py" line="142"/>
        <source>Every logged interaction; per member present.</source>
        <translation>Kaikki kirjatut kontaktit; mukana olleittain.</translation>
    </message>
    <message>
        <location filename="../../app/segments/metric_catalogue.py" line="147"/>
        <source>Sales closed</source>
        <translation>Toteutuneet kaupat</translation>
    </message>
    <message>
        <location filename="../../app/segments/metric_catalogue.py" line="148"/>
        <source>Interactions logged as a sale; per member present.</source>
        <translation>Kaupaksi kirjatut kontaktit; mukana olleittain.</translation>
    </message>
    <message>
        <location filename="../../app/segments/metric_catalogue.py" line="165"/>
        <source>Moves up the ladder</source>
        <translation>Nousut asiakasportailla</translation>
    </message>
    <message>
        <location filename="../../app/segments/metric_catalogue.py" line="171"/>
        <source>Moves A3 → A2, A2 → A1 or A3 → A1; per author.</source>
        <translation>Siirrot A3 → A2, A2 → A1 tai A3 → A1; kirjaajittain.</translation>
    </message>
    <message>
        <location filename="../../app/segments/metric_catalogue.py" line="175"/>
        <source>Revenue of new customers</source>
        <translation>Uusien asiakkaiden liikevaihto</translation>
    </message>
    <message>
        <location filename="../../app/segments/metric_catalogue.py" line="178"/>
        <source>Annual revenue of the customers added in the month; per owner.</source>
        <translation>Kuukauden aikana lisättyjen asiakkaiden vuosilaskutus; vastuuhenkilöittäin.</translation>
    </message>
    <message>
        <location filename="../../app/segments/metric_catalogue.py" line="184"/>
        <source>Customers through referrals</source>
        <translation>Suosittelijoiden tuomat asiakkaat</translation>
    </message>
    <message>
        <location filename="../../app/segments/metric_catalogue.py" line="193"/>
        <source>New customers an advocate brought; per owner.</source>
        <translation>Uudet asiakkaat, jotka puolestapuhuja toi; vastuuhenkilöittäin.</translation>
    </message>
    <message>
        <location filename="../../app/segments/metric_catalogue.py" line="197"/>
        <source>Rocket dots gained</source>
        <translation>Saavutetut Raketti-täpät</translation>
    </message>
    <message>
        <location filename="../../app/segments/metric_catalogue.py" line="203"/>
        <source>Rise in the team&apos;s own dot scores; the whole team, whatever the filters.</source>
        <translation>Tiimin oman täpityksen nousu; koko tiimi suodattimista riippumatta.</translation>
    </message>
    <message>
        <location filename="../../app/segments/metric_catalogue.py" line="209"/>
        <source>Customers at A1</source>
        <translation>Asiakkaat A1-portaalla</translation>
    </message>
    <message>
        <location filename="../../app/segments/metric_catalogue.py" line="213"/>
        <source>Key accounts at each month&apos;s end; per owner.</source>
        <translation>Avainasiakkaat kunkin kuukauden lopussa; vastuuhenkilöittäin.</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <location filename="../../app/segments/history.py" line="33"/>
        <source>A move cannot be dated in the future.</source>
        <translation>Siirtoa ei voi päivätä tulevaisuuteen.</translation>
    </message>
    <message>
        <location filename="../../app/segments/history.py" line="50"/>
        <source>The customer moved to its present segment on {date}; a new move cannot be dated before that.</source>
        <translation>Asiakas siirtyi nykyiseen segmenttiinsä {date}; uutta siirtoa ei voi päivätä sitä aiemmaksi.</translation>
    </message>
    <message>
        <location filename="../../app/segments/metrics.py" line="140"/>
        <source>Give a monthly target.</source>
        <translation>Anna kuukausitavoite.</translation>
    </message>
    <message>
        <location filename="../../app/segments/metrics.py" line="150"/>
        <source>A target is a number, zero or more: {value}</source>
        <translation>Tavoitteen on oltava luku, nolla tai enemmän: {value}</translation>
    </message>
    <message>
        <location filename="../../app/segments/metrics.py" line="165"/>
        <source>Choose at most {max} metrics: keep the few that matter.</source>
        <translation>Valitse enintään {max} mittaria: pidä vain tärkeimmät.</translation>
    </message>
    <message>
        <location filename="../../app/segments/metrics.py" line="174"/>
        <source>Unknown metric.</source>
        <translation>Tuntematon mittari.</translation>
    </message>
    <message>
        <location filename="../../app/segments/metrics.py" line="177"/>
        <source>A metric is chosen twice.</source>
        <translation>Mittari on valittu kahdesti.</translation>
    </message>
    <message>
        <location filename="../../app/segments/records.py" line="121"/>
        <source>Give at least one segment, one per line.</source>
        <translation>Anna vähintään yksi segmentti, yksi riville.</translation>
    </message>
    <message>
        <location filename="../../app/segments/records.py" line="128"/>
        <source>At most {max} segments in one segmentation.</source>
        <translation>Yhdessä segmentoinnissa on enintään {max} segmenttiä.</translation>
    </message>
    <message>
        <location filename="../../app/segments/records.py" line="135"/>
        <source>Two segments have the same name.</source>
        <translation>Kahdella segmentillä on sama nimi.</translation>
    </message>
    <message>
        <location filename="../../app/segments/records.py" line="164"/>
        <source>The team already has a segmentation {name}.</source>
        <translation>Tiimillä on jo segmentointi {name}.</translation>
    </message>
    <message>
        <location filename="../../app/segments/revisits.py" line="66"/>
        <source>Give the day of the revisit.</source>
        <translation>Anna tarkistuksen päivä.</translation>
    </message>
    <message>
        <location filename="../../app/segments/revisits.py" line="73"/>
        <source>A revisit cannot be dated in the future.</source>
        <translation>Tarkistusta ei voi päivätä tulevaisuuteen.</translation>
    </message>
    <message>
        <location filename="../../app/segments/revisits.py" line="80"/>
        <source>The next revisit must come after this one.</source>
        <translation>Seuraavan tarkistuksen on oltava tämän jälkeen.</translation>
    </message>
    <message>
        <location filename="../../app/segments/values.py" line="75"/>
        <source>Give a whole percent from 0 to 100.</source>
        <translation>Anna kokonainen prosentti väliltä 0–100.</translation>
    </message>
    <message>
        <location filename="../../app/segments/values.py" line="84"/>
        <source>The weights of current value add up to {total} %, not 100 %.</source>
        <translation>Nykyarvon painot ovat yhteensä {total} %, eivät 100 %.</translation>
    </message>
    <message>
        <location filename="../../app/segments/values.py" line="91"/>
        <source>The weights of potential add up to {total} %, not 100 %.</source>
        <translation>Potentiaalin painot ovat yhteensä {total} %, eivät 100 %.</translation>
    </message>
</context>
</TS>

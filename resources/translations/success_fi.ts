<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../../app/success/steps.py" line="302"/>
        <location filename="../../views/success/assessment_tab.py" line="43"/>
        <source>Self-assessment</source>
        <translation>Itsearviointi</translation>
    </message>
    <message>
        <location filename="../../views/success/assessment_tab.py" line="44"/>
        <source>Measure where the team stands before developing, and again after.</source>
        <translation>Mittaa, missä tiimi on ennen kehittämistä, ja mittaa uudelleen sen jälkeen.</translation>
    </message>
    <message>
        <location filename="../../views/success/assessment_tab.py" line="49"/>
        <source>Date:</source>
        <translation>Päivä:</translation>
    </message>
    <message>
        <location filename="../../views/success/assessment_tab.py" line="70"/>
        <source>What did we notice?</source>
        <translation>Mitä huomasimme?</translation>
    </message>
    <message>
        <location filename="../../views/success/assessment_tab.py" line="71"/>
        <source>Customer-centricity:</source>
        <translation>Asiakaskeskeisyys:</translation>
    </message>
    <message>
        <location filename="../../views/success/assessment_tab.py" line="72"/>
        <source>Staff empowerment 1–5:</source>
        <translation>Henkilöstön valtuudet 1–5:</translation>
    </message>
    <message>
        <location filename="../../views/success/assessment_tab.py" line="73"/>
        <source>Customer-experience strategy 1–5:</source>
        <translation>Asiakaskokemuksen strategia 1–5:</translation>
    </message>
    <message>
        <location filename="../../views/success/assessment_tab.py" line="74"/>
        <source>Four-L:</source>
        <translation>Neljä L:ää:</translation>
    </message>
    <message>
        <location filename="../../views/success/assessment_tab.py" line="75"/>
        <source>Note:</source>
        <translation>Huomio:</translation>
    </message>
</context>
<context>
    <name>AssessmentTab</name>
    <message>
        <location filename="../../views/success/assessment_tab.py" line="110"/>
        <source>New self-assessment…</source>
        <translation>Uusi itsearviointi…</translation>
    </message>
    <message>
        <location filename="../../views/success/assessment_tab.py" line="113"/>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location filename="../../views/success/assessment_tab.py" line="125"/>
        <source>Date</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <location filename="../../views/success/assessment_tab.py" line="125"/>
        <source>Baseline</source>
        <translation>Lähtötaso</translation>
    </message>
    <message>
        <location filename="../../views/success/assessment_tab.py" line="125"/>
        <source>Maturity</source>
        <translation>Kypsyys</translation>
    </message>
    <message>
        <location filename="../../views/success/assessment_tab.py" line="125"/>
        <source>Four-L</source>
        <translation>Neljä L:ää</translation>
    </message>
    <message>
        <location filename="../../views/success/assessment_tab.py" line="169"/>
        <source>No self-assessment yet: measure the baseline before developing.</source>
        <translation>Ei vielä itsearviointeja: mittaa lähtötaso ennen kehittämistä.</translation>
    </message>
    <message>
        <location filename="../../views/success/assessment_tab.py" line="171"/>
        <source>Latest: {date}, maturity {level}, {quadrant}.</source>
        <translation>Viimeisin: {date}, kypsyystaso {level}, {quadrant}.</translation>
    </message>
    <message>
        <location filename="../../views/success/assessment_tab.py" line="188"/>
        <source>Baseline (0–100) and maturity (I–IV) over time</source>
        <translation>Lähtötaso (0–100) ja kypsyystaso (I–IV) ajan mittaan</translation>
    </message>
    <message>
        <location filename="../../views/success/assessment_tab.py" line="222"/>
        <source>Four-L: empowerment × strategy</source>
        <translation>Neljä L:ää: valtuudet × strategia</translation>
    </message>
    <message>
        <location filename="../../views/success/assessment_tab.py" line="201"/>
        <source>baseline: bad 0, average 50, good 100</source>
        <translation>lähtötaso: huono 0, keskinkertainen 50, hyvä 100</translation>
    </message>
    <message>
        <location filename="../../views/success/assessment_tab.py" line="210"/>
        <source>customer-centricity maturity I–IV</source>
        <translation>asiakaskeskeisyyden taso I–IV</translation>
    </message>
    <message>
        <location filename="../../views/success/assessment_tab.py" line="246"/>
        <source>staff empowerment</source>
        <translation>henkilöstön valtuudet</translation>
    </message>
    <message>
        <location filename="../../views/success/assessment_tab.py" line="247"/>
        <source>CX strategy</source>
        <translation>asiakaskokemuksen strategia</translation>
    </message>
    <message>
        <location filename="../../app/success/steps.py" line="313"/>
        <source>Delete self-assessment</source>
        <translation>Poista itsearviointi</translation>
    </message>
</context>
<context>
    <name>AtRiskModel</name>
    <message>
        <location filename="../../views/success/risk_tab.py" line="57"/>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location filename="../../views/success/risk_tab.py" line="58"/>
        <source>Level</source>
        <translation>Taso</translation>
    </message>
    <message>
        <location filename="../../views/success/risk_tab.py" line="59"/>
        <source>Health</source>
        <translation>Terveys</translation>
    </message>
    <message>
        <location filename="../../views/success/risk_tab.py" line="60"/>
        <source>Why at risk</source>
        <translation>Miksi riskissä</translation>
    </message>
    <message>
        <location filename="../../views/success/risk_tab.py" line="61"/>
        <source>Next step</source>
        <translation>Seuraava askel</translation>
    </message>
    <message>
        <location filename="../../views/success/risk_tab.py" line="62"/>
        <source>Owner</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <location filename="../../views/success/risk_tab.py" line="97"/>
        <source>key contact left: {names}</source>
        <translation>avainhenkilö lähti: {names}</translation>
    </message>
    <message>
        <location filename="../../views/success/risk_tab.py" line="99"/>
        <source>renewal {date}</source>
        <translation>uusinta {date}</translation>
    </message>
</context>
<context>
    <name>CheckpointDialog</name>
    <message>
        <location filename="../../views/success/goal_dialogs.py" line="90"/>
        <source>Checkpoint</source>
        <translation>Välitavoite</translation>
    </message>
    <message>
        <location filename="../../views/success/goal_dialogs.py" line="91"/>
        <source>A checkpoint of the goal “{goal}” (started {date}).</source>
        <translation>Tavoitteen ”{goal}” välitavoite (alkoi {date}).</translation>
    </message>
    <message>
        <location filename="../../views/success/goal_dialogs.py" line="102"/>
        <source>What was found?</source>
        <translation>Mitä havaittiin?</translation>
    </message>
    <message>
        <location filename="../../views/success/goal_dialogs.py" line="105"/>
        <source>Date:</source>
        <translation>Päivä:</translation>
    </message>
    <message>
        <location filename="../../views/success/goal_dialogs.py" line="106"/>
        <source>What should be reached:</source>
        <translation>Mitä pitää saavuttaa:</translation>
    </message>
    <message>
        <location filename="../../views/success/goal_dialogs.py" line="107"/>
        <source>Status:</source>
        <translation>Tila:</translation>
    </message>
    <message>
        <location filename="../../views/success/goal_dialogs.py" line="108"/>
        <source>Note:</source>
        <translation>Huomio:</translation>
    </message>
    <message>
        <location filename="../../app/success/steps.py" line="232"/>
        <source>New checkpoint of “{goal}”</source>
        <translation>Uusi välitavoite tavoitteelle ”{goal}”</translation>
    </message>
    <message>
        <location filename="../../app/success/steps.py" line="244"/>
        <source>Edit checkpoint of “{goal}”</source>
        <translation>Muokkaa tavoitteen ”{goal}” välitavoitetta</translation>
    </message>
</context>
<context>
    <name>ConfirmValueDialog</name>
    <message>
        <location filename="../../views/success/goal_dialogs.py" line="132"/>
        <source>The customer confirmed the value</source>
        <translation>Asiakas vahvisti arvon</translation>
    </message>
    <message>
        <location filename="../../views/success/goal_dialogs.py" line="134"/>
        <source>Has the customer confirmed that “{goal}” brought the value it wanted? Only then is the next goal set.</source>
        <translation>Onko asiakas vahvistanut, että ”{goal}” toi sen haluaman arvon? Vasta sitten asetetaan seuraava tavoite.</translation>
    </message>
    <message>
        <location filename="../../views/success/goal_dialogs.py" line="141"/>
        <source>How did the customer confirm it?</source>
        <translation>Miten asiakas vahvisti sen?</translation>
    </message>
    <message>
        <location filename="../../views/success/goal_dialogs.py" line="142"/>
        <source>Confirmed on:</source>
        <translation>Vahvistettu:</translation>
    </message>
    <message>
        <location filename="../../views/success/goal_dialogs.py" line="143"/>
        <source>How:</source>
        <translation>Miten:</translation>
    </message>
    <message>
        <location filename="../../app/success/steps.py" line="211"/>
        <source>Value of “{goal}” confirmed</source>
        <translation>Tavoitteen ”{goal}” arvo vahvistettu</translation>
    </message>
</context>
<context>
    <name>ContactLeftDialog</name>
    <message>
        <location filename="../../views/success/customer_dialogs.py" line="260"/>
        <source>A key contact left</source>
        <translation>Avainhenkilö lähti</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_dialogs.py" line="262"/>
        <source>Who left &lt;b&gt;{name}&lt;/b&gt;? When a decider, buyer or user leaves, the customer is flagged at risk.</source>
        <translation>Kuka lähti asiakkaalta &lt;b&gt;{name}&lt;/b&gt;? Kun päättäjä, ostaja tai käyttäjä lähtee, asiakas merkitään riskiin.</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_dialogs.py" line="274"/>
        <source>Contact:</source>
        <translation>Yhteyshenkilö:</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_dialogs.py" line="275"/>
        <source>Left on:</source>
        <translation>Lähti:</translation>
    </message>
    <message>
        <location filename="../../app/success/steps.py" line="140"/>
        <source>{name} left</source>
        <translation>{name} lähti</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <location filename="../../app/success/steps.py" line="268"/>
        <location filename="../../views/success/feedback_dialogs.py" line="117"/>
        <source>Record feedback</source>
        <translation>Kirjaa palaute</translation>
    </message>
    <message>
        <location filename="../../views/success/feedback_dialogs.py" line="129"/>
        <source>(no touchpoint)</source>
        <translation>(ei kohtaamispistettä)</translation>
    </message>
    <message>
        <location filename="../../views/success/feedback_dialogs.py" line="133"/>
        <source>(none)</source>
        <translation>(ei mitään)</translation>
    </message>
    <message>
        <location filename="../../views/success/feedback_dialogs.py" line="135"/>
        <source>What happened, in the customer&apos;s words?</source>
        <translation>Mitä tapahtui, asiakkaan sanoin?</translation>
    </message>
    <message>
        <location filename="../../views/success/feedback_dialogs.py" line="139"/>
        <source>Kind:</source>
        <translation>Laji:</translation>
    </message>
    <message>
        <location filename="../../views/success/feedback_dialogs.py" line="140"/>
        <source>Came through:</source>
        <translation>Tuli kanavasta:</translation>
    </message>
    <message>
        <location filename="../../views/success/feedback_dialogs.py" line="141"/>
        <source>Customer:</source>
        <translation>Asiakas:</translation>
    </message>
    <message>
        <location filename="../../views/success/feedback_dialogs.py" line="142"/>
        <source>Touchpoint:</source>
        <translation>Kohtaamispiste:</translation>
    </message>
    <message>
        <location filename="../../views/success/feedback_dialogs.py" line="143"/>
        <source>Severity:</source>
        <translation>Vakavuus:</translation>
    </message>
    <message>
        <location filename="../../views/success/feedback_dialogs.py" line="144"/>
        <source>What happened:</source>
        <translation>Mitä tapahtui:</translation>
    </message>
    <message>
        <location filename="../../views/success/feedback_dialogs.py" line="145"/>
        <source>Received on:</source>
        <translation>Saatu:</translation>
    </message>
</context>
<context>
    <name>FeedbackModel</name>
    <message>
        <location filename="../../views/success/feedback_tab.py" line="47"/>
        <source>Received</source>
        <translation>Saatu</translation>
    </message>
    <message>
        <location filename="../../views/success/feedback_tab.py" line="48"/>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <location filename="../../views/success/feedback_tab.py" line="49"/>
        <source>Severity</source>
        <translation>Vakavuus</translation>
    </message>
    <message>
        <location filename="../../views/success/feedback_tab.py" line="50"/>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location filename="../../views/success/feedback_tab.py" line="51"/>
        <source>Touchpoint</source>
        <translation>Kohtaamispiste</translation>
    </message>
    <message>
        <location filename="../../views/success/feedback_tab.py" line="52"/>
        <source>What happened</source>
        <translation>Mitä tapahtui</translation>
    </message>
    <message>
        <location filename="../../views/success/feedback_tab.py" line="53"/>
        <source>Owner</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <location filename="../../views/success/feedback_tab.py" line="54"/>
        <source>Closed</source>
        <translation>Suljettu</translation>
    </message>
    <message>
        <location filename="../../views/success/feedback_tab.py" line="80"/>
        <source>open</source>
        <translation>avoin</translation>
    </message>
</context>
<context>
    <name>FeedbackTab</name>
    <message>
        <location filename="../../views/success/feedback_tab.py" line="93"/>
        <source>Open only</source>
        <translation>Vain avoimet</translation>
    </message>
    <message>
        <location filename="../../views/success/feedback_tab.py" line="96"/>
        <source>Record feedback…</source>
        <translation>Kirjaa palaute…</translation>
    </message>
    <message>
        <location filename="../../views/success/feedback_tab.py" line="99"/>
        <source>Handle…</source>
        <translation>Käsittele…</translation>
    </message>
    <message>
        <location filename="../../views/success/feedback_tab.py" line="102"/>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location filename="../../views/success/feedback_tab.py" line="146"/>
        <source>No feedback yet. Record what customers say, tied to a touchpoint.</source>
        <translation>Ei vielä palautetta. Kirjaa, mitä asiakkaat sanovat, ja liitä se kohtaamispisteeseen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/success/feedback_tab.py" line="149"/>
        <source>%n feedback(s).</source>
        <translation>
            <numerusform>%n palaute.</numerusform>
            <numerusform>%n palautetta.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/success/feedback_tab.py" line="151"/>
        <source>Showing the newest {shown}.</source>
        <translation>Näytetään uusimmat {shown}.</translation>
    </message>
    <message>
        <location filename="../../app/success/steps.py" line="291"/>
        <source>Delete feedback</source>
        <translation>Poista palaute</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../views/success/goal_dialogs.py" line="31"/>
        <source>Customer goal</source>
        <translation>Asiakkaan tavoite</translation>
    </message>
    <message>
        <location filename="../../views/success/goal_dialogs.py" line="31"/>
        <source>New customer goal</source>
        <translation>Uusi asiakkaan tavoite</translation>
    </message>
    <message>
        <location filename="../../views/success/goal_dialogs.py" line="32"/>
        <source>What does &lt;b&gt;{name}&lt;/b&gt; want to achieve, and how does it measure it?</source>
        <translation>Mitä &lt;b&gt;{name}&lt;/b&gt; haluaa saavuttaa, ja miten se sitä mittaa?</translation>
    </message>
    <message>
        <location filename="../../views/success/goal_dialogs.py" line="42"/>
        <source>E.g. applications per summer trainee post</source>
        <translation>Esim. hakemuksia kesäharjoittelupaikkaa kohden</translation>
    </message>
    <message>
        <location filename="../../views/success/goal_dialogs.py" line="44"/>
        <source>Target date</source>
        <translation>Tavoitepäivä</translation>
    </message>
    <message>
        <location filename="../../views/success/goal_dialogs.py" line="48"/>
        <source>Goal:</source>
        <translation>Tavoite:</translation>
    </message>
    <message>
        <location filename="../../views/success/goal_dialogs.py" line="49"/>
        <source>How they measure it:</source>
        <translation>Miten sitä mitataan:</translation>
    </message>
    <message>
        <location filename="../../views/success/goal_dialogs.py" line="50"/>
        <source>Started:</source>
        <translation>Alkoi:</translation>
    </message>
    <message>
        <location filename="../../views/success/goal_dialogs.py" line="52"/>
        <source>Status:</source>
        <translation>Tila:</translation>
    </message>
    <message>
        <location filename="../../app/success/steps.py" line="188"/>
        <source>{name}: new goal</source>
        <translation>{name}: uusi tavoite</translation>
    </message>
    <message>
        <location filename="../../app/success/steps.py" line="200"/>
        <source>{name}: edit goal</source>
        <translation>{name}: tavoitteen muokkaus</translation>
    </message>
</context>
<context>
    <name>GuardedDialog</name>
    <message>
        <location filename="../../views/success/dialog_base.py" line="102"/>
        <source>Discard changes?</source>
        <translation>Hylätäänkö muutokset?</translation>
    </message>
    <message>
        <location filename="../../views/success/dialog_base.py" line="103"/>
        <source>You have typed something that is not saved. Throw it away?</source>
        <translation>Olet kirjoittanut jotain, mitä ei ole tallennettu. Heitetäänkö se pois?</translation>
    </message>
</context>
<context>
    <name>HandlingDialog</name>
    <message>
        <location filename="../../app/success/steps.py" line="280"/>
        <location filename="../../views/success/feedback_dialogs.py" line="175"/>
        <source>Handle feedback</source>
        <translation>Käsittele palaute</translation>
    </message>
</context>
<context>
    <name>HandlingFields</name>
    <message>
        <location filename="../../views/success/feedback_dialogs.py" line="31"/>
        <source>Why did it happen?</source>
        <translation>Miksi se tapahtui?</translation>
    </message>
    <message>
        <location filename="../../views/success/feedback_dialogs.py" line="37"/>
        <source>(not yet)</source>
        <translation>(ei vielä)</translation>
    </message>
    <message>
        <location filename="../../views/success/feedback_dialogs.py" line="40"/>
        <source>What was done?</source>
        <translation>Mitä tehtiin?</translation>
    </message>
    <message>
        <location filename="../../views/success/feedback_dialogs.py" line="47"/>
        <source>(nobody)</source>
        <translation>(ei kukaan)</translation>
    </message>
    <message>
        <location filename="../../views/success/feedback_dialogs.py" line="52"/>
        <source>(not decided)</source>
        <translation>(ei päätetty)</translation>
    </message>
    <message>
        <location filename="../../views/success/feedback_dialogs.py" line="54"/>
        <source>Closed</source>
        <translation>Suljettu</translation>
    </message>
    <message>
        <location filename="../../views/success/feedback_dialogs.py" line="66"/>
        <source>Root cause:</source>
        <translation>Juurisyy:</translation>
    </message>
    <message>
        <location filename="../../views/success/feedback_dialogs.py" line="71"/>
        <source>Resolution:</source>
        <translation>Hyvitys:</translation>
    </message>
    <message>
        <location filename="../../views/success/feedback_dialogs.py" line="76"/>
        <source>What was done:</source>
        <translation>Mitä tehtiin:</translation>
    </message>
    <message>
        <location filename="../../views/success/feedback_dialogs.py" line="80"/>
        <source>Owner:</source>
        <translation>Vastuuhenkilö:</translation>
    </message>
    <message>
        <location filename="../../views/success/feedback_dialogs.py" line="84"/>
        <source>Quick fix or long-term:</source>
        <translation>Nopea korjaus vai pitkä kehitys:</translation>
    </message>
    <message>
        <location filename="../../views/success/feedback_dialogs.py" line="89"/>
        <source>Closed on:</source>
        <translation>Suljettu:</translation>
    </message>
</context>
<context>
    <name>HealthDialog</name>
    <message>
        <location filename="../../views/success/customer_dialogs.py" line="115"/>
        <source>Health of &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>Asiakkaan &lt;b&gt;{name}&lt;/b&gt; terveys</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_dialogs.py" line="117"/>
        <source>The data suggests: {health}</source>
        <translation>Tiedot ehdottavat: {health}</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_dialogs.py" line="120"/>
        <source>Customer health</source>
        <translation>Asiakkuuden terveys</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_dialogs.py" line="126"/>
        <source>Why this health?</source>
        <translation>Miksi tämä tila?</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_dialogs.py" line="132"/>
        <source>What do we do right away?</source>
        <translation>Mitä teemme heti?</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_dialogs.py" line="137"/>
        <source>Health:</source>
        <translation>Terveys:</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_dialogs.py" line="138"/>
        <source>Reason:</source>
        <translation>Syy:</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_dialogs.py" line="139"/>
        <source>Immediate next step:</source>
        <translation>Välitön seuraava askel:</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_dialogs.py" line="140"/>
        <source>Next step due:</source>
        <translation>Askel viimeistään:</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_dialogs.py" line="141"/>
        <source>Date:</source>
        <translation>Päivä:</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_dialogs.py" line="142"/>
        <source>Set by:</source>
        <translation>Asettaja:</translation>
    </message>
    <message>
        <location filename="../../app/success/steps.py" line="91"/>
        <source>{name}: health {health}</source>
        <translation>{name}: terveys {health}</translation>
    </message>
</context>
<context>
    <name>JourneyDialog</name>
    <message>
        <location filename="../../views/success/journey_dialogs.py" line="96"/>
        <source>Journey map</source>
        <translation>Asiakaspolku</translation>
    </message>
    <message>
        <location filename="../../views/success/journey_dialogs.py" line="96"/>
        <source>New journey map</source>
        <translation>Uusi asiakaspolku</translation>
    </message>
    <message>
        <location filename="../../views/success/journey_dialogs.py" line="103"/>
        <source>(all customers)</source>
        <translation>(kaikki asiakkaat)</translation>
    </message>
    <message>
        <location filename="../../views/success/journey_dialogs.py" line="114"/>
        <source>Name:</source>
        <translation>Nimi:</translation>
    </message>
    <message>
        <location filename="../../views/success/journey_dialogs.py" line="115"/>
        <source>Segment:</source>
        <translation>Segmentti:</translation>
    </message>
    <message>
        <location filename="../../views/success/journey_dialogs.py" line="116"/>
        <source>Phases:</source>
        <translation>Vaiheet:</translation>
    </message>
    <message>
        <location filename="../../app/success/steps.py" line="329"/>
        <source>New journey map {name}</source>
        <translation>Uusi asiakaspolku {name}</translation>
    </message>
    <message>
        <location filename="../../app/success/steps.py" line="345"/>
        <location filename="../../app/success/steps.py" line="356"/>
        <source>Edit journey map {name}</source>
        <translation>Muokkaa asiakaspolkua {name}</translation>
    </message>
</context>
<context>
    <name>JourneyMap</name>
    <message>
        <location filename="../../views/success/journey_map.py" line="78"/>
        <source>digital</source>
        <translation>digitaalinen</translation>
    </message>
    <message>
        <location filename="../../views/success/journey_map.py" line="80"/>
        <source>physical</source>
        <translation>fyysinen</translation>
    </message>
    <message>
        <location filename="../../views/success/journey_map.py" line="90"/>
        <source>expectations: {level}</source>
        <translation>odotukset: {level}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/success/journey_map.py" line="96"/>
        <source>⚠ %n complaint(s)</source>
        <translation>
            <numerusform>⚠ %n reklamaatio</numerusform>
            <numerusform>⚠ %n reklamaatiota</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/success/journey_map.py" line="101"/>
        <source>%n feedback(s)</source>
        <translation>
            <numerusform>%n palaute</numerusform>
            <numerusform>%n palautetta</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/success/journey_map.py" line="103"/>
        <source>critical point</source>
        <translation>kriittinen piste</translation>
    </message>
</context>
<context>
    <name>JourneyTab</name>
    <message>
        <location filename="../../views/success/journey_tab.py" line="55"/>
        <source>New map…</source>
        <translation>Uusi polku…</translation>
    </message>
    <message>
        <location filename="../../views/success/journey_tab.py" line="56"/>
        <source>Phases…</source>
        <translation>Vaiheet…</translation>
    </message>
    <message>
        <location filename="../../views/success/journey_tab.py" line="57"/>
        <source>Delete map</source>
        <translation>Poista polku</translation>
    </message>
    <message>
        <location filename="../../views/success/journey_tab.py" line="58"/>
        <source>Save as PNG…</source>
        <translation>Tallenna PNG…</translation>
    </message>
    <message>
        <location filename="../../views/success/journey_tab.py" line="59"/>
        <source>Save as PDF…</source>
        <translation>Tallenna PDF…</translation>
    </message>
    <message>
        <location filename="../../views/success/journey_tab.py" line="64"/>
        <source>Add touchpoint…</source>
        <translation>Lisää kohtaamispiste…</translation>
    </message>
    <message>
        <location filename="../../views/success/journey_tab.py" line="65"/>
        <source>Edit touchpoint…</source>
        <translation>Muokkaa kohtaamispistettä…</translation>
    </message>
    <message>
        <location filename="../../views/success/journey_tab.py" line="66"/>
        <source>Remove touchpoint</source>
        <translation>Poista kohtaamispiste</translation>
    </message>
    <message>
        <location filename="../../views/success/journey_tab.py" line="67"/>
        <source>Record feedback here…</source>
        <translation>Kirjaa palaute tähän…</translation>
    </message>
    <message>
        <location filename="../../views/success/journey_tab.py" line="121"/>
        <source>No journey map yet: make one with New map…</source>
        <translation>Ei vielä asiakaspolkua: tee sellainen painikkeella Uusi polku…</translation>
    </message>
    <message>
        <location filename="../../views/success/journey_tab.py" line="124"/>
        <source>Click a touchpoint to choose it, double-click to edit it. A red frame marks a critical point; a red card is where complaints have gathered.</source>
        <translation>Valitse kohtaamispiste napsauttamalla, muokkaa kaksoisnapsauttamalla. Punainen kehys merkitsee kriittistä pistettä; punainen kortti on kohta, johon reklamaatiot ovat kasautuneet.</translation>
    </message>
    <message>
        <location filename="../../app/success/steps.py" line="366"/>
        <source>Delete journey map {name}</source>
        <translation>Poista asiakaspolku {name}</translation>
    </message>
    <message>
        <location filename="../../app/success/steps.py" line="401"/>
        <source>Remove touchpoint {name}</source>
        <translation>Poista kohtaamispiste {name}</translation>
    </message>
    <message>
        <location filename="../../views/success/journey_tab.py" line="191"/>
        <source>Save the journey map</source>
        <translation>Tallenna asiakaspolku</translation>
    </message>
    <message>
        <location filename="../../views/success/journey_tab.py" line="192"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-kuva (*.png)</translation>
    </message>
    <message>
        <location filename="../../views/success/journey_tab.py" line="192"/>
        <source>PDF file (*.pdf)</source>
        <translation>PDF-tiedosto (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../views/success/journey_tab.py" line="203"/>
        <source>Saved {path}.</source>
        <translation>Tallennettu {path}.</translation>
    </message>
    <message>
        <location filename="../../views/success/journey_map.py" line="265"/>
        <source>not written</source>
        <translation>ei kirjoitettu</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../views/success/overview_tab.py" line="72"/>
        <source>Health of tracked customers</source>
        <translation>Seurattujen asiakkaiden terveys</translation>
    </message>
    <message>
        <location filename="../../views/success/overview_tab.py" line="73"/>
        <source>Customers per lifecycle stage</source>
        <translation>Asiakkaat elinkaaren vaiheittain</translation>
    </message>
    <message>
        <location filename="../../views/success/overview_tab.py" line="74"/>
        <source>Lost in the last 12 months, by reason</source>
        <translation>Menetetyt viimeisen 12 kuukauden aikana syittäin</translation>
    </message>
    <message>
        <location filename="../../views/success/overview_tab.py" line="113"/>
        <source>No customer is tracked yet. Open a customer&apos;s Success tab to set its lifecycle stage and health.</source>
        <translation>Yhtään asiakasta ei vielä seurata. Avaa asiakkaan Onnistuminen-välilehti ja aseta sen elinkaaren vaihe ja terveys.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/success/overview_tab.py" line="118"/>
        <source>%n tracked customer(s).</source>
        <translation>
            <numerusform>%n seurattu asiakas.</numerusform>
            <numerusform>%n seurattua asiakasta.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/success/overview_tab.py" line="120"/>
        <source>Red health: {count}.</source>
        <translation>Punaisia: {count}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/success/overview_tab.py" line="125"/>
        <source>%n lost in the last 12 months; most often: {reason}.</source>
        <translation>
            <numerusform>%n menetetty viimeisen 12 kuukauden aikana; yleisin syy: {reason}.</numerusform>
            <numerusform>%n menetettyä viimeisen 12 kuukauden aikana; yleisin syy: {reason}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhaseList</name>
    <message>
        <location filename="../../views/success/journey_dialogs.py" line="45"/>
        <source>Add</source>
        <translation>Lisää</translation>
    </message>
    <message>
        <location filename="../../views/success/journey_dialogs.py" line="46"/>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location filename="../../views/success/journey_dialogs.py" line="47"/>
        <source>Up</source>
        <translation>Ylös</translation>
    </message>
    <message>
        <location filename="../../views/success/journey_dialogs.py" line="48"/>
        <source>Down</source>
        <translation>Alas</translation>
    </message>
    <message>
        <location filename="../../views/success/journey_dialogs.py" line="67"/>
        <source>New phase</source>
        <translation>Uusi vaihe</translation>
    </message>
</context>
<context>
    <name>RenewalDialog</name>
    <message>
        <location filename="../../views/success/customer_dialogs.py" line="172"/>
        <source>Contract renewal</source>
        <translation>Sopimuksen uusinta</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_dialogs.py" line="173"/>
        <source>When is the contract of &lt;b&gt;{name}&lt;/b&gt; renewed?</source>
        <translation>Milloin asiakkaan &lt;b&gt;{name}&lt;/b&gt; sopimus uusitaan?</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_dialogs.py" line="182"/>
        <source> weeks before</source>
        <translation> viikkoa ennen</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_dialogs.py" line="183"/>
        <source>Renewal date:</source>
        <translation>Uusintapäivä:</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_dialogs.py" line="184"/>
        <source>Remind:</source>
        <translation>Muistuta:</translation>
    </message>
    <message>
        <location filename="../../app/success/steps.py" line="105"/>
        <source>{name}: renewal date</source>
        <translation>{name}: uusintapäivä</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../views/success/goal_dialogs.py" line="164"/>
        <source>Review with &lt;b&gt;{name}&lt;/b&gt;: write down their answers.</source>
        <translation>Arvio asiakkaan &lt;b&gt;{name}&lt;/b&gt; kanssa: kirjaa heidän vastauksensa.</translation>
    </message>
    <message>
        <location filename="../../views/success/goal_dialogs.py" line="172"/>
        <source>Date:</source>
        <translation>Päivä:</translation>
    </message>
    <message>
        <location filename="../../views/success/goal_dialogs.py" line="180"/>
        <source>What did we agree to do next?</source>
        <translation>Mitä sovimme tekevämme seuraavaksi?</translation>
    </message>
    <message>
        <location filename="../../views/success/goal_dialogs.py" line="181"/>
        <source>Next step:</source>
        <translation>Seuraava askel:</translation>
    </message>
    <message>
        <location filename="../../app/success/steps.py" line="172"/>
        <source>{name}: customer review</source>
        <translation>{name}: asiakasarvio</translation>
    </message>
</context>
<context>
    <name>RiskTab</name>
    <message>
        <location filename="../../views/success/risk_tab.py" line="133"/>
        <source>Renewal</source>
        <translation>Uusinta</translation>
    </message>
    <message>
        <location filename="../../views/success/risk_tab.py" line="133"/>
        <location filename="../../views/success/risk_tab.py" line="135"/>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location filename="../../views/success/risk_tab.py" line="135"/>
        <source>Since</source>
        <translation>Alkaen</translation>
    </message>
    <message>
        <location filename="../../views/success/risk_tab.py" line="135"/>
        <source>Lost because</source>
        <translation>Menetetty, koska</translation>
    </message>
    <message>
        <location filename="../../views/success/risk_tab.py" line="138"/>
        <source>Renewals coming up</source>
        <translation>Lähestyvät uusinnat</translation>
    </message>
    <message>
        <location filename="../../views/success/risk_tab.py" line="139"/>
        <source>Win-back opportunities</source>
        <translation>Takaisinvoittamisen mahdollisuudet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/success/risk_tab.py" line="174"/>
        <source>%n customer(s) at risk.</source>
        <translation>
            <numerusform>%n asiakas riskissä.</numerusform>
            <numerusform>%n asiakasta riskissä.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/success/risk_tab.py" line="176"/>
        <source>Showing the first {shown}.</source>
        <translation>Näytetään ensimmäiset {shown}.</translation>
    </message>
    <message>
        <location filename="../../views/success/risk_tab.py" line="179"/>
        <source>No customer is at risk. Customers appear here when their health is red, a key contact leaves, or a renewal nears without green health.</source>
        <translation>Yksikään asiakas ei ole riskissä. Asiakas näkyy tässä, kun sen terveys on punainen, avainhenkilö lähtee tai uusinta lähestyy ilman vihreää terveyttä.</translation>
    </message>
</context>
<context>
    <name>SatisfactionDialog</name>
    <message>
        <location filename="../../views/success/customer_dialogs.py" line="206"/>
        <source>Satisfaction</source>
        <translation>Tyytyväisyys</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_dialogs.py" line="207"/>
        <source>How satisfied is &lt;b&gt;{name}&lt;/b&gt;?</source>
        <translation>Kuinka tyytyväinen &lt;b&gt;{name}&lt;/b&gt; on?</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_dialogs.py" line="212"/>
        <source>(the customer as a whole)</source>
        <translation>(asiakas kokonaisuutena)</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_dialogs.py" line="226"/>
        <source>What did they say?</source>
        <translation>Mitä he sanoivat?</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_dialogs.py" line="227"/>
        <source>Who answered:</source>
        <translation>Vastaaja:</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_dialogs.py" line="228"/>
        <source>Satisfaction 1–5:</source>
        <translation>Tyytyväisyys 1–5:</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_dialogs.py" line="229"/>
        <source>Would recommend 0–10 (NPS):</source>
        <translation>Suosittelisi 0–10 (NPS):</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_dialogs.py" line="230"/>
        <source>Date:</source>
        <translation>Päivä:</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_dialogs.py" line="231"/>
        <source>Note:</source>
        <translation>Huomio:</translation>
    </message>
    <message>
        <location filename="../../app/success/steps.py" line="115"/>
        <source>{name}: satisfaction</source>
        <translation>{name}: tyytyväisyys</translation>
    </message>
</context>
<context>
    <name>SatisfactionTab</name>
    <message>
        <location filename="../../views/success/satisfaction_tab.py" line="58"/>
        <source>Segmentation:</source>
        <translation>Segmentointi:</translation>
    </message>
    <message>
        <location filename="../../views/success/satisfaction_tab.py" line="97"/>
        <source>NPS by month</source>
        <translation>NPS kuukausittain</translation>
    </message>
    <message>
        <location filename="../../views/success/satisfaction_tab.py" line="98"/>
        <source>Mean satisfaction 1–5 by month</source>
        <translation>Tyytyväisyyden keskiarvo 1–5 kuukausittain</translation>
    </message>
    <message>
        <location filename="../../views/success/satisfaction_tab.py" line="100"/>
        <source>Satisfaction 1–5 by ladder level, last 12 months</source>
        <translation>Tyytyväisyys 1–5 portaittain, viimeiset 12 kk</translation>
    </message>
    <message>
        <location filename="../../views/success/satisfaction_tab.py" line="105"/>
        <source>Satisfaction 1–5 by segment, last 12 months</source>
        <translation>Tyytyväisyys 1–5 segmenteittäin, viimeiset 12 kk</translation>
    </message>
    <message>
        <location filename="../../views/success/satisfaction_tab.py" line="141"/>
        <source>Warning: NPS fell {points} points below the three months before. Act fast: ask the team at the touchpoints what changed, and fix what can be fixed quickly.</source>
        <translation>Varoitus: NPS laski {points} pistettä edellisten kolmen kuukauden alle. Toimi nopeasti: kysy kohtaamispisteissä toimivilta, mikä muuttui, ja korjaa se, minkä voi korjata heti.</translation>
    </message>
</context>
<context>
    <name>StageDialog</name>
    <message>
        <location filename="../../views/success/customer_dialogs.py" line="54"/>
        <source>Lifecycle stage</source>
        <translation>Elinkaaren vaihe</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_dialogs.py" line="55"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; is now at: {stage}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; on nyt vaiheessa: {stage}</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_dialogs.py" line="56"/>
        <source>not yet tracked</source>
        <translation>ei vielä seurannassa</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_dialogs.py" line="66"/>
        <source>(choose the reason)</source>
        <translation>(valitse syy)</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_dialogs.py" line="68"/>
        <location filename="../../views/success/customer_dialogs.py" line="87"/>
        <source>One sentence on what happened.</source>
        <translation>Yksi lause siitä, mitä tapahtui.</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_dialogs.py" line="72"/>
        <source>Next stage:</source>
        <translation>Seuraava vaihe:</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_dialogs.py" line="73"/>
        <source>Why was it lost:</source>
        <translation>Miksi menetettiin:</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_dialogs.py" line="74"/>
        <source>What happened:</source>
        <translation>Mitä tapahtui:</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_dialogs.py" line="75"/>
        <source>Date:</source>
        <translation>Päivä:</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_dialogs.py" line="76"/>
        <source>Changed by:</source>
        <translation>Muuttaja:</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_dialogs.py" line="85"/>
        <source>One sentence on what happened (required).</source>
        <translation>Yksi lause siitä, mitä tapahtui (pakollinen).</translation>
    </message>
    <message>
        <location filename="../../app/success/steps.py" line="75"/>
        <source>{name}: {stage}</source>
        <translation>{name}: {stage}</translation>
    </message>
</context>
<context>
    <name>SuccessDialogs</name>
    <message>
        <location filename="../../views/success/customer_dialogs.py" line="38"/>
        <source>(nobody)</source>
        <translation>(ei kukaan)</translation>
    </message>
</context>
<context>
    <name>SuccessLabels</name>
    <message>
        <location filename="../../views/success/labels.py" line="25"/>
        <source>onboarding</source>
        <translation>aloitus</translation>
    </message>
    <message>
        <location filename="../../views/success/labels.py" line="26"/>
        <source>growth</source>
        <translation>kasvu</translation>
    </message>
    <message>
        <location filename="../../views/success/labels.py" line="27"/>
        <source>renewal / upsell</source>
        <translation>uusinta / lisämyynti</translation>
    </message>
    <message>
        <location filename="../../views/success/labels.py" line="28"/>
        <source>lost</source>
        <translation>menetetty</translation>
    </message>
    <message>
        <location filename="../../views/success/labels.py" line="29"/>
        <source>win-back</source>
        <translation>takaisinvoitto</translation>
    </message>
    <message>
        <location filename="../../views/success/labels.py" line="32"/>
        <source>no value gained</source>
        <translation>ei saatu arvoa</translation>
    </message>
    <message>
        <location filename="../../views/success/labels.py" line="33"/>
        <source>not adopted</source>
        <translation>ei otettu käyttöön</translation>
    </message>
    <message>
        <location filename="../../views/success/labels.py" line="34"/>
        <source>no longer needed</source>
        <translation>ei enää tarvetta</translation>
    </message>
    <message>
        <location filename="../../views/success/labels.py" line="35"/>
        <source>cost cutting</source>
        <translation>kulujen leikkaus</translation>
    </message>
    <message>
        <location filename="../../views/success/labels.py" line="36"/>
        <source>switched to a better competitor</source>
        <translation>vaihtoi parempaan kilpailijaan</translation>
    </message>
    <message>
        <location filename="../../views/success/labels.py" line="37"/>
        <source>switched to a cheaper competitor</source>
        <translation>vaihtoi halvempaan kilpailijaan</translation>
    </message>
    <message>
        <location filename="../../views/success/labels.py" line="40"/>
        <source>switched to a more relevant competitor</source>
        <translation>vaihtoi olennaisempaan kilpailijaan</translation>
    </message>
    <message>
        <location filename="../../views/success/labels.py" line="43"/>
        <source>a key person changed</source>
        <translation>avainhenkilö vaihtui</translation>
    </message>
    <message>
        <location filename="../../views/success/labels.py" line="46"/>
        <source>green</source>
        <translation>vihreä</translation>
    </message>
    <message>
        <location filename="../../views/success/labels.py" line="47"/>
        <source>yellow</source>
        <translation>keltainen</translation>
    </message>
    <message>
        <location filename="../../views/success/labels.py" line="48"/>
        <source>red</source>
        <translation>punainen</translation>
    </message>
    <message>
        <location filename="../../views/success/labels.py" line="49"/>
        <source>not assessed</source>
        <translation>ei arvioitu</translation>
    </message>
    <message>
        <location filename="../../views/success/labels.py" line="52"/>
        <source>praise</source>
        <translation>kiitos</translation>
    </message>
    <message>
        <location filename="../../views/success/labels.py" line="53"/>
        <source>suggestion</source>
        <translation>kehitysehdotus</translation>
    </message>
    <message>
        <location filename="../../views/success/labels.py" line="54"/>
        <source>complaint</source>
        <translation>reklamaatio</translation>
    </message>
    <message>
        <location filename="../../views/success/labels.py" line="57"/>
        <source>meeting</source>
        <translation>tapaaminen</translation>
    </message>
    <message>
        <location filename="../../views/success/labels.py" line="58"/>
        <location filename="../../views/success/labels.py" line="81"/>
        <source>phone</source>
        <translation>puhelin</translation>
    </message>
    <message>
        <location filename="../../views/success/labels.py" line="59"/>
        <location filename="../../views/success/labels.py" line="82"/>
        <source>e-mail</source>
        <translation>sähköposti</translation>
    </message>
    <message>
        <location filename="../../views/success/labels.py" line="60"/>
        <source>survey</source>
        <translation>kysely</translation>
    </message>
    <message>
        <location filename="../../views/success/labels.py" line="61"/>
        <location filename="../../views/success/labels.py" line="84"/>
        <source>social media</source>
        <translation>sosiaalinen media</translation>
    </message>
    <message>
        <location filename="../../views/success/labels.py" line="62"/>
        <location filename="../../views/success/labels.py" line="83"/>
        <source>website</source>
        <translation>verkkosivut</translation>
    </message>
    <message>
        <location filename="../../views/success/labels.py" line="63"/>
        <location filename="../../views/success/labels.py" line="87"/>
        <source>other</source>
        <translation>muu</translation>
    </message>
    <message>
        <location filename="../../views/success/labels.py" line="66"/>
        <location filename="../../views/success/labels.py" line="90"/>
        <source>low</source>
        <translation>matala</translation>
    </message>
    <message>
        <location filename="../../views/success/labels.py" line="67"/>
        <location filename="../../views/success/labels.py" line="91"/>
        <source>medium</source>
        <translation>keskitaso</translation>
    </message>
    <message>
        <location filename="../../views/success/labels.py" line="68"/>
        <location filename="../../views/success/labels.py" line="92"/>
        <source>high</source>
        <translation>korkea</translation>
    </message>
    <message>
        <location filename="../../views/success/labels.py" line="71"/>
        <source>fix</source>
        <translation>korjaus</translation>
    </message>
    <message>
        <location filename="../../views/success/labels.py" line="72"/>
        <source>apology</source>
        <translation>anteeksipyyntö</translation>
    </message>
    <message>
        <location filename="../../views/success/labels.py" line="73"/>
        <source>compensation</source>
        <translation>hyvitys</translation>
    </message>
    <message>
        <location filename="../../views/success/labels.py" line="76"/>
        <source>quick fix</source>
        <translation>nopea korjaus</translation>
    </message>
    <message>
        <location filename="../../views/success/labels.py" line="77"/>
        <source>long-term development</source>
        <translation>pitkän aikavälin kehitys</translation>
    </message>
    <message>
        <location filename="../../views/success/labels.py" line="80"/>
        <source>face to face</source>
        <translation>kasvokkain</translation>
    </message>
    <message>
        <location filename="../../views/success/labels.py" line="85"/>
        <source>event</source>
        <translation>tapahtuma</translation>
    </message>
    <message>
        <location filename="../../views/success/labels.py" line="86"/>
        <source>print</source>
        <translation>painotuote</translation>
    </message>
    <message>
        <location filename="../../views/success/labels.py" line="95"/>
        <source>open</source>
        <translation>avoin</translation>
    </message>
    <message>
        <location filename="../../views/success/labels.py" line="96"/>
        <source>on track</source>
        <translation>etenee</translation>
    </message>
    <message>
        <location filename="../../views/success/labels.py" line="97"/>
        <source>off track</source>
        <translation>jäljessä</translation>
    </message>
    <message>
        <location filename="../../views/success/labels.py" line="98"/>
        <source>achieved</source>
        <translation>saavutettu</translation>
    </message>
    <message>
        <location filename="../../views/success/labels.py" line="99"/>
        <source>dropped</source>
        <translation>luovuttu</translation>
    </message>
    <message>
        <location filename="../../views/success/labels.py" line="102"/>
        <source>planned</source>
        <translation>suunniteltu</translation>
    </message>
    <message>
        <location filename="../../views/success/labels.py" line="103"/>
        <source>met</source>
        <translation>saavutettu</translation>
    </message>
    <message>
        <location filename="../../views/success/labels.py" line="104"/>
        <source>missed</source>
        <translation>ei saavutettu</translation>
    </message>
    <message>
        <location filename="../../views/success/labels.py" line="107"/>
        <source>bad</source>
        <translation>huono</translation>
    </message>
    <message>
        <location filename="../../views/success/labels.py" line="108"/>
        <source>average</source>
        <translation>keskinkertainen</translation>
    </message>
    <message>
        <location filename="../../views/success/labels.py" line="109"/>
        <source>good</source>
        <translation>hyvä</translation>
    </message>
    <message>
        <location filename="../../views/success/labels.py" line="112"/>
        <source>Loop</source>
        <translation>Luuppi</translation>
    </message>
    <message>
        <location filename="../../views/success/labels.py" line="113"/>
        <source>Lottery</source>
        <translation>Lotto</translation>
    </message>
    <message>
        <location filename="../../views/success/labels.py" line="114"/>
        <source>Pasture</source>
        <translation>Laidun</translation>
    </message>
    <message>
        <location filename="../../views/success/labels.py" line="115"/>
        <source>Shine</source>
        <translation>Loiste</translation>
    </message>
    <message>
        <location filename="../../views/success/labels.py" line="118"/>
        <source>decider</source>
        <translation>päättäjä</translation>
    </message>
    <message>
        <location filename="../../views/success/labels.py" line="119"/>
        <source>buyer</source>
        <translation>ostaja</translation>
    </message>
    <message>
        <location filename="../../views/success/labels.py" line="120"/>
        <source>user</source>
        <translation>käyttäjä</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/success/labels.py" line="146"/>
        <source>no contact for %n day(s)</source>
        <translation>
            <numerusform>ei yhteyttä %n päivään</numerusform>
            <numerusform>ei yhteyttä %n päivään</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/success/labels.py" line="149"/>
        <source>next step %n day(s) overdue</source>
        <translation>
            <numerusform>seuraava askel %n päivän myöhässä</numerusform>
            <numerusform>seuraava askel %n päivää myöhässä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/success/labels.py" line="152"/>
        <source>%n open complaint(s)</source>
        <translation>
            <numerusform>%n avoin reklamaatio</numerusform>
            <numerusform>%n avointa reklamaatiota</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/success/labels.py" line="155"/>
        <source>%n open severe complaint(s)</source>
        <translation>
            <numerusform>%n avoin vakava reklamaatio</numerusform>
            <numerusform>%n avointa vakavaa reklamaatiota</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/success/labels.py" line="158"/>
        <source>latest satisfaction only %n / 5</source>
        <translation>
            <numerusform>viimeisin tyytyväisyys vain %n / 5</numerusform>
            <numerusform>viimeisin tyytyväisyys vain %n / 5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/success/labels.py" line="161"/>
        <source>satisfaction fell by %n point(s)</source>
        <translation>
            <numerusform>tyytyväisyys laski %n pisteen</numerusform>
            <numerusform>tyytyväisyys laski %n pistettä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/success/labels.py" line="164"/>
        <source>NPS fell by %n point(s)</source>
        <translation>
            <numerusform>NPS laski %n pisteen</numerusform>
            <numerusform>NPS laski %n pistettä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/success/labels.py" line="167"/>
        <source>%n key contact(s) left</source>
        <translation>
            <numerusform>%n avainhenkilö lähti</numerusform>
            <numerusform>%n avainhenkilöä lähti</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/success/labels.py" line="180"/>
        <source>{name} ({roles}) left. Find out who takes over their role, meet them soon, and agree again on what the customer wants to achieve.</source>
        <translation>{name} ({roles}) lähti. Selvitä, kuka ottaa roolin, tapaa hänet pian ja sopikaa uudelleen, mitä asiakas haluaa saavuttaa.</translation>
    </message>
</context>
<context>
    <name>SuccessLists</name>
    <message>
        <location filename="../../views/success/customer_lists.py" line="48"/>
        <source>confirmed {date}</source>
        <translation>vahvistettu {date}</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_lists.py" line="52"/>
        <source>not yet confirmed</source>
        <translation>ei vielä vahvistettu</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_lists.py" line="90"/>
        <source>(whole customer)</source>
        <translation>(koko asiakas)</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_lists.py" line="127"/>
        <source>stage</source>
        <translation>vaihe</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_lists.py" line="141"/>
        <source>health</source>
        <translation>terveys</translation>
    </message>
</context>
<context>
    <name>SuccessPanel</name>
    <message>
        <location filename="../../app/success/__init__.py" line="12"/>
        <location filename="../../views/success/panel.py" line="42"/>
        <source>Customer success</source>
        <translation>Onnistuminen</translation>
    </message>
    <message>
        <location filename="../../views/success/panel.py" line="57"/>
        <location filename="../../views/success/panel.py" line="130"/>
        <source>At risk</source>
        <translation>Riskissä</translation>
    </message>
    <message>
        <location filename="../../views/success/panel.py" line="58"/>
        <source>Health and churn</source>
        <translation>Terveys ja poistuma</translation>
    </message>
    <message>
        <location filename="../../views/success/panel.py" line="59"/>
        <source>Satisfaction</source>
        <translation>Tyytyväisyys</translation>
    </message>
    <message>
        <location filename="../../views/success/panel.py" line="60"/>
        <source>Feedback</source>
        <translation>Palaute</translation>
    </message>
    <message>
        <location filename="../../views/success/panel.py" line="61"/>
        <source>Journey map</source>
        <translation>Asiakaspolku</translation>
    </message>
    <message>
        <location filename="../../views/success/panel.py" line="62"/>
        <source>Self-assessment</source>
        <translation>Itsearviointi</translation>
    </message>
    <message>
        <location filename="../../views/success/panel.py" line="73"/>
        <source>Customer:</source>
        <translation>Asiakas:</translation>
    </message>
    <message>
        <location filename="../../views/success/panel.py" line="91"/>
        <source>Su&amp;ccess</source>
        <translation>&amp;Onnistuminen</translation>
    </message>
    <message>
        <location filename="../../views/success/panel.py" line="92"/>
        <source>Export success summary to Excel…</source>
        <translation>Vie onnistumisen yhteenveto Exceliin…</translation>
    </message>
    <message>
        <location filename="../../views/success/panel.py" line="109"/>
        <source>Export success summary</source>
        <translation>Vie onnistumisen yhteenveto</translation>
    </message>
    <message>
        <location filename="../../views/success/panel.py" line="112"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-työkirja (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../views/success/panel.py" line="131"/>
        <source>Health and stages</source>
        <translation>Terveys ja vaiheet</translation>
    </message>
    <message>
        <location filename="../../views/success/panel.py" line="132"/>
        <source>Churn by reason</source>
        <translation>Poistuma syittäin</translation>
    </message>
    <message>
        <location filename="../../views/success/panel.py" line="133"/>
        <source>NPS by month</source>
        <translation>NPS kuukausittain</translation>
    </message>
    <message>
        <location filename="../../views/success/panel.py" line="134"/>
        <source>Self-assessments</source>
        <translation>Itsearvioinnit</translation>
    </message>
    <message>
        <location filename="../../views/success/panel.py" line="140"/>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location filename="../../views/success/panel.py" line="141"/>
        <source>Level</source>
        <translation>Taso</translation>
    </message>
    <message>
        <location filename="../../views/success/panel.py" line="142"/>
        <source>Health</source>
        <translation>Terveys</translation>
    </message>
    <message>
        <location filename="../../views/success/panel.py" line="143"/>
        <location filename="../../views/success/panel.py" line="150"/>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <location filename="../../views/success/panel.py" line="144"/>
        <source>Next step</source>
        <translation>Seuraava askel</translation>
    </message>
    <message>
        <location filename="../../views/success/panel.py" line="145"/>
        <source>Key contacts who left</source>
        <translation>Lähteneet avainhenkilöt</translation>
    </message>
    <message>
        <location filename="../../views/success/panel.py" line="146"/>
        <source>Renewal</source>
        <translation>Uusinta</translation>
    </message>
    <message>
        <location filename="../../views/success/panel.py" line="147"/>
        <source>Owner</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <location filename="../../views/success/panel.py" line="149"/>
        <source>Health or stage</source>
        <translation>Terveys tai vaihe</translation>
    </message>
    <message>
        <location filename="../../views/success/panel.py" line="149"/>
        <source>Customers</source>
        <translation>Asiakkaita</translation>
    </message>
    <message>
        <location filename="../../views/success/panel.py" line="150"/>
        <source>Lost in 12 months</source>
        <translation>Menetetty 12 kk:ssa</translation>
    </message>
    <message>
        <location filename="../../views/success/panel.py" line="152"/>
        <source>Month</source>
        <translation>Kuukausi</translation>
    </message>
    <message>
        <location filename="../../views/success/panel.py" line="153"/>
        <source>NPS answers</source>
        <translation>NPS-vastauksia</translation>
    </message>
    <message>
        <location filename="../../views/success/panel.py" line="154"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../../views/success/panel.py" line="155"/>
        <source>1–5 answers</source>
        <translation>1–5-vastauksia</translation>
    </message>
    <message>
        <location filename="../../views/success/panel.py" line="156"/>
        <source>Mean 1–5</source>
        <translation>Keskiarvo 1–5</translation>
    </message>
    <message>
        <location filename="../../views/success/panel.py" line="159"/>
        <source>Date</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <location filename="../../views/success/panel.py" line="160"/>
        <source>Baseline 0–100</source>
        <translation>Lähtötaso 0–100</translation>
    </message>
    <message>
        <location filename="../../views/success/panel.py" line="161"/>
        <source>Maturity 1–4</source>
        <translation>Kypsyys 1–4</translation>
    </message>
    <message>
        <location filename="../../views/success/panel.py" line="162"/>
        <source>Empowerment 1–5</source>
        <translation>Valtuudet 1–5</translation>
    </message>
    <message>
        <location filename="../../views/success/panel.py" line="163"/>
        <source>Strategy 1–5</source>
        <translation>Strategia 1–5</translation>
    </message>
    <message>
        <location filename="../../views/success/panel.py" line="164"/>
        <source>Four-L</source>
        <translation>Neljä L:ää</translation>
    </message>
</context>
<context>
    <name>SuccessTab</name>
    <message>
        <location filename="../../app/success/__init__.py" line="42"/>
        <source>Success</source>
        <translation>Onnistuminen</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_tab.py" line="56"/>
        <source>Choose a customer to see its lifecycle, health and goals.</source>
        <translation>Valitse asiakas nähdäksesi sen elinkaaren, terveyden ja tavoitteet.</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_tab.py" line="79"/>
        <source>Next stage…</source>
        <translation>Seuraava vaihe…</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_tab.py" line="81"/>
        <source>Mark lost…</source>
        <translation>Menetetty…</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_tab.py" line="83"/>
        <source>Set health…</source>
        <translation>Aseta terveys…</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_tab.py" line="86"/>
        <source>Confirm suggestion…</source>
        <translation>Vahvista ehdotus…</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_tab.py" line="88"/>
        <source>Renewal…</source>
        <translation>Uusinta…</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_tab.py" line="90"/>
        <source>Lifecycle:</source>
        <translation>Elinkaari:</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_tab.py" line="91"/>
        <source>Health:</source>
        <translation>Terveys:</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_tab.py" line="92"/>
        <source>Data suggests:</source>
        <translation>Tiedot ehdottavat:</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_tab.py" line="93"/>
        <source>Renewal:</source>
        <translation>Uusinta:</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_tab.py" line="138"/>
        <source>Goal</source>
        <translation>Tavoite</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_tab.py" line="139"/>
        <source>Measure</source>
        <translation>Mittari</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_tab.py" line="140"/>
        <location filename="../../views/success/customer_tab.py" line="156"/>
        <location filename="../../views/success/customer_tab.py" line="177"/>
        <source>Date</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_tab.py" line="141"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_tab.py" line="142"/>
        <source>Value</source>
        <translation>Arvo</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_tab.py" line="148"/>
        <source>New goal…</source>
        <translation>Uusi tavoite…</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_tab.py" line="149"/>
        <source>Checkpoint…</source>
        <translation>Välitavoite…</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_tab.py" line="150"/>
        <source>Value confirmed…</source>
        <translation>Arvo vahvistettu…</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_tab.py" line="151"/>
        <location filename="../../views/success/customer_tab.py" line="162"/>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_tab.py" line="153"/>
        <source>Goals</source>
        <translation>Tavoitteet</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_tab.py" line="156"/>
        <source>1–5</source>
        <translation>1–5</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_tab.py" line="156"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_tab.py" line="156"/>
        <source>Who</source>
        <translation>Kuka</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_tab.py" line="156"/>
        <source>Note</source>
        <translation>Huomio</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_tab.py" line="160"/>
        <source>Satisfaction…</source>
        <translation>Tyytyväisyys…</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_tab.py" line="161"/>
        <source>Customer review…</source>
        <translation>Asiakasarvio…</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_tab.py" line="164"/>
        <source>Satisfaction</source>
        <translation>Tyytyväisyys</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_tab.py" line="167"/>
        <source>Since</source>
        <translation>Alkaen</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_tab.py" line="167"/>
        <source>Who left</source>
        <translation>Kuka lähti</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_tab.py" line="167"/>
        <source>Suggested next step</source>
        <translation>Ehdotettu seuraava askel</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_tab.py" line="171"/>
        <source>A key contact left…</source>
        <translation>Avainhenkilö lähti…</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_tab.py" line="172"/>
        <source>Resolved…</source>
        <translation>Ratkaistu…</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_tab.py" line="174"/>
        <source>Risks</source>
        <translation>Riskit</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_tab.py" line="177"/>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_tab.py" line="177"/>
        <source>Now</source>
        <translation>Nyt</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_tab.py" line="177"/>
        <source>Why</source>
        <translation>Miksi</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_tab.py" line="177"/>
        <source>By</source>
        <translation>Kuka</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_tab.py" line="180"/>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/success/customer_tab.py" line="213"/>
        <source>Risks (%n)</source>
        <translation>
            <numerusform>Riskit (%n)</numerusform>
            <numerusform>Riskit (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/success/customer_tab.py" line="216"/>
        <source>not yet tracked</source>
        <translation>ei vielä seurannassa</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_tab.py" line="218"/>
        <source>since {date}</source>
        <translation>{date} alkaen</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_tab.py" line="226"/>
        <source>all signs good</source>
        <translation>kaikki merkit hyviä</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_tab.py" line="230"/>
        <source>no renewal date</source>
        <translation>ei uusintapäivää</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/success/customer_tab.py" line="232"/>
        <source>{date}, reminder %n week(s) before</source>
        <translation>
            <numerusform>{date}, muistutus %n viikkoa ennen</numerusform>
            <numerusform>{date}, muistutus %n viikkoa ennen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/success/customer_tab.py" line="236"/>
        <source>Renewal coming up: {text}</source>
        <translation>Uusinta lähestyy: {text}</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_tab.py" line="297"/>
        <source>A key contact left</source>
        <translation>Avainhenkilö lähti</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_tab.py" line="297"/>
        <source>The customer has no contacts.</source>
        <translation>Asiakkaalla ei ole yhteyshenkilöitä.</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_tab.py" line="307"/>
        <source>Resolve the risk</source>
        <translation>Ratkaise riski</translation>
    </message>
    <message>
        <location filename="../../views/success/customer_tab.py" line="307"/>
        <source>What was done? (e.g. met the new buyer)</source>
        <translation>Mitä tehtiin? (esim. tavattiin uusi ostaja)</translation>
    </message>
    <message>
        <location filename="../../app/success/steps.py" line="152"/>
        <source>Risk resolved</source>
        <translation>Riski ratkaistu</translation>
    </message>
    <message>
        <location filename="../../app/success/steps.py" line="221"/>
        <source>Delete goal</source>
        <translation>Poista tavoite</translation>
    </message>
    <message>
        <location filename="../../app/success/steps.py" line="254"/>
        <source>Delete checkpoint</source>
        <translation>Poista välitavoite</translation>
    </message>
    <message>
        <location filename="../../app/success/steps.py" line="127"/>
        <source>Delete satisfaction entry</source>
        <translation>Poista tyytyväisyysmerkintä</translation>
    </message>
</context>
<context>
    <name>TouchpointDialog</name>
    <message>
        <location filename="../../views/success/journey_dialogs.py" line="149"/>
        <source>Touchpoint</source>
        <translation>Kohtaamispiste</translation>
    </message>
    <message>
        <location filename="../../views/success/journey_dialogs.py" line="159"/>
        <source>Digital (not physical)</source>
        <translation>Digitaalinen (ei fyysinen)</translation>
    </message>
    <message>
        <location filename="../../views/success/journey_dialogs.py" line="162"/>
        <source>(nobody)</source>
        <translation>(ei kukaan)</translation>
    </message>
    <message>
        <location filename="../../views/success/journey_dialogs.py" line="164"/>
        <source>A critical point for the customer&apos;s experience</source>
        <translation>Asiakaskokemuksen kannalta kriittinen piste</translation>
    </message>
    <message>
        <location filename="../../views/success/journey_dialogs.py" line="167"/>
        <source>Phase:</source>
        <translation>Vaihe:</translation>
    </message>
    <message>
        <location filename="../../views/success/journey_dialogs.py" line="168"/>
        <source>Touchpoint:</source>
        <translation>Kohtaamispiste:</translation>
    </message>
    <message>
        <location filename="../../views/success/journey_dialogs.py" line="169"/>
        <source>Channel:</source>
        <translation>Kanava:</translation>
    </message>
    <message>
        <location filename="../../views/success/journey_dialogs.py" line="171"/>
        <source>Owner:</source>
        <translation>Vastuuhenkilö:</translation>
    </message>
    <message>
        <location filename="../../views/success/journey_dialogs.py" line="172"/>
        <source>Customer&apos;s expectations:</source>
        <translation>Asiakkaan odotukset:</translation>
    </message>
    <message>
        <location filename="../../app/success/steps.py" line="378"/>
        <source>New touchpoint {name}</source>
        <translation>Uusi kohtaamispiste {name}</translation>
    </message>
    <message>
        <location filename="../../app/success/steps.py" line="391"/>
        <source>Edit touchpoint {name}</source>
        <translation>Muokkaa kohtaamispistettä {name}</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <location filename="../../app/success/assessments.py" line="69"/>
        <source>Choose a value from {low} to {high}.</source>
        <translation>Valitse arvo väliltä {low}–{high}.</translation>
    </message>
    <message>
        <location filename="../../app/success/assessments.py" line="89"/>
        <source>Rate at least one area as bad, average or good.</source>
        <translation>Arvioi vähintään yksi osa-alue huonoksi, keskinkertaiseksi tai hyväksi.</translation>
    </message>
    <message>
        <location filename="../../app/success/feedback.py" line="90"/>
        <location filename="../../app/success/lifecycle.py" line="118"/>
        <source>The date cannot be before {date}.</source>
        <translation>Päivä ei voi olla ennen {date}.</translation>
    </message>
    <message>
        <location filename="../../app/success/feedback.py" line="107"/>
        <source>How severe is the complaint?</source>
        <translation>Kuinka vakava reklamaatio on?</translation>
    </message>
    <message>
        <location filename="../../app/success/goals.py" line="75"/>
        <source>The target date cannot be before the start.</source>
        <translation>Tavoitepäivä ei voi olla ennen alkua.</translation>
    </message>
    <message>
        <location filename="../../app/success/goals.py" line="124"/>
        <source>The customer has not yet confirmed the value of “{goal}”. Confirm it (or drop that goal) before setting the next one.</source>
        <translation>Asiakas ei ole vielä vahvistanut tavoitteen ”{goal}” arvoa. Vahvista se (tai luovu tavoitteesta) ennen seuraavan asettamista.</translation>
    </message>
    <message>
        <location filename="../../app/success/goals.py" line="183"/>
        <source>The date cannot be before the goal&apos;s start ({date}).</source>
        <translation>Päivä ei voi olla ennen tavoitteen alkua ({date}).</translation>
    </message>
    <message>
        <location filename="../../app/success/goals.py" line="191"/>
        <source>A checkpoint is dated {date}; the goal cannot start after it.</source>
        <translation>Välitavoitteen päivä on {date}; tavoite ei voi alkaa sen jälkeen.</translation>
    </message>
    <message>
        <location filename="../../app/success/health.py" line="108"/>
        <source>Red health needs an immediate next step.</source>
        <translation>Punainen terveys vaatii välittömän seuraavan askeleen.</translation>
    </message>
    <message>
        <location filename="../../app/success/journeys.py" line="73"/>
        <source>A journey needs at least one phase.</source>
        <translation>Asiakaspolulla pitää olla vähintään yksi vaihe.</translation>
    </message>
    <message>
        <location filename="../../app/success/journeys.py" line="78"/>
        <source>Every phase needs a name.</source>
        <translation>Jokaisella vaiheella pitää olla nimi.</translation>
    </message>
    <message>
        <location filename="../../app/success/journeys.py" line="83"/>
        <source>Two phases cannot have the same name.</source>
        <translation>Kahdella vaiheella ei voi olla samaa nimeä.</translation>
    </message>
    <message>
        <location filename="../../app/success/journeys.py" line="191"/>
        <source>The phase “{phase}” still has touchpoints; move or remove them first.</source>
        <translation>Vaiheessa ”{phase}” on vielä kohtaamispisteitä; siirrä tai poista ne ensin.</translation>
    </message>
    <message>
        <location filename="../../app/success/lifecycle.py" line="89"/>
        <source>A customer cannot go from {current} to {stage}.</source>
        <translation>Asiakas ei voi siirtyä vaiheesta {current} vaiheeseen {stage}.</translation>
    </message>
    <message>
        <location filename="../../app/success/lifecycle.py" line="99"/>
        <source>Choose why the customer was lost.</source>
        <translation>Valitse, miksi asiakas menetettiin.</translation>
    </message>
    <message>
        <location filename="../../app/success/lifecycle.py" line="108"/>
        <source>Write a sentence on what happened.</source>
        <translation>Kirjoita lause siitä, mitä tapahtui.</translation>
    </message>
    <message>
        <location filename="../../app/success/lifecycle.py" line="222"/>
        <source>Remind 0–52 weeks before the renewal.</source>
        <translation>Muistuta 0–52 viikkoa ennen uusintaa.</translation>
    </message>
    <message>
        <location filename="../../app/success/review.py" line="69"/>
        <source>Answer at least one question.</source>
        <translation>Vastaa vähintään yhteen kysymykseen.</translation>
    </message>
    <message>
        <location filename="../../app/success/rules.py" line="43"/>
        <source>This field is required.</source>
        <translation>Tämä kenttä on pakollinen.</translation>
    </message>
    <message>
        <location filename="../../app/success/rules.py" line="48"/>
        <source>Give the date.</source>
        <translation>Anna päivä.</translation>
    </message>
    <message>
        <location filename="../../app/success/rules.py" line="52"/>
        <source>The date cannot be in the future.</source>
        <translation>Päivä ei voi olla tulevaisuudessa.</translation>
    </message>
    <message>
        <location filename="../../app/success/rules.py" line="63"/>
        <source>Unknown value: {value}</source>
        <translation>Tuntematon arvo: {value}</translation>
    </message>
    <message>
        <location filename="../../app/success/satisfaction.py" line="44"/>
        <source>Satisfaction is a whole number from 1 to 5.</source>
        <translation>Tyytyväisyys on kokonaisluku 1–5.</translation>
    </message>
    <message>
        <location filename="../../app/success/satisfaction.py" line="46"/>
        <source>NPS is a whole number from 0 to 10.</source>
        <translation>NPS on kokonaisluku 0–10.</translation>
    </message>
    <message>
        <location filename="../../app/success/satisfaction.py" line="60"/>
        <source>Give a satisfaction score, an NPS or both.</source>
        <translation>Anna tyytyväisyys, NPS tai molemmat.</translation>
    </message>
</context>
</TS>

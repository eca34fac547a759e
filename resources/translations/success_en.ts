<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>FeedbackTab</name>
    <message numerus="yes">
        <location filename="../../views/success/feedback_tab.py" line="149"/>
        <source>%n feedback(s).</source>
        <translation>
            <numerusform>%n piece of feedback.</numerusform>
            <numerusform>%n pieces of feedback.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JourneyMap</name>
    <message numerus="yes">
        <location filename="../../views/success/journey_map.py" line="96"/>
        <source>⚠ %n complaint(s)</source>
        <translation>
            <numerusform>⚠ %n complaint</numerusform>
            <numerusform>⚠ %n complaints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/success/journey_map.py" line="101"/>
        <source>%n feedback(s)</source>
        <translation>
            <numerusform>%n piece of feedback</numerusform>
            <numerusform>%n pieces of feedback</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message numerus="yes">
        <location filename="../../views/success/overview_tab.py" line="118"/>
        <source>%n tracked customer(s).</source>
        <translation>
            <numerusform>%n tracked customer.</numerusform>
            <numerusform>%n tracked customers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/success/overview_tab.py" line="125"/>
        <source>%n lost in the last 12 months; most often: {reason}.</source>
        <translation>
            <numerusform>%n lost in the last 12 months; most often: {reason}.</numerusform>
            <numerusform>%n lost in the last 12 months; most often: {reason}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RiskTab</name>
    <message numerus="yes">
        <location filename="../../views/success/risk_tab.py" line="174"/>
        <source>%n customer(s) at risk.</source>
        <translation>
            <numerusform>%n customer at risk.</numerusform>
            <numerusform>%n customers at risk.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuccessLabels</name>
    <message numerus="yes">
        <location filename="../../views/success/labels.py" line="146"/>
        <source>no contact for %n day(s)</source>
        <translation>
            <numerusform>no contact for %n day</numerusform>
            <numerusform>no contact for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/success/labels.py" line="149"/>
        <source>next step %n day(s) overdue</source>
        <translation>
            <numerusform>next step %n day overdue</numerusform>
            <numerusform>next step %n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/success/labels.py" line="152"/>
        <source>%n open complaint(s)</source>
        <translation>
            <numerusform>%n open complaint</numerusform>
            <numerusform>%n open complaints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/success/labels.py" line="155"/>
        <source>%n open severe complaint(s)</source>
        <translation>
            <numerusform>%n open severe complaint</numerusform>
            <numerusform>%n open severe complaints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/success/labels.py" line="158"/>
        <source>latest satisfaction only %n / 5</source>
        <translation>
            <numerusform>latest satisfaction only %n / 5</numerusform>
            <numerusform>latest satisfaction only %n / 5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/success/labels.py" line="161"/>
        <source>satisfaction fell by %n point(s)</source>
        <translation>
            <numerusform>satisfaction fell by %n point</numerusform>
            <numerusform>satisfaction fell by %n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/success/labels.py" line="164"/>
        <source>NPS fell by %n point(s)</source>
        <translation>
            <numerusform>NPS fell by %n point</numerusform>
            <numerusform>NPS fell by %n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/success/labels.py" line="167"/>
        <source>%n key contact(s) left</source>
        <translation>
            <numerusform>%n key contact left</numerusform>
            <numerusform>%n key contacts left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuccessTab</name>
    <message numerus="yes">
        <location filename="../../views/success/customer_tab.py" line="213"/>
        <source>Risks (%n)</source>
        <translation>
            <numerusform>Risk (%n)</numerusform>
            <numerusform>Risks (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/success/customer_tab.py" line="232"/>
        <source>{date}, reminder %n week(s) before</source>
        <translation>
            <numerusform>{date}, reminder %n week before</numerusform>
            <numerusform>{date}, reminder %n weeks before</numerusform>
        </translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message numerus="yes">
        <location filename="../../views/governance/labels.py" line="110"/>
        <source>every %n weeks on {day}</source>
        <translation>
            <numerusform>every week on {day}</numerusform>
            <numerusform>every %n weeks on {day}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/governance/labels.py" line="116"/>
        <source>every %n months on day {day}</source>
        <translation>
            <numerusform>every month on day {day}</numerusform>
            <numerusform>every %n months on day {day}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/governance/labels.py" line="122"/>
        <source>every %n months on the {nth} {day}</source>
        <translation>
            <numerusform>every month on the {nth} {day}</numerusform>
            <numerusform>every %n months on the {nth} {day}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/governance/labels.py" line="129"/>
        <source>%n times a year</source>
        <translation>
            <numerusform>once a year</numerusform>
            <numerusform>%n times a year</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GovernancePanel</name>
    <message numerus="yes">
        <location filename="../../views/governance/panel.py" line="176"/>
        <source>%n series written to {path}</source>
        <translation>
            <numerusform>%n series written to {path}</numerusform>
            <numerusform>%n series written to {path}</numerusform>
        </translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>PrivacyExport</name>
    <message>
        <location filename="../../app/privacy/export.py" line="32"/>
        <source>About this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/export.py" line="33"/>
        <source>Personal data held about {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/export.py" line="34"/>
        <source>This file lists everything the team company {team} holds about you in Raketti, its customer-relationship tool: your contact details, the roles you hold, the meetings and other interactions you took part in, feedback and satisfaction you gave, your marketing consent with its history, and the changes made to your record. Each sheet is one part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/export.py" line="42"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/export.py" line="43"/>
        <location filename="../../app/privacy/gather.py" line="56"/>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location filename="../../app/privacy/export.py" line="44"/>
        <source>Team company (controller)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/export.py" line="45"/>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/export.py" line="46"/>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/export.py" line="47"/>
        <source>Sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/export.py" line="48"/>
        <source>{count} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/export.py" line="50"/>
        <source>Save the export as .xlsx or .json (not {suffix}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="41"/>
        <source>Contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="42"/>
        <source>Roles</source>
        <translation>Roolit</translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="43"/>
        <source>Interactions</source>
        <translation>Kohtaamiset</translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="44"/>
        <source>Feedback</source>
        <translation>Palaute</translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="45"/>
        <source>Satisfaction</source>
        <translation>Tyytyväisyys</translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="46"/>
        <source>Risk flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="47"/>
        <source>Consent history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="48"/>
        <source>Change history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="52"/>
        <source>Field</source>
        <translation>Kenttä</translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="53"/>
        <source>Value</source>
        <translation>Arvo</translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="54"/>
        <source>Personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="55"/>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="57"/>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="58"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="59"/>
        <source>Severity</source>
        <translation>Vakavuus</translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="60"/>
        <source>What happened</source>
        <translation>Mitä tapahtui</translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="61"/>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="62"/>
        <source>Measured on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="63"/>
        <source>Score (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="64"/>
        <source>Recommendation (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="65"/>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="66"/>
        <source>Deleted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="67"/>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="68"/>
        <source>Name then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="69"/>
        <source>Roles then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="70"/>
        <source>Raised on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="71"/>
        <source>Resolved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="72"/>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="73"/>
        <source>Old value</source>
        <translation>Vanha arvo</translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="74"/>
        <source>New value</source>
        <translation>Uusi arvo</translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="75"/>
        <source>Changed by</source>
        <translation>Muuttaja</translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="76"/>
        <source>Laptop</source>
        <translation>Kone</translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="77"/>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="78"/>
        <source>Record created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="79"/>
        <source>Record last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="80"/>
        <source>Record deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="81"/>
        <source>advocate: recommends the team to others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="82"/>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <location filename="../../app/privacy/gather.py" line="83"/>
        <source>no</source>
        <translation>ei</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../app/privacy/review.py" line="183"/>
        <source>Set the retention period to {months} months</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>privacy</name>
    <message>
        <location filename="../../app/privacy/find.py" line="22"/>
        <source>Give a contact&apos;s UUID or e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/find.py" line="23"/>
        <source>No contact has the UUID {uuid}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/find.py" line="24"/>
        <source>No contact has the e-mail address {email}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/find.py" line="25"/>
        <source>Several contacts have the e-mail address {email}: {contacts}. Give the UUID of one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/privacy/review.py" line="33"/>
        <source>The period is from 1 to {max} months.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

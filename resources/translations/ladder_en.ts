<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AdvocatesTab</name>
    <message numerus="yes">
        <location filename="../../views/ladder/advocates_tab.py" line="80"/>
        <source>%n A1 customer(s) referred nobody in the last year. Ask them first, starting with those that have advocates.</source>
        <translation>
            <numerusform>%n A1 customer referred nobody in the last year. Ask them first, starting with those that have advocates.</numerusform>
            <numerusform>%n A1 customers referred nobody in the last year. Ask them first, starting with those that have advocates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/ladder/advocates_tab.py" line="102"/>
        <source>{name} — brought %n</source>
        <translation>
            <numerusform>{name} — brought %n</numerusform>
            <numerusform>{name} — brought %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallsTab</name>
    <message numerus="yes">
        <location filename="../../views/ladder/calls_tab.py" line="83"/>
        <source>%n customer(s) to contact: overdue next steps first, then the longest silences beyond their level&apos;s limit.</source>
        <translation>
            <numerusform>%n customer to contact: overdue next steps first, then the longest silences beyond their level&apos;s limit.</numerusform>
            <numerusform>%n customers to contact: overdue next steps first, then the longest silences beyond their level&apos;s limit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/ladder/calls_tab.py" line="103"/>
        <source>next step %n day(s) late</source>
        <translation>
            <numerusform>next step %n day late</numerusform>
            <numerusform>next step %n days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/ladder/calls_tab.py" line="106"/>
        <source>quiet %n day(s), limit {limit}</source>
        <translation>
            <numerusform>quiet %n day, limit {limit}</numerusform>
            <numerusform>quiet %n days, limit {limit}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerDetails</name>
    <message numerus="yes">
        <location filename="../../views/ladder/details_tab.py" line="103"/>
        <source>At this level since {date} (%n day(s))</source>
        <translation>
            <numerusform>At this level since {date} (%n day)</numerusform>
            <numerusform>At this level since {date} (%n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/ladder/details_tab.py" line="112"/>
        <source>Gone quiet: %n day(s) without contact (limit {limit}).</source>
        <translation>
            <numerusform>Gone quiet: %n day without contact (limit {limit}).</numerusform>
            <numerusform>Gone quiet: %n days without contact (limit {limit}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LadderColumnModel</name>
    <message numerus="yes">
        <location filename="../../views/ladder/board_model.py" line="165"/>
        <source>No contact for %n day(s) (limit {limit}).</source>
        <translation>
            <numerusform>No contact for %n day (limit {limit}).</numerusform>
            <numerusform>No contact for %n days (limit {limit}).</numerusform>
        </translation>
    </message>
</context>
</TS>

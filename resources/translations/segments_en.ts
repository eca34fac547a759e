<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>HistoryPage</name>
    <message numerus="yes">
        <location filename="../../views/segments/history_page.py" line="181"/>
        <source>%n moves between segments in the period.</source>
        <translation>
            <numerusform>%n move between segments in the period.</numerusform>
            <numerusform>%n moves between segments in the period.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentsPanel</name>
    <message numerus="yes">
        <location filename="../../views/segments/panel.py" line="203"/>
        <source>Time to revisit: %n segmentation(s) past the revisit date: {names}</source>
        <translation>
            <numerusform>Time to revisit: %n segmentation past its revisit date: {names}</numerusform>
            <numerusform>Time to revisit: %n segmentations past their revisit date: {names}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValueTable</name>
    <message numerus="yes">
        <location filename="../../app/segments/steps.py" line="140"/>
        <source>Accept the suggested strategy (%n customers)</source>
        <translation>
            <numerusform>Accept the suggested strategy (%n customer)</numerusform>
            <numerusform>Accept the suggested strategy (%n customers)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/segments/steps.py" line="151"/>
        <source>Choose the strategy (%n customers)</source>
        <translation>
            <numerusform>Choose the strategy (%n customer)</numerusform>
            <numerusform>Choose the strategy (%n customers)</numerusform>
        </translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CustomerPanel</name>
    <message numerus="yes">
        <location filename="../../views/customers/panel.py" line="257"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message numerus="yes">
        <location filename="../../views/table_export.py" line="190"/>
        <source>Export %n selected row(s)…</source>
        <translation>
            <numerusform>Export %n selected row…</numerusform>
            <numerusform>Export %n selected rows…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/export_run.py" line="106"/>
        <source>%n row(s) exported to {path}</source>
        <translation>
            <numerusform>%n row exported to {path}</numerusform>
            <numerusform>%n rows exported to {path}</numerusform>
        </translation>
    </message>
</context>
</TS>

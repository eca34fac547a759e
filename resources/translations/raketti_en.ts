<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CustomerPanel</name>
    <message numerus="yes">
        <location filename="../../views/customers/panel.py" line="221"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message numerus="yes">
        <location filename="../../views/importing/file_page.py" line="154"/>
        <source>%n customer rows</source>
        <translation>
            <numerusform>%n customer row</numerusform>
            <numerusform>%n customer rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/importing/file_page.py" line="166"/>
        <source>%n contacts</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message numerus="yes">
        <location filename="../../app/importing/undo.py" line="111"/>
        <source>Import %n customers</source>
        <translation>
            <numerusform>Import %n customer</numerusform>
            <numerusform>Import %n customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message numerus="yes">
        <location filename="../../views/importing/preview_page.py" line="203"/>
        <source>%n rows</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/importing/preview_page.py" line="204"/>
        <source>%n to import</source>
        <translation>
            <numerusform>%n to import</numerusform>
            <numerusform>%n to import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/importing/preview_page.py" line="205"/>
        <source>%n to update</source>
        <translation>
            <numerusform>%n to update</numerusform>
            <numerusform>%n to update</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/importing/preview_page.py" line="206"/>
        <source>%n duplicates</source>
        <translation>
            <numerusform>%n duplicate</numerusform>
            <numerusform>%n duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/importing/preview_page.py" line="207"/>
        <source>%n with problems</source>
        <translation>
            <numerusform>%n with problems</numerusform>
            <numerusform>%n with problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/importing/preview_page.py" line="212"/>
        <source>Nothing is imported while %n rows have problems: fix the file, skip those rows, or import only the valid rows.</source>
        <translation>
            <numerusform>Nothing is imported while %n row has problems: fix the file, skip that row, or import only the valid rows.</numerusform>
            <numerusform>Nothing is imported while %n rows have problems: fix the file, skip those rows, or import only the valid rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message numerus="yes">
        <location filename="../../views/importing/wizard.py" line="63"/>
        <source>%n customers imported</source>
        <translation>
            <numerusform>%n customer imported</numerusform>
            <numerusform>%n customers imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/importing/wizard.py" line="66"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/importing/wizard.py" line="67"/>
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/importing/wizard.py" line="68"/>
        <source>%n not imported</source>
        <translation>
            <numerusform>%n not imported</numerusform>
            <numerusform>%n not imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/importing/wizard.py" line="71"/>
        <source>%n contacts added</source>
        <translation>
            <numerusform>%n contact added</numerusform>
            <numerusform>%n contacts added</numerusform>
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
        <location filename="../../views/export_run.py" line="109"/>
        <source>%n row(s) exported to {path}</source>
        <translation>
            <numerusform>%n row exported to {path}</numerusform>
            <numerusform>%n rows exported to {path}</numerusform>
        </translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ReviewDialog</name>
    <message numerus="yes">
        <location filename="../../views/privacy/review_dialog.py" line="202"/>
        <source>%n contact(s) to review</source>
        <translation>
            <numerusform>%n contact to review</numerusform>
            <numerusform>%n contacts to review</numerusform>
        </translation>
    </message>
</context>
</TS>

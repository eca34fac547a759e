<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CatalogueEditor</name>
    <message numerus="yes">
        <location filename="../../views/rocket/catalogue.py" line="200"/>
        <source>%n process(es) written to {path}.</source>
        <translation>
            <numerusform>%n process written to {path}.</numerusform>
            <numerusform>%n processes written to {path}.</numerusform>
        </translation>
    </message>
</context>
</TS>

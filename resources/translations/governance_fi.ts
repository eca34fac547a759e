<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>rules</name>
    <message>
        <location filename="../../app/governance/strategies.py" line="40"/>
        <location filename="../../app/governance/strategies.py" line="46"/>
        <source>Unknown customer strategy.</source>
        <translation>Tuntematon asiakasstrategia.</translation>
    </message>
    <message>
        <location filename="../../app/governance/strategies.py" line="50"/>
        <source>A strategy is chosen twice.</source>
        <translation>Sama strategia on valittu kahdesti.</translation>
    </message>
    <message>
        <location filename="../../app/governance/strategies.py" line="56"/>
        <source>A customer follows at most {max} strategies.</source>
        <translation>Asiakkaalla voi olla enintään {max} strategiaa.</translation>
    </message>
    <message>
        <location filename="../../app/governance/strategies.py" line="62"/>
        <source>Unknown strategy source.</source>
        <translation>Tuntematon strategian lähde.</translation>
    </message>
</context>
<context>
    <name>strategy</name>
    <message>
        <location filename="../../models/governance.py" line="28"/>
        <source>Protect</source>
        <translation>Suojelu</translation>
    </message>
    <message>
        <location filename="../../models/governance.py" line="29"/>
        <source>Grow</source>
        <translation>Kasvatus</translation>
    </message>
    <message>
        <location filename="../../models/governance.py" line="30"/>
        <source>Streamline</source>
        <translation>Tehostus</translation>
    </message>
</context>
</TS>

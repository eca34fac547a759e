<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ConflictsButton</name>
    <message numerus="yes">
        <location filename="../../views/sync/status.py" line="115"/>
        <source>⚠ %n conflict(s)</source>
        <translation>
            <numerusform>⚠ %n conflict</numerusform>
            <numerusform>⚠ %n conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowedTeams</name>
    <message numerus="yes">
        <location filename="../../views/sync/coach_feeds.py" line="215"/>
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n team</numerusform>
            <numerusform>%n teams</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecycleBinDialog</name>
    <message numerus="yes">
        <location filename="../../views/sync/recycle_bin.py" line="144"/>
        <source>Restored %n record(s).</source>
        <translation>
            <numerusform>Restored %n record.</numerusform>
            <numerusform>Restored %n records.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncButton</name>
    <message numerus="yes">
        <location filename="../../views/sync/status.py" line="77"/>
        <source>Synced {when} · %n incoming</source>
        <translation>
            <numerusform>Synced {when} · %n incoming</numerusform>
            <numerusform>Synced {when} · %n incoming</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncMarks</name>
    <message numerus="yes">
        <location filename="../../views/sync/marks.py" line="31"/>
        <source>⚠ %n field(s) of this record were changed on two laptops at once. &lt;a href=&quot;conflicts&quot;&gt;Choose what stays…&lt;/a&gt;</source>
        <translation>
            <numerusform>⚠ %n field of this record was changed on two laptops at once. &lt;a href=&quot;conflicts&quot;&gt;Choose what stays…&lt;/a&gt;</numerusform>
            <numerusform>⚠ %n fields of this record were changed on two laptops at once. &lt;a href=&quot;conflicts&quot;&gt;Choose what stays…&lt;/a&gt;</numerusform>
        </translation>
    </message>
</context>
</TS>

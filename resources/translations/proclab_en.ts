<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>proclab::ui::CounterPanel</name>
    <message numerus="yes">
        <location filename="../../ui/panels/counter_panel.cpp" line="160"/>
        <source>%n update(s) lost: a process wrote back a value that was already stale.</source>
        <translation>
            <numerusform>%n update lost: a process wrote back a value that was already stale.</numerusform>
            <numerusform>%n updates lost: a process wrote back a value that was already stale.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>proclab::ui::LanesPlottable</name>
    <message numerus="yes">
        <location filename="../../ui/timeline/lanes_plottable.cpp" line="356"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>proclab::ui::PoolView</name>
    <message numerus="yes">
        <location filename="../../ui/panels/pool_view.cpp" line="72"/>
        <source>%1 ran all %n task(s) before the other workers were ready.</source>
        <translation>
            <numerusform>%1 ran all %n task before the other workers were ready.</numerusform>
            <numerusform>%1 ran all %n tasks before the other workers were ready.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panels/pool_view.cpp" line="133"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panels/pool_view.cpp" line="134"/>
        <source>%n chunk(s)</source>
        <translation>
            <numerusform>%n chunk</numerusform>
            <numerusform>%n chunks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panels/pool_view.cpp" line="135"/>
        <source>%n worker(s)</source>
        <translation>
            <numerusform>%n worker</numerusform>
            <numerusform>%n workers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>proclab::ui::QueueBoxes</name>
    <message numerus="yes">
        <location filename="../../ui/panels/queue_boxes.cpp" line="56"/>
        <source>queue at the cursor: %n item(s), front first</source>
        <translation>
            <numerusform>queue at the cursor: %n item, front first</numerusform>
            <numerusform>queue at the cursor: %n items, front first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>proclab::ui::SchedulerPanel</name>
    <message numerus="yes">
        <location filename="../../ui/scheduler/scheduler_panel.cpp" line="177"/>
        <source>Undo: the same %n step(s) again, on fresh processes with new pids. Same steps, same result: only the sync points order what they share.</source>
        <translation>
            <numerusform>Undo: the same %n step again, on fresh processes with new pids. Same steps, same result: only the sync points order what they share.</numerusform>
            <numerusform>Undo: the same %n steps again, on fresh processes with new pids. Same steps, same result: only the sync points order what they share.</numerusform>
        </translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>proclab::ui::ArrayPanel</name>
    <message numerus="yes">
        <location filename="../../ui/panels/array_panel.cpp" line="124"/>
        <source>Each element should reach %1; %n update(s) lost in all.</source>
        <translation>
            <numerusform>Each element should reach %1; %n update lost in all.</numerusform>
            <numerusform>Each element should reach %1; %n updates lost in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panels/array_panel.cpp" line="126"/>
        <source>At the cursor: %1 increments done, %n update(s) lost so far.</source>
        <translation>
            <numerusform>At the cursor: %1 increments done, %n update lost so far.</numerusform>
            <numerusform>At the cursor: %1 increments done, %n updates lost so far.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>proclab::ui::CounterPanel</name>
    <message numerus="yes">
        <location filename="../../ui/panels/counter_panel.cpp" line="163"/>
        <source>Stopped after %n trial(s).</source>
        <translation>
            <numerusform>Stopped after %n trial.</numerusform>
            <numerusform>Stopped after %n trials.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panels/counter_panel.cpp" line="482"/>
        <source>%n update(s) lost so far: a process wrote back a value that was already stale. A later write can still bring some back.</source>
        <translation>
            <numerusform>%n update lost so far: a process wrote back a value that was already stale. A later write can still bring some back.</numerusform>
            <numerusform>%n updates lost so far: a process wrote back a value that was already stale. A later write can still bring some back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panels/counter_panel.cpp" line="487"/>
        <source>%n update(s) lost: a process wrote back a value that was already stale.</source>
        <translation>
            <numerusform>%n update lost: a process wrote back a value that was already stale.</numerusform>
            <numerusform>%n updates lost: a process wrote back a value that was already stale.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panels/counter_panel.cpp" line="493"/>
        <source>The run was stopped: %n increment(s) never ran. They are not done, not lost; the final value is the last one recorded.</source>
        <translation>
            <numerusform>The run was stopped: %n increment never ran. It is not done, not lost; the final value is the last one recorded.</numerusform>
            <numerusform>The run was stopped: %n increments never ran. They are not done, not lost; the final value is the last one recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panels/counter_panel.cpp" line="611"/>
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panels/counter_panel.cpp" line="612"/>
        <source>%1 · %n run(s)</source>
        <translation>
            <numerusform>%1 · %n run</numerusform>
            <numerusform>%1 · %n runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>proclab::ui::GilPanel</name>
    <message numerus="yes">
        <location filename="../../ui/panels/gil_panel.cpp" line="89"/>
        <source>Processes were %1× as fast as threads. This machine has %n core(s).</source>
        <translation>
            <numerusform>Processes were %1× as fast as threads. This machine has %n core.</numerusform>
            <numerusform>Processes were %1× as fast as threads. This machine has %n cores.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>proclab::ui::LanesPlottable</name>
    <message numerus="yes">
        <location filename="../../ui/timeline/overlays_data.cpp" line="27"/>
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
        <location filename="../../ui/panels/pool_view.cpp" line="92"/>
        <source>%1 ran all %n task(s) before the other workers were ready.</source>
        <translation>
            <numerusform>%1 ran all %n task before the other workers were ready.</numerusform>
            <numerusform>%1 ran all %n tasks before the other workers were ready.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panels/pool_view.cpp" line="162"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panels/pool_view.cpp" line="163"/>
        <source>%n chunk(s)</source>
        <translation>
            <numerusform>%n chunk</numerusform>
            <numerusform>%n chunks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panels/pool_view.cpp" line="164"/>
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
        <location filename="../../ui/panels/queue_boxes.cpp" line="58"/>
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
        <location filename="../../ui/scheduler/scheduler_panel.cpp" line="197"/>
        <source>Undo: the same %n step(s) again, on fresh processes with new pids. Same steps, same result: only the sync points order what they share.</source>
        <translation>
            <numerusform>Undo: the same %n step again, on fresh processes with new pids. Same steps, same result: only the sync points order what they share.</numerusform>
            <numerusform>Undo: the same %n steps again, on fresh processes with new pids. Same steps, same result: only the sync points order what they share.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>proclab::ui::TimelineView</name>
    <message numerus="yes">
        <location filename="../../ui/timeline/timeline_view.cpp" line="177"/>
        <source>%n event(s) were dropped: counts drawn from events are not exact.</source>
        <translation>
            <numerusform>%n event was dropped: counts drawn from events are not exact.</numerusform>
            <numerusform>%n events were dropped: counts drawn from events are not exact.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/timeline/timeline_view.cpp" line="359"/>
        <source>Lost update: %1 read %2, added 1 and wrote %3 over %4.
Meanwhile %5 had counted up to %4: %n increment(s) erased.</source>
        <translation>
            <numerusform>Lost update: %1 read %2, added 1 and wrote %3 over %4.
Meanwhile %5 had counted up to %4: %n increment erased.</numerusform>
            <numerusform>Lost update: %1 read %2, added 1 and wrote %3 over %4.
Meanwhile %5 had counted up to %4: %n increments erased.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/timeline/timeline_view.cpp" line="247"/>
        <source>▸ Legend (%n entries): click to show</source>
        <translation>
            <numerusform>▸ Legend (%n entry): click to show</numerusform>
            <numerusform>▸ Legend (%n entries): click to show</numerusform>
        </translation>
    </message>
</context>
</TS>

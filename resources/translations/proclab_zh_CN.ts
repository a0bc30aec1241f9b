<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <location filename="../../ui/export/view_factory.cpp" line="60"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../../ui/export/view_factory.cpp" line="62"/>
        <source>Counter</source>
        <translation>计数器</translation>
    </message>
    <message>
        <location filename="../../ui/export/view_factory.cpp" line="64"/>
        <source>Pool</source>
        <translation>进程池</translation>
    </message>
    <message>
        <location filename="../../ui/export/view_factory.cpp" line="66"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../ui/export/view_factory.cpp" line="68"/>
        <source>Console</source>
        <translation>控制台</translation>
    </message>
</context>
<context>
    <name>Scheduler</name>
    <message>
        <location filename="../../ui/scheduler/step_text.cpp" line="29"/>
        <source>%1 (pid %2)</source>
        <translation>%1（pid %2）</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/step_text.cpp" line="32"/>
        <source>process %1</source>
        <translation>进程 %1</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/step_text.cpp" line="41"/>
        <source>LOAD %1 → register, then ADD 1</source>
        <translation>LOAD %1 → 寄存器，然后 ADD 1</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/step_text.cpp" line="44"/>
        <source>STORE register (%1) → %2</source>
        <translation>STORE 寄存器（%1）→ %2</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/step_text.cpp" line="68"/>
        <source>not at its first step yet (starting, or main has not started it)</source>
        <translation>还没到第一个同步点（正在启动，或主进程还没启动它）</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/step_text.cpp" line="71"/>
        <source>running to its next step…</source>
        <translation>正在运行到下一个同步点…</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/step_text.cpp" line="73"/>
        <source>finished</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/step_text.cpp" line="79"/>
        <source>cannot move: the lock is held by %1, acquire() would wait</source>
        <translation>不能前进：锁被 %1 持有，acquire() 会等待</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/step_text.cpp" line="85"/>
        <source>cannot move: the queue is empty, get() would wait</source>
        <translation>不能前进：队列为空，get() 会等待</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/step_text.cpp" line="87"/>
        <source>cannot move: the queue is full (%1 of maxsize %2), put() would wait</source>
        <translation>不能前进：队列已满（%1 / maxsize %2），put() 会等待</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/step_text.cpp" line="93"/>
        <source>the OS schedules it now</source>
        <translation>现在由操作系统调度</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/step_text.cpp" line="101"/>
        <source>register: %1</source>
        <translation>寄存器：%1</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/step_text.cpp" line="105"/>
        <source>item: %1</source>
        <translation>数据：%1</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/step_text.cpp" line="106"/>
        <source>steps: %1</source>
        <translation>步数：%1</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/step_text.cpp" line="116"/>
        <source>arr = [%1]</source>
        <translation>arr = [%1]</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/step_text.cpp" line="119"/>
        <source>counter = %1</source>
        <translation>counter = %1</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/step_text.cpp" line="127"/>
        <source>%1 of maxsize %2</source>
        <translation>%1 / maxsize %2</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/step_text.cpp" line="130"/>
        <source>%1 items</source>
        <translation>%1 项</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/step_text.cpp" line="131"/>
        <source>queue = [%1]  (%2)</source>
        <translation>队列 = [%1]（%2）</translation>
    </message>
</context>
<context>
    <name>SchedulerLevels</name>
    <message>
        <location filename="../../ui/scheduler/level_text.cpp" line="16"/>
        <source>1. Two processes, one increment each</source>
        <translation>1. 两个进程，各加一次</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/level_text.cpp" line="17"/>
        <source>counter.value += 1 in two processes. Make the final counter 1, not 2.</source>
        <translation>两个进程各执行一次 counter.value += 1。让计数器最终是 1，而不是 2。</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/level_text.cpp" line="20"/>
        <source>Both processes loaded 0 before either stored, so both stored 0 + 1 = 1: the second store erased the first. counter.value += 1 is three steps (LOAD, ADD, STORE), and another process can run between them.</source>
        <translation>两个进程都在任何一方写回之前读到了 0，于是都写入 0 + 1 = 1：第二次写入抹掉了第一次。counter.value += 1 是三步（LOAD、ADD、STORE），别的进程可以在这几步之间运行。</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/level_text.cpp" line="27"/>
        <source>2. The lowest value: ten increments each</source>
        <translation>2. 最小值：各加十次</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/level_text.cpp" line="28"/>
        <source>Two processes add 1 ten times each. Make the counter end at 2, the lowest value possible.</source>
        <translation>两个进程各加 1 十次。让计数器最终停在 2——可能的最小值。</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/level_text.cpp" line="32"/>
        <source>Worker 1 loaded 0 and waited while worker 2 did nine increments: its store of 1 erased all nine. Worker 2 then loaded that 1 and waited while worker 1 did the rest: its store of 2 erased those. 18 of 20 increments lost. It cannot go lower: a last store always writes at least 1 + 1.</source>
        <translation>worker-1 读到 0 后等待，worker-2 做了九次加法：worker-1 写入的 1 抹掉了这九次。随后 worker-2 读到这个 1 并等待，worker-1 做完其余各次：worker-2 写入的 2 又把它们抹掉。20 次加法丢了 18 次。不可能更低：最后一次写入至少是 1 + 1。</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/level_text.cpp" line="40"/>
        <source>3. Lose exactly three updates</source>
        <translation>3. 恰好丢失三次更新</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/level_text.cpp" line="41"/>
        <source>Value(&apos;i&apos;, 0) with its default lock, two processes of five increments each. Make the final counter 7: exactly three updates lost.</source>
        <translation>Value(&apos;i&apos;, 0) 带默认的锁，两个进程各加五次。让计数器最终是 7：恰好丢失三次更新。</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/level_text.cpp" line="45"/>
        <source>Three times both processes loaded the same value before either stored, and each time one increment was erased. The Value&apos;s own lock guards the load and the store one at a time, never the whole +=, so it does not prevent this.</source>
        <translation>有三次，两个进程都在任何一方写回之前读到了同一个值，每次都有一次加法被抹掉。Value 自带的锁只分别保护读和写，从不保护整个 +=，所以挡不住这种竞争。</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/level_text.cpp" line="52"/>
        <source>4. With get_lock(): try to lose one</source>
        <translation>4. 使用 get_lock()：试着丢一次</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/level_text.cpp" line="53"/>
        <source>The whole += inside with counter.get_lock(), two processes of three increments each. Try to lose an update.</source>
        <translation>整个 += 放在 with counter.get_lock() 里，两个进程各加三次。试着丢失一次更新。</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/level_text.cpp" line="57"/>
        <source>An update was lost under get_lock(): that must never happen. Please report it.</source>
        <translation>在 get_lock() 之下丢失了一次更新：这绝不应该发生。请报告这个问题。</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/level_text.cpp" line="61"/>
        <source>You could not, and nobody can: while one process holds the lock, the other one&apos;s button stays disabled at lock.acquire() (it would wait). One process&apos;s LOAD, ADD and STORE always finish before the other loads. Final 6, nothing lost.</source>
        <translation>你做不到，谁也做不到：一个进程持有锁时，另一个进程停在 lock.acquire()，它的按钮一直不可用（它只能等待）。一个进程的 LOAD、ADD、STORE 总是在另一个进程读取之前完成。最终是 6，一次也没丢。</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/level_text.cpp" line="68"/>
        <source>5. The consumer quits too early</source>
        <translation>5. 消费者退出得太早</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/level_text.cpp" line="69"/>
        <source>The consumer stops as soon as q.empty() says True. Make it quit while the producer still has items to put.</source>
        <translation>q.empty() 一返回 True，消费者就停止。让它在生产者还有数据要放入时退出。</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/level_text.cpp" line="73"/>
        <source>The consumer saw an empty queue and quit; the producer goes on putting items nobody will get. empty() is a snapshot: empty now does not mean nothing more will come. End with a sentinel (None) instead.</source>
        <translation>消费者看到队列为空就退出了；生产者继续放入的数据再也没人取。empty() 只是一个瞬间的快照：现在为空不代表以后不会再来。应改用哨兵值（None）来结束。</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/level_text.cpp" line="80"/>
        <source>6. Deadlock the producer</source>
        <translation>6. 让生产者死锁</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/level_text.cpp" line="81"/>
        <source>Queue(maxsize=2), and main joins the producer before it starts the consumer. Get the producer stuck.</source>
        <translation>Queue(maxsize=2)，主进程在启动消费者之前先 join 生产者。让生产者卡住。</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/level_text.cpp" line="85"/>
        <source>The queue is full and nobody drains it: the producer waits in put(), and main&apos;s join() waits for the producer. Here join(timeout) gave up; without a timeout it would wait forever. Start the consumer before joining the producer.</source>
        <translation>队列满了，却没人取走数据：生产者在 put() 中等待，主进程的 join() 又在等生产者。这里 join(timeout) 超时放弃了；没有超时的话会永远等下去。应先启动消费者，再 join 生产者。</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/level_text.cpp" line="93"/>
        <source>Free play: an Array without a lock</source>
        <translation>自由练习：不加锁的 Array</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/level_text.cpp" line="94"/>
        <source>Two processes add 1 to both cells of Array(&apos;d&apos;, 2, lock=False). Step them and watch the cells.</source>
        <translation>两个进程给 Array(&apos;d&apos;, 2, lock=False) 的两个元素各加 1。逐步调度它们，观察元素的值。</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/level_text.cpp" line="101"/>
        <source>Free play: the sentinel</source>
        <translation>自由练习：哨兵值</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/level_text.cpp" line="102"/>
        <source>The producer ends with None, the consumer waits in get() until it comes. Try to make the consumer quit early.</source>
        <translation>生产者以 None 结束，消费者在 get() 中等待直到它到来。试着让消费者提前退出。</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/level_text.cpp" line="112"/>
        <source>Not this time: the run ended without reaching the goal. Undo the last step or Reset, and try another order.</source>
        <translation>这次没成功：运行结束了，但没有达到目标。撤销最后一步或重置，换一种顺序再试。</translation>
    </message>
</context>
<context>
    <name>proclab::ui::CodePanel</name>
    <message>
        <location filename="../../ui/panels/code_panel.cpp" line="122"/>
        <source># No Python source in this run.</source>
        <translation># 本次运行没有 Python 源代码。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/code_panel.cpp" line="168"/>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location filename="../../ui/panels/code_panel.cpp" line="169"/>
        <source>No process is running at the cursor.</source>
        <translation>光标所在时刻没有进程在运行。</translation>
    </message>
</context>
<context>
    <name>proclab::ui::ConsolePanel</name>
    <message>
        <location filename="../../ui/panels/console_panel.cpp" line="33"/>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/panels/console_panel.cpp" line="33"/>
        <source>process</source>
        <translation>进程</translation>
    </message>
    <message>
        <location filename="../../ui/panels/console_panel.cpp" line="33"/>
        <source>printed</source>
        <translation>输出内容</translation>
    </message>
    <message>
        <location filename="../../ui/panels/console_panel.cpp" line="106"/>
        <source>runner</source>
        <translation>运行器</translation>
    </message>
</context>
<context>
    <name>proclab::ui::CounterPanel</name>
    <message>
        <source>Trials repeat a ProcLab demo. To run your script again, trace it again (File → Trace a Python Script…).</source>
        <translation>多次试验重复运行的是 ProcLab 的演示。要再次运行你的脚本，请重新跟踪它（文件 → 跟踪 Python 脚本…）。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/counter_panel.cpp" line="52"/>
        <source>expected</source>
        <translation>预期值</translation>
    </message>
    <message>
        <location filename="../../ui/panels/counter_panel.cpp" line="53"/>
        <source>final</source>
        <translation>最终值</translation>
    </message>
    <message>
        <location filename="../../ui/panels/counter_panel.cpp" line="54"/>
        <source>lost</source>
        <translation>丢失</translation>
    </message>
    <message>
        <location filename="../../ui/panels/counter_panel.cpp" line="62"/>
        <source>counter value</source>
        <translation>计数器的值</translation>
    </message>
    <message>
        <location filename="../../ui/panels/counter_panel.cpp" line="76"/>
        <source>How many times to run the same demo, one run after another</source>
        <translation>同一演示要依次运行多少次</translation>
    </message>
    <message>
        <location filename="../../ui/panels/counter_panel.cpp" line="77"/>
        <location filename="../../ui/panels/counter_panel.cpp" line="92"/>
        <source>Run %1 trials</source>
        <translation>运行 %1 次试验</translation>
    </message>
    <message>
        <location filename="../../ui/panels/counter_panel.cpp" line="86"/>
        <source>final counter value</source>
        <translation>计数器最终值</translation>
    </message>
    <message>
        <location filename="../../ui/panels/counter_panel.cpp" line="87"/>
        <source>runs</source>
        <translation>运行次数</translation>
    </message>
    <message>
        <location filename="../../ui/panels/counter_panel.cpp" line="95"/>
        <source>%1 of %2 done</source>
        <translation>已完成 %1 / %2</translation>
    </message>
    <message>
        <location filename="../../ui/panels/counter_panel.cpp" line="103"/>
        <source>%1 of %2 runs lost updates</source>
        <translation>%2 次运行中有 %1 次丢失了更新</translation>
    </message>
    <message>
        <location filename="../../ui/panels/counter_panel.cpp" line="145"/>
        <source>This run has no shared counter.</source>
        <translation>本次运行没有共享计数器。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/counter_panel.cpp" line="158"/>
        <source>Running…</source>
        <translation>运行中…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panels/counter_panel.cpp" line="160"/>
        <source>%n update(s) lost: a process wrote back a value that was already stale.</source>
        <translation>
            <numerusform>丢失了 %n 次更新：某个进程写回了一个已经过时的值。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/panels/counter_panel.cpp" line="163"/>
        <source>Nothing lost in this run. Without one lock around the whole read-add-write that is luck: run several trials to see how often updates get lost.</source>
        <translation>本次运行没有丢失更新。但如果没有用一把锁保护整个“读取-加一-写回”，这只是运气好：多运行几次试验，看看更新丢失有多频繁。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/counter_panel.cpp" line="169"/>
        <source>expected (increments done)</source>
        <translation>预期值（已完成的自增次数）</translation>
    </message>
    <message>
        <location filename="../../ui/panels/counter_panel.cpp" line="174"/>
        <source>actual value in the counter</source>
        <translation>计数器中的实际值</translation>
    </message>
    <message>
        <location filename="../../ui/panels/counter_panel.cpp" line="184"/>
        <source>gap = lost updates</source>
        <translation>差距 = 丢失的更新</translation>
    </message>
    <message>
        <location filename="../../ui/panels/counter_panel.cpp" line="206"/>
        <source>starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/counter_panel.cpp" line="228"/>
        <source>runs ending at the expected value</source>
        <translation>最终值等于预期值的运行</translation>
    </message>
    <message>
        <location filename="../../ui/panels/counter_panel.cpp" line="233"/>
        <source>runs that lost updates</source>
        <translation>丢失了更新的运行</translation>
    </message>
</context>
<context>
    <name>proclab::ui::DemoToolbar</name>
    <message>
        <source>The run on screen is your own Python script, traced with File → Trace a Python Script…. Run starts the demo chosen here instead.</source>
        <translation>屏幕上的运行是你自己的 Python 脚本，由“文件 → 跟踪 Python 脚本…”记录。“运行”启动的则是这里选中的演示。</translation>
    </message>
    <message>
        <source>  Traced script: %1 (python3)  </source>
        <translation>  已跟踪的脚本：%1（python3）  </translation>
    </message>
    <message>
        <location filename="../../ui/demo_toolbar.cpp" line="24"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../../ui/demo_toolbar.cpp" line="26"/>
        <source> Demo: </source>
        <translation> 演示：</translation>
    </message>
    <message>
        <location filename="../../ui/demo_toolbar.cpp" line="34"/>
        <source>  Variant: </source>
        <translation>  变体：</translation>
    </message>
    <message>
        <location filename="../../ui/demo_toolbar.cpp" line="37"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../ui/demo_toolbar.cpp" line="44"/>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/demo_toolbar.cpp" line="46"/>
        <source>Run the demo with real processes (F5)</source>
        <translation>用真实的进程运行演示 (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/demo_toolbar.cpp" line="47"/>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/demo_toolbar.cpp" line="49"/>
        <source>Stop the run (Shift+F5)</source>
        <translation>停止运行 (Shift+F5)</translation>
    </message>
</context>
<context>
    <name>proclab::ui::Events</name>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="32"/>
        <source>created (pid %1)</source>
        <translation>已创建（pid %1）</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="35"/>
        <source>started running its own code</source>
        <translation>开始运行自己的代码</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="38"/>
        <source>is ending with exit code %1</source>
        <translation>即将结束，退出码 %1</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="41"/>
        <source>was reaped: %1</source>
        <translation>已被回收：%1</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="44"/>
        <source>calls %1.join() and waits</source>
        <translation>调用 %1.join() 并等待</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="47"/>
        <source>gave up joining %1 (timeout)</source>
        <translation>放弃等待 %1（超时）</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="48"/>
        <source>joined %1 (%2)</source>
        <translation>已 join %1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="51"/>
        <source>sleeps for %1</source>
        <translation>休眠 %1</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="54"/>
        <source>wakes up</source>
        <translation>醒来</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="57"/>
        <source>put item #%1 (value %2) on queue %3; depth now %4</source>
        <translation>向队列 %3 放入元素 #%1（值 %2）；当前长度 %4</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="64"/>
        <source>got item #%1 (value %2) from queue %3; depth now %4</source>
        <translation>从队列 %3 取出元素 #%1（值 %2）；当前长度 %4</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="71"/>
        <source>blocks in get(): the queue is empty</source>
        <translation>阻塞在 get()：队列为空</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="72"/>
        <source>blocks in put(): the queue is full</source>
        <translation>阻塞在 put()：队列已满</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="75"/>
        <source>gave up waiting on the queue (timeout)</source>
        <translation>放弃等待队列（超时）</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="75"/>
        <source>can go on</source>
        <translation>可以继续执行</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="78"/>
        <source>asked q.empty(): True (depth %1)</source>
        <translation>调用 q.empty()：True（长度 %1）</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="79"/>
        <source>asked q.empty(): False (depth %1)</source>
        <translation>调用 q.empty()：False（长度 %1）</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="82"/>
        <source>waits for lock %1 (someone else holds it)</source>
        <translation>等待锁 %1（被其他进程持有）</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="85"/>
        <source>acquired lock %1</source>
        <translation>获得锁 %1</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="88"/>
        <source>released lock %1</source>
        <translation>释放锁 %1</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="91"/>
        <source>read counter = %1</source>
        <translation>读取 counter = %1</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="96"/>
        <source>wrote counter = %1, overwriting %2 (lost update!)</source>
        <translation>写入 counter = %1，覆盖了 %2（丢失的更新！）</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="97"/>
        <source>wrote counter = %1 (was %2)</source>
        <translation>写入 counter = %1（原为 %2）</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="100"/>
        <source>waits at the start barrier (%1 arrived)</source>
        <translation>在起始屏障处等待（已到达 %1 个）</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="103"/>
        <source>passes the barrier</source>
        <translation>通过屏障</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="106"/>
        <source>held before its store</source>
        <translation>在写入前被暂停</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="106"/>
        <source>held before its load</source>
        <translation>在读取前被暂停</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="109"/>
        <source>released by the stepper</source>
        <translation>被单步调度器放行</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="112"/>
        <source>dispatched chunk %1 (items %2–%3)</source>
        <translation>分派分块 %1（元素 %2–%3）</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="115"/>
        <source>starts task %1: square(%2)</source>
        <translation>开始任务 %1：square(%2)</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="118"/>
        <source>finished task %1 → %2</source>
        <translation>完成任务 %1 → %2</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="121"/>
        <source>got chunk %1 back from %2</source>
        <translation>从 %2 取回分块 %1</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="124"/>
        <source>wrote arr[%1] = %2 (was %3)</source>
        <translation>写入 arr[%1] = %2（原为 %3）</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="127"/>
        <source>wants the GIL</source>
        <translation>请求 GIL</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="130"/>
        <source>holds the GIL</source>
        <translation>持有 GIL</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="133"/>
        <source>releases the GIL</source>
        <translation>释放 GIL</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="136"/>
        <source>waits for the recorder to catch up (no event is lost)</source>
        <translation>等待记录器追赶（不会丢失任何事件）</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="139"/>
        <source>goes on: the recorder caught up</source>
        <translation>继续运行：记录器已追上</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="142"/>
        <source>begins “%1”</source>
        <translation>开始“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="145"/>
        <source>ends “%1”</source>
        <translation>结束“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="148"/>
        <source>reaches line %1</source>
        <translation>执行到第 %1 行</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="151"/>
        <source>prints “%1”</source>
        <translation>输出“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="154"/>
        <source>reports a result: %1</source>
        <translation>报告结果：%1</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="163"/>
        <source>
line %1:  %2</source>
        <translation>
第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>proclab::ui::Export</name>
    <message>
        <location filename="../../ui/export/exporter.cpp" line="81"/>
        <source>Unknown export format for %1: use .png, .svg or .pdf.</source>
        <translation>%1 的导出格式未知：请使用 .png、.svg 或 .pdf。</translation>
    </message>
    <message>
        <location filename="../../ui/export/exporter.cpp" line="86"/>
        <source>Export size %1×%2 is out of range (%3 to %4 pixels a side).</source>
        <translation>导出尺寸 %1×%2 超出范围（每边 %3 到 %4 像素）。</translation>
    </message>
    <message>
        <location filename="../../ui/export/exporter.cpp" line="102"/>
        <location filename="../../ui/export/exporter.cpp" line="161"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/export/exporter.cpp" line="158"/>
        <source>Could not render %1.</source>
        <translation>无法渲染 %1。</translation>
    </message>
</context>
<context>
    <name>proclab::ui::ExportDialog</name>
    <message>
        <location filename="../../ui/export/export_dialog.cpp" line="20"/>
        <source>Export %1</source>
        <translation>导出%1</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.cpp" line="27"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.cpp" line="30"/>
        <source>File (.png, .svg, .pdf):</source>
        <translation>文件（.png、.svg、.pdf）：</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.cpp" line="35"/>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.cpp" line="42"/>
        <source>Size:</source>
        <translation>尺寸：</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.cpp" line="48"/>
        <source>PNG pixel scale:</source>
        <translation>PNG 像素倍率：</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_dialog.cpp" line="62"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>proclab::ui::LanesPlottable</name>
    <message numerus="yes">
        <location filename="../../ui/timeline/lanes_plottable.cpp" line="356"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n 个任务</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>proclab::ui::MainWindow</name>
    <message>
        <location filename="../../ui/main_window.cpp" line="73"/>
        <source>Running %1 (%2)…</source>
        <translation>正在运行 %1（%2）…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="97"/>
        <source>Choose a demo and press Run (F5).</source>
        <translation>选择一个演示，然后按“运行”(F5)。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="108"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="109"/>
        <source>Counter</source>
        <translation>计数器</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="110"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="111"/>
        <source>Pool</source>
        <translation>进程池</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="112"/>
        <source>Console</source>
        <translation>控制台</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="151"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="152"/>
        <source>&amp;Open Run…</source>
        <translation>打开运行记录(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="154"/>
        <source>&amp;Save Run As…</source>
        <translation>运行记录另存为(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="157"/>
        <source>&amp;Export Timeline…</source>
        <translation>导出时间线(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="160"/>
        <source>Export &amp;Panel</source>
        <translation>导出面板(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="162"/>
        <source>Queue…</source>
        <translation>队列…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="163"/>
        <source>Counter…</source>
        <translation>计数器…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="164"/>
        <source>Pool…</source>
        <translation>进程池…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="165"/>
        <source>Code…</source>
        <translation>代码…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="166"/>
        <source>Console…</source>
        <translation>控制台…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="168"/>
        <source>Export &amp;Window…</source>
        <translation>导出整个窗口(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="172"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="175"/>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="181"/>
        <source>Re&amp;play</source>
        <translation>回放(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="182"/>
        <source>&amp;Play / Pause</source>
        <translation>播放 / 暂停(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="184"/>
        <source>&amp;Next Event</source>
        <translation>下一个事件(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="187"/>
        <source>P&amp;revious Event</source>
        <translation>上一个事件(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="189"/>
        <source>Go to &amp;Start</source>
        <translation>跳到开头(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="191"/>
        <source>Go to &amp;End</source>
        <translation>跳到结尾(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="195"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="196"/>
        <source>&amp;Fit Whole Run</source>
        <translation>显示整个运行(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="199"/>
        <source>&amp;Larger Text</source>
        <translation>放大文字(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="202"/>
        <source>&amp;Smaller Text</source>
        <translation>缩小文字(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="205"/>
        <source>&amp;Presentation Mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="210"/>
        <source>&amp;Dark Theme</source>
        <translation>深色主题(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="214"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="230"/>
        <source>The language changes the next time ProcLab starts.</source>
        <translation>界面语言将在下次启动 ProcLab 时更改。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="233"/>
        <source>The environment variable PROCLAB_LANG=%1 overrides this choice.</source>
        <translation>环境变量 PROCLAB_LANG=%1 会覆盖这一选择。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="235"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="239"/>
        <source>&amp;Panels</source>
        <translation>面板(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="243"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="244"/>
        <source>&amp;About ProcLab</source>
        <translation>关于 ProcLab(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="245"/>
        <source>About ProcLab</source>
        <translation>关于 ProcLab</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="246"/>
        <source>&lt;b&gt;ProcLab&lt;/b&gt; — a process lab for teaching Python-style multiprocessing. Every run uses real operating-system processes; what you see is what happened.</source>
        <translation>&lt;b&gt;ProcLab 进程实验室&lt;/b&gt;——用于讲授 Python 风格多进程编程的实验工具。每次运行使用的都是真实的操作系统进程；你看到的就是实际发生的。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="267"/>
        <source>ProcLab</source>
        <translation>ProcLab 进程实验室</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="268"/>
        <source>ProcLab — %1 (%2)</source>
        <translation>ProcLab 进程实验室 — %1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="277"/>
        <source>Run finished.</source>
        <translation>运行结束。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="292"/>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="299"/>
        <location filename="../../ui/main_window.cpp" line="306"/>
        <source>Open Run</source>
        <translation>打开运行记录</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="300"/>
        <source>ProcLab runs (*.proclab *.json);;All files (*)</source>
        <translation>ProcLab 运行记录 (*.proclab *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="306"/>
        <source>Could not open %1:
%2</source>
        <translation>无法打开 %1：
%2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="313"/>
        <location filename="../../ui/main_window.cpp" line="321"/>
        <source>Save Run As</source>
        <translation>运行记录另存为</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="314"/>
        <source>ProcLab run (*.proclab);;Chrome trace for Perfetto (*.json)</source>
        <translation>ProcLab 运行记录 (*.proclab);;供 Perfetto 使用的 Chrome 跟踪文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="333"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="335"/>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
</context>
<context>
    <name>proclab::ui::PoolView</name>
    <message>
        <location filename="../../ui/panels/pool_view.cpp" line="68"/>
        <source>A task took about %1; starting a worker took about %2.</source>
        <translation>一个任务约耗时 %1；启动一个工作进程约耗时 %2。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panels/pool_view.cpp" line="72"/>
        <source>%1 ran all %n task(s) before the other workers were ready.</source>
        <translation>
            <numerusform>在其他工作进程就绪之前，%1 已独自完成全部 %n 个任务。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/panels/pool_view.cpp" line="122"/>
        <source>This run uses no pool.</source>
        <translation>本次运行没有使用进程池。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panels/pool_view.cpp" line="133"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n 个任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panels/pool_view.cpp" line="134"/>
        <source>%n chunk(s)</source>
        <translation>
            <numerusform>%n 个分块</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panels/pool_view.cpp" line="135"/>
        <source>%n worker(s)</source>
        <translation>
            <numerusform>%n 个工作进程</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/panels/pool_view.cpp" line="177"/>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../../ui/panels/pool_view.cpp" line="216"/>
        <source>map() returns: </source>
        <translation>map() 返回：</translation>
    </message>
    <message>
        <location filename="../../ui/panels/pool_view.cpp" line="241"/>
        <source>task: x → square(x)</source>
        <translation>任务：x → square(x)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/pool_view.cpp" line="246"/>
        <source>chunk boundary</source>
        <translation>分块边界</translation>
    </message>
    <message>
        <location filename="../../ui/panels/pool_view.cpp" line="250"/>
        <source>not finished at the cursor</source>
        <translation>光标时刻尚未完成</translation>
    </message>
</context>
<context>
    <name>proclab::ui::QueueBoxes</name>
    <message>
        <location filename="../../ui/panels/queue_boxes.cpp" line="50"/>
        <location filename="../../ui/panels/queue_boxes.cpp" line="90"/>
        <source>never got</source>
        <translation>从未取出</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue_boxes.cpp" line="55"/>
        <source>queue at the cursor: empty</source>
        <translation>光标时刻的队列：空</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panels/queue_boxes.cpp" line="56"/>
        <source>queue at the cursor: %n item(s), front first</source>
        <translation>
            <numerusform>光标时刻的队列：%n 个元素，队首在前</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue_boxes.cpp" line="61"/>
        <source>get() ◀</source>
        <translation>get() ◀</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue_boxes.cpp" line="62"/>
        <source>◀ put()</source>
        <translation>◀ put()</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue_boxes.cpp" line="90"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue_boxes.cpp" line="97"/>
        <source>+%1
more</source>
        <translation>还有
%1 个</translation>
    </message>
</context>
<context>
    <name>proclab::ui::QueuePanel</name>
    <message>
        <location filename="../../ui/panels/queue_panel.cpp" line="30"/>
        <source>items in queue</source>
        <translation>队列中的元素</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue_panel.cpp" line="67"/>
        <source>queue %1</source>
        <translation>队列 %1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue_panel.cpp" line="76"/>
        <source>This run uses no queue.</source>
        <translation>本次运行没有使用队列。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue_panel.cpp" line="82"/>
        <source>put &lt;b&gt;%1&lt;/b&gt; &amp;nbsp; got &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>放入 &lt;b&gt;%1&lt;/b&gt; &amp;nbsp; 取出 &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue_panel.cpp" line="85"/>
        <source>never got %1</source>
        <translation>%1 个从未取出</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue_panel.cpp" line="87"/>
        <source> &amp;nbsp; (not in FIFO order)</source>
        <translation> &amp;nbsp;（未按先进先出顺序）</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue_panel.cpp" line="91"/>
        <source>queue depth</source>
        <translation>队列长度</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue_panel.cpp" line="115"/>
        <source>put, never got</source>
        <translation>已放入，从未取出</translation>
    </message>
</context>
<context>
    <name>proclab::ui::ReplayBar</name>
    <message>
        <location filename="../../ui/replay/replay_bar.cpp" line="31"/>
        <source>Go to the start (Home)</source>
        <translation>跳到开头 (Home)</translation>
    </message>
    <message>
        <location filename="../../ui/replay/replay_bar.cpp" line="32"/>
        <source>Previous event (Left)</source>
        <translation>上一个事件 (←)</translation>
    </message>
    <message>
        <location filename="../../ui/replay/replay_bar.cpp" line="33"/>
        <source>Play / pause (Space)</source>
        <translation>播放 / 暂停 (空格)</translation>
    </message>
    <message>
        <location filename="../../ui/replay/replay_bar.cpp" line="34"/>
        <source>Next event (Right)</source>
        <translation>下一个事件 (→)</translation>
    </message>
    <message>
        <location filename="../../ui/replay/replay_bar.cpp" line="35"/>
        <source>Go to the end (End)</source>
        <translation>跳到结尾 (End)</translation>
    </message>
    <message>
        <location filename="../../ui/replay/replay_bar.cpp" line="38"/>
        <source>Scrub through the run</source>
        <translation>拖动以浏览整个运行过程</translation>
    </message>
    <message>
        <location filename="../../ui/replay/replay_bar.cpp" line="44"/>
        <source>Playback speed: 1× plays the whole run in %1 seconds</source>
        <translation>回放速度：1× 时用 %1 秒播完整个运行</translation>
    </message>
    <message>
        <location filename="../../ui/replay/replay_bar.cpp" line="52"/>
        <source>speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <location filename="../../ui/replay/replay_bar.cpp" line="131"/>
        <source>t = %1</source>
        <translation>t = %1</translation>
    </message>
</context>
<context>
    <name>proclab::ui::RunController</name>
    <message>
        <location filename="../../ui/model/run_controller.cpp" line="25"/>
        <source>The runner %1 is missing or not executable.</source>
        <translation>运行器 %1 不存在或不可执行。</translation>
    </message>
    <message>
        <location filename="../../ui/model/run_controller.cpp" line="52"/>
        <source>Could not start the runner: %1</source>
        <translation>无法启动运行器：%1</translation>
    </message>
    <message>
        <location filename="../../ui/model/run_controller.cpp" line="83"/>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <location filename="../../ui/model/run_controller.cpp" line="85"/>
        <source>The runner&apos;s output could not be read: %1</source>
        <translation>无法读取运行器的输出：%1</translation>
    </message>
    <message>
        <location filename="../../ui/model/run_controller.cpp" line="87"/>
        <source>The runner crashed.</source>
        <translation>运行器崩溃了。</translation>
    </message>
    <message>
        <location filename="../../ui/model/run_controller.cpp" line="90"/>
        <source>The runner ended (code %1) without finishing the run.</source>
        <translation>运行器已退出（退出码 %1），但运行尚未完成。</translation>
    </message>
    <message>
        <location filename="../../ui/model/run_controller.cpp" line="92"/>
        <source>The run failed (status %1).</source>
        <translation>运行失败（状态 %1）。</translation>
    </message>
</context>
<context>
    <name>proclab::ui::RunModel</name>
    <message>
        <location filename="../../ui/model/run_model.cpp" line="28"/>
        <source>main</source>
        <translation>main</translation>
    </message>
    <message>
        <location filename="../../ui/model/run_model.cpp" line="28"/>
        <source>worker-%1</source>
        <translation>worker-%1</translation>
    </message>
    <message>
        <location filename="../../ui/model/run_model.cpp" line="35"/>
        <source>%1 (pid %2)</source>
        <translation>%1 (pid %2)</translation>
    </message>
</context>
<context>
    <name>proclab::ui::SchedulerPanel</name>
    <message>
        <location filename="../../ui/scheduler/scheduler_dock.cpp" line="13"/>
        <source>You Are the Scheduler</source>
        <translation>你来当调度器</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/scheduler_panel.cpp" line="150"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/scheduler_panel.cpp" line="151"/>
        <source>Run the same steps minus the last on fresh processes: only the sync points order what they share, so the result is the same every time</source>
        <translation>在全新的进程上重跑除最后一步外的所有步骤：只有同步点决定共享数据的先后顺序，所以每次结果都一样</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/scheduler_panel.cpp" line="153"/>
        <location filename="../../ui/scheduler/scheduler_panel.cpp" line="300"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/scheduler_panel.cpp" line="154"/>
        <source>Start the level again on fresh processes</source>
        <translation>在全新的进程上重新开始本关</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/scheduler_panel.cpp" line="155"/>
        <source>Let the OS schedule</source>
        <translation>交给操作系统调度</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/scheduler_panel.cpp" line="156"/>
        <source>Release every process: from here the OS decides who runs</source>
        <translation>放行所有进程：从现在起由操作系统决定谁运行</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/scheduler/scheduler_panel.cpp" line="177"/>
        <source>Undo: the same %n step(s) again, on fresh processes with new pids. Same steps, same result: only the sync points order what they share.</source>
        <translation>
            <numerusform>撤销：在新 pid 的全新进程上重跑同样的 %n 步。步骤相同，结果就相同：只有同步点决定共享数据的先后顺序。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/scheduler_panel.cpp" line="210"/>
        <source>The OS schedules from here: every process runs when and as long as the OS lets it.</source>
        <translation>从这里开始由操作系统调度：每个进程何时运行、运行多久都由操作系统决定。</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/scheduler_panel.cpp" line="225"/>
        <source>Step %1</source>
        <translation>进程 %1 走一步</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/scheduler_panel.cpp" line="226"/>
        <location filename="../../ui/scheduler/scheduler_panel.cpp" line="284"/>
        <source>Release process %1 to its next sync point (key %1)</source>
        <translation>放行进程 %1 到它的下一个同步点（按键 %1）</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/scheduler_panel.cpp" line="274"/>
        <source>process %1</source>
        <translation>进程 %1</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/scheduler_panel.cpp" line="295"/>
        <source>Steps: %1</source>
        <translation>步骤：%1</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/scheduler_panel.cpp" line="295"/>
        <source>none yet</source>
        <translation>还没有</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/scheduler_panel.cpp" line="296"/>
        <source>Pick a level: its processes start and hold at their first sync point.</source>
        <translation>选择一关：它的进程会启动，并停在各自的第一个同步点。</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/scheduler_panel.cpp" line="300"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/scheduler_panel.cpp" line="310"/>
        <source>Level won! %1</source>
        <translation>过关！%1</translation>
    </message>
</context>
<context>
    <name>proclab::ui::States</name>
    <message>
        <location filename="../../ui/style/state_painter.cpp" line="107"/>
        <source>starting</source>
        <translation>启动中</translation>
    </message>
    <message>
        <location filename="../../ui/style/state_painter.cpp" line="109"/>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../../ui/style/state_painter.cpp" line="111"/>
        <source>sleeping</source>
        <translation>休眠中</translation>
    </message>
    <message>
        <location filename="../../ui/style/state_painter.cpp" line="113"/>
        <source>blocked on queue</source>
        <translation>阻塞于队列</translation>
    </message>
    <message>
        <location filename="../../ui/style/state_painter.cpp" line="115"/>
        <source>waiting for lock</source>
        <translation>等待锁</translation>
    </message>
    <message>
        <location filename="../../ui/style/state_painter.cpp" line="117"/>
        <source>waiting in join</source>
        <translation>等待 join</translation>
    </message>
    <message>
        <location filename="../../ui/style/state_painter.cpp" line="119"/>
        <source>at barrier</source>
        <translation>在屏障处</translation>
    </message>
    <message>
        <location filename="../../ui/style/state_painter.cpp" line="121"/>
        <source>held by stepper</source>
        <translation>被单步暂停</translation>
    </message>
    <message>
        <location filename="../../ui/style/state_painter.cpp" line="123"/>
        <source>waiting for GIL</source>
        <translation>等待 GIL</translation>
    </message>
    <message>
        <location filename="../../ui/style/state_painter.cpp" line="125"/>
        <source>recorder catching up</source>
        <translation>记录器追赶中</translation>
    </message>
    <message>
        <location filename="../../ui/style/state_painter.cpp" line="127"/>
        <source>exited</source>
        <translation>已退出</translation>
    </message>
    <message>
        <location filename="../../ui/style/state_painter.cpp" line="218"/>
        <source>exit %1</source>
        <translation>退出码 %1</translation>
    </message>
    <message>
        <location filename="../../ui/style/state_painter.cpp" line="223"/>
        <source>signal</source>
        <translation>信号</translation>
    </message>
</context>
<context>
    <name>proclab::ui::StepRunner</name>
    <message>
        <location filename="../../ui/scheduler/step_runner.cpp" line="29"/>
        <source>The runner %1 is missing or not executable.</source>
        <translation>运行器 %1 不存在或不可执行。</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/step_runner.cpp" line="69"/>
        <source>Could not start the runner: %1</source>
        <translation>无法启动运行器：%1</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/step_runner.cpp" line="101"/>
        <source>The runner&apos;s output could not be read: %1</source>
        <translation>无法读取运行器的输出：%1</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/step_runner.cpp" line="104"/>
        <source>The runner ended (code %1) without finishing the run.</source>
        <translation>运行器已结束（代码 %1），但运行没有完成。</translation>
    </message>
</context>
<context>
    <name>proclab::ui::TimeTicker</name>
    <message>
        <location filename="../../ui/timeline/time_ticker.cpp" line="16"/>
        <source>time (%1)</source>
        <translation>时间（%1）</translation>
    </message>
</context>
<context>
    <name>proclab::ui::TimelineView</name>
    <message>
        <location filename="../../ui/timeline/timeline_view.cpp" line="45"/>
        <source>Choose a demo and press Run (F5),
or open a saved run (Ctrl+O).</source>
        <translation>选择一个演示并按“运行”(F5)，
或打开已保存的运行记录 (Ctrl+O)。</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_view.cpp" line="165"/>
        <source>exit (code)</source>
        <translation>进程退出（退出码）</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_view.cpp" line="171"/>
        <source>crashed (signal)</source>
        <translation>崩溃（信号）</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_view.cpp" line="176"/>
        <source>join: parent waits for child</source>
        <translation>join：父进程等待子进程</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_view.cpp" line="181"/>
        <source>queue item: put → get</source>
        <translation>队列元素：put → get</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_view.cpp" line="187"/>
        <source>item never got</source>
        <translation>从未取出的元素</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_view.cpp" line="195"/>
        <source>pool task x → x² (one tick each)</source>
        <translation>进程池任务 x → x²（每个任务一条刻线）</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_view.cpp" line="201"/>
        <source>lost update</source>
        <translation>丢失的更新</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_view.cpp" line="204"/>
        <source>cursor</source>
        <translation>光标</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_view.cpp" line="319"/>
        <source>%1: %2 for %3</source>
        <translation>%1：%2，持续 %3</translation>
    </message>
</context>
<context>
    <name>proclab::ui::TrialRunner</name>
    <message>
        <location filename="../../ui/model/trial_runner.cpp" line="57"/>
        <source>A trial failed (runner exit code %1).</source>
        <translation>一次试验失败（运行器退出码 %1）。</translation>
    </message>
    <message>
        <location filename="../../ui/model/trial_runner.cpp" line="71"/>
        <source>Could not start the runner: %1</source>
        <translation>无法启动运行器：%1</translation>
    </message>
</context>
</TS>

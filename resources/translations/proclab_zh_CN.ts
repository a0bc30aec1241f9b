<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CatalogTexts</name>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="32"/>
        <source>Process: start and join</source>
        <comment>process-basics</comment>
        <translation>进程：启动与 join</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="33"/>
        <source>Two worker processes start, sleep, and are joined by the main process.</source>
        <comment>process-basics</comment>
        <translation>两个工作进程启动、睡眠，然后由主进程 join（等待它们结束）。</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="34"/>
        <source>fork</source>
        <comment>process-basics#fork</comment>
        <translation>fork</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="35"/>
        <source>start method fork: the child is a copy of the parent</source>
        <comment>process-basics#fork</comment>
        <translation>启动方法 fork：子进程是父进程的副本</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="36"/>
        <source>spawn</source>
        <comment>process-basics#spawn</comment>
        <translation>spawn</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="37"/>
        <source>start method spawn: a fresh program that maps the shared arena</source>
        <comment>process-basics#spawn</comment>
        <translation>启动方法 spawn：一个全新的程序，映射同一块共享内存区</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="38"/>
        <source>crash</source>
        <comment>process-basics#crash</comment>
        <translation>崩溃</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="39"/>
        <source>worker B dies of SIGSEGV; its exitcode is -11</source>
        <comment>process-basics#crash</comment>
        <translation>工作进程 B 因 SIGSEGV 终止，exitcode 为 -11</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="40"/>
        <source>sleep_ms</source>
        <comment>process-basics:sleep_ms</comment>
        <translation>睡眠 (ms)</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="41"/>
        <source>how long each worker sleeps (ms)</source>
        <comment>process-basics:sleep_ms</comment>
        <translation>每个工作进程睡眠多久（毫秒）</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="44"/>
        <source>Pool.map: square in parallel</source>
        <comment>pool-square</comment>
        <translation>Pool.map：并行求平方</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="45"/>
        <source>A pool of worker processes squares a list; map() returns the results in input order.</source>
        <comment>pool-square</comment>
        <translation>进程池中的工作进程对一个列表求平方；map() 按输入顺序返回结果。</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="46"/>
        <source>map</source>
        <comment>pool-square#map</comment>
        <translation>map</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="47"/>
        <source>p.map(square, data): chunks, results in order</source>
        <comment>pool-square#map</comment>
        <translation>p.map(square, data)：分块执行，结果按输入顺序返回</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="48"/>
        <source>imap_unordered</source>
        <comment>pool-square#imap_unordered</comment>
        <translation>imap_unordered</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="49"/>
        <source>results as they finish</source>
        <comment>pool-square#imap_unordered</comment>
        <translation>结果按完成的先后返回</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="50"/>
        <source>apply_async</source>
        <comment>pool-square#apply_async</comment>
        <translation>apply_async</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="51"/>
        <source>one task per item, then get() each</source>
        <comment>pool-square#apply_async</comment>
        <translation>每项一个任务，再逐个 get()</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="52"/>
        <source>workers</source>
        <comment>pool-square:workers</comment>
        <translation>线程/进程数</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="53"/>
        <source>pool size (processes)</source>
        <comment>pool-square:workers</comment>
        <translation>进程池大小（进程数）</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="54"/>
        <source>n</source>
        <comment>pool-square:n</comment>
        <translation>数据量 n</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="55"/>
        <source>data size: squares 1..n</source>
        <comment>pool-square:n</comment>
        <translation>数据量：求 1..n 的平方</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="56"/>
        <source>chunksize</source>
        <comment>pool-square:chunksize</comment>
        <translation>块大小</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="57"/>
        <source>items per task; 0 = Python&apos;s default ceil(n / (4 * workers))</source>
        <comment>pool-square:chunksize</comment>
        <translation>每个任务的数据项数；0 = Python 的默认值 ceil(n / (4 * workers))</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="58"/>
        <source>task_us</source>
        <comment>pool-square:task_us</comment>
        <translation>每项耗时 (µs)</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="59"/>
        <source>simulated work per item (µs); 0 = just x * x</source>
        <comment>pool-square:task_us</comment>
        <translation>每项的模拟工作量（微秒）；0 = 只计算 x * x</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="62"/>
        <source>Queue: producer and consumer</source>
        <comment>producer-consumer</comment>
        <translation>队列：生产者与消费者</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="63"/>
        <source>A producer puts items into a multiprocessing.Queue, a consumer gets them.</source>
        <comment>producer-consumer</comment>
        <translation>生产者把数据放入 multiprocessing.Queue，消费者从中取出。</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="64"/>
        <source>sequential</source>
        <comment>producer-consumer#sequential</comment>
        <translation>顺序执行</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="65"/>
        <source>the tutorial&apos;s: the producer is joined before the consumer starts</source>
        <comment>producer-consumer#sequential</comment>
        <translation>教程中的写法：先 join 生产者，再启动消费者</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="66"/>
        <source>empty-pitfall</source>
        <comment>producer-consumer#empty-pitfall</comment>
        <translation>empty() 陷阱</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="67"/>
        <source>both at once, the consumer stops when empty(): items are missed</source>
        <comment>producer-consumer#empty-pitfall</comment>
        <translation>两者同时运行，消费者在 empty() 时停止：会漏掉数据</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="68"/>
        <source>sentinel</source>
        <comment>producer-consumer#sentinel</comment>
        <translation>哨兵</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="69"/>
        <source>both at once, the producer ends with a None sentinel (correct)</source>
        <comment>producer-consumer#sentinel</comment>
        <translation>两者同时运行，生产者最后放入 None 作为哨兵（正确）</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="70"/>
        <source>bounded</source>
        <comment>producer-consumer#bounded</comment>
        <translation>有界队列</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="71"/>
        <source>Queue(maxsize): the producer blocks while it is full</source>
        <comment>producer-consumer#bounded</comment>
        <translation>Queue(maxsize)：队列满时生产者阻塞</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="72"/>
        <source>deadlock</source>
        <comment>producer-consumer#deadlock</comment>
        <translation>死锁</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="73"/>
        <source>join the producer before anyone drains a full queue</source>
        <comment>producer-consumer#deadlock</comment>
        <translation>在有人取空已满的队列之前就 join 生产者</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="74"/>
        <source>items</source>
        <comment>producer-consumer:items</comment>
        <translation>数据项数</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="75"/>
        <source>items produced</source>
        <comment>producer-consumer:items</comment>
        <translation>生产的数据项数</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="76"/>
        <source>produce_us</source>
        <comment>producer-consumer:produce_us</comment>
        <translation>生产耗时 (µs)</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="77"/>
        <source>producer&apos;s work before each item (µs)</source>
        <comment>producer-consumer:produce_us</comment>
        <translation>生产者在每项之前的工作量（微秒）</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="78"/>
        <source>consume_us</source>
        <comment>producer-consumer:consume_us</comment>
        <translation>消费耗时 (µs)</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="79"/>
        <source>bounded: consumer&apos;s work per item (µs)</source>
        <comment>producer-consumer:consume_us</comment>
        <translation>有界队列：消费者处理每项的工作量（微秒）</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="80"/>
        <source>maxsize</source>
        <comment>producer-consumer:maxsize</comment>
        <translation>队列容量</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="81"/>
        <source>bounded and deadlock: the queue&apos;s maxsize</source>
        <comment>producer-consumer:maxsize</comment>
        <translation>有界队列与死锁：队列的 maxsize</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="82"/>
        <source>join_timeout_ms</source>
        <comment>producer-consumer:join_timeout_ms</comment>
        <translation>join 超时 (ms)</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="83"/>
        <source>deadlock: how long join() waits before giving up</source>
        <comment>producer-consumer:join_timeout_ms</comment>
        <translation>死锁：join() 等待多久后放弃（毫秒）</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="86"/>
        <source>Shared Value: the lost update</source>
        <comment>counter-race</comment>
        <translation>共享 Value：丢失的更新</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="87"/>
        <source>Several processes add 1 to one shared counter; without a lock around the whole read-add-write, increments get lost.</source>
        <comment>counter-race</comment>
        <translation>多个进程对同一个共享计数器加 1；如果整个“读-加-写”不在同一把锁内，累加就会丢失。</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="88"/>
        <source>python-default</source>
        <comment>counter-race#python-default</comment>
        <translation>Python 默认</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="89"/>
        <source>Value(&apos;i&apos;, 0): each read and each write locked on its own</source>
        <comment>counter-race#python-default</comment>
        <translation>Value(&apos;i&apos;, 0)：每次读、每次写各自加锁</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="90"/>
        <source>raw</source>
        <comment>counter-race#raw</comment>
        <translation>无锁</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="91"/>
        <source>Value(&apos;i&apos;, 0, lock=False): no lock at all</source>
        <comment>counter-race#raw</comment>
        <translation>Value(&apos;i&apos;, 0, lock=False)：完全不加锁</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="92"/>
        <source>get-lock</source>
        <comment>counter-race#get-lock</comment>
        <translation>加锁</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="93"/>
        <source>with counter.get_lock(): the whole += under one lock (exact)</source>
        <comment>counter-race#get-lock</comment>
        <translation>with counter.get_lock()：整个 += 在同一把锁内（结果准确）</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="94"/>
        <source>atomic</source>
        <comment>counter-race#atomic</comment>
        <translation>原子操作</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="95"/>
        <source>an atomic fetch-and-add (exact)</source>
        <comment>counter-race#atomic</comment>
        <translation>原子的取值并相加 fetch-and-add（结果准确）</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="96"/>
        <source>workers</source>
        <comment>counter-race:workers</comment>
        <translation>线程/进程数</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="97"/>
        <source>number of processes</source>
        <comment>counter-race:workers</comment>
        <translation>进程的数量</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="98"/>
        <source>iterations</source>
        <comment>counter-race:iterations</comment>
        <translation>遍数</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="99"/>
        <source>increments per process</source>
        <comment>counter-race:iterations</comment>
        <translation>每个进程累加的次数</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="100"/>
        <source>gap_ns</source>
        <comment>counter-race:gap_ns</comment>
        <translation>读写间隔 (ns)</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="101"/>
        <source>busy work between the read and the write (ns), standing for the ~1 us of bytecode CPython runs between counter.value&apos;s get and set; 0 = bare C++</source>
        <comment>counter-race:gap_ns</comment>
        <translation>读与写之间的忙等工作（纳秒），代表 CPython 在 counter.value 的读取与写入之间执行的约 1 微秒字节码；0 = 纯 C++</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="104"/>
        <source>Shared Array</source>
        <comment>shared-array</comment>
        <translation>共享数组 Array</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="105"/>
        <source>Several processes add 1 to every element of one shared array of doubles.</source>
        <comment>shared-array</comment>
        <translation>多个进程对同一个共享 double 数组的每个元素加 1。</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="106"/>
        <source>get-lock</source>
        <comment>shared-array#get-lock</comment>
        <translation>加锁</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="107"/>
        <source>with arr.get_lock(): exact</source>
        <comment>shared-array#get-lock</comment>
        <translation>with arr.get_lock()：结果准确</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="108"/>
        <source>no-lock</source>
        <comment>shared-array#no-lock</comment>
        <translation>不加锁</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="109"/>
        <source>Array(..., lock=False): updates get lost</source>
        <comment>shared-array#no-lock</comment>
        <translation>Array(..., lock=False)：更新会丢失</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="110"/>
        <source>workers</source>
        <comment>shared-array:workers</comment>
        <translation>线程/进程数</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="111"/>
        <source>number of processes</source>
        <comment>shared-array:workers</comment>
        <translation>进程的数量</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="112"/>
        <source>length</source>
        <comment>shared-array:length</comment>
        <translation>数组长度</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="113"/>
        <source>array length</source>
        <comment>shared-array:length</comment>
        <translation>数组的长度</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="114"/>
        <source>iterations</source>
        <comment>shared-array:iterations</comment>
        <translation>遍数</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="115"/>
        <source>passes over the array per process</source>
        <comment>shared-array:iterations</comment>
        <translation>每个进程遍历数组的次数</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="116"/>
        <source>gap_ns</source>
        <comment>shared-array:gap_ns</comment>
        <translation>读写间隔 (ns)</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="117"/>
        <source>busy work between reading and writing an element (ns), standing for the bytecode CPython runs there; 0 = bare C++</source>
        <comment>shared-array:gap_ns</comment>
        <translation>读与写一个元素之间的忙等工作（纳秒），代表 CPython 在此执行的字节码；0 = 纯 C++</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="120"/>
        <source>Separate memory</source>
        <comment>memory-isolation</comment>
        <translation>各自独立的内存</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="121"/>
        <source>A global changed in the child stays unchanged in the parent; a shared Value does not.</source>
        <comment>memory-isolation</comment>
        <translation>子进程修改的全局变量在父进程中保持不变；共享的 Value 则不然。</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="122"/>
        <source>fork</source>
        <comment>memory-isolation#fork</comment>
        <translation>fork</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="123"/>
        <source>the child starts as a copy of the parent</source>
        <comment>memory-isolation#fork</comment>
        <translation>子进程从父进程的副本开始</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="124"/>
        <source>spawn</source>
        <comment>memory-isolation#spawn</comment>
        <translation>spawn</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="125"/>
        <source>the child starts as a fresh program</source>
        <comment>memory-isolation#spawn</comment>
        <translation>子进程作为一个全新的程序启动</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="128"/>
        <source>GIL: threads vs processes</source>
        <comment>gil-vs-processes</comment>
        <translation>全局解释器锁：线程与进程</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="129"/>
        <source>The same CPU-bound job in N threads sharing one interpreter lock, then in N processes.</source>
        <comment>gil-vs-processes</comment>
        <translation>同一个 CPU 密集型任务，先在共享一把解释器锁的 N 个线程中运行，再在 N 个进程中运行。</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="130"/>
        <source>default</source>
        <comment>gil-vs-processes#default</comment>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="131"/>
        <source>threads under one lock, then processes</source>
        <comment>gil-vs-processes#default</comment>
        <translation>先是同一把锁下的线程，再是进程</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="132"/>
        <source>workers</source>
        <comment>gil-vs-processes:workers</comment>
        <translation>线程/进程数</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="133"/>
        <source>threads, then processes</source>
        <comment>gil-vs-processes:workers</comment>
        <translation>线程数，随后也是进程数</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="134"/>
        <source>work_ms</source>
        <comment>gil-vs-processes:work_ms</comment>
        <translation>每份工作 (ms)</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="135"/>
        <source>CPU time of each job (ms)</source>
        <comment>gil-vs-processes:work_ms</comment>
        <translation>每份工作的 CPU 时间（毫秒）</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="136"/>
        <source>switch_interval_us</source>
        <comment>gil-vs-processes:switch_interval_us</comment>
        <translation>切换间隔 (µs)</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_texts.cpp" line="137"/>
        <source>sys.setswitchinterval (µs)</source>
        <comment>gil-vs-processes:switch_interval_us</comment>
        <translation>sys.setswitchinterval（微秒）</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../ui/help_dialog.cpp" line="86"/>
        <source>&lt;h2&gt;ProcLab in five steps&lt;/h2&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Choose&lt;/b&gt; a demo and a variant in the toolbar. Its Python code appears on the right: read it with the class and let them predict what will happen.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Run&lt;/b&gt; it (F5). Every lane of the timeline is a real operating-system process (or a thread, where the demo says so); the run draws itself live.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Replay&lt;/b&gt; it: drag the slider under the timeline, step from event to event with the arrow keys, or press Space to play it slowly. The code panel marks the line each process is on; the panels on the right follow the cursor.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Change&lt;/b&gt; a parameter (more processes, more items, a smaller queue) and run again. Races differ from run to run: that is the lesson, not a fault.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Keep&lt;/b&gt; what you saw: File → Save Run keeps the whole run, File → Export makes a picture (PNG, SVG, PDF) for slides.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;On a projector: View → Presentation Mode (F11) makes every text larger and fills the screen; Esc leaves it. Ctrl+Plus and Ctrl+Minus change the text size.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;五步上手 ProcLab&lt;/h2&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;选择&lt;/b&gt;：在工具栏中选择演示和变体。右侧显示它的 Python 代码：先和学生一起读代码，让他们预测会发生什么。&lt;/li&gt;&lt;li&gt;&lt;b&gt;运行&lt;/b&gt;（F5）：时间线上的每一行都是一个真实的操作系统进程（演示注明时则是线程）；运行过程实时绘制。&lt;/li&gt;&lt;li&gt;&lt;b&gt;回放&lt;/b&gt;：拖动时间线下方的滑块，用方向键逐个事件前进或后退，或按空格键慢速播放。代码面板标出每个进程所在的行；右侧面板跟随光标变化。&lt;/li&gt;&lt;li&gt;&lt;b&gt;修改&lt;/b&gt;参数（更多进程、更多数据项、更小的队列）后再次运行。竞争的结果每次都不同：这正是要讲的内容，而不是故障。&lt;/li&gt;&lt;li&gt;&lt;b&gt;保存&lt;/b&gt;所见：文件 → 保存运行记录 可保存整个运行，文件 → 导出 可生成用于幻灯片的图片（PNG、SVG、PDF）。&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;使用投影仪时：视图 → 演示模式（F11）放大所有文字并全屏显示；按 Esc 退出。Ctrl+加号 和 Ctrl+减号 调整文字大小。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialog.cpp" line="105"/>
        <location filename="../../ui/help_dialog.cpp" line="117"/>
        <source>&lt;h3&gt;Keyboard shortcuts&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;快捷键&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialog.cpp" line="111"/>
        <source>ProcLab User Guide</source>
        <translation>ProcLab 用户指南</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialog.cpp" line="116"/>
        <source>Keyboard Shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialog.cpp" line="122"/>
        <source>About ProcLab</source>
        <translation>关于 ProcLab</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialog.cpp" line="123"/>
        <source>&lt;h3&gt;ProcLab %1&lt;/h3&gt;&lt;p&gt;A process lab for teaching Python-style multiprocessing. Every run uses real operating-system processes; what you see is what happened.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ProcLab 进程实验室 %1&lt;/h3&gt;&lt;p&gt;用于讲解 Python 风格多进程编程（multiprocessing）的进程实验室。每次运行都使用真实的操作系统进程；你看到的就是真实发生的。&lt;/p&gt;&lt;p&gt;基于 Qt %2 构建。&lt;/p&gt;</translation>
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
        <location filename="../../ui/scheduler/level_text.cpp" line="18"/>
        <source>1. Two processes, one increment each</source>
        <translation>1. 两个进程，各加一次</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/level_text.cpp" line="19"/>
        <source>counter.value += 1 in two processes. Make the final counter 1, not 2.</source>
        <translation>两个进程各执行一次 counter.value += 1。让计数器最终是 1，而不是 2。</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/level_text.cpp" line="22"/>
        <source>Both processes loaded 0 before either stored, so both stored 0 + 1 = 1: the second store erased the first. counter.value += 1 is three steps (LOAD, ADD, STORE), and another process can run between them.</source>
        <translation>两个进程都在任何一方写回之前读到了 0，于是都写入 0 + 1 = 1：第二次写入抹掉了第一次。counter.value += 1 是三步（LOAD、ADD、STORE），别的进程可以在这几步之间运行。</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/level_text.cpp" line="30"/>
        <source>2. The lowest value: ten increments each</source>
        <translation>2. 最小值：各加十次</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/level_text.cpp" line="31"/>
        <source>Two processes add 1 ten times each. Make the counter end at 2, the lowest value possible.</source>
        <translation>两个进程各加 1 十次。让计数器最终停在 2——可能的最小值。</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/level_text.cpp" line="35"/>
        <source>Worker 1 loaded 0 and waited while worker 2 did nine increments: its store of 1 erased all nine. Worker 2 then loaded that 1 and waited while worker 1 did the rest: its store of 2 erased those. 18 of 20 increments lost. It cannot go lower: a last store always writes at least 1 + 1.</source>
        <translation>worker-1 读到 0 后等待，worker-2 做了九次加法：worker-1 写入的 1 抹掉了这九次。随后 worker-2 读到这个 1 并等待，worker-1 做完其余各次：worker-2 写入的 2 又把它们抹掉。20 次加法丢了 18 次。不可能更低：最后一次写入至少是 1 + 1。</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/level_text.cpp" line="44"/>
        <source>3. Lose exactly three updates</source>
        <translation>3. 恰好丢失三次更新</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/level_text.cpp" line="45"/>
        <source>Value(&apos;i&apos;, 0) with its default lock, two processes of five increments each. Make the final counter 7: exactly three updates lost.</source>
        <translation>Value(&apos;i&apos;, 0) 带默认的锁，两个进程各加五次。让计数器最终是 7：恰好丢失三次更新。</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/level_text.cpp" line="49"/>
        <source>Three times both processes loaded the same value before either stored, and each time one increment was erased. The Value&apos;s own lock guards the load and the store one at a time, never the whole +=, so it does not prevent this.</source>
        <translation>有三次，两个进程都在任何一方写回之前读到了同一个值，每次都有一次加法被抹掉。Value 自带的锁只分别保护读和写，从不保护整个 +=，所以挡不住这种竞争。</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/level_text.cpp" line="57"/>
        <source>4. With get_lock(): try to lose one</source>
        <translation>4. 使用 get_lock()：试着丢一次</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/level_text.cpp" line="58"/>
        <source>The whole += inside with counter.get_lock(), two processes of three increments each. Try to lose an update.</source>
        <translation>整个 += 放在 with counter.get_lock() 里，两个进程各加三次。试着丢失一次更新。</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/level_text.cpp" line="62"/>
        <source>An update was lost under get_lock(): that must never happen. Please report it.</source>
        <translation>在 get_lock() 之下丢失了一次更新：这绝不应该发生。请报告这个问题。</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/level_text.cpp" line="66"/>
        <source>You could not, and nobody can: while one process holds the lock, the other one&apos;s button stays disabled at lock.acquire() (it would wait). One process&apos;s LOAD, ADD and STORE always finish before the other loads. Final 6, nothing lost.</source>
        <translation>你做不到，谁也做不到：一个进程持有锁时，另一个进程停在 lock.acquire()，它的按钮一直不可用（它只能等待）。一个进程的 LOAD、ADD、STORE 总是在另一个进程读取之前完成。最终是 6，一次也没丢。</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/level_text.cpp" line="79"/>
        <source>5. The consumer quits too early</source>
        <translation>5. 消费者退出得太早</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/level_text.cpp" line="80"/>
        <source>The consumer stops as soon as q.empty() says True. Make it quit while the producer still has items to put.</source>
        <translation>q.empty() 一返回 True，消费者就停止。让它在生产者还有数据要放入时退出。</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/level_text.cpp" line="84"/>
        <source>The consumer saw an empty queue and quit; the producer goes on putting items nobody will get. empty() is a snapshot: empty now does not mean nothing more will come. End with a sentinel (None) instead.</source>
        <translation>消费者看到队列为空就退出了；生产者继续放入的数据再也没人取。empty() 只是一个瞬间的快照：现在为空不代表以后不会再来。应改用哨兵值（None）来结束。</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/level_text.cpp" line="92"/>
        <source>6. Deadlock the producer</source>
        <translation>6. 让生产者死锁</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/level_text.cpp" line="93"/>
        <source>Queue(maxsize=2), and main joins the producer before it starts the consumer. Get the producer stuck.</source>
        <translation>Queue(maxsize=2)，主进程在启动消费者之前先 join 生产者。让生产者卡住。</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/level_text.cpp" line="97"/>
        <source>The queue is full and nobody drains it: the producer waits in put(), and main&apos;s join() waits for the producer. Here join(timeout) gave up; without a timeout it would wait forever. Start the consumer before joining the producer.</source>
        <translation>队列满了，却没人取走数据：生产者在 put() 中等待，主进程的 join() 又在等生产者。这里 join(timeout) 超时放弃了；没有超时的话会永远等下去。应先启动消费者，再 join 生产者。</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/level_text.cpp" line="120"/>
        <source>7. Lose an update in the Array</source>
        <translation>7. 在数组中丢失一次更新</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/level_text.cpp" line="121"/>
        <source>Array(&apos;d&apos;, 2, lock=False): two processes add 1 to each of its two elements. Lose an update on one element of the Array, and none on the other.</source>
        <translation>Array(&apos;d&apos;, 2, lock=False)：两个进程分别给它的两个元素各加 1。让数组的一个元素丢失一次更新，另一个元素一次也不丢。</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/level_text.cpp" line="125"/>
        <source>Both processes loaded arr[0] = 0.0 before either stored: both stored 1.0, and one update of arr[0] was lost. arr[1] was done one process after the other: 2.0, nothing lost. arr[i] += 1 is LOAD, ADD, STORE on each element, like a Value; lock=False means nothing guards them.</source>
        <translation>两个进程都在对方写回之前读到了 arr[0] = 0.0：两者都写回 1.0，arr[0] 丢失了一次更新。arr[1] 是一个进程做完另一个再做：2.0，没有丢失。arr[i] += 1 对每个元素都是 LOAD、ADD、STORE 三步，和 Value 一样；lock=False 表示没有锁保护它们，所以会发生竞争。</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/level_text.cpp" line="134"/>
        <source>Free play: an Array without a lock</source>
        <translation>自由练习：不加锁的 Array</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/level_text.cpp" line="135"/>
        <source>Two processes add 1 to both cells of Array(&apos;d&apos;, 2, lock=False). Step them and watch the cells.</source>
        <translation>两个进程给 Array(&apos;d&apos;, 2, lock=False) 的两个元素各加 1。逐步调度它们，观察元素的值。</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/level_text.cpp" line="106"/>
        <source>Free play: the sentinel</source>
        <translation>自由练习：哨兵值</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/level_text.cpp" line="107"/>
        <source>The producer ends with None, the consumer waits in get() until it comes. Try to make the consumer quit early.</source>
        <translation>生产者以 None 结束，消费者在 get() 中等待直到它到来。试着让消费者提前退出。</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/level_text.cpp" line="154"/>
        <source>Not this time: the run ended without reaching the goal. Undo the last step or Reset, and try another order.</source>
        <translation>这次没成功：运行结束了，但没有达到目标。撤销最后一步或重置，换一种顺序再试。</translation>
    </message>
</context>
<context>
    <name>SideBySide</name>
    <message>
        <location filename="../../ui/export/side_by_side.cpp" line="19"/>
        <source>Your Python script: %1 (python3)</source>
        <translation>你的 Python 脚本：%1（python3）</translation>
    </message>
    <message>
        <location filename="../../ui/export/side_by_side.cpp" line="21"/>
        <source>ProcLab demo: %1 (%2)</source>
        <translation>ProcLab 演示：%1（%2）</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <location filename="../../ui/export/view_registry.cpp" line="43"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../ui/export/view_registry.cpp" line="45"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../ui/export/view_registry.cpp" line="47"/>
        <source>Counter</source>
        <translation>计数器</translation>
    </message>
    <message>
        <location filename="../../ui/export/view_registry.cpp" line="49"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../../ui/export/view_registry.cpp" line="51"/>
        <source>Pool</source>
        <translation>进程池</translation>
    </message>
    <message>
        <location filename="../../ui/export/view_registry.cpp" line="53"/>
        <source>Array</source>
        <translation>数组</translation>
    </message>
    <message>
        <location filename="../../ui/export/view_registry.cpp" line="55"/>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <location filename="../../ui/export/view_registry.cpp" line="57"/>
        <source>GIL</source>
        <translation>全局解释器锁</translation>
    </message>
    <message>
        <location filename="../../ui/export/view_registry.cpp" line="59"/>
        <source>Console</source>
        <translation>控制台</translation>
    </message>
    <message>
        <location filename="../../ui/export/view_registry.cpp" line="61"/>
        <source>Whole window</source>
        <translation>整个窗口</translation>
    </message>
</context>
<context>
    <name>proclab::ui::ArrayPanel</name>
    <message>
        <location filename="../../ui/panels/array_panel.cpp" line="57"/>
        <source>Predict: after every process added 1 to each element, what will each element hold?</source>
        <translation>预测：每个进程都给每个元素加 1 之后，每个元素会是多少？</translation>
    </message>
    <message>
        <location filename="../../ui/panels/array_panel.cpp" line="59"/>
        <source>This run has no shared array.</source>
        <translation>这次运行没有共享数组。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/array_panel.cpp" line="75"/>
        <source>expected</source>
        <translation>预期</translation>
    </message>
    <message>
        <location filename="../../ui/panels/array_panel.cpp" line="75"/>
        <source>done so far</source>
        <translation>至此完成</translation>
    </message>
    <message>
        <location filename="../../ui/panels/array_panel.cpp" line="79"/>
        <source>final</source>
        <translation>最终</translation>
    </message>
    <message>
        <location filename="../../ui/panels/array_panel.cpp" line="79"/>
        <source>at the cursor</source>
        <translation>光标处</translation>
    </message>
    <message>
        <location filename="../../ui/panels/array_panel.cpp" line="83"/>
        <source>lost updates</source>
        <translation>丢失的更新</translation>
    </message>
    <message>
        <location filename="../../ui/panels/array_panel.cpp" line="83"/>
        <source>lost so far</source>
        <translation>至此丢失</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panels/array_panel.cpp" line="124"/>
        <source>Each element should reach %1; %n update(s) lost in all.</source>
        <translation>
            <numerusform>每个元素应达到 %1；总共丢失 %n 次更新。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panels/array_panel.cpp" line="126"/>
        <source>At the cursor: %1 increments done, %n update(s) lost so far.</source>
        <translation>
            <numerusform>光标处：已完成 %1 次加一，至此丢失 %n 次更新。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/panels/array_panel.cpp" line="130"/>
        <source>The run was cut short: these are the values recorded until then, not a finished run&apos;s.</source>
        <translation>运行被提前中断：这些是中断前记录到的值，不是完整运行的结果。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/array_panel.cpp" line="133"/>
        <source>Nothing lost this time: without the lock that is luck.</source>
        <translation>这次没有丢失：没有锁的情况下，这只是运气。</translation>
    </message>
</context>
<context>
    <name>proclab::ui::CodePanel</name>
    <message>
        <location filename="../../ui/panels/code_panel.cpp" line="123"/>
        <source># No Python source in this run.</source>
        <translation># 本次运行没有 Python 源代码。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/code_panel.cpp" line="169"/>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location filename="../../ui/panels/code_panel.cpp" line="170"/>
        <source>No process is running at the cursor.</source>
        <translation>光标所在时刻没有进程在运行。</translation>
    </message>
</context>
<context>
    <name>proclab::ui::ConsolePanel</name>
    <message>
        <location filename="../../ui/panels/console_panel.cpp" line="34"/>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/panels/console_panel.cpp" line="34"/>
        <source>process</source>
        <translation>进程</translation>
    </message>
    <message>
        <location filename="../../ui/panels/console_panel.cpp" line="34"/>
        <source>printed</source>
        <translation>输出内容</translation>
    </message>
    <message>
        <location filename="../../ui/panels/console_panel.cpp" line="118"/>
        <source>runner</source>
        <translation>运行器</translation>
    </message>
</context>
<context>
    <name>proclab::ui::CounterPanel</name>
    <message>
        <location filename="../../ui/panels/counter_panel.cpp" line="96"/>
        <location filename="../../ui/panels/counter_panel.cpp" line="373"/>
        <location filename="../../ui/panels/counter_panel.cpp" line="546"/>
        <source>expected</source>
        <translation>预期值</translation>
    </message>
    <message>
        <location filename="../../ui/panels/counter_panel.cpp" line="97"/>
        <location filename="../../ui/panels/counter_panel.cpp" line="374"/>
        <source>final</source>
        <translation>最终值</translation>
    </message>
    <message>
        <location filename="../../ui/panels/counter_panel.cpp" line="98"/>
        <location filename="../../ui/panels/counter_panel.cpp" line="375"/>
        <source>lost</source>
        <translation>丢失</translation>
    </message>
    <message>
        <location filename="../../ui/panels/counter_panel.cpp" line="125"/>
        <source>counter value</source>
        <translation>计数器的值</translation>
    </message>
    <message>
        <location filename="../../ui/panels/counter_panel.cpp" line="146"/>
        <location filename="../../ui/panels/counter_panel.cpp" line="158"/>
        <location filename="../../ui/panels/counter_panel.cpp" line="574"/>
        <source>Run %1 trials</source>
        <translation>运行 %1 次试验</translation>
    </message>
    <message>
        <location filename="../../ui/panels/counter_panel.cpp" line="599"/>
        <source>final counter value</source>
        <translation>计数器最终值</translation>
    </message>
    <message>
        <location filename="../../ui/panels/counter_panel.cpp" line="601"/>
        <source>runs</source>
        <translation>运行次数</translation>
    </message>
    <message>
        <location filename="../../ui/panels/counter_panel.cpp" line="170"/>
        <source>%1 of %2 done</source>
        <translation>已完成 %1 / %2</translation>
    </message>
    <message>
        <location filename="../../ui/panels/counter_panel.cpp" line="101"/>
        <source>not done</source>
        <translation>未执行</translation>
    </message>
    <message>
        <location filename="../../ui/panels/counter_panel.cpp" line="102"/>
        <source>Increments that never ran because the run was stopped: not lost, never done.</source>
        <translation>因运行被停止而从未执行的加一：不是丢失，而是根本没做。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/counter_panel.cpp" line="144"/>
        <source>How many times to run the toolbar&apos;s demo, variant and settings, one run after another</source>
        <translation>用工具栏上的演示、变体和参数依次运行多少次</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panels/counter_panel.cpp" line="163"/>
        <source>Stopped after %n trial(s).</source>
        <translation>
            <numerusform>运行 %n 次后已停止。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/panels/counter_panel.cpp" line="177"/>
        <source>%1 of %2 runs lost updates</source>
        <translation>%2 次运行中有 %1 次丢失了更新</translation>
    </message>
    <message>
        <location filename="../../ui/panels/counter_panel.cpp" line="374"/>
        <source>at the cursor</source>
        <translation>光标处</translation>
    </message>
    <message>
        <location filename="../../ui/panels/counter_panel.cpp" line="433"/>
        <source>Trials repeat a ProcLab demo. To run your script again, trace it again (File → Trace a Python Script…).</source>
        <translation>多次试验重复运行的是 ProcLab 的演示。要再次运行你的脚本，请重新跟踪它（文件 → 跟踪 Python 脚本…）。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/counter_panel.cpp" line="457"/>
        <source>Predict: %1 processes each add 1 to the counter. What will it show at the end?</source>
        <translation>预测：%1 个进程各自给计数器加 1。最后它会显示多少？</translation>
    </message>
    <message>
        <location filename="../../ui/panels/counter_panel.cpp" line="462"/>
        <source>This run has no shared counter.</source>
        <translation>本次运行没有共享计数器。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/counter_panel.cpp" line="455"/>
        <location filename="../../ui/panels/counter_panel.cpp" line="474"/>
        <source>Running…</source>
        <translation>运行中…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/counter_panel.cpp" line="477"/>
        <source>Exact: one atomic instruction does the whole read-add-write, so no increment can be lost.</source>
        <translation>精确：一条原子指令完成整个“读-加-写”，所以不会丢失任何一次加一。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/counter_panel.cpp" line="479"/>
        <source>Exact: get_lock() holds one lock around the whole read-add-write, so no increment can be lost.</source>
        <translation>精确：get_lock() 用一把锁包住整个“读-加-写”，所以不会丢失任何一次加一。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panels/counter_panel.cpp" line="482"/>
        <source>%n update(s) lost so far: a process wrote back a value that was already stale. A later write can still bring some back.</source>
        <translation>
            <numerusform>到目前为止丢失了 %n 次更新：某个进程写回了一个已经过时的值。之后的写入仍可能把其中一些找回来。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/panels/counter_panel.cpp" line="485"/>
        <source>Nothing lost so far.</source>
        <translation>到目前为止没有丢失更新。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panels/counter_panel.cpp" line="487"/>
        <source>%n update(s) lost: a process wrote back a value that was already stale.</source>
        <translation>
            <numerusform>丢失了 %n 次更新：某个进程写回了一个已经过时的值。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/panels/counter_panel.cpp" line="490"/>
        <source>Nothing lost in this run. Without one lock around the whole read-add-write that is luck: run several trials to see how often updates get lost.</source>
        <translation>本次运行没有丢失更新。但如果没有用一把锁保护整个“读取-加一-写回”，这只是运气好：多运行几次试验，看看更新丢失有多频繁。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panels/counter_panel.cpp" line="493"/>
        <source>The run was stopped: %n increment(s) never ran. They are not done, not lost; the final value is the last one recorded.</source>
        <translation>
            <numerusform>运行被停止：有 %n 次加一从未执行。它们是“未执行”，不是“丢失”；最终值是最后记录到的值。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/panels/counter_panel.cpp" line="498"/>
        <source>Events were dropped: the numbers are not exact.</source>
        <translation>有事件被丢弃：这些数字并不精确。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/counter_panel.cpp" line="546"/>
        <source>expected (increments done)</source>
        <translation>预期值（已完成的自增次数）</translation>
    </message>
    <message>
        <location filename="../../ui/panels/counter_panel.cpp" line="547"/>
        <source>actual value in the counter</source>
        <translation>计数器中的实际值</translation>
    </message>
    <message>
        <location filename="../../ui/panels/counter_panel.cpp" line="547"/>
        <source>actual</source>
        <translation>实际值</translation>
    </message>
    <message>
        <location filename="../../ui/panels/counter_panel.cpp" line="548"/>
        <source>gap = lost updates</source>
        <translation>差距 = 丢失的更新</translation>
    </message>
    <message>
        <location filename="../../ui/panels/counter_panel.cpp" line="548"/>
        <source>gap = lost</source>
        <translation>差距 = 丢失</translation>
    </message>
    <message>
        <location filename="../../ui/panels/counter_panel.cpp" line="567"/>
        <source>Stop trials</source>
        <translation>停止试验</translation>
    </message>
    <message>
        <location filename="../../ui/panels/counter_panel.cpp" line="568"/>
        <source>starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panels/counter_panel.cpp" line="611"/>
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n 次运行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panels/counter_panel.cpp" line="612"/>
        <source>%1 · %n run(s)</source>
        <translation>
            <numerusform>%1 · %n 次运行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/panels/counter_panel.cpp" line="634"/>
        <source>runs ending at the expected value</source>
        <translation>最终值等于预期值的运行</translation>
    </message>
    <message>
        <location filename="../../ui/panels/counter_panel.cpp" line="639"/>
        <source>runs that lost updates</source>
        <translation>丢失了更新的运行</translation>
    </message>
    <message>
        <location filename="../../ui/panels/counter_panel.cpp" line="99"/>
        <source>Increments erased by stale writes until the cursor, minus any that a later store brought back: expected − value, at the cursor.</source>
        <translation>到光标处为止被过时的写回抹掉的自增次数，减去后来某次写入又带回来的：即光标处的 预期值 − 当前值。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/counter_panel.cpp" line="373"/>
        <source>expected so far</source>
        <translation>至此预期</translation>
    </message>
    <message>
        <location filename="../../ui/panels/counter_panel.cpp" line="255"/>
        <location filename="../../ui/panels/counter_panel.cpp" line="375"/>
        <source>lost so far</source>
        <translation>至此丢失</translation>
    </message>
    <message>
        <location filename="../../ui/panels/counter_panel.cpp" line="416"/>
        <source>On the way up to %1 were lost; %2 came back when a process that had read the counter before they were erased wrote back its higher value.</source>
        <translation>途中丢失数最多达到 %1；其中 %2 次后来又回来了：某个在它们被抹掉之前就读取了计数器的进程，写回了它那个更大的值。</translation>
    </message>
</context>
<context>
    <name>proclab::ui::DemoToolbar</name>
    <message>
        <location filename="../../ui/demo_toolbar.cpp" line="39"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../../ui/demo_toolbar.cpp" line="41"/>
        <source> Demo: </source>
        <translation> 演示：</translation>
    </message>
    <message>
        <location filename="../../ui/demo_toolbar.cpp" line="54"/>
        <source>  Variant: </source>
        <translation>  变体：</translation>
    </message>
    <message>
        <location filename="../../ui/demo_toolbar.cpp" line="78"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../ui/demo_toolbar.cpp" line="60"/>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/demo_toolbar.cpp" line="30"/>
        <source>%1
Range %2 to %3, default %4. Command line: --set %5=…</source>
        <translation>%1
范围 %2 到 %3，默认 %4。命令行：--set %5=…</translation>
    </message>
    <message>
        <location filename="../../ui/demo_toolbar.cpp" line="63"/>
        <source>Run the demo with real processes (F5)</source>
        <translation>用真实的进程运行演示 (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/demo_toolbar.cpp" line="64"/>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/demo_toolbar.cpp" line="67"/>
        <source>Stop the run (Shift+F5)</source>
        <translation>停止运行 (Shift+F5)</translation>
    </message>
    <message>
        <location filename="../../ui/demo_toolbar.cpp" line="71"/>
        <source>The run on screen is your own Python script, traced with File → Trace a Python Script…. Run starts the demo chosen here instead.</source>
        <translation>屏幕上的运行是你自己的 Python 脚本，由“文件 → 跟踪 Python 脚本…”记录。“运行”启动的则是这里选中的演示。</translation>
    </message>
    <message>
        <location filename="../../ui/demo_toolbar.cpp" line="166"/>
        <source>(no parameters)</source>
        <translation>（无参数）</translation>
    </message>
    <message>
        <location filename="../../ui/demo_toolbar.cpp" line="219"/>
        <source>  Traced script: %1 (python3)  </source>
        <translation>  已跟踪的脚本：%1（python3）  </translation>
    </message>
</context>
<context>
    <name>proclab::ui::Events</name>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="33"/>
        <source>created (pid %1)</source>
        <translation>已创建（pid %1）</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="35"/>
        <source>started running its own code</source>
        <translation>开始运行自己的代码</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="37"/>
        <source>is ending with exit code %1</source>
        <translation>即将结束，退出码 %1</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="39"/>
        <source>was reaped: %1</source>
        <translation>已被回收：%1</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="41"/>
        <source>calls %1.join() and waits</source>
        <translation>调用 %1.join() 并等待</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="43"/>
        <source>gave up joining %1 (timeout)</source>
        <translation>放弃等待 %1（超时）</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="44"/>
        <source>joined %1 (%2)</source>
        <translation>已 join %1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="46"/>
        <source>sleeps for %1</source>
        <translation>休眠 %1</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="48"/>
        <source>wakes up</source>
        <translation>醒来</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="58"/>
        <source>put item #%1 (value %2) on queue %3; depth now %4</source>
        <translation>向队列 %3 放入元素 #%1（值 %2）；当前长度 %4</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="64"/>
        <source>got item #%1 (value %2) from queue %3; depth now %4</source>
        <translation>从队列 %3 取出元素 #%1（值 %2）；当前长度 %4</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="70"/>
        <source>blocks in get(): the queue is empty</source>
        <translation>阻塞在 get()：队列为空</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="71"/>
        <source>blocks in put(): the queue is full</source>
        <translation>阻塞在 put()：队列已满</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="73"/>
        <source>gave up waiting on the queue (timeout)</source>
        <translation>放弃等待队列（超时）</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="73"/>
        <source>can go on</source>
        <translation>可以继续执行</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="75"/>
        <source>asked q.empty(): True (depth %1)</source>
        <translation>调用 q.empty()：True（长度 %1）</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="76"/>
        <source>asked q.empty(): False (depth %1)</source>
        <translation>调用 q.empty()：False（长度 %1）</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="78"/>
        <source>asked q.full(): True (depth %1)</source>
        <translation>询问 q.full()：True（深度 %1）</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="79"/>
        <source>asked q.full(): False (depth %1)</source>
        <translation>询问 q.full()：False（深度 %1）</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="89"/>
        <source>waits for lock %1 (someone else holds it)</source>
        <translation>等待锁 %1（被其他进程持有）</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="91"/>
        <source>acquired lock %1</source>
        <translation>获得锁 %1</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="93"/>
        <source>released lock %1</source>
        <translation>释放锁 %1</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="95"/>
        <source>read counter = %1</source>
        <translation>读取 counter = %1</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="97"/>
        <source>wrote counter = %1, overwriting %2 (lost update!)</source>
        <translation>写入 counter = %1，覆盖了 %2（丢失的更新！）</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="100"/>
        <source>wrote counter = %1 (was %2)</source>
        <translation>写入 counter = %1（原为 %2）</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="102"/>
        <source>waits at the start barrier (%1 arrived)</source>
        <translation>在起始屏障处等待（已到达 %1 个）</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="104"/>
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
        <location filename="../../ui/model/event_text.cpp" line="108"/>
        <source>released by the stepper</source>
        <translation>被单步调度器放行</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="119"/>
        <source>dispatched chunk %1 (items %2–%3)</source>
        <translation>分派分块 %1（元素 %2–%3）</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="121"/>
        <source>starts task %1: square(%2)</source>
        <translation>开始任务 %1：square(%2)</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="123"/>
        <source>finished task %1 → %2</source>
        <translation>完成任务 %1 → %2</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="125"/>
        <source>got chunk %1 back from %2</source>
        <translation>从 %2 取回分块 %1</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="127"/>
        <source>wrote arr[%1] = %2 (was %3)</source>
        <translation>写入 arr[%1] = %2（原为 %3）</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="129"/>
        <source>wants the GIL</source>
        <translation>请求 GIL</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="131"/>
        <source>holds the GIL</source>
        <translation>持有 GIL</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="133"/>
        <source>releases the GIL</source>
        <translation>释放 GIL</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="143"/>
        <source>waits for the recorder to catch up (no event is lost)</source>
        <translation>等待记录器追赶（不会丢失任何事件）</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="145"/>
        <source>goes on: the recorder caught up</source>
        <translation>继续运行：记录器已追上</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="147"/>
        <source>begins “%1”</source>
        <translation>开始“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="149"/>
        <source>ends “%1”</source>
        <translation>结束“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="151"/>
        <source>reaches line %1</source>
        <translation>执行到第 %1 行</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="153"/>
        <source>prints “%1”</source>
        <translation>输出“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="155"/>
        <source>reports a result: %1</source>
        <translation>报告结果：%1</translation>
    </message>
    <message>
        <location filename="../../ui/model/event_text.cpp" line="226"/>
        <source>
line %1:  %2</source>
        <translation>
第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>proclab::ui::Export</name>
    <message>
        <location filename="../../ui/export/exporter.cpp" line="128"/>
        <source>Unknown export format for %1: use .png, .svg or .pdf.</source>
        <translation>%1 的导出格式未知：请使用 .png、.svg 或 .pdf。</translation>
    </message>
    <message>
        <location filename="../../ui/export/exporter.cpp" line="133"/>
        <source>Export size %1×%2 is out of range (%3 to %4 pixels a side).</source>
        <translation>导出尺寸 %1×%2 超出范围（每边 %3 到 %4 像素）。</translation>
    </message>
    <message>
        <location filename="../../ui/export/exporter.cpp" line="149"/>
        <location filename="../../ui/export/exporter.cpp" line="160"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/export/exporter.cpp" line="157"/>
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
    <name>proclab::ui::FutureCurtain</name>
    <message>
        <location filename="../../ui/lessons/future_curtain.cpp" line="59"/>
        <source>What happens next?
Answer in the Lesson panel.</source>
        <translation>接下来会发生什么？
请在“课程”面板里作答。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/future_curtain.cpp" line="63"/>
        <source>Hidden until you answer.</source>
        <translation>作答之前先隐藏。</translation>
    </message>
</context>
<context>
    <name>proclab::ui::GilPanel</name>
    <message>
        <location filename="../../ui/panels/gil_panel.cpp" line="62"/>
        <source>Running…</source>
        <translation>运行中…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gil_panel.cpp" line="63"/>
        <source>Predict: %1 threads or %1 processes, which finish first?</source>
        <translation>预测：%1 个线程和 %1 个进程，谁先完成？</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gil_panel.cpp" line="71"/>
        <source>wall time</source>
        <translation>实际耗时</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gil_panel.cpp" line="77"/>
        <source>%1 threads, one GIL</source>
        <translation>%1 个线程，一把全局解释器锁</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gil_panel.cpp" line="78"/>
        <source>%1 processes</source>
        <translation>%1 个进程</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gil_panel.cpp" line="81"/>
        <source>wall time (ms)</source>
        <translation>实际耗时（毫秒）</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gil_panel.cpp" line="86"/>
        <source>speedup %1×</source>
        <translation>加速 %1×</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panels/gil_panel.cpp" line="89"/>
        <source>Processes were %1× as fast as threads. This machine has %n core(s).</source>
        <translation>
            <numerusform>进程的速度是线程的 %1 倍。本机有 %n 个核心。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/panels/gil_panel.cpp" line="94"/>
        <source>%1 processes cannot give %1× on %2 cores: at most %2×.</source>
        <translation>%1 个进程在 %2 个核心上不可能快 %1 倍：最多 %2 倍。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gil_panel.cpp" line="96"/>
        <source>At most %1× is possible here.</source>
        <translation>在这台机器上最多只能快 %1 倍。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gil_panel.cpp" line="98"/>
        <source>Little or no gain this time: other programs were using the cores, or the job was too short to pay for the processes.</source>
        <translation>这次几乎没有提速：其他程序在占用核心，或者任务太短，抵不上创建进程的开销。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gil_panel.cpp" line="100"/>
        <source>(A timing: it varies from run to run and machine to machine.)</source>
        <translation>（这是计时结果：每次运行、每台机器都会不同。）</translation>
    </message>
</context>
<context>
    <name>proclab::ui::LanesPlottable</name>
    <message numerus="yes">
        <location filename="../../ui/timeline/overlays_data.cpp" line="27"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n 个任务</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/timeline/lanes_plottable.cpp" line="100"/>
        <location filename="../../ui/timeline/overlays_lifecycle.cpp" line="109"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
</context>
<context>
    <name>proclab::ui::LessonPanel</name>
    <message>
        <location filename="../../ui/lessons/lesson_panel.cpp" line="53"/>
        <source>No lessons were found. Set PROCLAB_LESSONS to the lessons folder.</source>
        <translation>没有找到课程。请把环境变量 PROCLAB_LESSONS 设为课程文件夹。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_panel.cpp" line="74"/>
        <location filename="../../ui/lessons/lesson_panel.cpp" line="245"/>
        <source>Your prediction, before the run</source>
        <translation>运行之前，先写下你的预测</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_panel.cpp" line="76"/>
        <source>Commit my answers</source>
        <translation>提交我的答案</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_panel.cpp" line="77"/>
        <source>Skip predicting</source>
        <translation>跳过预测</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_panel.cpp" line="88"/>
        <source>◀ Back</source>
        <translation>◀ 上一课</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_panel.cpp" line="89"/>
        <location filename="../../ui/lessons/lesson_panel.cpp" line="256"/>
        <source>▶ Run the lesson&apos;s demo</source>
        <translation>▶ 运行本课的演示</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_panel.cpp" line="90"/>
        <source>Next ▶</source>
        <translation>下一课 ▶</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_panel.cpp" line="91"/>
        <source>Reset progress</source>
        <translation>重置进度</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_panel.cpp" line="92"/>
        <source>Reveal the answers</source>
        <translation>揭晓答案</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_panel.cpp" line="93"/>
        <source>Teacher mode</source>
        <translation>教师模式</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_panel.cpp" line="96"/>
        <source>Larger text; after the run the answers stay hidden until you press Reveal</source>
        <translation>更大的字；运行之后，答案先隐藏，直到你点击“揭晓答案”</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_panel.cpp" line="265"/>
        <source>1 Read and predict</source>
        <translation>1 阅读并预测</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_panel.cpp" line="265"/>
        <source>2 Run</source>
        <translation>2 运行</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_panel.cpp" line="265"/>
        <source>3 Reveal</source>
        <translation>3 揭晓</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_panel.cpp" line="266"/>
        <source>4 Challenge</source>
        <translation>4 挑战</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_reveal.cpp" line="29"/>
        <source>(skipped)</source>
        <translation>（已跳过）</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_reveal.cpp" line="66"/>
        <source>The run did not finish: %1</source>
        <translation>这次运行没有完成：%1</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_reveal.cpp" line="127"/>
        <source>right</source>
        <translation>对了</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_reveal.cpp" line="129"/>
        <source>not this time</source>
        <translation>这次不对</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_reveal.cpp" line="132"/>
        <source>your prediction</source>
        <translation>你的预测</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_reveal.cpp" line="132"/>
        <source>this run</source>
        <translation>这次运行</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_reveal.cpp" line="133"/>
        <source>(not in this run)</source>
        <translation>（这次运行中没有）</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_reveal.cpp" line="143"/>
        <source>This run was cut short: its numbers are not the whole story.</source>
        <translation>这次运行被提前中止：这些数字并不完整。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_reveal.cpp" line="145"/>
        <source>%1 events were dropped: counts taken from events may be too low.</source>
        <translation>丢弃了 %1 个事件：根据事件统计的数目可能偏小。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_reveal.cpp" line="147"/>
        <source>Values are from this run on this machine: a race or a timing can differ next time.</source>
        <translation>这些数值来自本机上的这次运行：竞争和耗时下次可能不同。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_reveal.cpp" line="156"/>
        <source>Challenge:</source>
        <translation>挑战：</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_reveal.cpp" line="158"/>
        <source>Hint:</source>
        <translation>提示：</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_reveal.cpp" line="176"/>
        <source>Change the settings in the toolbar and press Run: your next run is checked.</source>
        <translation>在工具栏里修改设置，然后点击“运行”：系统会检查你的下一次运行。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_reveal.cpp" line="198"/>
        <source>Challenge met on your run.</source>
        <translation>你的运行完成了挑战。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_reveal.cpp" line="204"/>
        <source>Not yet:</source>
        <translation>还没有：</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_reveal.cpp" line="212"/>
        <source>This run has no such event.</source>
        <translation>这次运行中没有这个事件。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_panel.cpp" line="257"/>
        <source>▶ Schedule it yourself (F8)</source>
        <translation>▶ 自己来调度（F8）</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_reveal.cpp" line="87"/>
        <source>What happens next? The run is shown up to here</source>
        <translation>接下来会发生什么？运行只显示到这里</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_reveal.cpp" line="177"/>
        <source>Press Reset in the scheduler and step again: your next stepped run is checked.</source>
        <translation>在调度器面板里按“重置”，再一步一步走一遍：会检查你下一次亲手调度的运行。</translation>
    </message>
</context>
<context>
    <name>proclab::ui::LessonSlides</name>
    <message>
        <location filename="../../ui/lessons/lesson_slides.cpp" line="44"/>
        <source>Lesson slides</source>
        <translation>课程幻灯片</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_slides.cpp" line="212"/>
        <source>(not in this run)</source>
        <translation>（这次运行里没有）</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_slides.cpp" line="214"/>
        <location filename="../../ui/lessons/lesson_slides.cpp" line="215"/>
        <source>This run:</source>
        <translation>这次运行：</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_slides.cpp" line="224"/>
        <source>Read</source>
        <translation>阅读</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_slides.cpp" line="224"/>
        <source>Predict</source>
        <translation>预测</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_slides.cpp" line="224"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_slides.cpp" line="225"/>
        <source>Reveal</source>
        <translation>揭晓</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_slides.cpp" line="225"/>
        <source>Explain</source>
        <translation>讲解</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_slides.cpp" line="225"/>
        <location filename="../../ui/lessons/lesson_slides.cpp" line="254"/>
        <source>Challenge</source>
        <translation>挑战</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_slides.cpp" line="227"/>
        <source>%1 · PageDown / → next · PageUp / ← back · Esc leaves</source>
        <translation>%1 · PageDown / → 下一页 · PageUp / ← 上一页 · Esc 退出</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_slides.cpp" line="234"/>
        <source>## Predict first

Discuss, then vote.

</source>
        <translation>## 先预测

先讨论，再投票。

</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_slides.cpp" line="242"/>
        <source>What happens next? %1</source>
        <translation>接下来会发生什么？%1</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_slides.cpp" line="243"/>
        <source>The run is over. Next: the answers.</source>
        <translation>运行结束。下一页：答案。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_slides.cpp" line="245"/>
        <source>Step the processes in the scheduler panel (Esc).</source>
        <translation>请在调度器面板里一步一步推进各个进程（按 Esc）。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_slides.cpp" line="246"/>
        <source>Running on real processes…</source>
        <translation>正在真实的进程上运行……</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_slides.cpp" line="256"/>
        <source>Hint:</source>
        <translation>提示：</translation>
    </message>
</context>
<context>
    <name>proclab::ui::MainWindow</name>
    <message>
        <location filename="../../ui/main_window.cpp" line="91"/>
        <source>Running %1 (%2)…</source>
        <translation>正在运行 %1（%2）…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="126"/>
        <source>Choose a demo and press Run (F5).</source>
        <translation>选择一个演示，然后按“运行”(F5)。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="244"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="265"/>
        <source>&amp;Open Run…</source>
        <translation>打开运行记录(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="291"/>
        <source>&amp;Export Timeline…</source>
        <translation>导出时间线(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="294"/>
        <source>Export &amp;Panel</source>
        <translation>导出面板(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="85"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="187"/>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="268"/>
        <source>&amp;Trace a Python Script…</source>
        <translation>跟踪 Python 脚本(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="270"/>
        <source>Tracing %1 with python3…</source>
        <translation>正在用 python3 跟踪 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="277"/>
        <source>Trace a Python Script</source>
        <translation>跟踪 Python 脚本</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="282"/>
        <source>Python script traced.</source>
        <translation>Python 脚本已跟踪完毕。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="285"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="286"/>
        <source>&amp;Save Run</source>
        <translation>保存运行记录(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="288"/>
        <source>Save Run &amp;As…</source>
        <translation>运行记录另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="297"/>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="299"/>
        <source>Export &amp;Window…</source>
        <translation>导出整个窗口(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="303"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="246"/>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="252"/>
        <source>Re&amp;play</source>
        <translation>回放(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="308"/>
        <source>&amp;Play / Pause</source>
        <translation>播放 / 暂停(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="310"/>
        <source>&amp;Next Event</source>
        <translation>下一个事件(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="313"/>
        <source>P&amp;revious Event</source>
        <translation>上一个事件(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="315"/>
        <source>Go to &amp;Start</source>
        <translation>跳到开头(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="317"/>
        <source>Go to &amp;End</source>
        <translation>跳到结尾(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="253"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="323"/>
        <source>&amp;Fit Whole Run</source>
        <translation>显示整个运行(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="326"/>
        <source>&amp;Larger Text</source>
        <translation>放大文字(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="329"/>
        <source>&amp;Smaller Text</source>
        <translation>缩小文字(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="332"/>
        <source>&amp;Presentation Mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="340"/>
        <source>&amp;Dark Theme</source>
        <translation>深色主题(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="348"/>
        <source>P&amp;anels</source>
        <translation>面板(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="390"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="255"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="257"/>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="259"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="261"/>
        <source>&amp;About ProcLab</source>
        <translation>关于 ProcLab(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="379"/>
        <source>ProcLab</source>
        <translation>ProcLab 进程实验室</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="397"/>
        <source>Run finished.</source>
        <translation>运行结束。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="431"/>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <location filename="../../ui/gui_entry.cpp" line="183"/>
        <location filename="../../ui/main_window.cpp" line="438"/>
        <location filename="../../ui/main_window.cpp" line="449"/>
        <source>Open Run</source>
        <translation>打开运行记录</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="439"/>
        <source>ProcLab runs (*.proclab *.json);;All files (*)</source>
        <translation>ProcLab 运行记录 (*.proclab *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/gui_entry.cpp" line="184"/>
        <location filename="../../ui/main_window.cpp" line="449"/>
        <source>Could not open %1:
%2</source>
        <translation>无法打开 %1：
%2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="461"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="463"/>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <location filename="../../ui/language_switch.cpp" line="61"/>
        <source>The language changes when this run has finished.</source>
        <translation>本次运行结束后再切换语言。</translation>
    </message>
    <message>
        <location filename="../../ui/language_switch.cpp" line="75"/>
        <source>Lan&amp;guage</source>
        <translation>语言(&amp;G)</translation>
    </message>
</context>
<context>
    <name>proclab::ui::MemoryPanel</name>
    <message>
        <location filename="../../ui/panels/memory_panel.cpp" line="46"/>
        <source>parent: counter</source>
        <translation>父进程：counter</translation>
    </message>
    <message>
        <location filename="../../ui/panels/memory_panel.cpp" line="46"/>
        <source>the parent&apos;s own copy</source>
        <translation>父进程自己的副本</translation>
    </message>
    <message>
        <location filename="../../ui/panels/memory_panel.cpp" line="47"/>
        <source>child: counter</source>
        <translation>子进程：counter</translation>
    </message>
    <message>
        <location filename="../../ui/panels/memory_panel.cpp" line="47"/>
        <source>the child&apos;s own copy</source>
        <translation>子进程自己的副本</translation>
    </message>
    <message>
        <location filename="../../ui/panels/memory_panel.cpp" line="49"/>
        <source>shared.value</source>
        <translation>shared.value</translation>
    </message>
    <message>
        <location filename="../../ui/panels/memory_panel.cpp" line="49"/>
        <source>one copy in shared memory, seen by both</source>
        <translation>共享内存中只有一份，两个进程都能看到</translation>
    </message>
    <message>
        <location filename="../../ui/panels/memory_panel.cpp" line="91"/>
        <source>This run has no memory-isolation demo.</source>
        <translation>这次运行不是内存隔离演示。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/memory_panel.cpp" line="95"/>
        <source>Predict: the child adds 100 to both. What will the parent print?</source>
        <translation>预测：子进程给两者各加 100。父进程会打印什么？</translation>
    </message>
    <message>
        <location filename="../../ui/panels/memory_panel.cpp" line="100"/>
        <source>spawn started a fresh interpreter in the child: it re-ran the module, got its own counter and changed only that.</source>
        <translation>spawn 在子进程中启动了一个全新的解释器：它重新执行了模块，得到自己的 counter，只改了它。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/memory_panel.cpp" line="102"/>
        <source>fork gave the child a copy of the parent&apos;s memory: its counter += 100 changed only the copy.</source>
        <translation>fork 给了子进程一份父进程内存的副本：它的 counter += 100 只改了这份副本。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/memory_panel.cpp" line="105"/>
        <source>The Value lives in shared memory: there is one, so the parent sees the child&apos;s +100.</source>
        <translation>Value 位于共享内存中：只有一份，所以父进程能看到子进程的 +100。</translation>
    </message>
</context>
<context>
    <name>proclab::ui::PoolView</name>
    <message>
        <location filename="../../ui/panels/pool_view.cpp" line="88"/>
        <source>A task took about %1; starting a worker took about %2.</source>
        <translation>一个任务约耗时 %1；启动一个工作进程约耗时 %2。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panels/pool_view.cpp" line="92"/>
        <source>%1 ran all %n task(s) before the other workers were ready.</source>
        <translation>
            <numerusform>在其他工作进程就绪之前，%1 已独自完成全部 %n 个任务。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/panels/pool_view.cpp" line="137"/>
        <source>This run uses no pool.</source>
        <translation>本次运行没有使用进程池。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panels/pool_view.cpp" line="162"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n 个任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panels/pool_view.cpp" line="163"/>
        <source>%n chunk(s)</source>
        <translation>
            <numerusform>%n 个分块</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panels/pool_view.cpp" line="164"/>
        <source>%n worker(s)</source>
        <translation>
            <numerusform>%n 个工作进程</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/panels/pool_view.cpp" line="215"/>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../../ui/panels/pool_view.cpp" line="284"/>
        <source>imap_unordered() yields (finish order): </source>
        <translation>imap_unordered() 给出（按完成顺序）：</translation>
    </message>
    <message>
        <location filename="../../ui/panels/pool_view.cpp" line="285"/>
        <source>r.get() results (input order): </source>
        <translation>r.get() 的结果（按输入顺序）：</translation>
    </message>
    <message>
        <location filename="../../ui/panels/pool_view.cpp" line="286"/>
        <source>map() returns (input order): </source>
        <translation>map() 返回（按输入顺序）：</translation>
    </message>
    <message>
        <location filename="../../ui/panels/pool_view.cpp" line="322"/>
        <source>task: x → square(x)</source>
        <translation>任务：x → square(x)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/pool_view.cpp" line="327"/>
        <source>chunk boundary</source>
        <translation>分块边界</translation>
    </message>
    <message>
        <location filename="../../ui/panels/pool_view.cpp" line="331"/>
        <source>not finished at the cursor</source>
        <translation>光标时刻尚未完成</translation>
    </message>
</context>
<context>
    <name>proclab::ui::PythonTraceAction</name>
    <message>
        <location filename="../../ui/python_trace_action.cpp" line="38"/>
        <source>Trace a Python Script</source>
        <translation>跟踪 Python 脚本</translation>
    </message>
    <message>
        <location filename="../../ui/python_trace_action.cpp" line="39"/>
        <source>Python scripts (*.py);;All files (*)</source>
        <translation>Python 脚本 (*.py);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/python_trace_action.cpp" line="85"/>
        <source>The tracer could not be started: %1</source>
        <translation>无法启动跟踪器：%1</translation>
    </message>
</context>
<context>
    <name>proclab::ui::QuestionForm</name>
    <message>
        <location filename="../../ui/lessons/question_form.cpp" line="68"/>
        <source>your prediction (a number)</source>
        <translation>你的预测（一个数）</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/question_form.cpp" line="90"/>
        <source>choose a process</source>
        <translation>选择一个进程</translation>
    </message>
</context>
<context>
    <name>proclab::ui::QueueBoxes</name>
    <message>
        <location filename="../../ui/panels/queue_boxes.cpp" line="52"/>
        <location filename="../../ui/panels/queue_boxes.cpp" line="92"/>
        <source>never got</source>
        <translation>从未取出</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue_boxes.cpp" line="57"/>
        <source>queue at the cursor: empty</source>
        <translation>光标时刻的队列：空</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panels/queue_boxes.cpp" line="58"/>
        <source>queue at the cursor: %n item(s), front first</source>
        <translation>
            <numerusform>光标时刻的队列：%n 个元素，队首在前</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue_boxes.cpp" line="63"/>
        <source>get() ◀</source>
        <translation>get() ◀</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue_boxes.cpp" line="64"/>
        <source>◀ put()</source>
        <translation>◀ put()</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue_boxes.cpp" line="92"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue_boxes.cpp" line="99"/>
        <source>+%1
more</source>
        <translation>还有
%1 个</translation>
    </message>
</context>
<context>
    <name>proclab::ui::QueuePanel</name>
    <message>
        <location filename="../../ui/panels/queue_panel.cpp" line="32"/>
        <source>items</source>
        <translation>元素数</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue_panel.cpp" line="69"/>
        <source>queue %1</source>
        <translation>队列 %1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue_panel.cpp" line="78"/>
        <source>This run uses no queue.</source>
        <translation>本次运行没有使用队列。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue_panel.cpp" line="84"/>
        <source>put &lt;b&gt;%1&lt;/b&gt; &amp;nbsp; got &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>放入 &lt;b&gt;%1&lt;/b&gt; &amp;nbsp; 取出 &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue_panel.cpp" line="91"/>
        <source>never got %1</source>
        <translation>%1 个从未取出</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue_panel.cpp" line="91"/>
        <source>not got yet %1</source>
        <translation>%1 个尚未取出</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue_panel.cpp" line="93"/>
        <source> &amp;nbsp; (not in FIFO order)</source>
        <translation> &amp;nbsp;（未按先进先出顺序）</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue_panel.cpp" line="97"/>
        <source>queue depth</source>
        <translation>队列长度</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue_panel.cpp" line="121"/>
        <source>put, never got</source>
        <translation>已放入，从未取出</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue_panel.cpp" line="121"/>
        <source>put, not got yet</source>
        <translation>已放入，尚未取出</translation>
    </message>
</context>
<context>
    <name>proclab::ui::ReplayBar</name>
    <message>
        <location filename="../../ui/replay/replay_bar.cpp" line="32"/>
        <source>Go to the start (Home)</source>
        <translation>跳到开头 (Home)</translation>
    </message>
    <message>
        <location filename="../../ui/replay/replay_bar.cpp" line="33"/>
        <source>Previous event (Left)</source>
        <translation>上一个事件 (←)</translation>
    </message>
    <message>
        <location filename="../../ui/replay/replay_bar.cpp" line="34"/>
        <source>Play / pause (Space)</source>
        <translation>播放 / 暂停 (空格)</translation>
    </message>
    <message>
        <location filename="../../ui/replay/replay_bar.cpp" line="35"/>
        <source>Next event (Right)</source>
        <translation>下一个事件 (→)</translation>
    </message>
    <message>
        <location filename="../../ui/replay/replay_bar.cpp" line="36"/>
        <source>Go to the end (End)</source>
        <translation>跳到结尾 (End)</translation>
    </message>
    <message>
        <location filename="../../ui/replay/replay_bar.cpp" line="40"/>
        <source>Scrub through the run</source>
        <translation>拖动以浏览整个运行过程</translation>
    </message>
    <message>
        <location filename="../../ui/replay/replay_bar.cpp" line="46"/>
        <source>Playback speed: 1× plays the whole run in %1 seconds</source>
        <translation>回放速度：1× 时用 %1 秒播完整个运行</translation>
    </message>
    <message>
        <location filename="../../ui/replay/replay_bar.cpp" line="102"/>
        <location filename="../../ui/replay/replay_bar.cpp" line="158"/>
        <source>t = %1</source>
        <translation>t = %1</translation>
    </message>
</context>
<context>
    <name>proclab::ui::RunController</name>
    <message>
        <location filename="../../ui/model/run_controller.cpp" line="49"/>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <location filename="../../ui/model/run_controller.cpp" line="51"/>
        <source>The runner&apos;s output could not be read: %1</source>
        <translation>无法读取运行器的输出：%1</translation>
    </message>
    <message>
        <location filename="../../ui/model/run_controller.cpp" line="53"/>
        <source>The runner crashed.</source>
        <translation>运行器崩溃了。</translation>
    </message>
    <message>
        <location filename="../../ui/model/run_controller.cpp" line="56"/>
        <source>The runner ended (code %1) without finishing the run.</source>
        <translation>运行器已退出（退出码 %1），但运行尚未完成。</translation>
    </message>
    <message>
        <location filename="../../ui/model/run_controller.cpp" line="59"/>
        <source>The run failed (status %1).</source>
        <translation>运行失败（状态 %1）。</translation>
    </message>
</context>
<context>
    <name>proclab::ui::RunFiles</name>
    <message>
        <location filename="../../ui/run_files.cpp" line="32"/>
        <source>ProcLab run (*.proclab)</source>
        <translation>ProcLab 运行记录 (*.proclab)</translation>
    </message>
    <message>
        <location filename="../../ui/run_files.cpp" line="36"/>
        <source>Chrome trace for Perfetto (*.json)</source>
        <translation>Chrome 跟踪文件，可用 Perfetto 打开 (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/run_files.cpp" line="83"/>
        <source>(no recent runs)</source>
        <translation>（没有最近的运行记录）</translation>
    </message>
    <message>
        <location filename="../../ui/run_files.cpp" line="85"/>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/run_files.cpp" line="98"/>
        <source>There is no run to save yet: press Run first.</source>
        <translation>还没有可保存的运行：请先点击“运行”。</translation>
    </message>
    <message>
        <location filename="../../ui/run_files.cpp" line="100"/>
        <source>The run is still going: save it when it has finished.</source>
        <translation>运行尚未结束：请在结束后再保存。</translation>
    </message>
    <message>
        <location filename="../../ui/run_files.cpp" line="119"/>
        <source>Save Run</source>
        <translation>保存运行记录</translation>
    </message>
    <message>
        <location filename="../../ui/run_files.cpp" line="124"/>
        <location filename="../../ui/run_files.cpp" line="127"/>
        <location filename="../../ui/run_files.cpp" line="148"/>
        <source>Save Run As</source>
        <translation>运行记录另存为</translation>
    </message>
</context>
<context>
    <name>proclab::ui::RunModel</name>
    <message>
        <location filename="../../ui/model/run_model.cpp" line="89"/>
        <source>main</source>
        <translation>main</translation>
    </message>
    <message>
        <location filename="../../ui/model/run_model.cpp" line="89"/>
        <source>worker-%1</source>
        <translation>worker-%1</translation>
    </message>
    <message>
        <location filename="../../ui/model/run_model.cpp" line="96"/>
        <source>%1 (pid %2)</source>
        <translation>%1 (pid %2)</translation>
    </message>
</context>
<context>
    <name>proclab::ui::RunnerProcess</name>
    <message>
        <location filename="../../ui/model/runner_process.cpp" line="20"/>
        <source>The runner %1 is missing or not executable.</source>
        <translation>运行器 %1 不存在或不可执行。</translation>
    </message>
    <message>
        <location filename="../../ui/model/runner_process.cpp" line="45"/>
        <source>Could not start the runner: %1</source>
        <translation>无法启动运行器：%1</translation>
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
        <location filename="../../ui/scheduler/scheduler_panel.cpp" line="160"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/scheduler_panel.cpp" line="161"/>
        <source>Run the same steps minus the last on fresh processes: only the sync points order what they share, so the result is the same every time</source>
        <translation>在全新的进程上重跑除最后一步外的所有步骤：只有同步点决定共享数据的先后顺序，所以每次结果都一样</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/scheduler_panel.cpp" line="163"/>
        <location filename="../../ui/scheduler/scheduler_panel.cpp" line="329"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/scheduler_panel.cpp" line="164"/>
        <source>Start the level again on fresh processes</source>
        <translation>在全新的进程上重新开始本关</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/scheduler_panel.cpp" line="165"/>
        <source>Let the OS schedule</source>
        <translation>交给操作系统调度</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/scheduler_panel.cpp" line="166"/>
        <source>Release every process: from here the OS decides who runs</source>
        <translation>放行所有进程：从现在起由操作系统决定谁运行</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/scheduler/scheduler_panel.cpp" line="197"/>
        <source>Undo: the same %n step(s) again, on fresh processes with new pids. Same steps, same result: only the sync points order what they share.</source>
        <translation>
            <numerusform>撤销：在新 pid 的全新进程上重跑同样的 %n 步。步骤相同，结果就相同：只有同步点决定共享数据的先后顺序。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/scheduler_panel.cpp" line="231"/>
        <source>The OS schedules from here: every process runs when and as long as the OS lets it.</source>
        <translation>从这里开始由操作系统调度：每个进程何时运行、运行多久都由操作系统决定。</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/scheduler_panel.cpp" line="246"/>
        <source>Step %1</source>
        <translation>进程 %1 走一步</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/scheduler_panel.cpp" line="247"/>
        <location filename="../../ui/scheduler/scheduler_panel.cpp" line="312"/>
        <source>Release process %1 to its next sync point (key %1)</source>
        <translation>放行进程 %1 到它的下一个同步点（按键 %1）</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/scheduler_panel.cpp" line="302"/>
        <source>process %1</source>
        <translation>进程 %1</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/scheduler_panel.cpp" line="324"/>
        <source>Steps: %1</source>
        <translation>步骤：%1</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/scheduler_panel.cpp" line="324"/>
        <source>none yet</source>
        <translation>还没有</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/scheduler_panel.cpp" line="325"/>
        <source>Pick a level: its processes start and hold at their first sync point.</source>
        <translation>选择一关：它的进程会启动，并停在各自的第一个同步点。</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/scheduler_panel.cpp" line="329"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/scheduler_panel.cpp" line="339"/>
        <source>Level won! %1</source>
        <translation>过关！%1</translation>
    </message>
</context>
<context>
    <name>proclab::ui::States</name>
    <message>
        <location filename="../../ui/style/state_painter.cpp" line="116"/>
        <source>starting</source>
        <translation>启动中</translation>
    </message>
    <message>
        <location filename="../../ui/style/state_painter.cpp" line="118"/>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../../ui/style/state_painter.cpp" line="120"/>
        <source>sleeping</source>
        <translation>休眠中</translation>
    </message>
    <message>
        <location filename="../../ui/style/state_painter.cpp" line="122"/>
        <source>blocked on queue</source>
        <translation>阻塞于队列</translation>
    </message>
    <message>
        <location filename="../../ui/style/state_painter.cpp" line="124"/>
        <source>waiting for lock</source>
        <translation>等待锁</translation>
    </message>
    <message>
        <location filename="../../ui/style/state_painter.cpp" line="126"/>
        <source>waiting in join</source>
        <translation>等待 join</translation>
    </message>
    <message>
        <location filename="../../ui/style/state_painter.cpp" line="128"/>
        <source>at barrier</source>
        <translation>在屏障处</translation>
    </message>
    <message>
        <location filename="../../ui/style/state_painter.cpp" line="130"/>
        <source>held by stepper</source>
        <translation>被单步暂停</translation>
    </message>
    <message>
        <location filename="../../ui/style/state_painter.cpp" line="132"/>
        <source>waiting for GIL</source>
        <translation>等待 GIL</translation>
    </message>
    <message>
        <location filename="../../ui/style/state_painter.cpp" line="134"/>
        <source>idle (waiting for a task)</source>
        <translation>空闲（等待任务）</translation>
    </message>
    <message>
        <location filename="../../ui/style/state_painter.cpp" line="136"/>
        <source>recorder catching up</source>
        <translation>记录器追赶中</translation>
    </message>
    <message>
        <location filename="../../ui/style/state_painter.cpp" line="138"/>
        <source>exited</source>
        <translation>已退出</translation>
    </message>
    <message>
        <location filename="../../ui/style/state_painter.cpp" line="238"/>
        <source>exit %1</source>
        <translation>退出码 %1</translation>
    </message>
    <message>
        <location filename="../../ui/style/state_painter.cpp" line="243"/>
        <source>signal</source>
        <translation>信号</translation>
    </message>
</context>
<context>
    <name>proclab::ui::StepRunner</name>
    <message>
        <location filename="../../ui/scheduler/step_runner.cpp" line="76"/>
        <source>The runner&apos;s output could not be read: %1</source>
        <translation>无法读取运行器的输出：%1</translation>
    </message>
    <message>
        <location filename="../../ui/scheduler/step_runner.cpp" line="79"/>
        <source>The runner ended (code %1) without finishing the run.</source>
        <translation>运行器已结束（代码 %1），但运行没有完成。</translation>
    </message>
</context>
<context>
    <name>proclab::ui::TimeTicker</name>
    <message>
        <location filename="../../ui/timeline/time_ticker.cpp" line="29"/>
        <source>time (%1)</source>
        <translation>时间（%1）</translation>
    </message>
</context>
<context>
    <name>proclab::ui::TimelineView</name>
    <message>
        <location filename="../../ui/timeline/timeline_view.cpp" line="61"/>
        <location filename="../../ui/timeline/timeline_view.cpp" line="161"/>
        <source>Choose a demo and press Run (F5),
or open a saved run (Ctrl+O).</source>
        <translation>选择一个演示并按“运行”(F5)，
或打开已保存的运行记录 (Ctrl+O)。</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/overlays_lifecycle.cpp" line="46"/>
        <source>exit (code)</source>
        <translation>进程退出（退出码）</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/overlays_lifecycle.cpp" line="54"/>
        <source>crashed (signal)</source>
        <translation>崩溃（信号）</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/overlays_lifecycle.cpp" line="61"/>
        <source>stopped (Stop pressed)</source>
        <translation>已停止（按了停止）</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/overlays_lifecycle.cpp" line="164"/>
        <source>join: parent waits for child</source>
        <translation>join：父进程等待子进程</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/overlays_lifecycle.cpp" line="172"/>
        <source>join timed out (child still running)</source>
        <translation>join 超时（子进程仍在运行）</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/overlays_data.cpp" line="144"/>
        <source>queue item: put → get</source>
        <translation>队列元素：put → get</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/overlays_data.cpp" line="154"/>
        <source>item not got yet</source>
        <translation>尚未取出的元素</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/overlays_data.cpp" line="156"/>
        <source>item never got</source>
        <translation>从未取出的元素</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/overlays_data.cpp" line="226"/>
        <source>lost update (hover for why)</source>
        <translation>丢失的更新（悬停查看原因）</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/overlays_data.cpp" line="36"/>
        <source>pool task x → x² (one tick each)</source>
        <translation>进程池任务 x → x²（每个任务一条刻线）</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_view.cpp" line="160"/>
        <source>Read the code, predict what will happen,
then press Run (F5).</source>
        <translation>先读代码，预测会发生什么，
再按运行（F5）。</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_view.cpp" line="175"/>
        <source>Stopped before the end: only what happened until then is shown.</source>
        <translation>运行在结束前被停止：只显示停止前发生的事。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/timeline/timeline_view.cpp" line="177"/>
        <source>%n event(s) were dropped: counts drawn from events are not exact.</source>
        <translation>
            <numerusform>丢弃了 %n 个事件：由事件得出的计数并不精确。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_view.cpp" line="221"/>
        <source>cursor</source>
        <translation>光标</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/timeline/timeline_view.cpp" line="359"/>
        <source>Lost update: %1 read %2, added 1 and wrote %3 over %4.
Meanwhile %5 had counted up to %4: %n increment(s) erased.</source>
        <translation>
            <numerusform>丢失的更新：%1 读到 %2，加 1 后写入 %3，覆盖了 %4。
在此期间 %5 已把计数器加到 %4：%n 次加一被抹掉。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_view.cpp" line="366"/>
        <source>another process</source>
        <translation>另一个进程</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_view.cpp" line="391"/>
        <source>%1: %2 for %3</source>
        <translation>%1：%2，持续 %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/timeline/timeline_view.cpp" line="247"/>
        <source>▸ Legend (%n entries): click to show</source>
        <translation>
            <numerusform>▸ 图例（%n 项）：点击显示</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_view.cpp" line="158"/>
        <source>Starting the processes…</source>
        <translation>正在启动进程…</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_view.cpp" line="249"/>
        <source>▾ Hide the legend</source>
        <translation>▾ 隐藏图例</translation>
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

"""ProcLab's tracer for a student's own multiprocessing script (standard library only).

Loaded by sitecustomize in every Python process of a traced run (fork, spawn and forkserver
children alike, because PYTHONPATH and PROCLAB_PYTRACE_DIR are inherited). Each process that
runs the student's code writes its own record file, <dir>/<pid>.rec, one record a line:

  H <pid> <ppid> <is_main> <name> <start method>          first line
  E <t_ns> <kind> <object key> <a> <b> <c> <line>         an event (kind: eventKindName)
  C <t_ns> <line> <escaped text>                          a printed line (stdout or stderr)

Times are time.monotonic_ns() (CLOCK_MONOTONIC, the clock of ProcLab's own engine). Object keys
("q:1234-1") are given where an object is created and travel with it through fork and pickling,
so every process names a queue, a Value or a lock the same way; proclab numbers them.
Records are kept in a list and written in blocks, so recording one costs about a microsecond.
"""

import fcntl
import os
import struct
import sys
import termios
import threading
import time

_DIR = os.environ.get("PROCLAB_PYTRACE_DIR", "")
_SCRIPT = os.path.realpath(os.environ.get("PROCLAB_PYTRACE_SCRIPT", "")) if _DIR else ""
_now = time.monotonic_ns
_FLUSH_EVERY = 8192
_MP_DIR = ""

_records = []  # (t, kind, key, a, b, c, line) or (t, None, text, line) for console lines
_active = False  # this process runs the student's code (main script or a Process child)
_pid = 0
_seq = 0
_internal = False  # creating the tracer's own lock: not the student's
_next_flush_t = 0
_main_ident = None
_header = None
_file = None


def _key(prefix):
    global _seq
    _seq += 1
    return "%s:%d-%d" % (prefix, os.getpid(), _seq)


def _rec(kind, key="-", a=0, b=0, c=0):
    if _active:
        t = _now()
        _records.append((t, kind, key, a, b, c, _script_line()))
        # Written in blocks, and at least every 200 ms, so that a run cut short by --timeout
        # keeps what happened before it was killed.
        if len(_records) >= _FLUSH_EVERY or t >= _next_flush_t:
            _flush()


def _rec_at(t, kind, key="-", a=0, b=0, c=0):
    if _active:
        _records.append((t, kind, key, a, b, c, _script_line()))


def _int(v):
    # Only integers are recorded as values (bool is an int); anything else records 0.
    return v if type(v) is int or type(v) is bool else 0


def _esc(s):
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def _flush():
    global _records, _file, _next_flush_t
    _next_flush_t = _now() + 200_000_000
    if not _active or not _records:
        return
    recs, _records = _records, []
    out = []
    for r in recs:
        if r[1] is None:
            out.append("C\t%d\t%d\t%s\n" % (r[0], r[3], _esc(r[2])))
        elif r[1] == "name":
            out.append("N\t%s\t%s\n" % (_esc(r[2]), r[3]))
        else:
            out.append("E\t%d\t%s\t%s\t%d\t%d\t%d\t%d\n" % r)
    try:
        if _file is None:
            _file = open(os.path.join(_DIR, "%d.rec" % _pid), "w", encoding="utf-8")
            _file.write(_header)
        _file.write("".join(out))
        _file.flush()
    except OSError:
        pass


def _begin_process(is_main, name, method, ppid):
    """Makes this process a lane: from now on its records go to <dir>/<pid>.rec."""
    global _active, _pid, _records, _file, _header, _main_ident
    if _active and _pid == os.getpid():
        # A spawned child is a lane from the start of spawn._main; _bootstrap names it.
        _records.append((_now(), "name", name, method))
        return
    _pid = os.getpid()
    _records = []
    _file = None
    _main_ident = threading.get_ident()
    _header = "H\t%d\t%d\t%d\t%s\t%s\n" % (_pid, ppid, 1 if is_main else 0, _esc(name), method)
    _active = True
    _rec("process-started", b=_pid)


def _after_fork_in_child():
    # A forked child is not a lane until its Process._bootstrap runs (the forkserver's
    # children, a pool's workers); what the parent had recorded is the parent's.
    global _active, _records, _file
    _active = False
    _records = []
    _file = None
    for tap in (sys.stdout, sys.stderr):
        if isinstance(tap, _StreamTap):
            tap._partial = ""


# ---- printed lines ------------------------------------------------------------------------


class _StreamTap:
    """Passes writes through to the real stream and records each complete line."""

    def __init__(self, stream):
        self._stream = stream
        self._partial = ""

    def write(self, s):
        n = self._stream.write(s)
        if _active and s:
            text = self._partial + s
            lines = text.split("\n")
            self._partial = lines.pop()
            t = _now()
            where = _script_line()
            for line in lines:
                _records.append((t, None, line, where))
            if lines and t >= _next_flush_t:
                _flush()
        return n

    def flush(self):
        self._stream.flush()

    def finish(self):
        if self._partial and _active:
            _records.append((_now(), None, self._partial, 0))
        self._partial = ""

    def __getattr__(self, name):
        return getattr(self._stream, name)


# ---- the student's source lines -----------------------------------------------------------
# Each record carries the line of the student's file the process is on: found by walking up the
# stack to the innermost frame of the script when something is recorded. No sys.settrace: a
# line hook costs the student's every line (measured: 2-3x on a tight loop); this costs
# about a microsecond per record and nothing between records.


def _script_line(_getframe=sys._getframe):
    # sys._getframe(d) materialises one frame object; walking f_back would make every frame
    # between here and the script one (CPython 3.11 creates them lazily): 5x slower, measured.
    d = 2
    try:
        while d < 12:
            f = _getframe(d)
            if f.f_code.co_filename == _SCRIPT:
                return f.f_lineno
            d += 1
    except ValueError:
        pass
    return 0


# ---- processes ----------------------------------------------------------------------------


def _method_of(popen):
    return getattr(type(popen), "method", "fork") if popen is not None else "fork"


def _patch_process():
    from multiprocessing import process

    BaseProcess = process.BaseProcess
    orig_start, orig_join, orig_boot = BaseProcess.start, BaseProcess.join, BaseProcess._bootstrap

    def start(self):
        t = _now()
        orig_start(self)
        # The key field carries the child's name: a spawned child that fails before
        # _bootstrap (a missing main guard) never learns it.
        name = _esc(self.name).replace(" ", "_") or "-"
        _rec_at(t, "process-created", name, 0, self.pid or 0, _METHOD_CODE.get(_method_of(self._popen), 0))
        self._proclab_method = _method_of(self._popen)

    def join(self, timeout=None):
        main = threading.get_ident() == _main_ident
        if main:
            _rec("join-begin", a=self.pid or 0)
            _flush()  # what happened so far is kept even if this join never returns
        orig_join(self, timeout)
        code = self.exitcode
        if main:
            _rec("join-end", a=self.pid or 0, b=code if code is not None else 0, c=1 if code is None else 0)

    def bootstrap(self, *args, **kwargs):
        method = getattr(self, "_proclab_method", None) or _current_method()
        _begin_process(False, self.name, method, os.getppid())
        code = 1
        try:
            code = orig_boot(self, *args, **kwargs)
        finally:
            _end_process(code)
        return code

    BaseProcess.start, BaseProcess.join, BaseProcess._bootstrap = start, join, bootstrap

    # A spawn or forkserver child runs spawn._main, which imports the script again before
    # _bootstrap: an error there (a missing `if __name__ == "__main__":`) belongs to the child.
    from multiprocessing import spawn

    orig_main = spawn._main

    def spawn_main(*args, **kwargs):
        _begin_process(False, "spawned", "spawn", os.getppid())
        try:
            return orig_main(*args, **kwargs)
        except SystemExit:
            _flush()
            raise
        except BaseException:
            sys.excepthook(*sys.exc_info())  # as Python would print it, but into the records
            _end_process(1)
            return 1

    spawn._main = spawn_main

    # The moment a parent learns a child's exit code (join, is_alive, exitcode all poll).
    from multiprocessing import popen_fork, popen_forkserver

    for cls in (popen_fork.Popen, popen_forkserver.Popen):
        orig_poll = cls.poll

        def poll(self, *args, _o=orig_poll, **kwargs):
            code = _o(self, *args, **kwargs)
            if code is not None and not getattr(self, "_proclab_reaped", False):
                self._proclab_reaped = True
                _rec("process-exited", b=self.pid or 0, c=code)
            return code

        cls.poll = poll


_METHOD_CODE = {"fork": 0, "spawn": 1, "forkserver": 3}


def _current_method():
    try:
        import multiprocessing

        return multiprocessing.get_start_method(allow_none=True) or "fork"
    except Exception:
        return "fork"


def _end_process(code):
    for tap in (sys.stdout, sys.stderr):
        if isinstance(tap, _StreamTap):
            tap.finish()
    _rec("process-ending", b=code if isinstance(code, int) else 1)
    _flush()


# ---- time.sleep ---------------------------------------------------------------------------


def _patch_sleep():
    orig = time.sleep

    def sleep(seconds):
        if not _active or threading.get_ident() != _main_ident:
            return orig(seconds)
        _rec("sleep-begin", b=int(seconds * 1e9))
        _flush()
        try:
            return orig(seconds)
        finally:
            _rec("sleep-end")

    time.sleep = sleep


# ---- queues -------------------------------------------------------------------------------


# What travels through a traced queue: (_MARK, id, the student's object). A plain tuple pickles
# and unpickles far faster than an instance of a class of ours would.
_MARK = "\x00proclab-item"


def _pipe_empty(conn):
    # FIONREAD on the pipe: one ioctl, where Connection.poll() builds a selector each time.
    try:
        return struct.unpack("i", fcntl.ioctl(conn.fileno(), termios.FIONREAD, b"\0\0\0\0"))[0] == 0
    except OSError:
        return False


def _queue_ids(q):
    # A per-queue counter in shared memory gives ids in put order across processes. Only the
    # student's queues: a Pool's or an executor's inner queues stay untraced.
    global _internal
    if not _created_by_script(("context.py", "queues.py")):
        q._proclab = None
        return
    from multiprocessing import context, sharedctypes, synchronize

    _internal = True
    try:
        lock = synchronize.Lock(ctx=context._default_context.get_context())
    finally:
        _internal = False
    q._proclab = (_key("q"), sharedctypes.RawValue("q", 0), lock)


def _next_id(q):
    key, counter, lock = q._proclab
    lock.acquire()
    n = counter.value
    counter.value = n + 1
    lock.release()
    return key, n


def _patch_queues():
    from multiprocessing import queues

    def wrap_init(cls):
        orig = cls.__init__

        def init(self, *args, **kwargs):
            orig(self, *args, **kwargs)
            if not hasattr(self, "_proclab"):
                _queue_ids(self)

        cls.__init__ = init

    for cls in (queues.Queue, queues.SimpleQueue):
        wrap_init(cls)
        orig_get_state, orig_set_state = cls.__getstate__, cls.__setstate__

        def getstate(self, _o=orig_get_state):
            return _o(self) + (self._proclab,)

        def setstate(self, state, _o=orig_set_state):
            self._proclab = state[-1]
            _o(self, state[:-1])

        cls.__getstate__, cls.__setstate__ = getstate, setstate

    # JoinableQueue slices its own two fields off the end before calling Queue's; ours must be
    # the last of Queue's part, so it puts them back in that order.
    def jq_getstate(self):
        return queues.Queue.__getstate__(self) + (self._cond, self._unfinished_tasks)

    queues.JoinableQueue.__getstate__ = jq_getstate

    def wrap_put(cls, full_check):
        orig = cls.put

        def put(self, obj, *args, **kwargs):
            if not _active or self._proclab is None:
                return orig(self, obj, *args, **kwargs)
            key, n = _next_id(self)
            blocked = full_check(self)
            if blocked:
                _rec("queue-blocked", key, 0)
                _flush()
            _rec("queue-put", key, 0, n, _int(obj))
            try:
                return orig(self, (_MARK, n, obj), *args, **kwargs)
            finally:
                if blocked:
                    _rec("queue-unblocked", key, 0)

        cls.put = put

    def wrap_get(cls, empty_check):
        orig = cls.get

        def get(self, *args, **kwargs):
            if not _active or self._proclab is None:
                item = orig(self, *args, **kwargs)
                return item[2] if type(item) is tuple and len(item) == 3 and item[0] == _MARK else item
            key = self._proclab[0]
            blocked = empty_check(self)
            if blocked:
                _rec("queue-blocked", key, 1)
                _flush()
            try:
                item = orig(self, *args, **kwargs)
            except BaseException:
                if blocked:
                    _rec("queue-unblocked", key, 1, 1)
                raise
            if blocked:
                _rec("queue-unblocked", key, 1)
            if type(item) is tuple and len(item) == 3 and item[0] == _MARK:
                _rec("queue-get", key, 0, item[1], _int(item[2]))
                return item[2]
            return item

        cls.get = get

    def qsize(q):
        try:
            return q.qsize()
        except Exception:
            return 0

    def wrap_empty(cls, depth):
        orig = cls.empty

        def empty(self):
            answer = orig(self)
            if self._proclab is not None:
                _rec("queue-empty-check", self._proclab[0], depth(self), 1 if answer else 0)
            return answer

        cls.empty = empty

    queue_full = lambda q: q._sem._semlock._is_zero()
    queue_empty = lambda q: _pipe_empty(q._reader)
    wrap_put(queues.Queue, queue_full)
    wrap_put(queues.JoinableQueue, queue_full)
    wrap_put(queues.SimpleQueue, lambda q: False)
    wrap_get(queues.Queue, queue_empty)
    wrap_get(queues.SimpleQueue, queue_empty)
    wrap_empty(queues.Queue, qsize)
    wrap_empty(queues.SimpleQueue, lambda q: 0)

    orig_full = queues.Queue.full

    def full(self):
        answer = orig_full(self)
        if self._proclab is not None:
            _rec("queue-full-check", self._proclab[0], qsize(self), 1 if answer else 0)
        return answer

    queues.Queue.full = full


# ---- Value and Array: the exact lost-update ledger ------------------------------------------


def _rebuild_synchronized(obj, lock, key):
    from multiprocessing import sharedctypes

    s = sharedctypes.synchronized(obj, lock)
    s._proclab_key = key
    return s


def _patch_shared():
    from multiprocessing import context, sharedctypes

    Base = sharedctypes.SynchronizedBase
    orig_init = Base.__init__

    def init(self, obj, lock=None, ctx=None):
        orig_init(self, obj, lock, ctx)
        self._proclab_key = _key("v")

    def reduce(self):
        context.assert_spawning(self)
        return _rebuild_synchronized, (self._obj, self._lock, self._proclab_key)

    def get_lock(self):
        return _TracedLock(self._lock, self._proclab_key + "/lock")

    Base.__init__, Base.__reduce__, Base.get_lock = init, reduce, get_lock

    def get_value(self):
        self.acquire()
        try:
            v = self._obj.value
            t = _now()
        finally:
            self.release()
        if _active and type(v) is int:
            _records.append((t, "counter-load", self._proclab_key, 0, v, 0, _script_line()))
        return v

    def set_value(self, v):
        # Under Python's own lock: read the value this store replaces, then write.
        self.acquire()
        try:
            old = self._obj.value
            self._obj.value = v
            t = _now()
        finally:
            self.release()
        if _active and type(old) is int:
            _records.append((t, "counter-store", self._proclab_key, 0, _int(v), old, _script_line()))

    sharedctypes.Synchronized.value = property(get_value, set_value)

    orig_setitem = sharedctypes.SynchronizedArray.__setitem__

    def setitem(self, i, v):
        if type(i) is not int:
            return orig_setitem(self, i, v)
        self.acquire()
        try:
            old = self._obj[i]
            self._obj[i] = v
            t = _now()
        finally:
            self.release()
        if _active:
            _records.append((t, "array-store", self._proclab_key, i, _int(v), _int(old), _script_line()))

    sharedctypes.SynchronizedArray.__setitem__ = setitem


# ---- Lock and RLock -----------------------------------------------------------------------


class _TracedLock:
    """A lock's acquire/release with wait, acquired and released recorded under one key."""

    def __init__(self, lock, key):
        self._lock = lock
        self._key = key

    def acquire(self, block=True, timeout=None):
        lock = self._lock
        if lock._semlock.acquire(False):
            _rec("lock-acquired", self._key)
            return True
        if not block:
            return False
        _rec("lock-wait", self._key)
        _flush()
        ok = lock._semlock.acquire(True, timeout)
        if ok:
            _rec("lock-acquired", self._key)
        return ok

    def release(self):
        _rec("lock-released", self._key)
        self._lock._semlock.release()

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()

    def __getattr__(self, name):
        return getattr(self._lock, name)


def _created_by_script(skip):
    """True when the first caller outside the tracer and the given multiprocessing modules is
    the student's script: its own Queue or Lock, not one a Queue, a Pool or a Value makes."""
    f = sys._getframe(1)
    while f is not None and (f.f_code.co_filename == __file__ or os.path.basename(f.f_code.co_filename) in skip and f.f_code.co_filename.startswith(_MP_DIR)):
        f = f.f_back
    return f is not None and f.f_code.co_filename == _SCRIPT


def _patch_locks():
    from multiprocessing import synchronize

    for cls in (synchronize.Lock, synchronize.RLock):
        orig_init, orig_make = cls.__init__, cls._make_methods
        orig_get, orig_set = cls.__getstate__, cls.__setstate__

        def init(self, *args, _o=orig_init, **kwargs):
            # Only the student's own locks: a Queue's or a Value's inner locks stay untraced.
            self._proclab_key = _key("l") if not _internal and _created_by_script(("context.py", "synchronize.py")) else None
            _o(self, *args, **kwargs)

        def make_methods(self, _o=orig_make):
            _o(self)
            if getattr(self, "_proclab_key", None):
                traced = _TracedLock(self, self._proclab_key)
                self.acquire, self.release = traced.acquire, traced.release

        def getstate(self, _o=orig_get):
            return _o(self) + (getattr(self, "_proclab_key", None),)

        def setstate(self, state, _o=orig_set):
            self._proclab_key = state[-1]
            _o(self, state[:-1])

        def enter(self):
            return self.acquire()

        def exit(self, *args):
            return self.release()

        cls.__init__, cls._make_methods = init, make_methods
        cls.__getstate__, cls.__setstate__ = getstate, setstate
        cls.__enter__, cls.__exit__ = enter, exit


# ---- Pool and ProcessPoolExecutor ---------------------------------------------------------


class _Task:
    """The student's function, called with (index, item): records start and finish in the
    worker that runs it. Picklable (the function travels by reference, as it would anyway)."""

    def __init__(self, func, key, chunksize, star):
        self.func, self.key, self.chunksize, self.star = func, key, chunksize, star

    def __call__(self, *args):
        if self.star:
            index, item = args[0], args[1:] if len(args) > 2 else args[1]
            call_args = tuple(item)
        else:
            index, item = args[0]
            call_args = (item,)
        chunk = index // self.chunksize if self.chunksize > 0 else index
        first = call_args[0] if call_args else 0
        _rec("pool-task-started", self.key, chunk, index, _int(first))
        result = self.func(*call_args)
        _rec("pool-task-finished", self.key, chunk, index, _int(result))
        # A pool's workers are often ended by SIGTERM (Pool.terminate(), `with Pool(...)`),
        # which leaves no chance to write later: what a task did is written when it ends.
        _flush()
        return result


def _pool_state(pool):
    if not hasattr(pool, "_proclab_key"):
        pool._proclab_key = _key("p")
        pool._proclab_next = 0
    return pool._proclab_key


def _take_indexes(pool, n):
    first = pool._proclab_next
    pool._proclab_next += n
    return first


def _dispatching(key, pairs, chunksize, chunk_base):
    # Runs in the pool's task-handler thread: each chunk is recorded as it is handed out.
    for k, chunk in enumerate(pairs):
        if chunk and type(chunk[1]) is tuple and chunk[1] and type(chunk[1][0]) is tuple:
            first = chunk[1][0][0]
            _rec("pool-task-dispatched", key, first // chunksize, first, chunk[1][-1][0] + 1)
        yield chunk


def _patch_pool():
    from multiprocessing import pool as mpool

    Pool = mpool.Pool
    orig_map_async, orig_imap, orig_imap_un = Pool._map_async, Pool.imap, Pool.imap_unordered
    orig_apply_async, orig_get_tasks = Pool.apply_async, Pool._get_tasks

    def map_async(self, func, iterable, mapper, chunksize=None, *args, **kwargs):
        if not hasattr(iterable, "__len__"):
            iterable = list(iterable)
        if chunksize is None:
            chunksize, extra = divmod(len(iterable), len(self._pool) * 4)
            if extra:
                chunksize += 1
        if len(iterable) == 0:
            chunksize = 0
        key = _pool_state(self)
        base = _take_indexes(self, len(iterable))
        star = mapper is mpool.starmapstar
        pairs = [(base + i, x) for i, x in enumerate(iterable)]
        task = _Task(func, key, chunksize, star)
        return orig_map_async(self, task, pairs, mapper, chunksize, *args, **kwargs)

    def get_tasks(func, it, size):
        gen = orig_get_tasks(func, it, size)
        if isinstance(func, _Task):
            return _dispatching(func.key, gen, size, 0)
        return gen

    def imap_like(orig):
        def imap(self, func, iterable, chunksize=1):
            key = _pool_state(self)
            base = self._proclab_next
            self._proclab_next += 1 << 20  # an imap's length is not known in advance

            def pairs():
                for i, x in enumerate(iterable):
                    if chunksize == 1:
                        _rec("pool-task-dispatched", key, base + i, base + i, base + i + 1)
                    yield (base + i, x)

            return orig(self, _Task(func, key, chunksize, False), pairs(), chunksize)

        return imap

    def apply_async(self, func, args=(), kwds={}, *rest, **kw):
        key = _pool_state(self)
        i = _take_indexes(self, 1)
        _rec("pool-task-dispatched", key, i, i, i + 1)
        bound = _Applied(func, kwds)
        return orig_apply_async(self, _Task(bound, key, 1, True), (i, tuple(args)), {}, *rest, **kw)

    Pool._map_async, Pool.imap, Pool.imap_unordered = map_async, imap_like(orig_imap), imap_like(orig_imap_un)
    Pool.apply_async, Pool._get_tasks = apply_async, staticmethod(get_tasks)


class _Applied:
    """func with its keyword arguments bound (apply_async, submit), picklable."""

    def __init__(self, func, kwds):
        self.func, self.kwds = func, dict(kwds)

    def __call__(self, *args):
        return self.func(*args, **self.kwds)


def _patch_executor():
    try:
        from concurrent.futures import process as cfp
    except ImportError:
        return
    Exec = cfp.ProcessPoolExecutor
    orig_submit, orig_map = Exec.submit, Exec.map
    local = threading.local()

    def submit(self, fn, /, *args, **kwargs):
        if getattr(local, "in_map", False):
            return orig_submit(self, fn, *args, **kwargs)
        key = _pool_state(self)
        i = _take_indexes(self, 1)
        _rec("pool-task-dispatched", key, i, i, i + 1)
        return orig_submit(self, _Task(_Applied(fn, kwargs), key, 1, True), i, args)

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        key = _pool_state(self)
        items = list(zip(*iterables))
        base = _take_indexes(self, len(items))
        for k in range(0, len(items), chunksize):
            _rec("pool-task-dispatched", key, (base + k) // chunksize, base + k, base + min(k + chunksize, len(items)))
        task = _Task(fn, key, chunksize, True)
        local.in_map = True
        try:
            return orig_map(self, task, range(base, base + len(items)), items, timeout=timeout, chunksize=chunksize)
        finally:
            local.in_map = False

    Exec.submit, Exec.map = submit, map


# ---- installation -------------------------------------------------------------------------


def _excepthook(kind, value, tb):
    # Python's own report of an uncaught exception, without the tracer's wrapper frames: the
    # student sees what python3 alone would have shown.
    import traceback

    report = traceback.TracebackException(kind, value, tb)
    frames = [f for f in report.stack if f.filename != __file__]
    report.stack = traceback.StackSummary.from_list(frames)
    sys.stderr.write("".join(report.format()))


def _main_exit():
    _end_process(0)


def install():
    """Called by sitecustomize in every Python process of the traced run."""
    global _MP_DIR
    if not _DIR:
        return
    # Only the script's own interpreter is the main lane; the variable is removed so that
    # spawned children, the forkserver and the resource tracker do not claim it too. Its exit
    # record is registered before multiprocessing's own exit handler (which joins children),
    # so that it runs after it.
    if os.environ.pop("PROCLAB_PYTRACE_MAIN", None) == "1":
        import atexit

        _begin_process(True, "MainProcess", "fork", os.getppid())
        atexit.register(_main_exit)
    import multiprocessing

    _MP_DIR = os.path.dirname(multiprocessing.__file__)
    _patch_process()
    _patch_sleep()
    _patch_queues()
    _patch_shared()
    _patch_locks()
    _patch_pool()
    _patch_executor()
    sys.excepthook = _excepthook
    sys.stdout = _StreamTap(sys.stdout) if sys.stdout is not None else None
    sys.stderr = _StreamTap(sys.stderr) if sys.stderr is not None else None
    os.register_at_fork(after_in_child=_after_fork_in_child)

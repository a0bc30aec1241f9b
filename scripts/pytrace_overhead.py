#!/usr/bin/env python3
"""Overhead of ProcLab's Python tracer: wall time of a script run untraced and traced, the two
alternating (A B A B ...) so that a busy machine slows both alike. Machine-dependent figures.

  python3 scripts/pytrace_overhead.py [ROUNDS]     (from the repository's root)
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TRACER = os.path.join(ROOT, "engine", "pytrace", "python")
FIXTURES = os.path.join(ROOT, "tests", "fixtures", "python")
SCRIPTS = ["process_basics.py", "pool_square.py", "producer_consumer.py", "counter_race.py", "queue_100k.py"]
PYTHON = "/usr/bin/python3" if os.access("/usr/bin/python3", os.X_OK) else "python3"


def run(script, traced):
    env = dict(os.environ)
    with tempfile.TemporaryDirectory(prefix="proclab-overhead-") as records:
        if traced:
            env.update(PYTHONPATH=TRACER, PYTHONDONTWRITEBYTECODE="1", PROCLAB_PYTRACE_DIR=records, PROCLAB_PYTRACE_MAIN="1",
                       PROCLAB_PYTRACE_SCRIPT=os.path.realpath(script))
        began = time.monotonic()
        subprocess.run([PYTHON, script], env=env, stdout=subprocess.DEVNULL, check=True)
        return time.monotonic() - began


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    print(f"{'script':22} {'untraced s':>11} {'traced s':>9} {'ratio':>6}   (medians of {rounds}, ABAB)")
    for name in SCRIPTS:
        script = os.path.join(FIXTURES, name)
        plain, traced = [], []
        for _ in range(rounds):
            plain.append(run(script, False))
            traced.append(run(script, True))
        a, b = statistics.median(plain), statistics.median(traced)
        print(f"{name:22} {a:11.3f} {b:9.3f} {b / a:6.2f}x")


if __name__ == "__main__":
    main()

#!/usr/bin/env bash
# The README's test command: installs what is missing, builds, and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/check_format.sh
bash scripts/build.sh dev
ctest --preset dev -j 2

# The same suite under AddressSanitizer + UndefinedBehaviorSanitizer, built with clang so that
# float-to-integer overflow is checked too (build dir build-asan; any finding fails the test).
bash scripts/build.sh asan
# detect_leaks=0: the demos' processes end with _exit() (no leak check runs there), and the
# runner, the CLI and the Qt tests keep process-lifetime allocations (Qt's and fontconfig's
# caches) that LeakSanitizer reports as leaks at exit; memory errors and UB are what we check.
# abort_on_error: a finding in a forked child ends it with a signal its test sees.
# No retry: the one flaky case (tst_demos, a time-out leaving a worker without its exit record)
# was a real race in the runner, fixed there.
ASAN_OPTIONS=detect_leaks=0:abort_on_error=1:strict_string_checks=1 \
UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --preset asan -j 2

# Fuzzing (50,000 inputs per target from a fixed seed: repeatable) and a soak of 100 mixed runs
# with leak checks after each.
PROCLAB_FUZZ_RUNS=50000 bash scripts/fuzz.sh
bash scripts/soak.sh 100 build

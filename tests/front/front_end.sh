#!/usr/bin/env bash
# The Qt-free front end (app/front): `proclab list/run/show` load no Qt library, print exactly
# what proclab-gui prints for the same arguments, and hand everything else (bad input, exports,
# --version) to proclab-gui. Usage: front_end.sh BUILD_DIR
set -euo pipefail
bin=$(cd "$1" && pwd)/bin
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "front_end: $*"; exit 1; }

qt_libs() { LD_DEBUG=libs "$@" 2>&1 >/dev/null | grep -c Qt6 || true; }

"$bin/proclab" run counter-race --variant get-lock --set iterations=200 --trace "$work/t.proclab" \
    >"$work/run.txt"
grep -q 'Counter value: 800' "$work/run.txt" || fail "run printed: $(cat "$work/run.txt")"
for cmd in "list" "list --json" "show $work/t.proclab" "show $work/t.proclab --json" \
           "run counter-race --variant get-lock --set iterations=100 --json"; do
    # shellcheck disable=SC2086
    n=$(qt_libs "$bin/proclab" $cmd)
    [ "$n" = 0 ] || fail "proclab $cmd loaded $n Qt libraries"
done
echo "list, run, show: no Qt library loaded"

for cmd in "list" "list --json" "show $work/t.proclab" "show $work/t.proclab --json"; do
    # shellcheck disable=SC2086
    diff <("$bin/proclab" $cmd) <("$bin/proclab-gui" $cmd) >/dev/null ||
        fail "proclab $cmd and proclab-gui $cmd differ"
done
echo "list and show print what proclab-gui prints"

# Input the front end does not take as it is goes to proclab-gui: same message, same code.
for cmd in "run no-such-demo" "run counter-race --set workers=999" "show $work/missing.proclab" \
           "run counter-race --bogus" "list extra"; do
    set +e
    # shellcheck disable=SC2086
    a=$("$bin/proclab" $cmd 2>&1); ca=$?
    # shellcheck disable=SC2086
    b=$("$bin/proclab-gui" $cmd 2>&1); cb=$?
    set -e
    [ "$ca" = "$cb" ] && [ "$ca" != 0 ] && [ "$a" = "$b" ] ||
        fail "proclab $cmd: exit $ca '$a', proclab-gui: exit $cb '$b'"
done
echo "bad input: the same message and exit code as proclab-gui"

[ "$("$bin/proclab" --version)" = "proclab 0.1.0" ] || fail "--version"
QT_QPA_PLATFORM=offscreen "$bin/proclab" show "$work/t.proclab" --export "$work/t.png" \
    --view timeline >/dev/null
[ -s "$work/t.png" ] || fail "no export written through proclab-gui"
echo "front_end: ok"

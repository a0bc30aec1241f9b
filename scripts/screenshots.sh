#!/usr/bin/env bash
# Screenshots of ProcLab as a class sees it, for checking the GUI by eye and for slides.
# Builds nothing: point it at a build directory that has bin/proclab and bin/proclab-engine.
#
#   scripts/screenshots.sh BUILD_DIR [OUT_DIR]        (OUT_DIR defaults to ./shots)
#   PARTS="exports" scripts/screenshots.sh build       (only some parts; default: all three)
#   DEMOS="counter-race" scripts/screenshots.sh build  (only some demos; default: all)
#
# Every demo runs once for real (its output is kept as runs/DEMO.txt, its run as
# runs/DEMO.proclab); then, for English and Chinese, light and dark:
#   exports/  offscreen exports of the whole window (`proclab show RUN --export`) at 1024×700,
#             1600×1000, and 1920×1080 with presentation-mode text (PROCLAB_TEXT_SCALE=1.5);
#   windows/  the real window under Xvfb (`proclab RUN`, sized with xdotool, grabbed with
#             ImageMagick's import) at 1024×700, 1600×1000, and presentation-mode text on the
#             whole 1920×1080 screen (Xvfb has no window manager to honour F11's full screen);
#   live/     a live 5-second run (process-basics, sleep_ms=5000) grabbed at 1 s, 3 s and after
#             the end: the timeline must move while the workers sleep.
# Xvfb parts need xvfb-run, xdotool and import (scripts/setup.sh installs them). Settings go to
# a scratch folder, never to the user's.
set -euo pipefail

if [[ $# -lt 1 || $# -gt 2 ]]; then
    echo "usage: $0 BUILD_DIR [OUT_DIR]" >&2
    exit 2
fi
build=$(cd "$1" && pwd)
out=${2:-shots}
parts=${PARTS:-"exports windows live"}
proclab="$build/bin/proclab"
for bin in proclab proclab-engine; do
    if [[ ! -x "$build/bin/$bin" ]]; then
        echo "$0: $build/bin/$bin not found: build the '$bin' target first" >&2
        exit 1
    fi
done
mkdir -p "$out"/{runs,exports,windows,live}
out=$(cd "$out" && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export XDG_CONFIG_HOME="$scratch/config" # the GUI's settings: fresh for every shot
export PROCLAB_ENGINE="$build/bin/proclab-engine"
# The Xvfb scripts below find ProcLab's window with it.
WINDOW_OF_SH="$(cd "$(dirname "$0")" && pwd)/window_of.sh"
export WINDOW_OF_SH

read -r -a demos <<<"${DEMOS:-process-basics pool-square producer-consumer counter-race \
shared-array memory-isolation gil-vs-processes}"
declare -A demo_args=(
    [process-basics]="--variant crash --set sleep_ms=300"
    [pool-square]="--variant imap_unordered --set n=12"
    [producer-consumer]="--variant empty-pitfall"
    [counter-race]="--variant raw"
    [shared-array]="--variant no-lock"
    [memory-isolation]="--variant spawn"
    [gil-vs-processes]="--set work_ms=60"
)
langs=(en zh_CN)
looks=(light dark)
failed=0

# 1. One real run per demo, kept for every picture below.
for demo in "${demos[@]}"; do
    # shellcheck disable=SC2086 # the arguments are words on purpose
    if ! QT_QPA_PLATFORM=offscreen "$proclab" run "$demo" ${demo_args[$demo]} \
        --trace "$out/runs/$demo.proclab" >"$out/runs/$demo.txt" 2>&1; then
        echo "$0: $demo failed (see $out/runs/$demo.txt)" >&2
        failed=1
    fi
done

# 2. Offscreen exports of the window.
if [[ $parts == *exports* ]]; then
    for demo in "${demos[@]}"; do
        [[ -f $out/runs/$demo.proclab ]] || continue
        for lang in "${langs[@]}"; do
            for look in "${looks[@]}"; do
                for size in 1024x700 1600x1000 present; do
                    scale=1 dims=$size
                    [[ $size == present ]] && scale=1.5 dims=1920x1080
                    name="$demo-$lang-$look-$size"
                    if ! QT_QPA_PLATFORM=offscreen PROCLAB_LANG=$lang PROCLAB_THEME=$look \
                        PROCLAB_TEXT_SCALE=$scale "$proclab" show "$out/runs/$demo.proclab" \
                        --export "$out/exports/$name.png" --view window --size "$dims" \
                        >"$scratch/export.txt" 2>&1; then
                        echo "$0: export $name failed: $(cat "$scratch/export.txt")" >&2
                        failed=1
                    fi
                done
            done
        done
    done
    echo "exports: $(find "$out/exports" -name '*.png' | wc -l) pictures in $out/exports"
fi

# Runs "$@" with a fresh Xvfb screen of 1920×1080 as its display.
with_display() {
    xvfb-run -a -s "-screen 0 1920x1080x24" "$@"
}

# 3. The real window under Xvfb: started on a run file, resized; then presentation-size text.
if [[ $parts == *windows* ]]; then
    cat >"$scratch/windows.sh" <<'EOF'
set -u
proclab=$1 out=$2 lang=$3 look=$4 demo=$5
source "$WINDOW_OF_SH"
export PROCLAB_LANG=$lang PROCLAB_THEME=$look
"$proclab" "$out/runs/$demo.proclab" >"$out/windows/$demo-$lang-$look.log" 2>&1 &
pid=$!
win=$(window_of "$pid")
if [[ -z $win ]]; then
    echo "no window for $demo" >&2
    kill "$pid"
    exit 1
fi
name="$demo-$lang-$look"
for size in "1024 700" "1600 1000"; do
    xdotool windowmove "$win" 0 0 windowsize --sync "$win" $size
    sleep 1.2
    import -window "$win" "$out/windows/$name-${size/ /x}.png"
done
xdotool getwindowname "$win" >"$out/windows/$name-title.txt"
kill "$pid"
wait "$pid" 2>/dev/null
# Presentation mode: Xvfb has no window manager to make a window full screen, and F11 proved
# unreliable there, so the same look is set up directly: 1.5x text on a 1920x1080 window.
PROCLAB_TEXT_SCALE=1.5 "$proclab" "$out/runs/$demo.proclab" >>"$out/windows/$demo-$lang-$look.log" 2>&1 &
pid=$!
win=$(window_of "$pid")
[[ -n $win ]] || { kill "$pid"; exit 1; }
xdotool windowmove "$win" 0 0 windowsize --sync "$win" 1920 1080
sleep 1.5
import -window root "$out/windows/$name-present.png"
kill "$pid"
wait "$pid" 2>/dev/null
exit 0
EOF
    for demo in "${demos[@]}"; do
        [[ -f $out/runs/$demo.proclab ]] || continue
        for lang in "${langs[@]}"; do
            for look in "${looks[@]}"; do
                with_display bash "$scratch/windows.sh" "$proclab" "$out" "$lang" "$look" "$demo" ||
                    failed=1
            done
        done
    done
    echo "windows: $(find "$out/windows" -name '*.png' | wc -l) pictures in $out/windows"
fi

# 4. A live 5-second run: the toolbar takes demo and parameters from a saved run, F5 runs it.
if [[ $parts == *live* ]]; then
    QT_QPA_PLATFORM=offscreen "$proclab" run process-basics --set sleep_ms=5000 \
        --trace "$scratch/live.proclab" >/dev/null
    cat >"$scratch/live.sh" <<'EOF'
set -u
proclab=$1 out=$2 run=$3 look=$4
source "$WINDOW_OF_SH"
export PROCLAB_LANG=en PROCLAB_THEME=$look
"$proclab" "$run" >"$out/live/process-basics-$look.log" 2>&1 &
pid=$!
win=$(window_of "$pid")
[[ -n $win ]] || { kill "$pid"; exit 1; }
xdotool windowmove "$win" 0 0 windowsize --sync "$win" 1600 1000
sleep 1
xdotool windowfocus --sync "$win"
sleep 0.5
xdotool key F5
for moment in 1 3 7; do
    sleep $((moment - ${last:-0}))
    last=$moment
    import -window "$win" "$out/live/process-basics-$look-at-${moment}s.png"
done
kill "$pid"
wait "$pid" 2>/dev/null
exit 0
EOF
    for look in "${looks[@]}"; do
        with_display bash "$scratch/live.sh" "$proclab" "$out" "$scratch/live.proclab" "$look" ||
            failed=1
    done
    echo "live: $(find "$out/live" -name '*.png' | wc -l) pictures in $out/live"
fi

exit $failed

#!/usr/bin/env bash
# Screenshots of the main window after real runs of the seed demos, for slides and for
# checking the GUI by eye. Builds nothing: point it at a build directory that has bin/proclab.
#
#   scripts/screenshots.sh BUILD_DIR [OUT_DIR]      (OUT_DIR defaults to ./shots)
#   SIZE=1920x1080 scripts/screenshots.sh build      (export size; PNG is written at 2x)
#
# Each shot also keeps what the run printed (NAME.txt) so a picture can be checked against
# the numbers. Runs headless (offscreen Qt platform); no display needed.
set -euo pipefail

if [[ $# -lt 1 || $# -gt 2 ]]; then
    echo "usage: $0 BUILD_DIR [OUT_DIR]" >&2
    exit 2
fi
build=$1
out=${2:-shots}
proclab="$build/bin/proclab"
size=${SIZE:-1600x1000}
if [[ ! -x "$proclab" ]]; then
    echo "$0: $proclab not found: build the 'proclab' target first" >&2
    exit 1
fi
if [[ ! -x "$build/bin/proclab-engine" ]]; then
    echo "$0: $build/bin/proclab-engine not found: build the 'proclab-engine' target first" >&2
    exit 1
fi
mkdir -p "$out"
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}

failed=0
# shot NAME DEMO VARIANT [--set k=v ...]
shot() {
    local name=$1 demo=$2 variant=$3
    shift 3
    if "$proclab" run "$demo" --variant "$variant" "$@" \
        --export "$out/$name.png" --view window --size "$size" >"$out/$name.txt" 2>&1; then
        echo "$out/$name.png"
    else
        echo "$0: $name failed (see $out/$name.txt)" >&2
        failed=1
    fi
}

shot process-basics process-basics fork --set sleep_ms=200
shot process-basics-crash process-basics crash --set sleep_ms=200
shot pool-square pool-square map
shot producer-consumer-sequential producer-consumer sequential
shot producer-consumer-empty-pitfall producer-consumer empty-pitfall
shot counter-race-raw counter-race raw
shot counter-race-get-lock counter-race get-lock

exit $failed

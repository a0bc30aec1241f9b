#!/usr/bin/env bash
# Every lesson from start to finish in the real GUI under Xvfb, in English and in Chinese:
# read → predict (an answer committed) → run on real processes → the "what happens next?"
# replay question (lessons 7 and 10) → reveal → challenge, checked on a second run of the
# student's. The walk clicks the Lesson dock's own buttons in the real proclab binary
# (PROCLAB_LESSON_WALK, ui/lessons/lesson_walk.h) and saves a 1024x700 picture of each reveal
# and replay question, to look at. It fails (exit 1, naming the lesson) if one cannot complete.
#
#   scripts/lesson_walk.sh BUILD_DIR [OUT_DIR]    (OUT_DIR defaults to /tmp/proclab-lesson-walk)
#   LESSON=counter-race scripts/lesson_walk.sh build     (one lesson only)
#   LANGS=zh_CN scripts/lesson_walk.sh build             (one language only)
set -euo pipefail

if [[ $# -lt 1 || $# -gt 2 || ! -x "$1/bin/proclab" || ! -x "$1/bin/proclab-engine" ]]; then
    echo "usage: $0 BUILD_DIR [OUT_DIR]  (BUILD_DIR holds bin/proclab and bin/proclab-engine;" \
         "build it with scripts/build.sh dev)" >&2
    exit 2
fi
build=$(cd "$1" && pwd)
out=${2:-/tmp/proclab-lesson-walk}
cd "$(dirname "$0")/.."
mkdir -p "$out"
out=$(cd "$out" && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export PROCLAB_ENGINE="$build/bin/proclab-engine"
export PROCLAB_LESSONS="$PWD/lessons"
export PROCLAB_LESSON_WALK_ONLY="${LESSON:-}"
status=0
for lang in ${LANGS:-en zh_CN}; do
    # Fresh settings for each language: no saved layout, progress or language.
    XDG_CONFIG_HOME="$scratch/$lang" PROCLAB_LANG="$lang" PROCLAB_LESSON_WALK="$out" \
        xvfb-run -a -s "-screen 0 1920x1080x24" "$build/bin/proclab" || status=1
done
echo "pictures in $out"
exit "$status"

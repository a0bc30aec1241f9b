#!/usr/bin/env bash
# Runs every lesson of lessons/ (or $1) to its reveal in English and Chinese on real runs and
# saves a 1024x700 picture of each reveal in /tmp/proclab-lesson-shots (or $2), to look at.
# Needs a built tree (bash scripts/build.sh dev).
set -euo pipefail
if [[ $# -gt 2 || ( $# -ge 1 && ! -f "$1/en/glossary.toml" ) ]]; then
    echo "usage: $0 [LESSONS_DIR] [OUT_DIR]  (LESSONS_DIR holds en/ and zh_CN/, default lessons;" \
         "for the real GUI under Xvfb see scripts/lesson_walk.sh)" >&2
    exit 2
fi
root="$(realpath "${1:-$(dirname "$0")/../lessons}")"
cd "$(dirname "$0")/.."
if [[ ! -x build/tests/tst_lesson_dock ]]; then
    echo "$0: build/tests/tst_lesson_dock is missing: bash scripts/build.sh dev first" >&2
    exit 2
fi
out="${2:-/tmp/proclab-lesson-shots}"
mkdir -p "$out"
PROCLAB_LESSON_SHOTS_ROOT="$root" PROCLAB_UI_SHOTS="$out" PROCLAB_ENGINE="$PWD/build/bin/proclab-engine" \
    PROCLAB_LESSON_FIXTURES="$PWD/tests/fixtures/lessons" QT_QPA_PLATFORM=offscreen \
    build/tests/tst_lesson_dock everyLessonRunsToItsReveal
echo "reveals saved in $out"

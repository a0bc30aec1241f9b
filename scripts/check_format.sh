#!/usr/bin/env bash
# Every C++ source of the project is formatted as the root .clang-format says (CI runs this).
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t sources < <(git ls-files '*.cpp' '*.h' '*.hpp' 2>/dev/null || find app ui engine tests -name '*.cpp' -o -name '*.h')
if ! clang-format --dry-run -Werror "${sources[@]}" 2>/tmp/proclab-format.log; then
    grep -E '^[^ ].*error:' /tmp/proclab-format.log | cut -d: -f1 | sort -u | sed 's/^/not formatted: /'
    echo "Run: clang-format -i FILE (the root .clang-format) on the files above."
    exit 1
fi
echo "format: ${#sources[@]} files formatted as .clang-format says"

# shellcheck shell=bash
# Sourced by scripts that grab ProcLab's real window under Xvfb (scripts/screenshots.sh).
# window_of PID: prints the id of PID's visible window once it is mapped; fails after 15 s.
window_of() {
    local pid=$1 win=""
    for _ in $(seq 60); do
        win=$(xdotool search --onlyvisible --pid "$pid" 2>/dev/null | head -1) && [[ -n $win ]] && break
        sleep 0.25
    done
    [[ -n $win ]] && echo "$win"
}

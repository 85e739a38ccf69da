#!/usr/bin/env bash
# Instructions per verdict of each page of benches/engine.rs, counted by callgrind: the same on any
# machine and under any load, where criterion's wall time on a shared machine varies by half.
# `benches/engine-instructions.sh [verdicts]` (default 200); needs valgrind (Debian package valgrind).
# Each page runs twice, with one verdict and with 1 + N (ENGINE_VERDICTS): the difference over N is
# what one verdict costs, with the engine's start and each first use left out.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-200}
command -v valgrind >/dev/null || { echo "valgrind is not installed (apt-get install valgrind)" >&2; exit 1; }
bin=$(cargo bench --bench engine --no-run --message-format=json 2>/dev/null \
  | sed -n 's/.*"executable":"\([^"]*\)".*/\1/p' | tail -1)
[ -x "$bin" ] || { echo "the engine bench did not build" >&2; exit 1; }
count() { # page verdicts -> instructions of the run
  ENGINE_PAGE=$1 ENGINE_VERDICTS=$2 valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" 2>&1 \
    | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
echo "| page | instructions per verdict |"
echo "| --- | ---: |"
for page in "genuine microsoft sign-in" "genuine azure devops approval" "spoof on a content host" "ordinary shop login"; do
  one=$(count "$page" 0)
  many=$(count "$page" "$N")
  printf '| %s | %s |\n' "$page" "$(( (many - one) / N ))"
done

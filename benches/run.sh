#!/usr/bin/env bash
# Measures what BENCHMARKS.md reports. Run through `./build.sh bench` (which builds dist/ first).
set -euo pipefail
cd "$(dirname "$0")/.."

echo "## Size"
echo
echo "| artefact | bytes | gzipped (-9) |"
echo "| --- | ---: | ---: |"
for f in target/pkg/consent_guard_bg.wasm target/pkg/consent_guard.js target/pkg/consent_guard_grants_bg.wasm target/pkg/consent_guard_grants.js; do
  echo "| \`$f\` | $(wc -c <"$f") | $(gzip -9c "$f" | wc -c) |"
done
for b in chrome edge firefox; do
  echo "| \`dist/consent-guard-$b.zip\` (packed extension) | $(wc -c <dist/consent-guard-$b.zip) | – |"
done
echo
echo "## Engine (criterion, native, \`cargo bench --bench engine\`)"
echo
echo "| page | time per verdict (low · estimate · high) |"
echo "| --- | --- |"
# criterion prints a long bench name on a line of its own, its time on the next.
cargo bench --quiet --bench engine 2>/dev/null | awk '
  /time:/ { name = $0; sub(/ *time:.*/, "", name); if (name ~ /^ *$/) name = prev;
            t = $0; sub(/.*time: */, "", t); gsub(/^ +| +$/, "", name); printf "| %s | %s |\n", name, t }
  { prev = $0 }'
echo
echo "## Engine instructions per verdict (callgrind, \`benches/engine-instructions.sh\`)"
echo
if command -v valgrind >/dev/null; then benches/engine-instructions.sh; else echo "(valgrind is not installed: skipped)"; fi
echo
echo "## Browser (headless Chromium, \`node benches/browser.js\`)"
echo
node benches/browser.js

#!/usr/bin/env bash
# Measures what BENCHMARKS.md reports. Run through `./build.sh bench` (which builds dist/ first).
set -euo pipefail
cd "$(dirname "$0")/.."
wasm=target/pkg/consent_guard_bg.wasm

echo "## Size"
echo
echo "| artefact | bytes | gzipped (-9) |"
echo "| --- | ---: | ---: |"
echo "| \`$wasm\` | $(wc -c <"$wasm") | $(gzip -9c "$wasm" | wc -c) |"
echo "| \`target/pkg/consent_guard.js\` | $(wc -c <target/pkg/consent_guard.js) | $(gzip -9c target/pkg/consent_guard.js | wc -c) |"
for b in chrome edge firefox; do
  echo "| \`dist/consent-guard-$b.zip\` (packed extension) | $(wc -c <dist/consent-guard-$b.zip) | – |"
done
echo
echo "## Engine (criterion, native, \`cargo bench --bench engine\`)"
echo
cargo bench --quiet --bench engine 2>/dev/null | grep -E '^[a-z].*time:|^\S+\s*$|time:' || true
echo
echo "## Browser (headless Chromium, \`node benches/browser.js\`)"
echo
node benches/browser.js

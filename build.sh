#!/usr/bin/env bash
# Consent Guard build and test entry point.
#   ./build.sh          build the extension into dist/ (chrome, edge, firefox) with a zip of each
#   ./build.sh test     run every test tier: cargo test, wasm bindings, JS lint and types, JS unit
#                       tests, end-to-end in headless Chromium, then in headless Firefox ESR
#   ./build.sh lint     ESLint and the TypeScript check of the extension's JavaScript
#   ./build.sh demo     serve the sample pages at their real hostnames and open Chromium on them
#                       (headless: screenshots into target/demo/ and the README's into docs/images/)
#   ./build.sh bench    run the benchmarks whose figures go into BENCHMARKS.md
#   ./build.sh pack KEYFILE   build, then sign dist/chrome into dist/consent-guard-VERSION.crx (CRX3) and
#                       write dist/updates.xml for self-hosted force-install; its codebase is
#                       $UPDATE_BASE_URL + the .crx name (default https://extensions.example.com/consent-guard/)
#   ./build.sh fuzz [SECONDS]  run the property tests (tests/fuzz.rs) with fresh seeds for SECONDS
#                       (default 60) and report how many cases ran
# It installs what is missing: the wasm32 target, wasm-bindgen-cli at the Cargo.lock version,
# wasm-opt (Debian binaryen), Chromium (Debian), and the npm packages of package-lock.json; for the
# Firefox tier, Firefox ESR and libnss3-tools (Debian) and geckodriver (cargo, pinned).
set -euo pipefail
CALLER_PWD=$PWD
cd "$(dirname "$0")"
ROOT=$PWD
CRATE=consent_guard
PKG=target/pkg

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

apt_install() {
  if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null 2>&1; then
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
  fi
}

crate_version() { # the package version of Cargo.toml
  awk -F'"' '/^\[/ {p = ($0 == "[package]")} p && $1 ~ /^version *= *$/ {print $2; exit}' Cargo.toml
}

locked_version() { # version of a crate in Cargo.lock (or in the lock file given second)
  awk -v n="$1" '$1=="name" && $3=="\""n"\"" {getline; gsub(/"/,"",$3); print $3; exit}' "${2:-Cargo.lock}"
}

ensure_build_tools() {
  command -v cargo >/dev/null || { echo "cargo is missing: install Rust with rustup first" >&2; exit 1; }
  if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    log "adding rustup target wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown
  fi
  [ -f Cargo.lock ] || cargo generate-lockfile
  local want; want=$(locked_version wasm-bindgen)
  if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$want" ]; then
    log "installing wasm-bindgen-cli $want (the version in Cargo.lock)"
    cargo install wasm-bindgen-cli --version "$want" --locked --force || install_wasm_bindgen_relocked "$want"
  fi
  command -v wasm-opt >/dev/null || { log "installing wasm-opt (binaryen)"; apt_install binaryen; }
  command -v zip >/dev/null || { log "installing zip"; apt_install zip; }
}

# wasm-bindgen-cli's own Cargo.lock can name a dependency version that a crates.io mirror does not
# hold yet (0.2.130's lock pins webpki-roots 1.0.11; a mirror seen here stops at 1.0.10), and then
# `cargo install --locked` cannot resolve it. tools/wasm-bindgen-cli/ keeps that lock with only such
# versions moved to ones the mirror has, and the checksum of the published crate: the same source,
# built still --locked, from a lock that is pinned here.
install_wasm_bindgen_relocked() {
  local want=$1 dir=tools/wasm-bindgen-cli work=target/tools
  if [ "$(locked_version wasm-bindgen-cli "$dir/Cargo.lock")" != "$want" ]; then
    echo "wasm-bindgen-cli $want could not be installed with its own lock, and $dir/Cargo.lock is for" \
      "another version: update it (cargo update -p <crate> --precise <version> in the crate's source)" >&2
    exit 1
  fi
  log "installing wasm-bindgen-cli $want with the lock in $dir/"
  mkdir -p "$work"
  curl -fsSL --retry 3 -o "$work/wasm-bindgen-cli-$want.crate" \
    "https://static.crates.io/crates/wasm-bindgen-cli/$want/download"
  (cd "$work" && sha256sum --quiet -c "$ROOT/$dir/crate.sha256")
  rm -rf "$work/wasm-bindgen-cli-$want"
  tar -xzf "$work/wasm-bindgen-cli-$want.crate" -C "$work"
  cp "$dir/Cargo.lock" "$work/wasm-bindgen-cli-$want/Cargo.lock"
  cargo install --path "$work/wasm-bindgen-cli-$want" --locked --force
}

ensure_test_tools() {
  command -v chromium >/dev/null || { log "installing Chromium"; apt_install chromium; }
  command -v openssl >/dev/null || apt_install openssl
  # Japanese, Chinese and Korean glyphs for the screenshots of the second languages (boxes without them)
  [ -d /usr/share/fonts/opentype/noto ] || { log "installing CJK fonts"; apt_install fonts-noto-cjk; }
  ensure_firefox_tools
  ensure_npm
}

# Firefox ESR (Debian), NSS's certutil for the test profile, and geckodriver at a pinned version.
GECKODRIVER_VERSION=0.37.1
ensure_firefox_tools() {
  command -v firefox-esr >/dev/null || { log "installing Firefox ESR"; apt_install firefox-esr; }
  command -v certutil >/dev/null || { log "installing certutil (libnss3-tools)"; apt_install libnss3-tools; }
  if [ "$(geckodriver --version 2>/dev/null | awk 'NR==1 {print $2}')" != "$GECKODRIVER_VERSION" ]; then
    log "installing geckodriver $GECKODRIVER_VERSION"
    cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked --force
  fi
}

ensure_npm() {
  command -v node >/dev/null || { echo "node is missing" >&2; exit 1; }
  if [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/typescript ] || [ ! -d node_modules/esbuild ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    log "installing npm packages from package-lock.json"
    npm ci --no-audit --no-fund --silent
  fi
}

# One .wasm for each part of the extension (Cargo features choose the exports): the service worker
# loads the verdict engine, the popup's "Your authorizations" panel the grants client.
MODULES=("$CRATE:verdict" "${CRATE}_grants:grants")

build_wasm() {
  rm -rf "$PKG" && mkdir -p "$PKG"
  local module name features
  for module in "${MODULES[@]}"; do
    name=${module%%:*} features=${module#*:}
    log "building $name for wasm32 (feature $features; release: opt-level z, LTO)"
    cargo build --lib --release --target wasm32-unknown-unknown --quiet --no-default-features --features "$features"
    # wasm-opt runs before wasm-bindgen: Debian's wasm-opt 108 retypes the externref table that
    # wasm-bindgen adds (it becomes anyref), and the browser then refuses to instantiate the module.
    # --converge: the passes again while the module shrinks. --low-memory-unused: no address
    # below 1 KiB is reached by wrapping pointer arithmetic (no Rust pointer is within 1 KiB of
    # 4 GiB), so a constant added to an address can be the access's offset.
    # --one-caller-inline-max-function-size 10: a function called from one place stays a function
    # unless it is tiny. Inlining every such function (binaryen's default) makes the module a few KB
    # smaller but about 8 KB larger gzipped (BENCHMARKS.md, Size).
    wasm-opt -Oz --converge --low-memory-unused --one-caller-inline-max-function-size 10 --enable-bulk-memory --enable-reference-types --enable-nontrapping-float-to-int \
      --enable-sign-ext --enable-multivalue --enable-mutable-globals \
      "target/wasm32-unknown-unknown/release/$CRATE.wasm" -o "$PKG/$name.opt.wasm"
    # --experimental-reset-state-function: after a trap (a panic) the worker calls __wbg_reset_state
    # for a new instance instead of reusing the trapped one.
    wasm-bindgen --target web --no-typescript --experimental-reset-state-function \
      --out-dir "$PKG" --out-name "$name" "$PKG/$name.opt.wasm"
    rm "$PKG/$name.opt.wasm"
    log "$name.wasm: $(wc -c <"$PKG/${name}_bg.wasm") bytes, $(gzip -9c "$PKG/${name}_bg.wasm" | wc -c) gzipped"
  done
}

# dist/<browser>/: extension/ + the wasm package + the manifest for that browser.
assemble() {
  local browser=$1 out=dist/$1
  rm -rf "$out" && mkdir -p "$out"
  cp -R extension/. "$out/"
  # types for the checks and the package.json that lets Node's unit tests import the modules: not for the browser
  find "$out" -name '*.d.ts' -delete && rm "$out/package.json"
  mkdir -p "$out/pkg" && cp "$PKG"/*.js "$PKG"/*_bg.wasm "$out/pkg/"
  # the data files the modules read at start, not compiled in (extension/shared/data-files.js)
  mkdir -p "$out/data/scopes/words" && cp data/scopes/*.json "$out/data/scopes/" && cp data/scopes/words/*.json "$out/data/scopes/words/" && cp data/psl-private.txt data/text-tables.bin data/federation.txt data/password-asks.txt data/providers.json "$out/data/"
  node - "$browser" manifest.json "$(crate_version)" >"$out/manifest.json" <<'JS'
const [browser, file, version] = process.argv.slice(2);
const m = JSON.parse(require('fs').readFileSync(file, 'utf8'));
m.version = version; // Cargo.toml's package version is the extension's
if (browser === 'firefox') {
  // Firefox runs MV3 background scripts as an event page and needs its own id; it takes no key.
  m.background = { scripts: [m.background.service_worker], type: 'module' };
  delete m.key;
  delete m.minimum_chrome_version;
  // Firefox tells of certificate exceptions only through getSecurityInfo in a blocking listener.
  m.permissions.push('webRequestBlocking');
  m.browser_specific_settings = { gecko: { id: 'consent-guard@consentguard.dev', strict_min_version: '128.0' } };
}
process.stdout.write(JSON.stringify(m, null, 2) + '\n');
JS
  # each content script stage as one minified file (tools/content-build.js)
  node tools/content-build.js "$out"
  (cd "$out" && rm -f "../consent-guard-$browser.zip" && zip -qr -X "../consent-guard-$browser.zip" .)
}

build() {
  ensure_build_tools
  ensure_npm # esbuild minifies the content scripts
  build_wasm
  for b in chrome edge firefox; do assemble "$b"; done
  log "dist/chrome, dist/edge, dist/firefox and their zips are ready ($(wc -c <dist/consent-guard-chrome.zip) bytes zipped)"
}

# ESLint over the extension and the tests, then tsc over the extension (// @ts-check + JSDoc, the
# message protocol's types in extension/shared/protocol.d.ts).
lint_js() {
  ensure_npm
  log "JS lint: eslint"
  npx --no-install eslint .
  log "JS types: tsc --noEmit"
  npx --no-install tsc -p tsconfig.json
}

# Rust gates: formatting, and clippy (warnings denied) natively with the tests and for each .wasm.
lint_rust() {
  log "lint: cargo fmt --check, cargo clippy (native with tests; wasm32 for each module)"
  cargo fmt --check
  cargo clippy --quiet --all-targets -- -D warnings
  local module
  for module in "${MODULES[@]}"; do
    cargo clippy --quiet --target wasm32-unknown-unknown --lib --no-default-features --features "${module#*:}" \
      -- -D warnings
  done
}

run_tests() {
  ensure_build_tools
  ensure_test_tools
  # Gates first: formatting, lints and types, and generated files that must match their sources.
  lint_rust
  lint_js
  log "gate: administrator's kit (generated files up to date)"
  node tools/admin-kit.js --check
  log "tier 1: cargo test (engine, parsers, catalogs, contract, grants client; a short fuzz round of tests/fuzz.rs)"
  cargo test --quiet
  log "tier 2: wasm-bindgen-test (the bindings, in Node)"
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
    cargo test --target wasm32-unknown-unknown --test bindings
  log "tier 3: JS unit tests (node:test)"
  node --test --test-concurrency=1 tests/unit/
  build
  log "tier 4: end-to-end in headless Chromium"
  local e2e=() f
  for f in tests/e2e/*.test.js; do [ "$f" = tests/e2e/kits.test.js ] || e2e+=("$f"); done # kits: tier 5
  node --test --test-concurrency=1 "${e2e[@]}"
  # Tier 5, the real phishing-kit templates of ../shared/corpus/kits (skipped, with the reason, when
  # that folder is absent; a case with the wrong verdict fails the build).
  log "tier 5: phishing-kit templates in headless Chromium"
  node --test tests/e2e/kits.test.js
  log "tier 6: end-to-end in headless Firefox ESR"
  node --test --test-concurrency=1 tests/firefox/
}

# Property tests with fresh seeds, round after round, until SECONDS are up. Each round runs every
# property of tests/fuzz.rs with PROPTEST_CASES cases; a failure stops the run, and proptest keeps
# the shrunk case in proptest-regressions/fuzz.txt (commit it: every later run replays it first).
fuzz() {
  local seconds=${1:-60} cases=${FUZZ_CASES:-2000}
  [[ $seconds =~ ^[0-9]+$ ]] || { echo "usage: ./build.sh fuzz [SECONDS]" >&2; exit 2; }
  cargo test --quiet --test fuzz --no-run
  local properties
  properties=$(cargo test --quiet --test fuzz -- --list 2>/dev/null | grep -c ': test$')
  local end=$((SECONDS + seconds)) rounds=0
  log "fuzz: ${properties} properties, ${cases} cases each a round, for ${seconds}s"
  while ((SECONDS < end)); do
    PROPTEST_CASES=$cases cargo test --quiet --test fuzz >/dev/null 2>&1 || {
      PROPTEST_CASES=$cases cargo test --test fuzz 2>&1 | tail -40
      echo "fuzz: a property failed after $((rounds * properties * cases)) executions" >&2
      exit 1
    }
    rounds=$((rounds + 1))
  done
  log "fuzz: ${rounds} rounds, $((rounds * properties * cases)) executions in ${seconds}s, no failure"
}

case "${1:-build}" in
  build) build ;;
  test) run_tests ;;
  lint) lint_js ;;
  demo) ensure_test_tools; command -v pngquant >/dev/null || apt_install pngquant; build; node tests/demo.js ;;
  bench) ensure_test_tools; build; bash benches/run.sh ;;
  pack)
    [ $# -eq 2 ] || { echo "usage: ./build.sh pack KEYFILE   (UPDATE_BASE_URL=https://host/path/ sets the codebase)" >&2; exit 2; }
    key=$2; [[ $key = /* ]] || key=$CALLER_PWD/$key
    [ -f "$key" ] || { echo "pack: no key file at $key (make one: openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out key.pem)" >&2; exit 1; }
    command -v chromium >/dev/null || { log "installing Chromium"; apt_install chromium; }
    build
    node tools/pack.js "$key" ;;
  fuzz) fuzz "${2:-60}" ;;
  *) echo "usage: ./build.sh [build|test|lint|demo|bench|fuzz [SECONDS]|pack KEYFILE]" >&2; exit 2 ;;
esac

#!/usr/bin/env node
'use strict';
// The content scripts as the browser gets them: every page pays for compiling what it is given, so
// dist/<browser>/ carries each stage as one minified file built from the sources in extension/
// (which stay as they are, for the unit tests, the lint and the type check).
//
//   node tools/content-build.js DIST_DIR   rewrite DIST_DIR/content/ and DIST_DIR/manifest.json
//   (CONTENT_KEEP_NAMES=1: local names kept, for a profile that names the functions)
//
// - content/collector.js: the full collector (COLLECTOR_SOURCES, in this order, each still its own
//   IIFE; COLLECTOR_FILES says which files the sources go to), injected by the worker
//   (`COLLECTOR_FILES` in worker/background.js); its sources leave dist. It is not web-accessible.
//   Its last expression (FIRST_RESULT) is the first snapshot's message: `executeScript` resolves with
//   it, so the first snapshot needs no message (and no use of the extension's bindings).
// - content/probe.js: shared/contract.js then content/probe.js, the first stage, one manifest entry
//   instead of two (shared/contract.js stays for the worker, which imports it).
// - content/drawn.js: minified in place (the page's world, document_start, every page).
// Each file carries V8's compile hint for eager compilation (EAGER below).

const fs = require('fs');
const path = require('path');
const esbuild = require('esbuild');

const ROOT = path.join(__dirname, '..');
// Shared classic scripts first, then the content script's parts: classify.js creates the namespace
// the others fill, main.js wires them and sends the first snapshot. images.js and keys.js register
// readers that collect() looks up when it runs, so they may come after observe.js.
const COLLECTOR_SOURCES = ['shared/protocol.js', 'shared/dom.js', 'content/classify.js', 'content/collect.js',
  'content/observe.js', 'content/images.js', 'content/keys.js', 'content/recollect.js', 'content/main.js'];
// The collector as the worker injects it: one file, with the compile hint (EAGER below). Split in
// two (the readers a small sign-in page mostly does not call, compiled lazily, in a second file), the
// small sign-in page cost about 2 ms more on a quiet machine (benches/page-cost.js, 15.9 against
// 13.9 ms in one run): the second injection costs more than the lazy compilation saves.
const COLLECTOR_FILES = [
  { file: 'content/collector.js', eager: true, sources: COLLECTOR_SOURCES },
];
// Appended after minification, so that it stays the file's last expression statement (the script's
// completion value, which `chrome.scripting.executeScript` returns): main.js's `takeFirst`.
const FIRST_RESULT = '\n;globalThis.CONSENT_GUARD_CONTENT?.takeFirst?.() ?? null;\n';
const PROBE_SOURCES = ['shared/contract.js', 'content/probe.js'];
const PROBE_FILE = 'content/probe.js';
// Chrome and Edge 120 (the manifest's minimum_chrome_version), Firefox 128 (its strict_min_version).
const TARGET = ['chrome120', 'firefox128'];

// V8's explicit compile hint: every function of the file is compiled with the script, in one pass,
// instead of pre-parsed at load and parsed again at its first call (Chrome 136 and later; a plain
// comment elsewhere). The probe's functions, and the collector's, nearly all run on
// the first snapshot; measured with benches/page-cost.js on the small sign-in page, a quarter less
// script time than without the hint. The page's script time (CDP ScriptDuration) does not count a
// script's compile before it runs, but does count each function compiled lazily during the run.
const EAGER = '//# allFunctionsCalledOnLoad\n';

/**
 * Sources joined and minified as one classic script. Each source is a block of its own that reports
 * what it throws and lets the next one run, as separate script files did: main.js, last, then still
 * sends a snapshot, or asks again for a collector that loaded incompletely, and the page is judged.
 */
function minified(files) {
  return joined(files.map((f) => fs.readFileSync(path.join(ROOT, 'extension', f), 'utf8')));
}

/** @param {string[]} sources the scripts' texts, in order */
function joined(sources) {
  const code = sources.map((source) => `try {\n${source}\n} catch (err) { reportError(err); }`).join('\n');
  // CONTENT_KEEP_NAMES=1 keeps the functions' names, for benches/page-profile.js to name them.
  const names = process.env.CONTENT_KEEP_NAMES === '1';
  return esbuild.transformSync(code, {
    minifyWhitespace: true, minifySyntax: true, minifyIdentifiers: !names,
    target: TARGET, legalComments: 'none', charset: 'utf8',
  }).code;
}

function build(dist) {
  if (!fs.existsSync(path.join(dist, 'manifest.json'))) throw new Error(`content-build: no manifest.json in ${dist}`);
  const write = (file, code) => fs.writeFileSync(path.join(dist, file), code);
  const manifestFile = path.join(dist, 'manifest.json');
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
  for (const { file, eager, sources } of COLLECTOR_FILES) write(file, (eager ? EAGER : '') + minified(sources) + FIRST_RESULT);
  for (const f of COLLECTOR_SOURCES) if (f.startsWith('content/')) fs.rmSync(path.join(dist, f));
  write(PROBE_FILE, EAGER + minified(PROBE_SOURCES));
  write('content/drawn.js', EAGER + minified(['content/drawn.js']));

  let replaced = 0;
  for (const entry of manifest.content_scripts ?? []) {
    if (JSON.stringify(entry.js) === JSON.stringify(PROBE_SOURCES)) {
      entry.js = [PROBE_FILE];
      replaced++;
    }
  }
  if (replaced !== 1) throw new Error(`content-build: the manifest has no content script entry ${JSON.stringify(PROBE_SOURCES)}`);
  fs.writeFileSync(manifestFile, JSON.stringify(manifest, null, 2) + '\n');
}

module.exports = { COLLECTOR_SOURCES, COLLECTOR_FILES, PROBE_SOURCES, FIRST_RESULT, joined };

if (require.main === module) {
  const dist = process.argv[2];
  if (!dist || process.argv.length !== 3) {
    console.error('usage: node tools/content-build.js DIST_DIR');
    process.exit(2);
  }
  build(path.resolve(dist));
}

'use strict';
// tools/content-build.js: the content scripts joined into one file behave as the separate files did.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const vm = require('node:vm');
const fs = require('node:fs');
const path = require('node:path');
const { joined, COLLECTOR_SOURCES, COLLECTOR_FILES } = require('../../tools/content-build');

/** Runs a built script in a fresh context; what it reports as thrown is collected. */
function run(code) {
  const reported = [];
  const context = vm.createContext({ reportError: (err) => reported.push(err) });
  vm.runInContext(code, context);
  return { context, reported };
}

test('a part that throws is reported and the parts after it still run', () => {
  const { context, reported } = run(joined([
    'globalThis.first = 1;',
    '(() => { "use strict"; throw new TypeError("no such API"); })();',
    '(() => { "use strict"; globalThis.last = 3; })();',
  ]));
  assert.equal(context.first, 1);
  assert.equal(context.last, 3);
  assert.equal(reported.length, 1);
  assert.match(String(reported[0]), /no such API/);
});

test('a part that fails to parse fails the build, not the page', () => {
  assert.throws(() => joined(['globalThis.a = 1;', 'const = ;']));
});

test('each part keeps its own scope: the same names in two parts do not clash', () => {
  const { context, reported } = run(joined([
    '(() => { const cg = 1; globalThis.a = cg; })();',
    '(() => { const cg = 2; globalThis.b = cg; })();',
  ]));
  assert.deepEqual([context.a, context.b, reported.length], [1, 2, 0]);
});

test('the collector ends with main.js, which sends the first snapshot', () => {
  assert.equal(COLLECTOR_SOURCES.at(-1), 'content/main.js');
  assert.equal(COLLECTOR_SOURCES.indexOf('content/classify.js') < COLLECTOR_SOURCES.indexOf('content/collect.js'), true);
});

test('the worker injects the collector files the build writes, in the same order, every source once', () => {
  const worker = fs.readFileSync(path.join(__dirname, '../../extension/worker/background.js'), 'utf8');
  const listed = worker.match(/const COLLECTOR_FILES = (\[[^\]]*\]);/);
  assert.ok(listed, 'worker/background.js declares COLLECTOR_FILES');
  assert.deepEqual(JSON.parse(listed[1].replace(/'/g, '"')), COLLECTOR_FILES.map((f) => f.file));
  assert.deepEqual(COLLECTOR_FILES.flatMap((f) => f.sources), COLLECTOR_SOURCES);
  // the namespace, the collector and the observer are there before anything that reads them at load
  assert.equal(COLLECTOR_FILES[0].eager, true);
  for (const f of ['shared/protocol.js', 'content/classify.js', 'content/collect.js', 'content/observe.js']) {
    assert.ok(COLLECTOR_FILES[0].sources.includes(f), f);
  }
});

test('no extension file is web-accessible: a page cannot load or fetch the collector', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '../../manifest.json'), 'utf8'));
  assert.equal(manifest.web_accessible_resources, undefined);
});

test('the collector file\'s last expression is the first snapshot main.js holds back (the injection\'s result)', () => {
  const { FIRST_RESULT } = require('../../tools/content-build');
  const { context, reported } = run(joined([
    '(() => { const cg = (globalThis.CONSENT_GUARD_CONTENT ??= {}); cg.first = { type: "snapshot", snapshot: null }; cg.takeFirst = () => { const f = cg.first; cg.first = null; return f; }; })();',
  ]) + FIRST_RESULT);
  assert.equal(reported.length, 0);
  const completion = vm.runInContext(joined(['globalThis.ran = true;']) + FIRST_RESULT, context);
  assert.equal(completion, null, 'taken once');
  const fresh = vm.createContext({ reportError: () => {} });
  const first = vm.runInContext(joined([
    '(() => { const cg = (globalThis.CONSENT_GUARD_CONTENT ??= {}); cg.first = { type: "snapshot", snapshot: null }; cg.takeFirst = () => { const f = cg.first; cg.first = null; return f; }; })();',
  ]) + FIRST_RESULT, fresh);
  assert.deepEqual(JSON.parse(JSON.stringify(first)), { type: 'snapshot', snapshot: null });
  // a collector that did not load (no namespace) gives null: the worker judges the frame "could not verify"
  assert.equal(vm.runInContext(joined(['globalThis.x = 1;']) + FIRST_RESULT, vm.createContext({ reportError: () => {} })), null);
});

'use strict';
// tools/content-build.js: the content scripts joined into one file behave as the separate files did.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const vm = require('node:vm');
const { joined, COLLECTOR_SOURCES } = require('../../tools/content-build');

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

'use strict';
// The detection corpus (tests/corpus/*.js): every row is a page served at its own hostname and the
// verdict the tab must get. Spoofs built with the tricks public write-ups of phishing kits describe, and
// ordinary pages of the kinds people visit, which must stay quiet.

const os = require('node:os');
const { test, describe, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { launchBrowser } = require('./harness');
const { CORPUS_PAGES } = require('../corpus');
// Rows the extension does not get right yet, each with the reason (tests/corpus/known-misses.json):
// they still run and are reported as TODO, and a row that starts passing is reported too.
const KNOWN_MISSES = require('../corpus/known-misses.json');

// Rows run on a pool of browsers, each its own process with its own window (its own visible tab to
// capture), a row at a time in each: a quiet row spends most of its time waiting out its settle time
// (median 1.8 s, against 0.9 s for a row that warns), so two browsers a core keep the cores busy. On
// two cores, four browsers ran the 1,393 rows in 664 s against 935 s for two.
// CORPUS_BROWSERS=1 runs the rows one after another.
const POOL = Math.max(1, Number(process.env.CORPUS_BROWSERS) || Math.min(4, 2 * os.availableParallelism()));
/** @type {any[]} */
const idle = [];
/** @type {((b: any) => void)[]} */
const waiting = [];
const acquire = () => (idle.length ? Promise.resolve(idle.pop()) : new Promise((resolve) => waiting.push(resolve)));
const release = (browser) => { const next = waiting.shift(); if (next) next(browser); else idle.push(browser); };
const browsers = [];
// With no rows node:test never runs `after`: launch the browsers only when there is a page to open.
if (CORPUS_PAGES.length > 0) {
  before(async () => {
    for (let i = 0; i < POOL; i++) browsers.push(await launchBrowser());
    idle.push(...browsers);
  });
  after(() => Promise.all(browsers.map((browser) => browser.close())));
} else {
  test('corpus', { skip: 'tests/corpus lists no pages' }, () => {});
}

// A verdict is the document's: a link to a fragment (`#login`) keeps the document, and the worker
// keeps the URL the document was judged at.
const documentUrl = (url) => url.replace(/#.*$/s, '');

/** The tab's stored verdict for the page's current document, once the worker of `b` has written one. */
async function storedVerdict(b, page, timeout) {
  const deadline = Date.now() + timeout;
  let record;
  for (;;) {
    record = await b.tabRecord(page);
    if (record?.verdict && documentUrl(record.url) === documentUrl(await b.judgedUrl(page))) return record.verdict;
    if (Date.now() > deadline) throw new Error(`no verdict for ${page.url()} (record ${JSON.stringify(record)})`);
    await page.waitForTimeout(50); // polling interval of a condition wait, not a fixed delay
  }
}

/** Waits until the tab's verdict reaches `level` (pages that reveal their form late), or returns the last. */
async function verdictReaching(b, page, wanted, timeout) {
  const deadline = Date.now() + timeout;
  let verdict = await storedVerdict(b, page, timeout);
  while (!wanted.includes(verdict.level) && Date.now() < deadline) {
    await page.waitForTimeout(50);
    verdict = await storedVerdict(b, page, timeout);
  }
  return verdict;
}

describe('corpus', { concurrency: POOL }, () => {
  for (const p of CORPUS_PAGES) {
    const accepted = [p.expect, ...(p.accept ?? [])];
    const todo = KNOWN_MISSES[`${p.group}/${p.name}`];
    test(`${p.group}/${p.name}: ${p.what} → ${accepted.join(' or ')}`, { todo }, async (t) => {
      const b = await acquire();
      let page;
      try {
        page = await b.open(b.url(p.host, p.path), { allowError: Boolean(p.certError) });
        if (p.click) {
          // A page warned of before the click (the tab sent to the warning page) is judged as it is.
          await page.click(p.click.selector, { timeout: 5000 }).catch(async (e) => {
            if (!(await b.warning(page))) throw e;
          });
        }
        // A page that must warn may reveal its form late: wait for the warning. A quiet page gets its
        // verdict and then stays quiet for as long as a late form would take to appear.
        const verdict = p.expect === 'none'
          ? await verdictReaching(b, page, ['caution', 'danger', 'genuine'], p.settleMs ?? 1500)
          : await verdictReaching(b, page, accepted, p.timeoutMs ?? 8000);
        const rules = verdict.findings.map((f) => f.rule);
        // a frame judged on no snapshot says why (the collector could not be loaded, gave none, …)
        const why = verdict.error ? ` (${JSON.stringify(verdict.error)})` : '';
        t.diagnostic(`${verdict.level} ${JSON.stringify(rules)}${why}`);
        assert.ok(accepted.includes(verdict.level),
          `expected ${accepted.join('|')}, got ${verdict.level}: ${JSON.stringify(rules)}${why}`);
        if (p.provider && verdict.level !== 'none') assert.equal(verdict.provider, p.provider, 'provider imitated');
        if (p.rule) assert.ok(rules.some((r) => p.rule.test(r)), `a ${p.rule} finding among ${JSON.stringify(rules)}`);
      } finally {
        await page?.close();
        release(b);
      }
    });
  }
});

test('every known miss names a row of the corpus', () => {
  const rows = new Set(CORPUS_PAGES.map((p) => `${p.group}/${p.name}`));
  assert.deepEqual(Object.keys(KNOWN_MISSES).filter((k) => !rows.has(k)), []);
});

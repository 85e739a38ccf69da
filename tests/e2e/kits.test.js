'use strict';
// The kit corpus: real phishing-kit templates from public repositories, served at the hostnames their
// cases name (../shared/corpus/kits, see its README and tests/server/kits.js). Nothing of it lives in
// this repository: without that folder the tier is skipped and says why.
//
//   node --test tests/e2e/kits.test.js                  (KITS_DIR=<folder> to read another copy)
//
// One test per case: open its URL in headless Chromium with the extension, do its click if it has one,
// wait for the verdict (a condition wait bounded by the case's timeout) and check its level is the
// case's `expected` or one of its `accept`. Every case prints its level and rule ids, and a table of
// all of them follows the last case.

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { loadKits } = require('../server/kits');

const kits = loadKits();
const DANGER_TIMEOUT_MS = 8000; // a page that must warn, without its own timeout_ms
const QUIET_SETTLE_MS = 1500; // how long a quiet page is watched for a late form or a late warning
/** Cases the extension does not get right yet, and why: they run as TODO. */
const KNOWN_MISSES = {};

if (kits.missing) {
  const reason = `kit corpus not found: ${kits.missing}`;
  console.log(`SKIPPED: ${reason}`);
  test('kit corpus', { skip: reason }, () => {});
} else {
  const { launchBrowser } = require('./harness');

  const results = [];
  let b;

  before(async () => {
    b = await launchBrowser({ kits });
    if (kits.warmup) {
      // The corpus's own first page: the browser and the extension have handled one page before the cases.
      const page = await b.open(kits.warmup.url);
      await page.close();
    }
  });

  after(async () => {
    await b?.close();
    if (!results.length) return;
    const width = Math.max(...results.map((r) => r.id.length));
    console.log(`\n${'case'.padEnd(width)}  ${'expected'.padEnd(22)}  ${'got'.padEnd(7)}  rules`);
    for (const r of results) {
      const mark = r.ok ? ' ' : '✗';
      console.log(`${r.id.padEnd(width)}  ${r.accepted.join('|').padEnd(22)}  ${r.level.padEnd(7)}${mark} ${r.rules.join(' ')}`);
    }
    const failed = results.filter((r) => !r.ok).length;
    console.log(`${results.length - failed} of ${results.length} cases got an accepted verdict`);
  });

  /** The tab's stored verdict for the page's current URL, once the worker has written one. */
  async function storedVerdict(page, deadline) {
    let record;
    for (;;) {
      record = await b.tabRecord(page);
      if (record?.verdict && sameDocument(record.url, await b.judgedUrl(page))) return record.verdict;
      if (Date.now() > deadline) throw new Error(`no verdict for ${page.url()} (record ${JSON.stringify(record)?.slice(0, 800)})`);
      await page.waitForTimeout(50); // polling interval of a condition wait, not a fixed delay
    }
  }

  /** The same document: URLs equal once the fragment (a modal's `#id`) is left out. */
  function sameDocument(a, b2) {
    const strip = (u) => String(u).replace(/#.*$/, '');
    return strip(a) === strip(b2);
  }

  /** Waits until the verdict's level is one of `wanted`, or the deadline passes; returns the last verdict. */
  async function verdictReaching(page, wanted, timeout) {
    const deadline = Date.now() + timeout;
    let verdict = await storedVerdict(page, deadline);
    while (!wanted.includes(verdict.level) && Date.now() < deadline) {
      await page.waitForTimeout(50);
      verdict = await storedVerdict(page, deadline);
    }
    return verdict;
  }

  for (const c of kits.cases) {
    const accepted = [c.expected, ...(c.accept ?? [])];
    const host = new URL(c.url).hostname;
    // Known misses run as TODO, with the reason (like tests/corpus/known-misses.json for the corpus).
    const todo = KNOWN_MISSES[c.id];
    test(`${c.id}: ${host} → ${accepted.join(' or ')}`, { todo }, async (t) => {
      const page = await b.open(c.url);
      const loaded = Date.now();
      try {
        if (c.click) {
          // The case's person clicks once the element is there, and not before `after_ms`.
          const target = page.locator(c.click.selector).first();
          await target.waitFor({ state: 'visible', timeout: c.timeout_ms ?? DANGER_TIMEOUT_MS });
          const wait = loaded + (c.click.after_ms ?? 0) - Date.now();
          if (wait > 0) await page.waitForTimeout(wait); // the case's scenario timing, not a wait for state
          await target.click();
        }
        // A page that must warn may reveal its form late: wait for an accepted level. A page that must
        // stay quiet is watched for as long as a late form would take to appear.
        const verdict = c.expected === 'none'
          ? await verdictReaching(page, ['caution', 'danger', 'genuine'], c.timeout_ms ?? QUIET_SETTLE_MS)
          : await verdictReaching(page, accepted, c.timeout_ms ?? DANGER_TIMEOUT_MS);
        const rules = verdict.findings.map((f) => f.rule);
        const ok = accepted.includes(verdict.level);
        results.push({ id: c.id, accepted, level: verdict.level, rules, ok });
        t.diagnostic(`${c.id}: ${verdict.level} ${JSON.stringify(rules)}`);
        assert.ok(ok, `${c.id}: expected ${accepted.join('|')}, got ${verdict.level}: ${JSON.stringify(rules)}`);
      } catch (e) {
        if (!results.some((r) => r.id === c.id)) results.push({ id: c.id, accepted, level: 'error', rules: [e.message.split('\n')[0]], ok: false });
        throw e;
      } finally {
        await page.close();
      }
    });
  }
}

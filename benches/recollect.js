'use strict';
// The cost of one late change on the 20,000-element article with a sign-in form (benches/page-cost.js's
// page): the content script's whole collect after the change, against bringing the last snapshot up to
// date from the change's mutation records (content/recollect.js). In-page timing (performance.now() in
// the content script's world, which Chromium coarsens to 0.1 ms), median of N loads. Then a page that
// changes text 100 times a second for 3 s (a clock): the renderer's script time during those 3 s and
// one more second (CDP ScriptDuration) with the extension, without it, and with CONSENT_GUARD_BASE=dir
// (another build) when given, median of N loads each, the browsers alternating.
// `node benches/recollect.js [loads]` (default 9); CONSENT_GUARD_DIST=dir measures another build.

const { chromium } = require('playwright-core');
const { launchBrowser, until } = require('../tests/e2e/harness');
const { articleBody } = require('../tests/e2e/pages');

const LOADS = Number(process.argv[2]) || 9;
const HOST = 'https://bench-recollect.example';
const FORM = '<form action="/login" method="post"><label>Email <input type=email name=email autocomplete=username></label>'
  + '<label>Password <input type=password name=password></label><button>Sign in</button></form>';

// The 20,000-element article with a sign-in form of benches/page-cost.js, each section's second step
// with an id to change.
function article() {
  return `<!doctype html><html><head><meta charset=utf-8><title>Field notes: building a garden shed</title></head><body>${articleBody(FORM, { ids: true })}</body></html>`;
}

const TICKER = '<!doctype html><html><head><meta charset=utf-8><title>Staff portal - Fabrikam</title></head><body>'
  + `<h1>Fabrikam staff portal</h1>${FORM}`
  + Array.from({ length: 60 }, (_, i) => `<p>Note ${i}: the quarterly figures were filed and the archive was tidied.</p>`)
    .map((p, i) => (i === 12 ? `<p>Local time <span id=tick>0</span></p>${p}` : p)).join('') + '</body></html>';
const SETTLE_MS = 1500; // after load, before the flood: the first snapshot and the idle scan (a fixed window for every browser)
const AFTER_MS = 1000; // after the flood: the last re-collection

/** Script time (ms) of the flood on the ticker page, in a fresh tab of `context`. */
async function floodTime(context, i) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const metric = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration').value;
  await page.goto(`${HOST}/ticker?n=${i}`, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  const before = await metric();
  await page.evaluate(() => new Promise((resolve) => {
    const tick = document.getElementById('tick');
    const started = performance.now();
    const timer = setInterval(() => {
      tick.textContent = `12:00:${(performance.now() - started).toFixed(0)}`;
      if (performance.now() - started > 3000) {
        clearInterval(timer);
        resolve();
      }
    }, 10);
  }));
  await page.waitForTimeout(AFTER_MS);
  const ms = (await metric() - before) * 1000;
  await cdp.detach();
  await page.close();
  return ms;
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const STATE = `(() => { const cg = globalThis.CONSENT_GUARD_CONTENT; const r = cg?.lastRead?.();
  return r ? { text: r.snapshot.text, stats: { ...cg.recollect.stats } } : null; })()`;

async function main() {
  const b = await launchBrowser();
  const base = process.env.CONSENT_GUARD_BASE ? await launchBrowser({ dist: process.env.CONSENT_GUARD_BASE }) : null;
  const plain = await chromium.launchPersistentContext('', {
    executablePath: '/usr/bin/chromium', headless: true, viewport: { width: 1100, height: 800 },
    args: ['--headless=new', '--no-sandbox'],
  });
  const pages = { article: article(), ticker: TICKER };
  for (const context of [b.context, plain, base?.context]) {
    await context?.route(`${HOST}/**`, (route) => route.fulfill({
      status: 200, contentType: 'text/html; charset=utf-8', body: pages[new URL(route.request().url()).pathname.slice(1)] ?? 'not found',
    }));
  }
  const flood = { with: [], without: [], base: [] };
  const records = [];
  const looking = [];
  const whole = [];
  try {
    for (let i = 0; i < LOADS; i++) {
      const page = await b.open(`${HOST}/article?n=${i}`);
      const before = await until('the first snapshot', () => b.inContentScript(page, STATE), 30_000);
      // one late change in the text the snapshot read (section 5, below the top of the page)
      await page.evaluate((n) => { document.getElementById('s5').textContent = `step two, revised ${n}`; }, i);
      const now = await until('the change read', async () => {
        const s = await b.inContentScript(page, STATE);
        return s.text.includes(`revised ${i}`) && s;
      }, 30_000);
      if (now.stats.whole !== before.stats.whole) throw new Error(`a whole collect ran: ${now.stats.lastWhy}`);
      records.push((now.stats.takeMs - before.stats.takeMs) / (now.stats.fromRecords - before.stats.fromRecords));
      looking.push(now.stats.noteMs - before.stats.noteMs);
      // the same kind of change read by the whole collect, as every change was before
      await page.evaluate((n) => { document.getElementById('s6').textContent = `step two, redone ${n}`; }, i);
      whole.push(await b.inContentScript(page, 'globalThis.CONSENT_GUARD_CONTENT.collect().collectMs'));
      await page.close();
    }
    for (let i = 0; i < LOADS; i++) {
      flood.without.push(await floodTime(plain, i));
      flood.with.push(await floodTime(b.context, i));
      if (base) flood.base.push(await floodTime(base.context, i));
    }
  } finally {
    await base?.close();
    await plain.close();
    await b.close();
  }
  const fmt = (xs) => `median ${median(xs).toFixed(2)} ms (min ${Math.min(...xs).toFixed(2)}, max ${Math.max(...xs).toFixed(2)})`;
  console.log(`one late change on the 20,000-element article with a form, ${LOADS} loads`);
  console.log(`  whole collect after the change:          ${fmt(whole)}`);
  console.log(`  re-collection from the records:          ${fmt(records)}`);
  console.log(`  looking at the records (observer batch): ${fmt(looking)}`);
  const added = (xs) => median(xs) - median(flood.without);
  console.log(`text changed 100 times a second for 3 s (ScriptDuration over the 3 s and ${AFTER_MS} ms after, ${LOADS} loads)`);
  console.log(`  without the extension: ${fmt(flood.without)}`);
  console.log(`  with this build:       ${fmt(flood.with)}; added ${added(flood.with).toFixed(1)} ms`);
  if (base) console.log(`  with CONSENT_GUARD_BASE: ${fmt(flood.base)}; added ${added(flood.base).toFixed(1)} ms`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

'use strict';
// The cost of one late change on the 20,000-element article with a sign-in form (benches/page-cost.js's
// page): the content script's whole collect after the change, against bringing the last snapshot up to
// date from the change's mutation records (content/recollect.js). In-page timing (performance.now() in
// the content script's world, which Chromium coarsens to 0.1 ms), median of N loads:
// `node benches/recollect.js [loads]` (default 9); CONSENT_GUARD_DIST=dir measures another build.

const { launchBrowser, until } = require('../tests/e2e/harness');

const LOADS = Number(process.argv[2]) || 9;
const HOST = 'https://bench-recollect.example';
const FORM = '<form action="/login" method="post"><label>Email <input type=email name=email autocomplete=username></label>'
  + '<label>Password <input type=password name=password></label><button>Sign in</button></form>';

function article() {
  const parts = ['<!doctype html><html><head><meta charset=utf-8><title>Field notes: building a garden shed</title></head><body>',
    '<header><nav><a href="/">Home</a> <a href="/archive">Archive</a></nav></header><main><article><h1>Building a garden shed</h1>'];
  let elements = 12;
  for (let s = 0; elements < 19_900; s++) {
    parts.push(`<section><h2>Part ${s}</h2><p>The frame of part ${s} is <em>cedar</em>, cut to <strong>length</strong> and `
      + `<a href="/n/${s}">joined</a> with <code>screws</code>.</p><ul><li>step one of ${s}</li><li id=s${s}>step two</li></ul></section>`);
    elements += 9;
  }
  parts.push(`</article></main><aside>${FORM}</aside></body></html>`);
  return parts.join('');
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const STATE = `(() => { const cg = globalThis.CONSENT_GUARD_CONTENT; const r = cg?.lastRead?.();
  return r ? { text: r.snapshot.text, stats: { ...cg.recollect.stats } } : null; })()`;

async function main() {
  const b = await launchBrowser();
  const body = article();
  await b.context.route(`${HOST}/**`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
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
  } finally {
    await b.close();
  }
  const fmt = (xs) => `median ${median(xs).toFixed(2)} ms (min ${Math.min(...xs).toFixed(2)}, max ${Math.max(...xs).toFixed(2)})`;
  console.log(`one late change on the 20,000-element article with a form, ${LOADS} loads`);
  console.log(`  whole collect after the change:          ${fmt(whole)}`);
  console.log(`  re-collection from the records:          ${fmt(records)}`);
  console.log(`  looking at the records (observer batch): ${fmt(looking)}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

'use strict';
// What the extension adds to every page a person opens: the renderer's main-thread script time
// (CDP Performance.getMetrics ScriptDuration, from navigation until the page has settled) with and
// without the extension, in the same run, median of N loads, for a 20,000-element article with a
// sign-in form, the same article without the form (a page that asks for nothing), that article with
// a clock ticking in its header (a text changed every 100 ms) and a small sign-in page. `node benches/page-cost.js [loads] [page...]` (default 15, all pages); CONSENT_GUARD_DIST=dir measures another build;
// CONSENT_GUARD_BASE=dir measures a second build beside it, in the same run (an earlier build, to compare).
// The pages are generated here and served through request interception at a hostname of their own.

const { chromium } = require('playwright-core');
const { launchBrowser } = require('../tests/e2e/harness');
const { articleBody } = require('../tests/e2e/pages');

const LOADS = Number(process.argv[2]) || 15;
const ONLY = process.argv.slice(3); // page names (all when none)
const SETTLE_MS = 1500; // after load: the content script's first snapshot, re-collections and idle scan

const ARTICLE_HEAD = '<!doctype html><html><head><meta charset=utf-8><title>Field notes: building a garden shed</title></head><body>';
const SIGN_IN_FORM = '<form action="/login" method="post"><label>Email <input type=email name=email autocomplete=username></label>'
  + '<label>Password <input type=password name=password></label><button>Sign in</button></form>';

function article(withForm = true) {
  return `${ARTICLE_HEAD}${articleBody(withForm ? SIGN_IN_FORM : '<p>Comments are closed.</p>')}</body></html>`;
}

const LOGIN = '<!doctype html><html><head><meta charset=utf-8><title>Sign in - Fabrikam Portal</title></head><body>'
  + '<h1>Sign in</h1><form action="/session" method="post"><label>Email <input type=email name=email autocomplete=username></label>'
  + '<label>Password <input type=password name=password autocomplete=current-password></label><button>Continue</button></form>'
  + '<p><a href="/forgot">Forgot your password?</a></p></body></html>';

// The article without the form whose header shows a clock: one text node's data changes every 100 ms.
const TICKING = article(false).replace('<header>', '<header><span id=clock>0</span>')
  .replace('</body>', '<script>let t = 0; const c = document.getElementById("clock").firstChild; setInterval(() => { c.data = String(++t); }, 100);</script></body>');

const PAGES = { article: article(), 'article-no-form': article(false), 'article-ticking': TICKING, login: LOGIN };
const HOST = 'https://bench-pages.example';
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

async function serve(context) {
  await context.route(`${HOST}/**`, (route) => {
    const name = new URL(route.request().url()).pathname.slice(1);
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: PAGES[name] ?? 'not found' });
  });
}

/** ScriptDuration (ms) of each of `count` loads of `name`, each in a fresh tab of `context`. */
async function scriptTimes(context, name, count) {
  const out = [];
  for (let i = 0; i < count; i++) {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const metric = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration').value;
    const before = await metric();
    await page.goto(`${HOST}/${name}?n=${i}`, { waitUntil: 'load' });
    await page.waitForTimeout(SETTLE_MS); // a fixed window, the same with and without the extension
    out.push((await metric() - before) * 1000);
    await cdp.detach();
    await page.close();
  }
  return out;
}

async function main() {
  const withExt = await launchBrowser();
  const base = process.env.CONSENT_GUARD_BASE ? await launchBrowser({ dist: process.env.CONSENT_GUARD_BASE }) : null;
  const plain = await chromium.launchPersistentContext('', {
    executablePath: '/usr/bin/chromium', headless: true, viewport: { width: 1100, height: 800 },
    args: ['--headless=new', '--no-sandbox'],
  });
  try {
    await serve(withExt.context);
    await serve(plain);
    if (base) await serve(base.context);
    const rows = [];
    for (const name of Object.keys(PAGES).filter((n) => !ONLY.length || ONLY.includes(n))) {
      // alternate so the browsers see the same machine load
      const a = []; const b = []; const c = [];
      for (let round = 0; round < 3; round++) {
        const count = Math.ceil(LOADS / 3);
        b.push(...await scriptTimes(plain, name, count));
        a.push(...await scriptTimes(withExt.context, name, count));
        if (base) c.push(...await scriptTimes(base.context, name, count));
      }
      rows.push({ name, without: median(b), with: median(a), base: base ? median(c) : null });
    }
    const baseHead = base ? ' | the other build (CONSENT_GUARD_BASE) | its added' : '';
    console.log(`| page | script time without | with the extension | added (median of ${LOADS})${baseHead} |`);
    console.log(`| --- | ---: | ---: | ---:${base ? ' | ---: | ---:' : ''} |`);
    for (const r of rows) {
      const baseCols = r.base === null ? '' : ` | ${r.base.toFixed(1)} ms | ${(r.base - r.without).toFixed(1)} ms`;
      console.log(`| ${r.name} | ${r.without.toFixed(1)} ms | ${r.with.toFixed(1)} ms | ${(r.with - r.without).toFixed(1)} ms${baseCols} |`);
    }
  } finally {
    await base?.close();
    await plain.close();
    await withExt.close();
  }
}

module.exports = { PAGES, HOST, SETTLE_MS };

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exitCode = 1;
  });
}

'use strict';
// Where the extension's script time on the page-cost pages goes: CDP Profiler (100 µs sampling) over
// each load of a page (navigation until 1.5 s after load), self time summed by script and function
// over N loads. `node benches/page-profile.js [loads] [page...]`; CONSENT_GUARD_DIST=dir profiles another
// build; PROFILE_INCLUSIVE=1 sums each extension function's total time (its callees included) instead.
// Pages as in page-cost.js.

const { launchBrowser } = require('../tests/e2e/harness');
const { PAGES, HOST, SETTLE_MS } = require('./page-cost');

const LOADS = Number(process.argv[2]) || 5;
const NAMES = process.argv.slice(3).length ? process.argv.slice(3) : Object.keys(PAGES);

/** An extension script's path in the extension ("content/probe.js"). @param {string} url */
const extFile = (url) => url.replace(/^chrome-extension:\/\/[^/]+\//, '');

/** Self time (ms) per "file function" of one profile, and the total of the extension's scripts. */
function selfTimes(profile, into) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  }
  // attribute each node to the nearest extension frame above it (a native call inside the extension's
  // code counts for the extension)
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const owner = (id) => {
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const f = byId.get(cur).callFrame;
      if (f.url.startsWith('chrome-extension://')) return f;
    }
    return null;
  };
  if (process.env.PROFILE_INCLUSIVE) {
    for (const [id, ms] of dt) {
      const seen = new Set();
      for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
        const f = byId.get(cur).callFrame;
        if (!f.url.startsWith('chrome-extension://')) continue;
        const key = `${extFile(f.url)} ${f.functionName || '(top)'}`;
        if (seen.has(key)) continue;
        seen.add(key);
        into.set(key, (into.get(key) ?? 0) + ms);
      }
    }
    return;
  }
  for (const [id, ms] of dt) {
    const f = byId.get(id).callFrame;
    const ext = owner(id);
    let key;
    if (ext) {
      const file = extFile(ext.url);
      key = `${file} ${ext.functionName || '(top)'}${f === ext ? '' : ` > ${f.functionName || f.url || '?'}`}`;
    } else key = `[page] ${f.functionName || '?'} ${f.url.slice(0, 40)}`;
    into.set(key, (into.get(key) ?? 0) + ms);
  }
}

async function main() {
  const b = await launchBrowser();
  try {
    await b.context.route(`${HOST}/**`, (route) => {
      const name = new URL(route.request().url()).pathname.slice(1);
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: PAGES[name] ?? 'not found' });
    });
    for (const name of NAMES) {
      const totals = new Map();
      for (let i = 0; i < LOADS; i++) {
        const page = await b.context.newPage();
        const cdp = await b.context.newCDPSession(page);
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
        await cdp.send('Profiler.start');
        await page.goto(`${HOST}/${name}?p=${i}`, { waitUntil: 'load' });
        await page.waitForTimeout(SETTLE_MS);
        const { profile } = await cdp.send('Profiler.stop');
        selfTimes(profile, totals);
        await cdp.detach();
        await page.close();
      }
      const rows = [...totals].map(([k, v]) => [k, v / LOADS]).filter(([k]) => !k.startsWith('[page] (idle)'))
        .sort((x, y) => y[1] - x[1]);
      const ext = rows.filter(([k]) => !k.startsWith('[page]')).reduce((s, [, v]) => s + v, 0);
      console.log(`\n== ${name}: extension frames ${ext.toFixed(1)} ms per load (mean of ${LOADS})`);
      for (const [k, v] of rows.slice(0, 40)) if (v >= 0.05) console.log(`${v.toFixed(2).padStart(8)} ms  ${k}`);
    }
  } finally {
    await b.close();
  }
}

main().catch((err) => { console.error(err); process.exitCode = 1; });

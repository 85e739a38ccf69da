'use strict';
// Compile, run and forced style/layout of the extension's scripts on the page-cost pages: a CDP trace
// (devtools.timeline, v8.execute) of each load, navigation until 1.5 s after load, summed over N loads.
// `node benches/page-trace.js [loads] [page...]`; CONSENT_GUARD_DIST=dir traces another build.
// TRACE_CPU=1 sums the renderer thread's CPU time (the events' tdur) instead of wall time: on a shared
// machine the wall time of a script includes the time its thread waited for a core.

const { launchBrowser } = require('../tests/e2e/harness');
const { PAGES, HOST, SETTLE_MS } = require('./page-cost');

const LOADS = Number(process.argv[2]) || 3;
const NAMES = process.argv.slice(3).length ? process.argv.slice(3) : Object.keys(PAGES);
const CATEGORIES = 'devtools.timeline,v8.execute,v8,disabled-by-default-devtools.timeline';

const CPU = process.env.TRACE_CPU === '1';
// TRACE_COMPILE=1 prints, per load, each compile of an extension script with V8's code-cache args
// (consumedCacheSize, cacheRejected, producedCacheSize, notEligibleReason...): whether the file came
// from the code cache or was compiled afresh.
const COMPILE = process.env.TRACE_COMPILE === '1';
const isExt = (url) => typeof url === 'string' && url.startsWith('chrome-extension://');
const file = (url) => url.replace(/^chrome-extension:\/\/[^/]+\//, '');

/** Per load: ms of the extension's script entry points, and of compile, style and layout inside them. */
function summarise(events, into) {
  const complete = events.filter((e) => e.ph === 'X' && e.dur !== undefined);
  // begin/end pairs as complete events
  const open = new Map();
  for (const e of events) {
    const k = `${e.pid}:${e.tid}:${e.name}`;
    if (e.ph === 'B') open.set(k, e);
    else if (e.ph === 'E' && open.has(k)) {
      const b = open.get(k);
      open.delete(k);
      const tdur = b.tts !== undefined && e.tts !== undefined ? e.tts - b.tts : undefined;
      complete.push({ ...b, ph: 'X', dur: e.ts - b.ts, tdur, args: { ...b.args, ...e.args } });
    }
  }
  const byThread = new Map();
  for (const e of complete) {
    const k = `${e.pid}:${e.tid}`;
    if (!byThread.has(k)) byThread.set(k, []);
    byThread.get(k).push(e);
  }
  const add = (key, e) => into.set(key, (into.get(key) ?? 0) + ((CPU ? e.tdur : undefined) ?? e.dur) / 1000);
  for (const list of byThread.values()) {
    list.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    const stack = [];
    for (const e of list) {
      while (stack.length && stack[stack.length - 1].ts + stack[stack.length - 1].dur <= e.ts) stack.pop();
      let url = e.args?.data?.url ?? e.args?.data?.scriptName ?? e.args?.fileName ?? e.args?.data?.fileName;
      // a module's evaluation names no script: the extension's modules are the only ones on these pages
      if (e.name === 'v8.evaluateModule' && !url && !stack.find((s) => s.extUrl)) url = 'chrome-extension://-/(module)';
      const owner = stack.find((s) => s.extUrl);
      if (!owner && isExt(url) && /^(EvaluateScript|FunctionCall|v8\.evaluateModule|v8\.run|v8\.callFunction|TimerFire|FireIdleCallback|EventDispatch)$/.test(e.name)) {
        e.extUrl = file(url);
        add(`entry ${e.name} ${e.extUrl}`, e);
      } else if (owner && !/^v8\.(run|callFunction)$/.test(e.name)) {
        // inside an entry point, at any depth (nested events of one name overlap)
        add(`  in ${owner.extUrl}: ${e.name}`, e);
      } else if (!owner && isExt(url) && /compile|parse/i.test(e.name)) {
        add(`compile ${e.name} ${file(url)}`, e);
      }
      stack.push(e);
      if (!e.extUrl && owner) e.extUrl = null;
    }
  }
}

/** One line per compile (or code-cache event) of an extension script in one load. */
function compiles(events, load) {
  for (const e of events) {
    if (!/compile|cache|parse/i.test(e.name) || e.ph === 'E') continue;
    const a = { ...(e.args ?? {}), ...(e.args?.data ?? {}) };
    delete a.data;
    const url = a.url ?? a.fileName ?? a.scriptName ?? a.streamedUrl;
    if (!isExt(url)) continue;
    delete a.url;
    const ms = ((CPU ? e.tdur : undefined) ?? e.dur ?? 0) / 1000;
    console.log(`load ${load}  ${e.name.padEnd(28)} ${file(url).padEnd(24)} ${ms.toFixed(2).padStart(6)} ms  ${JSON.stringify(a)}`);
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
        const events = [];
        cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
        const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
        await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
        await page.goto(`${HOST}/${name}?t=${i}`, { waitUntil: 'load' });
        await page.waitForTimeout(SETTLE_MS);
        await cdp.send('Tracing.end');
        await done;
        summarise(events, totals);
        if (COMPILE) compiles(events, i);
        await cdp.detach();
        await page.close();
      }
      console.log(`\n== ${name} (ms${CPU ? ' of thread CPU time' : ''} per load, mean of ${LOADS})`);
      for (const [k, v] of [...totals].sort((x, y) => x[0].localeCompare(y[0]))) if (v / LOADS >= 0.05) console.log(`${(v / LOADS).toFixed(2).padStart(8)}  ${k}`);
      const entries = [...totals].filter(([k]) => k.startsWith('entry ')).reduce((sum, [, v]) => sum + v, 0);
      console.log(`${(entries / LOADS).toFixed(2).padStart(8)}  all entry points`);
    }
  } finally {
    await b.close();
  }
}

main().catch((err) => { console.error(err); process.exitCode = 1; });

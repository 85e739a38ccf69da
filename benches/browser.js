'use strict';
// Browser benchmarks (headless Chromium, the built extension, the local fixture servers):
//   - time from navigation start (and from the load event) to the genuine badge, with the service
//     worker warm and cold (stopped before each navigation), and to the danger badge of a spoof
//     (a look-alike host), warm;
//   - content-script collection time on a 20,000-element page: the `collectMs` the content script puts
//     in its snapshot, captured in the content script's own world when it re-collects after a change.
// Prints a markdown table for BENCHMARKS.md. `node benches/browser.js [loads]` (default 15 per figure).

const { launchBrowser, BADGE, EXTENSION_ID } = require('../tests/e2e/harness');
const { PAGES } = require('../tests/e2e/pages');

const LOADS = Number(process.argv[2]) || 15;
const genuine = PAGES.find((p) => p.name === 'ado-approval');
const quiet = PAGES.find((p) => p.name === 'blog-oauth');
const spoof = PAGES.find((p) => p.name === 'microsoft-lookalike');

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const fmt = (x) => `${x.toFixed(1)} ms`;

async function untilJudged(b, page) {
  for (let i = 0; i < 100; i++) {
    const record = await b.tabRecord(page);
    if (record?.verdict && record.url === page.url()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`no verdict for ${page.url()}`);
}

async function badgeTimes(b, cold, target = genuine, badge = BADGE.genuine) {
  const page = await b.open(b.url(quiet.host, quiet.path));
  const tab = await b.tabId(page);
  // Polls the badge from an extension page: reading it there never wakes the worker.
  const poller = await b.context.newPage();
  await poller.goto(`chrome-extension://${EXTENSION_ID}/manifest.json`);
  const fromStart = [];
  const fromLoad = [];
  for (let i = 0; i < LOADS; i++) {
    await page.goto(b.url(quiet.host, `${quiet.path}?n=${i}`));
    await untilJudged(b, page);
    if (cold) await b.stopWorker();
    const seen = poller.evaluate(async ({ tab, text }) => {
      const deadline = Date.now() + 10_000;
      while (Date.now() < deadline) {
        if (await chrome.action.getBadgeText({ tabId: tab }) === text) return Date.now();
        await new Promise((r) => setTimeout(r, 2));
      }
      return null;
    }, { tab, text: badge });
    const url = b.url(target.host, `${target.path}${target.path.includes('?') ? '&' : '?'}n=${i}`);
    if (badge === BADGE.danger) {
      // a danger verdict sends the tab to the warning page, maybe before the load event: timed from
      // the navigation's request, and no load event figure
      const sent = Date.now();
      await page.goto(url, { waitUntil: 'commit' });
      const at = await seen;
      if (at === null) throw new Error(`no ${badge} badge on ${url}`);
      fromStart.push(at - sent);
      await page.waitForURL(/\/pages\/warning\/warning\.html#/); // sent there, before the next load
      continue;
    }
    await page.goto(url);
    const at = await seen;
    if (at === null) throw new Error(`no ${badge} badge on ${page.url()}`);
    const t = await page.evaluate(() => ({ start: performance.timeOrigin, load: performance.timing.loadEventEnd }));
    fromStart.push(at - t.start);
    fromLoad.push(at - t.load);
  }
  await Promise.all([page.close(), poller.close()]);
  return { fromStart, fromLoad };
}

async function collectTimes(b) {
  const url = b.url('shop.example-outdoors.com', '/catalog/all');
  const times = [];
  let elements = 0;
  for (let i = 0; i < LOADS; i++) {
    const page = await b.open(`${url}?n=${i}`);
    await untilJudged(b, page);
    elements = await page.evaluate(() => document.getElementsByTagName('*').length);
    // Listen in the content script's world for its next snapshot, then change the page meaningfully.
    await b.inContentScript(page, `(() => {
      const send = chrome.runtime.sendMessage.bind(chrome.runtime);
      globalThis.nextSnapshot = new Promise((resolve) => {
        chrome.runtime.sendMessage = (msg, ...rest) => {
          if (msg?.type === 'snapshot') resolve(msg.snapshot.collectMs);
          return send(msg, ...rest);
        };
      });
    })()`);
    await page.evaluate(() => {
      const input = Object.assign(document.createElement('input'), { type: 'password', name: 'pin' });
      document.querySelector('header form').append(input);
      // Lay the change out now, as a visible tab renders it at its next frame, before the content
      // script's throttled re-collection runs: collectMs is then the content script's own work.
      void document.body.offsetHeight;
    });
    const ms = await b.inContentScript(page, `Promise.race([globalThis.nextSnapshot,
      new Promise((r) => setTimeout(() => r(null), 5000))])`);
    if (typeof ms !== 'number') throw new Error('the content script sent no snapshot with collectMs after the change');
    times.push(ms);
    await page.close();
  }
  return { times, elements };
}

async function main() {
  const b = await launchBrowser();
  try {
    const warm = await badgeTimes(b, false);
    const cold = await badgeTimes(b, true);
    const danger = await badgeTimes(b, false, spoof, BADGE.danger);
    const collect = await collectTimes(b);
    const row = (what, xs, target = '') => `| ${what} | ${fmt(median(xs))} | ${fmt(Math.min(...xs))} | ${fmt(Math.max(...xs))} | ${xs.length} | ${target} |`;
    console.log([
      '| measure (headless Chromium) | median | min | max | loads | target |',
      '| --- | ---: | ---: | ---: | ---: | --- |',
      row('navigation start → badge, warm worker', warm.fromStart),
      row('load event → badge, warm worker', warm.fromLoad, '≤ 100 ms'),
      row('navigation start → badge, cold worker', cold.fromStart),
      row('load event → badge, cold worker', cold.fromLoad),
      row('request → danger badge (look-alike host), warm worker', danger.fromStart),
      row(`content script collection, ${collect.elements.toLocaleString('en')}-element page (collectMs)`, collect.times, '≤ 5 ms'),
    ].join('\n'));
  } finally {
    await b.close();
  }
}

main().catch((e) => { console.error(e.message); process.exit(1); });

'use strict';
// End-to-end harness: headless Chromium with the built extension (dist/chrome) and the local servers
// answering for the real hostnames (tests/server/serve.js has the table of hosts).
//
// Usage (node:test; each test file launches its own browser):
//
//   const { test, before, after } = require('node:test');
//   const assert = require('node:assert/strict');
//   const { launchBrowser, BADGE } = require('./harness');
//   let b;
//   before(async () => { b = await launchBrowser(); });     // or launchBrowser({ policy: { blockedClients: {...} } })
//                                                           // (resolves once the extension has read the managed policy)
//                                                           // launchBrowser({ kits }) also serves the kit corpus
//                                                           // (tests/server/kits.js loadKits())
//                                                           // launchBrowser({ lang: 'de' }) runs Chromium in that UI language
//   after(() => b.close());                                  // browser, servers and temp dirs
//   (`launchBrowser({ headed: true })` opens a window instead, for the demo where there is a display;
//   `launchBrowser({ dist })` loads the extension from another directory, `{ locale: 'de' }` runs the
//   browser in that language, `{ profile: dir }` uses (and keeps) that profile, to start the same
//   browser again. The environment variable CONSENT_GUARD_DIST overrides the default dist.)
//   test('genuine approval page', async () => {
//     const page = await b.open(b.url('app.vssps.visualstudio.com', '/oauth2/authorize?client_id=...'));
//     const badge = await b.waitForBadge(page, BADGE.genuine);  // {text, color, title}; throws with details on timeout
//     assert.match(badge.title, /^Consent Guard: /);
//     const popup = await b.popup(page);                      // popup.html?tabId=<that tab>
//     await b.screenshot(popup, 'popup-genuine');             // target/screenshots/popup-genuine.png
//   });
//
// Helpers on the object launchBrowser() returns:
//   url(host, path)            URL on that host's own scheme (https, or http for http-only hosts)
//   open(url, {allowError})    new tab, waits for load; with allowError a failed navigation (certificate
//                              error) is not thrown; the tab is still found by the URL asked for
//   badge(page)                {text, color: '#rrggbb', title} of that tab, from the extension
//   waitForBadge(page, text | predicate, timeout=5000)   polls until it matches (verdicts arrive async)
//   tabId(page), tabRecord(page)   the tab id; storage.session `tab:<id>` ({url, verdict, frames, updated})
//   session(key?)              storage.session (one key, or everything)
//   popup(page)                opens chrome-extension://<id>/pages/popup/popup.html?tabId=<id> in a new tab
//   screenshot(page, name)     PNG into target/screenshots/<name>.png, returns the path
//   warning(page, timeout=0)   the warning page the tab was sent to: {url, text} once it shows its
//                              verdict (waits up to `timeout` ms for the tab to get there), or null
//   judgedUrl(page)            the URL the tab's verdict is for: the page's URL (a blob: page's origin), or,
//                              on the warning page, the URL of the page it warns about
//   inContentScript(page, expr)  evaluates the expression in the extension's content-script world of the
//                              top frame (CDP), e.g. to send what a broken content script would send
//   stopWorker()               stops the extension's service worker (CDP ServiceWorker.stopWorker); the next
//                              event restarts it. workerRunning() tells its state.
//   inExtension(fn, arg)       runs fn(arg) with the extension's chrome.* APIs: in the service worker while it
//                              runs, otherwise in an extension page (so reading never wakes a stopped worker)
//   context, servers, extensionId, close()

const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');
const { startServers } = require('../server/serve');

const ROOT = path.resolve(__dirname, '..', '..');
const DIST = process.env.CONSENT_GUARD_DIST || path.join(ROOT, 'dist', 'chrome');
const SCREENSHOTS = path.join(ROOT, 'target', 'screenshots');
const EXTENSION_ID = 'ghigmcifaaefadpoenadggdheaacilgf';
const WARNING_PAGE = `chrome-extension://${EXTENSION_ID}/pages/warning/warning.html`;

/** The badge convention (brief): text and background colour per verdict level. */
const BADGE = {
  genuine: '✓',
  danger: '!',
  caution: '?',
  none: '',
};
const COLORS = { genuine: '#1a7f37', danger: '#d1242f', caution: '#9a6700' };

const hex = (rgba) => `#${rgba.slice(0, 3).map((c) => c.toString(16).padStart(2, '0')).join('')}`;

async function launchBrowser({ policy, headed = false, kits, dist = DIST, locale, lang = locale, profile: keptProfile } = {}) {
  if (!fs.existsSync(path.join(dist, 'manifest.json'))) {
    throw new Error(`${path.relative(ROOT, dist)} is missing: run ./build.sh first to build the extension`);
  }
  const servers = await startServers({ kits });
  // `profile`: a profile directory the caller keeps (and removes), to start the same browser again.
  const profile = keptProfile ?? fs.mkdtempSync(path.join(os.tmpdir(), 'consent-guard-profile-'));
  const removeProfile = () => { if (!keptProfile) fs.rmSync(profile, { recursive: true, force: true }); };
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: '/usr/bin/chromium',
      headless: !headed,
      viewport: headed ? null : { width: 1100, height: 800 },
      // The UI language (chrome.i18n, Intl): Chromium on Linux takes it from LANGUAGE, --lang sets it elsewhere.
      ...(lang ? { env: { ...process.env, LANGUAGE: lang.replace('-', '_'), LANG: `${lang.replace('-', '_')}.UTF-8` }, locale: lang } : {}),
      args: [
        ...(lang ? [`--lang=${lang}`] : []),
        ...(headed ? [] : ['--headless=new']), '--no-sandbox',
        `--disable-extensions-except=${dist}`, `--load-extension=${dist}`,
        `--host-resolver-rules=${servers.hostResolverRules}`,
        `--ignore-certificate-errors-spki-list=${servers.spki}`,
        '--disable-background-networking', '--disable-component-update', '--no-first-run',
        '--disable-sync', '--disable-quic',
        // Keep http:// fixtures on http (no automatic upgrade attempt to https).
        '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
      ],
    });
  } catch (e) {
    await servers.close();
    removeProfile();
    throw e;
  }

  let worker = context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${EXTENSION_ID}/`));
  if (!worker) {
    worker = await context.waitForEvent('serviceworker', {
      predicate: (w) => w.url().startsWith(`chrome-extension://${EXTENSION_ID}/`),
      timeout: 10_000,
    });
  }

  // An extension page that stays open: chrome.* calls while the worker is stopped, and a CDP session
  // that follows the worker's running state.
  const control = await context.newPage();
  await control.goto(`chrome-extension://${EXTENSION_ID}/manifest.json`);
  const cdp = await context.newCDPSession(control);
  const versions = new Map(); // versionId -> runningStatus, for our extension's worker
  const waiters = new Set(); // checks run on every status update
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions: list }) => {
    for (const v of list) {
      if (v.scriptURL.startsWith(`chrome-extension://${EXTENSION_ID}/`)) versions.set(v.versionId, v.runningStatus);
    }
    for (const check of [...waiters]) check();
  });
  await cdp.send('ServiceWorker.enable');
  const untilStatus = (want, timeout) => new Promise((resolve, reject) => {
    const done = (err) => { waiters.delete(check); clearTimeout(timer); if (err) reject(err); else resolve(); };
    const check = () => { if (versions.size && [...versions.values()].every((s) => s === want)) done(); };
    const timer = setTimeout(() => done(new Error(`service worker did not become ${want} within ${timeout} ms`)), timeout);
    waiters.add(check);
    check();
  });

  const workerRunning = () => [...versions.values()].some((s) => s === 'running');
  const inExtension = (fn, arg) => (workerRunning() ? worker : control).evaluate(fn, arg);

  const requested = new WeakMap(); // page -> URL it was opened with
  const tabIds = new WeakMap();

  /** The worker's entry for the warning page a page shows (storage.session `warning:<token>`), or null. */
  async function warningEntry(page) {
    const url = page.url();
    if (!url.startsWith(`${WARNING_PAGE}#`)) return null;
    const token = url.slice(WARNING_PAGE.length + 1);
    return (await inExtension((k) => chrome.storage.session.get(k), `warning:${token}`))[`warning:${token}`] ?? null;
  }

  async function judgedUrl(page) {
    return (await warningEntry(page))?.url ?? pageUrlOf(page.url());
  }

  /** A top-level blob: document is judged as the page of its origin (protocol.pageUrl). */
  function pageUrlOf(url) {
    const blob = /^blob:(https?:\/\/[^/]+)/i.exec(url);
    return blob ? `${blob[1]}/` : url;
  }

  async function tabId(page) {
    if (tabIds.has(page)) return tabIds.get(page);
    const entry = await warningEntry(page);
    if (entry) { tabIds.set(page, entry.tabId); return entry.tabId; }
    const urls = [requested.get(page), page.url(), pageUrlOf(page.url())].filter(Boolean);
    for (let i = 0; i < 50; i++) {
      const id = await inExtension(async ({ wanted }) => {
        const tabs = await chrome.tabs.query({});
        const hits = [];
        for (const t of tabs) if (wanted.includes(t.url) || wanted.includes(t.pendingUrl)) hits.push(t.id);
        // A tab already sent to the warning page is found by the URL the warning is about (the
        // extension has no `tabs` permission, so the warning page's own address is not readable here).
        for (const [key, entry] of Object.entries(await chrome.storage.session.get(null))) {
          if (key.startsWith('warning:') && wanted.includes(entry?.url) && Number.isInteger(entry?.tabId)) hits.push(entry.tabId);
        }
        return hits.length ? Math.max(...hits) : null; // the newest tab with that URL
      }, { wanted: urls });
      if (id !== null) { tabIds.set(page, id); return id; }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`no tab found for ${urls.join(' / ')}`);
  }

  async function badge(page) {
    const id = await tabId(page);
    const b = await inExtension(async (tab) => ({
      text: await chrome.action.getBadgeText({ tabId: tab }),
      color: await chrome.action.getBadgeBackgroundColor({ tabId: tab }),
      title: await chrome.action.getTitle({ tabId: tab }),
    }), id);
    return { ...b, color: hex(b.color) };
  }

  async function session(key) {
    const all = await inExtension((k) => chrome.storage.session.get(k ?? null), key);
    return key ? all[key] : all;
  }

  const tabRecord = async (page) => session(`tab:${await tabId(page)}`);

  async function waitForBadge(page, expected, timeout = 5000) {
    const matches = typeof expected === 'function' ? expected : (b) => b.text === expected;
    const deadline = Date.now() + timeout;
    let last;
    for (;;) {
      last = await badge(page);
      if (matches(last)) return last;
      if (Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const record = await tabRecord(page).catch(() => undefined);
    throw new Error(`badge on ${requested.get(page) || page.url()} is ${JSON.stringify(last)}, ` +
      `expected ${typeof expected === 'function' ? expected.toString() : JSON.stringify(expected)}; ` +
      `tab record: ${JSON.stringify(record)?.slice(0, 1500)}`);
  }

  async function open(url, { allowError = false } = {}) {
    const page = await context.newPage();
    requested.set(page, url);
    try {
      await page.goto(url, { waitUntil: 'load' });
    } catch (e) {
      if (!allowError) throw e;
    }
    return page;
  }

  async function popup(page) {
    const id = await tabId(page);
    const p = await context.newPage();
    await p.setViewportSize({ width: 380, height: 600 });
    await p.goto(`chrome-extension://${EXTENSION_ID}/pages/popup/popup.html?tabId=${id}`, { waitUntil: 'load' });
    return p;
  }

  async function screenshot(page, name) {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    const file = path.join(SCREENSHOTS, `${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    return file;
  }

  async function warning(page, timeout = 0) {
    const deadline = Date.now() + timeout;
    for (;;) {
      if (page.url().startsWith(WARNING_PAGE)) {
        const shown = await page.waitForFunction(() => document.getElementById('back')?.textContent, null, { timeout: 5000 })
          .then(() => true, () => false);
        if (shown) return { url: page.url(), text: (await page.evaluate(() => document.body.innerText)).replace(/\s+/g, ' ').trim() };
      }
      if (Date.now() >= deadline) return null;
      await new Promise((r) => setTimeout(r, 50)); // polling interval of a condition wait
    }
  }

  async function inContentScript(page, expression) {
    const session = await context.newCDPSession(page);
    try {
      const { frameTree } = await session.send('Page.getFrameTree');
      const worlds = [];
      session.on('Runtime.executionContextCreated', ({ context: c }) => worlds.push(c));
      await session.send('Runtime.enable');
      const world = worlds.find((c) => c.auxData?.type === 'isolated' && c.auxData.frameId === frameTree.frame.id
        && c.origin === `chrome-extension://${EXTENSION_ID}`);
      if (!world) throw new Error(`no content script in ${page.url()}`);
      const { result, exceptionDetails } = await session.send('Runtime.evaluate', {
        expression, contextId: world.id, awaitPromise: true, returnByValue: true,
      });
      if (exceptionDetails) throw new Error(exceptionDetails.exception?.description || exceptionDetails.text);
      return result.value;
    } finally {
      await session.detach().catch(() => {});
    }
  }

  /**
   * From now on, records in the worker every answer it takes from a page: the content scripts'
   * messages (`snapshot`, `collect`), the first stage's answers it pulls and the collector's first
   * snapshot it gets back from the injection (both `chrome.scripting.executeScript` results, recorded
   * as they come back; the worker's own handling is unchanged). `taken()` lists them as
   * `{ via: 'message' | 'pulled' | 'injected', message, tabId, frameId, url, origin }`. The record
   * lives in the running worker: a test that stops the worker must call this again.
   */
  async function watchTaken() {
    await worker.evaluate(() => {
      if (globalThis.takenForTests) return;
      const log = (globalThis.takenForTests = []);
      // the origin (and address) the worker judges a frame's answers by: its message's sender's, or
      // the one pulled with the first stage's answer (the collector's injected result comes back without one)
      const origins = new Map();
      chrome.runtime.onMessage.addListener((message, sender) => {
        if (message?.type !== 'snapshot' && message?.type !== 'collect') return;
        origins.set(`${sender.tab?.id}:${sender.frameId}`, { origin: sender.origin, url: sender.url });
        log.push({ via: 'message', message, tabId: sender.tab?.id, frameId: sender.frameId, url: sender.url, origin: sender.origin ?? null });
      });
      const scripting = chrome.scripting;
      const run = scripting.executeScript.bind(scripting);
      scripting.executeScript = async (options) => {
        const results = await run(options);
        for (const r of results ?? []) {
          const via = options.files ? 'injected' : 'pulled';
          const message = via === 'pulled' ? r.result?.answer : r.result;
          if (message?.type !== 'snapshot' && message?.type !== 'collect') continue;
          const frame = await chrome.webNavigation.getFrame({ tabId: options.target.tabId, frameId: r.frameId }).catch(() => null);
          const key = `${options.target.tabId}:${r.frameId}`;
          if (via === 'pulled') origins.set(key, { origin: r.result?.origin, url: frame?.url });
          // a blob: frame, which webNavigation does not list, asked by message: its sender's address
          const known = origins.get(key);
          log.push({ via, message, tabId: options.target.tabId, frameId: r.frameId, url: frame?.url ?? known?.url ?? null, origin: known?.origin ?? null });
        }
        return results;
      };
    });
  }

  /** What the worker took since `watchTaken()` (see there). */
  async function taken() {
    return worker.evaluate(() => globalThis.takenForTests ?? []);
  }

  async function stopWorker() {
    // Chromium drops a stop request that comes while the browser is still starting: ask until it stops.
    for (const deadline = Date.now() + 10_000; ;) {
      for (const id of versions.keys()) await cdp.send('ServiceWorker.stopWorker', { versionId: id });
      try {
        await untilStatus('stopped', 1000);
        return;
      } catch (e) {
        if (Date.now() > deadline) throw e;
      }
    }
  }

  async function close() {
    await context.close().catch(() => {});
    await servers.close();
    removeProfile();
  }

  try {
    // The extension shows no verdict but "could not verify" before it has read the organisation's
    // managed policy, which Chromium answers only seconds after it starts (twenty on a busy machine).
    // The worker keeps what it read in storage.local `managedPolicy`: ready when that is there.
    await control.evaluate((timeout) => new Promise((resolve, reject) => {
      const done = (changes, area) => {
        if (area !== 'local' || !('managedPolicy' in changes)) return;
        chrome.storage.onChanged.removeListener(done);
        resolve();
      };
      chrome.storage.onChanged.addListener(done);
      chrome.storage.local.get('managedPolicy').then((items) => done(items, 'local'));
      setTimeout(() => reject(new Error(`the extension did not read the managed policy within ${timeout} ms`)), timeout);
    }), 60_000);
    if (policy) {
      // The person's own options (storage.local), which can only make the extension stricter. An
      // organisation's policy is a real managed policy file: `writeManagedPolicy`.
      await control.evaluate((options) => chrome.storage.local.set({ options }), policy);
      await stopWorker(); // the next event starts the worker with these options
    }
  } catch (e) {
    await close();
    throw e;
  }

  return {
    context, servers, extensionId: EXTENSION_ID,
    url: (host, p) => servers.urlFor(host, p),
    open, badge, waitForBadge, tabId, tabRecord, session, popup, screenshot, warning, judgedUrl, inContentScript,
    stopWorker, workerRunning, inExtension, watchTaken, taken, close,
  };
}

/**
 * Writes a managed policy for this extension where Chromium reads it
 * (/etc/chromium/policies/managed/<unique>.json; the tests run as root). Returns a function that
 * removes it; call it in `after` (it is also removed when the process exits).
 * @param {Record<string, unknown>} policy
 */
function writeManagedPolicy(policy) {
  const dir = '/etc/chromium/policies/managed';
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `consent-guard-test-${process.pid}-${Date.now()}.json`);
  fs.writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: policy } } }));
  const remove = () => fs.rmSync(file, { force: true });
  process.once('exit', remove);
  return remove;
}

/** Polls `check` (a condition, not a fixed sleep) until it returns something truthy, and returns that. */
async function until(what, check, timeout = 20_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

module.exports = { launchBrowser, writeManagedPolicy, until, BADGE, COLORS, DIST, EXTENSION_ID, SCREENSHOTS, WARNING_PAGE };

'use strict';
// End-to-end harness for Firefox: headless Firefox ESR driven over WebDriver (geckodriver), with the
// built extension (dist/firefox) installed as a temporary add-on, and the same local
// servers as the Chromium tier answering for the real hostnames.
//
// Firefox has no host-resolver rules and trusts authorities, not keys, so:
// - the trusted server's certificate is signed by an authority made for the run, added to the
//   profile's certificate store with NSS certutil (a browser with no exception clicked through: the
//   extension's `webRequest.getSecurityInfo` sees a secure connection);
// - Firefox reaches every host through a small proxy here that connects each hostname to the server
//   that answers for it (CONNECT for https, absolute-form requests for http); an unknown host gets
//   502, as the Chromium rules give NOTFOUND.
// The extension's internal UUID is fixed by a preference, so its pages have a known address.
//
// Usage (node:test):
//   const b = await launchFirefox();
//   const tab = await b.open(b.url('login.microsoftonline.com', '/common/oauth2/v2.0/authorize?...'));
//   await b.waitForBadge(tab, '✓');          // {text, title}; throws with the tab record on timeout
//                                            // (or a check: (badge) => boolean)
//   await b.close();

const fs = require('fs');
const os = require('os');
const path = require('path');
const net = require('net');
const http = require('http');
const { spawn, execFileSync } = require('child_process');
const { startServers, FLOOD_SUFFIX } = require('../server/serve');

const ROOT = path.resolve(__dirname, '..', '..');
const DIST = process.env.CONSENT_GUARD_FIREFOX_DIST || path.join(ROOT, 'dist', 'firefox');
const ADDON_ID = 'consent-guard@consentguard.dev';
const ADDON_UUID = '5d2c9a1e-7f3b-4c1a-9e8d-2b6f0c4a7e31';
const EXTENSION_BASE = `moz-extension://${ADDON_UUID}`;
const FIREFOX = process.env.FIREFOX || '/usr/bin/firefox-esr';

/** Why Firefox cannot run here, or null when it can (the tier skips with the reason). */
function unavailable() {
  if (!fs.existsSync(FIREFOX)) return `${FIREFOX} is missing (./build.sh test installs firefox-esr)`;
  if (!commandExists('geckodriver')) return 'geckodriver is missing (./build.sh test installs it)';
  if (!commandExists('certutil')) return 'certutil is missing (./build.sh test installs libnss3-tools)';
  if (!fs.existsSync(path.join(DIST, 'manifest.json'))) return `${path.relative(ROOT, DIST)} is missing: run ./build.sh first`;
  return null;
}

function commandExists(cmd) {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** A proxy that sends each request to the local server answering for its hostname. */
function startProxy(servers) {
  const portFor = (host) => {
    const h = host.toLowerCase();
    const kind = servers.hosts[h] ?? (h.endsWith(`.${FLOOD_SUFFIX}`) ? 'bad' : undefined);
    return kind ? servers.ports[kind] : undefined;
  };
  const sockets = new Set();
  const proxy = http.createServer((req, res) => {
    let url;
    try { url = new URL(req.url); } catch { res.writeHead(400).end(); return; }
    const port = url.protocol === 'http:' && servers.hosts[url.hostname] === 'http' ? servers.ports.http : undefined;
    if (!port) { res.writeHead(502).end(); return; }
    const upstream = http.request({ host: '127.0.0.1', port, method: req.method, path: url.pathname + url.search, headers: req.headers },
      (r) => { res.writeHead(r.statusCode ?? 502, r.headers); r.pipe(res); });
    upstream.on('error', () => { if (!res.headersSent) res.writeHead(502); res.end(); });
    req.pipe(upstream);
  });
  proxy.on('connect', (req, socket, head) => {
    const [host] = (req.url ?? '').split(':');
    const port = portFor(host);
    if (!port) { socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n'); return; }
    const upstream = net.connect(port, '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    for (const s of [socket, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => { socket.destroy(); upstream.destroy(); });
    }
  });
  return new Promise((resolve, reject) => {
    proxy.once('error', reject);
    proxy.listen(0, '127.0.0.1', () => resolve({
      port: /** @type {import('net').AddressInfo} */ (proxy.address()).port,
      close: () => new Promise((r) => { for (const s of sockets) s.destroy(); proxy.close(() => r()); }),
    }));
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('net').AddressInfo} */ (s.address());
      s.close(() => resolve(port));
    });
  });
}

/** A Firefox profile that trusts `caPem`, uses the proxy, and gives the add-on a known UUID. */
function makeProfile(caPem, proxyPort) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'consent-guard-firefox-'));
  const ca = path.join(dir, 'test-authority.pem');
  fs.writeFileSync(ca, caPem);
  execFileSync('certutil', ['-N', '--empty-password', '-d', `sql:${dir}`], { stdio: 'ignore' });
  execFileSync('certutil', ['-A', '-n', 'Consent Guard test authority', '-t', 'C,,', '-i', ca, '-d', `sql:${dir}`], { stdio: 'ignore' });
  fs.rmSync(ca);
  const prefs = {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'network.proxy.socks_remote_dns': true,
    'network.dns.disablePrefetch': true,
    'network.http.speculative-parallel-limit': 0,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'dom.security.https_only_mode': false,
    'dom.security.https_first': false,
    'browser.fixup.alternate.enabled': false,
    'security.OCSP.enabled': 0,
    'security.remote_settings.crlite_filters.enabled': false,
    'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
    'extensions.update.enabled': false,
    'app.update.disabledForTesting': true,
    'browser.shell.checkDefaultBrowser': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.enabled': false,
    'intl.locale.requested': 'en-US',
    // The browser's and the add-on's console on Firefox's standard output (CONSENT_GUARD_FIREFOX_LOG).
    ...(process.env.CONSENT_GUARD_FIREFOX_LOG ? { 'devtools.console.stdout.content': true, 'devtools.console.stdout.chrome': true, 'browser.dom.window.dump.enabled': true } : {}),
  };
  fs.writeFileSync(path.join(dir, 'user.js'),
    Object.entries(prefs).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});\n`).join(''));
  return dir;
}

/** A WebDriver session on geckodriver at `base`. */
function webdriver(base, sessionId) {
  async function call(method, route, body) {
    const res = await fetch(`${base}/session/${sessionId}${route}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = /** @type {any} */ (await res.json());
    if (!res.ok) throw new Error(`WebDriver ${method} ${route}: ${json.value?.error}: ${json.value?.message}`);
    return json.value;
  }
  return {
    call,
    get: (route) => call('GET', route),
    post: (route, body = {}) => call('POST', route, body),
    /** Runs an async script (its last argument is the callback) in the current window. */
    run: (script, ...args) => call('POST', '/execute/async', { script, args }),
  };
}

async function launchFirefox({ kits } = {}) {
  const servers = await startServers({ kits, authority: true });
  const cleanups = [() => servers.close()];
  const close = async () => { for (const f of cleanups.reverse()) await Promise.resolve().then(f).catch(() => {}); };
  try {
    const proxy = await startProxy(servers);
    cleanups.push(() => proxy.close());
    const profile = makeProfile(/** @type {string} */ (servers.ca), proxy.port);
    cleanups.push(() => fs.rmSync(profile, { recursive: true, force: true }));

    const port = await freePort();
    const logFile = process.env.CONSENT_GUARD_FIREFOX_LOG;
    // Firefox 153 lets WebDriver open only http(s), file, blob and about:blank documents unless the
    // browser runs with system access; the control window below is an extension page.
    const driver = spawn('geckodriver', ['--host', '127.0.0.1', '--port', String(port), '--allow-system-access',
      '--log', logFile ? 'info' : 'error'],
      { stdio: ['ignore', logFile ? fs.openSync(logFile, 'a') : 'ignore', 'pipe'] });
    let driverLog = '';
    driver.stderr.on('data', (d) => { driverLog = (driverLog + d).slice(-4000); });
    cleanups.push(() => new Promise((r) => { if (driver.exitCode !== null) r(); else { driver.once('exit', () => r()); driver.kill(); } }));
    const base = `http://127.0.0.1:${port}`;
    await until('geckodriver to listen', async () => (await fetch(`${base}/status`).then((r) => r.ok, () => false)), 10_000);

    const created = await fetch(`${base}/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        capabilities: {
          alwaysMatch: {
            browserName: 'firefox',
            'moz:firefoxOptions': { binary: FIREFOX, args: ['-headless', '-profile', profile] },
          },
        },
      }),
    });
    const session = /** @type {any} */ (await created.json());
    if (!created.ok) throw new Error(`Firefox did not start: ${session.value?.message}\n${driverLog}`);
    const wd = webdriver(base, session.value.sessionId);
    cleanups.push(() => wd.call('DELETE', ''));
    await wd.post('/window/rect', { width: 1100, height: 800 });

    // By its path, not as base64: geckodriver 0.37 removes the decoded copy once Firefox has started,
    // and the add-on then runs without its declarative content scripts (mozilla/geckodriver#2248).
    await wd.post('/moz/addon/install', { path: path.resolve(DIST), temporary: true });
    // A window on an extension page: it reads the add-on's state (badge, storage) with its own APIs.
    const control = await wd.get('/window');
    await wd.post('/url', { url: `${EXTENSION_BASE}/manifest.json` });
    await until('the extension page to load', async () => (await wd.get('/url')).startsWith(EXTENSION_BASE), 10_000);

    /** Runs fn(arg) in the extension page (with its `browser.*` APIs) and returns what it resolves to. */
    async function inExtension(fn, arg) {
      const current = await wd.get('/window');
      if (current !== control) await wd.post('/window', { handle: control });
      try {
        const out = await wd.run(`const done = arguments[arguments.length - 1];
          Promise.resolve().then(() => (${fn})(arguments[0])).then((v) => done({ v }), (e) => done({ e: String(e) }));`, arg);
        if (out?.e) throw new Error(out.e);
        return out?.v;
      } finally {
        if (current !== control) await wd.post('/window', { handle: current });
      }
    }

    /** Opens `url` in a new tab and returns the tab's {handle, url}. */
    async function open(url) {
      const { handle } = await wd.post('/window/new', { type: 'tab' });
      await wd.post('/window', { handle });
      await wd.post('/url', { url }).catch((e) => { if (!/neterror|certificate|timeout/i.test(String(e))) throw e; });
      return { handle, url };
    }

    async function tabId(tab) {
      return until(`a tab for ${tab.url}`, () => inExtension(async (wanted) => {
        const tabs = await browser.tabs.query({});
        const hit = tabs.filter((t) => t.url === wanted).map((t) => t.id);
        for (const [key, entry] of Object.entries(await browser.storage.session.get(null))) {
          if (key.startsWith('warning:') && entry?.url === wanted && Number.isInteger(entry?.tabId)) hit.push(entry.tabId);
        }
        return hit.length ? Math.max(...hit) : null;
      }, tab.url), 10_000);
    }

    async function badge(tab) {
      const id = await tabId(tab);
      return inExtension(async (t) => ({
        text: await browser.action.getBadgeText({ tabId: t }),
        title: await browser.action.getTitle({ tabId: t }),
      }), id);
    }

    /** Waits until the tab's badge has that text (or passes that check). */
    async function waitForBadge(tab, text, timeout = 10_000) {
      const matches = typeof text === 'function' ? text : (/** @type {{text: string}} */ x) => x.text === text;
      let last;
      try {
        return await until(`badge ${typeof text === 'function' ? text.toString() : JSON.stringify(text)} on ${tab.url}`, async () => {
          last = await badge(tab);
          return matches(last) ? last : null;
        }, timeout);
      } catch {
        const id = await tabId(tab).catch(() => null);
        const record = id === null ? undefined : await inExtension((k) => browser.storage.session.get(k), `tab:${id}`);
        throw new Error(`badge on ${tab.url} is ${JSON.stringify(last)}, expected ${JSON.stringify(text)}; ` +
          `tab record: ${JSON.stringify(record)?.slice(0, 1500)}`);
      }
    }

    /** The address the tab shows now (the warning page, once the extension has sent it there). */
    async function location(tab) {
      const current = await wd.get('/window');
      if (current !== tab.handle) await wd.post('/window', { handle: tab.handle });
      try { return await wd.get('/url'); } finally { if (current !== tab.handle) await wd.post('/window', { handle: current }); }
    }

    /** Runs `script` (a function body) in the tab's page and returns its value. */
    async function inTab(tab, script) {
      await wd.post('/window', { handle: tab.handle });
      return wd.post('/execute/sync', { script, args: [] });
    }

    /** A PNG of the tab as shown, into target/screenshots/<name>.png; returns the path. */
    async function screenshot(tab, name) {
      await wd.post('/window', { handle: tab.handle });
      const file = path.join(ROOT, 'target', 'screenshots', `${name}.png`);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, Buffer.from(await wd.get('/screenshot'), 'base64'));
      return file;
    }

    return {
      url: (host, p) => servers.urlFor(host, p), open, badge, waitForBadge, tabId, location, inExtension, inTab,
      screenshot, wd, servers, extensionBase: EXTENSION_BASE, close,
    };
  } catch (e) {
    await close();
    throw e;
  }
}

/** Polls `check` until it returns a value other than null/undefined/false, or throws after `timeout` ms. */
async function until(what, check, timeout = 10_000) {
  const deadline = Date.now() + timeout;
  let error;
  for (;;) {
    try {
      const v = await check();
      if (v !== null && v !== undefined && v !== false) return v;
    } catch (e) { error = e; }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${error ? `: ${error.message}` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

module.exports = { launchFirefox, unavailable, until, EXTENSION_BASE };

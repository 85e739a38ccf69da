'use strict';
// Headless Chromium with the extension, driven over the DevTools protocol directly (a pipe), with no
// Playwright attached. Playwright attaches to every page without a tab target, and Chromium turns
// prerendering off for such a page (Preload.prerenderStatusUpdated: Failure,
// PrerenderingDisabledByDevTools). Here the test attaches to the tab target, as a tab-aware client
// does, so speculation rules prerender as they do for a person.
//
//   const { launchRaw } = require('./rawcdp');
//   const r = await launchRaw();            // servers, browser, the extension's worker, policy read
//   const tab = await r.newTab();           // { session, url(), on(event, fn), evaluate(expr), children }
//   await tab.navigate(r.url(host, path));  // resolves at the load event
//   await r.inWorker('chrome.action.getBadgeText({ tabId: 1 })')
//   await r.close();

const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { startServers } = require('../server/serve');
const { DIST, EXTENSION_ID } = require('./harness');

/** A DevTools protocol client over Chromium's --remote-debugging-pipe (fd 3 in, fd 4 out). */
function pipeClient(proc) {
  const out = proc.stdio[3];
  const input = proc.stdio[4];
  let id = 0;
  let buffer = '';
  const pending = new Map();
  const listeners = new Set();
  input.setEncoding('utf8');
  input.on('data', (chunk) => {
    buffer += chunk;
    let end;
    while ((end = buffer.indexOf('\0')) >= 0) {
      const message = JSON.parse(buffer.slice(0, end));
      buffer = buffer.slice(end + 1);
      if (message.id && pending.has(message.id)) {
        const { resolve, reject, method } = pending.get(message.id);
        pending.delete(message.id);
        if (message.error) reject(new Error(`${method}: ${message.error.message}`));
        else resolve(message.result);
      } else if (message.method) {
        for (const fn of [...listeners]) fn(message);
      }
    }
  });
  const failAll = () => {
    for (const { reject, method } of pending.values()) reject(new Error(`${method}: the browser closed`));
    pending.clear();
  };
  input.on('close', failAll);
  return {
    send(method, params = {}, sessionId) {
      return new Promise((resolve, reject) => {
        const msgId = ++id;
        pending.set(msgId, { resolve, reject, method });
        out.write(`${JSON.stringify({ id: msgId, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
      });
    },
    /** fn({method, params, sessionId}) for every event; returns a function that removes it. */
    listen(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
  };
}

/** Resolves with the first event for which `pick(event)` is truthy (its value), or rejects after `timeout`. */
function waitForEvent(client, pick, timeout, what) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { stop(); reject(new Error(`no ${what} within ${timeout} ms`)); }, timeout);
    const stop = client.listen((event) => {
      const value = pick(event);
      if (value) { clearTimeout(timer); stop(); resolve(value); }
    });
  });
}

async function launchRaw({ dist = DIST } = {}) {
  const servers = await startServers();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'consent-guard-raw-profile-'));
  const proc = spawn('/usr/bin/chromium', [
    '--headless=new', '--no-sandbox', '--remote-debugging-pipe', `--user-data-dir=${profile}`,
    `--disable-extensions-except=${dist}`, `--load-extension=${dist}`,
    `--host-resolver-rules=${servers.hostResolverRules}`,
    `--ignore-certificate-errors-spki-list=${servers.spki}`,
    '--disable-background-networking', '--disable-component-update', '--no-first-run',
    '--disable-sync', '--disable-quic', '--window-size=1100,800',
    '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
    'about:blank',
  ], { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'], detached: true }); // its own process group
  let stderr = '';
  proc.stderr.on('data', (d) => { stderr = (stderr + d).slice(-4000); });
  const exited = new Promise((resolve) => proc.once('exit', resolve));
  const client = pipeClient(proc);

  async function close() {
    try { await Promise.race([client.send('Browser.close'), exited]); } catch { /* already gone */ }
    if (proc.exitCode === null) proc.kill('SIGKILL');
    await exited;
    // Chromium's helper processes (GPU, network, crash handler) can outlive the browser process and
    // keep writing into the profile: end the whole group before the profile is removed.
    try { process.kill(-proc.pid, 'SIGKILL'); } catch { /* the group is gone already */ }
    await servers.close();
    fs.rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  }

  try {
    const targets = new Map(); // targetId -> targetInfo
    client.listen(({ method, params }) => {
      if (method === 'Target.targetCreated' || method === 'Target.targetInfoChanged') targets.set(params.targetInfo.targetId, params.targetInfo);
      if (method === 'Target.targetDestroyed') targets.delete(params.targetId);
    });
    const isWorker = (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${EXTENSION_ID}/`);
    const workerSeen = waitForEvent(client, ({ method, params }) => method === 'Target.targetCreated' && isWorker(params.targetInfo)
      && params.targetInfo, 20_000, 'service worker of the extension');
    await client.send('Target.setDiscoverTargets', { discover: true, filter: [{}] });
    const worker = [...targets.values()].find(isWorker) ?? await workerSeen;
    const { sessionId: workerSession } = await client.send('Target.attachToTarget', { targetId: worker.targetId, flatten: true });

    /** Evaluates an expression (promises awaited) in the extension's service worker; returns its value. */
    async function inWorker(expression) {
      const { result, exceptionDetails } = await client.send('Runtime.evaluate', {
        expression, awaitPromise: true, returnByValue: true,
      }, workerSession);
      if (exceptionDetails) throw new Error(exceptionDetails.exception?.description || exceptionDetails.text);
      return result.value;
    }

    // As the Playwright harness: the engine decides only once the managed policy has been read.
    for (const deadline = Date.now() + 60_000; ;) {
      // (chrome.storage appears in the worker's scope a moment after the worker starts)
      if (await inWorker("globalThis.chrome?.storage?.local.get('managedPolicy').then((x) => 'managedPolicy' in x) ?? false")) break;
      if (Date.now() > deadline) throw new Error('the extension did not read the managed policy within 60 s');
      await new Promise((r) => setTimeout(r, 100)); // polling interval of a condition wait
    }

    /**
     * A new tab, attached through its tab target. `children` maps the session id of every page in
     * it (the shown one and prerendered ones) to its target info.
     */
    async function newTab() {
      const before = new Set([...targets.values()].filter((t) => t.type === 'tab').map((t) => t.targetId));
      const { targetId: pageId } = await client.send('Target.createTarget', { url: 'about:blank' });
      let tabTarget;
      for (const deadline = Date.now() + 5000; !tabTarget; await new Promise((r) => setTimeout(r, 20))) {
        tabTarget = [...targets.values()].find((t) => t.type === 'tab' && !before.has(t.targetId));
        if (Date.now() > deadline) throw new Error('no tab target for the new tab');
      }
      const { sessionId: tabSession } = await client.send('Target.attachToTarget', { targetId: tabTarget.targetId, flatten: true });
      const children = new Map();
      client.listen(({ method, params, sessionId }) => {
        if (sessionId !== tabSession) return;
        if (method === 'Target.attachedToTarget') children.set(params.sessionId, params.targetInfo);
        if (method === 'Target.detachedFromTarget') children.delete(params.sessionId);
      });
      const attached = waitForEvent(client, ({ method, params, sessionId }) => sessionId === tabSession
        && method === 'Target.attachedToTarget' && params.targetInfo.targetId === pageId && params.sessionId, 5000, 'page of the new tab');
      await client.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: true }, tabSession);
      const session = await attached;
      await client.send('Page.enable', {}, session);
      const tab = {
        session,
        children,
        send: (method, params) => client.send(method, params, session),
        /** Evaluates in the page's main world (or another attached page's, by session id). */
        async evaluate(expression, inSession = session) {
          const { result, exceptionDetails } = await client.send('Runtime.evaluate', {
            expression, awaitPromise: true, returnByValue: true,
          }, inSession);
          if (exceptionDetails) throw new Error(exceptionDetails.exception?.description || exceptionDetails.text);
          return result.value;
        },
        /** fn(params) for every event of that method from the tab's page; returns a remover. */
        on(method, fn) {
          return client.listen((e) => { if (e.sessionId === session && e.method === method) fn(e.params); });
        },
        /** The address the tab shows (its tab target's). */
        url: () => targets.get(tabTarget.targetId)?.url ?? '',
        async navigate(url) {
          const loaded = waitForEvent(client, (e) => e.sessionId === session && e.method === 'Page.loadEventFired', 15_000, `load of ${url}`);
          const { errorText } = await client.send('Page.navigate', { url }, session);
          if (errorText) throw new Error(`navigating to ${url}: ${errorText}`);
          await loaded;
        },
        close: () => client.send('Target.closeTarget', { targetId: pageId }).catch(() => {}),
      };
      return tab;
    }

    return {
      client, servers, inWorker, newTab, close,
      url: (host, p) => servers.urlFor(host, p),
      waitForEvent: (pick, timeout, what) => waitForEvent(client, pick, timeout, what),
      stderr: () => stderr,
    };
  } catch (e) {
    await close();
    throw new Error(`${e.message}\nChromium said: ${stderr.slice(-1500)}`);
  }
}

module.exports = { launchRaw };

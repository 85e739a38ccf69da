// @ts-check
// Consent Guard service worker: runs the verdict engine (WASM) on the snapshots the content
// script sends, keeps one record per tab in storage.session (so verdicts survive the worker being
// Consent Guard service worker: runs the verdict engine (WASM) on the snapshots the content
// script sends, keeps one record per tab in storage.session (so verdicts survive the worker being
// stopped), and shows the tab's verdict on the toolbar badge. The engine decides every verdict from
// what the worker passes it (the policy read or not, a rejected snapshot, a certificate error); when
// the engine itself cannot run, the record keeps an error (data) that shows as "could not verify",
// never as a green badge, and never stops the worker.
import { rasterize } from './pixels.js';
import '../shared/contract.js'; // the engine's limits and names (generated from the Rust tables)
import '../shared/protocol.js';
import init, { Engine, combineVerdicts, __wbg_reset_state as resetEngineModule } from '../pkg/consent_guard.js';
import { ext, onCertificateProblem, readManaged, sendToTab, setActionState, thisExtension } from '../shared/platform.js';
import { badgeFor } from '../shared/levels.js';
import { signInAnswer } from './auth.js';
import { createDispatcher } from './dispatch.js';

const { STORAGE, tabKey, tabIdOfKey, mergePolicy } = globalThis.CONSENT_GUARD_PROTOCOL;
const MAX_SNAPSHOT_CHARS = globalThis.CONSENT_GUARD_CONTRACT.limits.maxSnapshotBytes;
const MAX_CERT_HOSTS = 500;
const session = ext.storage.session;

const wasmReady = init({ module_or_path: ext.runtime.getURL('pkg/consent_guard_bg.wasm') });
wasmReady.catch((err) => console.error('Consent Guard: the engine did not load:', describe(err)));

/** @typedef {{ engine: Engine, managed: Record<string, unknown> | null }} BuiltEngine */

// The engine for the current policy: a promise of {engine, managed}, built once and rebuilt when the
// policy changes. `managed` is the managed policy it was built with, null while that is not known: such
// an engine's verdicts are never shown as they are (see `evaluate`).
/** @type {Promise<BuiltEngine> | null} */
let engine = null;

function ready() {
  if (!engine) {
    const built = buildEngine();
    engine = built;
    built.catch(() => { if (engine === built) engine = null; });
  }
  return engine;
}

/** @returns {Promise<BuiltEngine>} */
async function buildEngine() {
  const [local, managed] = await Promise.all([ext.storage.local.get(STORAGE.local.options), knownManaged()]);
  await wasmReady;
  const policy = mergePolicy(local[STORAGE.local.options], managed);
  return { engine: new Engine(JSON.stringify(policy)), managed };
}

// Chromium answers storage.managed only once its policy service is ready: seconds after it starts,
// twenty on a busy machine. The managed policy this browser session has read is kept in
// storage.session. Without it the engine waits a moment for the live answer, and is otherwise built
// without it (its verdicts then say "could not verify"); the live answer, when it comes, is stored,
// and the engine is rebuilt and every page checked again.
const MANAGED_WAIT_MS = 1000;
/** @type {Promise<Record<string, unknown>> | null} */
let liveManaged = null; // this worker's read of storage.managed (read again after a managed change)

/** @returns {Promise<Record<string, unknown> | null>} */
async function storedManaged() {
  const stored = (await session.get(STORAGE.session.managedPolicy))[STORAGE.session.managedPolicy];
  return isObject(stored) ? stored : null;
}

/**
 * The managed policy as far as it is known: the stored copy, or the live answer if it comes in time, else null.
 * @returns {Promise<Record<string, unknown> | null>}
 */
async function knownManaged() {
  const live = readLiveManaged();
  const stored = await storedManaged();
  if (stored) return stored;
  return Promise.race([live, new Promise((resolve) => setTimeout(resolve, MANAGED_WAIT_MS, null))]);
}

/** @returns {Promise<Record<string, unknown>>} */
function readLiveManaged() {
  if (liveManaged) return liveManaged;
  /** @type {Promise<Record<string, unknown>>} */
  const read = readManaged().then(async (managed) => {
    if (liveManaged !== read) return managed; // a managed change started another read
    const stored = await storedManaged();
    await session.set({ [STORAGE.session.managedPolicy]: managed });
    const built = await engine?.catch(() => null);
    // Pages checked without it (by this worker or one before) and an engine built without it or with
    // an old copy: check again.
    if (!stored || (built && JSON.stringify(built.managed) !== JSON.stringify(managed))) policyChanged();
    return managed;
  });
  liveManaged = read;
  return read;
}

/** Rebuild the engine and ask every page to send its snapshot again. */
function policyChanged() {
  engine = null;
  ext.tabs.query({}).then((tabs) => {
    for (const tab of tabs) if (tab.id !== undefined) sendToTab(tab.id, 'rescan', {}).catch(() => {});
  }, (err) => console.error('Consent Guard: could not ask pages to check again:', describe(err)));
}

// Work on one tab's record runs in order, so frames reporting at once do not overwrite each other.
/** @type {Map<number | string, Promise<unknown>>} */
const queues = new Map();
/** @param {number | string} tabId @param {() => Promise<unknown>} task */
function withTab(tabId, task) {
  const run = (queues.get(tabId) ?? Promise.resolve())
    .then(task)
    .catch((err) => (typeof tabId === 'number' ? failClosed(tabId, err) : console.error('Consent Guard:', describe(err))));
  queues.set(tabId, run);
  run.then(() => { if (queues.get(tabId) === run) queues.delete(tabId); });
  return run;
}

const recordKey = tabKey;

/** @param {number} tabId @returns {Promise<TabRecord | null>} */
async function readRecord(tabId) {
  const key = recordKey(tabId);
  return /** @type {TabRecord | undefined} */ ((await session.get(key))[key]) ?? null;
}

/** @param {string} url @param {string} [documentId] @returns {TabRecord} */
function newRecord(url, documentId) {
  return { url, verdict: null, frames: {}, updated: Date.now(), documentId: documentId ?? null };
}

/** @returns {Promise<Record<string, string>>} */
async function readCertErrors() {
  return /** @type {Record<string, string> | undefined} */ ((await session.get(STORAGE.session.certErrors))[STORAGE.session.certErrors]) ?? {};
}

/** @param {string} url */
function hostOf(url) {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/**
 * @param {unknown} value
 * @returns {value is Record<string, any>}
 */
function isObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** @param {unknown} err */
function describe(err) {
  return String(/** @type {any} */ (err)?.message ?? err).slice(0, 200);
}

/**
 * The engine could not run at all: data the badge shows as "could not verify" (never a verdict).
 * @param {unknown} err @returns {import('../shared/contract').VerdictError}
 */
function engineError(err) {
  return { kind: 'engine-failed', detail: describe(err) };
}

/**
 * A call into the module that traps (a Rust panic is a WebAssembly.RuntimeError) leaves that
 * instance unusable: reset the module's state (a new instance) and build a new engine before the
 * next call.
 * @param {unknown} err @param {Promise<BuiltEngine> | null} current
 */
function afterFailure(err, current) {
  if (err instanceof WebAssembly.RuntimeError) {
    try {
      resetEngineModule();
    } catch (resetErr) {
      console.error('Consent Guard: the engine module could not be reset:', describe(resetErr));
    }
  }
  if (engine === current) engine = null;
}

/**
 * The engine's verdict for one frame (`{verdict}`), or `{error}` when the engine could not run;
 * never throws. What the worker knows goes to the engine as context: it decides.
 * @param {MessageOf<ToWorker, 'snapshot'>} message @param {string} url @param {number} frameId
 * @returns {Promise<{ verdict?: Verdict, error?: import('../shared/contract').VerdictError }>}
 */
async function evaluate(message, url, frameId) {
  const host = hostOf(url);
  let snapshotJson = '{}';
  let snapshotError = null;
  if (!isObject(message.snapshot)) {
    snapshotError = `the page could not be read (${typeof message.error === 'string' ? message.error.slice(0, 100) : 'no snapshot'})`;
  } else {
    snapshotJson = JSON.stringify(message.snapshot);
    if (snapshotJson.length > MAX_SNAPSHOT_CHARS) {
      snapshotJson = '{}';
      snapshotError = 'the page snapshot is too large';
    }
  }
  // A policy change while this runs makes the verdict stale: evaluate again with the new engine.
  for (let attempt = 1; ; attempt++) {
    const current = ready();
    /** @type {Verdict} */
    let verdict;
    try {
      const certErrors = await readCertErrors();
      const { engine: built, managed } = await current;
      const context = {
        url, topFrame: frameId === 0, certError: certErrors[host] ?? null, policyRead: managed !== null, snapshotError,
      };
      verdict = JSON.parse(built.evaluate(snapshotJson, JSON.stringify(context)));
      if (!isObject(verdict)) return { error: { kind: 'engine-failed', detail: 'the engine gave no verdict' } };
    } catch (err) {
      afterFailure(err, current);
      if (attempt < 3 && err instanceof WebAssembly.RuntimeError) continue; // once more, on a new instance
      return { error: engineError(err) };
    }
    if (engine === current || attempt === 3) return { verdict };
  }
}

/**
 * One verdict for the tab: the top frame, then subframes; a top-frame certificate failure with no
 * page loaded is the engine's verdict on an empty snapshot. `{verdict}` or `{error}`.
 * @param {TabRecord} record
 * @returns {Promise<{ verdict?: Verdict, error?: import('../shared/contract').VerdictError }>}
 */
async function combine(record) {
  const verdicts = [];
  if (record.certError && !record.frames[0]) {
    const cert = await evaluate({ type: 'snapshot', snapshot: /** @type {Snapshot} */ ({}) }, record.url, 0);
    if (cert.error) return cert;
    if (cert.verdict) verdicts.push(cert.verdict);
  }
  if (record.frames[0]) verdicts.push(record.frames[0]);
  for (const [frameId, verdict] of Object.entries(record.frames)) {
    if (frameId !== '0') verdicts.push(verdict);
  }
  if (verdicts.length === 0) return {};
  try {
    await wasmReady;
    const combined = JSON.parse(combineVerdicts(JSON.stringify(verdicts)));
    return isObject(combined) ? { verdict: /** @type {Verdict} */ (combined) } : { error: { kind: 'engine-failed', detail: 'no tab verdict' } };
  } catch (err) {
    afterFailure(err, engine);
    return { error: engineError(err) };
  }
}

/**
 * Store the record with its combined verdict, show it, and tell the top frame.
 * @param {number} tabId @param {TabRecord} record
 */
async function publish(tabId, record) {
  const { verdict = null, error = null } = await combine(record);
  record.verdict = verdict;
  record.error = error ?? record.frameError ?? null;
  record.updated = Date.now();
  await session.set({ [recordKey(tabId)]: record });
  await setActionState(tabId, badgeFor(record.verdict, record.error));
  sendToTab(tabId, 'verdict', { verdict: record.verdict }, 0).catch(() => {});
}

/** @param {number} tabId @param {unknown} err */
async function failClosed(tabId, err) {
  console.error('Consent Guard: could not verify tab', tabId, describe(err));
  try {
    const record = (await readRecord(tabId)) ?? newRecord('');
    record.verdict = null;
    record.error = engineError(err);
    record.updated = Date.now();
    await session.set({ [recordKey(tabId)]: record });
  } catch {
    // storage itself failed: the badge below still says "could not verify"
  }
  await setActionState(tabId, badgeFor(null, engineError(err)));
}

/**
 * A content script's snapshot (the dispatcher has checked that it comes from one, in a tab and a frame).
 * @param {MessageOf<ToWorker, 'snapshot'>} message @param {chrome.runtime.MessageSender} sender
 */
function onSnapshot(message, sender) {
  const tabId = /** @type {number} */ (sender.tab?.id);
  const frameId = /** @type {number} */ (sender.frameId);
  const url = /** @type {string} */ (sender.url);
  const documentId = /** @type {string | undefined} */ (/** @type {any} */ (sender).documentId);
  withTab(tabId, async () => {
    const { verdict, error } = await evaluate(message, url, frameId);
    let record = await readRecord(tabId);
    if (frameId === 0 && record?.documentId && documentId && record.documentId !== documentId) {
      // A page already left, or one whose commit has not reached the worker yet: the browser knows which.
      if (!(await isCurrentDocument(tabId, documentId))) return;
      record = await pageRecord(url, documentId);
    }
    record ??= await pageRecord(url, documentId);
    if (frameId === 0) {
      record.url = url;
      record.documentId ??= documentId ?? null;
    }
    if (verdict) {
      record.frames[frameId] = verdict;
      delete record.frameError;
    } else {
      delete record.frames[frameId];
      record.frameError = error;
    }
    await publish(tabId, record);
  });
}

/**
 * A new record for the document in the tab's top frame, with the certificate error seen for its host.
 * @param {string} url @param {string} [documentId] @returns {Promise<TabRecord>}
 */
async function pageRecord(url, documentId) {
  const record = newRecord(url, documentId);
  const host = hostOf(url);
  const certError = (await readCertErrors())[host];
  if (certError) record.certError = { host, error: certError };
  return record;
}

/**
 * True when the tab's top frame shows that document now.
 * @param {number} tabId @param {string} documentId
 */
async function isCurrentDocument(tabId, documentId) {
  try {
    const frame = /** @type {any} */ (await ext.webNavigation.getFrame({ tabId, frameId: 0 }));
    return frame?.documentId === documentId;
  } catch {
    return false;
  }
}

// ---- listeners: all registered synchronously when the worker starts ----

// Every message the worker takes, through the one dispatcher (see shared/protocol.js). The popup asks
// for the Microsoft Entra sign-in here: the popup itself closes when the sign-in window opens.
ext.runtime.onMessage.addListener(createDispatcher({
  snapshot: onSnapshot,
  getTabVerdict: (message) => readRecord(message.tabId).catch(() => null),
  signIn: () => signInAnswer(),
  rasterize: (message) => rasterize(message).catch(() => null),
}, thisExtension));

onCertificateProblem(({ tabId, url, type, error }) => {
  const host = hostOf(url);
  if (!host) return;
  const saved = withTab(STORAGE.session.certErrors, async () => {
    const certErrors = await readCertErrors();
    if (certErrors[host] === error) return;
    certErrors[host] = error;
    const hosts = Object.keys(certErrors);
    for (const old of hosts.slice(0, Math.max(0, hosts.length - MAX_CERT_HOSTS))) delete certErrors[old];
    await session.set({ [STORAGE.session.certErrors]: certErrors });
  });
  if (type === 'main_frame' && tabId >= 0) {
    withTab(tabId, async () => {
      await saved;
      const record = newRecord(url);
      record.certError = { host, error };
      await publish(tabId, record);
    });
  }
});

ext.webNavigation.onCommitted.addListener((details) => {
  const { tabId, frameId } = details;
  const { documentLifecycle, documentId } = /** @type {any} */ (details);
  if (tabId < 0 || documentLifecycle === 'prerender') return;
  withTab(tabId, async () => {
    if (frameId === 0) {
      const record = await readRecord(tabId);
      if (record && documentId && record.documentId === documentId) {
        await setActionState(tabId, badgeFor(record.verdict, record.error)); // its snapshot came first: keep its verdict
        return;
      }
      await publish(tabId, await pageRecord(details.url, documentId));
      return;
    }
    const record = await readRecord(tabId);
    if (record?.frames[frameId]) {
      delete record.frames[frameId];
      await publish(tabId, record);
    }
  });
});

// A failed top-frame navigation (the certificate warning page among them) clears the tab's badge:
// show the stored verdict again.
ext.webNavigation.onErrorOccurred.addListener(({ tabId, frameId }) => {
  if (tabId < 0 || frameId !== 0) return;
  withTab(tabId, async () => {
    const record = await readRecord(tabId);
    if (record?.verdict) await setActionState(tabId, badgeFor(record.verdict, record.error));
  });
});

ext.tabs.onRemoved.addListener((tabId) => {
  withTab(tabId, () => session.remove(recordKey(tabId)));
});

ext.storage.onChanged.addListener((changes, area) => {
  if (area === 'managed') {
    liveManaged = null; // the stored copy is out of date: the next engine reads the policy again
    session.remove(STORAGE.session.managedPolicy).catch((err) => console.error('Consent Guard: storage failed:', describe(err)));
    policyChanged();
  } else if (area === 'local' && STORAGE.local.options in changes) {
    policyChanged();
  }
});

self.addEventListener('unhandledrejection', (event) => {
  console.error('Consent Guard: unhandled failure:', describe(event.reason));
  event.preventDefault();
});

// A restarted worker shows the stored verdicts again (badges of tabs it judged before it stopped). A
// worker stopped in the middle of a check leaves its page without a verdict: that page is asked again.
session.get(null).then((items) => {
  for (const key of Object.keys(items)) {
    const tabId = tabIdOfKey(key);
    if (tabId === null) continue;
    withTab(tabId, async () => {
      const record = await readRecord(tabId);
      if (!record) return;
      if (!(await setActionState(tabId, badgeFor(record.verdict, record.error)))) {
        await session.remove(recordKey(tabId)); // the tab is gone
      } else if (!record.verdict && /^https?:/.test(record.url)) {
        sendToTab(tabId, 'rescan', {}).catch(() => {});
      }
    });
  }
}, (err) => console.error('Consent Guard: could not read stored verdicts:', describe(err)));
ready().catch((err) => console.error('Consent Guard: the engine could not be built:', describe(err)));

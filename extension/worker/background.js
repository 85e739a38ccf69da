// @ts-check
// Consent Guard service worker: runs the verdict engine (WASM) on the snapshots the content
// script sends, keeps one record per tab in storage.session (so verdicts survive the worker being
// stopped), and shows the tab's verdict on the toolbar badge. The engine decides every verdict from
// what the worker passes it (the policy read or not, a rejected snapshot, a certificate error); when
// the engine itself cannot run, the record keeps an error (data) that shows as "could not verify",
// never as a green badge, and never stops the worker. The one exception: when the engine cannot load
// at all, a certificate error on a built-in provider host is still danger (`fallback`).
// A danger verdict sends the tab to the extension's own warning page (pages/warning/), which no web
// page can cover, script or intercept. Every verdict belongs to one document: work for a document the
// tab has left is dropped.
import { rasterize } from './pixels.js';
import '../shared/contract.js'; // the engine's limits and names (generated from the Rust tables)
import '../shared/protocol.js';
import init, {
  Engine, combineVerdicts, loadData, registrableDomain, reportBody, scanView, verdictEventKinds,
  __wbg_reset_state as resetEngineModule,
} from '../pkg/consent_guard.js';
import { readPrivateSuffixes, readProviders, readScopeCatalogs, readTextTables, readWording } from '../shared/data-files.js';
import {
  documentAnswers, ext, injectionTarget, onCertificateProblem, readManaged, runInPage, setActionState, thisExtension,
} from '../shared/platform.js';
import { t } from '../shared/i18n.js';
import { badgeFor } from '../shared/levels.js';
import { loadScopeWords } from '../shared/scope-words.js';
import { signInAnswer } from './auth.js';
import { createDispatcher } from './dispatch.js';
import { lookAt, viewImagesOf, worthLooking } from './view.js';
import { EVENTS, report, startReports } from './report.js';
import {
  KeyedQueue, certErrorFor, certMemory, keepWorstFrames, rememberCertError, trimVerdict, warnSettings,
} from './guard.js';

const { STORAGE, tabKey, tabIdOfKey, pageUrl, checkPulled } = globalThis.CONSENT_GUARD_PROTOCOL;
const MAX_SNAPSHOT_CHARS = globalThis.CONSENT_GUARD_CONTRACT.limits.maxSnapshotBytes;
const MAX_IMAGES = 16; // images a snapshot carries (src/snapshot.rs limits::MAX_IMAGES)
const { providerHosts } = globalThis.CONSENT_GUARD_CONTRACT;
const session = ext.storage.session;
const WARNING_PAGE = ext.runtime.getURL('pages/warning/warning.html');

// The module and its data files (scope catalogs, private suffix list, text tables, wording, providers), read at the same
// time; the engine is ready once the module holds them. A file that cannot be read or that the module
// refuses (a truncated or corrupted one) is a failure to load: the worker then never shows a verdict of
// its own but "could not verify".
/** @type {[string, string, Uint8Array, string, string, string] | null} the data files, handed to the module again after a reset */
let engineData = null;
const wasmReady = Promise.all([
  init({ module_or_path: ext.runtime.getURL('pkg/consent_guard_bg.wasm') }),
  readScopeCatalogs(),
  readPrivateSuffixes(),
  readTextTables(),
  readWording(),
  readProviders(),
]).then(([, catalogs, privateSuffixes, textTables, [federation, passwordAsks], providers]) => {
  loadData(catalogs, privateSuffixes, textTables, federation, passwordAsks, providers);
  engineData = [catalogs, privateSuffixes, textTables, federation, passwordAsks, providers];
});
/** @type {string | null} why the engine could not load, once that is known */
let wasmFailure = null;
wasmReady.catch((err) => {
  wasmFailure = describe(err);
  console.error('Consent Guard: the engine did not load:', wasmFailure);
});

/** @typedef {{ engine: Engine, managed: Record<string, unknown> | null, policy: Record<string, unknown> }} BuiltEngine */

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
  // The engine reads both sources key by key: the person's options can only make it stricter.
  const built = new Engine(JSON.stringify(managed), JSON.stringify(local[STORAGE.local.options] ?? null));
  const summary = JSON.parse(built.policySummary());
  // A dropped value in words (a locale key and its values, no English from the module), or a reader's own message.
  for (const p of summary.problems ?? []) {
    const detail = p.words ? `${t(p.words.key, p.words.params)} [${p.words.key}]` : p.detail;
    console.warn(`Consent Guard: policy ${p.source} ${p.key || '(all)'}: ${p.problem}: ${detail}`);
  }
  return { engine: built, managed, policy: summary };
}

// Chromium answers storage.managed only once its policy service is ready: seconds after it starts,
// twenty on a busy machine. The last managed policy read is kept in storage.local, so a browser
// that has read it once decides at once after a restart, and decides again when the live answer
// differs. Only a browser that has never read it waits a moment for the live answer, and is
// otherwise built without it (its verdicts then say "could not verify"); the live answer, when it
// comes, is stored, and the engine is rebuilt and every page checked again.
const MANAGED_WAIT_MS = 1000;
/** @type {Promise<Record<string, unknown>> | null} */
let liveManaged = null; // this worker's read of storage.managed (read again after a managed change)

/** @returns {Promise<Record<string, unknown> | null>} */
async function storedManaged() {
  const stored = (await ext.storage.local.get(STORAGE.local.managedPolicy))[STORAGE.local.managedPolicy];
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
    await ext.storage.local.set({ [STORAGE.local.managedPolicy]: managed });
    const built = await engine?.catch(() => null);
    // Pages checked without it (by this worker or one before) and an engine built without it or with
    // an old copy: check again.
    if (!stored || JSON.stringify(stored) !== JSON.stringify(managed) || (built && JSON.stringify(built.managed) !== JSON.stringify(managed))) policyChanged();
    return managed;
  });
  liveManaged = read;
  return read;
}

/** Rebuild the engine and ask every page to send its snapshot again. */
function policyChanged() {
  engine = null;
  ext.tabs.query({}).then((tabs) => {
    for (const tab of tabs) if (tab.id !== undefined) askAgain(tab.id);
  }, (err) => console.error('Consent Guard: could not ask pages to check again:', describe(err)));
}

// Work on one tab's record runs in order, so frames reporting at once do not overwrite each other;
// a frame's snapshot that waits is replaced by its next one, so a churning page queues at most one.
const queues = new KeyedQueue((key, err) => {
  if (typeof key === 'number') failClosed(key, err);
  else console.error('Consent Guard:', describe(err));
});
/** @param {number | string} tabId @param {() => Promise<unknown>} task @param {string} [slot] */
function withTab(tabId, task, slot) {
  return queues.push(tabId, task, slot);
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

async function readCertErrors() {
  return certMemory((await session.get(STORAGE.session.certErrors))[STORAGE.session.certErrors]);
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
      // The new instance starts without the data files (its verdicts are "could not verify" until then).
      if (engineData) loadData(...engineData);
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
  if (wasmFailure !== null) return fallback(host, certErrorFor(await readCertErrors(), host));
  let snapshotJson = '{}';
  let snapshotError = null;
  // Why, in words the popup shows (a contract `errorReasons` key); snapshotError is for the logs.
  /** @type {import('../shared/contract').ErrorReason | null} */
  let snapshotReason = null;
  if (!isObject(message.snapshot)) {
    const failed = typeof message.error === 'string' ? message.error : null;
    snapshotError = `the page could not be read (${failed !== null ? failed.slice(0, 100) : 'no snapshot'})`;
    snapshotReason = failed !== null ? 'error_reason_reader_failed' : 'error_reason_no_snapshot';
  } else {
    snapshotJson = JSON.stringify(message.snapshot);
    if (snapshotJson.length > MAX_SNAPSHOT_CHARS) {
      snapshotJson = '{}';
      snapshotError = 'the page snapshot is too large';
      snapshotReason = 'error_reason_too_large';
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
        url, topFrame: frameId === 0, certError: certErrorFor(certErrors, host), policyRead: managed !== null, snapshotError,
        snapshotReason,
      };
      verdict = JSON.parse(built.evaluate(snapshotJson, JSON.stringify(context)));
      if (!isObject(verdict)) return { error: { kind: 'engine-failed', detail: 'the engine gave no verdict' } };
    } catch (err) {
      afterFailure(err, current);
      if (wasmFailure !== null) return fallback(host, certErrorFor(await readCertErrors(), host));
      if (attempt < 3 && err instanceof WebAssembly.RuntimeError) continue; // once more, on a new instance
      return { error: engineError(err) };
    }
    if (engine === current || attempt === 3) return { verdict };
  }
}

/**
 * What the worker says itself when the engine cannot load: a certificate error on a host of the
 * built-in providers (the generated contract's `providerHosts`) is danger, carrying the
 * engine-unavailable error; everything else is that error alone ("could not verify").
 * @param {string} host @param {string | null} certError
 * @returns {{ verdict?: Verdict, error?: import('../shared/contract').VerdictError }}
 */
function fallback(host, certError) {
  const error = { kind: /** @type {const} */ ('engine-unavailable'), detail: wasmFailure ?? 'not loaded' };
  if (!certError || !providerHosts.includes(host)) return { error };
  return {
    verdict: {
      level: 'danger', provider: null, providerName: null, page: 'other', host,
      summary: { key: 'summary_danger', params: [] },
      findings: [{
        rule: 'https.certificate-error', severity: 'danger', params: [host, certError],
        evidence: [{ label: 'host', value: host }, { label: 'certificate', value: certError }],
      }],
      request: null,
      error,
    },
  };
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
    // No engine: the fallback's danger stands (a provider host's certificate error).
    const danger = wasmFailure !== null ? verdicts.find((v) => v.level === 'danger' && v.error?.kind === 'engine-unavailable') : undefined;
    if (danger) return { verdict: danger };
    afterFailure(err, engine);
    return { error: wasmFailure !== null ? { kind: 'engine-unavailable', detail: wasmFailure } : engineError(err) };
  }
}

/**
 * The badge for a verdict. One that carries a consent request names its scopes in the badge's
 * title, in the person's language: their words are read then, once (`loadScopeWords` never
 * rejects), not at every start of the worker.
 * @param {any} verdict @param {any} [error]
 */
async function badgeOf(verdict, error) {
  if (verdict?.request) await loadScopeWords();
  return badgeFor(verdict, error);
}

/**
 * Store the record with its combined verdict and show it; a danger verdict on the document the tab
 * shows now sends the tab to the warning page (unless the organisation only monitors, or the person
 * chose to continue to that origin in this tab).
 * @param {number} tabId @param {TabRecord} record
 */
async function publish(tabId, record) {
  record.frames = keepWorstFrames(record.frames);
  const { verdict = null, error = null } = await combine(record);
  record.verdict = verdict ? trimVerdict(verdict) : null;
  record.error = error ?? record.frameError ?? null;
  record.updated = Date.now();
  const toReport = newReportKinds(record);
  await session.set({ [recordKey(tabId)]: record });
  await setActionState(tabId, await badgeOf(record.verdict, record.error));
  for (const kind of toReport) report(kind, { url: record.url, verdict: record.verdict });
  if (record.verdict?.level === 'danger') await sendToWarning(tabId, record);
}

/**
 * The report events the record's verdict makes that were not yet queued for its document (the
 * engine names them); marks them queued in the record.
 * @param {TabRecord} record @returns {string[]}
 */
function newReportKinds(record) {
  if (!record.verdict || !/^https?:/i.test(record.url)) return [];
  let kinds = [];
  try {
    kinds = JSON.parse(verdictEventKinds(JSON.stringify(record.verdict)));
  } catch (err) {
    console.error('Consent Guard: no report kinds:', describe(err));
    return [];
  }
  const fresh = kinds.filter((/** @type {string} */ k) => !record.reported?.includes(k));
  if (fresh.length) record.reported = [...(record.reported ?? []), ...fresh];
  return fresh;
}

/** @param {string} url */
function originOf(url) {
  try {
    return new URL(url).origin;
  } catch {
    return '';
  }
}

/** @param {number} tabId @returns {Promise<string[]>} origins the person continued to in that tab */
async function allowedOrigins(tabId) {
  const key = `${STORAGE.session.allowedPrefix}${tabId}`;
  const stored = (await session.get(key))[key];
  return Array.isArray(stored) ? stored.filter((o) => typeof o === 'string') : [];
}

/** The warning settings of the current policy (warn when the policy cannot be read). */
async function currentSettings() {
  try {
    return warnSettings((await ready()).policy);
  } catch {
    return warnSettings(null);
  }
}

/**
 * Send the tab to the warning page for the record's document, once, and only while the tab still
 * shows that document.
 * @param {number} tabId @param {TabRecord} record
 */
async function sendToWarning(tabId, record) {
  if (record.warned || !/^https?:/i.test(record.url)) return;
  const settings = await currentSettings();
  if (settings.mode === 'monitor') return;
  const host = hostOf(record.url);
  if (settings.allowlist.includes(host)) return;
  if (settings.mode === 'warn' && (await allowedOrigins(tabId)).includes(originOf(record.url))) return;
  if (!(await stillShows(tabId, record))) return;
  const token = crypto.randomUUID();
  const url = `${WARNING_PAGE}#${token}`;
  record.warned = url;
  await session.set({
    [`${STORAGE.session.warningPrefix}${token}`]: { tabId, url: record.url, verdict: record.verdict, read: false },
    [recordKey(tabId)]: record,
  });
  await ext.tabs.update(tabId, { url });
  if (settings.mode === 'block') report(EVENTS.pageBlocked, { url: record.url, verdict: record.verdict ?? undefined });
}

/**
 * The warning page asks for its verdict: answered once per token, and only to the tab it was made for.
 * @param {MessageOf<ToWorker, 'getWarning'>} message @param {chrome.runtime.MessageSender} sender
 * @returns {Promise<WarningView | null>}
 */
async function onGetWarning(message, sender) {
  const key = `${STORAGE.session.warningPrefix}${message.token}`;
  const entry = (await session.get(key))[key];
  const tabId = sender.tab?.id;
  if (!isObject(entry) || entry.read || typeof tabId !== 'number' || entry.tabId !== tabId) return null;
  entry.read = true;
  await session.set({ [key]: entry });
  await setActionState(tabId, await badgeOf(entry.verdict));
  const settings = await currentSettings();
  return {
    url: entry.url, verdict: entry.verdict, canContinue: settings.mode !== 'block', support: settings.support,
    canReport: await reportsFalsePositives(),
  };
}

/** The policy sends false-positive reports somewhere. */
async function reportsFalsePositives() {
  try {
    const reporting = /** @type {any} */ ((await ready()).policy)?.policy?.reporting;
    const events = Array.isArray(reporting?.events) ? reporting.events : [];
    return Boolean(reporting?.endpoint) && (events.length === 0 || events.includes('false_positive_report'));
  } catch {
    return false;
  }
}

/**
 * "This page is safe — tell my security team" on the warning page: reported, with the page's verdict.
 * @param {MessageOf<ToWorker, 'reportFalsePositive'>} message @param {chrome.runtime.MessageSender} sender
 */
async function onReportFalsePositive(message, sender) {
  const key = `${STORAGE.session.warningPrefix}${message.token}`;
  const entry = (await session.get(key))[key];
  const tabId = sender.tab?.id;
  if (!isObject(entry) || typeof tabId !== 'number' || entry.tabId !== tabId || entry.falsePositive) return { ok: false };
  entry.falsePositive = true; // once per warning
  await session.set({ [key]: entry });
  return { ok: await report(EVENTS.falsePositive, { url: entry.url, verdict: entry.verdict, reason: message.reason }) };
}

/**
 * "Continue anyway": that origin is allowed in that tab for the browser session, and the tab goes there.
 * @param {MessageOf<ToWorker, 'continueAnyway'>} message @param {chrome.runtime.MessageSender} sender
 */
async function onContinueAnyway(message, sender) {
  const key = `${STORAGE.session.warningPrefix}${message.token}`;
  const entry = (await session.get(key))[key];
  const tabId = sender.tab?.id;
  if (!isObject(entry) || typeof tabId !== 'number' || entry.tabId !== tabId) return { ok: false };
  if ((await currentSettings()).mode === 'block') return { ok: false };
  const allowedKey = `${STORAGE.session.allowedPrefix}${tabId}`;
  const origins = await allowedOrigins(tabId);
  const origin = originOf(entry.url);
  if (!origins.includes(origin)) origins.push(origin);
  await session.set({ [allowedKey]: origins.slice(-50) });
  await session.remove(key);
  report(EVENTS.warningContinued, { url: entry.url, verdict: entry.verdict, reason: message.reason });
  await ext.tabs.update(tabId, { url: entry.url });
  return { ok: true };
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

// The full collector, loaded by the first stage's `collect` request into the document that sent it
// (the contract and the probe are already there, from the manifest): the minified file that the build
// makes from the sources listed in tools/content-build.js (COLLECTOR_FILES).
const COLLECTOR_FILES = ['content/collector.js'];

/**
 * The first stage found a page that asks for something or names a provider: the full collector goes
 * into that document (by its id where the browser gives one, so never into the next document of the
 * frame); its first snapshot comes back as the injection's result (the file's last expression), later
 * ones by message. When it cannot be loaded, or gives no snapshot, the frame is judged on no snapshot
 * ("could not verify"), never left unjudged.
 * @param {MessageOf<ToWorker, 'collect'>} _message @param {chrome.runtime.MessageSender} sender
 */
async function onCollect(_message, sender) {
  const tabId = /** @type {number} */ (sender.tab?.id);
  const frameId = /** @type {number} */ (sender.frameId);
  const { documentId } = /** @type {{ documentId?: string }} */ (sender);
  /** @type {unknown} */
  let first;
  try {
    const results = await ext.scripting.executeScript({ target: injectionTarget(tabId, frameId, documentId), files: COLLECTOR_FILES });
    first = results?.[0]?.result;
  } catch (err) {
    const reason = String(/** @type {any} */ (err)?.message ?? err).slice(0, 80);
    unread(`the collector could not be loaded: ${reason}`, sender);
    return;
  }
  const checked = checkPulled(first, 'collector');
  if (checked.ok && checked.value?.type === 'snapshot') onSnapshot(checked.value, sender);
  else unread(`the collector gave no snapshot (${checked.ok ? 'none' : checked.reason})`, sender);
}

// ---- the first stage's answer, pulled from each document ----

/**
 * Runs in the content scripts' world of one document (never in the page's): the first stage's answer
 * (content/probe.js `pull`), waited for when the first stage has not run yet (it runs at document_idle,
 * which may come after DOMContentLoaded), with the document's origin (an about:blank or srcdoc frame
 * is judged as the page it belongs to). Null when the full collector is there: it speaks for itself.
 * Self-contained: it is serialized into the page's renderer.
 * @param {boolean} again test again (a history navigation, a policy change)
 * @returns {Promise<{ answer: unknown, origin: string }>}
 */
function pullAnswer(again) {
  const g = /** @type {any} */ (globalThis);
  const done = (/** @type {unknown} */ answer) => ({ answer, origin: String(g.origin ?? '') });
  if (g.CONSENT_GUARD_CONTENT?.resend) {
    if (again) g.CONSENT_GUARD_CONTENT.resend();
    return Promise.resolve(done(null));
  }
  if (g.CONSENT_GUARD_PROBE) return Promise.resolve(g.CONSENT_GUARD_PROBE.pull(again)).then(done);
  return new Promise((resolve) => {
    const before = g.CONSENT_GUARD_PROBE_WAITING;
    g.CONSENT_GUARD_PROBE_WAITING = (/** @type {unknown} */ answer) => {
      if (typeof before === 'function') before(null); // one answer, to the last pull
      resolve(done(answer));
    };
  });
}

/**
 * The sender a pulled answer stands for, as a message's would be: the browser's ids and address for
 * the frame, the origin read in the content scripts' world (the page cannot change it there).
 * @param {{ tabId: number, frameId: number, url: string, documentId?: string, documentLifecycle?: string }} frame
 * @param {unknown} origin
 * @returns {Promise<chrome.runtime.MessageSender>}
 */
async function senderOf(frame, origin) {
  const tab = { id: frame.tabId, url: '' };
  if (/^(data|about):/i.test(frame.url) && frame.frameId > 0) {
    tab.url = (await ext.webNavigation.getFrame({ tabId: frame.tabId, frameId: 0 }).catch(() => null))?.url ?? '';
  }
  return /** @type {chrome.runtime.MessageSender} */ (/** @type {unknown} */ ({
    id: ext.runtime.id, tab, frameId: frame.frameId, url: frame.url,
    ...(typeof origin === 'string' && origin ? { origin } : {}),
    ...(frame.documentId ? { documentId: frame.documentId } : {}),
    ...(frame.documentLifecycle ? { documentLifecycle: frame.documentLifecycle } : {}),
  }));
}

/** Documents of a web page, and the documents without an address of their own that belong to one. */
const PULLED_URL = /^(https?|about|blob|data):/i;

/**
 * Takes one document's first-stage answer and acts on it as on the message it stands for: `collect`
 * injects the collector, a small snapshot is judged. A web page (http or https) that cannot be asked,
 * or whose answer is not one of the protocol's shapes, is judged on no snapshot ("could not verify").
 * @param {{ tabId: number, frameId: number, url: string, documentId?: string, documentLifecycle?: string }} frame
 * @param {boolean} again
 */
async function pull(frame, again) {
  if (frame.tabId < 0 || !PULLED_URL.test(frame.url)) return;
  /** @type {unknown} */
  let pulled;
  try {
    const [first] = await runInPage(injectionTarget(frame.tabId, frame.frameId, frame.documentId), pullAnswer, [again]);
    pulled = first?.result;
  } catch (err) {
    // The browser's own error page (a failed load) holds no page and no content script; a frame gone
    // meanwhile is dropped by onSnapshot (not the frame's current document).
    const reason = describe(err);
    if (/^https?:/i.test(frame.url) && !/error page/i.test(reason)) {
      unread(`the page could not be asked: ${reason.slice(0, 80)}`, await senderOf(frame, ''));
    }
    return;
  }
  await takeAnswer(frame, pulled);
}

/**
 * @param {{ tabId: number, frameId: number, url: string, documentId?: string, documentLifecycle?: string }} frame
 * @param {unknown} pulled what `pullAnswer` gave
 */
async function takeAnswer(frame, pulled) {
  const origin = isObject(pulled) ? pulled.origin : '';
  const sender = await senderOf(frame, origin);
  if (!pageUrl(/** @type {SenderLike} */ (sender))) return; // belongs to no web page (an about:blank tab)
  const checked = checkPulled(isObject(pulled) ? pulled.answer : pulled, 'probe');
  if (!checked.ok || !isObject(pulled)) {
    unread(`the page's answer was not understood (${checked.ok ? 'no answer' : checked.reason})`, sender);
  } else if (checked.value?.type === 'collect') {
    onCollect(checked.value, sender).catch((err) => console.error('Consent Guard:', describe(err)));
  } else if (checked.value?.type === 'snapshot') {
    onSnapshot(checked.value, sender);
  }
}

/**
 * Every document of a tab checks again (the policy changed, or a restarted worker found the tab
 * without a verdict): a collector sends its snapshot again, a first stage answers again.
 * @param {number} tabId
 */
async function askAgain(tabId) {
  try {
    const frames = (await ext.webNavigation.getAllFrames({ tabId })) ?? [];
    const byId = new Map(frames.map((f) => [f.frameId, f]));
    const results = await runInPage({ tabId, allFrames: true }, pullAnswer, [true]);
    for (const { frameId, documentId, result } of results) {
      const frame = /** @type {any} */ (byId.get(frameId));
      if (!frame || (documentId && frame.documentId && frame.documentId !== documentId)) continue;
      if (!PULLED_URL.test(frame.url)) continue;
      takeAnswer({ tabId, frameId, url: frame.url, documentId: documentId ?? frame.documentId, documentLifecycle: frame.documentLifecycle }, result)
        .catch((err) => console.error('Consent Guard:', describe(err)));
    }
  } catch {
    // a tab the extension may not read (a browser page), or gone
  }
}

// Verdicts of prerendered documents, kept until the document becomes active (documentId -> frames).
/** @type {Map<string, { url: string, frames: Record<string, Verdict> }>} */
const prerendered = new Map();
const MAX_PRERENDERED = 8;

/**
 * A document that could not be read is judged on no snapshot ("could not verify"), never left unjudged.
 * @param {string} error why, for the tab's record @param {chrome.runtime.MessageSender} sender
 */
function unread(error, sender) {
  onSnapshot({ type: 'snapshot', snapshot: null, error }, sender);
}

/**
 * A content script's snapshot (the dispatcher has checked that it comes from one, in a tab and a frame).
 * It is judged for the document that sent it: if the frame shows another document by the time the
 * verdict is ready, the verdict is dropped.
 * @param {MessageOf<ToWorker, 'snapshot'>} message @param {chrome.runtime.MessageSender} sender
 */
function onSnapshot(message, sender) {
  const tabId = /** @type {number} */ (sender.tab?.id);
  const frameId = /** @type {number} */ (sender.frameId);
  // about:blank, srcdoc, blob: and data: documents are judged as the web page they belong to
  const url = pageUrl(/** @type {SenderLike} */ (sender)) || /** @type {string} */ (sender.url);
  const { documentId, documentLifecycle } = /** @type {{ documentId?: string, documentLifecycle?: string }} */ (sender);
  // A prerendered page's top frame has a frame id of its own until it is shown, then 0: it is judged
  // and kept as the top frame, so that the shown document's next snapshot replaces its verdict.
  const judgedFrame = documentLifecycle === 'prerender' && isObject(message.snapshot) && message.snapshot.topFrame === true ? 0 : frameId;
  /**
   * Keep a verdict for the frame's document and show the tab's.
   * @param {Verdict | undefined} judged @param {import('../shared/contract').VerdictError | undefined} error
   */
  const settle = async (judged, error) => {
    const verdict = judged ? trimVerdict(judged) : undefined;
    if (documentLifecycle === 'prerender' && documentId) {
      if (verdict) keepPrerendered(documentId, url, judgedFrame, verdict);
      return;
    }
    if (documentId && !(await isCurrentDocument(tabId, frameId, documentId))) return; // the frame left that document
    let record = await readRecord(tabId);
    if (frameId === 0 && (!record || (documentId && record.documentId !== documentId))) record = await pageRecord(url, documentId);
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
  };
  // A top frame that asks for sign-in details and shows no claim in its DOM: what the person sees
  // may show a provider's logo (view.js). It is looked at once per document (Firefox's senders
  // carry no documentId: once per tab and address), after the DOM's verdict is shown; the logos
  // found go with every later snapshot of that document.
  const documentKey = documentId ?? `${tabId} ${url}`;
  /** @param {Snapshot['images']} found @returns {MessageOf<ToWorker, 'snapshot'>} */
  const withView = (found) => {
    if (!found.length || !isObject(message.snapshot)) return message;
    const images = [...(Array.isArray(message.snapshot.images) ? message.snapshot.images : []), ...found].slice(-MAX_IMAGES);
    return { ...message, snapshot: { ...message.snapshot, images } };
  };
  withTab(tabId, async () => {
    const found = frameId === 0 ? viewImagesOf(documentKey) : null;
    const { verdict, error } = await evaluate(withView(found ?? []), url, judgedFrame);
    await settle(verdict, error);
    if (frameId !== 0 || found !== null || documentLifecycle === 'prerender' || !verdict || !isObject(message.snapshot)) return;
    if (!worthLooking(verdict, message.snapshot)) return;
    withTab(tabId, async () => {
      const looked = await lookAt(tabId, documentKey, scanView).catch(() => ({ images: [], ms: 0 }));
      console.debug(`Consent Guard: looked at the tab in ${looked.ms} ms, ${looked.images.length} logo(s)`);
      if (!looked.images.length) return;
      const again = await evaluate(withView(looked.images), url, frameId);
      await settle(again.verdict, again.error);
    }, `view:${frameId}`);
  }, `frame:${frameId}`);
}

/** @param {string} documentId @param {string} url @param {number} frameId @param {Verdict} verdict */
function keepPrerendered(documentId, url, frameId, verdict) {
  const kept = prerendered.get(documentId) ?? { url: '', frames: {} };
  if (frameId === 0) kept.url = url;
  kept.frames[frameId] = verdict;
  kept.frames = keepWorstFrames(kept.frames);
  prerendered.delete(documentId);
  prerendered.set(documentId, kept);
  for (const old of prerendered.keys()) {
    if (prerendered.size <= MAX_PRERENDERED) break;
    prerendered.delete(old);
  }
}

/**
 * A new record for the document in the tab's top frame, with the certificate error seen for its host.
 * @param {string} url @param {string} [documentId] @returns {Promise<TabRecord>}
 */
async function pageRecord(url, documentId) {
  const record = newRecord(url, documentId);
  const host = hostOf(url);
  const certError = certErrorFor(await readCertErrors(), host);
  if (certError) record.certError = { host, error: certError };
  return record;
}

/**
 * True when that frame of the tab shows that document now (and it is not a prerendered one). A
 * blob: document is not listed by webNavigation: that document itself is asked whether it is there.
 * @param {number} tabId @param {number} frameId @param {string} documentId
 */
async function isCurrentDocument(tabId, frameId, documentId) {
  let frame;
  try {
    frame = /** @type {any} */ (await ext.webNavigation.getFrame({ tabId, frameId }));
  } catch {
    return false;
  }
  if (frame) return frame.documentId === documentId && (frame.documentLifecycle ?? 'active') !== 'prerender';
  return documentAnswers(tabId, documentId);
}

/**
 * True when the tab's page is still the one the record judged: the same document where the browser
 * names documents (Chromium), else (Firefox) the same address in the top frame.
 * @param {number} tabId @param {TabRecord} record
 */
async function stillShows(tabId, record) {
  if (record.documentId) return isCurrentDocument(tabId, 0, record.documentId);
  try {
    const frame = await ext.webNavigation.getFrame({ tabId, frameId: 0 });
    return frame?.url === record.url;
  } catch {
    return false;
  }
}

/** @param {string} host */
function isProviderHost(host) {
  return ready().then(({ engine: built }) => built.isProviderHost(host), () => providerHosts.includes(host));
}

/** @param {string} host */
function domainOf(host) {
  try {
    return wasmFailure === null ? registrableDomain(host) : host.split('.').slice(-2).join('.');
  } catch {
    return host.split('.').slice(-2).join('.');
  }
}

// ---- listeners: all registered synchronously when the worker starts ----

// Every message the worker takes, through the one dispatcher (see shared/protocol.js). The popup asks
// for the Microsoft Entra sign-in here: the popup itself closes when the sign-in window opens.
ext.runtime.onMessage.addListener(createDispatcher({
  snapshot: onSnapshot,
  collect: onCollect,
  getTabVerdict: (message) => readRecord(message.tabId).catch(() => null),
  signIn: (message) => signInAnswer(message),
  getWarning: onGetWarning,
  continueAnyway: onContinueAnyway,
  reportFalsePositive: onReportFalsePositive,
  reportGrantRevoked: (message) => report(EVENTS.grantRevoked, {
    grant: { provider: message.provider, clientId: message.clientId, appName: message.appName ?? null },
  }),
  rasterize: (message) => rasterize(message).catch(() => null),
}, thisExtension));

onCertificateProblem(({ tabId, url, type, error }) => {
  const host = hostOf(url);
  if (!host) return;
  // Provider hosts (the engine says which) are remembered for the whole browser session; other hosts
  // are capped and rate-limited, so a page that loads hundreds of bad-certificate hosts cannot push a
  // provider's certificate error out of memory.
  const saved = withTab(STORAGE.session.certErrors, async () => {
    await wasmReady.catch(() => {});
    const isProvider = await isProviderHost(host);
    const memory = await readCertErrors();
    if (!rememberCertError(memory, host, error, { isProvider, domain: isProvider ? host : domainOf(host), now: Date.now() })) return;
    await session.set({ [STORAGE.session.certErrors]: memory });
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

// A top-frame navigation starts: the badge of the page being left must not show over the new URL.
ext.webNavigation.onBeforeNavigate.addListener((details) => {
  const { tabId, frameId } = details;
  const { documentLifecycle } = /** @type {any} */ (details);
  if (tabId < 0 || frameId !== 0 || documentLifecycle === 'prerender') return;
  setActionState(tabId, badgeFor(null));
});

ext.webNavigation.onCommitted.addListener((details) => {
  const { tabId, frameId } = details;
  const { documentLifecycle, documentId } = /** @type {any} */ (details);
  if (tabId < 0 || documentLifecycle === 'prerender') return;
  withTab(tabId, async () => {
    if (frameId === 0) {
      const record = await readRecord(tabId);
      if (details.url.startsWith(WARNING_PAGE) && record?.warned === details.url) {
        await setActionState(tabId, await badgeOf(record.verdict)); // the warning page shows this verdict
        return;
      }
      if (record && documentId && record.documentId === documentId) {
        if (record.warned && record.verdict?.level === 'danger') {
          // Back on a document the tab was sent away from (history): to the warning page again.
          delete record.warned;
          await publish(tabId, record);
          return;
        }
        await setActionState(tabId, await badgeOf(record.verdict, record.error)); // its snapshot came first: keep its verdict
        return;
      }
      const next = await pageRecord(details.url, documentId);
      const early = documentId ? prerendered.get(documentId) : undefined;
      if (early) { // a prerendered document became active: its verdicts count now
        prerendered.delete(documentId);
        next.frames = early.frames;
      }
      await publish(tabId, next);
      return;
    }
    const record = await readRecord(tabId);
    if (record?.frames[frameId]) {
      delete record.frames[frameId];
      await publish(tabId, record);
    }
  });
});

// The first stage's answer is pulled when the document's DOM is ready (document_idle comes at or
// after it; a pull that comes first waits for the first stage), and after a navigation within the
// document (history API, fragment), which changes the address the answer was for. A document restored
// from the back/forward cache, or a prerendered one shown, gets DOMContentLoaded again: its first
// stage tests again. The event wakes a stopped worker.
ext.webNavigation.onDOMContentLoaded.addListener((details) => {
  pull(/** @type {any} */ (details), false).catch((err) => console.error('Consent Guard:', describe(err)));
});
/** @param {chrome.webNavigation.WebNavigationTransitionCallbackDetails} details */
const pullAgain = (details) => {
  pull(/** @type {any} */ (details), true).catch((err) => console.error('Consent Guard:', describe(err)));
};
ext.webNavigation.onHistoryStateUpdated.addListener(pullAgain);
ext.webNavigation.onReferenceFragmentUpdated.addListener(pullAgain);

// A failed top-frame navigation (the certificate warning page among them) clears the tab's badge:
// show the stored verdict again.
ext.webNavigation.onErrorOccurred.addListener(({ tabId, frameId }) => {
  if (tabId < 0 || frameId !== 0) return;
  withTab(tabId, async () => {
    const record = await readRecord(tabId);
    if (record?.verdict) await setActionState(tabId, await badgeOf(record.verdict, record.error));
  });
});

ext.tabs.onRemoved.addListener((tabId) => {
  withTab(tabId, async () => {
    const items = await session.get(null);
    const warnings = Object.keys(items).filter((k) => k.startsWith(STORAGE.session.warningPrefix) && /** @type {any} */ (items[k])?.tabId === tabId);
    await session.remove([recordKey(tabId), `${STORAGE.session.allowedPrefix}${tabId}`, ...warnings]);
  });
});

ext.storage.onChanged.addListener((changes, area) => {
  if (area === 'managed') {
    liveManaged = null; // the stored copy is out of date: read the policy again, keep deciding with it meanwhile
    readLiveManaged().catch((err) => console.error('Consent Guard: the managed policy could not be read:', describe(err)));
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
      if (!(await setActionState(tabId, await badgeOf(record.verdict, record.error)))) {
        await session.remove(recordKey(tabId)); // the tab is gone
      } else if (!record.verdict && /^https?:/.test(record.url)) {
        askAgain(tabId);
      }
    });
  }
}, (err) => console.error('Consent Guard: could not read stored verdicts:', describe(err)));
ready().catch((err) => console.error('Consent Guard: the engine could not be built:', describe(err)));
startReports(ready, (format, events) => reportBody(format, events)); // and sends what an earlier worker left

// @ts-check
// Reports to the organisation's endpoint (policy `reporting`). The engine builds each event (what it
// says, the scrubbed URL, the format); this file only keeps and moves them:
// - a durable outbox in storage.local: it survives the worker being stopped and the browser restarting;
// - bounded: when full the oldest event is dropped, and the next event built carries how many were;
// - batched: up to BATCH events per POST (the engine writes the body for the format);
// - at least once: an event leaves the outbox only when the endpoint answered 2xx; the receiver
//   de-duplicates by the event id;
// - retries with exponential backoff and jitter, and waits as long as a 429/503 Retry-After asks;
//   chrome.alarms wakes a stopped worker for the next attempt.
// The authorization header goes to the endpoint only (https, no redirects followed) and is never logged.
import '../shared/protocol.js';
import { ext } from '../shared/platform.js';

const { STORAGE } = globalThis.CONSENT_GUARD_PROTOCOL;
const OUTBOX = STORAGE.local.reportOutbox;
const ALARM = 'consent-guard-report';

/** Event kinds the worker names itself (src/report.rs `EventKind`; the engine names the verdict's). */
// Double quotes: these are event names, not locale keys (tests/unit/locales.test.js looks for those).
export const EVENTS = Object.freeze({
  pageBlocked: "page_blocked",
  warningContinued: "warning_continued",
  falsePositive: "false_positive_report",
  grantRevoked: "grant_revoked",
});

export const REPORT_LIMITS = Object.freeze({
  events: 500, // kept in the outbox at most
  batch: 50, // events per POST
  baseMs: 1000, // first retry after about this long
  maxMs: 30 * 60_000, // backoff ceiling
  maxRetryAfterMs: 6 * 3600_000, // the longest Retry-After honoured
  timeoutMs: 30_000, // one POST
});

/**
 * @typedef {{ id: string, event: unknown }} Queued
 * @typedef {{ events: Queued[], dropped: number, attempt: number, notBefore: number }} Outbox
 * @typedef {{ reportEvent(input: string): string }} ReportEngine
 * @typedef {{ engine: ReportEngine, policy: any }} Built
 */

/** @param {unknown} stored @returns {Outbox} */
export function readOutbox(stored) {
  const s = /** @type {any} */ (stored);
  const events = Array.isArray(s?.events) ? s.events.filter((/** @type {any} */ e) => typeof e?.id === 'string' && e.event) : [];
  const num = (/** @type {unknown} */ n) => (typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : 0);
  return { events, dropped: num(s?.dropped), attempt: num(s?.attempt), notBefore: num(s?.notBefore) };
}

/**
 * Adds an event; when that makes the outbox too long, the oldest go and are counted in `dropped`.
 * @param {Outbox} outbox @param {Queued} entry @param {number} [limit]
 */
export function addToOutbox(outbox, entry, limit = REPORT_LIMITS.events) {
  outbox.events.push(entry);
  while (outbox.events.length > limit) {
    outbox.events.shift();
    outbox.dropped += 1;
  }
  return outbox;
}

/**
 * The wait before attempt `attempt` (1, 2, …): exponential with full jitter in its upper half.
 * @param {number} attempt @param {() => number} [random]
 */
export function backoffMs(attempt, random = Math.random) {
  const ceiling = Math.min(REPORT_LIMITS.maxMs, REPORT_LIMITS.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}

/**
 * What a Retry-After header asks for, in ms from `now` (seconds or an HTTP date), or null.
 * @param {string | null} header @param {number} now
 */
export function retryAfterMs(header, now) {
  if (!header) return null;
  const text = header.trim();
  let ms = null;
  if (/^\d+$/.test(text)) ms = Number(text) * 1000;
  else {
    const at = Date.parse(text);
    if (Number.isFinite(at)) ms = Math.max(0, at - now);
  }
  return ms === null ? null : Math.min(ms, REPORT_LIMITS.maxRetryAfterMs);
}

/** @type {() => Promise<Built>} */
let currentEngine = () => Promise.reject(new Error('reports are not started'));
/** @type {(format: string, eventsJson: string) => string} */
let bodyFor = () => '[]';
let chain = Promise.resolve();
let sending = false;
let flushAgain = false; // asked to send while a send ran: look again when it ends
/** @type {ReturnType<typeof setTimeout> | null} */
let timer = null;

/** @template T @param {() => Promise<T>} task @returns {Promise<T>} */
function serial(task) {
  const run = chain.then(task);
  chain = run.then(() => {}, () => {});
  return run;
}

async function load() {
  return readOutbox((await ext.storage.local.get(OUTBOX))[OUTBOX]);
}

/** @param {Outbox} outbox */
function save(outbox) {
  return ext.storage.local.set({ [OUTBOX]: outbox });
}

/** @param {unknown} err */
const describe = (err) => String(/** @type {any} */ (err)?.message ?? err).slice(0, 200);

function browserName() {
  const brands = /** @type {any} */ (navigator).userAgentData?.brands;
  const brand = Array.isArray(brands) ? brands.find((b) => !/not.?a.?brand/i.test(b.brand)) : null;
  if (brand) return `${brand.brand} ${brand.version}`;
  const m = /(Firefox|Edg|Chrome)\/(\d+)/.exec(navigator.userAgent);
  return m ? `${m[1] === 'Edg' ? 'Microsoft Edge' : m[1]} ${m[2]}` : 'unknown';
}

/**
 * Starts reporting with the worker's engine (a promise of {engine, policy}, rebuilt when the policy
 * changes) and `reportBody` of the engine module. Call once, synchronously, when the worker starts:
 * it registers the alarm listener and sends what an earlier worker left in the outbox.
 * @param {() => Promise<Built>} engine @param {(format: string, eventsJson: string) => string} body
 */
export function startReports(engine, body) {
  currentEngine = engine;
  bodyFor = body;
  ext.alarms.onAlarm.addListener((/** @type {{ name: string }} */ alarm) => {
    if (alarm.name === ALARM) flush();
  });
  flush();
}

/**
 * Something happened: the engine builds the event (or says the policy wants none) and it joins the
 * outbox. Never throws.
 * @param {string} kind @param {{ url?: string, verdict?: unknown, reason?: string, grant?: unknown }} what
 */
export function report(kind, what) {
  return serial(async () => {
    const { engine } = await currentEngine();
    const outbox = await load();
    const input = {
      id: crypto.randomUUID(), time: Date.now(), kind, url: what.url ?? '', verdict: what.verdict ?? null,
      reason: what.reason ?? null, grant: what.grant ?? null, dropped: outbox.dropped,
      extensionVersion: ext.runtime.getManifest().version, browser: browserName(),
    };
    const answer = JSON.parse(engine.reportEvent(JSON.stringify(input)));
    if (!answer?.event) {
      if (answer?.skip?.['bad-input']) console.warn('Consent Guard: no report event:', answer.skip['bad-input']);
      return false;
    }
    outbox.dropped = 0;
    addToOutbox(outbox, { id: input.id, event: answer.event });
    await save(outbox);
    return true;
  }).then((queued) => {
    if (queued) flush();
    return queued;
  }, (err) => {
    console.error('Consent Guard: could not queue a report:', describe(err));
    return false;
  });
}

/** Send what the outbox holds, now or when its wait is over. Never throws. */
export function flush() {
  if (sending) {
    flushAgain = true;
    return;
  }
  sending = true;
  flushAgain = false;
  sendBatch().catch((err) => console.error('Consent Guard: reports:', describe(err))).finally(() => {
    sending = false;
    if (flushAgain) flush();
  });
}

/** @param {number} at */
function wakeAt(at) {
  const delay = Math.max(0, at - Date.now());
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => { timer = null; flush(); }, delay); // while this worker runs
  ext.alarms.create(ALARM, { when: at }); // and after it stopped
}

async function sendBatch() {
  for (;;) {
    const outbox = await serial(load);
    if (!outbox.events.length) {
      await ext.alarms.clear(ALARM);
      return;
    }
    if (outbox.notBefore > Date.now()) {
      wakeAt(outbox.notBefore);
      return;
    }
    const { policy } = await currentEngine();
    const reporting = policy?.policy?.reporting;
    const endpoint = typeof reporting?.endpoint === 'string' ? reporting.endpoint : '';
    if (!/^https:\/\//i.test(endpoint)) return; // no (usable) endpoint now: kept for when there is one
    const batch = outbox.events.slice(0, REPORT_LIMITS.batch);
    const result = await post(endpoint, reporting, bodyFor(String(reporting.format ?? 'ocsf'), JSON.stringify(batch.map((e) => e.event))));
    const sent = new Set(batch.map((e) => e.id));
    const again = await serial(async () => {
      const now = await load(); // events may have arrived meanwhile
      if (result.ok) {
        now.events = now.events.filter((e) => !sent.has(e.id));
        now.attempt = 0;
        now.notBefore = 0;
      } else {
        now.attempt += 1;
        now.notBefore = Date.now() + (result.retryAfter ?? backoffMs(now.attempt));
        console.warn(`Consent Guard: reports not delivered (${result.why}); attempt ${now.attempt}, next in ${now.notBefore - Date.now()} ms`);
      }
      await save(now);
      return now;
    });
    if (!result.ok) {
      wakeAt(again.notBefore);
      return;
    }
  }
}

/**
 * One POST. `{ok}` on 2xx; otherwise why, and the wait a Retry-After asks for.
 * @param {string} endpoint @param {any} reporting @param {string} body
 * @returns {Promise<{ ok: boolean, why?: string, retryAfter?: number | null }>}
 */
async function post(endpoint, reporting, body) {
  /** @type {Record<string, string>} */
  const headers = { 'content-type': 'application/json' };
  if (typeof reporting.authorizationHeader === 'string' && reporting.authorizationHeader) headers.authorization = reporting.authorizationHeader;
  const abort = new AbortController();
  const stop = setTimeout(() => abort.abort(), REPORT_LIMITS.timeoutMs);
  try {
    const response = await fetch(endpoint, {
      method: 'POST', headers, body, credentials: 'omit', cache: 'no-store', redirect: 'error', referrerPolicy: 'no-referrer', signal: abort.signal,
    });
    if (response.ok) return { ok: true };
    const retryAfter = [429, 503].includes(response.status) ? retryAfterMs(response.headers.get('retry-after'), Date.now()) : null;
    return { ok: false, why: `HTTP ${response.status}`, retryAfter };
  } catch (err) {
    return { ok: false, why: abort.signal.aborted ? 'timed out' : `no answer: ${describe(err)}` };
  } finally {
    clearTimeout(stop);
  }
}

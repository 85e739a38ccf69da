// @ts-check
// The worker's bookkeeping that must stay bounded whatever a page does: the organisation's warning
// settings, the memory of certificate errors, the size of a tab record, and the per-tab queue that
// coalesces a churning frame's snapshots. Pure functions and small classes, no browser calls.

/** @typedef {'monitor' | 'warn' | 'block'} Mode */
/** @typedef {{ mode: Mode, support: string | null, allowlist: string[] }} WarnSettings */

const MODES = ['monitor', 'warn', 'block'];

/**
 * The organisation's support contact in one line ("IT Service Desk · help@contoso.com · https://…"),
 * from the policy's `support` ({name, url, email}) or a plain string; null when there is none.
 * @param {unknown} support @returns {string | null}
 */
function supportLine(support) {
  if (typeof support === 'string') return support.trim() ? support.trim().slice(0, 300) : null;
  if (!support || typeof support !== 'object') return null;
  const s = /** @type {Record<string, unknown>} */ (support);
  const parts = [s.name, s.email, s.url].filter((v) => typeof v === 'string' && v.trim()).map((v) => String(v).trim());
  return parts.length ? parts.join(' · ').slice(0, 300) : null;
}

/**
 * The organisation's warning settings from the merged policy: `mode` (monitor: badge only; warn: the
 * tab goes to the warning page, which offers "Continue anyway"; block: the same without it), `support`
 * (where people get help) and `allowlist` (hosts never sent to the warning page). The one reader of
 * these values: anything missing or malformed is warn / no support / empty allowlist.
 * @param {unknown} policy @returns {WarnSettings}
 */
export function warnSettings(policy) {
  const p = /** @type {Record<string, unknown>} */ (policy !== null && typeof policy === 'object' ? policy : {});
  const mode = /** @type {Mode} */ (MODES.includes(/** @type {string} */ (p.mode)) ? p.mode : 'warn');
  const support = supportLine(p.support);
  const list = /** @type {any} */ (p.policy)?.allowlist ?? p.allowlist;
  const allowlist = Array.isArray(list)
    ? list.filter((h) => typeof h === 'string' && h.trim()).map((h) => h.trim().toLowerCase()).slice(0, 500)
    : [];
  return { mode, support, allowlist };
}

// ---- certificate errors ----

export const CERT_LIMITS = Object.freeze({ total: 500, perDomain: 20, perMinute: 120 });

/**
 * @typedef {{ provider: Record<string, string>, other: Record<string, { error: string, at: number, domain: string }>,
 *   recent: number[] }} CertMemory
 * `provider`: hosts the engine says are provider hosts, never evicted in the browser session.
 * `other`: every other host, capped per registrable domain and in total, the oldest evicted first.
 * `recent`: times of the latest additions to `other`, for the rate limit.
 */

/** @param {unknown} stored @returns {CertMemory} */
export function certMemory(stored) {
  const s = /** @type {any} */ (stored);
  const isObj = (/** @type {unknown} */ v) => v !== null && typeof v === 'object' && !Array.isArray(v);
  return {
    provider: isObj(s?.provider) ? { ...s.provider } : {},
    other: isObj(s?.other) ? { ...s.other } : {},
    recent: Array.isArray(s?.recent) ? s.recent.filter((t) => typeof t === 'number') : [],
  };
}

/** @param {CertMemory} memory @param {string} host @returns {string | null} */
export function certErrorFor(memory, host) {
  return memory.provider[host] ?? memory.other[host]?.error ?? null;
}

/**
 * Remember a certificate error; false when nothing changed (already known, or over the rate limit).
 * @param {CertMemory} memory @param {string} host @param {string} error
 * @param {{ isProvider: boolean, domain: string, now: number, limits?: typeof CERT_LIMITS }} how
 */
export function rememberCertError(memory, host, error, { isProvider, domain, now, limits = CERT_LIMITS }) {
  if (isProvider) {
    if (memory.provider[host] === error) return false;
    memory.provider[host] = error;
    return true;
  }
  const known = memory.other[host];
  if (known?.error === error) return false;
  memory.recent = memory.recent.filter((t) => now - t < 60_000);
  if (!known && memory.recent.length >= limits.perMinute) return false;
  memory.recent.push(now);
  memory.other[host] = { error, at: known?.at ?? now, domain };
  const entries = Object.entries(memory.other);
  const sameDomain = entries.filter(([, e]) => e.domain === domain);
  evictOldest(memory, sameDomain, limits.perDomain);
  evictOldest(memory, Object.entries(memory.other), limits.total);
  return true;
}

/** @param {CertMemory} memory @param {[string, { at: number }][]} entries @param {number} keep */
function evictOldest(memory, entries, keep) {
  if (entries.length <= keep) return;
  entries.sort((a, b) => a[1].at - b[1].at);
  for (const [host] of entries.slice(0, entries.length - keep)) delete memory.other[host];
}

// ---- the size of what is stored per tab ----

export const RECORD_LIMITS = Object.freeze({ findings: 20, evidence: 8, text: 300, subframes: 8 });
const RANK = { danger: 3, caution: 2, genuine: 1, none: 0 };

/** @param {unknown} value @param {number} max */
const clip = (value, max) => (typeof value === 'string' && value.length > max ? `${value.slice(0, max - 1)}…` : value);

/**
 * A verdict with at most RECORD_LIMITS.findings findings of at most RECORD_LIMITS.evidence evidence
 * items each, every string clipped: what is stored and shown, whatever the engine returned.
 * @template T @param {T} verdict @returns {T}
 */
export function trimVerdict(verdict) {
  const v = /** @type {any} */ (verdict);
  if (!v || typeof v !== 'object') return verdict;
  const out = { ...v };
  out.host = clip(v.host, RECORD_LIMITS.text);
  if (v.summary && typeof v.summary === 'object' && Array.isArray(v.summary.params)) {
    out.summary = { ...v.summary, params: v.summary.params.slice(0, 9).map((/** @type {unknown} */ p) => clip(p, RECORD_LIMITS.text)) };
  }
  if (v.error && typeof v.error === 'object') out.error = { ...v.error, detail: clip(v.error.detail, RECORD_LIMITS.text) };
  out.providerName = clip(v.providerName, RECORD_LIMITS.text);
  if (Array.isArray(v.findings)) {
    out.findings = v.findings.slice(0, RECORD_LIMITS.findings).map((/** @type {any} */ f) => {
      if (!f || typeof f !== 'object') return f;
      const finding = { ...f };
      if (Array.isArray(f.params)) finding.params = f.params.slice(0, 9).map((/** @type {unknown} */ p) => clip(p, RECORD_LIMITS.text));
      if (Array.isArray(f.evidence)) {
        finding.evidence = f.evidence.slice(0, RECORD_LIMITS.evidence).map((/** @type {any} */ e) => (e && typeof e === 'object'
          ? {
            ...e,
            label: clip(e.label, RECORD_LIMITS.text),
            value: clip(e.value, RECORD_LIMITS.text),
            ...(Array.isArray(e.params) ? { params: e.params.slice(0, 9).map((/** @type {unknown} */ p) => clip(p, RECORD_LIMITS.text)) } : {}),
          }
          : clip(e, RECORD_LIMITS.text)));
      }
      return finding;
    });
  }
  if (v.request && typeof v.request === 'object') {
    out.request = { ...v.request };
    if (Array.isArray(v.request.scopes)) out.request.scopes = v.request.scopes.slice(0, 50);
  }
  return out;
}

/**
 * The frames a record keeps: the top frame and the worst RECORD_LIMITS.subframes subframes.
 * @template V @param {Record<string, V>} frames @returns {Record<string, V>}
 */
export function keepWorstFrames(frames) {
  const subframes = Object.entries(frames).filter(([id]) => id !== '0');
  if (subframes.length <= RECORD_LIMITS.subframes) return frames;
  const rank = (/** @type {any} */ v) => RANK[/** @type {keyof typeof RANK} */ (v?.level)] ?? 2;
  subframes.sort((a, b) => rank(b[1]) - rank(a[1]));
  /** @type {Record<string, V>} */
  const kept = {};
  if (frames['0'] !== undefined) kept['0'] = frames['0'];
  for (const [id, v] of subframes.slice(0, RECORD_LIMITS.subframes)) kept[id] = v;
  return kept;
}

// ---- one queue per tab; a frame's snapshots coalesce ----

/**
 * Tasks per key run one at a time, in order. A task with a `slot` replaces a task of the same key
 * and slot that has not started yet (latest wins), so a frame that changes every few milliseconds
 * keeps at most one task waiting.
 */
export class KeyedQueue {
  /** @param {(key: number | string, err: unknown) => void} onError */
  constructor(onError) {
    this.onError = onError;
    /** @type {Map<number | string, { running: boolean, tasks: { slot: string | null, run: () => Promise<unknown>, done: (v?: unknown) => void }[] }>} */
    this.lanes = new Map();
  }

  /**
   * @param {number | string} key @param {() => Promise<unknown>} run @param {string} [slot]
   * @returns {Promise<unknown>} settles when the task ran, or was replaced by a later one
   */
  push(key, run, slot) {
    let lane = this.lanes.get(key);
    if (!lane) {
      lane = { running: false, tasks: [] };
      this.lanes.set(key, lane);
    }
    /** @type {(v?: unknown) => void} */
    let done = () => {};
    const settled = new Promise((resolve) => { done = resolve; });
    const waiting = slot === undefined ? -1 : lane.tasks.findIndex((t) => t.slot === slot);
    if (waiting >= 0) {
      const old = lane.tasks[waiting];
      lane.tasks[waiting] = { slot: slot ?? null, run, done: (v) => { old.done(v); done(v); } };
    } else {
      lane.tasks.push({ slot: slot ?? null, run, done });
    }
    if (!lane.running) this.drain(key, lane);
    return settled;
  }

  /** @param {number | string} key @param {{ running: boolean, tasks: any[] }} lane */
  async drain(key, lane) {
    lane.running = true;
    while (lane.tasks.length) {
      const task = lane.tasks.shift();
      try {
        await task.run();
      } catch (err) {
        try { this.onError(key, err); } catch { /* reporting must not stop the lane */ }
      }
      task.done();
    }
    lane.running = false;
    if (this.lanes.get(key) === lane) this.lanes.delete(key);
  }

  /** Number of tasks waiting (not running) for a key. @param {number | string} key */
  waiting(key) {
    return this.lanes.get(key)?.tasks.length ?? 0;
  }
}

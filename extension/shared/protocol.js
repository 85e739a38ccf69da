// @ts-check
// The one message protocol between the extension's parts: every message type, who may send it, its
// payload fields and whether it is answered; every storage key; the managed-wins policy merge. Classic
// script (the content script loads it from the manifest; modules with `import '../shared/protocol.js'`);
// its types are in protocol.d.ts. The worker's dispatcher (worker/dispatch.js) accepts only these types
// from these senders. Every message goes to the worker: the content scripts listen for none (the
// worker reads what they found with `chrome.scripting.executeScript`, `PULLED` below).
(() => {
  /** @type {ConsentGuardProtocol['MESSAGES']} */
  const MESSAGES = Object.freeze({
    // The snapshot itself is checked by the engine: anything but an object is "could not verify".
    snapshot: Object.freeze({
      from: 'contentScript', to: 'worker', replies: false,
      fields: Object.freeze({
        snapshot: { type: 'any' }, error: { type: 'string', optional: true },
        // how it was taken: the whole page read, or the last snapshot brought up to date from the
        // page's mutation records (content/recollect.js); for tests and measurements, not judged
        recollected: { type: 'string', oneOf: Object.freeze(['whole', 'records']), optional: true },
      }),
    }),
    // The first stage (content/probe.js) found a page that asks or claims: load the full collector
    // into the sender's document (the worker's `chrome.scripting.executeScript`).
    collect: Object.freeze({ from: 'contentScript', to: 'worker', replies: false, fields: Object.freeze({}) }),
    getTabVerdict: Object.freeze({
      from: 'extensionPage', to: 'worker', replies: true, fields: Object.freeze({ tabId: { type: 'tabId' } }),
    }),
    signIn: Object.freeze({
      from: 'extensionPage', to: 'worker', replies: true,
      fields: Object.freeze({
        // entra: a Microsoft Graph token; azure-devops: a token for the Azure DevOps resource (no level).
        provider: { type: 'string', oneOf: Object.freeze(['entra', 'azure-devops']) },
        // read: list only (asked first); revoke: also the permission to revoke (asked on the first revoke).
        level: { type: 'string', oneOf: Object.freeze(['read', 'revoke']), optional: true },
      }),
    }),
    // The warning page: its verdict, by the one-time token in its address, and the person's choice.
    getWarning: Object.freeze({
      from: 'extensionPage', to: 'worker', replies: true, fields: Object.freeze({ token: { type: 'string' } }),
    }),
    continueAnyway: Object.freeze({
      from: 'extensionPage', to: 'worker', replies: true,
      fields: Object.freeze({ token: { type: 'string' }, reason: { type: 'string', optional: true } }),
    }),
    // The warning page's "This page is safe — tell my security team" (sent only where reporting is set).
    reportFalsePositive: Object.freeze({
      from: 'extensionPage', to: 'worker', replies: true,
      fields: Object.freeze({ token: { type: 'string' }, reason: { type: 'string', optional: true } }),
    }),
    // The authorizations panel revoked an app's access: the security team hears of it.
    reportGrantRevoked: Object.freeze({
      from: 'extensionPage', to: 'worker', replies: false,
      fields: Object.freeze({
        provider: { type: 'string' }, clientId: { type: 'string' }, appName: { type: 'string', optional: true },
      }),
    }),
    // A content script asks for another origin's image as a thumbnail (worker/pixels.js fetches it).
    rasterize: Object.freeze({
      from: 'contentScript', to: 'worker', replies: true, fields: Object.freeze({ url: { type: 'string' } }),
    }),
  });

  const TAB_PREFIX = 'tab:';

  /** @type {ConsentGuardProtocol['STORAGE']} */
  const STORAGE = Object.freeze({
    session: Object.freeze({
      certErrors: 'certErrors', // certificate errors the browser reported (worker/guard.js CertMemory)
      warningPrefix: 'warning:', // warning:<token> -> the verdict a warning page shows, for one tab
      allowedPrefix: 'allowed:', // allowed:<tabId> -> origins the person continued to in that tab
      entraToken: 'auth:entra', // Microsoft Graph access token and its expiry
      azureDevOpsPat: 'auth:azureDevOpsPat', // the personal access token the person pasted
      azureDevOpsToken: 'auth:azureDevOps', // Entra access token for the Azure DevOps resource, its expiry and tenant
    }),
    local: Object.freeze({
      options: 'options', // the person's own settings (they can only make the extension stricter)
      managedPolicy: 'managedPolicy', // the last managed policy read: decides at once after a restart
      reportOutbox: 'reportOutbox', // report events not yet delivered (worker/report.js)
    }),
  });

  /** @param {unknown} value */
  const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);

  /** @param {unknown} message @param {'worker'} to @returns {Checked<any>} */
  function checkMessage(message, to) {
    if (!isObject(message)) return { ok: false, reason: 'not an object' };
    const record = /** @type {Record<string, unknown>} */ (message);
    const type = record.type;
    if (typeof type !== 'string' || !Object.hasOwn(MESSAGES, type)) {
      return { ok: false, reason: `unknown message type ${JSON.stringify(String(type).slice(0, 40))}` };
    }
    const spec = MESSAGES[/** @type {keyof ConsentGuardProtocol['MESSAGES']} */ (type)];
    if (spec.to !== to) return { ok: false, reason: `${type} is not a message for the ${to}` };
    for (const name of Object.keys(record)) {
      if (name !== 'type' && !Object.hasOwn(spec.fields, name)) return { ok: false, reason: `${type}: unknown field ${name}` };
    }
    for (const [name, field] of Object.entries(spec.fields)) {
      const problem = fieldProblem(record[name], field, Object.hasOwn(record, name));
      if (problem) return { ok: false, reason: `${type}.${name}: ${problem}` };
    }
    return { ok: true, value: message };
  }

  /** @param {unknown} value @param {FieldSpec} field @param {boolean} present */
  function fieldProblem(value, field, present) {
    if (!present || value === undefined) return field.optional || field.type === 'any' ? null : 'missing';
    switch (field.type) {
      case 'any': return null;
      case 'object': return isObject(value) ? null : 'not an object';
      case 'tabId': return Number.isInteger(value) && /** @type {number} */ (value) >= 0 ? null : 'not a tab id';
      case 'string':
        if (typeof value !== 'string') return 'not a string';
        return !field.oneOf || field.oneOf.includes(value) ? null : `not one of ${field.oneOf.join(', ')}`;
      default: return 'unknown field type';
    }
  }

  // What the worker pulls from a document (`chrome.scripting.executeScript`, no message): the first
  // stage's answer (content/probe.js `pull`: `collect`, a small `snapshot`, or null when it has nothing
  // new) and the collector's first snapshot (the injected file's last expression). Each is checked as
  // the message it stands for would be.
  /** @type {ConsentGuardProtocol['PULLED']} */
  const PULLED = Object.freeze({
    probe: Object.freeze({ types: Object.freeze(['collect', 'snapshot']), orNull: true }),
    collector: Object.freeze({ types: Object.freeze(['snapshot']), orNull: false }),
  });

  /**
   * A pulled value, checked as a message to the worker of one of the types `PULLED[from]` lists (or null
   * where it allows that).
   * @param {unknown} value @param {keyof ConsentGuardProtocol['PULLED']} from @returns {Checked<any>}
   */
  function checkPulled(value, from) {
    const spec = PULLED[from];
    if (!spec) return { ok: false, reason: `nothing is pulled from ${String(from).slice(0, 40)}` };
    if (value === null || value === undefined) return spec.orNull ? { ok: true, value: null } : { ok: false, reason: 'nothing' };
    const checked = checkMessage(value, 'worker');
    if (!checked.ok) return checked;
    const type = /** @type {string} */ (/** @type {any} */ (value).type);
    if (!spec.types.includes(type)) return { ok: false, reason: `${type} is not pulled from the ${from}` };
    return checked;
  }

  /**
   * Who sent a message: the content script in a web page (a tab, a frame, an http(s) page), one of the
   * extension's own pages (popup, options; also when opened in a tab), or nobody we accept.
   * @param {SenderLike | undefined} sender @param {SelfLike} self @returns {Checked<SenderKind>}
   */
  function senderKind(sender, self) {
    if (!sender || sender.id !== self.id) return { ok: false, reason: 'sent by another extension' };
    const url = typeof sender.url === 'string' ? sender.url : '';
    if (self.pagesOrigin && url.startsWith(self.pagesOrigin)) return { ok: true, value: 'extensionPage' };
    if (!sender.tab || typeof sender.tab.id !== 'number' || sender.tab.id < 0) return { ok: false, reason: 'not sent from a tab' };
    if (typeof sender.frameId !== 'number') return { ok: false, reason: 'no frame id' };
    if (!/^https?:/i.test(url) && !pageUrl(sender)) return { ok: false, reason: 'not sent from a web page' };
    return { ok: true, value: 'contentScript' };
  }

  /**
   * The URL a content script's document is judged by: its own http(s) URL; for a document without
   * one (about:blank, about:srcdoc, blob:, data:) the web page it belongs to: its http(s) origin
   * (`sender.origin`; a blob: URL's own origin), or, for a data: frame or a sandboxed about:srcdoc
   * or about:blank frame, whose origin is opaque, the tab's page. '' when it belongs to no web page.
   * @param {SenderLike | undefined} sender @returns {string}
   */
  function pageUrl(sender) {
    const url = typeof sender?.url === 'string' ? sender.url : '';
    if (/^https?:/i.test(url)) return url;
    if (!/^(about|blob|data):/i.test(url)) return '';
    const origin = typeof sender?.origin === 'string' ? sender.origin : '';
    if (/^https?:\/\/[^/]+$/i.test(origin)) return `${origin}/`;
    const inner = /^blob:(https?:\/\/[^/]+)/i.exec(url);
    if (inner) return `${inner[1]}/`;
    const tabUrl = typeof sender?.tab?.url === 'string' ? sender.tab.url : '';
    if (/^(data|about):/i.test(url) && typeof sender?.frameId === 'number' && sender.frameId > 0 && /^https?:/i.test(tabUrl)) return tabUrl;
    return '';
  }

  /**
   * The organisation's settings: the managed policy wins over the options page, key by key.
   * @param {unknown} options @param {unknown} managed @returns {Record<string, unknown>}
   */
  function mergePolicy(options, managed) {
    return { ...(isObject(options) ? /** @type {object} */ (options) : {}), ...(isObject(managed) ? /** @type {object} */ (managed) : {}) };
  }

  globalThis.CONSENT_GUARD_PROTOCOL = Object.freeze({
    MESSAGES,
    PULLED,
    STORAGE,
    tabKey: (tabId) => `${TAB_PREFIX}${tabId}`,
    tabIdOfKey: (key) => (key.startsWith(TAB_PREFIX) && /^\d+$/.test(key.slice(TAB_PREFIX.length)) ? Number(key.slice(TAB_PREFIX.length)) : null),
    toWorker: (type, payload) => ({ ...payload, type }),
    senderKind,
    pageUrl,
    checkMessage,
    checkPulled,
    mergePolicy,
  });
})();

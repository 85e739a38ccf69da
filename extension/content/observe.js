// @ts-check
// Consent Guard content script, part 3 of 5: sends the snapshot to the worker (an object: message
// passing copies it), and again when the page changes meaningfully, throttled.
(() => {
  'use strict';

  const cg = /** @type {ContentNamespace} */ (globalThis.CONSENT_GUARD_CONTENT);
  const ext = globalThis.chrome; // Chrome, Edge and Firefox all offer chrome.* to content scripts
  if (!cg || !ext?.runtime?.id) return;
  const { toWorker } = globalThis.CONSENT_GUARD_PROTOCOL;
  const THROTTLE_MS = 300;
  const SLOW_THROTTLE_MS = 1000;

  // ---- sending, and sending again when the page changes ----

  let lastSignature = '';
  let unchanged = 0;
  let timer = 0;
  const observed = new WeakSet();

  // What must differ for a snapshot to be sent again: everything but timing and most of the text.
  /** @param {Snapshot} snapshot */
  function signature(snapshot) {
    return JSON.stringify({ ...snapshot, collectMs: 0, text: snapshot.text.slice(0, 200) });
  }

  /** @param {boolean} force send even when nothing changed */
  function report(force) {
    if (!cg.alive) return;
    /** @type {MessageOf<ToWorker, 'snapshot'>} */
    let message;
    try {
      const snapshot = cg.collect();
      cg.scanPage();
      const sig = signature(snapshot);
      if (!force && sig === lastSignature) {
        unchanged++;
        return;
      }
      unchanged = 0;
      lastSignature = sig;
      message = toWorker('snapshot', { snapshot });
      observeShadowRoots();
    } catch (err) {
      lastSignature = '';
      message = toWorker('snapshot', { snapshot: null, error: `collecting failed: ${/** @type {any} */ (err)?.name ?? 'error'}` });
    }
    try {
      ext.runtime.sendMessage(message).catch(stopIfOrphaned);
    } catch (err) {
      stopIfOrphaned(err);
    }
  }

  // The extension was reloaded or removed: this copy of the script has nobody to talk to.
  /** @param {unknown} [_err] the send failure (the runtime id tells whether it was orphaning) */
  function stopIfOrphaned(_err) {
    if (ext.runtime?.id) return;
    cg.alive = false;
    observer.disconnect();
    clearTimeout(timer);
  }

  function schedule() {
    if (timer || !cg.alive) return;
    timer = setTimeout(() => {
      timer = 0;
      report(false);
    }, unchanged > 5 ? SLOW_THROTTLE_MS : THROTTLE_MS);
  }

  const OBSERVE = {
    childList: true, subtree: true, characterData: true, attributes: true,
    attributeFilter: ['type', 'hidden', 'style', 'class', 'src', 'action', 'href', 'role', 'alt', 'aria-label', 'open'],
  };
  const observer = new MutationObserver(schedule);

  function observeShadowRoots() {
    for (const root of cg.shadowRoots()) {
      if (observed.has(root)) continue;
      observed.add(root);
      observer.observe(root, OBSERVE);
    }
  }

  function resend() {
    lastSignature = '';
    report(true);
  }

  cg.report = report;
  cg.resend = resend;
  cg.schedule = schedule;
  cg.observe = () => observer.observe(document, OBSERVE);
})();

// @ts-check
// Consent Guard content script, the collector's last part (classic scripts sharing
// globalThis.CONSENT_GUARD_CONTENT, one file built from the sources listed in tools/content-build.js,
// injected by the worker; the probe and shared/contract.js are already
// there). Wires the parts to the page and the worker; never throws into the page. The first snapshot
// goes back as the injection's result (tools/content-build.js ends the file with `takeFirst()`), so a
// page that does not change never uses the extension's bindings; later snapshots go by message.
(() => {
  'use strict';

  const cg = /** @type {ContentNamespace} */ (globalThis.CONSENT_GUARD_CONTENT);
  if (!cg) return;
  // A document that replaced the one the collector was being loaded into (a javascript: URL frame
  // writes its document over the first, empty one) holds only the files loaded after the switch:
  // the whole collector is asked for again, once; a second incomplete load is reported as such.
  const protocol = globalThis.CONSENT_GUARD_PROTOCOL;
  if (!protocol || typeof cg.collect !== 'function' || typeof cg.report !== 'function' || typeof cg.observe !== 'function') {
    const message = cg.reloaded
      ? { type: 'snapshot', snapshot: null, error: 'the collector loaded incompletely' }
      : { type: 'collect' };
    cg.reloaded = true;
    try {
      globalThis.chrome?.runtime?.sendMessage(message).catch(() => {});
    } catch {
      // the extension is gone
    }
    return;
  }
  // ---- wiring ----
  // No listener for the worker's messages: one would use the bindings on every page. The worker asks
  // again (a policy change, a restarted worker) by calling `resend` through `executeScript`.

  try {
    cg.observe();
    addEventListener('pageshow', (e) => { if (e.persisted) cg.resend(); });
    addEventListener('popstate', cg.schedule);
    addEventListener('hashchange', cg.schedule);
    globalThis.navigation?.addEventListener?.('navigatesuccess', cg.schedule);
  } catch {
    // observing is best effort; the first snapshot below still goes out
  }
  // The first snapshot is taken at once: this file is loaded only when the first stage asked for it,
  // after a round trip through the worker, so the page's own style and layout are done by then and waiting for a
  // frame (or a timer, which a page can clear) would only delay the verdict. It is held for the
  // injection's result (`takeFirst`, the file's last expression), not sent.
  cg.holdFirst = true;
  cg.report(true);
  cg.holdFirst = false;
  cg.takeFirst = () => {
    const first = cg.first ?? null;
    cg.first = null;
    return first;
  };
})();

// @ts-check
// Consent Guard content script, the collector's last part (classic scripts sharing
// globalThis.CONSENT_GUARD_CONTENT, one file built from the sources listed in tools/content-build.js,
// injected by the worker; the probe and shared/contract.js are already
// there). Wires the parts to the page and the worker; never throws into the page.
(() => {
  'use strict';

  const cg = /** @type {ContentNamespace} */ (globalThis.CONSENT_GUARD_CONTENT);
  const ext = globalThis.chrome; // Chrome, Edge and Firefox all offer chrome.* to content scripts
  if (!cg || !ext?.runtime?.id) return;
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
      ext.runtime.sendMessage(message).catch(() => {});
    } catch {
      // the extension is gone
    }
    return;
  }
  const { checkMessage } = protocol;

  // ---- wiring ----

  // Only the worker's messages, of the types the protocol lists for the content script.
  ext.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (sender?.id !== ext.runtime.id || sender.tab) return;
    const checked = checkMessage(message, 'contentScript');
    if (!checked.ok) return;
    const known = /** @type {ContentMessage} */ (checked.value);
    if (known.type === 'rescan') cg.resend();
    if (known.type === 'present') sendResponse(true);
  });

  try {
    cg.observe();
    addEventListener('pageshow', (e) => { if (e.persisted) cg.resend(); });
    addEventListener('popstate', cg.schedule);
    addEventListener('hashchange', cg.schedule);
    globalThis.navigation?.addEventListener?.('navigatesuccess', cg.schedule);
  } catch {
    // observing is best effort; the first snapshot below still goes out
  }
  // The first snapshot goes at once: this file is loaded only when the first stage asked for it,
  // after a round trip through the worker, so the page's own style and layout are done by then and waiting for a
  // frame (or a timer, which a page can clear) would only delay the verdict.
  cg.report(true);
})();

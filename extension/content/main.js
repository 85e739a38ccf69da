// @ts-check
// Consent Guard content script, part 4 of 4 (classic scripts, every frame, document_idle; the manifest
// lists shared/contract.js, protocol.js, dom.js, then classify, collect, observe and this file,
// all sharing globalThis.CONSENT_GUARD_CONTENT). Wires the parts to the page and the worker; never throws
// into the page.
(() => {
  'use strict';

  const cg = /** @type {ContentNamespace} */ (globalThis.CONSENT_GUARD_CONTENT);
  const ext = globalThis.chrome; // Chrome, Edge and Firefox all offer chrome.* to content scripts
  if (!cg || !ext?.runtime?.id) return;
  const { checkMessage } = globalThis.CONSENT_GUARD_PROTOCOL;

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
  // The first snapshot waits for the page's next frame (its own style and layout done, so reading
  // them costs no forced recalculation), or 100 ms where frames do not come (a background tab). After
  // the frame it goes by a message port, not a timer: a page that clears every timer id it can
  // find (timers are shared with the page) cannot cancel it.
  let sent = false;
  const first = () => {
    if (sent) return;
    sent = true;
    cg.report(true);
  };
  const afterFrame = new MessageChannel();
  afterFrame.port1.onmessage = first;
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => afterFrame.port2.postMessage(null));
  setTimeout(first, 100);
})();

// @ts-check
// Consent Guard content script, part 3 of 5: sends the snapshot to the worker (an object: message
// passing copies it), and again when the page changes meaningfully, throttled. A change is looked at
// through its mutation records first (recollect.js): most re-read only the region they touch.
(() => {
  'use strict';

  const cg = /** @type {ContentNamespace} */ (globalThis.CONSENT_GUARD_CONTENT);
  // chrome.* is read only where it is used: its first read in a page builds the extension's bindings (ms)
  if (!cg) return;
  const { toWorker } = globalThis.CONSENT_GUARD_PROTOCOL;
  const THROTTLE_MS = 300;
  const SLOW_THROTTLE_MS = 1000;

  // ---- sending, and sending again when the page changes ----

  let lastSignature = '';
  let unchanged = 0;
  let timer = 0;
  const observed = new WeakSet();
  // The last snapshot was taken in a viewport with no size: a frame its parent has not laid out (an
  // out-of-process frame before its first layout, one inside a box hidden by CSS) shows nothing then,
  // and its elements' first observations (below) come only once it has a size, as if nothing changed.
  let emptyView = false;

  // What must differ for a snapshot to be sent again: everything but timing and most of the text.
  // Of the rest of the text, its shape: lines added or taken away (steps shown by a click, a chat's
  // new message) or a large change of length send it again; a ticker or a clock rewriting a line
  // in place does not.
  /** @param {Snapshot} snapshot */
  function signature(snapshot) {
    const { text } = snapshot;
    let lines = 0;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
    return JSON.stringify({ ...snapshot, collectMs: 0, text: text.slice(0, 200), lines, size: text.length >> 8 });
  }

  // Brings the last snapshot up to date from the records when it can, else collects the whole page.
  /** @param {boolean} force @returns {{ snapshot: Snapshot, recollected: 'whole' | 'records' }} */
  function recollect(force) {
    const delta = cg.recollect;
    if (delta) {
      const records = observer.takeRecords(); // delivered after this task otherwise
      if (records.length) {
        cg.noteMutations(records);
        delta.note(records);
      }
      if (force) delta.reset();
      else {
        let taken = null;
        try {
          taken = delta.take().snapshot;
        } catch {
          taken = null; // whatever the delta cannot do, the whole collect does
        }
        if (taken) return { snapshot: taken, recollected: 'records' };
      }
    }
    const snapshot = cg.collect();
    delta?.countWhole(snapshot.collectMs);
    return { snapshot, recollected: 'whole' };
  }

  /** @param {boolean} force send even when nothing changed (and collect the whole page) */
  function report(force) {
    if (!cg.alive) return;
    /** @type {MessageOf<ToWorker, 'snapshot'>} */
    let message;
    try {
      const { snapshot, recollected } = recollect(force);
      cg.scanPage();
      const sig = signature(snapshot);
      if (!force && sig === lastSignature) {
        unchanged++;
        return;
      }
      unchanged = 0;
      lastSignature = sig;
      message = toWorker('snapshot', { snapshot, recollected });
      emptyView = innerWidth < 1 || innerHeight < 1;
      observeShadowRoots();
      watchAsks();
    } catch (err) {
      lastSignature = '';
      message = toWorker('snapshot', { snapshot: null, error: `collecting failed: ${/** @type {any} */ (err)?.name ?? 'error'}` });
    }
    if (cg.holdFirst) { // the first snapshot: the injection's result (main.js)
      cg.first = message;
      return;
    }
    try {
      globalThis.chrome.runtime.sendMessage(message).catch(stopIfOrphaned);
    } catch (err) {
      stopIfOrphaned(err);
    }
  }

  // The extension was reloaded or removed: this copy of the script has nobody to talk to.
  /** @param {unknown} [_err] the send failure (the runtime id tells whether it was orphaning) */
  function stopIfOrphaned(_err) {
    if (globalThis.chrome?.runtime?.id) return;
    cg.alive = false;
    observer.disconnect();
    resized?.disconnect();
    intersected?.disconnect();
    for (const type of CSS_EVENTS) removeEventListener(type, revealed, { capture: true });
    removeEventListener('resize', viewSized);
    document.removeEventListener(ROOT_ATTACHED, scheduleWhole);
    clearTimeout(timer);
  }

  // A new snapshot of the whole page, soon (anything but the records asks for one this way).
  function scheduleWhole() {
    cg.recollect?.wantWhole('asked');
    schedule();
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
    attributeFilter: ['type', 'hidden', 'style', 'class', 'src', 'action', 'href', 'role', 'alt', 'aria-label', 'open', 'disabled'],
  };
  // The records say what changed: the idle scan of a large page looks only there (collect.js).
  // Records that cannot move the verdict ask for nothing; the idle scan still looks at what they added.
  const observer = new MutationObserver((records) => {
    cg.noteMutations(records);
    if (!cg.recollect || cg.recollect.note(records)) schedule();
    else if (records.some((r) => r.type !== 'attributes')) cg.scanPage();
  });

  // A form revealed by CSS alone (an animation, a transition, content-visibility, a box that grows)
  // changes no DOM: the end of an animation or transition, a content-visibility switch, and a form
  // or credential input changing size or coming into view ask for a new snapshot (throttled).
  const CSS_EVENTS = ['animationend', 'transitionend', 'contentvisibilityautostatechange'];
  const ROOT_ATTACHED = 'consent-guard:root-attached'; // content/drawn.js's
  // Both observers report every element once when it is first observed: only a change asks again.
  const sizes = new WeakMap();
  const inView = new WeakMap();
  /** @param {WeakMap<Element, boolean>} seen @param {Element} el @param {boolean} now */
  const changed = (seen, el, now) => {
    const before = seen.get(el);
    seen.set(el, now);
    return before !== undefined && before !== now;
  };
  const resized = typeof ResizeObserver === 'function'
    ? new ResizeObserver((entries) => {
      if (entries.some((e) => changed(sizes, e.target, e.contentRect.width > 0 && e.contentRect.height > 0))) scheduleWhole();
    })
    : null;
  const intersected = typeof IntersectionObserver === 'function'
    ? new IntersectionObserver((entries) => {
      if (entries.some((e) => changed(inView, e.target, e.isIntersecting))) scheduleWhole();
    })
    : null;
  const watched = new WeakSet();
  const MAX_WATCHED = 100;
  let watchedCount = 0;

  function watchAsks() {
    if (!resized && !intersected) return;
    for (const el of cg.asking()) {
      if (watchedCount >= MAX_WATCHED) return;
      if (watched.has(el)) continue;
      watched.add(el);
      watchedCount++;
      resized?.observe(el);
      intersected?.observe(el);
    }
  }

  /** @param {Event} e the end of an animation or transition, a content-visibility switch */
  function revealed(e) {
    if (cg.recollect) cg.recollect.noteShown(e.target);
    schedule();
  }

  /** The viewport got a size (the browser's event only): a snapshot taken without one is taken again. @param {Event} e */
  function viewSized(e) {
    if (!e.isTrusted || !emptyView || innerWidth < 1 || innerHeight < 1) return;
    emptyView = false;
    scheduleWhole();
  }

  function observeCss() {
    for (const type of CSS_EVENTS) addEventListener(type, revealed, { capture: true, passive: true });
    addEventListener('resize', viewSized, { passive: true });
    // a closed shadow root attached (content/drawn.js tells; no DOM change does): a card drawn into
    // an element that was there before
    document.addEventListener(ROOT_ATTACHED, scheduleWhole);
  }

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
  cg.schedule = scheduleWhole;
  cg.observe = () => {
    observer.observe(document, OBSERVE);
    observeCss();
  };
})();

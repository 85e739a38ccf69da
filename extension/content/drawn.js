'use strict';
// Runs in the page's own world at document_start, in every frame: remembers the words the page
// draws into canvases (fillText, strokeText), so that a sign-in page whose brand exists only as
// canvas pixels can still be read. Until something is drawn it does nothing: it only replaces
// four prototype methods. What it keeps is bounded (the first MAX_WORDS distinct strings, each cut
// to MAX_LENGTH characters) and handed out on request: the collector, in the extension's isolated
// world, dispatches REQUEST on the document and this script answers synchronously with REPLY,
// the words as a JSON string (a string crosses between worlds as it is).
//
// The page shares this world and can tamper with it: it can stop the request reaching this script
// or forge a reply. It can only hide the words it draws itself, or claim words that make it look
// like an imitation; the collector takes every reply and reads each as untrusted text.
(() => {
  const REQUEST = 'consent-guard:drawn-request';
  const REPLY = 'consent-guard:drawn-reply';
  const MAX_WORDS = 32;
  const MAX_LENGTH = 200;
  /** @type {string[]} */
  const drawn = [];
  // Kept before the page runs, so that later changes to these globals do not reach this script.
  const apply = Reflect.apply;
  const stringify = JSON.stringify;
  const Custom = CustomEvent;
  const dispatch = EventTarget.prototype.dispatchEvent;
  const remember = (/** @type {unknown} */ text) => {
    if (drawn.length >= MAX_WORDS || typeof text !== 'string') return;
    const s = text.slice(0, MAX_LENGTH);
    if (s.trim() && !drawn.includes(s)) drawn.push(s);
  };
  /** @param {any} proto */
  const wrap = (proto) => {
    if (!proto) return;
    for (const name of ['fillText', 'strokeText']) {
      const d = Object.getOwnPropertyDescriptor(proto, name);
      const original = d?.value;
      if (typeof original !== 'function') continue;
      // A method, not a constructor, with the original's name.
      const wrapped = {
        /** @param {unknown[]} args */
        [name](...args) {
          remember(args[0]);
          return apply(original, this, args);
        },
      }[name];
      Object.defineProperty(proto, name, { ...d, value: wrapped });
    }
  };
  wrap(globalThis.CanvasRenderingContext2D?.prototype);
  wrap(globalThis.OffscreenCanvasRenderingContext2D?.prototype);
  document.addEventListener(REQUEST, () => {
    apply(dispatch, document, [new Custom(REPLY, { detail: stringify(drawn) })]);
  });
})();

'use strict';
// Runs in the page's own world at document_start, in every frame: remembers the words the page
// draws into canvases (fillText, strokeText), so that a sign-in page whose brand exists only as
// canvas pixels can still be read, and counts the closed shadow roots the page attaches. Until
// something is drawn or attached it does nothing: it only replaces five prototype methods. What it
// keeps is bounded (the first MAX_WORDS distinct strings, each cut to MAX_LENGTH characters) and handed out on request: the collector, in the extension's isolated
// world, dispatches REQUEST on the document and this script answers synchronously with REPLY,
// the words as a JSON string (a string crosses between worlds as it is).
//
// The page shares this world and can tamper with it: it can stop the request reaching this script
// or forge a reply. It can only hide the words it draws itself, or claim words that make it look
// like an imitation; the collector takes every reply and reads each as untrusted text.
(() => {
  const REQUEST = 'consent-guard:drawn-request';
  const REPLY = 'consent-guard:drawn-reply';
  const ROOTS_REQUEST = 'consent-guard:roots-request';
  const ROOTS_REPLY = 'consent-guard:roots-reply';
  const ROOT_ATTACHED = 'consent-guard:root-attached';
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
  // Closed shadow roots the page attaches by script: their hosts can be any element, text and all
  // (its own text then draws nothing), which the first stage cannot tell from an ordinary one. It
  // asks how many there are (ROOTS_REQUEST, answered with ROOTS_REPLY and the count as a string),
  // and is told of each (ROOT_ATTACHED): attaching one changes no node the page's observers see.
  let closedRoots = 0;
  const attach = globalThis.Element?.prototype.attachShadow;
  if (typeof attach === 'function') {
    const d = Object.getOwnPropertyDescriptor(Element.prototype, 'attachShadow');
    const wrapped = {
      /** @param {unknown[]} args */
      attachShadow(...args) {
        const root = apply(attach, this, args);
        if (root.mode === 'closed') {
          closedRoots++;
          // no DOM change tells of a root attached: the first stage is told, to look again
          apply(dispatch, document, [new Custom(ROOT_ATTACHED)]);
        }
        return root;
      },
    }.attachShadow;
    Object.defineProperty(Element.prototype, 'attachShadow', { ...d, value: wrapped });
  }
  wrap(globalThis.CanvasRenderingContext2D?.prototype);
  wrap(globalThis.OffscreenCanvasRenderingContext2D?.prototype);
  document.addEventListener(ROOTS_REQUEST, () => {
    apply(dispatch, document, [new Custom(ROOTS_REPLY, { detail: String(closedRoots) })]);
  });
  document.addEventListener(REQUEST, () => {
    apply(dispatch, document, [new Custom(REPLY, { detail: stringify(drawn) })]);
  });
})();

// @ts-check
// Consent Guard content script, first stage (classic script, every frame, document_idle; the manifest
// loads only shared/contract.js before it). The cheap test every page pays for: does the page ask for
// something (a form, an input, an editable field, a frame), look like a sign-in or consent page, or name
// a provider (title, address, first heading, first texts)? It never touches `chrome`: the first use of
// the extension's bindings in a page costs more than the test. Its answer (`collect`: inject the full
// collector; or a small snapshot: address, title, first texts) waits in this isolated world, and the
// worker pulls it (`chrome.scripting.executeScript` calling `CONSENT_GUARD_PROBE.pull`, at the frame's
// DOMContentLoaded and its history navigations); a pull that comes before the test waits for it. It
// then watches, at low cost, for such a shape to appear later: only then does it message the worker
// itself (`collect`). When the test itself fails, the full collector is asked for: a page it could not
// look at is still read closely and judged.
(() => {
  'use strict';

  const contract = globalThis.CONSENT_GUARD_CONTRACT;
  if (globalThis.CONSENT_GUARD_PROBE || globalThis.CONSENT_GUARD_CONTENT || !contract) return;

  const { maxShort: MAX_SHORT, maxText: MAX_TEXT, maxUrl: MAX_URL } = contract.limits;
  // Built on first use: a page that asks (a sign-in form) is handed off before any of them is needed.
  /** @type {RegExp | undefined} */
  let brandRe;
  /** @type {Set<string> | undefined} */
  let providerHosts;
  // (the pattern comes built: escaping the terms here took regular expressions of its own, each
  // compiled on its first use in every page)
  const brand = (/** @type {string} */ text) => {
    brandRe ??= new RegExp(contract.brandPattern || '(?!)', 'i');
    return brandRe.test(text);
  };
  // A sign-in, consent or device-code page says so in its title or heading.
  const SHAPE_WORDS = /sign[\s-]?in|log[\s-]?[io]n|logon|sign[\s-]?on|\bsso\b|authori[sz]|consent|permission|password|passcode|verif|account|credential|mfa|two[\s-]?factor|2fa|device ?code|enter (?:the |this )?code|devicelogin|anmeld|connexion|iniciar sesi|entrar|サインイン|ログイン/i;
  const shaped = (/** @type {string} */ text) => brand(text) || SHAPE_WORDS.test(text);
  // What asks for something: the full collector reads these (also a form revealed later by CSS).
  // Each a tag or a single attribute selector (the browser's fast path, one native walk each, ended
  // at the first hit): a selector list, or a selector with a :not(), walks the page on a slower path.
  // Frames are counted by the window (every frame and iframe of the document, shadow roots' too), with
  // no walk at all. The roles asked for (textbox, dialog) share one walk over [role].
  const ASK_TAGS = ['form', 'select', 'textarea', 'embed', 'object'];
  const ASK_ROLES = ['textbox', 'dialog'];
  const HEADINGS = 'h1,h2,h3,[role=heading],header'; // the first of them is read
  // Host-capable elements a kit leaves empty for a shadow root it fills: one that takes room on the
  // page while holding nothing of its own is worth the full collector (it looks inside closed roots).
  const HOST_TAGS = ['article', 'aside', 'blockquote', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'main',
    'nav', 'section', 'span', 'p'];
  const FIRST_TEXTS = 200; // text nodes read for a provider name or a sign-in word
  const SMALL_PAGE = 3000; // elements: on pages up to this size custom elements are looked for too
  const CHECK_MS = 300;
  const ROOTS_REQUEST = 'consent-guard:roots-request'; // content/drawn.js's
  const ROOTS_REPLY = 'consent-guard:roots-reply';
  const ROOT_ATTACHED = 'consent-guard:root-attached';
  // Where a person looks: the middle of the view and above it (fractions of its width and height).
  const VIEW_POINTS = [[0.5, 0.5], [0.5, 0.3]];
  // On a small page (SMALL_PAGE elements, where a hit test is cheap) also a grid over the whole view,
  // GRID_PX apart or less: a card a person can sign in on (wider and taller than that) holds a point
  // of it wherever it stands, a corner or a side. (12 points in a 1100 x 800 window.)
  const GRID_PX = 300;
  const NEEDED = { needed: true, text: '' };

  const isTop = window === window.top;
  let handedOff = false;
  let lastSent = '';
  let timer = 0;
  // Whether the next test looks at the page's elements again: not when only text changed since the
  // last one (a changed text cannot add a form, a field, a frame, a role or a custom element).
  let structural = true;

  const short = (value, max = MAX_SHORT) => (typeof value === 'string' ? value.replace(/\s+/g, ' ').trim().slice(0, max) : '');

  /** The first texts of the page, joined by lines (at most MAX_TEXT characters). */
  function firstTexts() {
    const root = document.body ?? document.documentElement;
    if (!root) return '';
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const parts = [];
    let length = 0;
    for (let node = walker.nextNode(), n = 0; node && n < FIRST_TEXTS && length < MAX_TEXT; node = walker.nextNode(), n++) {
      const parent = node.parentElement?.localName;
      if (parent === 'script' || parent === 'style' || parent === 'noscript' || parent === 'template') continue;
      const text = short(/** @type {Text} */ (node).data, MAX_TEXT);
      if (!text) continue;
      parts.push(text);
      length += text.length + 1;
    }
    return parts.join('\n').slice(0, MAX_TEXT);
  }

  /** True when the page has a form, a field that takes typing, a frame or a dialog (shown or not). */
  function asks() {
    if (window.length > 0) return true; // no walk: the frames the window counts
    const inputs = document.getElementsByTagName('input');
    for (let i = 0, input; (input = inputs.item(i)); i++) {
      if ((input.getAttribute('type') ?? '').trim().toLowerCase() !== 'hidden') return true;
    }
    for (const tag of ASK_TAGS) if (document.getElementsByTagName(tag).item(0)) return true;
    // contenteditable=false, the one value that does not make it editable, is rare: then the full query
    if (document.querySelector('[contenteditable]') && document.querySelector('[contenteditable]:not([contenteditable=false])')) return true;
    const withRole = document.querySelectorAll('[role]');
    for (let i = 0; i < withRole.length; i++) if (ASK_ROLES.includes(withRole[i].getAttribute('role') ?? '')) return true;
    return false;
  }

  /**
   * True when an element that can hold a (closed) shadow root takes room while showing nothing of its own.
   * @param {boolean} elements look for custom elements too (not needed when only text changed)
   */
  function emptyHostWithBox(elements) {
    // a custom element not (yet) defined: fewer defined elements than elements (two native walks on
    // the fast path cost less than one `:not(:defined)`, which takes the slow one)
    if (elements && document.querySelectorAll(':defined').length !== document.getElementsByTagName('*').length) return true;
    // a text emptied can leave its element :empty
    for (const el of document.querySelectorAll(':empty')) {
      if (!HOST_TAGS.includes(el.localName)) continue;
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.height > 0) return true;
    }
    return false;
  }

  /** @type {Range | undefined} */
  let range;

  /**
   * The elements hit where a person looks (VIEW_POINTS) that take room while nothing of their own is
   * drawn, though they hold something: a shadow root draws there instead, over the element's own
   * text and children (a closed root attached by a function of another frame, or declared in the
   * markup, which content/drawn.js does not count). The collector asks the browser about them.
   * @returns {Element[]}
   */
  function undrawnHosts() {
    /** @type {Element[]} */
    const out = [];
    const points = VIEW_POINTS.map(([fx, fy]) => [innerWidth * fx, innerHeight * fy]);
    if (!document.getElementsByTagName('*').item(SMALL_PAGE)) {
      const columns = Math.ceil(innerWidth / GRID_PX);
      const rows = Math.ceil(innerHeight / GRID_PX);
      for (let x = 0; x < columns; x++) {
        for (let y = 0; y < rows; y++) points.push([(innerWidth * (x + 0.5)) / columns, (innerHeight * (y + 0.5)) / rows]);
      }
    }
    /** @type {Map<Element, boolean>} */
    const draws = new Map(); // drawsAny of each element hit: a large box is hit at several points
    for (const [x, y] of points) {
      const el = document.elementFromPoint(x, y);
      if (!el || el === document.body || el === document.documentElement || el.shadowRoot || out.includes(el)) continue;
      if (drawnOutside(el, x, y)) {
        out.push(el);
        continue;
      }
      if (!el.firstChild) continue;
      if (!draws.has(el)) draws.set(el, drawsAny(el));
      if (!draws.get(el)) out.push(el);
    }
    return out;
  }

  /**
   * Whether the hit at (x, y) on `el` lies outside the element's own box though nothing of its own
   * overflows it: what is drawn there is its shadow root's (a card a closed root places at a side of
   * the window, beside the host's own text shown through a slot). A light child drawn there would
   * have been hit itself.
   */
  function drawnOutside(/** @type {Element} */ el, /** @type {number} */ x, /** @type {number} */ y) {
    const r = el.getBoundingClientRect();
    if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return false;
    return el.scrollWidth <= el.clientWidth + 1 && el.scrollHeight <= el.clientHeight + 1;
  }

  /** Whether any child of `el` (an element, or text that is not blank) has a box on screen. */
  function drawsAny(/** @type {Element} */ el) {
    let n = 0;
    for (let c = el.firstChild; c && n < 50; c = c.nextSibling, n++) {
      if (c.nodeType === Node.ELEMENT_NODE) {
        if (/** @type {Element} */ (c).getClientRects().length > 0) return true;
      } else if (c.nodeType === Node.TEXT_NODE && /** @type {Text} */ (c).data.trim()) {
        range ??= document.createRange();
        range.selectNodeContents(c);
        if (range.getClientRects().length > 0) return true;
      }
    }
    return n >= 50; // a long list of children: taken as drawn
  }

  /** A custom element (its name has a hyphen) anywhere on a small page. */
  function customElement() {
    const all = document.getElementsByTagName('*');
    if (all.length > SMALL_PAGE) return false; // a live collection, counted already by emptyHostWithBox
    for (let i = 0, el; (el = all.item(i)); i++) if (el.localName.includes('-') || el.shadowRoot) return true;
    return false;
  }

  /**
   * How many closed shadow roots the page's world says the page attached (content/drawn.js counts
   * them): their hosts may be any element, even one showing text of its own. The answer is the page's
   * to forge or withhold; it can only add a reason to read the page closely, never take one away.
   * The collector asks it too, through CONSENT_GUARD_PROBE.
   */
  function closedRoots() {
    let count = 0;
    const take = (/** @type {Event} */ e) => {
      const detail = /** @type {CustomEvent} */ (e).detail;
      if (typeof detail === 'string') count = Math.max(count, Number(detail) || 0);
    };
    document.addEventListener(ROOTS_REPLY, take);
    try {
      document.dispatchEvent(new CustomEvent(ROOTS_REQUEST));
    } finally {
      document.removeEventListener(ROOTS_REPLY, take);
    }
    return count;
  }

  /**
   * Whether this document needs the full collector, and the first texts read to decide.
   * @returns {{ needed: boolean, text: string }}
   */
  function test() {
    const elements = structural;
    structural = false;
    if (!/^https?:$/.test(location.protocol)) return NEEDED;
    providerHosts ??= new Set(contract.providerHosts ?? []);
    if (providerHosts.has(location.hostname.toLowerCase())) return NEEDED;
    if (elements && asks()) return NEEDED;
    const title = document.title;
    if (shaped(title) || brand(location.href)) return NEEDED;
    if (shaped(document.querySelector(HEADINGS)?.textContent ?? '')) return NEEDED;
    const text = firstTexts();
    if (shaped(text)) return { needed: true, text };
    if (emptyHostWithBox(elements) || (elements && customElement()) || closedRoots() > 0 || undrawnHosts().length > 0) return { needed: true, text };
    return { needed: false, text };
  }

  /** @returns {{ type: 'collect' }} */
  function handOff() {
    handedOff = true;
    observer.disconnect();
    clearTimeout(timer);
    removeEventListener('popstate', schedule);
    removeEventListener('hashchange', schedule);
    return { type: 'collect' };
  }

  // What the worker has not taken yet: the first test's answer, or a later one held for the next pull.
  /** @type {{ type: 'collect' } | { type: 'snapshot', snapshot: Snapshot } | null} */
  let pending = null;
  let pulled = false; // the worker has pulled once: a later hand-off goes to it by message

  /**
   * Hands a page that now asks to the worker: the first use of the bindings in this page, paid only
   * by a page that changed into a sign-in page after the worker's pull.
   * @param {{ type: 'collect' }} message
   */
  function send(message) {
    const runtime = globalThis.chrome?.runtime;
    try {
      runtime?.sendMessage(message).catch(() => {});
    } catch {
      // the extension was reloaded or removed: nobody to tell
    }
  }

  /**
   * The test's answer as the worker takes it, or null when nothing changed since the last one.
   * @param {boolean} force answer even when nothing changed (and look at every element again)
   */
  function check(force) {
    if (handedOff) return null;
    if (force) structural = true;
    let result;
    try {
      result = test();
    } catch {
      result = NEEDED; // fails closed: a page the test cannot read gets the close reading
    }
    if (result.needed) return handOff();
    const title = short(document.title);
    const signature = `${location.href}\n${title}\n${result.text.slice(0, 200)}`;
    if (!force && signature === lastSent) return null;
    lastSent = signature;
    // The page showed nothing for the lists the full collector fills: they go empty.
    /** @type {Snapshot} */
    const snapshot = {
      url: location.href.slice(0, MAX_URL),
      topFrame: isTop,
      ancestorOrigins: Array.from(location.ancestorOrigins ?? []).slice(0, 20),
      title,
      brand: title ? [{ text: title, source: 'title', controlText: null }] : [],
      forms: [],
      inputs: [],
      buttons: [],
      frames: [],
      resourceHosts: [],
      scriptsWithoutIntegrity: [],
      positionedUrls: [],
      images: [],
      text: result.text,
      truncated: false,
      skipped: [],
      collectMs: 0,
    };
    return { type: /** @type {const} */ ('snapshot'), snapshot };
  }

  /** A later test (a change the probe watched): a page that now asks is handed off at once. */
  function recheck() {
    const answer = check(false);
    if (!answer) return;
    if (answer.type === 'collect' && pulled) send(answer);
    else pending = answer; // the next pull takes it (a small snapshot only matters to a re-judging)
  }

  /**
   * The worker's pull (through `chrome.scripting.executeScript`, in this world; the page cannot call
   * it): this document's answer, or null when the worker has it already and nothing is new. (A pull
   * that comes before this script has run leaves a resolver, PROBE_WAITING, that the first test settles.)
   * @param {boolean} again test again (a history navigation, the worker asking every page again)
   */
  function pull(again) {
    pulled = true;
    if (again && !handedOff) {
      pending = null;
      return check(true);
    }
    const answer = pending ?? (handedOff ? null : check(true)); // a restored page (bfcache) is tested again
    pending = null;
    return answer;
  }

  Object.defineProperty(globalThis, 'CONSENT_GUARD_PROBE', { value: Object.freeze({ pull, closedRoots, undrawnHosts }) });
  const PROBE_WAITING = 'CONSENT_GUARD_PROBE_WAITING'; // set by the worker's pull (worker/background.js)

  /** A navigation within the page, or nodes added or removed: the next test reads the elements too. */
  function schedule() {
    structural = true;
    later();
  }

  function later() {
    if (timer || handedOff) return;
    timer = setTimeout(() => {
      timer = 0;
      recheck();
    }, CHECK_MS);
  }

  // Nodes added or text changed: the shape may have appeared. Attribute changes (CSS revealing a
  // form) need no watching here: the test finds a form whether it shows or not. When only text changed
  // (a clock, a counter, a ticker), the next test reads the texts and the empty hosts, not every element.
  const observer = new MutationObserver((records) => {
    if (records.some((r) => r.type !== 'characterData')) structural = true;
    later();
  });

  // The first test runs before anything is watched: a page that asks is handed off at once, and the
  // watching below (an observer, listeners) is never set up for it. Nothing can change the page
  // between the test and the watching (one task).
  pending = check(true);
  if (pending?.type === 'collect' && location.protocol === 'blob:') {
    // Chromium's webNavigation reports no blob: document: the worker would never pull this one.
    pulled = true;
    send(pending);
    pending = null;
  }
  const waiting = globalThis[PROBE_WAITING];
  if (typeof waiting === 'function') {
    delete globalThis[PROBE_WAITING];
    waiting(pull(false));
  }
  if (!handedOff) {
    try {
      observer.observe(document, { childList: true, subtree: true, characterData: true });
      document.addEventListener(ROOT_ATTACHED, schedule);
      addEventListener('popstate', schedule);
      addEventListener('hashchange', schedule);
      globalThis.navigation?.addEventListener?.('navigatesuccess', schedule);
    } catch {
      // watching is best effort; the first test has run
    }
  }
})();

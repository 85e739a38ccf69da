// @ts-check
// Consent Guard content script: sign-in details asked for without an input element. A page can
// take keystrokes on any focusable element (`tabindex`) and paint what was typed itself: a <div>
// that shows a dot per key beside a "Password" label, or a whole sign-in box drawn in a <canvas>
// (remote-browser kits). Read from what the page shows, with no event listener and nothing
// focused or typed: focusable elements that are not form controls, near a password label or
// showing masking dots, and focusable canvases the size of a sign-in box on a page that says
// "sign in", or canvases the size of a sign-in box beside a text field the person cannot see (off
// screen, transparent or a pixel wide: where a remote-browser page sends the keys typed over the
// canvas). A page with no place to type at all takes keys on the document, window or body: there a
// box drawn like a field (a border, one line high) whose own text is a password prompt or masking
// dots is a password field (the collector hands over such boxes from its reading of the visible
// text). Only asked for when the page has no credential input of its own; bounded in count.
(() => {
  'use strict';

  const cg = /** @type {ContentNamespace} */ (globalThis.CONSENT_GUARD_CONTENT);
  if (!cg) return;

  const MAX_CANDIDATES = 40; // focusable elements looked at
  const MAX_FIELDS = 4; // fields reported
  const NATIVE = new Set(['INPUT', 'TEXTAREA', 'SELECT', 'BUTTON', 'A', 'IFRAME', 'SUMMARY', 'VIDEO', 'AUDIO', 'DETAILS']);
  const DOTS = /^[\s•●∙·◦*⚫⬤]+$/u;
  const IDENTIFIER_WORD = /user ?name|e-?mail|phone|login|account|benutzer|utilisateur|usuario|usuário|ユーザー|メール/i;
  const SIGN_IN = /sign[ -]?in|log[ -]?in|log on|anmelden|connexion|se connecter|iniciar sesi[oó]n|entrar|サインイン|ログイン/i;
  const MIN_CANVAS_W = 240;
  const MIN_CANVAS_H = 160;

  /** @param {string | null | undefined} text @param {number} [max] */
  const short = (text, max = 120) => (text ?? '').replace(/\s+/g, ' ').trim().slice(0, max);

  /** @param {Element} el */
  function shownBox(el) {
    const r = el.getBoundingClientRect();
    if (r.width < 8 || r.height < 8) return null;
    const cs = getComputedStyle(el);
    if (cs.visibility === 'hidden' || cs.display === 'none' || Number(cs.opacity) === 0) return null;
    return r;
  }

  /**
   * What the page says the element takes: its ARIA name, a <label> or text just before it.
   * @param {Element} el
   */
  function nearLabel(el) {
    const parts = [el.getAttribute('aria-label'), el.getAttribute('placeholder'), el.getAttribute('title')];
    const labelledBy = el.getAttribute('aria-labelledby');
    if (labelledBy) for (const id of labelledBy.split(/\s+/).slice(0, 3)) parts.push(document.getElementById(id)?.textContent ?? null);
    const before = el.previousElementSibling;
    if (before && !before.matches('[tabindex]')) parts.push(before.textContent);
    else if (!before && el.parentElement?.previousElementSibling) parts.push(el.parentElement.previousElementSibling.textContent);
    return short(parts.filter(Boolean).join(' '));
  }

  /** @param {Element} el */
  function record(el, kind, type, label, masked) {
    const form = el.closest('form');
    return {
      kind,
      type,
      name: '',
      id: short(el.id, 100),
      autocomplete: '',
      label,
      form,
      inShadow: false,
      masked,
      editable: true,
      readOnly: false,
    };
  }

  const MAX_SINKS = 8; // text fields looked at for a hidden key sink

  /**
   * Whether the page has a text field that takes keys but that the person cannot see: off screen,
   * transparent, or a few pixels wide. A page draws what is typed there somewhere else.
   */
  function hiddenKeySink() {
    let looked = 0;
    for (const el of document.querySelectorAll('textarea,input:not([type]),input[type=text],input[type=password],input[type=email]')) {
      if (++looked > MAX_SINKS) break;
      if (/** @type {HTMLInputElement} */ (el).disabled || /** @type {HTMLInputElement} */ (el).readOnly) continue;
      const cs = getComputedStyle(el);
      if (cs.display === 'none' || cs.visibility === 'hidden') continue; // cannot take focus
      const r = el.getBoundingClientRect();
      const offScreen = r.right + scrollX <= 0 || r.bottom + scrollY <= 0; // pushed left of or above the page
      if (offScreen || Number(cs.opacity) === 0 || (r.width <= 2 && r.height <= 2)) return true;
    }
    return false;
  }

  // Where typed keys go to an element rather than to the document.
  const TYPING_PLACE = 'input:not([type=hidden]):not([type=button]):not([type=submit]):not([type=reset]):not([type=checkbox]):not([type=radio]):not([type=image]),textarea,select,[contenteditable]:not([contenteditable=false])';
  const DRAWN_MIN_W = 120;
  const DRAWN_MIN_H = 16;
  const DRAWN_MAX_H = 72;

  /**
   * Whether `el` is drawn like a one-line text field: shown, a line high and a field wide, with a
   * border all round or below, and nothing inside but its own text.
   * @param {Element} el
   */
  function drawnLikeField(el) {
    if (el.children.length > 0 || NATIVE.has(el.tagName) || el.closest('a,button,label,[role=button],[role=link]')) return false;
    const r = shownBox(el);
    if (!r || r.width < DRAWN_MIN_W || r.height < DRAWN_MIN_H || r.height > DRAWN_MAX_H) return false;
    const cs = getComputedStyle(el);
    return cs.borderBottomStyle !== 'none' && parseFloat(cs.borderBottomWidth) >= 1;
  }

  /** True when the page calls itself a sign-in: its title or a heading. */
  function saysSignIn() {
    if (SIGN_IN.test(document.title)) return true;
    for (const h of document.querySelectorAll('h1,h2,h3,[role=heading]')) {
      if (SIGN_IN.test(h.textContent ?? '')) return true;
    }
    return false;
  }

  /**
   * Focusable elements that take keys in place of an input, as snapshot inputs (`form` is the
   * element's <form>, for the collector to number).
   * @returns {Array<Record<string, any>>}
   */
  function keyCaptureFields(drawnBoxes = []) {
    const fields = [];
    let password = false;
    // Keys on a page with no place to type go to the document, window or body: a drawn box shows them.
    if (drawnBoxes.length && !document.querySelector(TYPING_PLACE) && !document.querySelector('[tabindex]:not([tabindex^="-"])')) {
      for (const el of drawnBoxes) {
        if (fields.length >= MAX_FIELDS || !drawnLikeField(el)) continue;
        const text = short(el.textContent, 60);
        const dots = DOTS.test(text);
        if (!dots && !cg.passwordWord(text)) continue;
        fields.push(record(el, 'password', 'drawn', text, dots));
        password = true;
      }
    }
    let looked = 0;
    /** @type {Element[]} */
    const canvases = [];
    let sink = null; // whether a hidden key sink is there: looked up once, when a canvas needs it
    for (const canvas of document.querySelectorAll('canvas:not([tabindex])')) {
      if (canvases.length >= MAX_FIELDS) break;
      const box = shownBox(canvas);
      if (!box || box.width < MIN_CANVAS_W || box.height < MIN_CANVAS_H) continue;
      sink ??= hiddenKeySink();
      if (!sink) break;
      canvases.push(canvas);
    }
    for (const el of document.querySelectorAll('[tabindex]')) {
      if (NATIVE.has(el.tagName) || el.closest('[contenteditable]:not([contenteditable=false])')) continue;
      if (Number(el.getAttribute('tabindex')) < 0) continue;
      if (++looked > MAX_CANDIDATES || fields.length >= MAX_FIELDS) break;
      if (el instanceof HTMLCanvasElement) {
        canvases.push(el);
        continue;
      }
      const role = el.getAttribute('role');
      if (role && !/^(textbox|searchbox|none|presentation|group)$/.test(role)) continue; // a button, a tab, a menu
      // A field shows at most a line of what was typed: no child elements with text of their own.
      const text = short(el.textContent, 200);
      if (el.children.length > 0 && text) continue;
      if (!shownBox(el)) continue;
      const label = nearLabel(el);
      const dots = text !== '' && DOTS.test(text);
      if (dots || (!text && cg.passwordWord(label))) {
        fields.push(record(el, 'password', 'keys', label, dots));
        password = true;
      } else if (!text && IDENTIFIER_WORD.test(label)) {
        fields.push(record(el, 'identifier', 'keys', label, false));
      }
    }
    // Identifier-like boxes count only beside a password one: alone they are any widget.
    const out = password ? fields : [];
    for (const canvas of canvases) {
      if (out.length >= MAX_FIELDS) break;
      const box = shownBox(canvas);
      if (!box || box.width < MIN_CANVAS_W || box.height < MIN_CANVAS_H) continue;
      if (canvas.hasAttribute('tabindex') && !saysSignIn()) continue; // the others stand beside a hidden key sink
      out.push(record(canvas, 'password', 'canvas', short(canvas.getAttribute('aria-label')), false));
    }
    return out;
  }

  cg.keyCaptureFields = keyCaptureFields;
})();

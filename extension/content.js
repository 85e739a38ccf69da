// Consent Guard content script (classic script, every frame, document_idle).
// It collects a PageSnapshot (see src/snapshot.rs) in one pass over the DOM, sends it to the
// service worker, sends it again when the page changes meaningfully, and in the top frame draws
// the danger warning when the worker's verdict says so. It never throws into the page.
(() => {
  'use strict';

  const ext = globalThis.chrome; // Chrome, Edge and Firefox all offer chrome.* to content scripts
  if (!ext?.runtime?.id) return;

  const MAX_ITEMS = 200;
  const MAX_SHORT = 300;
  const MAX_TEXT = 3000;
  const MAX_NODES = 150000; // nodes walked per snapshot; beyond, only native queries
  const MAX_SHADOW_ROOTS = 200;
  const MAX_INPUTS_SEEN = 2000;
  const MAX_HEADINGS = 60;
  const MAX_BANNER = 40;
  const MAX_LOGOS = 99;
  const BANNER_TEXTS_CHECKED = 150;
  const BANNER_PX = 200;
  const MAX_URL_CANDIDATES = 40;
  const MAX_STYLED_FRAMES = 20;
  const ANCESTOR_DEPTH = 30;
  const THROTTLE_MS = 300;
  const SLOW_THROTTLE_MS = 1000;

  const SHOW = NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT;
  const TEXT_NODE = Node.TEXT_NODE;
  const isTop = window === window.top;

  // URL-looking text: a scheme and host, or a bare host name (label.label.tld).
  const URL_LIKE = /\bhttps?:\/\/[^\s"'<>]{3,}|\b(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}(?::\d+)?(?:\/[^\s"'<>]*)?/i;
  const HOST_OF = /^[a-z][a-z0-9+.-]*:\/\/(?:[^/?#@]*@)?(\[[^\]]*\]|[^/?#:]+)/i;
  const IDENTIFIER_NAME = /login|logon|signin|sign_in|user|e-?mail|identifier|account|i0116/i;
  const OTP_NAME = /otp|totp|one.?time|passcode|verification.?code|mfa|2fa|two.?factor|auth.?code|sms.?code|security.?code|(^|[^a-z])code([^a-z]|$)/i;
  const BUTTON_INPUT_TYPES = new Set(['submit', 'button', 'reset', 'image']);
  const TEXTLIKE_TYPES = new Set(['', 'text', 'email', 'tel', 'url', 'search', 'number']);
  const CREDENTIAL_OR_BUTTON = 'input[type=password],input[type=email],input[autocomplete~=username],' +
    'input[autocomplete~=email],input[name*=login i],input[name*=user i],button,input[type=submit],[role=button]';

  // ---- helpers ----

  function short(value, max = MAX_SHORT) {
    if (typeof value !== 'string' || value === '') return '';
    return value.slice(0, max * 4).replace(/\s+/g, ' ').trim().slice(0, max);
  }

  function hostOf(url) {
    const m = HOST_OF.exec(url);
    return m ? m[1].toLowerCase() : '';
  }

  function absolute(url) {
    try {
      return new URL(url, document.baseURI).href;
    } catch {
      return String(url);
    }
  }

  function fileName(src) {
    if (!src || src.startsWith('data:')) return '';
    const path = src.split(/[?#]/, 1)[0];
    const name = path.slice(path.lastIndexOf('/') + 1);
    try {
      return decodeURIComponent(name).slice(0, 100);
    } catch {
      return name.slice(0, 100);
    }
  }

  function parentOf(el) {
    return el.parentElement ?? el.parentNode?.host ?? null;
  }

  function visible(el) {
    if (typeof el.checkVisibility === 'function') return el.checkVisibility();
    return el.getClientRects().length > 0;
  }

  /** Text of the link or button an element sits in ("Sign in with Microsoft"), or null. */
  function controlText(el) {
    const control = el.closest('a,button,[role=button],[role=link]');
    if (!control) return null;
    return short(control.textContent) || short(control.getAttribute('aria-label')) ||
      short(control.getAttribute('title'));
  }

  // A frame's opacity multiplied with its ancestors' (a transparent frame over a decoy).
  function effectiveOpacity(el) {
    let opacity = 1;
    for (let a = el, depth = 0; a && depth < ANCESTOR_DEPTH && opacity > 0; a = parentOf(a), depth++) {
      const value = parseFloat(getComputedStyle(a).opacity);
      if (!Number.isNaN(value)) opacity *= value;
    }
    return Math.round(opacity * 1000) / 1000;
  }

  // ---- the walk ----

  function newState() {
    return {
      nodes: 0, walkCut: false, truncated: false,
      headingEls: [], bannerEls: [], logoEls: [], formEls: [], inputEls: [], buttonEls: [],
      frameEls: [], scriptEls: [], resourceEls: [],
      textParts: [], textLength: 0, bannerTexts: [], urlCandidates: [], roots: [],
    };
  }

  function push(list, item, max, state) {
    if (list.length < max) list.push(item);
    else state.truncated = true;
  }

  // Block elements start a new line of the page text, as the rendered page shows it.
  function newLine(state) {
    if (state.textLength < MAX_TEXT && state.textParts[state.textParts.length - 1] !== '\n') {
      state.textParts.push('\n');
    }
  }

  function pageText(parts) {
    const lines = parts.join(' ').split('\n');
    let text = '';
    for (const line of lines) {
      const clean = line.replace(/\s+/g, ' ').trim();
      if (clean) text += (text ? '\n' : '') + clean;
      if (text.length >= MAX_TEXT) break;
    }
    return text.slice(0, MAX_TEXT);
  }

  // Skip the current node's descendants: the next node is its next sibling or an ancestor's.
  function skipChildren(walker) {
    for (;;) {
      const next = walker.nextSibling();
      if (next) return next;
      if (!walker.parentNode()) return null;
    }
  }

  function onText(node, state) {
    const data = node.data;
    if (state.textLength < MAX_TEXT || state.bannerTexts.length < BANNER_TEXTS_CHECKED) {
      const trimmed = data.trim();
      if (trimmed) {
        if (state.textLength < MAX_TEXT) {
          state.textParts.push(trimmed);
          state.textLength += trimmed.length + 1;
        }
        if (state.bannerTexts.length < BANNER_TEXTS_CHECKED) state.bannerTexts.push(node);
      }
    }
    if (state.urlCandidates.length < MAX_URL_CANDIDATES && data.indexOf('.') !== -1) {
      const m = URL_LIKE.exec(data);
      if (m && node.parentElement) state.urlCandidates.push([node.parentElement, m[0]]);
    }
  }

  function walk(root, state) {
    const walker = document.createTreeWalker(root, SHOW);
    let node = walker.nextNode();
    while (node !== null) {
      if (++state.nodes > MAX_NODES) {
        state.walkCut = state.truncated = true;
        return;
      }
      if (node.nodeType === TEXT_NODE) {
        onText(node, state);
        node = walker.nextNode();
        continue;
      }
      let skip = false;
      const tag = node.localName;
      switch (tag) {
        case 'script':
          if (node.hasAttribute('src')) state.scriptEls.push(node);
          skip = true;
          break;
        case 'style': case 'noscript': case 'template': case 'title':
          skip = true;
          break;
        case 'link': case 'img':
          state.resourceEls.push(node);
          if (tag === 'img') state.logoEls.push(node);
          break;
        case 'svg':
          state.logoEls.push(node);
          skip = true;
          break;
        case 'h1': case 'h2': case 'h3':
          state.headingEls.push(node);
          newLine(state);
          break;
        case 'header':
          state.bannerEls.push(node);
          newLine(state);
          break;
        case 'form':
          state.formEls.push(node);
          newLine(state);
          break;
        case 'div': case 'p': case 'li': case 'ul': case 'ol': case 'dl': case 'dt': case 'dd': case 'br':
        case 'tr': case 'td': case 'th': case 'table': case 'section': case 'article': case 'main':
        case 'nav': case 'aside': case 'footer': case 'fieldset': case 'legend': case 'h4': case 'h5':
        case 'h6': case 'blockquote': case 'pre': case 'hr': case 'figure': case 'figcaption':
        case 'address': case 'details': case 'summary': case 'dialog': case 'center': case 'option':
          newLine(state);
          break;
        case 'input': case 'select': case 'textarea':
          if (state.inputEls.length < MAX_INPUTS_SEEN) state.inputEls.push(node);
          else state.truncated = true;
          break;
        case 'button':
          state.buttonEls.push(node);
          break;
        case 'iframe': case 'frame':
          state.frameEls.push(node);
          break;
        default:
          break;
      }
      if (!skip) {
        let shadow = node.shadowRoot;
        if (!shadow && tag.includes('-')) {
          if (node === warning?.host) skip = true; // our own warning is not part of the page
          else shadow = closedShadowRoot(node);
        }
        if (shadow) push(state.roots, shadow, MAX_SHADOW_ROOTS, state);
      }
      node = skip ? skipChildren(walker) : walker.nextNode();
    }
  }

  function closedShadowRoot(el) {
    try {
      if (ext.dom?.openOrClosedShadowRoot) return ext.dom.openOrClosedShadowRoot(el);
      return el.openOrClosedShadowRoot ?? null; // Firefox
    } catch {
      return null;
    }
  }

  // Elements with ARIA roles, found natively per tree rather than by reading every element's role.
  function roleElements(root, state) {
    for (const el of root.querySelectorAll('[role]')) {
      switch (el.getAttribute('role')) {
        case 'heading': state.headingEls.push(el); break;
        case 'banner': state.bannerEls.push(el); break;
        case 'img': state.logoEls.push(el); break;
        case 'button': state.buttonEls.push(el); break;
        default: break;
      }
    }
  }

  // A walk cut short by a huge page still sees every form, input and frame.
  function nativeFallback(root, state) {
    const known = new Set([...state.formEls, ...state.inputEls, ...state.frameEls]);
    for (const el of root.querySelectorAll('form,input,select,textarea,iframe,frame')) {
      if (known.has(el)) continue;
      if (el.localName === 'form') state.formEls.push(el);
      else if (el.localName.endsWith('frame')) state.frameEls.push(el);
      else if (state.inputEls.length < MAX_INPUTS_SEEN) state.inputEls.push(el);
    }
  }

  // ---- turning elements into snapshot items ----

  function brandItems(state) {
    const items = [];
    const title = short(document.title);
    if (title) items.push({ text: title, source: 'title', controlText: null });
    let count = 0;
    for (const el of new Set(state.headingEls)) {
      const text = short(el.textContent);
      if (!text) continue;
      if (++count > MAX_HEADINGS) { state.truncated = true; break; }
      items.push({ text, source: 'heading', controlText: controlText(el) });
    }
    count = 0;
    for (const el of new Set(state.bannerEls)) {
      const text = short(el.textContent);
      if (text && ++count <= MAX_BANNER / 2) items.push({ text, source: 'banner', controlText: null });
    }
    const scrollY = window.scrollY;
    const seen = new Set();
    for (const node of state.bannerTexts) {
      const el = node.parentElement;
      if (!el || seen.has(el)) continue;
      seen.add(el);
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || r.bottom + scrollY <= 0 || r.top + scrollY >= BANNER_PX) continue;
      if (++count > MAX_BANNER) { state.truncated = true; break; }
      items.push({ text: short(node.data), source: 'banner', controlText: controlText(el) });
    }
    count = 0;
    for (const el of state.logoEls) {
      const text = logoText(el);
      if (!text) continue;
      if (++count > MAX_LOGOS) { state.truncated = true; break; }
      items.push({ text, source: 'logo', controlText: controlText(el) });
    }
    return items;
  }

  function logoText(el) {
    const parts = [el.getAttribute('alt'), el.getAttribute('title'), el.getAttribute('aria-label')];
    if (el.localName === 'svg') parts.push(el.querySelector(':scope > title')?.textContent);
    else parts.push(fileName(el.getAttribute('src')));
    return short(parts.filter(Boolean).join(' '));
  }

  function formItems(state, formIndex) {
    const forms = [];
    for (const form of state.formEls) {
      if (forms.length >= MAX_ITEMS) { state.truncated = true; break; }
      const action = form.getAttribute('action');
      formIndex.set(form, forms.length);
      forms.push({
        action: short(action ? absolute(action) : location.href, 2 * MAX_SHORT),
        method: short(form.getAttribute('method') || 'get').toLowerCase(),
        text: formText(form),
      });
    }
    return forms;
  }

  function formText(form) {
    const parts = [];
    let length = 0;
    for (const el of form.querySelectorAll('label,legend,h1,h2,h3,h4,h5,h6,[placeholder],[aria-label]')) {
      const text = short(el.textContent) || short(el.getAttribute('placeholder')) || short(el.getAttribute('aria-label'));
      if (!text) continue;
      parts.push(text);
      length += text.length + 1;
      if (length >= MAX_SHORT) break;
    }
    return short(parts.join(' '));
  }

  function inputType(el) {
    if (el.localName !== 'input') return el.localName;
    return (el.getAttribute('type') || 'text').trim().toLowerCase();
  }

  function inputKind(el, type) {
    if (type === 'password') return 'password';
    const autocomplete = (el.getAttribute('autocomplete') || '').toLowerCase();
    const names = `${el.getAttribute('name') || ''} ${el.id || ''}`;
    if (autocomplete.includes('one-time-code')) return 'oneTimeCode';
    if ((type === 'text' || type === 'tel' || type === 'number') && OTP_NAME.test(names)) {
      const maxLength = el.maxLength;
      if (type !== 'text' || el.inputMode === 'numeric' || (maxLength > 0 && maxLength <= 10)) return 'oneTimeCode';
    }
    if (type === 'email' || /\b(username|email|webauthn)\b/.test(autocomplete)) return 'identifier';
    if ((type === 'text' || type === 'tel') && IDENTIFIER_NAME.test(names)) return 'identifier';
    return 'other';
  }

  function inputLabel(el) {
    const parts = [];
    const label = el.labels?.[0];
    if (label) parts.push(label.textContent);
    const labelledBy = el.getAttribute('aria-labelledby');
    if (labelledBy) {
      const root = el.getRootNode();
      for (const id of labelledBy.split(/\s+/).slice(0, 3)) parts.push(root.getElementById?.(id)?.textContent);
    }
    parts.push(el.getAttribute('aria-label'), el.getAttribute('placeholder'));
    return short(parts.filter(Boolean).join(' '));
  }

  // Credential inputs always make the list; other inputs fill what room is left.
  function inputItems(state, formIndex, buttonTexts) {
    const described = [];
    let credentials = 0;
    for (const el of state.inputEls) {
      const type = inputType(el);
      if (type === 'hidden') continue;
      if (BUTTON_INPUT_TYPES.has(type)) {
        const text = short(el.value || el.getAttribute('alt') || el.getAttribute('aria-label') || '', 100);
        if (text && visible(el)) push(buttonTexts, text, MAX_ITEMS, state);
        continue;
      }
      if (TEXTLIKE_TYPES.has(type) && (el.readOnly || type === 'url') && el.value.indexOf('.') !== -1) {
        const m = URL_LIKE.exec(el.value);
        if (m && state.urlCandidates.length < MAX_URL_CANDIDATES) state.urlCandidates.push([el, m[0]]);
      }
      const kind = inputKind(el, type);
      if (kind !== 'other') credentials++;
      described.push({ el, type, kind });
    }
    let room = MAX_ITEMS - Math.min(credentials, MAX_ITEMS);
    const inputs = [];
    for (const { el, type, kind } of described) {
      if (kind === 'other' && room <= 0) { state.truncated = true; continue; }
      if (inputs.length >= MAX_ITEMS) { state.truncated = true; break; }
      if (!visible(el)) continue;
      if (kind === 'other') room--;
      const form = el.form ? formIndex.get(el.form) : undefined;
      inputs.push({
        kind,
        type: short(type, 40),
        name: short(el.getAttribute('name') || ''),
        id: short(el.id || ''),
        autocomplete: short(el.getAttribute('autocomplete') || '').toLowerCase(),
        label: inputLabel(el),
        form: form === undefined ? null : form,
        inShadow: el.getRootNode() instanceof ShadowRoot,
      });
    }
    return inputs;
  }

  function buttonItems(state, buttonTexts) {
    for (const el of new Set(state.buttonEls)) {
      if (buttonTexts.length >= MAX_ITEMS) { state.truncated = true; break; }
      const text = short(el.textContent, 100) || short(el.getAttribute('aria-label') || el.getAttribute('title') || el.value || '', 100);
      if (text && visible(el)) buttonTexts.push(text);
    }
    return buttonTexts;
  }

  function frameItems(state) {
    const frames = [];
    for (const el of state.frameEls) {
      if (frames.length >= MAX_ITEMS) { state.truncated = true; break; }
      const r = el.getBoundingClientRect();
      const styled = frames.length < MAX_STYLED_FRAMES;
      const src = el.getAttribute('src') ? el.src : (el.hasAttribute('srcdoc') ? 'about:srcdoc' : 'about:blank');
      frames.push({
        src: short(src, 2 * MAX_SHORT),
        visible: r.width > 0 && r.height > 0 && visible(el),
        width: Math.round(r.width),
        height: Math.round(r.height),
        opacity: styled ? effectiveOpacity(el) : 1,
      });
    }
    return frames;
  }

  function resourceItems(state) {
    const hosts = new Set();
    const addHost = (url) => {
      const host = typeof url === 'string' && hostOf(url);
      if (!host) return;
      if (hosts.size < MAX_ITEMS) hosts.add(host);
      else if (!hosts.has(host)) state.truncated = true;
    };
    const ownHost = location.hostname.toLowerCase();
    const withoutIntegrity = [];
    for (const el of state.scriptEls) {
      const src = el.src;
      addHost(src);
      const host = hostOf(src);
      if (host && host !== ownHost && !el.getAttribute('integrity')) {
        push(withoutIntegrity, short(src, 2 * MAX_SHORT), MAX_ITEMS, state);
      }
    }
    for (const el of state.resourceEls) {
      if (el.localName === 'img') addHost(el.currentSrc || el.src);
      else if (/\b(stylesheet|icon|preload|modulepreload)\b/i.test(el.rel)) addHost(el.href);
    }
    // Resources the page loaded and no longer shows (scripts that removed their own element, CSS images).
    for (const entry of performance.getEntriesByType('resource').slice(0, 500)) {
      if (/^(script|link|css|img|image)$/.test(entry.initiatorType)) addHost(entry.name);
    }
    return { resourceHosts: [...hosts], scriptsWithoutIntegrity: withoutIntegrity };
  }

  // URL-like text whose element sits in a fixed or absolutely positioned box (a drawn address bar).
  function positionedUrls(state) {
    const positioned = new Map(); // element -> positioned (computed once per snapshot)
    const isPositioned = (el) => {
      let p = positioned.get(el);
      if (p === undefined) {
        const position = getComputedStyle(el).position;
        p = position === 'fixed' || position === 'absolute';
        positioned.set(el, p);
      }
      return p;
    };
    const out = [];
    const seen = new Set();
    for (const [start, text] of state.urlCandidates) {
      let container = null;
      for (let el = start, depth = 0; el && depth < ANCESTOR_DEPTH; el = parentOf(el), depth++) {
        if (el === document.documentElement || el === document.body) break;
        if (isPositioned(el)) container = el; // keep the outermost: the whole drawn window
      }
      if (!container) continue;
      const key = short(text);
      if (seen.has(key)) continue;
      seen.add(key);
      push(out, { text: key, withForm: container.querySelector(CREDENTIAL_OR_BUTTON) !== null }, MAX_ITEMS, state);
    }
    return out;
  }

  let lastRoots = [];

  function collect() {
    const started = performance.now();
    const state = newState();
    walk(document, state);
    roleElements(document, state);
    if (state.walkCut) nativeFallback(document, state);
    for (let i = 0; i < state.roots.length; i++) {
      if (!state.walkCut) walk(state.roots[i], state);
      roleElements(state.roots[i], state);
      if (state.walkCut) nativeFallback(state.roots[i], state);
    }
    lastRoots = state.roots;

    const formIndex = new Map();
    const forms = formItems(state, formIndex);
    const buttonTexts = [];
    const inputs = inputItems(state, formIndex, buttonTexts);
    const { resourceHosts, scriptsWithoutIntegrity } = resourceItems(state);
    const snapshot = {
      url: location.href.slice(0, 2048),
      topFrame: isTop,
      ancestorOrigins: Array.from(location.ancestorOrigins ?? []).slice(0, 20),
      title: short(document.title),
      brand: brandItems(state),
      forms,
      inputs,
      buttons: buttonItems(state, buttonTexts),
      frames: frameItems(state),
      resourceHosts,
      scriptsWithoutIntegrity,
      positionedUrls: positionedUrls(state),
      text: pageText(state.textParts),
      truncated: false,
      collectMs: 0,
    };
    snapshot.truncated = state.truncated;
    snapshot.collectMs = Math.round((performance.now() - started) * 1000) / 1000;
    return snapshot;
  }

  // ---- sending, and sending again when the page changes ----

  let alive = true;
  let lastSignature = '';
  let unchanged = 0;
  let timer = 0;
  const observed = new WeakSet();

  // What must differ for a snapshot to be sent again: everything but timing and most of the text.
  function signature(snapshot) {
    return JSON.stringify({ ...snapshot, collectMs: 0, text: snapshot.text.slice(0, 200) });
  }

  function report(force) {
    if (!alive) return;
    let message;
    try {
      const snapshot = collect();
      const sig = signature(snapshot);
      if (!force && sig === lastSignature) {
        unchanged++;
        return;
      }
      unchanged = 0;
      lastSignature = sig;
      message = { type: 'snapshot', snapshot };
      observeShadowRoots();
    } catch (err) {
      lastSignature = '';
      message = { type: 'snapshot', snapshot: null, error: `collecting failed: ${err?.name ?? 'error'}` };
    }
    try {
      ext.runtime.sendMessage(message).catch(stopIfOrphaned);
    } catch (err) {
      stopIfOrphaned(err);
    }
  }

  // The extension was reloaded or removed: this copy of the script has nobody to talk to.
  function stopIfOrphaned() {
    if (ext.runtime?.id) return;
    alive = false;
    observer.disconnect();
    clearTimeout(timer);
  }

  function schedule() {
    if (timer || !alive) return;
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
    for (const root of lastRoots) {
      if (observed.has(root)) continue;
      observed.add(root);
      observer.observe(root, OBSERVE);
    }
  }

  function resend() {
    lastSignature = '';
    report(true);
  }

  // ---- the danger warning (top frame only) ----

  let warning = null; // { host, dialog, card, css, dismissed, verdict, watchers }

  const msg = (key, substitutions) => ext.i18n.getMessage(key, substitutions) || key;

  const HOST_STYLE = [
    ['all', 'initial'], ['position', 'fixed'], ['inset', '0'], ['z-index', '2147483647'],
    ['display', 'block'], ['visibility', 'visible'], ['opacity', '1'], ['pointer-events', 'auto'],
    ['background', 'rgba(15, 17, 21, 0.72)'], ['contain', 'none'],
  ];

  const WARNING_CSS = `
    :where(*:not(style)) { all: initial; box-sizing: border-box; }
    dialog.cg { display: block; position: fixed; inset: 0; margin: auto; z-index: 2147483647;
      width: min(560px, calc(100vw - 32px)); height: fit-content; max-height: calc(100vh - 32px); overflow: auto;
      padding: 24px 28px; border-radius: 12px; border: 3px solid #d1242f; background: #ffffff; color: #1f2328;
      box-shadow: 0 16px 48px rgba(0, 0, 0, 0.45);
      font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
    dialog.cg::backdrop { background: rgba(15, 17, 21, 0.72); }
    :where(.cg *) { font: inherit; color: inherit; }
    .head { display: flex; align-items: center; gap: 12px; margin: 0 0 12px; }
    .mark { display: inline-flex; align-items: center; justify-content: center; flex: none; width: 36px; height: 36px;
      border-radius: 50%; background: #d1242f; color: #ffffff; font-weight: 700; font-size: 22px; }
    h1 { display: block; margin: 0; font-size: 20px; font-weight: 700; line-height: 1.25; color: #a40e26; }
    p { display: block; margin: 0 0 10px; }
    .where { display: block; margin: 0 0 12px; font-size: 14px; color: #59636e; }
    code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 13px;
      word-break: break-all; color: #1f2328; }
    h2 { display: block; margin: 14px 0 6px; font-size: 15px; font-weight: 700; }
    ul { display: block; margin: 0 0 8px; padding: 0 0 0 20px; }
    li { display: list-item; list-style: disc outside; margin: 0 0 8px; }
    .evidence { display: block; margin: 2px 0 0; font-size: 13px; color: #59636e; }
    .actions { display: flex; flex-wrap: wrap; align-items: center; gap: 16px; margin: 18px 0 0; }
    button { display: inline-block; cursor: pointer; border-radius: 8px; }
    button.leave { padding: 10px 18px; background: #d1242f; color: #ffffff; font-weight: 700; font-size: 15px;
      border: 2px solid #d1242f; }
    button.leave:hover { background: #a40e26; border-color: #a40e26; }
    button.dismiss { padding: 4px 2px; background: transparent; color: #59636e; font-size: 13px;
      text-decoration: underline; border: 0; }
    button:focus-visible { outline: 3px solid #0969da; outline-offset: 2px; }
  `;

  function styleHost(host) {
    for (const [name, value] of HOST_STYLE) host.style.setProperty(name, value, 'important');
    return host.style.cssText;
  }

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function fillCard(card, verdict) {
    card.replaceChildren();
    const provider = verdict.providerName || verdict.provider || '';
    const head = el('div', 'head');
    const mark = el('span', 'mark', '!');
    mark.setAttribute('aria-hidden', 'true');
    const title = el('h1', '', provider ? msg('warningTitle', [provider]) : msg('warningTitleUnknown'));
    title.id = 'cg-title';
    head.append(mark, title);
    card.append(head);
    card.append(el('p', '', provider ? msg('warningLead', [provider]) : msg('warningLeadUnknown')));
    const where = el('p', 'where', msg('warningAddress'));
    where.append(' ', el('code', '', verdict.host || location.hostname));
    card.append(where);
    const findings = Array.isArray(verdict.findings) ? verdict.findings.slice(0, 8) : [];
    if (findings.length) {
      card.append(el('h2', '', msg('warningReasons')));
      const list = el('ul');
      for (const finding of findings) {
        const item = el('li', '', String(finding?.message ?? ''));
        const evidence = Array.isArray(finding?.evidence) ? finding.evidence.slice(0, 5).map(String) : [];
        if (evidence.length) item.append(el('span', 'evidence', `${msg('warningEvidence')} ${evidence.join(' · ')}`));
        list.append(item);
      }
      card.append(list);
    }
    const actions = el('div', 'actions');
    const leave = el('button', 'leave', msg('warningLeave'));
    leave.type = 'button';
    const dismiss = el('button', 'dismiss', msg('warningDismiss'));
    dismiss.type = 'button';
    actions.append(leave, dismiss);
    card.append(actions);
    leave.addEventListener('click', leavePage);
    dismiss.addEventListener('click', dismissWarning);
    return leave;
  }

  function leavePage() {
    location.replace('about:blank');
  }

  function showWarning(verdict) {
    if (warning) {
      if (!warning.dismissed) {
        warning.verdict = verdict;
        fillCard(warning.card, verdict);
      }
      return;
    }
    const host = document.createElement(`consent-guard-warning-${Math.random().toString(16).slice(2, 10)}`);
    const root = host.attachShadow({ mode: 'closed' });
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(WARNING_CSS);
      root.adoptedStyleSheets = [sheet];
    } catch {
      root.append(el('style', '', WARNING_CSS)); // where adopted sheets cannot cross into this world
    }
    const dialog = el('dialog', 'cg');
    dialog.setAttribute('role', 'alertdialog');
    dialog.setAttribute('aria-labelledby', 'cg-title');
    const card = el('div', 'card');
    dialog.append(card);
    root.append(dialog);
    warning = { host, dialog, card, css: styleHost(host), dismissed: false, verdict, watchers: [] };
    const leave = fillCard(card, verdict);

    // Escape does not close it; anything that closes it opens it again.
    dialog.addEventListener('cancel', (e) => e.preventDefault());
    dialog.addEventListener('close', () => queueMicrotask(guard));
    const treeWatch = new MutationObserver(() => { if (!host.isConnected) guard(); });
    treeWatch.observe(document, { childList: true, subtree: true });
    const hostWatch = new MutationObserver(guard);
    hostWatch.observe(host, { attributes: true });
    const interval = setInterval(guard, 500);
    warning.watchers = [treeWatch, hostWatch, { disconnect: () => clearInterval(interval) }];
    guard();
    leave.focus();
  }

  // Keep the warning attached, unstyled by the page, open, and above anything the page puts in the top layer.
  function guard() {
    if (!warning || warning.dismissed) return;
    const { host, dialog } = warning;
    const root = document.documentElement;
    if (!root) return;
    try {
      if (host.parentNode !== root) root.append(host);
      for (const name of host.getAttributeNames()) if (name !== 'style') host.removeAttribute(name);
      if (host.style.cssText !== warning.css) warning.css = styleHost(host);
      if (root.inert) root.inert = false;
      if (document.fullscreenElement && document.fullscreenElement !== host) document.exitFullscreen().catch(() => {});
      if (!dialog.open || pageTopLayerAbove(host)) {
        if (dialog.open) dialog.close();
        dialog.showModal();
      }
    } catch {
      // a page fighting the warning must not make this script throw
    }
  }

  // Something of the page's drawn over the warning, or a dialog or popover it opened since.
  const pageTopLayer = new WeakSet();
  function pageTopLayerAbove(host) {
    const hit = document.elementFromPoint(Math.round(innerWidth / 2), Math.round(innerHeight / 2));
    let above = hit !== null && hit !== host;
    try {
      for (const el of document.querySelectorAll(':modal, :popover-open')) {
        if (!pageTopLayer.has(el)) {
          pageTopLayer.add(el);
          above = true;
        }
      }
    } catch {
      // selectors this browser does not know
    }
    return above;
  }

  function dismissWarning() {
    if (!warning) return;
    warning.dismissed = true;
    for (const w of warning.watchers) w.disconnect();
    try {
      warning.dialog.close();
    } catch {
      // already closed
    }
    warning.host.remove();
  }

  function onVerdict(verdict) {
    if (!isTop || !verdict || verdict.level !== 'danger') return;
    try {
      showWarning(verdict);
    } catch {
      // never throw into the page
    }
  }

  // ---- wiring ----

  ext.runtime.onMessage.addListener((message, sender) => {
    if (sender?.id !== ext.runtime.id || !message) return;
    if (message.type === 'verdict') onVerdict(message.verdict);
    else if (message.type === 'rescan') resend();
  });

  try {
    observer.observe(document, OBSERVE);
    addEventListener('pageshow', (e) => { if (e.persisted) resend(); });
    addEventListener('popstate', schedule);
    addEventListener('hashchange', schedule);
    globalThis.navigation?.addEventListener?.('navigatesuccess', schedule);
  } catch {
    // observing is best effort; the first snapshot below still goes out
  }
  report(true);
})();

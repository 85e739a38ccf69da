// @ts-check
// Consent Guard content script, part 2 of 5: collects a PageSnapshot (see src/snapshot.rs, limits from
// shared/contract.js) with the DOM's own queries, never touching every node of a large page; an idle
// scan finds what only a look at every node finds (shadow roots, URL-looking text).
(() => {
  'use strict';

  const cg = /** @type {ContentNamespace} */ (globalThis.CONSENT_GUARD_CONTENT);
  // chrome.* is read only where it is used: its first read in a page builds the extension's bindings (ms)
  if (!cg) return;

  const { maxItems: MAX_ITEMS, maxShort: MAX_SHORT, maxText: MAX_TEXT, maxUrl: MAX_URL, maxCard: MAX_CARD } = globalThis.CONSENT_GUARD_CONTRACT.limits;
  const MAX_ELEMENTS = 1000; // elements of one kind read per snapshot
  const MAX_INPUTS_SEEN = 2000;
  const MAX_LOGO_ELEMENTS = 2000;
  const MAX_SHADOW_ROOTS = 200;
  const MAX_CLOSED_ASKS = 200; // closed-root asks per idle scan of a large page
  const MAX_URL_TEXTS = 400; // texts with a dot examined for URLs
  const SYNC_TEXT_NODES = 1000; // text nodes a snapshot reads itself; the idle scan reads the rest
  const SYNC_ELEMENTS = 3000; // on pages up to this size a snapshot looks for shadow roots itself
  const MAX_HEADINGS = 60;
  const MAX_BANNER = 40;
  const MAX_LOGOS = 99;
  const BANNER_TEXTS_CHECKED = 150;
  const BANNER_PX = 200;
  const TOP_PX = 320; // the top of the page (where banner text is read) with room for what moves
  const MAX_URL_CANDIDATES = 40;
  const MAX_STYLED_FRAMES = 20;
  const ANCESTOR_DEPTH = 30;
  const SCAN_INTERVAL_MS = 3000;
  const SCAN_SLICE_MS = 3;
  const SCAN_HEAD = 1500; // elements at the start of a large page its first idle scan looks at
  const SCAN_TAIL = 1500; // and at its end
  const SCAN_HEAD_TEXTS = 2000; // text nodes from the start of a large page
  const SCAN_TAIL_TEXTS = 2000; // text nodes from the start of its tail
  const SCAN_ADDED_ELEMENTS = 3000; // elements of added subtrees one scan looks at
  const MAX_ADDED_ROOTS = 500; // added subtrees remembered between scans (more: head and tail again)
  const DEEP_ELEMENTS = 40000; // elements the close reading visits at most (hidden subtrees are skipped whole)
  const DEEP_TEXT_NODES = 20000; // visible text nodes it reads at most
  const MAX_TEXT_BRANDS = 20;
  const REST_CHARS = 200_000; // characters past the text budget matched for provider names // lines elsewhere on the page that name a provider
  const MAX_GENERATED = 400; // elements whose ::before/::after content is read
  const MAX_RULES_LOOKED_AT = 20_000; // style rules looked through for a ::before or ::after
  const NEAR_ELEMENTS = 150; // elements in the box around a form, input, heading or banner read closely
  // On a page larger than SYNC_ELEMENTS elements the close reading (every element's style and box, the
  // line's visual order) covers the first CLOSE_SCREENS screens and the neighbourhood of what asks; a
  // block that starts below them and holds nothing that asks is read plainly (its text nodes in order).
  const CLOSE_SCREENS = 2;
  // A line read plainly that may read otherwise as drawn is read closely after all (`readsOtherwise`);
  // a block read plainly with at most AS_TEXT_ELEMENTS elements, on a page that asks, is read as the
  // browser renders its text (`readsAsText`).
  const AS_TEXT_ELEMENTS = 200;
  const MAX_CLOSE_ANCHORS = 20; // fields and forms a plainly read block is checked against
  const MAX_EDITABLE = 50;
  // A snapshot larger than this as JSON is cut (lists halved, strings shortened) and marked truncated:
  // below the worker's own limit, so the worker never refuses what the collector sends.
  const SNAPSHOT_BUDGET = Math.floor(globalThis.CONSENT_GUARD_CONTRACT.limits.maxSnapshotBytes * 0.75);
  // Built from the contract's patterns (their terms escaped already: escaping them here took regular
  // expressions of their own, each compiled on its first use in every page).
  const { brandPattern: BRAND_PATTERN, brandWords: BRAND_WORDS } = globalThis.CONSENT_GUARD_CONTRACT;
  // Words of a device-code sign-in: the engine decides from the text, so these lines must reach it.
  const DEVICE_WORDS = /devicelogin|\/device\b|enter (?:the |this )?code|device code|activate your device/i;
  const BRAND_RE = BRAND_PATTERN ? new RegExp(BRAND_PATTERN, 'i') : /(?!)/;
  // Either of them, in one pass over a long text.
  const NAMES_RE = new RegExp(`${BRAND_RE.source}|${DEVICE_WORDS.source}`, 'i');
  // A word every match of NAMES_RE holds, lower case: the first word of each brand term, and of the
  // device-code words ('device', 'enter '). Matched without the case-insensitive flag over a
  // lower-cased copy, it tells a long text that names nothing (most of them) several times faster
  // than NAMES_RE itself (a 220 KB text in V8: 0.7 against 6 ms); NAMES_RE decides when it hits. (NAMES_RE's case folding, without
  // the `u` flag, pairs an ASCII letter with ASCII letters only, and lower-casing keeps every such
  // match; the contract gives no words when a term has other letters, which turns the shortcut off.)
  const NAMES_WORDS = BRAND_WORDS?.length ? new RegExp([...BRAND_WORDS, 'device', 'enter '].join('|')) : /(?:)/;
  /** Whether a long text names a provider or a device-code sign-in (NAMES_RE, faster). */
  const namesAny = (/** @type {string} */ text) => NAMES_WORDS.test(text.toLowerCase()) && NAMES_RE.test(text);
  const HOST_TAGS = new Set(['article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5',
    'h6', 'header', 'main', 'nav', 'p', 'section', 'span']);

  const isTop = window === window.top;

  // URL-looking text: a scheme and host, or a bare host name (label.label.tld).
  // (Both spell out upper and lower case instead of the `i` flag, which means the same here: with it,
  // their negated classes took several times as long to compile, on their first use in each page.)
  const URL_LIKE = /\b[hH][tT][tT][pP][sS]?:\/\/[^\s"'<>]{3,}|\b(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,24}(?::\d+)?(?:\/[^\s"'<>]*)?/;
  const HOST_OF = /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\/(?:[^/?#@]*@)?(\[[^\]]*\]|[^/?#:]+)/;
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
    const control = el.closest('a,button,[role=button],[role=link]') ?? titledIcon(el);
    if (!control) return null;
    return short(control.textContent) || short(control.getAttribute('aria-label')) ||
      short(control.getAttribute('title'));
  }

  const ICON_PX = 96; // a titled box this small around a logo is an icon button, not a page's banner
  const ICON_DEPTH = 3;

  /**
   * A small box around `el` that names what it does in `title` or `aria-label` and shows no text of
   * its own: a scripted icon button (`<span title="Sign in using Microsoft">` around the logo), or
   * null. `el`'s own label is what it shows, not a control's.
   */
  function titledIcon(el) {
    for (let a = el.parentElement, depth = 0; a && depth < ICON_DEPTH; a = a.parentElement, depth++) {
      if (!a.hasAttribute('title') && !a.hasAttribute('aria-label')) continue;
      if (a.textContent?.trim()) return null;
      const r = a.getBoundingClientRect();
      return r.width <= ICON_PX && r.height <= ICON_PX ? a : null;
    }
    return null;
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

  // ---- reading what a person sees (the close reading: only on pages that ask or claim) ----

  const VISIBILITY = { opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true };

  /**
   * False when nothing of the element can be seen: not rendered, invisible, transparent, zero font
   * size, clipped to nothing, zero-size with its overflow cut, or placed where no scrolling reaches.
   * Cached per collection (`state.shownCache`).
   */
  function shown(el, state) {
    let yes = state.shownCache.get(el);
    if (yes !== undefined) return yes;
    yes = computeShown(el, state);
    state.shownCache.set(el, yes);
    return yes;
  }

  function computeShown(el, state) {
    try {
      if (typeof el.checkVisibility === 'function' ? !el.checkVisibility(VISIBILITY) : el.getClientRects().length === 0) return false;
      const cs = getComputedStyle(el);
      const px = parseFloat(cs.fontSize);
      if (px < 1) return false;
      state.fontPx.set(el, px);
      // CSS that draws the element's text right to left whatever its letters ("tfosorciM" shown as
      // "Microsoft"): its text is read in the order it is drawn (see `asDrawn`).
      bidiWrapper(el, cs, state);
      const r = el.getBoundingClientRect();
      // kept for the readers after this one (the banner, images.js, the line order): each box read once
      state.boxes.set(el, r);
      if (r.right + scrollX <= 0 || r.bottom + scrollY <= 0) return false; // off the page to the left or top
      state.tops.set(el, r.top + scrollY);
      // Each property is read only when the answer depends on it (a read costs a value's serialisation).
      if (r.width < 1 || r.height < 1) {
        const cut = cs.overflowX !== 'visible' || cs.overflowY !== 'visible';
        if (cut || cs.display !== 'contents' && cs.display !== 'inline' && r.width < 1 && r.height < 1 && cs.position === 'absolute') return false;
      }
      const clip = cs.clip;
      if (clip !== 'auto' && clip !== '' && (r.width <= 1 || r.height <= 1 || /rect\(0(px)?,? 0(px)?,? 0(px)?,? 0(px)?\)/.test(clip))) return false;
      const clipPath = cs.clipPath;
      if (clipPath !== 'none' && (/inset\(\s*50%/.test(clipPath) || /circle\(\s*0(px)?\b/.test(clipPath))) return false;
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Notes the CSS bidi override that draws el's own text reversed (`state.reversedEls`): el's own
   * (`direction: rtl` with `unicode-bidi: bidi-override` or `isolate-override`, as `<bdo dir=rtl>`), or
   * its parent's wrapper when el is an inline box that opens no embedding of its own: an override on
   * a block reaches its inline descendants, not those inside another block, an inline-block or an
   * embedding (`embed`, `isolate`, `plaintext`), and an override to the left inside cancels it. An
   * inline box inside that opens its own embedding is still placed by the wrapper, right to left,
   * with its text read forwards (`state.bidiPlaced`). Reads only the style already taken for el
   * (and, on a right-to-left inline box whose parent was not read yet, that parent's once).
   * @param {Element} el
   * @param {CSSStyleDeclaration} cs
   */
  function bidiWrapper(el, cs, state) {
    const parent = el.parentElement;
    const outer = (/** @type {Element} */ p) => state.reversedEls.get(p) ?? state.bidiPlaced.get(p);
    let inherited = parent ? outer(parent) : undefined;
    if (!inherited && cs.direction !== 'rtl') return;
    const bidi = cs.unicodeBidi;
    const reverses = cs.direction === 'rtl' && /override/.test(bidi);
    const inline = parent !== null && (cs.display === 'inline' || cs.display === 'contents');
    if (inline && inherited === undefined && !state.shownCache.has(parent)) {
      // the start of a reading inside an inline box: its parent is read now, once
      shown(parent, state);
      inherited = outer(parent);
    }
    if (!inline) inherited = undefined; // a block, an inline-block: a paragraph of its own
    // (pieces are put in order by the outermost override that places them)
    if (reverses) state.reversedEls.set(el, inherited ?? el);
    else if (!inherited) return;
    else if (bidi === 'normal' && state.reversedEls.has(/** @type {Element} */ (parent))) state.reversedEls.set(el, inherited);
    else state.bidiPlaced.set(el, inherited);
  }

  /**
   * A text node's data as drawn: under a CSS bidi override to the right (`direction: rtl;
   * unicode-bidi: bidi-override`, "tfosorciM" drawn as "Microsoft") its characters in reverse.
   * @param {Text} node
   */
  function asDrawn(node, state) {
    const parent = node.parentElement;
    return parent && state.reversedEls.has(parent) ? [...node.data].reverse().join('') : node.data;
  }

  /**
   * A line's text nodes and their pieces (each already as drawn, `asDrawn`) in the order drawn: the
   * pieces under one bidi override wrapper are drawn right to left as a whole, so a run of them is
   * put in reverse ("tfos" + "orciM" + " ni ngiS" reads "Sign in Microsoft"). The arrays as they are
   * when no text of the line is reversed.
   * @param {Text[]} nodes
   * @param {string[]} pieces
   */
  function drawnOrder(nodes, pieces, state) {
    if (state.reversedEls.size === 0 || nodes.length < 2 || nodes.length !== pieces.length) return { nodes, pieces };
    const wrappers = nodes.map((n) => {
      const p = n.parentElement;
      return (p && (state.reversedEls.get(p) ?? state.bidiPlaced.get(p))) ?? null;
    });
    if (!wrappers.some((w, i) => w !== null && wrappers[i + 1] === w)) return { nodes, pieces };
    const outNodes = [...nodes];
    const outPieces = [...pieces];
    for (let i = 0; i < nodes.length;) {
      let j = i + 1;
      if (wrappers[i] !== null) while (j < nodes.length && wrappers[j] === wrappers[i]) j++;
      for (let k = i; k < j; k++) {
        outNodes[k] = nodes[i + j - 1 - k];
        outPieces[k] = pieces[i + j - 1 - k];
      }
      i = j;
    }
    return { nodes: outNodes, pieces: outPieces };
  }

  const VALUE_TYPES = new Set(['text', 'search', 'url', 'tel', 'email', 'button', 'submit', 'reset', '']);

  /**
   * What a person reads in a form control that is not what they typed: the selected option of a
   * `<select>`, the value of a read-only or disabled text input (a label drawn as a field). Never an
   * editable field's value, never a password. '' when it shows nothing of the kind.
   * @param {Element} el
   */
  function controlShows(el) {
    if (el instanceof HTMLSelectElement) {
      if (el.multiple) return '';
      const option = el.selectedOptions[0];
      return option ? short(option.label || option.text) : '';
    }
    if (!(el instanceof HTMLInputElement) || !(el.readOnly || el.disabled) || !VALUE_TYPES.has(el.type)) return '';
    const value = el.value;
    return value.length <= MAX_SHORT ? short(value) : '';
  }

  // A read-only value drawn large or bold reads as a heading ("Sign in to Outlook" as a borderless input).
  const VALUE_HEADING_PX = 20;

  function headingLike(el) {
    const cs = getComputedStyle(el);
    const px = parseFloat(cs.fontSize);
    return px >= VALUE_HEADING_PX || px >= 16 && Number(cs.fontWeight) >= 600;
  }

  // The visible text of a subtree as rendered, with CSS generated content in place.
  function renderedText(root, state, max = MAX_SHORT) {
    const pieces = [];
    let length = 0;
    if (root.nodeType === Node.ELEMENT_NODE && !shown(root, state)) return '';
    pieces.push(generated(root, '::before', state));
    if (root.nodeType === Node.ELEMENT_NODE && /** @type {Element} */ (root).firstElementChild === null) {
      // text only (most headings, labels and buttons): its text nodes in order, no walker to build
      let n = 0;
      for (let node = root.firstChild; node && length < max * 2 && n < 2000; node = node.nextSibling) {
        if (node.nodeType !== Node.TEXT_NODE) continue;
        const data = asDrawn(/** @type {Text} */ (node), state);
        pieces.push(data);
        length += data.length;
        n++;
      }
      // text nodes of one element under a bidi override: drawn right to left as a whole
      if (n > 1 && state.reversedEls.has(/** @type {Element} */ (root))) pieces.splice(1, n, ...pieces.slice(1, n + 1).reverse());
      pieces.push(generated(root, '::after', state));
      return cg.joinRendered(pieces, max).replace(/\n/g, ' ');
    }
    /** @param {Element} el */
    const enter = (el) => !NOT_TEXT.has(el.localName) && shown(el, state);
    const texts = /** @type {Text[]} */ ([]); // the text pieces' nodes and places, for the order drawn
    const at = /** @type {number[]} */ ([]);
    for (let node = nextRead(root, null, enter), n = 0; node && length < max * 2 && n < 2000; node = nextRead(root, node, enter), n++) {
      if (node.nodeType === Node.TEXT_NODE) {
        const data = asDrawn(/** @type {Text} */ (node), state);
        texts.push(/** @type {Text} */ (node));
        at.push(pieces.length);
        pieces.push(data);
        length += data.length;
      } else {
        const el = /** @type {Element} */ (node);
        const before = generated(el, '::before', state);
        if (before) pieces.push(before);
        if (BLOCKS.has(el.localName)) pieces.push(' ');
        // an element with nothing inside draws its ::after right after its ::before
        const after = el.firstChild ? '' : generated(el, '::after', state);
        if (after) pieces.push(after);
      }
    }
    const drawn = drawnOrder(texts, at.map((i) => pieces[i]), state).pieces;
    // Short pieces placed one by one (letters each positioned on its own), on a page that asks,
    // with nothing generated between them: read in the order drawn, as a line is (`visualLine`).
    if (state.credentialEls.length > 0 && texts.length > 1 && texts.length <= VISUAL_PIECES && drawn.every((d) => d.trim().length <= SHORT_PIECE) &&
      pieces.every((p, i) => at.includes(i) || !p.trim())) {
      const visual = visualLine(texts, drawn, state);
      if (visual) return visual;
    }
    for (const [k, i] of at.entries()) pieces[i] = drawn[k];
    pieces.push(generated(root, '::after', state));
    return cg.joinRendered(pieces, max).replace(/\n/g, ' ');
  }

  // Whether any style sheet of the page (its own, adopted ones, those of the shadow roots found) has a
  // rule for a ::before or ::after: only then can CSS draw text, and only then is it read. A sheet
  // that cannot be read (another origin's), adopted sheets that cannot be listed, or too many rules
  // to look through count as yes.
  function mayGenerateContent(roots) {
    const sheets = [...document.styleSheets];
    const adopted = (/** @type {Document | ShadowRoot} */ owner) => {
      const list = owner.adoptedStyleSheets;
      if (list === undefined || list === null) return true;
      // Firefox hands a content script an adopted-sheet list it cannot iterate: they are unknown.
      if (typeof list[Symbol.iterator] !== 'function') return false;
      sheets.push(...list);
      return true;
    };
    if (!adopted(document)) return true;
    for (const root of roots) {
      sheets.push(...root.styleSheets);
      if (!adopted(root)) return true;
    }
    let budget = MAX_RULES_LOOKED_AT;
    const hasPseudo = (sheet) => {
      const rules = sheet.cssRules; // throws for another origin's sheet
      for (const rule of rules) {
        if (--budget < 0) return true;
        if (/:(?:before|after)\b/i.test(rule.selectorText ?? '')) return true;
        if (rule.styleSheet && hasPseudo(rule.styleSheet)) return true; // @import
        if (rule.cssRules?.length && hasPseudo(rule)) return true; // @media, @supports, @layer, nesting
      }
      return false;
    };
    for (const sheet of sheets) {
      try {
        if (hasPseudo(sheet)) return true;
      } catch {
        return true;
      }
    }
    return false;
  }

  /**
   * The node a reading of `root` takes after `node` (the first one when `node` is null), in document
   * order as a TreeWalker over elements and text nodes gives them, walked in script: no call from the
   * browser into a filter per node. Text nodes are taken, and the elements `enter` lets in, whose
   * subtrees are read next; a subtree it turns away is skipped whole. `leave` is told of each node the
   * reading climbs out of. `node` is one the reading took (a text node, or an element let in).
   * @param {Node} root @param {Node | null} node @param {(el: Element) => boolean} enter
   * @param {(left: Node) => void} [leave]
   * @returns {Node | null}
   */
  function nextRead(root, node, enter, leave) {
    let next = node === null ? root.firstChild : node.firstChild;
    for (let at = /** @type {Node | null} */ (node); next === null && at !== null && at !== root; at = at.parentNode) {
      leave?.(at);
      next = at.nextSibling;
    }
    while (next !== null) {
      const type = next.nodeType;
      if (type === Node.TEXT_NODE || (type === Node.ELEMENT_NODE && enter(/** @type {Element} */ (next)))) return next;
      // an element turned away is skipped whole; other nodes (comments) are passed over as a walker would
      let after = type === Node.ELEMENT_NODE ? null : next.firstChild;
      for (let at = /** @type {Node | null} */ (next); after === null && at !== null && at !== root; at = at.parentNode) {
        if (at !== next) leave?.(at);
        after = at.nextSibling;
      }
      next = after;
    }
    return null;
  }

  // Text of an element's ::before or ::after as drawn ('' when none, or past the budget).
  function generated(el, pseudo, state) {
    state.pseudoContent ??= mayGenerateContent(state.roots);
    if (!state.pseudoContent) return '';
    if (state.generatedRead >= MAX_GENERATED) return '';
    state.generatedRead++;
    try {
      return cg.generatedText(getComputedStyle(el, pseudo).content, el);
    } catch {
      return '';
    }
  }

  // The close reading of the page's text: visible nodes only (a hidden subtree is skipped whole, so
  // hidden decoys cost neither budget nor time), joined as rendered, CSS generated content in place.
  // Fills the page text; lines past the text budget that name a provider or a device-code sign-in
  // still make it (they go first when the page is long); every line naming a provider anywhere on
  // the page is a brand item.
  const MAX_DRAWN_BOXES = 4;
  const MAX_DRAWN_TEXT = 60;
  const DRAWN_DOTS = /^\s*[•●∙·◦*⚫⬤]{2,}\s*$/u;

  // `card`: the box around what asks, read closely after the page's walk stopped short of it (its
  // lines past the text budget, so only those naming a provider are kept).
  function readVisibleText(root, state, card = false) {
    // The block read plainly that the walk is in (large pages only), or null.
    /** @type {Element | null} */
    let plain = null;
    /** @param {Element} el */
    const enter = (el) => {
      if (NOT_TEXT.has(el.localName)) return false;
      if (++state.deepElements > DEEP_ELEMENTS && !card) return false;
      if (plain) return true;
      if (!shown(el, state)) return false;
      if (readsPlainly(el, state)) {
        state.plainBlocks.add(el);
        if (!card && readsAsText(el)) return false; // read whole: the walk passes it by
        plain = el;
      }
      return true;
    };
    /**
     * A block read plainly below the first screens, on a page that asks: its text as the browser
     * renders it (`innerText`: parts hidden by `display` or `visibility` left out, a line per
     * block), one call instead of a walk through its nodes. Not when it is large, holds a form
     * control (whose shown value is read), may hold generated content, or its text names a provider
     * or a device-code sign-in, forwards or backwards: then it is walked, and such lines read closely.
     * @param {Element} el
     */
    const readsAsText = (el) => {
      // (past the budget the walk takes it, and stops there: its lines naming a provider are looked for after)
      if (!asks || state.visibleLength >= MAX_TEXT || !(el instanceof HTMLElement)) return false;
      if (!fewElements(el, AS_TEXT_ELEMENTS) || el.querySelector('input,select')) return false;
      if (state.pseudoContent !== false && state.nearForms.has(el)) return false;
      const text = cg.joinRendered([el.innerText ?? '']);
      if (namesEitherWay(text)) return false;
      flush();
      for (const line of text.split('\n')) {
        if (!line) continue;
        if (state.visibleLength >= MAX_TEXT) {
          state.truncated = true;
          break;
        }
        state.visibleLines.push(line);
        state.lineEls.push(el);
        state.visibleLength += line.length + 1;
      }
      lineEl = null;
      return true;
    };
    /** @param {Node} left */
    const leave = (left) => {
      if (left === plain) plain = null;
    };
    let line = [];
    let lineEl = null;
    let lineNodes = /** @type {Text[]} */ ([]);
    let linePlain = false; // a piece of the line comes from a block read plainly
    const asks = state.credentialEls.length > 0;
    const flush = () => {
      if (!line.length) return;
      let nodes = lineNodes;
      let pieces = line;
      let closely = !linePlain;
      if (linePlain && nodes.length === pieces.length && readsOtherwise(pieces)) {
        // Read plainly, a line that may read otherwise as drawn is read closely after all: only its
        // shown pieces, each as drawn (a bidi override), in the order drawn.
        nodes = nodes.filter((n) => shownUp(n.parentElement, state));
        pieces = nodes.map((n) => asDrawn(n, state));
        closely = true;
      }
      ({ nodes, pieces } = drawnOrder(nodes, pieces, state));
      const text = (asks && closely && visualLine(nodes, pieces, state)) || cg.joinRendered(pieces, MAX_TEXT).replace(/\n/g, ' ');
      line = [];
      lineNodes = [];
      linePlain = false;
      if (!text) return;
      if (state.visibleLength < MAX_TEXT) {
        state.visibleLines.push(text);
        state.lineEls.push(lineEl ?? nodes[0]?.parentElement ?? root);
        state.visibleLength += text.length + 1;
      } else if (state.keyLines.length < MAX_TEXT_BRANDS && NAMES_RE.test(text)) {
        state.keyLines.push(text);
      } else if (state.visibleLength >= MAX_TEXT) {
        state.truncated = true;
      }
      if (BRAND_RE.test(text)) {
        // The element of the words themselves, not the block they sit in: a name inside a button
        // ("Microsoft" among another site's sign-in buttons) carries that button's text.
        const own = nodes.find((n) => BRAND_RE.test(asDrawn(n, state)))?.parentElement ?? nodes[0]?.parentElement ?? lineEl;
        if (state.textBrands.length < MAX_TEXT_BRANDS) state.textBrands.push({ text: short(text), el: own });
        else state.truncated = true;
      }
    };
    let texts = 0;
    let node = nextRead(root, null, enter, leave);
    const limit = card ? Infinity : MAX_TEXT; // a card is read whole (it is small: NEAR_ELEMENTS)
    for (; node && state.visibleLength < limit; node = nextRead(root, node, enter, leave)) {
      if (node.nodeType === Node.TEXT_NODE) {
        const data = /** @type {Text} */ (node).data;
        if (!line.length && !data.trim()) continue;
        if (++texts > DEEP_TEXT_NODES) { state.truncated = true; break; }
        if (!asks && state.drawnBoxes.length < MAX_DRAWN_BOXES && data.length <= MAX_DRAWN_TEXT && node.parentElement
          && (DRAWN_DOTS.test(data) || cg.passwordWord(data))) state.drawnBoxes.push(node.parentElement);
        line.push(asDrawn(/** @type {Text} */ (node), state));
        lineNodes.push(/** @type {Text} */ (node));
        if (plain) linePlain = true;
        lineEl ??= node.parentElement;
        continue;
      }
      const el = /** @type {Element} */ (node);
      if (BLOCKS.has(el.localName) || el.localName === 'br') {
        flush();
        lineEl = el;
      }
      if (el.localName === 'select' || el.localName === 'input') {
        // a control's shown value is a line of its own
        const value = controlShows(el);
        if (value) {
          flush();
          line.push(value);
          lineEl = el;
          flush();
          if (state.controlBrands.length < MAX_TEXT_BRANDS && BRAND_RE.test(value)) state.controlBrands.push({ text: value, el });
        }
      }
      if (state.nearForms.has(el) || state.generatedAll) {
        const before = generated(el, '::before', state);
        const after = generated(el, '::after', state);
        if ((before || after) && !el.firstChild) {
          // an empty element draws its ::before and ::after in the line it stands in ("to continue
          // to ", then "Azure " and "DevOps" drawn by an empty span)
          line.push(before + after);
          lineEl ??= el;
        } else if (before || after) {
          // generated content sits around the element's own text; as a line of its own it is read right
          flush();
          line.push(before, el.textContent?.slice(0, MAX_SHORT) ?? '', after);
          lineEl = el;
          flush();
        }
      }
    }
    flush();
    if (card) return;
    if (node) state.cutAt.push(node);
    if (node) state.textCut = state.visibleLength >= MAX_TEXT && texts <= DEEP_TEXT_NODES ? 'length' : 'count';
    if (node) scanRest(root, node, state);
    if (state.deepElements > DEEP_ELEMENTS) {
      state.truncated = true;
      state.textCut = 'count';
    }
  }

  /**
   * The sign-in's own card is read as drawn however far down it is: a box around what asks
   * (`askBoxes`) that the page's walk did not read closely (it stopped at its text budget before or
   * inside it, or the box is in a shadow root the walk did not reach) is read closely now, when shown.
   */
  function readAskCards(state) {
    if (!state.cutAt.length) return;
    const done = /** @type {Element[]} */ ([]);
    for (const box of state.askBoxes) {
      if (done.some((d) => d.contains(box))) continue;
      const read = state.lineEls.some((el) => box.contains(el)) && !state.cutAt.some((n) => box.contains(n));
      if (read || !(box.checkVisibility ? box.checkVisibility() : shownUp(box, state))) continue;
      done.push(box);
      readVisibleText(box, state, true);
    }
  }

  const LAYER_CHILDREN = 40; // children of the body looked at, from each end, for a layer over the fields

  /**
   * On a large page, a layer the page draws over the fields that ask is read closely: a
   * `position: fixed` or `absolute` child of the body whose box covers a shown field (a painted
   * card, logo, brand and labels, laid over unlabeled inputs that sit elsewhere in the DOM). Found by
   * its box, not by hit testing: such a layer takes no pointer events, and hit tests pass it by.
   * Only the first and last LAYER_CHILDREN children of the body are looked at.
   * @param {ReturnType<typeof newState>} state
   */
  function readLayersOverAsks(state) {
    if (!state.large || !state.credentialEls.length || !document.body) return;
    const fields = state.credentialEls.slice(0, MAX_CLOSE_ANCHORS).map((el) => el.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0);
    if (!fields.length) return;
    const kids = document.body.children;
    const n = kids.length;
    for (let i = 0; i < n; i++) {
      if (i === LAYER_CHILDREN && n - LAYER_CHILDREN > i) i = n - LAYER_CHILDREN;
      const el = kids[i];
      if (NOT_TEXT.has(el.localName)) continue;
      const r = el.getBoundingClientRect();
      const over = fields.some((f) => f.left < r.right && f.right > r.left && f.top < r.bottom && f.bottom > r.top);
      if (!over || !/^(fixed|absolute)$/.test(getComputedStyle(el).position) || !fewElements(el, NEAR_ELEMENTS)) continue;
      if (!state.lineEls.some((l) => el.contains(l))) readVisibleText(el, state, true);
    }
  }

  /**
   * Whether a shown element is read plainly: on a large page, a block that starts below the first
   * CLOSE_SCREENS screens, outside the boxes around forms and fields (`askBoxes`, from
   * `markNearForms`), and holds none of the fields and forms that ask.
   * @param {Element} el
   */
  function readsPlainly(el, state) {
    if (!state.large || !BLOCKS.has(el.localName)) return false;
    const top = state.tops.get(el);
    if (top === undefined || top < CLOSE_SCREENS * Math.max(innerHeight, 600)) return false;
    state.closeAnchors ??= [...state.credentialEls, ...state.formEls, ...state.editableEls].slice(0, MAX_CLOSE_ANCHORS);
    return !state.closeAnchors.some((a) => el.contains(a)) && !state.askBoxes.some((box) => box.contains(el));
  }

  // One letter, of any script: compiled only when a piece starts or ends with a character outside
  // ASCII (a Unicode property class costs a compile of its own, each page, on its first use).
  const LETTER = /^\p{L}$/u;
  /** Whether `ch`, one code point, is a letter (ASCII ones answered without the class). */
  function isLetter(/** @type {string} */ ch) {
    const c = ch.charCodeAt(0);
    if (c < 128) return ch.length === 1 && (c | 32) >= 97 && (c | 32) <= 122;
    return LETTER.test(ch);
  }
  /** The first and the last code point of a text ('' when it is empty). */
  const firstPoint = (/** @type {string} */ t) => t.slice(0, t.charCodeAt(0) >= 0xd800 && t.charCodeAt(0) <= 0xdbff ? 2 : 1);
  const lastPoint = (/** @type {string} */ t) => {
    const c = t.charCodeAt(t.length - 1);
    return t.slice(c >= 0xdc00 && c <= 0xdfff && t.length > 1 ? -2 : -1);
  };

  /**
   * Whether a line read plainly (its text nodes' data in DOM order) may read otherwise as drawn, and
   * so is read closely: a word of it runs across two text nodes (letters salted in between, shuffled
   * back by CSS order, zero-size or reversed in an element of their own), or it names a provider or a
   * device-code sign-in, forwards or backwards (a bidi override draws "tfosorciM" as "Microsoft").
   * @param {string[]} pieces
   */
  function readsOtherwise(pieces) {
    for (let i = 1; i < pieces.length; i++) {
      if (pieces[i - 1] && pieces[i] && isLetter(lastPoint(pieces[i - 1])) && isLetter(firstPoint(pieces[i]))) return true;
    }
    const joined = cg.joinRendered(pieces, MAX_TEXT); // invisible characters dropped, as the line is read
    return namesEitherWay(joined);
  }

  /** Whether a text names a provider or a device-code sign-in, forwards or backwards (drawn reversed). */
  function namesEitherWay(/** @type {string} */ text) {
    return namesAny(text) || namesAny([...text].reverse().join(''));
  }

  /**
   * Whether an element inside a block read plainly is shown, with its ancestors up to the first one
   * whose answer is known (the block itself was read closely).
   * @param {Element | null} el
   */
  function shownUp(el, state) {
    for (let a = el; a; a = a.parentElement) {
      const known = state.shownCache.get(a);
      if (known !== undefined) return known;
      if (!shown(a, state)) return false;
    }
    return true;
  }

  const VISUAL_PIECES = 64; // text nodes of one line put back in visual order at most
  /** Whether a piece of a line is one letter. */
  const spacedLetter = (/** @type {string} */ t) => t.length > 0 && t.length <= 2 && isLetter(t);
  const SHORT_PIECE = 3; // letters of a piece placed on its own that a heading is read by its drawn order

  /**
   * A line's text as drawn, on pages that ask for sign-in details: its text nodes sorted by where
   * they are drawn (row, then x), so letters shuffled in the DOM and put back by CSS `order` or
   * flex reversal read in order, and a space where the pieces stand apart (inline-block tiles), but
   * not between letters set apart one by one, which read as a word (gaps no wider than the narrowest).
   * Null when the DOM order is the drawn order with no gaps (the common case), or the line holds
   * generated content or too many pieces.
   * @param {Text[]} nodes
   * @param {string[]} pieces the line's pieces (text nodes' data, in DOM order)
   * @param {ReturnType<typeof newState>} state
   */
  function visualLine(nodes, pieces, state) {
    if (nodes.length < 2 || nodes.length > VISUAL_PIECES || nodes.length !== pieces.length) return null;
    state.range ??= document.createRange(); // one for the collection
    const range = state.range;
    const placed = [];
    for (const [i, node] of nodes.entries()) {
      range.selectNodeContents(node);
      const r = range.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) {
        if (node.data.trim()) return null;
        continue;
      }
      placed.push({ node, r, data: pieces[i] });
    }
    if (placed.length < 2) return null;
    const first = nodes[0].parentElement;
    const em = (first && (state.fontPx.get(first) ?? parseFloat(getComputedStyle(first).fontSize))) || 16;
    const row = (/** @type {DOMRect} */ r) => Math.round((r.top + r.bottom) / 2 / em);
    const sorted = [...placed].sort((a, b) => row(a.r) - row(b.r) || a.r.left - b.r.left);
    // Letters set apart one by one (each its own flex item or inline block, with a gap between)
    // read as a word: the narrowest gap between two such letters of a row is the letter spacing,
    // and only a clearly wider gap is a space between words ("A z u r e   D e v O p s").
    const gapAfter = (/** @type {number} */ i) => sorted[i].r.left - sorted[i - 1].r.right;
    const letters = (/** @type {number} */ i) => i > 0 && row(sorted[i - 1].r) === row(sorted[i].r) &&
      spacedLetter(sorted[i - 1].data) && spacedLetter(sorted[i].data);
    // Letters placed one by one at a fixed pitch (each absolutely positioned) leave gaps as wide
    // as their glyphs are narrow: a space between two of them needs a wider pitch too.
    const pitchAfter = (/** @type {number} */ i) => sorted[i].r.left - sorted[i - 1].r.left;
    let spacing = Infinity;
    let pitch = Infinity;
    for (let i = 1; i < sorted.length; i++) {
      if (!letters(i)) continue;
      spacing = Math.min(spacing, gapAfter(i));
      pitch = Math.min(pitch, pitchAfter(i));
    }
    let text = '';
    let changed = false;
    for (let i = 0; i < sorted.length; i++) {
      if (sorted[i] !== placed[i]) changed = true;
      const prev = sorted[i - 1];
      if (prev && row(prev.r) === row(sorted[i].r) && gapAfter(i) > em / 4) {
        changed = true;
        if (!letters(i) || gapAfter(i) > spacing * 1.25 + em / 8 && pitchAfter(i) > pitch * 1.25 + em / 8) text += ' ';
      } else if (prev && row(prev.r) !== row(sorted[i].r) && spacedLetter(prev.data) && spacedLetter(sorted[i].data)) {
        text += ' '; // rows of placed letters (a grid) are words apart
      }
      text += sorted[i].data;
    }
    return changed ? cg.joinRendered([text], MAX_TEXT).replace(/\n/g, ' ') : null;
  }

  // Past the text budget only lines that name a provider or a device-code sign-in matter: the rest
  // of the page's text nodes are matched as they are (no style read), and a match is kept when its
  // element is shown.
  function scanRest(root, from, state) {
    state.truncated = true;
    // One native read of the whole text and one match decide whether any node is worth a look:
    // most long pages name no provider at all.
    const all = root.textContent ?? '';
    if (!namesAny(all)) return;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    walker.currentNode = from;
    let node = from.nodeType === Node.TEXT_NODE ? from : walker.nextNode();
    let chars = 0;
    for (let n = 0; node && n < DEEP_TEXT_NODES && chars < REST_CHARS; node = walker.nextNode(), n++) {
      const data = /** @type {Text} */ (node).data;
      chars += data.length;
      if (data.length < 4) continue;
      const brand = BRAND_RE.test(data);
      if (!brand && !DEVICE_WORDS.test(data)) continue;
      const el = node.parentElement;
      if (!el || NOT_TEXT.has(el.localName) || !shown(el, state)) continue;
      const text = short(cg.joinRendered([withBreaks(el) ?? data]).replace(/\n/g, ' '));
      if (state.keyLines.length < MAX_TEXT_BRANDS) state.keyLines.push(text);
      // A device page's address past the budget: the short box around it too, where its code is
      // (a lure padded before its card), as the lines it holds.
      const box = brand ? null : deviceBox(el);
      if (box && state.keyLines.length < MAX_TEXT_BRANDS) state.keyLines.push(...lines(box).slice(0, MAX_TEXT_BRANDS - state.keyLines.length));
      if (brand && state.textBrands.length < MAX_TEXT_BRANDS) state.textBrands.push({ text, el });
      if (state.keyLines.length >= MAX_TEXT_BRANDS) return;
    }
  }

  const DEVICE_BOX_DEPTH = 3; // boxes climbed from a device page's address
  const DEVICE_BOX_CHARS = 300; // characters of text past which a box is prose, not a lure's card

  /** The largest box around `el`, up to DEVICE_BOX_DEPTH levels, whose text is short; null for none but `el`. */
  function deviceBox(el) {
    let box = null;
    for (let a = el.parentElement, depth = 0; a && a !== document.body && depth < DEVICE_BOX_DEPTH; a = a.parentElement, depth++) {
      if ((a.textContent?.length ?? 0) > DEVICE_BOX_CHARS) break;
      box = a;
    }
    return box;
  }

  /** The lines of a short box as rendered (`innerText`), trimmed, the empty ones left out. */
  function lines(box) {
    return (/** @type {HTMLElement} */ (box).innerText ?? '').split('\n').map((l) => short(l)).filter(Boolean);
  }

  /**
   * An element's text with a line break where it holds a `<br>` ("Use your Google Account<br>to
   * continue" is two lines, not "Accountto"): its `textContent` when it holds none.
   * @param {Element} el
   */
  function withBreaks(el) {
    if (!el.getElementsByTagName('br').length) return el.textContent;
    let text = '';
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let n = walker.nextNode(); n && text.length < REST_CHARS; n = walker.nextNode()) {
      if (n.nodeType === Node.TEXT_NODE) text += /** @type {Text} */ (n).data;
      else if (/** @type {Element} */ (n).localName === 'br') text += '\n';
    }
    return text;
  }

  // Elements around forms, credential inputs, headings and banners: where ::before/::after brands sit.
  // True when el has at most `max` descendant elements (counts no further than that).
  // The element's own tag list counts natively and stops at the index asked for.
  function fewElements(el, max) {
    return el.getElementsByTagName('*').item(max) === null;
  }

  function markNearForms(state) {
    const near = state.nearForms;
    const asking = Math.min(state.formEls.length + state.credentialEls.length, MAX_CLOSE_ANCHORS);
    // The neighbourhoods are where generated content is read: when no style sheet can draw any, only
    // the boxes around what asks are needed (`askBoxes`).
    state.pseudoContent ??= mayGenerateContent(state.roots);
    const anchors = [...state.formEls, ...state.credentialEls, ...state.headingEls, ...state.bannerEls]
      .slice(0, state.pseudoContent ? 40 : asking);
    for (const [k, anchor] of anchors.entries()) {
      let container = anchor;
      // up to three levels, never into a box so large that its neighbourhood is the whole page
      for (let i = 0; i < 3; i++) {
        const up = container.parentElement;
        if (!up || up === document.body || up === document.documentElement || !fewElements(up, NEAR_ELEMENTS)) break;
        container = up;
      }
      if (k < asking) state.askBoxes.push(container);
      if (!state.pseudoContent || near.has(container)) continue;
      near.add(container);
      const all = container.getElementsByTagName('*');
      for (let i = 0; i < all.length && near.size < MAX_GENERATED; i++) near.add(all[i]);
    }
  }

  // ---- gathering: native queries per tree, a text walk that stops at its budget ----
  // Only elements a rule reads become JS objects: touching every node of a large page from a
  // content script costs tens of milliseconds, so the DOM's own queries do the searching.

  function newState() {
    return {
      truncated: false,
      headingEls: [], bannerEls: [], logoEls: [], formEls: [], inputEls: [], buttonEls: [],
      frameEls: [], scriptEls: [], resourceEls: [],
      textParts: [], textLength: 0, lastBlock: null, bannerTexts: [], urlCandidates: [], urlTextsSeen: 0,
      urlNodes: new Set(), urlFound: /** @type {Text[]} */ ([]), // the text nodes whose text looks like a URL
      roots: [],
      deep: false, shownCache: new Map(), cardBoxes: new Map(), generatedRead: 0, deepElements: 0, visibleLength: 0,
      // A page of more than SYNC_ELEMENTS elements, whose close reading is bounded (`readsPlainly`).
      large: false, tops: /** @type {Map<Element, number>} */ (new Map()),
      // Each element's box and font size as the close reading read them (`computeShown`), for the
      // readers after it: the same task, so the same layout.
      boxes: /** @type {Map<Element, DOMRect>} */ (new Map()), fontPx: /** @type {Map<Element, number>} */ (new Map()),
      range: /** @type {Range | undefined} */ (undefined), // visualLine's
      closeAnchors: /** @type {Element[] | undefined} */ (undefined),
      askBoxes: /** @type {Element[]} */ ([]), // the boxes around the first forms and fields (markNearForms)
      cutAt: /** @type {Node[]} */ ([]), // where each text walk stopped at its budget (readVisibleText)
      plainBlocks: /** @type {Set<Element>} */ (new Set()), // the blocks read plainly (readsPlainly)
      // The document's tag lists gatherElements read, kept for images.js: while they are held and the
      // page does not change, the browser answers them again without searching the page.
      tagLists: /** @type {Map<string, HTMLCollectionOf<Element>>} */ (new Map()),
      keyLines: /** @type {string[]} */ ([]), textBrands: /** @type {{text: string, el: Element | null}[]} */ ([]),
      // Form controls whose shown value (selected option, read-only value) names a provider.
      controlBrands: /** @type {{text: string, el: Element}[]} */ ([]),
      // Elements whose own text a bidi override draws reversed, each with the override's element.
      reversedEls: /** @type {Map<Element, Element>} */ (new Map()),
      // Inline boxes inside such an override that open their own embedding: placed by it, read forwards.
      bidiPlaced: /** @type {Map<Element, Element>} */ (new Map()),
      nearForms: new Set(), generatedAll: false, pseudoContent: /** @type {boolean | undefined} */ (undefined), credentialEls: /** @type {HTMLInputElement[]} */ ([]),
      editableEls: /** @type {HTMLElement[]} */ ([]), textboxEls: /** @type {Map<Document | ShadowRoot, Element[]>} */ (new Map()),
      skipped: /** @type {string[]} */ ([]),
      visibleLines: /** @type {string[]} */ ([]), drawn: /** @type {string[]} */ ([]),
      // The element each visible line starts at (its block, or its first text's parent), for
      // re-reading a changed region in place (recollect.js); and why the text reading stopped early.
      lineEls: /** @type {Element[]} */ ([]), textCut: /** @type {'' | 'length' | 'count'} */ (''),
      // On a page with no input: elements whose own short text is a password prompt or masking dots
      // (a box the page draws and fills from its own key listener), for keys.js.
      drawnBoxes: /** @type {Element[]} */ ([]),
      // Elements of the first texts drawn near the top of the page, and how many the banner looked at.
      topEls: /** @type {Set<Element>} */ (new Set()), bannerLooked: 0,
      // The shown credential fields that ask (not read-only), for images.js to find the form's card.
      askEls: /** @type {Element[]} */ ([]),
    };
  }

  function push(list, item, max, state) {
    if (list.length < max) list.push(item);
    else state.truncated = true;
  }

  function addAll(list, elements, max, state) {
    const n = elements.length;
    if (list.length + n > max) state.truncated = true;
    for (let i = 0; i < n && list.length < max; i++) list.push(elements[i]);
  }

  const BLOCKS = new Set(['address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details',
    'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3',
    'h4', 'h5', 'h6', 'header', 'hr', 'html', 'legend', 'li', 'main', 'nav', 'ol', 'option', 'p', 'pre',
    'section', 'summary', 'table', 'td', 'th', 'tr', 'ul']);
  const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template', 'title', 'textarea']);

  // The nearest block-level ancestor: text under a different one starts a new line, as on screen.
  function blockOf(el) {
    for (let a = el, depth = 0; a && depth < 12; a = a.parentElement, depth++) {
      if (BLOCKS.has(a.localName)) return a;
    }
    return el;
  }

  function onText(node, state, pageText) {
    const parent = node.parentElement;
    if (!parent || NOT_TEXT.has(parent.localName)) return;
    const text = node.data.trim();
    if (!text) return;
    if (pageText && state.textLength < MAX_TEXT) {
      const block = blockOf(parent);
      if (block !== state.lastBlock) {
        state.textParts.push('\n');
        state.lastBlock = block;
      }
      state.textParts.push(text);
      state.textLength += text.length + 1;
    }
    if (state.bannerTexts.length < BANNER_TEXTS_CHECKED) state.bannerTexts.push(node);
  }

  function onDottedText(node, state) {
    if (state.urlNodes.has(node)) return true;
    state.urlNodes.add(node);
    if (++state.urlTextsSeen > MAX_URL_TEXTS) {
      state.truncated = true;
      return false;
    }
    const parent = node.parentElement;
    if (!parent || NOT_TEXT.has(parent.localName)) return true;
    const m = URL_LIKE.exec(node.data);
    if (m) {
      push(state.urlCandidates, [parent, m[0]], MAX_URL_CANDIDATES, state);
      state.urlFound.push(node);
    }
    return state.urlCandidates.length < MAX_URL_CANDIDATES;
  }

  // The page text's parts on their own (when the close reading that should have replaced them failed).
  function textParts(roots) {
    const state = newState();
    safe('text', state, null, () => {
      gatherText(document.body ?? document.documentElement, state, SYNC_TEXT_NODES);
      for (const root of roots) gatherText(root, state, Infinity);
    });
    return state.textParts;
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

  // The page text, the first texts (for the banner), and URL-looking text among the first
  // `limit` text nodes of a tree; the idle scan looks at the text nodes beyond. `pageText` false: a
  // page that asks gets the close reading, whose text replaces this one, so it is not put together.
  // Returns the last text node looked at for URLs and how many were, when every one up to it was
  // (no limit on URL-looking text reached), else null.
  function gatherText(root, state, limit, pageText = true) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let urls = true;
    let last = null;
    let n = 1;
    const next = () => /** @type {Text | null} */ (walker.nextNode());
    for (let node = next(); node && n <= limit; node = next(), n++) {
      const textFull = (!pageText || state.textLength >= MAX_TEXT) && state.bannerTexts.length >= BANNER_TEXTS_CHECKED;
      if (!textFull) onText(node, state, pageText);
      if (urls && node.data.indexOf('.') !== -1) urls = onDottedText(node, state);
      if (textFull && !urls) return null;
      last = node;
    }
    return urls && last ? { last, count: n - 1 } : null;
  }

  // Elements by tag come from the document's own tag index (which it keeps between calls while
  // the page does not change); elements by role from one [role] query.
  const TAGS = {
    h1: 'headingEls', h2: 'headingEls', h3: 'headingEls', header: 'bannerEls',
    img: 'logoEls', svg: 'logoEls', form: 'formEls', input: 'inputEls', select: 'inputEls',
    textarea: 'inputEls', button: 'buttonEls', iframe: 'frameEls', script: 'scriptEls',
  };
  const TAG_SELECTOR = `${Object.keys(TAGS).join(',')},frame,link`;
  const ROLES = { heading: 'headingEls', banner: 'bannerEls', img: 'logoEls', button: 'buttonEls' };
  const CAPS = { inputEls: MAX_INPUTS_SEEN, logoEls: MAX_LOGO_ELEMENTS };

  function gatherElements(root, state) {
    const cap = (key) => CAPS[key] ?? MAX_ELEMENTS;
    if (root === document) {
      for (const [tag, key] of Object.entries(TAGS)) {
        // A document with no frame of its own has no <iframe>: every connected one has a browsing
        // context (window.length counts them), so the page is not searched for one.
        if (tag === 'iframe' && window.length === 0) continue;
        // A list already full (h3 after a thousand h2): the page is not searched for what cannot be added.
        if (state.truncated && state[key].length >= cap(key)) continue;
        const list = document.getElementsByTagName(tag);
        state.tagLists.set(tag, list);
        addAll(state[key], list, cap(key), state);
      }
      // <frame> lives only in framesets; stylesheets and icons are linked from the head (those
      // linked elsewhere still show in the resource timing entries).
      if (document.body?.localName === 'frameset') addAll(state.frameEls, document.getElementsByTagName('frame'), MAX_ELEMENTS, state);
      if (document.head) addAll(state.resourceEls, document.head.getElementsByTagName('link'), MAX_ELEMENTS, state);
    } else {
      for (const el of root.querySelectorAll(TAG_SELECTOR)) {
        const key = el.localName === 'frame' ? 'frameEls' : el.localName === 'link' ? 'resourceEls' : TAGS[el.localName];
        push(state[key], el, cap(key), state);
      }
    }
    const textboxes = [];
    for (const el of root.querySelectorAll('[role]')) {
      const role = el.getAttribute('role');
      const key = ROLES[role];
      if (key) push(state[key], el, cap(key), state);
      else if (role === 'textbox') textboxes.push(el);
    }
    state.textboxEls.set(root, textboxes);
  }

  function closedShadowRoot(el) {
    try {
      const ext = globalThis.chrome; // Chrome, Edge and Firefox all offer chrome.* to content scripts
      if (ext?.dom?.openOrClosedShadowRoot) return ext.dom.openOrClosedShadowRoot(el);
      return el.openOrClosedShadowRoot ?? null; // Firefox
    } catch {
      return null;
    }
  }

  /** @type {Range | undefined} */
  let ownTextRange;
  // A plain element whose only content is text that is drawn (has boxes on screen) shows its own
  // text: a shadow root without a slot would hide it, so there is no root to ask the browser about.
  // (A root whose slot shows the text is read no better than one on an element with children.)
  // An empty element, or one whose text draws nothing (a root hides it, or the page does), is asked about.
  function drawsOwnText(el) {
    if (!el.textContent?.trim()) return false;
    ownTextRange ??= document.createRange();
    ownTextRange.selectNodeContents(el);
    return ownTextRange.getClientRects().length > 0;
  }

  let closedAsks = 0; // asks for a closed root left in this scan of a large page

  // The element's shadow root: its open one, else (asking the browser, an extension API call per
  // element) its closed one when it can plausibly host one and shows nothing of its own: a custom
  // element, or a plain host-capable element with no element children (kits leave the host empty).
  // `strict` (the idle scan of a large page): plain elements only when they hold no text either,
  // and no more than `closedAsks` asks.
  function shadowRootOf(el, strict = false) {
    const open = el.shadowRoot;
    if (open) return open;
    const name = el.localName;
    const candidate = name.includes('-') ||
      (HOST_TAGS.has(name) && el.childElementCount === 0 && name !== 'body' &&
        (strict ? !el.textContent?.trim() : !drawsOwnText(el)));
    if (!candidate) return null;
    if (strict) {
      if (closedAsks <= 0) return null;
      closedAsks--;
    }
    return closedShadowRoot(el);
  }

  // The shadow roots the idle scan found (open ones; closed ones of custom elements too), and
  // those nested inside them.
  function gatherShadowRoots(state) {
    if (!state.large) {
      const all = document.getElementsByTagName('*');
      findShadowHosts(all, 0, all.length);
    }
    const roots = state.roots;
    const add = (root) => {
      if (root && !roots.includes(root)) push(roots, root, MAX_SHADOW_ROOTS, state);
    };
    for (const el of shadowHosts) {
      if (el.isConnected) add(el.shadowRoot ?? closedShadowRoot(el));
      else shadowHosts.delete(el);
    }
    const nested = (/** @type {number} */ from) => {
      for (let i = from; i < roots.length; i++) {
        for (const el of roots[i].querySelectorAll('*')) add(shadowRootOf(el));
      }
    };
    // elements hit where a person looks whose own content is not drawn (the probe's `undrawnHosts`)
    for (const el of globalThis.CONSENT_GUARD_PROBE?.undrawnHosts?.() ?? []) {
      if (!shadowHosts.has(el)) adoptClosed(el, add);
    }
    nested(0);
    if (state.large) return;
    const before = roots.length;
    hostsWithChildren(roots.filter((root) => root.mode === 'closed').length, add);
    nested(before);
  }

  const MAX_WIDE_ASKS = 3000; // elements asked about when the page attached closed roots not found
  let wideFor = 0; // the page's count of closed roots the last such search was made for

  // The page attached more closed roots (content/drawn.js's count, through the probe) than were
  // found: a host that shows children or text of its own (through a slot, or not at all) is looked
  // for among every element that can host one, on a page small enough to ask about each.
  function hostsWithChildren(found, add) {
    const said = globalThis.CONSENT_GUARD_PROBE?.closedRoots?.() ?? 0;
    let missing = said - found;
    // once for each count: roots on elements no search can reach (detached, or inside another
    // root) would otherwise send every collection through the whole page again
    if (missing <= 0 || said === wideFor) return;
    wideFor = said;
    const all = document.getElementsByTagName('*');
    for (let i = 0, asked = 0; i < all.length && asked < MAX_WIDE_ASKS; i++) {
      const el = all[i];
      if (shadowHosts.has(el) || el.shadowRoot || !HOST_TAGS.has(el.localName)) continue;
      asked++;
      if (adoptClosed(el, add) && --missing <= 0) return;
    }
  }

  /** Asks the browser for `el`'s closed root; a host found is kept and its root added. */
  function adoptClosed(el, add) {
    const root = closedShadowRoot(el);
    if (!root) return false;
    shadowHosts.add(el);
    add(root);
    return true;
  }

  // ---- the idle scan: what only a look at every node finds ----
  // Shadow roots (any element may have one) and URL-looking text (a drawn address bar may be
  // anywhere) need a look at elements and text nodes. That look runs in idle time, a few milliseconds
  // at a time, and asks for a new snapshot when it finds something the last one did not have. On a
  // page up to SYNC_ELEMENTS elements it looks at every node; on a larger one it is bounded: the
  // first scan looks at the start and the end of the document (where a kit's overlay or appended
  // form sits), and later scans only at what the page added or changed since (the mutation records).

  const shadowHosts = new Set();
  let urlTexts = []; // text nodes with URL-looking text, in the order found
  let scanning = false;
  let lastScan = -Infinity;
  let scannedOnce = false; // the bounded first scan of a large page is done
  /** @type {Node[]} */
  let addedRoots = []; // subtrees the page added or changed since the last scan (mutation records)
  let addedOverflow = false; // more were added than kept: the next scan looks at the whole head and tail again
  // The view moved by a screen or more since the grid last looked (a page or pane that scrolls itself
  // after the first scan): the next scan hit-tests the view again (`watchScrolls`).
  let viewMoved = false;
  let scrollsWatched = false;
  /** @type {WeakMap<object, number>} where each scroller stood when the grid last looked */
  const gridAt = new WeakMap();
  // The first text nodes of the body the last snapshot looked at for URL-looking text, every one of
  // them (`gatherText`): the first scan of a large page starts its head after them, with the ones it
  // found. Null when the snapshot stopped short.
  /** @type {{ last: Text, count: number, found: Text[] } | null} */
  let urlHead = null;

  function idle(fn) {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: 500 });
    else setTimeout(fn, 20);
  }

  let scanTimer = 0;
  let lastDeep = false; // the last snapshot found the page asking for something or naming a provider

  // Adds the elements in all[from..to) that have a shadow root; true when one is new.
  function findShadowHosts(all, from, to) {
    let found = false;
    for (let i = from; i < to; i++) {
      const el = all[i];
      if (!shadowHosts.has(el) && shadowRootOf(el)) {
        shadowHosts.add(el);
        found = true;
      }
    }
    return found;
  }

  /** Notes the subtrees mutation records added or changed, for the next (incremental) scan. */
  function noteMutations(records) {
    if (addedOverflow) return;
    for (const record of records) {
      if (record.type === 'childList') {
        for (const node of record.addedNodes) {
          if (node.nodeType === Node.ELEMENT_NODE || node.nodeType === Node.TEXT_NODE) addedRoots.push(node);
        }
      } else if (record.type === 'characterData') {
        addedRoots.push(record.target);
      }
      if (addedRoots.length > MAX_ADDED_ROOTS) {
        addedRoots = [];
        addedOverflow = true;
        return;
      }
    }
  }

  // What one scan of a large page looks at: [elements, text walk ranges]. The first scan (or one after
  // too many changes) takes the head and the tail of the document; later ones the added subtrees.
  function scanRegions(all) {
    const body = document.body ?? document.documentElement;
    /** @type {Element[]} */
    const els = [];
    /** @type {{root: Node, from: Node | null, limit: number}[]} */
    const texts = [];
    /** @type {Text[]} */
    const known = [];
    if (!scannedOnce || addedOverflow) {
      const n = all.length;
      for (let i = 0; i < Math.min(SCAN_HEAD, n); i++) els.push(all[i]);
      for (let i = Math.max(SCAN_HEAD, n - SCAN_TAIL); i < n; i++) els.push(all[i]);
      els.push(...drawnInView());
      watchScrolls();
      // The snapshot looked at the head's first text nodes already (what changed since is among the
      // added subtrees below): the walk starts after them, with what they hold.
      const head = !scannedOnce && !addedOverflow && urlHead?.last.isConnected && body.contains(urlHead.last) ? urlHead : null;
      if (head) known.push(...head.found);
      if (!head) texts.push({ root: body, from: null, limit: SCAN_HEAD_TEXTS });
      else if (head.count < SCAN_HEAD_TEXTS) texts.push({ root: body, from: head.last, limit: SCAN_HEAD_TEXTS - head.count });
      if (n > SCAN_HEAD) texts.push({ root: body, from: all[Math.max(SCAN_HEAD, n - SCAN_TAIL)], limit: SCAN_TAIL_TEXTS });
    }
    else if (viewMoved) els.push(...drawnInView());
    viewMoved = false;
    let budget = SCAN_ADDED_ELEMENTS;
    for (const node of addedRoots) {
      if (!node.isConnected || budget <= 0) continue;
      if (node.nodeType === Node.TEXT_NODE) {
        texts.push({ root: node, from: null, limit: 1 });
        continue;
      }
      const el = /** @type {Element} */ (node);
      els.push(el);
      const inside = el.getElementsByTagName('*');
      const take = Math.min(inside.length, budget);
      for (let i = 0; i < take; i++) els.push(inside[i]);
      budget -= take + 1;
      texts.push({ root: el, from: null, limit: take * 2 + 8 });
    }
    scannedOnce = true;
    addedRoots = [];
    addedOverflow = false;
    urlHead = null;
    return { els, texts, known };
  }

  const VIEW_POINTS = 3; // a grid of VIEW_POINTS x VIEW_POINTS points over the viewport (hit tests cost 0.3-0.8 ms each on 20,000 elements)

  /**
   * The elements drawn in the viewport of a large page scrolled past its first screens, from hit
   * tests at a grid of points: a shadow root's host in the middle of the bulk that the page
   * scrolled into view is among them (hit testing answers with the host of what a closed root
   * draws). Their ancestors too, up to the body: the host is often a wrapper around what is hit.
   * On a page not scrolled so far, the same grid over the visible box of each scrolling pane that is
   * scrolled past its first screens (a closed root in the middle of a pane that a load handler
   * scrolled into view): the pane at the middle of the viewport and those beside it (`scrolledPanes`).
   * @returns {Element[]}
   */
  function drawnInView() {
    if (typeof document.elementsFromPoint !== 'function') return [];
    // Within the first CLOSE_SCREENS screens the snapshot read what is drawn closely already: only a
    // page scrolled past them (by the person or by itself) is hit-tested.
    if (scrollY + innerHeight > CLOSE_SCREENS * Math.max(innerHeight, 600)) return hitGrid(0, 0, innerWidth, innerHeight);
    /** @type {Element[]} */
    const found = [];
    for (const pane of scrolledPanes()) {
      const box = pane.getBoundingClientRect();
      const left = Math.max(box.left, 0);
      const top = Math.max(box.top, 0);
      const right = Math.min(box.right, innerWidth);
      const bottom = Math.min(box.bottom, innerHeight);
      if (right - left >= 1 && bottom - top >= 1) found.push(...hitGrid(left, top, right - left, bottom - top));
    }
    return found;
  }

  /**
   * After the first scan of a large page: a scroll of the page or of a pane by a screen or more from
   * where the grid last looked asks for a scan that hit-tests the view again. A page that scrolls a
   * closed root into view after that scan (its load handler ran late) is looked at then, as is one the
   * person scrolls to; at most one scan every SCAN_INTERVAL_MS, as for any change.
   */
  function watchScrolls() {
    if (scrollsWatched) return;
    scrollsWatched = true;
    gridAt.set(document, scrollY);
    addEventListener('scroll', (event) => {
      const target = event.target;
      const el = target instanceof Element ? target : null;
      const at = el ? el.scrollTop : scrollY;
      const screen = el ? el.clientHeight : innerHeight;
      const key = el ?? document;
      const last = gridAt.get(key) ?? 0;
      if (viewMoved || Math.abs(at - last) < Math.max(screen, 1)) return;
      gridAt.set(key, at);
      viewMoved = true;
      scanPage();
    }, { capture: true, passive: true });
  }

  const PANE_SIBLINGS = 8; // siblings of each box around the middle of the view looked at for a scrolled pane
  const PANE_DEPTH = 2; // levels into such a sibling (a side pane's scroller inside its wrapper)
  const MAX_PANES = 2; // scrolled panes a grid runs over
  const PANE_LOOKS = 64; // scroll offsets read in all, looking for them

  /**
   * Scrolling boxes shown in the viewport that are scrolled past their first CLOSE_SCREENS screens of
   * their own: the one drawn at the middle of the viewport (one hit test, and the scroll offsets of what
   * it hit and its ancestors), and beside it the panes of the same layout (a side pane in the right
   * third, a bottom drawer): the first PANE_SIBLINGS siblings of each of those ancestors, the body's
   * children included, and their children PANE_DEPTH levels down. No walk over the page: at most
   * PANE_LOOKS scroll offsets read from the layout the hit test made.
   * @returns {Element[]}
   */
  function scrolledPanes() {
    /** @type {Element[]} */
    const panes = [];
    let looks = PANE_LOOKS;
    const scrolled = (/** @type {Element} */ el) => {
      looks--;
      const height = el.clientHeight;
      return height > 0 && el.scrollTop + height > CLOSE_SCREENS * height;
    };
    const shown = (/** @type {Element} */ el) => {
      const box = el.getBoundingClientRect();
      return box.right > 0 && box.bottom > 0 && box.left < innerWidth && box.top < innerHeight;
    };
    /** @param {Element} el @param {number} depth */
    const look = (el, depth) => {
      if (panes.length >= MAX_PANES || looks <= 0 || panes.includes(el)) return;
      if (scrolled(el)) {
        if (shown(el)) panes.push(el);
        return;
      }
      if (depth >= PANE_DEPTH) return;
      let child = el.firstElementChild;
      for (let n = 0; child && n < PANE_SIBLINGS; child = child.nextElementSibling, n++) look(child, depth + 1);
    };
    let el = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
    /** @type {Element[]} */
    const chain = [];
    for (let depth = 0; el && el !== document.body && el !== document.documentElement && depth < ANCESTOR_DEPTH; el = parentOf(el), depth++) {
      if (scrolled(el)) {
        panes.push(el);
        break;
      }
      chain.push(el);
    }
    // the panes beside the middle one, the layout's outer levels first
    for (const a of chain.reverse()) {
      const parent = a.parentElement;
      if (!parent || panes.length >= MAX_PANES || looks <= 0) break;
      let sibling = parent.firstElementChild;
      for (let n = 0; sibling && n < PANE_SIBLINGS; sibling = sibling.nextElementSibling, n++) {
        if (sibling !== a) look(sibling, 0);
      }
    }
    return panes;
  }

  /** The elements hit at a VIEW_POINTS x VIEW_POINTS grid over a box of the viewport, with their ancestors up to the body. */
  function hitGrid(left, top, width, height) {
    /** @type {Set<Element>} */
    const found = new Set();
    for (let x = 1; x <= VIEW_POINTS; x++) {
      for (let y = 1; y <= VIEW_POINTS; y++) {
        const hits = document.elementsFromPoint(left + (width * x) / (VIEW_POINTS + 1), top + (height * y) / (VIEW_POINTS + 1));
        for (const hit of hits.slice(0, 4)) {
          for (let el = /** @type {Element | null} */ (hit); el && el !== document.body && !found.has(el); el = el.parentElement) found.add(el);
        }
      }
    }
    return [...found];
  }

  // At most one scan every SCAN_INTERVAL_MS; a change during the wait gets its scan afterwards.
  function scanPage() {
    if (scanning || scanTimer || !cg.alive) return;
    const wait = lastScan + SCAN_INTERVAL_MS - performance.now();
    if (wait > 0) {
      scanTimer = setTimeout(() => {
        scanTimer = 0;
        scanPage();
      }, wait);
      return;
    }
    const all = document.getElementsByTagName('*');
    // pages up to SYNC_ELEMENTS are looked at by every snapshot itself
    const large = Boolean(all[SYNC_ELEMENTS]);
    if (large && scannedOnce && !addedOverflow && addedRoots.length === 0 && !viewMoved) return; // nothing new to look at
    scanning = true;
    lastScan = performance.now();
    closedAsks = lastDeep ? MAX_CLOSED_ASKS : MAX_CLOSED_ASKS / 4;
    const regions = large ? scanRegions(all) : { els: [], texts: [{ root: document.body ?? document.documentElement, from: null, limit: Infinity }], known: [] };
    const els = regions.els;
    // URL-looking text nodes found before and still in the page stay; a large page's scan adds to them.
    const found = large ? urlTexts.filter((node) => node.isConnected) : [];
    const known = new Set(found);
    // URL-looking text the snapshot found in the head it looked at, in the order the walk finds it
    for (const node of regions.known) {
      if (found.length >= MAX_URL_CANDIDATES) break;
      if (node.isConnected && !known.has(node)) {
        found.push(node);
        known.add(node);
      }
    }
    let i = 0;
    let newHost = false;
    let range = 0;
    let walker = null;
    let left = 0;
    const finish = () => {
      scanning = false;
      const changed = found.length !== urlTexts.length || found.some((node, k) => node !== urlTexts[k]);
      urlTexts = found;
      if (newHost || changed) cg.schedule();
      // a scroll by a screen or more while this scan ran (a load handler scrolling a pane) asked for
      // a scan that the running one turned away: it comes now, after the interval
      if (viewMoved) scanPage();
    };
    // The next text node of the current range, or null when all ranges are done.
    const nextText = () => {
      for (;;) {
        if (walker && left > 0) {
          left--;
          const node = /** @type {Text | null} */ (walker.nextNode());
          if (node) return node;
        }
        if (range >= regions.texts.length) return null;
        const { root, from, limit } = regions.texts[range++];
        if (root.nodeType === Node.TEXT_NODE) {
          walker = null;
          return /** @type {Text} */ (root);
        }
        walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        if (from) walker.currentNode = from;
        left = limit;
      }
    };
    let textsDone = false;
    const slice = () => {
      try {
        const end = performance.now() + SCAN_SLICE_MS;
        while (i < els.length) {
          const stop = Math.min(i + 512, els.length);
          for (; i < stop; i++) {
            const el = els[i];
            if (mayHostShadow(el) && !shadowHosts.has(el) && shadowRootOf(el, true)) { // the cheap test first
              shadowHosts.add(el);
              newHost = true;
            }
          }
          if (performance.now() > end) return idle(slice);
        }
        while (!textsDone) {
          for (let k = 0; k < 512; k++) {
            const node = nextText();
            if (!node) {
              textsDone = true;
              break;
            }
            if (node.data.indexOf('.') !== -1 && found.length < MAX_URL_CANDIDATES && !known.has(node) &&
                URL_LIKE.test(node.data) && !NOT_TEXT.has(node.parentElement?.localName ?? '')) {
              found.push(node);
              known.add(node);
            }
          }
          if (!textsDone && performance.now() > end) return idle(slice);
        }
        finish();
      } catch {
        scanning = false;
        if (viewMoved) scanPage();
      }
    };
    idle(slice);
  }

  // On a large page only the elements that can plausibly host a root and show nothing of their
  // own are looked at (open roots included): custom elements, and host-capable elements with no
  // child nodes, or white space only.
  function mayHostShadow(el) {
    const name = el.localName;
    if (!HOST_TAGS.has(name)) return name.includes('-');
    if (el.childElementCount !== 0) return false; // a count: no child is made a script object
    const child = el.firstChild;
    if (child === null) return true;
    return child === el.lastChild && child.nodeType === Node.TEXT_NODE && !/** @type {Text} */ (child).data.trim();
  }

  function gatherUrlTexts(state) {
    for (const node of urlTexts) {
      if (node.isConnected && !onDottedText(node, state)) return;
    }
  }

  // ---- turning elements into snapshot items ----

  // An element's text: as rendered when the page gets a close reading, else its text content.
  function elementText(el, state) {
    return state.deep ? renderedText(el, state) : short(el.textContent);
  }

  function brandItems(state) {
    const items = [];
    const title = short(cg.joinRendered([document.title]));
    if (title) items.push({ text: title, source: 'title', controlText: null });
    let count = 0;
    for (const el of new Set(state.headingEls)) {
      const text = elementText(el, state);
      if (!text) continue;
      if (++count > MAX_HEADINGS) { state.truncated = true; break; }
      items.push({ text, source: 'heading', controlText: controlText(el), card: cardWanted(el, state) ? cardText(el, state) : null });
    }
    count = 0;
    for (const el of new Set(state.bannerEls)) {
      const text = elementText(el, state);
      if (text && ++count <= MAX_BANNER / 2) items.push({ text, source: 'banner', controlText: null });
    }
    const scrollY = window.scrollY;
    const seen = new Set();
    for (const node of state.bannerTexts) {
      const el = node.parentElement;
      if (!el || seen.has(el)) continue;
      seen.add(el);
      state.bannerLooked++;
      const r = state.boxes.get(el) ?? el.getBoundingClientRect();
      // where a change is read by the whole collect (recollect.js; a hidden one is placed when it shows)
      if (r.top + scrollY < TOP_PX && (r.width > 0 || r.height > 0)) state.topEls.add(el);
      if (r.width === 0 || r.height === 0 || r.bottom + scrollY <= 0 || r.top + scrollY >= BANNER_PX) continue;
      if (state.deep && !shown(el, state)) continue;
      if (++count > MAX_BANNER) { state.truncated = true; break; }
      items.push({ text: state.deep ? renderedText(el, state) : short(node.data), source: 'banner', controlText: controlText(el) });
    }
    // A read-only value drawn large or bold is a heading the person reads; a selected option is text.
    for (const { text, el } of state.controlBrands) {
      items.push({ text, source: el instanceof HTMLInputElement && headingLike(el) ? 'heading' : 'text', controlText: null });
    }
    const seenText = new Set(items.map((i) => i.text));
    for (const { text, el } of state.textBrands) {
      if (seenText.has(text)) continue;
      seenText.add(text);
      items.push({ text, source: 'text', controlText: el ? controlText(el) : null });
    }
    // Words drawn into canvases (content/drawn.js) that name a provider: text the person sees.
    for (const text of state.drawn) {
      if (seenText.has(text) || !BRAND_RE.test(text)) continue;
      seenText.add(text);
      items.push({ text, source: 'text', controlText: null });
    }
    count = 0;
    for (const el of state.logoEls) {
      if (state.deep && !shown(el, state)) continue;
      // An unlabelled icon inside a titled icon button reads as that button ("Sign in using Microsoft").
      const own = logoText(el);
      const icon = own ? null : titledIcon(el);
      const text = own || short(icon?.getAttribute('title')) || short(icon?.getAttribute('aria-label'));
      if (!text) continue;
      if (++count > MAX_LOGOS) { state.truncated = true; break; }
      items.push({ text, source: 'logo', controlText: controlText(el), card: cardWanted(el, state) ? cardText(el, state) : null });
    }
    return items;
  }

  const DRAWN_REQUEST = 'consent-guard:drawn-request';
  const DRAWN_REPLY = 'consent-guard:drawn-reply';
  const MAX_DRAWN = 32;

  // The strings the page drew into canvases, as content/drawn.js (in the page's world) kept them.
  // Its reply is synchronous; the page can forge replies too, so every reply is read, as untrusted
  // text, up to MAX_DRAWN strings.
  function drawnWords() {
    /** @type {string[]} */
    const words = [];
    /** @param {Event} e */
    const take = (e) => {
      const detail = /** @type {CustomEvent} */ (e).detail;
      if (typeof detail !== 'string' || detail.length > 64 * MAX_SHORT) return;
      try {
        const list = JSON.parse(detail);
        if (!Array.isArray(list)) return;
        for (const w of list) {
          if (typeof w === 'string' && words.length < MAX_DRAWN) words.push(short(w));
        }
      } catch { /* not a list of words: nothing drawn that can be read */ }
    };
    document.addEventListener(DRAWN_REPLY, take);
    try {
      document.dispatchEvent(new CustomEvent(DRAWN_REQUEST));
    } finally {
      document.removeEventListener(DRAWN_REPLY, take);
    }
    return words.filter(Boolean);
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
    for (const el of form.querySelectorAll('label,legend,h1,h2,h3,h4,h5,h6,[placeholder],[aria-label],select,input[readonly],input[disabled]')) {
      // a select shows its selected option, a read-only field its value, not their whole content
      const control = el.localName === 'select' || el.localName === 'input';
      const text = (control ? controlShows(el) : short(el.textContent)) || short(el.getAttribute('placeholder')) ||
        short(el.getAttribute('aria-label'));
      if (!text) continue;
      parts.push(text);
      length += text.length + 1;
      if (length >= MAX_SHORT) break;
    }
    return short(parts.join(' '));
  }

  // The first <label> of an input in tree order, as `el.labels[0]`: reading `labels` makes the browser
  // look through the whole document again after any change, so a collection looks up the
  // labels with a `for` attribute once per tree and the enclosing labels through `closest`.
  function firstLabel(el, labelsFor) {
    let label = null;
    const root = el.getRootNode();
    if (el.id) {
      let byId = labelsFor.get(root);
      if (!byId) {
        byId = new Map();
        for (const l of root.querySelectorAll('label[for]')) if (!byId.has(l.htmlFor)) byId.set(l.htmlFor, l);
        labelsFor.set(root, byId);
      }
      const l = byId.get(el.id);
      if (l && l.control === el) label = l;
    }
    for (let l = el.parentElement?.closest('label'); l; l = l.parentElement?.closest('label')) {
      if (l.control !== el) continue;
      if (!label || l.compareDocumentPosition(label) & Node.DOCUMENT_POSITION_FOLLOWING) label = l;
    }
    return label;
  }

  function inputLabel(el, labelsFor) {
    const parts = [];
    const label = firstLabel(el, labelsFor);
    if (label) parts.push(label.textContent);
    const labelledBy = el.getAttribute('aria-labelledby');
    if (labelledBy) {
      const root = el.getRootNode();
      for (const id of labelledBy.split(/\s+/).slice(0, 3)) parts.push(root.getElementById?.(id)?.textContent);
    }
    parts.push(el.getAttribute('aria-label'), el.getAttribute('placeholder'));
    return short(parts.filter(Boolean).join(' '));
  }

  // Typing into it shows dots: `-webkit-text-security` other than none, or a font made of discs.
  function isMasked(el) {
    try {
      const cs = getComputedStyle(el);
      const security = cs.getPropertyValue('-webkit-text-security');
      if (security && security !== 'none') return true;
      return /text-?security|password|dotsfont|disc/i.test(cs.fontFamily);
    } catch {
      return false;
    }
  }

  // What an editable element says it takes: its own hints, else the label or text just before it.
  function editableLabel(el, labelsFor) {
    const parts = [inputLabel(el, labelsFor)];
    for (const name of el.getAttributeNames()) {
      if (/^data-.*(ph|placeholder|label|hint)/i.test(name)) parts.push(el.getAttribute(name));
    }
    const before = el.previousElementSibling;
    if (before && !before.isContentEditable) parts.push(short(before.textContent, 60));
    return short(parts.filter(Boolean).join(' '));
  }

  // Credential inputs always make the list; other inputs fill what room is left.
  function inputItems(state, formIndex, buttonTexts) {
    const described = [];
    const labelsFor = new Map(); // tree -> id -> first label with that `for`
    let credentials = 0;
    for (const el of state.inputEls) {
      if (!(el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement)) continue; // an <input> in another namespace (SVG) takes no typing
      const type = cg.inputType(el);
      if (type === 'hidden') continue;
      if (BUTTON_INPUT_TYPES.has(type)) {
        const text = short(el.value || el.getAttribute('alt') || el.getAttribute('aria-label') || '', 100);
        // A disabled button cannot be pressed (a drawn consent screen in an article): not an answer.
        if (text && !el.disabled && visible(el)) push(buttonTexts, text, MAX_ITEMS, state);
        continue;
      }
      if (TEXTLIKE_TYPES.has(type) && el instanceof HTMLInputElement && (el.readOnly || type === 'url') && el.value.indexOf('.') !== -1) {
        const m = URL_LIKE.exec(el.value);
        if (m && state.urlCandidates.length < MAX_URL_CANDIDATES) state.urlCandidates.push([el, m[0]]);
      }
      const masked = type === 'password' || (state.deep && (TEXTLIKE_TYPES.has(type) || type === 'textarea') && isMasked(el));
      const passwordLabel = state.deep && TEXTLIKE_TYPES.has(type) ? inputLabel(el, labelsFor) : '';
      const kind = cg.inputKind(el, type, { masked, label: passwordLabel });
      if (kind !== 'other') credentials++;
      described.push({ el, type, kind, masked, editable: false });
    }
    for (const el of state.editableEls) {
      const label = editableLabel(el, labelsFor);
      const masked = isMasked(el);
      const kind = cg.inputKind(el, 'contenteditable', { masked, label });
      if (kind !== 'other') credentials++;
      described.push({ el, type: 'contenteditable', kind, masked, editable: true });
    }
    let room = MAX_ITEMS - Math.min(credentials, MAX_ITEMS);
    const inputs = [];
    for (const { el, type, kind, masked, editable } of described) {
      if (kind === 'other' && room <= 0) { state.truncated = true; continue; }
      if (inputs.length >= MAX_ITEMS) { state.truncated = true; break; }
      if (!visible(el)) continue;
      if (kind === 'other') room--;
      else if (editable || !(/** @type {HTMLInputElement} */ (el).readOnly || /** @type {HTMLInputElement} */ (el).disabled)) state.askEls.push(el);
      const owner = editable ? el.closest('form') : el.form;
      const form = owner ? formIndex.get(owner) : undefined;
      inputs.push({
        kind,
        type: short(type, 40),
        name: short(el.getAttribute('name') || ''),
        id: short(el.id || ''),
        autocomplete: short(el.getAttribute('autocomplete') || '').toLowerCase(),
        label: editable ? editableLabel(el, labelsFor) : inputLabel(el, labelsFor),
        form: form === undefined ? null : form,
        inShadow: el.getRootNode() instanceof ShadowRoot,
        masked,
        editable,
        // a box that shows a value (a vault's item, a read-only copy) does not ask for one
        readOnly: !editable && Boolean(/** @type {HTMLInputElement} */ (el).readOnly || /** @type {HTMLInputElement} */ (el).disabled),
      });
    }
    return inputs;
  }

  /**
   * What a control that shows no text says: its `aria-label` or `title`, else the label of the icon
   * it draws (an image's `alt`, an SVG's `aria-label` or `<title>`): the choice a person sees.
   */
  function iconLabel(el) {
    const own = el.getAttribute('aria-label') || el.getAttribute('title') || /** @type {HTMLInputElement} */ (el).value;
    if (own) return short(own, 100);
    const icon = el.querySelector('img[alt],[role=img][aria-label],svg[aria-label],svg title');
    return short(icon?.getAttribute('alt') || icon?.getAttribute('aria-label') || icon?.textContent || '', 100);
  }

  const CARD_CONTROLS = 'button,[role=button],a[href],input[type=submit],input[type=button]';
  const CARD_DEPTH = 12; // boxes climbed from a heading to its card
  const CARD_SOURCE = 20 * MAX_CARD; // characters of source text past which a box is no card
  const CARD_MAX_CONTROLS = 40; // buttons and links past which a box is a page's part, not a step's card

  /**
   * Whether the card of a heading or logo is read: on a page read closely, and on a large one only
   * where a sign-in card can stand: within the first CLOSE_SCREENS screens, or in a box around what
   * asks (`askBoxes`). A long article's section headings further down head no card (reading each
   * one's box cost more than the rest of the headings together).
   */
  function cardWanted(el, state) {
    if (!state.deep) return false;
    if (!state.large) return true;
    const top = (state.boxes.get(el) ?? el.getBoundingClientRect()).top + scrollY;
    return top < CLOSE_SCREENS * Math.max(innerHeight, 600) || state.askBoxes.some((box) => box.contains(el));
  }

  /**
   * A heading's or a logo's card: the smallest box around `el` that holds a shown control of its own
   * (a button, a link). What its controls say (their text, or an icon's label), one a line, when the
   * box's text as rendered is short (MAX_CARD); else, or with no such box, null. A step's card stays
   * short however much a page says around it.
   */
  function cardText(el, state) {
    for (let a = el.parentElement, depth = 0; a && depth < CARD_DEPTH; a = a.parentElement, depth++) {
      const box = cardBox(a, state);
      // a box this large, and every box around it, is no card: stop before reading its controls
      if (!box) return null;
      const controls = box.controls
        .filter((c) => !c.contains(el) && !el.contains(c) && !(/** @type {HTMLButtonElement} */ (c).disabled === true) && visible(c));
      if (controls.length === 0) continue;
      box.rendered ??= (/** @type {HTMLElement} */ (a).innerText ?? '').length;
      if (box.rendered > MAX_CARD) return null;
      return controls.map((c) => short(c.textContent, 100) || iconLabel(c)).filter(Boolean).join('\n').slice(0, MAX_CARD);
    }
    return null;
  }

  /**
   * What `cardText` reads of one box, once a collection: headings and logos of one section climb the
   * same boxes. Null for a box too large to be a card (its source text or its controls).
   * @returns {{ controls: Element[], rendered?: number } | null}
   */
  function cardBox(a, state) {
    if (state.cardBoxes.has(a)) return state.cardBoxes.get(a);
    let box = null;
    if ((a.textContent?.length ?? 0) <= CARD_SOURCE) {
      const all = a.querySelectorAll(CARD_CONTROLS);
      if (all.length <= CARD_MAX_CONTROLS) box = { controls: [...all] };
    }
    state.cardBoxes.set(a, box);
    return box;
  }

  function buttonItems(state, buttonTexts) {
    for (const el of new Set(state.buttonEls)) {
      if (buttonTexts.length >= MAX_ITEMS) { state.truncated = true; break; }
      const text = short(el.textContent, 100) || iconLabel(el);
      // A disabled button cannot be pressed (a drawn consent screen in an article): not an answer.
      if (text && !(/** @type {HTMLButtonElement} */ (el).disabled === true) && visible(el)) buttonTexts.push(text);
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
      if (/\b(stylesheet|icon|preload|modulepreload)\b/i.test(el.rel)) addHost(el.href);
    }
    for (const el of state.logoEls) {
      if (el.localName === 'img') addHost(el.currentSrc || el.src);
    }
    // Resources the page loaded and no longer shows (scripts that removed their own element, CSS images).
    for (const entry of /** @type {PerformanceResourceTiming[]} */ (performance.getEntriesByType('resource')).slice(0, 500)) {
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

  /** @type {ShadowRoot[]} */
  let lastRoots = [];

  // Runs one reader; odd markup (a throwing getter, a foreign-namespace element, a node removed
  // meanwhile) makes it skip, named in `skipped`, and the rest of the snapshot is still read.
  function safe(name, state, fallback, fn) {
    try {
      return fn();
    } catch {
      if (!state.skipped.includes(name)) state.skipped.push(name);
      return fallback;
    }
  }

  const EDITABLE = '[contenteditable]:not([contenteditable=false]),[role=textbox]:not(input):not(textarea)';

  // The editable elements of a tree in document order, from one [contenteditable] query (a single
  // attribute is the browser's fast path; the EDITABLE list walks the page once per part, slowly)
  // and the [role] elements gatherElements has read.
  function editables(root, state) {
    const found = [];
    for (const el of root.querySelectorAll('[contenteditable]')) if (el.matches(EDITABLE)) found.push(el);
    for (const el of state.textboxEls.get(root) ?? []) if (el.matches(EDITABLE)) found.push(el);
    if (found.length > 1) found.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    return found;
  }

  // What the page asks with, for observe.js to watch for size and visibility changes: forms,
  // credential inputs and editable fields of the last snapshot.
  /** @type {Element[]} */
  let lastAsks = [];

  /** Whether the page asks for something: credential inputs, editable fields or forms. */
  function asks(state) {
    return state.credentialEls.length > 0 || state.editableEls.length > 0 || state.formEls.length > 0;
  }

  // The cheap first pass decides: a page that asks for something (inputs, editable fields) or names
  // a provider (title, headings, the first texts) gets the close reading.
  function wantsDeep(state) {
    if (asks(state)) return true;
    if (BRAND_RE.test(document.title)) return true;
    for (const el of state.headingEls) if (BRAND_RE.test(el.textContent ?? '')) return true;
    const text = state.textParts.join(' ');
    return BRAND_RE.test(text) || DEVICE_WORDS.test(text) || frameMayAsk(state);
  }

  /**
   * A page that asks nothing itself but holds a shown frame of its own origin, which may ask for
   * what the page's words claim (a logo and "Use your Google Account" in a drawer, the fields alone
   * in the frame below them; the tab is judged as a whole): read closely when its whole text, past
   * the first text budget, names a provider. One native read and one match, on such pages only.
   * @param {ReturnType<typeof newState>} state
   */
  function frameMayAsk(state) {
    if (state.textLength < MAX_TEXT) return false; // the first reading saw the whole text
    const own = /** @type {Element[]} */ (state.frameEls).some((el) => {
      const src = el.getAttribute('src') ?? '';
      return (!src || src.startsWith('about:') || hostOf(absolute(src)) === location.hostname) && visible(el);
    });
    return own && namesAny(document.body?.textContent ?? '');
  }

  function collect() {
    const started = performance.now();
    const state = newState();
    state.large = Boolean(document.getElementsByTagName('*')[SYNC_ELEMENTS]); // (a live list: counts no further)
    safe('shadowRoots', state, null, () => gatherShadowRoots(state));
    safe('elements', state, null, () => gatherElements(document, state));
    /** @type {Set<ShadowRoot>} */
    const rootsRead = new Set(); // the roots whose elements were read (their text is read next)
    for (const root of state.roots) {
      safe('shadowRoots', state, null, () => {
        gatherElements(root, state);
        rootsRead.add(root);
      });
    }
    lastRoots = state.roots;
    safe('inputs', state, null, () => {
      for (const el of /** @type {Element[]} */ (state.inputEls)) {
        if (el instanceof HTMLInputElement && el.type !== 'hidden' && state.credentialEls.length < MAX_ITEMS) state.credentialEls.push(el);
      }
      for (const root of [document, ...state.roots]) {
        for (const el of editables(root, state)) {
          if (state.editableEls.length >= MAX_EDITABLE) { state.truncated = true; break; }
          // the outermost editable element of a nested editing host
          if (el instanceof HTMLElement && !el.parentElement?.closest(EDITABLE)) state.editableEls.push(el);
        }
      }
    });
    // A page that asks gets the close reading (wantsDeep): its page text is not put together twice.
    const textWanted = !asks(state);
    urlHead = null;
    safe('text', state, null, () => {
      const seen = gatherText(document.body ?? document.documentElement, state, SYNC_TEXT_NODES, textWanted);
      if (seen) urlHead = { ...seen, found: state.urlFound.slice() };
    });
    safe('urls', state, null, () => gatherUrlTexts(state));
    for (const root of state.roots) {
      if (rootsRead.has(root)) safe('shadowRoots', state, null, () => gatherText(root, state, Infinity, textWanted));
    }

    lastAsks = [...state.formEls, ...state.credentialEls.filter((el) => el.type === 'password' || el.type === 'email' ||
      el.hasAttribute('autocomplete')), ...state.editableEls];
    state.deep = safe('deep', state, true, () => wantsDeep(state));
    lastDeep = state.deep;
    if (state.deep) {
      safe('visibleText', state, null, () => {
        markNearForms(state);
        readVisibleText(document.body ?? document.documentElement, state);
        for (const root of state.roots) readVisibleText(root, state);
        readAskCards(state);
        readLayersOverAsks(state);
      });
    }

    const formIndex = new Map();
    const forms = safe('forms', state, [], () => formItems(state, formIndex));
    const buttonTexts = [];
    const inputs = safe('inputs', state, [], () => inputItems(state, formIndex, buttonTexts));
    const keyReader = cg.keyCaptureFields; // keys.js: fields that take keys without an input element
    if (keyReader && !inputs.some((i) => i.kind !== 'other')) {
      for (const field of safe('keys', state, [], () => keyReader(state.drawnBoxes))) {
        if (inputs.length >= MAX_ITEMS) break;
        const form = field.form ? formIndex.get(field.form) : undefined;
        inputs.push({ ...field, form: form === undefined ? null : form });
      }
    }
    const { resourceHosts, scriptsWithoutIntegrity } = safe('resources', state, { resourceHosts: [], scriptsWithoutIntegrity: [] }, () => resourceItems(state));
    // Drawn words that name a provider or a device page are part of the page's text, first.
    state.drawn = safe('drawn', state, [], drawnWords);
    const closeText = state.deep && !state.skipped.includes('visibleText');
    const text = closeText ? deepText(state.drawn, state.keyLines, state.visibleLines)
      : deepText(state.drawn, [], [], pageText(textWanted ? state.textParts : textParts(state.roots)));
    const imageReader = cg.collectImages; // images.js, when loaded: thumbnails of logo candidates
    const buttons = safe('buttons', state, [], () => buttonItems(state, buttonTexts));
    // Images that may be a logo or a QR code, only where the page asks for sign-in details or an
    // approval, tells the person to scan, or is a short page naming a provider (images.js).
    const imagesWanted = Boolean(imageReader && cg.wantsImages?.(inputs, buttons, text));
    /** @type {Array<{ text: string, source: 'logo', controlText: null }>} */
    const imageTexts = []; // words drawn as SVG images (images.js)
    const snapshot = {
      url: location.href.slice(0, MAX_URL),
      topFrame: isTop,
      ancestorOrigins: safe('ancestorOrigins', state, [], () => Array.from(location.ancestorOrigins ?? []).slice(0, 20)),
      title: short(document.title),
      brand: safe('brand', state, [], () => brandItems(state)),
      forms,
      inputs,
      buttons,
      frames: safe('frames', state, [], () => frameItems(state)),
      resourceHosts,
      scriptsWithoutIntegrity,
      positionedUrls: safe('positionedUrls', state, [], () => positionedUrls(state)),
      images: imageReader && imagesWanted
        ? safe('images', state, [], () => imageReader(controlText, imageTexts, state.askEls, { tagLists: state.tagLists, plainBlocks: state.plainBlocks, boxes: state.boxes }))
        : [],
      text,
      truncated: false,
      skipped: state.skipped,
      collectMs: 0,
    };
    for (const item of imageTexts) if (!snapshot.brand.some((b) => b.text === item.text)) snapshot.brand.push(item);
    snapshot.truncated = state.truncated;
    const fitted = fitBudget(snapshot);
    snapshot.collectMs = Math.round((performance.now() - started) * 1000) / 1000;
    lastRead = {
      snapshot, state, fitted, closeText,
      imagesWanted,
      // keys.js reads fields that take keys only on a page without a credential input; whether such
      // a page has anything for it to read is looked up when a re-collection asks (recollect.js)
      keysQuiet: inputs.some((i) => i.kind !== 'other') || null,
    };
    state.shownCache = new Map(); // kept only for the one collection
    state.cardBoxes = new Map();
    return snapshot;
  }

  /** @type {LastRead | null} */
  let lastRead = null;

  /**
   * The close reading of one region of the last snapshot's page (recollect.js re-reads a changed
   * region in place): its visible lines, the element each starts at, and whatever in it the region
   * cannot account for alone (lines naming a provider, drawn boxes, a budget reached). Read with the
   * last snapshot's context (whether the page asks, whether CSS may generate text).
   * @param {Element} root
   * @returns {RegionRead}
   */
  function readRegion(root) {
    const state = newState();
    const last = lastRead?.state;
    state.deep = true;
    if (last) {
      state.credentialEls = last.credentialEls;
      state.pseudoContent = last.pseudoContent;
      state.roots = last.roots;
    }
    if (shown(root, state)) readVisibleText(root, state);
    return {
      lines: state.visibleLines, lineEls: state.lineEls, keyLines: state.keyLines,
      cut: state.textCut !== '' || state.truncated, drawnBoxes: state.drawnBoxes.length,
    };
  }

  /**
   * The page text of a close reading: drawn words that name a provider or a device page first, then
   * the lines past the budget that do, then the visible lines (or `read`, the cheap pass's text).
   * @param {string[]} drawn @param {string[]} keyLines @param {string[]} lines @param {string} [read]
   */
  function deepText(drawn, keyLines, lines, read) {
    const drawnLines = drawn.filter((w) => BRAND_RE.test(w) || DEVICE_WORDS.test(w));
    const pageTextRead = read ?? cg.joinRendered([...keyLines, ...lines].join('\n').split(/(\n)/), MAX_TEXT);
    return drawnLines.length ? `${drawnLines.join('\n')}\n${pageTextRead}`.slice(0, MAX_TEXT) : pageTextRead;
  }

  // Cuts a snapshot to SNAPSHOT_BUDGET bytes of JSON: lists halved and strings shortened until it
  // fits, marked truncated. Credential inputs come first in `inputs` and stay longest.
  function fitBudget(snapshot) {
    const size = () => JSON.stringify(snapshot).length;
    let bytes = size(); // measured once more after each cut only
    const fits = bytes <= SNAPSHOT_BUDGET;
    for (let round = 0; round < 12 && bytes > SNAPSHOT_BUDGET; round++) {
      snapshot.truncated = true;
      const keep = Math.max(1, Math.floor(MAX_ITEMS / 2 ** (round + 1)));
      const strings = Math.max(20, Math.floor(MAX_SHORT / 2 ** round));
      for (const [key, value] of Object.entries(snapshot)) {
        if (!Array.isArray(value)) continue;
        if (key === 'inputs') value.sort((a, b) => (a.kind === 'other' ? 1 : 0) - (b.kind === 'other' ? 1 : 0));
        value.length = Math.min(value.length, keep);
        for (const item of value) {
          if (item && typeof item === 'object') {
            for (const [k, v] of Object.entries(item)) if (typeof v === 'string') item[k] = v.slice(0, strings);
          }
        }
        for (let i = 0; i < value.length; i++) if (typeof value[i] === 'string') value[i] = value[i].slice(0, strings);
      }
      snapshot.text = snapshot.text.slice(0, Math.max(200, MAX_TEXT >> round));
      snapshot.title = snapshot.title.slice(0, strings);
      if (round > 4) snapshot.url = snapshot.url.slice(0, 4096);
      bytes = size();
    }
    return !fits;
  }

  cg.collect = collect;
  cg.readRegion = readRegion;
  cg.drawnWords = drawnWords;
  cg.lastRead = () => lastRead;
  cg.deepText = deepText;
  cg.namesProvider = (text) => BRAND_RE.test(text) || DEVICE_WORDS.test(text);
  cg.overBudget = (snapshot) => JSON.stringify(snapshot).length > SNAPSHOT_BUDGET;
  cg.lineBlocks = BLOCKS;
  cg.notText = NOT_TEXT;
  cg.scanPage = scanPage;
  cg.noteMutations = noteMutations;
  cg.shadowRoots = () => lastRoots;
  cg.asking = () => lastAsks;
})();

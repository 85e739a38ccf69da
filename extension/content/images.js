// @ts-check
// Consent Guard content script: images that may be a provider's logo, as small RGBA thumbnails for the
// engine (snapshot.images; src/logo.rs recognises them). Only asked for on pages with a sign-in input;
// bounded in count. Same-origin, data:, blob:, inline SVG and untainted canvases are drawn here; other
// origins' images are drawn by the worker (worker/pixels.js), which may fetch them. Drawing is
// asynchronous: each finished thumbnail asks for a new snapshot, which then carries it. A CSS mask
// (`mask-image`, `-webkit-mask-image`) is read like a background: its image is the shape the page
// paints. Words drawn as an SVG image (an `<img>` or a CSS background whose source is SVG with
// `<text>`) are what the person reads: the `<text>` of a `data:` SVG, or of a `.svg` URL the page
// may read (same origin or CORS), comes back as a `logo` brand item. Words in a PNG stay unread.
(() => {
  'use strict';

  const cg = /** @type {ContentNamespace} */ (globalThis.CONSENT_GUARD_CONTENT);
  // chrome.* is read only where it is used: its first read in a page builds the extension's bindings (ms)
  if (!cg) return;
  const { toWorker } = globalThis.CONSENT_GUARD_PROTOCOL;

  const SIDE = 32; // thumbnail side, pixels
  const WIDE_SIDE = 64; // the long side of an image at least twice as wide as tall (a wordmark's letters)
  const CANVAS_SIDE = 64; // a canvas may hold a logo beside words: the engine looks for it anywhere
  const MAX_IMAGES = 12; // per snapshot
  const MAX_CACHE = 64;
  const MIN_PX = 8; // smaller elements are no logo
  const MAX_PX = 480; // bigger ones are pictures, not logos
  const NEAR_TOP_PX = 900; // logos sit near the top or the form
  const MAX_BACKGROUND_ELEMENTS = 400;
  const MAX_CARD_ELEMENTS = 200; // elements of the credential form's card looked at for a background logo
  const MAX_SVG_CHARS = 100_000; // an SVG source longer than this is not parsed for its words
  const MAX_IMAGE_TEXT = 120; // characters of an image's words kept
  const MAX_IMAGE_TEXTS = 4; // per snapshot

  const CARD_DEPTH = 8; // ancestors of a credential field looked at for the box drawn around its form
  const BAR_DEPTH = 6; // ancestors of a logo looked at for a band across the page
  const BAR_SHARE = 0.9; // a band across the page is at least this share of the viewport wide
  const BAR_MAX_PX = 200; // and at most this tall
  const ALIGNED_PX = 8; // logos whose left or top edges stand this close are lined up
  const LIST_SPAN = 6; // lined-up logos at most this many of their sides apart are one list

  /** @typedef {{ x: number, y: number, width: number, height: number, pageX: number, pageY: number, peers: number, inFormCard: boolean, inBar: boolean, formSide: string, formGap: number | null }} ImagePlace */
  /** @typedef {{ source: string, label: string, controlText: string | null, width: number, height: number, rgba: string, words?: string, place?: ImagePlace | null }} ImageItem */
  /** key → the thumbnail, `null` (not drawable) or `'pending'` */
  /** @type {Map<string, ImageItem | null | 'pending'>} */
  const cache = new Map();

  /** @param {Uint8ClampedArray} bytes */
  function base64(bytes) {
    let s = '';
    for (let i = 0; i < bytes.length; i += 0x2000) s += String.fromCharCode(...bytes.subarray(i, i + 0x2000));
    return btoa(s);
  }

  /**
   * Draw `drawable` (natural size w×h) into a side×side thumbnail, aspect kept; an image at least
   * twice as wide as tall gets WIDE_SIDE for its width (the letters of a wordmark stay apart).
   * @returns {{ width: number, height: number, rgba: string } | null}
   */
  function thumbnail(drawable, w, h, side = w >= 2 * h ? WIDE_SIDE : SIDE) {
    if (!(w > 0 && h > 0)) return null;
    const scale = Math.min(side / w, side / h);
    const width = Math.max(1, Math.round(w * scale));
    const height = Math.max(1, Math.round(h * scale));
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) return null;
    ctx.drawImage(drawable, 0, 0, width, height);
    try {
      return { width, height, rgba: base64(ctx.getImageData(0, 0, width, height).data) };
    } catch {
      return null; // tainted
    }
  }

  const MAX_TILES = 4;

  /** @param {HTMLCanvasElement} canvas */
  function canvasTiles(canvas) {
    const scale = Math.min(1, CANVAS_SIDE / Math.min(canvas.width, canvas.height),
      (CANVAS_SIDE * MAX_TILES) / Math.max(canvas.width, canvas.height));
    const w = Math.round(canvas.width * scale);
    const h = Math.round(canvas.height * scale);
    const tiles = [];
    for (let y = 0; y < h && tiles.length < MAX_TILES; y += CANVAS_SIDE) {
      for (let x = 0; x < w && tiles.length < MAX_TILES; x += CANVAS_SIDE) {
        const tw = Math.min(CANVAS_SIDE, w - x);
        const th = Math.min(CANVAS_SIDE, h - y);
        const c = document.createElement('canvas');
        c.width = tw;
        c.height = th;
        const ctx = c.getContext('2d', { willReadFrequently: true });
        if (!ctx) return tiles;
        ctx.drawImage(canvas, x / scale, y / scale, tw / scale, th / scale, 0, 0, tw, th);
        try {
          tiles.push({ width: tw, height: th, rgba: base64(ctx.getImageData(0, 0, tw, th).data) });
        } catch {
          return tiles; // tainted
        }
      }
    }
    return tiles;
  }

  /** @param {string} url */
  function local(url) {
    if (url.startsWith('data:') || url.startsWith('blob:')) return true;
    try {
      return new URL(url, location.href).origin === location.origin;
    } catch {
      return false;
    }
  }

  /** @param {string} url */
  const labelOf = (url) => url.slice(0, 60);

  function settle(key, item) {
    if (cache.size >= MAX_CACHE) cache.delete(cache.keys().next().value ?? '');
    cache.set(key, item);
    if (item) cg.schedule();
  }

  /** Load `url` (or ask the worker for another origin's) and store its thumbnail under `key`. */
  function draw(key, url, source, controlText) {
    cache.set(key, 'pending');
    const base = { source, label: labelOf(url), controlText };
    if (!local(url)) {
      globalThis.chrome.runtime.sendMessage(toWorker('rasterize', { url: new URL(url, location.href).href }))
        .then((/** @type {any} */ t) => settle(key, t?.rgba ? { ...base, ...t } : null))
        .catch(() => settle(key, null));
      return;
    }
    const img = new Image();
    img.onload = () => {
      const t = thumbnail(img, img.naturalWidth || SIDE, img.naturalHeight || SIDE);
      settle(key, t ? { ...base, ...t } : null);
    };
    img.onerror = () => settle(key, null);
    img.src = url;
  }

  /** key → the words of an SVG image ('' when it has none), `null` (unreadable) or `'pending'` */
  /** @type {Map<string, string | null | 'pending'>} */
  const words = new Map();

  /**
   * The words an SVG document draws: its `<text>` elements' content, joined. Parsed as XML, so
   * nothing in it runs.
   * @param {string} markup @returns {string}
   */
  function svgWords(markup) {
    if (markup.length > MAX_SVG_CHARS || !/<text[\s>]/.test(markup)) return '';
    const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
    if (doc.getElementsByTagName('parsererror').length) return '';
    const parts = [];
    for (const t of doc.getElementsByTagNameNS('http://www.w3.org/2000/svg', 'text')) {
      if (t.closest('defs,mask,clipPath,symbol,[display=none],[visibility=hidden],[opacity="0"]')) continue;
      parts.push(t.textContent ?? '');
    }
    return parts.join(' ').replace(/\s+/g, ' ').trim().slice(0, MAX_IMAGE_TEXT);
  }

  /**
   * The source of a `data:` SVG URL, or null for any other URL.
   * @param {string} url @returns {string | null}
   */
  function dataSvg(url) {
    const m = /^data:image\/svg\+xml([^,]*),/i.exec(url);
    if (!m || url.length - m[0].length > 3 * MAX_SVG_CHARS) return null;
    const body = url.slice(m[0].length);
    try {
      if (!/;base64$/i.test(m[1])) return decodeURIComponent(body);
      return new TextDecoder().decode(Uint8Array.from(atob(body), (c) => c.charCodeAt(0)));
    } catch {
      return null;
    }
  }

  /**
   * The words of the SVG image at `url`: known now for a `data:` URL; fetched (same origin or
   * CORS, no credentials) for an http(s) URL ending in `.svg`, which then asks for a new snapshot.
   * @param {string} url @returns {string}
   */
  function imageWords(url) {
    const known = words.get(url);
    if (known !== undefined) return typeof known === 'string' && known !== 'pending' ? known : '';
    if (words.size >= MAX_CACHE) words.delete(words.keys().next().value ?? '');
    if (url.startsWith('data:')) {
      const markup = dataSvg(url);
      const found = markup === null ? null : svgWords(markup);
      words.set(url, found);
      return found ?? '';
    }
    let path = '';
    try {
      const u = new URL(url, location.href);
      if (u.protocol === 'https:' || u.protocol === 'http:') path = u.pathname;
    } catch { /* not a URL */ }
    if (!/\.svg$/i.test(path)) {
      words.set(url, null);
      return '';
    }
    words.set(url, 'pending');
    fetch(url, { mode: 'cors', credentials: 'omit' })
      .then(async (r) => {
        const type = r.headers.get('content-type') ?? '';
        const length = Number(r.headers.get('content-length') ?? 0);
        if (!r.ok || !/svg/i.test(type) || length > MAX_SVG_CHARS) return null;
        const markup = await r.text();
        return svgWords(markup);
      })
      .catch(() => null)
      .then((found) => {
        words.set(url, found);
        if (found) cg.schedule();
      });
    return '';
  }

  /**
   * The element's shown box when it may be a logo, else null.
   * @param {Element} el @param {Map<Element, DOMRect>} [readBoxes] the boxes the collector read in this task
   * @returns {DOMRect | null}
   */
  function candidateBox(el, readBoxes) {
    const r = readBoxes?.get(el) ?? el.getBoundingClientRect();
    const fits = r.width >= MIN_PX && r.height >= MIN_PX && r.width <= MAX_PX && r.height <= MAX_PX;
    return fits && r.top + window.scrollY < NEAR_TOP_PX ? r : null;
  }

  /** @param {Element} el @returns {Element | null} the parent, or a shadow root's host */
  const up = (el) => el.parentElement ?? /** @type {ShadowRoot} */ (el.getRootNode()).host ?? null;

  /**
   * Whether a person sees a box around `el`: a border, a shadow or a background of its own.
   * @param {Element} el @param {Map<Element, boolean>} seen
   */
  function drawn(el, seen) {
    let d = seen.get(el);
    if (d === undefined) {
      const s = getComputedStyle(el);
      d = s.boxShadow !== 'none' || !/^(rgba\(.*, 0\)|transparent)$/.test(s.backgroundColor) || s.backgroundImage !== 'none' ||
        [s.borderTopWidth, s.borderRightWidth, s.borderBottomWidth, s.borderLeftWidth].some((w) => parseFloat(w) > 0);
      seen.set(el, d);
    }
    return d;
  }

  /**
   * The card of the credential form, as the person sees it: the nearest box drawn around the
   * first credential field (a backdrop as large as the window is no card), else its form, else
   * its parent.
   * @param {Element} field @param {Map<Element, boolean>} seen
   */
  function formCard(field, seen) {
    for (let el = up(field), depth = 0; el && depth < CARD_DEPTH; el = up(el), depth++) {
      if (el === document.body || el === document.documentElement) break;
      if (!drawn(el, seen)) continue;
      const r = el.getBoundingClientRect();
      if (r.width >= BAR_SHARE * innerWidth && r.height >= BAR_SHARE * innerHeight) break;
      return el;
    }
    return field.closest('form') ?? up(field) ?? field;
  }

  /**
   * Where a logo candidate stands, for the engine to tell the identity of a sign-in card from a
   * mention (src/rules/page.rs `heads_sign_in`).
   * @param {Element} el @param {DOMRect} r @param {DOMRect[]} all every candidate's box
   * @param {{ card: Element, box: DOMRect } | null} form @param {Map<Element, boolean>} seen
   * @returns {ImagePlace}
   */
  function placeOf(el, r, all, form, seen) {
    const side = Math.max(r.width, r.height);
    let peers = 0;
    for (const q of all) {
      if (q === r) continue;
      const qSide = Math.max(q.width, q.height);
      if (Math.max(side, qSide) > 1.5 * Math.min(side, qSide)) continue;
      const column = Math.abs(q.left - r.left) <= ALIGNED_PX && Math.abs(q.top - r.top) <= LIST_SPAN * side;
      const row = Math.abs(q.top - r.top) <= ALIGNED_PX && Math.abs(q.left - r.left) <= LIST_SPAN * side;
      if (column || row) peers++;
    }
    let inBar = false;
    let formSide = 'none';
    let formGap = null;
    const inFormCard = Boolean(form?.card.contains(el));
    for (let a = up(el), depth = 0; a && depth < BAR_DEPTH && !inBar; a = up(a), depth++) {
      if (a === document.body || a === document.documentElement || (form && a.contains(form.card))) break;
      if (!drawn(a, seen)) continue;
      const b = a.getBoundingClientRect();
      inBar = b.width >= BAR_SHARE * innerWidth && b.height <= BAR_MAX_PX;
    }
    if (form) {
      const c = form.box;
      const dx = Math.max(0, c.left - r.right, r.left - c.right);
      const dy = Math.max(0, c.top - r.bottom, r.top - c.bottom);
      if (dx === 0 && dy === 0) formSide = 'over';
      else if (dy >= dx) formSide = r.bottom <= c.top ? 'above' : 'below';
      else formSide = r.right <= c.left ? 'left' : 'right';
      formGap = Math.round(Math.hypot(dx, dy));
    }
    const round = (n) => Math.round(n * 10) / 10;
    return {
      x: round(r.left), y: round(r.top), width: round(r.width), height: round(r.height),
      pageX: round(r.left + scrollX), pageY: round(r.top + scrollY),
      peers, inFormCard, inBar, formSide, formGap,
    };
  }

  /**
   * The thumbnails drawn so far for this page's logo candidates, each with where its element is
   * shown; starts drawing the others. The words of SVG images outside links and buttons go to
   * `texts` as `logo` brand items.
   * @param {(el: Element) => string | null} controlText
   * @param {Array<{ text: string, source: 'logo', controlText: null }>} [texts]
   * @param {Element[]} [asks] the credential fields, in document order
   * @param {{ tagLists?: Map<string, HTMLCollectionOf<Element>>, plainBlocks?: Set<Element>, boxes?: Map<Element, DOMRect> }} [read]
   *   what the collector has read: the document's tag lists it looked up, the blocks of a large page it
   *   read plainly (those that start below NEAR_TOP_PX hold no logo near the top), and the boxes it
   *   read in this task (the layout has not changed since: each box is read once)
   * @returns {ImageItem[]}
   */
  function collectImages(controlText, texts = [], asks = [], { tagLists = new Map(), plainBlocks = new Set(), boxes: readBoxes = new Map() } = {}) {
    /** @type {Array<[ImageItem, Element | null, DOMRect | null, string | null]>} */
    const found = [];
    /** @type {DOMRect[]} */
    const boxes = []; // every candidate's box, drawn yet or not
    /** @param {Element} el @param {string} url */
    const read = (el, url) => {
      if (texts.length >= MAX_IMAGE_TEXTS || controlText(el) !== null) return;
      const text = imageWords(url);
      if (text && !texts.some((t) => t.text === text)) texts.push({ text, source: 'logo', controlText: null });
    };
    let started = 0;
    /**
     * @param {string} key @param {() => void} start @param {Element | null} [el] @param {DOMRect | null} [box]
     * @param {string | null} [url] an image whose words (an SVG's) go with its thumbnail, outside links and buttons
     */
    const want = (key, start, el = null, box = null, url = null) => {
      if (box) boxes.push(box);
      const hit = cache.get(key);
      if (hit && hit !== 'pending') found.push([hit, el, box, url]);
      else if (hit === undefined && started < MAX_IMAGES) {
        started++;
        start();
      }
    };
    // by tag (the browser's fast path), the rel read here: an attribute selector walks the page slowly
    for (const link of document.getElementsByTagName('link')) {
      if (!/(?:^|\s)icon(?:\s|$)/i.test(link.getAttribute('rel') ?? '')) continue;
      const href = /** @type {HTMLLinkElement} */ (link).href;
      if (href) want(`icon ${href}`, () => draw(`icon ${href}`, href, 'icon', null));
    }
    // by tag: the collector has looked these up, and the document keeps the lists while it does not change
    const images = /** @type {HTMLCollectionOf<HTMLImageElement>} */ (tagLists.get('img') ?? document.getElementsByTagName('img'));
    // A picture too large to be a logo that the fields asking are placed over: the sign-in drawn
    // as one picture (an SVG of the whole card), its boxes made by clear inputs on top. Its words
    // (an SVG's) are what the person reads around the fields.
    /** @type {DOMRect[] | null} */
    let asksBoxes = null; // read on the first picture too large to be a logo
    /** @param {HTMLImageElement} img */
    const under = (img) => {
      const r = readBoxes.get(img) ?? img.getBoundingClientRect();
      if (r.width <= MAX_PX && r.height <= MAX_PX) return false;
      asksBoxes ??= asks.map((a) => readBoxes.get(a) ?? a.getBoundingClientRect());
      return asksBoxes.some((b) => b.width > 0 && b.left >= r.left && b.right <= r.right && b.top >= r.top && b.bottom <= r.bottom);
    };
    for (const img of images) {
      const src = img.currentSrc || img.src;
      const box = src ? candidateBox(img, readBoxes) : null;
      if (!box) {
        if (src && asks.length && under(img)) read(img, src);
        continue;
      }
      read(img, src);
      const key = `img ${src}`;
      want(key, () => {
        if (img.complete && img.naturalWidth > 0 && local(src)) {
          const t = thumbnail(img, img.naturalWidth, img.naturalHeight);
          settle(key, t ? { source: 'img', label: labelOf(src), controlText: controlText(img), ...t } : null);
        } else {
          draw(key, src, 'img', controlText(img));
        }
      }, img, box, src);
    }
    for (const svg of [...(tagLists.get('svg') ?? document.getElementsByTagName('svg'))]) {
      const box = svg.parentElement?.closest('svg') ? null : candidateBox(svg, readBoxes);
      if (!box) continue;
      // Drawn as an image, the root's own box is gone: its padding, border and margin would offset
      // and crop the picture in some browsers (Firefox), so the copy drawn has none.
      const copy = /** @type {SVGSVGElement} */ (svg.cloneNode(true));
      for (const p of ['padding', 'border', 'margin']) copy.style.removeProperty(p);
      const markup = new XMLSerializer().serializeToString(copy);
      if (markup.length > 100_000) continue;
      const key = `svg ${markup}`;
      const sized = svg.hasAttribute('width') ? markup
        : markup.replace(/^<svg/, `<svg width="${Math.round(box.width)}" height="${Math.round(box.height)}"`);
      const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(sized)}`;
      want(key, () => draw(key, url, 'svg', controlText(svg)), svg, box);
      const item = cache.get(key);
      if (item && item !== 'pending') item.label = svg.id ? `#${svg.id}` : '<svg>';
    }
    // The first elements of the body, from its live list (a static query would list the whole page).
    const inBody = document.body?.getElementsByTagName('*') ?? [];
    /** @type {Set<Element>} */
    const backgroundsRead = new Set();
    // The credential form's card: inside it, a logo painted by an element's ::before or ::after is
    // read too (placed at the element's box). An element with a pointer cursor and words of its own
    // that paints a logo beside them is a button as the person sees it (a scripted "Continue with
    // Google" div): its words are the logo's control text.
    /** @type {Map<Element, boolean>} */
    const seen = new Map();
    const card = asks.length ? formCard(asks[0], seen) : null;
    /** @param {Element} el @param {DOMRect} box */
    const readBackground = (el, box) => {
      backgroundsRead.add(el);
      const own = getComputedStyle(el);
      /** @type {Array<[CSSStyleDeclaration, string | null]>} */
      const styles = [[own, controlText(el)]];
      if (card?.contains(el)) {
        const label = styles[0][1] ?? (own.cursor === 'pointer' ? (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 100) || null : null);
        styles.push([getComputedStyle(el, '::before'), label], [getComputedStyle(el, '::after'), label]);
      }
      for (const [style, control] of styles) {
        // A mask paints the element's colour in its image's shape: read like a background.
        const mask = style.maskImage || style.getPropertyValue('-webkit-mask-image');
        for (const layer of [style.backgroundImage, mask]) {
          const m = layer && layer !== 'none' ? /url\(["']?([^"')]+)["']?\)/.exec(layer) : null;
          if (!m) continue;
          const url = new URL(m[1], location.href).href;
          if (control === null) read(el, url);
          want(`bg ${url}`, () => draw(`bg ${url}`, url, 'background', control), el, box, control === null ? url : null);
        }
      }
    };
    for (let i = 0; i < MAX_BACKGROUND_ELEMENTS && inBody[i]; i++) {
      const el = inBody[i];
      if (plainBlocks.has(el) && (readBoxes.get(el)?.top ?? -Infinity) + window.scrollY >= NEAR_TOP_PX) {
        i += el.getElementsByTagName('*').length; // the block and all inside it
        continue;
      }
      // the box first: most elements of a long page are too far down or too large to be a logo, and
      // then their style is not read
      const box = candidateBox(el, readBoxes);
      if (box) readBackground(el, box);
    }
    // The credential form's card, however far down it is drawn (a sticky bar at the end of a long
    // page): a logo painted as a CSS background beside its fields is read there too.
    // Only a card the first elements and the top of the page do not cover (most sign-ins are there).
    const lastSeen = inBody[Math.min(MAX_BACKGROUND_ELEMENTS, inBody.length) - 1];
    const beyond = card && (card.getBoundingClientRect().bottom + window.scrollY > NEAR_TOP_PX ||
      (lastSeen && !lastSeen.contains(card) && (lastSeen.compareDocumentPosition(card) & Node.DOCUMENT_POSITION_FOLLOWING)));
    const inCard = (beyond && card?.getElementsByTagName('*')) || [];
    for (let i = 0; i < MAX_CARD_ELEMENTS && inCard[i]; i++) {
      const el = inCard[i];
      if (backgroundsRead.has(el)) continue;
      const r = el.getBoundingClientRect();
      if (r.width >= MIN_PX && r.height >= MIN_PX && r.width <= MAX_PX && r.height <= MAX_PX) readBackground(el, r);
    }
    for (const canvas of document.querySelectorAll('canvas')) {
      const box = candidateBox(canvas, readBoxes);
      if (!box || canvas.width === 0 || canvas.height === 0) continue;
      // A canvas changes without a new key: it is drawn again on every snapshot, as up to
      // MAX_TILES tiles of CANVAS_SIDE px at a scale that keeps a logo beside words big enough.
      const label = canvas.id ? `#${canvas.id}` : '<canvas>';
      // A canvas twice as wide as tall is also read whole, as a wordmark is (its letters in one image).
      const whole = canvas.width >= 2 * canvas.height ? thumbnail(canvas, canvas.width, canvas.height) : null;
      for (const t of whole ? [whole, ...canvasTiles(canvas)] : canvasTiles(canvas)) {
        found.push([{ source: 'canvas', label, controlText: controlText(canvas), ...t }, canvas, box, null]);
      }
    }
    // Where each shown one stands from the credential form's card: the first field that asks. An
    // image outside links and buttons that draws words (an SVG's) carries them, for the engine to
    // place the provider they name where the image is drawn.
    const kept = found.slice(0, MAX_IMAGES).map(([item, el, box, url]) => {
      const w = url && el && controlText(el) === null ? words.get(url) : null;
      return /** @type {[ImageItem, Element | null, DOMRect | null]} */ ([w && w !== 'pending' ? { ...item, words: w } : item, el, box]);
    });
    if (!kept.some(([, el]) => el)) return kept.map(([item]) => item);
    const form = card ? { card, box: card.getBoundingClientRect() } : null;
    return kept.map(([item, el, box]) => (el && box ? { ...item, place: placeOf(el, box, boxes, form, seen) } : item));
  }

  // An approval page asks for an answer, not for a password: its buttons say so.
  const ANSWER = /^(allow|accept|authori[sz]e|approve|grant|consent|continue as)\b/i;

  // A page that tells the person to scan something (a QR code sign-in): its images may be the code.
  const SCAN = /\bscan/i;

  // A page that names a device sign-in address (`…/devicelogin`, `…/login/device`, `…/device`): a
  // device-code lure asks for nothing, and its logo may be all that says whose page it plays.
  const DEVICE_PAGE = /[a-z0-9]\.[a-z]{2,}\/(?:[\w-]+\/)?device(?:login)?\b/i;

  // A short page (a step of a sign-in says one thing: "Verify it's you", "Approve sign in request")
  // that names a provider asks for nothing, and its logo may be all that says whose step it plays.
  const SHORT_PAGE_TEXT = 1500;

  /**
   * Whether a page is worth drawing logos for: it asks for sign-in details, has an approval's
   * buttons, tells the person to scan (the engine looks for a QR code among the images), names a
   * device sign-in address, or is a short page that names a provider.
   * @param {Array<{ kind: string }>} inputs @param {string[]} buttons @param {string} [text]
   */
  function wantsImages(inputs, buttons, text = '') {
    return inputs.some((i) => i.kind !== 'other') || buttons.some((b) => ANSWER.test(b.trim())) || SCAN.test(text)
      || DEVICE_PAGE.test(text) || (text.length <= SHORT_PAGE_TEXT && Boolean(cg.namesProvider?.(text)));
  }

  cg.collectImages = collectImages;
  cg.wantsImages = wantsImages;
})();

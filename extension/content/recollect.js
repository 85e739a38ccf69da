// @ts-check
// Consent Guard content script: re-collection from the mutation records. After the first snapshot, a
// change the page makes is looked at through its records: a change that cannot move the verdict is
// dropped at the cost of looking; a change of text or of what shows in a region away from everything
// the last snapshot read as an item (forms, inputs, headings, banners, logos, buttons, frames, their
// labels and controls, text naming a provider) re-reads only that region and splices its lines into
// the last snapshot's text; anything else, or anything this file is unsure of, asks for the whole
// collect (collect.js). Used by observe.js.
(() => {
  'use strict';

  const cg = /** @type {ContentNamespace} */ (globalThis.CONSENT_GUARD_CONTENT);
  // chrome.* is read only where it is used: its first read in a page builds the extension's bindings (ms)
  if (!cg) return;

  const MAX_RECORDS = 400; // records looked at per observer batch; a batch with more: the whole collect
  const MAX_REGIONS = 24; // regions re-read per re-collection; more: the whole collect
  const MAX_REGION_ELEMENTS = 2000; // elements one region may hold
  const WIDEN = 4; // block ancestors a region widens to before its lines are known to end in it
  const ANCESTORS = 40; // ancestors looked at from a change up to the body
  // Elements whose arrival, departure or change is read by the whole collect: items, what labels or
  // hosts them, what draws or takes keys, and what styles the page.
  const ITEM_SELECTOR = 'form,input,select,textarea,button,iframe,frame,object,embed,img,svg,picture,canvas,' +
    'video,h1,h2,h3,header,script,style,link,label,slot,[role],[contenteditable],[tabindex]';
  // Attributes that change what shows; the others observe.js watches change it only on items.
  const SHOWS = new Set(['class', 'style', 'hidden', 'open']);
  const TITLED = 3; // titled boxes around a logo (collect.js titledIcon)
  // The top of the page, where collect.js reads banner text (200 px), with room for what moves: a
  // change there is read by the whole collect (collect.js TOP_PX, where it notes `topEls`).
  const TOP_PX = 320;

  /**
   * What re-collection cost and did since the collector started, in the page's own time: read by the
   * end-to-end tests and the benchmark through the content script's world (pages cannot see it).
   */
  const stats = {
    batches: 0, records: 0, noteMs: 0, // observer batches looked at, their records, the time that took
    fromRecords: 0, takeMs: 0, regionsRead: 0, // snapshots brought up to date from records, and their cost
    whole: 0, collectMs: 0, // whole collects, and their cost
    baseMs: 0, // taking note, after each whole collect, of what a change must not touch
    lastWhy: '', // why the last whole collect was needed
  };

  /**
   * What the last snapshot read, as recollect.js keeps it: the elements a change must not touch
   * (`guard`: items and what their text comes from), the small lists a region must not hold, and the
   * text's lines with the element each starts at.
   * @typedef {{ read: LastRead, guard: Set<Element>, inside: Element[], lines: string[], lineEls: Element[],
   *   items: Element[][], textNodes: Node[] }} Base
   */
  /** @type {Base | null} */
  let base = null;

  /** Pending changes since the last snapshot: regions to re-read, or a whole collect. */
  let regions = /** @type {Set<Element>} */ (new Set());
  // Elements already looked at since the last re-collection, and their region: a clock that ticks
  // in the same element costs a look-up per record.
  let known = /** @type {WeakMap<Element, Element>} */ (new WeakMap());
  let whole = true; // nothing was collected yet
  let whyWhole = 'first';

  function wantWhole(reason) {
    if (!whole) whyWhole = reason;
    whole = true;
  }

  // The last snapshot's guard, built once per whole collect.
  /** @param {LastRead} read @returns {Base} */
  function baseOf(read) {
    if (base?.read === read) return base;
    const started = performance.now();
    const s = read.state;
    const guard = new Set();
    const add = (el) => { if (el) guard.add(el); };
    const items = [s.headingEls, s.bannerEls, s.logoEls, s.formEls, s.inputEls, s.buttonEls, s.frameEls,
      s.editableEls, s.askEls, s.drawnBoxes];
    for (const list of items) for (const el of list) add(el);
    // around forms and headings CSS generated text is read, where the page's style sheets may draw any
    if (s.pseudoContent !== false) for (const el of s.nearForms) add(el);
    const inside = [];
    const textNodes = [];
    // The first texts' elements in order; the banner reading (collect.js brandItems) placed the first
    // `bannerLooked` of them, and noted those at the top. The others count as at the top.
    const order = new Map();
    for (const node of s.bannerTexts) {
      const el = node.parentElement;
      if (!el) continue;
      if (!order.has(el)) order.set(el, order.size);
      if (order.get(el) < s.bannerLooked && !s.topEls.has(el)) continue; // further down than a banner is read
      add(el);
      inside.push(el);
      textNodes.push(node);
    }
    for (const { el } of [...s.textBrands, ...s.controlBrands]) { add(el); if (el) inside.push(el); }
    for (const [el] of s.urlCandidates) { add(el); inside.push(el); }
    for (const el of [...s.headingEls, ...s.logoEls]) {
      add(el.closest('a,button,[role=button],[role=link]'));
      for (let a = el.parentElement, depth = 0; a && depth < TITLED; a = a.parentElement, depth++) {
        if (a.hasAttribute('title') || a.hasAttribute('aria-label')) add(a);
      }
    }
    /** @type {Map<string, Element[]>} */
    const labelsFor = new Map(); // id -> the labels that name it (one query, not one per field)
    const named = [...s.inputEls, ...s.editableEls].some((el) => el.id);
    if (named) for (const l of document.getElementsByTagName('label')) { // the tag index: no attribute query
      const id = l.htmlFor;
      if (id) labelsFor.set(id, [...(labelsFor.get(id) ?? []), l]);
    }
    for (const el of [...s.inputEls, ...s.editableEls]) {
      add(el.closest('label'));
      const root = el.getRootNode();
      for (const id of (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).slice(0, 3)) {
        if (id) add(/** @type {Document} */ (root).getElementById?.(id));
      }
      if (el.id) for (const l of labelsFor.get(el.id) ?? []) add(l);
      add(el.previousElementSibling);
    }
    base = {
      read, guard, inside, lines: [...s.visibleLines], lineEls: [...s.lineEls],
      items: items.map((list) => [...list]), textNodes,
    };
    stats.baseMs += performance.now() - started;
    return base;
  }

  // Whether the last snapshot can be brought up to date from regions at all.
  function mergeable(read) {
    const s = read.state;
    if (!read.closeText || read.fitted || s.textCut === 'count' || s.roots.length) return false;
    if (s.generatedAll) return false;
    // An element keys.js reads added since is an item added, which goes to the whole collect.
    read.keysQuiet ??= !document.querySelector('[tabindex],canvas');
    return read.keysQuiet;
  }

  /** @param {Element} el */
  function insideGuard(el, guard) {
    const body = document.body;
    for (let a = /** @type {Element | null} */ (el), depth = 0; a && a !== body; a = a.parentElement, depth++) {
      if (guard.has(a) || depth > ANCESTORS || cg.notText.has(a.localName)) return true;
    }
    return false;
  }

  /** Whether an added or removed subtree holds anything the whole collect reads as an item. */
  function holdsItems(node, guard) {
    if (node.nodeType !== Node.ELEMENT_NODE) return false;
    const el = /** @type {Element} */ (node);
    if (guard.has(el) || el.localName.includes('-') || el.shadowRoot || el.matches(ITEM_SELECTOR)) return true;
    if (el.querySelector(ITEM_SELECTOR)) return true;
    const all = el.getElementsByTagName('*');
    if (all[MAX_REGION_ELEMENTS]) return true;
    for (let i = 0; i < all.length; i++) if (all[i].localName.includes('-') || all[i].shadowRoot) return true;
    return false;
  }

  const whitespace = (node) => node.nodeType === Node.COMMENT_NODE ||
    (node.nodeType === Node.TEXT_NODE && !/** @type {Text} */ (node).data.trim()) ||
    (node.nodeType === Node.ELEMENT_NODE && cg.notText.has(/** @type {Element} */ (node).localName));

  // Whether the text after `el` up to the next block starts a line of its own: the close reading
  // joins text that follows a block, up to the next one, to the block's last line.
  function endsClean(el) {
    const body = document.body;
    for (let n = /** @type {Node | null} */ (el); n && n !== body; n = n.parentNode) {
      let s = n.nextSibling;
      while (s && whitespace(s)) s = s.nextSibling;
      if (!s) continue;
      if (s.nodeType !== Node.ELEMENT_NODE) return false;
      const next = /** @type {Element} */ (s);
      return (cg.lineBlocks.has(next.localName) || next.localName === 'br') &&
        (typeof next.checkVisibility !== 'function' || next.checkVisibility());
    }
    return true;
  }

  // The block around a change whose lines start and end in it, or null (the whole collect).
  /** @param {Element} el */
  function regionAround(el) {
    const body = document.body;
    let block = /** @type {Element | null} */ (el);
    while (block && block !== body && !cg.lineBlocks.has(block.localName)) block = block.parentElement;
    for (let widen = 0; block && block !== body && widen <= WIDEN; widen++) {
      if (endsClean(block)) return block;
      block = block.parentElement;
      while (block && block !== body && !cg.lineBlocks.has(block.localName)) block = block.parentElement;
    }
    return null;
  }

  // A region to re-read, or a whole collect asked for.
  /** @param {Element} el */
  function addRegion(el, guard, reason) {
    if (whole) return;
    const region = known.get(el);
    if (region && region.isConnected && el.isConnected) return;
    addNewRegion(el, guard, reason);
  }

  /** @param {Element} el @param {Set<Element>} guard @param {string} reason */
  function addNewRegion(el, guard, reason) {
    if (!el.isConnected || el.getRootNode() !== document || !document.body?.contains(el) || el === document.body) {
      return wantWhole(`${reason} outside the body`);
    }
    if (insideGuard(el, guard)) return wantWhole(`${reason} in an item`);
    const region = regionAround(el);
    if (!region) return wantWhole(`${reason} where lines do not end`);
    if (regions.has(region)) return;
    if (regions.size >= MAX_REGIONS) return wantWhole('too many regions');
    if (region.getElementsByTagName('*')[MAX_REGION_ELEMENTS]) return wantWhole('a large region');
    if (region.querySelector(ITEM_SELECTOR)) return wantWhole(`${reason} around an item`);
    regions.add(region);
    known.set(el, region);
  }

  /**
   * Looks at a batch of mutation records: true when something in them may move the verdict (a
   * re-collection is due). At most MAX_RECORDS are looked at; a larger batch asks for the whole collect.
   * @param {MutationRecord[]} records
   */
  function note(records) {
    const started = performance.now();
    try {
      return noteBatch(records);
    } finally {
      stats.batches++;
      stats.records += records.length;
      stats.noteMs += performance.now() - started;
    }
  }

  /** @param {MutationRecord[]} records */
  function noteBatch(records) {
    const read = cg.lastRead();
    if (!read || !mergeable(read)) {
      wantWhole(read ? 'not mergeable' : 'first');
      return true;
    }
    if (whole) return true;
    // While the parser still adds the page, its records are the page itself: the whole collect
    // (throttled) reads it, and looking at each batch would only force style work on a growing page.
    if (document.readyState !== 'complete') {
      wantWhole('the page still loading');
      return true;
    }
    if (records.length > MAX_RECORDS) {
      wantWhole('a flood of records');
      return true;
    }
    const { guard } = baseOf(read);
    const before = regions.size;
    /** @type {Map<Node, boolean>} */
    const seen = new Map(); // targets already looked at in this batch (a ticking clock, many times)
    for (const record of records) {
      if (whole) return true;
      const target = record.target;
      if (record.type === 'characterData') {
        if (seen.has(target)) continue;
        seen.set(target, true);
        const el = target.parentElement;
        if (!el) {
          if (target.isConnected) wantWhole('text outside any element');
          continue; // else a text node not in the page
        }
        addRegion(el, guard, 'text');
        continue;
      }
      if (record.type === 'attributes') {
        const el = /** @type {Element} */ (target);
        if (!el.isConnected) continue;
        if (guard.has(el) || el.matches(ITEM_SELECTOR) || el.localName.includes('-')) { wantWhole('an item changed'); continue; }
        if (!SHOWS.has(record.attributeName ?? '')) {
          if (insideGuard(el, guard)) wantWhole('an attribute in an item');
          continue; // an attribute that does not change what shows, away from any item
        }
        if (seen.has(el)) continue;
        seen.set(el, true);
        // CSS may show or hide the element's later siblings by it (`.on ~ form`): its parent is re-read.
        // (A rule with :has() can reach further; the forms and fields that ask are watched for a
        // change of size or view as well, observe.js.)
        const parent = el.parentElement;
        if (parent) addRegion(parent, guard, 'an attribute');
        else wantWhole('an attribute of the root');
        continue;
      }
      // childList
      const parent = /** @type {Element} */ (target);
      if (!parent.isConnected) continue; // inside a removed subtree
      if (parent.nodeType !== Node.ELEMENT_NODE) {
        wantWhole('a change of the document or a shadow root');
        return true;
      }
      for (const node of record.addedNodes) {
        if (holdsItems(node, guard)) { wantWhole('an item added'); break; }
      }
      for (const node of record.removedNodes) {
        if (holdsItems(node, guard)) { wantWhole('an item removed'); break; }
      }
      if (whole) return true;
      if (parent === document.body) {
        // A block added or removed at the top: its lines are its own when the next node starts a line.
        for (const node of record.addedNodes) {
          if (whitespace(node)) continue;
          if (node.nodeType !== Node.ELEMENT_NODE || !cg.lineBlocks.has(/** @type {Element} */ (node).localName)) { wantWhole('inline content at the top'); break; }
          if (!endsClean(node)) { wantWhole('a block at the top whose lines do not end'); break; }
          if (node.isConnected && !regions.has(/** @type {Element} */ (node))) {
            if (regions.size >= MAX_REGIONS) { wantWhole('too many regions'); break; }
            regions.add(/** @type {Element} */ (node));
          }
        }
        for (const node of record.removedNodes) {
          if (whitespace(node)) continue;
          const next = record.nextSibling;
          if (node.nodeType !== Node.ELEMENT_NODE || (next && !whitespace(next) &&
              !(next.nodeType === Node.ELEMENT_NODE && cg.lineBlocks.has(/** @type {Element} */ (next).localName)))) {
            wantWhole('a removal at the top');
            break;
          }
        }
        continue;
      }
      if (seen.has(parent)) continue;
      seen.set(parent, true);
      addRegion(parent, guard, 'a child');
    }
    return whole || regions.size > before;
  }

  /**
   * A CSS-only change of what shows (an animation or transition ended, content-visibility switched)
   * at `target`: re-read its region, or the whole page when it is or holds an item.
   * @param {EventTarget | null} target
   */
  function noteShown(target) {
    const read = cg.lastRead();
    if (!read || !mergeable(read) || whole) {
      wantWhole('a reveal');
      return;
    }
    const { guard } = baseOf(read);
    if (!(target instanceof Element) || guard.has(target) || target.matches(ITEM_SELECTOR)) {
      wantWhole('a reveal of an item');
      return;
    }
    addRegion(target, guard, 'a reveal');
  }

  // Whether an element of the region paints a CSS image (a background or mask, which images.js reads
  // as a logo candidate on a page that asks); a region with more elements than are looked at counts as yes.
  const PAINT_ELEMENTS = 200;
  /** @param {Element} region */
  function paintsImage(region) {
    const all = region.getElementsByTagName('*');
    if (all[PAINT_ELEMENTS]) return true;
    for (const el of [region, ...all]) {
      const cs = getComputedStyle(el);
      if (cs.backgroundImage !== 'none' || (cs.maskImage || cs.getPropertyValue('-webkit-mask-image') || 'none') !== 'none') return true;
    }
    return false;
  }

  /** Document position order of two elements. @param {Element} a @param {Element} b */
  const precedes = (a, b) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

  /**
   * Brings the last snapshot up to date from the pending regions: a new snapshot, or null when only
   * the whole collect can (the caller runs it). Clears what was pending either way.
   * @returns {{ snapshot: Snapshot | null, why: string }}
   */
  function take() {
    const started = performance.now();
    const taken = takeRegions(started);
    if (taken.snapshot) {
      stats.fromRecords++;
      stats.takeMs += performance.now() - started;
    } else {
      stats.lastWhy = taken.why;
    }
    return taken;
  }

  /** @param {number} started @returns {{ snapshot: Snapshot | null, why: string }} */
  function takeRegions(started) {
    const pending = [...regions];
    const wasWhole = whole;
    const why = whyWhole;
    regions = new Set();
    known = new WeakMap();
    whole = false;
    whyWhole = '';
    const read = cg.lastRead();
    if (wasWhole || !read) return { snapshot: null, why };
    if (!mergeable(read)) return { snapshot: null, why: 'not mergeable' };
    const b = baseOf(read);
    const s = read.state;
    // (the title lives in the head: a change to it came as a record outside the body)
    if (read.snapshot.url !== location.href.slice(0, globalThis.CONSENT_GUARD_CONTRACT.limits.maxUrl)) {
      return { snapshot: null, why: 'the address changed' };
    }
    // Every item still in the page, every text the banner came from still there.
    for (const list of b.items) for (const el of list) if (!el.isConnected) return { snapshot: null, why: 'an item left' };
    for (const node of b.textNodes) if (!node.isConnected) return { snapshot: null, why: 'a banner text left' };
    const drawn = cg.drawnWords();
    if (drawn.length !== s.drawn.length || drawn.some((w, i) => w !== s.drawn[i])) return { snapshot: null, why: 'drawn words changed' };

    // Lines of removed blocks go; regions held in another region are read with it.
    let lines = [];
    let lineEls = [];
    for (let i = 0; i < b.lineEls.length; i++) {
      if (b.lineEls[i].isConnected) {
        lines.push(b.lines[i]);
        lineEls.push(b.lineEls[i]);
      } else if (cg.namesProvider(b.lines[i])) {
        return { snapshot: null, why: 'a line naming a provider left' };
      }
    }
    const outer = pending.filter((r) => r.isConnected && !pending.some((o) => o !== r && o.contains(r)));
    outer.sort((x, y) => (precedes(x, y) ? -1 : 1));
    for (const region of outer) {
      for (const el of b.inside) if (region.contains(el)) return { snapshot: null, why: 'a region holds an item' };
      if (region.getBoundingClientRect().top + scrollY < TOP_PX) return { snapshot: null, why: 'a change at the top of the page' };
      // a first text of the page in the region, now drawn at the top (shown, or placed there)
      for (const node of s.bannerTexts) {
        const el = node.parentElement;
        if (el && region.contains(el) && el.getBoundingClientRect().top + scrollY < TOP_PX && el.getClientRects().length) {
          return { snapshot: null, why: 'a first text now at the top of the page' };
        }
      }
      if (read.imagesWanted && paintsImage(region)) return { snapshot: null, why: 'a region that paints an image' };
      let from = 0;
      while (from < lineEls.length && precedes(lineEls[from], region) && !region.contains(lineEls[from])) from++;
      let to = from;
      while (to < lineEls.length && (lineEls[to] === region || region.contains(lineEls[to]))) to++;
      for (let i = from; i < to; i++) if (cg.namesProvider(lines[i])) return { snapshot: null, why: 'a line naming a provider changed' };
      if (from === lineEls.length && s.textCut) {
        // past the text the last snapshot read: only a provider or device-code line would count
        if (s.keyLines.length) return { snapshot: null, why: 'a change past the budget, where lines name a provider' };
      }
      const fresh = cg.readRegion(region);
      stats.regionsRead++;
      if (fresh.cut || fresh.drawnBoxes || fresh.keyLines.length) return { snapshot: null, why: 'a region the reading could not finish' };
      if (fresh.lines.some((line) => cg.namesProvider(line))) return { snapshot: null, why: 'a line naming a provider' };
      if (from === lineEls.length && s.textCut) continue;
      lines.splice(from, to - from, ...fresh.lines);
      lineEls.splice(from, to - from, ...fresh.lineEls);
    }
    // The text budget as the close reading keeps it: lines while less than MAX_TEXT is read.
    const maxText = globalThis.CONSENT_GUARD_CONTRACT.limits.maxText;
    let length = 0;
    let kept = 0;
    while (kept < lines.length && length < maxText) length += lines[kept++].length + 1;
    const cut = kept < lines.length;
    const wasCut = s.textCut === 'length';
    // Reading stopped at the budget before: text that then fell past it would now come in. Not before:
    // lines now past it would be looked through for provider names, and the snapshot marked truncated.
    if ((wasCut && length < maxText) || (!wasCut && cut)) return { snapshot: null, why: 'the text budget is reached or left' };
    for (let i = kept; i < lines.length; i++) if (cg.namesProvider(lines[i])) return { snapshot: null, why: 'a line naming a provider past the budget' };
    lines = lines.slice(0, kept);
    lineEls = lineEls.slice(0, kept);

    const text = cg.deepText(s.drawn, s.keyLines, lines);
    const prev = read.snapshot;
    const wants = Boolean(cg.collectImages && cg.wantsImages?.(prev.inputs, prev.buttons, text));
    if (wants !== read.imagesWanted) return { snapshot: null, why: 'the text changes whether logos are read' };
    /** @type {Snapshot} */
    const snapshot = { ...prev, text, collectMs: 0 };
    if (cg.overBudget(snapshot)) return { snapshot: null, why: 'over the byte budget' };
    snapshot.collectMs = Math.round((performance.now() - started) * 1000) / 1000;
    b.lines = lines;
    b.lineEls = lineEls;
    read.snapshot = snapshot;
    return { snapshot, why: '' };
  }

  /** Forgets what is pending: the whole collect about to run covers it. */
  function reset() {
    regions = new Set();
    known = new WeakMap();
    whole = false;
    whyWhole = '';
  }

  /** @param {number} ms a whole collect that just ran */
  function countWhole(ms) {
    stats.whole++;
    stats.collectMs += ms;
  }

  cg.recollect = { note, noteShown, take, reset, wantWhole, countWhole, stats };
})();

// Types of the namespace the content script's files share (globalThis.CONSENT_GUARD_CONTENT).
export {};

declare global {
  /** What inputKind reads of an input (an HTMLInputElement in the page; a plain object in unit tests). */
  interface InputLike {
    localName: string;
    id: string;
    maxLength?: number;
    inputMode?: string;
    getAttribute(name: string): string | null;
  }

  /** What collect.js keeps of its last whole collection, for re-collection from records (recollect.js). */
  interface LastRead {
    snapshot: Snapshot;
    /** The collection's working state (the elements it read, the lines and the element each starts at). */
    state: Record<string, any>;
    /** Whether the snapshot was cut to fit the byte budget. */
    fitted: boolean;
    /** Whether the text is the close reading's (lines), not the cheap pass's. */
    closeText: boolean;
    /** Whether the page gets logo thumbnails (images.js). */
    imagesWanted: boolean;
    /** Whether keys.js can have read nothing (a credential input, or no focusable element or canvas);
     * null until a re-collection looks for such elements. */
    keysQuiet: boolean | null;
  }

  /** The close reading of one region (collect.js readRegion). */
  interface RegionRead {
    lines: string[];
    lineEls: Element[];
    keyLines: string[];
    /** A budget was reached: the region's lines are not all there. */
    cut: boolean;
    /** Boxes drawn as a password field found in it. */
    drawnBoxes: number;
  }

  /** Re-collection from mutation records (recollect.js). */
  interface Recollect {
    /** Looks at a batch of records; true when a re-collection is due. */
    note(records: MutationRecord[]): boolean;
    /** A CSS-only change of what shows at the target (animationend, transitionend, content-visibility). */
    noteShown(target: EventTarget | null): void;
    /** The last snapshot brought up to date from what was noted, or null (the whole collect is due). */
    take(): { snapshot: Snapshot | null; why: string };
    /** Forgets what was noted (the whole collect about to run covers it). */
    reset(): void;
    /** The next re-collection reads the whole page. */
    wantWhole(reason: string): void;
    /** Counts a whole collect (its collectMs) in `stats`. */
    countWhole(ms: number): void;
    /** What re-collection did and cost so far (for tests and the benchmark, read in the content script's world). */
    stats: { batches: number; records: number; noteMs: number; fromRecords: number; takeMs: number;
      regionsRead: number; whole: number; collectMs: number; baseMs: number; lastWhy: string };
  }

  interface ContentNamespace {
    /** False once the extension is gone (reloaded or removed): nothing runs any more. */
    alive: boolean;
    /** Set once main.js found the collector loaded incompletely and asked for it again. */
    reloaded?: boolean;
    /** While main.js takes the first snapshot: `report` keeps its message in `first` instead of sending it. */
    holdFirst?: boolean;
    first?: unknown;
    /** The first snapshot's message, once (the injected file's last expression: the injection's result). */
    takeFirst?(): unknown;
    inputType(el: InputLike): string;
    inputKind(el: InputLike, type: string, seen?: { masked?: boolean; label?: string }): 'password' | 'oneTimeCode' | 'identifier' | 'other';
    joinRendered(pieces: string[], max?: number): string;
    generatedText(content: string, el?: { getAttribute(name: string): string | null }): string;
    passwordWord(text: string): boolean;
    collect(): Snapshot;
    scanPage(): void;
    /** The close reading of one region, in the last collection's context (recollect.js). */
    readRegion(root: Element): RegionRead;
    /** What the last whole collection read, or null before the first. */
    lastRead(): LastRead | null;
    /** The page text from drawn words, lines past the budget and the visible lines (or a cheap pass's text). */
    deepText(drawn: string[], keyLines: string[], lines: string[], read?: string): string;
    /** Words drawn into canvases (drawn.js), as the last collection asks for them. */
    drawnWords(): string[];
    /** Whether text names a provider or a device-code sign-in. */
    namesProvider(text: string): boolean;
    /** Whether a snapshot is larger than the collector sends uncut. */
    overBudget(snapshot: Snapshot): boolean;
    /** Elements that start a line of their own in the close reading. */
    lineBlocks: Set<string>;
    /** Elements whose text is not shown (script, style, template…). */
    notText: Set<string>;
    recollect?: Recollect;
    /** Remembers what mutation records added or changed, for the next idle scan. */
    noteMutations(records: MutationRecord[]): void;
    /**
     * Thumbnails of images that may be a logo (images.js); absent when that file is not loaded.
     * The words of SVG images outside links and buttons are pushed to `texts` as brand items. Each
     * shown one carries its `place`, measured from the card of the first of `asks` (the credential fields).
     * `read`: the document's tag lists the collector looked up, the blocks of a large page it read
     * plainly, and the boxes it read in the same task (each read once).
     */
    collectImages?: (controlText: (el: Element) => string | null,
      texts?: Array<{ text: string; source: 'logo'; controlText: null }>, asks?: Element[],
      read?: { tagLists?: Map<string, HTMLCollectionOf<Element>>; plainBlocks?: Set<Element>; boxes?: Map<Element, DOMRect> }) => Snapshot['images'];
    /** Focusable elements that take keys in place of an input (keys.js), as inputs whose `form` is the element's <form>. */
    keyCaptureFields?: (drawnBoxes?: Element[]) => Array<Record<string, any>>;
    /** Whether the page asks for what a logo would make an imitation of (images.js). */
    wantsImages?: (inputs: Array<{ kind: string }>, buttons: string[], text?: string) => boolean;
    shadowRoots(): ShadowRoot[];
    /** Forms, credential inputs and editable fields of the last snapshot (observe.js watches their size and view). */
    asking(): Element[];
    report(force: boolean): void;
    resend(): void;
    schedule(): void;
    observe(): void;
  }

  var CONSENT_GUARD_CONTENT: ContentNamespace | undefined;
  /** Set by the first stage (content/probe.js) once it runs in a document. */
  var CONSENT_GUARD_PROBE: {
    /** The worker's pull: this document's answer, or null. */
    pull(again: boolean): unknown;
    /** How many closed shadow roots the page's world says the page attached (content/drawn.js). */
    closedRoots(): number;
    /** Elements hit where a person looks that take room while nothing of their own is drawn. */
    undrawnHosts(): Element[];
  } | undefined;
}

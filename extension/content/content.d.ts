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

  interface ContentNamespace {
    /** False once the extension is gone (reloaded or removed): nothing runs any more. */
    alive: boolean;
    /** Set once main.js found the collector loaded incompletely and asked for it again. */
    reloaded?: boolean;
    inputType(el: InputLike): string;
    inputKind(el: InputLike, type: string, seen?: { masked?: boolean; label?: string }): 'password' | 'oneTimeCode' | 'identifier' | 'other';
    joinRendered(pieces: string[], max?: number): string;
    generatedText(content: string, el?: { getAttribute(name: string): string | null }): string;
    passwordWord(text: string): boolean;
    collect(): Snapshot;
    scanPage(): void;
    /** Remembers what mutation records added or changed, for the next idle scan. */
    noteMutations(records: MutationRecord[]): void;
    /**
     * Thumbnails of images that may be a logo (images.js); absent when that file is not loaded.
     * The words of SVG images outside links and buttons are pushed to `texts` as brand items. Each
     * shown one carries its `place`, measured from the card of the first of `asks` (the credential fields).
     * `read`: the document's tag lists the collector looked up, and the blocks of a large page it read plainly.
     */
    collectImages?: (controlText: (el: Element) => string | null,
      texts?: Array<{ text: string; source: 'logo'; controlText: null }>, asks?: Element[],
      read?: { tagLists?: Map<string, HTMLCollectionOf<Element>>; plainBlocks?: Set<Element> }) => Snapshot['images'];
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
  var CONSENT_GUARD_PROBE: boolean | undefined;
}

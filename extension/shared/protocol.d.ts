// Types of extension/shared/protocol.js: every message between the extension's parts, with its
// payload, and the stored records. A message whose type is not listed here, or whose payload does not
// match, does not compile (`tsc --noEmit`, see jsconfig.json).
import type * as C from './contract';
export {};

declare global {
  /** Who sent a message, as the worker's dispatcher and the content script tell it from `sender`. */
  type SenderKind = 'contentScript' | 'extensionPage' | 'worker';

  /** The page snapshot of src/snapshot.rs (checked field by field by the engine). */
  interface Snapshot {
    url: string;
    topFrame: boolean;
    ancestorOrigins: string[];
    title: string;
    brand: { text: string; source: string; controlText: string | null; card?: string | null }[];
    forms: { action: string; method: string; text: string }[];
    inputs: {
      kind: string; type: string; name: string; id: string; autocomplete: string; label: string;
      form: number | null; inShadow: boolean; masked: boolean; editable: boolean; readOnly: boolean;
    }[];
    buttons: string[];
    frames: { src: string; visible: boolean; width: number; height: number; opacity: number }[];
    resourceHosts: string[];
    scriptsWithoutIntegrity: string[];
    positionedUrls: { text: string; withForm: boolean }[];
    images: {
      source: string; label: string; controlText: string | null; width: number; height: number; rgba: string;
      /** The words the image draws (an SVG's `<text>`), outside links and buttons. */
      words?: string;
      /** Where the element is shown (CSS px) and where it stands from the credential form's card. */
      place?: {
        x: number; y: number; width: number; height: number; pageX: number; pageY: number;
        peers: number; inFormCard: boolean; inBar: boolean; formSide: string; formGap: number | null;
      } | null;
    }[];
    text: string;
    truncated: boolean;
    /** Readers that failed on odd markup and were skipped. */
    skipped: string[];
    collectMs: number;
  }

  /** A finding of the engine: rule id, severity, locale parameters, evidence (contract.d.ts). */
  type Finding = C.Finding;

  /** A verdict of the engine (src/verdict.rs); its shape is the engine's, read defensively here. */
  interface Verdict {
    level: string;
    provider?: string | null;
    providerName?: string | null;
    page?: string;
    host?: string;
    summary?: C.Summary;
    findings?: Finding[];
    request?: any;
    error?: C.VerdictError | null;
  }

  /** One tab's record in storage.session (`tabKey(tabId)`). */
  interface TabRecord {
    url: string;
    verdict: Verdict | null;
    frames: Record<string, Verdict>;
    updated: number;
    documentId: string | null;
    /** Report event kinds already queued for this document (each is reported once). */
    reported?: string[];
    /** The warning page the tab was sent to for this document, if any. */
    warned?: string;
    certError?: { host: string; error: string };
    /** The engine could not run for the tab (no verdict can be trusted): shown as "could not verify". */
    error?: C.VerdictError | null;
    /** The engine could not run for one of the tab's frames. */
    frameError?: C.VerdictError;
  }

  /** Messages to the worker: type → payload. */
  interface ToWorker {
    /** Content script → worker: the frame's snapshot, or null with the reason it could not be taken. */
    snapshot: { snapshot: Snapshot | null; error?: string; recollected?: 'whole' | 'records' };
    /** Content script (first stage) → worker: load the full collector into this document. */
    collect: Record<string, never>;
    /** Extension page (popup) → worker: the stored record of a tab. */
    getTabVerdict: { tabId: number };
    /** Extension page (popup) → worker: run the Microsoft Entra sign-in. */
    signIn: { provider: 'entra'; level?: 'read' | 'revoke' } | { provider: 'azure-devops' };
    /** Warning page → worker: the verdict behind the one-time token in the page's address. */
    getWarning: { token: string };
    /** Warning page → worker: the person continues to the page (its origin allowed in that tab). */
    continueAnyway: { token: string; reason?: string };
    /** Warning page → worker: the person says the page is safe (reported as false_positive_report). */
    reportFalsePositive: { token: string; reason?: string };
    /** Extension page (authorizations panel) → worker: an app's access was revoked (grant_revoked). */
    reportGrantRevoked: { provider: string; clientId: string; appName?: string };
    /** Content script → worker: draw another origin's image as a small RGBA thumbnail. */
    rasterize: { url: string };
  }

  /** What a warning page shows (the worker's answer to getWarning). */
  interface WarningView {
    url: string;
    verdict: Verdict;
    canContinue: boolean;
    support: string | null;
    /** The organisation receives reports: the page offers "This page is safe — tell my security team". */
    canReport: boolean;
  }

  /** What the worker answers: type → reply (types not listed get no answer). */
  interface WorkerReplies {
    getTabVerdict: TabRecord | null;
    signIn: { ok: true } | { ok: false; error: string; kind?: 'needsAdminApproval' };
    getWarning: WarningView | null;
    continueAnyway: { ok: boolean };
    reportFalsePositive: { ok: boolean };
    rasterize: { width: number; height: number; rgba: string } | null;
  }

  type MessageOf<Map, K extends keyof Map> = { type: K } & Map[K];
  type WorkerMessage = { [K in keyof ToWorker]: MessageOf<ToWorker, K> }[keyof ToWorker];

  /** How a payload field is checked when a message arrives. */
  interface FieldSpec {
    type: 'any' | 'object' | 'string' | 'tabId';
    optional?: boolean;
    oneOf?: readonly string[];
  }

  interface MessageSpec {
    readonly from: SenderKind;
    readonly to: 'worker';
    readonly replies: boolean;
    readonly fields: Readonly<Record<string, FieldSpec>>;
  }

  /** The sender fields the checks read (a subset of chrome.runtime.MessageSender). */
  interface SenderLike {
    id?: string;
    url?: string;
    /** The document's origin (Chrome): an about:blank or srcdoc frame's is its creator's. */
    origin?: string;
    frameId?: number;
    tab?: { id?: number; url?: string };
  }

  /** This extension as the checks need it: its id and the origin of its pages. */
  interface SelfLike {
    id: string;
    pagesOrigin: string;
  }

  type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

  interface ConsentGuardProtocol {
    readonly MESSAGES: Readonly<{ [K in keyof ToWorker]: MessageSpec }>;
    /** What the worker pulls with `executeScript` instead of a message: from which stage, which types. */
    readonly PULLED: Readonly<{ [K in 'probe' | 'collector']: { readonly types: readonly (keyof ToWorker)[]; readonly orNull: boolean } }>;
    readonly STORAGE: Readonly<{
      session: Readonly<{ certErrors: 'certErrors'; warningPrefix: 'warning:'; allowedPrefix: 'allowed:'; entraToken: 'auth:entra'; azureDevOpsPat: 'auth:azureDevOpsPat'; azureDevOpsToken: 'auth:azureDevOps' }>;
      local: Readonly<{ options: 'options'; managedPolicy: 'managedPolicy'; reportOutbox: 'reportOutbox' }>;
    }>;
    tabKey(tabId: number): string;
    tabIdOfKey(key: string): number | null;
    toWorker<K extends keyof ToWorker>(type: K, payload: ToWorker[K]): MessageOf<ToWorker, K>;
    senderKind(sender: SenderLike | undefined, self: SelfLike): Checked<SenderKind>;
    pageUrl(sender: SenderLike | undefined): string;
    checkMessage(message: unknown, to: 'worker'): Checked<WorkerMessage>;
    /** A pulled value checked as the message it stands for (null where the stage may have nothing new). */
    checkPulled(value: unknown, from: 'probe' | 'collector'): Checked<WorkerMessage | null>;
    mergePolicy(options: unknown, managed: unknown): Record<string, unknown>;
  }

  var CONSENT_GUARD_PROTOCOL: ConsentGuardProtocol;
}

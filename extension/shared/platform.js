// @ts-check
// Browser differences in one place: the extension API namespace, how a certificate problem shows
// up (Chrome: a failed request with net::ERR_CERT_*; Firefox: the same kind of error, plus
// webRequest.getSecurityInfo on a page the person reached through a certificate exception),
// this extension's identity for the protocol's sender checks, and the typed send to the worker.
import './protocol.js';

/**
 * `browser` in Firefox, `chrome` in Chrome and Edge; both return promises in MV3.
 * @type {typeof chrome}
 */
export const ext = /** @type {any} */ (globalThis).browser?.runtime?.id ? /** @type {any} */ (globalThis).browser : globalThis.chrome;

const CERT_ERROR = /^(net::ERR_CERT_|net::ERR_SSL_PINNED_KEY|SEC_ERROR_|SSL_ERROR_BAD_CERT|MOZILLA_PKIX_ERROR_)/;

/**
 * The error string when it names a certificate problem, else null.
 * @param {unknown} error
 * @returns {string | null}
 */
export function certificateError(error) {
  return typeof error === 'string' && CERT_ERROR.test(error) ? error : null;
}

const FRAME_TYPES = ['main_frame', 'sub_frame'];

/** @typedef {{ tabId: number, url: string, type: string, error: string }} CertificateProblem */

/**
 * Calls `report({tabId, url, type, error})` for every request that failed on a certificate
 * problem and, where the browser offers it (Firefox), for every page loaded over a certificate
 * the browser does not trust. Must be called synchronously when the worker starts.
 * @param {(problem: CertificateProblem) => void} report
 */
export function onCertificateProblem(report) {
  ext.webRequest.onErrorOccurred.addListener((details) => {
    const error = certificateError(details.error);
    if (error) report({ tabId: details.tabId, url: details.url, type: details.type, error });
  }, { urls: ['<all_urls>'] });

  /** @type {any} Firefox's webRequest, which has getSecurityInfo */
  const webRequest = ext.webRequest;
  if (typeof webRequest.getSecurityInfo !== 'function') return;
  try {
    // Firefox only; getSecurityInfo answers only inside a blocking onHeadersReceived listener.
    webRequest.onHeadersReceived.addListener((/** @type {any} */ details) => {
      return webRequest.getSecurityInfo(details.requestId, {}).then((/** @type {any} */ info) => {
        const error = untrustedCertificate(info);
        if (error) report({ tabId: details.tabId, url: details.url, type: details.type, error });
        return {};
      }, () => ({}));
    }, { urls: ['https://*/*'], types: FRAME_TYPES }, ['blocking']);
  } catch (err) {
    console.warn('Consent Guard: certificate details are not available in this browser:', String(err));
  }
}

/** @param {any} info Firefox's SecurityInfo @returns {string | null} */
function untrustedCertificate(info) {
  if (!info || info.state === 'insecure') return null;
  if (info.isUntrusted) return 'SEC_ERROR_UNTRUSTED_CERT (certificate exception)';
  if (info.isDomainMismatch) return 'SSL_ERROR_BAD_CERT_DOMAIN (certificate exception)';
  if (info.isNotValidAtThisTime) return 'SEC_ERROR_EXPIRED_CERTIFICATE (certificate exception)';
  return null;
}

/** This extension as the protocol's sender checks need it. @returns {SelfLike} */
export function thisExtension() {
  return { id: ext.runtime.id, pagesOrigin: ext.runtime.getURL('') };
}

/**
 * Sends a message to the worker; the type and payload must be one of protocol.d.ts's `ToWorker`.
 * @template {keyof ToWorker} K
 * @param {K} type
 * @param {ToWorker[K]} payload
 * @returns {Promise<K extends keyof WorkerReplies ? WorkerReplies[K] : void>}
 */
export function sendToWorker(type, payload) {
  return ext.runtime.sendMessage(globalThis.CONSENT_GUARD_PROTOCOL.toWorker(type, payload));
}

/**
 * True when that document (`sender.documentId`) is still in the tab and the content script runs there.
 * Chromium addresses an injection to one document; Firefox has no document ids, and its senders carry
 * none, so it is never asked. The answer comes from a function run in the content scripts' world (no
 * message: a listener for messages would use the bindings on every page).
 * @param {number} tabId @param {string} documentId @returns {Promise<boolean>}
 */
export async function documentAnswers(tabId, documentId) {
  try {
    const [first] = await ext.scripting.executeScript({
      target: { tabId, documentIds: [documentId] },
      func: () => Boolean(/** @type {any} */ (globalThis).CONSENT_GUARD_PROBE || /** @type {any} */ (globalThis).CONSENT_GUARD_CONTENT),
    });
    return first?.result === true;
  } catch {
    return false;
  }
}

/**
 * Where an injection goes: one document by its id where the browser names documents (Chromium), so
 * never into the next document of the frame; else (Firefox) the frame.
 * @param {number} tabId @param {number} frameId @param {string | undefined} documentId
 * @returns {chrome.scripting.InjectionTarget}
 */
export function injectionTarget(tabId, frameId, documentId) {
  return documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [frameId] };
}

/**
 * Runs `func` in the content scripts' world of the target's frames (`chrome.scripting.executeScript`,
 * world ISOLATED, the default in Chromium and Firefox; a promise it returns is awaited) and gives each
 * frame's result, as `{ frameId, documentId, result }` (Firefox gives no documentId). Throws when the
 * browser refuses (a frame the extension may not read, a frame gone).
 * @template {unknown[]} A
 * @param {chrome.scripting.InjectionTarget} target @param {(...args: A) => unknown} func @param {A} args
 * @returns {Promise<{ frameId: number, documentId?: string, result: unknown }[]>}
 */
export async function runInPage(target, func, args) {
  const results = await ext.scripting.executeScript({ target, func, args });
  return (results ?? []).map((r) => ({
    frameId: r.frameId, documentId: /** @type {any} */ (r).documentId, result: r.result,
  }));
}

/**
 * A PNG data: URL of what the window shows of its active tab, or null when the browser refuses
 * (the tab is not shown, a page the extension may not read). Chromium needs the `<all_urls>` host
 * permission; Firefox's `browser.tabs.captureVisibleTab` takes the same arguments.
 * @param {number} windowId @returns {Promise<string | null>}
 */
export async function captureTab(windowId) {
  try {
    return await ext.tabs.captureVisibleTab(windowId, { format: 'png' });
  } catch {
    return null;
  }
}

/**
 * Badge text, colours and title for one tab; resolves false when the tab is gone. The text comes
 * last, so a badge that shows a verdict's text already has that verdict's colour and title.
 * @param {number} tabId
 * @param {{ text: string, color: string, title: string }} state
 * @returns {Promise<boolean>}
 */
export function setActionState(tabId, state) {
  // One tab's states are applied one after another, whole, in the order they were asked for: a
  // badge cleared at a navigation's start never mixes its colour with a verdict's text.
  const next = (actionStates.get(tabId) ?? Promise.resolve(true)).then(() => applyActionState(tabId, state));
  actionStates.set(tabId, next);
  next.then(() => { if (actionStates.get(tabId) === next) actionStates.delete(tabId); });
  return next;
}

/** @type {Map<number, Promise<boolean>>} the last state asked for, per tab, until it is applied */
const actionStates = new Map();

/**
 * The badge's text is what a person sees first, so it is the state's edge: a state with a text gets
 * it after its colour and title, and a state without one (a badge cleared) takes the old text away
 * before the title changes. So a badge's text never shows beside another state's title.
 * @param {number} tabId @param {{ text: string, color: string, title: string }} state
 */
async function applyActionState(tabId, { text, color, title }) {
  try {
    if (!text) await ext.action.setBadgeText({ tabId, text });
    await Promise.all([
      ext.action.setBadgeBackgroundColor({ tabId, color }),
      ext.action.setBadgeTextColor?.({ tabId, color: '#ffffff' }),
      ext.action.setTitle({ tabId, title }),
    ]);
    if (text) await ext.action.setBadgeText({ tabId, text });
    return true;
  } catch {
    return false;
  }
}

/** Managed storage, or {} where the browser has none configured. @returns {Promise<Record<string, unknown>>} */
export async function readManaged() {
  try {
    return (await ext.storage.managed?.get()) ?? {};
  } catch {
    return {};
  }
}

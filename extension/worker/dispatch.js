// @ts-check
// The worker's one message dispatcher: a message is handled only when its type is listed in
// shared/protocol.js, its payload matches that listing, and it comes from the sender the listing
// names (the content script in a web page, or one of the extension's own pages). Anything else is
// ignored with the reason logged. Types the protocol marks as answered get their handler's result.
import '../shared/protocol.js';

/**
 * @typedef {(message: any, sender: chrome.runtime.MessageSender) => unknown} Handler
 * @typedef {(message: unknown, sender: chrome.runtime.MessageSender, sendResponse: (answer?: unknown) => void) => boolean} Listener
 */

/** @param {unknown} err */
const describe = (err) => String(/** @type {any} */ (err)?.message ?? err).slice(0, 200);

/**
 * @param {{ [K in keyof ToWorker]?: Handler }} handlers
 * @param {() => SelfLike} self this extension, asked when a message arrives
 * @param {(reason: string) => void} [log] where ignored messages are reported
 * @returns {Listener} for runtime.onMessage
 */
export function createDispatcher(handlers, self, log = (reason) => console.warn('Consent Guard: ignored a message:', reason)) {
  const { MESSAGES, checkMessage, senderKind } = globalThis.CONSENT_GUARD_PROTOCOL;
  return (message, sender, sendResponse) => {
    const checked = checkMessage(message, 'worker');
    if (!checked.ok) {
      log(checked.reason);
      return false;
    }
    const type = /** @type {keyof ToWorker} */ (checked.value.type);
    const spec = MESSAGES[type];
    const from = senderKind(sender, self());
    if (!from.ok) {
      log(`${type}: ${from.reason}`);
      return false;
    }
    if (from.value !== spec.from) {
      log(`${type} comes only from the ${spec.from}, not from the ${from.value}`);
      return false;
    }
    const handler = handlers[type];
    if (!handler) {
      log(`${type}: this worker has no handler for it`);
      return false;
    }
    let result;
    try {
      result = handler(checked.value, sender);
    } catch (err) {
      log(`${type} failed: ${describe(err)}`);
      if (spec.replies) sendResponse(null);
      return false;
    }
    if (!spec.replies) {
      Promise.resolve(result).catch((err) => log(`${type} failed: ${describe(err)}`));
      return false;
    }
    Promise.resolve(result).then(sendResponse, (err) => {
      log(`${type} failed: ${describe(err)}`);
      sendResponse(null);
    });
    return true;
  };
}

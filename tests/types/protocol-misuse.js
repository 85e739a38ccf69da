// @ts-check
// Messages the protocol does not allow must not compile: each line below is a type error, and tsc fails
// ("Unused '@ts-expect-error' directive") the day one of them compiles. Never run, only type-checked.
import { sendToWorker } from '../../extension/shared/platform.js';

export function misuse() {
  // @ts-expect-error an unknown message type
  sendToWorker('getVerdict', { tabId: 1 });
  // @ts-expect-error a payload field of the wrong type
  sendToWorker('getTabVerdict', { tabId: '1' });
  // @ts-expect-error a payload without its field
  sendToWorker('getTabVerdict', {});
  // @ts-expect-error a provider the sign-in does not know
  sendToWorker('signIn', { provider: 'github' });
  // @ts-expect-error a message type that is no longer part of the protocol
  sendToWorker('rescan', {});
  const { toWorker } = globalThis.CONSENT_GUARD_PROTOCOL;
  // @ts-expect-error a snapshot of the wrong shape
  toWorker('snapshot', { snapshot: { url: 42 } });
}

/** What compiles: the listed types with their payloads. */
export function use() {
  sendToWorker('getTabVerdict', { tabId: 1 });
  sendToWorker('signIn', { provider: 'entra' });
  globalThis.CONSENT_GUARD_PROTOCOL.toWorker('snapshot', { snapshot: null, error: 'collecting failed: TypeError' });
}

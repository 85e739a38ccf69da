// @ts-check
// Messages the protocol does not allow must not compile: each line below is a type error, and tsc fails
// ("Unused '@ts-expect-error' directive") the day one of them compiles. Never run, only type-checked.
import { sendToTab, sendToWorker } from '../../extension/shared/platform.js';

export function misuse() {
  // @ts-expect-error an unknown message type
  sendToWorker('getVerdict', { tabId: 1 });
  // @ts-expect-error a payload field of the wrong type
  sendToWorker('getTabVerdict', { tabId: '1' });
  // @ts-expect-error a payload without its field
  sendToWorker('getTabVerdict', {});
  // @ts-expect-error a provider the sign-in does not know
  sendToWorker('signIn', { provider: 'github' });
  // @ts-expect-error a content-script message sent to the worker
  sendToWorker('rescan', {});
  // @ts-expect-error a worker message sent to a tab
  sendToTab(1, 'snapshot', { snapshot: null });
  // @ts-expect-error a verdict that is not a verdict
  sendToTab(1, 'verdict', { verdict: 'genuine' });
  const { toWorker } = globalThis.CONSENT_GUARD_PROTOCOL;
  // @ts-expect-error a snapshot of the wrong shape
  toWorker('snapshot', { snapshot: { url: 42 } });
}

/** What compiles: the listed types with their payloads. */
export function use() {
  sendToWorker('getTabVerdict', { tabId: 1 });
  sendToWorker('signIn', { provider: 'entra' });
  sendToTab(1, 'rescan', {});
  globalThis.CONSENT_GUARD_PROTOCOL.toWorker('snapshot', { snapshot: null, error: 'collecting failed: TypeError' });
}

// The message protocol: who may send what, which payloads pass, the storage keys, the policy merge;
// and the worker's one dispatcher that applies it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EXTENSION_ID, PAGES_ORIGIN } from './fake-chrome.mjs';

await import('../../extension/shared/protocol.js');
const { createDispatcher } = await import('../../extension/worker/dispatch.js');
const P = globalThis.CONSENT_GUARD_PROTOCOL;
const SELF = { id: EXTENSION_ID, pagesOrigin: PAGES_ORIGIN };

const contentScript = { id: EXTENSION_ID, url: 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize', frameId: 0, tab: { id: 7 } };
const popup = { id: EXTENSION_ID, url: `${PAGES_ORIGIN}pages/popup/popup.html` };
const popupInTab = { id: EXTENSION_ID, url: `${PAGES_ORIGIN}pages/popup/popup.html?tabId=7`, frameId: 0, tab: { id: 9 } };

test('senderKind: the content script in a web page', () => {
  assert.deepEqual(P.senderKind(contentScript, SELF), { ok: true, value: 'contentScript' });
  assert.deepEqual(P.senderKind({ ...contentScript, frameId: 3, url: 'http://intranet.example/' }, SELF), { ok: true, value: 'contentScript' });
});

test('senderKind and pageUrl: documents without a URL of their own belong to the web page that made them', () => {
  const frame = (url, origin, extra = {}) => ({ ...contentScript, frameId: 2, url, origin, ...extra });
  const blank = frame('about:blank', 'https://evil.example');
  assert.deepEqual(P.senderKind(blank, SELF), { ok: true, value: 'contentScript' });
  assert.equal(P.pageUrl(blank), 'https://evil.example/');
  assert.equal(P.pageUrl(frame('about:srcdoc', 'http://intranet.example')), 'http://intranet.example/');
  assert.equal(P.pageUrl(frame('blob:https://evil.example/5f1c-22', 'https://evil.example')), 'https://evil.example/');
  assert.equal(P.pageUrl(frame('blob:https://evil.example/5f1c-22', undefined)), 'https://evil.example/', 'a blob: URL names its origin');
  // a data: frame has an opaque origin: it is judged as the tab's page
  const data = frame('data:text/html,<form>', 'null', { tab: { id: 7, url: 'https://evil.example/inbox' } });
  assert.deepEqual(P.senderKind(data, SELF), { ok: true, value: 'contentScript' });
  assert.equal(P.pageUrl(data), 'https://evil.example/inbox');
  // so is a sandboxed srcdoc or about:blank frame (its origin is opaque too)
  const sandboxed = frame('about:srcdoc', 'null', { tab: { id: 7, url: 'https://release-approvals.example/' } });
  assert.deepEqual(P.senderKind(sandboxed, SELF), { ok: true, value: 'contentScript' });
  assert.equal(P.pageUrl(sandboxed), 'https://release-approvals.example/');
  assert.equal(P.pageUrl(frame('about:blank', 'null', { tab: { id: 7, url: 'https://evil.example/' } })), 'https://evil.example/');
  assert.equal(P.pageUrl(contentScript), contentScript.url, 'an http(s) document is judged by its own URL');
});

test('senderKind: documents of no web page are refused', () => {
  const refused = (sender) => assert.equal(P.senderKind(sender, SELF).ok, false, JSON.stringify(sender));
  refused({ ...contentScript, url: 'about:blank', origin: 'null' });
  refused({ ...contentScript, url: 'about:blank', origin: 'chrome-extension://other' });
  refused({ ...contentScript, url: 'data:text/html,x', origin: 'null', frameId: 0, tab: { id: 7, url: 'https://a.example/' } });
  refused({ ...contentScript, url: 'data:text/html,x', origin: 'null', frameId: 3, tab: { id: 7, url: 'chrome://newtab/' } });
  refused({ ...contentScript, url: 'about:srcdoc', origin: 'null', frameId: 0, tab: { id: 7, url: 'https://a.example/' } });
  refused({ ...contentScript, url: 'about:srcdoc', origin: 'null', frameId: 3, tab: { id: 7, url: 'chrome://newtab/' } });
  refused({ ...contentScript, url: 'file:///etc/passwd', origin: 'null' });
  refused({ ...contentScript, url: 'blob:chrome-extension://x/1', origin: 'chrome-extension://x' });
  assert.equal(P.pageUrl(undefined), '');
});

test('senderKind: the extension\'s own pages, also when opened in a tab', () => {
  assert.deepEqual(P.senderKind(popup, SELF), { ok: true, value: 'extensionPage' });
  assert.deepEqual(P.senderKind(popupInTab, SELF), { ok: true, value: 'extensionPage' });
});

test('senderKind: nobody else', () => {
  const refused = (sender) => { const r = P.senderKind(sender, SELF); assert.equal(r.ok, false); return r.reason; };
  assert.equal(refused(undefined), 'sent by another extension');
  assert.equal(refused({ ...contentScript, id: 'another-extension' }), 'sent by another extension');
  assert.equal(refused({ ...popup, url: 'chrome-extension://another-extension/pages/popup/popup.html' }), 'not sent from a tab');
  assert.equal(refused({ ...contentScript, tab: undefined }), 'not sent from a tab');
  assert.equal(refused({ ...contentScript, tab: { id: -1 } }), 'not sent from a tab');
  assert.equal(refused({ ...contentScript, frameId: undefined }), 'no frame id');
  assert.equal(refused({ ...contentScript, url: 'file:///etc/passwd' }), 'not sent from a web page');
  assert.equal(refused({ ...contentScript, url: undefined }), 'not sent from a web page');
});

test('checkMessage: listed types with their fields pass', () => {
  for (const [message, to] of [
    [{ type: 'snapshot', snapshot: { url: 'https://x' } }, 'worker'],
    [{ type: 'snapshot', snapshot: null, error: 'collecting failed: TypeError' }, 'worker'],
    [{ type: 'snapshot', snapshot: 'garbage' }, 'worker'], // the engine judges the snapshot: "could not verify"
    [{ type: 'getTabVerdict', tabId: 0 }, 'worker'],
    [{ type: 'signIn', provider: 'entra' }, 'worker'],
    [{ type: 'getWarning', token: '3f1c' }, 'worker'],
    [{ type: 'continueAnyway', token: '3f1c' }, 'worker'],
  ]) assert.deepEqual(P.checkMessage(message, to), { ok: true, value: message }, JSON.stringify(message));
});

test('checkMessage: anything else is refused with its reason', () => {
  const reason = (message, to = 'worker') => { const r = P.checkMessage(message, to); assert.equal(r.ok, false); return r.reason; };
  assert.equal(reason('{"type":"snapshot"}'), 'not an object');
  assert.equal(reason(null), 'not an object');
  assert.equal(reason([{ type: 'collect' }]), 'not an object');
  assert.equal(reason({ type: 'getVerdict', tabId: 1 }), 'unknown message type "getVerdict"');
  assert.equal(reason({ type: 'toString' }), 'unknown message type "toString"');
  assert.equal(reason({ tabId: 1 }), 'unknown message type "undefined"');
  // the content scripts listen for no message: the worker's old requests to them are unknown types
  assert.equal(reason({ type: 'rescan' }), 'unknown message type "rescan"');
  assert.equal(reason({ type: 'present' }), 'unknown message type "present"');
  assert.equal(reason({ type: 'getTabVerdict', tabId: '7' }), 'getTabVerdict.tabId: not a tab id');
  assert.equal(reason({ type: 'getWarning' }), 'getWarning.token: missing');
  assert.equal(reason({ type: 'verdict', verdict: { level: 'danger' } }), 'unknown message type "verdict"');
  assert.equal(reason({ type: 'getTabVerdict', tabId: -1 }), 'getTabVerdict.tabId: not a tab id');
  assert.equal(reason({ type: 'getTabVerdict' }), 'getTabVerdict.tabId: missing');
  assert.equal(reason({ type: 'getTabVerdict', tabId: 1, url: 'x' }), 'getTabVerdict: unknown field url');
  assert.equal(reason({ type: 'signIn', provider: 'github' }), 'signIn.provider: not one of entra, azure-devops');
  assert.equal(reason({ type: 'snapshot', snapshot: null, error: 42 }), 'snapshot.error: not a string');
});

test('every message type names one sender, and goes to the worker', () => {
  for (const [type, spec] of Object.entries(P.MESSAGES)) {
    assert.ok(['contentScript', 'extensionPage'].includes(spec.from), type);
    assert.equal(spec.to, 'worker', type);
    assert.notEqual(spec.from, spec.to, type);
  }
  assert.ok(Object.isFrozen(P) && Object.isFrozen(P.MESSAGES) && Object.isFrozen(P.STORAGE.session));
});

test('storage keys: one key per tab record, and back', () => {
  assert.equal(P.tabKey(42), 'tab:42');
  assert.equal(P.tabIdOfKey(P.tabKey(42)), 42);
  for (const other of ['tab:', 'tab:x', 'tab:1e3', 'managedPolicy', 'certErrors', 'auth:entra']) assert.equal(P.tabIdOfKey(other), null, other);
  const keys = [...Object.values(P.STORAGE.session), ...Object.values(P.STORAGE.local)];
  assert.equal(new Set(keys).size, keys.length, 'no two stores share a key');
  assert.ok(keys.every((k) => P.tabIdOfKey(k) === null), 'no store looks like a tab record');
});

test('toWorker builds the message from its type and payload', () => {
  assert.deepEqual(P.toWorker('getTabVerdict', { tabId: 3 }), { type: 'getTabVerdict', tabId: 3 });
  assert.equal(P.toWorker('getTabVerdict', /** @type {any} */ ({ tabId: 3, type: 'signIn' })).type, 'getTabVerdict', 'the type cannot be overridden by the payload');
});

test('mergePolicy: the managed policy wins key by key', () => {
  const options = { approvedClients: { github: ['a'] }, entra: { clientId: 'mine', tenant: 'contoso.com' } };
  const managed = { entra: { clientId: 'org', tenant: 'fabrikam.com' } };
  assert.deepEqual(P.mergePolicy(options, managed), { approvedClients: { github: ['a'] }, entra: { clientId: 'org', tenant: 'fabrikam.com' } });
  assert.deepEqual(P.mergePolicy(options, null), options);
  assert.deepEqual(P.mergePolicy(undefined, managed), managed);
  assert.deepEqual(P.mergePolicy(['x'], 'y'), {}, 'what is not an object is no policy');
});

// ---- the dispatcher ----

function dispatcher(handlers) {
  const logged = [];
  const listener = createDispatcher(handlers, () => SELF, (reason) => logged.push(reason));
  /** Delivers a message; resolves with {handled, answer} once the listener answered (or at once when it will not). */
  const deliver = (message, sender) => new Promise((resolve) => {
    const keepOpen = listener(message, sender, (answer) => resolve({ keepOpen, answer }));
    if (!keepOpen) resolve({ keepOpen, answer: undefined });
  });
  return { logged, deliver };
}

test('dispatcher: a snapshot from the content script reaches its handler, unanswered', async () => {
  const seen = [];
  const { logged, deliver } = dispatcher({ snapshot: (m, s) => { seen.push([m, s]); } });
  const message = { type: 'snapshot', snapshot: { url: contentScript.url } };
  assert.deepEqual(await deliver(message, contentScript), { keepOpen: false, answer: undefined });
  assert.deepEqual(seen, [[message, contentScript]]);
  assert.deepEqual(logged, []);
});

test('dispatcher: the popup\'s question is answered, also asynchronously', async () => {
  const { deliver } = dispatcher({ getTabVerdict: async ({ tabId }) => ({ url: 'https://x', tabId }) });
  assert.deepEqual(await deliver({ type: 'getTabVerdict', tabId: 7 }, popup), { keepOpen: true, answer: { url: 'https://x', tabId: 7 } });
});

test('dispatcher: only the listed sender may send a type', async () => {
  const calls = [];
  const { logged, deliver } = dispatcher({
    snapshot: () => calls.push('snapshot'), getTabVerdict: () => calls.push('getTabVerdict'), signIn: () => calls.push('signIn'),
  });
  await deliver({ type: 'getTabVerdict', tabId: 7 }, contentScript);
  await deliver({ type: 'signIn', provider: 'entra' }, contentScript);
  await deliver({ type: 'snapshot', snapshot: {} }, popup);
  await deliver({ type: 'snapshot', snapshot: {} }, { ...contentScript, id: 'another-extension' });
  assert.deepEqual(calls, []);
  assert.deepEqual(logged, [
    'getTabVerdict comes only from the extensionPage, not from the contentScript',
    'signIn comes only from the extensionPage, not from the contentScript',
    'snapshot comes only from the contentScript, not from the extensionPage',
    'snapshot: sent by another extension',
  ]);
});

test('dispatcher: unknown types and bad payloads are ignored with the reason logged', async () => {
  const calls = [];
  const { logged, deliver } = dispatcher({ getTabVerdict: () => calls.push('getTabVerdict') });
  assert.equal((await deliver({ type: 'rescan' }, contentScript)).keepOpen, false, 'the worker\'s old request is no message');
  assert.equal((await deliver({ type: 'getWarning', token: 'abc' }, contentScript)).keepOpen, false, 'only the warning page asks');
  assert.equal((await deliver({ type: 'getTabVerdict', tabId: 'all' }, popup)).keepOpen, false);
  await deliver({ type: 'eval', code: '1' }, popup);
  assert.deepEqual(calls, []);
  assert.deepEqual(logged, ['unknown message type "rescan"', 'getWarning comes only from the extensionPage, not from the contentScript',
    'getTabVerdict.tabId: not a tab id', 'unknown message type "eval"']);
});

test('dispatcher: a failing handler is logged, and a question still gets an answer (null)', async () => {
  const { logged, deliver } = dispatcher({
    getTabVerdict: async () => { throw new Error('storage failed'); },
    snapshot: () => { throw new Error('boom'); },
  });
  assert.deepEqual(await deliver({ type: 'getTabVerdict', tabId: 1 }, popup), { keepOpen: true, answer: null });
  assert.deepEqual(await deliver({ type: 'snapshot', snapshot: null }, contentScript), { keepOpen: false, answer: undefined });
  assert.deepEqual(logged, ['getTabVerdict failed: storage failed', 'snapshot failed: boom']);
});

test('dispatcher: a listed type without a handler is ignored', async () => {
  const { logged, deliver } = dispatcher({});
  await deliver({ type: 'signIn', provider: 'entra' }, popup);
  assert.deepEqual(logged, ['signIn: this worker has no handler for it']);
});

test('checkPulled: the first stage answers collect, a small snapshot or nothing; the collector only a snapshot', () => {
  assert.deepEqual(P.checkPulled({ type: 'collect' }, 'probe'), { ok: true, value: { type: 'collect' } });
  assert.equal(P.checkPulled({ type: 'snapshot', snapshot: { url: 'https://a.example/' } }, 'probe').ok, true);
  assert.deepEqual(P.checkPulled(null, 'probe'), { ok: true, value: null });
  assert.deepEqual(P.checkPulled(undefined, 'probe'), { ok: true, value: null });
  assert.equal(P.checkPulled({ type: 'snapshot', snapshot: null, error: 'collecting failed: TypeError' }, 'collector').ok, true);
  // the collector always has something to say: nothing is a failure (the frame is judged "could not verify")
  assert.equal(P.checkPulled(null, 'collector').ok, false);
  assert.equal(P.checkPulled(undefined, 'collector').ok, false);
  assert.equal(P.checkPulled({ type: 'collect' }, 'collector').ok, false);
});

test('checkPulled: anything else is refused with its reason, as a message would be', () => {
  const refused = (value, from, reason) => {
    const checked = P.checkPulled(value, from);
    assert.equal(checked.ok, false, JSON.stringify(value));
    assert.match(checked.reason, reason);
  };
  refused('collect', 'probe', /not an object/);
  refused([{ type: 'collect' }], 'probe', /not an object/);
  refused({ type: 'getTabVerdict', tabId: 1 }, 'probe', /not pulled from the probe/);
  refused({ type: 'rasterize', url: 'https://a.example/x.png' }, 'probe', /not pulled from the probe/);
  refused({ type: 'collect', extra: 1 }, 'probe', /unknown field extra/);
  refused({ type: 'snapshot', snapshot: {}, recollected: 'partly' }, 'collector', /recollected/);
  refused({ type: 'rescan' }, 'probe', /unknown message type/);
  refused({ type: 'collect' }, 'page', /nothing is pulled from page/);
});

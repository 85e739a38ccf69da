// The worker's report outbox, its parts that need no browser: bounded with a count of what was
// dropped, exponential backoff with jitter, Retry-After in both of its forms. (Delivery, restarts
// and de-duplication run for real in tests/e2e/report.test.js.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import './fake-chrome.mjs';

await import('../../extension/shared/protocol.js');
const { addToOutbox, backoffMs, readOutbox, retryAfterMs, REPORT_LIMITS } = await import('../../extension/worker/report.js');

test('a full outbox drops the oldest and counts them', () => {
  const outbox = readOutbox(undefined);
  for (let i = 0; i < 7; i++) addToOutbox(outbox, { id: `e${i}`, event: { n: i } }, 5);
  assert.deepEqual(outbox.events.map((e) => e.id), ['e2', 'e3', 'e4', 'e5', 'e6']);
  assert.equal(outbox.dropped, 2);
});

test('what storage holds is read defensively', () => {
  assert.deepEqual(readOutbox('junk'), { events: [], dropped: 0, attempt: 0, notBefore: 0 });
  const read = readOutbox({ events: [{ id: 'a', event: {} }, { id: 3, event: {} }, null, { id: 'b' }], dropped: -4, attempt: 2, notBefore: 'x' });
  assert.deepEqual(read, { events: [{ id: 'a', event: {} }], dropped: 0, attempt: 2, notBefore: 0 });
});

test('backoff doubles, has jitter in its upper half, and stops growing at the ceiling', () => {
  assert.equal(backoffMs(1, () => 0), REPORT_LIMITS.baseMs / 2);
  assert.equal(backoffMs(1, () => 1), REPORT_LIMITS.baseMs);
  assert.equal(backoffMs(4, () => 1), REPORT_LIMITS.baseMs * 8);
  assert.equal(backoffMs(3, () => 0.5), REPORT_LIMITS.baseMs * 3);
  assert.equal(backoffMs(60, () => 1), REPORT_LIMITS.maxMs);
  const spread = new Set(Array.from({ length: 20 }, () => backoffMs(5)));
  assert.ok(spread.size > 1, 'random jitter');
});

test('Retry-After: seconds or an HTTP date, capped', () => {
  const now = Date.parse('2026-11-29T20:00:00Z');
  assert.equal(retryAfterMs('3', now), 3000);
  assert.equal(retryAfterMs(' 0 ', now), 0);
  assert.equal(retryAfterMs('Sun, 29 Nov 2026 20:00:10 GMT', now), 10_000);
  assert.equal(retryAfterMs('Sun, 29 Nov 2026 19:00:00 GMT', now), 0, 'a date in the past: now');
  assert.equal(retryAfterMs('999999999', now), REPORT_LIMITS.maxRetryAfterMs);
  assert.equal(retryAfterMs('soon', now), null);
  assert.equal(retryAfterMs(null, now), null);
});

test('the report messages: fields checked, and only the extension\'s pages send them', () => {
  const P = globalThis.CONSENT_GUARD_PROTOCOL;
  assert.equal(P.checkMessage({ type: 'continueAnyway', token: 't', reason: 'our vendor' }, 'worker').ok, true);
  assert.equal(P.checkMessage({ type: 'continueAnyway', token: 't', reason: 3 }, 'worker').ok, false);
  assert.equal(P.checkMessage({ type: 'reportFalsePositive', token: 't' }, 'worker').ok, true);
  assert.equal(P.checkMessage({ type: 'reportFalsePositive' }, 'worker').ok, false, 'the token is required');
  assert.equal(P.checkMessage({ type: 'reportGrantRevoked', provider: 'github', clientId: 'Iv1.x', appName: 'CI' }, 'worker').ok, true);
  assert.equal(P.checkMessage({ type: 'reportGrantRevoked', provider: 'github', clientId: 'Iv1.x', url: 'x' }, 'worker').ok, false);
  for (const type of ['reportFalsePositive', 'reportGrantRevoked']) assert.equal(P.MESSAGES[type].from, 'extensionPage');
  assert.equal(P.STORAGE.local.reportOutbox, 'reportOutbox');
});

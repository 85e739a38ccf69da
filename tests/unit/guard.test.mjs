// The worker's bounded bookkeeping (extension/worker/guard.js): warning settings, certificate-error
// memory, record size and the per-tab queue.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CERT_LIMITS, KeyedQueue, RECORD_LIMITS, certErrorFor, certMemory, keepWorstFrames, rememberCertError, trimVerdict, warnSettings,
} from '../../extension/worker/guard.js';

test('warnSettings: warn, no support and an empty allowlist unless the policy says otherwise', () => {
  assert.deepEqual(warnSettings(undefined), { mode: 'warn', support: null, allowlist: [] });
  assert.deepEqual(warnSettings({ mode: 'shout', support: 42, allowlist: 'x' }), { mode: 'warn', support: null, allowlist: [] });
  assert.deepEqual(warnSettings({ mode: 'block', support: ' it@example.com ', allowlist: [' A.example ', 3, ''] }),
    { mode: 'block', support: 'it@example.com', allowlist: ['a.example'] });
  assert.equal(warnSettings({ mode: 'monitor' }).mode, 'monitor');
});

test('a flood of bad-certificate hosts never evicts a provider host', () => {
  const memory = certMemory(undefined);
  rememberCertError(memory, 'login.microsoftonline.com', 'net::ERR_CERT_AUTHORITY_INVALID', { isProvider: true, domain: 'login.microsoftonline.com', now: 0 });
  // 510 hosts, alphabetically before the provider host, over several minutes (past the rate limit).
  for (let i = 0; i < 510; i++) {
    const host = `a${String(i).padStart(3, '0')}.flood${i % 40}.example`;
    rememberCertError(memory, host, 'net::ERR_CERT_AUTHORITY_INVALID', { isProvider: false, domain: `flood${i % 40}.example`, now: i * 1000 });
  }
  assert.equal(certErrorFor(memory, 'login.microsoftonline.com'), 'net::ERR_CERT_AUTHORITY_INVALID');
  const stored = certMemory(JSON.parse(JSON.stringify(memory))); // as storage.session gives it back
  assert.equal(certErrorFor(stored, 'login.microsoftonline.com'), 'net::ERR_CERT_AUTHORITY_INVALID');
  assert.ok(Object.keys(memory.other).length <= CERT_LIMITS.total);
});

test('other hosts: the oldest is evicted, per registrable domain and in total, and additions are rate-limited', () => {
  const memory = certMemory(undefined);
  const limits = { total: 5, perDomain: 2, perMinute: 4 };
  const add = (host, domain, now) => rememberCertError(memory, host, 'E', { isProvider: false, domain, now, limits });
  add('z.one.example', 'one.example', 0);
  add('a.one.example', 'one.example', 100_000);
  add('m.one.example', 'one.example', 200_000);
  assert.deepEqual(Object.keys(memory.other).sort(), ['a.one.example', 'm.one.example'], 'the oldest (not the first by name) went');
  for (let i = 0; i < 4; i++) assert.equal(add(`h${i}.two${i}.example`, `two${i}.example`, 300_000 + i), true);
  assert.equal(add('late.three.example', 'three.example', 300_010), false, 'a fifth new host within a minute is not taken');
  assert.equal(Object.keys(memory.other).length, 5);
  assert.equal(certErrorFor(memory, 'a.one.example'), null, 'the oldest went when the total was reached');
  assert.equal(add('late.three.example', 'three.example', 400_000), true, 'taken again a minute later');
});

test('trimVerdict caps findings, evidence and text', () => {
  const long = 'x'.repeat(5000);
  const verdict = {
    level: 'danger', summary: { key: 'summary_imitates', params: [long] }, error: { kind: 'engine-failed', detail: long },
    findings: Array.from({ length: 100 }, () => ({
      rule: 'r', params: [long, long], evidence: Array.from({ length: 50 }, () => ({ label: 'l', value: long })),
    })),
  };
  const trimmed = trimVerdict(verdict);
  assert.equal(trimmed.findings.length, RECORD_LIMITS.findings);
  assert.equal(trimmed.findings[0].evidence.length, RECORD_LIMITS.evidence);
  assert.ok(trimmed.findings[0].evidence[0].value.length <= RECORD_LIMITS.text);
  assert.ok(trimmed.summary.params[0].length <= RECORD_LIMITS.text);
  assert.ok(trimmed.error.detail.length <= RECORD_LIMITS.text);
  assert.ok(trimmed.findings[0].params.every((p) => p.length <= RECORD_LIMITS.text));
  // Each kept finding carries at most its params and RECORD_LIMITS.evidence items of clipped text.
  const bound = RECORD_LIMITS.findings * (2 + RECORD_LIMITS.evidence) * (RECORD_LIMITS.text + 40) + 4 * RECORD_LIMITS.text;
  assert.ok(JSON.stringify(trimmed).length < bound, `${JSON.stringify(trimmed).length} characters (bound ${bound})`);
  assert.equal(verdict.findings.length, 100, 'the input is not changed');
});

test('keepWorstFrames keeps the top frame and the worst subframes', () => {
  const frames = { 0: { level: 'none' } };
  for (let i = 1; i <= 40; i++) frames[i] = { level: i === 33 ? 'danger' : 'none' };
  const kept = keepWorstFrames(frames);
  assert.equal(Object.keys(kept).length, 1 + RECORD_LIMITS.subframes);
  assert.ok(kept[0] && kept[33]);
});

test('KeyedQueue: tasks of one key run in order; a waiting task of the same slot is replaced by the latest', async () => {
  const queue = new KeyedQueue(() => {});
  const ran = [];
  let release;
  const gate = new Promise((r) => { release = r; });
  queue.push(1, async () => { await gate; ran.push('first'); }, 'frame:0');
  const settled = [];
  for (let i = 0; i < 100; i++) settled.push(queue.push(1, async () => { ran.push(`snapshot ${i}`); }, 'frame:0'));
  queue.push(1, async () => { ran.push('other frame'); }, 'frame:3');
  assert.equal(queue.waiting(1), 2, 'one waiting task per frame, not 100');
  release();
  await Promise.all(settled);
  assert.deepEqual(ran, ['first', 'snapshot 99', 'other frame']);
});

test('KeyedQueue: a failing task is reported and the lane goes on', async () => {
  const errors = [];
  const queue = new KeyedQueue((key, err) => errors.push([key, err.message]));
  const ran = [];
  queue.push('k', async () => { throw new Error('boom'); });
  await queue.push('k', async () => { ran.push('next'); });
  assert.deepEqual(errors, [['k', 'boom']]);
  assert.deepEqual(ran, ['next']);
});

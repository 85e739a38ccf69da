'use strict';
// Reports and the modes, in a real browser with real managed policy files (written where Chromium
// reads them; the tests run as root and remove them afterwards), against a local HTTPS receiver
// (siem.contoso.com, tests/server/handlers/receiver.js) that fails the first requests, answers 429
// with Retry-After, and is down while the worker is stopped and started again. Every event must
// arrive, once after de-duplication by its id, valid against its format's JSON Schema
// (docs/reporting/), with no secret in any URL and the authorization header only where it belongs.
// Warn mode: "Continue anyway" asks for a reason, which is reported; "This page is safe" reports a
// false positive. Block mode: no way past. Monitor mode: no warning page, but reports. An
// allow-listed host stays quiet; a custom provider is green on its origin and red on a copy.

const { describe, test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const Ajv2020 = require('ajv/dist/2020').default;
const { launchBrowser, writeManagedPolicy, until, BADGE, WARNING_PAGE } = require('./harness');
const { PAGES } = require('./pages');
const receiver = require('../server/handlers/receiver');

const ROOT = path.resolve(__dirname, '..', '..');
const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
const validator = (name) => ajv.compile(JSON.parse(fs.readFileSync(path.join(ROOT, 'docs', 'reporting', `${name}.schema.json`), 'utf8')));
const VALIDATE = { ocsf: validator('ocsf'), json: validator('json'), 'splunk-hec': validator('splunk-hec') };

const TOKEN = 'Bearer receiver-token-5e1f';
const SECRETS = ['SECRET-STATE-4242', 'FRAGMENT-SECRET', 'ann.secret@contoso.com', 'ann.secret%40contoso.com'];
const spoof = PAGES.find((p) => p.name === 'microsoft-lookalike');
const allowed = PAGES.find((p) => p.name === 'proxy-copy');
/** The spoof's URL with secrets in the query and the fragment; `n` tells the visits apart. */
const spoofUrl = (b, n) => b.url(spoof.host, `${spoof.path}&state=SECRET-STATE-4242&login_hint=ann.secret%40contoso.com&n=${n}#code=FRAGMENT-SECRET`);

/** The events of one request body, as the format sends a batch. */
function eventsOf(body, format) {
  if (format === 'splunk-hec') return body.split('\n').filter(Boolean).map((line) => JSON.parse(line));
  const parsed = JSON.parse(body);
  assert.ok(Array.isArray(parsed), `a ${format} batch is a JSON array`);
  return parsed;
}

/** The fields every format carries, read from one formatted event. */
function fields(event, format) {
  if (format === 'ocsf') return { id: event.metadata.uid, kind: event.unmapped.kind, url: event.evidences?.[0]?.url?.url_string ?? null };
  const e = format === 'splunk-hec' ? event.event : event;
  return { id: e.id, kind: e.kind, url: e.url };
}

/**
 * What the receiver accepted, de-duplicated by event id; checks on the way that every event is valid
 * against its schema, that copies of one id are the same event, and that nothing secret was sent.
 */
function received(format) {
  const byId = new Map();
  for (const request of receiver.requests()) {
    assert.equal(request.headers.authorization, TOKEN, 'the authorization header reaches the receiver');
    assert.ok(!request.body.includes('receiver-token'), 'the authorization header is not in the body');
    for (const secret of SECRETS) assert.ok(!request.body.includes(secret), `${secret} sent in ${request.body.slice(0, 400)}`);
    if (request.status !== 200) continue;
    for (const event of eventsOf(request.body, format)) {
      const ok = VALIDATE[format](event);
      assert.ok(ok, `${format} event invalid: ${JSON.stringify(VALIDATE[format].errors)} in ${JSON.stringify(event)}`);
      const f = fields(event, format);
      if (f.url) assert.ok(!f.url.includes('#'), `a fragment in ${f.url}`);
      if (byId.has(f.id)) assert.deepEqual(event, byId.get(f.id).event, 'a repeated id is the same event');
      else byId.set(f.id, { ...f, event });
    }
  }
  return [...byId.values()];
}

/** Every event id that was ever sent, accepted or not. */
function attemptedIds(format) {
  const ids = new Set();
  for (const request of receiver.requests()) {
    if (!request.body) continue;
    for (const event of eventsOf(request.body, format)) ids.add(fields(event, format).id);
  }
  return ids;
}

const outbox = (b) => b.inExtension(() => chrome.storage.local.get('reportOutbox').then((s) => s.reportOutbox ?? null));
const kinds = (events) => events.map((e) => e.kind);

describe('warn mode, OCSF', () => {
  let b;
  let removePolicy = () => {};
  before(async () => {
    receiver.reset();
    removePolicy = writeManagedPolicy({
      mode: 'warn',
      reporting: { endpoint: 'https://siem.contoso.com/ingest', authorizationHeader: TOKEN, deviceLabel: 'laptop-7', userLabel: 'ann' },
      allowlist: [allowed.host],
      customProviders: [{ id: 'fabrikam', name: 'Fabrikam', brandTerms: ['Fabrikam'], origins: ['https://sso.fabrikam.com'], signInPaths: ['/'] }],
      support: { name: 'Contoso IT', email: 'it@contoso.com' },
    });
    b = await launchBrowser().catch((e) => { removePolicy(); throw e; });
  });
  after(async () => { try { await b?.close(); } finally { removePolicy(); } });

  test('continue asks for a reason; the reports get through failures and a 429 with Retry-After', async () => {
    receiver.plan([500, 500, { status: 429, retryAfter: 2 }]);
    const page = await b.open(spoofUrl(b, 1));
    assert.ok(await b.warning(page, 8000), 'the spoof is replaced by the warning page');
    assert.match((await b.warning(page)).text, /Contoso IT/, 'the warning names the support contact');
    await page.click('#continue');
    assert.equal(await page.isVisible('#reason-form'), true, 'Continue anyway asks for a reason first');
    await page.click('#reason-submit');
    assert.ok(page.url().startsWith(WARNING_PAGE), 'no reason, no way on');
    await page.fill('#reason', 'our vendor\'s test tenant, ticket 4711');
    await page.click('#reason-submit');
    await page.waitForURL((u) => u.hostname === spoof.host, { timeout: 5000 });

    const other = await b.open(spoofUrl(b, 2));
    assert.ok(await b.warning(other, 8000));
    await other.click('#report-safe');
    await other.locator('#report-status', { hasText: 'security team has been told' }).waitFor();

    const events = await until('the danger, continue and false-positive events', () => {
      const got = received('ocsf');
      const k = kinds(got);
      return k.includes('warning_continued') && k.includes('false_positive_report') && k.filter((x) => x === 'danger_page').length >= 2 && got;
    });
    const statuses = receiver.requests().map((r) => r.status);
    assert.deepEqual(statuses.slice(0, 3), [500, 500, 429], `the receiver's answers: ${statuses}`);
    const [, , limited, next] = receiver.requests();
    assert.ok(next.at - limited.at >= 1900, `Retry-After 2 s honoured: the next request came after ${next.at - limited.at} ms`);
    const continued = events.find((e) => e.kind === 'warning_continued');
    assert.equal(continued.event.unmapped.reason, 'our vendor\'s test tenant, ticket 4711');
    assert.equal(continued.event.actor.user.name, 'ann');
    assert.equal(continued.event.device.name, 'laptop-7');
    const danger = events.find((e) => e.kind === 'danger_page');
    assert.equal(danger.event.class_uid, 2004);
    assert.equal(danger.event.evidences[0].url.hostname, spoof.host);
    assert.match(danger.url, /[?&]state=REMOVED/);
    assert.match(danger.url, /[?&]login_hint=REMOVED/);
    assert.match(danger.url, /client_id=4765445b-32c6-49b0-83e6-1d93765276ca/, 'the app stays named');
    assert.ok(danger.event.finding_info.types.length > 1, 'rule ids are in the finding types');
    await Promise.all([page.close(), other.close()]);
  });

  test('an allow-listed host stays quiet; a custom provider is green on its origin and red on a copy', async () => {
    const quiet = await b.open(b.url(allowed.host, allowed.path));
    const record = await until('the allow-listed page\'s verdict', async () => (await b.tabRecord(quiet))?.verdict);
    assert.equal(record.level, 'none', JSON.stringify(record).slice(0, 500));
    assert.equal((await b.badge(quiet)).text, BADGE.none);
    assert.ok(!quiet.url().startsWith(WARNING_PAGE));

    const genuine = await b.open(b.url('sso.fabrikam.com', '/'));
    await b.waitForBadge(genuine, BADGE.genuine, 8000);
    const copy = await b.open(b.url('fabrikam-sso.net', '/'));
    await b.waitForBadge(copy, BADGE.danger, 8000);
    assert.ok(await b.warning(copy, 8000), 'the copy gets the warning page');
    await until('the copy\'s danger event', () => received('ocsf').some((e) => e.url?.startsWith('https://fabrikam-sso.net/')));
    await Promise.all([quiet.close(), genuine.close(), copy.close()]);
  });

  test('a receiver that is down while the worker stops and starts again loses nothing', async () => {
    receiver.down(true);
    const page = await b.open(spoofUrl(b, 3));
    assert.ok(await b.warning(page, 8000));
    await until('a failed delivery kept in the outbox', async () => {
      const box = await outbox(b);
      return box?.attempt >= 1 && box.events.length >= 1 && receiver.requests().some((r) => r.status === 'dropped');
    });
    await b.stopWorker();
    assert.equal(b.workerRunning(), false);
    receiver.down(false);
    // Nothing but the worker's alarm wakes it now.
    await until('the event queued before the stop', () => received('ocsf').some((e) => e.kind === 'danger_page' && /[?&]n=3(&|$)/.test(e.url ?? '')), 60_000);
    await until('an empty outbox', async () => (await outbox(b))?.events.length === 0);

    const accepted = new Set(received('ocsf').map((e) => e.id));
    for (const id of attemptedIds('ocsf')) assert.ok(accepted.has(id), `event ${id} was sent but never accepted`);
    const events = received('ocsf');
    assert.ok(!events.some((e) => e.url?.includes(allowed.host)), 'nothing reported for the allow-listed host');
    assert.equal(events.filter((e) => e.kind === 'warning_continued').length, 1);
    assert.equal(events.filter((e) => e.kind === 'false_positive_report').length, 1);
    await page.close();
  });
});

describe('block mode, Splunk HEC', () => {
  let b;
  let removePolicy = () => {};
  before(async () => {
    receiver.reset();
    removePolicy = writeManagedPolicy({
      mode: 'block',
      reporting: { endpoint: 'https://siem.contoso.com/services/collector/event', format: 'splunk-hec', authorizationHeader: TOKEN, events: ['danger_page', 'page_blocked'] },
      support: { name: 'Contoso IT', email: 'it@contoso.com' },
    });
    b = await launchBrowser().catch((e) => { removePolicy(); throw e; });
  });
  after(async () => { try { await b?.close(); } finally { removePolicy(); } });

  test('a spoof goes to the block page with no way past, and is reported', async () => {
    const page = await b.open(spoofUrl(b, 4));
    const shown = await b.warning(page, 8000);
    assert.ok(shown, 'the spoof is replaced by the block page');
    assert.match(shown.text, /Contoso IT/);
    assert.equal(await page.isVisible('#continue'), false, 'no Continue anyway');
    assert.equal(await page.isVisible('#reason-form'), false);
    assert.equal(await page.isVisible('#report-line'), false, 'false positives are not asked for: no link');
    const token = page.url().slice(WARNING_PAGE.length + 1);
    const answer = await page.evaluate((t) => chrome.runtime.sendMessage({ type: 'continueAnyway', token: t, reason: 'let me in' }), token);
    assert.deepEqual(answer, { ok: false }, 'the worker refuses to continue in block mode');
    assert.ok(page.url().startsWith(WARNING_PAGE));
    const events = await until('danger_page and page_blocked', () => {
      const got = received('splunk-hec');
      return ['danger_page', 'page_blocked'].every((k) => kinds(got).includes(k)) && got;
    });
    assert.deepEqual(kinds(events).sort(), ['danger_page', 'page_blocked']);
    for (const e of events) {
      assert.equal(e.event.sourcetype, 'consent_guard:event');
      assert.equal(e.event.event.mode, 'block');
    }
    await page.close();
  });
});

describe('monitor mode, json', () => {
  let b;
  let removePolicy = () => {};
  before(async () => {
    receiver.reset();
    removePolicy = writeManagedPolicy({
      mode: 'monitor',
      reporting: { endpoint: 'https://siem.contoso.com/in', format: 'json', authorizationHeader: TOKEN },
    });
    b = await launchBrowser().catch((e) => { removePolicy(); throw e; });
  });
  after(async () => { try { await b?.close(); } finally { removePolicy(); } });

  test('a spoof shows no warning page but is reported', async () => {
    const url = spoofUrl(b, 5);
    const page = await b.open(url);
    await b.waitForBadge(page, BADGE.danger, 8000);
    const [event] = await until('the danger_page event', () => {
      const got = received('json').filter((e) => e.kind === 'danger_page');
      return got.length && got;
    });
    assert.equal(event.event.mode, 'monitor');
    assert.equal(event.event.verdict, 'danger');
    assert.equal(page.url(), url.replace(/#.*/, '#code=FRAGMENT-SECRET'), 'the tab stays on the page');
    assert.ok(!(await b.session(null)) || !Object.keys(await b.session(null)).some((k) => k.startsWith('warning:')), 'no warning page was made');
    await page.close();
  });
});

describe('browser start with a cached policy', () => {
  const os = require('os');
  let profile;
  let b;
  let removePolicy = () => {};
  before(() => {
    profile = fs.mkdtempSync(path.join(os.tmpdir(), 'consent-guard-profile-'));
    removePolicy = writeManagedPolicy({ mode: 'block', support: { name: 'Contoso IT' } });
  });
  after(async () => {
    try { await b?.close(); } finally {
      removePolicy();
      fs.rmSync(profile, { recursive: true, force: true });
    }
  });

  test('after a restart the first genuine page is green at once, decided with the kept policy', async () => {
    b = await launchBrowser({ profile }); // reads the managed policy and keeps it in storage.local
    await b.close();
    b = await launchBrowser({ profile }); // the same browser again: the kept copy is there at once
    const genuine = PAGES.find((p) => p.name === 'microsoft-signin');
    const page = await b.open(b.url(genuine.host, genuine.path));
    // The first verdict the tab gets, not the last: a browser that waited for its policy would
    // first show "could not verify" (an error verdict).
    const first = await until('the first verdict', async () => {
      const record = await b.tabRecord(page);
      return (record?.verdict || record?.error) && record;
    }, 10_000);
    assert.equal(first.error ?? null, null, JSON.stringify(first).slice(0, 500));
    assert.equal(first.verdict.level, 'genuine', JSON.stringify(first.verdict).slice(0, 500));
    assert.equal(first.verdict.error ?? null, null);
    await b.waitForBadge(page, BADGE.genuine, 1000);
    await page.close();
  });
});

describe('browser restart with events still in the outbox', () => {
  const os = require('os');
  let profile;
  let b;
  let removePolicy = () => {};
  before(() => {
    receiver.reset();
    profile = fs.mkdtempSync(path.join(os.tmpdir(), 'consent-guard-profile-'));
    removePolicy = writeManagedPolicy({
      mode: 'monitor',
      reporting: { endpoint: 'https://siem.contoso.com/in', format: 'json', authorizationHeader: TOKEN },
    });
  });
  after(async () => {
    try { await b?.close(); } finally {
      receiver.down(false);
      removePolicy();
      fs.rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    }
  });

  test('an event the receiver could not take before the browser closed arrives after it starts again', async () => {
    receiver.down(true);
    b = await launchBrowser({ profile });
    const page = await b.open(spoofUrl(b, 6));
    await b.waitForBadge(page, BADGE.danger, 8000);
    await until('a failed delivery kept in the outbox', async () => {
      const box = await outbox(b);
      return box?.events.length >= 1 && receiver.requests().some((r) => r.status === 'dropped');
    });
    assert.equal(received('json').length, 0, 'nothing was accepted while the receiver was down');
    await b.close();
    b = null;
    receiver.down(false);
    b = await launchBrowser({ profile }); // the same profile: the outbox is in its storage.local
    const events = await until('the event queued before the restart', () => {
      const got = received('json').filter((e) => e.kind === 'danger_page' && /[?&]n=6(&|$)/.test(e.url ?? ''));
      return got.length && got;
    }, 60_000);
    // received() has checked each against the schema and de-duplicated by id.
    assert.equal(events.length, 1, 'one event, however often it was tried');
    await until('an empty outbox', async () => (await outbox(b))?.events.length === 0);
  });
});

'use strict';
// The content script's first stage (extension/content/probe.js): a page that neither asks for anything
// nor looks like a sign-in gets only the small test and a small snapshot; the full collector is loaded
// into the document as soon as such a shape is there, also when it appears later.

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { launchBrowser } = require('./harness');

const HOST = 'https://probe-pages.example';
const PAGES = {
  // an ordinary article: no form, no input, no frame, no provider, no sign-in word
  plain: '<!doctype html><html><head><meta charset=utf-8><title>Field notes: pruning apple trees</title></head><body>'
    + '<h1>Pruning apple trees</h1>' + '<p>Cut the <em>water shoots</em> first, then the crossing branches.</p>'.repeat(50)
    + '</body></html>',
  // no input at all, but its title says what it is
  shaped: '<!doctype html><html><head><meta charset=utf-8><title>Sign in to continue</title></head><body>'
    + '<h1>Welcome back</h1><p>Choose how to continue.</p><button>Next</button></body></html>',
  // an ordinary article whose only ask is a frame, or a field made editable
  framed: '<!doctype html><html><head><meta charset=utf-8><title>Field notes: grafting</title></head><body>'
    + '<h1>Grafting</h1><p>Whip and tongue, then tape.</p><iframe srcdoc="<p>Comments</p>"></iframe></body></html>',
  editable: '<!doctype html><html><head><meta charset=utf-8><title>Field notes: mulching</title></head><body>'
    + '<h1>Mulching</h1><p contenteditable=false>Bark, not stone.</p><div contenteditable>Your note</div></body></html>',
  // contenteditable=false is the one value that asks for nothing
  readonly: '<!doctype html><html><head><meta charset=utf-8><title>Field notes: watering</title></head><body>'
    + '<h1>Watering</h1><p contenteditable=false>Early, and at the roots.</p></body></html>',
  // a sign-in page whose policy forbids every script, fetch and frame (served with CSP below)
  locked: '<!doctype html><html><head><meta charset=utf-8><title>Member area</title></head><body>'
    + '<form action=/session method=post><label>Email <input type=email name=email></label>'
    + '<label>Password <input type=password name=pw></label><button>Continue</button></form></body></html>',
};
const HEADERS = { locked: { 'content-security-policy': "default-src 'none'; script-src 'none'; connect-src 'none'; frame-src 'none'" } };

let b;

before(async () => {
  b = await launchBrowser();
  await b.context.route(`${HOST}/**`, (route) => {
    const name = new URL(route.request().url()).pathname.slice(1);
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers: HEADERS[name], body: PAGES[name] ?? 'not found' });
  });
  await b.watchTaken(); // every answer the worker takes from a page: messages, pulled answers, injection results
});
after(() => b?.close());

/** What the worker took from the page's tab so far. */
async function takenFrom(page) {
  const tabId = await b.tabId(page);
  return (await b.taken()).filter((t) => t.tabId === tabId);
}

/** The first snapshot the worker took from the page's tab that satisfies `check`, waiting up to `timeout` ms. */
async function snapshotWhere(page, check, timeout = 6000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const mine = (await takenFrom(page)).filter((t) => t.message.type === 'snapshot' && t.message.snapshot);
    const hit = mine.find((t) => check(t.message.snapshot));
    if (hit) return hit.message.snapshot;
    if (Date.now() > deadline) throw new Error(`no such snapshot from ${page.url()}: ${JSON.stringify(mine).slice(0, 1500)}`);
    await page.waitForTimeout(50); // polling interval of a condition wait
  }
}

/** Which stages run in the page's top frame (the content script's world). */
function stages(page) {
  return b.inContentScript(page, '({ probe: Boolean(globalThis.CONSENT_GUARD_PROBE), collector: typeof globalThis.CONSENT_GUARD_CONTENT?.collect === "function" })');
}

test('an ordinary page gets only the first stage and a small snapshot, and is judged', async () => {
  const page = await b.open(`${HOST}/plain`);
  const snapshot = await snapshotWhere(page, (s) => s.title.startsWith('Field notes'));
  assert.deepEqual(snapshot.inputs, []);
  assert.match(snapshot.text, /Pruning apple trees/);
  const record = await (async () => {
    for (const deadline = Date.now() + 5000; Date.now() < deadline; await page.waitForTimeout(50)) {
      const r = await b.tabRecord(page);
      if (r?.verdict && r.url === page.url()) return r;
    }
    return null;
  })();
  assert.equal(record?.verdict?.level, 'none', JSON.stringify(record));
  assert.deepEqual(await stages(page), { probe: true, collector: false });
  // the worker pulled the small snapshot: the page sent no message (it never used the extension's bindings)
  assert.deepEqual((await takenFrom(page)).map((t) => `${t.via} ${t.message.type}`), ['pulled snapshot']);
  await page.close();
});

test('a sign-in form added later loads the full collector, which reads it', async () => {
  const page = await b.open(`${HOST}/plain`);
  await snapshotWhere(page, (s) => s.title.startsWith('Field notes'));
  assert.deepEqual(await stages(page), { probe: true, collector: false });
  await page.evaluate(() => {
    const form = document.createElement('form');
    form.innerHTML = '<label>Email <input type=email name=email></label><label>Password <input type=password name=pw></label>';
    document.body.append(form);
  });
  const snapshot = await snapshotWhere(page, (s) => s.inputs.some((i) => i.kind === 'password'));
  assert.ok(snapshot.forms.length >= 1);
  assert.deepEqual(await stages(page), { probe: true, collector: true });
  await page.close();
});

test('a text that changes into a sign-in word loads the full collector (a text-only change is re-read)', async () => {
  const page = await b.open(`${HOST}/plain`);
  await snapshotWhere(page, (s) => s.title.startsWith('Field notes'));
  assert.deepEqual(await stages(page), { probe: true, collector: false });
  // only a text node's data changes: no node is added or removed
  await page.evaluate(() => { document.querySelector('h1').firstChild.data = 'Sign in with your Microsoft account'; });
  // the probe hands such a page off without a small snapshot: this one is the collector's
  await snapshotWhere(page, (s) => s.text.includes('Sign in with your Microsoft account'));
  assert.deepEqual(await stages(page), { probe: true, collector: true });
  await page.close();
});

test('a page that only says it is a sign-in (no input yet) gets the full collector', async () => {
  const page = await b.open(`${HOST}/shaped`);
  await snapshotWhere(page, (s) => s.buttons.includes('Next'));
  assert.deepEqual(await stages(page), { probe: true, collector: true });
  await page.close();
});

test('a frame or an editable field is an ask; contenteditable=false is not', async () => {
  for (const [name, collector] of [['framed', true], ['editable', true], ['readonly', false]]) {
    const page = await b.open(`${HOST}/${name}`);
    await snapshotWhere(page, (s) => s.title.startsWith('Field notes'));
    assert.deepEqual(await stages(page), { probe: true, collector }, name);
    await page.close();
  }
});

test('a sign-in page whose policy forbids everything is read and judged (the worker injects the collector)', async () => {
  const page = await b.open(`${HOST}/locked`);
  const snapshot = await snapshotWhere(page, (s) => s.inputs.some((i) => i.kind === 'password'));
  assert.ok(snapshot.forms.length >= 1);
  assert.deepEqual(await stages(page), { probe: true, collector: true });
  // the worker pulls the probe's `collect`, once, and takes the collector's first snapshot as the
  // injection's result: no message; the page's policy binds neither injection
  const sequence = (await takenFrom(page)).filter((t) => t.frameId === 0).map((t) => `${t.via} ${t.message.type}`);
  assert.deepEqual(sequence.slice(0, 2), ['pulled collect', 'injected snapshot']);
  assert.equal(sequence.filter((t) => t.endsWith('collect')).length, 1);
  assert.ok(!sequence.some((t) => t.startsWith('message')), sequence.join(', '));
  const record = await (async () => {
    for (const deadline = Date.now() + 5000; Date.now() < deadline; await page.waitForTimeout(50)) {
      const r = await b.tabRecord(page);
      if (r?.verdict && r.url === page.url()) return r;
    }
    return null;
  })();
  assert.ok(record?.verdict, JSON.stringify(record));
  await page.close();
});

test('a page cannot find the collector at its fixed address', async () => {
  const page = await b.open(`${HOST}/plain`);
  const url = `chrome-extension://${b.extensionId}/content/collector.js`;
  const fetched = await page.evaluate((u) => fetch(u).then((r) => `status ${r.status}`, (err) => `failed: ${err.name}`), url);
  assert.match(fetched, /^failed/);
  await page.close();
});

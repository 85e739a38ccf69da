'use strict';
// Re-collection from mutation records (content/recollect.js): what a page changes after its first
// snapshot reaches the verdict, a change away from everything the snapshot read as an item is re-read
// in place (no whole collect), and a page that changes text all the time costs little. The pages are
// generated here and served through request interception at a hostname of their own. What the
// collector did is read from the content script's own world (`b.inContentScript`): the page cannot
// see it.

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { launchBrowser, until } = require('./harness');
const { articleBody } = require('./pages');

const HOST = 'https://recollect-pages.example';
const FORM = '<form action="/login" method="post"><label>Email <input type=email name=email autocomplete=username></label>'
  + '<label>Password <input type=password name=password autocomplete=current-password></label><button>Sign in</button></form>';
const filler = (from, to) => Array.from({ length: to - from }, (_, i) =>
  `<p>Note ${from + i}: the quarterly figures were filed and the archive was tidied.</p>`).join('');
const page = (title, body, style = '') => `<!doctype html><html><head><meta charset=utf-8><title>${title}</title>`
  + `<style>body{font:16px sans-serif}p{margin:8px 0}${style}</style></head><body>${body}</body></html>`;

// The 20,000-element article with a sign-in form of benches/page-cost.js.
const article = () => page('Field notes: building a garden shed', articleBody(FORM, { ids: true }));

const SHOW = '@keyframes show{to{visibility:visible}}';
const PAGES = {
  'late-form': page('Staff notes - Fabrikam', '<h1>Staff notes</h1><form action="/subscribe"><label>Email for the newsletter '
    + `<input type=email name=email autocomplete=email></label><button>Subscribe</button></form>${filler(0, 8)}<div id=slot></div>${filler(8, 30)}`),
  // Shown by CSS alone, three seconds after load: no script, no mutation.
  'reveal-animation': page('Staff portal - Fabrikam', `${FORM}${filler(0, 12)}<div class=late><p>Animated card: enter the amber passphrase</p>`
    + `<form action="/pin"><label>PIN <input type=password name=pin></label></form></div>${filler(12, 30)}`,
  `${SHOW}.late{visibility:hidden;animation:show .2s 3s forwards}`),
  // A class flip starts a transition that shows the card a second later.
  'reveal-transition': page('Staff portal - Fabrikam', `${FORM}${filler(0, 12)}<div class=late><p>Faded card: enter the cobalt passphrase</p>`
    + `<form action="/pin"><label>PIN <input type=password name=pin></label></form></div>${filler(12, 30)}`,
  '.late{opacity:0;transition:opacity .2s 1s}.late.on{opacity:1}'),
  'reveal-class': page('Staff portal - Fabrikam', `${FORM}${filler(0, 12)}<div class="late hide"><p>Flipped card: enter the jade passphrase</p>`
    + `<form action="/pin"><label>PIN <input type=password name=pin></label></form></div>${filler(12, 30)}`,
  '.late.hide{display:none}'),
  // Text away from the form shown by CSS alone: re-read in place.
  'reveal-text': page('Staff portal - Fabrikam', `${FORM}${filler(0, 12)}<div class=late><p>Shown later: the canteen opens at noon</p></div>${filler(12, 30)}`,
  `${SHOW}.late{visibility:hidden;animation:show .2s 2.5s forwards}`),
  // A class flip on one element shows its later sibling through CSS (`.on ~ .late`).
  'reveal-sibling': page('Staff portal - Fabrikam', `${FORM}${filler(0, 12)}<div><div class=toggle><p>Lunch</p></div>`
    + `<div class=late><p>Sibling card: the lunch menu is soup</p></div></div>${filler(12, 30)}`,
  '.late{display:none}.toggle.on~.late{display:block}'),
  brand: page('Staff portal - Fabrikam', `<h1>Fabrikam staff portal</h1>${FORM}${filler(0, 12)}<p id=far>Questions go to the help desk.</p>${filler(12, 30)}`),
  removal: page('Staff portal - Fabrikam', `<h1>Fabrikam staff portal</h1><div id=card>${FORM}</div>${filler(0, 30)}`),
  ticker: page('Staff portal - Fabrikam', `<h1>Fabrikam staff portal</h1>${FORM}${filler(0, 12)}<p>Local time <span id=tick>0</span></p>${filler(12, 60)}`),
  article: article(),
};

let b;

before(async () => {
  b = await launchBrowser();
  await b.context.route(`${HOST}/**`, (route) => {
    const name = new URL(route.request().url()).pathname.slice(1);
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: PAGES[name] ?? 'not found' });
  });
  await b.watchTaken(); // every snapshot the worker takes: by message, pulled, or the injection's result
});
after(() => b?.close());

const open = (name) => b.open(`${HOST}/${name}`);

/** The snapshot messages of the page's top frame so far. */
async function messages(page) {
  const tabId = await b.tabId(page);
  return (await b.taken()).filter((t) => t.tabId === tabId && t.frameId === 0 && t.message.type === 'snapshot' && t.message.snapshot)
    .map((t) => ({ snapshot: t.message.snapshot, recollected: t.message.recollected ?? null, tabId: t.tabId, frameId: t.frameId }));
}

/** The first snapshot message of the page's top frame (after `from` of them) that satisfies `check`. */
async function sent(page, what, check, from = 0, timeout = 10_000) {
  return until(what, async () => (await messages(page)).slice(from).find((m) => check(m.snapshot, m)), timeout);
}

/** What the collector holds now, and what re-collection did: read in the content script's world. */
async function collector(page) {
  return b.inContentScript(page, `(() => {
    const cg = globalThis.CONSENT_GUARD_CONTENT;
    const read = cg?.lastRead?.();
    return read ? { text: read.snapshot.text, stats: { ...cg.recollect.stats }, collectMs: read.snapshot.collectMs } : null;
  })()`);
}

const hasPassword = (s) => s.inputs.some((i) => i.kind === 'password');
const brandWith = (word) => (s) => s.brand.some((item) => new RegExp(word, 'i').test(item.text));

test('a form added late reaches the snapshot', async () => {
  const tab = await open('late-form');
  await sent(tab, 'the first snapshot', (s) => s.inputs.length > 0 && !hasPassword(s));
  await tab.evaluate((form) => { document.getElementById('slot').innerHTML = form; }, FORM);
  const hit = await sent(tab, 'the late password field', hasPassword);
  assert.equal(hit.recollected, 'whole', 'an added form is read by the whole collect');
  await tab.close();
});

test('a form revealed by a CSS animation alone, with no mutation, is read once it shows', async () => {
  const tab = await open('reveal-animation');
  const first = await until('the first snapshot', () => collector(tab));
  assert.doesNotMatch(first.text, /amber passphrase/, 'hidden at first');
  await until('the animated card in the text', async () => /amber passphrase/.test((await collector(tab)).text));
  await tab.close();
});

test('a form revealed by a CSS transition after a class flip is read once it shows', async () => {
  const tab = await open('reveal-transition');
  const first = await until('the first snapshot', () => collector(tab));
  await tab.evaluate(() => document.querySelector('.late').classList.add('on'));
  // the flip is read at once (the card still transparent), the transition's end a second later
  await until('the faded-in card in the text', async () => /cobalt passphrase/.test((await collector(tab)).text));
  assert.doesNotMatch(first.text, /cobalt passphrase/);
  await tab.close();
});

test('a form revealed by a class flip is read', async () => {
  const tab = await open('reveal-class');
  const first = await until('the first snapshot', () => collector(tab));
  assert.doesNotMatch(first.text, /jade passphrase/);
  await tab.evaluate(() => document.querySelector('.late').classList.remove('hide'));
  await until('the flipped card in the text', async () => /jade passphrase/.test((await collector(tab)).text));
  await tab.close();
});

test('text shown by CSS away from the form is re-read in place, without a whole collect', async () => {
  const tab = await open('reveal-text');
  const first = await until('the first snapshot', () => collector(tab));
  assert.doesNotMatch(first.text, /canteen opens/);
  const now = await until('the shown text', async () => {
    const c = await collector(tab);
    return /canteen opens/.test(c.text) && c;
  });
  assert.equal(now.stats.whole, first.stats.whole, `no whole collect (${now.stats.lastWhy})`);
  assert.ok(now.stats.fromRecords > first.stats.fromRecords);
  await tab.close();
});

test('a class flip that shows a later sibling through CSS is re-read with the sibling', async () => {
  const tab = await open('reveal-sibling');
  const first = await until('the first snapshot', () => collector(tab));
  assert.doesNotMatch(first.text, /lunch menu/);
  await tab.evaluate(() => document.querySelector('.toggle').classList.add('on'));
  const now = await until('the sibling in the text', async () => {
    const c = await collector(tab);
    return /lunch menu is soup/.test(c.text) && c;
  });
  assert.equal(now.stats.whole, first.stats.whole, `no whole collect (${now.stats.lastWhy})`);
  await tab.close();
});

test('a brand named late, far from the form and in the heading, reaches the snapshot', async () => {
  const tab = await open('brand');
  await sent(tab, 'the first snapshot', hasPassword);
  assert.ok(!(await messages(tab)).some((m) => brandWith('Microsoft')(m.snapshot)));
  await tab.evaluate(() => { document.getElementById('far').textContent = 'Sign in with your Microsoft account to continue.'; });
  await sent(tab, 'the brand in the text', (s) => s.brand.some((i) => i.source === 'text' && /Microsoft/.test(i.text)));
  const count = (await messages(tab)).length;
  await tab.evaluate(() => { document.querySelector('h1').textContent = 'Google Workspace sign-in'; });
  await sent(tab, 'the brand in the heading', (s) => s.brand.some((i) => i.source === 'heading' && /Google/.test(i.text)), count);
  await tab.close();
});

test('a removed form takes its asks with it', async () => {
  const tab = await open('removal');
  await sent(tab, 'the first snapshot', hasPassword);
  const count = (await messages(tab)).length;
  await tab.evaluate(() => document.getElementById('card').remove());
  const hit = await sent(tab, 'a snapshot without the form', (s) => s.inputs.length === 0 && s.forms.length === 0, count);
  assert.equal(hit.recollected, 'whole');
  await tab.close();
});

test('text changed 100 times a second for 3 s: the verdict stays, the cost stays small', async (t) => {
  const tab = await open('ticker');
  await sent(tab, 'the first snapshot', hasPassword);
  const verdictBefore = await until('the verdict', async () => (await b.tabRecord(tab))?.verdict);
  const before = await collector(tab);
  await tab.evaluate(() => new Promise((resolve) => {
    const tick = document.getElementById('tick');
    const started = performance.now();
    const timer = setInterval(() => {
      tick.textContent = `12:00:${(performance.now() - started).toFixed(0)}`;
      if (performance.now() - started > 3000) {
        clearInterval(timer);
        tick.textContent = 'ticker stopped';
        resolve();
      }
    }, 10);
  }));
  const end = await until('the last text read', async () => {
    const c = await collector(tab);
    return /ticker stopped/.test(c.text) && c;
  });
  const s = end.stats;
  const added = (s.noteMs - before.stats.noteMs) + (s.takeMs - before.stats.takeMs) + (s.collectMs - before.stats.collectMs);
  t.diagnostic(`records ${s.records - before.stats.records} in ${s.batches - before.stats.batches} batches: looking ` +
    `${(s.noteMs - before.stats.noteMs).toFixed(1)} ms; ${s.fromRecords - before.stats.fromRecords} re-collections from records ` +
    `${(s.takeMs - before.stats.takeMs).toFixed(1)} ms; ${s.whole - before.stats.whole} whole collects; added script time ${added.toFixed(1)} ms`);
  assert.equal(s.whole, before.stats.whole, `no whole collect while the page ticks (${s.lastWhy})`);
  const verdictAfter = (await b.tabRecord(tab))?.verdict;
  assert.equal(verdictAfter?.level, verdictBefore.level);
  assert.deepEqual(verdictAfter?.findings?.map((f) => f.rule), verdictBefore.findings?.map((f) => f.rule));
  await tab.close();
});

test('a late change on a 20,000-element article is re-read in place, not by a whole collect', async (t) => {
  const tab = await open('article');
  await sent(tab, 'the first snapshot', hasPassword, 0, 20_000);
  const before = await until('the first snapshot', () => collector(tab));
  assert.doesNotMatch(before.text, /revised/);
  await tab.evaluate(() => { document.getElementById('s5').textContent = 'step two, revised after review'; });
  const now = await until('the change in the text', async () => {
    const c = await collector(tab);
    return /revised after review/.test(c.text) && c;
  });
  assert.equal(now.stats.whole, before.stats.whole, `no whole collect (${now.stats.lastWhy})`);
  const from = now.stats.fromRecords - before.stats.fromRecords;
  t.diagnostic(`whole collect ${before.collectMs} ms; from records ${((now.stats.takeMs - before.stats.takeMs) / from).toFixed(2)} ms ` +
    `(+ looking ${(now.stats.noteMs - before.stats.noteMs).toFixed(2)} ms); noting the items after the whole collect ${before.stats.baseMs.toFixed(2)} ms`);
  await tab.close();
});

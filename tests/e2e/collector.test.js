'use strict';
// What the content script reads of pages built to hide from it: the snapshots as the extension receives
// them (the worker's record of what it takes: messages, pulled answers, injection results), for
// the corpus's pages (tests/fixtures/<host>/) and a few pages of this file's own.

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { launchBrowser } = require('./harness');

let b;

before(async () => {
  b = await launchBrowser();
  await b.watchTaken(); // every snapshot the worker takes: by message, pulled, or the injection's result
});
after(() => b?.close());

/** The snapshots the worker took so far, each with its frame's address and origin. */
async function seen() {
  return (await b.taken()).filter((t) => t.message.type === 'snapshot').map((t) => ({
    snapshot: t.message.snapshot, error: t.message.error ?? null, url: t.url, origin: t.origin,
    frameId: t.frameId, tabId: t.tabId,
  }));
}

/**
 * Waits for a snapshot from the page's tab (any frame) that satisfies `check`; throws with the last
 * snapshots of that tab when none does within the time.
 */
async function snapshotWhere(page, check, { timeout = 6000, what = 'a snapshot' } = {}) {
  const tabId = await b.tabId(page);
  const deadline = Date.now() + timeout;
  let mine = [];
  for (;;) {
    const all = await seen();
    mine = all.filter((m) => m.tabId === tabId);
    const hit = mine.find((m) => m.snapshot && check(m.snapshot, m));
    if (hit) return hit;
    if (Date.now() > deadline) {
      const last = mine.slice(-3).map((m) => ({ url: m.url, origin: m.origin, error: m.error, snapshot: m.snapshot && {
        brand: m.snapshot.brand, inputs: m.snapshot.inputs, text: m.snapshot.text.slice(0, 300), truncated: m.snapshot.truncated,
        skipped: m.snapshot.skipped } }));
      throw new Error(`no snapshot with ${what} from ${page.url()}; last: ${JSON.stringify(last).slice(0, 3000)}`);
    }
    await page.waitForTimeout(50); // polling interval of a condition wait
  }
}

const brandWith = (word) => (s) => s.brand.some((item) => new RegExp(word, 'i').test(item.text.replace(/\s+/g, '')));
const hasPassword = (s) => s.inputs.some((i) => i.kind === 'password');

async function opened(host, path) {
  return b.open(b.url(host, path));
}

test('hidden-letter salting: Mic<span font-size:0>x</span>rosoft reads as Microsoft', async () => {
  const page = await opened('secure-voicemail-inbox.com', '/');
  const { snapshot } = await snapshotWhere(page, brandWith('Microsoft'), { what: 'the brand Microsoft' });
  assert.ok(!snapshot.brand.some((i) => /Micxrosoft/i.test(i.text)), 'the hidden letter is dropped');
  await page.close();
});

test('zero-width characters are dropped: G\\u2060o\\u200Dogle reads as Google', async () => {
  const page = await opened('drive-quota-warning.com', '/');
  await snapshotWhere(page, brandWith('^.*Google'), { what: 'the brand Google' });
  await page.close();
});

test('a brand split into one element per letter is joined as rendered', async () => {
  const page = await opened('hr-policy-acknowledge.com', '/');
  await snapshotWhere(page, brandWith('Microsoft'), { what: 'the split brand Microsoft' });
  await page.close();
});

test('decoy flood: 5000 hidden nodes before the brand do not push it out', async () => {
  const page = await opened('sharedfile-notice.com', '/');
  const { snapshot } = await snapshotWhere(page, (s) => brandWith('Microsoft')(s) && /Microsoft/.test(s.text), { what: 'Microsoft in brand and text' });
  assert.ok(hasPassword(snapshot) || snapshot.inputs.length > 0, 'the form after the flood is read');
  await page.close();
});

test('decoy flood: 600 KB of zero-height paragraphs before "Sign in to GitHub"', async () => {
  const page = await opened('security-advisory-ack.com', '/login');
  await snapshotWhere(page, brandWith('GitHub'), { what: 'the brand GitHub' });
  await page.close();
});

test('a brand only in ::before content, and in ::before content: attr()', async () => {
  const page = await opened('login-session-check.com', '/');
  await snapshotWhere(page, brandWith('Microsoft'), { what: 'Microsoft from ::before' });
  await page.close();
  const attr = await opened('repo-access-review.com', '/login');
  await snapshotWhere(attr, brandWith('GitHub'), { what: 'GitHub from ::before attr()' });
  await attr.close();
});

test('a brand only as plain text 2400 px below the form is a text brand item', async () => {
  const page = await opened('document-center-online.com', '/');
  const { snapshot } = await snapshotWhere(page, (s) => s.brand.some((i) => i.source === 'text' && /Microsoft/i.test(i.text)),
    { what: 'a text brand item naming Microsoft' });
  assert.ok(snapshot.inputs.length > 0);
  await page.close();
});

test('a large page: a brand below the first screens is read plainly, hidden text there is not', async () => {
  // 3,500 boxes make it large; the brand stands below a 3,200 px block, past the first two screens
  // (the page is judged dangerous and replaced at once, so nothing of it is measured here)
  const page = await opened('blog.devnotes.io', '/long-read.html');
  const { snapshot } = await snapshotWhere(page, (s) => s.inputs.some((i) => i.kind === 'password') && brandWith('GitHub')(s),
    { what: 'the password field and GitHub, 3,300 px down, as a brand item', timeout: 10000 });
  assert.ok(snapshot.brand.some((i) => i.source === 'text' && /continue with GitHub/.test(i.text)), JSON.stringify(snapshot.brand));
  assert.match(snapshot.text, /continue with GitHub/);
  // in the first screen, read closely: the hidden letter is left out
  assert.match(snapshot.text, /Use your Microsoft account/);
  // below, read plainly: a hidden line that names a provider is left out, as the close reading leaves it
  assert.ok(!/Google/.test(snapshot.text), snapshot.text);
  assert.ok(!snapshot.brand.some((i) => /Google/.test(i.text)), JSON.stringify(snapshot.brand));
  await page.close();
});

test('a large page: a line read plainly that may read otherwise as drawn is read closely', async () => {
  // A page of more than 3,000 elements: its first screens are read closely; below them a block read
  // plainly, and a line of it whose word runs across two text nodes, or that names a provider
  // forwards or backwards, is read closely (a bidi override as drawn).
  const page = await opened('blog.devnotes.io', '/first-screens.html');
  const { snapshot } = await snapshotWhere(page, (s) => s.inputs.some((i) => i.kind === 'password') && brandWith('Google')(s),
    { what: 'the password field and "Sign in with Google" as drawn, 2,800 px down', timeout: 10000 });
  assert.match(snapshot.text, /Continue with your Microsoft account/);
  assert.ok(snapshot.brand.some((i) => i.text === 'GitHub'), JSON.stringify(snapshot.brand));
  assert.ok(snapshot.brand.some((i) => i.text === 'Sign in with Google'), JSON.stringify(snapshot.brand));
  // text hidden by `display: none` in a block read as rendered text is left out
  assert.ok(!/Facebook/.test(snapshot.text), snapshot.text);
  assert.match(snapshot.text, /Pots stand on the lower shelf/);
  // in the first screens, read closely: transparent words are left out
  assert.match(snapshot.text, /Notes kept(?! in a drawer)/);
  await page.close();
});

test('a large page: the sign-in card far below is read as drawn, in the footer or a closed shadow root', async () => {
  // 3,400 elements; the card stands after the bulk, past the text budget: its heading is read as drawn
  // (::before/::after of an empty span; letters reversed by flex row-reverse in a closed shadow root)
  for (const [host, path] of [['gist-longform.dev', '/notes/build'], ['wiki-codeshare.dev', '/wiki/Incident-Runbook']]) {
    const page = await opened(host, path);
    const { snapshot } = await snapshotWhere(page, (s) => s.brand.some((i) => /^Sign in to GitHub$/.test(i.text)),
      { what: `"Sign in to GitHub" as drawn on ${host}`, timeout: 10000 });
    // the bulk above it is not read closely: the text stays within its budget
    assert.ok(snapshot.text.length <= 3000, `${snapshot.text.length}`);
    // the heading's ::after is read too (not "Sign in to Git")
    assert.ok(!snapshot.brand.some((i) => /Sign in to Git$/.test(i.text)), JSON.stringify(snapshot.brand.slice(-5)));
    await page.close();
  }
});

test('a large page: drawn address bars in the first text nodes and past them are both read', async () => {
  // the snapshot reads the first 1,000 text nodes; the first idle scan starts its head after them
  // and keeps what they held, so both bars reach the snapshots that follow
  const page = await opened('blog.devnotes.io', '/address-bars.html');
  const urls = (s) => s.positionedUrls.map((u) => u.text);
  const first = await snapshotWhere(page, (s) => urls(s).some((t) => t.startsWith('portal.fabrikam-notes.net')),
    { what: 'the first drawn address bar' });
  assert.ok(first.snapshot.positionedUrls.find((u) => u.text.startsWith('portal.fabrikam-notes.net')).withForm);
  const both = await snapshotWhere(page, (s) => urls(s).some((t) => t.startsWith('portal.fabrikam-notes.net'))
    && urls(s).some((t) => t.startsWith('docs.fabrikam-notes.net')), { what: 'both drawn address bars', timeout: 10000 });
  assert.equal(both.snapshot.positionedUrls.length, 2, JSON.stringify(both.snapshot.positionedUrls));
  await page.close();
});

test('device-code instructions reach the snapshot text', async () => {
  const page = await opened('secure-doc-access.com', '/verify');
  await snapshotWhere(page, (s) => /devicelogin/i.test(s.text), { what: '"devicelogin" in the text' });
  await page.close();
});

test('a text field masked with -webkit-text-security is a password field', async () => {
  const page = await opened('secure-mail-relay.com', '/');
  const { snapshot } = await snapshotWhere(page, hasPassword, { what: 'a password input' });
  const field = snapshot.inputs.find((i) => i.kind === 'password');
  assert.equal(field.type, 'text');
  assert.equal(field.masked, true);
  await page.close();
});

test('a masked contenteditable inside a sign-in card is a password field', async () => {
  const page = await opened('account-safety-review.com', '/');
  const { snapshot } = await snapshotWhere(page, hasPassword, { what: 'a password field' });
  const field = snapshot.inputs.find((i) => i.kind === 'password');
  assert.equal(field.editable, true);
  assert.equal(field.type, 'contenteditable');
  await page.close();
});

test('a form revealed by a CSS animation alone is collected once it shows', async () => {
  const page = await opened('quarantine-release-mail.com', '/');
  await snapshotWhere(page, hasPassword, { what: 'the revealed password field', timeout: 8000 });
  await page.close();
});

test('a form faded in by CSS opacity, and one under content-visibility, are collected', async () => {
  const faded = await opened('package-publish-confirm.com', '/');
  await snapshotWhere(faded, hasPassword, { what: 'the faded-in password field', timeout: 8000 });
  await faded.close();
  const cv = await opened('docs-comment-mention.com', '/');
  await snapshotWhere(cv, hasPassword, { what: 'the password field under content-visibility', timeout: 8000 });
  await cv.close();
});

test('a logo painted through a CSS mask is drawn as a background thumbnail', async () => {
  // The page imitates GitHub: the capture of the tab finds the mark and the warning page replaces
  // the page, often before the snapshot with the thumbnail (drawn, then sent after the collector's
  // throttle) goes out. The person continues to the page: it stays in the tab, still judged, and
  // its collector's snapshots are read there.
  const page = await opened('org-member-verify.dev', '/login');
  assert.ok(await b.warning(page, 8000), 'the page is replaced by the warning page');
  await page.click('#continue');
  await page.fill('#reason', 'reading the page');
  await page.click('#reason-submit');
  await page.waitForURL((u) => u.hostname === 'org-member-verify.dev', { timeout: 5000 });
  const { url } = await snapshotWhere(page,
    (s) => s.images.some((i) => i.source === 'background' && i.label.startsWith('data:image/svg')),
    { what: 'the mask image as a background thumbnail' });
  assert.equal(url, b.url('org-member-verify.dev', '/login'));
  await page.close();
});

test('each logo candidate carries where it is shown and where it stands from the form\'s card', async () => {
  const placed = (source, check) => (s) => s.images.some((i) => i.source === source && i.place && check(i.place));
  // A partner badge in the header bar, above the client portal's bordered card.
  let page = await opened('portal.copperline-it.com', '/login');
  let { snapshot } = await snapshotWhere(page, placed('svg', (p) => p.inBar), { what: 'the header badge in a bar' });
  let place = snapshot.images.find((i) => i.place?.inBar).place;
  assert.equal(place.inFormCard, false);
  assert.equal(place.formSide, 'above');
  assert.ok(place.formGap > 0 && place.width === 20 && place.height === 20, JSON.stringify(place));
  await page.close();
  // A vault's item icons: a column of four to the left of the unlock card (the first ones above its
  // top edge, so nearer above than left), outside it and in no bar.
  page = await opened('vault.keyharbor.app', '/');
  ({ snapshot } = await snapshotWhere(page, (s) => s.images.filter((i) => i.place?.peers >= 2).length >= 4,
    { what: 'the item icons lined up' }));
  const icons = snapshot.images.filter((m) => m.source === 'svg').map((m) => m.place);
  assert.deepEqual(icons.map((p) => p.pageX), [238, 238, 238, 238]);
  for (const p of icons) {
    assert.ok(['left', 'above'].includes(p.formSide) && p.formGap > 0, JSON.stringify(p));
    assert.equal(p.inFormCard || p.inBar, false, JSON.stringify(p));
  }
  assert.equal(icons.at(-1).formSide, 'left');
  await page.close();
  // The logo heading a sign-in card is inside it; one positioned over the card from outside is over it.
  page = await opened('northwind-docshare.com', '/login');
  ({ snapshot } = await snapshotWhere(page, placed('svg', (p) => p.inFormCard && p.formSide === 'over' && p.formGap === 0),
    { what: 'the logo inside the card' }));
  await page.close();
  page = await opened('ledgerline-payroll.com', '/signin');
  ({ snapshot } = await snapshotWhere(page, placed('img', (p) => p.formSide === 'over'), { what: 'the logo over the card' }));
  place = snapshot.images.find((i) => i.source === 'img').place;
  assert.equal(place.inFormCard, false);
  assert.equal(place.peers, 0);
  await page.close();
});

test('words drawn as an SVG image (<img> or CSS background) are logo brand items; not in a button', async () => {
  const img = await opened('repo-login-gate.dev', '/login');
  await snapshotWhere(img, (s) => s.brand.some((i) => i.source === 'logo' && i.text === 'Sign in to GitHub'),
    { what: 'the words of the <img> of SVG text' });
  await img.close();
  const bg = await opened('photo-album-signin.com', '/signin');
  await snapshotWhere(bg, (s) => s.brand.some((i) => i.source === 'logo' && i.text === 'Sign in with Google'),
    { what: 'the words of the CSS background of SVG text' });
  await bg.close();
  // the same picture of words as a button's label is that button's, not the page's
  const other = await opened('blog.devnotes.io', '/');
  await other.evaluate(() => {
    const button = document.createElement('button');
    button.innerHTML = '<img alt="" src="data:image/svg+xml;charset=utf-8,%3Csvg%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%20width%3D%22200%22%20height%3D%2230%22%3E%3Ctext%20x%3D%220%22%20y%3D%2220%22%3EContinue%20with%20Microsoft%3C%2Ftext%3E%3C%2Fsvg%3E">';
    const pw = document.createElement('input');
    pw.type = 'password';
    document.body.prepend(pw, button);
  });
  const { snapshot } = await snapshotWhere(other, (s) => hasPassword(s) && s.images.some((i) => i.source === 'img' && i.label.startsWith('data:image/svg')),
    { what: 'the button image drawn' });
  assert.ok(!snapshot.brand.some((i) => /Microsoft/.test(i.text)), JSON.stringify(snapshot.brand));
  await other.close();
});

test('a large canvas beside an off-screen key sink is a password field; without the sink it is not', async () => {
  const vnc = await opened('remote-session-4410.com', '/vnc/');
  await snapshotWhere(vnc, (s) => s.inputs.some((i) => i.kind === 'password' && i.type === 'canvas'),
    { what: 'the canvas as a password field' });
  await vnc.close();
  // a big canvas beside a text field the person sees is a drawing beside a field; once the field is
  // moved off screen, the keys typed over the canvas go there
  const other = await opened('blog.devnotes.io', '/');
  await other.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 600;
    canvas.height = 400;
    const note = document.createElement('textarea');
    note.id = 'note';
    document.body.prepend(canvas, note);
  });
  const { snapshot } = await snapshotWhere(other, (s) => s.inputs.some((i) => i.id === 'note'), { what: 'the shown textarea' });
  assert.ok(!snapshot.inputs.some((i) => i.kind !== 'other'), JSON.stringify(snapshot.inputs));
  await other.evaluate(() => { document.getElementById('note').style.cssText = 'position:absolute;left:-9999px;top:0'; });
  await snapshotWhere(other, (s) => s.inputs.some((i) => i.kind === 'password' && i.type === 'canvas'),
    { what: 'the canvas beside the off-screen textarea as a password field' });
  await other.close();
});

test('a drawn box filled by a document key listener is a password field, not where an input takes keys', async () => {
  const page = await opened('account-unlock-help.com', '/signin/challenge');
  await snapshotWhere(page, (s) => s.inputs.some((i) => i.kind === 'password' && i.type === 'drawn'),
    { what: 'the drawn password box' });
  await page.close();
  // the same box on a page with a search field: typed keys go to that field, the box is text
  const other = await opened('blog.devnotes.io', '/');
  await other.evaluate(() => {
    const search = document.createElement('input');
    search.type = 'search';
    const box = document.createElement('div');
    box.style.cssText = 'border:1px solid #747775;height:22px;width:300px';
    box.textContent = 'Enter your password';
    document.body.prepend(search, box);
  });
  const { snapshot } = await snapshotWhere(other, (s) => s.text.includes('Enter your password'), { what: 'the box text' });
  assert.ok(!snapshot.inputs.some((i) => i.type === 'drawn'), JSON.stringify(snapshot.inputs));
  await other.close();
});

for (const [name, prefix, host, path] of [
  ['about:blank', 'about:blank', 'secure-message-center.com', '/'],
  ['srcdoc', 'about:srcdoc', 'shared-with-you.net', '/'],
  ['blob:', 'blob:https:', 'artifact-download-auth.com', '/'],
  ['data:', 'data:', 'fax-delivery-notice.com', '/'],
  // its document replaces the first, empty one, maybe while the collector is being loaded into it
  ['javascript: URL', 'about:blank', 'o365-doc-preview.net', '/view'],
]) {
  test(`a sign-in written into an ${name} frame is read, and judged as its page`, async () => {
    const page = await opened(host, path);
    const hit = await snapshotWhere(page, (s, m) => m.frameId !== 0 && hasPassword(s), { what: `a password field in the ${name} frame` });
    assert.ok(hit.url.startsWith(prefix), hit.url.slice(0, 80));
    if (name !== 'data:') assert.equal(hit.origin, `https://${host}`); // a data: document's origin is opaque
    // the worker accepted it: the tab's record holds a verdict for that frame
    const deadline = Date.now() + 5000;
    let record;
    do {
      record = await b.tabRecord(page);
      if (record && Object.keys(record.frames ?? {}).some((id) => id !== '0')) break;
      await page.waitForTimeout(50);
    } while (Date.now() < deadline);
    assert.ok(Object.keys(record?.frames ?? {}).some((id) => id !== '0'), `no frame verdict: ${JSON.stringify(record)}`);
    await page.close();
  });
}

test('a large page that asks nothing beside a frame of its origin is read closely: its drawer\'s brand far down', async () => {
  const own = await opened('blog.devnotes.io', '/frame-beside-drawer.html');
  const { snapshot } = await snapshotWhere(own, (s, m) => m.frameId === 0 && brandWith('UseyourGoogleAccount')(s),
    { what: 'the drawer\'s line naming Google in the top frame' });
  assert.equal(snapshot.inputs.length, 0);
  await own.close();
  // Beside a frame of another origin (an ad slot) the page is read as any page that asks nothing:
  // its first text only.
  const other = await opened('blog.devnotes.io', '/frame-beside-drawer.html?frame=other');
  const { snapshot: plain } = await snapshotWhere(other, (s, m) => m.frameId === 0, { what: 'the top frame' });
  assert.ok(plain.truncated);
  assert.ok(!brandWith('UseyourGoogleAccount')(plain), JSON.stringify(plain.brand.filter((i) => i.source !== 'banner')));
  await other.close();
});

test('a large page: a closed shadow root in the middle of the bulk, scrolled into view, is read', async () => {
  const page = await opened('gitgrove-mirror.dev', '/org/app/issues');
  const { snapshot } = await snapshotWhere(page, (s) => s.inputs.some((i) => i.kind === 'password' && i.inShadow),
    { what: 'the password field of the closed root' });
  assert.ok(snapshot.inputs.some((i) => i.kind === 'identifier' && i.inShadow), JSON.stringify(snapshot.inputs));
  await page.close();
});

test('a large page: a closed shadow root scrolled into view after the first scan is read then', async () => {
  // The page's load handler scrolls to the root; here that scroll is held back until the first
  // snapshot is in and the page has been idle (its first scan done, the view still at the top).
  const page = await b.context.newPage();
  await page.addInitScript(() => {
    const scroll = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function (...args) {
      /** @type {any} */ (window).scrollLater = () => scroll.apply(this, args);
    };
  });
  await page.goto(b.url('gitgrove-mirror.dev', '/org/app/issues'), { waitUntil: 'load' });
  await snapshotWhere(page, (s, m) => m.frameId === 0, { what: 'the first snapshot' });
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => resolve(undefined))));
  assert.equal(await page.evaluate(() => scrollY), 0);
  await page.evaluate(() => /** @type {any} */ (window).scrollLater());
  const { snapshot } = await snapshotWhere(page, (s) => s.inputs.some((i) => i.kind === 'password' && i.inShadow),
    { what: 'the password field of the closed root scrolled into view late', timeout: 12000 });
  assert.ok(snapshot.inputs.some((i) => i.kind === 'identifier' && i.inShadow), JSON.stringify(snapshot.inputs));
  await page.close();
});

test('a large page: a closed shadow root in the middle of a scrolling pane, scrolled into view, is read', async () => {
  // the window does not scroll: a load handler scrolls an overflow:auto pane past its first screens
  const page = await opened('teamchat-relay.com', '/c/general');
  const { snapshot } = await snapshotWhere(page, (s) => s.inputs.some((i) => i.kind === 'password' && i.inShadow),
    { what: 'the password field of the closed root in the pane' });
  assert.ok(snapshot.inputs.some((i) => i.kind === 'identifier' && i.inShadow), JSON.stringify(snapshot.inputs));
  assert.ok(brandWith('^Microsoft$')(snapshot), JSON.stringify(snapshot.brand.filter((i) => i.source !== 'banner')));
  await page.close();
  // a chat pane scrolled to its end onto a closed-root call widget: the widget is found and read, it asks nothing
  const chat = await opened('chat.harrowgate.example', '/room/design');
  const hit = await snapshotWhere(chat, (s) => s.buttons.includes('Share screen'), { what: 'the call widget of the closed root in the pane' });
  assert.ok(!hit.snapshot.inputs.some((i) => i.kind === 'password'), JSON.stringify(hit.snapshot.inputs));
  await chat.close();
});

test('a large page: a logo painted as a CSS background in the sticky sign-in bar at its end is read', async () => {
  const page = await opened('bootforge-academy.dev', '/course/week-6');
  const { snapshot } = await snapshotWhere(page, (s) => s.brand.some((i) => i.source === 'logo' && /GitHub/.test(i.text)),
    { what: 'the bar\'s background logo words' });
  assert.ok(snapshot.inputs.some((i) => i.kind === 'password'), JSON.stringify(snapshot.inputs));
  await page.close();
});

test('a large page: a painted layer over unlabeled fields elsewhere in the DOM is read closely', async () => {
  const page = await opened('mapletree-classroom.net', '/class/y9-history/assignments');
  const { snapshot } = await snapshotWhere(page, (s) => hasPassword(s) && brandWith('UseyourGoogleAccount')(s),
    { what: 'the painted layer\'s line naming Google beside the password field' });
  assert.ok(snapshot.truncated);
  await page.close();
});

test('a closed shadow root on a plain div is read', async () => {
  const page = await opened('benefits-enrollment-hr.com', '/');
  const { snapshot } = await snapshotWhere(page, hasPassword, { what: 'the password field in the closed root' });
  assert.ok(snapshot.inputs.find((i) => i.kind === 'password').inShadow);
  assert.ok(brandWith('Microsoft')(snapshot), 'the brand in the closed root');
  await page.close();
});

test('SVG-namespace inputs are skipped, the real fields read', async () => {
  const page = await opened('it-helpdesk-ticket.com', '/');
  const { snapshot } = await snapshotWhere(page, hasPassword, { what: 'the real password field' });
  assert.deepEqual(snapshot.skipped, []);
  await page.close();
});

test('an oversized page gets a truncated snapshot, not a refused one', async (t) => {
  const page = await opened('annual-report-viewer.com', '/');
  const hit = await snapshotWhere(page, hasPassword, { what: 'the sign-in on top', timeout: 10000 });
  t.diagnostic(`collectMs ${hit.snapshot.collectMs}`);
  assert.equal(hit.snapshot.truncated, true);
  assert.ok(JSON.stringify(hit.snapshot).length < 512 * 1024);
  await page.close();
});

test('a page whose snapshot would pass the byte limit is cut to fit and still judged', async () => {
  const page = await opened('blog.devnotes.io', '/');
  // hundreds of inputs with long labels: more than the worker takes as one snapshot
  await page.evaluate(() => {
    const long = 'x'.repeat(290);
    for (let i = 0; i < 200; i++) {
      const frame = document.createElement('iframe');
      frame.src = `about:blank#${long}${long}${i}`;
      document.body.append(frame);
    }
    for (let i = 0; i < 400; i++) {
      const form = document.createElement('form');
      form.action = `/submit/${long}${long}${i}`;
      document.body.append(form);
      const label = document.createElement('label');
      label.textContent = `${long} ${i}`;
      const input = document.createElement('input');
      input.name = `${long}${i}`;
      input.id = `${long}${i}`;
      input.placeholder = long;
      input.setAttribute('autocomplete', long);
      label.append(input);
      form.append(label);
    }
    const pw = document.createElement('input');
    pw.type = 'password';
    document.body.append(pw);
  });
  const hit = await snapshotWhere(page, hasPassword, { what: 'the password field' });
  assert.equal(hit.snapshot.truncated, true);
  assert.ok(JSON.stringify(hit.snapshot).length <= 0.75 * 512 * 1024);
  const record = await b.tabRecord(page);
  assert.ok(!/too large/.test(JSON.stringify(record ?? {})), 'the worker did not refuse it');
  await page.close();
});

test('words drawn into a canvas are read as text brand items', async () => {
  const page = await opened('ci-token-refresh.com', '/login');
  await snapshotWhere(page, (s) => s.brand.some((i) => i.source === 'text' && /Sign in to GitHub/.test(i.text)),
    { what: 'the words drawn into the canvas as a text brand item' });
  await page.close();
});

test('what the page world keeps of drawn words is bounded', async () => {
  // An ordinary sign-in page, which stays where it is (a danger verdict would send the tab away).
  const page = await opened('app.hive.com', '/login');
  // What content/drawn.js keeps, asked for as the collector asks (the page's world sees the same).
  const kept = () => page.evaluate(() => {
    let words = null;
    const take = (e) => { words = JSON.parse(e.detail); };
    document.addEventListener('consent-guard:drawn-reply', take);
    document.dispatchEvent(new CustomEvent('consent-guard:drawn-request'));
    document.removeEventListener('consent-guard:drawn-reply', take);
    return words;
  });
  assert.deepEqual(await kept(), []);
  await page.evaluate(() => {
    new OffscreenCanvas(10, 10).getContext('2d').strokeText('Offscreen words', 0, 0);
    const y = document.createElement('canvas').getContext('2d');
    y.fillText('Offscreen words', 0, 0);
    for (let i = 0; i < 100; i++) y.fillText(`label ${i} ${'x'.repeat(500)}`, 0, 0);
  });
  const words = await kept();
  assert.equal(words.length, 32, 'the first 32 distinct strings');
  assert.equal(words[0], 'Offscreen words');
  assert.equal(words[1].slice(0, 8), 'label 0 ');
  assert.ok(words.every((w) => w.length <= 200), 'each cut to 200 characters');
  await page.close();
});

test('text drawn reversed by CSS bidi-override reads as drawn', async () => {
  const page = await opened('account-review-hold.com', '/signin');
  const { snapshot } = await snapshotWhere(page, brandWith('^Microsoft$'), { what: 'the reversed brand Microsoft' });
  assert.ok(snapshot.brand.some((i) => i.source === 'heading' && i.text === 'Sign in to Outlook'), JSON.stringify(snapshot.brand));
  assert.ok(!/tfosorciM/.test(snapshot.text));
  await page.close();
});

test('a bidi override on a wrapper draws its inline pieces reversed, in reverse order', async () => {
  // `direction: rtl; unicode-bidi: bidi-override` on a block, the brand split in inline pieces
  // ("<span>tfos</span><b>orciM</b> ot ni ngiS"); dir="rtl" with the override from a style sheet;
  // `<bdo dir="rtl">` and `isolate-override` around spans
  for (const [host, path, line, brand] of [
    ['quota-notice-mailbox.com', '/signin', 'Use your work account to sign in to Outlook', 'Sign in to Microsoft'],
    ['drive-share-expiry.net', '/view', 'Use your Google Account', 'Google'],
    ['org-seat-review.dev', '/session/new', 'Confirm a seat for your organization in GitHub', 'Sign in to GitHub'],
  ]) {
    const page = await opened(host, path);
    const { snapshot } = await snapshotWhere(page, (s) => s.brand.some((i) => i.text === brand),
      { what: `"${brand}" as drawn on ${host}` });
    assert.ok(snapshot.text.split('\n').includes(line), snapshot.text);
    assert.ok(!/tfos|orciM|ooG|elg|buH|tiG|ngiS/.test(snapshot.text), snapshot.text);
    await page.close();
  }
});

test('text in bidi embeddings that do not reverse it reads forwards; mirrored part codes read as drawn', async () => {
  const page = await opened('parts.kellner-tools.example', '/account');
  const { snapshot } = await snapshotWhere(page, (s) => /Bay 7 lane/.test(s.text), { what: 'the page text' });
  const lines = snapshot.text.split('\n');
  // <bdo dir="rtl"> around spans: the code as drawn, the pieces in reverse order
  assert.match(snapshot.text, /QZ-2440-RK/);
  assert.match(snapshot.text, /HL-1317-NT/);
  // a left-to-right override inside a mirrored line is placed by it, its own text forwards
  assert.ok(lines.includes('our Spring offer'), snapshot.text);
  // a block inside the wrapper is a paragraph of its own: not reversed; the wrapper's own span is
  assert.ok(lines.includes('list'), snapshot.text);
  assert.ok(lines.includes('Catalogue page 12'), snapshot.text);
  // unicode-bidi: plaintext overrides nothing
  assert.ok(lines.includes('Bay 7 lane'), snapshot.text);
  assert.ok(!/Microsoft|Google|GitHub|Outlook/.test(JSON.stringify(snapshot.brand)), JSON.stringify(snapshot.brand));
  await page.close();
  // a right-to-left page with no override: read as it is, "Sign in with Google" forwards
  const rtl = await opened('www.sefer-hamakom.example', '/login');
  const hit = await snapshotWhere(rtl, (s) => s.brand.some((i) => i.controlText === 'Sign in with Google'),
    { what: '"Sign in with Google" on a right-to-left page' });
  assert.match(hit.snapshot.text, /כניסה לחשבון/);
  assert.match(hit.snapshot.text, /ORD-55120/);
  await rtl.close();
});

test('a read-only value styled as a heading is a heading; a selected option is text and form text', async () => {
  const page = await opened('doc-hold-center.com', '/v');
  const { snapshot } = await snapshotWhere(page, (s) => s.brand.some((i) => i.source === 'heading' && i.text === 'Microsoft'),
    { what: 'the read-only value as a heading' });
  assert.match(snapshot.text, /Microsoft\nSign in to Outlook/);
  await page.close();
  const select = await opened('shipment-docs-hold.com', '/release');
  const hit = await snapshotWhere(select, (s) => s.forms.some((f) => /Office 365/.test(f.text)), { what: 'the selected option in the form text' });
  assert.ok(hit.snapshot.brand.some((i) => i.source === 'text' && i.text === 'Office 365'));
  assert.ok(!/Gmail|Yahoo/.test(hit.snapshot.text), 'options not selected are not read');
  await select.close();
});

test('typed values, read-only passwords and text without a bidi override are read as they are', async () => {
  const page = await opened('quiet-controls.example', '/');
  const { snapshot } = await snapshotWhere(page, (s) => /tfosorciM/.test(s.text), { what: 'the page text' });
  assert.match(snapshot.text, /elgooG/);
  const all = JSON.stringify({ brand: snapshot.brand, text: snapshot.text, forms: snapshot.forms, inputs: snapshot.inputs });
  assert.ok(!/Microsoft|GitHub|Google/.test(all), all);
  await page.close();
});

test('the close reading walks past comments and skips hidden subtrees whole, in document order', async () => {
  const page = await opened('blog.devnotes.io', '/reading-order.html');
  const { snapshot } = await snapshotWhere(page, hasPassword, { what: 'the password field' });
  const lines = snapshot.text.split('\n');
  assert.ok(lines.includes('Sign in with Microsoft today'), snapshot.text);
  assert.ok(lines.includes('First shown line after the hidden block'), snapshot.text);
  assert.ok(!/Google|hidden text|XQ/.test(snapshot.text), snapshot.text);
  const order = ['Notes', 'Sign in with Microsoft today', 'First shown line after the hidden block', 'Last line'].map((l) => lines.indexOf(l));
  assert.deepEqual([...order].sort((x, y) => x - y), order, snapshot.text);
  assert.ok(brandWith('Microsoft')(snapshot), JSON.stringify(snapshot.brand));
  await page.close();
});

test('letters set apart one by one read as a word; a <br> past the text budget breaks the line', async () => {
  // "GitHub" as six flex items with a gap between (and zero-size letters salted in)
  let page = await opened('buildnotes-share.com', '/notes/release-train');
  let { snapshot } = await snapshotWhere(page, (s) => s.brand.some((i) => i.text === 'GitHub'), { what: 'the brand GitHub as one word' });
  assert.ok(!snapshot.brand.some((i) => /G i t/.test(i.text)), JSON.stringify(snapshot.brand));
  await page.close();
  // a shop's own letter-spaced name reads as its name, the words of the card as before
  page = await opened('spacedesk.nordline.example', '/account');
  ({ snapshot } = await snapshotWhere(page, hasPassword, { what: 'the password field' }));
  assert.ok(snapshot.text.split('\n').includes('NORDLINE'), snapshot.text);
  assert.ok(snapshot.text.includes('New to Nordline? Create an account'), snapshot.text);
  await page.close();
  // the drawer's "Use your Google Account<br>to continue to Google Drive", after a 4,400-element list
  page = await opened('driveboard-share.net', '/s/board-minutes/');
  ({ snapshot } = await snapshotWhere(page, (s, m) => m.frameId === 0 && s.brand.some((i) => /Google Drive/.test(i.text)),
    { what: 'the drawer line' }));
  assert.ok(snapshot.brand.some((i) => i.text === 'Use your Google Account to continue to Google Drive'), JSON.stringify(snapshot.brand.filter((i) => /Google/.test(i.text))));
  await page.close();
});

'use strict';
// Verdicts in a real browser: every fixture page gets the badge, title, warning page and popup it
// should; verdicts survive a service-worker restart; hostile pages and broken snapshots never turn green.

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { launchBrowser, BADGE, COLORS } = require('./harness');
const { PAGES } = require('./pages');
const { summaryText, requestText, findingText, evidenceText } = require('./locale');

let b;
before(async () => { b = await launchBrowser(); });
after(() => b?.close());

const TITLE = 'Consent Guard: ';
const byName = (name) => PAGES.find((p) => p.name === name);
const urlOf = (p) => b.url(p.host, p.path);

/** The stored verdict for the page's current URL, once the worker has written it. */
async function verdictOf(page, timeout = 8000) {
  const deadline = Date.now() + timeout;
  let record;
  while (Date.now() < deadline) {
    record = await b.tabRecord(page);
    if (record?.verdict && record.url === await b.judgedUrl(page)) return record.verdict;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no verdict stored for ${page.url()} (tab record: ${JSON.stringify(record)})`);
}

/** The tab's record once the worker has stored a newer one than `since` (its `updated` time). */
async function recordAfter(page, since, timeout = 5000) {
  const deadline = Date.now() + timeout;
  let record;
  while (Date.now() < deadline) {
    record = await b.tabRecord(page);
    if (record?.updated > since) return record;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no new tab record after ${since} (tab record: ${JSON.stringify(record)?.slice(0, 500)})`);
}

async function popupText(page, mustContain) {
  const popup = await b.popup(page);
  await popup.waitForFunction((s) => document.body.innerText.includes(s), mustContain, { timeout: 5000 })
    .catch(() => {});
  return { popup, text: await popup.evaluate(() => document.body.innerText) };
}

function assertBadgeColors(badge, level) {
  if (COLORS[level]) assert.equal(badge.color, COLORS[level], `badge colour for ${level}`);
}

for (const p of PAGES) {
  test(`${p.name}: ${p.what} → ${p.expect}`, async (t) => {
    const page = await b.open(urlOf(p), { allowError: Boolean(p.certError) });
    try {
      let badge;
      if (p.expect === 'none') {
        const verdict = await verdictOf(page);
        badge = await b.badge(page);
        assert.equal(verdict.level, 'none', `verdict: ${JSON.stringify(verdict)}`);
        assert.equal(badge.text, BADGE.none);
      } else {
        // The badge settles once its text, title and colour all say the verdict (a navigation to the
        // warning page clears and sets them again, one call each); a colour that never comes times out.
        const settled = (x) => x.text === BADGE[p.expect] && x.title.startsWith(TITLE) && x.title.length > TITLE.length + 3
          && (!COLORS[p.expect] || x.color === COLORS[p.expect]);
        badge = await b.waitForBadge(page, settled, 8000);
      }
      t.diagnostic(`badge ${JSON.stringify(badge.text)} ${badge.color} title "${badge.title}"`);
      assertBadgeColors(badge, p.expect);

      if (p.certError) {
        const errors = await b.session('certErrors');
        assert.match(errors?.provider?.[p.host] || '', /^net::ERR_CERT_/, `certErrors: ${JSON.stringify(errors)}`);
        assert.ok(badge.title.length > TITLE.length + 3 && badge.title.startsWith(TITLE), badge.title);
        return;
      }

      const verdict = await verdictOf(page);
      assert.equal(verdict.level, p.expect, `verdict: ${JSON.stringify(verdict)}`);
      const summary = summaryText(verdict);
      assert.ok(summary, 'the verdict says itself in words');
      // The title says the verdict, and on a genuine approval page also the request in one line.
      assert.ok(badge.title.startsWith(`${TITLE}${summary}`), badge.title);
      if (verdict.request) assert.ok(badge.title.includes(requestText(verdict.request.summary, verdict.request.scopes)), badge.title);
      else assert.equal(badge.title, `${TITLE}${summary}`);
      if (p.provider) assert.equal(verdict.provider, p.provider, 'the provider the page is or imitates');
      if (p.rule) {
        const hit = verdict.findings.find((f) => p.rule.test(f.rule));
        assert.ok(hit, `a ${p.rule} finding among ${JSON.stringify(verdict.findings.map((f) => f.rule))}`);
        assert.ok(hit.evidence.length > 0 && hit.evidence.every((e) => typeof e.label === 'string' && e.value),
          `evidence for ${hit.rule}: ${JSON.stringify(hit.evidence)}`);
        if (p.evidence) {
          assert.ok(hit.evidence.some((e) => p.evidence.test(e.value)), `evidence ${p.evidence} in ${JSON.stringify(hit.evidence)}`);
        }
        t.diagnostic(`${hit.rule}: ${findingText(hit)} [${hit.evidence.map(evidenceText).join('; ')}]`);
      }
      if (p.expect === 'genuine') {
        assert.ok(!verdict.findings.some((f) => f.severity === 'danger'), JSON.stringify(verdict.findings));
      }

      const warning = await b.warning(page, p.expect === 'danger' ? 5000 : 0);
      if (p.expect === 'danger') {
        assert.ok(warning, 'a danger page sends the tab to the warning page');
        assert.match(warning.text, /Go back/);
        assert.match(warning.text, /Continue anyway/);
        if (verdict.providerName) assert.ok(warning.text.includes(verdict.providerName), warning.text);
      } else {
        assert.equal(warning, null, `no warning page for a ${p.expect} page`);
      }
    } finally {
      await page.close();
    }
  });
}

test('the popup lists the findings with their evidence; screenshots of warning and popups', async (t) => {
  const spoof = await b.open(urlOf(byName('microsoft-lookalike')));
  await b.waitForBadge(spoof, BADGE.danger);
  const verdict = await verdictOf(spoof);
  t.diagnostic(`warning page: ${await b.screenshot(spoof, 'warning-microsoft-lookalike')}`);
  const { popup, text } = await popupText(spoof, summaryText(verdict));
  assert.ok(text.includes(summaryText(verdict)), `popup shows the summary; popup text: ${text.slice(0, 500)}`);
  for (const f of verdict.findings) {
    assert.ok(text.includes(findingText(f)), `popup shows "${findingText(f)}"`);
    for (const e of f.evidence) assert.ok(text.includes(evidenceText(e)), `popup shows the evidence "${evidenceText(e)}" of ${f.rule}`);
  }
  t.diagnostic(`popup on the spoof: ${await b.screenshot(popup, 'popup-danger')}`);

  const genuine = await b.open(urlOf(byName('ado-approval')));
  const badge = await b.waitForBadge(genuine, BADGE.genuine);
  const good = await verdictOf(genuine);
  const shown = await popupText(genuine, summaryText(good));
  assert.ok(shown.text.includes(summaryText(good)), `popup shows the genuine verdict; popup text: ${shown.text.slice(0, 500)}`);
  t.diagnostic(`popup on the genuine page (badge ${badge.text} ${badge.color}): ${await b.screenshot(shown.popup, 'popup-genuine')}`);
  await Promise.all([spoof, popup, genuine, shown.popup].map((x) => x.close()));
});

test('a password field injected into the genuine approval page turns it to danger', async () => {
  const page = await b.open(urlOf(byName('ado-approval')));
  await b.waitForBadge(page, BADGE.genuine);
  await page.evaluate(() => {
    const input = Object.assign(document.createElement('input'), { type: 'password', name: 'password', id: 'pwd' });
    const label = Object.assign(document.createElement('label'), { htmlFor: 'pwd', textContent: 'Confirm your Azure DevOps password' });
    document.getElementById('approval-form').prepend(label, input);
  });
  await b.waitForBadge(page, BADGE.danger);
  const verdict = await verdictOf(page);
  assert.ok(verdict.findings.some((f) => f.rule === 'credentials.on-approval-page'), JSON.stringify(verdict.findings));
  assert.ok(await b.warning(page, 5000), 'the tab is sent to the warning page');
  await page.close();
});

test('verdicts survive the service worker being stopped, and the restarted worker answers', async () => {
  const page = await b.open(urlOf(byName('ado-approval')));
  const before = await b.waitForBadge(page, BADGE.genuine);
  const stored = await verdictOf(page);
  await b.stopWorker();
  assert.equal(b.workerRunning(), false);
  assert.deepEqual(await b.badge(page), before, 'badge kept while the worker is stopped');
  assert.deepEqual((await b.tabRecord(page)).verdict, stored, 'storage.session keeps the verdict');

  const { popup, text } = await popupText(page, summaryText(stored));
  assert.ok(text.includes(summaryText(stored)), `popup answers after the stop; popup text: ${text.slice(0, 300)}`);
  await popup.close();

  // The page changes while the worker is stopped: the restarted worker must evaluate it.
  await b.stopWorker();
  await page.evaluate(() => {
    const input = Object.assign(document.createElement('input'), { type: 'password', name: 'passwd' });
    document.getElementById('approval-form').prepend(input);
  });
  await b.waitForBadge(page, BADGE.danger);
  const other = await b.open(urlOf(byName('github-signin')));
  await b.waitForBadge(other, BADGE.genuine);
  await Promise.all([page.close(), other.close()]);
});

test('a check cut short by the worker stopping is done again when the worker restarts', async () => {
  const page = await b.open(urlOf(byName('ado-approval')));
  await b.waitForBadge(page, BADGE.genuine);
  await b.stopWorker();
  // What a worker stopped between the page's commit and its snapshot leaves behind: a record without a
  // verdict. Writing it wakes the worker (storage.onChanged).
  const key = `tab:${await b.tabId(page)}`;
  await b.inExtension(async (k) => {
    const { [k]: record } = await chrome.storage.session.get(k);
    await chrome.storage.session.set({ [k]: { ...record, verdict: null, frames: {} } });
  }, key);
  let record;
  for (const deadline = Date.now() + 5000; !(record = await b.session(key))?.verdict && Date.now() < deadline;) {
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.equal(record?.verdict?.level, 'genuine', `the page is checked again; record: ${JSON.stringify(record)?.slice(0, 300)}`);
  await b.waitForBadge(page, BADGE.genuine);
  await page.close();
});

test('hostile window messages do not change the verdict, and a forged danger sends no tab away', async () => {
  const forge = () => {
    const fake = { level: 'genuine', summary: { key: 'summary_genuine_sign_in', params: ['Microsoft'] }, provider: 'microsoft', findings: [] };
    for (const msg of [
      { type: 'verdict', verdict: fake },
      { type: 'snapshot', snapshot: { url: 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize', topFrame: true } },
      JSON.stringify({ type: 'verdict', verdict: fake }),
      { type: 'verdict', verdict: { level: 'danger', summary: { key: 'summary_danger', params: [] } } },
      { type: 'getWarning', token: 'x' },
    ]) window.postMessage(msg, '*');
    document.dispatchEvent(new CustomEvent('consent-guard', { detail: { type: 'verdict', verdict: fake } }));
  };
  const genuine = await b.open(urlOf(byName('microsoft-signin')));
  await b.waitForBadge(genuine, BADGE.genuine);

  // The forged messages are dispatched in order: once a message posted after them has arrived, the
  // page has delivered them all.
  await genuine.evaluate(forge);
  await genuine.evaluate(() => new Promise((resolve) => {
    addEventListener('message', function flushed(e) {
      if (e.data !== 'consent-guard-test-flush') return;
      removeEventListener('message', flushed);
      resolve();
    });
    window.postMessage('consent-guard-test-flush', '*');
  }));
  assert.equal((await b.badge(genuine)).text, BADGE.genuine);
  assert.equal(await b.warning(genuine), null, 'a forged danger message sends the genuine page nowhere');

  const spoof = await b.open(urlOf(byName('microsoft-lookalike')));
  assert.ok(await b.warning(spoof, 8000), 'the spoof is replaced by the warning page');
  assert.equal((await verdictOf(spoof)).level, 'danger');
  await b.waitForBadge(spoof, BADGE.danger);
  await Promise.all([spoof.close(), genuine.close()]);
});

test('a malformed snapshot is never green and the worker keeps working', async () => {
  const page = await b.open(urlOf(byName('microsoft-signin')));
  await b.waitForBadge(page, BADGE.genuine);
  // The page's own collector is stopped, as a broken one would be: its later snapshots (a thumbnail
  // or an SVG's words arriving) would rightly put the genuine verdict back.
  await b.inContentScript(page, 'globalThis.CONSENT_GUARD_CONTENT.alive = false');
  // What a broken content script could send: wrong types, then not an object at all, then a huge one.
  await b.inContentScript(page, `chrome.runtime.sendMessage({ type: 'snapshot',
    snapshot: { url: 42, topFrame: 'yes', forms: 'none', inputs: [{ kind: 'bogus' }] } })`);
  const badge = await b.waitForBadge(page, (x) => x.text !== BADGE.genuine);
  assert.ok([BADGE.caution, BADGE.danger].includes(badge.text), `badge after a malformed snapshot: ${badge.text}`);
  const verdict = await verdictOf(page);
  const { popup, text } = await popupText(page, summaryText(verdict));
  assert.ok(text.includes(summaryText(verdict)), `popup explains: ${text.slice(0, 300)}`);
  await popup.close();

  // Each broken snapshot replaces the frame's verdict with one that is not green and says why.
  for (const broken of [
    `chrome.runtime.sendMessage({ type: 'snapshot', snapshot: 'garbage' })`,
    `chrome.runtime.sendMessage({ type: 'snapshot',
      snapshot: { url: location.href, topFrame: true, title: 'x'.repeat(4e6), inputs: Array(2e4).fill({ kind: 'password' }) } })`,
  ]) {
    const before = (await b.tabRecord(page)).updated;
    await b.inContentScript(page, broken);
    const record = await recordAfter(page, before);
    assert.ok(['caution', 'danger'].includes(record.verdict?.level), `verdict after ${broken.slice(0, 80)}: ${JSON.stringify(record.verdict)}`);
    assert.ok(record.verdict.error, `the verdict says why it could not verify: ${JSON.stringify(record.verdict)}`);
    assert.notEqual((await b.badge(page)).text, BADGE.genuine);
  }

  const next = await b.open(urlOf(byName('github-authorize')));
  await b.waitForBadge(next, BADGE.genuine);
  await Promise.all([page.close(), next.close()]);
});

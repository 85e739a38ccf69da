'use strict';
// The pages hold longer words than English at the popup's narrowest width: the popup (verdict,
// consent request, authorizations) and the options page at 360 px, pseudo-localised (`?pseudo=1`:
// every message 40 % longer), must not overflow sideways or clip text. Then the same views in German
// and Japanese, light and dark, checked the same way and saved as screenshots
// (target/screenshots/l10n-<lang>-<view>-<scheme>.png). In those languages the evidence behind a
// finding, on the popup and on the warning page, holds no English sentence, and neither do the
// consent request's permissions nor the authorizations panel's (data/scopes/words/<lang>.json).

const { test, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { launchBrowser, EXTENSION_ID } = require('./harness');
const { PAGES } = require('./pages');

const WIDTH = 360;
const page = (name) => PAGES.find((p) => p.name === name);
const DANGER = page('ado-subdomain-trick');
const REQUEST = page('ado-approval');
const CONSENT = page('microsoft-consent');
const LOOKALIKE = page('microsoft-lookalike');

const LOCALES = path.join(__dirname, '..', '..', 'extension', '_locales');
const messagesOf = (lang) => JSON.parse(fs.readFileSync(path.join(LOCALES, lang, 'messages.json'), 'utf8'));
const fill = (message, params) => message.replace(/\$(\d)/g, (_, n) => params[Number(n) - 1] ?? '');

/**
 * The English words of every evidence sentence the engine can send (`evidence_*` messages with
 * values): the fixed parts between the values ("starts with", "but belongs to", "password field").
 */
function englishEvidenceWords() {
  const en = messagesOf('en');
  return Object.entries(en)
    .filter(([key, entry]) => key.startsWith('evidence_') && /\$\d/.test(entry.message))
    .flatMap(([, entry]) => entry.message.split(/\$\d/).map((part) => part.replace(/^[\s:]+|\s+$/g, '')))
    .filter((part) => /[A-Za-z]{4,}/.test(part));
}

const DATA = path.join(__dirname, '..', '..', 'data', 'scopes');
const catalogs = fs.readdirSync(DATA).filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(fs.readFileSync(path.join(DATA, f), 'utf8')));
const scopeWordsOf = (lang) => JSON.parse(fs.readFileSync(path.join(DATA, 'words', `${lang}.json`), 'utf8'));

/** A page's text holds no scope's English words: no catalog's description or implication. */
function assertNoEnglishScopes(text, label) {
  const english = [...new Set(catalogs.flatMap((c) => c.scopes.flatMap((s) => [s.description, s.implies])))];
  assert.ok(english.includes('Read, change and delete your mail'), 'the English words are read');
  const found = english.filter((words) => text.includes(words) || text.includes(words[0].toLowerCase() + words.slice(1)));
  assert.deepEqual(found, [], `${label}: English permission words in ${text}`);
}

/** A page's text holds none of the English words of an evidence sentence. */
function assertNoEnglishEvidence(text, label) {
  const english = englishEvidenceWords();
  assert.ok(english.includes('starts with') && english.includes('with hyphens for dots'), 'the English words are read');
  const found = english.filter((words) => text.includes(words));
  assert.deepEqual(found, [], `${label}: English evidence in ${text}`);
}

const browsers = [];
after(() => Promise.all(browsers.map((b) => b.close())));

async function launch(lang) {
  const b = await launchBrowser(lang ? { lang } : {});
  browsers.push(b);
  return b;
}

/**
 * Everything that overflows sideways: an element whose content is wider than its box (unless it is
 * clipped with an ellipsis and the whole text in its title), or anything reaching past the viewport.
 */
function overflowProblems() {
  const problems = [];
  const describe = (el) => `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}> “${(el.innerText || el.value || el.placeholder || '').trim().slice(0, 60)}”`;
  if (document.documentElement.scrollWidth > innerWidth) problems.push(`the page is ${document.documentElement.scrollWidth} px wide in a ${innerWidth} px window`);
  for (const el of document.querySelectorAll('body *')) {
    if (!el.checkVisibility()) continue;
    const field = el.matches('input, textarea, select');
    const text = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim());
    if (!text && !field) continue;
    const rect = el.getBoundingClientRect();
    if (rect.right > innerWidth + 0.5 || rect.left < -0.5) problems.push(`${describe(el)} reaches from ${Math.round(rect.left)} to ${Math.round(rect.right)} px`);
    const style = getComputedStyle(el);
    if (field || style.display === 'inline') continue; // a field scrolls its own text; an inline box is measured by its block
    if (el.scrollWidth > el.clientWidth + 1) {
      const clipped = style.overflowX !== 'visible';
      if (!(clipped && style.textOverflow === 'ellipsis' && el.title)) {
        problems.push(`${describe(el)} is ${el.scrollWidth} px of content in ${el.clientWidth} px${clipped ? ', clipped' : ''}`);
      }
    }
  }
  return problems;
}

async function assertFits(view, label) {
  const problems = await view.evaluate(overflowProblems);
  assert.deepEqual(problems, [], `${label}: text overflows at ${WIDTH} px`);
}

/** The popup about `tab` (a page opened by b.open), at 360 px, with `query` added. */
async function popupFor(b, tab, query = '') {
  const id = await b.tabId(tab);
  const view = await b.context.newPage();
  await view.setViewportSize({ width: WIDTH, height: 640 });
  await view.goto(`chrome-extension://${EXTENSION_ID}/pages/popup/popup.html?tabId=${id}${query}`);
  await view.waitForFunction(() => document.getElementById('verdict')?.getAttribute('aria-busy') === 'false');
  return view;
}

async function signInToAzureDevOps(b) {
  const signIn = await b.open(b.url('app.vssps.visualstudio.com', '/_signin'));
  await signIn.close();
}

async function showAuthorizations(view) {
  await view.click('#tab-grants');
  await view.waitForFunction(() => {
    const s = document.querySelector('section[aria-labelledby="grants-azure-devops"]');
    return s && s.getAttribute('aria-busy') === 'false' && !s.querySelector('.loading') && s.querySelector('li.grant');
  }, null, { timeout: 15_000 });
}

async function optionsPage(b, query = '') {
  const view = await b.context.newPage();
  await view.setViewportSize({ width: WIDTH, height: 900 });
  await view.goto(`chrome-extension://${EXTENSION_ID}/pages/options/options.html${query}`);
  await view.waitForSelector('#client-lists textarea');
  return view;
}

/** The views a person reads, each opened fresh: [name, open()]. */
function views(b, pseudo) {
  const query = pseudo ? '&pseudo=1' : '';
  return [
    ['verdict', async () => {
      const tab = await b.open(b.url(DANGER.host, DANGER.path));
      await b.waitForBadge(tab, '!');
      const view = await popupFor(b, tab, query);
      await view.waitForSelector('.findings li');
      return view;
    }],
    ['request', async () => {
      const tab = await b.open(b.url(REQUEST.host, REQUEST.path));
      await b.waitForBadge(tab, '✓');
      const view = await popupFor(b, tab, query);
      await view.waitForSelector('#request .request');
      return view;
    }],
    ['consent', async () => {
      const tab = await b.open(b.url(CONSENT.host, CONSENT.path));
      await b.waitForBadge(tab, '✓');
      const view = await popupFor(b, tab, query);
      await view.waitForSelector('#request .request');
      return view;
    }],
    ['authorizations', async () => {
      await signInToAzureDevOps(b);
      const view = await popupFor(b, await b.open(b.url(REQUEST.host, REQUEST.path)), query);
      await showAuthorizations(view);
      // the revoke confirmation is part of the panel too
      await view.locator('li.grant .revoke').first().click();
      await view.waitForSelector('dialog.revoke-dialog[open]');
      return view;
    }],
    ['options', () => optionsPage(b, pseudo ? '?pseudo=1' : '')],
  ];
}

test('pseudo-locale (40 % longer) at 360 px: the popup views and the options page do not overflow', async (t) => {
  const b = await launch();
  for (const [name, open] of views(b, true)) {
    const view = await open();
    const text = await view.evaluate(() => document.body.innerText);
    assert.match(text, /⟦/, `${name}: the pseudo-locale is on`);
    await assertFits(view, `${name} (pseudo-locale)`);
    t.diagnostic(`${name}: ${await b.screenshot(view, `l10n-pseudo-${name}`)}`);
    await view.close();
  }
});

test('the overflow check sees a line that does not fit and text clipped without an ellipsis', async () => {
  const b = await launch();
  const view = await optionsPage(b);
  await assertFits(view, 'options');
  await view.evaluate(() => {
    const long = 'Administratoreinwilligungsverfahrensbeschreibung '.repeat(4);
    document.querySelector('main').append(
      Object.assign(document.createElement('p'), { textContent: long, style: 'white-space: nowrap' }),
      Object.assign(document.createElement('p'), { textContent: long, style: 'white-space: nowrap; overflow: hidden; width: 100px' }),
      Object.assign(document.createElement('p'), { textContent: long, title: long, style: 'white-space: nowrap; overflow: hidden; text-overflow: ellipsis; width: 100px' }));
  });
  const problems = await view.evaluate(overflowProblems);
  assert.equal(problems.filter((p) => /Administratoreinwilligung/.test(p) && /content in/.test(p)).length, 2, problems.join('\n'));
  assert.ok(problems.some((p) => /wide in a 360 px window/.test(p)), problems.join('\n'));
  await view.close();
});

for (const [lang, word] of [['de', /Diese Seite/], ['ja', /このページ/]]) {
  test(`${lang}: the popup and the options page in ${lang}, light and dark, at 360 px`, async (t) => {
    const b = await launch(lang);
    for (const [name, open] of views(b, false)) {
      const view = await open();
      assert.match(await view.evaluate(() => document.documentElement.lang), new RegExp(`^${lang}`), `${name}: <html lang>`);
      if (name !== 'options') assert.match(await view.evaluate(() => document.body.innerText), word, `${name} is in ${lang}`);
      // the subdomain trick's evidence: how the host imitates Azure DevOps', in words of the locale
      if (name === 'verdict') {
        const text = await view.evaluate(() => document.body.innerText);
        const words = messagesOf(lang);
        const how = fill(words.evidence_lookalike_lead.message, [DANGER.host, 'app.vssps.visualstudio.com', 'evil.io']);
        assert.ok(text.includes(how), `the popup says how ${DANGER.host} imitates, in ${lang}: ${how}`);
        assertNoEnglishEvidence(text, `popup (${lang})`);
      }
      // The permissions, and the request's line of what the app can do, in the locale's words.
      if (['request', 'consent', 'authorizations'].includes(name)) {
        const text = await view.evaluate(() => document.body.innerText);
        assertNoEnglishScopes(text, `${name} (${lang})`);
        const words = scopeWordsOf(lang).catalogs;
        const described = name === 'authorizations' ? '.perm-title' : '.scope-description';
        const shown = await view.locator(described).allInnerTexts();
        const known = new Set(Object.values(words).flatMap((c) => Object.values(c).map((e) => e.description)));
        assert.ok(shown.length > 0 && shown.every((d) => known.has(d)), `${name} (${lang}): every permission in the locale's words: ${shown.join(' | ')}`);
      }
      if (name === 'consent') {
        // Mail.ReadWrite and Files.ReadWrite.All are the riskiest: the line names both, worded by the locale.
        const risk = await view.locator('#request-risk').innerText();
        const graph = scopeWordsOf(lang).catalogs['microsoft-graph'];
        const phrase = (e) => (e.lowerFirst ?? scopeWordsOf(lang).lowerFirst ? e.description[0].toLowerCase() + e.description.slice(1) : e.description);
        for (const key of ['Mail.ReadWrite', 'Files.ReadWrite.All']) {
          assert.ok(risk.includes(phrase(graph[key])), `the request's line names ${key} in ${lang}: ${risk}`);
        }
      }
      await assertFits(view, `${name} (${lang})`);
      for (const scheme of ['light', 'dark']) {
        await view.emulateMedia({ colorScheme: scheme });
        t.diagnostic(`${name} ${scheme}: ${await b.screenshot(view, `l10n-${lang}-${name}-${scheme}`)}`);
      }
      await view.close();
    }
  });
}

for (const lang of ['de', 'ja']) {
  test(`${lang}: the warning page for a look-alike host says how it imitates in ${lang}, light and dark`, async (t) => {
    const b = await launch(lang);
    const tab = await b.open(b.url(LOOKALIKE.host, LOOKALIKE.path));
    const shown = await b.warning(tab, 10_000);
    assert.ok(shown, `${LOOKALIKE.host}: the tab is sent to the warning page`);
    assert.match(await tab.evaluate(() => document.documentElement.lang), new RegExp(`^${lang}`), '<html lang>');
    const words = messagesOf(lang);
    const how = fill(words.evidence_lookalike_hyphens.message, ['login-microsoftonline', 'login.microsoftonline.com']);
    assert.ok(shown.text.includes(words.evidence_imitates.message), `the evidence is labelled in ${lang}: ${shown.text}`);
    assert.ok(shown.text.includes(how), `the warning says how ${LOOKALIKE.host} imitates, in ${lang} ("${how}"): ${shown.text}`);
    assertNoEnglishEvidence(shown.text, `warning page (${lang})`);
    for (const scheme of ['light', 'dark']) {
      await tab.emulateMedia({ colorScheme: scheme });
      t.diagnostic(`warning ${scheme}: ${await b.screenshot(tab, `l10n-${lang}-warning-${scheme}`)}`);
    }
  });
}

// The technical detail behind "could not verify" and a policy field of the wrong type: said in the
// person's language, with no English sentence (the readers' own messages stay in the logs).
const ENGLISH_DETAIL = [/expected/i, /found/i, /page snapshot/i, /could not be read/i, /not JSON/i, /missing field/i];
const SIGN_IN = page('microsoft-signin');

for (const lang of ['de', 'ja']) {
  test(`${lang}: a policy field of the wrong type and "could not verify" are said in ${lang}`, async () => {
    const b = await launch(lang);
    const words = messagesOf(lang);
    // The person's options name an app id that is a number: the options page says which field and
    // which JSON types, in the locale's words.
    const options = await optionsPage(b);
    await options.evaluate(() => chrome.storage.local.set({ options: { entra: { clientId: 5 } } }));
    await options.reload();
    const typed = fill(words.policy_detail_field_type.message, ['entra.clientId', 'string', 'number']);
    await options.waitForFunction((s) => document.getElementById('problems')?.innerText.includes(s), typed, { timeout: 10_000 })
      .catch(() => {});
    const problems = await options.evaluate(() => document.getElementById('problems')?.innerText ?? '');
    assert.ok(problems.includes(typed), `the options page says "${typed}": ${problems}`);
    for (const english of ENGLISH_DETAIL) assert.doesNotMatch(problems, english, `options page (${lang})`);
    await options.close();

    // A snapshot the engine cannot read, then none at all: the popup says why in the locale's words.
    const tab = await b.open(b.url(SIGN_IN.host, SIGN_IN.path));
    await b.waitForBadge(tab, '✓');
    await b.inContentScript(tab, 'globalThis.CONSENT_GUARD_CONTENT.alive = false');
    for (const [broken, reason] of [
      [`chrome.runtime.sendMessage({ type: 'snapshot', snapshot: { url: 42, topFrame: 'yes', forms: 'none' } })`, 'error_reason_unreadable'],
      [`chrome.runtime.sendMessage({ type: 'snapshot', snapshot: 'garbage' })`, 'error_reason_no_snapshot'],
    ]) {
      await b.inContentScript(tab, broken);
      await b.waitForBadge(tab, '?');
      // the badge may turn before the record holds this reason: wait for the reason itself
      const id = await b.tabId(tab);
      const control = await b.context.newPage();
      await control.goto(`chrome-extension://${EXTENSION_ID}/pages/popup/popup.html?tabId=${id}`);
      await control.waitForFunction(async ([key, want]) => {
        const items = await chrome.storage.session.get(key);
        return items[key]?.verdict?.error?.reason === want;
      }, [`tab:${id}`, reason], { timeout: 10_000 });
      await control.close();
      const view = await popupFor(b, tab);
      const text = await view.evaluate(() => document.body.innerText);
      const why = fill(words.popupError.message.replace('$REASON$', '$1'), [`${words.error_snapshot_rejected.message} — ${words[reason].message}`]);
      assert.ok(text.includes(why), `the popup says "${why}": ${text}`);
      for (const english of ENGLISH_DETAIL) assert.doesNotMatch(text, english, `popup (${lang}, ${reason})`);
      await view.close();
    }
  });
}

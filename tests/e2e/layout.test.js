'use strict';
// The pages hold longer words than English at the popup's narrowest width: the popup (verdict,
// consent request, authorizations) and the options page at 360 px, pseudo-localised (`?pseudo=1`:
// every message 40 % longer), must not overflow sideways or clip text. Then the same views in German
// and Japanese, light and dark, checked the same way and saved as screenshots
// (target/screenshots/l10n-<lang>-<view>-<scheme>.png).

const { test, after } = require('node:test');
const assert = require('node:assert/strict');
const { launchBrowser, EXTENSION_ID } = require('./harness');
const { PAGES } = require('./pages');

const WIDTH = 360;
const page = (name) => PAGES.find((p) => p.name === name);
const DANGER = page('ado-subdomain-trick');
const REQUEST = page('ado-approval');

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
      await assertFits(view, `${name} (${lang})`);
      for (const scheme of ['light', 'dark']) {
        await view.emulateMedia({ colorScheme: scheme });
        t.diagnostic(`${name} ${scheme}: ${await b.screenshot(view, `l10n-${lang}-${name}-${scheme}`)}`);
      }
      await view.close();
    }
  });
}

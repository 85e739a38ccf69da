'use strict';
// "Your authorizations" in a real browser: the popup lists the person's Azure DevOps authorizations
// (browser session, or a personal access token) and Microsoft Entra consents (launchWebAuthFlow sign-in
// against the local login.microsoftonline.com, Graph paging), revokes one after a confirmation, and
// shows every failure of the contract server (tests/server/handlers/contract.js) as a clear message.

const { test, before, after, beforeEach } = require('node:test');
const assert = require('node:assert/strict');
const http = require('http');
const fs = require('fs');
const path = require('path');
const { AxeBuilder } = require('@axe-core/playwright');
const { launchBrowser, EXTENSION_ID, SCREENSHOTS } = require('./harness');

const ADO = 'app.vssps.visualstudio.com';
const GRAPH = 'graph.microsoft.com';
const ADO_LIST = '/_apis/DelegatedAuth/Authorizations';
const GRAPH_LIST = '/v1.0/me/oauth2PermissionGrants';
const ENTRA = { clientId: '0f6c3b1e-8d2a-4c57-9e4b-7a1d2c3e4f50', tenant: 'contoso.onmicrosoft.com' };
const TIER_ORDER = ['critical', 'high', 'unknown', 'medium', 'low'];

let b;
before(async () => { b = await launchBrowser(); });
after(() => b?.close());

beforeEach(async () => {
  await contract('POST', '/__contract/reset');
  await b.inExtension(async (options) => {
    await chrome.storage.session.remove(['auth:entra', 'auth:azureDevOps', 'auth:azureDevOpsPat', 'grants:revoked']);
    await chrome.storage.local.set({ options });
  }, { entra: ENTRA });
});

/** A call to the contract server (test control, or the API itself) over its plain-HTTP listener on loopback. */
function contract(method, path, body, host = ADO, headers = {}, on = b) {
  const data = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request({
      host: '127.0.0.1', port: on.servers.ports.http, method, path,
      headers: { host, 'content-type': 'application/json', ...(data ? { 'content-length': Buffer.byteLength(data) } : {}), ...headers },
    }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c) => { text += c; });
      res.on('end', () => {
        if (res.statusCode >= 400) reject(new Error(`${method} ${path}: ${res.statusCode} ${text}`));
        else resolve(text ? JSON.parse(text) : null);
      });
    });
    req.on('error', reject);
    req.end(data);
  });
}

const fault = (f) => contract('POST', '/__contract/faults', f);
const contractState = () => contract('GET', '/__contract/state');
const requests = () => contract('GET', '/__contract/requests');

async function signInToAzureDevOps() {
  const page = await b.open(b.url(ADO, '/_signin'));
  assert.match(await page.textContent('h1'), /signed in to Azure DevOps/);
  await page.close();
}

/** The popup page with "Your authorizations" selected, at the popup's own width. */
async function openAuthorizations() {
  const popup = await b.context.newPage();
  await popup.setViewportSize({ width: 360, height: 640 });
  await popup.goto(`chrome-extension://${EXTENSION_ID}/pages/popup/popup.html`);
  await popup.click('#tab-grants');
  await popup.waitForSelector('#grants-panel .grants');
  return popup;
}

const section = (popup, id) => popup.locator(`section[aria-labelledby="grants-${id}"]`);

/** Waits until the section is done loading, then gives its status line and text. */
async function settled(popup, id, timeout = 15_000) {
  const s = section(popup, id);
  await popup.waitForFunction((sel) => {
    const el = document.querySelector(sel);
    return el && el.getAttribute('aria-busy') === 'false' && !el.querySelector('.loading');
  }, `section[aria-labelledby="grants-${id}"]`, { timeout });
  return { status: (await s.locator('.grants-status').innerText()).trim(), text: await s.innerText() };
}

async function grantsIn(popup, id) {
  return section(popup, id).locator('li.grant').evaluateAll((items) => items.map((li) => ({
    app: li.querySelector('h3').textContent,
    group: li.closest('.grant-group')?.querySelector('.group-title')?.textContent ?? '',
    permissions: [...li.querySelectorAll('ul.permissions .perm-title')].map((p) => p.textContent),
    revokeName: li.querySelector('button.revoke').getAttribute('aria-label'),
    risk: li.dataset.risk,
    riskText: li.querySelector('.tier').textContent,
    publisher: li.querySelector('.publisher').textContent,
    scopes: [...li.querySelectorAll('.chip')].map((c) => [c.querySelector('.chip-scope').textContent, c.querySelector('.chip-tier').textContent]),
    facts: Object.fromEntries([...li.querySelectorAll('.grant-facts dt')].map((dt) => [dt.textContent, dt.nextElementSibling.textContent])),
    hidden: li.hidden,
  })));
}

/** Riskiest first within each group (expired and never-used apps are grouped after the others). */
function assertRiskiestFirst(all) {
  for (const group of new Set(all.map((g) => g.group))) assertRiskiestFirstIn(all.filter((g) => g.group === group));
}

function assertRiskiestFirstIn(grants) {
  const ranks = grants.map((g) => TIER_ORDER.indexOf(g.risk));
  assert.ok(ranks.every((r) => r >= 0), `known tiers: ${grants.map((g) => g.risk)}`);
  assert.deepEqual(ranks, [...ranks].sort((x, y) => x - y), `riskiest first: ${grants.map((g) => `${g.app}=${g.risk}`)}`);
}

/** No axe violation in the panel, light and dark (WCAG 2.x A and AA rules). */
async function assertAccessible(popup, name) {
  for (const colorScheme of ['light', 'dark']) {
    await popup.emulateMedia({ colorScheme });
    const result = await new AxeBuilder({ page: popup })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .include('#grants-panel')
      .analyze();
    const found = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    assert.deepEqual(found, [], `${name} (${colorScheme})`);
    await b.screenshot(popup, `${name}${colorScheme === 'dark' ? '-dark' : ''}`);
  }
  await popup.emulateMedia({ colorScheme: 'light' });
}

/** The popup's first screen only (360 × 640, what a person sees before scrolling), light and dark. */
async function firstScreen(popup, name) {
  for (const colorScheme of ['light', 'dark']) {
    await popup.emulateMedia({ colorScheme });
    await section(popup, 'azure-devops').scrollIntoViewIfNeeded();
    await popup.screenshot({ path: path.join(SCREENSHOTS, `${name}-first-screen${colorScheme === 'dark' ? '-dark' : ''}.png`) });
  }
  await popup.emulateMedia({ colorScheme: 'light' });
}

async function assertFits(popup) {
  const width = await popup.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `the popup is ${width} px wide, more than 360`);
}

/** Clicks Revoke on the grant named `app`, and answers the confirmation with `answer`. */
async function revoke(popup, id, app, answer) {
  const card = section(popup, id).locator('li.grant', { has: popup.locator('h3', { hasText: app }) });
  await card.locator('button.revoke').click();
  const dialog = popup.locator('dialog.revoke-dialog[open]');
  await dialog.waitFor();
  assert.equal(await dialog.locator('h2').textContent(), `Revoke ${app}?`);
  if (answer === 'confirm') await dialog.locator('button', { hasText: 'Revoke access' }).click();
  return { card, dialog };
}

test('Azure DevOps with the browser session: list riskiest first, revoke after a confirmation, gone for real', async (t) => {
  await signInToAzureDevOps();
  const popup = await openAuthorizations();
  const { status } = await settled(popup, 'azure-devops');
  assert.equal(status, '5 apps, riskiest first.');
  const grants = await grantsIn(popup, 'azure-devops');
  t.diagnostic(grants.map((g) => `${g.app} (${g.risk}): ${g.scopes.map((s) => s.join(' ')).join(', ')}`).join(' | '));
  assertRiskiestFirst(grants);
  assert.equal(grants[0].risk, 'critical');
  const sprint = grants.find((g) => g.app === 'Sprint Dashboard');
  assert.equal(sprint.publisher, 'by Fabrikam Apps · self-declared, not checked');
  // Microsoft's own words first; never used and expired apps in their groups.
  assert.deepEqual(sprint.permissions, ['Work items (read)', 'User profile (read)']);
  assert.equal(sprint.group, 'Never used (1)');
  assert.equal(grants.find((g) => g.app === 'Legacy Backup Agent').group, 'Expired or no longer valid (1)');
  assert.deepEqual(grants.map((g) => g.revokeName), grants.map((g) => `Revoke ${g.app}`));
  assert.equal(sprint.facts['Sends you back to'], 'https://dashboard.fabrikam-apps.example/auth/azure-devops');
  assert.equal(sprint.facts.Used, 'Never');
  assert.match(sprint.facts.Issued, /2026/);
  assert.match(sprint.facts['Valid until'], /2027/);
  assert.ok(sprint.scopes.some(([scope]) => scope === 'vso.work'), JSON.stringify(sprint.scopes));
  for (const g of grants) {
    assert.match(g.riskText, /^(Critical|High|Medium|Low|Unknown) risk$/);
    for (const [, word] of g.scopes) assert.match(word, /^(Critical|High|Medium|Low|Unknown)$/);
  }
  assert.match(grants.find((g) => g.app === 'Legacy Backup Agent').facts['Valid until'], /expired/);
  // The raw scope ids, folded below the plain words until asked for (keyboard: the summary is a button).
  const details = section(popup, 'azure-devops').locator('li.grant', { hasText: 'Sprint Dashboard' }).locator('details.scope-details');
  assert.equal(await details.locator('.chip-scope').first().isVisible(), false);
  await details.locator('summary').focus();
  await popup.keyboard.press('Enter');
  assert.deepEqual(await details.locator('.chip-scope').allTextContents(), ['vso.work', 'vso.profile']);
  assert.equal(await popup.locator('.grants-summary').innerText(), '5 apps can reach your accounts · 1 can act as you · 1 never used');
  assert.match(await popup.locator('.grants-note').innerText(), /may keep working until they expire/);
  assert.ok((await requests()).filter((r) => r.path === ADO_LIST).every((r) => r.auth === 'session'),
    'listed with the browser session only');
  await assertFits(popup);
  await assertAccessible(popup, 'grants-list');

  // Escape cancels: nothing is revoked and focus returns to the button.
  const target = grants[0].app;
  const { dialog } = await revoke(popup, 'azure-devops', target, 'look');
  assert.equal(await popup.evaluate(() => document.activeElement.textContent), 'Cancel', 'the safe choice has focus');
  assert.match(await dialog.innerText(), /Tokens it already holds may keep working until they expire/);
  // The viewport only: a modal dialog and its backdrop cover what the person sees, not the whole page.
  await popup.screenshot({ path: path.join(SCREENSHOTS, 'grants-revoke-confirmation.png') });
  await popup.keyboard.press('Escape');
  await popup.locator('dialog.revoke-dialog[open]').waitFor({ state: 'detached' });
  assert.equal(await popup.evaluate(() => document.activeElement.closest('li.grant')?.querySelector('h3').textContent), target);
  assert.equal((await contractState()).authorizations.length, 5, 'Escape revoked nothing');

  // Two clicks: Revoke, then Revoke access.
  const before = await contractState();
  await revoke(popup, 'azure-devops', target, 'confirm');
  await popup.waitForFunction((app) => ![...document.querySelectorAll('section[aria-labelledby="grants-azure-devops"] li.grant h3')]
    .some((h) => h.textContent === app), target);
  const after = await settled(popup, 'azure-devops');
  assert.match(after.status, new RegExp(`^Revoked ${target}\\. .*until they expire\\. 4 apps, riskiest first\\.$`));
  assert.equal((await grantsIn(popup, 'azure-devops')).length, 4);
  const now = await contractState();
  assert.equal(now.authorizations.length, before.authorizations.length - 1);
  assert.equal(before.authorizations.filter((id) => !now.authorizations.includes(id)).length, 1, 'exactly one revoked on the server');
  assert.equal(await popup.evaluate(() => document.activeElement.id), 'grants-azure-devops', 'focus lands on the section heading');
  await popup.close();
});

test('the filter matches app names, publishers and scopes', async () => {
  await signInToAzureDevOps();
  const popup = await openAuthorizations();
  await settled(popup, 'azure-devops');
  const shown = async () => (await grantsIn(popup, 'azure-devops')).filter((g) => !g.hidden).map((g) => g.app);
  await popup.fill('#grants-filter', 'northwind');
  assert.deepEqual(await shown(), ['Legacy Backup Agent']);
  await popup.fill('#grants-filter', 'vso.code_status');
  assert.deepEqual(await shown(), ['PR Status Bot']);
  await popup.fill('#grants-filter', 'sprint');
  assert.deepEqual(await shown(), ['Sprint Dashboard']);
  assert.equal((await settled(popup, 'azure-devops')).status, '1 of 5 apps match “sprint”.');
  await popup.fill('#grants-filter', 'no such app');
  assert.deepEqual(await shown(), []);
  await popup.fill('#grants-filter', '');
  assert.equal((await shown()).length, 5);
  await popup.close();
});

test('Azure DevOps without a session: sign-in link and a personal access token kept in storage.session only', async () => {
  const popup = await openAuthorizations();
  const { status } = await settled(popup, 'azure-devops');
  assert.match(status, /sign in/i);
  const link = section(popup, 'azure-devops').locator('a.sign-in');
  assert.equal(await link.getAttribute('href'), `https://${ADO}/_signin`);
  assert.equal(await link.textContent(), 'Sign in to Azure DevOps');

  const { token } = await contract('POST', '/__contract/pats', { scopes: 'vso.tokens' });
  await popup.getByLabel('Or use a personal access token').fill(token);
  await popup.getByRole('button', { name: 'Use token' }).click();
  assert.equal((await settled(popup, 'azure-devops')).status, '5 apps, riskiest first.');
  assert.equal(await b.session('auth:azureDevOpsPat'), token);
  const local = JSON.stringify(await b.inExtension(() => chrome.storage.local.get(null)));
  assert.ok(!local.includes(token), 'the token is not in storage.local');
  const basic = (await requests()).filter((r) => r.auth === 'basic');
  assert.ok(basic.length > 0 && basic.every((r) => r.host === ADO), `the token went only to ${ADO}: ${JSON.stringify(basic)}`);

  const target = (await grantsIn(popup, 'azure-devops'))[1].app;
  await revoke(popup, 'azure-devops', target, 'confirm');
  await popup.waitForFunction(() => /^Revoked /.test(document.querySelector('section[aria-labelledby="grants-azure-devops"] .grants-status').textContent));
  assert.equal((await contractState()).authorizations.length, 4);
  assert.ok(!(await grantsIn(popup, 'azure-devops')).some((g) => g.app === target));

  await popup.getByRole('button', { name: 'Forget the token' }).click();
  assert.match((await settled(popup, 'azure-devops')).status, /sign in/i);
  assert.equal(await b.session('auth:azureDevOpsPat'), undefined);
  await popup.close();
});

test('Azure DevOps with the organisation\'s Entra sign-in: a token for the Azure DevOps resource, used before a PAT', async () => {
  const popup = await openAuthorizations();
  const s = section(popup, 'azure-devops');
  assert.equal((await settled(popup, 'azure-devops')).status, 'Sign in to see your Azure DevOps authorizations: with your work account (best), on Azure DevOps in this browser, or with a personal access token.');
  // The organisation's sign-in is offered first, then the Azure DevOps sign-in page, then a PAT.
  const offered = await s.locator('.sign-in-needed').evaluate((box) =>
    [...box.querySelectorAll('button.entra-for-ado, a.sign-in, form.pat-form')].map((e) => e.className));
  assert.deepEqual(offered, ['primary entra-for-ado', 'sign-in', 'pat-form']);
  await assertAccessible(popup, 'grants-ado-sign-in');
  await firstScreen(popup, 'grants-ado-sign-in');
  await s.getByRole('button', { name: 'Sign in with your work account (Microsoft Entra ID)' }).click();
  assert.equal((await settled(popup, 'azure-devops')).status, '5 apps, riskiest first.');
  const stored = await b.session('auth:azureDevOps');
  assert.deepEqual(stored.scopes, ['499b84ac-1321-427f-aa17-267ca6975798/user_impersonation'], 'a token for the Azure DevOps resource only');
  assert.equal(stored.tenant, ENTRA.tenant);
  assert.equal(await b.session('auth:entra'), undefined, 'the Graph sign-in is a separate one');
  assert.match(await s.locator('.listed-with').innerText(), /Listed with your work account’s Microsoft Entra sign-in/);
  await assertAccessible(popup, 'grants-ado-entra');
  await firstScreen(popup, 'grants-ado-entra');
  await popup.close();

  // A PAT as well: the Entra token still goes first, as Bearer, to the Azure DevOps host only.
  const { token } = await contract('POST', '/__contract/pats', { scopes: 'vso.tokens' });
  await b.inExtension((pat) => chrome.storage.session.set({ 'auth:azureDevOpsPat': pat }), token);
  const seen = (await requests()).length;
  const again = await openAuthorizations();
  assert.equal((await settled(again, 'azure-devops')).status, '5 apps, riskiest first.');
  const target = (await grantsIn(again, 'azure-devops'))[0].app;
  await revoke(again, 'azure-devops', target, 'confirm');
  await again.waitForFunction(() => /^Revoked /.test(document.querySelector('section[aria-labelledby="grants-azure-devops"] .grants-status').textContent));
  assert.equal((await contractState()).authorizations.length, 4);
  const calls = (await requests()).slice(seen).filter((r) => r.path === ADO_LIST);
  assert.ok(calls.length >= 3 && calls.every((r) => r.auth === 'bearer' && r.host === ADO && r.suppress === 'Suppress'),
    JSON.stringify(calls));
  assert.ok(!(await requests()).some((r) => r.host === GRAPH), 'nothing went to Graph');

  // "Forget the sign-in": the PAT is next.
  await section(again, 'azure-devops').getByRole('button', { name: 'Forget the sign-in' }).click();
  assert.equal((await settled(again, 'azure-devops')).status, '4 apps, riskiest first.');
  assert.equal(await b.session('auth:azureDevOps'), undefined);
  assert.match(await section(again, 'azure-devops').locator('.listed-with').innerText(), /personal access token/);
  await again.close();
});

test('Azure DevOps refuses the Entra token: it is forgotten and the browser session lists instead', async () => {
  await signInToAzureDevOps();
  // A token Azure DevOps does not take (the contract server never issued it).
  await b.inExtension(() => chrome.storage.session.set({
    'auth:azureDevOps': { accessToken: 'not-a-token-azure-devops-issued', expiresAt: Date.now() + 3_600_000, scopes: [], tenant: 'x' },
  }));
  const popup = await openAuthorizations();
  const { status, text } = await settled(popup, 'azure-devops');
  assert.equal(status, '5 apps, riskiest first.');
  assert.match(text, /Microsoft Entra sign-in was not accepted and has been forgotten/);
  assert.equal(await b.session('auth:azureDevOps'), undefined);
  const calls = (await requests()).filter((r) => r.path === ADO_LIST).map((r) => r.auth);
  assert.deepEqual(calls, ['bearer', 'session'], 'refused once as bearer (401, no retry), then the session');
  await popup.close();
});

test('Azure DevOps without an organisation\'s app: no Entra sign-in is offered, and a stored token is not used', async () => {
  await b.inExtension(() => chrome.storage.local.set({ options: {} }));
  await b.inExtension(() => chrome.storage.session.set({
    'auth:azureDevOps': { accessToken: 'left-from-before', expiresAt: Date.now() + 3_600_000, scopes: [], tenant: 'x' },
  }));
  const popup = await openAuthorizations();
  assert.match((await settled(popup, 'azure-devops')).status, /sign in/i);
  assert.equal(await section(popup, 'azure-devops').locator('button.entra-for-ado').count(), 0);
  assert.ok((await requests()).filter((r) => r.path === ADO_LIST).every((r) => r.auth !== 'bearer'));
  await popup.close();
});

test('Azure DevOps, one directory at a time: the panel names the one shown and lists another after a switch', async () => {
  const GUEST = 'c8d3a2f5-6b4e-4d9f-8a21-3e4f5a6b7c8d';
  // The browser session, switched to the guest directory.
  const page = await b.open(b.url(ADO, `/_signin?directory=${GUEST}`));
  await page.close();
  const popup = await openAuthorizations();
  assert.equal((await settled(popup, 'azure-devops')).status, '1 app, riskiest first.');
  assert.deepEqual((await grantsIn(popup, 'azure-devops')).map((g) => g.app), ['Fabrikam Wiki Exporter']);
  const line = section(popup, 'azure-devops').locator('.directory-shown');
  assert.match(await line.innerText(), /^Directory shown: the one you are signed in to in Azure DevOps\. To see another, switch directory/);
  await assertAccessible(popup, 'grants-ado-directory');
  await firstScreen(popup, 'grants-ado-directory');
  // Switched back to the home directory in Azure DevOps: "List again" shows its apps.
  await signInToAzureDevOps();
  await line.getByRole('button', { name: 'List again' }).click();
  assert.equal((await settled(popup, 'azure-devops')).status, '5 apps, riskiest first.');
  await popup.close();

  // The organisation's Entra sign-in in the guest directory's tenant: that directory, named.
  await (await b.open(b.url(ADO, '/_signout'))).close();
  await b.inExtension((entra) => chrome.storage.local.set({ options: { entra } }), { ...ENTRA, tenant: GUEST });
  const other = await openAuthorizations();
  assert.match((await settled(other, 'azure-devops')).status, /sign in/i);
  await section(other, 'azure-devops').getByRole('button', { name: 'Sign in with your work account (Microsoft Entra ID)' }).click();
  assert.equal((await settled(other, 'azure-devops')).status, '1 app, riskiest first.');
  assert.match(await section(other, 'azure-devops').locator('.directory-shown').innerText(),
    new RegExp(`^Directory shown: ${GUEST} \\(your organisation’s sign-in\\)\\.`));
  await b.screenshot(other, 'grants-ado-entra-directory');
  await other.close();
});

test('Azure DevOps in German: the organisation\'s sign-in, the directory named, readable at 360 px', async () => {
  const de = await launchBrowser({ locale: 'de' });
  try {
    await de.inExtension((options) => chrome.storage.local.set({ options }), { entra: ENTRA });
    const popup = await de.context.newPage();
    await popup.setViewportSize({ width: 360, height: 640 });
    await popup.goto(`chrome-extension://${EXTENSION_ID}/pages/popup/popup.html`);
    await popup.click('#tab-grants');
    const s = popup.locator('section[aria-labelledby="grants-azure-devops"]');
    await s.locator('button.entra-for-ado').waitFor();
    assert.equal(await s.locator('button.entra-for-ado').innerText(), 'Mit Ihrem Arbeitskonto anmelden (Microsoft Entra ID)');
    await s.locator('button.entra-for-ado').click();
    await s.locator('.directory-shown').waitFor();
    assert.match(await s.locator('.directory-shown').innerText(), /^Angezeigtes Verzeichnis: contoso\.onmicrosoft\.com/);
    assert.equal(await s.locator('li.grant').count(), 5);
    const width = await popup.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 360, `the popup is ${width} px wide, more than 360`);
    for (const colorScheme of ['light', 'dark']) {
      await popup.emulateMedia({ colorScheme });
      const result = await new AxeBuilder({ page: popup })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).include('#grants-panel').analyze();
      assert.deepEqual(result.violations.map((v) => v.id), [], `German (${colorScheme})`);
      await s.scrollIntoViewIfNeeded();
      await popup.screenshot({ path: path.join(SCREENSHOTS, `grants-ado-entra-de-first-screen${colorScheme === 'dark' ? '-dark' : ''}.png`) });
    }
    await de.screenshot(popup, 'grants-ado-entra-de');

    // A failure of the service is said in German too, not in the client's English.
    const german = JSON.parse(fs.readFileSync(path.join(__dirname, '../../extension/_locales/de/messages.json'), 'utf8'));
    const said = german.grants_error_unavailable.message.replace(/\$(\d)/g, (_, n) => ['Azure DevOps', '500', '4'][n - 1]);
    await contract('POST', '/__contract/faults', { host: ADO, method: 'GET', path: ADO_LIST, status: 500, times: 0 }, ADO, {}, de);
    await popup.emulateMedia({ colorScheme: 'light' });
    await popup.reload();
    await popup.click('#tab-grants');
    await s.locator('[role=alert]').waitFor({ timeout: 30_000 });
    const alert = await s.locator('[role=alert]').innerText();
    assert.ok(alert.includes(said), `the failure in German ("${said}"): ${alert}`);
    assert.doesNotMatch(alert, /not working right now|Nothing was changed/);
    await de.screenshot(popup, 'grants-error-de');
  } finally {
    await de.close();
  }
});

test('a personal access token without vso.tokens: the missing scope is named', async () => {
  const { token } = await contract('POST', '/__contract/pats', { scopes: 'vso.code' });
  await b.inExtension((pat) => chrome.storage.session.set({ 'auth:azureDevOpsPat': pat }), token);
  const popup = await openAuthorizations();
  const { text } = await settled(popup, 'azure-devops');
  assert.match(text, /vso\.tokens/);
  assert.ok(await section(popup, 'azure-devops').getByRole('button', { name: 'Try again' }).isVisible());
  await popup.close();
});

const FAULTS = [
  { name: '403', fault: { status: 403 }, expect: /vso\.tokens/ },
  { name: '429 after the retries', fault: { status: 429, retryAfter: '1', times: 0 }, expect: /limiting requests.*Try again in 1 s/ },
  { name: '500 after the retries', fault: { status: 500, times: 0 }, expect: /not working right now \(HTTP 500 after 4 attempts\)/ },
  { name: 'malformed JSON', fault: { body: 'malformed', status: 200 }, expect: /not what its API documents/ },
  { name: 'a sign-in page instead of JSON', fault: { body: 'html', status: 203 }, expect: /sign in/i, signIn: true },
];

for (const f of FAULTS) {
  test(`Azure DevOps listing fails with ${f.name}: a clear message`, async (t) => {
    await signInToAzureDevOps();
    await fault({ host: ADO, method: 'GET', path: ADO_LIST, ...f.fault });
    const popup = await openAuthorizations();
    const { status, text } = await settled(popup, 'azure-devops', 30_000);
    t.diagnostic(`${status} | ${text.replace(/\s+/g, ' ').slice(0, 300)}`);
    assert.match(text, f.expect);
    assert.equal((await grantsIn(popup, 'azure-devops')).length, 0);
    await b.screenshot(popup, `grants-error-${f.name.replace(/\W+/g, '-')}`);
    if (f.signIn) {
      assert.ok(await section(popup, 'azure-devops').locator('a.sign-in').isVisible());
    } else {
      assert.ok(await section(popup, 'azure-devops').locator('[role=alert]').isVisible());
      await contract('DELETE', '/__contract/faults');
      await section(popup, 'azure-devops').getByRole('button', { name: 'Try again' }).click();
      assert.equal((await settled(popup, 'azure-devops')).status, '5 apps, riskiest first.', 'nothing lost');
    }
    await popup.close();
  });
}

test('a transient 500 and a slow answer are retried: the list still arrives', async () => {
  await signInToAzureDevOps();
  await fault([{ host: ADO, method: 'GET', path: ADO_LIST, status: 500 }, { host: ADO, method: 'GET', path: ADO_LIST, delayMs: 800 }]);
  const popup = await openAuthorizations();
  assert.equal((await settled(popup, 'azure-devops')).status, '5 apps, riskiest first.');
  await popup.close();
});

test('a revoke that fails leaves the grant listed with the reason', async () => {
  await signInToAzureDevOps();
  const popup = await openAuthorizations();
  await settled(popup, 'azure-devops');
  const target = (await grantsIn(popup, 'azure-devops'))[0].app;
  await fault({ host: ADO, method: 'POST', path: ADO_LIST, status: 500, times: 0 });
  const { card } = await revoke(popup, 'azure-devops', target, 'confirm');
  const problem = card.locator('.grant-problem');
  await problem.waitFor({ state: 'visible', timeout: 30_000 });
  assert.match(await problem.innerText(), /^Not revoked: /);
  assert.equal(await popup.evaluate(() => document.activeElement.textContent), 'Revoke', 'focus back on the button');
  assert.equal((await contractState()).authorizations.length, 5);
  assert.ok((await grantsIn(popup, 'azure-devops')).some((g) => g.app === target));
  await b.screenshot(popup, 'grants-revoke-failed');
  await popup.close();
});

test('a grant revoked elsewhere meanwhile: the revoke says so and the list shows it gone', async () => {
  await signInToAzureDevOps();
  const popup = await openAuthorizations();
  await settled(popup, 'azure-devops');
  const { token } = await contract('POST', '/__contract/pats', { scopes: 'vso.tokens' });
  const [id] = (await contractState()).authorizations;
  const target = 'Release Pipeline Sync';
  assert.ok((await grantsIn(popup, 'azure-devops')).some((g) => g.app === target));
  assert.equal(id, '6a9c2d41-0b7e-4f3a-9c55-1e8f2a7b3c10', 'the seed\'s first authorization is Release Pipeline Sync');
  await contract('POST', `${ADO_LIST}?authorizationId=${id}&api-version=7.2-preview.1`, undefined, ADO,
    { authorization: `Basic ${Buffer.from(`:${token}`).toString('base64')}` });
  await revoke(popup, 'azure-devops', target, 'confirm');
  await popup.waitForFunction((app) => ![...document.querySelectorAll('section[aria-labelledby="grants-azure-devops"] li.grant h3')]
    .some((h) => h.textContent === app), target);
  const { status } = await settled(popup, 'azure-devops');
  assert.match(status, /4 apps, riskiest first\.$/);
  assert.equal((await contractState()).authorizations.length, 4);
  await popup.close();
});

test('an ordinary user without an organisation\'s app: each provider\'s own page, and what it shows', async () => {
  await b.inExtension(() => chrome.storage.local.set({ options: {} }));
  const popup = await openAuthorizations();
  const s = section(popup, 'entra');
  await s.locator('.grants-message').waitFor();
  await settled(popup, 'azure-devops');
  assert.match(await s.innerText(), /has not set up listing here/);
  const links = await popup.locator('#grants-panel .account-pages a').evaluateAll((as) => as.map((a) => [a.textContent, a.href]));
  assert.deepEqual(links, [
    ['My Apps (work or school account)', 'https://myapplications.microsoft.com/'],
    ['App permissions (personal Microsoft account)', 'https://account.live.com/consent/Manage'],
    ['Google Account › Third-party connections', 'https://myaccount.google.com/connections'],
    ['GitHub › Settings › Applications', 'https://github.com/settings/applications'],
  ]);
  for (const line of await popup.locator('#grants-panel .account-pages .page-shows').allTextContents()) assert.match(line, /^lists the /);
  assert.equal(await s.getByRole('button', { name: /Sign in/ }).count(), 0);
  assert.match(await section(popup, 'azure-devops').innerText(), /Sign in to Azure DevOps/);
  assert.match(await popup.locator('.grants-summary').innerText(), /No app is listed here/);
  await assertAccessible(popup, 'grants-no-organisation-app');
  await popup.close();
});

test('Entra not configured: says so and links to the options page', async () => {
  await b.inExtension(() => chrome.storage.local.set({ options: {} }));
  const popup = await openAuthorizations();
  const s = section(popup, 'entra');
  await s.locator('.grants-message').waitFor();
  assert.match(await s.innerText(), /has not set up listing here/);
  assert.equal(await s.getByRole('link', { name: 'Open the options' }).getAttribute('href'),
    `chrome-extension://${EXTENSION_ID}/pages/options/options.html`);
  assert.equal(await s.getByRole('button', { name: /Sign in/ }).count(), 0);
  await popup.close();
});

test('Entra, an administrator: read first, the revoke permission on the first revoke, every page of consents, revoke with the keyboard', async (t) => {
  await contract('POST', '/__contract/settings', { graphPageSize: 2, userRoles: ['Cloud Application Administrator'] }, GRAPH);
  const popup = await openAuthorizations();
  const s = section(popup, 'entra');
  await s.getByRole('button', { name: 'Sign in to Microsoft Entra ID' }).click();
  const { status } = await settled(popup, 'entra');
  assert.equal(status, '6 apps, riskiest first.');
  const stored = await b.session('auth:entra');
  assert.ok(stored?.accessToken && stored.expiresAt > Date.now(), 'a token in storage.session');
  assert.deepEqual(stored.scopes, ['https://graph.microsoft.com/Directory.Read.All'], 'the read permission only, first');
  const log = await requests();
  const pages = log.filter((r) => r.host === GRAPH && r.path === GRAPH_LIST);
  assert.equal(pages.length, 3, 'five consents of the person, two a page: three pages');
  assert.ok(log.some((r) => r.host === GRAPH && r.path === '/v1.0/oauth2PermissionGrants'), 'and the ones approved for everyone');
  assert.ok(log.filter((r) => r.host === GRAPH).every((r) => r.auth === 'bearer'));
  assert.ok(log.some((r) => r.host === 'login.microsoftonline.com' && r.path === `/${ENTRA.tenant}/oauth2/v2.0/token`));

  const grants = await grantsIn(popup, 'entra');
  t.diagnostic(grants.map((g) => `${g.app} (${g.risk}) ${g.publisher}`).join(' | '));
  assertRiskiestFirst(grants);
  assert.match(grants.find((g) => g.app === 'Contoso Drive Sync').publisher, /Contoso Ltd · ✓ verified publisher/);
  assert.equal(grants.find((g) => g.app === 'Contoso Room Booking').group, 'Approved by your organisation for everyone (1)');
  assert.match(grants.find((g) => g.app === 'Mail Summary Assistant').publisher, /not verified/);
  assert.equal(grants.find((g) => g.app === 'Pipeline Helper').facts.API, 'Azure DevOps');
  await assertAccessible(popup, 'grants-list-entra');

  // Keyboard only: Tab reaches the Revoke button of the first consent, Enter opens the dialog on
  // Cancel, Tab moves to Revoke access, Enter revokes.
  const target = grants[0].app;
  const button = s.locator('li.grant').first().locator('button.revoke');
  await button.focus();
  await popup.keyboard.press('Shift+Tab');
  await popup.keyboard.press('Tab');
  assert.equal(await button.evaluate((el) => el === document.activeElement), true, 'Tab reaches Revoke');
  await popup.keyboard.press('Enter');
  await popup.locator('dialog.revoke-dialog[open]').waitFor();
  await popup.keyboard.press('Tab');
  assert.equal(await popup.evaluate(() => document.activeElement.textContent), 'Revoke access');
  const before = (await contractState()).permissionGrants.length;
  await popup.keyboard.press('Enter');
  await popup.waitForFunction(() => /^Revoked /.test(document.querySelector('section[aria-labelledby="grants-entra"] .grants-status').textContent));
  assert.equal((await contractState()).permissionGrants.length, before - 1);
  // Listed once more by Graph (replication delay), but not shown again.
  assert.ok(!(await grantsIn(popup, 'entra')).some((g) => g.app === target));
  assert.ok((await b.session('auth:entra')).scopes.includes('https://graph.microsoft.com/DelegatedPermissionGrant.ReadWrite.All'),
    'the revoke permission was asked for at the revoke');
  assert.ok(log.length < (await requests()).length);
  assert.ok((await requests()).some((r) => r.method === 'DELETE' && r.host === GRAPH && r.path.startsWith('/v1.0/oauth2PermissionGrants/')));
  await popup.close();
});

test('Entra: the sign-in refused, a missing Graph permission and an expired token each say what to do', async () => {
  // Refused at the authorize endpoint.
  await fault({ host: 'login.microsoftonline.com', path: `/${ENTRA.tenant}/oauth2/v2.0/authorize`, oauthError: 'access_denied', message: 'AADSTS65004: User declined to consent to access the app.' });
  let popup = await openAuthorizations();
  await section(popup, 'entra').getByRole('button', { name: 'Sign in to Microsoft Entra ID' }).click();
  let result = await settled(popup, 'entra');
  assert.match(result.text, /refused the sign-in/);
  assert.equal(await b.session('auth:entra'), undefined);
  await popup.close();

  // Signed in, but Graph answers 403: the permission is named.
  await contract('DELETE', '/__contract/faults');
  await fault({ host: GRAPH, method: 'GET', path: GRAPH_LIST, status: 403, times: 0 });
  popup = await openAuthorizations();
  await section(popup, 'entra').getByRole('button', { name: 'Sign in to Microsoft Entra ID' }).click();
  result = await settled(popup, 'entra');
  assert.match(result.text, /Directory\.Read\.All/);
  await popup.close();

  // A token Graph no longer accepts (401): sign in again.
  await contract('DELETE', '/__contract/faults');
  await fault({ host: GRAPH, method: 'GET', path: GRAPH_LIST, status: 401 });
  popup = await openAuthorizations();
  result = await settled(popup, 'entra');
  assert.match(result.text, /sign in/i);
  assert.equal(await b.session('auth:entra'), undefined, 'the rejected token is forgotten');
  assert.ok(await section(popup, 'entra').getByRole('button', { name: 'Sign in to Microsoft Entra ID' }).isVisible());
  await popup.close();
});

test('Entra, an ordinary user: listed, but a revoke says the role is missing, with My Apps as the way out', async () => {
  const popup = await openAuthorizations();
  const s = section(popup, 'entra');
  await s.getByRole('button', { name: 'Sign in to Microsoft Entra ID' }).click();
  await settled(popup, 'entra');
  const target = 'Mail Summary Assistant';
  const before = (await contractState()).permissionGrants.length;
  const { card } = await revoke(popup, 'entra', target, 'confirm');
  const problem = card.locator('.grant-problem');
  await problem.waitFor();
  assert.match(await problem.innerText(), /^Not revoked: Your account lacks the role to revoke consents/);
  assert.equal(await problem.getByRole('link').getAttribute('href'), 'https://myapplications.microsoft.com/');
  assert.equal((await contractState()).permissionGrants.length, before, 'nothing revoked');
  assert.equal(await card.locator('button.revoke').evaluate((el) => el === document.activeElement), true);
  await assertAccessible(popup, 'grants-entra-no-role');
  await popup.close();
});

test('Entra: an app awaiting an administrator\'s approval says so (AADSTS65001), with My Apps', async () => {
  await contract('POST', '/__contract/settings', { adminConsented: [] }, GRAPH);
  const popup = await openAuthorizations();
  const s = section(popup, 'entra');
  await s.getByRole('button', { name: 'Sign in to Microsoft Entra ID' }).click();
  const { text } = await settled(popup, 'entra');
  assert.match(text, /needs an administrator’s approval \(AADSTS65001\)/);
  assert.equal(await s.getByRole('link', { name: 'Open My Apps (work or school account)' }).getAttribute('href'),
    'https://myapplications.microsoft.com/');
  assert.equal(await b.session('auth:entra'), undefined);
  await assertAccessible(popup, 'grants-entra-needs-approval');
  await popup.close();
});

test('GitHub: no API, a link to its settings page', async () => {
  const popup = await openAuthorizations();
  const s = section(popup, 'github');
  assert.match(await s.innerText(), /no way for an extension to list or revoke/);
  assert.equal(await s.getByRole('link').getAttribute('href'), 'https://github.com/settings/applications');
  await popup.close();
});

test('dark theme: the list follows the browser', async () => {
  await signInToAzureDevOps();
  const popup = await openAuthorizations();
  await settled(popup, 'azure-devops');
  const colours = () => popup.evaluate(() => ({
    body: getComputedStyle(document.body).backgroundColor,
    tier: getComputedStyle(document.querySelector('li.grant .tier')).color,
    card: getComputedStyle(document.querySelector('li.grant')).backgroundColor,
  }));
  const light = await colours();
  await popup.emulateMedia({ colorScheme: 'dark' });
  const dark = await colours();
  assert.equal(light.body, 'rgb(255, 255, 255)');
  assert.equal(dark.body, 'rgb(13, 17, 23)');
  assert.notEqual(dark.tier, light.tier, 'the risk tier has its own dark colours');
  assert.notEqual(dark.card, light.card);
  await b.screenshot(popup, 'grants-list-dark');
  await popup.close();
});

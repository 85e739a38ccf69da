'use strict';
// The organisation's policy in a real browser, from a real managed policy file: the person's options
// cannot widen trust, a bad key is dropped and named on the options page while the rest applies,
// managed keys are locked there; the extension works without the `tabs` permission; an organisation's
// own GitHub Enterprise Server host, declared as a trusted origin, is GitHub's own there.

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { launchBrowser, writeManagedPolicy, BADGE, EXTENSION_ID } = require('./harness');
const { PAGES } = require('./pages');
const { CORPUS_PAGES } = require('../corpus');

const byName = (name) => PAGES.find((p) => p.name === name);
const corpusRow = (key) => CORPUS_PAGES.find((p) => `${p.group}/${p.name}` === key);
const BLOCKED = '00000000-0000-0000-0000-0000000000bb';

let b;
let removePolicy = () => {};
before(async () => {
  // Chromium checks the managed policy against the schema; these values pass it but not the engine.
  removePolicy = writeManagedPolicy({
    mode: 'block', reporting: { endpoint: 'http://siem.contoso.com/in' }, blockedClients: { github: [BLOCKED] }, allowlist: ['*.com'],
    // The company's GitHub Enterprise Server (tests/corpus/WEB6.md, ghes-own-host).
    trustedOrigins: { github: ['https://github.hollisterdyn.com'] },
  });
  b = await launchBrowser({
    // What a compromised page could write to storage.local: a provider that makes its own host
    // "genuine Microsoft", an allowlist, approved apps. None of it may apply.
    policy: {
      providers: [{ id: 'microsoft', name: 'Microsoft', origins: ['https://secure-docs-portal.com'] }],
      customProviders: [{ id: 'microsoft', name: 'Microsoft', origins: ['https://secure-docs-portal.com'] }],
      trustedOrigins: { microsoft: ['https://secure-docs-portal.com'] },
      allowlist: ['secure-docs-portal.com'],
      blockedClients: { github: ['mine'] },
    },
  }).catch((e) => { removePolicy(); throw e; });
});
after(async () => { try { await b?.close(); } finally { removePolicy(); } });

test('the manifest asks for no tabs permission and identity only when needed', async () => {
  const manifest = await b.inExtension(() => chrome.runtime.getManifest());
  assert.ok(!manifest.permissions.includes('tabs'), JSON.stringify(manifest.permissions));
  assert.ok(!manifest.permissions.includes('identity'), JSON.stringify(manifest.permissions));
  assert.deepEqual(manifest.optional_permissions, ['identity']);
  // And the extension still works: a genuine page is green.
  const p = byName('microsoft-signin');
  await b.waitForBadge(await b.open(b.url(p.host, p.path)), BADGE.genuine);
});

test('options that try to widen trust stay without effect', async () => {
  const p = byName('proxy-copy');
  await b.waitForBadge(await b.open(b.url(p.host, p.path)), BADGE.danger);
});

test('the options page locks managed keys and names the bad one while the rest applies', async () => {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${EXTENSION_ID}/pages/options/options.html`);
  const organisation = page.locator('#organisation');
  await organisation.locator('dt', { hasText: 'blockedClients' }).waitFor();
  assert.match(await organisation.innerText(), /blockedClients\s+set by your organisation \(locked\)/);
  assert.match(await organisation.innerText(), /\bmode\b/);
  assert.doesNotMatch(await organisation.innerText(), /\breporting\b/, 'a dropped key is not shown as set');
  const problems = page.locator('#problems');
  await problems.locator('li[data-key="reporting.endpoint"][data-problem="not-https"]').waitFor();
  await problems.locator('li[data-key="allowlist[0]"]').waitFor();
  for (const key of ['providers', 'customProviders', 'trustedOrigins', 'allowlist']) {
    await problems.locator(`li[data-key="${key}"][data-problem="managed-only"]`).waitFor();
  }
  await problems.locator('li[data-key="blockedClients"][data-problem="locked"]').waitFor();
  assert.equal(await page.locator('textarea[name="blockedClients.github"]').isDisabled(), true);
  assert.equal(await page.locator('textarea[name="approvedClients.github"]').count(), 0);
  await page.close();
});

test("the organisation's own GitHub Enterprise Server host is GitHub's; the same page elsewhere still warns", async () => {
  // Without the policy the two pages differ only in their host, and both warn (corpus web6).
  const own = corpusRow('web6/ghes-own-host');
  await b.waitForBadge(await b.open(b.url(own.host, own.path)), BADGE.genuine);
  const twin = corpusRow('web6/twin-ghes-free-host');
  await b.waitForBadge(await b.open(b.url(twin.host, twin.path)), BADGE.danger);
});

// levelOf and badgeFor: what the toolbar badge and the popup show for a verdict. Never green when unsure.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import './fake-chrome.mjs';

const { LEVELS, badgeFor, evidenceText, levelOf, logoNameKey, scopeText } = await import('../../extension/shared/levels.js');

test('levelOf keeps the four known levels', () => {
  for (const level of ['genuine', 'caution', 'danger', 'none']) assert.equal(levelOf({ level }), level);
});

test('levelOf is never green when unsure', () => {
  assert.equal(levelOf({ level: 'genuine', error: 'the engine failed' }), 'caution', 'a verdict with an error');
  assert.equal(levelOf({ level: 'trusted' }), 'caution', 'a level this build does not know');
  assert.equal(levelOf({ level: 'danger', error: 'x' }), 'danger', 'danger stays danger');
  assert.equal(levelOf({ level: 'none', error: 'x' }), 'caution', 'an error on a page with nothing to check');
});

test('levelOf of no verdict is none', () => {
  assert.equal(levelOf(null), 'none');
  assert.equal(levelOf(undefined), 'none');
  assert.equal(levelOf(/** @type {any} */ ('genuine')), 'none');
});

test('badgeFor shows each level with its symbol and colour', () => {
  const summary = (key, ...params) => ({ key, params });
  assert.deepEqual(badgeFor({ level: 'genuine', summary: summary('summary_genuine', 'GitHub') }),
    { text: '✓', color: LEVELS.genuine.color, title: 'Consent Guard: Genuine GitHub page' });
  assert.equal(badgeFor({ level: 'danger', summary: summary('summary_danger') }).text, '!');
  assert.equal(badgeFor({ level: 'danger', summary: summary('summary_danger') }).color, '#d1242f');
  assert.equal(badgeFor({ level: 'caution', summary: summary('summary_caution') }).text, '?');
});

test('badgeFor puts the consent request in the title', () => {
  const badge = badgeFor({
    level: 'genuine',
    summary: { key: 'summary_genuine_sign_in', params: ['Microsoft'] },
    request: { summary: { key: 'request_can_one', params: ['read your mail'] }, risk: 'high' },
  });
  assert.equal(badge.title, 'Consent Guard: Genuine Microsoft sign-in page — This app can read your mail (High risk)');
});

test('badgeFor words the scopes the request names (here in English: the fake browser\'s words)', () => {
  const mail = { scope: 'Mail.Read', tier: 'high', description: 'Read your mail', implies: 'x', catalog: 'microsoft-graph', key: 'Mail.Read' };
  const badge = badgeFor({
    level: 'genuine',
    summary: { key: 'summary_genuine_sign_in', params: ['Microsoft'] },
    request: { summary: { key: 'request_can_one', params: ['Mail.Read'] }, scopes: [mail], risk: 'high' },
  });
  assert.equal(badge.title, 'Consent Guard: Genuine Microsoft sign-in page — This app can read your mail (High risk)');
});

test('badgeFor of a failure without a summary says it could not verify', () => {
  const badge = badgeFor({ level: 'genuine', error: 'the engine failed' });
  assert.equal(badge.text, '?');
  assert.equal(badge.title, 'Consent Guard: Could not verify this page');
});

test('badgeFor before any check is empty with the plain title', () => {
  assert.deepEqual(badgeFor(null), { text: '', color: LEVELS.none.color, title: 'Consent Guard' });
  assert.equal(badgeFor({ level: 'none' }).title, 'Consent Guard');
});

test('evidenceText says evidence in words by its key, with the names as values', () => {
  const said = {
    label: 'imitates',
    value: 'login-microsoftonline',
    key: 'evidence_lookalike_hyphens',
    params: ['login-microsoftonline', 'login.microsoftonline.com'],
  };
  assert.equal(evidenceText(said), 'How it imitates: login-microsoftonline spells login.microsoftonline.com with hyphens for dots');
  assert.equal(evidenceText({ label: 'host', value: 'login-microsoftonline.com' }), 'Host: login-microsoftonline.com');
  // an input with no id or name leaves no space behind
  assert.equal(evidenceText({ label: 'input', value: '', key: 'evidence_input_password', params: [''] }), 'Input: password field');
});

test('evidenceText shows the value of evidence stored before it had words, or with a key this build does not know', () => {
  const old = { label: 'imitates', value: 'login-microsoftonline spells login.microsoftonline.com with hyphens for dots' };
  assert.equal(evidenceText(old), `How it imitates: ${old.value}`);
  assert.equal(evidenceText({ ...old, key: 'evidence_from_a_later_build', params: ['x'] }), `How it imitates: ${old.value}`);
  assert.equal(evidenceText({ ...old, key: 'levelDanger', params: [] }), `How it imitates: ${old.value}`, 'only evidence keys');
});

test('evidenceText names a recognised logo in the person\'s language, and an unknown one by its name', () => {
  const pixels = (name) => ({ label: 'logo', value: '', key: 'evidence_logo_pixels', params: ['<canvas>', name] });
  const { i18n } = globalThis.chrome;
  const english = i18n.getMessage;
  i18n.getMessage = (key, values) => (key === 'logoName_microsoft_four_squares' ? '„vier Quadrate“ von Microsoft' : english(key, values));
  try {
    assert.match(evidenceText(pixels('Microsoft four squares')), /pixels of the „vier Quadrate“ von Microsoft/);
    assert.match(evidenceText({ label: 'logo', value: '', key: 'evidence_logo_on_screen', params: ['Microsoft four squares'] }), /„vier Quadrate“ von Microsoft/);
    assert.match(evidenceText(pixels('Contoso ring')), /pixels of the Contoso ring$/, 'a logo with no words keeps its name');
  } finally {
    i18n.getMessage = english;
  }
});

test('every logo in the data has its name in en (and so, by the locales test, in every locale)', async () => {
  const { readFileSync } = await import('node:fs');
  const logos = JSON.parse(readFileSync(new URL('../../data/logos/logos.json', import.meta.url), 'utf8')).logos;
  const en = JSON.parse(readFileSync(new URL('../../extension/_locales/en/messages.json', import.meta.url), 'utf8'));
  assert.ok(logos.length >= 3);
  for (const { name } of logos) assert.ok(en[logoNameKey(name)]?.message, `en names the logo ${name} (${logoNameKey(name)})`);
});

test('every evidence key the engine can send names a message that takes its values', () => {
  const keys = globalThis.CONSENT_GUARD_CONTRACT.evidenceKeys;
  assert.ok(Object.keys(keys).length > 0);
  for (const [key, n] of Object.entries(keys)) {
    const params = Array.from({ length: n }, (_, i) => `VALUE${i + 1}`);
    const text = evidenceText({ label: 'imitates', value: 'v', key, params });
    for (const p of params) assert.ok(text.includes(p), `${key} shows ${p}: ${text}`);
    assert.ok(!text.includes(key), `${key} is a message`);
  }
});

test('scopeText: the catalog\'s words, or a scope no catalog describes by its key', () => {
  assert.deepEqual(scopeText({ scope: 'Mail.Read', description: 'Read your mail', implies: 'It can read every message.' }),
    { description: 'Read your mail', implies: 'It can read every message.' });
  const sensitive = { scope: 'https://vault.azure.net/x', description: '', implies: '', words: { key: 'scope_undescribed_on', params: ['Azure Key Vault'] } };
  const said = scopeText(sensitive);
  assert.equal(said.description, 'Use a permission on Azure Key Vault we have no description for');
  assert.match(said.implies, /^Azure Key Vault holds sensitive data/);
  for (const [key, n] of Object.entries(globalThis.CONSENT_GUARD_CONTRACT.scopeKeys)) {
    const words = scopeText({ words: { key, params: Array.from({ length: n }, () => 'RESOURCE') } });
    assert.ok(words.description && words.implies && !words.description.includes(key), key);
    if (n) assert.ok(words.description.includes('RESOURCE') && words.implies.includes('RESOURCE'), key);
  }
  // a key this build does not know leaves the (empty) catalog words
  assert.deepEqual(scopeText({ description: '', implies: '', words: { key: 'scope_later', params: [] } }), { description: '', implies: '' });
});

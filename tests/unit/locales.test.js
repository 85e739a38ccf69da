'use strict';
// The six locales: each one valid JSON with every key of en, the same placeholders (names and $n)
// and no empty message; every key the code asks for is defined, and every key of en is used by the
// code or named by the generated contract (keys built from rule ids, summaries, evidence labels,
// error kinds, request phrases, scope, evidence and grants-failure words).
const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const vm = require('vm');

const ROOT = path.resolve(__dirname, '..', '..');
const EXTENSION = path.join(ROOT, 'extension');
const LOCALES_DIR = path.join(EXTENSION, '_locales');
const LOCALES = ['en', 'de', 'fr', 'es', 'ja', 'pt_BR'];

function readLocale(locale) {
  const file = path.join(LOCALES_DIR, locale, 'messages.json');
  const text = fs.readFileSync(file, 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${path.relative(ROOT, file)} is not valid JSON: ${error.message}`);
  }
}

const en = readLocale('en');

/** Placeholders of an entry as `name(lower case) -> content`, and the $NAME$ the message uses. */
function placeholders(entry) {
  const declared = Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
  const used = [...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1].toLowerCase()).sort();
  return { declared, used: [...new Set(used)] };
}

/** Every text file of the extension a key can be named in (not the locales themselves). */
function codeFiles(dir = EXTENSION, out = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== '_locales') codeFiles(full, out);
    } else if (/\.(js|html)$/.test(entry.name)) {
      out.push(full);
    }
  }
  return out;
}

// data/account-pages.json names the locale keys of the providers' own pages.
const ACCOUNT_PAGES = path.join(ROOT, 'data', 'account-pages.json');
const sources = [...codeFiles(), path.join(ROOT, 'manifest.json'), ACCOUNT_PAGES].map((file) => ({
  file: path.relative(ROOT, file),
  text: fs.readFileSync(file, 'utf8'),
}));

/** The generated contract (extension/shared/contract.js), run as the classic script it is. */
function contract() {
  const sandbox = {};
  sandbox.globalThis = sandbox;
  vm.runInNewContext(fs.readFileSync(path.join(EXTENSION, 'shared', 'contract.js'), 'utf8'), sandbox);
  return sandbox.CONSENT_GUARD_CONTRACT ?? {};
}

/** Locale keys the contract names, with the number of positional values each takes (null: any). */
function contractKeys() {
  const c = contract();
  const keys = new Map();
  const snake = (s) => s.replace(/[.-]/g, '_');
  for (const [id, rule] of Object.entries(c.rules ?? {})) keys.set(`rule_${snake(id)}`, rule?.params ?? null);
  for (const [key, n] of Object.entries(c.summaryKeys ?? {})) keys.set(key, typeof n === 'number' ? n : null);
  for (const [key, n] of Object.entries(c.requestKeys ?? {})) keys.set(key, typeof n === 'number' ? n : null);
  for (const kind of c.errorKinds ?? []) keys.set(`error_${snake(kind)}`, null);
  for (const key of c.errorReasons ?? []) keys.set(key, 0);
  for (const label of c.evidenceLabels ?? []) keys.set(`evidence_${snake(label)}`, null);
  for (const [key, n] of Object.entries(c.evidenceKeys ?? {})) keys.set(key, typeof n === 'number' ? n : null);
  for (const [key, n] of Object.entries(c.grantsErrorKeys ?? {})) keys.set(key, typeof n === 'number' ? n : null);
  for (const [key, n] of Object.entries(c.policyDetailKeys ?? {})) keys.set(key, typeof n === 'number' ? n : null);
  for (const [key, n] of Object.entries(c.scopeKeys ?? {})) {
    for (const k of [key, `${key}_implies`]) keys.set(k, typeof n === 'number' ? n : null);
  }
  for (const kind of c.policyProblems ?? []) keys.set(`policyProblem_${snake(kind)}`, 0);
  return keys;
}

// Calls that take a key literally: t('key'), message('key'), msg('key'), getMessage('key').
const KEY_CALL = /\b(?:t|message|msg|getMessage)\(\s*'([^']+)'/g;
const DATA_I18N = /data-i18n(?:-[a-z]+)?="([^"]+)"/g;
const MANIFEST_MSG = /__MSG_([A-Za-z0-9_@]+)__/g;
// Any quoted literal that looks like a page key (popupX, grantsX, …) must be defined, wherever it is.
const KEY_LIKE = /'((?:popup|grants?|request|options|provider|warning|level|tier|tierRisk|badge)[A-Z_][A-Za-z0-9_]*)'/g;
// Keys built at run time from a family and a value (`tier_${key}`): the families and their values.
const TIER_KEYS = ['critical', 'high', 'medium', 'unknown', 'low'];
// and the logos' names (`logoName_…`, shared/levels.js logoNameKey; levels.test.mjs checks that every
// logo of data/logos/logos.json has one)
const LOGO_KEYS = Object.keys(en).filter((k) => k.startsWith('logoName_'));
const BUILT = new Set([...TIER_KEYS.flatMap((k) => [`tier_${k}`, `tierRisk_${k}`]), ...LOGO_KEYS]);

test('every locale is valid JSON with every key of en, the same placeholders and no empty message', () => {
  const problems = [];
  for (const locale of LOCALES) {
    const messages = readLocale(locale);
    for (const [key, entry] of Object.entries(messages)) {
      if (typeof entry?.message !== 'string' || !entry.message.trim()) problems.push(`${locale}: ${key} has an empty message`);
      if (!(key in en)) problems.push(`${locale}: ${key} is not in en`);
    }
    for (const [key, entry] of Object.entries(en)) {
      const other = messages[key];
      if (!other) {
        problems.push(`${locale}: ${key} is missing`);
        continue;
      }
      if (locale === 'en') {
        if (!entry.description) problems.push(`en: ${key} has no description for translators`);
      }
      const want = placeholders(entry);
      const got = placeholders(other);
      const sorted = (o) => JSON.stringify(Object.entries(o).sort());
      if (sorted(got.declared) !== sorted(want.declared)) {
        problems.push(`${locale}: ${key} declares placeholders ${JSON.stringify(got.declared)}, en ${JSON.stringify(want.declared)}`);
      }
      if (JSON.stringify(got.used) !== JSON.stringify(want.used)) {
        problems.push(`${locale}: ${key} uses ${got.used.join(', ') || 'no placeholders'}, en ${want.used.join(', ') || 'none'}`);
      }
      for (const name of got.used) if (!(name in got.declared)) problems.push(`${locale}: ${key} uses $${name}$ without declaring it`);
      const positional = (text) => [...new Set([...text.matchAll(/(?<!\$)\$(\d)/g)].map((m) => m[1]))].sort().join(',');
      if (positional(other.message) !== positional(entry.message)) problems.push(`${locale}: ${key} has $n ${positional(other.message)}, en ${positional(entry.message)}`);
    }
  }
  assert.deepEqual(problems, []);
});

// Messages that stay as they are in every language: GitHub's settings menu exists only in English.
const SAME_EVERYWHERE = new Set(['accountPageGitHubName']);

test('the translations are translations: long messages differ from the English', () => {
  const same = [];
  for (const locale of LOCALES.filter((l) => l !== 'en')) {
    const messages = readLocale(locale);
    for (const [key, entry] of Object.entries(en)) {
      if (SAME_EVERYWHERE.has(key)) continue;
      const words = entry.message.replace(/\$[A-Za-z0-9_]+\$/g, '').match(/[A-Za-z]{4,}/g) ?? [];
      if (words.length >= 3 && messages[key]?.message === entry.message) same.push(`${locale}: ${key}`);
    }
  }
  assert.deepEqual(same, [], 'messages left in English');
});

test('the manifest names en as the default locale and takes its name and description from _locales', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'manifest.json'), 'utf8'));
  assert.equal(manifest.default_locale, 'en');
  assert.equal(manifest.name, '__MSG_extName__');
  assert.equal(manifest.description, '__MSG_extDescription__');
  assert.deepEqual(fs.readdirSync(LOCALES_DIR).sort(), [...LOCALES].sort());
});

test('every key the code names is defined in en', () => {
  const missing = [];
  for (const { file, text } of sources) {
    for (const pattern of [KEY_CALL, DATA_I18N, MANIFEST_MSG, KEY_LIKE]) {
      for (const [, key] of text.matchAll(pattern)) {
        if (!key.startsWith('@@') && !(key in en)) missing.push(`${file}: ${key}`);
      }
    }
  }
  for (const key of BUILT) if (!(key in en)) missing.push(`built at run time: ${key}`);
  for (const page of JSON.parse(fs.readFileSync(ACCOUNT_PAGES, 'utf8')).pages) {
    for (const key of [page.name, page.shows]) if (!(key in en)) missing.push(`data/account-pages.json: ${key}`);
  }
  assert.deepEqual([...new Set(missing)], []);
});

test('every key the contract names is defined in en, with as many values as the engine sends', () => {
  const problems = [];
  for (const [key, params] of contractKeys()) {
    const entry = en[key];
    if (!entry) {
      problems.push(`${key} is missing`);
      continue;
    }
    if (params === null) continue;
    const declared = Object.values(entry.placeholders ?? {}).map((p) => p.content);
    const text = `${entry.message} ${declared.join(' ')}`;
    const highest = Math.max(0, ...[...text.matchAll(/(?<!\$)\$(\d)/g)].map((m) => Number(m[1])));
    if (highest > params) problems.push(`${key} uses $${highest} but the engine sends ${params} value(s)`);
  }
  assert.deepEqual(problems, []);
});

test('no key of en is unused', () => {
  const all = sources.map((s) => s.text).join('\n');
  const fromContract = contractKeys();
  const unused = Object.keys(en).filter((key) => !fromContract.has(key) && !BUILT.has(key) && !all.includes(`'${key}'`) &&
    !all.includes(`"${key}"`) && !all.includes(`__MSG_${key}__`));
  assert.deepEqual(unused, []);
});

// Scope words in the person's language (extension/shared/scope-words.js) and the sentences built
// from them (levels.js): a rated scope carries its catalog and key, the request's line names
// scopes as rated; the page words them from
// data/scopes/words/<locale>.json, in English where the locale has no words for one.
import { PAGES_ORIGIN } from './fake-chrome.mjs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const wordsFile = (locale) => JSON.parse(readFileSync(new URL(`data/scopes/words/${locale}.json`, root), 'utf8'));
const catalog = (id) => JSON.parse(readFileSync(new URL(`data/scopes/${id}.json`, root), 'utf8'));

const { localesFor, readWordsFile, scopePhrase, scopeWords, useScopeWords, loadScopeWords } = await import('../../extension/shared/scope-words.js');
const { scopeText, wordsText } = await import('../../extension/shared/levels.js');

/** A rated scope as the engine sends it: its English words, its catalog and key. */
function rated(catalogId, key, scope = key) {
  const entry = catalog(catalogId).scopes.find((s) => s.scope === key);
  return { scope, tier: entry.tier, description: entry.description, implies: entry.implies, catalog: catalogId, key };
}

const repo = rated('github', 'repo');
const mail = rated('microsoft-graph', 'Mail.Read', 'https://graph.microsoft.com/Mail.Read');
const gmail = rated('google', 'gmail.readonly', 'https://www.googleapis.com/auth/gmail.readonly');

test('the words file of the browser\'s locale, then of its language', () => {
  assert.deepEqual(localesFor('pt_BR'), ['pt_BR', 'pt']);
  assert.deepEqual(localesFor('de'), ['de']);
  assert.deepEqual(localesFor('en-US'), ['en_US', 'en']);
  assert.deepEqual(localesFor('../../x'), [], 'never a path');
  assert.deepEqual(localesFor(''), []);
});

test('a file that is not a words file words nothing', () => {
  assert.equal(readWordsFile(null), null);
  assert.equal(readWordsFile({ locale: 'de', catalogs: {} }), null, 'no rule');
  assert.equal(readWordsFile({ locale: 'de', lowerFirst: false }), null, 'no catalogs');
  assert.ok(readWordsFile(wordsFile('ja')));
});

test('German: the locale\'s words, nouns and the formal "Ihr" keep their capital', () => {
  useScopeWords(wordsFile('de'), wordsFile('en'));
  assert.deepEqual(scopeText(repo), { description: 'Ihren gesamten Code lesen und ändern', implies: wordsFile('de').catalogs.github.repo.implies });
  assert.equal(scopePhrase(repo), 'Ihren gesamten Code lesen und ändern');
  assert.equal(scopePhrase(mail), 'Ihre E-Mails lesen');
  // "Alle Ihre E-Mails lesen" on its own, "… darf: alle Ihre E-Mails lesen" in the sentence.
  assert.equal(scopeText(gmail).description, 'Alle Ihre E-Mails lesen');
  assert.equal(scopePhrase(gmail), 'alle Ihre E-Mails lesen');
  assert.equal(wordsText({ key: 'request_can_two', params: [repo.scope, gmail.scope] }, [repo, gmail]),
    'This app can Ihren gesamten Code lesen und ändern and alle Ihre E-Mails lesen', '(the fake browser has English messages)');
});

test('Spanish, French, Portuguese: lower-cased inside the sentence; Japanese: as written', () => {
  useScopeWords(wordsFile('es'), wordsFile('en'));
  assert.equal(scopeText(repo).description, 'Leer y modificar todo su código');
  assert.equal(scopePhrase(repo), 'leer y modificar todo su código');
  useScopeWords(wordsFile('fr'), wordsFile('en'));
  assert.equal(scopePhrase(mail), 'lire vos e-mails');
  useScopeWords(wordsFile('pt_BR'), wordsFile('en'));
  assert.equal(scopePhrase(gmail), 'ler todos os seus e-mails');
  useScopeWords(wordsFile('ja'), wordsFile('en'));
  assert.equal(scopePhrase(repo), 'すべてのコードを読み取り、変更する');
  assert.equal(scopeText(mail).description, 'メールを読み取る');
});

test('a scope the locale does not word reads in English, by English\'s rule', () => {
  const de = wordsFile('de');
  delete de.catalogs.github.repo;
  useScopeWords(de, wordsFile('en'));
  assert.equal(scopeWords(repo), null);
  assert.deepEqual(scopeText(repo), { description: 'Read and change all your code', implies: repo.implies });
  assert.equal(scopePhrase(repo), 'read and change all your code');
  assert.equal(wordsText({ key: 'request_can_two', params: [mail.scope, 'repo'] }, [mail, repo]),
    'This app can Ihre E-Mails lesen and read and change all your code', 'German for the others');
  // Named but not among the rated scopes (a record trimmed to its first scopes): its name, never nothing.
  assert.equal(wordsText({ key: 'request_can_one', params: ['repo'] }, [mail]), 'This app can repo');
  // Only the values that name scopes are looked up: a count, or a host, stays as it is.
  assert.equal(wordsText({ key: 'request_can_more', params: [mail.scope, 'repo', 'repo'] }, [mail, repo]),
    'This app can Ihre E-Mails lesen, read and change all your code and repo more');
  assert.equal(wordsText({ key: 'destination_host', params: ['repo'] }, [repo]), 'repo');
  // An entry inherited from Object.prototype is no entry.
  assert.equal(scopeWords({ catalog: 'github', key: 'constructor' }), null);
  assert.equal(scopeWords({ catalog: '__proto__', key: 'repo' }), null);
});

test('English: the catalogs\' own words; a verdict stored before scopes were named keeps its words', () => {
  useScopeWords(wordsFile('en'));
  assert.deepEqual(scopeText(repo), { description: repo.description, implies: repo.implies });
  const summary = { key: 'request_can_more', params: ['repo', mail.scope, '2'] };
  assert.equal(wordsText(summary, [mail, repo]), 'This app can read and change all your code, read your mail and 2 more');
  assert.equal(wordsText({ key: 'request_can_one', params: ['read your mail'] }), 'This app can read your mail');
});

test('loadScopeWords reads the browser\'s locale\'s file and English\'s, and reads English where there is none', async () => {
  const requested = [];
  globalThis.fetch = async (url) => {
    const path = String(url).slice(PAGES_ORIGIN.length);
    requested.push(path);
    try {
      return new Response(readFileSync(new URL(path, root)));
    } catch {
      throw new TypeError('Failed to fetch'); // as the browser answers for a file the extension lacks
    }
  };
  // A fresh module: the load happens once a page.
  const fresh = await import(`../../extension/shared/scope-words.js?load=${Date.now()}`);
  await fresh.loadScopeWords('de_AT');
  assert.deepEqual(requested, ['data/scopes/words/en.json', 'data/scopes/words/de_AT.json', 'data/scopes/words/de.json']);
  assert.equal(fresh.scopePhrase(gmail), 'alle Ihre E-Mails lesen');
  const other = await import(`../../extension/shared/scope-words.js?load=${Date.now() + 1}`);
  requested.length = 0;
  await other.loadScopeWords('nl');
  assert.deepEqual(requested, ['data/scopes/words/en.json', 'data/scopes/words/nl.json']);
  assert.equal(other.scopePhrase(gmail), 'read all your mail');
  assert.equal(typeof loadScopeWords, 'function');
});

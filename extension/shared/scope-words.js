// @ts-check
// What a catalog's scope lets an app do, in the person's language. The engine rates each scope, with
// the catalog and key that describe it (`catalog`, `key`), and picks the ones the request's one line
// names (by the scope as rated); it leaves the words to the page. They are data: the English ones are the
// catalogs' own (data/scopes/<catalog>.json, carried in every rated scope as `description` and
// `implies`), the others data/scopes/words/<locale>.json, one file a locale:
//   { "locale": "de", "lowerFirst": false,
//     "catalogs": { "<catalog>": { "<key>": { "description", "implies", "lowerFirst"? } } } }
// `description` stands on its own (a list item); inside "This app can …" it reads with its first
// letter lower-cased where the locale's `lowerFirst` says so (English, Spanish, French, Portuguese),
// or the entry's own `lowerFirst` (German: not for a noun or the formal "Ihr", which keep their
// capital, but for "alle", "die", "jede" and the like; Japanese has no case). A scope the locale
// does not word reads in English, by English's rule (data/scopes/words/en.json).
import { ext } from './platform.js';
import { pseudo, pseudoLocale, uiLocale } from './i18n.js';

/** @typedef {{ description: string, implies: string, lowerFirst?: boolean }} ScopeEntry */
/** @typedef {{ locale: string, lowerFirst: boolean, catalogs: Record<string, Record<string, ScopeEntry>> }} WordsFile */

const EMPTY = /** @type {WordsFile} */ ({ locale: 'en', lowerFirst: true, catalogs: {} });

/** The person's words and English's rule, once loaded. */
let words = EMPTY;
let english = EMPTY;
/** @type {Promise<void> | null} */
let loading = null;

/**
 * The words files to try for the browser's UI language, in which it shows the extension's messages
 * ("de", "pt-BR", "en-US"): that locale, then its language, as the browser picks a _locales folder.
 * @param {string} tag
 * @returns {string[]}
 */
export function localesFor(tag) {
  const full = String(tag || '').replace(/-/g, '_');
  const language = full.split('_')[0];
  return [...new Set([full, language])].filter((l) => /^[A-Za-z]{2,3}(_[A-Za-z0-9]{2,8})?$/.test(l));
}

/**
 * A words file as read, or null when it is not one (a file that is not one words nothing: its
 * scopes read in English).
 * @param {unknown} file
 * @returns {WordsFile | null}
 */
export function readWordsFile(file) {
  const f = /** @type {any} */ (file);
  if (!f || typeof f !== 'object' || typeof f.locale !== 'string' || typeof f.lowerFirst !== 'boolean') return null;
  if (!f.catalogs || typeof f.catalogs !== 'object') return null;
  return { locale: f.locale, lowerFirst: f.lowerFirst, catalogs: f.catalogs };
}

/** @param {string} locale @returns {Promise<WordsFile | null>} */
async function fetchWords(locale) {
  try {
    const response = await fetch(ext.runtime.getURL(`data/scopes/words/${locale}.json`));
    return response.ok ? readWordsFile(await response.json()) : null;
  } catch {
    return null; // no words in this locale: the browser's locale is one the extension has no words for
  }
}

/**
 * Reads the words of the locale the browser shows the extension in, and English's rule. Never
 * rejects: what cannot be read reads in English. Loaded once; later calls wait for the same load.
 * @param {string} [locale] the browser's UI language unless given
 * @returns {Promise<void>}
 */
export function loadScopeWords(locale) {
  loading ??= (async () => {
    const wanted = locale ?? uiLocale();
    english = (await fetchWords('en')) ?? EMPTY;
    for (const locale of localesFor(wanted)) {
      if (locale === 'en') break;
      const file = await fetchWords(locale);
      if (file) {
        words = file;
        return;
      }
    }
    words = english;
  })();
  return loading;
}

/**
 * Uses these words files (the person's locale's, and English's), as `loadScopeWords` would read them.
 * @param {unknown} localeFile @param {unknown} [englishFile]
 */
export function useScopeWords(localeFile, englishFile = localeFile) {
  english = readWordsFile(englishFile) ?? EMPTY;
  words = readWordsFile(localeFile) ?? english;
  loading = Promise.resolve();
}

/** @param {string} text */
const shown = (text) => (pseudoLocale ? pseudo(text) : text);

/**
 * The locale's entry for a catalog's scope, or null when the locale does not word it.
 * @param {unknown} catalog @param {unknown} key
 * @returns {ScopeEntry | null}
 */
function entryOf(catalog, key) {
  if (typeof catalog !== 'string' || typeof key !== 'string') return null;
  const scopes = Object.hasOwn(words.catalogs, catalog) ? words.catalogs[catalog] : null;
  const entry = scopes && Object.hasOwn(scopes, key) ? scopes[key] : null;
  return entry && typeof entry.description === 'string' && typeof entry.implies === 'string' ? entry : null;
}

/**
 * A described scope's words in the person's language: what the app can do, what granting it means;
 * null where the locale does not word it (the caller shows the English it carries).
 * @param {{ catalog?: unknown, key?: unknown } | null | undefined} scope
 * @returns {{ description: string, implies: string } | null}
 */
export function scopeWords(scope) {
  const entry = entryOf(scope?.catalog, scope?.key);
  return entry ? { description: shown(entry.description), implies: shown(entry.implies) } : null;
}

/**
 * @param {string} text @param {boolean} lowerFirst
 * @returns {string}
 */
function phraseOf(text, lowerFirst) {
  if (!lowerFirst || !text) return text;
  const [first] = text;
  return first.toLocaleLowerCase() + text.slice(first.length);
}

/**
 * What a rated scope lets the app do, as it reads inside "This app can …": the locale's words, else
 * its English description, by English's rule.
 * @param {{ catalog?: unknown, key?: unknown, description?: unknown }} scope
 * @returns {string}
 */
export function scopePhrase(scope) {
  const entry = entryOf(scope.catalog, scope.key);
  if (entry) return shown(phraseOf(entry.description, typeof entry.lowerFirst === 'boolean' ? entry.lowerFirst : words.lowerFirst));
  return phraseOf(String(scope.description ?? ''), english.lowerFirst);
}

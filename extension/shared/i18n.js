// @ts-check
// Every word a person reads comes from _locales through this module: message lookup, filling of
// `data-i18n*` attributes in the pages' HTML, and dates, times and numbers in the browser's UI
// language. A page opened with `?pseudo=1` shows every message pseudo-localised (accented and 40 %
// longer) so the layout can be checked against longer translations.
import { ext } from './platform.js';

const PSEUDO = typeof location !== 'undefined' && new URLSearchParams(location.search).get('pseudo') === '1';

const ACCENTS = /** @type {Record<string, string>} */ ({
  a: 'á', e: 'é', i: 'î', o: 'ö', u: 'ü', c: 'ç', n: 'ñ', s: 'š', y: 'ý', z: 'ž',
  A: 'Å', E: 'É', I: 'Î', O: 'Ö', U: 'Ü', C: 'Ç', N: 'Ñ', S: 'Š', Y: 'Ý', Z: 'Ž',
});
const PAD = ' lörém ïpšüm döłör šît ámét çöñšéçtétür ádîpîšçîñg éłît séd dö éîüšmöd témpör';

/**
 * The pseudo-localised form of a message: accented letters and 40 % more length, in words that
 * wrap like real text. Substituted values (host names, app names) are left as they are.
 * @param {string} text @param {string[]} values
 */
export function pseudo(text, values = []) {
  if (!text) return text;
  let out = '';
  let rest = text;
  // keep the substituted values intact: they are data, not words to translate
  while (rest) {
    const hits = values.filter(Boolean).map((v) => [rest.indexOf(v), v]).filter(([i]) => /** @type {number} */ (i) >= 0);
    hits.sort((a, b) => /** @type {number} */ (a[0]) - /** @type {number} */ (b[0]));
    const [at, value] = hits[0] ?? [-1, ''];
    const i = /** @type {number} */ (at);
    const plain = i < 0 ? rest : rest.slice(0, i);
    out += [...plain].map((ch) => ACCENTS[ch] ?? ch).join('');
    if (i < 0) break;
    out += value;
    rest = rest.slice(i + String(value).length);
  }
  const extra = Math.ceil(text.length * 0.4);
  let pad = '';
  while (pad.length < extra) pad += PAD;
  return `⟦${out}${pad.slice(0, extra).trimEnd()}⟧`;
}

/** True on a page opened with `?pseudo=1`. */
export const pseudoLocale = PSEUDO;

/**
 * The message for `key` from _locales, with `$1`… substituted; the key itself when it is missing
 * (a unit test keeps every key used in the code defined in every locale).
 * @param {string} key @param {string | number | (string | number)[]} [substitutions]
 * @returns {string}
 */
export function t(key, substitutions) {
  const values = (Array.isArray(substitutions) ? substitutions : substitutions === undefined ? [] : [substitutions]).map(String);
  const text = ext.i18n.getMessage(key, values) || key;
  return PSEUDO ? pseudo(text, values) : text;
}

/** The browser's UI language (BCP 47), for Intl. */
export function uiLocale() {
  try {
    return ext.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}

/** A date in the UI language ("29 Nov 2026"); the input unchanged when it is not a date. @param {string | number | Date} value */
export function formatDate(value) {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? String(value) : new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium' }).format(date);
}

/** A time of day in the UI language. @param {string | number | Date} value */
export function formatTime(value) {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? String(value) : new Intl.DateTimeFormat(uiLocale(), { timeStyle: 'short' }).format(date);
}

/** A whole number in the UI language. @param {number} value */
export function formatNumber(value) {
  return new Intl.NumberFormat(uiLocale()).format(value);
}

/**
 * Fills the page's static text: `data-i18n` (text), `data-i18n-label` (aria-label),
 * `data-i18n-title` (title), `data-i18n-placeholder` (placeholder); sets <html lang> and dir.
 * @param {ParentNode} [root]
 */
export function localise(root = document) {
  /** @type {[string, (node: HTMLElement, text: string) => void][]} */
  const kinds = [
    ['i18n', (node, text) => { node.textContent = text; }],
    ['i18nLabel', (node, text) => node.setAttribute('aria-label', text)],
    ['i18nTitle', (node, text) => { node.title = text; }],
    ['i18nPlaceholder', (node, text) => node.setAttribute('placeholder', text)],
  ];
  for (const [name, apply] of kinds) {
    const attribute = `data-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
    for (const node of root.querySelectorAll(`[${attribute}]`)) {
      if (node instanceof HTMLElement) apply(node, t(node.dataset[name] ?? ''));
    }
  }
  if (root === document) {
    document.documentElement.lang = uiLocale();
    document.documentElement.dir = ext.i18n.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
  }
}

// @ts-check
// How a verdict level looks (toolbar badge and popup), and the words of a verdict: the engine
// (Rust) decides every verdict and names its words by locale key; this renders them.
import './contract.js'; // the evidence keys the engine can send, and their number of values
import { t } from './i18n.js';
import { scopePhrase, scopeWords } from './scope-words.js';
import { tierOf } from './tiers.js';

/** @typedef {'genuine' | 'caution' | 'danger' | 'none'} Level */

/**
 * The badge convention: genuine ✓ green, danger ! red, caution ? amber, none empty.
 * @type {Record<Level, { badge: string, color: string, word: string }>}
 */
export const LEVELS = {
  genuine: { badge: '✓', color: '#1a7f37', word: 'levelGenuine' },
  caution: { badge: '?', color: '#9a6700', word: 'levelCaution' },
  danger: { badge: '!', color: '#d1242f', word: 'levelDanger' },
  none: { badge: '', color: '#59636e', word: 'levelNone' },
};

/** The message for a _locales key (see i18n.js). */
export const message = t;

/**
 * The level to show for a verdict. A verdict that carries an error, or a level this build does
 * not know, is never green: it shows as caution (danger stays danger). `error` (`{kind, detail}`:
 * the engine could not run at all, for the tab or one of its frames) is data, not a verdict: it
 * shows as caution, "could not verify", unless the verdict is danger.
 * @param {Verdict | null | undefined} verdict
 * @param {import('./contract').VerdictError | null} [error]
 * @returns {Level}
 */
export function levelOf(verdict, error = null) {
  if (!verdict || typeof verdict !== 'object') return error ? 'caution' : 'none';
  if (verdict.level === 'danger') return 'danger';
  if (error || verdict.error || !Object.hasOwn(LEVELS, verdict.level)) return 'caution';
  return /** @type {Level} */ (verdict.level);
}

/** The locale key of a rule's message: `rule_` and the id with `.` and `-` as `_`. */
/** @param {string} rule @returns {string} */
export function ruleKey(rule) {
  return `rule_${String(rule).replace(/[.-]/g, '_')}`;
}

/** @param {unknown} list @returns {string[]} */
function params(list) {
  return Array.isArray(list) ? list.map(String) : [];
}

/** A finding (`{rule, severity, params, evidence}`) in the person's language. */
/** @param {Finding | null | undefined} finding @returns {string} */
export function findingText(finding) {
  return finding?.rule ? message(ruleKey(finding.rule), params(finding.params)) : '';
}

/** A verdict's summary (`{key, params}`) in the person's language ('' when there is none). */
/** @param {{ key?: unknown, params?: unknown } | null | undefined} summary @returns {string} */
export function summaryText(summary) {
  return typeof summary?.key === 'string' ? message(summary.key, params(summary.params)) : '';
}

/**
 * A sentence of the consent review (`{key, params}`: its risk line, where the answer goes). Where
 * the first values name scopes (the contract's `requestScopeKeys`: "This app can $1 and $2"), each
 * is what that scope lets the app do, in the person's language (English where the locale does not
 * word it), found among `rated`, the review's scopes; a name not among them (a record trimmed to
 * its first scopes, or one stored when the engine sent the words themselves) stays as it is.
 * @param {{ key?: unknown, params?: unknown } | null | undefined} words
 * @param {readonly { scope?: unknown, catalog?: unknown, key?: unknown, description?: unknown }[]} [rated]
 * @returns {string}
 */
export function wordsText(words, rated = []) {
  if (typeof words?.key !== 'string') return '';
  const scopeKeys = /** @type {Record<string, number>} */ (globalThis.CONSENT_GUARD_CONTRACT?.requestScopeKeys ?? {});
  const named = Object.hasOwn(scopeKeys, words.key) ? scopeKeys[words.key] : 0;
  const values = params(words.params).map((value, i) => {
    const scope = i < named ? rated.find((s) => s?.scope === value) : undefined;
    return scope ? scopePhrase(scope) : value;
  });
  return message(words.key, values);
}

// The evidence that names a provider's logo (data/logos/logos.json `name`), and which of its values.
const LOGO_NAME_AT = /** @type {Record<string, number>} */ ({ evidence_logo_pixels: 1, evidence_logo_on_screen: 0 });

/** The message key of a logo's name: `logoName_` and the name in lower case, words joined by `_`. @param {string} name */
export function logoNameKey(name) {
  return `logoName_${name.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '')}`;
}

/**
 * A logo's name in the person's language ([`logoNameKey`]); a logo no locale has words for keeps
 * the name the data gives it.
 * @param {string} name
 */
function logoName(name) {
  const key = logoNameKey(name);
  const words = message(key);
  return words && words !== key ? words : name;
}

/**
 * What a piece of evidence found, in the person's language: its words (`{key, params}`, a key
 * of the contract's `evidenceKeys`) when it has them, else its value as the page had it. A
 * verdict stored before evidence had words, or a key this build does not know, shows the value.
 * @param {{ value?: unknown, key?: unknown, params?: unknown } | null | undefined} evidence
 * @returns {string}
 */
export function evidenceValue(evidence) {
  const key = evidence?.key;
  const keys = globalThis.CONSENT_GUARD_CONTRACT?.evidenceKeys ?? {};
  if (typeof key === 'string' && Object.hasOwn(keys, key)) {
    const values = params(evidence?.params);
    const at = LOGO_NAME_AT[key];
    if (at !== undefined && values[at]) values[at] = logoName(values[at]);
    // A value left empty (an input with no id or name) leaves no space behind.
    return message(key, values).replace(/\s+/g, ' ').trim();
  }
  return String(evidence?.value ?? '');
}

/**
 * A rated scope's words: what the app can do with it and what granting it means, as its catalog
 * describes it (`catalog` and `key`) in the person's language, else in the English it carries, or,
 * for a scope no catalog describes, by its key (`words: {key, params}`, a key of the contract's
 * `scopeKeys`: `<key>` and `<key>_implies`).
 * @param {{ description?: unknown, implies?: unknown, catalog?: unknown, key?: unknown, words?: { key?: unknown, params?: unknown } | null } | null | undefined} scope
 * @returns {{ description: string, implies: string }}
 */
export function scopeText(scope) {
  const key = scope?.words?.key;
  if (typeof key === 'string' && Object.hasOwn(globalThis.CONSENT_GUARD_CONTRACT?.scopeKeys ?? {}, key)) {
    const values = params(scope?.words?.params);
    return { description: message(key, values), implies: message(`${key}_implies`, values) };
  }
  return scopeWords(scope) ?? { description: String(scope?.description ?? ''), implies: String(scope?.implies ?? '') };
}

/** A piece of evidence (`{label, value}` or `{label, key, params}`): "Host: login-microsoftonline.com". */
/** @param {{ label?: unknown, value?: unknown, key?: unknown, params?: unknown } | null | undefined} evidence @returns {string} */
export function evidenceText(evidence) {
  const label = typeof evidence?.label === 'string' ? message(`evidence_${evidence.label.replace(/-/g, '_')}`) : '';
  const value = evidenceValue(evidence);
  return label ? message('evidenceLine', [label, value]) : value;
}

/**
 * Badge text, colour and title for a tab's verdict (null: nothing checked yet, or `error`).
 * @param {Verdict | null | undefined} verdict
 * @param {import('./contract').VerdictError | null} [error]
 * @returns {{ text: string, color: string, title: string }}
 */
export function badgeFor(verdict, error = null) {
  if (!verdict && !error) return { text: '', color: LEVELS.none.color, title: message('actionTitle') };
  const level = levelOf(verdict, error);
  const unsure = error && level !== 'danger';
  const summary = (!unsure && summaryText(verdict?.summary)) || (level === 'none' ? '' : message('summary_could_not_verify'));
  return {
    text: LEVELS[level].badge,
    color: LEVELS[level].color,
    title: summary ? message('badgeTitle', [summary + requestWords(verdict?.request)]) : message('actionTitle'),
  };
}

/**
 * The consent request in the title: " — This app can read your mail (High risk)".
 * @param {{ summary?: any, risk?: string, scopes?: any } | null | undefined} review
 */
function requestWords(review) {
  const summary = wordsText(review?.summary, Array.isArray(review?.scopes) ? review.scopes : []);
  return summary ? message('badgeTitleRequest', [summary, tierOf(review?.risk).risk]) : '';
}

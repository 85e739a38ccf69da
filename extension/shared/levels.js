// @ts-check
// How a verdict level looks (toolbar badge and popup), and the two verdicts the worker makes
// itself: "could not verify" (fail closed) and a certificate error on the page's own host.
import { t } from './i18n.js';
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
 * not know, is never green: it shows as caution (danger stays danger).
 * @param {Verdict | null | undefined} verdict
 * @returns {Level}
 */
export function levelOf(verdict) {
  if (!verdict || typeof verdict !== 'object') return 'none';
  if (verdict.level === 'danger') return 'danger';
  if (verdict.error || !Object.hasOwn(LEVELS, verdict.level)) return 'caution';
  return /** @type {Level} */ (verdict.level);
}

/**
 * Badge text, colour and title for a tab's verdict (null: nothing checked yet).
 * @param {Verdict | null | undefined} verdict
 * @returns {{ text: string, color: string, title: string }}
 */
export function badgeFor(verdict) {
  if (!verdict) return { text: '', color: LEVELS.none.color, title: message('actionTitle') };
  const level = levelOf(verdict);
  const summary = verdict.summary || (level === 'none' ? '' : message('couldNotVerify'));
  return {
    text: LEVELS[level].badge,
    color: LEVELS[level].color,
    title: summary ? message('badgeTitle', [summary + requestWords(verdict.request)]) : message('actionTitle'),
  };
}

/**
 * The consent request in the title: " — This app can read your mail (High risk)".
 * @param {{ summary?: string, risk?: string } | null | undefined} review
 */
function requestWords(review) {
  return review?.summary ? message('badgeTitleRequest', [review.summary, tierOf(review.risk).risk]) : '';
}

/**
 * Fail closed: the verdict for a frame the worker could not evaluate.
 * @param {string} host @param {string} reason @returns {Verdict}
 */
export function couldNotVerify(host, reason) {
  return {
    level: 'caution',
    provider: null,
    providerName: null,
    page: 'other',
    host,
    summary: message('couldNotVerify'),
    findings: [],
    request: null,
    error: reason,
  };
}

/**
 * The browser reported a certificate error for the page's own host.
 * @param {string} host @param {string} error @returns {Verdict}
 */
export function certificateVerdict(host, error) {
  return {
    level: 'danger',
    provider: null,
    providerName: null,
    page: 'other',
    host,
    summary: message('certificateErrorSummary', [host]),
    findings: [{
      rule: 'https.certificate-error',
      severity: 'danger',
      message: message('certificateErrorMessage'),
      evidence: [host, error],
    }],
    request: null,
    error: null,
  };
}

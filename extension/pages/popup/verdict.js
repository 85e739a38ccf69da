// @ts-check
// The "This page" view: a tab's verdict in words, with each finding and its evidence.
import '../../shared/dom.js';
import { formatTime } from '../../shared/i18n.js';
import {
  LEVELS, evidenceText, findingText, levelOf, message, summaryText,
} from '../../shared/levels.js';

const { el } = globalThis.CONSENT_GUARD_DOM;

/** Why the page's content could not be checked: the contract's locale keys. @type {readonly string[]} */
const ERROR_REASONS = globalThis.CONSENT_GUARD_CONTRACT?.errorReasons ?? [];

/** @type {Record<string, string>} */
const HINTS = { genuine: 'popupGenuineHint', danger: 'popupDangerHint', none: 'popupNoneHint' };

/** @param {HTMLElement} container @param {string} titleKey @param {string} hintKey */
function notice(container, titleKey, hintKey) {
  container.replaceChildren(el('p', { class: 'summary' }, message(titleKey)), el('p', { class: 'hint' }, message(hintKey)));
}

/**
 * A pill with the badge's symbol and colour and the level in words.
 * @param {import('../../shared/levels.js').Level} level
 */
export function levelPill(level) {
  const pill = el('span', { class: `level level-${level}` });
  const symbol = el('span', { class: 'symbol' }, LEVELS[level].badge);
  symbol.setAttribute('aria-hidden', 'true');
  pill.append(symbol, el('span', {}, message(LEVELS[level].word)));
  return pill;
}

/** @param {Verdict} verdict @param {TabRecord} record */
function facts(verdict, record) {
  const list = el('dl', { class: 'facts' });
  /** @param {string} key @param {string | null | undefined} value @param {boolean} [asCode] */
  const add = (key, value, asCode) => {
    if (!value) return;
    const dd = el('dd', {});
    dd.append(asCode ? el('code', {}, value) : value);
    list.append(el('dt', {}, message(key)), dd);
  };
  add('popupProvider', verdict.providerName || verdict.provider);
  add('popupHost', verdict.host, true);
  if (record.updated) add('popupChecked', formatTime(record.updated));
  return list;
}

/** @param {Finding} finding */
function findingItem(finding) {
  const severity = finding?.severity === 'danger' ? 'danger' : 'caution';
  const item = el('li', { class: `sev-${severity}` });
  const head = el('div', {});
  head.append(
    el('span', { class: 'sev' }, message(severity === 'danger' ? 'popupSeverityDanger' : 'popupSeverityCaution')),
    el('span', { class: 'message' }, findingText(finding)),
  );
  item.append(head);
  if (finding?.rule) item.append(el('span', { class: 'rule' }, message('popupRule', [finding.rule])));
  const evidence = Array.isArray(finding?.evidence) ? finding.evidence : [];
  if (evidence.length) {
    const list = el('ul', { class: 'evidence' });
    list.setAttribute('aria-label', message('popupEvidence'));
    for (const value of evidence.slice(0, 20)) list.append(el('li', {}, evidenceText(/** @type {any} */ (value))));
    item.append(list);
  }
  return item;
}

/**
 * Render a tab's stored record (`{url, verdict, frames, updated}` or null) into `container`.
 * `pageUrl` is the tab's address, to tell pages Consent Guard does not check.
 * @param {HTMLElement} container @param {TabRecord | null} record @param {string} pageUrl
 */
export function renderVerdict(container, record, pageUrl) {
  container.setAttribute('aria-busy', 'false');
  if (pageUrl && !/^https?:/i.test(pageUrl)) return notice(container, 'popupUnsupported', 'popupUnsupportedHint');
  const error = record?.error ?? null;
  /** @type {Verdict | null} */
  const verdict = record?.verdict ?? (error ? { level: 'caution', error, findings: [] } : null);
  if (!verdict || typeof verdict !== 'object') return notice(container, 'popupNoVerdict', 'popupNoVerdictHint');

  const level = levelOf(verdict, error);
  const wrapper = el('div', { class: `verdict-${level}` });
  const problem = level === 'danger' ? null : verdict.error ?? error; // a danger is said whatever else failed
  const words = (!problem && summaryText(verdict.summary))
    || message(level === 'none' ? 'levelNone' : 'summary_could_not_verify');
  wrapper.append(levelPill(level), el('h1', { class: 'summary' }, words));
  if (problem) {
    const box = el('div', { class: 'error' });
    box.setAttribute('role', 'note');
    // the kind in words (error_<kind>), then why in words where the engine names it; the
    // technical detail (English, for the logs) is not shown
    const kind = typeof problem.kind === 'string' ? message(`error_${problem.kind.replace(/-/g, '_')}`) : '';
    const reason = typeof problem.reason === 'string' && ERROR_REASONS.includes(problem.reason) ? message(problem.reason) : '';
    const why = [kind, reason].filter(Boolean).join(' — ') || message('summary_could_not_verify');
    box.append(el('p', {}, message('popupNeverGreen')), el('p', { class: 'muted' }, message('popupError', [why])));
    wrapper.append(box);
  } else if (HINTS[level]) {
    wrapper.append(el('p', { class: 'hint' }, message(HINTS[level])));
  }
  if (record) wrapper.append(facts(verdict, record));

  const findings = Array.isArray(verdict.findings) ? verdict.findings : [];
  if (findings.length || level !== 'none') {
    wrapper.append(el('h2', {}, message('popupFindings')));
    if (findings.length) {
      const list = el('ul', { class: 'findings' });
      for (const finding of findings) list.append(findingItem(finding));
      wrapper.append(list);
    } else if (!verdict.error) {
      wrapper.append(el('p', { class: 'muted' }, message('popupNoFindings')));
    }
  }
  container.replaceChildren(wrapper);
}

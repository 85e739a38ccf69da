// The "This page" view: a tab's verdict in words, with each finding and its evidence.
import {
  LEVELS, evidenceText, findingText, levelOf, message, summaryText,
} from '../levels.js';

const HINTS = { genuine: 'popupGenuineHint', danger: 'popupDangerHint', none: 'popupNoneHint' };

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

function notice(container, titleKey, hintKey) {
  container.replaceChildren(el('p', 'summary', message(titleKey)), el('p', 'hint', message(hintKey)));
}

/** A pill with the badge's symbol and colour and the level in words. */
export function levelPill(level) {
  const pill = el('span', `level level-${level}`);
  const symbol = el('span', 'symbol', LEVELS[level].badge);
  symbol.setAttribute('aria-hidden', 'true');
  pill.append(symbol, el('span', '', message(LEVELS[level].word)));
  return pill;
}

function facts(verdict, record) {
  const list = el('dl', 'facts');
  const add = (key, value, asCode) => {
    if (!value) return;
    const dd = el('dd');
    dd.append(asCode ? el('code', '', value) : value);
    list.append(el('dt', '', message(key)), dd);
  };
  add('popupProvider', verdict.providerName || verdict.provider);
  add('popupHost', verdict.host, true);
  if (record.updated) add('popupChecked', new Date(record.updated).toLocaleTimeString());
  return list;
}

function findingItem(finding) {
  const severity = finding?.severity === 'danger' ? 'danger' : 'caution';
  const item = el('li', `sev-${severity}`);
  const head = el('div');
  head.append(
    el('span', 'sev', message(severity === 'danger' ? 'popupSeverityDanger' : 'popupSeverityCaution')),
    el('span', 'message', findingText(finding)),
  );
  item.append(head);
  if (finding?.rule) item.append(el('span', 'rule', `${message('popupRule')}: ${finding.rule}`));
  const evidence = Array.isArray(finding?.evidence) ? finding.evidence : [];
  if (evidence.length) {
    const list = el('ul', 'evidence');
    list.setAttribute('aria-label', message('popupEvidence'));
    for (const value of evidence.slice(0, 20)) list.append(el('li', '', evidenceText(value)));
    item.append(list);
  }
  return item;
}

/**
 * Render a tab's stored record (`{url, verdict, frames, updated}` or null) into `container`.
 * `pageUrl` is the tab's address, to tell pages Consent Guard does not check.
 */
export function renderVerdict(container, record, pageUrl) {
  container.setAttribute('aria-busy', 'false');
  if (pageUrl && !/^https?:/i.test(pageUrl)) return notice(container, 'popupUnsupported', 'popupUnsupportedHint');
  const error = record?.error ?? null;
  const verdict = record?.verdict ?? (error ? { level: 'caution', error, findings: [] } : null);
  if (!verdict || typeof verdict !== 'object') return notice(container, 'popupNoVerdict', 'popupNoVerdictHint');

  const level = levelOf(verdict, error);
  const wrapper = el('div', `verdict-${level}`);
  const problem = level === 'danger' ? null : verdict.error ?? error; // a danger is said whatever else failed
  const words = (!problem && summaryText(verdict.summary))
    || message(level === 'none' ? 'levelNone' : 'summary_could_not_verify');
  wrapper.append(levelPill(level), el('h1', 'summary', words));
  if (problem) {
    const box = el('div', 'error');
    box.setAttribute('role', 'note');
    const why = [problem.kind, problem.detail].filter(Boolean).join(': ');
    box.append(el('p', '', message('popupNeverGreen')), el('p', 'muted', `${message('popupError')}: ${why}`));
    wrapper.append(box);
  } else if (HINTS[level]) {
    wrapper.append(el('p', 'hint', message(HINTS[level])));
  }
  wrapper.append(facts(verdict, record));

  const findings = Array.isArray(verdict.findings) ? verdict.findings : [];
  if (findings.length || level !== 'none') {
    wrapper.append(el('h2', '', message('popupFindings')));
    if (findings.length) {
      const list = el('ul', 'findings');
      for (const finding of findings) list.append(findingItem(finding));
      wrapper.append(list);
    } else if (!verdict.error) {
      wrapper.append(el('p', 'muted', message('popupNoFindings')));
    }
  }
  container.replaceChildren(wrapper);
}

// @ts-check
// The warning page a tab is sent to when the page in it got a danger verdict. It is the extension's
// own page: the dangerous page cannot draw over it, script it or take its clicks. It reads what to
// show from the worker with the one-time token in its address (never from the address itself), and
// offers "Go back" (past the dangerous page) and, unless the organisation blocks, "Continue anyway",
// which first asks for a short reason (reported to the security team). Where the organisation
// receives reports, "This page is safe — tell my security team" reports a false positive.
import '../../shared/protocol.js';
import { ext, sendToWorker } from '../../shared/platform.js';
import { evidenceText, findingText, message } from '../../shared/levels.js';

const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));

/** @param {WarningView | null} view */
function render(view) {
  const verdict = view?.verdict;
  const provider = verdict?.providerName || verdict?.provider || '';
  $('title').textContent = provider ? message('warningTitle', [provider]) : message('warningTitleUnknown');
  $('lead').textContent = provider ? message('warningLead', [provider]) : message('warningLeadUnknown');
  $('where-label').textContent = message('warningAddress');
  let host = '';
  try {
    host = view ? new URL(view.url).host : '';
  } catch {
    host = '';
  }
  $('where').textContent = host || message('warningUnknownAddress');
  document.title = message('warningDocumentTitle', [$('title').textContent ?? '']);
  const findings = Array.isArray(verdict?.findings) ? verdict.findings.slice(0, 12) : [];
  if (findings.length) {
    $('reasons-title').textContent = message('warningReasons');
    const list = $('findings');
    for (const finding of findings) {
      const item = document.createElement('li');
      item.textContent = findingText(finding) || String(finding?.rule ?? '');
      const evidence = Array.isArray(finding?.evidence) ? finding.evidence.slice(0, 5).map((e) => evidenceText(e)) : [];
      if (evidence.length) {
        const span = document.createElement('span');
        span.className = 'evidence';
        span.textContent = message('warningEvidence', [evidence.join(' · ')]);
        item.append(span);
      }
      list.append(item);
    }
    $('reasons').hidden = false;
  }
  if (view?.support) {
    $('support').textContent = message('warningSupport', [view.support]);
    $('support').hidden = false;
  }
  const back = $('back');
  back.textContent = message('warningGoBack');
  back.addEventListener('click', goBack);
  if (view?.canContinue) {
    const go = $('continue');
    go.textContent = message('warningContinue');
    go.hidden = false;
    go.addEventListener('click', askReason);
    $('continue-note').textContent = message('warningContinueNote');
    $('continue-note').hidden = false;
  }
  if (view?.canReport) {
    const safe = element('button', { type: 'button', id: 'report-safe', className: 'continue' }, message('warningReportSafe'));
    safe.addEventListener('click', () => reportSafe(token));
    $('report-line').append(safe);
    $('report-line').hidden = false;
  }
  back.focus({ preventScroll: true }); // the headline and why stay in view; keys reach "Go back" first
}

/**
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag @param {Record<string, unknown>} props @param {string} [text]
 */
function element(tag, props, text) {
  const el = Object.assign(document.createElement(tag), props);
  if (text !== undefined) el.textContent = text;
  return el;
}

// "Continue anyway": a short reason first. The form is made only now: until the person chooses to
// continue, the page has no field and no button but its own two.
function askReason() {
  const form = $('reason-form');
  if (!form.firstChild) {
    const label = element('label', { htmlFor: 'reason', id: 'reason-label' }, message('warningReasonLabel'));
    const input = element('input', { id: 'reason', name: 'reason', type: 'text', maxLength: 300, required: true, autocomplete: 'off', spellcheck: true });
    const submit = element('button', { type: 'submit', id: 'reason-submit', className: 'reason-submit' }, message('warningReasonSubmit'));
    const cancel = element('button', { type: 'button', id: 'reason-cancel', className: 'continue' }, message('warningReasonCancel'));
    const actions = element('div', { className: 'reason-actions' });
    actions.append(submit, cancel);
    form.append(label, input, actions);
    cancel.addEventListener('click', () => {
      form.hidden = true;
      $('continue').hidden = false;
      $('continue').focus();
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const reason = input.value.trim();
      if (reason) continueAnyway(token, reason);
    });
  }
  $('continue').hidden = true;
  form.hidden = false;
  $('reason').focus();
}

/** @param {string} which */
async function reportSafe(which) {
  const button = /** @type {HTMLButtonElement} */ ($('report-safe'));
  button.disabled = true;
  const reason = /** @type {HTMLInputElement | null} */ (document.getElementById('reason'))?.value.trim() ?? '';
  const answer = await sendToWorker('reportFalsePositive', { token: which, ...(reason ? { reason } : {}) }).catch(() => null);
  $('report-line').hidden = true;
  $('report-status').textContent = message(answer?.ok ? 'warningReportSent' : 'warningReportFailed');
  $('report-status').hidden = false;
}

// Back to safety: the entry before the dangerous page (this page came after it), or a new tab page.
async function goBack() {
  if (history.length > 2) {
    history.go(-2);
    return;
  }
  const tab = await ext.tabs.getCurrent();
  if (tab?.id !== undefined) await ext.tabs.update(tab.id, { url: 'chrome://newtab/' }).catch(() => location.replace('about:blank'));
  else location.replace('about:blank');
}

/** @param {string} which @param {string} reason */
async function continueAnyway(which, reason) {
  const answer = await sendToWorker('continueAnyway', { token: which, reason }).catch(() => null);
  if (!answer?.ok) {
    $('continue').hidden = true;
    $('reason-form').hidden = true;
  }
}

const token = location.hash.slice(1);
for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = message(/** @type {string} */ (el.getAttribute('data-i18n')));
document.documentElement.lang = ext.i18n.getUILanguage();
(token ? sendToWorker('getWarning', { token }).catch(() => null) : Promise.resolve(null)).then((view) => render(view ?? null));

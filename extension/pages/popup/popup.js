// The popup: "This page" (the current tab's verdict, then the consent request) and
// "Your authorizations" (grants). The request and grants views load on their own, so the
// verdict still shows if either is missing or fails.
import { ext } from '../platform.js';
import { message } from '../levels.js';
import { renderVerdict } from './verdict.js';

const verdictSection = document.getElementById('verdict');
const requestSection = document.getElementById('request');
const grantsPanel = document.getElementById('grants-panel');

function localise() {
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = message(node.dataset.i18n);
  for (const node of document.querySelectorAll('[data-i18n-label]')) {
    node.setAttribute('aria-label', message(node.dataset.i18nLabel));
  }
}

// ---- tabs (WAI-ARIA tabs pattern: arrows, Home and End move between tabs) ----

const tabs = [...document.querySelectorAll('[role=tab]')];
let grantsShown = false;

function select(tab, focus) {
  for (const t of tabs) {
    const selected = t === tab;
    t.setAttribute('aria-selected', String(selected));
    t.tabIndex = selected ? 0 : -1;
    document.getElementById(t.getAttribute('aria-controls')).hidden = !selected;
  }
  if (focus) tab.focus();
  if (tab.id === 'tab-grants' && !grantsShown) {
    grantsShown = true;
    showGrants();
  }
}

for (const tab of tabs) {
  tab.addEventListener('click', () => select(tab, false));
  tab.addEventListener('keydown', (e) => {
    const i = tabs.indexOf(tab);
    const next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    select(tabs[(next + tabs.length) % tabs.length], true);
  });
}

// ---- the views written elsewhere, loaded so that a missing one does not stop the popup ----

async function showRequest(verdict) {
  try {
    const { renderRequest } = await import('./request.js');
    await renderRequest(requestSection, verdict);
  } catch (err) {
    console.error('Consent Guard: the consent request view failed:', err.message);
    requestSection.replaceChildren();
    if (verdict?.request) {
      const p = document.createElement('p');
      p.className = 'muted';
      p.textContent = message('popupRequestUnavailable');
      requestSection.append(p);
    }
  }
}

async function showGrants() {
  try {
    const { renderGrants } = await import('./grants.js');
    await renderGrants(grantsPanel);
  } catch (err) {
    console.error('Consent Guard: the authorizations view failed:', err.message);
    const p = document.createElement('p');
    p.textContent = message('popupGrantsUnavailable');
    grantsPanel.replaceChildren(p);
  }
}

// ---- the current tab's verdict ----

/** The tab this popup is about: `?tabId=` when given (a popup opened in a tab), else the active tab. */
async function currentTab() {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param !== null && /^\d+$/.test(param)) {
    return ext.tabs.get(Number(param)).catch(() => ({ id: Number(param), url: '' }));
  }
  const [tab] = await ext.tabs.query({ active: true, currentWindow: true });
  return tab;
}

async function show(tab) {
  let record;
  try {
    record = await ext.runtime.sendMessage({ type: 'getTabVerdict', tabId: tab.id });
  } catch (err) {
    console.error('Consent Guard: could not read the verdict:', err.message);
    verdictSection.setAttribute('aria-busy', 'false');
    verdictSection.replaceChildren(Object.assign(document.createElement('p'), {
      className: 'summary', textContent: message('popupFailed'),
    }));
    return;
  }
  renderVerdict(verdictSection, record, record?.url || tab.url);
  await showRequest(record?.verdict ?? null);
}

async function main() {
  localise();
  const tab = await currentTab();
  if (!tab || typeof tab.id !== 'number') {
    renderVerdict(verdictSection, null, '');
    return;
  }
  ext.storage.onChanged.addListener((changes, area) => {
    if (area === 'session' && `tab:${tab.id}` in changes) show(tab);
  });
  await show(tab);
}

main().catch((err) => console.error('Consent Guard: popup failed:', err.message));

// @ts-check
// The popup: "This page" (the current tab's verdict, then the consent request) and
// "Your authorizations" (grants). The request and grants views load on their own, so the
// verdict still shows if either is missing or fails.
import '../../shared/protocol.js';
import { ext, sendToWorker } from '../../shared/platform.js';
import { localise } from '../../shared/i18n.js';
import { message } from '../../shared/levels.js';
import { renderVerdict } from './verdict.js';

const { tabKey } = globalThis.CONSENT_GUARD_PROTOCOL;

/** @param {string} id */
const byId = (id) => /** @type {HTMLElement} */ (document.getElementById(id));

const verdictSection = byId('verdict');
const requestSection = byId('request');
const grantsPanel = byId('grants-panel');

// ---- tabs (WAI-ARIA tabs pattern: arrows, Home and End move between tabs) ----

const tabs = /** @type {HTMLElement[]} */ ([...document.querySelectorAll('[role=tab]')]);
let grantsShown = false;

/** @param {HTMLElement} tab @param {boolean} focus */
function select(tab, focus) {
  for (const t of tabs) {
    const selected = t === tab;
    t.setAttribute('aria-selected', String(selected));
    t.tabIndex = selected ? 0 : -1;
    byId(t.getAttribute('aria-controls') ?? '').hidden = !selected;
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
    const next = /** @type {Record<string, number>} */ ({ ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 })[e.key];
    if (next === undefined) return;
    e.preventDefault();
    select(tabs[(next + tabs.length) % tabs.length], true);
  });
}

// ---- the views written elsewhere, loaded so that a missing one does not stop the popup ----

/** @param {Verdict | null} verdict */
async function showRequest(verdict) {
  try {
    const { renderRequest } = await import('./request.js');
    await renderRequest(requestSection, verdict);
  } catch (err) {
    console.error('Consent Guard: the consent request view failed:', String(err));
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
    console.error('Consent Guard: the authorizations view failed:', String(err));
    const p = document.createElement('p');
    p.textContent = message('popupGrantsUnavailable');
    grantsPanel.replaceChildren(p);
  }
}

// ---- the current tab's verdict ----

/**
 * The tab this popup is about: `?tabId=` when given (a popup opened in a tab), else the active tab.
 * @returns {Promise<{ id?: number, url?: string } | undefined>}
 */
async function currentTab() {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param !== null && /^\d+$/.test(param)) {
    return ext.tabs.get(Number(param)).catch(() => ({ id: Number(param), url: '' }));
  }
  const [tab] = await ext.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/** @param {{ id: number, url?: string }} tab */
async function show(tab) {
  let record;
  try {
    record = await sendToWorker('getTabVerdict', { tabId: tab.id });
  } catch (err) {
    console.error('Consent Guard: could not read the verdict:', String(err));
    verdictSection.setAttribute('aria-busy', 'false');
    verdictSection.replaceChildren(Object.assign(document.createElement('p'), {
      className: 'summary', textContent: message('popupFailed'),
    }));
    return;
  }
  renderVerdict(verdictSection, record, record?.url || tab.url || '');
  await showRequest(record?.verdict ?? null);
}

async function main() {
  localise();
  const tab = await currentTab();
  if (!tab || typeof tab.id !== 'number') {
    renderVerdict(verdictSection, null, '');
    return;
  }
  const shown = { id: tab.id, url: tab.url };
  ext.storage.onChanged.addListener((changes, area) => {
    if (area === 'session' && tabKey(shown.id) in changes) show(shown);
  });
  await show(shown);
}

main().catch((err) => console.error('Consent Guard: popup failed:', String(err)));

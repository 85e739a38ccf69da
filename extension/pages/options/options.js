// @ts-check
// Options page: the organisation settings of storage.local `options` (approved and blocked client ids
// per provider, Microsoft Entra sign-in, the Azure DevOps host and API version). Each field is checked
// on its own: a field with a mistake keeps what was typed and its previously saved value, the others
// are saved. A key the managed policy sets wins over these options and is shown read-only.

import '../../shared/contract.js';
import '../../shared/dom.js';
import '../../shared/protocol.js';
import { formatNumber, localise, t } from '../../shared/i18n.js';
import { ext, readManaged } from '../../shared/platform.js';
import { FIELDS, PROVIDERS } from './validate.js';
import init, { effectivePolicy } from '../../pkg/consent_guard.js';

const engineReady = init({ module_or_path: ext.runtime.getURL('pkg/consent_guard_bg.wasm') });

const { el } = globalThis.CONSENT_GUARD_DOM;
const OPTIONS = globalThis.CONSENT_GUARD_PROTOCOL.STORAGE.local.options;

/** The stored options (storage.local). @returns {Promise<Record<string, any>>} */
async function storedOptions() {
  return (await ext.storage.local.get(OPTIONS))[OPTIONS] ?? {};
}

// ---- page ------------------------------------------------------------------------------------

const form = /** @type {HTMLFormElement} */ (document.getElementById('options'));
const status = /** @type {HTMLElement} */ (document.getElementById('status'));

function drawClientLists() {
  const container = /** @type {HTMLElement} */ (document.getElementById('client-lists'));
  container.replaceChildren(...PROVIDERS.map((p) => el('div', { class: 'provider-lists' },
    el('h2', {}, t(p.name)),
    ...[['blockedClients', 'optionsBlockedClients']].map(([list, label]) => {
      const id = `${list}-${p.id}`;
      return el('div', { class: 'field', 'data-key': `${list}.${p.id}` },
        el('label', { for: id }, t(label)),
        el('textarea', { id, name: `${list}.${p.id}`, rows: '3', spellcheck: 'false', autocomplete: 'off' }));
    }))));
}

/** Adds the message slots every field has: its error and the managed-policy note. */
function decorateFields() {
  for (const field of form.querySelectorAll('.field')) {
    const control = /** @type {HTMLElement} */ (field.querySelector('input, textarea'));
    const error = el('p', { class: 'error', id: `${control.id}-error` });
    const managed = el('p', { class: 'managed', id: `${control.id}-managed` });
    control.setAttribute('aria-describedby', `${error.id} ${managed.id}`);
    field.append(error, managed);
  }
}

/** @param {string} key */
const control = (key) => /** @type {HTMLInputElement | HTMLTextAreaElement} */ (form.elements.namedItem(key));
/** @param {string} id */
const byId = (id) => /** @type {HTMLElement} */ (document.getElementById(id));

/**
 * A dropped policy value as the engine names it: `words` (a key of the contract's
 * `policyDetailKeys` with its values) where it has them, `detail` (a reader's own message) else.
 * @typedef {{ key: string, problem: string, source: string, detail: string, words?: { key: string, params: string[] } }} PolicyProblemView
 */

/** What was wrong with a dropped value, in the person's language where the engine has words for it. */
/** @param {PolicyProblemView} p @returns {string} */
function problemDetail(p) {
  const keys = globalThis.CONSENT_GUARD_CONTRACT?.policyDetailKeys ?? {};
  const key = p.words?.key;
  if (typeof key === 'string' && Object.hasOwn(keys, key)) return t(key, (p.words?.params ?? []).map(String));
  return p.detail;
}

/** @param {string} key @param {string | undefined} message */
function setError(key, message) {
  const c = control(key);
  byId(`${c.id}-error`).textContent = message ?? '';
  if (message) c.setAttribute('aria-invalid', 'true');
  else c.removeAttribute('aria-invalid');
}

// The managed policy as last read. Chromium can take seconds to answer storage.managed after it
// starts, so the page shows the options at once and marks policy-set fields when the answer comes.
/** @type {Record<string, any>} */
let managed = {};

// Fields the person has typed in: what they typed is never replaced by a stored value that arrives later.
/** @type {Set<string>} */
const edited = new Set();

/**
 * Fills the fields: all of them (`everything`), or only those whose policy state changed.
 * @param {Record<string, any>} options @param {boolean} everything
 */
function show(options, everything) {
  for (const f of FIELDS) {
    const c = control(f.key);
    const byPolicy = managed[f.top] !== undefined;
    if (byPolicy || c.disabled || (everything && !edited.has(f.key))) c.value = f.show((byPolicy ? managed : options)[f.top]?.[f.sub]);
    c.disabled = byPolicy;
    byId(`${c.id}-managed`).textContent = byPolicy ? t('optionsSetByPolicy') : '';
  }
}

/**
 * The organisation's settings (each locked, read-only) and every problem the engine found in the
 * policy, as the engine reads them: the same summary the service worker decides with.
 * @param {Record<string, any>} options
 */
async function showOrganisation(options) {
  await engineReady;
  const summary = JSON.parse(effectivePolicy(JSON.stringify(managed), JSON.stringify(options)));
  const keys = /** @type {string[]} */ (summary.managedKeys ?? []);
  byId('organisation').replaceChildren(
    el('h2', {}, t('options_organisation_heading')),
    keys.length
      ? el('dl', { class: 'locked' }, ...keys.flatMap((key) => [
        el('dt', {}, key, ' ', el('span', { class: 'lock' }, t('options_set_by_organisation'))),
        el('dd', {}, el('pre', {}, JSON.stringify(managed[key], null, 2))),
      ]))
      : el('p', {}, t('options_organisation_none')));
  const problems = /** @type {PolicyProblemView[]} */ (summary.problems ?? []);
  byId('problems').hidden = problems.length === 0;
  byId('problems').replaceChildren(
    el('h2', {}, t('options_problems_heading')),
    el('ul', {}, ...problems.map((p) => el('li', { 'data-key': p.key, 'data-problem': p.problem },
      el('code', {}, p.key || p.source), t('optionsProblemLine', [t(`policyProblem_${p.problem.replaceAll('-', '_')}`), problemDetail(p)])))));
  // disableOptions: the person's settings are not read; the page shows the organisation's only.
  const off = Boolean(summary.disableOptions);
  for (const fieldset of form.querySelectorAll('fieldset')) /** @type {HTMLFieldSetElement} */ (fieldset).disabled = off;
  /** @type {HTMLButtonElement} */ (form.querySelector('button[type=submit]')).hidden = off;
  byId('disabled-note').hidden = !off;
}

async function load() {
  show(await storedOptions(), true);
  managed = await readManaged();
  show(await storedOptions(), false);
  await showOrganisation(await storedOptions());
}

async function policyChanged() {
  managed = await readManaged();
  show(await storedOptions(), false);
  await showOrganisation(await storedOptions());
}

/** @param {Event} event */
async function save(event) {
  event.preventDefault();
  const options = await storedOptions();
  const next = structuredClone(options);
  /** @type {string[]} */
  const problems = [];
  for (const f of FIELDS) {
    if (managed[f.top] !== undefined) continue; // the policy's value wins; never overwrite ours with it
    const result = f.parse(control(f.key).value);
    setError(f.key, result.error);
    if (result.error) { problems.push(f.key); continue; }
    next[f.top] = { ...(next[f.top] ?? {}) };
    if (result.value === undefined) delete next[f.top][f.sub];
    else next[f.top][f.sub] = result.value;
  }
  await ext.storage.local.set({ [OPTIONS]: next });
  await showOrganisation(next);
  if (problems.length) {
    status.textContent = problems.length === 1 ? t('optionsSavedOneProblem') : t('optionsSavedProblems', [formatNumber(problems.length)]);
    control(problems[0]).focus();
  } else {
    status.textContent = t('optionsSaved');
  }
}

localise();
drawClientLists();
decorateFields();
form.addEventListener('submit', save);
form.addEventListener('input', (event) => edited.add(/** @type {HTMLInputElement} */ (event.target).name));
ext.storage.onChanged.addListener((_, area) => { if (area === 'managed') policyChanged(); });
load();

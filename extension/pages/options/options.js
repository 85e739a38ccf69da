// Options page: the organisation settings of storage.local `options` (approved and blocked client ids
// per provider, Microsoft Entra sign-in, the Azure DevOps host and API version). Each field is checked
// on its own: a field with a mistake keeps what was typed and its previously saved value, the others
// are saved. A key the managed policy sets wins over these options and is shown read-only.

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

const PROVIDERS = [
  { id: 'azure-devops', name: 'Azure DevOps', check: guid('an Azure DevOps app ID is a GUID') },
  { id: 'microsoft', name: 'Microsoft (Entra ID and personal accounts)', check: guid('a Microsoft application (client) ID is a GUID') },
  { id: 'github', name: 'GitHub', check: (id) => (/^[A-Za-z0-9._-]{1,100}$/.test(id) ? null : 'a GitHub client ID has only letters, digits, dots, dashes and underscores') },
  { id: 'google', name: 'Google', check: (id) => (/^[0-9]+-[a-z0-9]+\.apps\.googleusercontent\.com$/i.test(id) ? null : 'a Google client ID looks like 1234-abc.apps.googleusercontent.com') },
];

function guid(message) {
  return (id) => (GUID.test(id) ? null : `${message} (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)`);
}

/** Each field: where it lives in `options`, how it is read from and written to its control. */
const FIELDS = [
  ...PROVIDERS.flatMap((p) => ['approvedClients', 'blockedClients'].map((list) => ({
    key: `${list}.${p.id}`,
    top: list,
    sub: p.id,
    parse: (text) => clientList(text, p.check),
    show: (value) => (value ?? []).join('\n'),
  }))),
  { key: 'entra.clientId', top: 'entra', sub: 'clientId', parse: single(guid('The client ID must be a GUID')), show: text },
  { key: 'entra.tenant', top: 'entra', sub: 'tenant', parse: single(tenant), show: text },
  { key: 'azureDevOps.host', top: 'azureDevOps', sub: 'host', parse: single(azureDevOpsHost), show: text },
  { key: 'azureDevOps.apiVersion', top: 'azureDevOps', sub: 'apiVersion', parse: single(apiVersion), show: text },
];

function text(value) {
  return value ?? '';
}

/** `{value}` or `{error}`; an empty field means "not set" (value undefined). */
function single(check) {
  return (raw) => {
    const value = raw.trim();
    if (!value) return { value: undefined };
    const error = check(value);
    return error ? { error } : { value: normalise(value) };
  };
}

function normalise(value) {
  return GUID.test(value) ? value.toLowerCase() : value;
}

function tenant(value) {
  if (GUID.test(value) || ['common', 'organizations', 'consumers'].includes(value.toLowerCase()) || DOMAIN.test(value)) return null;
  return 'The tenant is a tenant ID (GUID), a domain such as contoso.onmicrosoft.com, or organizations';
}

function azureDevOpsHost(value) {
  const host = value.replace(/^https:\/\//i, '').replace(/\/+$/, '');
  if (!DOMAIN.test(host)) return 'The host is a name such as vssps.dev.azure.com, without a path';
  if (!/(^|\.)(visualstudio\.com|azure\.com)$/i.test(host)) return 'The host must be an Azure DevOps host (ending in .visualstudio.com or .azure.com)';
  return null;
}

function apiVersion(value) {
  return /^\d+\.\d+(-preview(\.\d+)?)?$/.test(value) ? null : 'The API version looks like 7.2-preview.1 or 7.1';
}

function clientList(raw, check) {
  const ids = [];
  const bad = [];
  raw.split(/[\n,]/).map((line) => line.trim()).filter(Boolean).forEach((id) => {
    const error = check(id);
    if (error) bad.push(`“${id}”: ${error}`);
    else if (!ids.some((known) => known.toLowerCase() === id.toLowerCase())) ids.push(normalise(id));
  });
  if (bad.length) return { error: `Not saved — ${bad.join('; ')}` };
  return { value: ids.length ? ids : undefined };
}

// ---- page ------------------------------------------------------------------------------------

const form = document.getElementById('options');
const status = document.getElementById('status');

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function drawClientLists() {
  const container = document.getElementById('client-lists');
  container.replaceChildren(...PROVIDERS.map((p) => el('div', { class: 'provider-lists' },
    el('h2', {}, p.name),
    ...[['approvedClients', 'Approved client IDs'], ['blockedClients', 'Blocked client IDs']].map(([list, label]) => {
      const id = `${list}-${p.id}`;
      return el('div', { class: 'field', 'data-key': `${list}.${p.id}` },
        el('label', { for: id }, label),
        el('textarea', { id, name: `${list}.${p.id}`, rows: '3', spellcheck: 'false', autocomplete: 'off' }));
    }))));
}

/** Adds the message slots every field has: its error and the managed-policy note. */
function decorateFields() {
  for (const field of form.querySelectorAll('.field')) {
    const control = field.querySelector('input, textarea');
    const error = el('p', { class: 'error', id: `${control.id}-error` });
    const managed = el('p', { class: 'managed', id: `${control.id}-managed` });
    control.setAttribute('aria-describedby', `${error.id} ${managed.id}`);
    field.append(error, managed);
  }
}

const control = (key) => form.elements.namedItem(key);

function setError(key, message) {
  const c = control(key);
  document.getElementById(`${c.id}-error`).textContent = message ?? '';
  if (message) c.setAttribute('aria-invalid', 'true');
  else c.removeAttribute('aria-invalid');
}

// The managed policy as last read. Chromium can take seconds to answer storage.managed after it
// starts, so the page shows the options at once and marks policy-set fields when the answer comes.
let managed = {};

function readManaged() {
  return chrome.storage.managed.get().catch(() => ({})).then((m) => m ?? {});
}

// Fields the person has typed in: what they typed is never replaced by a stored value that arrives later.
const edited = new Set();

/** Fills the fields: all of them (`everything`), or only those whose policy state changed. */
function show(options, everything) {
  for (const f of FIELDS) {
    const c = control(f.key);
    const byPolicy = managed[f.top] !== undefined;
    if (byPolicy || c.disabled || (everything && !edited.has(f.key))) c.value = f.show((byPolicy ? managed : options)[f.top]?.[f.sub]);
    c.disabled = byPolicy;
    document.getElementById(`${c.id}-managed`).textContent = byPolicy ? 'Set by your organisation’s policy.' : '';
  }
}

async function load() {
  show((await chrome.storage.local.get('options')).options ?? {}, true);
  managed = await readManaged();
  show((await chrome.storage.local.get('options')).options ?? {}, false);
}

async function policyChanged() {
  managed = await readManaged();
  show((await chrome.storage.local.get('options')).options ?? {}, false);
}

async function save(event) {
  event.preventDefault();
  const { options = {} } = await chrome.storage.local.get('options');
  const next = structuredClone(options);
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
  await chrome.storage.local.set({ options: next });
  if (problems.length) {
    status.textContent = `Saved the other settings. ${problems.length === 1 ? 'One field needs' : `${problems.length} fields need`} fixing; it keeps its previous value until then.`;
    control(problems[0]).focus();
  } else {
    status.textContent = 'Saved.';
  }
}

drawClientLists();
decorateFields();
form.addEventListener('submit', save);
form.addEventListener('input', (event) => edited.add(event.target.name));
chrome.storage.onChanged.addListener((_, area) => { if (area === 'managed') policyChanged(); });
load();

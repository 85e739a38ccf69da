// @ts-check
// The options page's checks, one per field: pure functions (the unit tests run them in Node). Each
// field parser answers `{value}` (undefined: not set) or `{error}` in words for the person (from _locales).
import { t } from '../../shared/i18n.js';

/** @typedef {{ value?: unknown, error?: undefined } | { error: string, value?: undefined }} Parsed */
/** @typedef {(id: string) => string | null} Check */

export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

/** Each provider's lists; `name` is the _locales key of its name. @type {{ id: string, name: string, check: Check }[]} */
export const PROVIDERS = [
  { id: 'azure-devops', name: 'providerAzureDevOps', check: guid('optionsErrorAzureDevOpsId') },
  { id: 'microsoft', name: 'providerMicrosoft', check: guid('optionsErrorMicrosoftId') },
  { id: 'github', name: 'providerGitHub', check: (id) => (/^[A-Za-z0-9._-]{1,100}$/.test(id) ? null : t('optionsErrorGitHubId')) },
  { id: 'google', name: 'providerGoogle', check: (id) => (/^[0-9]+-[a-z0-9]+\.apps\.googleusercontent\.com$/i.test(id) ? null : t('optionsErrorGoogleId', ['1234-abc.apps.googleusercontent.com'])) },
];

/** @param {string} key the message's _locales key @returns {Check} */
function guid(key) {
  return (id) => (GUID.test(id) ? null : t(key, ['xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx']));
}

/**
 * Each field: where it lives in `options`, how it is read from and written to its control.
 * @type {{ key: string, top: string, sub: string, parse: (text: string) => Parsed, show: (value: any) => string }[]}
 */
export const FIELDS = [
  // The person's own settings can only make the extension stricter: block more apps, never approve.
  ...PROVIDERS.flatMap((p) => ['blockedClients'].map((list) => ({
    key: `${list}.${p.id}`,
    top: list,
    sub: p.id,
    parse: (text) => clientList(text, p.check),
    show: (value) => (value ?? []).join('\n'),
  }))),
  { key: 'entra.clientId', top: 'entra', sub: 'clientId', parse: single(guid('optionsErrorClientId')), show: text },
  { key: 'entra.tenant', top: 'entra', sub: 'tenant', parse: single(tenant), show: text },
  { key: 'azureDevOps.host', top: 'azureDevOps', sub: 'host', parse: single(azureDevOpsHost), show: text },
  { key: 'azureDevOps.apiVersion', top: 'azureDevOps', sub: 'apiVersion', parse: single(apiVersion), show: text },
];

/** @param {string | undefined} value */
function text(value) {
  return value ?? '';
}

/**
 * `{value}` or `{error}`; an empty field means "not set" (value undefined).
 * @param {Check} check @returns {(raw: string) => Parsed}
 */
export function single(check) {
  return (raw) => {
    const value = raw.trim();
    if (!value) return { value: undefined };
    const error = check(value);
    return error ? { error } : { value: normalise(value) };
  };
}

/** GUIDs in lower case, everything else as typed. @param {string} value */
export function normalise(value) {
  return GUID.test(value) ? value.toLowerCase() : value;
}

/** @type {Check} */
export function tenant(value) {
  if (GUID.test(value) || ['common', 'organizations', 'consumers'].includes(value.toLowerCase()) || DOMAIN.test(value)) return null;
  return t('optionsErrorTenant', ['contoso.onmicrosoft.com', 'organizations']);
}

/** @type {Check} */
export function azureDevOpsHost(value) {
  const host = value.replace(/^https:\/\//i, '').replace(/\/+$/, '');
  if (!DOMAIN.test(host)) return t('optionsErrorHostName', ['vssps.dev.azure.com']);
  if (!/(^|\.)(visualstudio\.com|azure\.com)$/i.test(host)) return t('optionsErrorHostDomain', ['.visualstudio.com', '.azure.com']);
  return null;
}

/** @type {Check} */
export function apiVersion(value) {
  return /^\d+\.\d+(-preview(\.\d+)?)?$/.test(value) ? null : t('optionsErrorApiVersion', ['5.0', '5.1-preview.1']);
}

/**
 * A list of client ids, one a line or comma-separated; duplicates (any case) once.
 * @param {string} raw @param {Check} check @returns {Parsed}
 */
export function clientList(raw, check) {
  /** @type {string[]} */
  const ids = [];
  /** @type {string[]} */
  const bad = [];
  raw.split(/[\n,]/).map((line) => line.trim()).filter(Boolean).forEach((id) => {
    const error = check(id);
    if (error) bad.push(t('optionsErrorListItem', [id, error]));
    else if (!ids.some((known) => known.toLowerCase() === id.toLowerCase())) ids.push(normalise(id));
  });
  if (bad.length) return { error: t('optionsErrorList', [bad.join(t('optionsErrorListSeparator'))]) };
  return { value: ids.length ? ids : undefined };
}

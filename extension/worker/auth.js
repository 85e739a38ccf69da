// @ts-check
// Credentials for the grants APIs: the Microsoft Entra sign-in (authorization code + PKCE through
// identity.launchWebAuthFlow) and the Azure DevOps personal access token the person may paste.
// Tokens live in storage.session only (cleared when the browser closes, never on disk), are never
// logged, and go only to their own host: the Graph token to Microsoft Graph; the Entra token for the
// Azure DevOps resource and the PAT to Azure DevOps.
//
// The sign-in runs in the service worker (signInToEntra, through the dispatcher), because the popup
// closes as soon as the sign-in window takes focus; the popup asks for it with signIn() and reads the
// token afterwards.

import '../shared/protocol.js';
import { t } from '../shared/i18n.js';
import { ext, readManaged, sendToWorker } from '../shared/platform.js';
import { challengeOf, randomText } from './pkce.js';

const { STORAGE, mergePolicy } = globalThis.CONSENT_GUARD_PROTOCOL;

const ENTRA_AUTHORITY = 'https://login.microsoftonline.com';
// Least privilege, asked for step by step (incremental consent): reading one's consents and naming
// the apps needs Directory.Read.All, asked for first; revoking needs
// DelegatedPermissionGrant.ReadWrite.All, asked for only when the person first revokes. No
// offline_access: no refresh token is ever kept.
const READ_PERMISSION = 'https://graph.microsoft.com/Directory.Read.All';
const REVOKE_PERMISSION = 'https://graph.microsoft.com/DelegatedPermissionGrant.ReadWrite.All';
// Azure DevOps takes a Microsoft Entra token whose audience is its own resource, id
// 499b84ac-1321-427f-aa17-267ca6975798 (Microsoft Learn, "Build Azure DevOps integrations with
// Microsoft Entra OAuth apps"); user_impersonation is the delegated permission that resource exposes
// to act as the signed-in person. A token is for one resource only, so this is a sign-in of its own.
const AZURE_DEVOPS_PERMISSION = '499b84ac-1321-427f-aa17-267ca6975798/user_impersonation';
const ENTRA_SCOPES = Object.freeze({
  read: [READ_PERMISSION],
  revoke: [READ_PERMISSION, REVOKE_PERMISSION],
  azureDevOps: [AZURE_DEVOPS_PERMISSION],
});
// The identity platform's answers that mean an administrator must approve the app first
// (AADSTS65001 consent_required; AADSTS90094 / AADSTS90093 "Need admin approval").
const ADMIN_APPROVAL = /\b(AADSTS65001|AADSTS90094|AADSTS90093)\b/;
const ENTRA_TOKEN_KEY = STORAGE.session.entraToken;
const AZURE_DEVOPS_PAT_KEY = STORAGE.session.azureDevOpsPat;
const AZURE_DEVOPS_TOKEN_KEY = STORAGE.session.azureDevOpsToken;
// A token this close to its expiry is treated as expired, so a listing does not fail half-way.
const EXPIRY_MARGIN_MS = 60_000;

/**
 * The organisation's settings: managed policy wins over the options page, key by key. The managed
 * policy is the copy the service worker keeps in storage.local (Chromium can take seconds to answer
 * storage.managed), or the live one when the worker has not stored it yet. Only the keys of the
 * person's own account listings (entra, azureDevOps) are read from here; every key that decides a
 * verdict is read by the engine.
 * @returns {Promise<Record<string, any>>}
 */
export async function organisationSettings() {
  const local = await ext.storage.local.get([STORAGE.local.options, STORAGE.local.managedPolicy]);
  const managed = local[STORAGE.local.managedPolicy];
  return mergePolicy(local[STORAGE.local.options], managed ?? await readManaged());
}

/**
 * `{clientId, tenant}` when the organisation has configured Entra sign-in, otherwise null.
 * @returns {Promise<{ clientId: string, tenant: string } | null>}
 */
export async function entraConfiguration() {
  const { entra } = await organisationSettings();
  const clientId = entra?.clientId?.trim();
  const tenant = entra?.tenant?.trim();
  return clientId && tenant ? { clientId, tenant } : null;
}

/**
 * The Graph access token from the last sign-in, or null when there is none or it has expired.
 * @returns {Promise<string | null>}
 */
export async function entraToken() {
  return (await liveEntraToken())?.accessToken ?? null;
}

/**
 * The permissions the current token was granted (the token answer's `scope`), or null without a token.
 * @returns {Promise<string[] | null>}
 */
export async function entraGrantedScopes() {
  const token = await liveEntraToken();
  return token ? token.scopes ?? [] : null;
}

/** True when the current token may revoke (its sign-in included the revoke permission). */
export async function entraMayRevoke() {
  const scopes = await entraGrantedScopes();
  return Boolean(scopes?.some((s) => s.toLowerCase() === REVOKE_PERMISSION.toLowerCase() ||
    s.toLowerCase() === REVOKE_PERMISSION.split('/').pop()?.toLowerCase()));
}

/**
 * @param {string} [key]
 * @returns {Promise<{ accessToken: string, expiresAt: number, scopes?: string[], tenant?: string } | null>}
 */
async function liveEntraToken(key = ENTRA_TOKEN_KEY) {
  const token = /** @type {any} */ (await ext.storage.session.get(key))[key];
  return token && token.expiresAt - EXPIRY_MARGIN_MS > Date.now() ? token : null;
}

/**
 * The Entra token for the Azure DevOps resource and the directory (tenant) it was issued in, or null.
 * @returns {Promise<{ token: string, tenant: string } | null>}
 */
export async function azureDevOpsEntraToken() {
  const token = await liveEntraToken(AZURE_DEVOPS_TOKEN_KEY);
  return token ? { token: token.accessToken, tenant: token.tenant ?? '' } : null;
}

export function forgetAzureDevOpsEntraToken() {
  return ext.storage.session.remove(AZURE_DEVOPS_TOKEN_KEY);
}

export function forgetEntraToken() {
  return ext.storage.session.remove(ENTRA_TOKEN_KEY);
}

/** @returns {Promise<string | null>} */
export async function azureDevOpsPat() {
  /** @type {string | undefined} */
  const pat = /** @type {any} */ (await ext.storage.session.get(AZURE_DEVOPS_PAT_KEY))[AZURE_DEVOPS_PAT_KEY];
  return pat || null;
}

/** @param {string} pat */
export function keepAzureDevOpsPat(pat) {
  return ext.storage.session.set({ [AZURE_DEVOPS_PAT_KEY]: pat });
}

export function forgetAzureDevOpsPat() {
  return ext.storage.session.remove(AZURE_DEVOPS_PAT_KEY);
}

/**
 * Asks the service worker to sign in to Entra; resolves when a token is stored, rejects with the
 * reason (an Error whose `kind` is 'needsAdminApproval' when only an administrator can unblock it).
 * `azureDevOps` signs in for the Azure DevOps resource (its own token), the others for Graph.
 * @param {'read' | 'revoke' | 'azureDevOps'} [level]
 */
export async function signIn(level = 'read') {
  const answer = await sendToWorker('signIn', level === 'azureDevOps'
    ? { provider: 'azure-devops' }
    : { provider: 'entra', level });
  if (!answer?.ok) {
    const error = /** @type {Error & { kind?: string }} */ (new Error((answer && !answer.ok && answer.error) || t('authDidNotFinish')));
    if (answer && !answer.ok && answer.kind) error.kind = answer.kind;
    throw error;
  }
}

class AdminApprovalNeeded extends Error {}

/** What an administrator must approve, per sign-in level. */
const ADMIN_APPROVAL_TEXT = Object.freeze({
  read: 'authNeedsAdminApproval',
  revoke: 'authNeedsAdminApprovalRevoke',
  azureDevOps: 'authNeedsAdminApprovalAzureDevOps',
});

/**
 * Service worker: the Microsoft Entra sign-in (the dispatcher's `signIn` handler): for Microsoft
 * Graph (`entra`, at a level) or for the Azure DevOps resource (`azure-devops`).
 * @param {{ provider?: 'entra' | 'azure-devops', level?: 'read' | 'revoke' }} [message]
 * @returns {Promise<WorkerReplies['signIn']>}
 */
export function signInAnswer(message) {
  const level = message?.provider === 'azure-devops' ? 'azureDevOps' : message?.level === 'revoke' ? 'revoke' : 'read';
  return signInToEntra(level).then(
    () => /** @type {const} */ ({ ok: true }),
    (error) => error instanceof AdminApprovalNeeded
      ? /** @type {const} */ ({ ok: false, error: error.message, kind: 'needsAdminApproval' })
      : /** @type {const} */ ({ ok: false, error: String(error?.message ?? error) }),
  );
}

/** @param {string | null} error @param {string | null} description */
function needsAdminApproval(error, description) {
  return error === 'consent_required' || ADMIN_APPROVAL.test(description ?? '');
}

/** @param {'read' | 'revoke' | 'azureDevOps'} level */
async function signInToEntra(level) {
  const config = await entraConfiguration();
  if (!config) throw new Error(t('authNotConfigured'));
  const base = `${ENTRA_AUTHORITY}/${encodeURIComponent(config.tenant)}/oauth2/v2.0`;
  if (!ext.identity) throw new Error('Signing in to Microsoft Entra ID needs the permission to open a sign-in window.');
  const redirectUri = ext.identity.getRedirectURL();
  const verifier = randomText(32);
  const state = randomText(16);
  const challenge = await challengeOf(verifier);
  const authorize = new URL(`${base}/authorize`);
  authorize.search = new URLSearchParams({
    client_id: config.clientId,
    response_type: 'code',
    redirect_uri: redirectUri,
    response_mode: 'query',
    scope: ENTRA_SCOPES[level].join(' '),
    code_challenge: challenge,
    code_challenge_method: 'S256',
    state,
  }).toString();

  let answerUrl;
  try {
    answerUrl = await ext.identity.launchWebAuthFlow({ url: authorize.href, interactive: true });
  } catch (error) {
    throw new Error(t('authWindowClosedBecause', [String(/** @type {any} */ (error)?.message)]));
  }
  if (!answerUrl) throw new Error(t('authWindowClosed'));
  const answer = new URL(answerUrl).searchParams;
  if (answer.get('state') !== state) throw new Error(t('authWrongState'));
  if (needsAdminApproval(answer.get('error'), answer.get('error_description'))) {
    throw new AdminApprovalNeeded(t(ADMIN_APPROVAL_TEXT[level]));
  }
  if (answer.get('error')) {
    throw new Error(t('authRefused', [String(answer.get('error_description') || answer.get('error'))]));
  }
  const code = answer.get('code');
  if (!code) throw new Error(t('authNoCode'));

  const response = await fetch(`${base}/token`, {
    method: 'POST',
    body: new URLSearchParams({
      client_id: config.clientId,
      grant_type: 'authorization_code',
      code,
      redirect_uri: redirectUri,
      code_verifier: verifier,
      scope: ENTRA_SCOPES[level].join(' '),
    }),
  });
  const token = await response.json().catch(() => null);
  if (!response.ok && needsAdminApproval(token?.error ?? null, token?.error_description ?? null)) {
    throw new AdminApprovalNeeded(t(ADMIN_APPROVAL_TEXT[level]));
  }
  if (!response.ok || typeof token?.access_token !== 'string') {
    const reason = token?.error_description || token?.error || `HTTP ${response.status}`;
    throw new Error(t('authNoToken', [String(reason)]));
  }
  const lifetime = Number(token.expires_in) > 0 ? Number(token.expires_in) : 3600;
  await ext.storage.session.set({
    [level === 'azureDevOps' ? AZURE_DEVOPS_TOKEN_KEY : ENTRA_TOKEN_KEY]: {
      // The directory the token was issued in: the Azure DevOps list is that directory's.
      tenant: config.tenant,
      accessToken: token.access_token,
      expiresAt: Date.now() + lifetime * 1000,
      // What was granted, as the token answer says (it can be less than asked for).
      scopes: typeof token.scope === 'string' ? token.scope.split(/\s+/).filter(Boolean) : ENTRA_SCOPES[level],
    },
  });
}

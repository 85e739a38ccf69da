'use strict';
// Contract server for the grant APIs (docs/grants.md): the Azure DevOps DelegatedAuth Authorizations
// API, Microsoft Graph delegated consents, and the Microsoft identity platform's authorize + token pair
// (authorization code with PKCE), with real authentication checks, revocation that removes the grant,
// paging and fault injection. Shapes follow shared reference grant-apis.md.
//
// `handle(req, res, url) -> boolean`: true when the request is this server's to answer:
//   app.vssps.visualstudio.com, vssps.dev.azure.com   /_apis/..., /_signin, /_signout
//   graph.microsoft.com                                /v1.0/...
//   login.microsoftonline.com                          /{tenant}/oauth2/v2.0/token, and
//                                                      /{tenant}/oauth2/v2.0/authorize when redirect_uri is an
//                                                      extension's (*.chromiumapp.org, *.extensions.allizom.org)
//                                                      or loopback; other authorize requests are left to the
//                                                      sign-in page fixtures
//   any host                                           /__contract/... (test control, below)
//
// Authentication
//   Azure DevOps: the session cookie `UserAuthentication` that GET /_signin sets (it stands for the
//   person's sign-in; ?returnUrl=/path redirects after; ?directory={tenant id} picks the directory), or a
//   personal access token as HTTP Basic (any user name, token as password) made by POST /__contract/pats,
//   or a Microsoft Entra bearer token whose audience is the Azure DevOps resource (scope
//   `499b84ac-1321-427f-aa17-267ca6975798/user_impersonation`; a Graph token is refused). Refused
//   credentials, or none with `X-TFS-FedAuthRedirect: Suppress`: 401 with the TF400813 JSON body and
//   the WWW-Authenticate / X-TFS-FedAuth* challenges; no credentials without that header: the
//   sign-in page (203, HTML) that a browser session gets.
//   Graph: a bearer token from the token endpoint whose audience is Microsoft Graph (one resource per
//   token: the token endpoint refuses scopes of two resources, AADSTS28000). Listing needs Directory.Read.All (or
//   DelegatedPermissionGrant.ReadWrite.All), revoking needs DelegatedPermissionGrant.ReadWrite.All AND a
//   directory role (settings.userRoles).
//
// Documented behaviour modelled here (each where it is implemented, with its source):
//   - Admin consent required: the authorize endpoint answers consent_required / AADSTS65001 for a
//     permission only an administrator may grant, until settings.adminConsented holds it.
//   - Revoke without a role: DELETE /oauth2PermissionGrants/{id} is 403 Authorization_RequestDenied
//     for an account without one of the roles the Graph docs list.
//   - AllPrincipals grants are missing from /me/oauth2PermissionGrants; listed with
//     GET /oauth2PermissionGrants?$filter=consentType eq 'AllPrincipals'.
//   - Replication delay: a deleted grant is still listed for settings.replicationLists more listings.
//   - Azure DevOps lists as an array or a {count, value} envelope (settings.adoListShape).
//   - Azure DevOps authorizations are kept per directory: a caller sees its directory's only.
//   - The sign-in page instead of a 401 without X-TFS-FedAuthRedirect: Suppress.
//   - api-version: the resource is released at settings.adoReleasedVersion ("5.0", what Microsoft's
//     web client sends); a later version needs -preview; "0.0" models a deployment where it is preview only.
//
// Test control (JSON bodies)
//   POST   /__contract/reset      seed state again (grants, sessions, tokens, faults, settings, log)
//   POST   /__contract/faults     {host?, method?, path, status?, times?, retryAfter?, delayMs?, body?,
//                                 retryAfterDate?, code?, message?, oauthError?} or an array of them. `path` is exact, or a
//                                 prefix when it ends in `*`. `times` defaults to 1; 0 or less: every time.
//                                 Without `status` (and `body`, `oauthError`) the request is only delayed.
//                                 `body`: "malformed" (cut-off JSON), "html" (a sign-in page), "empty",
//                                 or any JSON value to send. `retryAfter`: the header as given;
//                                 `retryAfterDate`: seconds, sent as an HTTP date with a matching Date.
//                                 `oauthError` (authorize only): redirect back with that error.
//   DELETE /__contract/faults     drop every fault
//   POST   /__contract/settings   {adoListShape: "array"|"envelope", adoRouteTemplate (where the Authorizations
//                                 resource lives, as OPTIONS /_apis/ lists it), adoReleasedVersion, graphPageSize,
//                                 graphNextLinkHost, adminConsented: [permissions], userRoles: [roles],
//                                 replicationLists}
//   POST   /__contract/pats       {scopes?: "vso.tokens", directory?} -> {token}
//   GET    /__contract/requests   [{method, host, path, apiVersion, suppress, auth: "session"|"basic"|"bearer"|null}]
//                                 (no secrets)
//   GET    /__contract/state      {authorizations: [ids of the home directory], directories: {tenant: [ids]},
//                                 permissionGrants: [ids]}

const crypto = require('crypto');

const ADO_HOSTS = new Set(['app.vssps.visualstudio.com', 'vssps.dev.azure.com']);
const GRAPH_HOST = 'graph.microsoft.com';
const LOGIN_HOST = 'login.microsoftonline.com';
const CONTROL = '/__contract/';

const LOCATION_ID = 'efbf6e0c-1150-43fd-b869-7e2b04fc0d09';
const ADO_RESOURCE = '499b84ac-1321-427f-aa17-267ca6975798';
const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';
const ME = '3f2a8e61-7c4d-4b8e-9a1f-6d0c5e2b7a94';
const SESSION_COOKIE = 'UserAuthentication';
const LIST_PERMISSIONS = ['Directory.Read.All', 'Directory.ReadWrite.All', 'DelegatedPermissionGrant.ReadWrite.All'];
const REVOKE_PERMISSION = 'DelegatedPermissionGrant.ReadWrite.All';
// Permissions an ordinary user cannot consent to (msgraph-metadata permission files: "admin consent
// required" for the delegated forms).
const ADMIN_ONLY = ['Directory.Read.All', 'Directory.ReadWrite.All', 'DelegatedPermissionGrant.ReadWrite.All',
  'DelegatedPermissionGrant.Read.All', 'Application.Read.All'];
// Roles that may delete a delegated permission grant (Graph docs, rbac-oauth2permissiongrant-apis-write.md).
const GRANT_WRITER_ROLES = ['Application Administrator', 'Cloud Application Administrator', 'Directory Writers',
  'Privileged Role Administrator', 'User Administrator', 'Global Administrator'];
// The person's home directory and another one they are a guest in.
const HOME_DIRECTORY = 'b7c2f1e4-5a3d-4c8e-9f10-2d3e4f5a6b7c';
const GUEST_DIRECTORY = 'c8d3a2f5-6b4e-4d9f-8a21-3e4f5a6b7c8d';

// ---------------------------------------------------------------- seed data

const SCOPE_TITLES = {
  'vso.code_manage': ['Code (read, write, and manage)', 'Grants the ability to read, update, and delete source code, access metadata about commits, changesets, branches, and other version control artifacts.'],
  'vso.build_execute': ['Build (read and execute)', 'Grants the ability to access build artifacts, including build results, definitions, and requests, and the ability to queue a build.'],
  'vso.release_manage': ['Release (read, write, execute, and manage)', 'Grants the ability to read, update and delete release artifacts.'],
  'vso.work': ['Work items (read)', 'Grants the ability to read work items, queries, boards, area and iterations paths.'],
  'vso.profile': ['User profile (read)', 'Grants the ability to read your profile, accounts, collections, projects, teams.'],
  'vso.code': ['Code (read)', 'Grants the ability to read source code and metadata about commits, changesets, branches.'],
  'vso.packaging': ['Packaging (read)', 'Grants the ability to read feeds and packages.'],
  'app_token': ['Full access', 'Grants full access to the REST APIs of Azure DevOps as you.'],
  'vso.code_status': ['Code (status)', 'Grants the ability to read and write commit and pull request status.'],
  'vso.identity': ['Identity (read)', 'Grants the ability to read identities and groups.'],
  'vso.wiki': ['Wiki (read)', 'Grants the ability to read wikis, wiki pages and wiki attachments.'],
};

function authorizationDetails(a) {
  const registrationId = a.registrationId;
  return {
    authorization: {
      accessIssued: a.issued,
      audience: 'app.vssps.visualstudio.com',
      authorizationId: a.id,
      identityId: ME,
      isAccessUsed: a.used,
      isValid: a.valid,
      redirectUri: a.redirectUri,
      registrationId,
      scopes: a.scopes,
      source: 'OAuth',
      validFrom: a.issued,
      validTo: a.validTo,
    },
    clientRegistration: {
      registrationId,
      registrationName: a.name,
      registrationDescription: a.description,
      organizationName: a.organization,
      organizationLocation: a.website,
      registrationLocation: a.website,
      registrationLogoSecureLocation: '',
      registrationPrivacyStatementLocation: `${a.website}/privacy`,
      registrationTermsOfServiceLocation: `${a.website}/terms`,
      redirectUris: [a.redirectUri],
      responseTypes: 'Assertion',
      scopes: a.scopes,
      clientType: 'confidential',
      isValid: true,
      isWellKnown: false,
      issuer: 'app.vststoken.visualstudio.com',
      identityId: '9d1c7e0a-2b4f-4c6e-8a3d-5f7b9e1c2d40',
      tenantIds: [],
      setupUri: '',
    },
    scopeDescriptions: a.scopes.split(' ').map((s) => ({
      title: (SCOPE_TITLES[s] || [s])[0],
      description: (SCOPE_TITLES[s] || [s, ''])[1],
      market: 'en-US',
    })),
  };
}

function seedAuthorizations() {
  return {
    [HOME_DIRECTORY]: homeAuthorizations(),
    [GUEST_DIRECTORY]: [{
      id: '7e8f9a0b-1c2d-4e3f-8a4b-5c6d7e8f9a01', registrationId: 'f5a6b7c8-d9e0-4f1a-8b2c-3d4e5f6a7b8c',
      name: 'Fabrikam Wiki Exporter', organization: 'Fabrikam Apps', website: 'https://wiki.fabrikam-apps.example',
      description: 'Exports project wikis.',
      redirectUri: 'https://wiki.fabrikam-apps.example/callback',
      scopes: 'vso.wiki',
      issued: '2026-08-01T08:00:00.000Z', validTo: '2027-08-01T08:00:00.000Z', used: true, valid: true,
    }].map(authorizationDetails),
  };
}

function homeAuthorizations() {
  return [
    {
      id: '6a9c2d41-0b7e-4f3a-9c55-1e8f2a7b3c10', registrationId: 'c1f4a2b7-3d5e-4f60-8a9b-0c1d2e3f4a5b',
      name: 'Release Pipeline Sync', organization: 'Contoso Build Tools', website: 'https://pipelinesync.contoso-tools.example',
      description: 'Keeps release pipelines in step across organizations.',
      redirectUri: 'https://pipelinesync.contoso-tools.example/oauth/callback',
      scopes: 'vso.code_manage vso.build_execute vso.release_manage',
      issued: '2026-09-14T08:21:05.000Z', validTo: '2027-09-14T08:21:05.000Z', used: true, valid: true,
    },
    {
      id: '0d3e8f52-6a1b-4c9d-8e7f-2a3b4c5d6e70', registrationId: 'e2a5b8c1-4d6f-4a7b-9c0d-1e2f3a4b5c6d',
      name: 'Sprint Dashboard', organization: 'Fabrikam Apps', website: 'https://dashboard.fabrikam-apps.example',
      description: 'Burndown charts for your sprints.',
      redirectUri: 'https://dashboard.fabrikam-apps.example/auth/azure-devops',
      scopes: 'vso.work vso.profile',
      issued: '2026-11-02T15:40:00.000Z', validTo: '2027-11-02T15:40:00.000Z', used: false, valid: true,
    },
    {
      id: '9b7a6c5d-4e3f-4a2b-8c1d-0e9f8a7b6c50', registrationId: 'a7b8c9d0-1e2f-4a3b-8c4d-5e6f7a8b9c0d',
      name: 'Legacy Backup Agent', organization: 'Northwind Traders', website: 'https://backup.northwind.example',
      description: 'Nightly repository backups.',
      redirectUri: 'https://backup.northwind.example/callback',
      scopes: 'vso.code vso.packaging',
      issued: '2024-03-01T09:00:00.000Z', validTo: '2025-03-01T09:00:00.000Z', used: true, valid: false,
    },
    {
      id: '2f4e6d8c-0b1a-4c3e-9d5f-7a8b9c0d1e20', registrationId: 'b3c4d5e6-f7a8-4b9c-8d0e-1f2a3b4c5d6e',
      name: 'Org Token Broker', organization: 'Tailspin Toys', website: 'https://broker.tailspin.example',
      description: 'Hands out tokens to build agents.',
      redirectUri: 'https://broker.tailspin.example/oauth2/return',
      scopes: 'app_token',
      issued: '2026-06-20T12:00:00.000Z', validTo: '2027-06-20T12:00:00.000Z', used: true, valid: true,
    },
    {
      id: '5c6d7e8f-9a0b-4c1d-8e2f-3a4b5c6d7e80', registrationId: 'd4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f7a',
      name: 'PR Status Bot', organization: 'Wingtip Software', website: 'https://prbot.wingtip.example',
      description: 'Posts checks on pull requests.',
      redirectUri: 'https://prbot.wingtip.example/azure/callback',
      scopes: 'vso.code_status vso.identity',
      issued: '2026-10-10T10:10:10.000Z', validTo: '2027-10-10T10:10:10.000Z', used: true, valid: true,
    },
  ].map(authorizationDetails);
}

function principal(id, appId, name, publisher, owner) {
  return {
    id,
    appId,
    appDisplayName: name,
    displayName: name,
    appOwnerOrganizationId: owner,
    homepage: null,
    info: { logoUrl: null, marketingUrl: null, privacyStatementUrl: null, supportUrl: null, termsOfServiceUrl: null },
    verifiedPublisher: publisher
      ? { displayName: publisher, verifiedPublisherId: String(1000000 + name.length), addedDateTime: '2025-05-12T09:30:00Z' }
      : { displayName: null, verifiedPublisherId: null, addedDateTime: null },
  };
}

const GRAPH_SP = '5e9b1c44-2a7d-4f3e-8b6c-0d1e2f3a4b5c';
const ADO_SP = '7a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d';

function seedPrincipals() {
  const microsoft = 'f8cdef31-a31e-4b4a-93e4-5f571e91255a';
  return new Map([
    principal(GRAPH_SP, GRAPH_APP_ID, 'Microsoft Graph', null, microsoft),
    principal(ADO_SP, ADO_RESOURCE, 'Azure DevOps', null, microsoft),
    principal('11a2b3c4-d5e6-4f70-8a9b-0c1d2e3f4a01', '8f1e2d3c-4b5a-4697-8877-665544332211', 'Mail Summary Assistant', null, '2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f'),
    principal('22b3c4d5-e6f7-4a81-9b0c-1d2e3f4a5b02', '7e6d5c4b-3a29-4180-9f8e-7d6c5b4a3928', 'Contoso Drive Sync', 'Contoso Ltd', '3d4e5f6a-7b8c-4d9e-8f0a-1b2c3d4e5f60'),
    principal('33c4d5e6-f7a8-4b92-8c1d-2e3f4a5b6c03', '6d5c4b3a-2918-4f7e-8d6c-5b4a39281706', 'Fabrikam Planner', 'Fabrikam, Inc.', '4e5f6a7b-8c9d-4e0f-9a1b-2c3d4e5f6a70'),
    principal('44d5e6f7-a8b9-4ca3-9d2e-3f4a5b6c7d04', '5c4b3a29-1807-4e6d-9c5b-4a3928170695', 'Pipeline Helper', null, '5f6a7b8c-9d0e-4f1a-8b2c-3d4e5f6a7b80'),
    principal('55e6f7a8-b9c0-4db4-8e3f-4a5b6c7d8e05', '4b3a2918-0706-4d5c-8b4a-392817069584', 'Calendar Sync Pro', null, '6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c90'),
    principal('66f7a8b9-c0d1-4ec5-9f4a-5b6c7d8e9f06', '3a291807-0695-4c4b-9a39-281706958473', 'Contoso Room Booking', 'Contoso Ltd', '3d4e5f6a-7b8c-4d9e-8f0a-1b2c3d4e5f60'),
  ].map((p) => [p.id, p]));
}

function seedPermissionGrants() {
  const grant = (id, clientId, resourceId, scope) => ({
    clientId, consentType: 'Principal', id, principalId: ME, resourceId, scope,
  });
  // Consented by an administrator for everyone: principalId is null (Graph oauth2PermissionGrant resource).
  const forEveryone = (id, clientId, resourceId, scope) => ({
    clientId, consentType: 'AllPrincipals', id, principalId: null, resourceId, scope,
  });
  return [
    forEveryone('AaPrnc1pAlsGr4nt0rg-w1deHR00kNbzSp0jIwP', '66f7a8b9-c0d1-4ec5-9f4a-5b6c7d8e9f06', GRAPH_SP, 'User.Read Calendars.Read'),
    grant('RFhXsw3UYE6Q1vNKnSMjAkRYV7MN1GBOkNbzSp0jIwJ', '11a2b3c4-d5e6-4f70-8a9b-0c1d2e3f4a01', GRAPH_SP, ' Mail.Read offline_access User.Read'),
    grant('yVvOx9aS2UKzb3Cwwxmv9kRYV7MN1GBOkNbzSp0jIwK', '22b3c4d5-e6f7-4a81-9b0c-1d2e3f4a5b02', GRAPH_SP, 'Files.ReadWrite.All User.Read offline_access'),
    grant('q2mCdyVtJk-gl4xO9BzX1URYV7MN1GBOkNbzSp0jIwL', '33c4d5e6-f7a8-4b92-8c1d-2e3f4a5b6c03', GRAPH_SP, 'User.Read'),
    grant('Zx8PiBqKdEKoNQ0m2ZfA8kRYV7MN1GBOkNbzSp0jIwM', '44d5e6f7-a8b9-4ca3-9d2e-3f4a5b6c7d04', ADO_SP, 'user_impersonation'),
    grant('cVb4nLw7PUiG8r1TzoYk2URYV7MN1GBOkNbzSp0jIwN', '55e6f7a8-b9c0-4db4-8e3f-4a5b6c7d8e05', GRAPH_SP, 'Calendars.ReadWrite Mail.Send'),
  ];
}

function freshState() {
  return {
    directories: seedAuthorizations(), // tenant id -> [AuthorizationDetails]
    principals: seedPrincipals(),
    permissionGrants: seedPermissionGrants(),
    lingering: [], // deleted grants still listed: [{grant, lists}]
    sessions: new Map(), // session id -> directory
    pats: new Map(), // token -> {scopes, directory}
    codes: new Map(), // code -> {clientId, redirectUri, challenge, method, scopes, expires}
    tokens: new Map(), // access token -> {scopes, expires}
    faults: [],
    requests: [],
    settings: {
      adoListShape: 'array',
      adoRouteTemplate: '_apis/{area}/{resource}/{userId}',
      adoReleasedVersion: '5.0',
      graphPageSize: 2,
      graphNextLinkHost: null,
      adminConsented: ['Directory.Read.All', 'DelegatedPermissionGrant.ReadWrite.All'],
      userRoles: [],
      replicationLists: 1,
    },
  };
}

let state = freshState();

// ---------------------------------------------------------------- helpers

function hostOf(req, url) {
  return ((req.headers.host || (url && url.host) || '').replace(/:\d+$/, '')).toLowerCase();
}

function random(bytes) {
  return crypto.randomBytes(bytes).toString('base64url');
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseJson(text) {
  try { return text.trim() ? JSON.parse(text) : {}; } catch { return undefined; }
}

function cookies(req) {
  const out = {};
  for (const part of (req.headers.cookie || '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0) out[part.slice(0, i).trim()] = part.slice(i + 1).trim();
  }
  return out;
}

function cors(req) {
  const origin = req.headers.origin;
  return origin
    ? { 'access-control-allow-origin': origin, 'access-control-allow-credentials': 'true', vary: 'Origin' }
    : { 'access-control-allow-origin': '*' };
}

function send(req, res, status, body, headers = {}) {
  if (res.destroyed || res.writableEnded) return; // the client gave up (timeouts)
  const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
  const type = body === undefined ? {} : { 'content-type': typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8' };
  res.writeHead(status, { 'cache-control': 'no-store', ...cors(req), ...type, ...headers });
  res.end(text);
}

function adoJson(api) {
  return { 'content-type': `application/json; charset=utf-8; api-version=${api}` };
}

function adoError(message, typeKey) {
  return {
    $id: '1', innerException: null, message,
    typeName: `Microsoft.VisualStudio.Services.${typeKey}, Microsoft.VisualStudio.Services.WebApi`,
    typeKey, errorCode: 0, eventId: 3000,
  };
}

function graphError(code, message) {
  return {
    error: {
      code, message,
      innerError: { date: new Date().toISOString().slice(0, 19), 'request-id': crypto.randomUUID(), 'client-request-id': crypto.randomUUID() },
    },
  };
}

function signInPage(host) {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Sign in to your account</title></head>
<body><form method="post" action="https://${LOGIN_HOST}/common/login"><h1>Sign in</h1>
<label>Email, phone, or Skype <input name="loginfmt" type="email"></label><button>Next</button>
<p>Continue to ${host}</p></form></body></html>`;
}

const DEFAULT_ERRORS = {
  401: ['InvalidAuthenticationToken', 'Access token has expired or is not yet valid.'],
  403: ['Authorization_RequestDenied', 'Insufficient privileges to complete the operation.'],
  404: ['Request_ResourceNotFound', 'Resource does not exist.'],
  429: ['TooManyRequests', 'Too many requests.'],
  500: ['generalException', 'An unexpected error occurred.'],
  503: ['serviceNotAvailable', 'The service is temporarily unavailable.'],
  504: ['gatewayTimeout', 'The request timed out.'],
};

function faultResponse(req, res, url, host, fault) {
  if (fault.oauthError) {
    const back = new URL(url.searchParams.get('redirect_uri'));
    back.searchParams.set('error', fault.oauthError);
    back.searchParams.set('error_description', fault.message || `AADSTS65004: User declined to consent to access the app.`);
    if (url.searchParams.has('state')) back.searchParams.set('state', url.searchParams.get('state'));
    send(req, res, 302, undefined, { location: back.href });
    return;
  }
  const headers = {};
  if (fault.retryAfter !== undefined) headers['retry-after'] = String(fault.retryAfter);
  if (fault.retryAfterDate !== undefined) {
    const now = Math.floor(Date.now() / 1000) * 1000;
    headers.date = new Date(now).toUTCString();
    headers['retry-after'] = new Date(now + fault.retryAfterDate * 1000).toUTCString();
  }
  if (fault.body === 'malformed') {
    send(req, res, fault.status || 200, '{"value": [{"id": "', { ...headers, 'content-type': 'application/json; charset=utf-8' });
  } else if (fault.body === 'html') {
    send(req, res, fault.status || 200, signInPage(host), { ...headers, 'content-type': 'text/html; charset=utf-8' });
  } else if (fault.body === 'empty') {
    send(req, res, fault.status || 200, undefined, headers);
  } else if (fault.body !== undefined) {
    send(req, res, fault.status || 200, fault.body, headers);
  } else {
    const status = fault.status;
    const [code, message] = DEFAULT_ERRORS[status] || [`Status${status}`, `HTTP ${status}`];
    const body = ADO_HOSTS.has(host)
      ? adoError(fault.message || message, fault.code || 'VssServiceException')
      : graphError(fault.code || code, fault.message || message);
    send(req, res, status, body, headers);
  }
}

function matchFault(req, host, pathname) {
  const i = state.faults.findIndex((f) =>
    (!f.host || f.host === host) &&
    (!f.method || f.method.toUpperCase() === req.method) &&
    (f.path.endsWith('*') ? pathname.startsWith(f.path.slice(0, -1)) : pathname === f.path));
  if (i < 0) return null;
  const fault = state.faults[i];
  if (fault.times > 0 && --fault.remaining <= 0) state.faults.splice(i, 1);
  return fault;
}

// ---------------------------------------------------------------- Azure DevOps

function locations() {
  return [{
    id: LOCATION_ID, area: 'DelegatedAuth', resourceName: 'Authorizations',
    routeTemplate: state.settings.adoRouteTemplate, resourceVersion: 1,
    minVersion: '1.0', maxVersion: '7.2', releasedVersion: state.settings.adoReleasedVersion,
  }, ...OTHER_LOCATIONS];
}

// The Authorizations path as the route template says: optional `{userId}` (only the caller's own).
function authorizationsPath() {
  const escape = (t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = state.settings.adoRouteTemplate.split('/').filter(Boolean).map((part) => {
    if (part === '{area}') return '/DelegatedAuth';
    if (part === '{resource}') return '/Authorizations';
    if (part.startsWith('{')) return '(?:/([0-9a-f-]{36}))?';
    return `/${escape(part)}`;
  }).join('');
  return new RegExp(`^${pattern}/?$`, 'i');
}

const OTHER_LOCATIONS = [
  {
    id: 'c3f4a5b6-0e9d-4b8c-9a7f-6e5d4c3b2a19', area: 'Profile', resourceName: 'Profiles',
    routeTemplate: '_apis/{area}/{resource}/{id}/{descriptor}', resourceVersion: 3,
    minVersion: '1.0', maxVersion: '7.2', releasedVersion: '0.0',
  },
];

function adoCaller(req) {
  const header = req.headers.authorization || '';
  if (/^basic /i.test(header)) {
    const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
    const pat = state.pats.get(decoded.slice(decoded.indexOf(':') + 1));
    return pat === undefined ? null : { auth: 'basic', scopes: pat.scopes.split(' '), directory: pat.directory };
  }
  if (/^bearer /i.test(header)) {
    // A Microsoft Entra token is accepted only when its audience is the Azure DevOps resource
    // (Microsoft Learn, "Build Azure DevOps integrations with Microsoft Entra OAuth apps": resource id
    // 499b84ac-1321-427f-aa17-267ca6975798, resource URI https://app.vssps.visualstudio.com). A token
    // for another API (Microsoft Graph) is refused like no credential at all: 401.
    const token = liveToken(header.slice(7));
    if (!token || token.audience !== ADO_RESOURCE) return null;
    // user_impersonation and .default act with all of the person's rights; a granular vso.* scope only with that one.
    const scopes = token.scopes.map((s) => s.slice(s.lastIndexOf('/') + 1));
    return {
      auth: 'bearer',
      scopes: scopes.some((s) => s === 'user_impersonation' || s === '.default') ? ['vso.tokens'] : scopes,
      directory: token.directory,
    };
  }
  const session = cookies(req)[SESSION_COOKIE];
  return session && state.sessions.has(session)
    ? { auth: 'session', scopes: ['vso.tokens'], directory: state.sessions.get(session) }
    : null;
}

// A directory id the server knows, or the home directory.
function directoryOf(value) {
  return value && Object.hasOwn(state.directories, value.toLowerCase()) ? value.toLowerCase() : HOME_DIRECTORY;
}

function apiVersionError(url) {
  const version = url.searchParams.get('api-version');
  if (!version) return { typeKey: 'VssVersionNotSpecifiedException', message: 'No api-version was supplied for the "GET" request. The version must be supplied either as part of the Accept header (e.g. "application/json; api-version=1.0") or as a query parameter (e.g. "?api-version=1.0").' };
  const m = /^(\d+)\.(\d+)(-preview(\.\d+)?)?$/.exec(version);
  if (!m) return { typeKey: 'VssVersionNotSupportedException', message: `The requested version "${version}" of the resource is not valid.` };
  if (Number(m[1]) * 10 + Number(m[2]) > 72) return { typeKey: 'VssVersionOutOfRangeException', message: `The requested REST API version of ${m[1]}.${m[2]} is out of range for this server. The latest REST API version this server supports is 7.2.` };
  // Versions up to the released one need no -preview; later ones do (Azure DevOps REST versioning).
  const [rMajor, rMinor] = String(state.settings.adoReleasedVersion).split('.').map(Number);
  const released = Number(m[1]) * 10 + Number(m[2]) <= rMajor * 10 + rMinor;
  if (!m[3] && !released) return { typeKey: 'VssInvalidPreviewVersionException', message: `The requested version "${version}" of the resource is under preview. The -preview flag must be supplied in the api-version for such requests. For example: "${version}-preview"` };
  return null;
}

async function handleAdo(req, res, url, host) {
  const path = url.pathname;
  if (path === '/_signin' && req.method === 'GET') {
    const id = random(24);
    state.sessions.set(id, directoryOf(url.searchParams.get('directory')));
    const secure = req.socket.encrypted ? '; Secure; SameSite=None' : '; SameSite=Lax';
    const headers = { 'set-cookie': `${SESSION_COOKIE}=${id}; Path=/; HttpOnly${secure}` };
    const back = url.searchParams.get('returnUrl');
    if (back && back.startsWith('/') && !back.startsWith('//')) {
      send(req, res, 302, undefined, { ...headers, location: back });
    } else {
      send(req, res, 200, `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Azure DevOps</title></head><body><h1>You are signed in to Azure DevOps</h1></body></html>`, { ...headers, 'content-type': 'text/html; charset=utf-8' });
    }
    return;
  }
  if (path === '/_signout' && req.method === 'GET') {
    state.sessions.delete(cookies(req)[SESSION_COOKIE]);
    send(req, res, 200, 'signed out', { 'set-cookie': `${SESSION_COOKIE}=; Path=/; Max-Age=0` });
    return;
  }
  if (req.method === 'OPTIONS' && req.headers['access-control-request-method']) {
    send(req, res, 204, undefined, { 'access-control-allow-methods': 'GET, POST, DELETE, OPTIONS', 'access-control-allow-headers': 'authorization, content-type, accept, x-tfs-fedauthredirect' });
    return;
  }
  if ((path === '/_apis/' || path === '/_apis') && req.method === 'OPTIONS') {
    const value = locations();
    send(req, res, 200, { count: value.length, value }, adoJson('7.2'));
    return;
  }
  const route = authorizationsPath().exec(path);
  if (!route || (route[1] && route[1].toLowerCase() !== ME)) {
    send(req, res, 404, adoError(`The controller for path '${path}' was not found or does not implement IController.`, 'HttpException'));
    return;
  }
  const caller = adoCaller(req);
  // A request that carries credentials (a PAT, a bearer token) is answered 401 when they are refused;
  // only a browser without them is sent to the sign-in page.
  if (!caller && !req.headers.authorization && !/^suppress$/i.test(req.headers['x-tfs-fedauthredirect'] || '')) {
    // Without X-TFS-FedAuthRedirect: Suppress a signed-out browser gets the sign-in page, not a 401
    // (shared reference grant-apis.md; the header Microsoft's own VssHttpClient sends).
    send(req, res, 203, signInPage(host), { 'content-type': 'text/html; charset=utf-8' });
    return;
  }
  if (!caller) {
    // 401 TF400813 (Microsoft Learn, "Troubleshoot connecting": "401 - Not Authorized"), with the
    // challenges Azure DevOps offers: an Entra bearer token (authorization_uri names the authority a
    // client asks for one, read by Microsoft's Git Credential Manager to find the tenant), Basic (a
    // PAT), and its federated browser sign-in (X-TFS-FedAuthRealm / X-TFS-FedAuthIssuer).
    send(req, res, 401, adoError("TF400813: The user '' is not authorized to access this resource.", 'UnauthorizedRequestException'), {
      'www-authenticate': `Bearer authorization_uri=https://${LOGIN_HOST}/${HOME_DIRECTORY}, Basic realm="https://${host}/", TFS-Federated`,
      'x-tfs-fedauthrealm': `https://${host}/`,
      'x-tfs-fedauthissuer': `https://${host}/`,
      'x-vss-resourcetenant': HOME_DIRECTORY,
    });
    return;
  }
  if (!caller.scopes.includes('vso.tokens')) {
    send(req, res, 403, adoError('Access Denied: the personal access token used does not have the required scope vso.tokens (Tokens: read & manage) for this request.', 'UnauthorizedRequestException'));
    return;
  }
  const versionProblem = apiVersionError(url);
  if (versionProblem) {
    send(req, res, 400, adoError(versionProblem.message, versionProblem.typeKey));
    return;
  }
  const api = url.searchParams.get('api-version');
  // Authorizations are kept per directory: the caller sees (and revokes in) its current one only.
  const authorizations = state.directories[caller.directory];
  if (req.method === 'GET') {
    const value = authorizations;
    const body = state.settings.adoListShape === 'envelope' ? { count: value.length, value } : value;
    send(req, res, 200, body, adoJson(api));
    return;
  }
  if (req.method === 'POST') {
    const id = url.searchParams.get('authorizationId');
    const index = authorizations.findIndex((d) => d.authorization.authorizationId === id);
    if (!id || index < 0) {
      send(req, res, 404, adoError(`The authorization ${id || ''} could not be found.`, 'AuthorizationNotFoundException'));
      return;
    }
    authorizations.splice(index, 1);
    send(req, res, 200, undefined, { 'content-length': '0' });
    return;
  }
  send(req, res, 405, adoError(`The requested resource does not support http method '${req.method}'.`, 'HttpException'));
}

// ---------------------------------------------------------------- Microsoft Graph

function liveToken(token) {
  const t = state.tokens.get(token);
  return t && t.expires > Date.now() ? t : null;
}

function graphScopes(token) {
  return token.scopes.map((s) => s.replace(/^https:\/\/graph\.microsoft\.com\//i, ''));
}

function handleGraph(req, res, url, host) {
  const path = url.pathname;
  if (req.method === 'OPTIONS') {
    send(req, res, 204, undefined, { 'access-control-allow-methods': 'GET, DELETE, OPTIONS', 'access-control-allow-headers': 'authorization, content-type, accept' });
    return;
  }
  const header = req.headers.authorization || '';
  const token = /^bearer /i.test(header) ? liveToken(header.slice(7)) : null;
  if (token && token.audience !== GRAPH_APP_ID) {
    // A token issued for another API (Azure DevOps): Graph validates the audience and refuses it.
    send(req, res, 401, graphError('InvalidAuthenticationToken', 'Access token validation failure. Invalid audience.'), {
      'www-authenticate': `Bearer realm="", authorization_uri="https://${LOGIN_HOST}/common/oauth2/authorize", client_id="${GRAPH_APP_ID}", error="invalid_token"`,
    });
    return;
  }
  if (!token) {
    const message = header ? 'Access token has expired or is not yet valid.' : 'Access token is empty.';
    send(req, res, 401, graphError('InvalidAuthenticationToken', message), {
      'www-authenticate': `Bearer realm="", authorization_uri="https://${LOGIN_HOST}/common/oauth2/authorize", client_id="${GRAPH_APP_ID}"`,
    });
    return;
  }
  const scopes = graphScopes(token);
  const denied = () => send(req, res, 403, graphError('Authorization_RequestDenied', 'Insufficient privileges to complete the operation.'));

  const listing = path === '/v1.0/me/oauth2PermissionGrants' || path === '/v1.0/oauth2PermissionGrants';
  if (listing && req.method === 'GET') {
    if (!scopes.some((s) => LIST_PERMISSIONS.includes(s))) return denied();
    const skip = Number(url.searchParams.get('$skiptoken') || 0);
    // Replication delay: "delays may occur for delegated permission grants that were recently created,
    // updated, or deleted" (Graph docs, oauth2permissiongrant-list.md / user-list-oauth2permissiongrants.md).
    // A lingering grant counts down each time it is served.
    const visible = [...state.permissionGrants, ...state.lingering.map((l) => l.grant)];
    let chosen;
    if (path === '/v1.0/me/oauth2PermissionGrants') {
      // /me lists the person's own consents only: AllPrincipals grants have no principalId and are left
      // out (Graph docs, user-list-oauth2permissiongrants.md).
      chosen = visible.filter((g) => g.principalId === ME);
    } else {
      const filter = url.searchParams.get('$filter');
      const m = filter && /^consentType eq '(AllPrincipals|Principal)'$/.exec(filter.trim());
      if (filter && !m) {
        send(req, res, 400, graphError('Request_UnsupportedQuery', `Unsupported query: ${filter}`));
        return;
      }
      chosen = m ? visible.filter((g) => g.consentType === m[1]) : visible;
    }
    const size = Math.max(1, Number(state.settings.graphPageSize) || 100);
    const body = {
      '@odata.context': `https://${GRAPH_HOST}/v1.0/$metadata#oauth2PermissionGrants`,
      value: chosen.slice(skip, skip + size),
    };
    for (const l of state.lingering) if (body.value.includes(l.grant)) l.lists -= 1;
    state.lingering = state.lingering.filter((l) => l.lists > 0);
    if (skip + size < chosen.length) {
      const next = new URL(`https://${state.settings.graphNextLinkHost || host}${path}`);
      if (url.searchParams.has('$filter')) next.searchParams.set('$filter', url.searchParams.get('$filter'));
      next.searchParams.set('$skiptoken', String(skip + size));
      body['@odata.nextLink'] = next.href;
    }
    send(req, res, 200, body);
    return;
  }
  const sp = /^\/v1\.0\/servicePrincipals\/([^/]+)$/.exec(path);
  if (sp && req.method === 'GET') {
    if (!scopes.some((s) => LIST_PERMISSIONS.includes(s))) return denied();
    const id = decodeURIComponent(sp[1]);
    const found = state.principals.get(id);
    if (!found) {
      send(req, res, 404, graphError('Request_ResourceNotFound', `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`));
      return;
    }
    const select = url.searchParams.get('$select');
    const fields = select ? select.split(',').map((f) => f.trim()) : Object.keys(found);
    const body = { '@odata.context': `https://${GRAPH_HOST}/v1.0/$metadata#servicePrincipals(${select || ''})/$entity` };
    for (const f of fields) if (f in found) body[f] = found[f];
    send(req, res, 200, body);
    return;
  }
  const grant = /^\/v1\.0\/oauth2PermissionGrants\/([^/]+)$/.exec(path);
  if (grant && req.method === 'DELETE') {
    if (!scopes.includes(REVOKE_PERMISSION)) return denied();
    // Even with the permission, deleting needs a directory role (Graph docs,
    // rbac-oauth2permissiongrant-apis-write.md); an ordinary user gets 403 Authorization_RequestDenied.
    if (!state.settings.userRoles.some((r) => GRANT_WRITER_ROLES.includes(r))) return denied();
    const id = decodeURIComponent(grant[1]);
    const index = state.permissionGrants.findIndex((g) => g.id === id);
    if (index < 0) {
      send(req, res, 404, graphError('Request_ResourceNotFound', `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`));
      return;
    }
    const [removed] = state.permissionGrants.splice(index, 1);
    const lists = Number(state.settings.replicationLists) || 0;
    if (lists > 0) state.lingering.push({ grant: removed, lists });
    send(req, res, 204);
    return;
  }
  send(req, res, 400, graphError('BadRequest', `Resource not found for the segment '${path.split('/').pop()}'.`));
}

// ---------------------------------------------------------------- Microsoft identity platform

const AUTHORIZE = /^\/([^/]+)\/oauth2\/v2\.0\/authorize$/;
const TOKEN = /^\/([^/]+)\/oauth2\/v2\.0\/token$/;

// The extension's redirect (launchWebAuthFlow) or a loopback one; other authorize requests are the
// sign-in page fixtures'.
function extensionRedirect(value) {
  try {
    const u = new URL(value);
    return (u.protocol === 'https:' && /\.(chromiumapp\.org|extensions\.allizom\.org)$/.test(u.hostname)) ||
      (u.protocol === 'http:' && ['127.0.0.1', 'localhost'].includes(u.hostname));
  } catch {
    return false;
  }
}

function authorize(req, res, url) {
  const q = url.searchParams;
  const redirect = new URL(q.get('redirect_uri'));
  const fail = (error, description) => {
    redirect.searchParams.set('error', error);
    redirect.searchParams.set('error_description', description);
    if (q.has('state')) redirect.searchParams.set('state', q.get('state'));
    send(req, res, 302, undefined, { location: redirect.href });
  };
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(q.get('client_id') || '')) {
    send(req, res, 400, `AADSTS700016: Application with identifier '${q.get('client_id') || ''}' was not found in the directory.`);
    return;
  }
  if (q.get('response_type') !== 'code') return fail('unsupported_response_type', 'AADSTS700054: response_type must be code.');
  const challenge = q.get('code_challenge');
  const method = q.get('code_challenge_method') || 'plain';
  if (!challenge) return fail('invalid_request', 'AADSTS9002325: Proof Key for Code Exchange is required for cross-origin authorization code redemption.');
  if (!['S256', 'plain'].includes(method)) return fail('invalid_request', 'AADSTS501491: Invalid code_challenge_method.');
  // A permission only an administrator may grant, not yet consented for the organisation: the user
  // cannot consent, and the answer is consent_required / AADSTS65001 (Microsoft Entra troubleshooting,
  // "troubleshoot-consent-issues": "Need admin approval" / AADSTS65001).
  const requested = (q.get('scope') || '').split(/\s+/).filter(Boolean).map((s) => s.replace(/^https:\/\/graph\.microsoft\.com\//i, ''));
  const unapproved = requested.filter((s) => ADMIN_ONLY.includes(s) && !state.settings.adminConsented.includes(s));
  if (unapproved.length) {
    return fail('consent_required', `AADSTS65001: The user or administrator has not consented to use the application with ID '${q.get('client_id')}' named 'Consent Guard'. Send an interactive authorization request for this user and resource.`);
  }
  const code = random(32);
  state.codes.set(code, {
    tenant: AUTHORIZE.exec(url.pathname)[1],
    clientId: q.get('client_id'), redirectUri: q.get('redirect_uri'), challenge, method,
    scopes: (q.get('scope') || '').split(/\s+/).filter(Boolean), expires: Date.now() + 10 * 60 * 1000,
  });
  redirect.searchParams.set('code', code);
  if (q.has('state')) redirect.searchParams.set('state', q.get('state'));
  send(req, res, 302, undefined, { location: redirect.href });
}

// The resource (application id) a scope belongs to: `499b84ac-…/user_impersonation` or
// `https://app.vssps.visualstudio.com/…` is Azure DevOps; `https://graph.microsoft.com/…` or a bare name is Graph.
function audienceOf(scope) {
  const lower = scope.toLowerCase();
  if (lower.startsWith(`${ADO_RESOURCE}/`) || lower.startsWith('https://app.vssps.visualstudio.com/')) return ADO_RESOURCE;
  if (!lower.includes('/') || lower.startsWith('https://graph.microsoft.com/') || lower.startsWith(`${GRAPH_APP_ID}/`)) return GRAPH_APP_ID;
  return lower.slice(0, lower.lastIndexOf('/'));
}

async function token(req, res) {
  const form = new URLSearchParams(await readBody(req));
  const error = (code, description, status = 400) => send(req, res, status, {
    error: code, error_description: description, error_codes: [Number((/AADSTS(\d+)/.exec(description) || [0, 0])[1])],
    timestamp: new Date().toISOString(), trace_id: crypto.randomUUID(), correlation_id: crypto.randomUUID(),
  });
  if (form.get('grant_type') !== 'authorization_code') return error('unsupported_grant_type', 'AADSTS70003: The app requested an unsupported grant type.');
  const code = state.codes.get(form.get('code') || '');
  state.codes.delete(form.get('code') || ''); // a code is good once
  if (!code || code.expires < Date.now()) return error('invalid_grant', 'AADSTS70008: The provided authorization code or refresh token has expired or was already redeemed.');
  if (code.clientId !== form.get('client_id')) return error('invalid_grant', 'AADSTS70000: The code was issued to another client.');
  if (code.redirectUri !== form.get('redirect_uri')) return error('invalid_grant', "AADSTS50011: The redirect URI does not match the one in the authorization request.");
  const verifier = form.get('code_verifier') || '';
  const expected = code.method === 'S256' ? crypto.createHash('sha256').update(verifier).digest('base64url') : verifier;
  if (!/^[A-Za-z0-9._~-]{43,128}$/.test(verifier) || expected !== code.challenge) {
    return error('invalid_grant', 'AADSTS50148: The code_verifier does not match the code_challenge supplied in the authorization request for PKCE.');
  }
  const scopes = code.scopes.filter((s) => !['openid', 'profile', 'email', 'offline_access'].includes(s));
  // An access token is for one resource: scopes of two (Microsoft Graph and Azure DevOps) in one
  // request are refused (Microsoft identity platform, "Scopes and permissions": AADSTS28000 "contains
  // more than one resource"). A bare permission name is Microsoft Graph's.
  const audiences = [...new Set(scopes.map(audienceOf))];
  if (audiences.length !== 1) {
    return error('invalid_scope', 'AADSTS28000: Provided value for the input parameter scope is not valid because it contains more than one resource. Scope ' + scopes.join(' ') + ' is not valid.');
  }
  const accessToken = random(48);
  state.tokens.set(accessToken, {
    scopes, audience: audiences[0], expires: Date.now() + 3599 * 1000, directory: directoryOf(code.tenant),
  });
  send(req, res, 200, { token_type: 'Bearer', scope: scopes.join(' '), expires_in: 3599, ext_expires_in: 3599, access_token: accessToken });
}

// ---------------------------------------------------------------- test control

async function control(req, res, url) {
  const what = url.pathname.slice(CONTROL.length);
  const body = req.method === 'POST' ? parseJson(await readBody(req)) : {};
  if (body === undefined) return send(req, res, 400, { error: 'body is not JSON' });
  if (what === 'reset' && req.method === 'POST') {
    state = freshState();
    return send(req, res, 204);
  }
  if (what === 'faults' && req.method === 'POST') {
    const list = Array.isArray(body) ? body : [body];
    if (list.some((f) => typeof f.path !== 'string')) return send(req, res, 400, { error: 'every fault needs a path' });
    for (const f of list) {
      const times = f.times === undefined ? 1 : Number(f.times);
      state.faults.push({ ...f, times, remaining: times });
    }
    return send(req, res, 200, { faults: state.faults.length });
  }
  if (what === 'faults' && req.method === 'DELETE') {
    state.faults = [];
    return send(req, res, 204);
  }
  if (what === 'settings' && req.method === 'POST') {
    Object.assign(state.settings, body);
    return send(req, res, 200, state.settings);
  }
  if (what === 'pats' && req.method === 'POST') {
    const tokenValue = crypto.randomBytes(32).toString('hex').slice(0, 52);
    state.pats.set(tokenValue, {
      scopes: typeof body.scopes === 'string' ? body.scopes : 'vso.tokens',
      directory: directoryOf(body.directory),
    });
    return send(req, res, 200, { token: tokenValue });
  }
  if (what === 'requests' && req.method === 'GET') return send(req, res, 200, state.requests);
  if (what === 'state' && req.method === 'GET') {
    const ids = (list) => list.map((d) => d.authorization.authorizationId);
    return send(req, res, 200, {
      authorizations: ids(state.directories[HOME_DIRECTORY]),
      directories: Object.fromEntries(Object.entries(state.directories).map(([k, v]) => [k, ids(v)])),
      permissionGrants: state.permissionGrants.map((g) => g.id),
    });
  }
  return send(req, res, 404, { error: `no control route ${req.method} ${url.pathname}` });
}

// ---------------------------------------------------------------- dispatch

function ours(req, url, host) {
  if (ADO_HOSTS.has(host)) return /^\/(_apis(\/|$)|_signin$|_signout$)/.test(url.pathname);
  if (host === GRAPH_HOST) return url.pathname.startsWith('/v1.0/');
  if (host === LOGIN_HOST) {
    if (TOKEN.test(url.pathname)) return req.method === 'POST' || req.method === 'OPTIONS';
    return AUTHORIZE.test(url.pathname) && req.method === 'GET' && extensionRedirect(url.searchParams.get('redirect_uri'));
  }
  return false;
}

function authKind(req) {
  const header = req.headers.authorization || '';
  if (/^basic /i.test(header)) return 'basic';
  if (/^bearer /i.test(header)) return 'bearer';
  return cookies(req)[SESSION_COOKIE] ? 'session' : null;
}

async function answer(req, res, url, host) {
  state.requests.push({
    method: req.method, host, path: url.pathname, apiVersion: url.searchParams.get('api-version'),
    suppress: req.headers['x-tfs-fedauthredirect'] || null, accept: req.headers.accept || null, auth: authKind(req),
  });
  if (state.requests.length > 1000) state.requests.shift();
  const fault = matchFault(req, host, url.pathname);
  if (fault && fault.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
  if (res.destroyed) return;
  if (fault && (fault.status || fault.body !== undefined || fault.oauthError)) {
    faultResponse(req, res, url, host, fault);
  } else if (ADO_HOSTS.has(host)) {
    await handleAdo(req, res, url, host);
  } else if (host === GRAPH_HOST) {
    handleGraph(req, res, url, host);
  } else if (TOKEN.test(url.pathname)) {
    if (req.method === 'OPTIONS') send(req, res, 204, undefined, { 'access-control-allow-methods': 'POST', 'access-control-allow-headers': 'content-type' });
    else await token(req, res);
  } else {
    authorize(req, res, url);
  }
}

function handle(req, res, url) {
  const host = hostOf(req, url);
  const target = url || new URL(req.url, `http://${host}`);
  const run = target.pathname.startsWith(CONTROL)
    ? control(req, res, target)
    : ours(req, target, host) ? answer(req, res, target, host) : null;
  if (!run) return false;
  run.catch((e) => {
    if (!res.headersSent) send(req, res, 500, { error: `contract server: ${e.message}` });
    else res.destroy();
  });
  return true;
}

module.exports = { handle };

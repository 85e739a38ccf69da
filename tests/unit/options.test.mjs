// The options page's field checks: what is saved, what is refused and in which words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import './fake-chrome.mjs';
import { FIELDS, PROVIDERS, apiVersion, azureDevOpsHost, clientList, single, tenant } from '../../extension/pages/options/validate.js';

const field = (key) => FIELDS.find((f) => f.key === key);
const check = (id) => PROVIDERS.find((p) => p.id === id).check;
const GUID = '5A1B2C3D-0000-4000-8000-00000000ABCD';

test('every provider has an approved and a blocked list, and the four single fields exist', () => {
  for (const p of PROVIDERS) {
    assert.equal(field(`approvedClients.${p.id}`), undefined, `only the organisation approves apps: ${p.id}`);
    assert.ok(field(`blockedClients.${p.id}`), p.id);
  }
  for (const key of ['entra.clientId', 'entra.tenant', 'azureDevOps.host', 'azureDevOps.apiVersion']) assert.ok(field(key), key);
});

test('client lists: one a line or comma-separated, duplicates once, GUIDs in lower case', () => {
  assert.deepEqual(clientList(`${GUID}\n ${GUID.toLowerCase()} ,\n\n`, check('microsoft')), { value: [GUID.toLowerCase()] });
  assert.deepEqual(clientList('Iv1.abc, Iv1.def', check('github')), { value: ['Iv1.abc', 'Iv1.def'] });
  assert.deepEqual(clientList('   ', check('github')), { value: undefined });
});

test('client lists: a wrong id refuses the whole field and names it', () => {
  const result = clientList(`${GUID}\nnot-a-guid`, check('azure-devops'));
  assert.equal(result.value, undefined);
  assert.match(result.error, /“not-a-guid”: an Azure DevOps app ID is a GUID/);
  assert.match(clientList('1234-abc.apps.example.com', check('google')).error, /Google client ID looks like/);
  assert.match(clientList('bad id!', check('github')).error, /GitHub client ID/);
});

test('tenant: a GUID, a domain or a well-known name', () => {
  for (const ok of [GUID, 'contoso.onmicrosoft.com', 'organizations', 'Common']) assert.equal(tenant(ok), null, ok);
  for (const bad of ['contoso', 'https://contoso.com', 'a b.com']) assert.match(tenant(bad), /tenant ID/, bad);
});

test('Azure DevOps host: a host name ending in visualstudio.com or azure.com, no path', () => {
  assert.equal(azureDevOpsHost('vssps.dev.azure.com'), null);
  assert.equal(azureDevOpsHost('https://app.vssps.visualstudio.com/'), null);
  assert.match(azureDevOpsHost('vssps.dev.azure.com/path'), /without a path/);
  assert.match(azureDevOpsHost('evil.example.com'), /must be an Azure DevOps host/);
  assert.match(azureDevOpsHost('azure.com.evil.io'), /must be an Azure DevOps host/);
});

test('API version: 7.1 or 7.2-preview.1', () => {
  for (const ok of ['7.1', '7.2-preview', '7.2-preview.1']) assert.equal(apiVersion(ok), null, ok);
  for (const bad of ['7', 'v7.1', '7.1-beta']) assert.match(apiVersion(bad), /looks like/, bad);
});

test('single fields: empty means not set, a mistake is an error, a GUID is lower-cased', () => {
  const clientId = field('entra.clientId').parse;
  assert.deepEqual(clientId('  '), { value: undefined });
  assert.deepEqual(clientId(` ${GUID} `), { value: GUID.toLowerCase() });
  assert.match(clientId('nope').error, /must be a GUID/);
  assert.deepEqual(single(() => null)('x'), { value: 'x' });
});

test('show turns stored values back into field text', () => {
  assert.equal(field('blockedClients.github').show(['a', 'b']), 'a\nb');
  assert.equal(field('blockedClients.github').show(undefined), '');
  assert.equal(field('entra.tenant').show(undefined), '');
});

// When the worker looks at the visible tab for logos (extension/worker/view.js `worthLooking`): only a
// page that asks for sign-in details, names no provider, is on none of their hosts, and has no control
// naming a provider (a "Sign in with Google" button shows that logo without claiming anything).
import './fake-chrome.mjs';
import { test } from 'node:test';
import assert from 'node:assert/strict';

const { worthLooking } = await import('../../extension/worker/view.js');

const verdict = (facts, level = 'none') => ({ level, facts: { asks: [], claims: [], home: null, origin: 'https://x.example', ...facts } });

test('a sign-in that names no provider is looked at', () => {
  assert.equal(worthLooking(verdict({ asks: ['password'] }), { buttons: ['Sign in'] }), true);
});

test('pages that ask nothing, claim a provider, are a provider\'s, or already warn are not', () => {
  assert.equal(worthLooking(verdict({}), {}), false, 'asks nothing');
  assert.equal(worthLooking(verdict({ asks: ['password'], claims: ['github'] }), {}), false, 'claims in the DOM');
  assert.equal(worthLooking(verdict({ asks: ['password'], home: 'github' }), {}), false, 'a provider host');
  assert.equal(worthLooking(verdict({ asks: ['password'] }, 'danger'), {}), false, 'already danger');
});

test('a page with a control naming a provider is not looked at', () => {
  const asks = verdict({ asks: ['identifier', 'password'] });
  assert.equal(worthLooking(asks, { buttons: ['Log in', 'Continue with Google'] }), false);
  assert.equal(worthLooking(asks, { brand: [{ text: 'GitHub logo', controlText: 'Sign in with GitHub' }] }), false);
  assert.equal(worthLooking(asks, { images: [{ source: 'svg', controlText: 'Microsoft account' }] }), false);
  assert.equal(worthLooking(asks, { buttons: ['Log in', 'Create account'], brand: [{ text: 'Acme', controlText: null }] }), true);
});

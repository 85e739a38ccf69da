// Which grants-client errors the authorizations panel answers with a sign-in offer: by kind, as data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NOT_FOUND, isSignInError } from '../../extension/pages/popup/grant-errors.js';

test('a signIn kind or a sign-in address asks for a sign-in', () => {
  assert.equal(isSignInError({ kind: 'signIn', message: 'Sign in to Azure DevOps' }), true);
  assert.equal(isSignInError({ kind: 'network', signInUrl: 'https://app.vssps.visualstudio.com/_signin' }), true);
});

test('other kinds do not, whatever their message says', () => {
  for (const kind of ['forbidden', 'rateLimited', 'unavailable', 'timeout', 'network', 'badResponse', NOT_FOUND, 'config']) {
    assert.equal(isSignInError({ kind, message: 'Sign in again or you are unauthorized' }), false, kind);
  }
  assert.equal(isSignInError({ kind: 'SignIn' }), false, 'kinds are the core\'s exact camelCase names');
  assert.equal(isSignInError(null), false);
  assert.equal(isSignInError({}), false);
});

// PKCE (RFC 7636): the S256 challenge against the RFC's own example, and the verifier's form.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { base64url, challengeOf, randomText } from '../../extension/worker/pkce.js';

test('the S256 challenge of RFC 7636 appendix B', async () => {
  assert.equal(await challengeOf('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk'), 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
});

test('the verifier of RFC 7636 appendix B is the base64url of its octets', () => {
  const octets = [116, 24, 223, 180, 151, 153, 224, 37, 79, 250, 96, 125, 216, 173, 187, 186, 22, 212, 37, 77,
    105, 214, 191, 240, 91, 88, 5, 88, 83, 132, 141, 121];
  assert.equal(base64url(new Uint8Array(octets)), 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk');
});

test('a verifier is 43 unreserved characters (32 random bytes) and never repeats', () => {
  const a = randomText(32);
  const b = randomText(32);
  assert.match(a, /^[A-Za-z0-9_-]{43}$/);
  assert.notEqual(a, b);
});

// inputKind and inputType: how the content script tells passwords, one-time codes and identifiers
// from other inputs (the engine's sign-in rules read these kinds).
import { test } from 'node:test';
import assert from 'node:assert/strict';

await import('../../extension/content/classify.js');
const { inputKind, inputType } = globalThis.CONSENT_GUARD_CONTENT;

/** An input as the content script reads it: tag, id, attributes, maxLength (-1 when not set), inputMode. */
function input({ tag = 'input', id = '', maxLength = -1, inputMode = '', ...attributes } = {}) {
  return { localName: tag, id, maxLength, inputMode, getAttribute: (name) => attributes[name] ?? null };
}
const kind = (attrs) => { const el = input(attrs); return inputKind(el, inputType(el)); };

test('inputType: the tag for select and textarea, else the type attribute, text by default', () => {
  assert.equal(inputType(input({ tag: 'select' })), 'select');
  assert.equal(inputType(input({ tag: 'textarea' })), 'textarea');
  assert.equal(inputType(input()), 'text');
  assert.equal(inputType(input({ type: ' EMAIL ' })), 'email');
});

test('passwords', () => {
  assert.equal(kind({ type: 'password', name: 'otp' }), 'password');
});

test('one-time codes: by autocomplete, or by name with a short or numeric field', () => {
  assert.equal(kind({ autocomplete: 'one-time-code' }), 'oneTimeCode');
  assert.equal(kind({ name: 'otp', id: 'idTxtBx_SAOTCC_OTC', maxLength: 6 }), 'oneTimeCode');
  assert.equal(kind({ name: 'verification_code', inputMode: 'numeric' }), 'oneTimeCode');
  assert.equal(kind({ type: 'tel', name: 'sms-code' }), 'oneTimeCode');
  assert.equal(kind({ type: 'number', id: 'mfa' }), 'oneTimeCode');
});

test('a long free text field named "code" is not a one-time code', () => {
  assert.equal(kind({ name: 'code' }), 'other');
  assert.equal(kind({ name: 'promo_code', maxLength: 50 }), 'other');
});

test('identifiers: email fields, username autocomplete, login-like names', () => {
  assert.equal(kind({ type: 'email' }), 'identifier');
  assert.equal(kind({ autocomplete: 'username' }), 'identifier');
  assert.equal(kind({ autocomplete: 'section-x webauthn' }), 'identifier');
  assert.equal(kind({ name: 'loginfmt', id: 'i0116' }), 'identifier');
  assert.equal(kind({ type: 'tel', name: 'account' }), 'identifier');
});

test('everything else is other', () => {
  assert.equal(kind({ type: 'search', name: 'q' }), 'other');
  assert.equal(kind({ tag: 'select', name: 'user_country' }), 'other');
  assert.equal(kind({ type: 'checkbox', name: 'remember_user' }), 'other');
});

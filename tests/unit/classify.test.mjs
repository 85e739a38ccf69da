// inputKind and inputType: how the content script tells passwords, one-time codes and identifiers
// from other inputs (the engine's sign-in rules read these kinds).
import { test } from 'node:test';
import assert from 'node:assert/strict';

await import('../../extension/content/classify.js');
const { inputKind, inputType, joinRendered, generatedText } = globalThis.CONSENT_GUARD_CONTENT;

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

test('one-time codes: Google\'s "Pin" field, or a short field labelled as a code', () => {
  const seen = (attrs, how) => { const el = input(attrs); return inputKind(el, inputType(el), how); };
  assert.equal(kind({ type: 'tel', name: 'Pin', maxLength: 6 }), 'oneTimeCode');
  assert.equal(kind({ type: 'tel', id: 'idvPin' }), 'oneTimeCode');
  assert.equal(seen({ type: 'tel', name: 'c1', maxLength: 6 }, { label: 'Enter code' }), 'oneTimeCode');
  assert.equal(seen({ name: 'zip', maxLength: 10 }, { label: 'Postal code' }), 'other', 'an address\'s code');
  assert.equal(seen({ name: 'c2', maxLength: 10 }, { label: 'Promo code' }), 'other', 'a shop\'s code');
  assert.equal(kind({ type: 'tel', name: 'spinner', maxLength: 6 }), 'other', 'pin inside a word');
});

test('one-time codes: a short field labelled as a code in another language', () => {
  const seen = (attrs, how) => { const el = input(attrs); return inputKind(el, inputType(el), how); };
  for (const label of ['Código de verificación', 'Digite o código', 'Codice di verifica', 'Bestätigungscode eingeben',
    'Doğrulama kodu', 'Doğrulama kodunu girin', 'Kod weryfikacyjny', 'Zaloguj się kodem', 'Код подтверждения', '確認コードを入力', '验证码', '인증번호 입력', 'رمز التحقق']) {
    assert.equal(seen({ type: 'tel', name: 'otc', maxLength: 6 }, { label }), 'oneTimeCode', label);
  }
  for (const label of ['Código postal', 'Codice fiscale', 'Kod pocztowy', 'Почтовый индекс и промокод', '郵便番号のコード', 'Código de cupón', 'Gutscheincode',
    'Kod rabatowy', 'İndirim kodu', 'Posta kodu', 'クーポンコード', '쿠폰 코드', 'Código de barras']) {
    assert.equal(seen({ type: 'tel', name: 'c3', maxLength: 10 }, { label }), 'other', label);
  }
});

test('an account\'s recovery key or backup code, in one box or in groups, is a sign-in code', () => {
  const seen = (attrs, how) => { const el = input(attrs); return inputKind(el, inputType(el), how); };
  assert.equal(seen({ name: 'k1', maxLength: 5 }, { label: 'Recovery key' }), 'oneTimeCode');
  assert.equal(seen({ name: 'code' }, { label: 'Enter one of your backup codes' }), 'oneTimeCode');
  assert.equal(kind({ name: 'recovery_code' }), 'oneTimeCode');
  assert.equal(seen({ type: 'email', name: 'recovery' }, { label: 'Recovery email' }), 'identifier', 'an address to recover the account with');
  assert.equal(seen({ name: 'phone' }, { label: 'Recovery phone number' }), 'other');
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

test('fields that behave as password fields are passwords, whatever their type says', () => {
  const seen = (attrs, how) => { const el = input(attrs); return inputKind(el, inputType(el), how); };
  assert.equal(seen({ name: 'pf' }, { masked: true }), 'password', 'a text field masked by -webkit-text-security');
  assert.equal(inputKind(input({ tag: 'div' }), 'contenteditable', { masked: true }), 'password');
  assert.equal(seen({ tag: 'textarea', name: 'Passwd' }, { masked: true }), 'password', 'a textarea masked by -webkit-text-security');
  assert.equal(inputKind(input({ tag: 'div' }), 'contenteditable', { masked: false, label: 'Passwort' }), 'password');
  assert.equal(seen({ autocomplete: 'current-password' }), 'password');
  assert.equal(seen({ autocomplete: 'new-password' }), 'password');
  for (const label of ['Password', 'Mot de passe', 'Contraseña', 'Senha', 'パスワード', 'Kennwort']) {
    assert.equal(seen({ name: 'f2' }, { label }), 'password', label);
  }
});

test('look-alikes of password fields are not', () => {
  const seen = (attrs, how) => { const el = input(attrs); return inputKind(el, inputType(el), how); };
  assert.equal(seen({ name: 'q' }, { masked: false, label: 'Search' }), 'other');
  assert.equal(seen({ tag: 'textarea', name: 'msg' }, { masked: false, label: 'Your password reset question' }), 'other', 'an unmasked message box is not a password box');
  assert.equal(seen({ type: 'email' }, { label: 'Email (not your password)' }), 'identifier', 'an email field stays one');
  assert.equal(seen({ type: 'checkbox' }, { label: 'Show password' }), 'other', 'a checkbox takes no typing');
  assert.equal(seen({ name: 'otp' , maxLength: 6 }, { label: 'One-time passcode' }), 'oneTimeCode');
  assert.equal(seen({ autocomplete: 'off' }, { masked: false }), 'other');
});

test('joinRendered: text as a person reads it', () => {
  assert.equal(joinRendered(['Mic', 'rosoft']), 'Microsoft', 'a word split across inline elements stays one word');
  assert.equal(joinRendered(['Mi\u200Bcro\u200Csoft\u00AD']), 'Microsoft', 'zero-width characters and soft hyphens');
  assert.equal(joinRendered(['G\u2060o\u200Dogle']), 'Google');
  assert.equal(joinRendered(['  Sign ', ' in\t', '\n', '', 'to  continue ']), 'Sign in\nto continue');
  assert.equal(joinRendered(['Sign', ' ', 'in']), 'Sign in', 'spaces between elements are kept');
  assert.equal(joinRendered(['abcdef', '\n', 'ghi'], 4), 'abcd');
  assert.equal(joinRendered([]), '');
});

test('generatedText: the words of CSS content', () => {
  assert.equal(generatedText('"Microsoft"'), 'Microsoft');
  assert.equal(generatedText('"Micro" "soft"'), 'Microsoft');
  assert.equal(generatedText("'Go' 'ogle'"), 'Google');
  assert.equal(generatedText('"\\4d icrosoft"'), 'Microsoft', 'CSS escapes');
  assert.equal(generatedText('attr(data-x)', { getAttribute: (n) => (n === 'data-x' ? 'GitHub' : null) }), 'GitHub');
  assert.equal(generatedText('attr(data-x)'), '');
  // a space drawn at an end stays (one), so "Azure " before "DevOps" reads as two words
  assert.equal(generatedText('"Azure  "'), 'Azure ');
  assert.equal(generatedText('" DevOps"'), ' DevOps');
  for (const none of ['none', 'normal', '', 'url("logo.png")', 'counter(item)']) assert.equal(generatedText(none), '', none);
});

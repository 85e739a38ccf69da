// @ts-check
// Consent Guard content script, part 1 of 5: the namespace the content script's files share (the only
// global they add, in the extension's isolated world), and how an input is classified. Pure: the unit
// tests load this file in Node.
(() => {
  'use strict';

  /** @type {ContentNamespace} */
  const cg = (globalThis.CONSENT_GUARD_CONTENT ??= /** @type {ContentNamespace} */ ({ alive: true }));

  const IDENTIFIER_NAME = /login|logon|signin|sign_in|user|e-?mail|identifier|account|i0116/i;
  const OTP_NAME = /otp|totp|one.?time|passcode|verification.?code|mfa|2fa|two.?factor|auth.?code|sms.?code|security.?code|(^|[^a-z])code([^a-z]|$)/i;

  /**
   * The type an input reports: its tag for select and textarea, else its type attribute (default text).
   * @param {InputLike} el
   * @returns {string}
   */
  function inputType(el) {
    if (el.localName !== 'input') return el.localName;
    return (el.getAttribute('type') || 'text').trim().toLowerCase();
  }

  /**
   * What a person types into an input: 'password', 'oneTimeCode', 'identifier' or 'other'.
   * @param {InputLike} el
   * @param {string} type as inputType gives it
   * @returns {'password' | 'oneTimeCode' | 'identifier' | 'other'}
   */
  function inputKind(el, type) {
    if (type === 'password') return 'password';
    const autocomplete = (el.getAttribute('autocomplete') || '').toLowerCase();
    const names = `${el.getAttribute('name') || ''} ${el.id || ''}`;
    if (autocomplete.includes('one-time-code')) return 'oneTimeCode';
    if ((type === 'text' || type === 'tel' || type === 'number') && OTP_NAME.test(names)) {
      const maxLength = el.maxLength ?? 0;
      if (type !== 'text' || el.inputMode === 'numeric' || (maxLength > 0 && maxLength <= 10)) return 'oneTimeCode';
    }
    if (type === 'email' || /\b(username|email|webauthn)\b/.test(autocomplete)) return 'identifier';
    if ((type === 'text' || type === 'tel') && IDENTIFIER_NAME.test(names)) return 'identifier';
    return 'other';
  }

  cg.inputType = inputType;
  cg.inputKind = inputKind;
})();

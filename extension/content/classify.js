// @ts-check
// Consent Guard content script, part 1 of 5: the namespace the content script's files share (the only
// global they add, in the extension's isolated world), and how an input is classified. Pure: the unit
// tests load this file in Node.
(() => {
  'use strict';

  /** @type {ContentNamespace} */
  const cg = (globalThis.CONSENT_GUARD_CONTENT ??= /** @type {ContentNamespace} */ ({ alive: true }));

  const IDENTIFIER_NAME = /login|logon|signin|sign_in|user|e-?mail|identifier|account|i0116/i;
  // "Password" in the languages the extension speaks and a few more kits use: a field labelled so asks for one.
  const PASSWORD_WORD = /password|passwort|kennwort|mot de passe|contrase(?:ñ|n)a|senha|パスワード|密码|密碼|wachtwoord|hasło|пароль|parola/i;
  const TEXTLIKE = new Set(['text', 'tel', 'search', 'url', 'email', 'contenteditable', '']);
  // Characters that render as nothing: a brand salted with them still reads as the brand on screen.
  const INVISIBLE_CHARS = /[\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufeff\uffa0]|\u034f|\u17b4|\u17b5|[\ufe00-\ufe0f]/g;
  // "code" and "pin" as words of their own: not next to a letter (lookarounds, not negated classes,
  // which took several times as long to compile, on their first use in each page).
  const OTP_NAME = /otp|totp|one.?time|passcode|verification.?code|mfa|2fa|two.?factor|auth.?code|sms.?code|security.?code|(?<![a-z])code(?![a-z])|(?<![a-z])(?:idv)?pin(?![a-z])/i;
  // "Code" in other languages kits write a code step in ("Código de verificación", "Bestätigungscode",
  // "確認コード", "验证码", "인증번호", "رمز التحقق"; Turkish and Polish with their endings, "kodunu",
  // "kodem"): a label saying it asks for a sign-in code.
  const CODE_WORD = /c[oó]digo|codice|(?<![a-z])kod(?:u|em|un|unu|unuz|unuzu)?(?![a-z])|код|コード|認証番号|確認番号|验证码|驗證碼|校验码|动态码|인증\s?번호|코드|رمز|كود|קוד|(?:bestätigungs|sicherheits|einmal|verifizierungs|prüf|verificatie|beveiligings)code/i;
  // An account's recovery or backup code, asked in one long box or in groups (Microsoft's 25
  // characters in five boxes of five): a sign-in secret whatever its length.
  const RECOVERY_CODE = /recovery.?(key|code)|backup.?code/i;
  // Codes a label names that are no sign-in code: an address's, a shop's, a bank's, a tax code, a
  // barcode, in the languages of CODE_WORD too ("ndirim": Turkish "İndirim", whose dotted capital
  // does not fold to "i").
  const OTHER_CODE = /postal|post ?code|zip|promo|coupon|discount|gift|voucher|country|area|referral|invit|tracking|product|sort|bank|iban|swift|colou?r|fiscal|pocztow|почтов|промо|郵便|邮编|邮政|우편|cup[oó]n|cupom|kupon|クーポン|쿠폰|descuento|desconto|sconto|rabat|ndirim|割引|할인|gutschein|postleitzahl|posta|barras|barcode/i;

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
   * @param {string} type as inputType gives it ('contenteditable' for an editable element)
   * @param {{masked?: boolean, label?: string}} [seen] what the page shows of it: masked by
   *   `-webkit-text-security` or a masking font, and its label text
   * @returns {'password' | 'oneTimeCode' | 'identifier' | 'other'}
   */
  function inputKind(el, type, seen = {}) {
    if (type === 'password') return 'password';
    const autocomplete = (el.getAttribute('autocomplete') || '').toLowerCase();
    // A field that behaves as a password field: masked by CSS, or saying it takes a password. A
    // message box masked by CSS hides what is typed as a password box does (a kit's `<textarea>`).
    if (type === 'textarea' && seen.masked) return 'password';
    if (TEXTLIKE.has(type) && type !== 'email') {
      if (seen.masked) return 'password';
      if (/\b(current|new)-password\b/.test(autocomplete)) return 'password';
      if (seen.label && PASSWORD_WORD.test(seen.label) && !OTP_NAME.test(seen.label)) return 'password';
    }
    const names = `${el.getAttribute('name') || ''} ${el.id || ''}`;
    if (autocomplete.includes('one-time-code')) return 'oneTimeCode';
    // named as a code, or labelled as one ("Enter code" over Google's `Pin`)
    const label = seen.label ?? '';
    if ((type === 'text' || type === 'tel') && (RECOVERY_CODE.test(label) || RECOVERY_CODE.test(names))) return 'oneTimeCode';
    // (the label's expressions run only for a box that can take a code: most inputs of a page are not)
    const labelled = () => (OTP_NAME.test(label) || CODE_WORD.test(label)) && !OTHER_CODE.test(label);
    if ((type === 'text' || type === 'tel' || type === 'number') && (OTP_NAME.test(names) || labelled())) {
      const maxLength = el.maxLength ?? 0;
      if (type !== 'text' || el.inputMode === 'numeric' || (maxLength > 0 && maxLength <= 10)) return 'oneTimeCode';
    }
    if (type === 'email' || /\b(username|email|webauthn)\b/.test(autocomplete)) return 'identifier';
    if ((type === 'text' || type === 'tel') && IDENTIFIER_NAME.test(names)) return 'identifier';
    return 'other';
  }

  /**
   * Text as a person reads it from the text nodes a renderer draws, in order: pieces of one line
   * join without a space (`Mic` + `rosoft` in two spans is one word), `\n` pieces break lines,
   * characters that render as nothing are dropped and runs of white space collapse.
   * @param {string[]} pieces text node data and '\n' for block boundaries
   * @param {number} [max] characters kept
   * @returns {string}
   */
  function joinRendered(pieces, max = Infinity) {
    let text = '';
    for (const line of pieces.join('').split('\n')) {
      const clean = line.replace(INVISIBLE_CHARS, '').replace(/\s+/g, ' ').trim();
      if (clean) text += (text ? '\n' : '') + clean;
      if (text.length >= max) break;
    }
    return text.length > max ? text.slice(0, max) : text;
  }

  /**
   * The text of a CSS `content` value a person sees (`"Micro" "soft"` -> `Microsoft`); '' for
   * none, normal, images and counters; `attr(x)` is the element's attribute x.
   * @param {string} content as getComputedStyle gives it
   * @param {{getAttribute(name: string): string | null}} [el] the element the pseudo-element belongs to
   * @returns {string}
   */
  function generatedText(content, el) {
    if (!content || content === 'none' || content === 'normal') return '';
    let out = '';
    content = content.replace(/(?:url|image-set|-webkit-image-set|[a-z-]*gradient)\((?:[^()]|\([^()]*\))*\)/gi, '');
    for (const m of content.matchAll(/"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|attr\(\s*([-\w]+)[^)]*\)/g)) {
      if (m[3]) {
        out += el?.getAttribute(m[3]) ?? '';
        continue;
      }
      out += (m[1] ?? m[2] ?? '').replace(/\\([0-9a-f]{1,6}) ?/gi, (_, hex) => {
        const code = parseInt(hex, 16);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
      }).replace(/\\(.)/g, '$1');
    }
    // a space at either end is drawn ("Azure " before "DevOps"): it stays, collapsed
    return out.replace(INVISIBLE_CHARS, '').replace(/\s+/g, ' ');
  }

  cg.inputType = inputType;
  cg.joinRendered = joinRendered;
  cg.generatedText = generatedText;
  cg.passwordWord = (text) => PASSWORD_WORD.test(text);
  cg.inputKind = inputKind;
})();

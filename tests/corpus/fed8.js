'use strict';
// Provider buttons in other languages, eighth table: a site's own login whose only use of a
// provider's name is a social-login link in Arabic, Hebrew (right to left, the name embedded left to
// right between bidi marks), Vietnamese, Ukrainian, Greek, Swedish, Hindi or Indonesian stays quiet;
// a card in those languages whose heading names the provider above a password field still warns
// (tests/corpus/FED8.md).

const HOSTS = {
  'www.zahrat-almadina.com': 'https',
  'www.sifriyat-hagan.co.il': 'https',
  'www.cuahang-hoatuoi.vn': 'https',
  'kabinet.knyharnia-lviv.com.ua': 'https',
  'www.vivliopoleio-athina.gr': 'https',
  'konto.cykelverkstan-umea.se': 'https',
  'www.kitab-ghar-pune.in': 'https',
  'akun.tokobuku-menteng.co.id': 'https',
  'tahaqquq-hisab-albarid.com': 'https',
  'imut-heshbon-doar.co.il': 'https',
  'xac-minh-hop-thu.vn': 'https',
  'pidtverdzhennya-poshty.com.ua': 'https',
};

// Google Identity Services' own button texts, in every language it renders them.
const GSI = 'https://developers.google.com/identity/gsi/web/guides/personalized-button';
const MS_BRANDING = 'https://learn.microsoft.com/en-us/entra/identity-platform/howto-add-branding-in-apps';
const LOCALIZED_KITS = 'https://antiphishing.biz/2022/03/07/microsoft-phishing-page-in-spanish-detected/';

const ok = (name, host, path, what, source = GSI) =>
  ({ name, host, path, expect: 'none', trick: 'provider-button', what, source });
const spoof = (name, host, path, provider, what) =>
  ({ name, host, path, expect: 'danger', provider, trick: 'localized-card', what, source: LOCALIZED_KITS });

const PAGES = [
  ok('ok-ar-tasjil-google', 'www.zahrat-almadina.com', '/login',
    "Arabic (RTL) florist's own login (كلمة المرور) with a 'تسجيل الدخول باستخدام Google' link to Google"),
  ok('ok-he-microsoft-bidi-marks', 'www.sifriyat-hagan.co.il', '/login',
    "Hebrew (RTL) library's own login (סיסמה) with 'התחברות באמצעות \u200eMicrosoft\u200e' (the name between LRM marks)", MS_BRANDING),
  ok('ok-vi-dang-nhap-google', 'www.cuahang-hoatuoi.vn', '/dang-nhap',
    "Vietnamese flower shop's own login (Mật khẩu) with a 'Đăng nhập bằng Google' link"),
  ok('ok-uk-uviity-cherez-google', 'kabinet.knyharnia-lviv.com.ua', '/login',
    "Ukrainian bookshop's own account login (Пароль) with a 'Увійти через Google' link"),
  ok('ok-el-syndesi-me-google', 'www.vivliopoleio-athina.gr', '/syndesi',
    "Greek bookshop's own login (Κωδικός πρόσβασης) with a 'Σύνδεση με Google' link"),
  ok('ok-sv-logga-in-med-microsoft', 'konto.cykelverkstan-umea.se', '/logga-in',
    "Swedish bike workshop's own login (Lösenord) with a 'Logga in med Microsoft' link", MS_BRANDING),
  ok('ok-hi-google-se-sign-in', 'www.kitab-ghar-pune.in', '/login',
    "Hindi bookshop's own login (पासवर्ड) with a 'Google से साइन इन करें' link"),
  ok('ok-id-masuk-dengan-google', 'akun.tokobuku-menteng.co.id', '/masuk',
    "Indonesian bookshop's own login (Kata sandi) with a 'Masuk dengan Google' link"),
  spoof('ar-microsoft-account-card', 'tahaqquq-hisab-albarid.com', '/auth', 'microsoft',
    "Arabic (RTL) card 'تسجيل الدخول إلى حساب Microsoft' (the name in an LRI…PDI isolate) asking for the password"),
  spoof('he-google-account-card', 'imut-heshbon-doar.co.il', '/signin', 'google',
    "Hebrew (RTL) card 'התחברות לחשבון Google' between RLM/LRM marks asking for the password"),
  spoof('vi-microsoft-account-card', 'xac-minh-hop-thu.vn', '/dang-nhap', 'microsoft',
    "Vietnamese card 'Đăng nhập vào tài khoản Microsoft' asking for the password"),
  spoof('uk-google-heading-card', 'pidtverdzhennya-poshty.com.ua', '/vhid', 'google',
    "Ukrainian card headed 'Увійти через Google' (a heading, not a button) asking for the password"),
];

module.exports = { HOSTS, PAGES };

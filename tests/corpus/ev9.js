'use strict';
// Evasions the earlier tables wrote down, closed (tests/corpus/EV9.md). Spoofs: a "Stay signed in?"
// card padded with a long terms notice in small grey type, an "Approve sign in request" card under a
// long news ticker (its choices links), a "Verify your identity" picker whose methods are icons named
// only by an image's alt and an SVG's aria-label, the e-mail step of a Microsoft sign-in with
// a small message box after its Next button, a Google sign-in in Thai, and one in Japanese that says
// a longer sentence beside the name. Look-alikes that stay quiet: a long docs page on the prompt with
// a section link, a figure and a live "Was this page helpful? Yes / No"; a short help page with share
// and print icons; an IT firm's contact form about Microsoft 365; a Thai shop's own login with
// "ดำเนินการต่อด้วย Google"; a Japanese shop's own login with "Google アカウントでログインすると、…".

const HOSTS = {
  'keep-session-notice.com': 'https',
  'authenticator-approval-desk.com': 'https',
  'contoso-it-docs.notion.site': 'https',
  'identity-method-check.com': 'https',
  'fabrikam-helpdesk.notion.site': 'https',
  'mailbox-quota-desk.com': 'https',
  'www.harbourline-it.example': 'https',
  'member.baansuan-shop.example': 'https',
  'yuenyan-banchee-online.com': 'https',
  'mypage.kusunoki-zakka.example': 'https',
  'shorui-etsuran-kakunin.jp': 'https',
};

const step = /^origin\./;

const PAGES = [
  // 1. padding past the step's text limit
  { name: 'kmsi-padded-terms', host: 'keep-session-notice.com', path: '/kmsi/', expect: 'danger', provider: 'microsoft', rule: step,
    what: 'Microsoft "Stay signed in?" card (No/Yes) above some 3,000 bytes of terms in 10 px grey type' },
  { name: 'number-match-ticker', host: 'authenticator-approval-desk.com', path: '/approve/', expect: 'danger', provider: 'microsoft', rule: step,
    what: 'Microsoft "Approve sign in request" with a number under a long news ticker; the choices are links ("I can\'t use my Microsoft Authenticator app right now")' },
  { name: 'docs-kmsi-feedback', host: 'contoso-it-docs.notion.site', path: '/Stay-signed-in-prompt/', expect: 'none',
    what: 'A long docs page titled "Microsoft 365: Stay signed in?" (it claims Microsoft) with a section "Stay signed in?" holding a figure of the prompt (disabled No/Yes) and a "Learn more" link, and a live "Was this page helpful? Yes / No"' },
  // 2. a step whose choices are unlabelled icons
  { name: 'verify-identity-icons', host: 'identity-method-check.com', path: '/proofs/', expect: 'danger', provider: 'microsoft', rule: step,
    what: 'Microsoft "Verify your identity" with method tiles drawn as icons only: buttons holding an image whose alt is "Text +XX…" and an SVG labelled "Call +XX…", a role=button holding an image whose alt is "Use a verification code"' },
  { name: 'faq-verify-identity-share', host: 'fabrikam-helpdesk.notion.site', path: '/Verify-your-identity/', expect: 'none',
    what: 'A short help page on *.notion.site, "Microsoft 365" above "Verify your identity", with icon buttons "Share this page", "Print", "Copy link"' },
  // 3. the contact-form exemption borrowed
  { name: 'email-step-message-box', host: 'mailbox-quota-desk.com', path: '/signin/', expect: 'danger', provider: 'microsoft',
    what: 'The e-mail step of a Microsoft sign-in ("Sign in", "to continue to Outlook", Next) with a small "Note (optional)" message box after the Next button in its form' },
  { name: 'it-firm-contact-microsoft', host: 'www.harbourline-it.example', path: '/contact/', expect: 'none',
    what: 'An IT firm\'s "Ask our Microsoft 365 team" contact form: name, e-mail, message and Send' },
  // 4. Thai federation wording
  { name: 'th-shop-own-login', host: 'member.baansuan-shop.example', path: '/login/', expect: 'none',
    what: 'A Thai shop\'s own login (e-mail, password, "เข้าสู่ระบบ") with "ดำเนินการต่อด้วย Google" and "เข้าสู่ระบบด้วย Facebook" buttons' },
  { name: 'th-google-signin', host: 'yuenyan-banchee-online.com', path: '/signin/', expect: 'danger', provider: 'google',
    what: 'A Google sign-in in Thai: "ลงชื่อเข้าใช้ - บัญชี Google", the G logo, "ใช้บัญชี Google ของคุณ", e-mail, "ถัดไป"' },
  // 5. a longer Japanese sentence naming a provider beside a site's own login
  { name: 'ja-shop-google-sentence', host: 'mypage.kusunoki-zakka.example', path: '/login/', expect: 'none',
    what: 'A Japanese shop\'s own login (e-mail, password) with "Google アカウントでログインすると、注文履歴とお気に入りがスマートフォンと同期されます。" and a "Google でログイン" button' },
  { name: 'ja-google-signin-sentence', host: 'shorui-etsuran-kakunin.jp', path: '/signin/', expect: 'danger', provider: 'google',
    what: 'A Google sign-in in Japanese: the G logo, "ログイン", "Google アカウントを使用", "共有された書類を表示するには、Google アカウントでログインしてください。", e-mail, "次へ"' },
];

module.exports = { HOSTS, PAGES };

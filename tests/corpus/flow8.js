'use strict';
// The steps of a provider's sign-in that ask for no field (tests/corpus/FLOW8.md): "Stay signed in?",
// "Approve sign in request", "Choose an account", "Verify your identity", "Sign in another way",
// imitated on hosts that are not the provider's, with the step's heading split across elements in a
// modal <dialog>, drawn as an image named only by aria-label, and in German, French, Japanese and
// Portuguese. Their twins stay quiet: a blog article and a docs page that show the steps in figures,
// a company's own account chooser and a chat app's workspace picker with "Continue with Google", a
// bank's own approval page and a password manager's list of accounts to fill; and two pages on a
// publishing host that claim Microsoft with the step as their heading: a long handbook page with a
// figure of the prompt, and a short help page that shows no choice.

const HOSTS = {
  'tenant-keepalive-portal.com': 'https',
  'mfa-approval-review.com': 'https',
  'konto-sitzung-pruefen.de': 'https',
  'verification-compte-securite.fr': 'https',
  'passkey-saisettei.jp': 'https',
  'sessao-conta-manter.com.br': 'https',
  'blog.tarnwick-it.example': 'https',
  'learn.cloudstackers.example': 'https',
  'app.quorvel.example': 'https',
  'chat.lumenhive.example': 'https',
  'online.harrowgate-bank.example': 'https',
  'vault.brindlekey.example': 'https',
  'northwind-it-handbook.notion.site': 'https',
  'northwind-helpdesk.notion.site': 'https',
};

const step = /^origin\./;

const PAGES = [
  // variant 1: "Stay signed in?" (English, Portuguese) and its twin, an article about the prompt
  { name: 'kmsi-split-dialog', host: 'tenant-keepalive-portal.com', path: '/kmsi/', expect: 'danger', provider: 'microsoft', rule: step,
    what: 'Microsoft "Stay signed in?" in a modal <dialog>, its heading split across spans with a zero-size letter and a zero-width space, Yes/No buttons' },
  { name: 'kmsi-pt-links', host: 'sessao-conta-manter.com.br', path: '/kmsi/', expect: 'danger', provider: 'microsoft', rule: step,
    what: 'Microsoft "Continuar conectado?" (Portuguese) with "Não"/"Sim" as links' },
  { name: 'blog-turn-off-kmsi', host: 'blog.tarnwick-it.example', path: '/posts/turn-off-stay-signed-in/', expect: 'none',
    what: 'A blog article "How to turn off the Stay signed in? prompt in Microsoft 365": a drawn screenshot of the prompt (heading "Stay signed in?", disabled Yes/No) with its caption' },
  { name: 'handbook-kmsi-figure', host: 'northwind-it-handbook.notion.site', path: '/Stay-signed-in-on-shared-computers/', expect: 'none',
    what: 'A long IT handbook page on *.notion.site titled "Microsoft 365: Stay signed in?" with a figure of the prompt (disabled Yes/No): it claims Microsoft, and is an article' },
  { name: 'faq-kmsi-no-choice', host: 'northwind-helpdesk.notion.site', path: '/Stay-signed-in/', expect: 'none',
    what: 'A short help page on *.notion.site, "Microsoft 365" above the heading "Stay signed in?", explaining the question with no choice to make' },
  // variant 2: number matching with the heading as an image, and its twin, a docs page
  { name: 'number-match-aria-heading', host: 'mfa-approval-review.com', path: '/approve/', expect: 'danger', provider: 'microsoft', rule: step,
    what: 'Microsoft "Approve sign in request" drawn as a background image whose words are only its aria-label, the number 62, "I can\'t use my Microsoft Authenticator app right now"' },
  { name: 'docs-number-matching', host: 'learn.cloudstackers.example', path: '/docs/identity/number-matching/', expect: 'none',
    what: 'A docs-like article on number matching in Microsoft Authenticator with a figure of "Approve sign in request" and its number' },
  // variant 3: account choosers, and their twins: a company's own chooser and a workspace picker
  { name: 'google-chooser-de', host: 'konto-sitzung-pruefen.de', path: '/accountchooser/', expect: 'danger', provider: 'google', rule: step,
    what: 'Google "Konto auswählen … weiter zu Gmail" (German) with an account tile and "Anderes Konto verwenden"' },
  { name: 'company-chooser-google-button', host: 'app.quorvel.example', path: '/choose-account/', expect: 'none',
    what: 'A company\'s own "Choose an account" chooser (its brand in title and header, "Use another account") with a "Continue with Google" button' },
  { name: 'workspace-picker-google-button', host: 'chat.lumenhive.example', path: '/workspaces/', expect: 'none',
    what: 'A chat app\'s own "Pick a workspace" page with "Use another account" and "Continue with Google"' },
  // variant 4: method pickers and approvals (French, Japanese), and their twins
  { name: 'verify-identity-fr', host: 'verification-compte-securite.fr', path: '/proofs/', expect: 'danger', provider: 'microsoft', rule: step,
    what: 'Microsoft "Vérifier votre identité" (French) method tiles: SMS, call, Authenticator, code, "Annuler"' },
  { name: 'passkey-downgrade-ja', host: 'passkey-saisettei.jp', path: '/signin-options/', expect: 'danger', provider: 'microsoft', rule: step,
    what: 'Microsoft "別の方法でサインイン" (Japanese): the passkey unreachable, "パスワードを使用する" offered' },
  { name: 'bank-approve-in-app', host: 'online.harrowgate-bank.example', path: '/login/approve/', expect: 'none',
    what: 'A bank\'s own "Approve the sign-in in our app" with a number to match, naming Google and Microsoft Authenticator as code apps' },
  { name: 'vault-choose-account-to-fill', host: 'vault.brindlekey.example', path: '/fill/', expect: 'none',
    what: 'A password manager\'s "Choose an account to fill" list with Google, Microsoft and GitHub items and their logos' },
];

module.exports = { HOSTS, PAGES };

'use strict';
// Provider logos drawn only as CSS backgrounds (also a `::before`) or as a `data:` SVG image, in the
// card of a credential form, beside the site's own name: a third party asking for the provider's
// password fires; a vault's saved logins, federation buttons and a footer's logo beside the site's own
// login stay quiet (tests/corpus/BGLOGO.md).

const HOSTS = {
  'app.brightquill.example': 'https',
  'app.ferncastle.example': 'https',
  'gradekiln-labs.dev': 'https',
  'learn.larchmont.example': 'https',
  'ledgerlark-payroll.com': 'https',
  'parcelwick-returns.com': 'https',
  'quaywise-tickets.net': 'https',
  'vault.ashfield.example': 'https',
};

const PAGES = [
  {'name': 'payroll-squares-microsoft', 'host': 'ledgerlark-payroll.com', 'path': '/payslips/unlock', 'expect': 'danger', 'provider': 'microsoft', 'what': 'Made-up payroll site (own name in title and header) whose unlock card shows the Microsoft four squares only as a CSS background SVG and asks for \'the password you use for Microsoft 365\''},
  {'name': 'tickets-before-wordmark-google', 'host': 'quaywise-tickets.net', 'path': '/orders/hold', 'expect': 'danger', 'provider': 'google', 'what': 'Made-up ticket site whose card heading paints Google\'s coloured wordmark in its ::before (a CSS background SVG) and asks for \'the password you use for Gmail\''},
  {'name': 'lab-bar-img-github', 'host': 'gradekiln-labs.dev', 'path': '/labs/7/submit', 'expect': 'danger', 'provider': 'github', 'what': 'Made-up lab course whose dark sticky bar holds a data: SVG <img> drawing a white circle and \'GitHub\', \'Verify your account to hand in the lab\', username and password'},
  {'name': 'returns-before-g-google', 'host': 'parcelwick-returns.com', 'path': '/returns/verify', 'expect': 'danger', 'provider': 'google', 'what': 'Made-up returns site whose card heading paints the Google G in its ::before (a CSS background SVG) above an email and password form'},
  {'name': 'vault-items-master', 'host': 'vault.ashfield.example', 'path': '/locked', 'expect': 'none', 'what': 'A password manager\'s own vault: saved Google, GitHub and Microsoft logins whose logos are CSS background SVGs (wordmark, name, four squares) in a list, and an unlock card asking for the master password'},
  {'name': 'saas-federation-buttons', 'host': 'app.brightquill.example', 'path': '/login', 'expect': 'none', 'what': 'A SaaS login with \'Continue with Google\' and \'Sign in with GitHub\' buttons whose logos are CSS background SVGs, above its own email and password form'},
  {'name': 'course-footer-github', 'host': 'learn.larchmont.example', 'path': '/courses/git-basics', 'expect': 'none', 'what': 'A course page with the GitHub mark and name as a CSS background in its footer band beside a newsletter box, and the academy\'s own login card'},
  {'name': 'scripted-google-div', 'host': 'app.ferncastle.example', 'path': '/signin', 'expect': 'none', 'what': 'A site\'s own sign-in whose scripted \'Continue with Google\' div (pointer cursor, no link or button) paints the Google G in its ::after, above its own form'},
];

module.exports = { HOSTS, PAGES };

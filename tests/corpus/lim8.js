'use strict';
// Two limits closed (tests/corpus/LIM8.md): a contact form (name, e-mail, message) on a Google Sites
// page that names Google is no sign-in, while the spoofs on Google Sites that ask for the e-mail alone
// (the e-mail step of a Google sign-in, "enter your work e-mail to view the document" with a comment
// box below in a form of its own) still warn; and a third party's card asking in Japanese for the
// password of a Microsoft account, the one used for Gmail or to sign in to GitHub (no word breaks,
// the name first) warns, while a Japanese help article saying not to reuse or enter those passwords
// beside the site's own login, and a shop's own login with a "Google アカウントでログイン" button and
// advice against reused passwords, stay quiet.

const HOSTS = {
  'sites.google.com': 'https',
  'kyuyo-meisai-portal.com': 'https',
  'ticket-uketori.net': 'https',
  'kadai-teishutsu.jp': 'https',
  'help.sasanqua-notes.example': 'https',
  'mypage.hinoki-shoten.example': 'https',
};

const PAGES = [
  {'name': 'gsites-contact-form', 'host': 'sites.google.com', 'path': '/view/l8-maplewood-tech/help', 'expect': 'none', 'what': 'A school\'s Google Sites page headed "Google Workspace help desk" with a contact form: name, e-mail, a message box and Send'},
  {'name': 'gsites-email-step-google', 'host': 'sites.google.com', 'path': '/view/l8-account-review/home', 'expect': 'danger', 'provider': 'google', 'what': 'The e-mail step of a Google sign-in on a Google Sites page: "Sign in", "Use your Google Account", "Email or phone", Next'},
  {'name': 'gsites-work-email-lure', 'host': 'sites.google.com', 'path': '/view/l8-shared-invoice/home', 'expect': 'danger', 'provider': 'google', 'what': 'A Google Sites "Google Drive" card asking for the work e-mail to view a shared invoice (Next), a comment box below it in a form of its own'},
  {'name': 'ja-payroll-microsoft', 'host': 'kyuyo-meisai-portal.com', 'path': '/meisai/unlock', 'expect': 'danger', 'provider': 'microsoft', 'what': 'A Japanese payroll site under its own name whose card, with no logo, says "Microsoft アカウントのパスワードを入力してください" above an e-mail and a password box'},
  {'name': 'ja-tickets-gmail', 'host': 'ticket-uketori.net', 'path': '/orders/hold', 'expect': 'danger', 'provider': 'google', 'what': 'A Japanese ticket site under its own name whose card asks for "Gmail で使っているパスワード" above a password box, no logo'},
  {'name': 'ja-course-github', 'host': 'kadai-teishutsu.jp', 'path': '/kadai/teishutsu', 'expect': 'danger', 'provider': 'github', 'what': 'A Japanese course site under its own name asking for "GitHub にサインインするときのパスワード" above a user name and a password box, no logo'},
  {'name': 'ja-help-no-reuse', 'host': 'help.sasanqua-notes.example', 'path': '/articles/password', 'expect': 'none', 'what': 'A Japanese help article: "パスワードを再利用しないでください", "Gmail で使っているパスワードを再利用しないでください", never enter the Microsoft account password elsewhere; the site\'s own login beside it'},
  {'name': 'ja-shop-own-login', 'host': 'mypage.hinoki-shoten.example', 'path': '/login', 'expect': 'none', 'what': 'A Japanese bookshop\'s own login (e-mail, password) with advice against reusing passwords and a "Google アカウントでログイン" button'},
];

module.exports = { HOSTS, PAGES };

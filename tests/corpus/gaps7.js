'use strict';
// Three detection gaps closed (tests/corpus/GAPS7.md): GitHub's mark drawn white on a dark header as
// a sign-in's only brand, and a third party's card asking for "the password you use for Gmail" (or a
// Microsoft account, or GitHub) with no logo, in English and German. Their twins stay quiet: a dark
// SaaS login with a white round logo of its own, a dark blog's footer linking to its repository with
// the white mark beside a newsletter box, a "Sign in with GitHub" button with the white mark beside the
// site's own form; a sign-up page's advice not to reuse a Gmail password, a vault's import from Google
// Chrome, a help article warning never to enter a Microsoft password elsewhere beside the site's own
// login, and a site's own login beside "Sign in with Google". And a closed shadow root at the end of a
// scrolling pane off the middle of the screen (a right-hand pane, a bottom drawer) that a load handler
// scrolls to, with its twin: a chat app whose side pane is scrolled to a closed-root call widget.

const HOSTS = {
  'codereview-gate.net': 'https',
  'repo-sync-access.com': 'https',
  'app.nightjar-analytics.example': 'https',
  'blog.kestrelbyte.dev': 'https',
  'app.tallowcone.example': 'https',
  'brackenfield-payroll.com': 'https',
  'quillon-tickets.net': 'https',
  'lernwerk-kurse.de': 'https',
  'app.pinecrest-notes.example': 'https',
  'vault.ashgrove.example': 'https',
  'help.tallowmark.example': 'https',
  'app.fernhollow.example': 'https',
  'alerts-console-hub.com': 'https',
  'ops-board-status.net': 'https',
  'chat.orchardly.example': 'https',
};

const PAGES = [
  {'name': 'white-mark-card-github', 'host': 'codereview-gate.net', 'path': '/login', 'expect': 'danger', 'provider': 'github', 'what': 'A sign-in card whose dark header holds GitHub\'s mark drawn white (inline SVG) as its only brand, no word "GitHub", username and password'},
  {'name': 'white-mark-header-github', 'host': 'repo-sync-access.com', 'path': '/session/new', 'expect': 'danger', 'provider': 'github', 'what': 'GitHub\'s dark page header with the white mark as a data: SVG <img>, "Sign in" above a username and password card, no word "GitHub"'},
  {'name': 'dark-saas-white-logo', 'host': 'app.nightjar-analytics.example', 'path': '/login', 'expect': 'none', 'what': 'A dark-themed SaaS login with its own white round logo (a white disc, a dark N) in its header and a white avatar disc above its form'},
  {'name': 'dark-blog-footer-mark', 'host': 'blog.kestrelbyte.dev', 'path': '/posts/rebase-without-fear', 'expect': 'none', 'what': 'A dark developer blog whose footer links to its repository with the white GitHub mark beside a newsletter box (no password)'},
  {'name': 'github-button-white-mark', 'host': 'app.tallowcone.example', 'path': '/login', 'expect': 'none', 'what': 'A site\'s own login with a dark "Sign in with GitHub" button holding the white mark, above its own email and password form'},
  {'name': 'payroll-text-microsoft', 'host': 'brackenfield-payroll.com', 'path': '/payslips/unlock', 'expect': 'danger', 'provider': 'microsoft', 'what': 'A payroll site under its own name whose unlock card, with no logo, asks to "Confirm the password you use for Microsoft 365"'},
  {'name': 'tickets-text-gmail', 'host': 'quillon-tickets.net', 'path': '/orders/hold', 'expect': 'danger', 'provider': 'google', 'what': 'A ticket site under its own name whose card says "To release your tickets, enter the password you use for Gmail, the mailbox the tickets were sent to." above a field labelled "Password", no logo'},
  {'name': 'course-german-github', 'host': 'lernwerk-kurse.de', 'path': '/kurs/abgabe', 'expect': 'danger', 'provider': 'github', 'what': 'A German course site under its own name asking for "das Passwort …, das du für GitHub verwendest", no logo'},
  {'name': 'signup-advice-gmail', 'host': 'app.pinecrest-notes.example', 'path': '/signup', 'expect': 'none', 'what': 'A sign-up page advising "Don\'t reuse the password you use for Gmail" under its new-password field'},
  {'name': 'vault-import-chrome', 'host': 'vault.ashgrove.example', 'path': '/import', 'expect': 'none', 'what': 'A password manager offering to "Import the passwords you saved in Google Chrome" above its master-password unlock'},
  {'name': 'help-never-enter-microsoft', 'host': 'help.tallowmark.example', 'path': '/articles/phishing', 'expect': 'none', 'what': 'A help article saying "Never enter the password you use for your Microsoft account on another site" beside the site\'s own login card'},
  {'name': 'side-pane-closed-root-github', 'host': 'alerts-console-hub.com', 'path': '/workspace', 'expect': 'danger', 'provider': 'github', 'what': 'A workspace of 5,100 elements whose right-hand notification pane (an overflow:auto aside, after its feed on screen, before it in the DOM) is scrolled to its end on load, onto a CLOSED shadow root holding a GitHub sign-in; the middle of the screen is the feed, not scrolled'},
  {'name': 'drawer-closed-root-microsoft', 'host': 'ops-board-status.net', 'path': '/board', 'expect': 'danger', 'provider': 'microsoft', 'what': 'A release board of 5,100 elements whose fixed bottom drawer (an activity log, overflow:auto) is scrolled to its end on load, onto a CLOSED shadow root holding a Microsoft sign-in; the board above is not scrolled'},
  {'name': 'side-pane-call-widget', 'host': 'chat.orchardly.example', 'path': '/room/ops', 'expect': 'none', 'what': 'A chat app of 5,100 elements whose right-hand thread pane is scrolled to its end on load, onto a call widget in a CLOSED shadow root (join, mute, share screen); no sign-in'},
  {'name': 'login-beside-google-button', 'host': 'app.fernhollow.example', 'path': '/login', 'expect': 'none', 'what': 'A site\'s own login asking for its own password beside a "Sign in with Google" button'},
];

module.exports = { HOSTS, PAGES };

'use strict';
// Frames and painted cards, sixth round: a line asking for a provider's account in one frame above
// bare password fields in another (two levels down, or on the attacker's other host), a brand spelt
// with its letters set apart one by one, and the ordinary twins of each: a page's own login or a
// comment system's in a frame under text that names a provider, a docs page quoting the provider's
// sign-in above its demo login, a shop's own letter-spaced name (tests/corpus/FRAMES6.md).

const HOSTS = {
  'blog.larchmont.example': 'https',
  'buildnotes-share.com': 'https',
  'comments.remarkly.example': 'https',
  'docs.pebblewick.example': 'https',
  'forms.repohost-cdn.net': 'https',
  'hr.corbelwood.example': 'https',
  'portal.wyncote-schools.example': 'https',
  'repohost-review.dev': 'https',
  'spacedesk.nordline.example': 'https',
  'teamdocs-viewer.net': 'https',
};

const PAGES = [
  {'name': 'account-line-two-levels-microsoft', 'host': 'teamdocs-viewer.net', 'path': '/share/q4-plan/', 'expect': 'danger', 'provider': 'microsoft', 'rule': /^frames\.claim-and-ask$/, 'trick': 'account-line-over-frame', 'what': 'Shared-file list under its own name (TeamDocs) with a fixed drawer: Microsoft squares, \'Sign in\', \'Use your Microsoft account / to continue to Outlook\'; the email and password alone in a same-origin frame inside another frame of the drawer (two levels down)', 'source': 'https://imtr.net/article/email-threat-radar-april-2025-6825, https://eye.security/blog/sneaky2fa-use-this-kql-query-to-stay-ahead-of-the-emerging-threat'},
  {'name': 'account-line-other-host-github', 'host': 'repohost-review.dev', 'path': '/pr/1182', 'expect': 'danger', 'provider': 'github', 'rule': /^frames\.claim-and-ask$/, 'trick': 'account-line-over-frame', 'what': 'Pull-request page under its own name (RepoHost Review) with a fixed card: \'Sign in\', \'Use your GitHub account / to continue to the review\'; the username and password in a frame of the attacker\'s other host (forms.repohost-cdn.net) titled only \'Sign in\'', 'source': 'https://github.com/kgretzky/evilginx2, https://www.ditmsecurity.com/blog/platform-phishing.html'},
  {'name': 'spaced-letters-github', 'host': 'buildnotes-share.com', 'path': '/notes/release-train', 'expect': 'danger', 'provider': 'github', 'trick': 'spaced-letters', 'what': 'GitHub-styled sign-in card whose only brand is \'GitHub\' spelt as six flex items with a gap between (salted with zero-size letters), above \'Sign in to continue\' and username/password', 'source': 'https://www.darktrace.com/blog/from-rockstar2fa-to-flowerstorm-investigating-a-blooming-phishing-as-a-service-platform'},
  {'name': 'spaced-own-name-login', 'host': 'spacedesk.nordline.example', 'path': '/account', 'expect': 'none', 'trick': 'spaced-letters', 'what': 'A shop\'s own sign-in whose header spells its name NORDLINE one letter a flex item with gaps, and an A-Z index of single letters, above its email/password form', 'source': 'https://www.patagonia.com/'},
  {'name': 'google-button-comment-frame', 'host': 'blog.larchmont.example', 'path': '/posts/winter-trail-gear', 'expect': 'none', 'trick': 'account-line-over-frame', 'what': 'Blog post with a \'Sign in with Google\' button to save a list and a comment system\'s own login (\'Log in to Remarkly to comment\', email and password) in a cross-origin frame', 'source': 'https://disqus.com/'},
  {'name': 'docs-quotes-google-demo-frame', 'host': 'docs.pebblewick.example', 'path': '/guides/google-sign-in', 'expect': 'none', 'trick': 'account-line-over-frame', 'what': 'Docs guide to adding Google sign-in quoting \'Use your Google Account to continue\' (in a sentence and a screenshot caption), above a same-origin frame with the demo app\'s own login', 'source': 'https://developers.google.com/identity/gsi/web/guides/overview'},
  {'name': 'partner-header-own-login-frame', 'host': 'hr.corbelwood.example', 'path': '/', 'expect': 'none', 'trick': 'account-line-over-frame', 'what': 'HR portal whose header says \'a Google Workspace partner\', with its own login (\'Log in to Corbelwood HR\', work email and password) in a same-origin frame', 'source': 'https://workspace.google.com/marketplace'},
  {'name': 'student-google-line-staff-frame', 'host': 'portal.wyncote-schools.example', 'path': '/', 'expect': 'none', 'trick': 'account-line-over-frame', 'what': 'School portal (its own name in title and header): \'Students: use your Google account\' with a Sign in with Google button, beside a same-origin frame with the staff login (\'Staff login\', the school\'s name, username and password)', 'source': 'https://support.google.com/edu/classroom/answer/6020297'},
];

module.exports = { HOSTS, PAGES };

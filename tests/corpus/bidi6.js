'use strict';
// Bidi and panes, sixth round: a CSS bidi override on a wrapper block (or `<bdo>`) that draws all
// its inline text right to left, the brand stored reversed and split across inline pieces; and the
// quiet twins: a right-to-left page in Hebrew with its own login and a "Sign in with Google" button,
// a trade counter that draws part codes mirrored with `<bdo>`. And a closed shadow root in the middle
// of a scrolling pane that a load handler scrolls into view (the window itself not scrolled), with its
// quiet twin: a chat app whose message pane scrolls to the end onto a closed-root call widget
// (tests/corpus/BIDI6.md).

const HOSTS = {
  'quota-notice-mailbox.com': 'https',
  'drive-share-expiry.net': 'https',
  'org-seat-review.dev': 'https',
  'www.sefer-hamakom.example': 'https',
  'parts.kellner-tools.example': 'https',
  'teamchat-relay.com': 'https',
  'ticketflow-desk.net': 'https',
  'chat.harrowgate.example': 'https',
};

const SOURCE = 'https://sublime.security/feeds/core/detection-rules/link-tycoon2fa-phishing-kit-non-exhaustive-a070d4e2';

const PAGES = [
  {
    name: 'bidi-wrapper-microsoft',
    host: 'quota-notice-mailbox.com',
    path: '/signin',
    expect: 'danger',
    provider: 'microsoft',
    trick: 'css-bidi-wrapper',
    what: "'Sign in to Microsoft' stored as '<span>tfos</span><b>orciM</b> ot ni ngiS' in a block with direction:rtl + unicode-bidi:bidi-override: the override on the wrapper draws its inline pieces right to left, in reverse order; 'Outlook' split the same way",
    source: SOURCE,
  },
  {
    name: 'bidi-wrapper-google',
    host: 'drive-share-expiry.net',
    path: '/view',
    expect: 'danger',
    provider: 'google',
    trick: 'css-bidi-wrapper',
    what: "'Google' split in two spans and 'Use your Google Account' stored reversed in blocks with dir=\"rtl\" in the markup and unicode-bidi:bidi-override from a style sheet rule; unbranded email/password form",
    source: SOURCE,
  },
  {
    name: 'bidi-wrapper-github',
    host: 'org-seat-review.dev',
    path: '/session/new',
    expect: 'danger',
    provider: 'github',
    trick: 'css-bidi-wrapper',
    what: "'Sign in to GitHub' as '<bdo dir=rtl><span>buH</span><span>tiG</span> ot ni ngiS</bdo>', and a line under unicode-bidi:isolate-override naming GitHub; username/password form",
    source: SOURCE,
  },
  {
    name: 'rtl-hebrew-login-google',
    host: 'www.sefer-hamakom.example',
    path: '/login',
    expect: 'none',
    kind: 'rtl-login',
    what: "A Hebrew bookshop (html dir=rtl) with its own email/password login and a 'Sign in with Google' button in <bdi>, an order code under unicode-bidi:plaintext; no override anywhere",
    source: 'https://developer.mozilla.org/en-US/docs/Web/HTML/Reference/Elements/bdi',
  },
  {
    name: 'bdo-part-codes',
    host: 'parts.kellner-tools.example',
    path: '/account',
    expect: 'none',
    kind: 'bdo-codes',
    what: 'A tool shop\'s trade-account login beside a table of part codes drawn mirrored with <bdo dir="rtl"> (pieces in spans), a mirrored line with a left-to-right override inside, and a unicode-bidi:plaintext line',
    source: 'https://developer.mozilla.org/en-US/docs/Web/HTML/Reference/Elements/bdo',
  },
  {
    name: 'pane-closed-root-microsoft',
    host: 'teamchat-relay.com',
    path: '/c/general',
    expect: 'danger',
    provider: 'microsoft',
    trick: 'closed-root-in-pane',
    what: 'Team chat of 640 messages (3,900 elements) in an overflow:auto pane; a CLOSED shadow root in the middle of the messages holds a Microsoft sign-in (logo squares, plain brand) and a load handler scrolls the pane to it; the window does not scroll',
    source: 'https://samurai.by.security.ntt/post/threat-report-by-ntt-security-tycoon-2fa-a-trending-phishing-kit, https://www.enigmasoftware.com/sharepointsecuredocumentverificationemailscam-removal/',
  },
  {
    name: 'pane-closed-root-google',
    host: 'ticketflow-desk.net',
    path: '/inbox/shared',
    expect: 'danger',
    provider: 'google',
    trick: 'closed-root-in-pane',
    what: 'Shared help-desk inbox of 620 tickets (3,700 elements) in a scrolling pane; a CLOSED shadow root in the middle holds a Google sign-in and a load handler scrolls the pane to it',
    source: 'https://blog.talosintelligence.com/new-phishing-as-a-service-tool-greatness-already-seen-in-the-wild/, https://www.ditmsecurity.com/blog/platform-phishing.html',
  },
  {
    name: 'chat-pane-call-widget',
    host: 'chat.harrowgate.example',
    path: '/room/design',
    expect: 'none',
    kind: 'chat-pane-widget',
    what: 'Team chat of 640 messages (3,900 elements) whose message pane scrolls itself to the end on load, onto a call widget in a CLOSED shadow root (join, mute, share screen); no sign-in',
    source: 'https://developer.mozilla.org/en-US/docs/Web/API/Element/attachShadow',
  },
];

module.exports = { HOSTS, PAGES };

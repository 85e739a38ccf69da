'use strict';
// Sixteenth red-team round: spoofs of Microsoft, Google and GitHub that keep the imitation out of what a DOM
// reader sees (closed shadow roots on ordinary elements, nested and declarative roots, a root made with another
// frame's attachShadow, slots, content swapped in late or on the first mouse move, words drawn by CSS, a web
// font or a canvas, a full-window Windows sign-in screen), and ordinary pages close to them that must stay quiet.
// Fixtures: tests/corpus/gen-redteam16.py. Row shape: tests/e2e/pages.js; `trick` names the family,
// `source` the write-ups followed. Write-up: tests/corpus/REDTEAM16.md.

const S = {
  crawlphish: 'https://docslib.org/doc/9968027/crawlphish-large-scale-analysis-of-client-side-cloaking-techniques-in-phishing',
  shadowDom: 'https://practicaldev-herokuapp-com.freetls.fastly.net/brinobruno/how-to-use-shadow-dom-and-honeypots-to-deter-crawlers-5831',
  eyeoShadow: 'https://developers.eyeo.com/snippets/accessing-shadow-dom-elements',
  declarative: 'https://tsecurity.de/de/1806553/Cybersecurity/Programmierung/Declarative-Shadow-DOM/',
  dashlane: 'https://blog.dashlane.com/shadow-dom-better-autofill/',
  iframeRealms: 'https://gregros.dev/post/iframes-and-when-javascript-worlds-collide',
  imperva: 'https://www.imperva.com/learn/application-security/shadow-dom/',
  tycoonNtt: 'https://samurai.by.security.ntt/post/threat-report-by-ntt-security-tycoon-2fa-a-trending-phishing-kit',
  tycoonEsentire: 'https://www.esentire.com/blog/microsoft-announces-disruption-of-tycoon-2fa-in-coordination-with-industry-partners',
  thinkst: 'https://raw.githubusercontent.com/jacobdjwilson/awesome-annual-security-reports/main/Annual%20Security%20Reports/2026/Thinkst-Scapes-Q1-2026.pdf',
  pseudo: 'https://infinitelexicon.com/pseudoelement',
  fakeFonts: 'https://lobste.rs/s/jxjgnx/phishing_template_uses_fake_fonts_decode',
  gsub: 'https://netcrook.com/glyph-substitution-table',
  phishOracle: 'https://arxiv.org/html/2407.20361v4',
  kasperskyFullscreen: 'https://www.brecorder.com/news/40386856/kaspersky-warns-over-full-screen-tricks',
  fullscreenApi: 'https://lists.w3.org/Archives/Public/public-webapps/2012OctDec/0160.html',
  fakeAlertFullscreen: 'https://blazetrends.com/device-blocked-false-microsoft-warning-shocks-users-this-is-how-you-react-correctly/',
  certitude: 'https://certitude.consulting/blog/en/abusing-modern-browser-features-for-phishing/',
};

const FA = 'closed shadow roots';
const FB = 'content swapped in late';
const FC = 'words the DOM does not hold';
const FD = 'operating-system screen';
const ORD = 'ordinary';

const spoof = (family, provider, name, host, path, trick, what, source, extra = {}) =>
  ({ name, host, path, expect: 'danger', provider, family, trick: `${family}: ${trick}`, what, source, ...extra });
const quiet = (name, host, path, trick, what, source, extra = {}) =>
  ({ name, host, path, expect: 'none', family: ORD, trick: `${ORD}: ${trick}`, what, source, ...extra });

const PAGES = [
  // A. Closed shadow roots
  spoof(FA, 'microsoft', 'nested-closed-roots-section-span-microsoft', 'fax-inbox-courier.com', '/fax/30917/',
    'a fax notice whose <section> holds a paragraph ("Incoming fax from +1 (212) 555-0143, 3 pages"); a CLOSED root on the section (no slot) holds a <span> whose own CLOSED root draws the Microsoft card (logo, "Sign in", "to view your fax", email, password), decoded from base64', 'Microsoft card two closed roots deep', [S.shadowDom, S.eyeoShadow, S.crawlphish]),
  spoof(FA, 'google', 'closed-roots-in-table-cells-google', 'sheet-access-relay.net', '/s/budget-fy26/',
    'an old-style table layout; spans inside its td, li, label, a and button each get a CLOSED root with one piece of Google’s card (the logo, "Sign in / to continue to Google Sheets", email box, password box, "Forgot password?", "Next"), the pieces base64 in a map keyed a–f; the light DOM holds no word', 'Google card split over closed roots in table cells', [S.shadowDom, S.dashlane, S.tycoonEsentire]),
  spoof(FA, 'github', 'declarative-closed-root-github', 'gist-preview-share.dev', '/login/',
    'a paragraph whose <template shadowrootmode="closed"> holds GitHub’s sign-in (octocat, "Sign in to GitHub", username, password, a real form); the paragraph’s own text is "Loading gist preview…"; no script at all', 'GitHub sign-in in a declarative closed root', [S.declarative, S.eyeoShadow]),
  spoof(FA, 'microsoft', 'closed-root-from-iframe-attachshadow-microsoft', 'payslip-secure-view.com', '/hr/payslip/',
    'a payslip notice; the page appends a hidden same-origin iframe, takes that frame’s Element.prototype.attachShadow and ShadowRoot innerHTML setter at once, and uses them to put a CLOSED root with the Microsoft card on its <article>, so a hook on this window’s attachShadow never runs', 'Microsoft card in a closed root made with another frame’s attachShadow', [S.iframeRealms, S.shadowDom]),
  spoof(FA, 'google', 'slotted-host-text-google-card', 'drive-file-handoff.net', '/file/7741/',
    'a <section> whose own children are the file name ("Q3 Budget FY26.xlsx") and the sharer ("Marta Ortiz"); a CLOSED root shows them through named slots inside Google’s sign-in card ("Sign in", "to continue to Google Drive", email, password, Next)', 'Google card around the host’s slotted text', [S.shadowDom, S.eyeoShadow]),

  // B. Content swapped in late
  spoof(FB, 'microsoft', 'swap-on-first-mouse-move-microsoft', 'invoice-preview-desk.com', '/inv/88213/',
    'an invoice page saying "Preparing secure preview…" with a cookie notice; the first mousemove, pointermove, keydown or touchstart replaces the main box with the Microsoft card (decoded from base64); the test clicks the cookie notice’s OK, which moves the pointer first', 'Microsoft card shown on the first mouse move', [S.crawlphish, S.tycoonNtt], { click: { selector: '#ok' } }),
  spoof(FB, 'github', 'delayed-decode-into-closed-root-github', 'ci-artifact-notice.dev', '/runs/5521/',
    '"Checking your browser before accessing the site" for 2.5 s, then GitHub’s sign-in (flash "Sign in to download the build artifacts of run #5521") is decoded from base64 of shifted character codes into a CLOSED root on the page’s only box; the title stays "Just a moment..."', 'GitHub sign-in decoded late into a closed root', [S.tycoonNtt, S.tycoonEsentire, S.crawlphish]),

  // C. Words the DOM does not hold
  spoof(FC, 'microsoft', 'css-counter-style-letters-microsoft', 'benefits-enrol-check.com', '/signin/',
    'a Microsoft password step where every word ("Microsoft", "Enter password", "Use your work or school account", "Password", "Forgot my password", "Sign in") is drawn letter by letter by ::before counter(k, glyphs) of an @counter-style whose symbols are the letters, picked by counter-reset on empty <i> elements; the address comes from attr() pieces; the logo is four coloured cells; title "Benefits enrolment"', 'Microsoft card drawn by CSS counters and attr()', [S.thinkst, S.pseudo, S.crawlphish]),
  spoof(FC, 'google', 'font-glyph-remap-google', 'docs-viewer-relay.net', '/view/',
    'Google’s sign-in whose DOM text is ROT13 ("Tbbtyr", "Fvta va", "gb pbagvahr gb Tbbtyr Qbpf", "Rznvy be cubar") and whose embedded web font maps each letter to the glyph of its ROT13 partner, so the page draws "Google", "Sign in", "to continue to Google Docs"; title "Shared document"', 'Google sign-in through a glyph-swapping font', [S.fakeFonts, S.gsub]),
  spoof(FC, 'github', 'canvas-drawn-card-github', 'repo-invite-accept.dev', '/invitations/',
    'GitHub’s sign-in painted on a <canvas> (octocat from its path, "Sign in to GitHub", the labels, "Forgot password?", the green "Sign in", "New to GitHub? Create an account" from a base64 word list) with transparent username and password inputs over the painted boxes; title "Repository invitation"', 'GitHub sign-in painted on a canvas', [S.phishOracle, S.thinkst]),

  // D. Operating-system screen
  spoof(FD, 'microsoft', 'windows-pin-reset-microsoft-account', 'device-unlock-prompt.com', '/signin/',
    'a full-window Windows sign-in screen (wallpaper, avatar, "Ana Kovac", a.kovac@outlook.com, "Your PIN is no longer available … Enter your Microsoft account password to set up your PIN again", Password box with the arrow, "I forgot my password", "Sign-in options", "Other user", a small Windows logo); the first click or key asks for full screen and a keyboard lock on Escape', 'Windows PIN-reset screen asking the Microsoft account password', [S.kasperskyFullscreen, S.fullscreenApi, S.fakeAlertFullscreen, S.certitude]),

  // Ordinary pages close to them that must stay quiet
  quiet('web-components-login-google-button', 'app.penwick-notes.com', '/login/', 'a notes app’s own login built from custom elements with CLOSED roots: <pw-oauth> buttons (slotted G mark / octocat, "Continue with Google", "Continue with GitHub", real OAuth links) and <pw-login> (email, "Penwick password")', 'a SaaS login made of closed-root web components', [S.imperva, S.dashlane]),
  quiet('login-with-chat-and-consent-in-closed-roots', 'portal.brackenridge-energy.com', '/account/login/', 'an energy supplier’s own login (email or account number, password) with a support chat ("Having trouble signing in?") and a cookie box naming Google Analytics and Microsoft Clarity, each in a CLOSED root', 'a login page with a chat and a consent widget in closed roots', [S.imperva]),
  quiet('declarative-root-own-signin', 'catalog.elmsworth-library.org', '/account/', 'a library catalogue whose account box is a declarative CLOSED root with its own sign-in (library card number, PIN) and "Staff: sign in with Microsoft" linking to login.microsoftonline.com', 'a site’s own sign-in in declarative shadow DOM', [S.declarative]),
  quiet('remote-desktop-web-client-signin', 'remote.calloway-dental.com', '/rdweb/webclient/', 'a dental practice’s remote-desktop web client, full window on a dark blue gradient: "Remote access", "connect to your office Windows desktop", Domain\\username, Password, Sign in', 'a remote-desktop web client’s own sign-in', [S.kasperskyFullscreen]),
  quiet('paywall-on-first-mouse-move', 'www.tidemark-courier.com', '/2026/harbour-plan/', 'a local paper’s article whose "Sign in to keep reading" box (Continue with Google / Continue with Microsoft, real OAuth links, an email box) appears on the first mouse move; the test clicks the cookie notice’s OK', 'a news paywall shown on the first mouse move', [S.crawlphish], { click: { selector: '#ok' }, settleMs: 3000 }),
];

const HOSTS = Object.fromEntries([...new Set(PAGES.map((p) => p.host))].map((h) => [h, 'https']));

module.exports = { HOSTS, PAGES };

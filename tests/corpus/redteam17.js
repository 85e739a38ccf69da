'use strict';
// Seventeenth red-team round: spoofs of Microsoft, Google and GitHub that look for a watcher in the page (a
// patched prototype whose source is not native code, webdriver) and then draw the card another way, cards off
// the middle of the window (a corner, the left third, a bottom sheet) in closed or declarative shadow roots or a
// root made late with another frame's attachShadow, wordmarks drawn as text (a clipped gradient, SVG <text>,
// outlined letters in shuffled order), Windows and app lock screens with other titles, and ordinary pages close
// to them that must stay quiet.
// Fixtures: tests/corpus/gen-redteam17.py. Row shape: tests/e2e/pages.js; `trick` names the family,
// `source` the write-ups followed. Write-up: tests/corpus/REDTEAM17.md.

const S = {
  crawlphish: 'https://docslib.org/doc/9968027/crawlphish-large-scale-analysis-of-client-side-cloaking-techniques-in-phishing',
  tracio: 'https://tracio.ai/docs/bot-detection',
  tripwire: 'https://tripwirejs.com/docs/detection-categories',
  antiMonkeyPatch: 'https://jscrambler.com/whats-new?utm_source=blog.jscrambler.com&utm_medium=referral',
  tycoonNtt: 'https://samurai.by.security.ntt/post/threat-report-by-ntt-security-tycoon-2fa-a-trending-phishing-kit',
  iframeRealms: 'https://gregros.dev/post/iframes-and-when-javascript-worlds-collide',
  shadowDom: 'https://practicaldev-herokuapp-com.freetls.fastly.net/brinobruno/how-to-use-shadow-dom-and-honeypots-to-deter-crawlers-5831',
  eyeoShadow: 'https://developers.eyeo.com/snippets/accessing-shadow-dom-elements',
  declarative: 'https://tsecurity.de/de/1806553/Cybersecurity/Programmierung/Declarative-Shadow-DOM/',
  imperva: 'https://www.imperva.com/learn/application-security/shadow-dom/',
  cssLogos: 'https://gitblind.noratr.app/kmanev073/google-chrome-built-in-ai-challenge',
  inkyTableLogo: 'https://www.inky.com/news/how-phishing-attacks-spoofing-microsoft-are-evading-security-detection',
  splitCells: 'https://www.scmagazine.com/news/application-security/scammers-imitate-windows-logo-with-html-tables-to-slip-through-email-gateways',
  inlineSvgLogo: 'https://rulehound.com/rules/6eccc2',
  googleGradient: 'https://techdailyfeed.com/how-googles-subtle-logo-change-can-keep-you-from-getting-scammed',
  phishOracle: 'https://arxiv.org/html/2407.20361v4',
  kasperskyFullscreen: 'https://www.brecorder.com/news/40386856/kaspersky-warns-over-full-screen-tricks',
  fakeAlertFullscreen: 'https://blazetrends.com/device-blocked-false-microsoft-warning-shocks-users-this-is-how-you-react-correctly/',
  fakePasswordPopup: 'https://umatechnology.org/?p=572697',
  teamsNetsec: 'https://www.netsec.news/phishing-campaign-spoofs-microsoft-teams/',
  teamsMuo: 'https://thebetterparent.com/2020/10/microsoft-teams-users-become-a-target-for-phishing-makeuseof/amp/',
  sharedDocs: 'https://safecomputing.umich.edu/protect-yourself/phishing-scams/shared-documents',
  windowsPasswordWarning: 'https://hide.expert/ua/blog/Windows-11-adds-a-warning-when-you-copy-and-paste-your-password',
  googleLogoHistory: 'https://howlingpixel.com/i-en/Google_logo',
};

const FA = 'a watcher found, another path';
const FB = 'off the middle, in closed roots';
const FC = 'wordmarks drawn as text';
const FD = 'lock screens';
const ORD = 'ordinary';

const spoof = (family, provider, name, host, path, trick, what, source, extra = {}) =>
  ({ name, host, path, expect: 'danger', provider, family, trick: `${family}: ${trick}`, what, source, ...extra });
const quiet = (name, host, path, trick, what, source, extra = {}) =>
  ({ name, host, path, expect: 'none', family: ORD, trick: `${ORD}: ${trick}`, what, source, ...extra });

const PAGES = [
  // A. A watcher found, another path
  spoof(FA, 'microsoft', 'native-check-foreign-realm-card-microsoft', 'remittance-slip-view.com', '/advice/4471/',
    'a remittance advice that reads some twenty DOM, event, network and input functions through a clean iframe’s Function.prototype.toString (so a patched toString cannot hide a patch) and checks navigator.webdriver and automation globals; with no watcher the Microsoft card ("to view remittance advice RA-4471") is plain markup, with one it is parsed by the frame’s createContextualFragment into a CLOSED root made by the frame’s attachShadow, put in with the frame’s appendChild, and the frame is removed', 'Microsoft card drawn through a clean frame when the page is watched', [S.tracio, S.tripwire, S.antiMonkeyPatch, S.crawlphish, S.iframeRealms]),
  spoof(FA, 'google', 'native-check-svg-blob-card-google', 'drive-scan-notice.net', '/file/d/8812/',
    'the same check; with no watcher Google’s password step is plain markup, with one every word ("Google" in tspans, "Welcome", the address, "Your Gmail password is required to open this file", "Enter your password", "Forgot password?", "Next") is drawn by an SVG built at run time and shown as a blob: background image, under a transparent password box and button; title "Scan_0412.pdf"', 'Google password step painted as an image when the page is watched', [S.tracio, S.tripwire, S.phishOracle, S.sharedDocs]),

  // B. Off the middle, in closed roots
  spoof(FB, 'github', 'corner-nested-declarative-closed-github', 'build-runner-status.dev', '/runs/',
    'a CI runner status table; in the bottom-right corner (fixed, 360 px wide) a declarative CLOSED root holds a <span> whose own declarative CLOSED root holds GitHub’s sign-in ("Your session has expired…", "Sign in to GitHub", username filled in, password); no script', 'GitHub sign-in in a corner, two declarative closed roots deep', [S.declarative, S.eyeoShadow, S.shadowDom]),
  spoof(FB, 'microsoft', 'left-third-custom-element-outlook-new', 'mailbox-migrate-desk.com', '/owa/',
    'title "Outlook (new)": a blurred mailbox fills the window and a custom element whose constructor attaches a CLOSED root pins the Microsoft sign-in to the left third ("Outlook (new) needs you to sign in again", address filled in, password)', 'Microsoft sign-in in the left third, in a custom element’s closed root', [S.shadowDom, S.imperva, S.teamsNetsec]),
  spoof(FB, 'google', 'bottom-sheet-idle-closed-root-google', 'file-courier-hub.net', '/open/',
    'a blurred invoice preview with a bottom sheet across the foot of the window (48% of its height), a CLOSED root attached when the browser is idle: the Google logo, "Verify it’s you", "Your Gmail password is required to open this file.", the address, password, Next; title "Scan_0412.pdf"', 'Google password step in a bottom sheet in a closed root', [S.shadowDom, S.sharedDocs, S.crawlphish]),
  spoof(FB, 'microsoft', 'late-foreign-realm-corner-windows-11', 'pc-upgrade-assistant.com', '/upgrade/',
    'title "Windows 11": an upgrade progress page; after 3 s a hidden iframe is made, its Element.prototype.attachShadow puts a CLOSED root on an <aside> in the top-right corner, its ShadowRoot innerHTML setter fills in the Microsoft card ("Sign in with your Microsoft account password to continue the upgrade"), and the iframe is removed', 'Microsoft card in a corner, a closed root made late with a removed frame’s attachShadow', [S.iframeRealms, S.tycoonNtt, S.crawlphish], { timeoutMs: 12000 }),

  // C. Wordmarks drawn as text
  spoof(FC, 'google', 'gradient-clipped-wordmark-google', 'mail-quota-center.net', '/quota/',
    'Google’s card with no logo image: "Google" is the text "Go"+"og"+"le" in three spans painted by one hard-stop gradient in colours a step off Google’s (#4286f5, #eb4436, #fbbd06, #35a954) clipped to the text (background-clip:text, color transparent), "Sign in" likewise split; "Your mailbox is full. Enter your Google Account password to keep receiving email in Gmail."; title "Storage full"', 'Google wordmark as gradient-clipped split text', [S.googleGradient, S.cssLogos, S.splitCells]),
  spoof(FC, 'microsoft', 'svg-text-wordmark-microsoft', 'expense-claim-review.com', '/claims/',
    'the Microsoft password step whose four squares (#f35325, #81bc06, #05a6f0, #ffba08), "Microsoft", the address, "Enter password", "to approve your expense claim EC-3390", "Forgot my password" and the button’s "Sign in" are inline SVG <text> with one <tspan> per letter; only the password box is HTML; title "Expense claim"', 'Microsoft card whose words are SVG text', [S.inlineSvgLogo, S.inkyTableLogo, S.cssLogos]),
  spoof(FC, 'github', 'outlined-shuffled-letters-github', 'repo-transfer-notice.dev', '/transfer/',
    'GitHub’s sign-in with no octocat: the wordmark is the letters of "GitHub" in the DOM order i,H,b,G,t,u put right by CSS order in a flex row and drawn as outlined text (-webkit-text-stroke, #1e2227); "Sign in to GitHub", "Username or email address" and "Password" are shuffled the same way (words or letters); "Sign in to accept the transfer of fabrikam/warehouse-api"', 'GitHub wordmark as outlined letters in shuffled DOM order', [S.splitCells, S.cssLogos, S.phishOracle]),

  // D. Lock screens
  spoof(FD, 'microsoft', 'windows-security-credential-dialog', 'mailbox-sync-check.com', '/sync/',
    'title "Windows Security": a Windows 11 desktop (wallpaper, taskbar with the Windows logo) under a credential dialog "Windows Security / Microsoft Outlook / Connecting to d.okafor@outlook.com / Sign in with your Microsoft account password to continue", the account tile, Password, "Remember my credentials", OK and Cancel', 'Windows Security credential prompt asking the Microsoft account password', [S.fakePasswordPopup, S.kasperskyFullscreen, S.fakeAlertFullscreen]),
  spoof(FD, 'microsoft', 'teams-session-expired-lock', 'meeting-join-relay.com', '/join/',
    'title "Microsoft Teams": a dark Teams app frame (title bar with a drawn "T" logo, app rail) with "Your session has expired", the account, "Sign in with your Microsoft account password to rejoin the meeting …", a password box and Sign in', 'Microsoft Teams lock screen asking the Microsoft account password', [S.teamsNetsec, S.teamsMuo, S.kasperskyFullscreen]),

  // Ordinary pages close to them that must stay quiet
  quiet('windows-download-newsletter', 'get.quillpad-editor.com', '/download/windows/', 'a text editor’s download page titled "Windows": installers for Windows 11/10 (x64, Arm64), requirements, winget, and a newsletter sign-up (name, email)', 'a software download page titled "Windows"', [S.kasperskyFullscreen]),
  quiet('remote-support-technician-signin', 'help.tidewell-support.com', '/portal/login/', 'a remote-support company’s portal on a dark page: its own technician sign-in (email, password) and a box to join a session by 6-digit code, naming Windows 11/10 and macOS', 'a remote-support portal’s own sign-in', [S.fakeAlertFullscreen]),
  quiet('design-blog-google-wordmark-header', 'www.kerning-and-co.blog', '/2026/four-colour-wordmark/', 'a design blog post on Google’s wordmark: "Google" set as 88 px coloured text in the post header, and the blog’s own member login (email, password) in the site header', 'a design blog with Google’s coloured wordmark as text beside its own login', [S.googleLogoHistory, S.googleGradient]),
  quiet('it-help-never-type-microsoft-password', 'it.brennan-college.edu', '/help/passwords/', 'a college IT page: "Never type your Microsoft password anywhere except login.microsoftonline.com", quoting "sign in with your Microsoft account password to continue" as a warning sign, beside the help desk portal’s own login (help desk username, help desk password)', 'a help page warning about the Microsoft password, beside its own login', [S.windowsPasswordWarning, S.sharedDocs]),
  quiet('component-library-closed-root-login-demo', 'lumen-ui.dev', '/components/login-card/', 'a web component library’s docs: the login-card demo in the middle of the page ("Sign in to Acme", email, password, Sign in) built from custom elements with CLOSED roots, and its code sample', 'a component library’s closed-root login demo', [S.imperva, S.shadowDom]),
];

const HOSTS = Object.fromEntries([...new Set(PAGES.map((p) => p.host))].map((h) => [h, 'https']));

module.exports = { HOSTS, PAGES };

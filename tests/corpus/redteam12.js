'use strict';
// Twelfth red-team round: spoofs of Microsoft, Google, GitHub and Azure DevOps built from public write-ups
// of current kits, in six families (words only as pixels, words shuffled in the DOM, only the second
// factor, account picker and passkey downgrade, gated behind a human check, quishing), and ordinary pages
// close to them that must stay quiet.
// Fixtures: tests/corpus/gen-redteam12.py. Row shape: tests/e2e/pages.js; `trick` names the family,
// `source` the write-ups followed. Write-up: tests/corpus/REDTEAM12.md.

const S = {
  svgSpamtitan: 'https://spamtitan.com/blog/svg-image-files-phishing-malware-delivery',
  svgPhishpond: 'https://phishpond.dev/articles/svg-phishing-payloads-seg-bypass-mechanics',
  svgMicrosoft: 'https://securitybrief.com.au/story/microsoft-details-ai-powered-defences-against-novel-svg-phishing',
  svgCyberal: 'https://cyberalsolutions.com/blog/that-harmless-looking-image-attachment-might-be-a-phishing-page.html',
  crawlphish: 'https://docslib.org/doc/9968027/crawlphish-large-scale-analysis-of-client-side-cloaking-techniques-in-phishing',
  tycoon: 'https://samurai.by.security.ntt/post/threat-report-by-ntt-security-tycoon-2fa-a-trending-phishing-kit',
  tycoonSublime: 'https://detection.fyi/sublime-security/sublime-rules/link_tycoon',
  tycoonTakedown: 'https://www.imtr.net/article/tycoon-2fa-goes-boom-as-europol-vendors-bust-phishing-platform-6cda',
  aitmCade: 'https://getcade.ai/blog/aitm-phishing-detection/',
  aitmPrimefaktor: 'https://www.primefaktor.at/blog/2026-03-30_phishing-resistant-mfa/',
  aitmCodes: 'https://epoch-techsolutions.com/tech-blogs/scammers-can-easily-phish-your-multi-factor-authentication-codes-heres-how-to-avoid-it',
  aitmLyrie: 'https://lyrie.ai/research/research/2026-05-13-04-deepdive-passkey-fido2-enterprise-migration-playbook-aitm-defense',
  downgradeHive: 'https://hivesecurity.gitlab.io/blog/passkeys-fido2-passwordless-authentication-guide',
  downgradeExpel: 'https://www.thenextgentechinsider.com/fido-mfa-downgrade-threat-emerges',
  downgradeEpic: 'https://www.epicit.com.au/?p=15799',
  downgradePath: 'https://techbrandon.github.io/passkey-path/security/downgrade-attacks/',
  quishEast: 'https://www.windowsnews.ai/article/advanced-qr-code-phishing-targets-microsoft-365-how-to-defend-against-the-rising-threat.373695',
  quishIronsights: 'https://ironsights.com.au/resources/insights/qr-code-phishing-attacks-australia-2024',
  quishGemxit: 'https://www.gemxit.au/agent_foskett/the-qr-code-was-trusted',
  turnstileAuth: 'https://app.partymastersaz.com/help/verification-challenge-overview',
};

const FP = 'words only as pixels';
const FQ = 'words shuffled in the DOM';
const FM = 'only the second factor';
const FK = 'account picker and passkey downgrade';
const FG = 'gated behind a human check';
const FX = 'quishing';
const ORD = 'ordinary';

const spoof = (family, provider, name, host, path, trick, what, source, extra = {}) =>
  ({ name, host, path, expect: 'danger', provider, family, trick: `${family}: ${trick}`, what, source, ...extra });
const quiet = (name, host, path, trick, what, source, extra = {}) =>
  ({ name, host, path, expect: 'none', family: ORD, trick: `${ORD}: ${trick}`, what, source, ...extra });

const PAGES = [
  // P. The words exist only as pixels
  spoof(FP, 'microsoft', 'ms-canvas-card', 'docview-cloudstore.com', '/auth/',
    'the whole Microsoft card (tiles, "Microsoft", "Sign in", field hints, "Next") drawn on a canvas; transparent inputs with no placeholder lie over it; the title is a zero-width space', 'Microsoft sign-in drawn on a canvas', [S.svgSpamtitan, S.crawlphish]),
  spoof(FP, 'microsoft', 'ms-svg-invoice-foreignobject', 'inv-share-portal.com', '/view/INV-20931/',
    'a full-page SVG: a blurred invoice, the Microsoft tiles and "Sign in to view document" as SVG <text>, the e-mail and password fields in a <foreignObject>', 'Microsoft prompt inside an SVG document', [S.svgSpamtitan, S.svgPhishpond, S.svgMicrosoft]),
  spoof(FP, 'github', 'gh-canvas-png-labels', 'enterprise-sso-gateway.net', '/login/',
    'the octocat and GitHub’s sign-in box, but "Sign in to GitHub", the labels, the button word and "New to GitHub?" are PNG images painted from a canvas with empty alt', 'GitHub sign-in whose words are images', [S.svgCyberal, S.crawlphish]),
  spoof(FP, 'azure-devops', 'ado-canvas-banner', 'contoso-eng-pipelines.net', '/_signin/',
    'the blue Azure DevOps bar, "Sign in to Azure DevOps", the organization line and the labels all drawn on canvases; the inputs are real', 'Azure DevOps sign-in drawn on canvases', [S.svgSpamtitan, S.crawlphish]),

  // Q. The words are shuffled in the DOM and put back in order by CSS
  spoof(FQ, 'microsoft', 'ms-flex-order-letters', 'mailbox-quota-notice.net', '/signin/',
    'Microsoft card whose brand and heading are letters (and hints, links, button are words) in shuffled DOM order, put back by flex `order`; placeholders are a space and the hints are spans', 'Microsoft sign-in with letters shuffled in the DOM', [S.crawlphish, S.tycoon]),
  spoof(FQ, 'google', 'google-abs-letters-reversed', 'mailbox-verify-center.com', '/signin/v2/',
    'Google card whose every word is letters in reversed DOM order, each absolutely positioned by a script at load', 'Google sign-in with letters reversed in the DOM', [S.crawlphish, S.aitmCade]),
  spoof(FQ, 'github', 'gh-grid-words', 'org-invite-review.com', '/login/',
    'GitHub sign-in whose heading, labels, button and footer words are placed by CSS grid columns from a shuffled DOM order', 'GitHub sign-in with words shuffled in the DOM', [S.crawlphish]),

  // M. Only the second factor: the relay's MFA step
  spoof(FM, 'microsoft', 'ms-approve-number', 'contoso-hr-benefits.com', '/common/SAS/',
    'Microsoft "Approve sign in request": the victim’s e-mail, "enter the number shown" and a big 47, no input at all (the relay polls)', 'Microsoft number-matching step', [S.aitmCade, S.aitmPrimefaktor, S.tycoonTakedown]),
  spoof(FM, 'microsoft', 'ms-sms-enter-code', 'docsafe-transfer.com', '/common/SAS/ProcessAuth/',
    'Microsoft "Enter code": "We texted your phone +X XXXXXXXX86", a one-time-code box and Verify; no password', 'Microsoft SMS-code step', [S.aitmCodes, S.aitmCade]),
  spoof(FM, 'google', 'google-2sv-code', 'storage-alert-center.com', '/signin/challenge/ipp/',
    'Google "2-Step Verification" with the account chip, "G-" code box, "Try another way"', 'Google 2-Step Verification step', [S.aitmCodes, S.aitmLyrie]),
  spoof(FM, 'github', 'gh-2fa-totp', 'repo-security-review.com', '/sessions/two-factor/app/',
    'GitHub "Two-factor authentication": "Authentication code", Verify, the TOTP hint and the passkey / GitHub Mobile / recovery-code links', 'GitHub two-factor step', [S.aitmCodes, S.aitmCade]),

  spoof(FM, 'google', 'google-2sv-tap-number', 'storage-alert-center.com', '/signin/challenge/dp/',
    'Google "2-Step Verification": "Check your Pixel 8", tap Yes then tap 47 on your phone; no input (the relay polls)', 'Google phone-prompt step', [S.aitmCade, S.aitmLyrie]),
  spoof(FM, 'github', 'gh-mobile-number', 'repo-security-review.com', '/sessions/two-factor/mobile/',
    'GitHub "Two-factor authentication": "We sent you a sign-in request on your GitHub Mobile app", digits 73; no input', 'GitHub Mobile approval step', [S.aitmCade, S.aitmCodes]),
  spoof(FM, 'microsoft', 'ms-verify-identity-methods', 'contoso-hr-benefits.com', '/common/SAS/BeginAuth/',
    'Microsoft "Verify your identity": the victim’s e-mail and the list of methods (Authenticator, code, text, call) as buttons; no input', 'Microsoft MFA method chooser', [S.aitmCade, S.aitmPrimefaktor]),
  spoof(FM, 'github', 'gh-device-verification', 'repo-security-review.com', '/sessions/verified-device/',
    'GitHub "Device verification": the e-mailed code box after "an unusual sign-in from a new device"; no password', 'GitHub device-verification step', [S.aitmCodes, S.aitmCade]),

  // K. The account picker and the passkey downgrade
  spoof(FK, 'microsoft', 'ms-pick-account', 'contoso-payroll-docs.com', '/common/reprocess/',
    'Microsoft "Pick an account" with the victim’s tile ("Signed in") and "Use another account"; the password box appears only after the tile is chosen', 'Microsoft account picker', [S.tycoon, S.aitmCade]),
  spoof(FK, 'google', 'google-choose-account', 'viewer-share-files.com', '/accountchooser/',
    'Google "Choose an account to continue to Drive Viewer" with the victim’s tile and the sharing notice; the password box after the choice', 'Google account chooser', [S.tycoon, S.aitmLyrie]),
  spoof(FK, 'microsoft', 'ms-passkey-failed-password', 'passkey-update-portal.com', '/common/fido/',
    'Microsoft "Enter password" under a red box "We couldn’t sign you in with your face, fingerprint, PIN or security key" and "Sign in another way"', 'Microsoft passkey downgrade to password', [S.downgradeExpel, S.downgradeHive, S.downgradeEpic]),
  spoof(FK, 'github', 'gh-passkey-failed-password', 'passkeys-setup-center.com', '/login/',
    'GitHub sign-in under a flash "Passkey sign-in failed … Sign in with your password instead"', 'GitHub passkey downgrade to password', [S.downgradeHive, S.downgradePath]),
  spoof(FK, 'azure-devops', 'ado-account-type-picker', 'contoso-eng-builds.com', '/_signin/',
    'Azure DevOps bar and "It looks like this email is used with more than one account": work or personal, then a password box', 'Azure DevOps account-type chooser', [S.tycoon, S.aitmCade]),

  spoof(FK, 'azure-devops', 'ado-account-type-picker-chosen', 'contoso-eng-builds.com', '/_signin/',
    'the same Azure DevOps chooser after the person picks "Work or school account" (the row clicks it): the password box shows', 'Azure DevOps account-type chooser, work account chosen', [S.tycoon, S.aitmCade],
    { click: { selector: '#t' } }),

  // G. Gated behind a human check
  spoof(FG, 'microsoft', 'ms-turnstile-click-gate', 'envelope-review-sign.com', '/s/8841/',
    'a Cloudflare Turnstile look-alike ("Verify you are human"); clicking the box rewrites the document into a Microsoft sign-in', 'Microsoft sign-in behind a Turnstile box', [S.tycoon, S.tycoonSublime],
    { click: { selector: '#cb' } }),
  spoof(FG, 'google', 'google-five-second-check', 'secure-inbox-check.com', '/mail/',
    '"Checking if the site connection is secure" for 5.2 s, then document.write of a Google sign-in', 'Google sign-in behind a 5-second interstitial', [S.tycoonSublime, S.crawlphish],
    { timeoutMs: 12000 }),
  spoof(FG, 'microsoft', 'ms-check-then-authorize-path', 'fabrikam-voicemail.com', '/vm/',
    'an automatic check, then history.replaceState to /common/oauth2/v2.0/authorize?… and document.write of a Microsoft sign-in with the e-mail prefilled', 'Microsoft sign-in after the page rewrites its address', [S.tycoon, S.tycoonSublime]),

  // X. Quishing: the page is the QR code
  spoof(FX, 'microsoft', 'ms-qr-proofup', 'contoso-it-servicedesk.com', '/proofup/',
    'Microsoft "Keep your account secure": the Authenticator registration "expires", scan the QR code and sign in on your phone', 'Microsoft MFA re-registration with a QR code', [S.quishEast, S.quishIronsights, S.quishGemxit]),
  spoof(FX, 'google', 'google-qr-verify', 'account-protect-verify.com', '/signin/challenge/qr/',
    'Google "Verify it’s you": unusual activity, scan the QR code and sign in on your phone', 'Google verification with a QR code', [S.quishIronsights, S.quishGemxit]),

  spoof(FX, 'microsoft', 'ms-teams-qr-relink', 'fabrikam-voicemail.com', '/teams/relink/',
    'Microsoft card "Sign in on your phone": the Teams session expired, scan the code and sign in with your work account; no inputs', 'Teams re-sign-in with a QR code', [S.quishEast, S.quishGemxit]),

  spoof(FX, 'google', 'google-qr-2sv', 'account-protect-verify.com', '/signin/challenge/qr2/',
    'the Google QR page again, under "2-Step Verification" with the account chip: scan and sign in on your phone; no inputs', 'Google 2-Step Verification with a QR code', [S.quishIronsights, S.quishEast]),

  // Ordinary pages close to them that must stay quiet
  quiet('own-canvas-wordmark-login', 'account.pixelforge-games.com', '/login/', 'a game studio’s own login whose wordmark is drawn on a canvas', 'a site’s own login with a canvas logo', [S.crawlphish]),
  quiet('own-totp-step', 'app.ledgerly.io', '/login/2fa/', 'an accounting app’s own two-step page: "Enter the 6-digit code from your authenticator app"', 'a site’s own TOTP step', [S.aitmCodes]),
  quiet('own-profile-chooser', 'www.lumen-tv.com', '/profiles/', 'a streaming service’s "Choose an account" profile page with a PIN box', 'a site’s own profile chooser', [S.aitmCade]),
  quiet('own-passkey-fallback', 'www.trailhead-outfitters.com', '/account/login/', 'a shop’s own login: "Your passkey couldn’t be used on this device. Sign in with your password instead."', 'a site’s own passkey fallback', [S.downgradeHive]),
  quiet('cloudflare-check-blog', 'www.crumb-and-crust.blog', '/sourdough-at-altitude/', 'a "Just a moment… Checking if the site connection is secure" page that becomes a recipe blog with a newsletter box', 'a real interstitial before a blog', [S.tycoonSublime, S.turnstileAuth]),
  quiet('it-help-number-matching', 'it.northfield-university.edu', '/kb/mfa-number-matching/', 'a university IT page on Authenticator number matching with an example "47"', 'an IT help page on number matching', [S.aitmPrimefaktor]),
  quiet('own-qr-login', 'web.chatterbox-app.com', '/login/', 'a chat app’s web client: "Log in with QR code" from its own phone app', 'a site’s own QR sign-in', [S.quishIronsights]),
  quiet('portfolio-shuffled-letters', 'studio-halden.design', '/', 'a design studio’s page whose headline letters are flex-ordered spans, with a "Sign in with Google" guestbook button', 'a portfolio with animated letters', [S.crawlphish]),
  quiet('own-number-matching-bank', 'online.northbank-cu.org', '/login/approve/', 'a credit union’s own "Approve in the app": tap the number 47', 'a site’s own number-matching step', [S.aitmPrimefaktor]),
  quiet('own-workspace-picker', 'app.crewboard.io', '/signin/choose/', 'a team app’s own "Choose a workspace" after sign-in, with "Use another account"', 'a site’s own workspace chooser', [S.aitmCade]),
];

const HOSTS = Object.fromEntries([...new Set(PAGES.map((p) => p.host))].map((h) => [h, 'https']));

module.exports = { HOSTS, PAGES };

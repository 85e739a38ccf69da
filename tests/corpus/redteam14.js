'use strict';
// Fourteenth red-team round: spoofs of Microsoft, Google, GitHub and Azure DevOps built from public write-ups
// of current kits, in four families (mail-settings and mailbox lures, keys and secrets, frames that appear
// late, newer kit tricks a DOM and pixel reader may miss), and ordinary pages close to them that must stay
// quiet.
// Fixtures: tests/corpus/gen-redteam14.py. Row shape: tests/e2e/pages.js; `trick` names the family,
// `source` the write-ups followed. Write-up: tests/corpus/REDTEAM14.md.

const S = {
  revalidate: 'https://www.hoax-slayer.net/re-validate-your-mailbox-email-phishing-scam/',
  storageImap: 'https://itfunk.org/cyber-threats/online-scams/mailbox-storage-re-validation-scam',
  quotaNotice: 'http://support.telesites.net/kb/a11/alert-your-mailbox-has-exceeded-it-storage-limit.aspx',
  imapVerify: 'https://www.2-remove-virus.com/it/rimuovi-imap-pop3-mail-server-verification-failure-email-di-phishing',
  imapWebmail: 'https://www.2-remove-virus.com/it/rimuovere-lemail-webmail-problema-del-processo-di-autenticazione-imap/amp',
  imapSession: 'https://www.enigmasoftware.com/serverimapsessionauthenticationemailscam-removal/',
  scanRelay: 'https://help.marconet.com/setting-up-an-unauthenticated-mail-relay',
  scanM365: 'https://macmyths.com/how-to-setup-scanner-to-email-using-microsoft-365-account',
  scanChanges: 'https://computerclinic.nz/blog/scan-to-email-changes',
  aspGigabit: 'https://www.gigabitsys.com/news/hackers-gain-backdoor-to-yo',
  aspSecurityNl: 'https://www.security.nl/posting/892867/Google+waarschuwt+voor+phishingaanval+die+via+%27app+password%27+MFA+omzeilt?channel=rss',
  mailSetup: 'https://www.nashtechinc.com/web-services/email-setup-support/',
  aiKeyLure: 'https://www.gorganizer.net/explain/fake-ai-api-key-leak-lure',
  aiKeyRotation: 'https://gorganizer.net/explain/fake-ai-api-key-expiry-rotation-phish',
  awsRotate: 'https://www.gorganizer.net/explain/fake-aws-free-tier-expiration-iam-rotate-lure',
  apiKeyPhish: 'https://middlebrick.pages.dev/security/auth/api-keys/phishing-api-keys',
  rogueApps: 'https://thisisinnovate.co.uk/insights/how-cloud-identity-access-governance-prevents-rogue-app-registrations?hs_amp=true',
  consentGrant: 'https://servtep.github.io/MCADDF/02_Initial/IA-PHISH-002_Consent_Grant.html',
  branding: 'https://servtep.github.io/MCADDF/02_Initial/IA-PHISH-004_Branding.html',
  recoveryKey: 'https://panicstation.pages.dev/us/your-device-suddenly-asks-for-a-disk-encryption-recovery-key-after-a-restart',
  herokuOauth: 'https://safeguard.sh/resources/blog/heroku-github-oauth-token-theft',
  tycoon: 'https://samurai.by.security.ntt/post/threat-report-by-ntt-security-tycoon-2fa-a-trending-phishing-kit',
  tycoonSublime: 'https://sublime.security/feeds/core/detection-rules/link-tycoon2fa-phishing-kit-non-exhaustive-a070d4e2',
  sneaky2fa: 'https://eye.security/blog/sneaky2fa-use-this-kql-query-to-stay-ahead-of-the-emerging-threat',
  mamba: 'https://itpartners.co.nz/post/phishing-as-a-service-phaas---what-you-need-to-know-about-the-emerging-threat-and-how-to-keep-your-business-safe',
  blobCofense: 'https://hackerpranks.com/blog/2278',
  blobDatalinx: 'https://datalinx.net/hackers-uncover-a-deceptive-method-to-steal-your-encrypted-login-credentials-heres-how-they-do-it',
  htmlAttachment: 'https://kaspersky.com/blog/office-phishing-html-attachment/39446',
  htmlAttachmentCentria: 'https://centriabulletin.fi/phishing/',
  platformPhishing: 'https://www.ditmsecurity.com/blog/platform-phishing.html',
  crawlphish: 'https://docslib.org/doc/9968027/crawlphish-large-scale-analysis-of-client-side-cloaking-techniques-in-phishing',
  shadowDom: 'https://practicaldev-herokuapp-com.freetls.fastly.net/brinobruno/how-to-use-shadow-dom-and-honeypots-to-deter-crawlers-5831',
  thinkst: 'https://raw.githubusercontent.com/jacobdjwilson/awesome-annual-security-reports/main/Annual%20Security%20Reports/2026/Thinkst-Scapes-Q1-2026.pdf',
  certitude: 'https://certitude.consulting/blog/en/abusing-modern-browser-features-for-phishing/',
  bitb: 'https://github.com/mrd0x/BITB/issues/5',
  storm2372: 'https://lwst.io/en/posts/microsoft-entra-device-code-phishing/',
  entraCss: 'https://justinverstijnen.nl/_print/blog/microsoft-entra/',
  qnap: 'https://www.qnap.com/vi-vn/security-news/2023/qnap-in-collaboration-with-digital-ocean-successfully-prevents-nas-weak-password-attacks-to-ensure-user-data-security',
  vercelToken: 'https://securie.ai/leak/vercel-access-token',
  secretsGuide: 'https://byte-tools.pages.dev/guides/github-security',
  newsletter: 'https://www.theguardian.com/email-newsletters',
};

const FA = 'mail settings and mailbox lures';
const FB = 'keys and secrets';
const FC = 'frames that appear late';
const FD = 'newer kit tricks';
const ORD = 'ordinary';

const spoof = (family, provider, name, host, path, trick, what, source, extra = {}) =>
  ({ name, host, path, expect: 'danger', provider, family, trick: `${family}: ${trick}`, what, source, ...extra });
const quiet = (name, host, path, trick, what, source, extra = {}) =>
  ({ name, host, path, expect: 'none', family: ORD, trick: `${ORD}: ${trick}`, what, source, ...extra });

const PAGES = [
  // A. Mail settings and mailbox lures
  spoof(FA, 'microsoft', 'ms-mailbox-revalidate-server-fields', 'mailbox-revalidate-portal.com', '/owa/revalidate/',
    'a Microsoft card "Re-validate your mailbox" (49.9 of 50 GB, "incoming messages are being rejected, re-validate your IMAP/POP3/SMTP settings"): incoming server outlook.office365.com, port 993, outgoing smtp.office365.com, 587, an SSL checkbox, then "Mailbox password"', 'mailbox-full lure with server and port fields on a Microsoft card', [S.revalidate, S.storageImap, S.quotaNotice]),
  spoof(FA, 'google', 'gmail-settings-pop3-verification', 'mail-sync-verify.net', '/gmail/settings/',
    'Gmail’s own settings look (Gmail logo and name, Settings › Accounts and Import) with a dialog "Mail server verification failure": e-mail address, username, Password, POP server pop.gmail.com, port 995, "Always use a secure connection (SSL)", Verify account', 'Gmail settings copy asking the Gmail password in a POP3 form', [S.imapVerify, S.imapWebmail, S.imapSession]),
  spoof(FA, 'microsoft', 'printer-scan-to-email-m365-password', 'mfp-cloud-setup.com', '/scan2email/',
    'a made-up printer’s Remote UI ("Orvex MFP C4020", Scan to Email › SMTP authentication) with the Microsoft logo: "Microsoft 365 retires Basic authentication for SMTP AUTH on 1 March 2026, re-authorize", smtp.office365.com, 587, STARTTLS, "Sign in with your Microsoft 365 work account", Microsoft 365 email and password', 'printer setup page harvesting the Microsoft 365 password', [S.scanRelay, S.scanM365, S.scanChanges]),
  spoof(FA, 'google', 'nas-notifications-google-password', 'homevault-nas-setup.com', '/notifications/email/',
    'a made-up NAS desktop ("HomeVault DSM 7", Control Panel › Notification › Email): "Google now requires NAS devices to verify the Google Account", provider Gmail with the G mark, smtp.gmail.com, 465, SSL, the Gmail address and "Google Account password", a "Verify with Google" button', 'NAS setup page harvesting the Google password', [S.imapSession, S.imapVerify, S.qnap]),
  spoof(FA, 'microsoft', 'ms-app-password-step', 'outlook-device-setup.com', '/apppassword/',
    'a Microsoft card "Set up Outlook on this device" whose one box is labelled "App password" (type=password, name app_password), with "if you have not created one, type your account password", and the IMAP server line', 'Microsoft card asking for an "app password" that is the account password', [S.aspGigabit, S.aspSecurityNl, S.storageImap]),

  // B. Keys and secrets
  spoof(FB, 'microsoft', 'ms-enter-secret-card', 'secure-secret-verify.com', '/common/login/',
    'a Microsoft sign-in card copy whose password step says "Enter secret": the victim’s address, one password box named secret with placeholder "Secret", "Forgot your secret?", Sign in', 'Microsoft card that calls the password a secret', [S.tycoon, S.tycoonSublime, S.sneaky2fa]),
  spoof(FB, 'github', 'gh-signin-api-key-reposentry', 'reposentry-scan.dev', '/connect/github/',
    'a made-up "RepoSentry — secret scanning" bar over GitHub’s sign-in box (octocat, "Sign in to GitHub"): username, then a box labelled "API key" with "your API key is the password you use on github.com"', 'GitHub sign-in copy whose password is called an API key', [S.aiKeyLure, S.apiKeyPhish, S.herokuOauth]),
  spoof(FB, 'microsoft', 'entra-client-secret-rollover', 'entra-app-secrets.com', '/appregistrations/secrets/',
    'the Microsoft Entra admin center look (Microsoft logo, dark bar, admin’s name, breadcrumb App registrations › hr-sync-prod, "Certificates & secrets"): "client secret expires in 2 days, verify the current secret value to roll it over", tenant ID, client ID and a "Client secret value" box', 'Entra admin center copy harvesting an app’s client secret', [S.rogueApps, S.consentGrant, S.awsRotate]),
  spoof(FB, 'microsoft', 'ms-recovery-key-five-boxes', 'account-recovery-codes.com', '/proofs/recoverykey/',
    'a Microsoft card "Enter your recovery key" ("unusual activity; enter the recovery key you saved when you turned on two-step verification"): five 5-character text boxes, no password box', 'Microsoft account recovery code asked in five boxes', [S.recoveryKey, S.branding]),
  spoof(FB, 'google', 'google-access-key-inboxzero', 'inboxzero-ai-connect.com', '/connect/gmail/',
    'a made-up "InboxZero AI" bar over Google’s card ("Connect your Gmail", the address filled in): a password box with placeholder "Access key" and "your access key is the password you use for Gmail"', 'Google card under a made-up app asking an "access key"', [S.aiKeyRotation, S.aiKeyLure, S.aspGigabit]),

  // C. Frames that appear late
  spoof(FC, 'microsoft', 'view-document-dialog-srcdoc-microsoft', 'docuvault-preview.com', '/d/PO-77812/',
    'a blurred PDF preview with "View document"; the click opens a closed <dialog> holding a sandboxed srcdoc frame with Microsoft’s sign-in ("to continue to OneDrive", email and password); nothing before the click', 'Microsoft sign-in in a srcdoc frame shown on a click', [S.htmlAttachment, S.htmlAttachmentCentria, S.tycoon], { click: { selector: '#view' } }),
  spoof(FC, 'google', 'tab-switch-cross-origin-google', 'filebox-access-portal.com', '/f/Q2-Budget/',
    'a file viewer with Preview / Details / Access tabs; the Access panel (display:none) holds a frame of another host (gauth-frame-cdn.net) with Google’s sign-in ("to continue to Google Drive"); 1.8 s after load the page switches to that tab itself', 'Google sign-in in a hidden tab panel the page switches to', [S.platformPhishing, S.tycoonSublime]),
  spoof(FC, 'github', 'blob-frame-grown-from-zero-github', 'pullrequest-review-hub.dev', '/pull/2291/',
    'a pull-request diff page with a 0×0 frame; 2 s after load a script makes a blob: document of GitHub’s sign-in (octocat, "Sign in to GitHub", username and password), points the frame at it and grows it to 420×560 in an overlay', 'GitHub sign-in in a blob: frame resized from 0×0', [S.blobCofense, S.blobDatalinx]),
  spoof(FC, 'microsoft', 'about-blank-written-on-scroll-microsoft', 'staff-enrolment-notice.com', '/2026/enrolment/',
    'a long benefits notice with an empty about:blank frame at the bottom; an IntersectionObserver writes Microsoft’s sign-in ("Acknowledge with your work account", email filled in, password) into it only when it scrolls into view, and the page scrolls there itself after 1.2 s', 'Microsoft sign-in written into about:blank on scroll', [S.crawlphish, S.htmlAttachment]),
  spoof(FC, 'azure-devops', 'offscreen-frame-after-human-check-ado', 'build-artifact-share.net', '/_artifacts/release-4.2/',
    'a "Verifying you are human…" box (Turnstile look); after 2.2 s it says Success! and a full-window same-origin frame slides in from translateX(-120vw) with the Azure DevOps bar and panel "Sign in to download artifacts", work email and password', 'Azure DevOps sign-in frame slid in after a fake human check', [S.tycoon, S.sneaky2fa, S.mamba]),

  // D. Newer kit tricks
  spoof(FD, 'microsoft', 'closed-shadow-root-microsoft-card', 'vm-message-player.com', '/vm/8812/',
    'a voicemail page whose only element is <vm-player>; the whole Microsoft sign-in card (logo, "Sign in", "to listen to your voicemail", email, password) lives in a closed shadow root', 'Microsoft card in a closed shadow root', [S.shadowDom, S.crawlphish]),
  spoof(FD, 'microsoft', 'css-content-only-text-microsoft', 'payroll-adjust-portal.com', '/common/login/',
    'a Microsoft password step where every word ("Microsoft", "Enter password", the address, "Password", "Forgot my password", "Sign in") is CSS ::after content and the logo is four coloured grid cells; the DOM holds no text and the title is a zero-width space', 'Microsoft card with its words only in CSS', [S.thinkst, S.tycoonSublime]),
  spoof(FD, 'github', 'contenteditable-password-github', 'snippet-share-preview.dev', '/login/',
    'GitHub’s sign-in copy (octocat, "Sign in to GitHub", Username or email address) whose password box is a contenteditable div masked with -webkit-text-security:disc; no password input and no form, the values go out by fetch', 'GitHub sign-in with no password input', [S.crawlphish, S.platformPhishing]),
  spoof(FD, 'google', 'svg-picture-with-clear-inputs-google', 'drive-share-access.net', '/file/d/1Qx/',
    'Google’s sign-in drawn as one SVG image (coloured "Google", "Sign in", "to continue to Google Drive", the two boxes, Next) with transparent email and password inputs laid over its boxes; the DOM holds no words, the title is a zero-width space', 'Google sign-in as a picture with inputs over it', [S.tycoon, S.thinkst]),
  spoof(FD, 'microsoft', 'windows-sign-in-screen-in-page', 'session-resume-desk.com', '/lock/',
    'a full-window Windows 11 sign-in screen in the page (blue wallpaper, avatar, "Ana Kovac", a.kovac@outlook.com, Password box with the arrow, "I forgot my password", "Sign-in options", "Other user"), going full screen on the first click; no Microsoft logo or name', 'Windows sign-in screen asking the Microsoft account password', [S.certitude, S.thinkst, S.bitb]),

  // Ordinary pages close to them that must stay quiet
  quiet('nas-own-gmail-notifications', 'pemberton.homevault-ddns.net', '/notifications/email/', 'a family NAS’s own notification settings on its own DDNS host: provider Gmail with the G mark, smtp.gmail.com, 465, SSL, sender Gmail address, an app password ("your Google Account password will not work here"), Send a test email', 'a NAS’s own Gmail notification settings', [S.qnap, S.mailSetup]),
  quiet('router-own-outlook-alerts', 'gateway.oakhurst-home.net', '/admin/email-alerts/', 'a home router’s own admin ("Netlynx AX3000", Email alerts): mail service Outlook.com with the Outlook icon, smtp-mail.outlook.com, 587, STARTTLS, account and password', 'a router’s own Outlook.com alert settings', [S.mailSetup]),
  quiet('printer-own-m365-smtp', 'mfp-2f.larchgrove-law.com', '/rui/scan2email/', 'a law firm’s own printer Remote UI on its own host: preset "Microsoft 365 (Exchange Online)" with the Microsoft logo, smtp.office365.com, 587, STARTTLS, SMTP AUTH user scanner@larchgrove-law.com and password', 'a printer’s own Microsoft 365 scan-to-email settings', [S.scanRelay, S.scanM365]),
  quiet('saas-admin-entra-sso', 'app.tessellon.io', '/admin/security/sso/', 'a SaaS’s own admin page "Single sign-on" under its own header, with the Microsoft logo: Directory (tenant) ID, Application (client) ID, Client secret, Redirect URI, Test and save', 'an admin’s SSO settings (Entra tenant ID, client secret)', [S.entraCss, S.rogueApps]),
  quiet('dev-dashboard-api-keys', 'dashboard.fernway.dev', '/settings/api-keys/', 'a developer dashboard’s own API keys page: masked keys, a new secret key in a password box, "Signed in with GitHub" with the octocat', 'a developer dashboard’s API keys page', [S.vercelToken, S.secretsGuide]),
  quiet('news-newsletter-late-google-button', 'www.ashcombe-gazette.co.uk', '/news/2026/flood-defences/', 'a local paper’s article whose newsletter bar (display:none) appears 2 s after load: email, Sign up, "Continue with Google", "Sign in to The Ashcombe Gazette"', 'a news site that reveals a newsletter box late', [S.newsletter], { settleMs: 4000 }),
  quiet('saas-own-login-dialog', 'www.tallyhoe-boards.com', '/', 'a SaaS’s home page whose "Log in" button opens a dialog with its own login from its own auth host: Continue with Microsoft / Google (real OAuth links), work e-mail and Tallyhoe password', 'a SaaS that opens its own login in a dialog', [S.bitb], { click: { selector: '#login' }, settleMs: 3000 }),
  quiet('password-manager-github-item', 'vault.keyloft.app', '/items/github/edit/', 'a password manager’s own web vault editing its "GitHub" item (octocat, username, password, TOTP secret, github.com/login)', 'a password manager editing a GitHub login', [S.secretsGuide]),
  quiet('doc-share-own-login-on-click', 'share.brightnote-docs.com', '/d/Q3-board-pack/', 'twin of view-document-dialog-srcdoc-microsoft: "View document" opens a dialog with a sandboxed srcdoc frame of the service’s own login (BrightNote e-mail and password, Continue with Google)', 'a document service’s own login on a click', [S.htmlAttachment], { click: { selector: '#view' }, settleMs: 3000 }),
  quiet('ci-secrets-with-provider-logos', 'ci.driftwood-build.io', '/projects/web/settings/secrets/', 'a CI service’s own project secrets page: AZURE_CLIENT_SECRET (Microsoft logo), GOOGLE_APPLICATION_CREDENTIALS (G), GH_TOKEN (octocat), an "Add secret" form with a password-type Value', 'a CI’s secrets page with provider logos', [S.secretsGuide, S.vercelToken]),
];

// Hosts that only serve frames of the rows above.
const FRAME_HOSTS = ['gauth-frame-cdn.net', 'auth.tallyhoe-boards.com'];

const HOSTS = Object.fromEntries([...new Set([...PAGES.map((p) => p.host), ...FRAME_HOSTS])].map((h) => [h, 'https']));

module.exports = { HOSTS, PAGES };

'use strict';
// Tenth red-team round: spoofs of Microsoft, Google, GitHub and Azure DevOps built from public write-ups
// of phishing kits, in nine families, and ordinary pages close to them that must stay quiet.
// Fixtures: tests/corpus/gen-redteam10.py. Row shape: tests/e2e/pages.js; `trick` names the family,
// `source` the write-ups followed. Write-up: tests/corpus/REDTEAM10.md.

const S = {
  clickfixMs: 'https://meritsolutions.net/?p=2832',
  clickfixCaptcha: 'https://wearelantern.net/post/fake-captcha-scam-how-cybercriminals-trick-users-into-installing-malware',
  clickfixSigma: 'https://detection.fyi/sigmahq/sigma/windows/process_creation/proc_creation_win_susp_clickfix_filefix_execution',
  ghFakeAlerts: 'https://townofnorway.org/5-ways-fake-github-security-alerts-can-lead-to-account-hijacking/',
  ghVscodeAlerts: 'https://coretechdaily.com/pro/security/how-fake-vs-code-alerts-target-github-developers-with-malware',
  svgPhishpond: 'https://phishpond.dev/articles/svg-phishing-payloads-seg-bypass-mechanics',
  svgSpamtitan: 'https://spamtitan.com/blog/svg-image-files-phishing-malware-delivery',
  svgForeignObject: 'https://www.gorganizer.net/explain/svg-foreign-object-in-body',
  notStarred: 'https://www.indelibledata.co.uk/scamming/phishing-alert/',
  quishingVerify: 'https://www.gorganizer.net/explain/fake-qr-code-phishing-scan-to-verify-account',
  quishing: 'https://hacked.com/terms/quishing',
  mfaReset: 'https://gorganizer.net/explain/fake-microsoft-365-mfa-reset-lure',
  numberMatching: 'https://news.vumc.org/2023/01/20/microsoft-multi-factor-authentication-ms-mfa-changes-are-coming-your-way',
  aitmCodes: 'https://epoch-techsolutions.com/tech-blogs/scammers-can-easily-phish-your-multi-factor-authentication-codes-heres-how-to-avoid-it',
  msLogoScam: 'https://cyberdudebivash-news.blogspot.com/2025/10/how-to-spot-new-microsoft-logo-scam.html',
  tycoon: 'https://samurai.by.security.ntt/post/threat-report-by-ntt-security-tycoon-2fa-a-trending-phishing-kit',
  tycoonTakedown: 'https://www.itnews.com.au/news/europol-and-tech-firms-take-down-tycoon-2fa-bypass-service-624078',
  rockstar: 'https://www.sophos.com/en-us/resources/mdr-threat-cases/rockstar-2fa-phishing-attack-neutralized-by-microsoft-365-response-actions',
  blobCofense: 'https://hackerpranks.com/blog/2278',
  blobUri: 'https://datalinx.net/hackers-uncover-a-deceptive-method-to-steal-your-encrypted-login-credentials-heres-how-they-do-it',
  dataUrl: 'https://archive.hindi.cobrapost.com/technology/hackers-are-using-a-very-effective-gmail-scam/53678/3',
  shadowDom: 'https://practicaldev-herokuapp-com.freetls.fastly.net/brinobruno/how-to-use-shadow-dom-and-honeypots-to-deter-crawlers-5831',
  crawlphish: 'https://docslib.org/doc/9968027/crawlphish-large-scale-analysis-of-client-side-cloaking-techniques-in-phishing',
  visualSimilarity: 'https://arxiv.org/html/2507.09564v1',
  filefix: 'https://nhimg.org/glossary/filefix/',
  filefixKaspersky: 'https://yanac.hu/2025/11/10/filefix',
  filefixSigma: 'https://detection.fyi/sigmahq/sigma/windows/registry/registry_set/registry_set_filefix_typedpath_commands',
  bitb: 'https://ru.denizatm.com/pages/61687-what-is-a-browser-in-the-browser-attack-and-how-can-you-prot',
  bitbPatent: 'http://patents.justia.com/patent/20240073000',
  inceptionBar: 'https://blog.axur.com/en-us/flaw-in-google-chrome-mobile-creates-an-almost-perfect-fraud?hs_amp=true',
};

const F1 = 'ClickFix on a provider card';
const F2 = 'SVG foreignObject';
const F3 = 'password not in a password field';
const F4 = 'scan this QR code';
const F5 = 'second factor only';
const F6 = 'form out of the DOM walker’s reach';
const F7 = 'words drawn on a canvas';
const F8 = 'FileFix';
const F9 = 'browser-in-the-browser in the top layer';
const ORD = 'ordinary';

const spoof = (family, provider, name, host, path, trick, what, source, extra = {}) =>
  ({ name, host, path, expect: 'danger', provider, family, trick: `${family}: ${trick}`, what, source, ...extra });
const quiet = (name, host, path, trick, what, source, extra = {}) =>
  ({ name, host, path, expect: 'none', family: ORD, trick: `${ORD}: ${trick}`, what, source, ...extra });

const PAGES = [
  // 1. ClickFix: a provider-styled card that asks for no password, only that a copied command be run
  spoof(F1, 'microsoft', 'ms-clickfix-human-check', 'access-check-portal.com', '/',
    'Microsoft card "Verify you are human", a fake reCAPTCHA box copying a PowerShell command, Win+R / Ctrl+V / Enter', 'Microsoft "verify you are human" ClickFix', [S.clickfixMs, S.clickfixCaptcha]),
  spoof(F1, 'microsoft', 'ms-clickfix-word-extension', 'docs-viewer-online.net', '/',
    '"Word Online extension is not installed": How to fix copies the command and only then shows the steps (open PowerShell (Admin) and paste); the row clicks it', 'Word Online "how to fix" ClickFix', [S.clickfixSigma, S.clickfixMs],
    { click: { selector: '.btn' } }),
  spoof(F1, 'google', 'google-clickfix-meet-mic', 'meet-join-room.net', '/xcd-jpqw-rbn/',
    'Google Meet "problem with your microphone": Try fix copies the command, Win+X, Terminal, paste', 'Google Meet microphone ClickFix', [S.clickfixSigma, S.clickfixCaptcha]),
  spoof(F1, 'google', 'google-clickfix-recaptcha-mac', 'drive-preview-share.com', '/file/d/1xQ9/view/',
    'Google Drive "Verify it’s you" with a reCAPTCHA box, macOS steps: Cmd+Space, Terminal, paste a curl | bash', 'Google Drive ClickFix for macOS', [S.clickfixCaptcha, S.clickfixSigma]),
  spoof(F1, 'github', 'github-clickfix-scanner', 'repo-scan-alerts.com', '/',
    '"GitHub Security | Verify You Are Human" after a fake vulnerability alert: Win+R, Ctrl+V, Enter (mshta)', 'GitHub security-alert ClickFix', [S.ghFakeAlerts, S.ghVscodeAlerts, S.clickfixMs]),
  spoof(F1, 'azure-devops', 'ado-clickfix-agent', 'agentpool-verify.net', '/northwind/_settings/agentqueues/',
    'Azure DevOps "verify your self-hosted agent": copy the command, open PowerShell, paste', 'Azure DevOps agent-verification ClickFix', [S.clickfixSigma, S.ghVscodeAlerts]),

  // 2. The sign-in form inside SVG <foreignObject>
  spoof(F2, 'microsoft', 'ms-svg-document', 'voice-message-center.com', '/att/Voicemail_0047.svg',
    'an .svg "voicemail" opened as the page (image/svg+xml); the Microsoft sign-in card lives in its foreignObject', 'Microsoft sign-in in an SVG document', [S.svgPhishpond, S.svgForeignObject]),
  spoof(F2, 'google', 'google-svg-document', 'sheet-share-viewer.net', '/att/Payroll_Q4.svg',
    'an .svg "spreadsheet" opened as the page; a Google sign-in in its foreignObject', 'Google sign-in in an SVG document', [S.svgSpamtitan, S.svgPhishpond]),
  spoof(F2, 'azure-devops', 'ado-svg-document', 'pr-review-notice.dev', '/att/PR_4821.svg',
    'an .svg "pull request" opened as the page; an Azure DevOps sign-in in its foreignObject', 'Azure DevOps sign-in in an SVG document', [S.svgPhishpond, S.svgForeignObject]),
  spoof(F2, 'github', 'github-inline-svg', 'release-notes-viewer.dev', '/',
    'inline <svg> filling the page, the GitHub sign-in in a foreignObject', 'GitHub sign-in inside inline SVG', [S.svgForeignObject, S.svgSpamtitan]),
  spoof(F2, 'microsoft', 'ms-inline-svg-scaled', 'fax-inbox-secure.com', '/',
    'inline <svg> with a viewBox and a transform, the Microsoft card zoomed inside a foreignObject', 'Microsoft sign-in inside a scaled inline SVG', [S.svgPhishpond, S.svgForeignObject]),

  // 3. The password asked in something that is not <input type=password>
  spoof(F3, 'google', 'google-textarea-masked', 'gdocs-share-review.com', '/',
    'Google "Welcome" password step whose password box is a one-row <textarea> masked by -webkit-text-security', 'Google password in a masked textarea', [S.notStarred, S.tycoon]),
  spoof(F3, 'google', 'google-textarea-overlay', 'workspace-docs-verify.net', '/',
    'textarea with transparent text; bullets drawn over it by script, "Enter your password" as an overlay, not a placeholder', 'Google password in a textarea under drawn bullets', [S.notStarred, S.crawlphish]),
  spoof(F3, 'google', 'google-contenteditable-password', 'gmail-storage-notice.com', '/',
    'e-mail input plus a contenteditable div masked by -webkit-text-security, copied to a hidden field on submit', 'Google password in a contenteditable div', [S.notStarred, S.crawlphish]),
  spoof(F3, 'microsoft', 'ms-textarea-password', 'o365-mailbox-upgrade.com', '/',
    'Microsoft "Enter password" step with the password in a masked textarea', 'Microsoft password in a masked textarea', [S.notStarred, S.tycoon]),
  spoof(F3, 'github', 'github-contenteditable-password', 'org-access-review.dev', '/',
    'GitHub sign-in whose password box is a masked contenteditable div', 'GitHub password in a contenteditable div', [S.notStarred, S.ghFakeAlerts]),

  // 4. Scan this QR code (no field on the page; the code points off the provider)
  spoof(F4, 'google', 'google-qr-svg', 'account-signin-qr.com', '/',
    'Google "Sign in with your phone": an SVG QR code to account-signin-qr.com, no field', 'Google QR sign-in (SVG code)', [S.quishingVerify, S.quishing]),
  spoof(F4, 'google', 'google-qr-canvas', 'g-verify-device.net', '/',
    'Google "Verify it’s you": the QR code painted on a canvas, "Waiting for your phone…"', 'Google QR verification (canvas code)', [S.quishingVerify, S.quishing]),
  spoof(F4, 'google', 'google-qr-png', 'docs-access-scan.com', '/',
    'Google Docs "scan to open this document": the QR as a PNG data: image', 'Google Docs QR lure (PNG code)', [S.quishing, S.quishingVerify]),
  spoof(F4, 'microsoft', 'ms-qr-authenticator', 'mfa-rereg-notice.com', '/',
    'Microsoft "Re-register Microsoft Authenticator": scan this code with the Authenticator app', 'Microsoft Authenticator re-registration QR', [S.mfaReset, S.quishingVerify]),
  spoof(F4, 'github', 'github-qr-mobile', 'gh-mobile-login.dev', '/',
    '"Sign in with GitHub Mobile": scan the code with the app', 'GitHub Mobile QR sign-in', [S.quishing, S.ghFakeAlerts]),

  // 5. Only the second-factor stage of a relayed sign-in
  spoof(F5, 'microsoft', 'ms-number-matching', 'login-session-verify.com', '/common/SAS/ProcessAuth/',
    'Microsoft "Approve sign in request": the number 47 to enter in Authenticator, no field at all', 'Microsoft number-matching stage of an AiTM kit', [S.numberMatching, S.tycoonTakedown, S.rockstar]),
  spoof(F5, 'google', 'google-tap-yes', 'accounts-signin-check.com', '/signin/challenge/dp/',
    'Google "Check your phone": tap Yes, then tap 62, no field', 'Google prompt stage of an AiTM kit', [S.aitmCodes, S.tycoonTakedown]),
  spoof(F5, 'google', 'google-2sv-code', 'g2sv-code-confirm.net', '/signin/challenge/totp/',
    'Google "2-Step Verification": one code field (type=tel, one-time-code), no password', 'Google 2-Step Verification code stage', [S.aitmCodes, S.msLogoScam]),
  spoof(F5, 'github', 'github-2fa-code', 'repo-session-verify.dev', '/sessions/two-factor/app/',
    'GitHub "Two-factor authentication": one authentication-code field, no password', 'GitHub two-factor code stage', [S.aitmCodes, S.ghFakeAlerts]),

  // 6. The form where a DOM walker does not look
  spoof(F6, 'microsoft', 'ms-closed-shadow', 'it-password-expiry.com', '/',
    'the whole Microsoft card (brand, heading, form) inside a closed shadow root of a custom element', 'Microsoft sign-in in a closed shadow root', [S.shadowDom, S.crawlphish]),
  spoof(F6, 'google', 'google-closed-shadow-form', 'drive-quota-alert.com', '/',
    'Google brand and heading in the page, the e-mail and password fields in a closed shadow root', 'Google sign-in whose fields are in a closed shadow root', [S.shadowDom, S.crawlphish]),
  spoof(F6, 'github', 'github-blob-document', 'invite-accept-portal.dev', '/',
    'the page writes a GitHub sign-in into a Blob and replaces itself with the blob: URL', 'GitHub sign-in on a blob: URL', [S.blobCofense, S.blobUri]),
  spoof(F6, 'microsoft', 'ms-data-iframe', 'sharedfile-preview.net', '/',
    'an empty page whose only content is a full-window data: iframe holding the Microsoft sign-in', 'Microsoft sign-in in a data: iframe', [S.dataUrl, S.blobUri]),
  spoof(F6, 'azure-devops', 'ado-sandboxed-srcdoc', 'release-approvals.io', '/',
    'an Azure DevOps sign-in in a full-window sandboxed srcdoc iframe (opaque origin)', 'Azure DevOps sign-in in a sandboxed srcdoc frame', [S.crawlphish, S.blobUri],
    // the frame's verdict comes after the top's: on two browsers at once it once took over 8 s
    { timeoutMs: 15000 }),

  // 7. Brand and heading drawn on a canvas
  spoof(F7, 'microsoft', 'ms-canvas-header', 'secure-payslip-view.com', '/',
    'logo squares, "Microsoft" and "Sign in" painted on a canvas, empty title, a plain e-mail + password form below', 'Microsoft sign-in whose words are canvas pixels', [S.visualSimilarity, S.crawlphish]),
  spoof(F7, 'github', 'github-canvas-heading', 'actions-runner-login.dev', '/',
    'octocat as an <img> data: URL, "Sign in to GitHub" painted on a canvas, empty title', 'GitHub sign-in whose heading is canvas pixels', [S.visualSimilarity, S.crawlphish]),

  // 8. FileFix: the copied "path" is a command for the File Explorer address bar
  spoof(F8, 'microsoft', 'ms-filefix-sharepoint', 'sp-filedrive.net', '/sites/hr/',
    'SharePoint-styled "this file is on a shared drive": copy the path, Win+E, Ctrl+L, paste (the clipboard gets a PowerShell command padded before the path)', 'SharePoint FileFix', [S.filefix, S.filefixKaspersky, S.filefixSigma]),
  spoof(F8, 'google', 'google-filefix-drive', 'gdrive-sync-open.com', '/drive/folders/0AbX/',
    'Google Drive "open in Drive for desktop": copy path, Win+E, address bar, paste', 'Google Drive FileFix', [S.filefix, S.filefixSigma]),

  // 9. Browser-in-the-browser in a modal <dialog>, its address bar a picture
  spoof(F9, 'google', 'google-bitb-dialog-image-url', 'tripsplit-deals.com', '/',
    'fake popup in a showModal() <dialog>; the address bar "accounts.google.com/o/oauth2/auth…" is an SVG image, not text', 'Google BitB window whose URL is an image', [S.bitb, S.bitbPatent, S.inceptionBar]),
  spoof(F9, 'github', 'github-bitb-dialog-canvas-url', 'snippet-box.app', '/',
    'fake popup in a showModal() <dialog>; the address bar "https://github.com/login/oauth/authorize…" painted on a canvas', 'GitHub BitB window whose URL is canvas pixels', [S.bitb, S.bitbPatent]),

  // Ordinary pages close to them that must stay quiet
  quiet('cli-install-paste', 'get.shipyard-cli.dev', '/install/', 'a CLI’s install page: Win+X, Terminal, paste an irm | iex, then "shipyard login" opens GitHub', 'a developer tool’s install page', [S.clickfixSigma]),
  quiet('own-bot-check', 'tickets.riverside-arena.com', '/queue/', 'a ticket queue’s own "I’m not a robot" checkbox', 'a ticket queue’s own bot check', [S.clickfixCaptcha]),
  quiet('clickfix-article', 'secnotes-weekly.blog', '/2027/clickfix-explained/', 'an article quoting "Verify you are human. Press Windows + R…" and naming Microsoft and Google', 'an article about ClickFix', [S.clickfixMs]),
  quiet('restaurant-menu-qr', 'www.harbor-kitchen.com', '/table/12/', '"scan to open the menu" QR code, "sign in with Google or Apple"', 'a restaurant’s table QR code', [S.quishing]),
  quiet('chat-link-device-qr', 'web.chatterly.app', '/', 'a chat app’s own "scan this code with your phone to link the desktop"', 'a chat app’s own QR sign-in', [S.quishing]),
  quiet('svg-infographic', 'data-stories.news', '/2027/sso-adoption/', 'an infographic whose labels (Microsoft Entra ID, Google Workspace, GitHub) are in an SVG foreignObject', 'an SVG chart naming the providers', [S.svgForeignObject]),
  quiet('workspace-migration-contact', 'www.cloudmove-partners.com', '/contact/', 'a consultancy’s contact form: e-mail and a textarea about a Google Workspace migration', 'a contact form about Google Workspace', [S.notStarred]),
  quiet('own-2fa-code', 'app.ledgerline.io', '/login/2fa/', 'a site’s own "Two-factor authentication" code page', 'a site’s own 2FA code page', [S.aitmCodes]),
  quiet('own-login-closed-shadow', 'app.tallyboard.io', '/login/', 'a site’s own login in a closed shadow root, with Continue with Google/Microsoft/GitHub buttons', 'a site’s own login in a web component', [S.shadowDom]),
  quiet('code-playground-textarea', 'play.codebench.dev', '/', 'a code playground: a large textarea and "Connect GitHub to save gists"', 'an online code playground', [S.crawlphish]),
  quiet('bank-masked-passcode', 'secure.northbank.co.uk', '/login/pin/', 'a bank’s own passcode field, a text input masked by -webkit-text-security', 'a bank’s own masked passcode', [S.notStarred]),
  quiet('it-help-authenticator', 'it.fabrikam-college.edu', '/help/mfa/', 'a college IT page on re-registering Microsoft Authenticator at aka.ms/mfasetup', 'an IT help page about Authenticator', [S.mfaReset]),
];

const HOSTS = Object.fromEntries([...new Set(PAGES.map((p) => p.host))].map((h) => [h, 'https']));

module.exports = { HOSTS, PAGES };

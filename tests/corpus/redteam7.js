'use strict';
// Seventh red-team round: gates and multi-step flows, the steps after the password, document-share
// lures, more languages and scripts, consent to official-looking apps on the genuine hosts, and free
// hosting / SVG / blob / AMP-cache / QR landing pages; with ordinary pages close to them that must stay
// quiet. Fixtures: python3 tests/corpus/gen-redteam7.py. Results: tests/corpus/REDTEAM7.md.

const S = {
  tycoonNtt: 'https://samurai.by.security.ntt/post/threat-report-by-ntt-security-tycoon-2fa-a-trending-phishing-kit',
  tycoonSublime: 'https://sublime.security/feeds/core/detection-rules/link-tycoon2fa-phishing-kit-non-exhaustive-a070d4e2',
  tycoonEuropol: 'https://www.itnews.com.au/news/europol-and-tech-firms-take-down-tycoon-2fa-bypass-service-624078',
  sneaky: 'https://eye.security/blog/sneaky2fa-use-this-kql-query-to-stay-ahead-of-the-emerging-threat',
  mamba: 'https://blog.sekoia.io/mamba-2fa-a-new-contender-in-the-aitm-phishing-ecosystem/',
  mambaPhaas: 'https://itpartners.co.nz/post/phishing-as-a-service-phaas---what-you-need-to-know-about-the-emerging-threat-and-how-to-keep-your-business-safe',
  mambaRule: 'https://rulehound.com/rules/997e20',
  mambaIt: 'https://www.internetpost.it/microsoft-365-attenzione-al-furto-di-credenziali-tramite-mamba-2fa/',
  njccic: 'https://blog.mir.net/?p=3008',
  codeOfConduct: 'https://innovirtuoso.com/?p=15958',
  qrMfa: 'https://windowsforum.com/threads/new-qr-code-phishing-campaign-targets-microsoft-365-users-with-sophisticated-mfa-scam.373695/?amp=1',
  qrChosun: 'https://prod.biz.chosun.com/en/en-it/2025/07/16/CTRK6BA2IBDLRKSNO724O54JPA',
  mfaGuide: 'https://antiphishers.com/multi-factor-authentication-phishing-prevention',
  mfaReset: 'https://gorganizer.net/explain/fake-microsoft-365-mfa-reset-lure',
  aitmCodes: 'https://epoch-techsolutions.com/tech-blogs/scammers-can-easily-phish-your-multi-factor-authentication-codes-heres-how-to-avoid-it',
  sharepointVerify: 'https://www.enigmasoftware.com/sharepointsecuredocumentverificationemailscam-removal/',
  sharepointShared: 'https://www.enigmasoftware.com/documenthasbeensharedwithyouonsharepointemailscam-removal/',
  sharepointBlur: 'https://windowsreportsab.pages.dev/posts/urgent-response-type-phishing-attack-hits-office-365-emails',
  docShareProvider: 'https://www.hoax-slayer.net/watch-out-for-shared-document-phishing-scam-emails/',
  docusign: 'https://thecyberwire.com/stories/e039700c45564800adf4f1cb27550858/docusign-impersonated-in-credential-phishing-attack',
  docusignQr: 'https://blog.goodlaptops.com/?p=32355',
  docusignHe: 'https://010.co.il/?p=20301',
  voicemail: 'https://kaspersky.com/blog/office-phishing-html-attachment/39446',
  svgPond: 'https://phishpond.dev/articles/svg-phishing-payloads-seg-bypass-mechanics',
  svgSpamtitan: 'https://spamtitan.com/blog/svg-image-files-phishing-malware-delivery',
  svgOta: 'https://www.onlinethreatalerts.com/article/2026/3/27/svg-file-scam-protect-yourself/',
  smuggling: 'https://detect.michaelhaag.org/explore/878d6385-95c2-5540-a887-a6fa9456409c',
  azureStorage: 'https://cyberbivash.blogspot.com/2025/10/why-your-microsoft-365-login-is-at-risk.html',
  vercel: 'https://safebrowz.com/blog/vercel-phishing-free-hosting-wallet-drainer',
  freePhish: 'https://arxiv.org/html/2212.02563v2',
  consentEtc: 'https://etcsec.com/blog/oauth-consent-phishing-malicious-apps',
  consentShield: 'https://cybershieldtips.com/article/oauth-consent-phishing-microsoft-365-google-workspace-defense-2026',
  consentWin: 'https://www.windowsnews.ai/article/oauth-consent-phishing-how-cybercriminals-exploit-trust-in-microsoft-365.356856',
  consentOmi: 'https://www.omisecure.com/2026/03/oauth-consent-phishing-in-microsoft-365.html',
  deviceCode: 'https://erwin-computer.com/avoid_phishing_kali365.html',
};

const HOSTS = {};
const PAGES = [];
// The genuine hosts are served already (tests/server/serve.js): only the new hosts are listed here.
const GENUINE = new Set(['login.microsoftonline.com', 'accounts.google.com', 'github.com', 'app.vssps.visualstudio.com']);
// Consent rows (family 5) expect caution and accept danger: what they must not get is a plain ✓.
const row = (r) => { if (!GENUINE.has(r.host)) HOSTS[r.host] = 'https'; PAGES.push(r); };

// ---- family 1: gates and multi-step flows (Tycoon 2FA, Sneaky 2FA, Mamba 2FA, Rockstar 2FA)
row({ name: 'f1-turnstile-then-fetched-ms', host: 'benefits-hrportal.com', path: '/r/#megan.bowen@contoso.com',
  click: { selector: '#cf-check' }, expect: 'danger', provider: 'microsoft', trick: 'gate, fetch+innerHTML, fragment e-mail',
  what: 'Turnstile-looking gate; the Microsoft password step arrives by fetch/innerHTML with the victim from the fragment and a company logo',
  source: [S.tycoonNtt, S.tycoonSublime] });
row({ name: 'f1-press-hold-google', host: 'hold-verify-gateway.com', path: '/#megan.bowen@gmail.com',
  click: { selector: '#holdbtn' }, expect: 'danger', provider: 'google', trick: 'press-and-hold gate, fetch+innerHTML',
  what: '"Press & Hold" gate, then Google\'s "Welcome" password step fetched into the page', source: [S.codeOfConduct, S.sneaky] });
row({ name: 'f1-math-pushstate-github', host: 'repo-mirror-sync.dev', path: '/',
  click: { selector: '#ans-7' }, expect: 'danger', provider: 'github', trick: 'math check, history.pushState route',
  what: 'math check; the answer pushes /session and draws "Sign in to GitHub"', source: [S.codeOfConduct, S.tycoonSublime] });
row({ name: 'f1-email-first-fetch-ms', host: 'docs-contoso-share.com', path: '/login/#bWVnYW4uYm93ZW5AY29udG9zby5jb20=',
  expect: 'danger', provider: 'microsoft', trick: 'e-mail first, base64 fragment, fetched password step',
  what: 'e-mail step pre-filled from a base64 fragment with the company logo by domain ("Next" would fetch "Enter password"; the e-mail step alone is judged)',
  source: [S.tycoonNtt, S.sneaky, S.mambaRule] });
row({ name: 'f1-ado-spa-pushstate', host: 'pipelines-invite.app', path: '/',
  click: { selector: '#continue' }, expect: 'danger', provider: 'azure-devops', trick: 'invite page, pushState to /_signin',
  what: 'Azure DevOps project invitation; "Continue" pushes /_signin and draws a sign-in form branded Azure DevOps',
  source: [S.tycoonSublime, S.njccic] });
row({ name: 'f1-auto-advance-google', host: 'mailbox-quota-center.com', path: '/#megan.bowen@gmail.com',
  expect: 'danger', provider: 'google', trick: 'e-mail step, password step by timer', timeoutMs: 10000,
  what: 'Gmail e-mail step pre-filled; "Checking your account…" then the password step arrives after 2.5 s',
  source: [S.njccic, S.mambaPhaas] });
row({ name: 'f1-grid-captcha-ms', host: 'invoice-remit-portal.com', path: '/#megan.bowen@contoso.com',
  click: { selector: '#d2' }, expect: 'danger', provider: 'microsoft', trick: 'grid "CAPTCHA" (card/title/hint/grid/dot)',
  what: 'Tycoon\'s dot-grid CAPTCHA, then a Microsoft sign-in written over the body', source: [S.tycoonSublime, S.tycoonNtt] });
row({ name: 'f1-loader-document-write-ms', host: 'secure-msg-relay.net', path: '/m/',
  expect: 'danger', provider: 'microsoft', trick: 'loader page replaced by document.open/write', timeoutMs: 10000,
  what: '"Loading secure message…" replaced after 1.5 s with a Microsoft sign-in by document.write', source: [S.mamba, S.mambaIt] });

// ---- family 2: the steps after the password
row({ name: 'f2-ms-number-match', host: 'account-protection-review.com', path: '/approve/',
  expect: 'danger', provider: 'microsoft', trick: 'MFA number matching, no password asked',
  what: '"Approve sign in request" with the number 47 on an unrelated host', source: [S.mfaGuide, S.aitmCodes] });
row({ name: 'f2-ms-enter-code', host: 'account-protection-review.com', path: '/otc/',
  expect: 'danger', provider: 'microsoft', trick: 'SMS code field only',
  what: 'Microsoft "Enter code" (texted code) with a one-time-code field', source: [S.mfaGuide, S.mfaReset] });
row({ name: 'f2-ms-stay-signed-in', host: 'tenant-session-keepalive.com', path: '/kmsi/',
  expect: 'danger', provider: 'microsoft', trick: 'KMSI Yes/No only',
  what: 'Microsoft "Stay signed in?" Yes/No on a look-alike host', source: [S.sneaky, S.tycoonEuropol] });
row({ name: 'f2-ms-verify-identity', host: 'tenant-session-keepalive.com', path: '/proofs/',
  expect: 'danger', provider: 'microsoft', trick: 'method picker',
  what: 'Microsoft "Verify your identity" method picker (text, call, Authenticator, code)', source: [S.mfaReset, S.aitmCodes] });
row({ name: 'f2-ms-passkey-downgrade', host: 'passkey-recovery-help.com', path: '/signin-options/',
  expect: 'danger', provider: 'microsoft', trick: 'passkey downgrade choice',
  what: '"Sign in another way": passkey unreachable, offers "Use your password" / codes', source: [S.mfaGuide] });
row({ name: 'f2-google-2sv', host: 'workspace-login-check.com', path: '/challenge/totp/',
  expect: 'danger', provider: 'google', trick: 'TOTP code field only',
  what: 'Google "2-Step Verification" asking for the Authenticator code', source: [S.aitmCodes, S.tycoonEuropol] });
row({ name: 'f2-google-choose-account', host: 'workspace-login-check.com', path: '/accountchooser/',
  expect: 'danger', provider: 'google', trick: 'account chooser, no field',
  what: 'Google "Choose an account … to continue to Gmail" list', source: [S.tycoonEuropol] });
row({ name: 'f2-ms-pick-account', host: 'tenant-session-keepalive.com', path: '/select/',
  expect: 'danger', provider: 'microsoft', trick: 'account chooser, no field',
  what: 'Microsoft "Pick an account" list', source: [S.sneaky] });
row({ name: 'f2-github-2fa', host: 'ci-runner-status.dev', path: '/sessions/two-factor/',
  expect: 'danger', provider: 'github', trick: 'TOTP code field only',
  what: 'GitHub "Two-factor authentication" code page', source: [S.aitmCodes, S.mfaGuide] });

// ---- family 3: document-share lures
row({ name: 'f3-sharepoint-blurred', host: 'contoso-sharedfiles.com', path: '/sites/Finance/Shared%20Documents/',
  expect: 'danger', provider: 'microsoft', trick: 'blurred document, SharePoint chrome, overlay card',
  what: 'SharePoint chrome over a blurred workbook; overlay asks the Microsoft 365 password', source: [S.sharepointBlur, S.sharepointShared] });
row({ name: 'f3-onedrive-pdf-viewer', host: 'remittance-viewer.net', path: '/view/',
  expect: 'danger', provider: 'microsoft', trick: 'PDF-viewer chrome, overlay card',
  what: 'OneDrive PDF viewer with toolbar; "Verify your email to view" card', source: [S.sharepointVerify, S.azureStorage] });
row({ name: 'f3-docusign-ms', host: 'esign-envelope-center.com', path: '/Signing/',
  expect: 'danger', provider: 'microsoft', trick: 'DocuSign envelope, Microsoft sign-in card',
  what: 'DocuSign envelope bar; overlay "Sign in to review the document" with the Microsoft logo', source: [S.docusign, S.docusignQr] });
row({ name: 'f3-adobe-provider-picker', host: 'acrobat-doc-cloud.net', path: '/share/',
  click: { selector: '#p-o365' }, expect: 'danger', provider: 'microsoft', trick: 'e-mail provider picker, tile opens the form',
  what: 'Adobe Acrobat share; provider picker (Office 365/Outlook/Gmail); the Office 365 tile opens a Microsoft sign-in',
  source: [S.docShareProvider, S.consentWin] });
row({ name: 'f3-gdrive-payroll', host: 'drive-filedrop.app', path: '/file/d/1xQ8kR2/view/',
  expect: 'danger', provider: 'google', trick: 'Drive chrome, blurred PDF, Google card',
  what: 'Google Drive "shared with you" payroll PDF, blurred, Google sign-in overlay', source: [S.sharepointShared, S.freePhish] });
row({ name: 'f3-teams-voicemail', host: 'voice-msg-inbox.com', path: '/vm/',
  expect: 'danger', provider: 'microsoft', trick: 'voicemail pretext',
  what: 'Microsoft Teams voicemail player; "Sign in to listen"', source: [S.voicemail, S.svgOta] });
row({ name: 'f3-fax-favicon-title-only', host: 'efax-delivery-notice.com', path: '/inbox/',
  expect: 'danger', provider: 'microsoft', trick: 'brand only in favicon and tab title',
  what: 'generic "Secure Fax Portal" asking the e-mail password; Microsoft only in the favicon and "Outlook – eFax" title',
  source: [S.voicemail, S.svgPond] });
row({ name: 'f3-github-private-file', host: 'repo-review-share.com', path: '/contoso/payments-api/blob/main/SECURITY_FINDINGS.md/',
  expect: 'danger', provider: 'github', trick: 'blurred repository file, overlay card',
  what: 'blurred private repository file; "Sign in to view this private file" GitHub card', source: [S.sharepointBlur] });

// ---- family 4: more languages and scripts
const LANG = [
  ['f4-ar-outlook', 'tasjil-dukhul-hisabak.com', 'microsoft', 'Arabic (RTL) Outlook sign-in'],
  ['f4-he-gmail', 'knisa-heshbon-mail.co.il', 'google', 'Hebrew (RTL) Gmail sign-in'],
  ['f4-it-office', 'accesso-posta-aziendale.it', 'microsoft', 'Italian "Accedi" Outlook sign-in'],
  ['f4-pl-o365', 'logowanie-poczta-firmowa.pl', 'microsoft', 'Polish "Zaloguj się" Microsoft 365 sign-in'],
  ['f4-tr-github', 'kod-deposu-giris.com.tr', 'github', 'Turkish "GitHub\'da oturum açın"'],
  ['f4-ru-outlook', 'vhod-pochta-korporativ.ru', 'microsoft', 'Russian "Вход" Outlook sign-in'],
  ['f4-zh-cn-office', 'denglu-bangong-youxiang.cn', 'microsoft', 'simplified Chinese "登录" Outlook sign-in'],
  ['f4-zh-tw-gmail', 'dengru-youjian-zhanghu.tw', 'google', 'traditional Chinese "登入" Gmail sign-in'],
  ['f4-ko-o365', 'login-gyejeong-boan.kr', 'microsoft', 'Korean "로그인" Outlook sign-in'],
  ['f4-vi-gmail', 'dang-nhap-hop-thu.vn', 'google', 'Vietnamese "Đăng nhập" Gmail sign-in'],
  ['f4-th-gmail', 'longchue-khao-chai.co.th', 'google', 'Thai "ลงชื่อเข้าใช้" Gmail sign-in'],
];
for (const [name, host, provider, what] of LANG) {
  row({ name, host, path: '/', expect: 'danger', provider, trick: 'localized kit, product name in the local form',
    what: `${what} on a look-alike host`, source: [S.mambaIt, S.docusignHe, S.qrChosun] });
}

// ---- family 5: consent to official-looking apps on the genuine hosts (should be caution, not a plain ✓)
row({ name: 'f5-ms-security-scan-consent', host: 'login.microsoftonline.com',
  path: '/tailspin-hr.onmicrosoft.com/oauth2/v2.0/authorize?client_id=6b1d2c3e-4f50-4a61-8b72-93a4b5c6d7e8&response_type=code&prompt=consent'
    + '&redirect_uri=https%3A%2F%2Fm365-securityscan.app%2Fauth&scope=Mail.ReadWrite%20Files.ReadWrite.All%20Contacts.ReadWrite%20offline_access%20User.Read&state=x',
  expect: 'caution', accept: ['danger'], provider: 'microsoft', trick: 'official-looking app name, unverified, mail/files + offline access',
  what: '"Microsoft 365 Security Scan" (unverified) asks Mail.ReadWrite, Files.ReadWrite.All, Contacts.ReadWrite, offline_access',
  source: [S.consentEtc, S.consentShield, S.consentOmi] });
row({ name: 'f5-ms-admin-consent-defender', host: 'login.microsoftonline.com',
  path: '/tailspin-hr.onmicrosoft.com/v2.0/adminconsent?client_id=6b1d2c3e-4f50-4a61-8b72-93a4b5c6d7e9'
    + '&redirect_uri=https%3A%2F%2Fdefender-mailprotect.app%2Fdone&scope=https%3A%2F%2Fgraph.microsoft.com%2FDirectory.ReadWrite.All%20https%3A%2F%2Fgraph.microsoft.com%2FMail.ReadWrite&state=x',
  expect: 'caution', accept: ['danger'], provider: 'microsoft', trick: 'admin consent for an official-looking app',
  what: 'admin consent for "Microsoft Defender Mail Protection" (unverified): Directory.ReadWrite.All, Mail.ReadWrite',
  source: [S.consentEtc, S.consentWin] });
row({ name: 'f5-google-docs-viewer-consent', host: 'accounts.google.com',
  path: '/signin/oauth/consent?client_id=88123-abc.apps.googleusercontent.com&response_type=code&access_type=offline'
    + '&redirect_uri=https%3A%2F%2Fdocs-viewer-app.web.app%2Fcb&scope=https%3A%2F%2Fmail.google.com%2F%20https%3A%2F%2Fwww.googleapis.com%2Fauth%2Fdrive%20https%3A%2F%2Fwww.googleapis.com%2Fauth%2Fcontacts',
  expect: 'caution', accept: ['danger'], provider: 'google', trick: 'official-looking app name, unverified, Gmail + Drive + offline',
  what: '"Google Docs Viewer" (unverified) asks full Gmail, full Drive and contacts with offline access', source: [S.consentShield, S.consentEtc] });
row({ name: 'f5-github-security-alerts-authorize', host: 'github.com',
  path: '/login/oauth/authorize?client_id=Ov23liSecAlerts9f1&redirect_uri=https%3A%2F%2Fgithub-security-alerts.app%2Fcb'
    + '&scope=repo%20admin%3Aorg%20delete_repo%20workflow%20admin%3Arepo_hook&state=x',
  expect: 'caution', accept: ['danger'], provider: 'github', trick: 'authorize URL with repo/admin:org/delete_repo/workflow',
  what: 'GitHub OAuth approval (the existing page) asked for repo, admin:org, delete_repo, workflow, admin:repo_hook by a "security alerts" app',
  source: [S.consentShield, S.deviceCode] });
row({ name: 'f5-ado-full-scopes-authorize', host: 'app.vssps.visualstudio.com',
  path: '/oauth2/authorize?client_id=0c1d2e3f-4a5b-4c6d-8e7f-90a1b2c3d4e5&response_type=Assertion&state=x'
    + '&scope=vso.code_full%20vso.tokens%20vso.security_manage%20vso.serviceendpoint_manage&redirect_uri=https%3A%2F%2Fado-security-scanner.app%2Fcb',
  expect: 'caution', accept: ['danger'], provider: 'azure-devops', trick: 'authorize URL with token and security scopes',
  what: 'Azure DevOps approval (the existing page) asked for vso.code_full, vso.tokens, vso.security_manage, vso.serviceendpoint_manage',
  source: [S.consentEtc] });

// ---- family 6: free hosting and tunnels, SVG document, blob smuggling, AMP cache, QR landing
row({ name: 'f6-workers-dev-ms', host: 'doc-portal-7f3a.workers.dev', path: '/',
  expect: 'danger', provider: 'microsoft', trick: 'Cloudflare Workers host', what: 'Microsoft sign-in on *.workers.dev',
  source: [S.tycoonEuropol, S.freePhish] });
row({ name: 'f6-vercel-google', host: 'drive-share-preview.vercel.app', path: '/',
  expect: 'danger', provider: 'google', trick: 'Vercel host', what: 'Google Drive sign-in on *.vercel.app', source: [S.vercel, S.freePhish] });
row({ name: 'f6-netlify-github', host: 'ci-status-board.netlify.app', path: '/login/',
  expect: 'danger', provider: 'github', trick: 'Netlify host', what: '"Sign in to GitHub" on *.netlify.app', source: [S.vercel, S.freePhish] });
row({ name: 'f6-notion-site-ms', host: 'acme-people-ops.notion.site', path: '/Benefits-Enrollment-2026/',
  expect: 'danger', provider: 'microsoft', trick: 'Notion-published page', what: 'benefits page on *.notion.site with a Microsoft sign-in card',
  source: [S.freePhish] });
row({ name: 'f6-framer-ms', host: 'secure-doc-review.framer.website', path: '/',
  expect: 'danger', provider: 'microsoft', trick: 'site-builder page', what: '"Secure Document Review" site-builder page with a Microsoft sign-in card',
  source: [S.freePhish, S.vercel] });
row({ name: 'f6-svg-foreignobject-ms', host: 'files-transfer-hub.com', path: '/att/Invoice_88213.svg',
  expect: 'danger', provider: 'microsoft', trick: 'SVG document with <foreignObject> form',
  what: 'an .svg opened as the document; its <foreignObject> holds a Microsoft sign-in form', source: [S.svgPond, S.svgSpamtitan, S.svgOta] });
row({ name: 'f6-blob-smuggled-google', host: 'voicenote-attachments.com', path: '/open/',
  expect: 'danger', provider: 'google', trick: 'HTML smuggling into a top-level blob: document',
  what: 'page decodes a Google sign-in from base64 and navigates to it as a blob: URL', source: [S.smuggling, S.voicemail] });
row({ name: 'f6-amp-cache-owa', host: 'secure-mailbox-verify-com.cdn.ampproject.org', path: '/c/s/secure-mailbox-verify.com/owa/',
  expect: 'danger', provider: 'microsoft', trick: 'AMP-cache style URL', what: 'Outlook Web App sign-in under a cdn.ampproject.org cache-style URL',
  source: [S.freePhish] });
row({ name: 'f6-qr-mfa-renewal', host: 'mfa-renewal-ticket.com', path: '/m/',
  expect: 'danger', provider: 'microsoft', trick: 'QR lure landing page', what: '"Ticket# … MFA renewal" QR landing page with a Microsoft sign-in',
  source: [S.qrMfa, S.qrChosun, S.codeOfConduct] });

// ---- ordinary pages that sit close to the spoofs (must stay quiet)
const ord = (name, host, path, what, source, extra = {}) => row({ name, host, path, expect: 'none', trick: 'ordinary', what, source, ...extra });
ord('o-ar-shop-google-button', 'souq-baytak.com', '/login/', 'Arabic (RTL) shop login with "المتابعة باستخدام Google" and its own form', [S.freePhish]);
ord('o-he-books-google-button', 'kupat-sfarim.co.il', '/account/login/', 'Hebrew (RTL) bookshop login with "המשך עם Google"', [S.freePhish]);
ord('o-bank-mfa-code', 'online.harborline-bank.com', '/verify/', 'a bank\'s own "Enter your security code" page', [S.mfaGuide]);
ord('o-workspace-chooser', 'app.teamchatter.io', '/workspaces/', 'chat app workspace chooser with Microsoft/Google sign-in links', [S.freePhish]);
ord('o-esign-own-document', 'app.inkwell-sign.com', '/documents/7f2a9/sign/', 'an e-signature service\'s own document page (e-mail + access code)', [S.docusign]);
ord('o-vercel-saas-login', 'taskflow-app.vercel.app', '/login/', 'SaaS on vercel.app: GitHub/Google/Microsoft buttons and its own form', [S.vercel]);
ord('o-netlify-docs-signin', 'runbook-docs.netlify.app', '/signin/', 'docs site on netlify.app with one "Sign in with Microsoft" link', [S.vercel]);
ord('o-notion-oauth-howto', 'acme-eng.notion.site', '/How-our-Microsoft-sign-in-works/', 'Notion page documenting the Microsoft sign-in, MFA and "Stay signed in?"', [S.consentEtc]);
ord('o-forum-turnstile-login', 'forum.retrobytes.org', '/login/', 'forum login behind a Turnstile-looking gate', [S.tycoonNtt], { click: { selector: '#cf-check' }, settleMs: 2500 });
ord('o-ru-company-login', 'lk.tochka-sklad.ru', '/login/', 'Russian company\'s own "Вход в личный кабинет"', [S.freePhish]);
ord('o-zh-company-login', 'passport.yunshu-tech.cn', '/login/', 'Chinese company\'s own "账号登录" with WeChat', [S.freePhish]);
ord('o-svg-infographic', 'brand.northwind-traders.com', '/security/signin-infographic.svg', 'a company\'s SVG infographic naming Microsoft Entra ID and MFA', [S.svgPond]);
ord('o-tv-activate-code', 'tv.streamnest-example.com', '/activate/', 'a streaming service\'s own "Link your TV" code page', [S.deviceCode]);
ord('o-saas-account-chooser', 'app.mailmerge-pro.com', '/accounts/', 'a SaaS\'s own "Choose an account" list', [S.freePhish]);

module.exports = { HOSTS, PAGES };

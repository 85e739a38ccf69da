'use strict';
// Eighth red-team round: spoofs built from public write-ups of phishing kits, in six families, and
// ordinary pages close to them that must stay quiet. Fixtures: tests/corpus/gen-redteam8.py.
// Row shape: tests/e2e/pages.js; `trick` names the family, `source` the write-ups followed.

const S = {
  fontObfuscation: 'https://lobste.rs/s/jxjgnx/phishing_template_uses_fake_fonts_decode',
  homoglyphText: 'https://www.moddtech.com/articles/the-phishing-your-eye-cant-see-homograph-attacks-and-how-to-detect-them-before-its-too-late',
  confusables: 'https://weard.io/docs/detection-methods/homograph',
  nlpEvasion: 'https://www.cybertalk.org/2021/11/11/this-tiny-font-phishing-campaign-could-fool-your-o365-email-filters/',
  tycoonTurnstile: 'https://samurai.by.security.ntt/post/threat-report-by-ntt-security-tycoon-2fa-a-trending-phishing-kit',
  tycoonDom: 'https://sublime.security/feeds/core/detection-rules/link-tycoon2fa-phishing-kit-non-exhaustive-a070d4e2',
  botChecks: 'https://tripwirejs.com/docs/detection-categories',
  owaExpiry: 'https://www.mailguard.com.au/blog/cybercriminals-craft-password-expiry-notification-email-to-scam-outlook-web-app-users',
  owaMailIssues: 'https://news.sophos.com/en-us/2020/08/21/outlook-mail-issues-phishing-dont-fall-for-this-scam/',
  teamsLure: 'https://it.ucsf.edu/mar-2023-attacks-spread-microsoft-teams-themed-lures',
  teamsInvite: 'https://technewshub.co.uk/post/cybercriminals-exploiting-fake-microsoft-teams-invite-to-steal-user-credentials',
  phishPoint: 'https://www.netsec.news/sharepoint-files-used-to-harvest-office-365-credentials/',
  sharepointLure: 'https://ironscales.com/threat-intelligence/compromised-m365-sharepoint-share-clean-scanner-credential-harvest',
  sharepointKaspersky: 'https://usa.kaspersky.com/blog/sharepoint-notification-scam/28012/',
  ghSecurityAlert: 'https://veza.com/?p=9915',
  ghMentions: 'https://devactivity.com/insights/community-insight-understanding-github-phishing-attacks-via-mentions',
  sawfish: 'https://news.sophos.com/en-us/2020/04/17/github-users-targetted-by-sawfish-phishing-campaign',
  supportScam: 'https://scammerwatch.net/microsoft-support-scam/',
  storm2372: 'https://jokerchen.me/en-us/security/blog/2025/02/13/storm-2372-conducts-device-code-phishing-campaign',
  deviceCodeTeams: 'https://lwst.io/en/posts/microsoft-entra-device-code-phishing/',
  ghDeviceCode: 'https://www.webasha.com/blog/github-device-code-phishing-explained-attack-flow-prevention-guide-2025',
  googleDeviceCode: 'https://red.tymyrddin.dev/docs/in/real/credentials/device-code.html',
  evilTokens: 'https://www.gorganizer.net/explain/eviltokens-device-code',
  appPasswordUnc6293: 'https://b2bdaily.com/it/are-your-gmail-passwords-safe-from-russian-hackers',
  patLeak: 'https://securie.ai/leak/github-personal-access-token',
  consentMs: 'https://learn.microsoft.com/en-us/entra/identity/enterprise-apps/protect-against-consent-phishing',
  consentAdvisory: 'https://www.solutionpartner.com/blog/what-is-consent-phishing-microsoft-warns-about-new-app-based-attack-angle/',
  verifiedPublisherAbuse: 'https://cert.bournemouth.ac.uk/microsofts-verified-publisher-status-abused-in-email-theft-campaign/',
  consentGuide: 'https://www.appguard360.com/post/consent-phishing-in-microsoft-365-how-it-works-how-to-prevent-it',
  firebase: 'https://www.armorblox.com/blog/microsoft-office-phishing-attack-hosted-on-google-firebase/',
  firebaseKnowbe4: 'https://blog.knowbe4.com/new-phishing-attack-uses-google-firebase-to-trick-microsoft-and-achieve-a-spam-confidence-level-of-just-1',
  azureWindowsNet: 'https://social.cyware.com/news/scammers-leverage-fake-office-365-admin-alerts-in-new-bec-scam-f4b36c34',
  appspot: 'https://www.cyber.nj.gov/alerts-and-advisories/20190128/microsoft-phishing-campaign',
  evilginx: 'https://hackershub.com/nl/awareness/phishing/microsoft-365-phishing/',
  aitm: 'https://relaunch.crisec.de/en/blog/phishing-in-the-age-of-multi-factor-authentication',
  tycoonAitm: 'https://radarbytes.com/en/noticia/the-master-coup-at-tycoon2fa-reveals-the-global-threat-of-phishing-and-mfa-evasion-414',
};

const F1 = 'text the DOM does not spell';
const F2 = 'waits for a human';
const F3 = 'webmail and collaboration clone';
const F4 = 'device code / app password';
const F5 = 'consent on the genuine host';
const F6 = 'hosting and reverse proxy';
const ORD = 'ordinary';

const spoof = (family, provider, name, host, path, trick, what, source, extra = {}) =>
  ({ name, host, path, expect: 'danger', provider, family, trick: `${family}: ${trick}`, what, source, ...extra });
const quiet = (name, host, path, trick, what, source, extra = {}) =>
  ({ name, host, path, expect: 'none', family: ORD, trick: `${ORD}: ${trick}`, what, source, ...extra });

const MS_CONSENT_Q = (scope) => `?client_id=5b1c9e2a-0d4f-4a7e-9c61-2f8e7d3a9b10&response_type=code&prompt=consent&redirect_uri=https%3A%2F%2Fteams-addin.cloud-sync.app%2Fauth&scope=${scope}&state=rt8`;

const PAGES = [
  // 1. Text the DOM does not spell
  spoof(F1, 'microsoft', 'ms-cyrillic-brand', 'docs-secure-share.com', '/',
    'brand, heading and title in Cyrillic look-alikes (Місrоѕоft, Ѕіgn іn)', 'Microsoft sign-in whose words are Cyrillic', [S.homoglyphText, S.confusables]),
  spoof(F1, 'microsoft', 'ms-fullwidth-brand', 'portal-access-center.net', '/',
    'brand and heading in fullwidth forms (Ｍｉｃｒｏｓｏｆｔ, Ｓｉｇｎ ｉｎ), letter-spacing pulled in', 'Microsoft sign-in in fullwidth letters', [S.homoglyphText, S.nlpEvasion]),
  spoof(F1, 'microsoft', 'ms-math-bold-brand', 'mailbox-quota-notice.org', '/',
    'brand, heading and title in mathematical bold (𝐌𝐢𝐜𝐫𝐨𝐬𝐨𝐟𝐭)', 'Microsoft sign-in in mathematical alphanumerics', [S.homoglyphText, S.nlpEvasion]),
  spoof(F1, 'google', 'google-combining-marks', 'shared-drive-notice.com', '/',
    'combining grapheme joiners between the letters of Google, soft hyphens inside Sign in', 'Google sign-in with invisible marks in every word', [S.nlpEvasion, S.confusables]),
  spoof(F1, 'github', 'github-row-reverse', 'repo-invite-center.dev', '/',
    'heading and brand letters reversed in the DOM, drawn in order by flex-direction: row-reverse', 'GitHub sign-in whose text reads backwards', [S.nlpEvasion, S.sawfish]),
  spoof(F1, 'azure-devops', 'ado-css-order', 'pipeline-review.io', '/',
    'letters of Azure DevOps and the heading shuffled in the DOM, put back by CSS order', 'Azure DevOps sign-in with shuffled letters', [S.nlpEvasion, S.tycoonDom]),
  spoof(F1, 'google', 'google-absolute-letters', 'docs-review-portal.net', '/',
    'every letter absolutely positioned, DOM order scrambled', 'Google sign-in with letters placed one by one', [S.nlpEvasion, S.tycoonDom]),
  spoof(F1, 'microsoft', 'ms-absolute-letters', 'shared-invoice-portal.com', '/',
    'brand and heading letters absolutely positioned, DOM order scrambled', 'Microsoft sign-in with letters placed one by one', [S.nlpEvasion, S.tycoonDom]),
  spoof(F1, 'microsoft', 'ms-attr-counter', 'payroll-update-center.com', '/',
    'brand from ::before content: attr(data-b), heading from an @counter-style whose symbols are its letters', 'Microsoft sign-in whose words live in CSS', [S.nlpEvasion, S.fontObfuscation]),
  spoof(F1, 'github', 'github-svg-tspan', 'ci-artifacts-download.com', '/',
    'heading and brand as SVG <text> with one <tspan x> per letter in scrambled order', 'GitHub sign-in drawn in SVG text', [S.nlpEvasion, S.sawfish]),
  spoof(F1, 'microsoft', 'ms-font-remap', 'secure-fax-inbox.com', '/',
    'web font whose cmap maps qwzxkvkjh to the glyphs of Microsoft (font obfuscation)', 'Microsoft sign-in whose DOM says qwzxkvkjh', [S.fontObfuscation]),
  spoof(F1, 'microsoft', 'ms-emoji-squares', 'voicemail-player.net', '/',
    'logo drawn with emoji squares 🟥🟩🟦🟨, no brand word, tenant wording only', 'Microsoft-style sign-in with an emoji logo', [S.tycoonTurnstile, S.owaExpiry]),

  // 2. Pages that wait for a human
  spoof(F2, 'microsoft', 'ms-pointermove-gate', 'benefits-enrollment-2026.com', '/',
    'form built from a <template> on the first pointermove', 'Microsoft sign-in that waits for the mouse', [S.botChecks, S.tycoonTurnstile],
    { click: { selector: 'main' } }),
  spoof(F2, 'google', 'google-scroll-gate', 'document-preview-hub.com', '/',
    'long document preview; the sign-in overlay is built once the page scrolls', 'Google sign-in that waits for a scroll', [S.botChecks, S.firebase],
    { click: { selector: '#continue' } }),
  spoof(F2, 'github', 'github-click-anywhere', 'security-advisory-notice.dev', '/',
    'advisory text; a click anywhere builds the sign-in form', 'GitHub sign-in that waits for a click', [S.botChecks, S.ghMentions],
    { click: { selector: '#slot' } }),
  spoof(F2, 'azure-devops', 'ado-environment-check', 'release-gate-check.io', '/',
    '"Checking your browser" for 2.5 s, then screen/languages/cores/visibility checks, then the form', 'Azure DevOps sign-in behind a bot check', [S.tycoonTurnstile, S.botChecks]),
  spoof(F2, 'microsoft', 'ms-password-on-focus', 'hr-docs-portal.com', '/',
    'only the e-mail field at first; the password input is created when it gets focus (the e-mail-only stage is judged, before any focus)', 'Microsoft sign-in that grows a password field', [S.tycoonDom, S.sharepointLure]),
  spoof(F2, 'google', 'google-rebuild-on-focus', 'meet-recording-share.com', '/',
    'form torn down and rebuilt with new ids and names on focus and every keystroke (the identifier-only stage is judged, before any focus)', 'Google sign-in rebuilt per keystroke', [S.tycoonDom, S.botChecks]),
  spoof(F2, 'github', 'github-password-after-blur', 'org-invite-accept-now.com', '/',
    'login field autofocused; on blur it is replaced by a password field (the login-only stage is judged, before any blur)', 'GitHub sign-in that swaps in the password field', [S.ghMentions, S.tycoonDom]),

  // 3. Webmail and collaboration clones
  spoof(F3, 'microsoft', 'owa-session-expired', 'webmail-cloudsync.net', '/owa/',
    'fake Outlook on the web inbox behind a "session expired, sign in again" modal', 'Outlook inbox clone asking to sign in again', [S.owaExpiry, S.owaMailIssues]),
  spoof(F3, 'google', 'gmail-verify-modal', 'inbox-sync-service.com', '/mail/u/0/',
    'fake Gmail inbox behind a "Verify it’s you" password modal', 'Gmail inbox clone asking for the password', [S.owaMailIssues, S.firebaseKnowbe4]),
  spoof(F3, 'microsoft', 'teams-join-signin', 'meet-join-portal.com', '/l/meetup-join/',
    'Teams meeting pre-join page: "sign in and join now" with e-mail and password', 'Teams join page asking to sign in', [S.teamsLure, S.teamsInvite]),
  spoof(F3, 'microsoft', 'sharepoint-file-request', 'file-request-upload.com', '/sites/finance/',
    'SharePoint file request upload page: "sign in with your Microsoft 365 account to upload"', 'SharePoint file-request clone', [S.phishPoint, S.sharepointKaspersky]),
  spoof(F3, 'github', 'github-security-alert', 'account-security-review.dev', '/settings/security/',
    '"Security alert: new token created, re-authenticate to review"', 'GitHub security-alert re-authentication', [S.ghSecurityAlert, S.sawfish]),
  spoof(F3, 'azure-devops', 'ado-pipeline-approval', 'build-approvals.net', '/northwind/_build/',
    '"Pipeline run requires approval, sign in to review"', 'Azure DevOps approval clone asking to sign in', [S.consentAdvisory, S.tycoonAitm]),
  spoof(F3, 'microsoft', 'ms-support-chat', 'help-desk-live.com', '/',
    '"Microsoft Support" chat widget whose agent asks for the password in a textarea', 'support chat asking for the password', [S.supportScam, S.owaMailIssues]),

  spoof(F3, 'github', 'github-support-chat', 'dev-support-desk.com', '/',
    '"GitHub Support" chat whose agent asks for password and token in a textarea', 'GitHub support chat asking for secrets', [S.supportScam, S.ghSecurityAlert]),

  // 4. Device codes and app passwords
  spoof(F4, 'github', 'github-device-code-lure', 'copilot-license-activate.com', '/',
    'GitHub-styled page with a user code and github.com/login/device links, no password field', 'GitHub device-code lure', [S.ghDeviceCode, S.evilTokens]),
  spoof(F4, 'google', 'google-device-code-lure', 'tv-cast-activate.com', '/',
    'Google-styled page with a user code and google.com/device links', 'Google device-code lure', [S.googleDeviceCode, S.evilTokens]),
  spoof(F4, 'microsoft', 'ms-device-code-teams', 'teams-conference-invite.com', '/',
    'Teams meeting lure with a code for microsoft.com/devicelogin', 'Microsoft device-code lure', [S.storm2372, S.deviceCodeTeams]),
  spoof(F4, 'microsoft', 'ms-app-password', 'mail-client-setup.net', '/',
    '"Enter your app password" for Outlook with a 16-character password field', 'Microsoft app-password harvest', [S.appPasswordUnc6293, S.owaExpiry]),
  spoof(F4, 'github', 'github-pat-paste', 'actions-runner-setup.dev', '/',
    '"Paste your personal access token (repo, workflow, admin:org) to continue"', 'GitHub token harvest', [S.patLeak, S.ghSecurityAlert]),
  spoof(F4, 'google', 'google-app-password', 'workspace-sync-tool.com', '/',
    '"App password required" Google card with a xxxx xxxx xxxx xxxx field', 'Google app-password harvest', [S.appPasswordUnc6293]),
  spoof(F4, 'microsoft', 'ms-passkey-fallback', 'passkey-enroll-center.com', '/',
    '"Sign in with a passkey"; the button fails over to a password form', 'Microsoft passkey page falling back to a password', [S.tycoonAitm, S.evilginx],
    { click: { selector: '#passkey' } }),

  // 5. Consent on the genuine host (own tenant paths under login.microsoftonline.com)
  { ...spoof(F5, 'microsoft', 'ms-consent-cyrillic-app-name', 'login.microsoftonline.com',
    `/rt8-fabrikam.onmicrosoft.com/oauth2/v2.0/authorize${MS_CONSENT_Q('Mail.ReadWrite%20Mail.Send%20offline_access')}`,
    'consent for "Micrоsoft Teams" (Cyrillic о), unverified, Mail.ReadWrite and Mail.Send', 'genuine consent to an app named like Microsoft Teams', [S.consentMs, S.consentAdvisory]), expect: 'caution' },
  { ...spoof(F5, 'microsoft', 'ms-consent-zoom-for-outlook', 'login.microsoftonline.com',
    `/rt8-contoso.onmicrosoft.com/oauth2/v2.0/authorize${MS_CONSENT_Q('Mail.ReadWrite%20Files.ReadWrite.All%20Contacts.Read')}`,
    'consent for "Zoom for Outlook" (another company’s product name), unverified, mail and all files', 'genuine consent to an app borrowing a product name', [S.consentMs, S.verifiedPublisherAbuse]), expect: 'caution' },
  { ...spoof(F5, 'microsoft', 'ms-adminconsent-tenant-wide', 'login.microsoftonline.com',
    '/rt8-northwind.onmicrosoft.com/v2.0/adminconsent?client_id=5b1c9e2a-0d4f-4a7e-9c61-2f8e7d3a9b10&scope=https%3A%2F%2Fgraph.microsoft.com%2FDirectory.ReadWrite.All%20https%3A%2F%2Fgraph.microsoft.com%2FMail.ReadWrite&redirect_uri=https%3A%2F%2Fteams-addin.cloud-sync.app%2Fauth&state=rt8',
    'admin consent, German official-looking name "Microsoft Sicherheitsprüfung", tenant-wide Directory.ReadWrite.All', 'genuine admin consent for tenant-wide scopes', [S.consentGuide, S.consentMs]), expect: 'caution' },

  // 6. Hosting and reverse proxies
  spoof(F6, 'google', 'google-firebaseapp', 'drive-share-4821.firebaseapp.com', '/',
    'Google Drive sign-in on *.firebaseapp.com', 'Google sign-in on Firebase hosting', [S.firebase, S.firebaseKnowbe4]),
  spoof(F6, 'microsoft', 'ms-azurewebsites', 'hr-portal-2026.azurewebsites.net', '/',
    'Microsoft sign-in on *.azurewebsites.net', 'Microsoft sign-in on Azure Web Apps', [S.azureWindowsNet]),
  spoof(F6, 'microsoft', 'ms-blob-static-site', 'sharedocs0x7.blob.core.windows.net', '/$web/index.html',
    'Microsoft sign-in as a static site in a blob container ($web)', 'Microsoft sign-in on Azure Blob storage', [S.azureWindowsNet, S.appspot]),
  spoof(F6, 'github', 'github-s3-bucket', 'gh-actions-auth.s3.amazonaws.com', '/login.html',
    'GitHub sign-in served from an S3 bucket', 'GitHub sign-in on S3', [S.sawfish, S.appspot]),
  spoof(F6, 'github', 'github-codespaces-port', 'fluffy-space-guide-4j9x6-8080.app.github.dev', '/',
    'GitHub sign-in on a forwarded Codespaces port (*.app.github.dev)', 'GitHub sign-in on a Codespaces URL', [S.ghMentions, S.sawfish]),
  spoof(F6, 'azure-devops', 'ado-surge', 'devops-approvals.surge.sh', '/',
    'Azure DevOps sign-in on *.surge.sh', 'Azure DevOps sign-in on surge.sh', [S.consentAdvisory, S.appspot]),
  spoof(F6, 'github', 'github-gitlab-pages', 'sec-team-portal.gitlab.io', '/',
    'GitHub sign-in on *.gitlab.io', 'GitHub sign-in on GitLab Pages', [S.sawfish, S.appspot]),
  spoof(F6, 'microsoft', 'ms-sharepoint-attacker-tenant', 'contosofinance.sharepoint.com', '/sites/Portal/SitePages/Verify',
    'Microsoft sign-in form on a SharePoint site of the attacker’s own tenant', 'Microsoft sign-in hosted on sharepoint.com', [S.sharepointLure, S.phishPoint]),
  spoof(F6, 'google', 'google-sites-apps-script', 'sites.google.com', '/view/northwind-payroll-rt8',
    'Google Sites page embedding an Apps Script iframe (script.googleusercontent.com) with the sign-in form', 'Google sign-in inside an Apps Script embed', [S.firebaseKnowbe4, S.appspot]),
  spoof(F6, 'microsoft', 'ms-reverse-proxy-copy', 'login.m365-sso-gateway.com', '/common/oauth2/v2.0/authorize?client_id=4765445b-32c6-49b0-83e6-1d93765276ca&response_type=code&scope=openid',
    'Evilginx-style copy: loginfmt/i0116, passwd/i0118, idSIButton9, assets rewritten to aadcdn-msftauth-net.<proxy>', 'Microsoft sign-in through a reverse proxy', [S.evilginx, S.aitm]),
  spoof(F6, 'github', 'github-reverse-proxy-copy', 'github.repo-sso.dev', '/login',
    'Evilginx-style copy: login_field, authenticity_token, integrity stripped, assets on github-githubassets-com.<proxy>', 'GitHub sign-in through a reverse proxy', [S.evilginx, S.tycoonAitm]),
  spoof(F6, 'google', 'google-reverse-proxy-copy', 'accounts.gsuite-sso.net', '/v3/signin/identifier',
    'Evilginx-style copy: identifierId, Passwd, assets on ssl-gstatic-com.<proxy>', 'Google sign-in through a reverse proxy', [S.aitm, S.tycoonAitm]),

  // Ordinary pages that sit close to the spoofs
  quiet('roundcube-session-expired', 'webmail.lakeside-college.edu', '/', 'Roundcube login after "session expired"', 'a college’s own Roundcube webmail', ['https://roundcube.net/']),
  quiet('zimbra-login', 'mail.harborview-clinic.org', '/', 'Zimbra web client sign-in', 'a clinic’s own Zimbra webmail', ['https://www.zimbra.com/']),
  quiet('mail-product-own-login', 'app.postbox-mail.com', '/login/', 'a mail product’s own login mentioning Gmail/Outlook imports', 'a webmail product’s own login', ['https://www.fastmail.com/']),
  quiet('meeting-own-join', 'meet.confero.io', '/j/884123/', 'a meeting service’s own join page (name only)', 'a meeting service’s join page', ['https://jitsi.org/']),
  quiet('shop-support-chat', 'help.greenleaf-garden.shop', '/', 'a shop’s chat widget with a textarea asking for the order number', 'a shop’s support chat', [S.supportScam]),
  quiet('devtool-api-token', 'dash.pipelane.dev', '/cli/auth/', 'a developer tool’s own "paste your API token" page', 'a CLI token page', [S.patLeak]),
  quiet('tv-device-pairing', 'watch.streamly.tv', '/activate/', '"enter the code shown on your TV"', 'a streaming service’s device pairing', [S.googleDeviceCode]),
  quiet('firebase-saas-provider-buttons', 'taskjar-app.web.app', '/', 'SaaS login on *.web.app with Google/Microsoft/GitHub buttons', 'a Firebase-hosted SaaS login', [S.firebase]),
  quiet('azure-saas-provider-buttons', 'rota-planner.azurewebsites.net', '/', 'SaaS login on *.azurewebsites.net with provider buttons', 'an Azure-hosted SaaS login', [S.azureWindowsNet]),
  quiet('font-specimen-wordmark', 'typenotes.design', '/segoe-specimen/', 'typography article: the Microsoft wordmark and "Sign in" set in Segoe', 'a font specimen', [S.fontObfuscation]),
  quiet('homoglyph-article', 'unicode-notes.blog', '/posts/confusables/', 'article listing Ｍｉｃｒｏｓｏｆｔ, 𝐌𝐢𝐜𝐫𝐨𝐬𝐨𝐟𝐭, Місrоѕоft and 🟥🟩🟦🟨', 'an article about confusables', [S.confusables]),
  quiet('cookie-banner-then-login', 'www.brightpath-travel.com', '/account/', 'login form built after the cookie banner is accepted', 'a travel site’s login behind a cookie banner', [S.botChecks], { click: { selector: '#accept' } }),
  quiet('gitea-self-hosted', 'git.oakridge-labs.net', '/user/login/', 'self-hosted Gitea sign-in with a "Sign in with GitHub" button', 'a self-hosted Git service', [S.sawfish]),
  quiet('bank-passkey-fallback', 'login.lumenbank.co.uk', '/', 'a bank’s own passkey login falling back to a password', 'a bank’s own passkey page', [S.evilginx], { click: { selector: '#passkey' } }),

  // Added after the round, with the fixes of its misses (REDTEAM8.md, "Fixed"): the look-alikes
  // of each fix, which must stay as they are.
  quiet('letter-grid-decor', 'play.wordtile-games.com', '/login/', 'added after the round: a decorative grid of absolutely placed letters, in scrambled DOM order, that spells nothing, above a login', 'a word game’s login beside a letter grid', [S.tycoonDom]),
  quiet('own-logo-placed-letters', 'app.kivora-studio.com', '/login/', 'added after the round: the site’s own name as absolutely placed letters in scrambled DOM order, on its own login', 'a studio’s own login with a logo of placed letters', [S.tycoonDom]),
  quiet('meeting-own-signin-works-with-teams', 'app.confero.io', '/join/', 'added after the round: a meeting service’s own sign-in to join, "works with Microsoft Teams, Zoom and Google Meet rooms"', 'a meeting service’s sign-in to join naming Teams', [S.teamsLure]),
  quiet('teams-integration-page', 'www.confero.io', '/integrations/microsoft-teams/', 'added after the round: "Confero for Microsoft Teams" integration page with the service’s own sign-in', 'an integration page for Teams', [S.teamsInvite]),
  quiet('help-article-never-ask-chat', 'help.fabrikam-cloud.com', '/articles/microsoft-365-sign-in/', 'added after the round: help article on Microsoft 365 sign-in, "we will never ask for your password", beside a chat box', 'a help article beside a support chat', [S.supportScam]),
  quiet('forum-reset-password-reply', 'forum.pcfixers.net', '/t/reset-microsoft-password/', 'added after the round: a forum’s reply box under a thread about resetting a Microsoft password ("enter your new password twice")', 'a forum reply box under a password-reset thread', [S.supportScam]),
  { ...spoof(F5, 'microsoft', 'ms-consent-unverified-sign-in-only', 'login.microsoftonline.com',
    `/rt8-litware.onmicrosoft.com/oauth2/v2.0/authorize${MS_CONSENT_Q('openid%20profile%20User.Read%20offline_access')}`,
    'added after the round: genuine consent, unverified publisher, sign-in and profile only', 'genuine consent to an unverified app that only signs in', [S.consentMs]), expect: 'genuine' },
  { ...spoof(F5, 'microsoft', 'ms-consent-unverified-mail-and-files', 'login.microsoftonline.com',
    `/rt8-adatum.onmicrosoft.com/oauth2/v2.0/authorize${MS_CONSENT_Q('Mail.ReadWrite%20Files.ReadWrite.All%20offline_access')}`,
    'added after the round: genuine consent, unverified publisher, mail and files (two high scopes)', 'genuine consent to an unverified app for mail and files', [S.consentMs, S.verifiedPublisherAbuse]), expect: 'genuine' },
];

const HOSTS = Object.fromEntries([...new Set(PAGES.map((p) => p.host)), 'n-rt8payroll-0lu-script.googleusercontent.com']
  .map((h) => [h, 'https']));

module.exports = { HOSTS, PAGES };

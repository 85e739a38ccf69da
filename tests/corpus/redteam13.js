'use strict';
// Thirteenth red-team round: spoofs of Microsoft, Google, GitHub and Azure DevOps built from public write-ups
// of current kits, in five families (self-hosted mail sign-in copies, token and key harvesting, steps whose
// only mark is a picture, rows of logos as camouflage, the newest kit tricks), and ordinary pages close to
// them that must stay quiet.
// Fixtures: tests/corpus/gen-redteam13.py. Row shape: tests/e2e/pages.js; `trick` names the family,
// `source` the write-ups followed. Write-up: tests/corpus/REDTEAM13.md.

const S = {
  owaPhishlet: 'https://github.com/kgretzky/evilginx2/pull/212',
  owaExchangePhishlet: 'https://github.com/kgretzky/evilginx2/issues/871',
  owaTemplate: 'https://github.com/pentestgeek/phishing-frenzy-templates/pull/12',
  owaSecurelist: 'https://securelist.com/owa-phish-a-new-vector/30573',
  owaSophos: 'https://news.sophos.com/en-us/2020/08/21/outlook-mail-issues-phishing-dont-fall-for-this-scam/',
  owaReasons: 'https://github.com/devnulli/EvlWatcher/issues/140',
  iokClearbit: 'https://github.com/phish-report/IOK/pull/178',
  branding: 'https://servtep.github.io/MCADDF/02_Initial/IA-PHISH-004_Branding.html',
  brandingCensornet: 'https://www.censornet.com/insights-events/insight/an-imitation-game-office-365/',
  tycoon: 'https://samurai.by.security.ntt/post/threat-report-by-ntt-security-tycoon-2fa-a-trending-phishing-kit',
  roundcubeConetix: 'https://conetix.com.au/support/suspicious-roundcube-phishing-emails/',
  roundcubeRemove: 'https://www.2-remove-virus.com/fr/supprimer-les-emails-de-phishing-cpanel-roundcube-verify-your-email-account-to-upgrade-your-security/amp',
  roundcubeTargeted: 'https://github.com/roundcube/roundcubemail/issues/6865',
  ghTokenActivity: 'https://github.com/1j01/jspaint/issues/358',
  ghTokenActivity2: 'https://github.com/BobTheShoplifter/Spring4Shell-POC/issues/13',
  ghPatLeak: 'https://securie.ai/leak/github-personal-access-token',
  ghPatTheft: 'https://github.blog/2023-08-15-hardening-repositories-against-credential-theft/',
  adoPat: 'https://servtep.github.io/MCADDF/03_Cred/CA-TOKEN-008_DevOps_PAT.html',
  adoPatStolen: 'https://graphlattice-corp.pages.dev/blog/2026-06-10-a-stolen-devops-pat-carries-the-user-s-authority',
  aspSecurityNl: 'https://www.security.nl/posting/892867/Google+waarschuwt+voor+phishingaanval+die+via+%27app+password%27+MFA+omzeilt?channel=rss',
  aspGigabit: 'https://www.gigabitsys.com/news/hackers-gain-backdoor-to-yo',
  aspGiles: 'https://hackerpranks.com/blog/3366',
  consentFixGlueck: 'https://www.glueckkanja.com/en/posts/2025-12-27-vulnerability-consentfix',
  consentFixPenligent: 'https://www.penligent.ai/hackinglabs/es/consentfix-attack/',
  consentFixIti: 'https://itinnovationstation.com/2026/06/23/consentfix-when-the-microsoft-login-page-is-real-but-the-attack-is-too/',
  consentFixElastic: 'https://github.funny.asso.eu.org/elastic/detection-rules/pull/5485',
  mamba: 'https://itpartners.co.nz/post/phishing-as-a-service-phaas---what-you-need-to-know-about-the-emerging-threat-and-how-to-keep-your-business-safe',
  flowerstorm: 'https://www.darktrace.com/blog/from-rockstar2fa-to-flowerstorm-investigating-a-blooming-phishing-as-a-service-platform',
  sneaky2fa: 'https://eye.security/blog/sneaky2fa-use-this-kql-query-to-stay-ahead-of-the-emerging-threat',
  logoScam: 'https://cyberdudebivash-news.blogspot.com/2025/10/how-to-spot-new-microsoft-logo-scam.html',
  providerGrid: 'https://www.hoax-slayer.net/watch-out-for-shared-document-phishing-scam-emails/',
  o365Multi: 'https://myonlinesecurity.co.uk/microsoft-office-email-verification-phishing-scam/',
  sawfish: 'https://news.sophos.com/en-us/2020/04/17/github-users-targetted-by-sawfish-phishing-campaign',
  evilToken: 'http://approjects.co.za/?big=en-us%2Fsecurity%2Fblog%2Ftag%2Fphishing%2Ffeed%2F',
  kali365: 'https://agathasweb.com/blog/fbi-alerta-microsoft-365-outlook-onedrive',
  kali365Erwin: 'https://erwin-computer.com/avoid_phishing_kali365.html',
  starkiller: 'https://cloudsecurityinpractice.com/en/2026/04/22/starkiller-phishing-intercepting-sessions-in-real-time-and-why-your-mfa-may-not-be-enough/',
  starkillerLex: 'https://www.lextrapolate.com/news/what-if-mfa-no-longer-enough-starkiller-phishing',
  ghMentions: 'https://devactivity.com/posts/trends-news-insights/beyond-the-inbox-how-github-phishing-bypassed-filters-and-what-it-means-for-engineering-teams',
  ghFakeAlerts: 'https://townofnorway.org/5-ways-fake-github-security-alerts-can-lead-to-account-hijacking/',
  storm2372: 'https://lwst.io/en/posts/microsoft-entra-device-code-phishing/',
  adoPatGuide: 'https://azuredevopsguide.com/personal-access-tokens-in-azure-devops',
};

const FW = 'self-hosted mail sign-in copy';
const FT = 'token and key harvesting';
const FP = 'only a picture';
const FL = 'logo row as camouflage';
const FN = 'newest kit tricks';
const ORD = 'ordinary';

const spoof = (family, provider, name, host, path, trick, what, source, extra = {}) =>
  ({ name, host, path, expect: 'danger', provider, family, trick: `${family}: ${trick}`, what, source, ...extra });
const quiet = (name, host, path, trick, what, source, extra = {}) =>
  ({ name, host, path, expect: 'none', family: ORD, trick: `${ORD}: ${trick}`, what, source, ...extra });

const OWA_QUERY = '?replaceCurrent=1&url=https%3a%2f%2fmail.fabrikam.com%2fowa%2f';

const PAGES = [
  // W. Self-hosted mail sign-in copies
  spoof(FW, 'microsoft', 'owa2016-company-lookalike', 'mail.fabrikam-owa.com', `/owa/auth/logon.aspx${OWA_QUERY}`,
    'an Outlook on the web (Exchange 2016) copy: the Outlook tile, "Outlook", "Domain\\user name:", "Password:", "sign in", "Fabrikam, Inc." in the corner, the OWA form fields (destination=https://mail.fabrikam.com/owa/); no Microsoft name or logo; the host adds "-owa" to the company’s name', 'on-premises OWA copy on a look-alike mail host', [S.owaPhishlet, S.owaExchangePhishlet, S.owaReasons]),
  spoof(FW, 'microsoft', 'owa2010-microsoft-logo', 'webmail.contoso-exchange.net', '/owa/',
    'an Outlook Web App (Exchange 2010) copy with the Microsoft logo and name, "Contoso Ltd. — Staff e-mail", the public/private computer choice, "Domain\\user name:", "Connected to Microsoft Exchange"', 'OWA 2010 copy with Microsoft’s logo', [S.owaTemplate, S.owaSecurelist, S.owaSophos]),
  spoof(FW, 'microsoft', 'owa-tenant-from-link', 'owa.mailbox-upgrade-center.com', '/owa/#a.kovac@tailspintoys.com',
    'a tenant-targeted OWA copy: a script reads the victim’s e-mail from the link, writes the company’s name and initial tile ("Tailspin Toys webmail"), prefills the address; "Outlook", "Email address:", "Password:"', 'OWA copy branded from the victim’s address', [S.iokClearbit, S.branding, S.brandingCensornet, S.tycoon]),
  spoof(FW, 'microsoft', 'owa2016-german-lookalike', 'owa-meierlogistik.de', '/owa/',
    'a German OWA copy: "Outlook", "Domäne\\Benutzername:", "Kennwort:", "Anmelden", "Meier Logistik GmbH"; host joins owa- and the company’s name', 'German on-premises OWA copy', [S.owaPhishlet, S.owaSecurelist]),
  spoof(FW, 'google', 'workspace-company-mail', 'mail.woodgrove-banking.co', '/',
    'a "Woodgrove Banking Co. · Staff Mail" header over Google’s sign-in card ("Sign in with your Woodgrove Banking Google Workspace account", Email or phone, Enter your password) on a mail. host', 'company mail page that is a Google sign-in copy', [S.branding, S.roundcubeTargeted]),
  spoof(FW, 'microsoft', 'roundcube-moved-to-m365', 'webmail.adatum-corp.com', '/',
    'a Roundcube-looking company webmail ("Adatum Corporation Webmail", _user/_pass) with the Microsoft logo and "Your mailbox has moved to Microsoft 365. Sign in with your Microsoft 365 password"', 'webmail page asking for the Microsoft 365 password', [S.roundcubeConetix, S.roundcubeRemove, S.roundcubeTargeted]),

  // T. Token and key harvesting
  spoof(FT, 'github', 'gh-review-token-activity', 'token-activity-review.com', '/settings/tokens/review/',
    'GitHub’s settings look (octocat, Settings side menu, red flash): "Review token activity" with a source IP and time, and a box for the personal access token ("ghp_… or github_pat_…") to "review and revoke"', 'GitHub token page asking for the token', [S.ghTokenActivity, S.ghTokenActivity2, S.ghPatLeak]),
  spoof(FT, 'github', 'gh-review-token-activity-footer', 'token-activity-check.com', '/settings/tokens/review/',
    'the same "Review token activity" page with GitHub’s own footer ("© 2025 GitHub, Inc.", Terms, Privacy, Security, Status, Docs, Contact), as a kit that saves the whole page keeps it', 'GitHub token page with GitHub’s footer', [S.ghTokenActivity, S.ghTokenActivity2, S.ghPatTheft]),
  spoof(FT, 'github', 'gh-credential-helper-token', 'git-credential-helper.app', '/github/',
    'a made-up "Git Credential Helper" bar over GitHub’s sign-in box (octocat, "Sign in to GitHub", Browser / Device / Token tabs) whose Token tab asks for the username and a personal access token', 'GitHub sign-in copy asking for a token', [S.ghPatLeak, S.ghPatTheft, S.sawfish]),
  spoof(FT, 'azure-devops', 'ado-pat-revalidate', 'pipelineguard-app.com', '/ado/tokens/',
    'a made-up "PipelineGuard" strip over the Azure DevOps bar and panel: "Personal access tokens", "your token build-agent-01 expires today, paste the current token value to re-validate it"', 'Azure DevOps token page under a made-up app', [S.adoPat, S.adoPatStolen, S.adoPatGuide]),
  spoof(FT, 'google', 'google-app-password', 'consult-platform-access.org', '/connect/',
    'Google’s card (logo, "Connect your account") with the UNC6293 steps: open myaccount.google.com/apppasswords, create one named ms.state.gov, paste the 16-character code', 'Google app-password harvest', [S.aspSecurityNl, S.aspGigabit, S.aspGiles]),
  spoof(FT, 'microsoft', 'ms-paste-localhost-card', 'cli-signin-finish.com', '/',
    'a Microsoft card "Finish signing in": sign in with the Azure CLI client in a new tab, then paste the whole http://localhost:8400/?code=… address into the box', 'Microsoft authorization code asked for on a Microsoft card', [S.consentFixGlueck, S.consentFixPenligent, S.consentFixElastic]),

  // P. Steps whose only mark of the provider is a picture
  spoof(FP, 'microsoft', 'ms-number-css-tiles', 'secure-approve-check.com', '/common/SAS/',
    '"Approve sign in request" with the victim’s address and 47; the logo is four coloured divs in a CSS grid; the word Microsoft appears nowhere; the page polls', 'number-matching step with a CSS-drawn logo', [S.mamba, S.flowerstorm, S.tycoon]),
  spoof(FP, 'microsoft', 'ms-sms-code-bg-logo', 'sms-code-verify.net', '/common/SAS/ProcessAuth/',
    '"Enter code" (we texted your phone +X XXXXXXXX42), code box, Verify; the logo is a CSS background image on an empty span; no provider name in any text', 'SMS-code step with a background-image logo', [S.sneaky2fa, S.flowerstorm]),
  spoof(FP, 'google', 'google-2sv-canvas-wordmark', 'account-2sv-check.com', '/signin/challenge/ipp/',
    '"2-Step Verification" with the account chip, "G-" code box, Try another way; the coloured wordmark is drawn on a canvas; the word Google appears nowhere in the DOM', 'Google 2-Step step with a canvas wordmark', [S.tycoon, S.logoScam]),
  spoof(FP, 'github', 'gh-2fa-img-octocat', 'repo-2fa-verify.com', '/sessions/two-factor/app/',
    '"Two-factor authentication", Authentication code, Verify, passkey / mobile / recovery links; the octocat is an <img> of an SVG data URL with empty alt; no "GitHub" in any text', 'GitHub 2FA step with an image octocat', [S.sawfish, S.ghFakeAlerts]),
  spoof(FP, 'microsoft', 'ms-picker-then-password', 'account-pick-continue.com', '/common/reprocess/',
    '"Pick an account" with the victim’s tile and "Use another account"; clicking the tile shows "Enter password"; the logo is an <img> with empty alt; no provider name in any text', 'account picker then password, logo only', [S.tycoon, S.mamba], { click: { selector: '#t1' } }),

  // L. Rows of logos as camouflage
  spoof(FL, 'microsoft', 'provider-grid-office365', 'secure-file-share-docs.com', '/view/Q3/',
    '"Sign in with your email provider to view this document": Office 365 / Outlook / Gmail / Yahoo / AOL / Other mail tiles, Office 365 picked; below, Microsoft’s card "Sign in … to continue to Office 365"', 'document portal with a provider grid over a Microsoft card', [S.providerGrid, S.o365Multi]),
  spoof(FL, 'microsoft', 'signin-with-strip-m365', 'partner-portal-login.com', '/login/',
    'a partner portal whose login shows a strip of Microsoft / Google / GitHub / Slack logos ("we support every major provider") over a form: "Email, phone, or Skype", "Microsoft 365 password"', 'logo strip over a Microsoft 365 password box', [S.logoScam, S.o365Multi]),
  spoof(FL, 'google', 'continue-with-gmail-password', 'sheetshare-pro.com', '/signin/',
    'Google’s card with a Google / Microsoft / Apple icon row and "or continue with your Gmail account": Gmail address, Gmail password', 'icon row over a Gmail password box', [S.providerGrid, S.logoScam]),
  spoof(FL, 'github', 'signin-with-github-pressed', 'codereview-hub.dev', '/login/',
    'GitHub’s sign-in look (octocat, box) titled "Sign in to CodeReview Hub", a GitHub / GitLab / Bitbucket row with GitHub pressed, then GitHub username and GitHub password', 'provider row over a GitHub password box', [S.sawfish, S.ghFakeAlerts]),
  spoof(FL, 'azure-devops', 'works-with-ado-password', 'sprintmetrics-app.com', '/signin/',
    'the Azure DevOps bar and panel renamed "SprintMetrics", a "Azure DevOps / GitHub / Jira" strip, a password box whose placeholder is "dev.azure.com password"', 'logo strip over an Azure DevOps password box', [S.adoPat, S.logoScam]),

  // N. The newest kit tricks
  spoof(FN, 'microsoft', 'consentfix-drag-drop', 'cli-session-verify.net', '/',
    'ConsentFix with drag-and-drop: a Microsoft card "Verify it’s you" linking to the Azure CLI authorize URL with a localhost redirect and a drop zone for the address; no text box', 'ConsentFix drop zone on a Microsoft card', [S.consentFixGlueck, S.consentFixIti, S.consentFixPenligent]),
  spoof(FN, 'microsoft', 'eviltoken-code-on-click', 'docsign-secure-view.com', '/d/7Qx2/',
    'EvilToken: a Microsoft card "Open protected document"; the device code is made only after Continue, then shown with Copy code and Open microsoft.com/devicelogin', 'on-demand device code on a Microsoft card', [S.evilToken, S.storm2372], { click: { selector: '#go' } }),
  spoof(FN, 'microsoft', 'kali365-acrobat-pt', 'acrobat-assinatura.com.br', '/documento/8821/',
    'Kali365: an Adobe Acrobat Sign lure in Portuguese ("Documento pendente de assinatura") whose only ask is to enter R8TK2MQ4V at microsoft.com/devicelogin with the work account', 'Portuguese Acrobat lure for the Microsoft device code', [S.kali365, S.kali365Erwin]),
  spoof(FN, 'microsoft', 'remote-browser-canvas-stream', 'meeting-notes-viewer.com', '/s/4f1c/',
    'a remote-browser stream (headless Chrome behind the kit): the whole Microsoft sign-in is pixels on a full-window canvas; keys go to an off-screen 1px textarea; no input on the page but that', 'Microsoft sign-in streamed as pixels', [S.starkiller, S.starkillerLex]),
  spoof(FN, 'github', 'gh-sudo-confirm-access', 'repo-sudo-confirm.com', '/sessions/sudo/',
    'GitHub’s sudo-mode "Confirm access" ("Signed in as @octo-dev", Password, Confirm, "You are entering sudo mode…") as the landing of a fake security-alert mention', 'GitHub sudo prompt on another host', [S.ghMentions, S.ghTokenActivity]),

  // Ordinary pages close to them that must stay quiet
  quiet('own-roundcube-webmail', 'webmail.harbourview-dental.co.uk', '/', 'a dental practice’s own Roundcube webmail on its own webmail host', 'a company’s own Roundcube', [S.roundcubeTargeted]),
  quiet('own-owa2016-company', 'mail.lindqvist-bygg.se', '/owa/auth/logon.aspx?replaceCurrent=1&url=https%3a%2f%2fmail.lindqvist-bygg.se%2fowa%2f', 'a building firm’s own Outlook on the web (Exchange 2016) on its own mail host: "Lindqvist Bygg AB", Outlook, Domain\\user name', 'a company’s own on-premises OWA', [S.owaPhishlet, S.owaReasons]),
  quiet('own-owa2010-town', 'owa.stadt-kleinfeld.de', '/owa/', 'a town’s own Outlook Web App (Exchange 2010) in German, with Microsoft’s logo as OWA 2010 shows it, on its own owa. host', 'a town’s own OWA 2010', [S.owaPhishlet, S.owaSecurelist]),
  quiet('own-owa2010-english', 'webmail.hollis-partners.com', '/owa/', 'the same OWA 2010 page in English, a law firm’s own ("Hollis & Partners LLP") on its own webmail host', 'a law firm’s own OWA 2010', [S.owaPhishlet, S.owaTemplate]),
  quiet('ci-connect-github-token', 'ci.quarrypoint.dev', '/settings/integrations/github/', 'a CI tool’s own settings under its own header: paste a fine-grained GitHub token, with the octocat beside the line', 'a CI tool’s own GitHub token settings', [S.ghPatTheft]),
  quiet('ci-connect-ado-pat', 'app.relaybuild.io', '/settings/connect/azure-devops/', 'a CI tool’s own "Connect Azure DevOps" settings with the Azure DevOps icon and a PAT box', 'a CI tool’s own Azure DevOps token settings', [S.adoPatGuide]),
  quiet('app-login-signin-with-row', 'app.tidepool-notes.com', '/login/', 'a notes app’s own login: Sign in with Google / Microsoft / GitHub buttons (real OAuth links) and its own e-mail and password', 'an app’s own login with provider buttons', [S.providerGrid]),
  quiet('docs-github-token-guide', 'docs.relaybuild.io', '/guides/github-token/', 'a help page on creating a GitHub token, with a drawn figure of GitHub’s token page', 'a help page about GitHub tokens', [S.ghPatLeak]),
  quiet('it-help-number-matching-figure', 'it.brookfield-college.edu', '/kb/authenticator-number-matching/', 'a college IT page with a drawn example of "Approve sign in request" (Microsoft logo, 47)', 'an IT help page with an MFA figure', [S.mamba]),
  quiet('app-gmail-app-password', 'app.mailbridge-sync.com', '/accounts/add/gmail/', 'a mail app’s own "Add a Gmail account" settings asking, under its own name, for an app password for IMAP', 'an app’s own app-password integration', [S.aspGigabit]),
  quiet('signup-trusted-by-logos', 'www.ledgerpine.com', '/signup/', 'a SaaS sign-up with a "trusted by" strip of Microsoft / Google / GitHub / Slack / Jira logos and its own password', 'a sign-up with a logo strip', [S.logoScam]),
];

const HOSTS = Object.fromEntries([...new Set(PAGES.map((p) => p.host))].map((h) => [h, 'https']));

module.exports = { HOSTS, PAGES };

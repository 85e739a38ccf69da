'use strict';
// Eleventh red-team round: spoofs of Microsoft, Google, GitHub and Azure DevOps built from public write-ups
// of current kits, in six families that read as ordinary pages, a set from the newest write-ups, and
// ordinary pages close to them that must stay quiet.
// Fixtures: tests/corpus/gen-redteam11.py. Row shape: tests/e2e/pages.js; `trick` names the family,
// `source` the write-ups followed. Write-up: tests/corpus/REDTEAM11.md.

const S = {
  storm2372: 'https://www.cyclonis.com/russian-state-hackers-exploit-device-code-phishing-global-cyber-espionage-campaign/',
  storm2372Lwst: 'https://lwst.io/en/posts/microsoft-entra-device-code-phishing/',
  deviceGridinsoft: 'https://blog.gridinsoft.com/device-code-phishing-microsoft-token-theft/',
  deviceInterview: 'https://ferry0x13.com/2026/03/10/the-job-interview-that-turned-into-a-microsoft-phishing-attack/',
  ghDevice: 'https://www.webasha.com/blog/github-device-code-phishing-explained-attack-flow-prevention-guide-2025',
  ghDeviceFlow: 'https://adaptive-enforcement-lab.com/patterns/github-actions/actions-integration/oauth-authentication/device-flow',
  tycoon: 'https://samurai.by.security.ntt/post/threat-report-by-ntt-security-tycoon-2fa-a-trending-phishing-kit',
  tycoonTakedown: 'https://radarbytes.com/en/noticia/the-master-coup-at-tycoon2fa-reveals-the-global-threat-of-phishing-and-mfa-evasion-414',
  sneaky2fa: 'https://eye.security/blog/sneaky2fa-use-this-kql-query-to-stay-ahead-of-the-emerging-threat',
  mamba: 'https://itpartners.co.nz/post/phishing-as-a-service-phaas---what-you-need-to-know-about-the-emerging-threat-and-how-to-keep-your-business-safe',
  consentFix: 'https://www.anthonybahn.com/learn/understanding-oauth-security',
  consentPhishing: 'https://havenmessenger.com/blog/posts/oauth-phishing-attacks/',
  consentWorkos: 'https://workos.com/blog/oauth-governance-consent-phishing',
  adoPat: 'https://servtep.github.io/MCADDF/03_Cred/CA-TOKEN-008_DevOps_PAT.html',
  adoPatGuide: 'https://azuredevopsguide.com/personal-access-tokens-in-azure-devops',
  bitbSteam: 'https://www.inside-digital.de/news/gamer-angriff-neue-phishing-masche-browser',
  bitbJp: 'https://forbesjapan.com/articles/detail/78101/page2',
  bitbPopups: 'http://3.84.226.221/phishing-pop-ups',
  clickfixMerit: 'https://meritsolutions.net/?p=2832',
  clickfixMoneywise: 'https://moneywise.com/news/news/fake-captcha-clickfix-scam-malware-identity-theft',
  clickfixOsu: 'https://it.osu.edu/news/2025/01/13/beware-fake-captcha-initiates-malware',
  filefix: 'https://nhimg.org/glossary/filefix/',
  jpMsPhish: 'https://internet.watch.impress.co.jp/docs/news/1113028.html',
  jpKnowbe4: 'https://www.knowbe4.jp/blog/microsoft-help-desk-phish?hs_amp=true',
  dataUri: 'http://newsblog.wti.com/index.php/2014/05/the-text-data-in-a-url-may-indicate-a-phishing-site/',
  crawlphish: 'https://docslib.org/doc/9968027/crawlphish-large-scale-analysis-of-client-side-cloaking-techniques-in-phishing',
  shadowDom: 'https://blog.dashlane.com/shadow-dom-better-autofill/',
  platform: 'https://www.ditmsecurity.com/blog/platform-phishing.html',
  steamGuard: 'https://helpnetsecurity.com/2014/04/18/beware-of-clever-phishing-scam-that-bypasses-steam-guard',
};

const FD = 'device code dressed as documentation';
const FS = 'sign-in in the site’s own name';
const FJ = 'site name in a non-Latin script';
const FR = 'form in a hard-to-read frame';
const FB = 'browser-in-the-browser with its own logo';
const FC = 'ClickFix named only in a sentence';
const FO = 'newest write-ups';
const ORD = 'ordinary';

const spoof = (family, provider, name, host, path, trick, what, source, extra = {}) =>
  ({ name, host, path, expect: 'danger', provider, family, trick: `${family}: ${trick}`, what, source, ...extra });
const quiet = (name, host, path, trick, what, source, extra = {}) =>
  ({ name, host, path, expect: 'none', family: ORD, trick: `${ORD}: ${trick}`, what, source, ...extra });

const PAGES = [
  // D. A device-code lure dressed as documentation
  spoof(FD, 'microsoft', 'ms-devcode-terminal-docs', 'roomlink-setup.dev', '/docs/join/',
    'a docs page with a PowerShell transcript whose output is the Microsoft device-code sentence, Copy code and Open microsoft.com/devicelogin buttons', 'Teams-room device code in a terminal transcript', [S.storm2372, S.storm2372Lwst]),
  spoof(FD, 'github', 'gh-devcode-readme', 'release-signing.dev', '/maintainers/',
    'a rendered README: "gh auth refresh" output "First copy your one-time code", link to github.com/login/device', 'GitHub device code in a README', [S.ghDevice, S.ghDeviceFlow]),
  spoof(FD, 'azure-devops', 'ado-devcode-cli-docs', 'pipeline-agent-setup.net', '/docs/register/',
    '"Register your self-hosted agent with Azure DevOps": az devops login output with a device code', 'Azure DevOps agent device code in CLI output', [S.storm2372, S.deviceGridinsoft]),
  spoof(FD, 'google', 'google-devcode-quickstart', 'sheets-sync-tool.dev', '/docs/quickstart/',
    'developer-docs quickstart: "Go to https://www.google.com/device and enter code" in a code block', 'Google device code in a quickstart', [S.ghDevice, S.deviceGridinsoft]),
  spoof(FD, 'microsoft', 'ms-devcode-notebook', 'shared-notebook-view.net', '/nb/q3-forecast/',
    'a shared notebook whose output cell prints the DeviceCodeCredential sentence', 'device code in a notebook output cell', [S.storm2372Lwst, S.deviceGridinsoft]),

  // S. A sign-in card in the hosting site's own name asking for the provider's password
  spoof(FS, 'microsoft', 'ms-member-area-o365-line', 'kobe-makers-guild.org', '/member/login/',
    '"Sign in to the member area" of a guild; a line with the Microsoft logo: members sign in with their Microsoft 365 work account; field "Microsoft 365 password"', 'guild member area asking the Microsoft 365 password', [S.platform, S.jpMsPhish]),
  spoof(FS, 'google', 'google-mypage-second-step', 'harbor-runners.club', '/mypage/',
    '"My page" of a running club: e-mail, Next, then a second step with the Google G "enter the password of the Google Account you registered with"', 'running club’s My page asking the Google password at step two', [S.steamGuard, S.platform],
    { click: { selector: '#next' } }),
  spoof(FS, 'github', 'gh-second-form-link', 'crate-mirror.dev', '/login/',
    'the site’s own sign-in form and, below it, a second form "Link GitHub" with GitHub username and GitHub password', 'second form asking the GitHub password', [S.platform, S.adoPat]),
  spoof(FS, 'azure-devops', 'ado-own-card-line', 'buildgrid-ci.io', '/signin/',
    '"Sign in to BuildGrid" with a line: use the same e-mail and password as on dev.azure.com', 'CI service asking the Azure DevOps password', [S.adoPat, S.platform]),
  spoof(FS, 'microsoft', 'ms-staff-portal-frame', 'riverbend-staff.com', '/portal/',
    'a staff portal in its own name; a srcdoc frame with the Microsoft logo "Verify with your Microsoft account" e-mail + password', 'staff portal framing a Microsoft verification', [S.platform, S.crawlphish]),

  // J. A site name in a non-Latin script over a provider-styled sign-in
  spoof(FJ, 'microsoft', 'ms-ja-kenpo', 'sakura-kenpo.jp', '/login/',
    'title and header さくら健康保険組合; a Microsoft-styled card: logo, サインイン, メール、電話、Skype, パスワード', 'Japanese health-insurance portal over a Microsoft card', [S.jpMsPhish, S.jpKnowbe4]),
  spoof(FJ, 'microsoft', 'ms-ko-portal', 'hanbit-edu.kr', '/portal/login/',
    'title and header 한빛교육 통합포털; a Microsoft-styled card: 로그인, 전자 메일, 전화 또는 Skype, 암호', 'Korean school portal over a Microsoft card', [S.jpMsPhish, S.tycoon]),
  spoof(FJ, 'microsoft', 'ms-ar-portal', 'nour-alkhaleej.ae', '/login/',
    'right-to-left Arabic title and header بوابة نور الخليج over a Microsoft-styled card with Skype in the placeholder', 'Arabic portal over a Microsoft card', [S.tycoon, S.jpMsPhish]),
  spoof(FJ, 'google', 'google-zh-pan', 'huaxin-pan.cn', '/login/',
    'title and header 华信云盘; a Google-styled card: 登录, 使用您的 Google 账号, 输入您的密码', 'Chinese cloud-drive over a Google card', [S.platform, S.crawlphish]),
  spoof(FJ, 'github', 'gh-ru-kodobaza', 'kodobaza.ru', '/login/',
    'Cyrillic title and heading "Вход в КодоБаза" over a GitHub-styled box: the octocat mark, the labels and the green button', 'Russian code site over a GitHub box', [S.ghDevice, S.crawlphish]),

  // R. Forms inside frames a content script may not read well
  spoof(FR, 'microsoft', 'ms-sandboxed-nested-srcdoc', 'invoice-share-portal.com', '/v/77412/',
    'a sandboxed (allow-scripts allow-forms, opaque origin) srcdoc frame holding another srcdoc frame with the Microsoft sign-in', 'Microsoft sign-in two srcdoc frames deep in a sandbox', [S.crawlphish, S.sneaky2fa]),
  spoof(FR, 'google', 'google-data-url-frame', 'drive-file-preview.net', '/d/19Qx/',
    'a full-page frame whose src is a data:text/html;base64 Google sign-in', 'Google sign-in in a data: frame', [S.dataUri, S.crawlphish]),
  spoof(FR, 'github', 'gh-blob-frame', 'gist-render.dev', '/g/5f2a/',
    'a script builds a Blob of the GitHub sign-in and opens its blob: URL in a full-page frame', 'GitHub sign-in in a blob: frame', [S.crawlphish, S.dataUri]),
  spoof(FR, 'azure-devops', 'ado-frame-navigates-late', 'ado-wiki-viewer.net', '/northwind/wiki/',
    'a frame shows "Loading wiki…" and after 1.2 s navigates to an Azure DevOps sign-in page', 'Azure DevOps sign-in after a frame navigates', [S.crawlphish, S.adoPat], { settleMs: 6000 }),
  spoof(FR, 'microsoft', 'ms-aboutblank-nested-late', 'scan-to-email.net', '/inbox/',
    'after 0.8 s an about:blank frame is written with another about:blank frame that is written with the Microsoft sign-in', 'Microsoft sign-in two about:blank frames deep, written late', [S.crawlphish, S.tycoon], { settleMs: 6000 }),

  // B. Browser-in-the-browser with the provider's form markup and a logo of its own
  spoof(FB, 'microsoft', 'ms-bitb-dialog-own-logo', 'rewardsvault.gg', '/',
    'showModal() <dialog> with a fake address bar login.microsoftonline.com and the Microsoft form markup (loginfmt/i0116, passwd/i0118, idSIButton9) under the site’s own logo', 'Microsoft BitB in a dialog with the site’s logo', [S.bitbSteam, S.bitbPopups]),
  spoof(FB, 'google', 'google-bitb-popover', 'clipvault.app', '/',
    'a popover shown with showPopover(): fake address bar accounts.google.com, the Google form markup (identifierId, Passwd), the site’s own logo', 'Google BitB in the top layer', [S.bitbJp, S.bitbPopups]),
  spoof(FB, 'github', 'gh-bitb-closed-shadow', 'stargazer-tools.dev', '/',
    'a fake window in a closed shadow root: address bar github.com/login/oauth/authorize, the GitHub form markup (login_field, commit, authenticity_token), the site’s own logo', 'GitHub BitB in a closed shadow root', [S.bitbSteam, S.shadowDom]),
  spoof(FB, 'azure-devops', 'ado-bitb-dialog', 'sprintboard-pro.com', '/',
    'showModal() <dialog>: fake address bar with the Azure DevOps client id, "Sign in to continue to Azure DevOps", the Microsoft form markup, the site’s own logo', 'Azure DevOps BitB in a dialog', [S.bitbPopups, S.bitbSteam]),

  // C. ClickFix / FileFix naming the provider's app only in a sentence, in another language, or late
  spoof(FC, 'microsoft', 'ms-clickfix-teams-sentence', 'meet-room-check.com', '/',
    'an unbranded "Audio device check failed" card: "Teams could not start your microphone", Win+R, Ctrl+V, Enter, Copy fix', 'Teams named only in a sentence of a ClickFix card', [S.clickfixMoneywise, S.clickfixMerit]),
  spoof(FC, 'microsoft', 'ms-clickfix-german', 'postfach-sync-hilfe.de', '/',
    'German: "Outlook konnte Ihr Postfach nicht synchronisieren", Windows + R, Strg + V, Eingabe, button Reparieren', 'German Outlook ClickFix', [S.clickfixOsu, S.clickfixMerit]),
  spoof(FC, 'google', 'google-clickfix-meet-late', 'meet-joinnow.net', '/abc-defg-hij/',
    '"Ready to join?" page; after 2 s the command is copied and "Google Meet can’t reach your camera … Windows + X, Terminal (Admin), Ctrl + V" appears', 'Google Meet ClickFix whose steps appear late', [S.clickfixMoneywise, S.clickfixOsu], { settleMs: 6000 }),
  spoof(FC, 'github', 'gh-clickfix-after-click', 'actions-runner-check.dev', '/',
    '"Verify runner ownership"; only after the click: Win+R, Ctrl+V, Enter "confirms the GitHub Actions runner belongs to you"', 'GitHub Actions ClickFix shown after a click', [S.clickfixMoneywise, S.ghDevice], { click: { selector: '#verify' } }),
  spoof(FC, 'microsoft', 'ms-filefix-japanese', 'onedrive-kyouyu.jp', '/file/',
    'Japanese FileFix: OneDrive でファイルを開くには, Windows + E, Ctrl + L, Ctrl + V; the copied "path" is a PowerShell command padded before the path', 'Japanese OneDrive FileFix', [S.filefix, S.clickfixMerit]),

  // O. From the newest write-ups
  spoof(FO, 'microsoft', 'ms-tycoon-tenant-branding', 'secure-doc-access.org', '/RmF/xT9/',
    'a "verify you are human" check, then a password-only step: the tenant’s logo instead of Microsoft’s, the e-mail pre-filled as text, "Enter password", "Forgot my password"', 'Tycoon 2FA password step with company branding', [S.tycoon, S.tycoonTakedown], { settleMs: 5000 }),
  spoof(FO, 'microsoft', 'ms-sneaky2fa-blurred', 'payroll-doc-review.com', '/',
    'a blurred Word document behind a Microsoft sign-in card whose fields have random names', 'Sneaky 2FA blurred-document sign-in', [S.sneaky2fa, S.mamba]),
  spoof(FO, 'microsoft', 'ms-consentfix-paste', 'verify-access-portal.net', '/',
    'ConsentFix: open a real Microsoft authorize link (Azure CLI client, redirect to localhost), copy the localhost address with the code and paste it here', 'Microsoft ConsentFix paste-the-address page', [S.consentFix, S.consentPhishing]),
  spoof(FO, 'google', 'google-consentfix-paste', 'docs-access-check.com', '/',
    'the same with a Google authorize link and the Google G', 'Google ConsentFix paste-the-address page', [S.consentFix, S.consentWorkos]),
  spoof(FO, 'github', 'gh-consentfix-loopback', 'repo-access-verify.com', '/',
    'the same with a GitHub authorize link whose address names the loopback address (http://127.0.0.1:8400/?code=…), not localhost', 'GitHub ConsentFix naming 127.0.0.1', [S.consentFix, S.consentPhishing]),
  spoof(FO, 'github', 'gh-pat-paste', 'codeowners-audit.dev', '/connect/',
    'a GitHub-styled box asking a classic personal access token with repo, workflow, admin:org', 'GitHub token harvest', [S.adoPat, S.consentPhishing]),
  spoof(FO, 'azure-devops', 'ado-pat-paste', 'devops-insights-app.com', '/connect/',
    'an Azure DevOps-styled panel asking a Full-access personal access token and the organization URL', 'Azure DevOps token harvest', [S.adoPat, S.adoPatGuide]),
  spoof(FO, 'microsoft', 'ms-interview-device-code', 'talentbridge-hiring.com', '/interview/7731/',
    'a recruiter’s page: join the Microsoft Teams meeting by entering ZK4T9MQ2W at microsoft.com/devicelogin', 'job-interview device-code lure', [S.deviceInterview, S.storm2372]),
  spoof(FO, 'github', 'gh-fake-authorize', 'gh-app-install.dev', '/login/oauth/authorize/',
    'a copy of GitHub’s "Authorize Dependabot Preview" screen with broad scopes and an Authorize button, no password', 'fake GitHub authorization screen', [S.consentPhishing, S.ghDevice]),
  spoof(FO, 'microsoft', 'ms-fake-consent', 'mailsummary-ai.com', '/consent/',
    'a copy of Microsoft’s "Permissions requested" screen (mail read/write, send as you, all files), Accept / Cancel', 'fake Microsoft consent screen', [S.consentPhishing, S.consentWorkos]),
  spoof(FO, 'microsoft', 'ms-zero-width-cyrillic', 'account-review-center.com', '/',
    'title "Ѕign in to your аccount" with Cyrillic letters, brand "Micr\u200bosoft" with a zero-width space, the Microsoft logo and form', 'Microsoft sign-in with split and confusable words', [S.crawlphish, S.tycoon]),
  spoof(FO, 'google', 'google-css-pseudo-words', 'mail-quota-notice.com', '/',
    '"Google", "Sign in" and "to continue to Gmail" exist only as CSS ::before content; the title is a zero-width space', 'Google sign-in whose words are CSS content', [S.crawlphish, S.platform]),

  // Ordinary pages close to them that must stay quiet
  quiet('cli-docs-device-login', 'docs.tern-cli.dev', '/auth/login/', 'a CLI’s docs: "tern login" output with the Microsoft device-code sentence and "never enter a code someone sent you"', 'a CLI’s real docs page', [S.storm2372Lwst]),
  quiet('jp-shop-login', 'www.kyoto-midori-chaho.jp', '/login/', 'a Japanese tea shop’s own login with a "Googleでログイン" button', 'a Japanese shop’s own login', [S.jpMsPhish]),
  quiet('it-help-teams-microphone', 'helpdesk.lakeside-school.org', '/kb/teams-microphone/', 'a school helpdesk page on a Teams microphone: Win+I, Privacy › Microphone', 'an IT help page naming Teams', [S.clickfixOsu]),
  quiet('ko-community-login', 'www.maru-community.kr', '/login/', 'a Korean community’s own login with a Kakao button', 'a Korean site’s own login', [S.jpMsPhish]),
  quiet('club-member-area', 'members.oakridge-rowing.org', '/login/', 'a rowing club’s member area that says it never asks for a Google or Microsoft password', 'a club’s own member area', [S.platform]),
  quiet('ru-forum-github-button', 'forum.kod-klub.ru', '/login/', 'a Russian forum’s own login and a "Войти через GitHub" OAuth link', 'a Russian forum’s own login', [S.ghDeviceFlow]),
  quiet('ado-pat-blog', 'blog.pipelinecraft.dev', '/azure-devops-pat/', 'a blog post on scoped Azure DevOps tokens with "az devops login" and a Token: prompt in a code block', 'a blog post about Azure DevOps tokens', [S.adoPatGuide]),
  quiet('gh-device-flow-tutorial', 'learn.cli-patterns.dev', '/device-flow/', 'a tutorial quoting "Please visit https://github.com/login/device and enter code WDJB-MJHT"', 'a device-flow tutorial', [S.ghDeviceFlow]),
  quiet('own-popover-login', 'app.notewell.io', '/', 'a note app’s own login in a popover with its logo and a Continue with Google button', 'a site’s own login in the top layer', [S.bitbPopups]),
  quiet('sandboxed-newsletter', 'www.cedar-journal.com', '/', 'a newsletter signup (e-mail only) in a sandboxed srcdoc frame', 'a sandboxed newsletter widget', [S.crawlphish]),
  quiet('de-it-help-outlook-safe', 'it.stadtwerke-musterstadt.de', '/hilfe/outlook/', 'a German IT help page: Windows + R, outlook.exe /safe, Eingabe', 'an IT help page with a Run-box step', [S.clickfixOsu]),
  quiet('callback-decoder-loopback', 'oauth-callback-decoder.dev', '/', 'a developer tool: paste a 127.0.0.1 callback address from the address bar to see its parameters; no sign-in link', 'an OAuth callback decoder', [S.consentFix]),
  quiet('ar-bank-own-login', 'online.alsafwa-bank.ae', '/login/', 'an Arabic bank’s own right-to-left login', 'an Arabic bank’s own login', [S.tycoon]),
];

const HOSTS = Object.fromEntries([...new Set(PAGES.map((p) => p.host))].map((h) => [h, 'https']));

module.exports = { HOSTS, PAGES };

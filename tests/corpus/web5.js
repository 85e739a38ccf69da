'use strict';
// Ordinary pages, fifth round: the legitimate twins of redteam5 (large docs, forum, inbox, file list,
// dashboard, portal, vault, course and help pages with their own login in a modal, drawer, sticky bar,
// scrolling pane or frame, and text about Microsoft, Google and GitHub). No badge (tests/corpus/WEB5.md).

const HOSTS = {
  'app.linthaven.example': 'https',
  'app.stratacount.example': 'https',
  'community.tarnbrook.example': 'https',
  'docs.pebblestone.example': 'https',
  'docs.quillmark.example': 'https',
  'files.brackenhall.example': 'https',
  'forum.fenwater.example': 'https',
  'help.osterley-it.example': 'https',
  'intranet.wyncote.example': 'https',
  'learn.corbelwood.example': 'https',
  'mail.pellucid.example': 'https',
  'news.heronsgate.example': 'https',
  'portal.tamberline-it.example': 'https',
  'sign.quorra.example': 'https',
  'vault.ashgrove.example': 'https',
};

const PAGES = [
  {'name': 'docs-modal-oauth', 'host': 'docs.quillmark.example', 'path': '/guides/oauth-providers', 'expect': 'none', 'kind': 'docs-modal', 'what': '480-section OAuth guide (3,400 elements) about Microsoft Entra, Google and GitHub apps, under the docs site\'s own login modal with Continue with Google / Microsoft / GitHub', 'source': 'https://learn.microsoft.com/en-us/entra/identity-platform/quickstart-register-app'},
  {'name': 'forum-late-drawer', 'host': 'community.tarnbrook.example', 'path': '/t/outlook-gmail-sync/4410', 'expect': 'none', 'kind': 'forum-drawer', 'what': '860-post forum thread (3,400 elements) about Outlook and Gmail sync; the forum\'s own login slides in as a drawer after 2 s', 'source': 'https://www.discourse.org/', 'settleMs': 4000},
  {'name': 'webmail-sticky-session', 'host': 'mail.pellucid.example', 'path': '/inbox', 'expect': 'none', 'kind': 'webmail-sticky', 'what': 'Own webmail inbox of 700 messages (3,500 elements) whose subjects name Microsoft 365, GitHub and Google Drive; a sticky bar asks for the Pellucid Mail password', 'source': 'https://roundcube.net/'},
  {'name': 'filelist-scroll-login', 'host': 'files.brackenhall.example', 'path': '/team/shared', 'expect': 'none', 'kind': 'filelist-scroll', 'what': 'Own file service listing 760 files (3,800 elements) named after Microsoft Teams, Google Sheets, Excel, GitHub Actions and OneDrive exports in a scrolling pane; its own login is at the bottom and scrolled into view', 'source': 'https://nextcloud.com/files/'},
  {'name': 'review-cookie-banner', 'host': 'news.heronsgate.example', 'path': '/reviews/ai-assistants-compared', 'expect': 'none', 'kind': 'cookie-banner', 'what': '470-section comparison review of GitHub Copilot, Google Gemini and Microsoft 365 Copilot (3,300 elements) under a full-screen cookie banner; the subscriber login sits in a sticky sidebar', 'source': 'https://www.theverge.com/'},
  {'name': 'dashboard-google-modal', 'host': 'app.stratacount.example', 'path': '/dashboards/sessions', 'expect': 'none', 'kind': 'dashboard-modal', 'what': 'Analytics dashboard of 600 rows (3,600 elements) with a \'Continue with Google\' modal (no password field)', 'source': 'https://developers.google.com/identity/gsi/web/guides/personalized-button'},
  {'name': 'msp-portal-badge', 'host': 'portal.tamberline-it.example', 'path': '/client/tickets', 'expect': 'none', 'kind': 'msp-portal', 'what': 'MSP client portal of 560 tickets (4,400 elements) with a Microsoft 365 badge image in the header and its own client-ID login in a fixed sidebar', 'source': 'https://partner.microsoft.com/'},
  {'name': 'esign-modal-sso', 'host': 'sign.quorra.example', 'path': '/envelopes/msa-2027', 'expect': 'none', 'kind': 'esign-modal', 'what': 'Document-signing service: a blurred 470-section agreement (3,300 elements) under its own login with Continue with Google / Microsoft', 'source': 'https://support.docusign.com/s/document-item?bundleId=jux1643235969954'},
  {'name': 'vault-unlock-large', 'host': 'vault.ashgrove.example', 'path': '/vault/lock', 'expect': 'none', 'kind': 'vault-unlock', 'what': 'Password-manager unlock (master password) over 1,120 blurred stored logins (3,400 elements) for Google, Microsoft and GitHub', 'source': 'https://bitwarden.com/help/unlock-with-pin/'},
  {'name': 'lms-click-drawer', 'host': 'learn.corbelwood.example', 'path': '/courses/m365-new-staff', 'expect': 'none', 'kind': 'lms', 'what': '470-section course \'Microsoft 365 for new staff\' (3,300 elements); the header \'Log in\' (clicked by the test) slides in the academy\'s own login drawer with Continue with Google', 'source': 'https://learn.microsoft.com/en-us/training/', 'click': {'selector': '#login'}, 'settleMs': 3000},
  {'name': 'connected-accounts-reauth', 'host': 'app.linthaven.example', 'path': '/settings/connected', 'expect': 'none', 'kind': 'connected-accounts', 'what': 'SaaS settings with Connect Google / Microsoft / GitHub buttons and a 620-row audit log (3,100 elements); a corner card asks for the Linthaven password to confirm', 'source': 'https://docs.github.com/en/apps/oauth-apps/using-oauth-apps/reviewing-your-authorized-oauth-apps'},
  {'name': 'helpdesk-device-code-frame', 'host': 'help.osterley-it.example', 'path': '/kb/device-code/', 'expect': 'none', 'kind': 'helpdesk', 'what': '480-section help article (3,400 elements) on device-code sign-in and MFA with a drawn Microsoft \'Enter code\' screenshot; the KB\'s own staff-ID login is in a same-origin frame', 'source': 'https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-device-code'},
  {'name': 'intranet-split-login', 'host': 'intranet.wyncote.example', 'path': '/', 'expect': 'none', 'kind': 'intranet-split', 'what': 'Company intranet of 470 sections (3,300 elements) whose login heading (with news about Office 365 mailboxes) is in the header and whose form is in the footer, joined by fixed positioning', 'source': 'https://en.wikipedia.org/wiki/Intranet'},
  {'name': 'docs-shadow-widget', 'host': 'docs.pebblestone.example', 'path': '/sso/workspace-and-entra', 'expect': 'none', 'kind': 'docs-shadow-widget', 'what': '470-section SSO guide about Google Workspace and Microsoft Entra (3,300 elements); the product\'s own login widget (Continue with Google / Microsoft) lives in a closed shadow root in a fixed corner', 'source': 'https://developers.google.com/identity/gsi/web/guides/overview'},
  {'name': 'forum-scroll-login', 'host': 'forum.fenwater.example', 'path': '/t/actions-vs-pipelines', 'expect': 'none', 'kind': 'forum-scroll', 'what': '860-post thread comparing GitHub Actions and Azure Pipelines (3,400 elements); the page scrolls to the end and the forum\'s own login (Continue with GitHub) is written into the footer', 'source': 'https://meta.discourse.org/', 'settleMs': 4000},
];

module.exports = { HOSTS, PAGES };

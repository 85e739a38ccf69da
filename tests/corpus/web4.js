'use strict';
// Fourth blind round, ordinary side (WEB4.md): large docs, forum, wiki and sheet pages with their own
// login in a sidebar or footer, live dashboards that churn the DOM and then show their own login, and
// SaaS pages that reveal their own login after a click, a hash or a body swap. Every row must get no badge.

const HOSTS = {
  'docs.tallowbyte.example': 'https',
  'forum.quillhollow.example': 'https',
  'wiki.brambleridge.example': 'https',
  'status.kelpworks.example': 'https',
  'metrics.ottermere.example': 'https',
  'app.pebbleforge.example': 'https',
  'app.tarnwell.example': 'https',
  'help.fennick-it.example': 'https',
  'sheets.larchmont.example': 'https',
  'intranet.gorsewick.example': 'https',
  'vault.nettlecove.example': 'https',
  'learn.wrenfield.example': 'https',
  'portal.hazelbrook-it.example': 'https'
};

const PAGES = [
  {name: 'docs-sso-sidebar',host: 'docs.tallowbyte.example',path: '/guides/sso',expect: 'none',kind: 'docs-sidebar',what: '3,400-element docs guide on connecting Microsoft Entra ID, Google Workspace and GitHub SSO, with the product\'s own login in a fixed sidebar',source: 'https://learn.microsoft.com/en-us/entra/identity/saas-apps/tutorial-list'},
  {name: 'forum-o365-thread',host: 'forum.quillhollow.example',path: '/t/office-365-password-reset-loop',expect: 'none',kind: 'forum-thread',what: '4,000-element forum thread about an Office 365 / Microsoft 365 password-reset loop, forum\'s own login box in the left sidebar',source: 'https://www.discourse.org/'},
  {name: 'wiki-actions-footer',host: 'wiki.brambleridge.example',path: '/GitHub_Actions',expect: 'none',kind: 'wiki-footer',what: 'large internal wiki article about GitHub Actions runners, with the wiki\'s own login form in the footer',source: 'https://www.mediawiki.org/wiki/Help:Logging_in'},
  {name: 'dashboard-churn-login',host: 'status.kelpworks.example',path: '/',expect: 'none',kind: 'dashboard-churn',settleMs: 4000,what: 'live status dashboard rewriting 200 cells every 10 ms; after 1.5 s its own \'session expired\' login modal with \'Sign in with Microsoft\' appears',source: 'https://grafana.com/docs/grafana/latest/setup-grafana/configure-security/configure-authentication/azuread/'},
  {name: 'metrics-datasources-churn',host: 'metrics.ottermere.example',path: '/d/main',expect: 'none',kind: 'dashboard-churn',settleMs: 4000,what: 'metrics dashboard listing Google Cloud Monitoring and Azure Monitor data sources, churning graphs; its own login slides in after 2 s',source: 'https://grafana.com/docs/grafana/latest/datasources/'},
  {name: 'saas-click-login',host: 'app.pebbleforge.example',path: '/',expect: 'none',kind: 'saas-click-login',click: {selector: '#login-open'},settleMs: 3000,what: 'SaaS landing; the \'Log in\' click reveals its own login with \'Continue with Google\' and \'Continue with GitHub\'',source: 'https://developers.google.com/identity/gsi/web/guides/personalized-button'},
  {name: 'pricing-details-login',host: 'app.tarnwell.example',path: '/pricing',expect: 'none',kind: 'saas-click-login',click: {selector: 'summary'},settleMs: 3000,what: 'pricing page whose \'Already a customer? Sign in\' <details> opens its own login with \'Sign in with Microsoft\'',source: 'https://learn.microsoft.com/en-us/entra/identity-platform/howto-add-branding-in-apps'},
  {name: 'kb-device-code-large',host: 'help.fennick-it.example',path: '/kb/device-code-sign-in',expect: 'none',kind: 'helpdesk',what: 'large IT knowledge-base article on Microsoft device-code sign-in with a drawn \'Enter code\' figure (no input), warnings about device-code phishing, KB login in the footer',source: 'https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-device-code'},
  {name: 'sheet-own-login',host: 'sheets.larchmont.example',path: '/b/inventory',expect: 'none',kind: 'spreadsheet',what: 'generated 440 x 8 inventory sheet with \'Import from Google Sheets\' / \'Export to Excel for Microsoft 365\' buttons and its own login below the table',source: 'https://support.google.com/docs/answer/40608'},
  {name: 'intranet-swap-login',host: 'intranet.gorsewick.example',path: '/',expect: 'none',kind: 'intranet-swap',settleMs: 4000,what: 'intranet shell that shows \'Loading…\' then swaps its whole body for its own staff login mentioning the Office 365 mailbox (separate password)',source: 'https://en.wikipedia.org/wiki/Intranet'},
  {name: 'vault-late-sites',host: 'vault.nettlecove.example',path: '/',expect: 'none',kind: 'vault',settleMs: 4000,what: 'password-manager web vault: \'Syncing…\' text node edited to \'Vault locked\' after 1.5 s, master-password field, stored-site list with Google, Microsoft and GitHub logos',source: 'https://bitwarden.com/help/unlock-with-pin/'},
  {name: 'lms-target-login',host: 'learn.wrenfield.example',path: '/course/m365-basics',expect: 'none',kind: 'lms',click: {selector: 'a[href=\'#login\']'},settleMs: 3000,what: 'large LMS course page \'Microsoft 365 basics\' with a screenshot figure of the Microsoft sign-in; a link sets #login and a :target rule shows the academy\'s own login with \'Continue with Google\'',source: 'https://learn.microsoft.com/en-us/training/'},
  {name: 'msp-late-badges',host: 'portal.hazelbrook-it.example',path: '/',expect: 'none',kind: 'msp-portal',settleMs: 4000,what: 'MSP client portal with its own login; \'Microsoft Solutions Partner\' and \'Google Workspace partner\' badges are fetched and inserted after 1 s',source: 'https://partner.microsoft.com/'},
];

module.exports = { HOSTS, PAGES };

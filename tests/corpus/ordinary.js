'use strict';
// Ordinary pages that must stay quiet (verdict `none`): other identity providers' own sign-in pages,
// logins with "Sign in with Microsoft / GitHub / Google" buttons, documentation and Q&A about OAuth,
// cookie banners, password managers, near-miss domain names, checkouts, intranets, webmail, link
// previews and pages that name Microsoft, GitHub or Google for ordinary reasons. Each page is written
// the way its site writes it (tests/fixtures/<host>/<path>); none imitates a provider's sign-in.
// tests/corpus/ORDINARY.md has the counts per kind and what the extension gave them.

const HOSTS = {
  // pages that take keys without an input element
  'www.blockdrop-arcade.com': 'https',
  'checkout.corner-bakery-shop.com': 'https',
  'play.snippet-lab.dev': 'https',
  // documents without an address of their own
  'reports.tidewater-analytics.com': 'https',
  // QR codes that are not a sign-in
  'it.harborview-college.edu': 'https',
  'pay.lantern-coffee.com': 'https',
  // other identity providers
  'acme.okta.com': 'https',
  'acme.us.auth0.com': 'https',
  'gitlab.com': 'https',
  'id.acme-corp.com': 'https',
  'auth.pingone.com': 'https',
  'acme.onelogin.com': 'https',
  'api-3f2c1a9e.duosecurity.com': 'https',
  'd-9067642ac7.awsapps.com': 'https',
  'id.atlassian.com': 'https',
  'acme.slack.com': 'https',
  'zoom.us': 'https',
  'www.dropbox.com': 'https',
  'login.salesforce.com': 'https',
  // federation buttons
  'vercel.com': 'https',
  'app.netlify.com': 'https',
  'www.figma.com': 'https',
  'app.codecov.io': 'https',
  'app.todoist.com': 'https',
  // docs and Q&A
  'learn.microsoft.com': 'https',
  'stackoverflow.com': 'https',
  'docs.github.com': 'https',
  'dev.to': 'https',
  'www.npmjs.com': 'https',
  // cookie banners
  'www.theguardian.com': 'https',
  'www.zalando.co.uk': 'https',
  'www.seriouseats.com': 'https',
  // password managers
  'vault.bitwarden.com': 'https',
  'vault.bitwarden.eu': 'https',
  'my.1password.com': 'https',
  'app.dashlane.com': 'https',
  // near-miss names
  'githubstats.io': 'https',
  'microsoftedgetips.com': 'https',
  'googlr-fans.net': 'https',
  'outlook-furniture.com': 'https',
  'www.azurestandard.com': 'https',
  'www.liveauctioneers.com': 'https',
  'app.hive.com': 'https',
  // checkouts (and the frames their card fields live in)
  'www.sweetwater.com': 'https',
  'js.stripe.com': 'https',
  'checkout.kettleandfire.com': 'https',
  'checkout.pci.shopifyinc.com': 'https',
  'donate.wikimedia.org': 'https',
  // intranets and other plain logins
  'intranet.contoso.local': 'https',
  'portal.wingtiptoys.com': 'https',
  'idp.stateu.edu': 'https',
  'www.streamhaven.tv': 'https',
  'routerlogin.net': 'http',
  'online.harborcreditunion.org': 'https',
  'forum.classicbikes.org': 'http',
  // webmail
  'account.proton.me': 'https',
  'app.fastmail.com': 'https',
  'accounts.zoho.com': 'https',
  // support widget, URL bars
  'support.backblaze.com': 'https',
  'bit.ly': 'https',
  'steamcommunity.com': 'https',
  'developer.atlassian.com': 'https',
  // pages that name a provider
  'www.bluegrid-it.com': 'https',
  'codeberg.org': 'https',
  'www.eventbrite.com': 'https',
  'chat.harbor-crew.com': 'https',
};

const none = (kind, rows) => rows.map((r) => ({ expect: 'none', kind, ...r }));

const PAGES = [
  ...none('other-idp', [
    { name: 'okta', host: 'acme.okta.com', path: '/', what: 'Okta tenant sign-in widget (username, password)' },
    { name: 'auth0', host: 'acme.us.auth0.com', path: '/u/login?state=hKFo2SBkR3ZkN0lFc1dYdUhmVHRFX1dWb2E2TTQ4dUwtRkpsVKFur3VuaXZlcnNhbC1sb2dpbqN0aWTZIDN6SXJ2',
      what: 'Auth0 universal login with Google, Microsoft Account and GitHub connections' },
    { name: 'gitlab', host: 'gitlab.com', path: '/users/sign_in', what: 'GitLab sign-in with "Google" / "GitHub" omniauth buttons' },
    { name: 'keycloak', host: 'id.acme-corp.com', path: '/realms/acme/protocol/openid-connect/auth?client_id=intranet-portal&response_type=code&scope=openid&redirect_uri=https%3A%2F%2Fportal.acme-corp.com%2F',
      what: 'Keycloak realm login with Microsoft and GitHub identity brokers' },
    { name: 'pingone', host: 'auth.pingone.com', path: '/3f1c7a52-8e4d-4b1a-9c62-7d0e5b2a1f93/signon/?flowId=03a6f0b1-4e0c-4c55-8f43-59b1c6d4e2a7',
      what: 'PingOne hosted sign-on page' },
    { name: 'onelogin', host: 'acme.onelogin.com', path: '/login2/', what: 'OneLogin tenant, username step' },
    { name: 'duo', host: 'api-3f2c1a9e.duosecurity.com', path: '/frame/v4/auth/prompt?sid=frameless-1b9c2a4e', what: 'Duo Universal Prompt push screen' },
    { name: 'aws-identity-center', host: 'd-9067642ac7.awsapps.com', path: '/start/', what: 'AWS IAM Identity Center access portal sign-in' },
    { name: 'atlassian', host: 'id.atlassian.com', path: '/login', what: 'Atlassian account login with Google / Microsoft / Apple / Slack buttons (SVG logos)' },
    { name: 'slack', host: 'acme.slack.com', path: '/', what: 'Slack workspace sign-in with "Sign in with Google"' },
    { name: 'four-colour-logo', host: 'chat.harbor-crew.com', path: '/login',
      what: 'team chat login under a Slack-like four-colour pinwheel logo (inline SVG, data: PNG favicon), password form' },
    { name: 'zoom', host: 'zoom.us', path: '/signin', what: 'Zoom sign-in with SSO / Apple / Google / Facebook / Microsoft icons' },
    { name: 'dropbox', host: 'www.dropbox.com', path: '/login', what: 'Dropbox login with "Continue with Google"' },
    { name: 'salesforce', host: 'login.salesforce.com', path: '/', what: 'Salesforce login' },
  ]),
  ...none('federation-buttons', [
    { name: 'vercel', host: 'vercel.com', path: '/login', what: '"Continue with GitHub / GitLab / Bitbucket" with inline GitHub SVG' },
    { name: 'netlify', host: 'app.netlify.com', path: '/login', what: 'buttons whose only text is "GitHub", "GitLab", "Bitbucket", "Azure DevOps", "Email"' },
    { name: 'figma', host: 'www.figma.com', path: '/login', what: '"Continue with Google" with the Google logo image, email and password' },
    { name: 'codecov', host: 'app.codecov.io', path: '/login', what: '"Choose how to sign in" provider picker (GitHub, GitLab, Bitbucket, Okta)' },
    { name: 'todoist', host: 'app.todoist.com', path: '/auth/login', what: '"Continue with Google / Facebook / Apple" and email, password' },
  ]),
  ...none('docs', [
    { name: 'microsoft-learn-ado-oauth', host: 'learn.microsoft.com', path: '/en-us/azure/devops/integrate/get-started/authentication/oauth',
      what: 'Microsoft Learn article quoting https://app.vssps.visualstudio.com/oauth2/authorize?...' },
    { name: 'stackoverflow-entra-consent', host: 'stackoverflow.com', path: '/questions/76543210/aadsts65001-user-or-administrator-has-not-consented-to-use-the-application',
      what: 'Q&A about Entra consent, code with password, "Accept" and authorize URLs' },
    { name: 'github-docs-oauth-apps', host: 'docs.github.com', path: '/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps',
      what: 'GitHub Docs page on authorizing OAuth apps' },
    { name: 'blog-screenshots', host: 'dev.to', path: '/mkowalski/what-your-users-see-on-the-entra-consent-screen-3k9d',
      what: 'blog post with screenshots (alt "Microsoft sign-in page", "Permissions requested")' },
    { name: 'npm-readme', host: 'www.npmjs.com', path: '/package/@octokit/oauth-app', what: 'rendered README of a GitHub OAuth library' },
  ]),
  ...none('cookie-banner', [
    { name: 'news-consent', host: 'www.theguardian.com', path: '/technology/2026/nov/28/councils-cloud-contracts-audit',
      what: 'news article under a "We and our partners ... consent ... permissions" banner, Sign in link' },
    { name: 'shop-consent', host: 'www.zalando.co.uk', path: '/', what: 'shop home page behind a modal cookie consent ("That\'s OK"), Log in link' },
    { name: 'recipe-onetrust', host: 'www.seriouseats.com', path: '/the-food-lab-best-roast-potatoes-recipe',
      what: 'recipe with a OneTrust "Accept All Cookies" banner, Sign In link' },
  ]),
  ...none('vault', [
    { name: 'bitwarden-items', host: 'vault.bitwarden.com', path: '/',
      what: 'vault listing "Microsoft", "GitHub", "Google", read-only prefilled password box' },
    { name: 'bitwarden-locked', host: 'vault.bitwarden.eu', path: '/', what: 'locked vault asking for the master password' },
    { name: '1password-signin', host: 'my.1password.com', path: '/signin', what: '1Password sign-in (email, Secret Key, password)' },
    { name: 'dashlane-logins', host: 'app.dashlane.com', path: '/passwords', what: 'settings-like list of saved logins for Microsoft, GitHub, Google' },
  ]),
  ...none('near-miss', [
    { name: 'githubstats', host: 'githubstats.io', path: '/r/tokio-rs/tokio', what: 'repository stats site with "Sign in with GitHub" link and "GitHub stars per week" drawn in a canvas chart' },
    { name: 'microsoftedgetips', host: 'microsoftedgetips.com', path: '/2026/11/vertical-tabs-and-workspaces', what: 'fan blog about Edge with a newsletter box' },
    { name: 'googlr-fans', host: 'googlr-fans.net', path: '/', what: 'board-game fan forum with its own login' },
    { name: 'outlook-furniture', host: 'outlook-furniture.com', path: '/account/login', what: 'furniture shop login' },
    { name: 'azure-standard', host: 'www.azurestandard.com', path: '/login', what: 'organic food co-op login' },
    { name: 'liveauctioneers', host: 'www.liveauctioneers.com', path: '/login', what: 'auction site login with "Continue with Google"' },
    { name: 'hive-login', host: 'app.hive.com', path: '/login', what: 'project-management login one letter from live.com' },
  ]),
  ...none('checkout', [
    { name: 'stripe-card-iframe', host: 'www.sweetwater.com', path: '/checkout', what: 'checkout with a Stripe card iframe' },
    { name: 'shopify-checkout', host: 'checkout.kettleandfire.com', path: '/checkouts/cn/Z2NwLXVzLWNlbnRyYWwxOjAxSkQ5',
      what: 'checkout with a card-number iframe, Google Pay express button, Log in link' },
    { name: 'donation-google-pay', host: 'donate.wikimedia.org', path: '/?utm_medium=sitenotice&country=US&uselang=en',
      what: 'donation form with a Google Pay button' },
  ]),
  ...none('intranet', [
    { name: 'intranet-logon', host: 'intranet.contoso.local', path: '/', what: 'plain intranet logon with a domain picker' },
    { name: 'employee-portal', host: 'portal.wingtiptoys.com', path: '/', what: 'company portal with news and an employee sign-in box' },
    { name: 'shibboleth', host: 'idp.stateu.edu', path: '/idp/profile/SAML2/Redirect/SSO?execution=e1s1', what: 'university Shibboleth web login' },
  ]),
  ...none('other-login', [
    { name: 'tv-activation-canvas', host: 'www.streamhaven.tv', path: '/activate', what: 'streaming TV activation: "device code" instructions drawn in a canvas, a code field, no provider' },
    { name: 'router-admin', host: 'routerlogin.net', path: '/', what: 'router admin login over plain http' },
    { name: 'bank-two-step', host: 'online.harborcreditunion.org', path: '/', click: { selector: '#continue' },
      what: 'credit union login: username, then password with a security image' },
    { name: 'forum-http', host: 'forum.classicbikes.org', path: '/login', what: 'phpBB forum login over plain http' },
  ]),
  ...none('webmail', [
    { name: 'proton', host: 'account.proton.me', path: '/login', what: 'Proton sign-in' },
    { name: 'fastmail', host: 'app.fastmail.com', path: '/login/', what: 'Fastmail login' },
    { name: 'zoho', host: 'accounts.zoho.com', path: '/signin?servicename=VirtualOffice&serviceurl=https%3A%2F%2Fmail.zoho.com%2F',
      what: 'Zoho sign-in with Google / Microsoft / LinkedIn / Apple icons' },
  ]),
  ...none('url-bar', [
    { name: 'link-preview', host: 'bit.ly', path: '/3QxTeam+', what: 'link-shortener preview: fixed header with the destination URL and a button' },
    { name: 'leaving-interstitial', host: 'steamcommunity.com', path: '/linkfilter/?u=https%3A%2F%2Fgithub.com%2FValveSoftware%2FProton%2Fissues%2F8123',
      what: '"You are about to leave Steam" interstitial showing a github.com URL' },
    { name: 'docs-copy-url-bar', host: 'developer.atlassian.com', path: '/cloud/jira/platform/oauth-2-3lo-apps/',
      what: 'docs with a sticky "Copy URL" bar holding an authorization URL' },
  ]),
  ...none('support-chat', [
    { name: 'help-center-chat', host: 'support.backblaze.com', path: '/hc/en-us', what: 'help center with an open chat widget and a "Sign in" link' },
  ]),
  ...none('key-capture', [
    { name: 'game-canvas', host: 'www.blockdrop-arcade.com', path: '/play',
      what: 'a focusable game <canvas> that takes the arrow keys, "Log in to save your score" link' },
    { name: 'pin-pad-checkout', host: 'checkout.corner-bakery-shop.com', path: '/pay',
      what: 'checkout with an on-screen PIN pad of digit buttons and a focusable PIN box showing dots, no brand' },
    { name: 'code-editor', host: 'play.snippet-lab.dev', path: '/',
      what: 'a code playground: a focusable editor <div> that paints typed keys, a "Sign in" link' },
  ]),
  ...none('local-documents', [
    { name: 'blob-and-srcdoc-report', host: 'reports.tidewater-analytics.com', path: '/q3',
      what: 'a report drawn into a blob: iframe and a newsletter sign-up (email only) in an <iframe srcdoc>' },
  ]),
  ...none('qr-codes', [
    { name: 'authenticator-download-qr', host: 'it.harborview-college.edu', path: '/help/authenticator',
      what: 'college IT guide: Microsoft logo, "scan the QR code to download Microsoft Authenticator" and the code' },
    { name: 'scan-to-pay-qr', host: 'pay.lantern-coffee.com', path: '/order/8841',
      what: 'café order page: "Scan to pay with your banking app", a Google Pay logo and the code' },
  ]),
  ...none('mentions', [
    { name: 'microsoft-partner', host: 'www.bluegrid-it.com', path: '/', what: 'IT firm with "Microsoft Solutions Partner" badge (Microsoft logo SVG) and a client portal link' },
    { name: 'forge-repository', host: 'codeberg.org', path: '/forgejo/forgejo', what: 'GitHub-like repository page on another forge' },
    { name: 'add-to-google-calendar', host: 'www.eventbrite.com', path: '/e/rust-meetup-berlin-december-edition-tickets-1098765432101',
      what: 'event page with "Add to calendar: Google Calendar / Outlook.com"' },
  ]),
];

module.exports = { HOSTS, PAGES };

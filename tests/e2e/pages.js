'use strict';
// The fixture pages (tests/fixtures/<host>/...) and the verdict each must get. Used by the verdict
// tests, the demo and the browser benchmark. `rule`: a finding whose id matches must be present
// (rule ids are `area.what`), with evidence matching `evidence` when given; `provider`: the provider
// the page is, or imitates.

const ADO_QUERY = '?client_id=88a1d1a4-3c4e-4d55-9b8e-2f1e6d0b7c11&response_type=Assertion&state=demo'
  + '&scope=vso.build%20vso.code%20vso.project&redirect_uri=https%3A%2F%2Fbuildmonitor.contoso.com%2Foauth%2Fcallback';
const MS_QUERY = '?client_id=4765445b-32c6-49b0-83e6-1d93765276ca&response_type=code'
  + '&redirect_uri=https%3A%2F%2Fapp.contoso.com%2Fauth&scope=openid%20profile%20User.Read&state=demo';
const MS_CONSENT_QUERY = '?client_id=2f3c9e1a-7b7d-4c2e-8a55-91d0c3e4f6a7&response_type=code&prompt=consent'
  + '&redirect_uri=https%3A%2F%2Fmailsummary.example%2Fauth'
  + '&scope=Mail.ReadWrite%20Files.ReadWrite.All%20offline_access%20User.Read&state=demo';
const GH_QUERY = '?client_id=Iv1.5f0c2a9b8d7e6f41&redirect_uri=https%3A%2F%2Fci.contoso.com%2Fauth%2Fgithub'
  + '&scope=repo%20read%3Aorg%20user%3Aemail&state=demo';
const GOOGLE_QUERY = '?client_id=1234567890-abc.apps.googleusercontent.com&response_type=code'
  + '&redirect_uri=https%3A%2F%2Fnotes.contoso.com%2Fauth&scope=openid%20email%20profile&state=demo';

/** @type {{name:string, host:string, path:string, expect:'genuine'|'danger'|'caution'|'none', provider?:string, rule?:RegExp, evidence?:RegExp, certError?:boolean, what:string}[]} */
const PAGES = [
  // Genuine: the provider's own approval and sign-in pages.
  { name: 'ado-approval', host: 'app.vssps.visualstudio.com', path: `/oauth2/authorize${ADO_QUERY}`,
    expect: 'genuine', provider: 'azure-devops', what: 'Azure DevOps approval page' },
  { name: 'microsoft-signin', host: 'login.microsoftonline.com', path: `/common/oauth2/v2.0/authorize${MS_QUERY}`,
    expect: 'genuine', provider: 'microsoft', what: 'Microsoft sign-in' },
  { name: 'microsoft-consent', host: 'login.microsoftonline.com', path: `/organizations/oauth2/v2.0/authorize${MS_CONSENT_QUERY}`,
    expect: 'genuine', provider: 'microsoft', what: 'Microsoft consent ("Permissions requested")' },
  { name: 'live-signin', host: 'login.live.com', path: '/oauth20_authorize.srf?client_id=000000004C12AE6F&response_type=token&scope=service::outlook.office.com::MBI_SSL&redirect_uri=https%3A%2F%2Foutlook.live.com%2F',
    expect: 'genuine', provider: 'microsoft', what: 'Microsoft personal-account sign-in' },
  { name: 'github-signin', host: 'github.com', path: '/login',
    expect: 'genuine', provider: 'github', what: 'GitHub sign-in' },
  { name: 'github-authorize', host: 'github.com', path: `/login/oauth/authorize${GH_QUERY}`,
    expect: 'genuine', provider: 'github', what: 'GitHub OAuth approval' },
  { name: 'google-signin', host: 'accounts.google.com', path: `/o/oauth2/v2/auth${GOOGLE_QUERY}`,
    expect: 'genuine', provider: 'google', what: 'Google sign-in ("Sign in with Google")' },

  // Spoofs: one per rule.
  { name: 'ado-subdomain-trick', host: 'app.vssps.visualstudio.com.evil.io', path: `/oauth2/authorize${ADO_QUERY}`,
    expect: 'danger', provider: 'azure-devops', rule: /^origin\./, what: 'approval page copy under a subdomain trick' },
  { name: 'ado-omicron', host: 'devops-apps.net', path: `/oauth2/authorize${ADO_QUERY}`,
    expect: 'danger', provider: 'azure-devops', rule: /^(origin|branding)\./, evidence: /DevΟps/,
    what: '"Azure DevΟps" with a Greek Omicron' },
  { name: 'microsoft-lookalike', host: 'login-microsoftonline.com', path: `/common/oauth2/v2.0/authorize${MS_QUERY}`,
    expect: 'danger', provider: 'microsoft', rule: /^lookalike\./, what: 'lookalike host with a Microsoft sign-in copy' },
  { name: 'github-homograph', host: 'xn--gthub-n4a.com', path: '/login',
    expect: 'danger', provider: 'github', rule: /^lookalike\./, what: 'punycode homograph of github.com (gıthub.com)' },
  { name: 'microsoft-content-host', host: 'contoso-login.azurewebsites.net', path: '/',
    expect: 'danger', provider: 'microsoft', rule: /^origin\./, what: 'Microsoft sign-in on a host anyone can publish on' },
  { name: 'browser-in-the-browser', host: 'www.gamedeals-hub.com', path: '/',
    expect: 'danger', provider: 'microsoft', rule: /^(bitb|browser-in-the-browser)\./, what: 'fake window with a fake address bar' },
  { name: 'proxy-copy', host: 'secure-docs-portal.com', path: `/common/oauth2/v2.0/authorize${MS_QUERY}`,
    expect: 'danger', provider: 'microsoft', rule: /^proxy\./, what: 'reverse-proxy copy (loginfmt/i0116, integrity stripped)' },
  { name: 'third-party-password', host: 'deploybot.io', path: '/connect/github',
    expect: 'danger', provider: 'github', rule: /^credentials\./, what: '"connect your GitHub account" asks for the GitHub password' },
  { name: 'clickjacking', host: 'free-gift-cards.net', path: '/',
    expect: 'danger', provider: 'azure-devops', rule: /^framing\./, what: 'genuine approval page framed transparently under a decoy' },
  { name: 'microsoft-over-http', host: 'login.microsoftonline.us', path: `/common/oauth2/v2.0/authorize${MS_QUERY}`,
    expect: 'danger', provider: 'microsoft', rule: /^https\./, what: 'Microsoft sign-in served over plain http' },
  { name: 'microsoft-cert-error', host: 'login.microsoft.com', path: `/common/oauth2/v2.0/authorize${MS_QUERY}`,
    expect: 'danger', certError: true, what: 'genuine host behind an untrusted certificate' },
  { name: 'lookalike-parked', host: 'githubb.com', path: '/',
    expect: 'none', what: 'lookalike host alone, no claim and no credentials: no badge (it imitates nobody)' },

  // Ordinary pages that must stay quiet.
  { name: 'shop-login', host: 'shop.example-outdoors.com', path: '/account/login', expect: 'none', what: "a shop's own login page" },
  { name: 'blog-oauth', host: 'blog.devnotes.io', path: '/2026/oauth-azure-devops', expect: 'none', what: 'blog post quoting the approval URL' },
  { name: 'sign-in-with-buttons', host: 'projectboard.io', path: '/login', expect: 'none', what: '"Sign in with Microsoft/GitHub/Google" buttons' },
  { name: 'company-sso', host: 'sso.fabrikam.com', path: '/', expect: 'none', what: 'company single sign-on page' },
  { name: 'checkout-card-iframe', host: 'checkout.shopmart.com', path: '/checkout', expect: 'none', what: 'checkout with a card iframe' },
  { name: 'ice-login', host: 'www.ice.com', path: '/account/login', expect: 'none', what: 'login on ice.com (not live.com)' },
  { name: 'box-login', host: 'account.box.com', path: '/login', expect: 'none', what: 'login on box.com (not xbox.com)' },
];

/**
 * The body of the 20,000-element article the page-cost and re-collection benches and tests load: a
 * header, about 2,200 sections, then `aside` (a sign-in form, or a line of text) in the sidebar.
 * `ids`: the second step of each section gets an id (`s<n>`), for changing it later.
 * @param {string} aside @param {{ ids?: boolean }} [options]
 */
function articleBody(aside, { ids = false } = {}) {
  const parts = ['<header><nav><a href="/">Home</a> <a href="/archive">Archive</a></nav></header><main><article><h1>Building a garden shed</h1>'];
  let elements = 12;
  for (let s = 0; elements < 19_900; s++) {
    parts.push(`<section><h2>Part ${s}</h2><p>The frame of part ${s} is <em>cedar</em>, cut to <strong>length</strong> and `
      + `<a href="/n/${s}">joined</a> with <code>screws</code>.</p><ul><li>step one of ${s}</li><li${ids ? ` id=s${s}` : ''}>step two</li></ul></section>`);
    elements += 9;
  }
  parts.push(`</article></main><aside>${aside}</aside>`);
  return parts.join('');
}

module.exports = { PAGES, articleBody };

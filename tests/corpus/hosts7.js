'use strict';
// Seventh table: the providers' own hosts where anyone publishes (Customer Voice, Forms and Sway on
// cloud.microsoft), redirect_uri hosts that browsers and servers read apart, and provider marks in
// the capture of the tab at sizes between the scan's windows; each with the ordinary page closest to
// it. HOSTS7.md says what each row checks.

const GH = '/login/oauth/authorize?client_id=Iv1.h7c0ffee5ca1ab1e&state=h7';
const CRITICAL = '&scope=repo%20admin%3Aorg%20delete_repo%20workflow';
const PLAIN = '&scope=repo%20read%3Aorg%20user%3Aemail';
const REDIRECT_SOURCES = [
  'https://nineliveszerotrust.com/blog/oauth-redirect-abuse-sentinel/',
  'https://www.imtr.net/article/phishing-with-oauth-redirect-9c80',
];

const HOSTS = {
  'customervoice.microsoft.com': 'https',
  'contoso.sharepoint.com': 'https',
  'github.com': 'https',
  'repo-sync-review.net': 'https',
  'crewboard-app.com': 'https',
};

/** A GitHub authorize URL with that redirect_uri (as it stands in the query). */
const authorize = (redirectUri, scope) => `${GH}&redirect_uri=${redirectUri}${scope}`;

const PAGES = [
  // Hosts of the providers where anyone publishes.
  {
    name: 'customervoice-password-only', host: 'customervoice.microsoft.com', path: '/r6/Pages/ResponsePage.aspx',
    expect: 'danger', provider: 'microsoft', rule: /^origin\.content-host$/,
    what: 'Customer Voice survey drawn as a Microsoft sign-in card (the sixth round\'s page): origin.content-host',
    source: ['https://sublime.security/feeds/core/detection-rules/link-microsoft-dynamics-365-form-phishing-f72b9085'],
  },
  {
    name: 'ok-customervoice-survey', host: 'customervoice.microsoft.com', path: '/h7/Pages/ResponsePage.aspx',
    expect: 'none',
    what: 'a genuine Customer Voice survey under Microsoft\'s header: rating and comment, no password',
    source: ['https://learn.microsoft.com/en-us/microsoft-forms/review-unblock-forms-users-detected-blocked-potential-phishing'],
  },
  {
    name: 'ok-sharepoint-feedback', host: 'contoso.sharepoint.com', path: '/sites/hr/SitePages/Feedback.aspx',
    expect: 'none',
    what: 'a SharePoint page with the Microsoft 365 header and a plain feedback form',
    source: ['https://www.netsec.news/sharepoint-files-used-to-harvest-office-365-credentials/'],
  },

  // redirect_uri hosts that browsers and servers read apart, on GitHub's genuine approval page.
  {
    name: 'github-redirect-double-encoded-backslash', host: 'github.com',
    path: authorize('https%3A%2F%2Fci.contoso.com%255C%2540ci-artifacts.pages.dev%2Fcb', CRITICAL),
    expect: 'caution', accept: ['danger'], provider: 'github', rule: /^redirect\.ambiguous-host$/,
    what: 'redirect_uri https://ci.contoso.com%5C%40ci-artifacts.pages.dev/cb (encoded backslash and @)',
    source: REDIRECT_SOURCES,
  },
  {
    name: 'github-redirect-encoded-at', host: 'github.com',
    path: authorize('https%3A%2F%2Fci.contoso.com%2540ci-artifacts.pages.dev%2Fcb', CRITICAL),
    expect: 'caution', accept: ['danger'], provider: 'github', rule: /^redirect\.ambiguous-host$/,
    what: 'redirect_uri https://ci.contoso.com%40ci-artifacts.pages.dev/cb (encoded @ in the host)',
    source: REDIRECT_SOURCES,
  },
  {
    name: 'github-redirect-tab', host: 'github.com',
    path: authorize('https%3A%2F%2Fci.contoso.com%09.ci-artifacts.pages.dev%2Fcb', CRITICAL),
    expect: 'caution', accept: ['danger'], provider: 'github', rule: /^redirect\.ambiguous-host$/,
    what: 'redirect_uri with a tab in its host, which browsers drop (ci.contoso.com.ci-artifacts.pages.dev)',
    source: REDIRECT_SOURCES,
  },
  {
    name: 'github-redirect-newline-at', host: 'github.com',
    path: authorize('https%3A%2F%2Fci.contoso.com%0A%40ci-artifacts.pages.dev%2Fcb', CRITICAL),
    expect: 'caution', accept: ['danger'], provider: 'github', rule: /^redirect\.ambiguous-host$/,
    what: 'redirect_uri with a line break before an @ in its host',
    source: REDIRECT_SOURCES,
  },
  {
    name: 'github-redirect-at-after-backslash', host: 'github.com',
    path: authorize('https%3A%2F%2Fci.contoso.com%5Cbuilds%5C%40ci-artifacts.pages.dev%2Fcb', CRITICAL),
    expect: 'caution', accept: ['danger'], provider: 'github', rule: /^redirect\.ambiguous-host$/,
    what: 'redirect_uri https://ci.contoso.com\\builds\\@ci-artifacts.pages.dev/cb (an @ after a backslash)',
    source: REDIRECT_SOURCES,
  },
  {
    name: 'github-redirect-at-in-query', host: 'github.com',
    path: authorize('https%3A%2F%2Fci.contoso.com%2Fauth%2Fgithub%3Fnotify%3Dops%40contoso.com', PLAIN),
    expect: 'genuine', provider: 'github',
    what: 'GitHub approval whose redirect_uri has an @ only in its query: genuine',
    source: REDIRECT_SOURCES,
  },
  {
    name: 'github-redirect-at-in-fragment', host: 'github.com',
    path: authorize('https%3A%2F%2Fci.contoso.com%2Fauth%2Fgithub%23ops%40contoso.com', PLAIN),
    expect: 'genuine', provider: 'github',
    what: 'GitHub approval whose redirect_uri has an @ only in its fragment: genuine',
    source: REDIRECT_SOURCES,
  },
  {
    name: 'github-redirect-encoded-path', host: 'github.com',
    path: authorize('https%3A%2F%2Fci.contoso.com%2Fbuilds%2Fnightly%2520run%2F%255Cteam%2540ci', PLAIN),
    expect: 'genuine', provider: 'github',
    what: 'GitHub approval whose redirect_uri path holds %20, %5C and %40: genuine',
    source: REDIRECT_SOURCES,
  },

  // Provider marks in the capture of the tab.
  {
    name: 'github-mark-48-plain-inputs', host: 'repo-sync-review.net', path: '/session/new',
    expect: 'danger', provider: 'github',
    what: 'GitHub mark as one 48 px image (28 px in the captured view), no brand word, inputs id=user',
    source: ['https://news.sophos.com/en-us/2020/04/17/github-users-targetted-by-sawfish-phishing-campaign'],
  },
  {
    name: 'ok-dark-round-icons-own-login', host: 'crewboard-app.com', path: '/login',
    expect: 'none',
    what: 'a crew-planning app\'s own login under a grid of small dark round avatar icons',
    source: ['https://www.vadesecure.com/en/blog/detecting-logos-in-phishing-attacks'],
  },
];

module.exports = { HOSTS, PAGES };

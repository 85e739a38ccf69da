'use strict';
// Fourth blind round (REDTEAM4.md): spoofs on large pages (3,000+ elements) whose sign-in or brand sits
// outside the first screens, and on late or staged pages whose brand or password field arrives after
// load (timers, fetch, clicks, transitions, :has()/:target rules, pushState, whole-body swaps, in-place
// text and attribute edits, constant DOM churn). Every row must get `danger` with the provider imitated.

const HOSTS = {
  'kb-wikifarm.net': 'https',
  'forum-threadhub.net': 'https',
  'devwiki-mirror.dev': 'https',
  'xlsx-sheetview.net': 'https',
  'sheets-shareview.com': 'https',
  'boards-export-view.net': 'https',
  'spaces-docportal.net': 'https',
  'teamdocs-viewer.com': 'https',
  'wiki-codeshare.dev': 'https',
  'attach-preview-load.net': 'https',
  'meet-recap-load.com': 'https',
  'ci-log-viewer-load.dev': 'https',
  'workspace-signin-hub.net': 'https',
  'account-hub-signin.com': 'https',
  'org-boards-signin.net': 'https',
  'market-pulse-live.net': 'https',
  'ops-status-wall.com': 'https',
  'build-radiator-live.dev': 'https',
  'secure-fax-inbox.net': 'https',
  'voicemail-play-now.com': 'https',
  'pr-diff-viewer.dev': 'https',
  'portal-route-signin.net': 'https',
  'doc-fetch-render.com': 'https',
  'pipeline-has-gate.net': 'https',
  'newsletter-longread.net': 'https',
  'recipes-longread.com': 'https',
  'changelog-longread.dev': 'https',
  'thread-archive-view.net': 'https',
  'community-digest-read.com': 'https',
  'issue-mirror-board.dev': 'https'
};

const PAGES = [
  {name: 'large-sidebar-microsoft',host: 'kb-wikifarm.net',path: '/wiki/Quarterly_Close',expect: 'danger',provider: 'microsoft',trick: 'large-sidebar',what: 'wiki page of 3,000+ elements; the Microsoft sign-in sits in the right sidebar after the bulk in DOM order, brand split',source: 'https://samurai.by.security.ntt/post/threat-report-by-ntt-security-tycoon-2fa-a-trending-phishing-kit'},
  {name: 'large-sidebar-google',host: 'forum-threadhub.net',path: '/t/8812-shared-calendar-export',expect: 'danger',provider: 'google',trick: 'large-sidebar',what: 'forum page of 3,000+ elements; the Google sign-in sits in the left sidebar after the bulk in DOM order, brand salted',source: 'https://blog.sekoia.io/mamba-2fa-a-new-contender-in-the-aitm-phishing-ecosystem/'},
  {name: 'large-sidebar-github',host: 'devwiki-mirror.dev',path: '/docs/handbook',expect: 'danger',provider: 'github',trick: 'large-sidebar',what: 'wiki page of 3,000+ elements; the GitHub sign-in sits in the footer after the bulk in DOM order, brand order',source: 'https://github.com/kgretzky/evilginx2'},
  {name: 'far-below-microsoft',host: 'xlsx-sheetview.net',path: '/book/Q4-budget',expect: 'danger',provider: 'microsoft',trick: 'large-far-below',what: '\'Q4-budget.xlsx\' spreadsheet of 440 x 8 generated cells; the Microsoft sign-in lies below the table, brand only in ::before/::after content',source: 'https://www.enigmasoftware.com/sharepointsecuredocumentverificationemailscam-removal/'},
  {name: 'far-below-google',host: 'sheets-shareview.com',path: '/d/7hQ2x/edit',expect: 'danger',provider: 'google',trick: 'large-far-below',what: '\'Payroll adjustments\' spreadsheet of 440 x 8 generated cells; the Google sign-in lies below the table, brand only in ::before/::after content',source: 'https://www.ditmsecurity.com/blog/platform-phishing.html'},
  {name: 'far-below-azure-devops',host: 'boards-export-view.net',path: '/export/backlog',expect: 'danger',provider: 'azure-devops',trick: 'large-far-below',what: '\'Sprint 42 backlog export\' spreadsheet of 440 x 8 generated cells; the Azure DevOps sign-in lies below the table, brand only in ::before/::after content',source: 'https://ironscales.com/threat-intelligence/compromised-m365-sharepoint-share-clean-scanner-credential-harvest'},
  {name: 'shadow-modal-microsoft',host: 'spaces-docportal.net',path: '/display/FIN/Travel-Policy',expect: 'danger',provider: 'microsoft',trick: 'large-shadow-modal',what: '3,400-element document space; a modal Microsoft sign-in lives in a closed shadow root attached at the end of body, brand image',source: 'https://www.enigmasoftware.com/sharepointsecuredocumentverificationemailscam-removal/'},
  {name: 'shadow-modal-google',host: 'teamdocs-viewer.com',path: '/doc/handbook-2026',expect: 'danger',provider: 'google',trick: 'large-shadow-modal',what: '3,400-element document space; a modal Google sign-in lives in a open shadow root attached at the end of body, brand split',source: 'https://blog.talosintelligence.com/new-phishing-as-a-service-tool-greatness-already-seen-in-the-wild/'},
  {name: 'shadow-modal-github',host: 'wiki-codeshare.dev',path: '/wiki/Incident-Runbook',expect: 'danger',provider: 'github',trick: 'large-shadow-modal',what: '3,400-element document space; a modal GitHub sign-in lives in a closed shadow root attached at the end of body, brand rowreverse',source: 'https://github.com/kgretzky/evilginx2'},
  {name: 'blank-swap-microsoft',host: 'attach-preview-load.net',path: '/open/INV-20931',expect: 'danger',provider: 'microsoft',trick: 'blank-then-swap',what: 'spinner and \'Loading…\' only (no field, no brand); after 1200 ms the whole body\'s innerHTML becomes a Microsoft sign-in',source: 'https://kaspersky.co.uk/blog/office-phishing-html-attachment/22634'},
  {name: 'blank-swap-google',host: 'meet-recap-load.com',path: '/r/91-recap',expect: 'danger',provider: 'google',trick: 'blank-then-swap',what: 'spinner and \'Loading…\' only (no field, no brand); after 1800 ms the whole body\'s innerHTML becomes a Google sign-in',source: 'https://blog.barracuda.com/2025/03/19/threat-spotlight-phishing-as-a-service-fast-evolving-threat'},
  {name: 'blank-swap-github',host: 'ci-log-viewer-load.dev',path: '/run/4411',expect: 'danger',provider: 'github',trick: 'blank-then-swap',what: 'spinner and \'Loading…\' only (no field, no brand); after 2500 ms the whole body\'s innerHTML becomes a GitHub sign-in',source: 'https://github.com/kgretzky/evilginx2'},
  {name: 'in-place-microsoft',host: 'workspace-signin-hub.net',path: '/',expect: 'danger',provider: 'microsoft',trick: 'in-place-edit',what: 'neutral \'Workspace\' sign-in; after 1.5 s the heading text node\'s data becomes \'Microsoft\', a blank img\'s src becomes the Microsoft logo, a hidden line is un-hidden and a class swap shows it',source: 'https://samurai.by.security.ntt/post/threat-report-by-ntt-security-tycoon-2fa-a-trending-phishing-kit'},
  {name: 'in-place-google',host: 'account-hub-signin.com',path: '/',expect: 'danger',provider: 'google',trick: 'in-place-edit',what: 'neutral \'Workspace\' sign-in; after 1.5 s the heading text node\'s data becomes \'Google\', a blank img\'s src becomes the Google logo, a hidden line is un-hidden and a class swap shows it',source: 'https://blog.sekoia.io/mamba-2fa-a-new-contender-in-the-aitm-phishing-ecosystem/'},
  {name: 'in-place-azure-devops',host: 'org-boards-signin.net',path: '/',expect: 'danger',provider: 'azure-devops',trick: 'in-place-edit',what: 'neutral \'Workspace\' sign-in; after 1.5 s the heading text node\'s data becomes \'Azure DevOps\', a blank img\'s src becomes the Azure DevOps logo, a hidden line is un-hidden and a class swap shows it',source: 'https://www.darktrace.com/blog/from-rockstar2fa-to-flowerstorm-investigating-a-blooming-phishing-as-a-service-platform'},
  {name: 'churn-microsoft',host: 'market-pulse-live.net',path: '/board',expect: 'danger',provider: 'microsoft',trick: 'churn',what: 'live board: a clock and 200 ticker cells rewritten every 10 ms (text data and class changes); after 2 s a Microsoft sign-in modal is appended, brand split',source: 'https://blog.talosintelligence.com/new-phishing-as-a-service-tool-greatness-already-seen-in-the-wild/'},
  {name: 'churn-google',host: 'ops-status-wall.com',path: '/',expect: 'danger',provider: 'google',trick: 'churn',what: 'live board: a clock and 200 ticker cells rewritten every 10 ms (text data and class changes); after 2 s a Google sign-in modal is appended, brand order',source: 'https://www.ditmsecurity.com/blog/platform-phishing.html'},
  {name: 'churn-azure-devops',host: 'build-radiator-live.dev',path: '/',expect: 'danger',provider: 'azure-devops',trick: 'churn',what: 'live board: a clock and 200 ticker cells rewritten every 10 ms (text data and class changes); after 2 s a Azure DevOps sign-in modal is appended, brand salted',source: 'https://www.darktrace.com/blog/from-rockstar2fa-to-flowerstorm-investigating-a-blooming-phishing-as-a-service-platform'},
  {name: 'click-details-microsoft',host: 'secure-fax-inbox.net',path: '/fax/2291',expect: 'danger',provider: 'microsoft',trick: 'click-staged',click: {selector: 'summary'},what: 'fax notice; the Microsoft sign-in is inside a closed <details> that the click on \'View fax\' opens; brand in generated content',source: 'https://kaspersky.co.uk/blog/office-phishing-html-attachment/22634'},
  {name: 'click-visibility-google',host: 'voicemail-play-now.com',path: '/vm/77',expect: 'danger',provider: 'google',trick: 'click-staged',click: {selector: '#play'},what: 'voicemail player; \'Play\' switches a Google sign-in from display:none + content-visibility:hidden to shown; brand letters reversed by flex row-reverse',source: 'https://blog.barracuda.com/2025/03/19/threat-spotlight-phishing-as-a-service-fast-evolving-threat'},
  {name: 'click-target-github',host: 'pr-diff-viewer.dev',path: '/pull/381',expect: 'danger',provider: 'github',trick: 'click-staged',click: {selector: '#open'},what: 'pull-request diff teaser; the link sets the hash and a :target rule shows a GitHub sign-in; brand split per letter',source: 'https://github.com/kgretzky/evilginx2'},
  {name: 'pushstate-microsoft',host: 'portal-route-signin.net',path: '/home',expect: 'danger',provider: 'microsoft',trick: 'route-and-fetch',what: 'neutral \'Welcome\' landing; after 1 s history.pushState(\'/login\') and a Microsoft sign-in replaces the main element; brand salted',source: 'https://samurai.by.security.ntt/post/threat-report-by-ntt-security-tycoon-2fa-a-trending-phishing-kit'},
  {name: 'fetch-google',host: 'doc-fetch-render.com',path: '/view/',expect: 'danger',provider: 'google',trick: 'route-and-fetch',what: '\'Preparing document\' page fetches card.json after 800 ms and writes a Google sign-in from it; brand letters placed by flex order',source: 'https://blog.talosintelligence.com/new-phishing-as-a-service-tool-greatness-already-seen-in-the-wild/'},
  {name: 'has-gate-azure-devops',host: 'pipeline-has-gate.net',path: '/gate',expect: 'danger',provider: 'azure-devops',trick: 'route-and-fetch',what: 'pipeline \'approval pending\' page; a script ticks a hidden checkbox after 1.2 s and a body:has(#ok:checked) rule shows the Azure DevOps sign-in',source: 'https://www.darktrace.com/blog/from-rockstar2fa-to-flowerstorm-investigating-a-blooming-phishing-as-a-service-platform'},
  {name: 'large-late-microsoft',host: 'newsletter-longread.net',path: '/2026/11/annual-report',expect: 'danger',provider: 'microsoft',trick: 'large-late',what: '3,400-element long read with a comment counter ticking every 50 ms; after 2.5 s a Microsoft sign-in, present from the start at opacity 0 and visibility hidden in the footer, fades in by a transition; brand image',source: 'https://cyberdudebivash-news.blogspot.com/2025/10/how-to-spot-new-microsoft-logo-scam.html'},
  {name: 'large-late-google',host: 'recipes-longread.com',path: '/post/harvest-soup',expect: 'danger',provider: 'google',trick: 'large-late',what: '3,400-element long read with a comment counter ticking every 50 ms; after 2.5 s a Google sign-in, present from the start at opacity 0 and visibility hidden in the footer, fades in by a transition; brand generated',source: 'https://blog.sekoia.io/mamba-2fa-a-new-contender-in-the-aitm-phishing-ecosystem/'},
  {name: 'large-late-github',host: 'changelog-longread.dev',path: '/releases/all',expect: 'danger',provider: 'github',trick: 'large-late',what: '3,400-element long read with a comment counter ticking every 50 ms; after 2.5 s a GitHub sign-in, present from the start at opacity 0 and visibility hidden in the footer, fades in by a transition; brand salted',source: 'https://github.com/kgretzky/evilginx2'},
  {name: 'late-reordered-microsoft',host: 'thread-archive-view.net',path: '/t/q4-close-checklist',expect: 'danger',provider: 'microsoft',trick: 'large-late-reordered',what: '4,000-element thread with a \'new replies\' counter; after 2 s a Microsoft sign-in is written into an empty sidebar placed after the thread in DOM order, brand rowreverse',source: 'https://samurai.by.security.ntt/post/threat-report-by-ntt-security-tycoon-2fa-a-trending-phishing-kit'},
  {name: 'late-reordered-google',host: 'community-digest-read.com',path: '/thread/5521',expect: 'danger',provider: 'google',trick: 'large-late-reordered',what: '4,000-element thread with a \'new replies\' counter; after 2 s a Google sign-in is written into an empty sidebar placed after the thread in DOM order, brand generated',source: 'https://blog.barracuda.com/2025/03/19/threat-spotlight-phishing-as-a-service-fast-evolving-threat'},
  {name: 'late-reordered-github',host: 'issue-mirror-board.dev',path: '/issues/9120',expect: 'danger',provider: 'github',trick: 'large-late-reordered',what: '4,000-element thread with a \'new replies\' counter; after 2 s a GitHub sign-in is written into an empty sidebar placed after the thread in DOM order, brand order',source: 'https://github.com/kgretzky/evilginx2'},
];

module.exports = { HOSTS, PAGES };

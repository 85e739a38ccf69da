'use strict';
// Cards in closed shadow roots away from the middle of the window, whose root is made with another
// frame's attachShadow (so the page's world counts none) on a host that is not empty: the host's own
// text drawn over, the host an empty heading, or the host's text shown through a <slot> beside the
// card. Each must be read closely wherever the card stands; ordinary pages with closed roots at the
// window's edges (a docs site's navigation, a shop's chat) stay quiet.
// Fixtures: tests/corpus/gen-hits19.py. Row shape: tests/e2e/pages.js.

const S = {
  iframeRealms: 'https://gregros.dev/post/iframes-and-when-javascript-worlds-collide',
  shadowDom: 'https://practicaldev-herokuapp-com.freetls.fastly.net/brinobruno/how-to-use-shadow-dom-and-honeypots-to-deter-crawlers-5831',
  eyeoShadow: 'https://developers.eyeo.com/snippets/accessing-shadow-dom-elements',
  imperva: 'https://www.imperva.com/learn/application-security/shadow-dom/',
  tycoonNtt: 'https://samurai.by.security.ntt/post/threat-report-by-ntt-security-tycoon-2fa-a-trending-phishing-kit',
};

const spoof = (provider, name, host, path, what, source) =>
  ({ name, host, path, expect: 'danger', provider, trick: 'closed root off the middle', what, source: source.join(', ') });
const quiet = (name, host, path, what) => ({ name, host, path, expect: 'none', trick: 'ordinary: closed root at an edge', what });

const PAGES = [
  spoof('microsoft', 'left-third-host-text-drawn-over-microsoft', 'shared-ledger-view.com', '/docs/',
    'a shared-documents list; a <div> holding "Loading the document viewer…" gets a CLOSED root from a removed frame’s attachShadow that draws the Microsoft sign-in (email, password) fixed in the left third over the div’s own text',
    [S.iframeRealms, S.shadowDom, S.tycoonNtt]),
  spoof('microsoft', 'left-third-host-text-drawn-over-long-list-microsoft', 'shared-ledger-view.com', '/archive/',
    'the same card over a list of 3,200 documents (a page of more than 3,000 elements)',
    [S.iframeRealms, S.shadowDom, S.tycoonNtt]),
  spoof('google', 'bottom-left-empty-heading-host-google', 'scan-inbox-share.net', '/file/',
    'a scans list; an empty <h2> gets a CLOSED root from a removed frame’s attachShadow holding Google’s password step (“To continue to Google Drive, first verify it’s you”), fixed in the bottom-left corner',
    [S.iframeRealms, S.imperva, S.eyeoShadow]),
  spoof('github', 'right-card-host-text-slotted-github', 'ci-build-relay.dev', '/runs/2231/',
    'a CI build page; a <section> whose own text ("Build log: 5 steps") is shown through a <slot> gets a CLOSED root from a removed frame’s attachShadow with GitHub’s sign-in (username filled in, password) fixed at the right',
    [S.iframeRealms, S.shadowDom, S.eyeoShadow]),
  spoof('microsoft', 'closed-root-card-four-squares-only-microsoft', 'freight-mailbox-view.com', '/inbox/',
    'a mail page whose <div> ("Loading your mailbox…") gets a CLOSED root from a removed frame’s attachShadow with an “Enter password” card whose only claim is Microsoft’s four squares as an inline SVG',
    [S.iframeRealms, S.shadowDom, S.eyeoShadow]),
  quiet('own-signin-card-own-logo-closed-root', 'portal.tern-freight.se', '/signin/',
    'a freight company’s own “Enter password” card in a closed root, the same layout, with its own round logo'),
  quiet('docs-navigation-closed-root-left', 'docs.tidepool-static.dev', '/config/',
    'a static-site generator’s docs: the navigation is a closed root on the left (its host shows "Loading navigation…" until then), the article beside it; nothing asks'),
  quiet('shop-chat-closed-root-corner', 'shop.greenleaf-garden.co.uk', '/trays/',
    'a garden shop’s product list with a support chat in a closed root in the bottom-right corner (a message box, "How can we help with your order?")'),
];

const HOSTS = Object.fromEntries([...new Set(PAGES.map((p) => p.host))].map((h) => [h, 'https']));

module.exports = { HOSTS, PAGES };

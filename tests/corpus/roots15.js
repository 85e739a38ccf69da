'use strict';
// Closed shadow roots on elements that show something of their own: a paragraph whose own text the
// root hides (nothing in the light DOM asks or names a provider), a box whose children the root
// shows through a slot beside the card, and a shop's own login drawn the same way.

const HOSTS = {
  'voicemail-inbox-relay.com': 'https',
  'claims-portal-notice.com': 'https',
  'orders.larchfield-supply.com': 'https',
};

const SOURCE = 'https://practicaldev-herokuapp-com.freetls.fastly.net/brinobruno/how-to-use-shadow-dom-and-honeypots-to-deter-crawlers-5831';

const PAGES = [
  { name: 'closed-root-on-text-paragraph-microsoft', host: 'voicemail-inbox-relay.com', path: '/msg/5531/', expect: 'danger',
    provider: 'microsoft', trick: 'closed-root-text-host', source: SOURCE,
    what: 'A voicemail page whose only element is a paragraph ("Loading your message, please wait."); a CLOSED shadow root without a slot hides that text and draws the Microsoft card (logo, "Sign in", loginfmt/passwd); the title asks for nothing' },
  { name: 'closed-root-slotting-children-microsoft', host: 'claims-portal-notice.com', path: '/view/', expect: 'danger',
    provider: 'microsoft', trick: 'closed-root-text-host', source: SOURCE,
    what: 'A claim notice whose box holds two spans of its own; a CLOSED shadow root on the box shows them through a slot and draws the Microsoft card below them' },
  { name: 'closed-root-own-login', host: 'orders.larchfield-supply.com', path: '/account/', expect: 'none',
    trick: 'closed-root-text-host', source: 'https://developer.mozilla.org/en-US/docs/Web/API/Element/attachShadow (web components with closed roots)',
    what: 'Twin: a builders’ merchant whose account paragraph ("Loading your account…") holds a CLOSED shadow root with its own trade-account sign-in and Continue with Google / Microsoft links' },
];

module.exports = { HOSTS, PAGES };

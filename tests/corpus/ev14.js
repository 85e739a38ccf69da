'use strict';
// Device-code lures padded past an article's length (tests/corpus/gen-ev14.py): a Teams meeting page
// whose code card comes before a long agenda, the same with the agenda first, and a GitHub "Copilot
// seat" page over a long changelog. Look-alikes that stay quiet: a CLI's long sign-in guide quoting
// its terminal transcript (address and code), and an IT help page on Teams Rooms whose code is a
// sample ("a code such as …", then drawn again).

const HOSTS = {
  'room-checkin-portal.com': 'https',
  'quarterly-meeting-join.com': 'https',
  'seat-activation-desk.com': 'https',
  'docs.tidewater-cli.dev': 'https',
  'it.harbourline-shipping.com': 'https',
};

const lure = /^lure\.device-code$/;

const PAGES = [
  { name: 'teams-device-padded-after', host: 'room-checkin-portal.com', path: '/join/', expect: 'danger', provider: 'microsoft', rule: lure,
    what: 'a Teams meeting page (Microsoft header) whose card gives a code for microsoft.com/devicelogin, above 3,000 bytes of agenda' },
  { name: 'teams-device-padded-before', host: 'quarterly-meeting-join.com', path: '/join/', expect: 'danger', provider: 'microsoft', rule: lure,
    what: 'the same page with the long agenda first and the code card below it, past the text the page sends in full' },
  { name: 'github-device-padded', host: 'seat-activation-desk.com', path: '/activate/', expect: 'danger', provider: 'github', rule: lure,
    what: 'a GitHub "Activate your Codespaces seat" page giving a code for github.com/login/device, above a long changelog' },
  { name: 'cli-device-guide-long', host: 'docs.tidewater-cli.dev', path: '/auth/login/', expect: 'none',
    what: "a CLI's long sign-in guide quoting its terminal transcript (microsoft.com/devicelogin and a code): it claims no provider" },
  { name: 'teams-rooms-kb-sample', host: 'it.harbourline-shipping.com', path: '/kb/teams-rooms/', expect: 'none',
    what: 'a company IT page on Teams Rooms whose code is a sample ("a code such as F7KQ-2XPL"), drawn again in a figure' },
];

module.exports = { HOSTS, PAGES };

'use strict';
// Sign-in cards drawn as one large picture with clear inputs over its boxes, and ordinary pages with large
// pictures whose words name a provider (written by tests/corpus/gen-picture14.py).

const HOSTS = {
  "docs.quillpad.example": "https",
  "docuvault-share.net": "https",
  "members.fernhill-rowing.org": "https",
};

const PAGES = [
  {"name": "ms-card-picture-clear-inputs", "host": "docuvault-share.net", "path": "/view/q4/", "expect": "danger", "provider": "microsoft", "what": "A Microsoft sign-in card (the word \"Microsoft\" with no logo, \"Sign in\", \"to continue to OneDrive\") drawn as one SVG picture, with a clear email and password input over its boxes; the title a zero-width space", "source": "https://www.trustwave.com/en-us/resources/blogs/spiderlabs-blog/ (image-based phishing pages with transparent input overlays)"},
  {"name": "own-card-picture-clear-inputs", "host": "members.fernhill-rowing.org", "path": "/login/", "expect": "none", "what": "Twin of ms-card-picture-clear-inputs: a rowing club's own members sign-in drawn as one SVG picture (its own name and crest) with clear inputs over its boxes", "source": "https://www.w3.org/WAI/tutorials/images/textual/ (text drawn in images, an old site-building habit)"},
  {"name": "docs-diagram-beside-own-login", "host": "docs.quillpad.example", "path": "/guides/oauth/", "expect": "none", "what": "A docs page whose large SVG diagram says \"Sign in with Google\" and \"Google asks for consent\", with the docs site's own login in its header, not over the picture", "source": "https://developers.google.com/identity/protocols/oauth2 (OAuth flow diagrams in documentation)"},
];

module.exports = { HOSTS, PAGES };

'use strict';
// Frames whose sign-in shows only after the top document reveals them (a box hidden by CSS, a closed
// dialog, the hidden attribute), nothing in the frame changing, and their ordinary twins
// (written by tests/corpus/gen-late14.py).

const HOSTS = {
  "app.kettlebrook-crm.com": "https",
  "docs-share-viewer.net": "https",
  "harbour-tide-news.co.uk": "https",
  "login.kettlebrook-crm.com": "https",
  "pr-review-notes.dev": "https",
  "quayside-chronicle.co.uk": "https",
  "shared-invoice-files.com": "https",
};

const PAGES = [
  {"name": "srcdoc-ad-shown-late-microsoft", "host": "quayside-chronicle.co.uk", "path": "/news/harbour-dredging/", "expect": "danger", "trick": "frame-shown-late", "what": "A news article whose sidebar box (display:none) holds a sandboxed srcdoc \"ad\" with a Microsoft sign-in (logo, loginfmt/passwd); the top document's script shows the box 1.5 s after load, nothing in the frame changes", "source": "https://www.malwarebytes.com/blog/news/2025/01/fake-microsoft-365-ads (malvertising leading to Microsoft sign-in copies)", "provider": "microsoft"},
  {"name": "dialog-frame-opened-late-github", "host": "pr-review-notes.dev", "path": "/review/4471/", "expect": "danger", "trick": "frame-shown-late", "what": "A code-review share page that opens a closed <dialog> 2 s after load by script; in it, a frame of the attacker's other host shows \"Sign in to GitHub\" with the mark and username/password; the frame itself never changes", "source": "https://www.ditmsecurity.com/blog/platform-phishing.html (GitHub-themed credential lures in shared-document pages)", "provider": "github"},
  {"name": "hidden-attr-srcdoc-google", "host": "shared-invoice-files.com", "path": "/d/inv-2026-118/", "expect": "danger", "trick": "frame-shown-late", "what": "A \"shared invoice\" page whose panel has the hidden attribute; its sandboxed srcdoc frame shows a Google \"Sign in to continue to Google Drive\" with email and password; script removes the attribute 1.2 s after load", "source": "https://www.netskope.com/blog/google-drive-phishing (shared-file lures leading to Google sign-in copies)", "provider": "google"},
  {"name": "srcdoc-newsletter-shown-late", "host": "harbour-tide-news.co.uk", "path": "/news/lifeboat-open-day/", "expect": "none", "trick": "frame-shown-late", "what": "Twin of srcdoc-ad-shown-late-microsoft: the box shown late holds a sandboxed srcdoc newsletter sign-up (the paper's own name, an email field, no password, no provider)", "source": "https://www.theguardian.com/email-newsletters (newsletter sign-up boxes beside articles)"},
  {"name": "dialog-own-login-opened-late", "host": "app.kettlebrook-crm.com", "path": "/deals/", "expect": "none", "trick": "frame-shown-late", "what": "Twin of dialog-frame-opened-late-github: a CRM's session-expired dialog opened by script 2 s after load; in it, the CRM's own login frame (its name, work email and password, a \"Sign in with Google\" link)", "source": "https://help.salesforce.com/s/articleView?id=sf.admin_sessions.htm (session-expired re-login dialogs)"},
];

module.exports = { HOSTS, PAGES };

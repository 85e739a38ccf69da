#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Writes tests/corpus/late14.js and its fixtures under tests/fixtures/<host>/: frames that show their
sign-in only after their parent reveals them (a hidden box, a closed dialog, a `hidden` attribute,
changed by the top document's script while nothing in the frame changes), and their ordinary twins.
A frame shown by no layout when it is first read has no rendered element: the reading must be done
again once the frame has a size. Run from the repo root: python3 tests/corpus/gen-late14.py"""
import html, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
FIX = os.path.join(HERE, '..', 'fixtures')
PAGES, HOSTS, FILES = [], {}, {}

MS = ('<svg xmlns="http://www.w3.org/2000/svg" width="108" height="24" viewBox="0 0 108 24" role="img" aria-label="Microsoft">'
      '<rect x="0" y="1" width="10" height="10" fill="#f25022"/><rect x="11" y="1" width="10" height="10" fill="#7fba00"/>'
      '<rect x="0" y="12" width="10" height="10" fill="#00a4ef"/><rect x="11" y="12" width="10" height="10" fill="#ffb900"/>'
      '<text x="27" y="18" font-family="Segoe UI,Arial" font-size="17" fill="#737373">Microsoft</text></svg>')
GOOGLE = ('<svg xmlns="http://www.w3.org/2000/svg" width="75" height="24" viewBox="0 0 75 24" role="img" aria-label="Google">'
          '<text x="0" y="19" font-family="Product Sans,Arial" font-size="22"><tspan fill="#4285f4">G</tspan><tspan fill="#ea4335">o</tspan>'
          '<tspan fill="#fbbc05">o</tspan><tspan fill="#4285f4">g</tspan><tspan fill="#34a853">l</tspan><tspan fill="#ea4335">e</tspan></text></svg>')
GITHUB = ('<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48" viewBox="0 0 16 16" role="img" aria-label="GitHub">'
          '<path fill="#1f2328" d="M8 0C3.58 0 0 3.58 0 8c0 3.54 2.29 6.53 5.47 7.59.4.07.55-.17.55-.38 0-.19-.01-.82-.01-1.49-2.01.37-2.53-.49-2.69-.94-.09-.23-.48-.94-.82-1.13-.28-.15-.68-.52-.01-.53.63-.01 1.08.58 1.23.82.72 1.21 1.87.87 2.33.66.07-.52.28-.87.51-1.07-1.78-.2-3.64-.89-3.64-3.95 0-.87.31-1.59.82-2.15-.08-.2-.36-1.02.08-2.12 0 0 .67-.21 2.2.82.64-.18 1.32-.27 2-.27.68 0 1.36.09 2 .27 1.53-1.04 2.2-.82 2.2-.82.44 1.1.16 1.92.08 2.12.51.56.82 1.27.82 2.15 0 3.07-1.87 3.75-3.65 3.95.29.25.54.73.54 1.48 0 1.07-.01 1.93-.01 2.2 0 .21.15.46.55.38A8.013 8.013 0 0016 8c0-4.42-3.58-8-8-8z"/></svg>')

def doc(title, body, css='', script=''):
    return f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
body{{margin:0;font-family:Georgia,serif;color:#1f2328;background:#fafafa}}header{{background:#14324f;color:#fff;padding:14px 28px;font:700 22px Georgia}}
main{{max-width:1060px;margin:0 auto;padding:24px;display:grid;grid-template-columns:1fr 340px;gap:28px}}article p{{line-height:1.6}}
{css}
</style>
</head>
<body>
{body}
{f"<script>{script}</script>" if script else ""}
</body>
</html>
'''

def page(name, host, path, expect, what, source, body, title, css='', script='', provider=None, trick=''):
    HOSTS[host] = 'https'
    rel = path.strip('/')
    FILES[os.path.join(host, rel, 'index.html') if rel else os.path.join(host, 'index.html')] = doc(title, body, css, script)
    row = dict(name=name, host=host, path=path, expect=expect, trick=trick, what=what, source=source)
    if provider:
        row['provider'] = provider
    PAGES.append(row)

def frame_file(host, path, title, body):
    HOSTS[host] = 'https'
    FILES[os.path.join(host, path.strip('/'), 'index.html')] = doc(title, body).replace('<header', '<x-header')

def srcdoc(inner, w=320, h=300):
    return (f'<iframe title="Advertisement" sandbox="allow-scripts allow-forms allow-popups" width="{w}" height="{h}" '
            f'style="border:0" srcdoc="{html.escape(inner, quote=True)}"></iframe>')

ARTICLE = '<article><h1>{h}</h1><p>{p}</p><p>Readers can follow the changes on our live page, updated every morning.</p></article>'
MS_CARD = ('<html><body style="margin:0;font-family:Segoe UI,Arial;background:#fff;padding:18px">' + MS +
           '<h2 style="font-weight:600;margin:10px 0">Sign in to claim your free Microsoft 365</h2>'
           '<form action="https://m365-bonus-claim.net/c" method="post"><input type="email" name="loginfmt" placeholder="Email, phone, or Skype" style="width:100%;padding:6px;margin:4px 0">'
           '<input type="password" name="passwd" placeholder="Password" style="width:100%;padding:6px;margin:4px 0">'
           '<button style="background:#0067b8;color:#fff;border:0;padding:6px 20px">Sign in</button></form></body></html>')
NEWSLETTER = ('<html><body style="margin:0;font-family:Arial;background:#fff7ed;padding:18px"><h2 style="margin:6px 0">The Morning Tide</h2>'
              '<p>Our free newsletter: the day\'s harbour news at 7 am.</p><form action="/subscribe" method="post">'
              '<input type="email" name="email" placeholder="Your email" style="width:100%;padding:6px;margin:4px 0">'
              '<button style="background:#c2410c;color:#fff;border:0;padding:6px 20px">Subscribe</button></form></body></html>')

# 1. a sandboxed srcdoc "ad" in a box hidden by CSS, shown by the top document's script
page('srcdoc-ad-shown-late-microsoft', 'quayside-chronicle.co.uk', '/news/harbour-dredging/', 'danger',
     'A news article whose sidebar box (display:none) holds a sandboxed srcdoc "ad" with a Microsoft sign-in (logo, loginfmt/passwd); the top document\'s script shows the box 1.5 s after load, nothing in the frame changes',
     'https://www.malwarebytes.com/blog/news/2025/01/fake-microsoft-365-ads (malvertising leading to Microsoft sign-in copies)',
     '<header>The Quayside Chronicle</header><main>' + ARTICLE.format(h='Harbour dredging starts in March', p='Work on the outer channel will close the east berth for six weeks.') +
     '<aside class="ad">' + srcdoc(MS_CARD) + '</aside></main>', 'Harbour dredging starts in March | The Quayside Chronicle',
     css='.ad{display:none}', script='setTimeout(function(){document.querySelector(".ad").style.display="block"},1500)',
     provider='microsoft', trick='frame-shown-late')

# 2. a cross-origin frame in a closed <dialog>, opened by script
frame_file('docs-share-viewer.net', '/embed/signin/', 'Sign in',
           '<div style="max-width:340px;margin:20px auto;font-family:-apple-system,Segoe UI,Arial;text-align:center">' + GITHUB +
           '<h1 style="font-size:22px;font-weight:300">Sign in to GitHub</h1><form action="https://docs-share-viewer.net/session" method="post" style="text-align:left">'
           '<label for="l">Username or email address</label><input id="l" name="login" style="width:100%;padding:5px 10px;margin:6px 0 14px">'
           '<label for="p">Password</label><input id="p" type="password" name="password" style="width:100%;padding:5px 10px;margin:6px 0 14px">'
           '<button style="width:100%;background:#1f883d;color:#fff;border:0;border-radius:6px;padding:6px">Sign in</button></form></div>')
page('dialog-frame-opened-late-github', 'pr-review-notes.dev', '/review/4471/', 'danger',
     'A code-review share page that opens a closed <dialog> 2 s after load by script; in it, a frame of the attacker\'s other host shows "Sign in to GitHub" with the mark and username/password; the frame itself never changes',
     'https://www.ditmsecurity.com/blog/platform-phishing.html (GitHub-themed credential lures in shared-document pages)',
     '<header>Review notes</header><main><article><h1>Review #4471: payment retries</h1><p>The reviewer left 12 comments. Sign in to read them.</p></article><aside></aside></main>'
     '<dialog id="gate" style="border:0;border-radius:10px;padding:0"><iframe src="https://docs-share-viewer.net/embed/signin/" width="380" height="420" style="border:0"></iframe></dialog>',
     'Review #4471 · Review notes', script='setTimeout(function(){document.getElementById("gate").showModal()},2000)',
     provider='github', trick='frame-shown-late')

# 3. a sandboxed srcdoc under the hidden attribute, removed by script
G_CARD = ('<html><body style="margin:0;font-family:Roboto,Arial;background:#fff;padding:22px">' + GOOGLE +
          '<h1 style="font-weight:400;font-size:24px">Sign in</h1><p>to continue to Google Drive</p>'
          '<form action="https://drive-shared-files.app/s" method="post"><input type="email" name="identifier" placeholder="Email or phone" style="width:100%;padding:10px;margin:4px 0">'
          '<input type="password" name="Passwd" placeholder="Enter your password" style="width:100%;padding:10px;margin:4px 0">'
          '<button style="background:#0b57d0;color:#fff;border:0;border-radius:20px;padding:8px 22px">Next</button></form></body></html>')
page('hidden-attr-srcdoc-google', 'shared-invoice-files.com', '/d/inv-2026-118/', 'danger',
     'A "shared invoice" page whose panel has the hidden attribute; its sandboxed srcdoc frame shows a Google "Sign in to continue to Google Drive" with email and password; script removes the attribute 1.2 s after load',
     'https://www.netskope.com/blog/google-drive-phishing (shared-file lures leading to Google sign-in copies)',
     '<header>Invoice portal</header><main><article><h1>Invoice INV-2026-118 was shared with you</h1><p>Sign in to view the document.</p></article>'
     '<aside id="panel" hidden>' + srcdoc(G_CARD, 340, 380) + '</aside></main>', 'Shared file: INV-2026-118.pdf',
     script='setTimeout(function(){document.getElementById("panel").hidden=false},1200)',
     provider='google', trick='frame-shown-late')

# twins that must stay quiet
page('srcdoc-newsletter-shown-late', 'harbour-tide-news.co.uk', '/news/lifeboat-open-day/', 'none',
     'Twin of srcdoc-ad-shown-late-microsoft: the box shown late holds a sandboxed srcdoc newsletter sign-up (the paper\'s own name, an email field, no password, no provider)',
     'https://www.theguardian.com/email-newsletters (newsletter sign-up boxes beside articles)',
     '<header>Harbour Tide News</header><main>' + ARTICLE.format(h='Lifeboat open day on Saturday', p='The crew will show the new all-weather boat from 10 am.') +
     '<aside class="ad">' + srcdoc(NEWSLETTER) + '</aside></main>', 'Lifeboat open day on Saturday | Harbour Tide News',
     css='.ad{display:none}', script='setTimeout(function(){document.querySelector(".ad").style.display="block"},1500)', trick='frame-shown-late')
frame_file('login.kettlebrook-crm.com', '/embed/', 'Sign in – Kettlebrook CRM',
           '<div style="max-width:340px;margin:20px auto;font-family:Arial"><h1 style="font-size:22px">Kettlebrook CRM</h1><p>Your session has ended. Sign in again.</p>'
           '<form action="/session" method="post"><label for="e">Work email</label><input id="e" name="email" style="width:100%;padding:6px;margin:6px 0 12px">'
           '<label for="p">Password</label><input id="p" type="password" name="password" style="width:100%;padding:6px;margin:6px 0 12px">'
           '<button style="width:100%;background:#0f766e;color:#fff;border:0;padding:8px">Sign in</button></form>'
           '<p style="font-size:13px">or <a href="/sso/google">Sign in with Google</a></p></div>')
page('dialog-own-login-opened-late', 'app.kettlebrook-crm.com', '/deals/', 'none',
     'Twin of dialog-frame-opened-late-github: a CRM\'s session-expired dialog opened by script 2 s after load; in it, the CRM\'s own login frame (its name, work email and password, a "Sign in with Google" link)',
     'https://help.salesforce.com/s/articleView?id=sf.admin_sessions.htm (session-expired re-login dialogs)',
     '<header>Kettlebrook CRM</header><main><article><h1>Deals</h1><p>42 open deals this quarter.</p></article><aside></aside></main>'
     '<dialog id="gate" style="border:0;border-radius:10px;padding:0"><iframe src="https://login.kettlebrook-crm.com/embed/" width="380" height="380" style="border:0"></iframe></dialog>',
     'Deals · Kettlebrook CRM', script='setTimeout(function(){document.getElementById("gate").showModal()},2000)', trick='frame-shown-late')

for rel, text in FILES.items():
    path = os.path.join(FIX, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w', encoding='utf-8') as f:
        f.write(text)

def js(v):
    return json.dumps(v, ensure_ascii=False)
with open(os.path.join(HERE, 'late14.js'), 'w', encoding='utf-8') as f:
    f.write("'use strict';\n// Frames whose sign-in shows only after the top document reveals them (a box hidden by CSS, a closed\n"
            "// dialog, the hidden attribute), nothing in the frame changing, and their ordinary twins\n"
            "// (written by tests/corpus/gen-late14.py).\n\n")
    f.write('const HOSTS = {\n' + ''.join(f'  {js(h)}: {js(s)},\n' for h, s in sorted(HOSTS.items())) + '};\n\n')
    f.write('const PAGES = [\n' + ''.join('  ' + js(p) + ',\n' for p in PAGES) + '];\n\nmodule.exports = { HOSTS, PAGES };\n')

#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Writes tests/corpus/web13.js and its fixtures under tests/fixtures/<host>/ (thirteenth round of ordinary
pages: titles ending in a product or provider name, fields named or labelled like codes, short one-step pages,
fields naming another domain, self-hosted webmail, token and settings pages, canvas and image-heavy pages).
Every row must stay quiet. Run from the repo root: python3 tests/corpus/gen-web13.py"""
import os, json
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, '..', 'fixtures')
PAGES = []

def page(name, host, path, what, source, family, body, title, css='', lang='en'):
    rel = path.split('?')[0].split('#')[0].strip('/')
    files = {(rel + '/index.html') if rel else 'index.html': doc(title, body, css, lang)}
    PAGES.append(dict(name=name, host=host, path=path, expect='none', what=what, source=source, family=family, files=files))

def doc(title, body, css='', lang='en'):
    return f'''<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
{BASE}
{css}
</style>
</head>
<body>
{body}
</body>
</html>
'''

BASE = '''*{box-sizing:border-box}body{margin:0;font-family:-apple-system,"Segoe UI",Roboto,"Noto Sans",Helvetica,Arial,sans-serif;color:#1f2328;background:#f6f7f9;line-height:1.5}
a{color:#0b5cad;text-decoration:none}
input[type=text],input[type=email],input[type=password]{width:100%;padding:9px 11px;border:1px solid #c4c9d0;border-radius:6px;font:inherit;background:#fff}
.btn{display:inline-block;border:0;border-radius:6px;padding:10px 18px;font:inherit;font-weight:600;cursor:pointer;background:#0b5cad;color:#fff}
.btn.sec{background:#fff;color:#1f2328;border:1px solid #c4c9d0}
.btn.wide{display:block;width:100%;text-align:center;margin-top:10px}
header.top{background:#fff;border-bottom:1px solid #e3e6ea;padding:10px 28px;display:flex;align-items:center;gap:24px}
header.top nav a{margin-right:18px;color:#333;font-size:15px}
header.top .brand{font-weight:700;font-size:19px;color:#222;display:flex;align-items:center;gap:8px}
footer.site{color:#6a737d;font-size:13px;padding:28px;text-align:center;border-top:1px solid #e3e6ea;margin-top:40px;background:#fff}
.wrap{max-width:1080px;margin:0 auto;padding:24px}
.narrow{max-width:440px;margin:48px auto}
.card{background:#fff;border:1px solid #e3e6ea;border-radius:10px;padding:28px}
.center{text-align:center}
.muted{color:#6a737d;font-size:14px}
h1{font-size:26px;margin:8px 0 12px}h2{font-size:20px;margin:24px 0 8px}
.row{display:flex;align-items:center;gap:12px}
.pill{display:inline-block;border-radius:999px;padding:2px 10px;font-size:12px;font-weight:600}
pre{background:#0d1117;color:#e6edf3;padding:14px 16px;border-radius:8px;overflow:auto;font-size:13px;line-height:1.45}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
'''

def mark(letter, color, size=28, shape='rect'):
    s = f'<rect width="{size}" height="{size}" rx="{size//5}" fill="{color}"/>' if shape == 'rect' else f'<circle cx="{size/2}" cy="{size/2}" r="{size/2}" fill="{color}"/>'
    return f'<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size}" viewBox="0 0 {size} {size}" aria-hidden="true">{s}<text x="{size/2}" y="{size*0.7}" font-size="{size*0.6}" font-family="Arial" font-weight="700" fill="#fff" text-anchor="middle">{letter}</text></svg>'

def top(brand, color, links=(), right=''):
    nav = ''.join(f'<a href="#">{l}</a>' for l in links)
    return f'<header class="top"><a class="brand" href="/">{mark(brand[0], color)}{brand}</a><nav>{nav}</nav><div style="margin-left:auto">{right}</div></header>'

def foot(text):
    return f'<footer class="site">{text}</footer>'

def brand_head(brand, color, size=40):
    return f'<div class="center">{mark(brand[0], color, size)}<div style="font-weight:700;font-size:18px;margin-top:6px">{brand}</div></div>'

# ---------------------------------------------------------------- provider marks as real sites draw them
def g_logo(px=20):  # Google "G"
    return f'<svg xmlns="http://www.w3.org/2000/svg" width="{px}" height="{px}" viewBox="0 0 48 48" role="img" aria-label="Google"><path fill="#EA4335" d="M24 9.5c3.54 0 6.71 1.22 9.21 3.6l6.85-6.85C35.9 2.38 30.47 0 24 0 14.62 0 6.51 5.38 2.56 13.22l7.98 6.19C12.43 13.72 17.74 9.5 24 9.5z"/><path fill="#4285F4" d="M46.98 24.55c0-1.57-.15-3.09-.38-4.55H24v9.02h12.94c-.58 2.96-2.26 5.48-4.78 7.18l7.73 6c4.51-4.18 7.09-10.36 7.09-17.65z"/><path fill="#FBBC05" d="M10.53 28.59c-.48-1.45-.76-2.99-.76-4.59s.27-3.14.76-4.59l-7.98-6.19C.92 16.46 0 20.12 0 24c0 3.88.92 7.54 2.56 10.78l7.97-6.19z"/><path fill="#34A853" d="M24 48c6.48 0 11.93-2.13 15.89-5.81l-7.73-6c-2.15 1.45-4.92 2.3-8.16 2.3-6.26 0-11.57-4.22-13.47-9.91l-7.98 6.19C6.51 42.62 14.62 48 24 48z"/></svg>'

def drive_logo(px=40):
    return f'<svg xmlns="http://www.w3.org/2000/svg" width="{px}" height="{int(px*78/87.3)}" viewBox="0 0 87.3 78" role="img" aria-label="Google Drive"><path d="m6.6 66.85 3.85 6.65c.8 1.4 1.95 2.5 3.3 3.3l13.75-23.8h-27.5c0 1.55.4 3.1 1.2 4.5z" fill="#0066da"/><path d="m43.65 25-13.75-23.8c-1.35.8-2.5 1.9-3.3 3.3l-25.4 44a9.06 9.06 0 0 0 -1.2 4.5h27.5z" fill="#00ac47"/><path d="m73.55 76.8c1.35-.8 2.5-1.9 3.3-3.3l1.6-2.75 7.65-13.25c.8-1.4 1.2-2.95 1.2-4.5h-27.502l5.852 11.5z" fill="#ea4335"/><path d="m43.65 25 13.75-23.8c-1.35-.8-2.9-1.2-4.5-1.2h-18.5c-1.6 0-3.15.45-4.5 1.2z" fill="#00832d"/><path d="m59.8 53h-32.3l-13.75 23.8c1.35.8 2.9 1.2 4.5 1.2h50.8c1.6 0 3.15-.45 4.5-1.2z" fill="#2684fc"/><path d="m73.4 26.5-12.7-22c-.8-1.4-1.95-2.5-3.3-3.3l-13.75 23.8 16.15 28h27.45c0-1.55-.4-3.1-1.2-4.5z" fill="#ffba00"/></svg>'

def gmail_logo(px=24):
    return f'<svg xmlns="http://www.w3.org/2000/svg" width="{px}" height="{int(px*0.75)}" viewBox="52 42 88 66" role="img" aria-label="Gmail"><path fill="#4285f4" d="M58 108h14V74L52 59v43c0 3.32 2.69 6 6 6"/><path fill="#34a853" d="M120 108h14c3.32 0 6-2.69 6-6V59l-20 15"/><path fill="#fbbc04" d="M120 48v26l20-15v-8c0-7.42-8.47-11.65-14.4-7.2"/><path fill="#ea4335" d="M72 74V48l24 18 24-18v26L96 92"/><path fill="#c5221f" d="M52 51v8l20 15V48l-5.6-4.2c-5.94-4.45-14.4-.22-14.4 7.2"/></svg>'

def ms_logo(px=21):
    h = px // 2 - 0.5
    return f'<svg xmlns="http://www.w3.org/2000/svg" width="{px}" height="{px}" viewBox="0 0 21 21" role="img" aria-label="Microsoft"><rect x="1" y="1" width="9" height="9" fill="#f25022"/><rect x="1" y="11" width="9" height="9" fill="#00a4ef"/><rect x="11" y="1" width="9" height="9" fill="#7fba00"/><rect x="11" y="11" width="9" height="9" fill="#ffb900"/></svg>'

def ms_wordmark():
    return '<svg xmlns="http://www.w3.org/2000/svg" width="108" height="24" viewBox="0 0 108 24" role="img" aria-label="Microsoft"><rect x="0" y="1" width="10" height="10" fill="#f25022"/><rect x="11" y="1" width="10" height="10" fill="#7fba00"/><rect x="0" y="12" width="10" height="10" fill="#00a4ef"/><rect x="11" y="12" width="10" height="10" fill="#ffb900"/><text x="28" y="17" font-family="Segoe UI,Arial" font-size="15" fill="#5e5e5e">Microsoft</text></svg>'

def outlook_logo(px=24):
    return f'<svg xmlns="http://www.w3.org/2000/svg" width="{px}" height="{px}" viewBox="0 0 32 32" role="img" aria-label="Outlook"><rect x="10" y="4" width="20" height="24" rx="2" fill="#0a64ad"/><rect x="10" y="4" width="20" height="8" fill="#28a8ea"/><rect x="10" y="12" width="20" height="8" fill="#0078d4"/><rect x="2" y="8" width="16" height="16" rx="2" fill="#0f6cbd"/><ellipse cx="10" cy="16" rx="4" ry="4.8" fill="none" stroke="#fff" stroke-width="2"/></svg>'

def teams_logo(px=28):
    return f'<svg xmlns="http://www.w3.org/2000/svg" width="{px}" height="{px}" viewBox="0 0 32 32" role="img" aria-label="Microsoft Teams"><circle cx="24" cy="8" r="3.5" fill="#7b83eb"/><rect x="19" y="13" width="11" height="12" rx="3" fill="#7b83eb"/><circle cx="15" cy="7" r="4.5" fill="#5059c9"/><rect x="8" y="12" width="16" height="16" rx="3" fill="#5059c9"/><rect x="2" y="9" width="15" height="15" rx="2" fill="#4b53bc"/><path d="M6 13h7v2h-2.5v6h-2v-6H6z" fill="#fff"/></svg>'

def gh_mark(px=24, fill='#1f2328'):
    return f'<svg xmlns="http://www.w3.org/2000/svg" height="{px}" width="{px}" viewBox="0 0 16 16" role="img" aria-label="GitHub"><path fill="{fill}" d="M8 0c4.42 0 8 3.58 8 8a8.013 8.013 0 0 1-5.45 7.59c-.4.08-.55-.17-.55-.38 0-.27.01-1.13.01-2.2 0-.75-.25-1.23-.54-1.48 1.78-.2 3.65-.88 3.65-3.95 0-.88-.31-1.59-.82-2.15.08-.2.36-1.02-.08-2.12 0 0-.67-.22-2.2.82-.64-.18-1.32-.27-2-.27-.68 0-1.36.09-2 .27-1.53-1.03-2.2-.82-2.2-.82-.44 1.1-.16 1.92-.08 2.12-.51.56-.82 1.28-.82 2.15 0 3.06 1.86 3.75 3.64 3.95-.23.2-.44.55-.51 1.07-.46.21-1.61.55-2.33-.66-.15-.24-.6-.83-1.23-.82-.67.01-.27.38.01.53.34.19.73.9.82 1.13.16.45.68 1.31 2.69.94 0 .67.01 1.3.01 1.49 0 .21-.15.45-.55.38A7.995 7.995 0 0 1 0 8c0-4.42 3.58-8 8-8Z"/></svg>'

def ado_logo(px=28):
    return f'<svg xmlns="http://www.w3.org/2000/svg" width="{px}" height="{px}" viewBox="0 0 18 18" role="img" aria-label="Azure DevOps"><path fill="#0078d4" d="M17 4v9.74l-4 3.28-6.2-2.26V17l-3.51-4.59 10.23.8V4.44zm-3.41.49L7.85 1v2.29L2.58 4.84 1 6.87v4.61l2.26 1V6.57z"/></svg>'

def qr_svg(px=180):
    import random
    rnd = random.Random(12)
    n = 25; c = px / n; cells = []
    def finder(x, y):
        return (f'<rect x="{x*c}" y="{y*c}" width="{7*c}" height="{7*c}" fill="#000"/><rect x="{(x+1)*c}" y="{(y+1)*c}" width="{5*c}" height="{5*c}" fill="#fff"/>'
                f'<rect x="{(x+2)*c}" y="{(y+2)*c}" width="{3*c}" height="{3*c}" fill="#000"/>')
    for y in range(n):
        for x in range(n):
            if (x < 8 and y < 8) or (x > n - 9 and y < 8) or (x < 8 and y > n - 9):
                continue
            if rnd.random() < 0.48:
                cells.append(f'<rect x="{x*c:.1f}" y="{y*c:.1f}" width="{c:.1f}" height="{c:.1f}"/>')
    return f'<svg xmlns="http://www.w3.org/2000/svg" width="{px}" height="{px}" viewBox="0 0 {px} {px}" role="img" aria-label="QR code"><rect width="{px}" height="{px}" fill="#fff"/>{finder(0,0)}{finder(n-7,0)}{finder(0,n-7)}<g fill="#000">{"".join(cells)}</g></svg>'

def phone_icon():
    return '<svg width="64" height="64" viewBox="0 0 64 64" aria-hidden="true"><rect x="18" y="4" width="28" height="56" rx="5" fill="#e8eefc" stroke="#3b5bdb" stroke-width="3"/><circle cx="32" cy="52" r="2.5" fill="#3b5bdb"/></svg>'

def mail_icon():
    return '<svg width="64" height="64" viewBox="0 0 64 64" aria-hidden="true"><rect x="6" y="14" width="52" height="36" rx="5" fill="#fff4e5" stroke="#e8590c" stroke-width="3"/><path d="M8 17l24 18 24-18" fill="none" stroke="#e8590c" stroke-width="3"/></svg>'

def check_icon(color='#2f9e44'):
    return f'<svg width="64" height="64" viewBox="0 0 64 64" aria-hidden="true"><circle cx="32" cy="32" r="28" fill="{color}"/><path d="M19 33l9 9 17-19" fill="none" stroke="#fff" stroke-width="5" stroke-linecap="round" stroke-linejoin="round"/></svg>'

STEP_CSS = 'body{background:#f3f4f8}.card h1{text-align:center}.card p{text-align:center}.choice{display:flex;gap:10px;justify-content:center;margin-top:18px}'


BASE += '''input[type=tel],input[type=url],input[type=number],input[type=search],select,textarea{width:100%;padding:9px 11px;border:1px solid #c4c9d0;border-radius:6px;font:inherit;background:#fff}
label.f{display:block;font-weight:600;margin:14px 0 4px}.hint{color:#6a737d;font-size:13px;margin-top:4px}
table.t{width:100%;border-collapse:collapse;font-size:14px}table.t th,table.t td{text-align:left;padding:9px 10px;border-bottom:1px solid #e3e6ea}table.t th{color:#57606a;font-weight:600}
.side{width:220px;flex:none}.side a{display:block;padding:7px 10px;border-radius:6px;color:#1f2328}.side a.on{background:#e7eefb;font-weight:600}
.layout{display:flex;gap:28px;align-items:flex-start}.grow{flex:1;min-width:0}
'''

def fld(label, id_, name=None, type_='text', extra='', hint=''):
    h = f'<div class="hint">{hint}</div>' if hint else ''
    return f'<label class="f" for="{id_}">{label}</label><input type="{type_}" id="{id_}" name="{name or id_}" {extra}>{h}'

def search_box(ph='Search'):
    return f'<form role="search" action="/search" method="get" style="width:260px"><input type="search" name="q" placeholder="{ph}" aria-label="{ph}"></form>'

def onedrive_icon(px=20):
    return f'<svg xmlns="http://www.w3.org/2000/svg" width="{px}" height="{int(px*0.66)}" viewBox="0 0 30 20" role="img" aria-label="OneDrive"><path d="M12 4a8 8 0 0 1 14 3 6 6 0 0 1-1 12H8a6 6 0 0 1-1-12 7 7 0 0 1 5-3z" fill="#0364b8"/><path d="M11 8a7 7 0 0 1 13 1 5 5 0 0 1 0 10H9a5 5 0 0 1 2-11z" fill="#28a8ea"/></svg>'

# =========================================================== 1. Titles ending in a product or provider name (titles)
F = 'titles'
b = f'''{top('Brindle Notes', '#7c3aed', ['Product', 'Pricing', 'Help'], '<a href="/login">Log in</a>')}
<div style="background:#4c1d95;color:#fff;padding:30px 28px"><div class="wrap" style="padding:0"><div style="font-size:22px;font-weight:700">How can we help?</div>
<form role="search" action="/hc/en-us/search" method="get" style="max-width:560px;margin-top:10px"><input type="search" name="query" placeholder="Search articles" aria-label="Search articles"></form></div></div>
<div class="wrap" style="max-width:820px"><p class="muted"><a href="/hc">Brindle Help</a> &rsaquo; <a href="/hc/sections/export">Import &amp; export</a></p><div class="card">
<h1>Export to OneDrive</h1><p class="muted">Updated 3 weeks ago &middot; 2 min read</p>
<p>You can send any notebook to OneDrive as a folder of Word documents or PDFs. The export runs in the background; we e-mail you when it's finished.</p>
<ol><li>Open the notebook and choose <b>&hellip; &rsaquo; Export</b>.</li><li>Under <b>Destination</b>, choose <span class="row" style="display:inline-flex;gap:4px">{onedrive_icon(18)} <b>OneDrive</b></span>.</li>
<li>The first time, Brindle asks Microsoft for permission to create files in an <i>Apps/Brindle</i> folder. Sign in on Microsoft's page if asked; we never see your Microsoft password.</li>
<li>Pick <b>Word (.docx)</b> or <b>PDF</b>, then <b>Export</b>.</li></ol>
<p>To stop exporting, go to <b>Settings &rsaquo; Connected apps</b> and remove OneDrive.</p>
<h2>Related articles</h2><ul><li><a href="#">Export to Google Drive</a></li><li><a href="#">Export a notebook as Markdown</a></li><li><a href="#">Why is my export missing images?</a></li></ul>
<p class="muted" style="margin-top:24px">Was this article helpful? <button class="btn sec">Yes</button> <button class="btn sec">No</button></p></div></div>
{foot('&copy; 2027 Brindle Notes Ltd &middot; <a href="/status">Status</a> &middot; <a href="/privacy">Privacy</a>')}'''
page('help-export-to-onedrive', 'help.brindlenotes.com', '/hc/en-us/articles/4410-export-to-onedrive', 'A note app\'s help-centre article "Export to OneDrive – Brindle Help": a search box, steps naming Microsoft and a small OneDrive cloud icon, "we never see your Microsoft password"',
     'https://developer.zendesk.com/api-reference/help_center/help-center-templates/article_page/ (Zendesk help-centre article page: breadcrumbs, search, votes)', F, b, 'Export to OneDrive – Brindle Help', '')

b = f'''{top('Marlowe Forms', '#0f766e', ['Product', 'Integrations', 'Pricing', 'Release notes'], '<a href="/login">Sign in</a> &nbsp; <a class="btn" href="/signup">Try free</a>')}
<div class="wrap" style="max-width:820px"><p class="muted"><a href="/release-notes">Release notes</a> &rsaquo; Teams app</p>
<div class="row">{teams_logo(36)}<h1 style="margin:0">Marlowe Forms for Microsoft Teams: release notes</h1></div>
<div class="card" style="margin-top:16px"><h2 style="margin-top:0">3.8.0 <span class="pill" style="background:#dcfce7;color:#166534">Latest</span></h2><p class="muted">12 May 2027</p>
<ul><li>Post a form as an Adaptive Card in any channel with <code>/marlowe share</code>.</li><li>Responses from guests in shared channels now show their organisation.</li><li>Fixed: the tab went blank in the new Teams client on macOS.</li></ul>
<h2>3.7.2</h2><p class="muted">22 April 2027</p><ul><li>Single sign-on in the tab now uses your Teams account; no second sign-in.</li><li>Admins can pre-install the app with a setup policy.</li></ul>
<h2>3.7.0</h2><p class="muted">2 April 2027</p><ul><li>Meeting polls: start a Marlowe poll from the meeting side panel.</li></ul></div>
<p class="muted">Looking for the web app's changes? See <a href="/release-notes/web">Release notes – Web</a>.</p></div>
{foot('&copy; 2027 Marlowe Forms B.V. &middot; Microsoft Teams is a trademark of the Microsoft group of companies.')}'''
page('release-notes-teams-app', 'www.marlowe-forms.com', '/release-notes/teams-app', 'A forms product\'s "Release notes – Teams app – Marlowe Forms" page with the Teams logo beside the heading, a Sign in link, no input',
     'https://docs.tray.ai/connectors/service/microsoft-teams/releases ("Release notes and version history for the Microsoft Teams connector") and https://github.com/tetsuo13/TeamsStatusPub/releases', F, b, 'Release notes – Teams app – Marlowe Forms', '')

pad = '''<svg xmlns="http://www.w3.org/2000/svg" width="420" height="300" viewBox="0 0 420 300" role="img" aria-label="Voltpad Pro controller, carbon black"><rect width="420" height="300" fill="#f1f3f5"/>
<path d="M90 110c20-30 80-36 120-20 40-16 100-10 120 20 26 40 40 110 14 126-22 14-44-6-64-34H140c-20 28-42 48-64 34-26-16-12-86 14-126z" fill="#1b1f24"/>
<circle cx="150" cy="140" r="22" fill="#2b3038"/><circle cx="260" cy="180" r="22" fill="#2b3038"/><circle cx="300" cy="120" r="8" fill="#2f9e44"/><circle cx="318" cy="138" r="8" fill="#e03131"/><circle cx="282" cy="138" r="8" fill="#1971c2"/><circle cx="300" cy="156" r="8" fill="#f59f00"/>
<rect x="144" y="178" width="36" height="12" rx="3" fill="#2b3038"/><rect x="156" y="166" width="12" height="36" rx="3" fill="#2b3038"/><circle cx="210" cy="118" r="9" fill="#3a3f47"/></svg>'''
b = f'''{top('Gamestack', '#dc2626', ['Consoles', 'Controllers', 'Games', 'Deals'], search_box('Search Gamestack') + ' &nbsp; <a href="/account/login">Sign in</a> &middot; <a href="/basket">Basket (0)</a>')}
<div class="wrap"><p class="muted"><a href="/">Home</a> &rsaquo; <a href="/xbox">Xbox</a> &rsaquo; <a href="/xbox/controllers">Controllers</a></p>
<div class="row" style="align-items:flex-start;gap:36px"><div>{pad}</div><div class="grow">
<h1>Voltpad Pro Wireless Controller for Xbox Series X|S, Xbox One and Windows – Carbon Black</h1>
<p><b style="font-size:26px">&pound;54.99</b> <span class="muted"><s>&pound;64.99</s></span> &nbsp; <span class="pill" style="background:#dcfce7;color:#166534">In stock</span></p>
<ul><li>Officially licensed for Xbox; wireless and USB-C</li><li>Hall-effect sticks, two remappable back buttons</li><li>40-hour battery, 3.5 mm headset jack</li></ul>
<form action="/basket/add" method="post" class="row"><label for="qty">Qty</label><input type="number" id="qty" name="qty" value="1" min="1" max="5" style="width:80px"><button class="btn" type="submit" style="background:#dc2626">Add to basket</button></form>
<p class="muted">Free delivery over &pound;40 &middot; 30-day returns &middot; Collect in store tomorrow</p>
<h2>Customers also bought</h2><p><a href="#">Xbox Game Pass Ultimate – 3 month membership</a> &middot; <a href="#">Rechargeable battery pack for Xbox</a></p></div></div></div>
{foot('&copy; 2027 Gamestack Retail Ltd &middot; Company no. 08112233 &middot; Xbox is a trademark of Microsoft Corporation.')}'''
page('shop-xbox-controller', 'www.gamestack-store.co.uk', '/xbox/controllers/voltpad-pro-wireless-carbon-black', 'A games shop\'s product page for a third-party Xbox controller, title ending "| Xbox", a site search box, a quantity field and Add to basket, a Sign in link',
     'https://stealthoptional.com/article/xbox-series-x-controller-specs-dpad-share-button-aa-batteries (Carbon Black controller product listings at £54.99) and https://techradar.com/news/cant-find-an-xbox-series-x-controller-microsofts-working-as-fast-as-possible-on-a-resupply (UK retailers stocking third-party Xbox controllers)', F, b, 'Voltpad Pro Wireless Controller – Carbon Black | Xbox', '')

b = f'''<header class="top"><a class="brand" href="/">{mark('I', '#0369a1')}Inbox Zen</a><nav><a href="/category/outlook">Outlook tips</a><a href="/category/gmail">Gmail tips</a><a href="/about">About</a></nav><div style="margin-left:auto">{search_box('Search the blog')}</div></header>
<div class="wrap layout"><article class="grow card"><p class="muted"><a href="/category/outlook">Outlook tips</a> &middot; 14 March 2027 &middot; by Hannah Ruiz</p>
<h1>How to recall a message in the new Outlook</h1>
<p>Sent an e-mail to the wrong person? If you and the recipient are both on Microsoft 365 at the same organisation, you can recall it within a few minutes. Here's how it works in the new Outlook for Windows and in Outlook on the web.</p>
<h2>1. Open Sent Items</h2><p>Double-click the message to open it in its own window. Recall isn't available from the reading pane.</p>
<h2>2. Choose Recall message</h2><p>On the <b>Message</b> tab choose <b>&hellip; &rsaquo; Recall message</b>, then <b>OK</b>. You'll get a recall report e-mail with the status for each recipient.</p>
<h2>Why didn't it work?</h2><p>Recall doesn't work for Gmail or Outlook.com recipients, or once the message has been read.</p>
<p class="muted">Filed under: Outlook, Microsoft 365, e-mail etiquette</p></article>
<aside class="side card"><b>Get one tip a week</b><p class="muted">Outlook and Gmail shortcuts, every Tuesday. No spam.</p>
<form action="/subscribe" method="post"><input type="email" name="email" placeholder="you@example.com" aria-label="E-mail address"><button class="btn wide" type="submit">Subscribe</button></form>
<p style="margin-top:18px"><b>Popular</b></p><p><a href="#">Focused Inbox: keep it or turn it off?</a></p><p><a href="#">Schedule send in Outlook</a></p></aside></div>
{foot('Inbox Zen is an independent blog and is not affiliated with Microsoft or Google.')}'''
page('blog-post-outlook-tips', 'www.inboxzen-blog.com', '/2027/03/recall-a-message-new-outlook/', 'An independent e-mail-tips blog post titled "… | Outlook tips": a search box, a newsletter e-mail box in the sidebar, no password',
     'https://1library.net/document/q5mj2pxj-recalling-a-sent-message-in-outlook.html ("Recall or replace an email message that you sent", the how-to such blog posts retell) and https://perplexityaimagazine.com/uncategorized/how-to-recall-an-email-in-outlook/', F, b, 'How to recall a message in the new Outlook | Outlook tips', '')

b = f'''{top('Dayplanr', '#2563eb', ['Bookings', 'Event types', 'Availability'], '<span class="muted">Jorge Ortiz</span>')}
<div class="wrap layout"><nav class="side card"><a href="/settings/profile">Profile</a><a href="/settings/calendar-sync" class="on">Calendar sync</a><a href="/settings/notifications">Notifications</a><a href="/settings/billing">Billing</a></nav>
<div class="grow"><p class="muted">Settings &rsaquo; Calendar sync</p><div class="card"><div class="row">{outlook_logo(32)}<div><b>Outlook</b><div class="muted">j.ortiz@contoso-dental.com &middot; connected 4 Feb 2027</div></div><a class="btn sec" style="margin-left:auto" href="/settings/calendar-sync/outlook/disconnect">Disconnect</a></div>
<h2>Check these calendars for conflicts</h2>
<label><input type="checkbox" name="conflict" value="cal-1" checked> Calendar</label><br><label><input type="checkbox" name="conflict" value="cal-2" checked> Surgery rota</label><br><label><input type="checkbox" name="conflict" value="cal-3"> Birthdays</label>
<h2>Add new bookings to</h2><select name="write_calendar" style="max-width:320px"><option>Calendar</option><option>Surgery rota</option></select>
<h2>When a booking is cancelled</h2><label><input type="radio" name="on_cancel" value="delete" checked> Delete the Outlook event</label><br><label><input type="radio" name="on_cancel" value="keep"> Keep it and mark it cancelled</label>
<p style="margin-top:20px"><button class="btn">Save changes</button></p></div>
<p class="muted">Also connect: <a href="/settings/calendar-sync/google">Google Calendar</a> &middot; <a href="/settings/calendar-sync/icloud">iCloud</a></p></div></div>'''
page('settings-calendar-sync-outlook', 'app.dayplanr.com', '/settings/calendar-sync/outlook', 'A scheduling app\'s settings page titled "Settings – Calendar sync – Outlook": the Outlook logo beside the connected account, calendar checkboxes, a select, Disconnect; no text or password field',
     'http://kb.appointlet.help/en/articles/8219781-configuring-your-calendar-integration (calendar sync settings: availability calendars, meetings calendar)', F, b, 'Settings – Calendar sync – Outlook', '')

b = f'''<div class="narrow">{brand_head('Tracklet', '#e11d48')}<div class="card" style="margin-top:18px">
<h1 class="center" style="font-size:22px">Log in to Tracklet</h1><p class="center muted">Read receipts and reminders for Gmail</p>
<form action="/login" method="post">{fld('Email', 'email', 'email', 'email', 'autocomplete="username"')}{fld('Password', 'password', 'password', 'password', 'autocomplete="current-password"')}
<button class="btn wide" type="submit" style="background:#e11d48">Log in</button></form>
<p class="center muted" style="margin:14px 0 6px">or</p><a class="btn sec wide row" style="justify-content:center" href="/auth/google">{g_logo(18)} Continue with Google</a>
<p class="center muted" style="margin-top:14px"><a href="/password/reset">Forgot your password?</a> &middot; <a href="/signup">Create an account</a></p></div>
<p class="center muted">Tracklet is not made by Google. Gmail is a trademark of Google LLC.</p></div>'''
page('for-gmail-product-login', 'app.tracklet-mail.com', '/login', 'A Gmail add-on company\'s own login, title "Log in – Tracklet for Gmail": its own e-mail and password boxes, a "Continue with Google" button, "Tracklet is not made by Google"',
     'https://doubletickr.com/privacy ("a Chrome extension that adds read receipts to Gmail", with its own account) and https://blog.alexrothberg.com/2022/09/14/building-an-email-tracking-system-p1 (Mailtrack, Yesware: Gmail add-on products)', F, b, 'Log in – Tracklet for Gmail', STEP_CSS)

# =========================================================== 2. Fields named or labelled like codes (codes)
F = 'codes'
b = f'''{top('Fernleigh Bank', '#14532d', ['Accounts', 'Payments', 'Cards', 'Help'], '<span class="muted">Mrs A. Kowalczyk</span> &nbsp; <a href="/logout">Log out</a>')}
<div class="narrow" style="max-width:520px"><p class="muted"><a href="/cards">Cards</a> &rsaquo; Visa Debit ending 4417</p><div class="card">
<h1>Change your card PIN</h1><p>Choose a new 4-digit PIN for your Visa Debit card ending <b>4417</b>. You'll be able to use it straight away in shops and at cash machines.</p>
<form action="/cards/4417/change-pin" method="post" autocomplete="off">
<label class="f" for="Pin">New PIN</label><input type="password" id="Pin" name="Pin" inputmode="numeric" maxlength="4" pattern="[0-9]{{4}}" autocomplete="off" style="max-width:160px;letter-spacing:8px">
<label class="f" for="PinConfirm">Confirm new PIN</label><input type="password" id="PinConfirm" name="PinConfirm" inputmode="numeric" maxlength="4" autocomplete="off" style="max-width:160px;letter-spacing:8px">
<div class="hint">Avoid 1234, repeated digits and your date of birth.</div>
<button class="btn" type="submit" style="margin-top:16px;background:#14532d">Change PIN</button> <a class="btn sec" href="/cards">Cancel</a></form></div>
<p class="muted">We'll never ask for your PIN by phone, text or e-mail.</p></div>
{foot('Fernleigh Bank plc is authorised by the Prudential Regulation Authority. Registered in England No. 01234987.')}'''
page('bank-change-card-pin', 'secure.fernleigh-bank.co.uk', '/cards/4417/change-pin', 'A signed-in bank\'s "Change your card PIN": two masked 4-digit boxes named "Pin" and "PinConfirm" (the name Google gives its own PIN box)',
     'https://www.tmbank.com.au/faq/Banking/How-do-I-change-my-card-PIN (change card PIN in Internet Banking: new 4-digit PIN and confirm)', F, b, 'Change PIN – Fernleigh Bank', '')

b = f'''<header class="top"><a class="brand" href="/">{mark('O', '#9a3412')}Oak &amp; Ember</a><div style="margin-left:auto" class="muted">Secure checkout &#128274;</div></header>
<div class="wrap layout"><div class="grow"><p class="muted">Basket &rsaquo; Delivery &rsaquo; <b>Payment</b></p><div class="card"><h1>Payment</h1>
<h2 style="margin-top:0">Gift card</h2><p class="muted">Enter the 16-digit number and the 8-digit PIN under the scratch panel.</p>
<form action="/checkout/giftcard" method="post" class="row" style="align-items:flex-end"><div class="grow">{fld('Gift card number', 'gc_number', 'giftCardNumber', 'text', 'inputmode="numeric" maxlength="19" autocomplete="off"')}</div>
<div style="width:150px">{fld('PIN', 'gc_pin', 'giftCardPin', 'password', 'inputmode="numeric" maxlength="8" autocomplete="off"')}</div><button class="btn sec" type="submit">Apply</button></form>
<h2>Promo code</h2><form action="/checkout/promo" method="post" class="row"><input type="text" name="promoCode" placeholder="Enter code" aria-label="Promo code" style="max-width:260px"><button class="btn sec" type="submit">Apply</button></form>
<h2>Card</h2><form action="/checkout/pay" method="post">{fld('Card number', 'cc', 'cardNumber', 'text', 'inputmode="numeric" autocomplete="cc-number"')}
<div class="row"><div class="grow">{fld('Expiry (MM/YY)', 'exp', 'expiry', 'text', 'autocomplete="cc-exp"')}</div><div class="grow">{fld('Security code', 'cvc', 'cvc', 'text', 'inputmode="numeric" autocomplete="cc-csc"')}</div></div>
<button class="btn wide" type="submit" style="background:#9a3412">Pay &pound;86.40</button></form></div></div>
<aside class="side card"><b>Order summary</b><p>Cast-iron skillet 26 cm<br><span class="muted">&pound;64.00</span></p><p>Oak trivet<br><span class="muted">&pound;18.00</span></p><p class="muted">Delivery &pound;4.40</p><p><b>Total &pound;86.40</b></p></aside></div>
{foot('&copy; 2027 Oak &amp; Ember Homeware Ltd')}'''
page('checkout-gift-card-promo-code', 'www.oakandember.com', '/checkout/payment', 'A homeware shop\'s checkout payment step: gift card number plus a masked 8-digit gift card PIN, a promo box "Enter code", card number / expiry / security code',
     'https://help.arsenal.com/support/solutions/articles/101000432012-how-do-i-use-my-gift-card-online- ("enter your 16-digit card number along with your 8-digit pin code")', F, b, 'Checkout – Payment – Oak & Ember', '')

b = f'''{top('Greenbasket', '#15803d', ['Groceries', 'Offers', 'Recipes'], '<a href="/login">Sign in</a>')}
<div class="narrow" style="max-width:520px"><div class="card center"><h1>Do we deliver to you?</h1><p>Enter your postcode to see delivery slots near you.</p>
<form action="/delivery/check" method="get" class="row"><input type="text" name="postalCode" id="postalCode" autocomplete="postal-code" placeholder="e.g. LS6 2AB" aria-label="Postcode" style="text-transform:uppercase"><button class="btn" type="submit" style="background:#15803d">Check</button></form>
<p class="muted" style="margin-top:14px">We deliver across Leeds, Bradford, Harrogate and York, 7am to 10pm.</p></div></div>
{foot('&copy; 2027 Greenbasket Grocers Ltd')}'''
page('grocer-postcode-check', 'www.greenbasket-grocer.co.uk', '/delivery', 'A grocer\'s "Do we deliver to you?" page with one postcode box (autocomplete postal-code) and Check',
     'https://buunto.helpscoutdocs.com/article/81-postcode-checker ("customers must enter their postcode before the delivery location selector is shown")', F, b, 'Check delivery to your area – Greenbasket', '')

boxes = ''.join(f'<input type="text" name="c{i}" maxlength="1" aria-label="Character {i+1}" autocomplete="off" style="width:44px;text-align:center;font-size:22px;text-transform:uppercase">' for i in range(8))
b = f'''{top('Reelhouse', '#111827', ['Home', 'Films', 'Series', 'My list'], '<span class="muted">Signed in as lucy.marsh@btinternet.com</span>')}
<div class="narrow center" style="max-width:620px"><div class="card"><h1>Enter the code shown on your TV</h1><p>Open Reelhouse on your TV, choose <b>Sign in on the web</b>, and type the 8-character code you see.</p>
<form action="/tv/link" method="post"><div class="row" style="justify-content:center;gap:6px">{boxes}</div><button class="btn" type="submit" style="margin-top:18px;background:#111827">Link TV</button></form>
<p class="muted" style="margin-top:16px">Works on Samsung and LG smart TVs, Android TV and Google TV, Fire TV, Apple TV, Xbox and PlayStation.</p></div></div>
{foot('&copy; 2027 Reelhouse Media Ltd &middot; <a href="/help/tv">Help with TVs</a>')}'''
page('streaming-tv-code-boxes', 'www.reelhouse.tv', '/tv', 'A streaming service\'s own signed-in "Enter the code shown on your TV": eight one-character boxes, a list naming Google TV and Xbox',
     'https://docs.viewlift.com/docs/activate-on-tv-apps (the service\'s own /activate page: "Enter the code on the TV screen and click Activate")', F, b, 'Enter the code shown on your TV – Reelhouse', '')

b = f'''{top('Latchly', '#4338ca', ['Homes', 'Activity', 'Settings'], '<span class="muted">Sam Okafor</span>')}
<div class="narrow" style="max-width:560px"><p class="muted"><a href="/homes/48">12 Rowan Close</a> &rsaquo; <a href="/homes/48/locks/front-door">Front door</a> &rsaquo; Access codes</p><div class="card">
<h1>Add access code</h1><p>Give someone their own code for the front door keypad. Codes sync to the lock over Wi-Fi within a minute.</p>
<form action="/homes/48/locks/front-door/codes" method="post">{fld('Name', 'who', 'name', 'text', 'placeholder="e.g. Dog walker"')}
{fld('PIN code (4–8 digits)', 'pin', 'pin', 'text', 'inputmode="numeric" maxlength="8" autocomplete="off"', "Don't reuse a PIN from your bank card or phone.")}
<label class="f" for="sched">When can it be used?</label><select id="sched" name="schedule"><option>Always</option><option>Recurring (days and times)</option><option>Temporary (start and end)</option></select>
<div class="row"><div class="grow">{fld('Starts', 'start', 'start', 'text', 'value="2027-06-01 09:00"')}</div><div class="grow">{fld('Ends', 'end', 'end', 'text', 'value="2027-06-14 18:00"')}</div></div>
<label style="display:block;margin-top:14px"><input type="checkbox" name="notify" checked> Notify me when this code is used</label>
<button class="btn" type="submit" style="margin-top:16px;background:#4338ca">Save code</button></form></div>
<p class="muted">Latchly works with Google Home, Amazon Alexa and Apple Home.</p></div>'''
page('smart-lock-access-pin', 'home.latchly.com', '/homes/48/locks/front-door/codes/new', 'A smart-lock web app\'s "Add access code": name, a door PIN code box, schedule and dates, "works with Google Home"',
     'https://docs.elev8-suite.com/listings/smart-lock/managing-access-codes-gkerj1 (add access code: title, 4–6 digit PIN, start and end)', F, b, 'Add access code – Front door – Latchly', '')

b = f'''{top('Quiltmarket', '#be185d', ['Shop', 'Sell', 'Messages'], '<span class="muted">@threadbare_jo</span>')}
<div class="wrap layout"><nav class="side card"><a href="/account">Account</a><a href="/account/security" class="on">Security</a><a href="/account/payments">Payments</a><a href="/account/privacy">Privacy</a></nav>
<div class="grow"><div class="card"><h1>Set up two-factor authentication</h1>
<p><b>1.</b> Install an authenticator app on your phone, such as <b>Google Authenticator</b>, <b>Microsoft Authenticator</b> or Authy.</p>
<p><b>2.</b> In the app, add an account and scan this QR code.</p><div>{qr_svg(160)}</div><p class="muted">Can't scan it? Enter this key instead: <code>JBSW Y3DP EHPK 3PXP</code></p>
<p><b>3.</b> Enter the 6-digit code the app shows for Quiltmarket.</p>
<form action="/account/security/two-factor/enable" method="post"><input type="text" name="otp_code" inputmode="numeric" autocomplete="one-time-code" maxlength="6" placeholder="123456" aria-label="6-digit code" style="max-width:180px;font-size:20px;letter-spacing:4px">
<p><button class="btn" type="submit" style="background:#be185d">Turn on</button> <a class="btn sec" href="/account/security">Cancel</a></p></form></div></div></div>'''
page('account-2fa-setup-authenticator', 'www.quiltmarket.com', '/account/security/two-factor/setup', 'A marketplace\'s own account page "Set up two-factor authentication": names Google Authenticator and Microsoft Authenticator, a QR code, one 6-digit code box',
     'https://github.com/hreskiv/mikr/releases/tag/v1.18.0 and https://wg-easy.github.io/wg-easy/latest/guides/2fa (enable TOTP: scan the QR with Google Authenticator, confirm with a 6-digit code)', F, b, 'Set up two-factor authentication – Quiltmarket', '')

b = f'''<div style="background:#1e3a8a;color:#fff;padding:12px 28px" class="row"><b style="font-size:19px">Harrow Vale Libraries</b><span style="margin-left:auto">Catalogue &middot; eBooks &middot; Events</span></div>
<div class="narrow" style="max-width:480px"><div class="card"><h1>Log in to your library account</h1><p class="muted">Renew loans, place holds and see your reading history.</p>
<form action="/account/login" method="post">{fld('Library card number', 'barcode', 'barcode', 'text', 'inputmode="numeric" autocomplete="username"', 'The 14-digit number under the barcode, starting 2 1234')}
{fld('PIN', 'pin', 'pin', 'password', 'inputmode="numeric" maxlength="6" autocomplete="current-password"', 'Usually 4 digits. <a href="/account/pin-reset">Forgotten your PIN?</a>')}
<button class="btn wide" type="submit" style="background:#1e3a8a">Log in</button></form>
<p class="muted" style="margin-top:14px">Not a member? <a href="/join">Join online</a>; it's free for everyone who lives, works or studies in Harrow Vale.</p></div></div>
{foot('Harrow Vale Council Library Service &middot; <a href="/accessibility">Accessibility</a>')}'''
page('library-card-number-pin', 'catalogue.harrowvale-libraries.org.uk', '/account/login', 'A public library catalogue\'s log-in: library card number and a masked PIN, "Forgotten your PIN?"',
     'http://www.lcplin.org/About/change-pin.html (library accounts: card number and PIN, "Forgot Your PIN?")', F, b, 'Log in – Harrow Vale Libraries catalogue', '')

# =========================================================== 3. Short pages with no claim and one step (steps)
F = 'steps'
b = f'''<div class="narrow">{brand_head('Pinewood HR', '#166534')}<div class="card" style="margin-top:18px">
<div class="center">{phone_icon()}</div><h1>Check your phone</h1>
<p>We sent a notification to the Pinewood HR app on <b>iPhone 15</b>. Tap <b>Approve</b> to sign in.</p>
<p class="muted center" id="st">Waiting&hellip;</p>
<div class="choice"><a class="btn sec" href="/mfa/push/resend">Send again</a><a class="btn sec" href="/mfa/select">Use another method</a></div></div></div>
<script>setTimeout(function(){{document.getElementById('st').textContent='Still waiting. Notifications can take a minute.'}},9000)</script>'''
page('check-your-phone-push', 'login.pinewoodhr.com', '/mfa/push', 'An HR system\'s own "Check your phone" step: a phone icon, "Tap Approve", Send again / Use another method, no input',
     'https://help.okta.com/eu/en-us/Content/Topics/end-user/ov-sign-in-push-android.htm (push sign-in: "Check your device for a push notification")', F, b, 'Check your phone – Pinewood HR', STEP_CSS)

b = f'''<div class="narrow">{brand_head('Snapcart', '#ea580c')}<div class="card" style="margin-top:18px">
<h1>Approve on your device</h1><p>Open Snapcart on your <b>Galaxy S24</b> and tap <b>Yes, that's me</b>.</p>
<div class="center" style="margin:16px 0"><svg width="44" height="44" viewBox="0 0 44 44" aria-hidden="true"><circle cx="22" cy="22" r="18" fill="none" stroke="#fde2cc" stroke-width="5"/><path d="M22 4a18 18 0 0 1 18 18" fill="none" stroke="#ea580c" stroke-width="5"><animateTransform attributeName="transform" type="rotate" from="0 22 22" to="360 22 22" dur="1s" repeatCount="indefinite"/></path></svg></div>
<p class="muted"><a href="/login/approve/code">Get a code by text instead</a></p></div></div>'''
page('approve-on-your-device', 'account.snapcart.app', '/login/approve', 'A shopping app\'s "Approve on your device": one line naming the phone, a spinner, "Get a code by text instead", no input',
     'https://help.okta.com/en/prod/Content/Topics/Mobile/okta-verify-sign-in.htm (push: "Check your mobile device for a pop-up notification"; consumer apps copy the step)', F, b, 'Approve on your device', STEP_CSS)

b = f'''<div class="narrow"><div class="center">{mark('F', '#0e7490', 36)}</div><div class="card" style="margin-top:14px">
<h1>Enter the code we sent</h1><p>We texted a 6-digit code to &bull;&bull;&bull;&bull; &bull;&bull;&bull; 482.</p>
<form action="/verify" method="post"><input type="text" name="code" inputmode="numeric" autocomplete="one-time-code" maxlength="6" aria-label="Code" style="font-size:24px;letter-spacing:8px;text-align:center">
<button class="btn wide" type="submit" style="background:#0e7490">Verify</button></form>
<p class="muted"><a href="/verify/resend">Resend code</a></p></div></div>'''
page('enter-the-code-we-sent-minimal', 'auth.fielddesk.io', '/verify', 'A field-service app\'s bare "Enter the code we sent": a small letter mark, one code box, Resend; no brand name on the page, title "Verify"',
     'https://slack.com/help/articles/360000178963 and SMS one-time-code pages (one box, "Resend code")', F, b, 'Verify', STEP_CSS)

b = f'''{top('Knitcircle', '#a21caf', ['Feed', 'Patterns', 'Groups'], '<span class="muted">Beatriz N.</span>')}
<div class="narrow"><div class="card"><h1>Is this you trying to log in?</h1>
<p>Someone is logging in to your Knitcircle account from a new device.</p>
<table class="t"><tr><th>Device</th><td>Chrome on Windows</td></tr><tr><th>Near</th><td>Lisbon, Portugal</td></tr><tr><th>When</th><td>Just now</td></tr></table>
<form action="/login/checkpoint/decide" method="post" class="choice"><button class="btn sec" name="answer" value="no">No, secure my account</button><button class="btn" name="answer" value="yes" style="background:#a21caf">Yes, it's me</button></form></div></div>'''
page('approve-login-from-signed-in-session', 'www.knitcircle.social', '/login/checkpoint/approve', 'A social site\'s push approval shown in its own signed-in web session: "Is this you trying to log in?", device and place, Yes / No buttons, no input',
     'http://web.archive.org./web/20150908221555/https://www.facebook.com/help/148233965247823 (login approvals) and https://deepthinkershub.blogspot.com/2024/04/two-factor-authentication.html ("This was me" / "This wasn\'t me" on a recognised device)', F, b, 'Approve login – Knitcircle', STEP_CSS)

b = f'''<div class="narrow center"><div>{mark('C', '#0f172a', 72)}</div><div class="card" style="margin-top:18px">
<h1>Tap 62 in Corvid Verify</h1><p>Open the Corvid Verify app on your phone and tap the number shown here.</p>
<div style="font-size:64px;font-weight:700;letter-spacing:4px;margin:8px 0">62</div>
<p class="muted">Corvid Labs single sign-on &middot; <a href="/signin/select">Verify another way</a></p></div></div>'''
page('number-match-own-logo', 'sso.corvid-labs.com', '/signin/verify/push', 'A company\'s own SSO number-matching step with its own large logo: "Tap 62 in Corvid Verify", no input',
     'https://its.highline.edu/okta/okta-verify/push (number challenge: "Choose the number in Verify that matches the number on your login")', F, b, 'Corvid Labs – Verify', STEP_CSS)

b = f'''<div style="background:#7f1d1d;height:6px"></div><div class="narrow">{brand_head('Tayside Mutual', '#7f1d1d')}<div class="card" style="margin-top:18px">
<h1>Verify it's you</h1><p>Enter the 6-digit code we've sent to your mobile ending <b>291</b>.</p>
<form action="/login/verify" method="post"><input type="text" name="otp" inputmode="numeric" autocomplete="one-time-code" maxlength="6" aria-label="6-digit code" style="font-size:22px;letter-spacing:6px;text-align:center">
<button class="btn wide" type="submit" style="background:#7f1d1d">Continue</button></form>
<p class="muted"><a href="/login/verify/resend">Send a new code</a> &middot; <a href="/help/security-codes">Changed your number?</a></p></div>
<p class="muted center">We will never ask you to share this code with anyone, including us.</p></div>'''
page('bank-verify-its-you-sms', 'online.tayside-mutual.co.uk', '/login/verify', 'A building society\'s "Verify it\'s you": one 6-digit code box for a text to the mobile ending 291, "never share this code"',
     'https://help.allica.bank/what-is-a-one-time-passcode and https://www.usbank.com/customer-service/knowledge-base/KB0069725.html (banks\' one-time passcode step at log-in)', F, b, 'Verify it\'s you | Tayside Mutual', STEP_CSS)

b = f'''<div style="background:#0d9488;height:140px"></div><div style="max-width:920px;margin:-100px auto 0;background:#fff;border-radius:8px;box-shadow:0 2px 12px rgba(0,0,0,.12);padding:40px" class="row">
<div class="grow"><div class="row">{mark('C', '#0d9488', 32, 'circle')}<b style="font-size:20px">Chirpline Web</b></div>
<h1 style="font-weight:400">Use Chirpline on your computer</h1><ol style="line-height:2"><li>Open Chirpline on your phone</li><li>Tap <b>Settings</b> &rsaquo; <b>Linked devices</b> &rsaquo; <b>Link a device</b></li><li>Point your phone at this screen to scan the QR code</li></ol>
<p><a href="/link/phone-number">Log in with phone number instead</a></p><label><input type="checkbox" checked> Stay logged in on this browser</label></div>
<div>{qr_svg(240)}</div></div>
<p class="center muted" style="margin-top:30px">Your personal messages are end-to-end encrypted.</p>'''
page('messenger-web-qr-link', 'web.chirpline.app', '/', 'A messenger\'s desktop web start page: "Use Chirpline on your computer", three steps (Settings › Linked devices › Link a device), a large QR code, no input but a checkbox',
     'https://splashifypro.com/blog/whatsapp-web-login-qr-code-guide (WhatsApp Web: open Linked Devices, Link a Device, scan the QR code)', F, b, 'Chirpline Web', '')

# =========================================================== 4. Fields whose label names a domain not the site's own (domains)
F = 'domains'
b = f'''{top('Swallowtail Mail', '#0369a1', ['Inbox', 'Calendar', 'Contacts'], '<a href="/settings">Settings</a>')}
<div class="narrow" style="max-width:600px"><p class="muted">Settings &rsaquo; Accounts &rsaquo; Add account &rsaquo; Manual setup</p><div class="card">
<h1>Manual setup</h1><p class="row muted">{g_logo(16)} Detected provider: <b>Gmail</b> (IMAP). Google requires an <b>app password</b> for mail apps: create one at myaccount.google.com &rsaquo; Security &rsaquo; App passwords.</p>
<form action="/settings/accounts/add/manual" method="post">{fld('E-mail address', 'addr', 'address', 'email', 'value="priya.natarajan@gmail.com"')}
<div class="row"><div class="grow">{fld('IMAP server', 'imap_host', 'imap_host', 'text', 'value="imap.gmail.com"')}</div><div style="width:110px">{fld('Port', 'imap_port', 'imap_port', 'number', 'value="993"')}</div></div>
{fld('IMAP password for imap.gmail.com', 'imap_pw', 'imap_password', 'password', 'autocomplete="off"', 'Your 16-character app password, not your Google account password.')}
<div class="row"><div class="grow">{fld('SMTP server', 'smtp_host', 'smtp_host', 'text', 'value="smtp.gmail.com"')}</div><div style="width:110px">{fld('Port', 'smtp_port', 'smtp_port', 'number', 'value="465"')}</div></div>
<label style="display:block;margin-top:12px"><input type="checkbox" name="smtp_same" checked> Use the same password for SMTP</label>
<button class="btn" type="submit" style="margin-top:16px">Test and save</button> <a class="btn sec" href="/settings/accounts">Cancel</a></form></div></div>'''
page('mail-client-imap-password-gmail', 'mail.swallowtail.app', '/settings/accounts/add/manual', 'A web mail client\'s manual account setup: IMAP server imap.gmail.com and a masked box labelled "IMAP password for imap.gmail.com" (an app password), SMTP smtp.gmail.com, a small Google G',
     'https://support.mozilla.org/en-US/kb/manual-account-configuration (mail clients\' manual configuration: incoming server and port, outgoing server, password)', F, b, 'Add account – Swallowtail Mail', '')

b = f'''{top('Brightdesk', '#d97706', ['Tickets', 'Customers', 'Reports', 'Admin'], '<span class="muted">Admin</span>')}
<div class="wrap layout"><nav class="side card"><a href="/admin/channels/email" class="on">Email channels</a><a href="/admin/channels/chat">Chat</a><a href="/admin/users">Agents</a><a href="/admin/sla">SLAs</a></nav>
<div class="grow"><p class="muted">Admin &rsaquo; Email channels &rsaquo; support@harrowgate-dental.co.uk</p><div class="card"><h1>Outgoing mail (SMTP)</h1>
<p>Replies from agents are sent through your own mail server so they come from your address.</p>
<form action="/admin/channels/email/3/smtp" method="post"><div class="row"><div class="grow">{fld('SMTP host', 'smtp_host', 'smtp_host', 'text', 'value="outlook.office365.com"')}</div><div style="width:110px">{fld('Port', 'smtp_port', 'smtp_port', 'number', 'value="587"')}</div></div>
<label class="f" for="sec">Security</label><select id="sec" name="smtp_security"><option selected>STARTTLS</option><option>SSL/TLS</option></select>
{fld('Username', 'smtp_user', 'smtp_user', 'text', 'value="support@harrowgate-dental.co.uk"')}
{fld('outlook.office365.com SMTP password', 'smtp_pw', 'smtp_password', 'password', 'autocomplete="new-password"', 'Saved encrypted. If your Microsoft 365 tenant blocks basic authentication, use <a href="/admin/channels/email/3/oauth">Connect with OAuth</a> instead.')}
<button class="btn" type="submit" style="margin-top:16px;background:#d97706">Send test e-mail</button> <button class="btn sec" type="submit" name="save" value="1">Save</button></form></div></div></div>'''
page('helpdesk-office365-smtp-password', 'admin.brightdesk.io', '/admin/channels/email/3/smtp', 'A helpdesk\'s admin "Outgoing mail (SMTP)": host outlook.office365.com, a username at the customer\'s own domain, a masked box labelled "outlook.office365.com SMTP password"',
     'https://github.com/zammad/zammad-admin-documentation/blob/pre-release/channels/email/accounts/account-setup.rst (helpdesk e-mail channel account setup: server, port, user, password)', F, b, 'Email channels – Admin – Brightdesk', '')

b = f'''{top('Lintbarn', '#65a30d', ['Repositories', 'Rules', 'Settings'], '<span class="muted">acme-platform</span>')}
<div class="narrow" style="max-width:600px"><p class="muted">Settings &rsaquo; Integrations &rsaquo; GitHub Enterprise Server</p><div class="card">
<div class="row">{gh_mark(32)}<h1 style="margin:0">Connect GitHub Enterprise Server</h1></div>
<p>Lintbarn reviews pull requests on your own GitHub Enterprise Server. It needs the hostname and a token from a bot account with <code>repo</code> and <code>read:org</code> scopes.</p>
<form action="/settings/integrations/ghes" method="post">{fld('GitHub Enterprise hostname', 'ghes_host', 'hostname', 'text', 'placeholder="github.yourcompany.com"', 'We call <code>https://&lt;hostname&gt;/api/v3</code>. It must be reachable from our IP range 203.0.113.0/24.')}
{fld('Personal access token', 'ghes_token', 'token', 'password', 'placeholder="ghp_…" autocomplete="off"')}
<button class="btn" type="submit" style="margin-top:16px;background:#65a30d">Verify and connect</button></form></div></div>'''
page('review-bot-ghes-hostname-token', 'app.lintbarn.dev', '/settings/integrations/ghes', 'A code-review bot\'s settings page "Connect GitHub Enterprise Server": the GitHub mark, a "GitHub Enterprise hostname" box and a masked personal access token',
     'https://developers.apideck.com/apis/issue-tracking/github-server/connection (GitHub Enterprise Server connection: server base URL and personal access token)', F, b, 'GitHub Enterprise Server – Integrations – Lintbarn', '')

b = f'''{top('Flowyard CI', '#0891b2', ['Pipelines', 'Runners', 'Organization settings'], '<span class="muted">harbor-logistics</span>')}
<div class="wrap layout"><nav class="side card"><a href="/org/settings/general">General</a><a href="/org/settings/sources" class="on">Source providers</a><a href="/org/settings/secrets">Secrets</a><a href="/org/settings/billing">Billing</a></nav>
<div class="grow"><div class="card"><div class="row">{ado_logo(30)}<h1 style="margin:0">Azure Repos</h1></div>
<p>Build pipelines from repositories in an Azure DevOps organization.</p>
<form action="/org/settings/sources/azure-repos" method="post">{fld('dev.azure.com organization URL', 'org_url', 'organization_url', 'url', 'placeholder="https://dev.azure.com/your-organization"', 'Older organizations may use https://&lt;name&gt;.visualstudio.com.')}
<label class="f" for="proj">Projects to import</label><select id="proj" name="projects"><option>All projects</option><option>Choose after connecting</option></select>
<p style="margin-top:16px"><button class="btn row" type="submit" style="background:#0078d4">{ms_logo(16)} Authorize with Microsoft Entra ID</button></p>
<p class="muted">You'll be sent to Microsoft to approve access; Flowyard stores a refresh token, never a password.</p></form></div></div></div>'''
page('ci-azure-devops-org-url', 'app.flowyard-ci.com', '/org/settings/sources/azure-repos', 'A CI tool\'s organization settings for Azure Repos: the Azure DevOps logo, a "dev.azure.com organization URL" box, an "Authorize with Microsoft Entra ID" button, no password',
     'https://nango.dev/docs/integrations/all/azure-devops/connect (Organization URL https://dev.azure.com/{your-organization} or https://{org}.visualstudio.com)', F, b, 'Source providers – Flowyard CI', '')

b = f'''{top('Ledgerloop Admin', '#1d4ed8', ['Users', 'Security', 'Billing'], '<span class="muted">admin@northbay-freight.com</span>')}
<div class="wrap layout"><nav class="side card"><a href="/settings/security/password-policy">Password policy</a><a href="/settings/security/sso" class="on">Single sign-on</a><a href="/settings/security/audit">Audit log</a></nav>
<div class="grow"><div class="card"><div class="row">{ms_logo(26)}<h1 style="margin:0">Single sign-on with Microsoft Entra ID</h1></div>
<p>Let your people sign in to Ledgerloop with their work accounts. Register Ledgerloop as an app in the Microsoft Entra admin center, then copy its values here.</p>
<form action="/settings/security/sso" method="post">{fld('Microsoft Entra tenant ID', 'tenant', 'tenant_id', 'text', 'placeholder="00000000-0000-0000-0000-000000000000"', 'Entra admin center &rsaquo; Overview &rsaquo; Tenant ID')}
{fld('Application (client) ID', 'client_id', 'client_id', 'text', 'placeholder="00000000-0000-0000-0000-000000000000"')}
{fld('Client secret', 'client_secret', 'client_secret', 'password', 'autocomplete="off"', "The secret's <b>Value</b>, not its ID. It expires; we'll remind you 30 days before.")}
<label class="f" for="redir">Redirect URI (paste into Entra)</label><input type="text" id="redir" readonly value="https://admin.ledgerloop.com/sso/entra/callback">
<label style="display:block;margin-top:14px"><input type="checkbox" name="enforce"> Require SSO for everyone at @northbay-freight.com</label>
<button class="btn" type="submit" style="margin-top:16px">Save and test</button></form></div></div></div>'''
page('admin-sso-entra-tenant-secret', 'admin.ledgerloop.com', '/settings/security/sso', 'An accounting SaaS\'s admin SSO form: the Microsoft logo, "Microsoft Entra tenant ID", Application (client) ID, a masked client secret, a read-only redirect URI',
     'https://workos.com/docs/integrations/entra-id-oidc.md and https://tyk.io/docs/tyk-identity-broker/sso-entra-id.md (Entra ID OIDC SSO: tenant ID, client ID, client secret, redirect URI)', F, b, 'Single sign-on – Security – Ledgerloop Admin', '')

b = f'''<div style="background:#27313f;color:#fff;padding:10px 22px" class="row"><b>HomeVault NAS</b><span style="color:#9aa5b1">HV-220 &middot; okafor-nas</span><span style="margin-left:auto">admin</span></div>
<div class="wrap layout"><nav class="side card"><a href="#">Storage</a><a href="#">Shared folders</a><a href="#">Users</a><a href="#" class="on">Notification</a><a href="#">Update &amp; restore</a></nav>
<div class="grow"><div class="card"><h1>Notification &rsaquo; Email</h1><label><input type="checkbox" name="enable" checked> Enable email notifications</label>
<form action="/webapi/notification/email" method="post"><label class="f" for="prov">Service provider</label><select id="prov" name="provider"><option>Custom SMTP server</option><option selected>Gmail</option><option>Outlook.com</option><option>Yahoo</option></select>
<div class="row"><div class="grow">{fld('SMTP server', 'smtp', 'smtp_server', 'text', 'value="smtp.gmail.com"')}</div><div style="width:110px">{fld('Port', 'port', 'smtp_port', 'number', 'value="587"')}</div></div>
<label style="display:block;margin-top:10px"><input type="checkbox" name="ssl" checked> Require secure connection (SSL/TLS)</label>
{fld('Username', 'user', 'smtp_user', 'text', 'value="okafor.family.alerts@gmail.com"')}{fld('Password', 'pw', 'smtp_pass', 'password', 'autocomplete="off"', 'For Gmail, use an app password.')}
{fld('Recipients', 'to', 'recipients', 'text', 'value="sam.okafor@outlook.com"')}
<p style="margin-top:16px"><button class="btn sec" type="button">Send a test email</button> <button class="btn" type="submit">Apply</button></p></form></div></div></div>'''
page('nas-email-notifications-gmail-smtp', 'nas.okafor-family.net', '/notification/email', 'A home NAS admin page "Notification › Email": provider Gmail, SMTP server smtp.gmail.com, a gmail.com username and a masked password, an outlook.com recipient',
     'https://www.truenas.com/docs/core/13.0/uireference/system/email/ (NAS e-mail: outgoing mail server, port, security, username, password) and https://argo-cd.readthedocs.io/en/stable/operator-manual/notifications/services/email/ (Gmail: smtp.gmail.com and an app password)', F, b, 'Notification – HomeVault NAS', '')

# =========================================================== 5. A company's own self-hosted webmail and mail portals (webmail)
F = 'webmail'
RC_CSS = 'body{background:#f4f4f4;font-family:Roboto,"Segoe UI",Arial,sans-serif}#layout-content{max-width:380px;margin:70px auto;text-align:center}#logo{margin-bottom:20px}table{width:100%}td.title{display:none}td.input input{margin:6px 0;padding:10px}#login-footer{text-align:center;color:#999;font-size:12px;margin-top:30px}.btn-primary{background:#37beff;text-transform:uppercase;width:100%;padding:11px;margin-top:10px}'
b = f'''<div id="layout"><h1 class="voice" style="position:absolute;left:-9999px">Kestrel Freight Webmail Login</h1><div id="layout-content" role="main">
<div id="logo"><svg xmlns="http://www.w3.org/2000/svg" width="220" height="56" viewBox="0 0 220 56" role="img" aria-label="Kestrel Freight"><path d="M6 40 L26 12 L34 28 L46 16 L40 44 Z" fill="#b45309"/><text x="56" y="36" font-family="Arial" font-size="22" font-weight="700" fill="#1f2937">Kestrel Freight</text></svg></div>
<form id="login-form" name="login-form" method="post" class="propform" action="./?_task=login"><input type="hidden" name="_token" value="Y2hhbmdlbWU4ZjM"><input type="hidden" name="_task" value="login"><input type="hidden" name="_action" value="login"><input type="hidden" name="_timezone" value="_default_"><input type="hidden" name="_url" value="">
<table><tbody><tr><td class="title"><label for="rcmloginuser">Username</label></td><td class="input"><input name="_user" id="rcmloginuser" required size="40" autocapitalize="off" autocomplete="off" type="text" placeholder="Username"></td></tr>
<tr><td class="title"><label for="rcmloginpwd">Password</label></td><td class="input"><input name="_pass" id="rcmloginpwd" required size="40" autocomplete="off" type="password" placeholder="Password"></td></tr></tbody></table>
<p class="formbuttons"><button type="submit" id="rcmloginsubmit" class="btn btn-primary">Login</button></p></form></div>
<div id="login-footer" role="contentinfo">Kestrel Freight Webmail &middot; <a href="https://it.kestrel-freight.com/mail-help">Get support</a></div></div>'''
page('roundcube-company-webmail', 'mail.kestrel-freight.com', '/?_task=login', 'A haulier\'s own Roundcube webmail (Elastic skin markup: _user / _pass, "Login" button) under its own logo on mail.<company>.com',
     'https://github.com/roundcube/roundcubemail (Roundcube Elastic login form: rcmloginuser, rcmloginpwd, rcmloginsubmit) and https://en.wikipedia.org/wiki/Roundcube', F, b, 'Kestrel Freight Webmail :: Welcome to Kestrel Freight Webmail', RC_CSS)

SOGO_CSS = 'body{background:#e8eaf0;font-family:Roboto,Arial,sans-serif}.sg{max-width:360px;margin:80px auto;background:#fff;box-shadow:0 1px 6px rgba(0,0,0,.2);border-radius:2px;padding:30px}.sg input,.sg select{border:0;border-bottom:1px solid #999;border-radius:0;padding:8px 2px;margin:10px 0}.sg .go{background:#00897b;color:#fff;border:0;border-radius:50%;width:48px;height:48px;font-size:22px;float:right}'
b = f'''<main class="sg"><div class="center"><svg xmlns="http://www.w3.org/2000/svg" width="120" height="44" viewBox="0 0 120 44" role="img" aria-label="SOGo"><text x="6" y="34" font-family="Arial" font-size="34" font-weight="700" fill="#00897b">SOGo</text></svg>
<div class="muted">van der Meer Architecten</div></div>
<form name="loginForm" action="/SOGo/connect" method="post"><input type="text" id="input_1" name="userName" placeholder="Username" autocomplete="username" aria-label="Username">
<input type="password" id="input_2" name="password" placeholder="Password" autocomplete="current-password" aria-label="Password">
<select name="language" aria-label="Language"><option>Choose …</option><option>English</option><option selected>Nederlands</option><option>Deutsch</option></select>
<label><input type="checkbox" name="rememberLogin"> Remember my username</label><button class="go" type="submit" aria-label="Connect">&rarr;</button></form>
<p class="muted" style="clear:both;margin-top:40px;font-size:12px">SOGo 5.11 &middot; &copy; Alinto</p></main>'''
page('sogo-company-webmail', 'mail.vandermeer-architecten.nl', '/SOGo/', 'An architects\' firm\'s own SOGo groupware login: SOGo wordmark, Username, Password, Language, "Remember my username"',
     'https://demo.sogo.nu/SOGo/ (SOGo login page) and https://github.com/NethServer/nethserver-sogo/blob/v6/README.rst (SOGo web interface at https://<hostname>/SOGo/)', F, b, 'SOGo', SOGO_CSS)

ZM_CSS = 'body{background:#0c3c6a;font-family:Arial,sans-serif}.zl{max-width:420px;margin:90px auto;background:#fff;border-radius:4px;padding:32px}.zl label{font-weight:600}'
b = f'''<div class="zl"><svg xmlns="http://www.w3.org/2000/svg" width="150" height="40" viewBox="0 0 150 40" role="img" aria-label="Zimbra"><text x="0" y="30" font-family="Arial" font-size="30" font-weight="700" fill="#0c3c6a">zimbra</text></svg>
<div class="muted" style="margin-bottom:10px">Pellucid Pharma mail</div>
<form method="post" name="loginForm" action="/" accept-charset="UTF-8"><input type="hidden" name="loginOp" value="login"><input type="hidden" name="login_csrf" value="8f2c4a">
{fld('Username', 'username', 'username', 'text', 'autocomplete="username"')}{fld('Password', 'password', 'password', 'password', 'autocomplete="current-password"')}
<label style="display:block;margin-top:12px;font-weight:400"><input type="checkbox" name="zrememberme" value="1"> Stay signed in</label>
<label class="f" for="client">Version</label><select id="client" name="client"><option value="preferred" selected>Default</option><option value="advanced">Advanced (Ajax)</option><option value="standard">Standard (HTML)</option><option value="mobile">Mobile</option></select>
<button class="btn wide" type="submit" style="background:#0c3c6a">Sign In</button></form>
<p class="muted" style="font-size:11px;margin-top:22px">Copyright &copy; 2005-2027 Synacor, Inc. All rights reserved. "Zimbra" is a registered trademark of Synacor, Inc.</p></div>'''
page('zimbra-company-webmail', 'mail.pellucid-pharma.com', '/', 'A pharma company\'s own Zimbra Web Client sign-in: Zimbra wordmark, Username, Password, "Stay signed in", Version select, Synacor footer',
     'https://webmail.etcnow.com/help/advanced/Userspecific/logging_on_and_off.htm (Zimbra Web Client: "Open a browser window and enter the URL provided by your Zimbra administrator")', F, b, 'Zimbra Web Client Sign In', ZM_CSS)

HORDE_CSS = 'body{background:#dfe6ec;font-family:Verdana,Arial,sans-serif;font-size:13px}#horde-login{max-width:380px;margin:70px auto;background:#fff;border:1px solid #b5c2cc;padding:24px}#horde-login label{display:block;margin-top:10px}'
b = f'''<div id="horde-login"><div class="row"><svg xmlns="http://www.w3.org/2000/svg" width="110" height="34" viewBox="0 0 110 34" role="img" aria-label="horde"><text x="0" y="26" font-family="Georgia" font-size="28" fill="#2a4b6b">horde</text></svg><span class="muted">Tinmouth Internet</span></div>
<form name="horde_login" id="horde_login" method="post" action="/login.php"><input type="hidden" name="app" value=""><input type="hidden" name="login_post" value="1">
<label for="horde_user">Username</label><input type="text" id="horde_user" name="horde_user" autocomplete="username">
<label for="horde_pass">Password</label><input type="password" id="horde_pass" name="horde_pass" autocomplete="current-password">
<label for="horde_select_view">Mode</label><select id="horde_select_view" name="horde_select_view"><option value="auto" selected>Automatic</option><option value="basic">Basic</option><option value="dynamic">Dynamic</option><option value="minimal">Minimal</option><option value="smartmobile">Mobile</option></select>
<label for="new_lang">Language</label><select id="new_lang" name="new_lang"><option selected>English (GB)</option><option>Cymraeg</option></select>
<p><button class="btn" type="submit" style="margin-top:14px;background:#2a4b6b">Log in</button></p></form></div>'''
page('horde-isp-webmail', 'webmail.tinmouth-isp.net', '/login.php', 'A small ISP\'s own Horde webmail login: horde wordmark, Username, Password, Mode (Automatic / Basic / Dynamic …), Language',
     'https://wiki.nikhef.nl/ct/Horde_webmail (Horde webmail login screen with a Mode field) and http://techdoc.kvindesland.no/linux/horde_faq.html', F, b, 'Horde :: Log in', HORDE_CSS)

SM_CSS = 'body{background:#f0f3f7}.sm{max-width:400px;margin:80px auto;background:#fff;border-radius:6px;box-shadow:0 2px 10px rgba(0,0,0,.1);padding:34px}'
b = f'''<div class="sm"><div class="center"><svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64" role="img" aria-label="Cobbleway Legal"><rect width="64" height="64" rx="12" fill="#334155"/><text x="32" y="43" font-family="Georgia" font-size="30" fill="#fff" text-anchor="middle">CL</text></svg>
<div style="font-weight:700;margin-top:8px">Cobbleway Legal LLP</div></div>
<form action="/api/v1/auth/authenticate-user" method="post">{fld('Email Address', 'em', 'username', 'email', 'autocomplete="username"')}{fld('Password', 'pw', 'password', 'password', 'autocomplete="current-password"')}
<label style="display:block;margin-top:12px"><input type="checkbox" name="remember"> Remember Me</label><button class="btn wide" type="submit" style="background:#0f766e">Log In</button></form>
<p class="center muted" style="margin-top:14px"><a href="/forgot-password">Forgot Password?</a></p>
<p class="center muted" style="font-size:11px;margin-top:26px">SmarterMail &middot; &copy; 2003-2027 SmarterTools Inc.</p></div>'''
page('smartermail-law-firm', 'webmail.cobbleway-legal.com', '/interface/root#/login', 'A law firm\'s own SmarterMail webmail login under the firm\'s logo: Email Address, Password, Remember Me, "SmarterMail" in the footer',
     'https://hostworx.co.za/knowledgebase/188/Thunderbird-6---IMAPorPOP-Setup-and-Configuration.html (the SmarterMail Web interface beside mail clients) and https://www.smartertools.com/smartermail/', F, b, 'SmarterMail Login', SM_CSS)

b = f'''<div style="background:#312e81;color:#fff;padding:14px 28px" class="row"><b style="font-size:19px">University of Kingsmere</b><span style="margin-left:auto">IT Services</span></div>
<div class="wrap layout" style="max-width:900px"><div class="grow card"><h1>Webmail</h1><p class="muted">For research-group, society and alumni mailboxes on the University's own mail server.</p>
<form action="/webmail/login" method="post">{fld('Kingsmere username', 'ku', 'username', 'text', 'placeholder="e.g. ab123"')}{fld('Password', 'kp', 'password', 'password', 'autocomplete="current-password"')}
<button class="btn wide" type="submit" style="background:#312e81">Sign in</button></form></div>
<aside class="side card" style="width:300px"><b>Looking for Outlook?</b><p>Staff and student mail moved to Microsoft 365. Use <b>Outlook</b> on the web at outlook.office.com, or the Outlook app, and sign in with your <i>ab123@kingsmere.ac.uk</i> address.</p>
<p>This page is <b>not</b> Outlook: only use it if IT Services told you your mailbox is on the local server.</p><p><a href="/it/email/which-mailbox">Which mailbox am I on?</a></p></aside></div>
{foot('IT Service Desk: 01632 960 400 &middot; servicedesk@kingsmere.ac.uk')}'''
page('university-webmail-outlook-help', 'webmail.kingsmere.ac.uk', '/webmail/', 'A university\'s own webmail login for local mailboxes (username, password) with a help box "Looking for Outlook? Staff and student mail moved to Microsoft 365 … This page is not Outlook"',
     'https://www.lboro.ac.uk/services/it/student/email/faq/ (Outlook Web App for student mail) and http://www.buckingham.ac.uk/its/email/webaccess/problogging.html (university help on webmail log-in)', F, b, 'Webmail | University of Kingsmere', '')

tile = lambda name, color, desc: f'<div class="card" style="width:260px"><div class="row">{mark(name[0], color, 36)}<b style="font-size:18px">{name}</b></div><p class="muted">{desc}</p><a class="btn" href="/3rdparty/{name.lower()}/">Open</a> <label class="muted"><input type="radio" name="default" value="{name.lower()}"> Set as default</label></div>'
b = f'''<div style="background:#293a4a;color:#fff;padding:10px 24px" class="row"><b>Webmail</b><span style="margin-left:auto">info@larchwood-bakery.co.uk &middot; <a href="/logout" style="color:#9ecbff">Log out</a></span></div>
<div class="wrap"><h1>Choose a default webmail application</h1><p>Pick the app you want to read <b>info@larchwood-bakery.co.uk</b> with. You can change this any time.</p>
<div class="row" style="gap:18px;flex-wrap:wrap">{tile('Roundcube', '#37beff', 'Fast, modern webmail with drag-and-drop and a contacts list.')}{tile('Horde', '#2a4b6b', 'Webmail with calendar, tasks and notes.')}</div>
<h2>Other options</h2><p><a href="/mail_clients">Connect devices</a>: set up Outlook, Apple Mail, Thunderbird or your phone. &middot; <a href="/forwarders">Forwarders</a> &middot; <a href="/autoresponders">Autoresponders</a></p></div>
{foot('cPanel, L.L.C. &middot; Webmail hosted by Larchwood Hosting')}'''
page('hosting-panel-webmail-chooser', 'webmail.larchwood-bakery.co.uk', '/cpsess4417/webmail/jupiter/', 'A hosting panel\'s signed-in webmail chooser (cPanel Webmail): Roundcube and Horde tiles with Open and "Set as default", "Connect devices: set up Outlook …", no input but radios',
     'https://api.docs.cpanel.net/guides/quickstart-development-guide/tutorial-integrate-custom-webmail-applications/ (cPanel Webmail interface, "Change your webmail client")', F, b, 'Webmail - Main', '')

# =========================================================== 6. Token and settings pages (tokens)
F = 'tokens'
tea = '<svg xmlns="http://www.w3.org/2000/svg" width="30" height="30" viewBox="0 0 640 640" role="img" aria-label="Gitea"><path d="M395.9 484.2l-126.9-61c-12.5-6-17.9-21.2-11.8-33.8l61-126.9c6-12.5 21.2-17.9 33.8-11.8 17.2 8.3 27.1 13 27.1 13l-.1-109.2 16.7-.1.1 117.1s57.4 24.2 83.1 40.1c3.7 2.3 10.2 6.8 12.9 14.4 2.1 6.1 2 13.1-1 19.3l-61 126.9c-6.2 12.7-21.4 18.1-33.9 12z" fill="#609926"/><path d="M622.7 149.8c-4.1-4.1-9.6-4-9.6-4s-117.2 6.6-177.9 8c-13.3.3-26.5.6-39.6.7v117.2c-5.5-2.6-11.1-5.3-16.6-7.9 0-36.4-.1-109.2-.1-109.2-29 .4-89.2-2.2-89.2-2.2s-141.4-7.1-156.8-8.5c-9.8-.6-22.5-2.1-39 1.5-8.7 1.8-33.5 7.4-53.8 26.9C-4.9 212.4 6.6 276.2 8 285.8c1.7 11.7 6.9 44.2 31.7 72.5 45.8 56.1 144.4 54.8 144.4 54.8s12.1 28.9 30.6 55.5c25 33.1 50.7 58.9 75.7 62 63 0 188.9-.1 188.9-.1s12 .1 28.3-10.3c14-8.5 26.5-23.4 26.5-23.4S547 483 565 451.5c5.5-9.7 10.1-19.1 14.1-28 0 0 55.2-117.1 55.2-231.1-1.1-34.5-9.6-40.6-11.6-42.6zM125.6 353.9c-25.9-8.5-36.9-18.7-36.9-18.7S69.6 321.8 60 295.4c-16.5-44.2-1.4-71.2-1.4-71.2s8.4-22.5 38.5-30c13.8-3.7 31-3.1 31-3.1s7.1 59.4 15.7 94.2c7.2 29.2 24.8 77.7 24.8 77.7s-26.1-3.1-43-9.1z" fill="#609926" opacity=".35"/></svg>'
b = f'''<div style="background:#fff;border-bottom:1px solid #ddd;padding:8px 22px" class="row">{tea}<a href="/">Explore</a><a href="/notifications">Notifications</a><span style="margin-left:auto" class="muted">r.dube</span></div>
<div class="wrap layout"><nav class="side card"><a href="/user/settings">Profile</a><a href="/user/settings/account">Account</a><a href="/user/settings/appearance">Appearance</a><a href="/user/settings/security">Security</a><a href="/user/settings/applications" class="on">Applications</a><a href="/user/settings/keys">SSH / GPG Keys</a></nav>
<div class="grow"><div class="card"><h2 style="margin-top:0">Manage Access Tokens</h2>
<table class="t"><tr><td><b>ci-runner</b><div class="muted">Added on Feb 02, 2027 &middot; Last used within the last week</div></td><td><button class="btn sec" style="color:#b91c1c">Delete</button></td></tr>
<tr><td><b>renovate-bot</b><div class="muted">Added on Nov 11, 2026</div></td><td><button class="btn sec" style="color:#b91c1c">Delete</button></td></tr></table>
<h2>Generate New Token</h2><form action="/user/settings/applications" method="post"><input type="hidden" name="_csrf" value="u9kQ2">{fld('Token Name', 'name', 'name', 'text', 'required')}
<label class="f">Select permissions</label><div class="row" style="flex-wrap:wrap;gap:14px"><label>repository <select name="scope-repository" style="width:auto"><option>No access</option><option>Read</option><option>Read and Write</option></select></label><label>package <select name="scope-package" style="width:auto"><option>No access</option><option>Read</option></select></label><label>user <select name="scope-user" style="width:auto"><option>No access</option><option>Read</option></select></label></div>
<button class="btn" type="submit" style="margin-top:16px;background:#609926">Generate Token</button></form></div>
<div class="card" style="margin-top:18px"><h2 style="margin-top:0">Manage OAuth2 Applications</h2><p class="muted">Register an application to use Fennick Git as an OAuth2 provider.</p>
<form action="/user/settings/applications/oauth2" method="post">{fld('Application Name', 'app_name', 'application_name', 'text')}<label class="f" for="ru">Redirect URIs</label><textarea id="ru" name="redirect_uris" rows="2"></textarea>
<button class="btn" type="submit" style="margin-top:12px;background:#609926">Create Application</button></form></div></div></div>
{foot('Powered by Gitea &middot; Version: 1.22.3 &middot; Page: <b>14ms</b> Template: <b>4ms</b> &middot; Fennick Git')}'''
page('gitea-applications-tokens', 'git.fennick-labs.io', '/user/settings/applications', 'A company\'s self-hosted Gitea "Applications" settings: Manage Access Tokens list, Generate New Token (name, permission selects), Manage OAuth2 Applications',
     'https://www.raycast.com/shichen437/forgejo ("user settings › Applications › add a token name and select the scopes › Generate token") and https://forgejo.org/docs/latest/user/api-usage/', F, b, 'Applications - Fennick Git', '')

b = f'''{top('Runbarrow', '#7c2d12', ['Pipelines', 'Deployments', 'Settings'], '<span class="muted">tessera-health</span>')}
<div class="narrow" style="max-width:560px"><p class="muted">Settings &rsaquo; Integrations</p><div class="card"><div class="row">{ado_logo(34)}<h1 style="margin:0">Connect Azure DevOps</h1></div>
<p>Runbarrow uses a personal access token to read your repos and post build status to pull requests.</p>
<form action="/settings/integrations/azure-devops" method="post">{fld('Organization', 'org', 'organization', 'text', 'placeholder="your-organization"', 'As in https://dev.azure.com/<b>your-organization</b>')}
{fld('Personal access token', 'pat', 'pat', 'password', 'autocomplete="off"', 'Scopes: Code (Read &amp; status), Build (Read). <a href="https://dev.azure.com/_usersSettings/tokens">Create a token in Azure DevOps</a>')}
<button class="btn" type="submit" style="margin-top:16px;background:#7c2d12">Connect</button></form></div></div>'''
page('ci-connect-azure-devops-pat', 'app.runbarrow.com', '/settings/integrations/azure-devops', 'A CI service\'s "Connect Azure DevOps": the Azure DevOps logo, an organization name box and a masked personal access token, a link to create one at dev.azure.com',
     'https://nango.dev/docs/integrations/all/azure-devops/connect (to connect Azure DevOps you need the Organization URL and a Personal Access Token)', F, b, 'Connect Azure DevOps – Runbarrow', STEP_CSS)

b = f'''{top('Postwren', '#111827', ['Emails', 'Domains', 'API keys', 'Logs'], '<span class="muted">greyhound-tickets</span>')}
<div class="narrow" style="max-width:560px"><div class="card"><h1>Create API key</h1>
<form action="/api-keys" method="post">{fld('Name', 'kn', 'name', 'text', 'placeholder="Production"')}
<label class="f">Permission</label><label><input type="radio" name="permission" value="full_access" checked> Full access</label><br><label><input type="radio" name="permission" value="sending_access"> Sending access</label>
<label class="f" for="dom">Domain</label><select id="dom" name="domain"><option>All domains</option><option>mail.greyhound-tickets.com</option></select>
<button class="btn wide" type="submit" style="background:#111827;margin-top:18px">Add</button></form></div>
<div class="card" style="margin-top:16px"><b>Your new key</b><p class="muted">Copy it now: you won't be able to see it again.</p><pre><code>pw_5aK9vQ2mXr8LtB3yNc7HdEe4</code></pre></div></div>'''
page('email-api-create-key', 'dashboard.postwren.com', '/api-keys/new', 'An e-mail sending API\'s "Create API key": name, Full / Sending access radios, a domain select, and a freshly created key shown once',
     'https://resend.com/changelog/new-api-key-permissions (Create API Key: name, Full access or Sending access, domain)', F, b, 'API Keys · Postwren', '')

rows = [('Signed in with Google', 'Chrome on macOS', 'Porto, Portugal', '2 hours ago'), ('Signed in with Microsoft', 'Edge on Windows', 'Lisbon, Portugal', 'Yesterday, 09:12'),
        ('Personal access token "deploy" created', 'Firefox on Ubuntu', 'Porto, Portugal', '3 days ago'), ('Password changed', 'Safari on iPhone', 'Braga, Portugal', '12 May 2027'),
        ('Signed in with GitHub', 'Chrome on macOS', 'Porto, Portugal', '10 May 2027')]
trs = ''.join(f'<tr><td>{a}</td><td>{d}</td><td>{p}</td><td class="muted">{w}</td></tr>' for a, d, p, w in rows)
b = f'''{top('Ferncloud', '#0d9488', ['Projects', 'Billing', 'Account'], '<span class="muted">marta@estudio-sol.pt</span>')}
<div class="wrap"><h1>Account activity</h1><p class="muted">Sign-ins and security changes for the last 90 days. Don't recognise something? <a href="/account/security">Secure your account</a>.</p>
<form class="row" action="/account/activity" method="get" style="max-width:620px"><input type="search" name="q" placeholder="Filter events" aria-label="Filter events"><select name="type" style="width:200px"><option>All events</option><option>Sign-ins</option><option>Tokens</option><option>Password</option></select></form>
<div class="card" style="margin-top:14px;padding:0"><table class="t"><tr><th>Event</th><th>Device</th><th>Location</th><th>When</th></tr>{trs}</table></div></div>
{foot('&copy; 2027 Ferncloud, Lda.')}'''
page('activity-host-signins-log', 'activity.ferncloud.io', '/account/activity', 'A cloud host\'s "Account activity" log on a host beginning "activity.": rows "Signed in with Google / Microsoft / GitHub", a token created, a filter box, no password',
     'https://raw.githubusercontent.com/creativetimofficial/npm-xyz/main/apps/www/public/r/account-sessions-01.json ("Active sessions and devices": device, location, last active) and https://github.com/alextran1502/immich/issues/1263 (sign-in log with location)', F, b, 'Activity – Ferncloud', '')

b = f'''<div style="background:#1f2937;color:#fff;padding:10px 22px" class="row"><b>Flowmatic</b><span style="color:#9ca3af">Workflows &middot; Credentials &middot; Executions</span></div>
<div class="wrap layout"><div class="grow card" style="padding:0"><table class="t"><tr><th>Credential</th><th>Type</th><th>Updated</th></tr>
<tr><td class="row">{g_logo(18)} Sheets – finance</td><td>Google Sheets OAuth2 API</td><td class="muted">2 days ago</td></tr>
<tr><td class="row">{outlook_logo(18)} Shared inbox</td><td>Microsoft Outlook OAuth2 API</td><td class="muted">1 week ago</td></tr>
<tr><td class="row">{gh_mark(18)} GitHub – release bot</td><td>GitHub API</td><td class="muted">Just now</td></tr></table></div>
<div class="card" style="width:380px"><div class="row">{gh_mark(26)}<h2 style="margin:0">GitHub – release bot</h2></div><p class="muted">GitHub API &middot; Access token</p>
<form action="/rest/credentials/17" method="post">{fld('GitHub Server', 'srv', 'server', 'url', 'value="https://api.github.com"')}{fld('User', 'ghu', 'user', 'text', 'value="flowmatic-release-bot"')}
{fld('Access Token', 'tok', 'accessToken', 'password', 'value="ghp_previewonly000000000000000000000000" autocomplete="off"')}
<button class="btn wide" type="submit" style="background:#ea580c">Save</button></form><p class="muted">Connection tested successfully.</p></div></div>'''
page('credentials-page-settings-host', 'settings.flowmatic.app', '/credentials/17', 'A workflow-automation tool\'s Credentials page on a host beginning "settings.": a list with Google, Outlook and GitHub logos, and an open GitHub API credential with server, user and a filled masked access token',
     'https://docs.n8n.io/integrations/builtin/credentials/github.md (GitHub credentials: API access token; the credentials list shows each service\'s logo)', F, b, 'Credentials – Flowmatic', '')

b = f'''{top('Quillstack', '#4f46e5', ['Projects', 'Registry', 'Groups'], '<span class="muted">harbor / web-frontend</span>')}
<div class="wrap" style="max-width:900px"><p class="muted">harbor &rsaquo; web-frontend &rsaquo; Settings &rsaquo; Repository &rsaquo; Deploy tokens</p><div class="card"><h1>Deploy tokens</h1>
<p>Deploy tokens give read-only access to this repository and its container registry images, without a user and password.</p>
<table class="t"><tr><th>Name</th><th>Username</th><th>Expires</th><th>Scopes</th><th></th></tr><tr><td>k8s-pull</td><td><code>quill+deploy-token-12</code></td><td>2028-01-01</td><td>read_registry</td><td><button class="btn sec">Revoke</button></td></tr></table>
<h2>New deploy token</h2><form action="/harbor/web-frontend/-/deploy_tokens" method="post">{fld('Name', 'dn', 'name', 'text')}{fld('Expiration date (optional)', 'de', 'expires_at', 'text', 'placeholder="YYYY-MM-DD"')}{fld('Username (optional)', 'du', 'username', 'text')}
<label class="f">Scopes</label><label><input type="checkbox" name="read_repository"> read_repository</label><br><label><input type="checkbox" name="read_registry"> read_registry</label><br><label><input type="checkbox" name="write_registry"> write_registry</label>
<p><button class="btn" type="submit" style="margin-top:12px;background:#4f46e5">Create deploy token</button></p></form></div></div>'''
page('deploy-tokens-token-host', 'tokens.quillstack.dev', '/harbor/web-frontend/-/settings/repository/deploy-tokens', 'A code host\'s "Deploy tokens" settings on a host beginning "tokens.": existing token list, New deploy token (name, expiry, username, scope checkboxes), no password',
     'https://python-gitlab.readthedocs.io/en/stable/gl_objects/deploy_tokens.html and https://docs.gitlab.com/cli/deploy-token/create/ (deploy tokens: name, expires_at, username, scopes read_repository / read_registry)', F, b, 'Deploy tokens · web-frontend · Quillstack', '')

# =========================================================== 7. Image-heavy and canvas pages (canvas)
F = 'canvas'
CHART_JS = '''<script>
(function(){var c=document.getElementById('traffic'),x=c.getContext('2d'),W=c.width,H=c.height;
var series=[['Google',"#4285f4",[820,860,910,880,940,1010,990,1050,1120,1090,1160,1210,1180,1240]],['Bing (Microsoft)',"#00a4ef",[140,150,148,160,171,168,175,182,190,188,196,205,199,210]],['DuckDuckGo',"#de5833",[60,62,65,61,70,72,71,75,78,80,79,84,86,88]],['Direct / none',"#6b7280",[300,310,290,320,330,315,340,350,345,360,370,365,380,390]]];
x.fillStyle='#fff';x.fillRect(0,0,W,H);x.strokeStyle='#e5e7eb';x.font='12px Arial';x.fillStyle='#6b7280';
for(var i=0;i<=5;i++){var y=40+i*(H-90)/5;x.beginPath();x.moveTo(60,y);x.lineTo(W-20,y);x.stroke();x.fillText(String(1400-i*280),14,y+4);}
series.forEach(function(s){x.strokeStyle=s[1];x.lineWidth=3;x.beginPath();s[2].forEach(function(v,k){var px=60+k*(W-80)/13,py=40+(1400-v)*(H-90)/1400;k?x.lineTo(px,py):x.moveTo(px,py);});x.stroke();});
var lx=60;series.forEach(function(s){x.fillStyle=s[1];x.fillRect(lx,H-30,14,14);x.fillStyle='#111827';x.font='14px Arial';x.fillText(s[0],lx+20,H-18);lx+=x.measureText(s[0]).width+54;});
x.font='bold 15px Arial';x.fillText('Visitors by source, last 14 days',60,24);})();
</script>'''
b = f'''{top('Tidemark', '#0f766e', ['Sites', 'Goals', 'Settings'], '<span class="muted">harbourbooks.co.uk</span>')}
<div class="wrap" style="max-width:1200px"><div class="row"><h1 style="margin:0">Acquisition</h1><select name="range" style="width:200px;margin-left:auto"><option>Last 14 days</option><option>Last 30 days</option></select></div>
<div class="card" style="margin-top:14px;padding:10px"><canvas id="traffic" width="1120" height="360" role="img" aria-label="Line chart of visitors by source">Visitors by source</canvas></div>
<div class="card" style="margin-top:14px;padding:0"><table class="t"><tr><th>Source</th><th>Visitors</th><th>Bounce rate</th></tr><tr><td>Google</td><td>14,310</td><td>41%</td></tr><tr><td>Bing</td><td>2,582</td><td>44%</td></tr><tr><td>Direct / none</td><td>4,815</td><td>37%</td></tr><tr><td>DuckDuckGo</td><td>1,031</td><td>39%</td></tr></table></div></div>''' + CHART_JS
page('analytics-canvas-search-sources', 'app.tidemark-analytics.com', '/harbourbooks.co.uk/acquisition', 'A web-analytics dashboard: a wide canvas line chart of visitors by source whose drawn legend reads "Google", "Bing (Microsoft)", DuckDuckGo, Direct; a sources table, a range select',
     'https://github.com/beef331/website/issues/60 (a public Plausible dashboard: top sources of traffic) and https://github.com/bebraw/Chart.js.legend (charts on <canvas> with a legend)', F, b, 'Acquisition · harbourbooks.co.uk – Tidemark', '')

BANNER_JS = '''<script>
(function(){var c=document.getElementById('banner'),x=c.getContext('2d'),W=c.width,H=c.height;var g=x.createLinearGradient(0,0,W,H);g.addColorStop(0,'#0c4a6e');g.addColorStop(1,'#155e75');x.fillStyle=g;x.fillRect(0,0,W,H);
for(var i=0;i<40;i++){x.strokeStyle='rgba(255,255,255,'+(0.03+i%5*0.01)+')';x.beginPath();x.arc(W-160,H/2,20+i*9,0,Math.PI*2);x.stroke();}
x.fillStyle='#fff';x.font='bold 46px Arial';x.fillText('NorthSea DevConf 2027',48,86);x.font='24px Arial';x.fillText('Rotterdam \u00b7 14\u201315 May \u00b7 40 talks, 6 workshops',50,128);
x.font='bold 16px Arial';x.fillStyle='#a5f3fc';x.fillText('PLATINUM SPONSORS',50,196);x.font='bold 26px Arial';x.fillStyle='#fff';x.fillText('Microsoft      Google Cloud      GitHub',50,232);
x.font='16px Arial';x.fillStyle='#cffafe';x.fillText('Gold: JetBrains \u00b7 Grafana Labs \u00b7 Port of Rotterdam',50,268);})();
</script>'''
b = f'''{top('NorthSea DevConf', '#0c4a6e', ['Programme', 'Speakers', 'Sponsors', 'Venue'])}
<canvas id="banner" width="1280" height="300" style="display:block;width:100%;max-width:1280px;margin:0 auto" role="img" aria-label="NorthSea DevConf 2027 banner with sponsor names"></canvas>
<div class="wrap layout" style="max-width:1100px"><div class="grow card"><h1>Get your ticket</h1><p>Early-bird tickets &euro;349 until 31 March. Includes lunch and the harbour party.</p>
<form action="/tickets/checkout" method="post">{fld('Full name', 'nm', 'name', 'text', 'autocomplete="name"')}{fld('Work e-mail', 'em', 'email', 'email', 'autocomplete="email"')}
<label class="f" for="tt">Ticket</label><select id="tt" name="ticket"><option>Conference (2 days) – &euro;349</option><option>Conference + workshop – &euro;549</option></select>
<button class="btn" type="submit" style="margin-top:16px;background:#0c4a6e">Continue to payment</button></form></div>
<aside class="side card" style="width:300px"><b>Keynotes</b><p>&ldquo;Twenty years of CI&rdquo; &ndash; Anneke de Vries</p><p>&ldquo;Passkeys in practice&rdquo; &ndash; Tomasz Wi&#347;niewski</p></aside></div>''' + BANNER_JS
page('conference-banner-canvas-sponsors', 'www.northsea-devconf.eu', '/', 'A developer conference home page: a 1280-px canvas banner drawing "PLATINUM SPONSORS Microsoft Google Cloud GitHub", a ticket form with name and work e-mail',
     'https://ndcconferences.com/ and https://www.devoxx.co.uk/ (conference sites: hero banner with sponsor names, ticket form)', F, b, 'NorthSea DevConf 2027 – Rotterdam', '')

GAME_JS = '''<script>
(function(){var c=document.getElementById('game'),x=c.getContext('2d'),W=c.width=window.innerWidth,H=c.height=window.innerHeight;var t=0,stars=[];for(var i=0;i<180;i++)stars.push([Math.random()*W,Math.random()*H,Math.random()*2+0.5]);
function f(){t++;x.fillStyle='#070b1f';x.fillRect(0,0,W,H);stars.forEach(function(s){x.fillStyle='rgba(255,255,255,'+(0.4+0.6*Math.abs(Math.sin((t+s[0])/60)))+')';x.fillRect(s[0],(s[1]+t*s[2]*0.2)%H,s[2],s[2]);});
x.fillStyle='#7c3aed';x.beginPath();x.moveTo(W/2,H-140);x.lineTo(W/2-26,H-90);x.lineTo(W/2+26,H-90);x.fill();x.font='bold 64px Trebuchet MS';x.fillStyle='#fde68a';x.textAlign='center';x.fillText('STARHOLLOW',W/2,110);if(t<600)requestAnimationFrame(f);}f();})();
</script>'''
GAME_CSS = 'body{background:#070b1f;overflow:hidden}#game{position:fixed;inset:0}.panel{position:relative;z-index:2;width:340px;margin:150px auto 0;background:rgba(17,24,39,.92);color:#e5e7eb;border:1px solid #4c1d95;border-radius:12px;padding:24px}.panel a{color:#c4b5fd}.panel input{background:#0f172a;color:#fff;border-color:#4c1d95}'
b = f'''<canvas id="game" aria-label="Starhollow game background"></canvas><div class="panel"><h1 style="text-align:center;font-size:22px;margin-top:0">Play Starhollow</h1>
<form action="/api/login" method="post">{fld('Username', 'un', 'username', 'text', 'autocomplete="username"')}{fld('Password', 'pw', 'password', 'password', 'autocomplete="current-password"')}
<button class="btn wide" type="submit" style="background:#7c3aed">Log in</button></form><p class="center muted" style="color:#9ca3af">or</p>
<a class="btn sec wide row" style="justify-content:center" href="/auth/google">{g_logo(18)} Continue with Google</a><a class="btn sec wide" style="text-align:center;background:#5865f2;color:#fff;border:0" href="/auth/discord">Continue with Discord</a>
<p class="center" style="margin-top:14px"><a href="/play?guest=1">Play as guest</a> &middot; <a href="/register">Create account</a></p></div>''' + GAME_JS
page('browser-game-canvas-login', 'play.starhollow-game.com', '/', 'A browser game\'s start screen: an animated full-window canvas starfield with the game title, over it the game\'s own username / password log-in, "Continue with Google" (G logo) and Discord buttons',
     'https://docs.crazygames.com/sdk/html5-v3/user-linking/ (browser games: own accounts, "other login methods (Google, Facebook, etc.)", "Continue as Guest")', F, b, 'Starhollow – play free in your browser', GAME_CSS)

BAR_JS = '''<script>
(function(){var c=document.getElementById('share'),x=c.getContext('2d'),W=c.width,H=c.height;x.fillStyle='#fff';x.fillRect(0,0,W,H);
var d=[['Amazon Web Services',30,'#ff9900'],['Microsoft Azure',23,'#0078d4'],['Google Cloud',13,'#34a853'],['Alibaba Cloud',4,'#ff6a00'],['Oracle',3,'#c74634'],['Others',27,'#9ca3af']];
x.font='bold 18px Georgia';x.fillStyle='#111';x.fillText('Worldwide cloud infrastructure market share, Q3 2027',20,30);
d.forEach(function(r,i){var y=60+i*46;x.fillStyle='#333';x.font='15px Arial';x.textAlign='right';x.fillText(r[0],220,y+20);x.textAlign='left';x.fillStyle=r[2];x.fillRect(232,y,r[1]*18,30);x.fillStyle='#111';x.font='bold 15px Arial';x.fillText(r[1]+'%',240+r[1]*18,y+20);});
x.font='12px Arial';x.fillStyle='#6b7280';x.fillText('Source: CloudBrief estimates from company filings',20,H-12);})();
</script>'''
b = f'''<header class="top"><a class="brand" href="/" style="font-family:Georgia">CloudBrief</a><nav><a href="/news">News</a><a href="/analysis">Analysis</a><a href="/podcast">Podcast</a></nav><div style="margin-left:auto">{search_box('Search CloudBrief')}</div></header>
<div class="wrap layout" style="max-width:1040px"><article class="grow"><p class="muted">Analysis &middot; 4 November 2027 &middot; Priyanka Rao</p>
<h1 style="font-family:Georgia;font-size:32px">Microsoft narrows the gap as AI workloads lift Azure</h1>
<p>Azure grew faster than its two big rivals for the ninth quarter running, while Google Cloud held its share and Amazon's lead narrowed to seven points.</p>
<canvas id="share" width="760" height="360" style="max-width:100%;border:1px solid #e5e7eb" role="img" aria-label="Bar chart of cloud market share"></canvas>
<p>Analysts put most of Azure's gain down to inference capacity sold alongside Microsoft 365 Copilot, and to long-term commitments from large enterprises moving off their own data centres.</p></article>
<aside class="side card"><b>The Brief, daily</b><p class="muted">One e-mail, 7am, five stories.</p><form action="/newsletter" method="post"><input type="email" name="email" placeholder="Your e-mail" aria-label="Your e-mail"><button class="btn wide" type="submit">Sign up</button></form></aside></div>
{foot('&copy; 2027 CloudBrief Media')}''' + BAR_JS
page('news-market-share-bar-canvas', 'www.cloudbrief-news.com', '/analysis/2027/11/cloud-market-share-q3', 'A tech-news analysis piece with a canvas bar chart of cloud market share ("Microsoft Azure", "Google Cloud" in the drawn labels), a search box and a newsletter e-mail box',
     'https://www.techradar.com/pro/global-cloud-market-sees-another-huge-spending-spree-as-ai-demand-continues (AWS 32%, Microsoft Azure 23%, Google 13%: the quarterly share news sites chart)', F, b, 'Cloud market share, Q3 2027 | CloudBrief', '')

BOARD_JS = '''<script>
(function(){var c=document.getElementById('board'),x=c.getContext('2d');c.width=window.innerWidth;c.height=window.innerHeight-48;x.fillStyle='#fafaf9';x.fillRect(0,0,c.width,c.height);
x.strokeStyle='#e7e5e4';for(var i=0;i<c.width;i+=24){for(var j=0;j<c.height;j+=24){x.fillStyle='#d6d3d1';x.fillRect(i,j,1.5,1.5);}}
function box(X,Y,w,h,t,s,col){x.fillStyle=col||'#fff';x.strokeStyle='#1c1917';x.lineWidth=2;x.beginPath();x.roundRect?x.roundRect(X,Y,w,h,10):x.rect(X,Y,w,h);x.fill();x.stroke();x.fillStyle='#1c1917';x.font='bold 17px Comic Sans MS, cursive';x.textAlign='center';x.fillText(t,X+w/2,Y+h/2-(s?4:-6));if(s){x.font='14px Comic Sans MS, cursive';x.fillText(s,X+w/2,Y+h/2+18);}}
function arrow(a,b,c2,d,label){x.strokeStyle='#1c1917';x.lineWidth=2;x.beginPath();x.moveTo(a,b);x.lineTo(c2,d);x.stroke();var an=Math.atan2(d-b,c2-a);x.beginPath();x.moveTo(c2,d);x.lineTo(c2-12*Math.cos(an-0.4),d-12*Math.sin(an-0.4));x.lineTo(c2-12*Math.cos(an+0.4),d-12*Math.sin(an+0.4));x.fill();if(label){x.font='13px Comic Sans MS, cursive';x.fillText(label,(a+c2)/2,(b+d)/2-8);}}
box(40,120,170,70,'User','browser','#fef3c7');box(290,120,210,70,'Our login page','"Sign in with Microsoft"','#dbeafe');box(590,110,260,90,'Microsoft Entra ID','login.microsoftonline.com','#e0e7ff');box(590,300,260,70,'/auth/ms/callback','code + state','#dcfce7');box(290,300,210,70,'Session API','sets cookie','#fce7f3');
arrow(210,155,290,155,'1');arrow(500,155,590,155,'2 redirect');arrow(720,200,720,300,'3 code');arrow(590,335,500,335,'4 tokens');arrow(290,335,210,190,'5');
x.textAlign='left';x.font='15px Comic Sans MS, cursive';x.fillStyle='#b91c1c';x.fillText('TODO: no password ever touches our servers!',40,440);})();
</script>'''
b = f'''<div style="height:48px;background:#fff;border-bottom:1px solid #e7e5e4;padding:0 16px" class="row"><b>Sketchloom</b><span class="muted">/ Platform team / Login flow v2</span><span style="margin-left:auto" class="row"><span class="pill" style="background:#e0f2fe;color:#075985">3 viewing</span><button class="btn sec">Share</button></span></div>
<canvas id="board" style="display:block" role="img" aria-label="Whiteboard: login flow diagram"></canvas>''' + BOARD_JS
page('whiteboard-login-flow-diagram', 'board.sketchloom.app', '/b/7Hk2pQ', 'An online whiteboard showing a team\'s login-flow diagram drawn on a full-window canvas: boxes "Sign in with Microsoft", "Microsoft Entra ID login.microsoftonline.com", callback, no input',
     'https://github.com/jrmi/excalidraw (Excalidraw: virtual whiteboard for sketching hand-drawn like diagrams on a canvas)', F, b, 'Login flow v2 – Sketchloom', 'body{background:#fafaf9;overflow:hidden}')

PHOTO_JS = '''<script>
(function(){document.querySelectorAll('canvas.ph').forEach(function(c,n){var x=c.getContext('2d'),W=c.width,H=c.height;var g=x.createLinearGradient(0,0,W,H);g.addColorStop(0,['#d6d3d1','#cbd5e1','#e7e5e4','#d1d5db','#e2e8f0','#f5f5f4'][n%6]);g.addColorStop(1,'#78716c');x.fillStyle=g;x.fillRect(0,0,W,H);
x.save();x.translate(W/2,H/2+20);x.rotate((n%3-1)*0.12);x.fillStyle='#a8a29e';x.fillRect(-150,-95,300,190);x.fillStyle='#57534e';x.fillRect(-160,95,320,14);
var s=26;x.fillStyle='#f25022';x.fillRect(-s-1,-s-1,s,s);x.fillStyle='#7fba00';x.fillRect(1,-s-1,s,s);x.fillStyle='#00a4ef';x.fillRect(-s-1,1,s,s);x.fillStyle='#ffb900';x.fillRect(1,1,s,s);x.restore();});})();
</script>'''
caps = ['The lid in Sapphire', 'Keyboard and haptic touchpad', 'Ports: 2 × USB-C, USB-A, Surface Connect', 'Next to the MacBook Air 13', 'The 13.8-inch display outdoors', 'Charging brick']
figs = ''.join(f'<figure style="margin:0"><canvas class="ph" width="460" height="300" style="width:100%;border-radius:6px" role="img" aria-label="Photo: {cap}"></canvas><figcaption class="muted">{cap}</figcaption></figure>' for cap in caps)
b = f'''<header class="top"><a class="brand" href="/">{mark('G', '#111827')}Gadgetry</a><nav><a href="/reviews">Reviews</a><a href="/laptops">Laptops</a><a href="/phones">Phones</a><a href="/deals">Deals</a></nav><div style="margin-left:auto">{search_box('Search reviews')}</div></header>
<div class="wrap" style="max-width:1040px"><p class="muted">Reviews &rsaquo; Laptops &middot; 6 photos</p><h1>Surface Laptop 7 hands-on: in pictures</h1>
<p>Microsoft's Snapdragon laptop up close, from the Sapphire lid with its mirrored four-square logo to the port selection.</p>
<div style="display:grid;grid-template-columns:1fr 1fr;gap:18px">{figs}</div>
<p><a href="/reviews/surface-laptop-7">Read the full review &rarr;</a></p></div>
{foot('&copy; 2027 Gadgetry &middot; Photos: Gadgetry / Leo Brandt')}''' + PHOTO_JS
page('review-photo-gallery-canvas', 'www.gadgetry-reviews.com', '/reviews/surface-laptop-7/photos', 'A gadget site\'s photo gallery of a Surface laptop: six canvas-drawn "photos" each showing the laptop lid with the Microsoft four-square logo, a search box, no other input',
     'https://www.tested.com/tech/pcs/608659-what-you-should-know-about-microsofts-surface-laptop/ and https://bgr.com/tech/microsoft-surface-laptop-release-date-specs-hands-on (Surface Laptop hands-on write-ups with photo sets)', F, b, 'Surface Laptop 7 hands-on: in pictures | Gadgetry', '')

# ---------------- write everything
hosts = sorted({p['host'] for p in PAGES})
# Every host is fresh: no other table (tests/corpus/*.js, tests/e2e/*.js) uses it.
import glob
others = [f for f in glob.glob(os.path.join(HERE, '*.js')) + glob.glob(os.path.join(HERE, '..', 'e2e', '*.js')) if os.path.basename(f) != 'web13.js']
other_text = ''.join(open(f, encoding='utf-8').read() for f in others)
for h in hosts:
    assert f"'{h}'" not in other_text and f'"{h}"' not in other_text, f'host {h} is used by another table'
fam_names = {'titles': 'Titles whose last part is a product or provider name, used ordinarily',
             'codes': 'Fields named or labelled like codes (PIN, gift card, promo, postcode, TV code, door code, 2FA)',
             'steps': 'Short pages with no claim and one step', 'domains': 'Fields whose label names a domain that is not the site\'s own',
             'webmail': 'A company\'s own self-hosted webmail and mail portals', 'tokens': 'Token and settings pages',
             'canvas': 'Image-heavy and canvas pages'}
out = ["'use strict';",
       "// Ordinary pages, thirteenth round: titles ending in a product or provider name, fields named like codes,",
       "// short one-step pages, fields naming another domain, self-hosted webmail, token and settings pages, and",
       "// canvas / image-heavy pages; all must stay quiet (tests/corpus/WEB13.md). Fixtures: tests/corpus/gen-web13.py",
       "// writes them.", '', 'const HOSTS = {']
out += [f"  '{h}': 'https'," for h in hosts] + ['};', '', 'const PAGES = [']
def js(s): return json.dumps(s, ensure_ascii=False)
cur = None
for p in PAGES:
    if p['family'] != cur:
        cur = p['family']; out.append(f"  // {fam_names[cur]} ({cur})")
    parts = [f"name: {js(p['name'])}", f"host: {js(p['host'])}", f"path: {js(p['path'])}", f"expect: {js(p['expect'])}",
             f"family: {js(p['family'])}", f"what: {js(p['what'])}", f"source: {js(p['source'])}"]
    out.append('  { ' + ', '.join(parts) + ' },')
out += ['];', '', 'module.exports = { HOSTS, PAGES };', '']
open(os.path.join(HERE, 'web13.js'), 'w').write('\n'.join(out))
n = 0
for p in PAGES:
    for rel, content in p['files'].items():
        assert '%' not in rel, rel
        f = os.path.join(ROOT, p['host'], rel)
        os.makedirs(os.path.dirname(f), exist_ok=True)
        data = content.encode('utf-8')
        assert len(data) < 200_000, f
        open(f, 'wb').write(data); n += 1
names = [p['name'] for p in PAGES]
assert len(names) == len(set(names)), 'duplicate names'
from collections import Counter
print(len(PAGES), 'rows,', len(hosts), 'hosts,', n, 'files', dict(Counter(p['family'] for p in PAGES)))

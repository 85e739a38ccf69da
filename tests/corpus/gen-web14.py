#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Writes tests/corpus/web14.js and its fixtures under tests/fixtures/<host>/ (fourteenth round of ordinary
pages: sites whose host name is made of plain words with their own sign-in naming a provider ordinarily,
recovery and backup codes on a site's own account pages, large pictures with fields near or over them, mail
settings with provider presets, and the site's own frames that appear late). Every row must stay quiet.
Run from the repo root: python3 tests/corpus/gen-web14.py"""
import os, json
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, '..', 'fixtures')
PAGES = []

def page(name, host, path, what, source, family, body, title, css='', lang='en', extra=None, row=None):
    """`extra`: more files the page loads, {(host, path): text} (pictures, the site's own frames);
    `row`: more fields for the table row (click, settleMs)."""
    rel = path.split('?')[0].split('#')[0].strip('/')
    files = {(host, (rel + '/index.html') if rel else 'index.html'): doc(title, body, css, lang)}
    for (h, p), text in (extra or {}).items():
        files[(h, p.strip('/'))] = text
    PAGES.append(dict(name=name, host=host, path=path, expect='none', what=what, source=source, family=family, files=files, row=row or {}))

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


def apple_logo(px=18, fill='#000'):
    return f'<svg xmlns="http://www.w3.org/2000/svg" width="{px}" height="{px}" viewBox="0 0 24 24" role="img" aria-label="Apple"><path fill="{fill}" d="M16.4 12.6c0-2.4 2-3.6 2.1-3.7-1.1-1.7-2.9-1.9-3.5-1.9-1.5-.2-2.9.9-3.7.9-.8 0-1.9-.9-3.2-.8-1.6 0-3.1 1-4 2.4-1.7 3-.4 7.4 1.2 9.8.8 1.2 1.8 2.5 3 2.4 1.2 0 1.7-.8 3.1-.8 1.5 0 1.9.8 3.2.8 1.3 0 2.2-1.2 3-2.4.9-1.4 1.3-2.7 1.3-2.8 0 0-2.5-1-2.5-3.9zM14 5.5c.7-.8 1.1-1.9 1-3-1 0-2.1.7-2.8 1.5-.6.7-1.2 1.8-1 2.9 1.1.1 2.1-.6 2.8-1.4z"/></svg>'

def letter_tile(letter, color, px=28):
    return mark(letter, color, px)

def sso_btn(logo, text, href, extra_style=''):
    return f'<a class="btn sec wide row" style="display:flex;align-items:center;justify-content:center;gap:10px;{extra_style}" href="{href}">{logo}<span>{text}</span></a>'

OR_LINE = '<div class="row" style="margin:16px 0;color:#6a737d;font-size:13px"><div style="flex:1;height:1px;background:#e3e6ea"></div>or<div style="flex:1;height:1px;background:#e3e6ea"></div></div>'

# =========================================================== 1. Hosts made of plain words, with the site's own sign-in (plainwords)
F = 'plainwords'
b = f'''<header class="top"><a class="brand" href="/" style="font-family:ui-monospace,Menlo,monospace">{mark('p', '#0f766e')}patch-review</a><nav><a href="/pricing">Pricing</a><a href="/docs">Docs</a><a href="/changelog">Changelog</a></nav><div style="margin-left:auto"><a href="/signup">Sign up free</a></div></header>
<div class="narrow"><div class="card"><h1 class="center">Log in to patch-review</h1><p class="center muted">Automated review comments on every pull request.</p>
{sso_btn(gh_mark(18), 'Continue with GitHub', '/auth/github')}
{sso_btn(mark('G', '#e24329', 18), 'Continue with GitLab', '/auth/gitlab')}
{sso_btn(ms_logo(16), 'Continue with Microsoft (Azure DevOps)', '/auth/azure-devops')}
{sso_btn(mark('B', '#2684ff', 18), 'Continue with Bitbucket', '/auth/bitbucket')}
{OR_LINE}
<form action="/session" method="post">{fld('Work e-mail', 'em', 'email', 'email', 'autocomplete="email"')}{fld('Password', 'pw', 'password', 'password', 'autocomplete="current-password"')}
<button class="btn wide" type="submit" style="background:#0f766e">Log in</button></form>
<p class="center muted" style="margin-top:14px"><a href="/password/reset">Forgot password?</a> &middot; <a href="/sso">Log in with SAML SSO</a></p></div></div>
{foot('&copy; 2027 patch-review.dev &middot; <a href="/security">Security</a> &middot; <a href="/privacy">Privacy</a>')}'''
page('code-review-dev-login', 'www.patch-review.dev', '/login', 'A code-review service on a host of plain words ("patch-review.dev") with its own log-in: Continue with GitHub / GitLab / Microsoft (Azure DevOps) / Bitbucket with their marks, then work e-mail and password',
     'https://docs.coderabbit.ai/getting-started ("Sign up with your Git platform: GitHub, GitLab, Azure DevOps, Bitbucket Cloud")', F, b, 'Log in – patch-review', 'body{background:#f0fdfa}')

b = f'''<header class="top"><a class="brand" href="/">{mark('B', '#4f46e5')}Book a Desk</a><nav><a href="/features">Features</a><a href="/integrations">Integrations</a><a href="/pricing">Pricing</a></nav></header>
<div class="wrap layout" style="max-width:980px;margin-top:30px"><div class="grow" style="padding-top:20px"><h1 style="font-size:32px">Find a desk for Tuesday in ten seconds.</h1>
<p>Book desks, rooms and parking from your browser or phone. <b>Works with Outlook and Google Calendar</b>: your bookings show up where your meetings already are.</p>
<div class="row muted" style="gap:18px">{outlook_logo(22)} Outlook {teams_logo(22)} Microsoft Teams {g_logo(18)} Google Calendar</div></div>
<div class="card" style="width:380px;flex:none"><h2 style="margin-top:0">Sign in</h2><p class="muted">Use your work account. Your admin decides which options you see.</p>
{sso_btn(ms_logo(16), 'Sign in with Microsoft', '/auth/microsoft')}{sso_btn(g_logo(16), 'Sign in with Google', '/auth/google')}
{OR_LINE}<form action="/auth/email" method="post">{fld('Work e-mail', 'em', 'email', 'email', 'autocomplete="email" placeholder="you@company.com"')}
<button class="btn wide" type="submit" style="background:#4f46e5">Continue with e-mail</button></form>
<p class="muted" style="font-size:13px">We'll send you a sign-in link. No password needed.</p></div></div>
{foot('Book a Desk Ltd &middot; book-a-desk.app')}'''
page('desk-booking-app-signin', 'www.book-a-desk.app', '/signin', 'A desk-booking app on "book-a-desk.app": Sign in with Microsoft / Sign in with Google, a work e-mail box for a sign-in link, "Works with Outlook and Google Calendar" with the Outlook, Teams and G marks',
     'https://help.deskone.com/en/article/log-in-with-microsoft-sso (desk booking: "Continue with Microsoft" on the login page) and https://officebooking.com/en/kb-article/app-login', F, b, 'Sign in – Book a Desk', '')

b = f'''<header class="top"><a class="brand" href="/">{mark('?', '#0369a1')}Phone Setup Help</a><nav><a href="/iphone">iPhone</a><a href="/android">Android</a><a href="/email">E-mail</a><a href="/book">Book a technician</a></nav><div style="margin-left:auto">{search_box('Search guides')}</div></header>
<div class="wrap layout" style="max-width:1080px"><article class="grow card"><p class="muted"><a href="/email">E-mail</a> &rsaquo; Outlook</p>
<div class="row">{outlook_logo(36)}<h1 style="margin:0">Set up Outlook on your phone</h1></div><p class="muted">Updated 3 March 2027 &middot; 4 min read &middot; iPhone and Android</p>
<ol style="line-height:1.9"><li>Install <b>Microsoft Outlook</b> from the App Store or Google Play.</li><li>Open it and tap <b>Add account</b>.</li><li>Type your work or personal e-mail address and tap <b>Continue</b>.</li>
<li>Outlook sends you to your e-mail provider's own sign-in page. Type your password <b>there</b>, never into a text message or a form someone sends you.</li><li>If your company uses Microsoft Authenticator, approve the request on your phone.</li><li>Choose whether to add another account, or tap <b>Maybe later</b>.</li></ol>
<h2>Still stuck?</h2><p>Gmail users: Outlook can add your Gmail account too; choose <b>Google</b> on the account screen. Older Exchange servers may need the server name from your IT team.</p>
<p class="muted">Was this helpful? <button class="btn sec">Yes</button> <button class="btn sec">No</button></p></article>
<aside class="side card" style="width:300px"><b>Book a phone technician</b><p class="muted">Log in to see your booking, or create an account at checkout.</p>
<form action="/account/login" method="post">{fld('E-mail', 'em', 'email', 'email', 'autocomplete="email"')}{fld('Password', 'pw', 'password', 'password', 'autocomplete="current-password"')}
<button class="btn wide" type="submit" style="background:#0369a1">Log in</button></form><p class="muted" style="font-size:13px"><a href="/account/forgot">Forgot password?</a></p></aside></div>
{foot('Phone Setup Help is an independent support service, not affiliated with Apple, Google or Microsoft.')}'''
page('device-help-outlook-on-phone', 'www.phone-setup-help.com', '/email/outlook/set-up-outlook-on-your-phone', 'An independent device-help site on "phone-setup-help.com": article titled "Set up Outlook on your phone – Help" with the Outlook logo, steps naming Microsoft Authenticator and Gmail, beside the site\'s own e-mail + password log-in for booked technicians',
     'https://visualfoodie.com/the-outlook-login-process-on-mobile-devices (third-party guides to signing in to the Outlook app on a phone)', F, b, 'Set up Outlook on your phone – Help', '')

b = f'''<div style="background:#78350f;color:#fef3c7;font-size:13px;text-align:center;padding:6px">Free click &amp; collect from 14 shops &middot; Keys cut while you wait</div>
{top('Spare Keys Cut', '#b45309', ['Keys', 'Locks', 'Shoe repairs', 'Engraving', 'Find a shop'], '<a href="/basket">Basket (2)</a>')}
<div class="narrow" style="max-width:460px"><div class="card"><h1>Sign in to your account</h1><p class="muted">Track orders and reorder keys from your saved key codes.</p>
<form action="/account/login" method="post">{fld('E-mail address', 'em', 'customer[email]', 'email', 'autocomplete="email"')}{fld('Password', 'pw', 'customer[password]', 'password', 'autocomplete="current-password"')}
<button class="btn wide" type="submit" style="background:#b45309">Sign in</button></form>{OR_LINE}
{sso_btn(g_logo(16), 'Continue with Google', '/account/auth/google')}{sso_btn(apple_logo(16, '#fff'), 'Continue with Apple', '/account/auth/apple', 'background:#000;color:#fff;border:0')}
<p class="center muted" style="margin-top:14px">New customer? <a href="/account/register">Create an account</a></p></div></div>
{foot('Spare Keys Cut Ltd &middot; spare-keys-cut.co.uk &middot; Company no. 04811236')}'''
page('spare-keys-cut-login', 'www.spare-keys-cut.co.uk', '/account/login', 'A high-street key-cutting chain\'s web shop on "spare-keys-cut.co.uk": its own e-mail + password sign-in, "Continue with Google" (G) and "Continue with Apple"',
     'https://support.shoplineapp.com/hc/en-us/articles/38567010173849-Google-Account-Quick-Registration-and-Member-Login-Customer-Login-Settings (shop customer log-in: e-mail or a Google account)', F, b, 'Sign in | Spare Keys Cut', '')

b = f'''<header class="top"><a class="brand" href="/">{mark('S', '#0891b2', 28, 'circle')}settings-sync.cloud</a><nav><a href="/docs">Docs</a><a href="/pricing">Pricing</a><a href="https://status.settings-sync.cloud">Status</a></nav></header>
<div class="narrow"><div class="card center"><h1>Turn on Settings Sync</h1><p>Keep your editor settings, keybindings, snippets and extensions the same on every machine.</p>
{sso_btn(gh_mark(18), 'Sign in with GitHub', '/login/github')}{sso_btn(ms_logo(16), 'Sign in with Microsoft', '/login/microsoft')}
<p class="muted" style="margin-top:16px">We only ask for your profile and e-mail address. Your settings are stored encrypted on our servers, not in your GitHub or Microsoft account.</p>
<p class="muted"><a href="/docs/self-host">Self-hosting?</a> Point the extension at your own server instead.</p></div></div>
{foot('settings-sync.cloud is not affiliated with GitHub or Microsoft.')}'''
page('settings-sync-cloud-login', 'app.settings-sync.cloud', '/login', 'An editor settings-sync service on "settings-sync.cloud": "Turn on Settings Sync" with only "Sign in with GitHub" and "Sign in with Microsoft" buttons and their marks, no password field',
     'https://github.com/shanalikhan/code-settings-sync/wiki/Setup-Guide (settings sync: log in with GitHub) and https://github.com/microsoft/vscode-dev-containers/issues/1086 ("Sign in & Turn on", "Sign in with Microsoft")', F, b, 'Sign in – settings-sync.cloud', 'body{background:#ecfeff}')

b = f'''<header class="top"><a class="brand" href="/">{mark('T', '#6d28d9')}Team Standup</a><nav><a href="/how-it-works">How it works</a><a href="/pricing">Pricing</a><a href="/help">Help</a></nav></header>
<div class="wrap layout" style="max-width:980px;margin-top:24px"><div class="grow"><div class="row">{teams_logo(40)}<h1 style="margin:0">Async standups inside Microsoft Teams</h1></div>
<p>The bot asks your team three questions in Teams every morning and posts the answers to your channel. Also works in Slack.</p>
<ul><li>No meeting, no new app to install on phones</li><li>Reports by e-mail to Outlook or Gmail</li><li>Reminders follow each person's working hours</li></ul>
<p><a class="btn" style="background:#6d28d9" href="/install/teams">Add to Microsoft Teams</a> <a class="btn sec" href="/install/slack">Add to Slack</a></p></div>
<div class="card" style="width:360px;flex:none"><h2 style="margin-top:0">Log in to the dashboard</h2>
{sso_btn(ms_logo(16), 'Sign in with Microsoft', '/auth/microsoft')}{sso_btn(mark('S', '#4a154b', 18), 'Sign in with Slack', '/auth/slack')}
<p class="muted" style="font-size:13px;margin-top:14px">Sign in with the account you use in Teams or Slack. Admins can manage billing and questions here.</p></div></div>
{foot('Team Standup &middot; team-standup.app &middot; Microsoft Teams is a trademark of Microsoft')}'''
page('teams-standup-app-login', 'www.team-standup.app', '/login', 'A stand-up bot\'s site on "team-standup.app" titled "Log in – Team Standup for Microsoft Teams": the Teams logo, "Add to Microsoft Teams", "Sign in with Microsoft" / "Sign in with Slack" buttons, no password',
     'https://help.sally.io/guides/meeting-attendance/microsoft-teams-web-credentials and https://www.timenough.com/blog/experimental-statements/microsoft-teams/ (bots and assistants working inside Microsoft Teams)', F, b, 'Log in – Team Standup for Microsoft Teams', '')

b = f'''<div style="background:#14532d;color:#fff;padding:14px 28px" class="row"><b style="font-size:19px">Card Activation</b><span style="margin-left:auto;font-size:14px">For cards issued by Greenfield Valley Credit Union</span></div>
<div class="narrow" style="max-width:520px"><div class="card"><h1>Activate your new card</h1><p class="muted">Enter the details from the card and the letter it came with.</p>
<form action="/activate" method="post">{fld('Card number', 'pan', 'card_number', 'text', 'inputmode="numeric" autocomplete="cc-number" placeholder="0000 0000 0000 0000"')}
<div class="row"><div class="grow">{fld('Expiry (MM/YY)', 'exp', 'expiry', 'text', 'autocomplete="cc-exp" placeholder="MM/YY"')}</div><div class="grow">{fld('Date of birth', 'dob', 'dob', 'text', 'placeholder="DD/MM/YYYY"')}</div></div>
{fld('Last 4 digits of your member number', 'mem', 'member_last4', 'text', 'inputmode="numeric" maxlength="4"')}
<button class="btn wide" type="submit" style="background:#14532d">Activate card</button></form>
<h2>After activation</h2><p class="row" style="gap:8px">{g_logo(16)} Add the card to <b>Google Pay</b> or {apple_logo(14)} <b>Apple Pay</b> from your phone's wallet app. You'll get a text code to confirm.</p>
<p class="muted">Never share your PIN or the codes we text you. We will never ask for them by phone.</p></div></div>
{foot('card-activation.help is operated by Greenfield Valley Credit Union &middot; Federally insured')}'''
page('card-activation-help-page', 'www.card-activation.help', '/activate', 'A credit union\'s card-activation site on "card-activation.help": card number, expiry, date of birth, last four of the member number, then "Add the card to Google Pay or Apple Pay" with the G and Apple marks',
     'https://www.solaritycu.org/faq/how-do-i-add-my-card-to-android-pay/ (credit union FAQ: add the card to Google\'s wallet, verify with a code)', F, b, 'Activate your card', '')

# =========================================================== 2. Recovery and backup codes on the site's own account pages (recovery)
F = 'recovery'
b = f'''{top('Trailrunners Forum', '#9a3412', ['Latest', 'Races', 'Gear', 'Training'], '')}
<div class="narrow"><div class="card"><h1>Two-factor authentication</h1>
<p>Open your authenticator app (<b>Google Authenticator</b>, <b>Microsoft Authenticator</b>, Authy&hellip;) and enter the code for Trailrunners Forum.</p>
<form action="/session/2fa" method="post"><input type="text" name="second_factor_token" inputmode="numeric" autocomplete="one-time-code" maxlength="6" aria-label="Authentication code" placeholder="123456" style="font-size:20px;letter-spacing:4px">
<button class="btn wide" type="submit" style="background:#9a3412">Log in</button></form>
<details open style="margin-top:18px"><summary><b>I don't have my phone on me</b></summary><p>Enter one of your backup codes instead. Each backup code works once.</p>
<form action="/session/2fa/backup" method="post"><input type="text" name="backup_code" autocomplete="off" aria-label="Backup code" placeholder="xxxx-xxxx-xxxx" style="font-family:ui-monospace,monospace">
<button class="btn sec wide" type="submit">Log in with a backup code</button></form></details>
<p class="muted" style="margin-top:14px">Lost your phone and your codes? <a href="/about/contact">Contact the moderators</a>.</p></div></div>'''
page('forum-enter-backup-code', 'community.trailrunners-forum.net', '/session/2fa', 'A running forum\'s own two-factor step: a 6-digit box naming Google Authenticator and Microsoft Authenticator, then "I don\'t have my phone on me – Enter one of your backup codes"',
     'https://cinxe.com/event/H6YBLwRqTbSJk8DqIH0c5EC/XF40qq2mlVut0m9KDdsTa3kYc8ANjPiaE6ryc7g.html ("Enter one of your backup codes in the box above and log in as usual")', F, b, 'Two-factor authentication – Trailrunners Forum', STEP_CSS.replace('.card p{text-align:center}', ''))

b = f'''<header class="top"><a class="brand" href="/">{mark('L', '#1e293b')}Lockbox</a><nav><a href="/features">Features</a><a href="/security">Security</a><a href="/business">Business</a></nav><div style="margin-left:auto"><a href="/login">Sign in</a></div></header>
<div class="narrow" style="max-width:540px"><div class="card"><h1>Recover your account</h1>
<p>You'll need the <b>Recovery Kit</b> you saved when you created your Lockbox account. Your Recovery Key is the 28-character code printed on it, starting <code>LB1-</code>.</p>
<form action="/recover/verify" method="post">{fld('E-mail address', 'em', 'email', 'email', 'autocomplete="username"')}
<label class="f" for="rk">Recovery Key</label><input type="text" id="rk" name="recovery_key" autocomplete="off" spellcheck="false" placeholder="LB1-XXXXXX-XXXXXX-XXXXX-XXXXX" style="font-family:ui-monospace,monospace;letter-spacing:1px">
<div class="hint">We never see your Recovery Key or your master password; both stay on your device.</div>
<button class="btn wide" type="submit" style="background:#1e293b;margin-top:14px">Continue</button></form>
<p class="muted">Next you'll set a new master password and turn two-step login back on with an authenticator app such as Microsoft Authenticator or Google Authenticator.</p></div></div>
{foot('Lockbox Password Manager &middot; lockbox-passwords.com')}'''
page('password-manager-recovery-key', 'vault.lockbox-passwords.com', '/recover', 'A password manager\'s own "Recover your account": e-mail and a "Recovery Key" box from the Recovery Kit, then a note about turning two-step login back on with Microsoft or Google Authenticator',
     'https://support.1password.com/emergency-kit/ (Emergency Kit with the Secret Key) and https://firetail.io/docs/reset-multifactor-authentication (reset two-factor with a recovery code)', F, b, 'Recover your account – Lockbox', '')

words = ''.join(f'<div class="row" style="gap:6px"><span class="muted" style="width:22px;text-align:right">{i}.</span><input type="text" name="word{i}" autocomplete="off" spellcheck="false" aria-label="Word {i}"></div>' for i in range(1, 13))
b = f'''<header class="top" style="background:#0b1020;border-color:#1f2937"><a class="brand" href="/" style="color:#e5e7eb">{mark('P', '#22d3ee', 28, 'circle')}Pebble Wallet</a><nav><a href="/" style="color:#cbd5e1">Wallet</a><a href="/swap" style="color:#cbd5e1">Swap</a></nav></header>
<div class="narrow" style="max-width:620px"><div class="card" style="background:#111827;color:#e5e7eb;border-color:#1f2937"><h1>Restore your wallet</h1>
<p>Enter your 12-word recovery phrase in order. It was shown once when you created this Pebble wallet.</p>
<form action="/restore" method="post" autocomplete="off"><div style="display:grid;grid-template-columns:1fr 1fr 1fr;gap:10px">{words}</div>
<button class="btn wide" type="submit" style="background:#22d3ee;color:#0b1020;margin-top:16px">Restore</button></form>
<p style="margin-top:14px">Backed up to the cloud instead? <a href="/restore/cloud" style="color:#67e8f9">Restore from Google Drive or iCloud</a></p>
<p class="muted" style="color:#9ca3af">Pebble will never ask for your recovery phrase by e-mail, chat or phone. Anyone with these words can take your funds.</p></div></div>'''
page('wallet-restore-12-words', 'app.pebble-wallet.io', '/restore', 'A crypto wallet\'s own web app "Restore your wallet": twelve word boxes for its own recovery phrase, a "Restore from Google Drive or iCloud" link, a never-share warning',
     'https://support.metamask.io/start/user-guide-secret-recovery-phrase-password-and-private-keys (wallet Secret Recovery Phrase, 12 words, import) and https://github.com/zkSNACKs/WalletWasabi/commit/abc17891a05ffa0d4261f582acb06c15c113bbd7 ("Fill your 12 words in the correct order")', F, b, 'Restore wallet – Pebble', 'body{background:#030712}')

b = f'''<div style="background:#1c1917;color:#fbbf24;padding:12px 28px" class="row"><b style="font-size:20px;letter-spacing:2px">IRONVALE ONLINE</b><span style="margin-left:auto;color:#d6d3d1">Account &middot; Support &middot; Play now</span></div>
<div class="narrow" style="max-width:500px"><div class="card"><h1>Lost your authenticator?</h1>
<p>If you've lost the phone with your authenticator app on it, you can remove the authenticator from your Ironvale account with one of the recovery codes you saved when you set it up.</p>
<p class="muted">We support Google Authenticator, Microsoft Authenticator and any other TOTP app. If you moved to a new phone, you may be able to transfer your codes in the app instead.</p>
<form action="/account/authenticator/recover" method="post">{fld('Username or e-mail', 'un', 'login', 'text', 'autocomplete="username"')}
{fld('Enter recovery code', 'rc', 'recovery_code', 'text', 'autocomplete="off" placeholder="XXXXX-XXXXX" style="font-family:ui-monospace,monospace"')}
<button class="btn wide" type="submit" style="background:#b45309">Remove authenticator</button></form>
<p class="muted" style="margin-top:14px">No recovery codes? <a href="/support/recovery-request">Submit a recovery request</a> (takes up to 5 days).</p></div></div>'''
page('game-enter-recovery-code', 'account.ironvale-online.com', '/account/authenticator/recover', 'An online game\'s own "Lost your authenticator?": username and "Enter recovery code", naming Google Authenticator and Microsoft Authenticator',
     'https://support.runescape.com/hc/en-gb/articles/206154529-Disable-authenticator ("Google or Microsoft authenticator apps", "Lost your authenticator?") and https://us.battle.net/support/en/article/adding-and-removing-authenticators', F, b, 'Lost authenticator – Ironvale Online', '')

codes = ''.join(f'<code style="display:block;padding:4px 0">{c}</code>' for c in ['4f7k-2m9x', 'q8vd-71hn', 'zt3c-k05r', 'p9wa-6e2y', 'm1ub-8fgq', 'x2jh-4ns7', 'c6re-t3wk', 'h0yz-9pb4', 'n5lq-2dvu', 'w7ax-m1ce'])
b = f'''{top('Stitchboard', '#db2777', ['Projects', 'Patterns', 'Community'], '<span class="muted">Mariam K.</span>')}
<div class="wrap layout"><nav class="side card"><a href="/settings/profile">Profile</a><a href="/settings/security" class="on">Security</a><a href="/settings/notifications">Notifications</a></nav>
<div class="grow card"><h1>Save your backup codes</h1><p>Two-factor authentication is on. If you lose your phone with <b>Google Authenticator</b> or <b>Microsoft Authenticator</b>, you can sign in with one of these codes. Each works once.</p>
<div style="display:grid;grid-template-columns:1fr 1fr;gap:4px 40px;background:#f6f8fa;border:1px dashed #c4c9d0;border-radius:8px;padding:14px 20px;max-width:420px">{codes}</div>
<p><button class="btn sec">Download</button> <button class="btn sec">Print</button> <button class="btn sec">Copy</button></p>
<form action="/settings/security/backup-codes/confirm" method="post"><label><input type="checkbox" name="saved" required> I've saved these codes somewhere safe</label>
{fld('Type one of the codes to confirm', 'cf', 'confirm_code', 'text', 'autocomplete="off" style="max-width:220px;font-family:ui-monospace,monospace"')}
<button class="btn" type="submit" style="margin-top:14px;background:#db2777">Done</button></form></div></div>'''
page('save-backup-codes-page', 'www.stitchboard.io', '/settings/security/backup-codes', 'A crafting community\'s own settings page "Save your backup codes": ten codes shown, Download / Print / Copy, naming Google and Microsoft Authenticator, a checkbox and one confirm box',
     'https://github.com/Expensify/App/pull/91655/files (2FA setup: recovery codes displayed, Copy codes / Download codes) and https://github.com/Wren-CMS/wren-cms/wiki/Two-Factor-Authentication', F, b, 'Backup codes – Security – Stitchboard', '')

b = f'''<div class="narrow" style="max-width:460px">{brand_head('Quietpage', '#334155')}<div class="card" style="margin-top:16px"><h1 class="center">Unlock your notes</h1>
<p class="row" style="gap:8px;justify-content:center">{g_logo(16)} Signed in as <b>tomas.ruiz@gmail.com</b></p>
<p>Your notes are end-to-end encrypted. This is a new browser, so Quietpage needs your <b>recovery key</b> to decrypt them here.</p>
<form action="/unlock" method="post"><label class="f" for="rk">Recovery key</label><input type="password" id="rk" name="recovery_key" autocomplete="off" placeholder="XXXX-XXXX-XXXX-XXXX-XXXX-XXXX" style="font-family:ui-monospace,monospace">
<div class="hint">The 24-character key you saved when you turned on encryption. Not your Google password.</div>
<button class="btn wide" type="submit" style="background:#334155;margin-top:14px">Unlock</button></form>
<p class="muted center" style="margin-top:12px"><a href="/unlock/device">Approve from another device instead</a> &middot; <a href="/logout">Sign out</a></p></div></div>'''
page('notes-unlock-recovery-key', 'notes.quietpage.app', '/unlock', 'An encrypted notes app\'s own "Unlock your notes" after signing in with Google (G mark and a gmail.com address shown): one masked "Recovery key" box, "Not your Google password"',
     'https://yooz-docs.pages.dev/apps/notes/features/encryption (encrypted notes: recovery key XXXX-XXXX-XXXX-XXXX, "Use Recovery Key") and https://www.sitelint.com/docs/get-started/security', F, b, 'Unlock – Quietpage', 'body{background:#f1f5f9}')

b = f'''<div class="narrow" style="max-width:440px">{brand_head('Harbourline Invest', '#0c4a6e')}<div class="card" style="margin-top:16px"><h1>No access to your linked device?</h1>
<p>Use the 8-digit backup code from the letter we sent when you set up two-factor authentication, or the one you saved from the app.</p>
<form action="/login/2fa/backup" method="post"><input type="text" name="backup_code" inputmode="numeric" maxlength="8" autocomplete="off" aria-label="8-digit backup code" placeholder="8-digit backup code" style="font-size:20px;letter-spacing:3px;text-align:center">
<button class="btn wide" type="submit" style="background:#0c4a6e">Confirm</button></form>
<p class="muted" style="margin-top:14px"><a href="/login/2fa">Back to the authenticator code</a> (Google Authenticator, Microsoft Authenticator) &middot; <a href="/login/2fa/sms">Send me a code by SMS</a></p></div>
<p class="muted center">Harbourline Invest GmbH is regulated by BaFin.</p></div>'''
page('broker-backup-code-login', 'app.harbourline-invest.com', '/login/2fa/backup', 'A broker\'s own log-in step "No access to your linked device?": one 8-digit backup-code box, links back to the Google / Microsoft Authenticator code and to SMS',
     'https://help.scalable.capital/en/two-factor-authentication-6034e68b/what-do-i-do-if-i-lose-my-device-or-forget-my-backup-cod-e2b567fd ("No access to linked device?", 8-digit backup code or SMS)', F, b, 'Backup code – Harbourline Invest', STEP_CSS.replace('.card p{text-align:center}', ''))

# =========================================================== 3. Large pictures with fields near or over them (pictures)
F = 'pictures'
SVGH = '<?xml version="1.0" encoding="UTF-8"?>\n'

def landscape_svg(w=1600, h=700):
    return SVGH + f'''<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}">
<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#f6b26b"/><stop offset=".55" stop-color="#f9d9a8"/><stop offset="1" stop-color="#cfe3ef"/></linearGradient>
<linearGradient id="lake" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#5b8fb0"/><stop offset="1" stop-color="#1f4e6b"/></linearGradient></defs>
<rect width="{w}" height="{h}" fill="url(#sky)"/><circle cx="{w*0.72}" cy="{h*0.3}" r="56" fill="#fff3d6" opacity=".9"/>
<path d="M0 {h*0.62} L{w*0.12} {h*0.34} L{w*0.2} {h*0.45} L{w*0.33} {h*0.18} L{w*0.45} {h*0.4} L{w*0.55} {h*0.28} L{w*0.68} {h*0.5} L{w*0.8} {h*0.22} L{w*0.92} {h*0.42} L{w} {h*0.35} L{w} {h*0.65} L0 {h*0.65}Z" fill="#7b6f8f"/>
<path d="M{w*0.33} {h*0.18} L{w*0.36} {h*0.24} L{w*0.31} {h*0.23}Z M{w*0.8} {h*0.22} L{w*0.83} {h*0.28} L{w*0.78} {h*0.27}Z" fill="#fff"/>
<path d="M0 {h*0.66} Q{w*0.25} {h*0.58} {w*0.5} {h*0.64} T{w} {h*0.62} L{w} {h*0.72} L0 {h*0.72}Z" fill="#3f5e3a"/>
<rect y="{h*0.7}" width="{w}" height="{h*0.3}" fill="url(#lake)"/>
<g fill="#1f3324">{''.join(f'<path d="M{x} {h*0.72} l14 -60 l14 60z"/>' for x in range(0, w, 37))}</g></svg>'''

def lounge_svg(w=1600, h=900):
    desks = ''.join(f'<rect x="{x}" y="{h*0.66}" width="220" height="16" rx="4" fill="#8d6e63"/><rect x="{x+20}" y="{h*0.66+16}" width="10" height="120" fill="#5d4037"/><rect x="{x+190}" y="{h*0.66+16}" width="10" height="120" fill="#5d4037"/><rect x="{x+60}" y="{h*0.66-70}" width="96" height="62" rx="4" fill="#263238"/><rect x="{x+66}" y="{h*0.66-64}" width="84" height="50" fill="#90caf9"/>' for x in range(80, w - 200, 320))
    wins = ''.join(f'<rect x="{x}" y="60" width="240" height="{h*0.42}" fill="#bbdefb" stroke="#eceff1" stroke-width="10"/>' for x in range(60, w, 300))
    plants = ''.join(f'<ellipse cx="{x}" cy="{h*0.6}" rx="44" ry="70" fill="#43a047"/><rect x="{x-22}" y="{h*0.64}" width="44" height="56" fill="#d7ccc8"/>' for x in (40, w - 40))
    return SVGH + f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}"><rect width="{w}" height="{h}" fill="#efebe9"/>{wins}<rect y="{h*0.8}" width="{w}" height="{h*0.2}" fill="#a1887f"/>{desks}{plants}</svg>'

def map_svg(w=1600, h=1000):
    import random
    rnd = random.Random(7)
    streets = ''.join(f'<line x1="{x}" y1="0" x2="{x + rnd.randint(-60, 60)}" y2="{h}" stroke="#fff" stroke-width="{rnd.choice([6, 6, 10, 16])}"/>' for x in range(40, w, 110))
    streets += ''.join(f'<line x1="0" y1="{y}" x2="{w}" y2="{y + rnd.randint(-40, 40)}" stroke="#fff" stroke-width="{rnd.choice([6, 6, 10, 16])}"/>' for y in range(30, h, 95))
    pins = ''.join(f'<g transform="translate({x},{y})"><path d="M0 0c-11-16-16-22-16-30a16 16 0 0 1 32 0c0 8-5 14-16 30z" fill="#16a34a" stroke="#fff" stroke-width="2"/><circle cy="-30" r="6" fill="#fff"/></g>' for x, y in [(520, 420), (760, 300), (980, 560), (1210, 380), (640, 720), (1320, 690)])
    return SVGH + f'''<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}"><rect width="{w}" height="{h}" fill="#ece8df"/>
<path d="M0 {h*0.55} C{w*0.2} {h*0.45} {w*0.35} {h*0.75} {w*0.6} {h*0.62} S{w*0.9} {h*0.4} {w} {h*0.5} L{w} {h*0.58} C{w*0.85} {h*0.5} {w*0.7} {h*0.75} {w*0.55} {h*0.7} S{w*0.2} {h*0.55} 0 {h*0.63}Z" fill="#a8d5f2"/>
<rect x="{w*0.62}" y="{h*0.12}" width="260" height="170" rx="20" fill="#c8e6c9"/>{streets}{pins}
<text x="{w*0.64}" y="{h*0.22}" font-family="Arial" font-size="18" fill="#2e7d32">Victoria Park</text><text x="{w*0.3}" y="{h*0.6}" font-family="Arial" font-size="18" fill="#1565c0" font-style="italic">River Wend</text></svg>'''

def boarding_pass_svg(w=1200, h=440):
    bars = ''.join(f'<rect x="{980 + i*6}" y="70" width="{(i*7)%4+1}" height="300" fill="#111"/>' for i in range(30))
    return SVGH + f'''<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="Arial">
<rect width="{w}" height="{h}" rx="26" fill="#fff" stroke="#cbd5e1" stroke-width="2"/><rect width="{w}" height="64" rx="26" fill="#0e7490"/><rect y="40" width="{w}" height="24" fill="#0e7490"/>
<text x="40" y="44" font-size="26" font-weight="bold" fill="#fff">SKYLARK AIR</text><text x="700" y="44" font-size="20" fill="#cffafe">BOARDING PASS</text>
<line x1="930" y1="64" x2="930" y2="{h}" stroke="#94a3b8" stroke-dasharray="8 8" stroke-width="2"/>
<text x="40" y="120" font-size="14" fill="#64748b">PASSENGER</text><text x="40" y="148" font-size="24" fill="#0f172a">SURNAME / FIRSTNAME MR</text>
<text x="40" y="210" font-size="14" fill="#64748b">FROM</text><text x="40" y="262" font-size="54" font-weight="bold" fill="#0f172a">BRS</text><text x="40" y="290" font-size="16" fill="#334155">Bristol</text>
<path d="M220 245 h120 m-20 -14 l20 14 l-20 14" stroke="#0e7490" stroke-width="4" fill="none"/>
<text x="380" y="210" font-size="14" fill="#64748b">TO</text><text x="380" y="262" font-size="54" font-weight="bold" fill="#0f172a">FAO</text><text x="380" y="290" font-size="16" fill="#334155">Faro</text>
<text x="40" y="360" font-size="14" fill="#64748b">FLIGHT</text><text x="40" y="388" font-size="22" fill="#0f172a">SK 4417</text>
<text x="200" y="360" font-size="14" fill="#64748b">GATE</text><text x="200" y="388" font-size="22" fill="#0f172a">--</text>
<text x="320" y="360" font-size="14" fill="#64748b">SEAT</text><text x="320" y="388" font-size="22" fill="#0f172a">14C</text>
<text x="440" y="360" font-size="14" fill="#64748b">BOARDING</text><text x="440" y="388" font-size="22" fill="#0f172a">06:35</text>{bars}</svg>'''

def ms_signin_shot_svg(w=760, h=520):
    return SVGH + f'''<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="Segoe UI,Arial">
<rect width="{w}" height="{h}" fill="#e8ecef"/><rect width="{w}" height="34" fill="#dadfe3"/><circle cx="20" cy="17" r="6" fill="#ff5f57"/><circle cx="40" cy="17" r="6" fill="#febc2e"/><circle cx="60" cy="17" r="6" fill="#28c840"/>
<rect x="90" y="8" width="{w-120}" height="18" rx="9" fill="#fff"/><text x="104" y="21" font-size="11" fill="#555">login.microsoftonline.com</text>
<rect x="{w/2-220}" y="80" width="440" height="330" fill="#fff"/>
<rect x="{w/2-176}" y="116" width="10" height="10" fill="#f25022"/><rect x="{w/2-165}" y="116" width="10" height="10" fill="#7fba00"/><rect x="{w/2-176}" y="127" width="10" height="10" fill="#00a4ef"/><rect x="{w/2-165}" y="127" width="10" height="10" fill="#ffb900"/>
<text x="{w/2-148}" y="133" font-size="15" fill="#5e5e5e">Microsoft</text>
<text x="{w/2-176}" y="180" font-size="24" font-weight="600" fill="#1b1b1b">Sign in</text>
<line x1="{w/2-176}" y1="226" x2="{w/2+176}" y2="226" stroke="#666" stroke-width="1"/><text x="{w/2-176}" y="218" font-size="15" fill="#767676">Email, phone, or Skype</text>
<text x="{w/2-176}" y="262" font-size="13" fill="#1b1b1b">No account? <tspan fill="#0067b8">Create one!</tspan></text>
<text x="{w/2-176}" y="292" font-size="13" fill="#0067b8">Can't access your account?</text>
<rect x="{w/2+68}" y="330" width="108" height="32" fill="#0067b8"/><text x="{w/2+122}" y="351" font-size="15" fill="#fff" text-anchor="middle">Next</text>
<circle cx="{w/2+180}" cy="252" r="30" fill="none" stroke="#e11d48" stroke-width="4"/><text x="{w/2+150}" y="214" font-size="16" font-weight="bold" fill="#e11d48">2</text></svg>'''

def gift_card_svg(w=1000, h=620):
    return SVGH + f'''<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="Georgia,serif">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#14532d"/><stop offset="1" stop-color="#166534"/></linearGradient></defs>
<rect width="{w}" height="{h}" rx="36" fill="url(#g)"/><g fill="#bbf7d0" opacity=".25">{''.join(f'<rect x="{60+i*70}" y="{90+(i%3)*14}" width="46" height="{150-(i%4)*20}" rx="4"/>' for i in range(12))}</g>
<text x="60" y="330" font-size="54" fill="#fefce8">Hollybrook Books</text><text x="60" y="380" font-size="26" fill="#dcfce7" font-style="italic">A gift card for every chapter</text>
<text x="{w-60}" y="120" font-size="64" fill="#fde68a" text-anchor="end">£25</text>
<rect x="60" y="470" width="520" height="60" rx="8" fill="#f8fafc" opacity=".9"/><text x="80" y="508" font-size="22" font-family="ui-monospace,monospace" fill="#334155">6301 4420 •••• •••• 118</text></svg>'''

b = f'''<header class="top" style="position:absolute;left:0;right:0;top:0;background:transparent;border:0"><a class="brand" href="/" style="color:#fff;font-family:Georgia;font-size:24px">Wander Quarterly</a><nav><a href="/destinations" style="color:#fff">Destinations</a><a href="/stories" style="color:#fff">Stories</a><a href="/shop" style="color:#fff">Print edition</a></nav><div style="margin-left:auto"><a href="/login" style="color:#fff">Sign in</a></div></header>
<section style="position:relative;height:640px;overflow:hidden"><img src="/img/hero-dolomites.svg" alt="Sunrise over a lake below jagged mountains" style="position:absolute;inset:0;width:100%;height:100%;object-fit:cover">
<div style="position:absolute;left:8%;top:170px;max-width:520px;color:#fff;text-shadow:0 1px 8px rgba(0,0,0,.45)"><p style="letter-spacing:2px;font-size:13px;margin:0">ISSUE 38 &middot; SPRING</p><h1 style="font-family:Georgia;font-size:44px;margin:6px 0">The slow road through the Dolomites</h1></div>
<div class="card" style="position:absolute;right:8%;top:200px;width:360px;background:rgba(255,255,255,.94)"><h2 style="margin-top:0;font-family:Georgia">One good trip a week</h2><p class="muted">Our Sunday letter: one place, one route, no ads.</p>
<form action="/newsletter/subscribe" method="post"><input type="email" name="email" placeholder="Your e-mail address" aria-label="Your e-mail address" autocomplete="email"><button class="btn wide" type="submit" style="background:#b45309">Subscribe</button></form>
{OR_LINE}{sso_btn(g_logo(16), 'Sign up with Google', '/newsletter/google')}</div></section>
<div class="wrap" style="max-width:820px"><p style="font-size:18px">We drove the SS48 from Cortina to Canazei in late April, when the passes had just opened and the rifugi hadn't.</p></div>
{foot('&copy; 2027 Wander Quarterly Ltd')}'''
page('travel-hero-newsletter-over-photo', 'www.wander-quarterly.com', '/', 'A travel magazine\'s home page: a 640-px hero picture (mountains over a lake) with a newsletter card laid over it: an e-mail box, Subscribe, "Sign up with Google"',
     'http://everwebwidgets.com/themekit-stacker/info.html ("full size image in the background with the content in an overlay") and https://support.5starplugins.com/article/217-timing (newsletter sign-up boxes)', F, b, 'Wander Quarterly – slow travel, beautifully told', 'body{background:#fff}',
     extra={('www.wander-quarterly.com', 'img/hero-dolomites.svg'): landscape_svg()})

b = f'''<div style="position:fixed;inset:0;background:url('/img/lounge.svg') center/cover no-repeat" role="img" aria-label="The Brickyard lounge with desks and plants"></div>
<div style="position:relative;min-height:100vh;display:flex;align-items:center;justify-content:center;padding:30px"><div class="card" style="width:400px;background:rgba(255,255,255,.95);box-shadow:0 10px 40px rgba(0,0,0,.25)">
<div class="center">{mark('B', '#c2410c', 44)}<h1 style="margin-bottom:2px">Brickyard Members</h1><p class="muted" style="margin-top:0">Book rooms, invite guests, print.</p></div>
{sso_btn(g_logo(16), 'Sign in with Google', '/members/auth/google')}{sso_btn(ms_logo(16), 'Sign in with Microsoft', '/members/auth/azuread')}{OR_LINE}
<form action="/members/login" method="post">{fld('E-mail', 'em', 'email', 'email', 'autocomplete="email"')}{fld('Password', 'pw', 'password', 'password', 'autocomplete="current-password"')}
<label style="display:block;margin-top:10px"><input type="checkbox" name="remember"> Remember me for 14 days</label><button class="btn wide" type="submit" style="background:#c2410c">Sign in</button></form>
<p class="center muted" style="margin-top:12px"><a href="/members/magic-link">E-mail me a sign-in link</a> &middot; <a href="/join">Become a member</a></p></div></div>'''
page('coworking-login-over-photo', 'members.brickyard-cowork.com', '/login', 'A coworking space\'s members portal: a full-window picture of the lounge with the space\'s own log-in card over it: Sign in with Google / Sign in with Microsoft, e-mail and password',
     'https://developers.nexudus.com/member-portal/auth/sign-in (coworking members portal: e-mail and password, Google and Azure AD single sign-on, an illustration beside the form)', F, b, 'Sign in – Brickyard Members', '',
     extra={('members.brickyard-cowork.com', 'img/lounge.svg'): lounge_svg()})

b = f'''<header class="top" style="position:relative;z-index:3"><a class="brand" href="/">{mark('V', '#16a34a', 28, 'circle')}Voltstop</a><nav><a href="/map">Map</a><a href="/pricing">Pricing</a><a href="/app">App</a></nav><div style="margin-left:auto"><a href="/account/login">Sign in</a></div></header>
<div style="position:fixed;top:53px;left:0;right:0;bottom:0;overflow:hidden"><img src="/img/map-tiles.svg" alt="Map of chargers around the city" style="width:100%;height:100%;object-fit:cover">
<div class="card" style="position:absolute;left:20px;top:20px;width:360px;padding:16px"><form role="search" action="/map" method="get"><label class="f" for="q" style="margin-top:0">Find a charger</label><input type="search" id="q" name="q" placeholder="Town, street or postcode" autocomplete="off">
<div class="row" style="margin-top:10px;font-size:14px"><label><input type="checkbox" name="rapid" checked> Rapid 50 kW+</label><label><input type="checkbox" name="available"> Available now</label></div></form>
<div style="margin-top:12px;border-top:1px solid #e3e6ea;padding-top:10px;font-size:14px"><b>Victoria Park car park</b> &middot; 0.4 mi<br><span class="muted">4 &times; 150 kW &middot; 2 free</span> &middot; <a href="#">Directions in Google Maps</a></div></div>
<div class="muted" style="position:absolute;right:8px;bottom:6px;font-size:12px;background:rgba(255,255,255,.8);padding:2px 6px">Map data &copy; OpenStreetMap contributors</div></div>'''
page('charger-map-search-over-map', 'www.voltstop-charging.com', '/map', 'An EV-charging network\'s map page: a full-window map picture with a search card over it ("Town, street or postcode", filters), a result linking "Directions in Google Maps", a Sign in link',
     'https://storepoint.co/docs/features/search (store locator: search bar over the map, Mapbox or Google Places autocomplete) and https://www.mapuipatterns.com/store-locator/', F, b, 'Charger map – Voltstop', 'body{overflow:hidden}',
     extra={('www.voltstop-charging.com', 'img/map-tiles.svg'): map_svg()})

b = f'''{top('Skylark Air', '#0e7490', ['Book', 'Manage booking', 'Check in', 'Flight status'], '<a href="/login">Log in</a>')}
<div class="wrap" style="max-width:1160px"><h1>Manage your booking</h1><p class="muted">Change seats, add bags or get your boarding pass.</p>
<div style="position:relative;max-width:1200px"><img src="/img/boarding-pass.svg" alt="Example boarding pass showing where to find your booking reference" style="width:100%;display:block">
<div class="card" style="position:absolute;right:34%;top:78px;width:340px;box-shadow:0 6px 24px rgba(0,0,0,.18)"><form action="/manage-booking/find" method="post">
{fld('Last name', 'ln', 'last_name', 'text', 'autocomplete="family-name"')}{fld('Booking reference', 'pnr', 'booking_reference', 'text', 'maxlength="6" placeholder="e.g. X7KQ2M" style="text-transform:uppercase;letter-spacing:2px"', 'Six letters and numbers, in your confirmation e-mail.')}
<button class="btn wide" type="submit" style="background:#0e7490">Find booking</button></form></div></div>
<p class="muted">Boarding passes can be added to Google Wallet or Apple Wallet after check-in.</p></div>
{foot('&copy; 2027 Skylark Air')}'''
page('airline-booking-ref-over-pass', 'www.skylark-air.com', '/manage-booking', 'An airline\'s "Manage your booking": a large boarding-pass picture with a card over it asking for last name and six-character booking reference; "Google Wallet or Apple Wallet" named below',
     'https://wiki.amber.aero/en/%22My_booking%22_module (airline "My booking": retrieve by record locator) and https://ndc.flybreeze.com/docs/breeze-travelpro/using-travelpro/manage-reservation ("Enter the traveler\'s last name and confirmation number")', F, b, 'Manage booking | Skylark Air', '',
     extra={('www.skylark-air.com', 'img/boarding-pass.svg'): boarding_pass_svg()})

b = f'''{top('Clockwise Timesheets', '#7c3aed', ['Product', 'Help centre', 'Status'], '')}
<div class="wrap layout" style="max-width:1120px"><article class="grow card"><p class="muted"><a href="/help">Help centre</a> &rsaquo; Signing in</p><h1>Signing in with your work Microsoft account</h1>
<p>If your organisation turned on single sign-on, click <b>Sign in with Microsoft</b> on our sign-in page. You're sent to Microsoft's own page at <code>login.microsoftonline.com</code> to type your work e-mail and password; we never see your password.</p>
<figure style="margin:18px 0"><img src="/help/img/microsoft-sign-in-step-2.svg" alt="Screenshot: Microsoft's sign-in page asking for an e-mail address" style="width:100%;max-width:640px;border:1px solid #d0d7de;border-radius:6px"><figcaption class="muted">Step 2: Microsoft asks for your work e-mail address (screenshot).</figcaption></figure>
<p>After Microsoft checks your password and any approval in Microsoft Authenticator, you come straight back to Clockwise, signed in.</p></article>
<aside class="side card" style="width:320px"><b>Sign in to Clockwise</b>{sso_btn(ms_logo(16), 'Sign in with Microsoft', '/auth/microsoft')}{OR_LINE}
<form action="/login" method="post">{fld('E-mail', 'em', 'email', 'email', 'autocomplete="email"')}{fld('Password', 'pw', 'password', 'password', 'autocomplete="current-password"')}<button class="btn wide" type="submit" style="background:#7c3aed">Sign in</button></form></aside></div>
{foot('Clockwise Timesheets Ltd')}'''
page('help-article-ms-screenshot-beside-login', 'help.clockwise-timesheets.com', '/articles/sign-in-with-microsoft', 'A timesheet app\'s help article "Signing in with your work Microsoft account" with a screenshot picture of Microsoft\'s sign-in page ("Sign in", "Email, phone, or Skype", Next), beside (not over) the app\'s own sign-in card',
     'https://officebooking.com/en/?p=73061 (help article: "press the sign-in button … (see screenshot: \'Sign in with Microsoft\')", "Inlogscherm Microsoft Single Sign On")', F, b, 'Signing in with your work Microsoft account – Clockwise Help', '',
     extra={('help.clockwise-timesheets.com', 'help/img/microsoft-sign-in-step-2.svg'): ms_signin_shot_svg()})

INFO = f'''<svg xmlns="http://www.w3.org/2000/svg" width="860" height="240" viewBox="0 0 860 240" role="img" aria-label="Infographic: contacts from Google Contacts and Microsoft Outlook flow into Fieldnote" font-family="Arial">
<rect width="860" height="240" rx="16" fill="#f8fafc"/>
<g transform="translate(40,40)"><rect width="200" height="64" rx="10" fill="#fff" stroke="#cbd5e1"/><g transform="translate(14,16) scale(0.66)"><path fill="#4285F4" d="M46.98 24.55c0-1.57-.15-3.09-.38-4.55H24v9.02h12.94c-.58 2.96-2.26 5.48-4.78 7.18l7.73 6c4.51-4.18 7.09-10.36 7.09-17.65z"/><path fill="#34A853" d="M24 48c6.48 0 11.93-2.13 15.89-5.81l-7.73-6c-2.15 1.45-4.92 2.3-8.16 2.3-6.26 0-11.57-4.22-13.47-9.91l-7.98 6.19C6.51 42.62 14.62 48 24 48z"/><path fill="#FBBC05" d="M10.53 28.59c-.48-1.45-.76-2.99-.76-4.59s.27-3.14.76-4.59l-7.98-6.19C.92 16.46 0 20.12 0 24c0 3.88.92 7.54 2.56 10.78l7.97-6.19z"/><path fill="#EA4335" d="M24 9.5c3.54 0 6.71 1.22 9.21 3.6l6.85-6.85C35.9 2.38 30.47 0 24 0 14.62 0 6.51 5.38 2.56 13.22l7.98 6.19C12.43 13.72 17.74 9.5 24 9.5z"/></g><text x="60" y="38" font-size="16" fill="#0f172a">Google Contacts</text></g>
<g transform="translate(40,136)"><rect width="200" height="64" rx="10" fill="#fff" stroke="#cbd5e1"/><rect x="16" y="18" width="28" height="28" rx="4" fill="#0f6cbd"/><text x="30" y="38" font-size="16" fill="#fff" text-anchor="middle" font-weight="bold">O</text><text x="60" y="38" font-size="16" fill="#0f172a">Microsoft Outlook</text></g>
<path d="M250 72 C360 72 360 120 450 120 M250 168 C360 168 360 120 450 120" stroke="#0d9488" stroke-width="4" fill="none"/><path d="M450 108 l16 12 l-16 12z" fill="#0d9488"/>
<g transform="translate(480,70)"><rect width="160" height="100" rx="14" fill="#0d9488"/><text x="80" y="46" font-size="20" fill="#fff" text-anchor="middle" font-weight="bold">Fieldnote</text><text x="80" y="72" font-size="13" fill="#ccfbf1" text-anchor="middle">one address book</text></g>
<text x="670" y="106" font-size="15" fill="#334155">2-way sync, every</text><text x="670" y="128" font-size="15" fill="#334155">5 minutes. Duplicates</text><text x="670" y="150" font-size="15" fill="#334155">merged by e-mail.</text></svg>'''
b = f'''{top('Fieldnote CRM', '#0d9488', ['Product', 'Pricing', 'Customers'], '<a href="/login">Log in</a>')}
<div class="wrap" style="max-width:900px"><h1 class="center" style="font-size:30px">Bring your contacts. We'll keep them in sync.</h1>
<div class="center">{INFO}</div>
<div class="card" style="max-width:440px;margin:24px auto"><h2 style="margin-top:0">Start your free 14-day trial</h2>
<form action="/signup" method="post">{fld('Full name', 'nm', 'name', 'text', 'autocomplete="name"')}{fld('Work e-mail', 'em', 'email', 'email', 'autocomplete="email"')}{fld('Create a password', 'pw', 'password', 'password', 'autocomplete="new-password"', 'At least 10 characters.')}
<button class="btn wide" type="submit" style="background:#0d9488">Create account</button></form>{OR_LINE}{sso_btn(g_logo(16), 'Sign up with Google', '/signup/google')}{sso_btn(ms_logo(16), 'Sign up with Microsoft', '/signup/microsoft')}</div></div>
{foot('&copy; 2027 Fieldnote CRM &middot; No credit card needed')}'''
page('crm-infographic-above-signup', 'www.fieldnote-crm.com', '/signup', 'A CRM\'s sign-up page: an SVG infographic drawing the Google G and an Outlook mark, "Google Contacts" and "Microsoft Outlook" flowing into the CRM, above the CRM\'s own sign-up (name, e-mail, new password, Sign up with Google / Microsoft)',
     'https://laureo.io/help/contacts/sync (CRM contact sync with Outlook (Microsoft) and Google Contacts, both ways)', F, b, 'Sign up – Fieldnote CRM', '')

b = f'''{top('Hollybrook Books', '#166534', ['Books', 'Events', 'Gift cards', 'Our shops'], '<a href="/account">Account</a>')}
<div class="wrap" style="max-width:1000px"><h1>Redeem or check a gift card</h1>
<div style="position:relative"><img src="/img/gift-card.svg" alt="Hollybrook Books £25 gift card" style="width:100%;display:block;border-radius:24px">
<div class="card" style="position:absolute;left:6%;right:40%;bottom:22px;padding:18px;background:rgba(255,255,255,.96)"><form action="/gift-cards/balance" method="post" class="row" style="align-items:flex-end">
<div class="grow">{fld('Card number', 'gc', 'card_number', 'text', 'inputmode="numeric" placeholder="6301 4420 …"')}</div><div style="width:110px">{fld('PIN', 'pin', 'pin', 'password', 'inputmode="numeric" maxlength="4"')}</div>
<button class="btn" type="submit" style="background:#166534">Check</button></form><p class="muted" style="margin:8px 0 0">The PIN is under the silver panel on the back. E-gift cards: it's in the e-mail.</p></div></div>
<p class="muted">Our e-gift cards can also be saved to Google Wallet.</p></div>
{foot('Hollybrook Books &middot; independent since 1974')}'''
page('gift-card-code-over-card-picture', 'www.hollybrook-books.co.uk', '/gift-cards/balance', 'A bookshop\'s "Redeem or check a gift card": a large gift-card picture with a card-number + masked PIN form over its lower half; Google Wallet named below',
     'http://academy.usetoggle.com/en/articles/2477955-how-customers-can-check-the-balance-of-a-gift-card-they-ve-received (gift-card balance: 19-digit code and PIN, then "a copy of their card")', F, b, 'Gift card balance – Hollybrook Books', '',
     extra={('www.hollybrook-books.co.uk', 'img/gift-card.svg'): gift_card_svg()})

# =========================================================== 4. Mail settings with provider presets (mail)
F = 'mail'
def preset_tile(logo, name, sub, href, on=False):
    border = '2px solid #2563eb' if on else '1px solid #d0d7de'
    return f'<a href="{href}" style="display:flex;flex-direction:column;align-items:center;gap:6px;padding:16px 10px;border:{border};border-radius:10px;color:#1f2328;background:#fff;min-width:120px">{logo}<b style="font-size:14px">{name}</b><span class="muted" style="font-size:12px">{sub}</span></a>'

b = f'''{top('Larkspur Mail', '#2563eb', ['Inbox', 'Calendar', 'Contacts'], '<span class="muted">eliza@larkspur-mail.com</span>')}
<div class="wrap layout"><nav class="side card"><a href="/settings/general">General</a><a href="/settings/accounts" class="on">Accounts</a><a href="/settings/filters">Filters</a><a href="/settings/signatures">Signatures</a></nav>
<div class="grow"><p class="muted">Settings &rsaquo; Accounts &rsaquo; Add account</p><div class="card"><h1>Add another e-mail account</h1><p>Read and send mail from your other addresses in Larkspur. Pick your provider:</p>
<div class="row" style="flex-wrap:wrap;gap:12px">{preset_tile(gmail_logo(32), 'Gmail', 'Google account', '/settings/accounts/add/gmail')}{preset_tile(outlook_logo(32), 'Outlook.com', 'Hotmail, Live, Microsoft 365', '/settings/accounts/add/outlook')}{preset_tile(letter_tile('Y', '#6001d2', 32), 'Yahoo Mail', 'app password', '/settings/accounts/add/yahoo')}{preset_tile(letter_tile('i', '#3b82f6', 32), 'iCloud Mail', 'app-specific password', '/settings/accounts/add/icloud')}{preset_tile(mail_icon().replace('width="64" height="64"', 'width="32" height="32"'), 'Other', 'IMAP / SMTP', '/settings/accounts/add/imap', True)}</div>
<p class="muted" style="margin-top:14px">Gmail and Outlook.com open the provider's own sign-in in a new window. For other providers, enter the details below.</p>
<form action="/settings/accounts/add/imap" method="post">{fld('E-mail address', 'addr', 'address', 'email', 'placeholder="you@example.org"')}
<div class="row"><div class="grow">{fld('IMAP server', 'ih', 'imap_host', 'text', 'placeholder="imap.example.org"')}</div><div style="width:100px">{fld('Port', 'ip', 'imap_port', 'number', 'value="993"')}</div></div>
{fld('Password', 'apw', 'imap_password', 'password', 'autocomplete="off"', 'Some providers want an app password here.')}<button class="btn" type="submit" style="margin-top:14px;background:#2563eb">Add account</button></form></div></div></div>'''
page('webmail-add-account-presets', 'mail.larkspur-mail.com', '/settings/accounts/add', 'A webmail\'s Settings › Accounts › Add account: preset tiles with the Gmail and Outlook logos (plus Yahoo, iCloud, Other) inside the settings card, and an IMAP server / port / password form for "Other"',
     'https://pollett.org/group/3/Mail_Account?noredirect=true (add an external mail account: presets Gmail, Outlook.com, Yahoo, iCloud, AOL, Fastmail, or Custom IMAP/SMTP)', F, b, 'Add account – Settings – Larkspur Mail', '')

b = f'''{top('Letterkite', '#e11d48', ['Campaigns', 'Audience', 'Automations', 'Settings'], '<span class="muted">Oakleaf Dental</span>')}
<div class="wrap layout"><nav class="side card"><a href="/settings/account">Account</a><a href="/settings/sending" class="on">Sending</a><a href="/settings/domains">Domains</a><a href="/settings/billing">Billing</a></nav>
<div class="grow card"><h1>Send through your own mail server</h1><p>Campaigns go out through Letterkite's servers unless you connect your own SMTP server here.</p>
<form action="/settings/sending/smtp" method="post"><label class="f" for="prov">Provider</label><div class="row">{ms_logo(18)}<select id="prov" name="provider"><option>Custom SMTP</option><option selected>Microsoft 365 (smtp.office365.com)</option><option>Google Workspace (smtp.gmail.com)</option><option>Amazon SES</option></select></div>
<div class="row"><div class="grow">{fld('SMTP host', 'h', 'smtp_host', 'text', 'value="smtp.office365.com"')}</div><div style="width:100px">{fld('Port', 'p', 'smtp_port', 'number', 'value="587"')}</div><div style="width:150px"><label class="f" for="enc">Encryption</label><select id="enc" name="encryption"><option selected>STARTTLS</option><option>SSL/TLS</option></select></div></div>
{fld('Username', 'u', 'smtp_username', 'text', 'value="news@oakleafdental.co.uk"')}{fld('Password', 'pw', 'smtp_password', 'password', 'autocomplete="new-password"', 'Microsoft 365 needs Authenticated SMTP turned on for this mailbox. With MFA, use an app password.')}
{fld('From address', 'from', 'from_address', 'email', 'value="news@oakleafdental.co.uk"')}
<p><button class="btn" type="submit" style="background:#e11d48">Save and send a test</button></p></form>
<p class="muted">Microsoft 365 limits sending to 10,000 recipients a day per mailbox.</p></div></div>'''
page('newsletter-tool-smtp-microsoft365', 'app.letterkite.com', '/settings/sending/smtp', 'An e-mail marketing tool\'s Settings › Sending: a provider select "Microsoft 365 (smtp.office365.com)" with the Microsoft logo, host, port 587, username and a masked password',
     'https://inboxtooling.com/blog/office-365-smtp-settings (smtp.office365.com, 587, STARTTLS, full e-mail address, password or app password; 10,000 recipients per day)', F, b, 'Sending – Settings – Letterkite', '')

b = f'''{top('Fieldpath CRM', '#0f766e', ['Deals', 'Contacts', 'Inbox', 'Reports'], '<span class="muted">Sam Okoye</span>')}
<div class="narrow" style="max-width:640px"><p class="muted">Settings &rsaquo; Inbox &rsaquo; Connect</p><div class="card"><h1>Connect your inbox</h1><p>Log e-mails with your contacts automatically and send from the CRM.</p>
<div class="row" style="gap:10px">{sso_btn(g_logo(16), 'Connect with Google', '/settings/inbox/oauth/google', 'margin:0;flex:1')}{sso_btn(ms_logo(16), 'Connect with Microsoft', '/settings/inbox/oauth/microsoft', 'margin:0;flex:1')}</div>
{OR_LINE}<h2 style="margin-top:0">Other provider (IMAP)</h2>
<form action="/settings/inbox/imap" method="post">{fld('E-mail address', 'ea', 'email', 'email', 'autocomplete="email"')}
<div class="row"><div class="grow">{fld('IMAP server', 'ih', 'imap_host', 'text', 'placeholder="imap.example.com"')}</div><div style="width:100px">{fld('Port', 'ip', 'imap_port', 'number', 'value="993"')}</div></div>
<div class="row"><div class="grow">{fld('SMTP server', 'sh', 'smtp_host', 'text', 'placeholder="smtp.example.com"')}</div><div style="width:100px">{fld('Port', 'sp', 'smtp_port', 'number', 'value="587"')}</div></div>
{fld('App password', 'ap', 'app_password', 'password', 'autocomplete="off"', 'If your account has two-step verification, create an app password with your provider and paste it here.')}
<button class="btn" type="submit" style="margin-top:14px;background:#0f766e">Connect</button></form></div></div>'''
page('crm-connect-inbox-imap-app-password', 'crm.fieldpath.io', '/settings/inbox/connect', 'A CRM\'s "Connect your inbox": Connect with Google / Connect with Microsoft buttons, then an IMAP form with server and port, SMTP server and port, and a masked "App password" box',
     'https://staging.crm.bitvea.com/en/docs/admin/email-accounts ("Connect with Google or Connect with Microsoft", IMAP host and port, app passwords if 2FA) and https://agiled-docs.pages.dev/docs/settings/connect-imap-mailbox', F, b, 'Connect your inbox – Fieldpath CRM', '')

b = f'''<div style="background:#1f2937;color:#e5e7eb;padding:10px 20px" class="row"><b>MFC-L8900CDW</b><span class="muted" style="color:#9ca3af">Ashgrove Surveyors &middot; 2nd floor</span><span style="margin-left:auto;font-size:13px">Logout</span></div>
<div class="wrap layout"><nav class="side card" style="font-size:14px"><a href="/general/status">General</a><a href="/scan/settings">Scan</a><a href="/net/email/smtp" class="on">E-mail &rsaquo; SMTP</a><a href="/net/protocol">Protocol</a><a href="/admin/password">Administrator</a></nav>
<div class="grow card"><h1 style="font-size:22px">Scan to E-mail: SMTP server setup</h1>
<p>Choose a preset to fill in the server details, then enter the account the scanner sends from.</p>
<div class="row" style="gap:12px">{preset_tile(gmail_logo(30), 'Gmail', 'smtp.gmail.com', '#', True)}{preset_tile(ms_logo(26), 'Microsoft 365', 'smtp.office365.com', '#')}{preset_tile(mark('?', '#6b7280', 28), 'Other', 'manual', '#')}</div>
<form action="/net/email/smtp" method="post" style="max-width:520px"><div class="row"><div class="grow">{fld('SMTP server address', 'srv', 'smtp_server', 'text', 'value="smtp.gmail.com"')}</div><div style="width:90px">{fld('Port', 'pt', 'smtp_port', 'number', 'value="587"')}</div></div>
<label class="f" for="sec">Secure connection</label><select id="sec" name="secure"><option selected>STARTTLS</option><option>SSL/TLS</option><option>None</option></select>
{fld('Device e-mail address', 'dev', 'device_address', 'email', 'value="scanner.ashgrove@gmail.com"')}{fld('Account name', 'acc', 'auth_user', 'text', 'value="scanner.ashgrove@gmail.com"')}
{fld('Password (Google app password)', 'apw', 'auth_password', 'password', 'autocomplete="off"', '16 characters from myaccount.google.com &rsaquo; Security &rsaquo; App passwords.')}
<p><button class="btn" type="submit">Submit</button> <button class="btn sec" type="button">Test send</button></p></form></div></div>'''
page('printer-scan-to-email-gmail-preset', 'printer.ashgrove-surveyors.co.uk', '/net/email/smtp', 'An office printer\'s own web page "Scan to E-mail: SMTP server setup": preset tiles with the Gmail logo (selected) and Microsoft 365, smtp.gmail.com, the scanner\'s gmail.com address and a masked "Google app password"',
     'https://fotocopiastrebol.com/a-working-scan-to-email-setup-for-gmail-using-an-app-password/ (MFP web admin → Scan to Email → SMTP: smtp.gmail.com, 587, app password) and https://berkeley.service-now.com/kb_view.do?sysparm_article=KB0010997', F, b, 'Scan to E-mail – SMTP – MFC-L8900CDW', 'body{font-size:15px}')

WPCSS = 'body{background:#f0f0f1;font-size:14px}.wpbar{background:#1d2327;color:#f0f0f1;height:32px;padding:0 12px;display:flex;align-items:center;gap:16px;font-size:13px}.wpside{width:160px;background:#1d2327;min-height:calc(100vh - 32px);padding-top:10px}.wpside a{display:block;color:#f0f0f1;padding:7px 12px}.wpside a.on{background:#2271b1}'
b = f'''<div class="wpbar"><b>Oakhill Pottery</b><span>+ New</span><span style="margin-left:auto">Howdy, ruth</span></div>
<div class="row" style="align-items:flex-start;gap:0"><nav class="wpside"><a href="#">Dashboard</a><a href="#">Posts</a><a href="#">Media</a><a href="#">Pages</a><a href="#">WooCommerce</a><a href="#" class="on">Mail SMTP</a><a href="#">Settings</a></nav>
<div class="grow" style="padding:20px 28px"><h1 style="font-size:23px;font-weight:400">Mail SMTP &rsaquo; Settings</h1><div class="card" style="border-radius:0">
<h2 style="margin-top:0">Mailer</h2><p class="muted">Which mailer would you like to use to send emails?</p>
<div class="row" style="flex-wrap:wrap;gap:10px">{preset_tile(gmail_logo(30), 'Google / Gmail', 'OAuth', '#')}{preset_tile(ms_logo(26), 'Microsoft 365 / Outlook', 'OAuth', '#')}{preset_tile(mark('S', '#f97316', 28), 'SendLayer', 'API', '#')}{preset_tile(mark('M', '#dc2626', 28), 'Mailgun', 'API', '#')}{preset_tile(mail_icon().replace('width="64" height="64"', 'width="30" height="30"'), 'Other SMTP', '', '#', True)}</div>
<form action="/wp-admin/options.php" method="post" style="max-width:560px">{fld('SMTP Host', 'h', 'smtp_host', 'text', 'value="mail.oakhill-pottery.co.uk"')}<div class="row"><div style="width:120px">{fld('SMTP Port', 'p', 'smtp_port', 'number', 'value="465"')}</div><div class="grow"><label class="f" for="e">Encryption</label><select id="e" name="smtp_encryption"><option>None</option><option selected>SSL</option><option>TLS</option></select></div></div>
{fld('SMTP Username', 'u', 'smtp_user', 'text', 'value="shop@oakhill-pottery.co.uk"')}{fld('SMTP Password', 'pw', 'smtp_pass', 'password', 'autocomplete="new-password"', 'The password is stored in plain text in the database. Define it in wp-config.php instead.')}
<p><button class="btn" type="submit" style="background:#2271b1;border-radius:3px">Save Settings</button></p></form></div></div></div>'''
page('wordpress-smtp-plugin-mailers', 'www.oakhill-pottery.co.uk', '/wp-admin/admin.php?page=mail-smtp', 'A pottery shop\'s own WordPress admin, an SMTP plugin\'s settings: mailer tiles "Google / Gmail" and "Microsoft 365 / Outlook" with their logos, "Other SMTP" selected with host, port, username and a masked SMTP password',
     'https://github.com/awesomemotive/WP-Mail-SMTP/blob/master/readme.txt (WordPress SMTP plugin: mailers Google / Gmail, Microsoft 365 / Outlook, Other SMTP) and https://github.com/wpexpertsio/post-smtp', F, b, 'Mail SMTP ‹ Oakhill Pottery — WordPress', WPCSS)

b = f'''{top('Ticketharbor', '#0284c7', ['Tickets', 'Customers', 'Knowledge base', 'Admin'], '<span class="muted">Admin</span>')}
<div class="wrap layout"><nav class="side card"><a href="/admin/channels/email" class="on">E-mail</a><a href="/admin/channels/chat">Chat</a><a href="/admin/channels/phone">Phone</a></nav>
<div class="grow card"><h1>Forward your support e-mail</h1><p>Forward <b>help@</b> your domain to your Ticketharbor address and every e-mail becomes a ticket.</p>
<form action="/admin/channels/email/add" method="post">{fld('Your support address', 'sa', 'support_address', 'email', 'placeholder="help@yourcompany.com"')}</form>
<p style="margin-top:16px">Forward it to: <code style="background:#f1f5f9;padding:4px 8px;border-radius:4px">acme-4471@in.ticketharbor.com</code> <button class="btn sec" type="button">Copy</button></p>
<div class="row" style="gap:0;border-bottom:1px solid #e3e6ea;margin-top:20px"><a class="row" style="gap:6px;padding:8px 14px;border-bottom:2px solid #0284c7">{g_logo(16)} Google Workspace</a><a class="row" style="gap:6px;padding:8px 14px">{ms_logo(14)} Microsoft 365</a><a style="padding:8px 14px">Other</a></div>
<ol style="line-height:1.9"><li>In Gmail, open <b>Settings &rsaquo; See all settings &rsaquo; Forwarding and POP/IMAP</b>.</li><li>Click <b>Add a forwarding address</b> and paste the address above.</li><li>Google sends a confirmation e-mail; it arrives here as a ticket with the code. Paste the code into Gmail.</li><li>Choose <b>Forward a copy of incoming mail</b> and save.</li></ol>
<p class="muted">Status: <span class="pill" style="background:#fef3c7;color:#92400e">Waiting for the first forwarded e-mail</span></p></div></div>'''
page('helpdesk-forwarding-google-microsoft-tabs', 'app.ticketharbor.com', '/admin/channels/email/forwarding', 'A helpdesk\'s admin "Forward your support e-mail": one support-address box, a forwarding address to copy, tabs "Google Workspace" (G) / "Microsoft 365" (four squares) with Gmail forwarding steps, no password',
     'https://support.google.com/a/answer/176605?hl=en (Gmail forwarding: add a forwarding address, the recipient confirms)', F, b, 'E-mail channel – Admin – Ticketharbor', '')

b = f'''{top('Puffin Post', '#ea580c', ['Mail', 'Contacts', 'Calendar', 'Drive'], '<span class="muted">henrik@puffinpost.eu</span>')}
<div class="wrap layout"><nav class="side card"><a href="/settings/mailbox">Mailbox</a><a href="/settings/fetch" class="on">Collect mail</a><a href="/settings/forward">Forwarding</a><a href="/settings/security">Security</a></nav>
<div class="grow card"><h1>Collect mail from another account</h1><p>Puffin Post checks the other mailbox every 15 minutes and copies new mail here (POP3).</p>
<div class="row" style="gap:10px;margin-bottom:8px"><button class="btn sec row" type="button" style="gap:8px">{outlook_logo(18)} Outlook.com preset</button><button class="btn sec row" type="button" style="gap:8px">{gmail_logo(18)} Gmail preset</button><button class="btn sec" type="button">Other</button></div>
<form action="/settings/fetch/add" method="post">{fld('E-mail address', 'ea', 'address', 'email', 'value="henrik.lund@outlook.com"')}
<div class="row"><div class="grow">{fld('POP3 server', 'ps', 'pop_host', 'text', 'value="outlook.office365.com"')}</div><div style="width:100px">{fld('Port', 'pp', 'pop_port', 'number', 'value="995"')}</div></div>
{fld('User name', 'un', 'pop_user', 'text', 'value="henrik.lund@outlook.com"')}{fld('Password', 'pw', 'pop_password', 'password', 'autocomplete="off"', 'Outlook.com accounts with two-step verification need an app password.')}
<label style="display:block;margin-top:12px"><input type="checkbox" name="leave_copy" checked> Leave a copy of messages on the server</label><label style="display:block"><input type="checkbox" name="ssl" checked> Always use a secure connection (SSL)</label>
<p><button class="btn" type="submit" style="background:#ea580c">Add account</button></p></form></div></div>'''
page('webmail-collect-pop3-outlook-preset', 'mail.puffinpost.eu', '/settings/fetch', 'A European webmail\'s Settings › Collect mail: "Outlook.com preset" (Outlook logo) and "Gmail preset" buttons, an outlook.com address, POP3 server and port 995, a masked password, "Leave a copy on the server"',
     'http://help.outlook.com/en-us/140/dd181954.aspx (connecting to other accounts: e-mail, user name, password, POP server, "Leave mail on server") and https://dev.thetechedvocate.org/what-are-the-outlook-com-pop-server-settings', F, b, 'Collect mail – Settings – Puffin Post', '')

# =========================================================== 5. The site's own frames that appear late (late)
F = 'late'
DIALOG_CSS = '.veil{position:fixed;inset:0;background:rgba(15,23,42,.55);display:none;align-items:center;justify-content:center;z-index:50}.veil.open{display:flex}.veil .box{background:#fff;border-radius:12px;overflow:hidden;box-shadow:0 20px 60px rgba(0,0,0,.35);position:relative}.veil .x{position:absolute;right:10px;top:6px;border:0;background:none;font-size:22px;cursor:pointer}'
FRAME_CSS = 'body{background:#fff}'

login_frame = f'''<div style="padding:26px 28px"><h1 style="font-size:22px;margin-top:0">Log in to save recipes</h1><p class="muted">Keep your favourites, shopping lists and meal plans in one place.</p>
{sso_btn(g_logo(16), 'Continue with Google', '/auth/google')}{sso_btn(apple_logo(16, '#fff'), 'Continue with Apple', '/auth/apple', 'background:#000;color:#fff;border:0')}{OR_LINE}
<form action="/auth/login" method="post" target="_top">{fld('E-mail', 'em', 'email', 'email', 'autocomplete="email"')}{fld('Password', 'pw', 'password', 'password', 'autocomplete="current-password"')}<button class="btn wide" type="submit" style="background:#c2410c">Log in</button></form>
<p class="center muted" style="font-size:13px">New here? <a href="/join" target="_top">Create a free account</a></p></div>'''
b = f'''{top('Saffron &amp; Thyme', '#c2410c', ['Recipes', 'Meal plans', 'Videos'], '<button class="btn sec" id="login-open" type="button">Log in</button>')}
<div class="wrap" style="max-width:820px"><p class="muted">Pasta &middot; 25 minutes &middot; serves 4</p><h1 style="font-size:32px">One-pan lemon orzo with spinach</h1>
<div style="height:300px;border-radius:12px;background:linear-gradient(135deg,#fde68a,#bbf7d0)" role="img" aria-label="A pan of lemon orzo"></div>
<h2>Ingredients</h2><ul><li>300 g orzo</li><li>1 litre hot vegetable stock</li><li>2 lemons, zest and juice</li><li>200 g baby spinach</li><li>50 g parmesan</li></ul>
<h2>Method</h2><ol><li>Toast the orzo in olive oil for two minutes.</li><li>Add the stock a ladle at a time, stirring, for 12 minutes.</li><li>Stir in the lemon, spinach and parmesan. Season and serve.</li></ol>
<p><button class="btn" id="save" type="button" style="background:#c2410c">&#9825; Save recipe</button></p></div>
<div class="veil" id="veil"><div class="box"><button class="x" type="button" aria-label="Close" onclick="document.getElementById('veil').classList.remove('open')">&times;</button><div id="slot"></div></div></div>
<script>
function openLogin(){{var s=document.getElementById('slot');if(!s.firstChild){{var f=document.createElement('iframe');f.src='/auth/embed/login/';f.title='Log in';f.style.cssText='width:400px;height:520px;border:0;display:block';s.appendChild(f);}}document.getElementById('veil').classList.add('open');}}
document.getElementById('login-open').addEventListener('click',openLogin);document.getElementById('save').addEventListener('click',openLogin);
</script>'''
page('recipe-login-dialog-on-click', 'www.saffron-and-thyme.com', '/recipes/lemon-orzo/', 'A recipe site whose "Log in" button opens a dialog holding the site\'s own log-in frame (same host): Continue with Google / Apple, e-mail and password; the frame exists only after the click',
     'https://docs.zid.sa/login-as-a-popup-1702155m0 ("The login popup … provides a modal dialog for user login") and https://githubissues.com/gracecizma/HeirBnB/75 ("Upon clicking the Log in button … it opens a modal pop-up")', F, b, 'One-pan lemon orzo with spinach | Saffron & Thyme', DIALOG_CSS,
     extra={('www.saffron-and-thyme.com', 'auth/embed/login/index.html'): doc('Log in – Saffron & Thyme', login_frame, FRAME_CSS)},
     row={'click': {'selector': '#login-open'}, 'settleMs': 4000})

reg_frame = f'''<div style="padding:26px 28px"><h1 style="font-size:22px;margin-top:0;font-family:Georgia">Keep reading, free</h1><p>Create a free Riverbend Chronicle account to read 5 more local stories this month and get our weekday briefing.</p>
{sso_btn(g_logo(16), 'Continue with Google', '/register/google')}{sso_btn(apple_logo(16, '#fff'), 'Continue with Apple', '/register/apple', 'background:#000;color:#fff;border:0')}{OR_LINE}
<form action="/register" method="post" target="_top">{fld('E-mail', 'em', 'email', 'email', 'autocomplete="email"')}{fld('Create a password', 'pw', 'password', 'password', 'autocomplete="new-password"')}<button class="btn wide" type="submit" style="background:#1e3a8a">Create account</button></form>
<p class="center muted" style="font-size:13px">Already registered? <a href="/login" target="_top">Sign in</a> &middot; <a href="https://www.riverbend-chronicle.com/subscribe" target="_top">Subscribe</a></p></div>'''
b = f'''<header class="top"><a class="brand" href="/" style="font-family:Georgia;font-size:26px">The Riverbend Chronicle</a><nav><a href="/news">News</a><a href="/sport">Sport</a><a href="/whats-on">What's on</a></nav><div style="margin-left:auto"><a href="https://account.riverbend-chronicle.com/login">Sign in</a></div></header>
<div class="wrap" style="max-width:760px"><p class="muted">Local news &middot; 14 April 2027</p><h1 style="font-family:Georgia;font-size:34px">Old Mill bridge reopens after eight months</h1>
<p style="font-size:18px">Traffic crossed the Old Mill bridge on Monday for the first time since August, after repairs to its cast-iron arches came in under budget.</p>
<p style="font-size:18px">The county council said the bridge would carry a 7.5-tonne weight limit until the resurfacing is finished in June.</p><p style="font-size:18px">Shop owners on Mill Street, who said footfall fell by a third during the closure&hellip;</p></div>
<div class="veil" id="veil"><div class="box"><div id="slot"></div></div></div>
<script>
setTimeout(function(){{var f=document.createElement('iframe');f.src='https://account.riverbend-chronicle.com/embed/register/';f.title='Create a free account';f.style.cssText='width:420px;height:560px;border:0;display:block';document.getElementById('slot').appendChild(f);document.getElementById('veil').classList.add('open');}},1200);
</script>'''
page('news-regwall-frame-after-timer', 'www.riverbend-chronicle.com', '/news/2027/04/old-mill-bridge-reopens/', 'A local paper\'s article that after 1.2 s opens a registration wall: a dialog holding a frame from its own account.riverbend-chronicle.com with Continue with Google / Apple, e-mail and a new password',
     'https://www.paywallproject.com/?p=8343 (local news: free registration wall, name and e-mail) and https://www.aleksandrhovhannisyan.com/blog/gated-content/ ("Read the rest of this story with a free account", Facebook or Google)', F, b, 'Old Mill bridge reopens after eight months | The Riverbend Chronicle', DIALOG_CSS,
     extra={('account.riverbend-chronicle.com', 'embed/register/index.html'): doc('Create a free account – The Riverbend Chronicle', reg_frame, FRAME_CSS)},
     row={'settleMs': 5000})

vendors = ''.join(f'<tr><td><label><input type="checkbox" name="v" value="{v}"> {v}</label></td><td class="muted">{p}</td></tr>' for v, p in [('Google Analytics', 'Statistics'), ('Google Ads', 'Marketing'), ('Microsoft Clarity', 'Statistics'), ('Microsoft Advertising', 'Marketing'), ('Meta Pixel', 'Marketing')])
consent_frame = f'''<div style="padding:18px 22px;font-size:14px"><div class="row"><b style="font-size:16px">We use cookies</b><span class="muted" style="margin-left:auto">Mossgate Garden Centre</span></div>
<p>We use necessary cookies to run the shop. With your consent we also use cookies from these partners to measure visits and show you our offers elsewhere.</p>
<table class="t">{vendors}</table>
<div class="row" style="margin-top:12px;gap:8px"><button class="btn" type="button" style="background:#3f6212">Accept all</button><button class="btn sec" type="button">Reject all</button><button class="btn sec" type="button">Save choices</button><a href="https://www.mossgate-garden-centre.co.uk/cookies" target="_top" style="margin-left:auto">Cookie policy</a></div></div>'''
b = f'''{top('Mossgate Garden Centre', '#3f6212', ['Plants', 'Garden furniture', 'Caf&eacute;', 'Events'], '<a href="/basket">Basket</a>')}
<div style="height:360px;background:linear-gradient(120deg,#d9f99d,#65a30d);display:flex;align-items:flex-end;padding:30px"><h1 style="color:#fff;font-size:38px;margin:0;text-shadow:0 1px 6px rgba(0,0,0,.3)">Spring bulbs: 3 for 2 this weekend</h1></div>
<div class="wrap"><h2>Shop by season</h2><p>Sweet peas, seed potatoes and everything for the veg patch.</p></div>
<script>
window.addEventListener('load',function(){{setTimeout(function(){{var f=document.createElement('iframe');f.src='https://consent.mossgate-garden-centre.co.uk/banner/';f.title='Cookie consent';f.style.cssText='position:fixed;left:50%;bottom:16px;transform:translateX(-50%);width:640px;max-width:96vw;height:390px;border:0;border-radius:12px;box-shadow:0 8px 30px rgba(0,0,0,.25);background:#fff;z-index:40';document.body.appendChild(f);}},600);}});
</script>'''
page('garden-centre-cookie-banner-frame', 'www.mossgate-garden-centre.co.uk', '/', 'A garden centre\'s home page that 0.6 s after load adds its cookie banner as a frame from its own consent.mossgate-garden-centre.co.uk, listing Google Analytics, Google Ads, Microsoft Clarity and Microsoft Advertising with checkboxes',
     'https://intercom.help/consent-studio/en/articles/11059173-handling-consent-banners-in-iframes (consent banner and iframes on a site\'s own subdomains) and https://practicaldev-herokuapp-com.global.ssl.fastly.net/keepcoding/how-to-implement-consent-mode-for-free-4mfn (own cookie banner; Meta Pixel, Microsoft Clarity)', F, b, 'Mossgate Garden Centre – plants, gifts and caf&eacute;', '',
     extra={('consent.mossgate-garden-centre.co.uk', 'banner/index.html'): doc('Cookie settings', consent_frame, FRAME_CSS + 'body{font-size:14px}')},
     row={'settleMs': 4000})

chat_frame = f'''<div style="background:#7c2d12;color:#fff;padding:16px 18px"><b>Chat with Bramble</b><div style="font-size:13px;opacity:.85">We usually reply in 2 minutes</div></div>
<div style="padding:16px 18px;font-size:14px"><div style="background:#f1f5f9;border-radius:10px;padding:10px 12px">Hi! Before we start, who are we talking to?</div>
<form action="/widget/start" method="post">{fld('Name', 'nm', 'name', 'text', 'autocomplete="name"')}{fld('E-mail', 'em', 'email', 'email', 'autocomplete="email"')}{fld('Account number (optional)', 'an', 'account_number', 'text', 'placeholder="BB-"')}
<button class="btn wide" type="submit" style="background:#7c2d12">Start chat</button></form>
<p class="muted" style="font-size:12px;margin-top:10px">For a screen share our agent may send you a Microsoft Teams or Google Meet link. We'll never ask for your password.</p>
<p style="font-size:13px"><a href="https://www.bramble-broadband.co.uk/my-account" target="_top">Sign in to My Bramble</a> to see past chats.</p></div>'''
b = f'''{top('Bramble Broadband', '#7c2d12', ['Broadband', 'TV', 'Help', 'My account'], '')}
<div class="wrap" style="max-width:900px"><h1>Help &amp; support</h1>{search_box('Search help')}
<div style="display:grid;grid-template-columns:1fr 1fr 1fr;gap:14px;margin-top:20px"><div class="card"><b>No internet?</b><p class="muted">Check for outages near you.</p></div><div class="card"><b>Set up your router</b><p class="muted">Step-by-step guide.</p></div><div class="card"><b>Bills &amp; payments</b><p class="muted">Understand your bill.</p></div></div></div>
<iframe id="chat" src="https://chat.bramble-broadband.co.uk/widget/" title="Chat with Bramble" style="position:fixed;right:20px;bottom:20px;width:0;height:0;border:0;border-radius:14px;box-shadow:0 10px 40px rgba(0,0,0,.3);background:#fff;transition:width .4s,height .4s;z-index:40"></iframe>
<script>setTimeout(function(){{var c=document.getElementById('chat');c.style.width='370px';c.style.height='560px';}},1500);</script>'''
page('broadband-chat-widget-grows', 'www.bramble-broadband.co.uk', '/help/', 'A broadband provider\'s help page whose chat widget, a frame from its own chat.bramble-broadband.co.uk, sits at 0×0 and grows to 370×560 after 1.5 s: name, e-mail, account number, "a Microsoft Teams or Google Meet link"',
     'https://dev.frontapp.com/chat.html (chat widget: "Create an iframe and load the chat widget application inside") and https://docs.ada.cx/messaging/web/iframe-embed (floating widget in a transparent iframe)', F, b, 'Help & support | Bramble Broadband', '',
     extra={('chat.bramble-broadband.co.uk', 'widget/index.html'): doc('Chat with Bramble', chat_frame, FRAME_CSS)},
     row={'settleMs': 5000})

comments_frame = f'''<div style="padding:4px 2px;font-size:15px"><div class="row"><b>12 comments</b><span class="muted" style="margin-left:auto">Sort: Oldest</span></div>
<div class="card" style="padding:16px;margin-top:10px"><b>Sign in to comment</b><div class="row" style="gap:8px;margin-top:8px">{sso_btn(gh_mark(16), 'GitHub', '/auth/github', 'margin:0;flex:1')}{sso_btn(g_logo(16), 'Google', '/auth/google', 'margin:0;flex:1')}{sso_btn(ms_logo(14), 'Microsoft', '/auth/microsoft', 'margin:0;flex:1')}</div>
{OR_LINE}<form action="/comments/guest" method="post"><div class="row"><div class="grow">{fld('Name', 'nm', 'name', 'text')}</div><div class="grow">{fld('E-mail (not shown)', 'em', 'email', 'email')}</div></div><label class="f" for="c">Comment</label><textarea id="c" name="body" rows="3"></textarea><button class="btn" type="submit" style="margin-top:8px">Post as guest</button></form></div>
<div style="margin-top:14px"><b>ines_c</b> <span class="muted">3 days ago</span><p>Setting <code>wal_autocheckpoint</code> lower fixed our growth problem too. Thanks!</p></div>
<div><b>devon.r</b> <span class="muted">2 days ago</span><p>Does this hold on network file systems? We saw corruption on NFS.</p></div></div>'''
paras = ''.join(f'<p>{t}</p>' for t in ['Write-ahead logging changes when SQLite writes to the main database file. Instead of copying pages into a rollback journal, each transaction appends pages to the -wal file, and readers check the WAL index before the database.'] * 9)
b = f'''<header class="top"><a class="brand" href="/">{mark('L', '#0e7490')}lanternfish.dev</a><nav><a href="/">Posts</a><a href="/about">About</a><a href="/feed.xml">RSS</a></nav></header>
<article class="wrap" style="max-width:720px"><p class="muted">11 March 2027 &middot; 9 min read &middot; <a id="jump-comments" href="#comments">12 comments</a></p><h1>Why our SQLite WAL file kept growing</h1>{paras}
<pre><code>PRAGMA wal_autocheckpoint = 400;
PRAGMA journal_size_limit = 67108864;</code></pre>{paras}
<section id="comments" style="min-height:200px;margin-top:40px"><h2>Comments</h2><div id="comments-slot" class="muted">Loading comments&hellip;</div></section></article>
{foot('&copy; Lanternfish Dev')}
<script>
new IntersectionObserver(function(es,o){{if(es[0].isIntersecting){{o.disconnect();var f=document.createElement('iframe');f.src='https://comments.lanternfish-dev.net/embed/?post=sqlite-wal';f.title='Comments';f.style.cssText='width:100%;height:620px;border:0';var s=document.getElementById('comments-slot');s.textContent='';s.appendChild(f);}}}}).observe(document.getElementById('comments'));
</script>'''
page('blog-comments-frame-on-scroll', 'blog.lanternfish-dev.net', '/2027/03/sqlite-wal-growth/', 'A developer blog post whose comments frame, from its own comments.lanternfish-dev.net, loads only when the comments section scrolls into view (the row clicks "12 comments"): sign in with GitHub / Google / Microsoft or post as guest with name and e-mail',
     'https://ark.sudovanilla.org/Infrastructure/ghost/commits/commit/0170b77d53d5f562a62ab8a71ed329cb27d29acb/apps/comments-ui/test/e2e/actions.test.ts (a blog\'s comments app rendered in an iframe) and https://docs.ada.cx/messaging/web/iframe-embed (frame starts only when visible, IntersectionObserver)', F, b, 'Why our SQLite WAL file kept growing – lanternfish.dev', '',
     extra={('comments.lanternfish-dev.net', 'embed/index.html'): doc('Comments', comments_frame, FRAME_CSS)},
     row={'click': {'selector': '#jump-comments'}, 'settleMs': 4000})

news_frame = f'''<div style="padding:24px 26px;text-align:center"><div style="font-size:40px">&#9749;</div><h1 style="font-size:22px;margin:6px 0">10% off your first beans order</h1><p class="muted">Join the Copper Kettle list: new roasts, events and the odd free flat white.</p>
<form action="/newsletter/join" method="post"><input type="email" name="email" placeholder="Your e-mail" aria-label="Your e-mail" autocomplete="email"><button class="btn wide" type="submit" style="background:#92400e">Sign me up</button></form>
{OR_LINE}{sso_btn(g_logo(16), 'Sign up with Google', '/newsletter/google')}<p class="muted" style="font-size:12px">No spam. Unsubscribe any time.</p></div>'''
b = f'''{top('The Copper Kettle', '#92400e', ['Menu', 'Beans', 'Find us', 'Events'], '<a href="/shop/basket">Basket</a>')}
<div style="height:380px;background:linear-gradient(160deg,#78350f,#d97706);color:#fff;display:flex;align-items:center;padding:0 8%"><div><h1 style="font-size:40px;margin:0">Roasted in Frome since 2011</h1><p style="font-size:18px">Single-origin beans, posted the day we roast them.</p><a class="btn" style="background:#fff;color:#78350f" href="/shop">Shop beans</a></div></div>
<div class="veil" id="veil"><div class="box"><button class="x" type="button" aria-label="Close" onclick="document.getElementById('veil').classList.remove('open')">&times;</button><div id="slot"></div></div></div>
<script>setTimeout(function(){{var f=document.createElement('iframe');f.src='/embed/newsletter-popup/';f.title='Newsletter';f.style.cssText='width:380px;height:470px;border:0;display:block';document.getElementById('slot').appendChild(f);document.getElementById('veil').classList.add('open');}},2000);</script>'''
page('cafe-newsletter-popup-frame-timer', 'www.copperkettle-cafe.com', '/', 'A café-roaster\'s home page that after 2 s opens a newsletter pop-up holding a frame from its own host: one e-mail box, "Sign me up", "Sign up with Google"',
     'https://support.5starplugins.com/article/217-timing (newsletter pop-up: delay timer, default 5 seconds after page load) and https://docs-shpf.bsscommerce.com/bss-banner-and-pop-up/getting-started/campaign-settings/schedule-and-trigger', F, b, 'The Copper Kettle – coffee roasters', DIALOG_CSS,
     extra={('www.copperkettle-cafe.com', 'embed/newsletter-popup/index.html'): doc('Newsletter', news_frame, FRAME_CSS)},
     row={'settleMs': 5000})

it_frame = f'''<div style="padding:24px 26px"><div class="row">{mark('H', '#1d4ed8', 30)}<b>Hollins IT Service Desk</b></div><h1 style="font-size:21px">Sign in to raise a ticket</h1>
<p class="muted">Use your Hollins Engineering work account, the same one you use for Outlook and Teams.</p>
{sso_btn(ms_logo(16), 'Sign in with Microsoft', '/auth/entra')}{OR_LINE}
<form action="/auth/otp" method="post">{fld('Work e-mail', 'em', 'email', 'email', 'autocomplete="email" placeholder="name@hollins-engineering.com"')}<button class="btn sec wide" type="submit">E-mail me a one-time code</button></form>
<p class="muted" style="font-size:13px">Can't sign in at all? Call the desk on ext. 4400.</p></div>'''
b = f'''{top('Hollins Engineering IT', '#1d4ed8', ['Service status', 'How-to guides', 'Software', 'Policies'], '')}
<div class="wrap" style="max-width:960px"><h1>IT help</h1><p>Status: <span class="pill" style="background:#dcfce7;color:#166534">All services running</span></p>
<div style="display:grid;grid-template-columns:1fr 1fr;gap:14px"><div class="card"><b>Set up Outlook and Teams on a new laptop</b><p class="muted">Sign in with your work account; Microsoft Authenticator approval required.</p></div><div class="card"><b>VPN from home</b><p class="muted">Install GlobalConnect and sign in.</p></div></div>
<p style="margin-top:20px"><button class="btn" id="contact-it" type="button" style="background:#1d4ed8">Contact IT support</button></p></div>
<div class="veil" id="veil"><div class="box"><button class="x" type="button" aria-label="Close" onclick="document.getElementById('veil').classList.remove('open')">&times;</button><div id="slot"></div></div></div>
<script>document.getElementById('contact-it').addEventListener('click',function(){{var s=document.getElementById('slot');if(!s.firstChild){{var f=document.createElement('iframe');f.src='https://servicedesk.hollins-engineering.com/embed/signin/';f.title='Sign in to the service desk';f.style.cssText='width:420px;height:500px;border:0;display:block';s.appendChild(f);}}document.getElementById('veil').classList.add('open');}});</script>'''
page('company-it-portal-signin-dialog-click', 'it.hollins-engineering.com', '/', 'A company\'s internal IT help page whose "Contact IT support" button opens a dialog holding its own service desk\'s sign-in frame (servicedesk.hollins-engineering.com): "Sign in with Microsoft", or a work e-mail for a one-time code',
     'https://officebooking.com/en/kb-article/web-app-login/ (log in with the organisation\'s Microsoft account through single sign-on) and https://docs.zid.sa/login-as-a-popup-1702155m0 (sign-in in a modal dialog)', F, b, 'IT help – Hollins Engineering', DIALOG_CSS,
     extra={('servicedesk.hollins-engineering.com', 'embed/signin/index.html'): doc('Sign in – Hollins IT Service Desk', it_frame, FRAME_CSS)},
     row={'click': {'selector': '#contact-it'}, 'settleMs': 4000})

# ---------------- write everything
hosts = sorted({h for p in PAGES for (h, _) in p['files']})
# Every host is fresh: no other table (tests/corpus/*.js, tests/e2e/*.js) uses it.
import glob
others = [f for f in glob.glob(os.path.join(HERE, '*.js')) + glob.glob(os.path.join(HERE, '..', 'e2e', '*.js')) if os.path.basename(f) != 'web14.js']
other_text = ''.join(open(f, encoding='utf-8').read() for f in others)
for h in hosts:
    assert f"'{h}'" not in other_text and f'"{h}"' not in other_text, f'host {h} is used by another table'
fam_names = {'plainwords': 'Hosts made of plain words, each with its own sign-in naming a provider ordinarily',
             'recovery': 'Recovery and backup codes on the site\'s own account pages',
             'pictures': 'Large pictures with fields near or over them',
             'mail': 'Mail settings with provider presets, logos and server fields',
             'late': 'The site\'s own frames that appear late (after a click, a timer, a resize or a scroll)'}
out = ["'use strict';",
       "// Ordinary pages, fourteenth round: hosts made of plain words with their own sign-in, recovery and backup codes,",
       "// large pictures with fields near or over them, mail settings with provider presets, and the site's own frames",
       "// that appear late; all must stay quiet (tests/corpus/WEB14.md). Fixtures: tests/corpus/gen-web14.py writes them.",
       '', 'const HOSTS = {']
out += [f"  '{h}': 'https'," for h in hosts] + ['};', '', 'const PAGES = [']
def js(s): return json.dumps(s, ensure_ascii=False)
cur = None
for p in PAGES:
    if p['family'] != cur:
        cur = p['family']; out.append(f"  // {fam_names[cur]} ({cur})")
    parts = [f"name: {js(p['name'])}", f"host: {js(p['host'])}", f"path: {js(p['path'])}", f"expect: {js(p['expect'])}",
             f"family: {js(p['family'])}", f"what: {js(p['what'])}", f"source: {js(p['source'])}"]
    if 'click' in p['row']:
        parts.append(f"click: {{ selector: {js(p['row']['click']['selector'])} }}")
    if 'settleMs' in p['row']:
        parts.append(f"settleMs: {int(p['row']['settleMs'])}")
    out.append('  { ' + ', '.join(parts) + ' },')
out += ['];', '', 'module.exports = { HOSTS, PAGES };', '']
open(os.path.join(HERE, 'web14.js'), 'w').write('\n'.join(out))
n = 0
for p in PAGES:
    for (h, rel), content in p['files'].items():
        assert '%' not in rel, rel
        f = os.path.join(ROOT, h, rel)
        os.makedirs(os.path.dirname(f), exist_ok=True)
        data = content.encode('utf-8')
        assert len(data) < 200_000, f
        open(f, 'wb').write(data); n += 1
names = [p['name'] for p in PAGES]
assert len(names) == len(set(names)), 'duplicate names'
from collections import Counter
print(len(PAGES), 'rows,', len(hosts), 'hosts,', n, 'files', dict(Counter(p['family'] for p in PAGES)))

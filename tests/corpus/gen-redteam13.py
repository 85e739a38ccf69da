#!/usr/bin/env python3
"""Writes the fixtures of tests/corpus/redteam13.js under tests/fixtures/<host>/...

Run from the repository root: python3 tests/corpus/gen-redteam13.py
"""

import base64
import html
import importlib.util
import os
import urllib.parse

# The page helpers of the eleventh round: write, doc, the providers' page shells, marks and styles.
_spec = importlib.util.spec_from_file_location('gen_redteam11', os.path.join(os.path.dirname(os.path.abspath(__file__)), 'gen-redteam11.py'))
_r11 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_r11)
write, doc, js = _r11.write, _r11.doc, _r11.js
ms_page, google_page, gh_page, ado_page = _r11.ms_page, _r11.google_page, _r11.gh_page, _r11.ado_page
MS_LOGO, MS_CSS = _r11.MS_LOGO, _r11.MS_CSS
GOOGLE_LOGO, GOOGLE_CSS = _r11.GOOGLE_LOGO, _r11.GOOGLE_CSS
GH_MARK, GH_CSS = _r11.GH_MARK, _r11.GH_CSS
ADO_CSS, ADO_ICON = _r11.ADO_CSS, _r11.ADO_ICON
G_MARK, SITE_CSS, site_page = _r11.G_MARK, _r11.SITE_CSS, _r11.site_page
PLAIN, DOCS_CSS, docs_page = _r11.PLAIN, _r11.DOCS_CSS, _r11.docs_page


def data_svg(svg):
    return 'data:image/svg+xml;base64,' + base64.b64encode(svg.encode()).decode()


GH_PATH = GH_MARK.split('d="', 1)[1].split('"', 1)[0]
MS_SQUARES = ('<rect x="0" y="1" width="10" height="10" fill="#f25022"/><rect x="11" y="1" width="10" height="10" fill="#7fba00"/>'
              '<rect x="0" y="12" width="10" height="10" fill="#00a4ef"/><rect x="11" y="12" width="10" height="10" fill="#ffb900"/>')
MS_SVG_DOC = f'<svg xmlns="http://www.w3.org/2000/svg" width="21" height="23" viewBox="0 0 21 23">{MS_SQUARES}</svg>'
GH_SVG_DOC = f'<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48" viewBox="0 0 16 16"><path fill="#1f2328" d="{GH_PATH}"/></svg>'
ADO_SVG_DOC = ('<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="0 0 18 18"><rect width="18" height="18" rx="3" fill="#0078d4"/>'
               '<path fill="#fff" d="M17 4v9.74l-4 3.28-6.2-2.26V17l-3.51-4.59 10.23.8V4.44zm-3.41.49L7.85 1v2.29L2.58 4.84 1 6.87v4.61l2.26 1V6.57z" transform="translate(1.5 1.5) scale(.83)"/></svg>')
G_SVG_DOC = G_MARK.replace('<svg ', '<svg xmlns="http://www.w3.org/2000/svg" ').replace(' aria-hidden="true"', '')

# Outlook's own product icon: a blue tile with an "O" ring and an envelope behind it (no letters as text).
OUTLOOK_ICON = ('<svg width="{s}" height="{s}" viewBox="0 0 32 32" aria-hidden="true"><rect x="10" y="6" width="20" height="20" rx="2" fill="#28a8ea"/>'
                '<path d="M10 14l10 6 10-6v10a2 2 0 0 1-2 2H12a2 2 0 0 1-2-2z" fill="#0078d4"/><rect x="2" y="9" width="15" height="15" rx="2" fill="#0a64ad"/>'
                '<circle cx="9.5" cy="16.5" r="4.2" fill="none" stroke="#fff" stroke-width="2.2"/></svg>')
LOGO_OUTLOOK = OUTLOOK_ICON.format(s=34)


# ---------------------------------------------------------------- family 1: self-hosted mail sign-in copies

OWA16_CSS = """
body{margin:0;font-family:"Segoe UI","Segoe WP",Tahoma,Arial,sans-serif;background:#fff;color:#333}
.co{position:absolute;top:18px;left:24px;font-size:14px;color:#666;letter-spacing:.3px}
.wrap{position:absolute;top:50%;left:50%;transform:translate(-50%,-55%);width:340px}
.prod{display:flex;align-items:center;gap:10px;font-size:42px;font-weight:300;color:#0072c6;margin-bottom:22px}
label{display:block;font-size:13px;color:#333;margin:10px 0 4px}
.inp{width:100%;box-sizing:border-box;height:32px;border:1px solid #c8c8c8;padding:4px 8px;font-size:14px;font-family:inherit}
.signin{display:flex;align-items:center;gap:8px;margin-top:22px;font-size:24px;font-weight:300;color:#333;background:none;border:0;cursor:pointer;font-family:inherit;padding:0}
.signin span.arr{display:inline-flex;width:28px;height:28px;border:2px solid #333;border-radius:50%;align-items:center;justify-content:center;font-size:16px}
.chk{font-size:12px;color:#666;margin-top:14px}
"""

OWA_HIDDEN = """<input type="hidden" name="destination" value="https://{dest}/owa/"><input type="hidden" name="flags" value="4">
<input type="hidden" name="forcedownlevel" value="0"><input type="hidden" name="isUtf8" value="1">"""


def owa2016(company, dest, labels=('Domain\\user name:', 'Password:', 'sign in'), lang='en', title='Outlook', company_html=None):
    user, pw, button = labels
    return doc(title, f"""<div class="co">{company_html or html.escape(company)}</div>
<div class="wrap"><div class="prod">{LOGO_OUTLOOK}<span>Outlook</span></div>
<form action="/owa/auth.owa" method="post" name="logonForm" autocomplete="off">{OWA_HIDDEN.format(dest=dest)}
<label for="username">{user}</label><input class="inp" id="username" name="username" type="text">
<label for="password">{pw}</label><input class="inp" id="password" name="password" type="password" onfocus="g_fFcs=0">
<button class="signin" type="submit"><span class="arr">&#10140;</span>{button}</button></form></div>""", OWA16_CSS, lang=lang)


OWA10_CSS = """
body{margin:0;font-family:Tahoma,"Segoe UI",Arial,sans-serif;font-size:13px;background:#dbe5f1;color:#000}
.frame{width:560px;margin:70px auto;background:#fff;border:1px solid #a5b9d1;box-shadow:0 2px 8px #0002}
.top{background:linear-gradient(#fff,#eaf1fb);border-bottom:1px solid #c3d3e8;padding:14px 20px;display:flex;align-items:center;gap:10px}
.top .ms{font-size:12px;color:#555}
.top h1{font-size:26px;font-weight:normal;color:#335ea8;margin:0 0 0 auto}
.co{padding:10px 20px 0;font-weight:bold;color:#444}
.body{padding:10px 20px 20px}
.sec{background:#f2f6fb;border:1px solid #d6e1ef;padding:8px 10px;margin:8px 0 14px}
.sec label{display:block;margin:3px 0}
table td{padding:4px 6px 4px 0}
.inp{width:250px;border:1px solid #7f9db9;padding:3px;font-size:13px}
.btn{background:linear-gradient(#fdfdfd,#dde7f3);border:1px solid #7f9db9;padding:3px 16px;font-size:13px;cursor:pointer}
.foot{border-top:1px solid #dde6f1;padding:8px 20px;color:#666;font-size:11px;display:flex;justify-content:space-between}
"""


def fam_mail():
    # 1. OWA 2016 copy on a host that looks like the company's own mail server; only the company name and Outlook.
    write('mail.fabrikam-owa.com', '/owa/auth/logon.aspx/index.html',
          owa2016('Fabrikam, Inc.', 'mail.fabrikam.com'))

    # 2. OWA 2010 copy with Microsoft's logo and name, the company's name in the banner.
    body = f"""<div class="frame"><div class="top">{MS_LOGO}<span class="ms">Microsoft<sup>®</sup></span><h1>Outlook<sup style="font-size:10px">™</sup> Web App</h1></div>
<div class="co">Contoso Ltd. — Staff e-mail</div>
<div class="body"><form action="/owa/auth/owaauth.dll" method="post" name="logonForm">{OWA_HIDDEN.format(dest='webmail.contoso.com')}
<div class="sec"><b>Security</b> (<a href="#">show explanation</a>)<label><input type="radio" name="trusted" value="0" checked> This is a public or shared computer</label>
<label><input type="radio" name="trusted" value="4"> This is a private computer</label></div>
<label><input type="checkbox" name="flags" value="1"> Use the light version of Outlook Web App</label>
<table><tr><td>Domain\\user name:</td><td><input class="inp" id="username" name="username" type="text"></td></tr>
<tr><td>Password:</td><td><input class="inp" id="password" name="password" type="password"></td></tr>
<tr><td></td><td><button class="btn" type="submit">Sign in</button></td></tr></table></form></div>
<div class="foot"><span>Connected to Microsoft Exchange</span><span>© 2010 Microsoft Corporation. All rights reserved.</span></div></div>"""
    write('webmail.contoso-exchange.net', '/owa/index.html', doc('Outlook Web App', body, OWA10_CSS))

    # 3. A tenant-targeted harvester: the company's name and initial are built from the e-mail in the link.
    script = """const e=decodeURIComponent(location.hash.slice(1))||'';const d=(e.split('@')[1]||'').split('.')[0]||'';
const name=d.split(/[-_]/).map(w=>w.charAt(0).toUpperCase()+w.slice(1)).join(' ').replace(/toys$/i,' Toys').replace(/\\s+/,' ');
document.getElementById('cn').textContent=name;document.getElementById('ci').textContent=name.charAt(0);
document.getElementById('username').value=e;document.title=name+' – Outlook';"""
    co = '<span style="display:inline-flex;align-items:center;gap:8px"><b id="ci" style="display:inline-flex;width:26px;height:26px;border-radius:4px;background:#c2410c;color:#fff;align-items:center;justify-content:center"></b><span id="cn"></span> webmail</span>'
    page = owa2016('', 'outlook.office365.com', labels=('Email address:', 'Password:', 'sign in'), company_html=co)
    page = page.replace('</body>', f'<script>{script}</script></body>')
    write('owa.mailbox-upgrade-center.com', '/owa/index.html', page)

    # 4. A German on-premises OWA copy on a host that adds the company's name to a made-up domain.
    write('owa-meierlogistik.de', '/owa/index.html',
          owa2016('Meier Logistik GmbH', 'mail.meier-logistik.de', labels=('Domäne\\Benutzername:', 'Kennwort:', 'Anmelden'), lang='de'))

    # 5. A company-branded "mail" sign-in that is a Google Workspace copy.
    inner = """<form action="/ServiceLogin" method="post"><input class="inp" type="email" name="identifier" placeholder="Email or phone" value="">
<input class="inp" type="password" name="Passwd" placeholder="Enter your password">
<div class="row"><a href="#">Forgot password?</a><button class="btn" type="submit">Next</button></div></form>"""
    body = f"""<header style="background:#fff;border-bottom:1px solid #dadce0;padding:14px 28px;font-size:18px;color:#174ea6;font-weight:500">Woodgrove Banking Co. · Staff Mail</header>
<main class="card"><div class="brandrow">{GOOGLE_LOGO}</div><h1>Sign in</h1><p class="sub">with your Woodgrove Banking Google Workspace account</p>{inner}</main>
<div class="foot"><span>English (United States)</span><span><a href="#">Help</a> &nbsp; <a href="#">Privacy</a> &nbsp; <a href="#">Terms</a></span></div>"""
    write('mail.woodgrove-banking.co', '/index.html', doc('Woodgrove Banking Co. – Mail', body, GOOGLE_CSS))

    # 6. A Roundcube-looking webmail page that says the mailbox moved to Microsoft 365 and asks for that password.
    rc_css = """body{margin:0;font-family:Roboto,"Segoe UI",Arial,sans-serif;background:#f4f4f4;color:#333}
.lg{width:360px;margin:90px auto;background:#fff;border-radius:4px;box-shadow:0 1px 4px #0003;padding:30px}
.lg .logo{font-size:26px;font-weight:700;color:#37beff;text-align:center;margin-bottom:6px}
.lg .sub{text-align:center;color:#666;margin-bottom:18px;font-size:13px}
.note{display:flex;gap:8px;align-items:center;background:#eef6fc;border:1px solid #cfe3f5;border-radius:4px;padding:8px 10px;font-size:13px;margin-bottom:14px}
.inp{width:100%;box-sizing:border-box;border:1px solid #ccc;border-radius:4px;padding:9px 10px;font-size:14px;margin:4px 0 12px}
.btn{width:100%;background:#37beff;color:#fff;border:0;border-radius:4px;padding:10px;font-size:15px;cursor:pointer}
.ft{text-align:center;color:#999;font-size:12px;margin-top:18px}"""
    body = f"""<div class="lg"><div class="logo">Adatum Corporation</div><div class="sub">Webmail</div>
<div class="note">{MS_LOGO}<span>Your mailbox has moved to Microsoft 365. Sign in with your Microsoft 365 password to keep receiving mail.</span></div>
<form action="/?_task=login" method="post"><input type="hidden" name="_task" value="login"><input type="hidden" name="_action" value="login">
<input class="inp" name="_user" id="rcmloginuser" type="text" placeholder="Username" value="" autocapitalize="off">
<input class="inp" name="_pass" id="rcmloginpwd" type="password" placeholder="Password"><button class="btn" type="submit" id="rcmloginsubmit">Login</button></form>
<div class="ft">Adatum Corporation Webmail</div></div>"""
    write('webmail.adatum-corp.com', '/index.html', doc('Adatum Corporation Webmail :: Welcome to Adatum Corporation Webmail', body, rc_css))


# ---------------------------------------------------------------- family 2: token and key harvesting

GH_APP_CSS = """
body{margin:0;font-family:-apple-system,BlinkMacSystemFont,"Segoe UI","Noto Sans",Helvetica,Arial,sans-serif;font-size:14px;color:#1f2328;background:#fff}
.hdr{background:#f6f8fa;border-bottom:1px solid #d1d9e0;height:64px;display:flex;align-items:center;gap:14px;padding:0 24px}
.hdr .crumb{font-weight:600}
.lay{display:flex;max-width:1012px;margin:32px auto;gap:24px;padding:0 16px}
.side{width:256px;font-size:14px}.side a{display:block;padding:6px 8px;border-radius:6px;color:#1f2328;text-decoration:none}.side a.cur{background:#eff2f5;font-weight:600}
.main{flex:1}
h2{font-size:24px;font-weight:400;margin:0 0 8px;padding-bottom:8px;border-bottom:1px solid #d1d9e0}
.flash{background:#ffebe9;border:1px solid #ff818266;border-radius:6px;padding:12px 16px;margin:16px 0}
.box{border:1px solid #d1d9e0;border-radius:6px;padding:16px;margin:16px 0}
label{display:block;font-weight:600;margin:0 0 6px}
.inp{width:100%;box-sizing:border-box;border:1px solid #d1d9e0;border-radius:6px;padding:5px 12px;font:14px/20px ui-monospace,SFMono-Regular,Menlo,monospace;margin:0 0 12px;background:#f6f8fa}
.btn{background:#1f883d;color:#fff;border:1px solid rgba(31,35,40,.15);border-radius:6px;padding:5px 16px;font-weight:600;line-height:20px;cursor:pointer}
.btn.red{background:#d1242f}
dl{display:grid;grid-template-columns:140px 1fr;gap:6px;margin:0}dt{color:#59636e}
.note{color:#59636e;font-size:12px}
"""


def fam_tokens():
    # 1. "Review token activity": GitHub's settings look, paste the personal access token to "review and revoke" it.
    mark = GH_MARK.replace('height="48" width="48"', 'height="32" width="32"')
    body = f"""<header class="hdr">{mark}<span class="crumb">Settings</span></header>
<div class="lay"><nav class="side"><a href="#">Public profile</a><a href="#">Account</a><a href="#">Password and authentication</a><a href="#">Sessions</a><a href="#">SSH and GPG keys</a><a class="cur" href="#">Developer settings</a></nav>
<div class="main"><h2>Review token activity</h2>
<div class="flash"><b>Unusual activity.</b> Your personal access token or OAuth app token was used in an unusual manner.</div>
<div class="box"><dl><dt>Source IP</dt><dd>185.123.45.67</dd><dt>Time</dt><dd>2025-08-14 09:42 UTC</dd><dt>Actions</dt><dd>repository cloning, issue creation, pull request changes</dd></dl></div>
<form action="/settings/tokens/review" method="post" class="box"><label for="tok">Personal access token</label>
<input class="inp" id="tok" name="token" type="password" placeholder="ghp_… or github_pat_…" autocomplete="off">
<p class="note">Paste the token to see where it was used. Tokens you confirm here are revoked and re-issued with the same scopes.</p>
<button class="btn red" type="submit">Review and revoke</button></form></div></div>"""
    write('token-activity-review.com', '/settings/tokens/review/index.html', doc('Review token activity', body, GH_APP_CSS))
    # The same page with the footer every GitHub page carries, as a kit that saves the whole page keeps it.
    foot = ('<footer style="max-width:1012px;margin:40px auto;padding:24px 16px;border-top:1px solid #d1d9e0;display:flex;gap:16px;font-size:12px;color:#59636e">'
            + GH_MARK.replace('height="48" width="48"', 'height="24" width="24"') + '<span>© 2025 GitHub, Inc.</span><a href="#">Terms</a><a href="#">Privacy</a><a href="#">Security</a><a href="#">Status</a><a href="#">Docs</a><a href="#">Contact</a></footer>')
    write('token-activity-check.com', '/settings/tokens/review/index.html', doc('Review token activity', body + foot, GH_APP_CSS))

    # 2. A made-up "Git Credential Helper" header around GitHub's sign-in box, whose Token tab asks for a PAT.
    tabs_css = """.tabs{display:flex;border-bottom:1px solid #d1d9e0;margin:-4px 0 14px}.tabs a{padding:8px 12px;color:#59636e}.tabs a.cur{border-bottom:2px solid #fd8c73;color:#1f2328;font-weight:600}
.apphead{background:#24292f;color:#fff;padding:10px 20px;font-weight:600;display:flex;gap:10px;align-items:center}.apphead small{font-weight:400;color:#c9d1d9}"""
    inner = """<div class="tabs"><a href="#">Browser</a><a href="#">Device</a><a class="cur" href="#">Token</a></div>
<form action="/github/token" method="post"><label for="u">Username</label><input class="inp" id="u" name="username" type="text" autocapitalize="off">
<label for="t">Personal access token</label><input class="inp" id="t" name="token" type="password" placeholder="ghp_…">
<button class="btn" type="submit">Sign in</button></form>"""
    page = gh_page('Sign in to GitHub · Git Credential Helper', 'Sign in to GitHub', inner, tabs_css)
    page = page.replace('<body>\n', '<body>\n<div class="apphead">Git Credential Helper <small>v2.6.1 · connect your account to push from this workstation</small></div>\n', 1)
    write('git-credential-helper.app', '/github/index.html', page)

    # 3. A made-up "PipelineGuard" header over an Azure DevOps-styled token re-validation panel.
    inner = f"""<p class="meta">Organization <b>northwind-eng</b> · User settings › Personal access tokens</p>
<p style="font-size:14px">Your token <b>build-agent-01</b> expires today. To keep pipelines running, re-validate it: paste the current token value below.</p>
<form action="/ado/pat/validate" method="post"><label>Organization</label><input class="inp" type="text" name="org" value="https://dev.azure.com/northwind-eng">
<label>Personal access token</label><input class="inp" type="password" name="pat" autocomplete="off"><button class="btn" type="submit">Re-validate token</button></form>"""
    page = ado_page('Personal access tokens – Azure DevOps', 'Personal access tokens', inner)
    page = page.replace('<header class="bar">', '<div style="background:#1b1a19;color:#fff;padding:6px 16px;font:600 13px Segoe UI,Arial">🛡 PipelineGuard <span style="font-weight:400;color:#ccc">— token hygiene for your pipelines</span></div>\n<header class="bar">', 1)
    write('pipelineguard-app.com', '/ado/tokens/index.html', page)

    # 4. A Google-styled page asking for a 16-character app password (the UNC6293 "consultation platform" lure).
    inner = """<ol style="font-size:14px;line-height:1.7;padding-left:18px;margin:0 0 18px"><li>Open <a href="https://myaccount.google.com/apppasswords">myaccount.google.com/apppasswords</a></li>
<li>Create an app password named <b>ms.state.gov</b></li><li>Paste the 16-character code below</li></ol>
<form action="/connect" method="post"><input class="inp" type="email" name="email" placeholder="Email" value="">
<input class="inp" type="text" name="asp" placeholder="xxxx xxxx xxxx xxxx" autocomplete="off" style="font-family:monospace;letter-spacing:2px">
<div class="row"><a href="#">Why is this needed?</a><button class="btn" type="submit">Connect</button></div></form>"""
    write('consult-platform-access.org', '/connect/index.html',
          google_page('Connect your Google Account', 'Connect your account', 'to the Consultation Platform with an app password', inner))

    # 5. A Microsoft card asking for the whole localhost address (the authorization code) after a real sign-in.
    start = ('https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize?client_id=04b07795-8ddb-461a-bbee-02f9e1bf7b46'
             '&response_type=code&redirect_uri=http%3A%2F%2Flocalhost%3A8400&scope=https%3A%2F%2Fmanagement.core.windows.net%2F%2F.default+offline_access')
    inner = f"""<div class="small">To finish verifying this device, <a href="{html.escape(start)}" target="_blank">sign in</a> in the tab that opens. That tab ends on an error page — that is expected.</div>
<form action="/finish" method="post"><input class="inp" type="text" name="redirect" placeholder="http://localhost:8400/?code=…">
<div class="small">Copy the whole address from that tab (it starts with http://localhost) and paste it above.</div>
<div class="btns"><button class="btn" type="submit">Verify</button></div></form>"""
    write('cli-signin-finish.com', '/index.html', ms_page('Sign in to your account', 'Microsoft', 'Finish signing in', inner))


# ---------------------------------------------------------------- family 3: steps whose only mark is a picture

def ms_card_picture(title, logo_html, heading, inner, extra_css=''):
    body = f"""<main class="card"><div class="brand">{logo_html}</div><h1>{heading}</h1>{inner}</main>
<div class="foot"><a href="#">Terms of use</a><a href="#">Privacy &amp; cookies</a><a href="#">...</a></div>"""
    return doc(title, body, MS_CSS + extra_css)


def fam_picture():
    # 1. Number matching; the four squares are four coloured divs in a CSS grid.
    tiles = ('<span class="tiles" aria-hidden="true"><i style="background:#f25022"></i><i style="background:#7fba00"></i>'
             '<i style="background:#00a4ef"></i><i style="background:#ffb900"></i></span>')
    css = '.tiles{display:grid;grid-template-columns:10px 10px;gap:1px;width:21px;height:21px}.tiles i{display:block}.num{font-size:48px;font-weight:600;text-align:center;margin:18px 0}'
    inner = """<div class="small">a.kovac@tailspintoys.com</div><div class="small">Open your Authenticator app, and enter the number shown to sign in.</div>
<div class="num">47</div><div class="small">No numbers in your app? Make sure to upgrade to the latest version.</div>
<div class="small"><a href="#">I can't use my Authenticator app right now</a></div><div class="small"><a href="#">More information</a></div>
<script>setInterval(()=>fetch('/common/SAS/poll',{method:'POST'}).catch(()=>{}),3000)</script>"""
    write('secure-approve-check.com', '/common/SAS/index.html', ms_card_picture('Sign in to your account', tiles, 'Approve sign in request', inner, css))

    # 2. SMS code step; the squares are a CSS background image on an empty span.
    logo = f'<span style="display:inline-block;width:21px;height:23px;background:url({data_svg(MS_SVG_DOC)}) no-repeat"></span>'
    inner = """<div class="small">a.kovac@tailspintoys.com</div><div class="small">We texted your phone +X XXXXXXXX42. Please enter the code to sign in.</div>
<form action="/common/SAS/ProcessAuth" method="post"><input class="inp" type="tel" name="otc" placeholder="Code" autocomplete="one-time-code" inputmode="numeric" maxlength="8">
<label class="small"><input type="checkbox" name="rememberMFA"> Don't ask again for 90 days</label>
<div class="small"><a href="#">Having trouble? Sign in another way</a></div><div class="btns"><button class="btn" type="submit">Verify</button></div></form>"""
    write('sms-code-verify.net', '/common/SAS/ProcessAuth/index.html', ms_card_picture('Sign in to your account', logo, 'Enter code', inner))

    # 3. Google 2-Step Verification; the wordmark is drawn on a canvas, no word "Google" anywhere in the DOM.
    canvas = """<canvas id="wm" width="150" height="48" style="width:75px;height:24px" aria-hidden="true"></canvas>"""
    draw = """const c=document.getElementById('wm').getContext('2d');c.scale(2,2);c.font='500 22px "Product Sans",Arial,sans-serif';let x=0;
[['G','#4285f4'],['o','#ea4335'],['o','#fbbc05'],['g','#4285f4'],['l','#34a853'],['e','#ea4335']].forEach(([ch,col])=>{c.fillStyle=col;c.fillText(ch,x,19);x+=c.measureText(ch).width});"""
    body = f"""<main class="card"><div class="brandrow">{canvas}</div><h1>2-Step Verification</h1>
<p class="sub">To help keep your account safe, we want to make sure it’s really you trying to sign in</p>
<div style="display:inline-flex;align-items:center;gap:8px;border:1px solid #747775;border-radius:16px;padding:3px 10px 3px 4px;font-size:14px;margin:-12px 0 22px"><span style="width:20px;height:20px;border-radius:50%;background:#8e24aa;color:#fff;display:inline-flex;align-items:center;justify-content:center;font-size:12px">R</span>rosa.ibarra@gmail.com</div>
<p style="font-size:14px;margin:0 0 8px">A text message with a 6-digit verification code was just sent to (•••) •••-••81</p>
<form action="/signin/challenge/ipp" method="post"><div style="display:flex;align-items:center;gap:6px"><span style="font-size:16px">G-</span><input class="inp" type="tel" name="Pin" placeholder="Enter code" maxlength="6" style="margin:0"></div>
<label style="font-size:14px;display:block;margin:10px 0"><input type="checkbox" checked> Don’t ask again on this computer</label>
<div class="row"><a href="#">Try another way</a><button class="btn" type="submit">Next</button></div></form></main>
<div class="foot"><span>English (United States)</span><span><a href="#">Help</a> &nbsp; <a href="#">Privacy</a> &nbsp; <a href="#">Terms</a></span></div>
<script>{draw}</script>"""
    write('account-2sv-check.com', '/signin/challenge/ipp/index.html', doc('2-Step Verification', body, GOOGLE_CSS))

    # 4. GitHub two-factor step; the octocat is an <img> of an SVG data URL with empty alt, no word "GitHub".
    body = f"""<div class="top"><img src="{data_svg(GH_SVG_DOC)}" width="48" height="48" alt=""></div>
<h1>Two-factor authentication</h1>
<div class="box"><form action="/sessions/two-factor" method="post"><label for="otp">Authentication code</label>
<input class="inp" id="otp" name="app_otp" type="text" autocomplete="one-time-code" inputmode="numeric" placeholder="XXXXXX">
<button class="btn" type="submit">Verify</button>
<p style="font-size:12px;color:#59636e;margin:12px 0 0">Open your two-factor authenticator (TOTP) app or browser extension to view your authentication code.</p></form></div>
<div class="alt" style="text-align:left"><b>Having problems?</b><ul style="margin:6px 0 0;padding-left:18px"><li><a href="#">Use your passkey</a></li><li><a href="#">Use your authenticator app on mobile</a></li><li><a href="#">Use a recovery code</a></li></ul></div>"""
    write('repo-2fa-verify.com', '/sessions/two-factor/app/index.html', doc('Two-factor authentication', body, GH_CSS))

    # 5. Account picker, then the password step; the squares are an <img> with empty alt, no word "Microsoft".
    img = f'<img src="{data_svg(MS_SVG_DOC)}" width="21" height="23" alt="">'
    css = """.tile{display:flex;align-items:center;gap:12px;padding:12px 8px;margin:0 -8px;cursor:pointer;border:0;background:none;width:calc(100% + 16px);text-align:left;font-family:inherit}
.tile:hover{background:#f2f2f2}.av{width:40px;height:40px;border-radius:50%;background:#e1dfdd;display:flex;align-items:center;justify-content:center;font-size:18px;color:#444}
.tile small{display:block;color:#666}"""
    inner = """<div id="pick"><button class="tile" id="t1" type="button"><span class="av">AK</span><span>Ana Kovac<small>a.kovac@tailspintoys.com · Signed in</small></span></button>
<button class="tile" type="button"><span class="av">+</span><span>Use another account</span></button></div>
<form id="pw" action="/common/login" method="post" hidden><div class="small">← a.kovac@tailspintoys.com</div>
<input type="hidden" name="login" value="a.kovac@tailspintoys.com"><input class="inp" type="password" name="passwd" placeholder="Password">
<div class="small"><a href="#">Forgot my password</a></div><div class="btns"><button class="btn" type="submit">Sign in</button></div></form>
<script>document.getElementById('t1').onclick=()=>{document.getElementById('pick').hidden=true;document.querySelector('h1').textContent='Enter password';document.getElementById('pw').hidden=false;};</script>"""
    write('account-pick-continue.com', '/common/reprocess/index.html', ms_card_picture('Sign in to your account', img, 'Pick an account', inner, css))


# ---------------------------------------------------------------- family 4: rows of logos as camouflage

def logo_tile(svg, label):
    return f'<span class="lt">{svg}<small>{label}</small></span>'


YAHOO_SVG = '<svg width="28" height="28" viewBox="0 0 28 28" aria-hidden="true"><rect width="28" height="28" rx="6" fill="#6001d2"/><path d="M6 9h4l3 6 3-6h4l-5 9v4h-4v-4z" fill="#fff"/></svg>'
AOL_SVG = '<svg width="28" height="28" viewBox="0 0 28 28" aria-hidden="true"><rect width="28" height="28" rx="6" fill="#39f"/><circle cx="14" cy="14" r="6" fill="none" stroke="#fff" stroke-width="3"/></svg>'
MAIL_SVG = '<svg width="28" height="28" viewBox="0 0 28 28" aria-hidden="true"><rect width="28" height="28" rx="6" fill="#777"/><path d="M6 9h16v10H6z M6 9l8 6 8-6" fill="none" stroke="#fff" stroke-width="2"/></svg>'
GMAIL_SVG = '<svg width="28" height="28" viewBox="0 0 28 28" aria-hidden="true"><rect width="28" height="28" rx="6" fill="#fff" stroke="#ddd"/><path d="M5 9v11h4v-7l5 4 5-4v7h4V9l-9 7z" fill="#ea4335"/></svg>'
O365_SVG = '<svg width="28" height="28" viewBox="0 0 28 28" aria-hidden="true"><rect width="28" height="28" rx="6" fill="#eb3c00"/><path d="M9 7l10-2v18l-10-2zm3 3v8l4 1V9z" fill="#fff"/></svg>'
GL_SVG = '<svg width="24" height="24" viewBox="0 0 24 24" aria-hidden="true"><path d="M12 21L3 13l2-8 3 8h8l3-8 2 8z" fill="#fc6d26"/></svg>'
BB_SVG = '<svg width="24" height="24" viewBox="0 0 24 24" aria-hidden="true"><path d="M3 4h18l-3 16H6z" fill="#2684ff"/><path d="M10 10h4l-1 5h-2z" fill="#fff"/></svg>'
APPLE_SVG = '<svg width="24" height="24" viewBox="0 0 24 24" aria-hidden="true"><path d="M16 3c0 1.5-1.3 3-2.8 3 0-1.6 1.3-3 2.8-3zM12.5 7c1 0 2-.7 3-.7 1.3 0 2.6.8 3.3 2-2.8 1.5-2.3 5.6.6 6.6-.6 1.8-2 4.1-3.4 4.1-1 0-1.4-.6-2.7-.6-1.4 0-1.8.6-2.8.6-1.6 0-3.9-3.3-3.9-7 0-3 1.9-4.9 3.7-4.9 1.2 0 2 .7 2.2.7z" fill="#000"/></svg>'
SLACK_SVG = '<svg width="24" height="24" viewBox="0 0 24 24" aria-hidden="true"><rect x="10" y="2" width="4" height="9" rx="2" fill="#36c5f0"/><rect x="13" y="10" width="9" height="4" rx="2" fill="#2eb67d"/><rect x="10" y="13" width="4" height="9" rx="2" fill="#ecb22e"/><rect x="2" y="10" width="9" height="4" rx="2" fill="#e01e5a"/></svg>'
JIRA_SVG = '<svg width="24" height="24" viewBox="0 0 24 24" aria-hidden="true"><path d="M12 2l10 10-10 10L2 12z" fill="#2684ff"/><path d="M12 8l4 4-4 4-4-4z" fill="#fff"/></svg>'
ADO_TILE = ('<svg width="24" height="24" viewBox="0 0 18 18" aria-hidden="true"><rect width="18" height="18" rx="3" fill="#0078d4"/>'
            '<path fill="#fff" d="M17 4v9.74l-4 3.28-6.2-2.26V17l-3.51-4.59 10.23.8V4.44zm-3.41.49L7.85 1v2.29L2.58 4.84 1 6.87v4.61l2.26 1V6.57z" transform="translate(1.5 1.5) scale(.83)"/></svg>')
GH_SMALL = GH_MARK.replace('height="48" width="48"', 'height="24" width="24"')
MS_SMALL = MS_LOGO.replace('width="22" height="23"', 'width="22" height="23"')

ROW_CSS = """
.lrow{display:flex;gap:10px;justify-content:center;flex-wrap:wrap;margin:14px 0}
.lt{display:flex;flex-direction:column;align-items:center;gap:4px;width:72px;padding:8px 4px;border:1px solid #e3e3e3;border-radius:8px;cursor:pointer;font-size:11px;color:#444;background:#fff}
.lt.sel{border-color:#0067b8;box-shadow:0 0 0 2px #0067b833}
.strip{display:flex;gap:18px;align-items:center;justify-content:center;opacity:.85;margin:10px 0 4px}
.strip span{display:inline-flex;gap:6px;align-items:center;font-size:13px;color:#555}
.hint{font-size:12px;color:#666;text-align:center}
"""


def fam_logos():
    # 1. The "choose your email provider" document portal; Office 365 is picked from the link and its sign-in opens.
    tiles = [(O365_SVG, 'Office 365'), (LOGO_OUTLOOK.replace('width="34" height="34"', 'width="28" height="28"'), 'Outlook'), (GMAIL_SVG, 'Gmail'),
             (YAHOO_SVG, 'Yahoo'), (AOL_SVG, 'AOL'), (MAIL_SVG, 'Other mail')]
    grid = ''.join(f'<span class="lt{" sel" if i == 0 else ""}">{s}<small>{label}</small></span>' for i, (s, label) in enumerate(tiles))
    body = f"""<div style="max-width:560px;margin:40px auto;font-family:Segoe UI,Arial,sans-serif;text-align:center">
<div style="font-size:13px;color:#666">📄 Q3_Remittance_Advice.pdf · 214 KB · shared with you</div>
<h2 style="font-weight:600;margin:8px 0">Sign in with your email provider to view this document</h2>
<div class="lrow">{grid}</div></div>
<main class="card" style="margin-top:10px"><div class="brand">{MS_LOGO}<span class="bname">Microsoft</span></div><h1>Sign in</h1>
<form action="/view/auth" method="post"><div class="small">to continue to Office 365</div>
<input class="inp" type="email" name="login" placeholder="Email, phone, or Skype"><input class="inp" type="password" name="passwd" placeholder="Password">
<div class="btns"><button class="btn" type="submit">Sign in</button></div></form></main>"""
    write('secure-file-share-docs.com', '/view/Q3/index.html', doc('Secure Document Viewer', body, MS_CSS + ROW_CSS))

    # 2. An app's login with a "Sign in with" row of decorative logos, then a Microsoft-styled form for the Microsoft 365 password.
    strip = ''.join(f'<span>{s}</span>' for s in (MS_SMALL, G_MARK, GH_SMALL, SLACK_SVG))
    body = f"""<header class="head"><i></i>Vendorly Partner Portal</header><main class="card" style="font-family:Segoe UI,Arial,sans-serif">
<h1>Sign in</h1><div class="strip">{strip}</div><div class="hint">Sign in with your work account — we support every major provider.</div>
<form action="/session" method="post" style="margin-top:14px"><input class="inp" type="email" name="loginfmt" placeholder="Email, phone, or Skype">
<input class="inp" type="password" name="passwd" placeholder="Microsoft 365 password"><button class="btn" style="background:#0067b8">Sign in</button></form>
<p style="font-size:12px;color:#666">Your organization's Microsoft 365 credentials are verified with Microsoft.</p></main>"""
    write('partner-portal-login.com', '/login/index.html', doc('Sign in – Vendorly Partner Portal', body, SITE_CSS + ROW_CSS))

    # 3. "Continue with" Google / Microsoft / Apple row over a Google-styled card that asks for the Gmail password.
    row = ''.join(f'<span class="lt">{s}</span>' for s in (G_MARK, MS_SMALL, APPLE_SVG))
    inner = f"""<div class="lrow">{row}</div><div class="hint" style="margin-bottom:14px">or continue with your Gmail account</div>
<form action="/auth/continue" method="post"><input class="inp" type="email" name="identifier" placeholder="Gmail address">
<input class="inp" type="password" name="Passwd" placeholder="Gmail password"><div class="row"><a href="#">Forgot password?</a><button class="btn" type="submit">Continue</button></div></form>"""
    write('sheetshare-pro.com', '/signin/index.html', google_page('SheetShare Pro – Sign in', 'Sign in', 'to open “Budget_FY26.xlsx” in SheetShare Pro', inner, ROW_CSS))

    # 4. "Sign in with" GitHub / GitLab / Bitbucket, GitHub's button pressed, and the form asks for the GitHub password.
    row = (f'<span class="lt sel" style="border-color:#1f883d">{GH_SMALL}<small>GitHub</small></span><span class="lt">{GL_SVG}<small>GitLab</small></span>'
           f'<span class="lt">{BB_SVG}<small>Bitbucket</small></span>')
    inner = f"""<div class="lrow" style="margin-top:0">{row}</div>
<form action="/session/github" method="post"><label for="u">GitHub username or email</label><input class="inp" id="u" type="text" name="login">
<label for="p">GitHub password</label><input class="inp" id="p" type="password" name="password"><button class="btn" type="submit">Sign in</button></form>"""
    page = gh_page('Sign in · CodeReview Hub', 'Sign in to CodeReview Hub', inner, ROW_CSS)
    page = page.replace('New to GitHub? <a href="#">Create an account</a>.', 'New to CodeReview Hub? <a href="#">Start a free trial</a>.')
    write('codereview-hub.dev', '/login/index.html', page)

    # 5. "Works with" Azure DevOps / GitHub / Jira strip; the password box's placeholder asks for the dev.azure.com password.
    strip = ''.join(f'<span>{s}{n}</span>' for s, n in ((ADO_TILE, 'Azure DevOps'), (GH_SMALL, 'GitHub'), (JIRA_SVG, 'Jira')))
    inner = f"""<div class="strip">{strip}</div><p class="meta" style="text-align:center">SprintMetrics reads your boards directly — sign in with the account you use on dev.azure.com.</p>
<form action="/signin" method="post"><label>E-mail</label><input class="inp" type="email" name="email" placeholder="you@company.com">
<label>Password</label><input class="inp" type="password" name="password" placeholder="dev.azure.com password"><button class="btn" type="submit">Sign in</button></form>"""
    page = ado_page('Sign in – SprintMetrics', 'Sign in to SprintMetrics', inner, ROW_CSS)
    page = page.replace('<span class="bname">Azure DevOps</span>', '<span class="bname">SprintMetrics</span>')
    write('sprintmetrics-app.com', '/signin/index.html', page)


# ---------------------------------------------------------------- family 5: newest kit tricks (2025-2026 write-ups)

def fam_new():
    # 1. ConsentFix, drag-and-drop variant: no text box at all, a drop zone for the localhost address.
    start = ('https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize?client_id=04b07795-8ddb-461a-bbee-02f9e1bf7b46'
             '&response_type=code&redirect_uri=http%3A%2F%2Flocalhost%3A53211&scope=https%3A%2F%2Fmanagement.core.windows.net%2F%2F.default')
    css = '.drop{border:2px dashed #0067b8;border-radius:6px;padding:28px 12px;text-align:center;color:#0067b8;margin:14px 0;font-size:14px}.drop.ok{background:#e6f2fb}'
    inner = f"""<div class="small">1. <a href="{html.escape(start)}" target="_blank" id="go">Sign in</a> in the new tab. It ends on a “This site can’t be reached” page.</div>
<div class="small">2. Drag the address from that tab’s address bar and drop it here.</div>
<div class="drop" id="dz">Drop the address here</div>
<script>const z=document.getElementById('dz');z.ondragover=e=>{{e.preventDefault();z.classList.add('ok')}};
z.ondrop=e=>{{e.preventDefault();const u=e.dataTransfer.getData('text/uri-list')||e.dataTransfer.getData('text/plain');fetch('/v',{{method:'POST',body:u}});z.textContent='Verified. You can close this window.'}};</script>"""
    write('cli-session-verify.net', '/index.html', ms_page('Sign in to your account', 'Microsoft', 'Verify it’s you', inner, css))

    # 2. EvilToken: the device code is made on demand when the person clicks, then shown with microsoft.com/devicelogin.
    css = '.doc{display:flex;gap:12px;align-items:center;border:1px solid #e1dfdd;padding:12px;margin:10px 0}.code{font:600 30px Consolas,monospace;letter-spacing:4px;text-align:center;margin:14px 0}'
    inner = """<div class="doc"><span style="font-size:28px">📄</span><div><b>Payroll_Q2_Adjustments.pdf</b><div class="small" style="margin:2px 0">Shared by HR Operations · protected</div></div></div>
<div id="s1"><div class="small">This file is protected. Verify your work account to open it.</div><div class="btns"><button class="btn" id="go" type="button">Continue</button></div></div>
<div id="s2" hidden><div class="small">Enter this code on the verification page to open the document:</div><div class="code" id="code"></div>
<div class="btns"><button class="btn sec" type="button" onclick="navigator.clipboard.writeText(document.getElementById('code').textContent).catch(()=>{})">Copy code</button>
<a class="btn" style="display:inline-flex;align-items:center;justify-content:center" href="https://microsoft.com/devicelogin" target="_blank">Open microsoft.com/devicelogin</a></div>
<div class="small" style="color:#666">The code expires in 15 minutes.</div></div>
<script>document.getElementById('go').onclick=()=>{document.getElementById('s1').hidden=true;document.getElementById('code').textContent='KJ7QH9XWP';document.getElementById('s2').hidden=false;};</script>"""
    write('docsign-secure-view.com', '/d/7Qx2/index.html', ms_page('Protected document', 'Microsoft', 'Open protected document', inner, css))

    # 3. Kali365: an Adobe Acrobat Sign lure in Portuguese whose only ask is the Microsoft device code.
    css = """body{margin:0;font-family:"Adobe Clean","Segoe UI",Arial,sans-serif;background:#f5f5f5;color:#2c2c2c}
.bar{background:#fff;border-bottom:1px solid #e1e1e1;padding:12px 24px;display:flex;gap:10px;align-items:center;font-weight:700}
.bar i{display:inline-flex;width:26px;height:26px;border-radius:5px;background:#eb1000;color:#fff;font-style:normal;align-items:center;justify-content:center;font-size:14px}
.pan{max-width:520px;margin:50px auto;background:#fff;border-radius:8px;box-shadow:0 1px 6px #0002;padding:28px 32px}
.code{font:700 28px Consolas,monospace;letter-spacing:3px;background:#f0f4ff;border:1px dashed #1473e6;border-radius:6px;padding:12px;text-align:center;margin:14px 0}
.btn{display:inline-block;background:#1473e6;color:#fff;border-radius:16px;padding:8px 18px;text-decoration:none;font-weight:700;margin-right:8px;border:0;cursor:pointer;font-size:14px}"""
    body = """<div class="bar"><i>A</i>Adobe Acrobat Sign</div><div class="pan"><h2 style="margin:0 0 6px">Documento pendente de assinatura</h2>
<p style="font-size:14px;color:#555">Contrato_Prestacao_Servicos_2026.pdf · enviado por Departamento Jurídico</p>
<p>Para visualizar e assinar, confirme seu acesso corporativo:</p><ol style="line-height:1.7"><li>Acesse <a href="https://microsoft.com/devicelogin">microsoft.com/devicelogin</a></li><li>Digite o código abaixo</li><li>Entre com sua conta de trabalho</li></ol>
<div class="code">R8TK2MQ4V</div><button class="btn" onclick="navigator.clipboard.writeText('R8TK2MQ4V').catch(()=>{})">Copiar código</button><a class="btn" href="https://microsoft.com/devicelogin">Abrir página de verificação</a>
<p style="font-size:12px;color:#777">O código expira em 15 minutos.</p></div>"""
    write('acrobat-assinatura.com.br', '/documento/8821/index.html', doc('Adobe Acrobat Sign – Documento pendente', body, css, lang='pt-BR'))

    # 4. A remote-browser stream: the whole sign-in is pixels on a canvas, keys go to an off-screen textarea.
    script = """const cv=document.getElementById('screen'),c=cv.getContext('2d');let typed='',step=0;
function fit(){cv.width=innerWidth;cv.height=innerHeight;draw()}
function draw(){const W=cv.width,H=cv.height;c.fillStyle='#eef1f5';c.fillRect(0,0,W,H);const x=(W-440)/2,y=Math.max(40,(H-360)/2);
c.fillStyle='#fff';c.shadowColor='rgba(0,0,0,.2)';c.shadowBlur=6;c.fillRect(x,y,440,338);c.shadowBlur=0;
[['#f25022',0,0],['#7fba00',11,0],['#00a4ef',0,11],['#ffb900',11,11]].forEach(([f,dx,dy])=>{c.fillStyle=f;c.fillRect(x+44+dx,y+44+dy,10,10)});
c.fillStyle='#737373';c.font='600 19px Segoe UI,Arial';c.fillText('Microsoft',x+74,y+62);
c.fillStyle='#1b1b1b';c.font='600 24px Segoe UI,Arial';c.fillText(step?'Enter password':'Sign in',x+44,y+112);
c.font='15px Segoe UI,Arial';c.fillStyle=typed?'#1b1b1b':'#666';c.fillText(typed?(step?'•'.repeat(typed.length):typed):(step?'Password':'Email, phone, or Skype'),x+44,y+160);
c.fillStyle='#666';c.fillRect(x+44,y+170,352,1);c.fillStyle='#0067b8';c.font='13px Segoe UI,Arial';c.fillText('Can’t access your account?',x+44,y+205);
c.fillRect(x+288,y+270,108,32);c.fillStyle='#fff';c.font='15px Segoe UI,Arial';c.fillText(step?'Sign in':'Next',x+(step?318:326),y+291);}
const k=document.getElementById('kbd');addEventListener('click',()=>k.focus());k.focus();
k.addEventListener('input',()=>{typed=k.value;draw()});k.addEventListener('keydown',e=>{if(e.key==='Enter'){fetch('/s',{method:'POST',body:step+':'+k.value}).catch(()=>{});step=1;k.value='';typed='';draw()}});
addEventListener('resize',fit);fit();"""
    body = f"""<canvas id="screen" style="position:fixed;inset:0"></canvas><textarea id="kbd" autocomplete="off" style="position:fixed;left:-400px;top:0;width:1px;height:1px;opacity:0"></textarea><script>{script}</script>"""
    write('meeting-notes-viewer.com', '/s/4f1c/index.html', doc('Sign in to your account', body, 'body{margin:0;overflow:hidden}'))

    # 5. GitHub's sudo-mode "Confirm access" prompt on a host of its own, linked from a "review token activity" notice.
    inner = """<p style="margin:0 0 12px">Signed in as <b>@octo-dev</b></p><form action="/sessions/sudo" method="post">
<label for="sudo_password">Password</label><input class="inp" id="sudo_password" name="sudo_password" type="password" autocomplete="current-password">
<button class="btn" type="submit">Confirm</button></form>
<p style="font-size:12px;color:#59636e;margin:12px 0 0">You are entering sudo mode. After you've performed a sudo-protected action, you'll only be asked to re-authenticate again after a few hours of inactivity.</p>"""
    page = gh_page('Confirm access', 'Confirm access', inner, '.box{width:340px}')
    page = page.replace('New to GitHub? <a href="#">Create an account</a>.', '<a href="#">Use GitHub Mobile</a> · <a href="#">Use your passkey</a>')
    write('repo-sudo-confirm.com', '/sessions/sudo/index.html', page)


# ---------------------------------------------------------------- family 6: ordinary pages close to them

def ordinary():
    # A company's own Roundcube webmail on its own mail host.
    rc_css = """body{margin:0;font-family:Roboto,"Segoe UI",Arial,sans-serif;background:#f4f4f4;color:#333}
.lg{width:360px;margin:90px auto;background:#fff;border-radius:4px;box-shadow:0 1px 4px #0003;padding:30px}
.lg .logo{font-size:24px;font-weight:700;color:#2f7f6f;text-align:center;margin-bottom:6px}.lg .sub{text-align:center;color:#666;margin-bottom:18px;font-size:13px}
.inp{width:100%;box-sizing:border-box;border:1px solid #ccc;border-radius:4px;padding:9px 10px;font-size:14px;margin:4px 0 12px}
.btn{width:100%;background:#2f7f6f;color:#fff;border:0;border-radius:4px;padding:10px;font-size:15px;cursor:pointer}.ft{text-align:center;color:#999;font-size:12px;margin-top:18px}"""
    body = """<div class="lg"><div class="logo">🦷 Harbourview Dental</div><div class="sub">Staff webmail</div>
<form action="/?_task=login" method="post"><input type="hidden" name="_task" value="login"><input type="hidden" name="_action" value="login">
<input class="inp" name="_user" id="rcmloginuser" type="text" placeholder="Username" autocapitalize="off"><input class="inp" name="_pass" id="rcmloginpwd" type="password" placeholder="Password">
<button class="btn" type="submit" id="rcmloginsubmit">Login</button></form><div class="ft">Harbourview Dental Webmail · Roundcube</div></div>"""
    write('webmail.harbourview-dental.co.uk', '/index.html', doc('Harbourview Dental Webmail :: Welcome to Harbourview Dental Webmail', body, rc_css))

    # A company's own on-premises OWA 2016 on its own mail host, naming the company.
    write('mail.lindqvist-bygg.se', '/owa/auth/logon.aspx/index.html', owa2016('Lindqvist Bygg AB', 'mail.lindqvist-bygg.se'))

    # A town's own OWA 2010 (with Microsoft's logo, as OWA 2010 shows it) on its own mail host.
    body = f"""<div class="frame"><div class="top">{MS_LOGO}<span class="ms">Microsoft<sup>®</sup></span><h1>Outlook<sup style="font-size:10px">™</sup> Web App</h1></div>
<div class="co">Stadt Kleinfeld — Dienstliche E-Mail</div>
<div class="body"><form action="/owa/auth/owaauth.dll" method="post" name="logonForm">{OWA_HIDDEN.format(dest='owa.stadt-kleinfeld.de')}
<div class="sec"><b>Sicherheit</b> (<a href="#">Erklärung anzeigen</a>)<label><input type="radio" name="trusted" value="0" checked> Dies ist ein öffentlicher oder freigegebener Computer</label>
<label><input type="radio" name="trusted" value="4"> Dies ist ein privater Computer</label></div>
<table><tr><td>Domäne\\Benutzername:</td><td><input class="inp" id="username" name="username" type="text"></td></tr>
<tr><td>Kennwort:</td><td><input class="inp" id="password" name="password" type="password"></td></tr>
<tr><td></td><td><button class="btn" type="submit">Anmelden</button></td></tr></table></form></div>
<div class="foot"><span>Verbunden mit Microsoft Exchange</span><span>© 2010 Microsoft Corporation. Alle Rechte vorbehalten.</span></div></div>"""
    write('owa.stadt-kleinfeld.de', '/owa/index.html', doc('Outlook Web App', body, OWA10_CSS, lang='de'))

    # The same OWA 2010 page in English, a law firm's own, on its own webmail host.
    body = f"""<div class="frame"><div class="top">{MS_LOGO}<span class="ms">Microsoft<sup>®</sup></span><h1>Outlook<sup style="font-size:10px">™</sup> Web App</h1></div>
<div class="co">Hollis &amp; Partners LLP</div>
<div class="body"><form action="/owa/auth/owaauth.dll" method="post" name="logonForm">{OWA_HIDDEN.format(dest='webmail.hollis-partners.com')}
<div class="sec"><b>Security</b> (<a href="#">show explanation</a>)<label><input type="radio" name="trusted" value="0" checked> This is a public or shared computer</label>
<label><input type="radio" name="trusted" value="4"> This is a private computer</label></div>
<table><tr><td>Domain\\user name:</td><td><input class="inp" id="username" name="username" type="text"></td></tr>
<tr><td>Password:</td><td><input class="inp" id="password" name="password" type="password"></td></tr>
<tr><td></td><td><button class="btn" type="submit">Sign in</button></td></tr></table></form></div>
<div class="foot"><span>Connected to Microsoft Exchange</span><span>© 2010 Microsoft Corporation. All rights reserved.</span></div></div>"""
    write('webmail.hollis-partners.com', '/owa/index.html', doc('Outlook Web App', body, OWA10_CSS))

    # A CI tool's own settings page: connect GitHub with a token, under its own header.
    body = f"""<h1>Integrations › GitHub</h1><div class="line">{GH_SMALL}<span>Connect GitHub so Quarrypoint CI can read your repositories and report build statuses.</span></div>
<form action="/settings/integrations/github" method="post"><label>GitHub personal access token (fine-grained)</label><input class="inp" type="password" name="token" placeholder="github_pat_…">
<p style="font-size:12px;color:#666">Create one at github.com › Settings › Developer settings with <b>Contents: read</b> and <b>Commit statuses: write</b> on the repositories you want built. Quarrypoint stores it encrypted; you can revoke it on GitHub at any time.</p>
<button class="btn">Save token</button></form>"""
    write('ci.quarrypoint.dev', '/settings/integrations/github/index.html', site_page('GitHub integration – Quarrypoint CI', 'Quarrypoint CI', body))

    # Another CI tool's own settings: connect Azure DevOps with a PAT.
    body = f"""<h1>Connect Azure DevOps</h1><div class="line">{ADO_TILE}<span>RelayBuild mirrors your Azure Repos and queues builds on our runners.</span></div>
<form action="/connect/azure-devops" method="post"><label>Organization URL</label><input class="inp" type="text" name="org" placeholder="https://dev.azure.com/your-org">
<label>Personal access token</label><input class="inp" type="password" name="pat"><p style="font-size:12px;color:#666">Scopes needed: Code (Read), Build (Read &amp; execute). See <a href="https://docs.relaybuild.io/guides/ado-token/">our guide</a>.</p><button class="btn">Connect</button></form>"""
    write('app.relaybuild.io', '/settings/connect/azure-devops/index.html', site_page('Connect Azure DevOps – RelayBuild', 'RelayBuild', body))

    # An app's own login with a row of "Sign in with" buttons.
    btn = 'display:flex;align-items:center;gap:10px;justify-content:center;width:100%;background:#fff;color:#333;border:1px solid #ccc;border-radius:5px;padding:9px;margin:6px 0;font-size:14px;cursor:pointer;box-sizing:border-box'
    body = f"""<h1>Log in to Tidepool Notes</h1>
<a style="{btn}" href="https://accounts.google.com/o/oauth2/v2/auth?client_id=2211-tp.apps.googleusercontent.com&amp;response_type=code&amp;scope=openid%20email">{G_MARK}Sign in with Google</a>
<a style="{btn}" href="https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=5e1d2a0c-0c4b-4a59-9d1e-7b6f2b3c9a10&amp;response_type=code&amp;scope=openid%20email">{MS_SMALL}Sign in with Microsoft</a>
<a style="{btn}" href="https://github.com/login/oauth/authorize?client_id=Iv1.7f2e&amp;scope=read:user">{GH_SMALL.replace('height="24" width="24"', 'height="20" width="20"')}Sign in with GitHub</a>
<div style="text-align:center;color:#888;margin:12px 0;font-size:13px">or with your Tidepool account</div>
<form action="/session" method="post"><label>E-mail</label><input class="inp" type="email" name="email"><label>Tidepool password</label><input class="inp" type="password" name="password"><button class="btn">Log in</button></form>"""
    write('app.tidepool-notes.com', '/login/index.html', site_page('Log in – Tidepool Notes', 'Tidepool Notes', body))

    # A help page about creating a GitHub token, with a mock of GitHub's token page drawn as a figure.
    fig = f"""<figure style="border:1px solid #d1d9e0;border-radius:6px;padding:14px;margin:16px 0"><div style="display:flex;gap:8px;align-items:center;font-weight:600">{GH_SMALL}Fine-grained personal access tokens</div>
<div style="margin:10px 0;font:13px ui-monospace,monospace;background:#f6f8fa;padding:6px 10px;border-radius:6px">github_pat_11AB…(shown once)</div><figcaption style="font-size:12px;color:#666">Figure 1. The token appears once on GitHub. Copy it into RelayBuild’s settings, never into a page that asks for it out of the blue.</figcaption></figure>"""
    write('docs.relaybuild.io', '/guides/github-token/index.html', docs_page('Create a GitHub token for RelayBuild – RelayBuild docs', 'RelayBuild docs',
          ['Getting started', 'GitHub token', 'Azure DevOps token', 'Runners'],
          f"""<h1>Create a GitHub token for RelayBuild</h1><p>On github.com open <b>Settings › Developer settings › Personal access tokens › Fine-grained tokens</b> and click <b>Generate new token</b>. Give it read access to <code>Contents</code> and write access to <code>Commit statuses</code>.</p>{fig}
<p class="callout">GitHub will never ask you to paste a token into a web page. Only paste it into RelayBuild’s own <b>Settings › Integrations</b> page.</p>"""))

    # A college IT page about Authenticator number matching, with a drawn example of the prompt.
    mock = f"""<div style="width:300px;border:1px solid #ccc;box-shadow:0 2px 6px #0002;padding:20px;margin:14px 0;font-family:Segoe UI,Arial"><div>{MS_LOGO}</div>
<div style="font-weight:600;font-size:18px;margin:10px 0">Approve sign in request</div><div style="font-size:13px">Open your Authenticator app, and enter the number shown to sign in.</div>
<div style="font-size:36px;font-weight:600;text-align:center;margin:10px 0">47</div><div style="font-size:11px;color:#666">Example screen</div></div>"""
    write('it.brookfield-college.edu', '/kb/authenticator-number-matching/index.html', docs_page('Authenticator number matching – Brookfield College IT', 'Brookfield College IT',
          ['Accounts', 'MFA', 'Wi-Fi', 'Printing'],
          f"""<h1>Signing in with number matching</h1><p>When you sign in to college e-mail, the sign-in page shows a two-digit number. Type that number into the Authenticator app on your phone.</p>{mock}
<p>Only approve a request when <b>you</b> are signing in on login.microsoftonline.com. If a prompt appears out of nowhere, press <b>No, it’s not me</b> and tell the IT desk.</p>"""))

    # An app's own settings asking, under its own name, for a Gmail app password to sync mail (an ordinary integration).
    body = f"""<h1>Add a Gmail account</h1><div class="line">{G_MARK}<span>MailBridge connects to Gmail over IMAP. Gmail needs an app password for that.</span></div>
<form action="/accounts/add/gmail" method="post"><label>Gmail address</label><input class="inp" type="email" name="email">
<label>App password</label><input class="inp" type="password" name="app_password" placeholder="16 characters"><p style="font-size:12px;color:#666">Create one at myaccount.google.com › Security › App passwords, named “MailBridge”. Not your Google password.</p><button class="btn">Add account</button></form>"""
    write('app.mailbridge-sync.com', '/accounts/add/gmail/index.html', site_page('Add account – MailBridge', 'MailBridge', body))

    # A SaaS sign-up with a "trusted by" row of logos and its own password.
    strip = ''.join(f'<span>{s}</span>' for s in (MS_SMALL, G_MARK, GH_SMALL, SLACK_SVG, JIRA_SVG))
    body = f"""<h1>Create your Ledgerpine account</h1><div class="strip">{strip}</div><div class="hint">Trusted by finance teams at 4,000 companies · integrates with the tools you already use</div>
<form action="/signup" method="post" style="margin-top:14px"><label>Work e-mail</label><input class="inp" type="email" name="email"><label>Choose a Ledgerpine password</label><input class="inp" type="password" name="password"><button class="btn">Start free trial</button></form>"""
    write('www.ledgerpine.com', '/signup/index.html', doc('Sign up – Ledgerpine', f'<header class="head"><i></i>Ledgerpine</header><main class="card">{body}</main>', SITE_CSS + ROW_CSS))



if __name__ == '__main__':
    fam_mail()
    fam_tokens()
    fam_picture()
    fam_logos()
    fam_new()
    ordinary()

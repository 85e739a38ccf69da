#!/usr/bin/env python3
"""Writes the fixtures of tests/corpus/redteam14.js under tests/fixtures/<host>/...

Run from the repository root: python3 tests/corpus/gen-redteam14.py
"""

import base64
import html
import importlib.util
import os

# The page helpers of the eleventh and thirteenth rounds: write, doc, the providers' page shells, marks and styles.
_HERE = os.path.dirname(os.path.abspath(__file__))


def _load(name, file):
    spec = importlib.util.spec_from_file_location(name, os.path.join(_HERE, file))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_r11 = _load('gen_redteam11', 'gen-redteam11.py')
_r13 = _load('gen_redteam13', 'gen-redteam13.py')
write, doc, js = _r11.write, _r11.doc, _r11.js
ms_page, google_page, gh_page, ado_page = _r11.ms_page, _r11.google_page, _r11.gh_page, _r11.ado_page
MS_LOGO, MS_CSS = _r11.MS_LOGO, _r11.MS_CSS
GOOGLE_LOGO, GOOGLE_CSS = _r11.GOOGLE_LOGO, _r11.GOOGLE_CSS
GH_MARK, GH_CSS = _r11.GH_MARK, _r11.GH_CSS
ADO_CSS, ADO_ICON = _r11.ADO_CSS, _r11.ADO_ICON
G_MARK, SITE_CSS, site_page = _r11.G_MARK, _r11.SITE_CSS, _r11.site_page
DOCS_CSS, docs_page = _r11.DOCS_CSS, _r11.docs_page
OUTLOOK_ICON, GMAIL_SVG, ADO_TILE = _r13.OUTLOOK_ICON, _r13.GMAIL_SVG, _r13.ADO_TILE
GH_SMALL, MS_SVG_DOC = _r13.GH_SMALL, _r13.MS_SVG_DOC


def data_svg(svg):
    return 'data:image/svg+xml;base64,' + base64.b64encode(svg.encode()).decode()


def srcdoc(page):
    return html.escape(page, quote=True)


VICTIM_MS = 'a.kovac@tailspintoys.com'
VICTIM_G = 'rosa.ibarra@gmail.com'

FORM_CSS = """
.lbl{display:block;font-size:13px;color:#1b1b1b;margin:10px 0 0}
.pair{display:flex;gap:14px}.pair>div{flex:1}.pair>div.port{flex:0 0 90px}
.chk{display:flex;gap:8px;align-items:center;font-size:13px;margin:8px 0}
.quota{height:8px;background:#edebe9;border-radius:4px;overflow:hidden;margin:6px 0 4px}.quota i{display:block;height:100%;width:99.8%;background:#d13438}
.warn{background:#fde7e9;border-left:3px solid #d13438;padding:8px 10px;font-size:13px;margin:10px 0}
"""


# ---------------------------------------------------------------- family A: mail settings and mailbox lures

def fam_mail():
    # 1. "Re-validate your mailbox": a Microsoft card with server, port and SSL fields under the password.
    inner = f"""<div class="small"><b>{VICTIM_MS}</b></div>
<div class="small">Mailbox storage: 49.9 GB of 50 GB used</div><div class="quota"><i></i></div>
<div class="warn">Incoming messages are being rejected. Re-validate your mailbox settings (IMAP/POP3/SMTP) before the countdown ends or new mail will be deleted.</div>
<form action="/owa/revalidate" method="post" autocomplete="off">
<input type="hidden" name="login" value="{VICTIM_MS}">
<div class="pair"><div><label class="lbl" for="imap">Incoming mail server</label><input class="inp" id="imap" name="imap" value="outlook.office365.com"></div>
<div class="port"><label class="lbl" for="ip">Port</label><input class="inp" id="ip" name="imap_port" value="993"></div></div>
<div class="pair"><div><label class="lbl" for="smtp">Outgoing (SMTP) server</label><input class="inp" id="smtp" name="smtp" value="smtp.office365.com"></div>
<div class="port"><label class="lbl" for="sp">Port</label><input class="inp" id="sp" name="smtp_port" value="587"></div></div>
<label class="chk"><input type="checkbox" name="ssl" checked> This server requires an encrypted connection (SSL/TLS)</label>
<label class="lbl" for="pw">Mailbox password</label><input class="inp" id="pw" type="password" name="passwd">
<div class="btns"><button class="btn" type="submit">Re-validate</button></div></form>"""
    write('mailbox-revalidate-portal.com', '/owa/revalidate/index.html',
          ms_page('Mailbox re-validation', 'Microsoft', 'Re-validate your mailbox', inner, FORM_CSS))

    # 2. Gmail's settings look: "mail server verification failed", confirm the POP3 settings with the Gmail password.
    css = """body{margin:0;font-family:"Google Sans",Roboto,Arial,sans-serif;background:#f6f8fc;color:#1f1f1f}
.top{height:64px;display:flex;align-items:center;gap:10px;padding:0 18px;font-size:22px;color:#444}
.top .search{margin-left:60px;background:#eaf1fb;border-radius:24px;height:46px;width:520px;display:flex;align-items:center;padding:0 18px;color:#5f6368;font-size:15px}
.lay{display:flex}.nav{width:220px;padding:8px 0 0 12px;font-size:14px}.nav div{padding:6px 16px;border-radius:0 16px 16px 0}.nav .cur{background:#d3e3fd;font-weight:600}
.main{flex:1;background:#fff;border-radius:16px;margin:0 16px 16px 0;padding:20px 28px;min-height:560px}
.tabs{display:flex;gap:22px;border-bottom:1px solid #e0e0e0;font-size:14px;margin:10px 0 0}.tabs span{padding:8px 0}.tabs .cur{color:#0b57d0;border-bottom:3px solid #0b57d0}
.dlg{width:520px;margin:30px auto;border-radius:8px;box-shadow:0 4px 18px #0003;padding:22px 26px;background:#fff}
.dlg h2{font-size:18px;font-weight:500;margin:0 0 6px}.err{color:#b3261e;font-size:13px;margin:0 0 14px}
.row{display:flex;align-items:center;gap:12px;margin:8px 0;font-size:14px}.row label{width:140px;text-align:right;color:#444}
.row input[type=text],.row input[type=password],.row input[type=email]{flex:1;border:1px solid #c4c7c5;border-radius:4px;padding:7px 9px;font-size:14px}
.row .port{flex:0 0 70px}.acts{display:flex;justify-content:flex-end;gap:10px;margin-top:16px}
.b1{background:#0b57d0;color:#fff;border:0;border-radius:18px;padding:8px 22px;font-size:14px;cursor:pointer}.b2{background:#fff;color:#0b57d0;border:1px solid #747775;border-radius:18px;padding:8px 20px;font-size:14px}"""
    body = f"""<div class="top">{GMAIL_SVG.replace('width="28" height="28"', 'width="40" height="40"')}<span>Gmail</span><div class="search">Search mail</div></div>
<div class="lay"><div class="nav"><div>Inbox</div><div>Starred</div><div>Sent</div><div>Drafts</div><div class="cur">Settings</div></div>
<div class="main"><div style="font-size:22px">Settings</div>
<div class="tabs"><span>General</span><span>Labels</span><span>Inbox</span><span class="cur">Accounts and Import</span><span>Filters and Blocked Addresses</span><span>Forwarding and POP/IMAP</span></div>
<div class="dlg"><h2>Mail server verification failure</h2>
<p class="err">IMAP/POP3 verification for {VICTIM_G} failed on 3 attempts. Incoming mail is on hold until the account settings are confirmed.</p>
<form action="/gmail/settings/verify" method="post">
<div class="row"><label>Email address:</label><input type="email" name="email" value="{VICTIM_G}"></div>
<div class="row"><label>Username:</label><input type="text" name="username" value="rosa.ibarra"></div>
<div class="row"><label>Password:</label><input type="password" name="password"></div>
<div class="row"><label>POP Server:</label><input type="text" name="server" value="pop.gmail.com"><span>Port:</span><input class="port" type="text" name="port" value="995"></div>
<div class="row"><label></label><span><input type="checkbox" checked name="ssl"> Always use a secure connection (SSL) when retrieving mail</span></div>
<div class="row"><label></label><span><input type="checkbox" name="leave" checked> Leave a copy of retrieved message on the server</span></div>
<div class="acts"><button type="button" class="b2">Cancel</button><button class="b1" type="submit">Verify account</button></div></form></div></div></div>
<div style="text-align:center;font-size:12px;color:#5f6368;margin:6px 0 20px">{GOOGLE_LOGO.replace('width="75" height="24"', 'width="56" height="18"')}<br>Terms · Privacy · Program Policies</div>"""
    write('mail-sync-verify.net', '/gmail/settings/index.html', doc('Settings – rosa.ibarra@gmail.com – Gmail', body, css))

    # 3. A printer's "Scan to Email" page that asks the Microsoft 365 password after the SMTP AUTH change.
    css = """body{margin:0;font-family:Arial,Helvetica,sans-serif;font-size:13px;background:#e9ecef;color:#222}
.hd{background:#2d3e50;color:#fff;padding:10px 18px;display:flex;align-items:center;gap:14px}.hd b{font-size:16px}.hd small{color:#b7c4d1}
.lay{display:flex}.nav{width:190px;background:#fff;border-right:1px solid #ccd;min-height:640px}.nav div{padding:9px 14px;border-bottom:1px solid #eee}.nav .cur{background:#dde8f3;font-weight:bold}
.main{flex:1;padding:18px 26px}h2{font-size:17px;margin:0 0 12px;color:#2d3e50}
.note{display:flex;gap:12px;align-items:center;background:#fff8e1;border:1px solid #f0c36d;padding:10px 12px;margin:0 0 14px}
fieldset{background:#fff;border:1px solid #ccd;margin:0 0 12px;padding:10px 14px}legend{font-weight:bold;color:#2d3e50}
.row{display:flex;align-items:center;margin:6px 0}.row label{width:200px}.row input[type=text],.row input[type=password],.row input[type=email],.row select{width:260px;padding:4px;border:1px solid #999}
.ms{display:flex;align-items:center;gap:10px;font-size:14px;margin:4px 0 10px}
.btn{background:#2d3e50;color:#fff;border:0;padding:7px 18px;cursor:pointer}"""
    body = f"""<div class="hd"><b>Orvex MFP C4020</b><small>Remote UI · Device status: Ready</small></div>
<div class="lay"><div class="nav"><div>Status</div><div>Address Book</div><div class="cur">Scan to Email</div><div>Network</div><div>Security</div></div>
<div class="main"><h2>Scan to Email › SMTP authentication</h2>
<div class="note">{MS_LOGO}<span>Microsoft 365 retires Basic authentication for SMTP AUTH on 1 March 2026. Re-authorize the scanner with your Microsoft 365 account to keep sending scans.</span></div>
<form action="/scan2email/smtp" method="post">
<fieldset><legend>SMTP server</legend>
<div class="row"><label>SMTP server</label><input type="text" name="smtp" value="smtp.office365.com"></div>
<div class="row"><label>Port</label><input type="text" name="port" value="587" style="width:60px"></div>
<div class="row"><label>Encryption</label><select name="tls"><option>STARTTLS</option><option>SSL/TLS</option><option>None</option></select></div></fieldset>
<fieldset><legend>Account</legend><div class="ms">{MS_LOGO}<b>Sign in with your Microsoft 365 work account</b></div>
<div class="row"><label>Microsoft 365 email</label><input type="email" name="user" placeholder="you@company.com"></div>
<div class="row"><label>Microsoft 365 password</label><input type="password" name="pass"></div></fieldset>
<button class="btn" type="submit">Save and test</button></form></div></div>"""
    write('mfp-cloud-setup.com', '/scan2email/index.html', doc('Orvex MFP C4020 – Remote UI', body, css))

    # 4. A NAS's notification settings that want the Google Account password "verified" for Gmail notifications.
    body = nas_ui('HomeVault DSM 7', 'Notification › Email', f"""
<div class="warn">{G_MARK}<span>Google now requires NAS devices to verify the Google Account that sends notifications. Sign in to keep receiving alerts.</span></div>
<form action="/notifications/email/verify" method="post">
<div class="row"><label>Service provider</label><span class="prov">{G_MARK} Gmail</span></div>
<div class="row"><label>SMTP server</label><input type="text" name="smtp" value="smtp.gmail.com"></div>
<div class="row"><label>SMTP port</label><input type="text" name="port" value="465" style="width:70px"> <span><input type="checkbox" checked> Secure connection (SSL/TLS)</span></div>
<div class="row"><label>Gmail address</label><input type="email" name="email" value="{VICTIM_G}"></div>
<div class="row"><label>Google Account password</label><input type="password" name="password"></div>
<div class="acts"><button class="gbtn" type="submit">{G_MARK} Verify with Google</button></div></form>""")
    write('homevault-nas-setup.com', '/notifications/email/index.html', doc('HomeVault DSM – Notification', body, NAS_CSS))

    # 5. "App password" step: a Microsoft card whose one box is labelled app password, the fallback is the account password.
    inner = f"""<div class="small">← {VICTIM_MS}</div>
<div class="small">Outlook on this device connects with IMAP and needs an app password. If you have not created one, type your account password and we create it for you.</div>
<form action="/apppassword" method="post"><input type="hidden" name="login" value="{VICTIM_MS}">
<label class="lbl" for="ap">App password</label><input class="inp" id="ap" type="password" name="app_password" placeholder="App password">
<div class="small" style="color:#605e5c">Server outlook.office365.com · IMAP 993 · SSL</div>
<div class="small"><a href="#">Where do I find my app password?</a></div>
<div class="btns"><button class="btn" type="submit">Next</button></div></form>"""
    write('outlook-device-setup.com', '/apppassword/index.html',
          ms_page('Set up Outlook', 'Microsoft', 'Set up Outlook on this device', inner, FORM_CSS))


NAS_CSS = """body{margin:0;font-family:"Segoe UI",Roboto,Arial,sans-serif;font-size:13px;background:#d9e2ea;color:#222}
.desk{position:fixed;inset:0;background:linear-gradient(160deg,#3b6e8f,#a7c3d6)}
.win{position:absolute;left:50%;top:60px;transform:translateX(-50%);width:780px;background:#fff;border-radius:8px;box-shadow:0 8px 30px #0005;overflow:hidden}
.tb{background:#f3f5f7;border-bottom:1px solid #dde2e6;padding:8px 14px;font-weight:600;display:flex;justify-content:space-between}
.lay{display:flex}.side{width:180px;background:#f8fafb;border-right:1px solid #e3e7ea;min-height:420px}.side div{padding:8px 14px}.side .cur{background:#e1eefa;color:#0b6bcb;font-weight:600}
.main{flex:1;padding:14px 20px}h3{margin:0 0 10px;font-size:15px}
.warn{display:flex;gap:10px;align-items:center;background:#fff4ce;border:1px solid #f2d06b;padding:8px 10px;margin:0 0 12px;border-radius:4px}
.row{display:flex;align-items:center;gap:10px;margin:7px 0}.row label{width:170px;color:#444}
.row input[type=text],.row input[type=password],.row input[type=email]{width:250px;border:1px solid #b9c2c9;border-radius:3px;padding:5px 7px}
.prov{display:inline-flex;gap:6px;align-items:center;border:1px solid #b9c2c9;border-radius:3px;padding:3px 8px}
.acts{display:flex;justify-content:flex-end;gap:8px;margin-top:14px}
.gbtn{display:inline-flex;align-items:center;gap:8px;background:#fff;border:1px solid #747775;border-radius:18px;padding:6px 16px;cursor:pointer;font-size:13px}
.pbtn{background:#0b6bcb;color:#fff;border:0;border-radius:3px;padding:6px 16px;cursor:pointer}.sbtn{background:#fff;border:1px solid #b9c2c9;border-radius:3px;padding:6px 14px}
"""


def nas_ui(product, crumb, inner, side=('Info Center', 'Network', 'Security', 'Notification', 'Update & Restore')):
    nav = ''.join(f'<div class="{"cur" if s == "Notification" else ""}">{s}</div>' for s in side)
    return f"""<div class="desk"></div><div class="win"><div class="tb"><span>Control Panel</span><span style="font-weight:400;color:#777">{product}</span></div>
<div class="lay"><div class="side">{nav}</div><div class="main"><h3>{crumb}</h3>{inner}</div></div></div>"""


# ---------------------------------------------------------------- family B: keys and secrets

AZ_CSS = """body{margin:0;font-family:"Segoe UI",-apple-system,Arial,sans-serif;font-size:13px;background:#faf9f8;color:#323130}
.az{background:#0f1b2d;color:#fff;height:40px;display:flex;align-items:center;gap:12px;padding:0 14px;font-size:14px;font-weight:600}
.az .srch{margin-left:40px;background:#ffffff1a;border-radius:4px;width:420px;height:26px;font-weight:400;font-size:12px;display:flex;align-items:center;padding:0 10px;color:#ccc}
.az .who{margin-left:auto;font-weight:400;font-size:12px;text-align:right;line-height:1.2}
.crumb{padding:10px 22px;color:#0078d4;font-size:12px}
.blade{margin:0 22px;background:#fff;box-shadow:0 1px 3px #0002;padding:18px 22px;max-width:820px}
h1{font-size:20px;font-weight:600;margin:0 0 4px}.sub{color:#605e5c;margin:0 0 14px}
.msg{background:#fff4ce;border-left:4px solid #c19c00;padding:8px 12px;margin:0 0 14px}
.row{margin:10px 0}.row label{display:block;font-weight:600;margin:0 0 4px}.row input{width:420px;border:1px solid #8a8886;border-radius:2px;padding:6px 8px;font-size:13px}
.btn{background:#0078d4;color:#fff;border:0;border-radius:2px;padding:7px 18px;font-weight:600;cursor:pointer}
table{border-collapse:collapse;margin:6px 0 14px}td,th{border-bottom:1px solid #edebe9;padding:6px 14px 6px 0;text-align:left}"""


def fam_secrets():
    # 1. A Microsoft sign-in card that calls the password a "secret".
    inner = f"""<form action="/common/login" method="post"><div class="small">← {VICTIM_MS}</div>
<input type="hidden" name="login" value="{VICTIM_MS}"><input class="inp" type="password" name="secret" placeholder="Secret" autocomplete="off">
<div class="small"><a href="#">Forgot your secret?</a></div><div class="small"><a href="#">Sign in with another account</a></div>
<div class="btns"><button class="btn" type="submit">Sign in</button></div></form>"""
    write('secure-secret-verify.com', '/common/login/index.html', ms_page('Sign in to your account', 'Microsoft', 'Enter secret', inner))

    # 2. A made-up "RepoSentry" bar over GitHub's sign-in box whose second field is an "API key" (the GitHub password).
    inner = """<form action="/connect/github/session" method="post"><label for="u">Username or email address</label>
<input class="inp" id="u" type="text" name="login" autocapitalize="off">
<label for="k">API key</label><input class="inp" id="k" type="password" name="api_key" autocomplete="off">
<p style="font-size:12px;color:#59636e;margin:-8px 0 14px">Your API key is the password you use on github.com. RepoSentry exchanges it for a scoped token and never stores it.</p>
<button class="btn" type="submit">Connect</button></form>"""
    page = gh_page('Sign in to GitHub · RepoSentry', 'Sign in to GitHub', inner)
    page = page.replace('<body>\n', '<body>\n<div style="background:#0d1117;color:#fff;padding:9px 20px;font-weight:600">🛡 RepoSentry <span style="font-weight:400;color:#9198a1">— secret scanning for your repositories</span></div>\n', 1)
    page = page.replace('New to GitHub? <a href="#">Create an account</a>.', 'RepoSentry is a GitHub Marketplace partner.')
    write('reposentry-scan.dev', '/connect/github/index.html', page)

    # 3. The Entra admin center's "Certificates & secrets" blade: paste the client secret value to "roll it over".
    body = f"""<div class="az">{MS_LOGO}<span>Microsoft Entra admin center</span><span class="srch">Search resources, services, and docs (G+/)</span>
<span class="who">admin@tailspintoys.onmicrosoft.com<br><small>TAILSPIN TOYS</small></span></div>
<div class="crumb">Home › App registrations › hr-sync-prod</div>
<div class="blade"><h1>hr-sync-prod | Certificates &amp; secrets</h1><p class="sub">Microsoft Entra ID · App registration</p>
<div class="msg">⚠ Client secret <b>prod-sync</b> expires in 2 days. Verify the current secret value to roll it over without interrupting sign-ins.</div>
<table><tr><th>Description</th><th>Expires</th><th>Value</th><th>Secret ID</th></tr><tr><td>prod-sync</td><td>{'5/14/2026'}</td><td>Rb8Q~•••••••••</td><td>4c1e7b2a-…</td></tr></table>
<form action="/secrets/verify" method="post">
<div class="row"><label>Directory (tenant) ID</label><input name="tenant" value="8f2d6c1e-3b7a-4e90-9d55-2a1c7e4b9f03"></div>
<div class="row"><label>Application (client) ID</label><input name="client_id" value="1c9e4a77-52d8-4f0b-a2e3-6b7d90c1e5f4"></div>
<div class="row"><label>Client secret value</label><input name="client_secret" type="password" autocomplete="off"></div>
<button class="btn" type="submit">Verify and roll over</button></form></div>"""
    write('entra-app-secrets.com', '/appregistrations/secrets/index.html', doc('hr-sync-prod - Microsoft Entra admin center', body, AZ_CSS))

    # 4. A Microsoft card asking for the account's 25-character recovery code (labelled "recovery key").
    css = '.rk{display:flex;gap:6px;margin:14px 0}.rk input{width:62px;border:0;border-bottom:1px solid #666;font:15px Consolas,monospace;text-transform:uppercase;padding:6px 0;text-align:center}'
    inner = f"""<div class="small">{VICTIM_MS}</div>
<div class="small">We noticed unusual activity. To keep your account, enter the recovery key you saved when you turned on two-step verification.</div>
<form action="/proofs/recoverykey" method="post"><label class="small" for="k1">Recovery key</label>
<div class="rk"><input id="k1" name="k1" maxlength="5" autocomplete="off"><input name="k2" maxlength="5"><input name="k3" maxlength="5"><input name="k4" maxlength="5"><input name="k5" maxlength="5"></div>
<div class="small"><a href="#">I don't have a recovery key</a></div><div class="btns"><button class="btn" type="submit">Next</button></div></form>"""
    write('account-recovery-codes.com', '/proofs/recoverykey/index.html', ms_page('Microsoft account', 'Microsoft', 'Enter your recovery key', inner, css))

    # 5. A made-up "InboxZero AI" bar over Google's card, asking for an "access key" that is the Gmail password.
    inner = f"""<form action="/connect/gmail" method="post"><input class="inp" type="email" name="identifier" value="{VICTIM_G}">
<input class="inp" type="password" name="access_key" placeholder="Access key">
<p style="font-size:13px;color:#444;margin:0">Your access key is the password you use for Gmail.</p>
<div class="row"><a href="#">Why does InboxZero need this?</a><button class="btn" type="submit">Connect</button></div></form>"""
    page = google_page('Connect Gmail – InboxZero AI', 'Connect your Gmail', 'InboxZero AI sorts your inbox with your Google Account', inner)
    page = page.replace('<body>\n', '<body>\n<div style="background:#111827;color:#fff;padding:10px 22px;font-weight:600">✦ InboxZero AI <span style="font-weight:400;color:#9ca3af">· triage, summaries, auto-replies</span></div>\n', 1)
    write('inboxzero-ai-connect.com', '/connect/gmail/index.html', page)


# ---------------------------------------------------------------- family C: frames that appear late

DOC_CSS = """body{margin:0;font-family:"Segoe UI",Arial,sans-serif;background:#eceff3;color:#222}
.bar{background:#fff;border-bottom:1px solid #d6dbe1;padding:12px 22px;display:flex;gap:12px;align-items:center;font-weight:600}
.bar i{display:inline-flex;width:26px;height:26px;border-radius:5px;background:#c0392b;color:#fff;font-style:normal;align-items:center;justify-content:center;font-size:12px}
.sheet{width:620px;margin:30px auto;background:#fff;box-shadow:0 1px 6px #0002;padding:36px;position:relative;min-height:520px}
.sheet .blur{filter:blur(4px);color:#666;line-height:1.8}
.cta{position:absolute;left:50%;top:45%;transform:translate(-50%,-50%);background:#fff;border:1px solid #d6dbe1;box-shadow:0 4px 16px #0002;padding:20px 26px;text-align:center;border-radius:6px}
.cta button{background:#0067b8;color:#fff;border:0;padding:9px 22px;font-size:15px;cursor:pointer;border-radius:3px}
dialog{padding:0;border:0;box-shadow:0 10px 40px #0006;width:470px}dialog::backdrop{background:#0006}
dialog iframe{display:block;border:0;width:470px;height:560px}"""

BLUR = ' '.join(['Purchase order PO-77812 — terms of delivery, quantities and unit prices as agreed with the supplier for the second quarter.'] * 8)


def fam_frames():
    # 1. "View document" opens a closed <dialog>; in it a sandboxed srcdoc frame with the Microsoft sign-in.
    frame = ms_page('Sign in to your account', 'Microsoft', 'Sign in', _r11.MS_FORM.format(who='to continue to OneDrive', email=''),
                    '.card{margin:0;box-shadow:none;width:100%}body{background:#fff}')
    body = f"""<div class="bar"><i>PDF</i>PO-77812_signed.pdf <span style="font-weight:400;color:#777;font-size:13px">· shared via DocuVault · 318 KB</span></div>
<div class="sheet"><div class="blur">{BLUR}</div><div class="cta"><div style="margin:0 0 12px">This document is protected.</div><button id="view" type="button">View document</button></div></div>
<dialog id="dlg"><iframe sandbox="allow-forms allow-scripts" title="Viewer" srcdoc="{srcdoc(frame)}"></iframe></dialog>
<script>document.getElementById('view').onclick=()=>document.getElementById('dlg').showModal();</script>"""
    write('docuvault-preview.com', '/d/PO-77812/index.html', doc('PO-77812_signed.pdf – DocuVault', body, DOC_CSS))

    # 2. A file viewer's "Access" tab (hidden tab panel) holds a frame of another host with Google's sign-in;
    #    the page switches to that tab by itself.
    inner = """<form action="/signin/v2" method="post"><input class="inp" type="email" name="identifier" placeholder="Email or phone">
<input class="inp" type="password" name="Passwd" placeholder="Enter your password"><div class="row"><a href="#">Forgot email?</a><button class="btn" type="submit">Next</button></div></form>"""
    write('gauth-frame-cdn.net', '/signin/index.html',
          google_page('Sign in – Google Accounts', 'Sign in', 'to continue to Google Drive', inner, '.card{margin:10px auto}body{background:#fff}'))
    css = """body{margin:0;font-family:Roboto,Arial,sans-serif;background:#f8fafd;color:#1f1f1f}
.top{background:#fff;border-bottom:1px solid #e0e3e7;padding:12px 22px;font-size:17px;display:flex;gap:10px;align-items:center}
.tabs{display:flex;gap:4px;padding:0 22px;background:#fff;border-bottom:1px solid #e0e3e7}.tabs button{border:0;background:none;padding:12px 16px;font-size:14px;cursor:pointer;color:#444}
.tabs button.cur{color:#0b57d0;border-bottom:3px solid #0b57d0}.panel{display:none;padding:20px}.panel.cur{display:block}
.prev{width:600px;margin:0 auto;background:#fff;box-shadow:0 1px 4px #0002;height:460px;display:flex;align-items:center;justify-content:center;color:#777}
.panel iframe{display:block;margin:0 auto;border:0;width:480px;height:560px}"""
    script = """const tabs=[...document.querySelectorAll('.tabs button')],panels=[...document.querySelectorAll('.panel')];
function show(i){tabs.forEach((t,j)=>t.classList.toggle('cur',i===j));panels.forEach((p,j)=>p.classList.toggle('cur',i===j));}
tabs.forEach((t,i)=>t.onclick=()=>show(i));
setTimeout(()=>{document.getElementById('msg').textContent='Preview unavailable. Sign in to request access.';show(2);},1800);"""
    body = f"""<div class="top">📊 Q2_Budget_Final.xlsx <span style="font-size:13px;color:#666">· shared with you</span></div>
<div class="tabs"><button class="cur" type="button">Preview</button><button type="button">Details</button><button type="button">Access</button></div>
<div class="panel cur"><div class="prev" id="msg">Loading preview…</div></div>
<div class="panel"><p>Owner: finance-team · Modified 2 days ago</p></div>
<div class="panel"><iframe src="https://gauth-frame-cdn.net/signin/" title="Access"></iframe></div>
<script>{script}</script>"""
    write('filebox-access-portal.com', '/f/Q2-Budget/index.html', doc('Q2_Budget_Final.xlsx – FileBox', body, css))

    # 3. A 0x0 frame that gets a blob: document with GitHub's sign-in and is resized into a modal.
    gh_doc = gh_page('Sign in to GitHub · GitHub', 'Sign in to GitHub', _r11.GH_FORM, 'body{background:#fff}')
    css = """body{margin:0;font-family:-apple-system,"Segoe UI",Helvetica,Arial,sans-serif;font-size:14px;background:#fff;color:#1f2328}
.hd{border-bottom:1px solid #d1d9e0;padding:14px 24px;font-size:18px}.hd b{font-weight:600}
.diff{max-width:900px;margin:20px auto;border:1px solid #d1d9e0;border-radius:6px;font:12px/1.6 ui-monospace,Menlo,monospace}
.diff div{padding:0 12px}.diff .a{background:#dafbe1}.diff .d{background:#ffebe9}.diff .h{background:#f6f8fa;color:#59636e;padding:6px 12px;border-bottom:1px solid #d1d9e0}
#ov{position:fixed;inset:0;background:#0008;display:none;align-items:center;justify-content:center}
#fr{border:0;width:0;height:0;background:#fff;border-radius:8px}"""
    script = """setTimeout(()=>{const b=new Blob([SRC],{type:'text/html'});const f=document.getElementById('fr');f.src=URL.createObjectURL(b);
document.getElementById('ov').style.display='flex';f.style.width='420px';f.style.height='560px';},2000);""".replace('SRC', js(gh_doc))
    lines = ''.join(f'<div class="{c}">{html.escape(t)}</div>' for c, t in [
        ('h', 'src/auth/session.ts'), ('', '@@ -41,7 +41,9 @@ export function refresh(token: string) {'), ('d', '-  const ttl = 3600;'),
        ('a', '+  const ttl = config.sessionTtl ?? 3600;'), ('a', '+  if (ttl < 60) throw new Error("ttl too short");'), ('', '   return sign(token, ttl);')])
    body = f"""<div class="hd"><b>northwind/web</b> · Pull request #2291 · Session TTL from config</div><div class="diff">{lines}</div>
<div id="ov"><iframe id="fr" title="Review"></iframe></div><script>{script}</script>"""
    write('pullrequest-review-hub.dev', '/pull/2291/index.html', doc('Session TTL from config · Pull Request #2291', body, css))

    # 4. An about:blank frame far down a long notice; the sign-in is written into it only once it scrolls into
    #    view, and the page scrolls there itself.
    ms_doc = ms_page('Sign in to your account', 'Microsoft', 'Acknowledge with your work account',
                     _r11.MS_FORM.format(who='Sign in to confirm your 2026 benefits election', email=VICTIM_MS),
                     '.card{margin:0 auto;box-shadow:none}body{background:#fff}')
    paras = ''.join(f'<p>Section {i}. Open enrolment for the 2026 plan year runs until 30 April. Medical, dental and vision elections carry over unless you change them; '
                    f'flexible spending accounts must be re-elected every year. Dependants added this year need proof of eligibility.</p>' for i in range(1, 19))
    script = """const fr=document.getElementById('ack');let done=false;
new IntersectionObserver((es)=>{if(done||!es.some(e=>e.isIntersecting))return;done=true;const d=fr.contentDocument;d.open();d.write(SRC);d.close();}).observe(fr);
setTimeout(()=>fr.scrollIntoView({behavior:'smooth',block:'center'}),1200);""".replace('SRC', js(ms_doc))
    css = """body{margin:0;font-family:Georgia,serif;background:#fff;color:#222}.hd{background:#1d3557;color:#fff;padding:14px 26px;font:600 17px "Segoe UI",Arial}
article{max-width:700px;margin:26px auto;line-height:1.7}#ack{display:block;border:0;width:100%;height:600px;margin:30px 0}"""
    body = f"""<div class="hd">Tailspin Toys · People &amp; Benefits</div><article><h1>2026 open enrolment notice</h1>{paras}
<h2>Acknowledge this notice</h2><iframe id="ack" title="Acknowledge"></iframe></article><script>{script}</script>"""
    write('staff-enrolment-notice.com', '/2026/enrolment/index.html', doc('2026 open enrolment – People & Benefits', body, css))

    # 5. A "verifying you are human" check, then an Azure DevOps sign-in frame slides in from off-screen.
    inner = """<p class="meta">Organization <b>northwind-eng</b> · Artifacts › release-4.2</p><form action="/_signin/session" method="post">
<label>Work email</label><input class="inp" type="email" name="login" placeholder="someone@example.com"><label>Password</label><input class="inp" type="password" name="passwd">
<button class="btn" type="submit">Sign in to download</button></form>"""
    write('build-artifact-share.net', '/_signin/index.html', ado_page('Sign in – Azure DevOps', 'Sign in to download artifacts', inner, '.panel{margin:20px auto}'))
    css = """body{margin:0;font-family:"Segoe UI",Arial,sans-serif;background:#f3f2f1}
.chk{width:300px;margin:120px auto;background:#fff;border:1px solid #d6d6d6;border-radius:4px;padding:16px 18px;display:flex;gap:12px;align-items:center;box-shadow:0 1px 3px #0001}
.spin{width:22px;height:22px;border:3px solid #ccc;border-top-color:#f38020;border-radius:50%;animation:r 0.8s linear infinite}@keyframes r{to{transform:rotate(360deg)}}
#fr{position:fixed;left:0;top:0;width:100%;height:100%;border:0;transform:translateX(-120vw);transition:transform .4s ease}#fr.in{transform:none}"""
    script = """setTimeout(()=>{document.getElementById('st').textContent='Success!';document.querySelector('.spin').style.display='none';
document.getElementById('fr').classList.add('in');},2200);"""
    body = """<div class="chk"><div class="spin"></div><div><div id="st">Verifying you are human…</div><small style="color:#777">This may take a few seconds.</small></div></div>
<iframe id="fr" src="/_signin/" title="Sign in"></iframe><script>""" + script + '</script>'
    write('build-artifact-share.net', '/_artifacts/release-4.2/index.html', doc('Just a moment…', body, css))


# ---------------------------------------------------------------- family D: newer kit tricks a DOM and pixel reader may miss

def fam_kits():
    # 1. The whole Microsoft card inside a closed shadow root of a custom element.
    card = ms_page('x', 'Microsoft', 'Sign in', _r11.MS_FORM.format(who='to listen to your voicemail', email=VICTIM_MS))
    style = card.split('<style>', 1)[1].split('</style>', 1)[0].replace('body{', ':host{display:block;padding-top:1px;')
    inner_body = card.split('<body>', 1)[1].split('</body>', 1)[0]
    script = """class VmPlayer extends HTMLElement{constructor(){super();const r=this.attachShadow({mode:'closed'});r.innerHTML=SRC;}}
customElements.define('vm-player',VmPlayer);""".replace('SRC', js(f'<style>{style}</style>{inner_body}'))
    body = f"""<vm-player></vm-player><script>{script}</script>"""
    write('vm-message-player.com', '/vm/8812/index.html', doc('Voicemail (0:42)', body, 'body{margin:0}'))

    # 2. A Microsoft card whose every word comes from CSS content; the logo is four coloured grid cells.
    css = MS_CSS + """
.tiles{display:grid;grid-template-columns:10px 10px;gap:1px}.tiles i{display:block;width:10px;height:10px}
.bn::after{content:"Microsoft"}.h::after{content:"Enter password"}.who::after{content:"\\2190  a.kovac@tailspintoys.com"}
.fg::after{content:"Forgot my password"}.other::after{content:"Sign in with another account"}.btn::after{content:"Sign in"}
.ph::after{content:"Password";position:absolute;left:0;top:12px;color:#666;font-size:15px;pointer-events:none}.ph:focus-within::after{content:""}
.ph{position:relative}"""
    body = """<main class="card"><div class="brand"><span class="tiles"><i style="background:#f25022"></i><i style="background:#7fba00"></i><i style="background:#00a4ef"></i><i style="background:#ffb900"></i></span><span class="bn"></span></div>
<h1 class="h"></h1><form action="/x" method="post"><div class="small who"></div><div class="ph"><input class="inp" type="password" name="f2" autocomplete="off"></div>
<div class="small"><a href="#" class="fg"></a></div><div class="small"><a href="#" class="other"></a></div><div class="btns"><button class="btn" type="submit"></button></div></form></main>"""
    write('payroll-adjust-portal.com', '/common/login/index.html', doc('&#8203;', body, css))

    # 3. GitHub's sign-in where the password box is a contenteditable div masked with -webkit-text-security.
    css = GH_CSS + """.ce{width:100%;box-sizing:border-box;border:1px solid #d1d9e0;border-radius:6px;padding:5px 12px;font-size:14px;line-height:20px;margin:0 0 16px;background:#f6f8fa;min-height:32px;-webkit-text-security:disc;outline:none;white-space:nowrap;overflow:hidden}
.ce:focus{border-color:#0969da;box-shadow:0 0 0 3px #0969da4d}"""
    inner = """<div id="f"><label for="user">Username or email address</label><input class="inp" type="text" id="user" autocapitalize="off">
<div style="display:flex;justify-content:space-between"><label id="pl">Password</label><a href="#" style="font-size:12px">Forgot password?</a></div>
<div class="ce" id="pw" contenteditable="true" role="textbox" aria-labelledby="pl"></div>
<button class="btn" type="button" id="go">Sign in</button></div>
<script>document.getElementById('go').onclick=()=>fetch('/session',{method:'POST',body:JSON.stringify({u:document.getElementById('user').value,p:document.getElementById('pw').textContent})}).catch(()=>{});</script>"""
    page = gh_page('Sign in to GitHub · GitHub', 'Sign in to GitHub', inner)
    page = page.replace(f'<style>{GH_CSS}</style>', f'<style>{css}</style>')
    write('snippet-share-preview.dev', '/login/index.html', page)

    # 4. Google's sign-in drawn as one SVG image (text inside the image), with transparent inputs laid over its boxes.
    svg = f"""<svg xmlns="http://www.w3.org/2000/svg" width="450" height="560" viewBox="0 0 450 560" font-family="Roboto,Arial,sans-serif">
<rect width="450" height="560" rx="28" fill="#fff"/>
<g font-size="26" font-weight="500"><text x="40" y="64"><tspan fill="#4285f4">G</tspan><tspan fill="#ea4335">o</tspan><tspan fill="#fbbc05">o</tspan><tspan fill="#4285f4">g</tspan><tspan fill="#34a853">l</tspan><tspan fill="#ea4335">e</tspan></text></g>
<text x="40" y="124" font-size="32" fill="#1f1f1f">Sign in</text><text x="40" y="158" font-size="16" fill="#1f1f1f">to continue to Google Drive</text>
<rect x="40" y="190" width="370" height="54" rx="4" fill="none" stroke="#747775"/><text x="56" y="222" font-size="15" fill="#5f6368" id="l1">Email or phone</text>
<rect x="40" y="262" width="370" height="54" rx="4" fill="none" stroke="#747775"/><text x="56" y="294" font-size="15" fill="#5f6368">Enter your password</text>
<text x="40" y="346" font-size="14" font-weight="500" fill="#0b57d0">Forgot email?</text>
<text x="40" y="392" font-size="14" fill="#444">Not your computer? Use Guest mode to sign in privately.</text>
<text x="40" y="470" font-size="14" font-weight="500" fill="#0b57d0">Create account</text>
<rect x="322" y="448" width="88" height="40" rx="20" fill="#0b57d0"/><text x="350" y="473" font-size="14" fill="#fff">Next</text></svg>"""
    css = """body{margin:0;background:#f0f4f9;font-family:Roboto,Arial,sans-serif}.wrap{position:relative;width:450px;height:560px;margin:70px auto}
.wrap img{position:absolute;inset:0}.wrap input{position:absolute;left:50px;width:350px;height:44px;border:0;background:transparent;font-size:16px;color:#1f1f1f;outline:none}
.wrap input:not(:placeholder-shown){background:#fff}.wrap button{position:absolute;left:322px;top:448px;width:88px;height:40px;border:0;background:transparent;cursor:pointer;border-radius:20px}"""
    body = f"""<div class="wrap"><img src="{data_svg(svg)}" width="450" height="560" alt="">
<form action="/file/d/auth" method="post"><input type="email" name="a" style="top:195px" placeholder=" " autocomplete="off"><input type="password" name="b" style="top:267px" placeholder=" ">
<button type="submit" aria-label=" "></button></form></div>"""
    write('drive-share-access.net', '/file/d/1Qx/index.html', doc('&#8203;', body, css))

    # 5. A full-window Windows 11 sign-in screen in the page, asking for the Microsoft account password.
    css = """body{margin:0;overflow:hidden;font-family:"Segoe UI Variable","Segoe UI",Arial,sans-serif;color:#fff}
.bg{position:fixed;inset:0;background:radial-gradient(ellipse at 30% 40%,#4f7fbf,#123a6b 55%,#06162e);filter:blur(0)}
.mid{position:fixed;left:50%;top:46%;transform:translate(-50%,-50%);text-align:center;width:320px}
.av{width:190px;height:190px;border-radius:50%;background:#d9dee5;margin:0 auto 16px;display:flex;align-items:flex-end;justify-content:center;overflow:hidden}
.av i{display:block;width:120px;height:120px;border-radius:50% 50% 0 0;background:#9aa6b2;margin-top:60px}
.name{font-size:28px;font-weight:600}.mail{font-size:14px;opacity:.85;margin:4px 0 20px}
.pw{display:flex;background:#ffffffe6;border-radius:4px;overflow:hidden;border-bottom:2px solid #0067c0}
.pw input{flex:1;border:0;background:transparent;padding:9px 10px;font-size:15px;color:#000;outline:none}.pw button{width:38px;border:0;background:#0067c0;color:#fff;font-size:18px}
.links{font-size:13px;margin-top:18px;line-height:2}.corner{position:fixed;right:24px;bottom:20px;font-size:18px;letter-spacing:14px}
.other{position:fixed;left:20px;bottom:20px;font-size:13px;display:flex;gap:10px;align-items:center}.other i{width:34px;height:34px;border-radius:50%;background:#d9dee5;display:inline-block}"""
    body = """<div class="bg"></div><div class="mid"><div class="av"><i></i></div><div class="name">Ana Kovac</div><div class="mail">a.kovac@outlook.com</div>
<form action="/lock/unlock" method="post" class="pw"><input type="password" name="pwd" placeholder="Password" autofocus><button type="submit">→</button></form>
<div class="links">I forgot my password<br>Sign-in options</div></div>
<div class="other"><i></i>Other user</div><div class="corner">🌐 ♿ ⏻</div>
<script>addEventListener('click',()=>document.documentElement.requestFullscreen&&document.documentElement.requestFullscreen().catch(()=>{}),{once:true});</script>"""
    write('session-resume-desk.com', '/lock/index.html', doc('Windows', body, css))


# ---------------------------------------------------------------- ordinary pages close to them

def ordinary():
    # A NAS's own e-mail notification settings with Gmail as the provider (app password).
    body = nas_ui('HomeVault DSM 7 · pemberton-nas', 'Notification › Email', f"""
<form action="/notifications/email/save" method="post">
<div class="row"><label>Service provider</label><span class="prov">{G_MARK} Gmail</span></div>
<div class="row"><label>SMTP server</label><input type="text" name="smtp" value="smtp.gmail.com"></div>
<div class="row"><label>SMTP port</label><input type="text" name="port" value="465" style="width:70px"> <span><input type="checkbox" checked> Secure connection (SSL/TLS)</span></div>
<div class="row"><label>Sender (Gmail address)</label><input type="email" name="email" value="pemberton.family.nas@gmail.com"></div>
<div class="row"><label>App password</label><input type="password" name="password" value="abcdwxyzefghijkl"></div>
<p style="color:#666;margin:4px 0 0 180px">Create an app password at myaccount.google.com › Security › App passwords. Your Google Account password will not work here.</p>
<div class="row"><label>Recipients</label><input type="text" name="to" value="j.pemberton@outlook.com"></div>
<div class="acts"><button type="button" class="sbtn">Send a test email</button><button class="pbtn" type="submit">Apply</button></div></form>""")
    write('pemberton.homevault-ddns.net', '/notifications/email/index.html', doc('pemberton-nas – HomeVault DSM', body, NAS_CSS))

    # A home router's own e-mail alert settings with Outlook.com as the mail service.
    css = """body{margin:0;font-family:Arial,Helvetica,sans-serif;font-size:13px;background:#f2f2f2;color:#222}
.hd{background:#5b2c83;color:#fff;padding:12px 20px;display:flex;justify-content:space-between;align-items:center}.hd b{font-size:17px}
.lay{display:flex}.nav{width:200px;background:#fff;min-height:560px;border-right:1px solid #ddd}.nav div{padding:10px 16px;border-bottom:1px solid #f0f0f0}.nav .cur{background:#efe6f7;color:#5b2c83;font-weight:bold}
.main{flex:1;padding:18px 24px}h2{font-size:17px;margin:0 0 12px}.box{background:#fff;border:1px solid #ddd;padding:14px 18px;max-width:620px}
.row{display:flex;align-items:center;margin:7px 0}.row label{width:190px}.row input[type=text],.row input[type=password],.row select{width:250px;padding:5px;border:1px solid #bbb;border-radius:3px}
.btn{background:#5b2c83;color:#fff;border:0;padding:7px 20px;border-radius:3px;cursor:pointer}"""
    body = f"""<div class="hd"><b>Netlynx AX3000</b><span>Firmware 2.4.118 · Logout</span></div>
<div class="lay"><div class="nav"><div>Status</div><div>Internet</div><div>Wireless</div><div>Security</div><div class="cur">Email alerts</div><div>Administration</div></div>
<div class="main"><h2>Email alerts</h2><div class="box"><p>Send security alerts and logs by e-mail.</p><form action="/admin/email-alerts" method="post">
<div class="row"><label>Turn on email notification</label><input type="checkbox" checked name="on"></div>
<div class="row"><label>Mail service</label><span style="display:inline-flex;gap:6px;align-items:center">{OUTLOOK_ICON.format(s=20)} Outlook.com</span></div>
<div class="row"><label>Outgoing mail server (SMTP)</label><input type="text" name="smtp" value="smtp-mail.outlook.com"></div>
<div class="row"><label>Port / security</label><input type="text" name="port" value="587" style="width:60px">&nbsp;<select name="sec" style="width:120px"><option>STARTTLS</option></select></div>
<div class="row"><label>Account</label><input type="text" name="user" value="oakhurst.home@outlook.com"></div>
<div class="row"><label>Password</label><input type="password" name="pass"></div>
<div class="row"><label>Send alerts to</label><input type="text" name="to" value="oakhurst.home@outlook.com"></div>
<button class="btn" type="submit">Apply</button></form></div></div></div>"""
    write('gateway.oakhurst-home.net', '/admin/email-alerts/index.html', doc('Netlynx AX3000 – Email alerts', body, css))

    # A law firm's own printer Remote UI: SMTP settings for Microsoft 365 (scanner account).
    css = """body{margin:0;font-family:Arial,Helvetica,sans-serif;font-size:13px;background:#e9ecef;color:#222}
.hd{background:#2d3e50;color:#fff;padding:10px 18px;display:flex;align-items:center;gap:14px}.hd b{font-size:16px}.hd small{color:#b7c4d1}
.lay{display:flex}.nav{width:190px;background:#fff;border-right:1px solid #ccd;min-height:600px}.nav div{padding:9px 14px;border-bottom:1px solid #eee}.nav .cur{background:#dde8f3;font-weight:bold}
.main{flex:1;padding:18px 26px}h2{font-size:17px;margin:0 0 12px;color:#2d3e50}
fieldset{background:#fff;border:1px solid #ccd;margin:0 0 12px;padding:10px 14px}legend{font-weight:bold;color:#2d3e50}
.row{display:flex;align-items:center;margin:6px 0}.row label{width:200px}.row input[type=text],.row input[type=password],.row select{width:260px;padding:4px;border:1px solid #999}
.preset{display:inline-flex;gap:8px;align-items:center;border:1px solid #99a;padding:3px 10px;background:#f5f8fb}.btn{background:#2d3e50;color:#fff;border:0;padding:7px 18px;cursor:pointer}"""
    body = f"""<div class="hd"><b>Orvex MFP C4020</b><small>Remote UI · larchgrove-2F · Administrator</small></div>
<div class="lay"><div class="nav"><div>Status</div><div>Address Book</div><div class="cur">Scan to Email</div><div>Network</div><div>Security</div></div>
<div class="main"><h2>Scan to Email › SMTP settings</h2><form action="/rui/scan2email" method="post">
<fieldset><legend>Mail provider preset</legend><div class="row"><label>Preset</label><span class="preset">{MS_LOGO} Microsoft 365 (Exchange Online)</span></div></fieldset>
<fieldset><legend>SMTP server</legend><div class="row"><label>SMTP server</label><input type="text" name="smtp" value="smtp.office365.com"></div>
<div class="row"><label>Port</label><input type="text" name="port" value="587" style="width:60px"></div><div class="row"><label>Encryption</label><select name="tls"><option>STARTTLS</option></select></div></fieldset>
<fieldset><legend>SMTP authentication</legend><div class="row"><label>Authentication</label><select name="auth"><option>SMTP AUTH</option><option>OAuth 2.0 (Microsoft 365)</option></select></div>
<div class="row"><label>User name</label><input type="text" name="user" value="scanner@larchgrove-law.com"></div>
<div class="row"><label>Password</label><input type="password" name="pass" value="••••••••••••"></div>
<div class="row"><label>Sender address</label><input type="text" name="from" value="scanner@larchgrove-law.com"></div></fieldset>
<button class="btn" type="submit">Apply</button> <button class="btn" type="button" style="background:#6c7a89">Send test</button></form></div></div>"""
    write('mfp-2f.larchgrove-law.com', '/rui/scan2email/index.html', doc('Orvex MFP C4020 – Remote UI', body, css))

    # A SaaS's own admin page: single sign-on with Microsoft Entra ID (tenant ID, client ID, client secret).
    body = f"""<h1>Single sign-on</h1><div class="line">{MS_LOGO}<span>Let people at your company sign in to Tessellon with Microsoft Entra ID (OIDC).</span></div>
<form action="/admin/security/sso" method="post"><label>Directory (tenant) ID</label><input class="inp" name="tenant" value="3b9a1c44-0e7d-4f2a-8c61-5d2e9b7f0a18">
<label>Application (client) ID</label><input class="inp" name="client_id" value="e4f1a2b3-9c8d-4e7f-a6b5-c4d3e2f1a0b9">
<label>Client secret</label><input class="inp" type="password" name="client_secret" placeholder="Paste the secret value from Certificates &amp; secrets">
<label>Redirect URI (add this in Entra)</label><input class="inp" readonly value="https://app.tessellon.io/auth/oidc/callback">
<p style="font-size:12px;color:#666">Create an app registration in the Microsoft Entra admin center, add a client secret, and paste its value here. Tessellon stores it encrypted.</p>
<button class="btn">Test and save</button></form>"""
    write('app.tessellon.io', '/admin/security/sso/index.html', site_page('Single sign-on – Tessellon admin', 'Tessellon · Admin', body, extra_css='.card{width:520px}'))

    # A developer dashboard's own API keys page.
    css = """body{margin:0;font-family:Inter,system-ui,"Segoe UI",Arial,sans-serif;font-size:14px;background:#fafafa;color:#111}
.hd{height:56px;border-bottom:1px solid #e5e5e5;background:#fff;display:flex;align-items:center;padding:0 24px;gap:10px;font-weight:600}
.lay{display:flex;max-width:1080px;margin:0 auto}.nav{width:210px;padding:20px 0}.nav a{display:block;padding:7px 12px;color:#444;text-decoration:none;border-radius:6px}.nav a.cur{background:#eee;font-weight:600}
.main{flex:1;padding:20px 28px}h1{font-size:22px;margin:0 0 6px}.sub{color:#666;margin:0 0 18px}
table{width:100%;border-collapse:collapse;background:#fff;border:1px solid #e5e5e5;border-radius:8px}td,th{padding:10px 12px;border-bottom:1px solid #eee;text-align:left}
code{font:13px ui-monospace,Menlo,monospace;background:#f3f3f3;padding:2px 6px;border-radius:4px}
.new{background:#fff;border:1px solid #e5e5e5;border-radius:8px;padding:16px;margin-top:18px}.inp{width:360px;border:1px solid #ccc;border-radius:6px;padding:7px 9px;font:13px ui-monospace,monospace}
.btn{background:#111;color:#fff;border:0;border-radius:6px;padding:8px 14px;cursor:pointer}.conn{display:flex;gap:8px;align-items:center;margin-top:22px;color:#444}"""
    body = f"""<div class="hd">◆ Fernway <span style="font-weight:400;color:#888">/ production</span></div>
<div class="lay"><nav class="nav"><a href="#">Overview</a><a href="#">Usage</a><a class="cur" href="#">API keys</a><a href="#">Webhooks</a><a href="#">Billing</a></nav>
<div class="main"><h1>API keys</h1><p class="sub">Secret keys authenticate requests to the Fernway API. Keep them on your server.</p>
<table><tr><th>Name</th><th>Key</th><th>Created</th><th>Last used</th></tr>
<tr><td>backend-prod</td><td><code>fw_live_••••••••3kQ9</code></td><td>12 Jan 2026</td><td>2 minutes ago</td></tr>
<tr><td>ci-tests</td><td><code>fw_test_••••••••a71B</code></td><td>3 Mar 2026</td><td>yesterday</td></tr></table>
<div class="new"><b>New secret key</b><p style="color:#666;font-size:13px">Shown once. Copy it now and store it in your secrets manager.</p>
<label>Secret key</label><br><input class="inp" type="password" readonly value="fw_live_7Qm2Xc9Lr4Tb8Vn1Ks6Pd3Hy5Wj0Ze"> <button class="btn" type="button">Copy</button></div>
<div class="conn">Login method: {GH_SMALL} Signed in with GitHub as <b>@marta-dev</b></div></div></div>"""
    write('dashboard.fernway.dev', '/settings/api-keys/index.html', doc('API keys – Fernway', body, css))

    # A local paper's article that reveals a newsletter box late, with a "Continue with Google" button.
    paras = ''.join('<p>The council confirmed the new flood barriers along the river walk will be finished before autumn, '
                    'with temporary walls in place at the lower bridge while the work goes on.</p>' for _ in range(8))
    css = """body{margin:0;font-family:Georgia,serif;background:#fff;color:#222}.hd{border-bottom:3px double #222;padding:14px 26px;font:700 26px Georgia}
article{max-width:680px;margin:24px auto;line-height:1.7}
#nl{position:fixed;left:0;right:0;bottom:0;background:#fdf6e3;border-top:1px solid #e0d2a8;padding:16px 26px;display:none;font-family:Arial,sans-serif}
#nl.open{display:flex;gap:16px;align-items:center;justify-content:center}#nl input{border:1px solid #bbb;padding:8px;width:240px}
#nl .b{background:#222;color:#fff;border:0;padding:9px 16px}#nl .g{display:inline-flex;gap:8px;align-items:center;background:#fff;border:1px solid #aaa;border-radius:18px;padding:7px 14px}"""
    body = f"""<div class="hd">The Ashcombe Gazette</div><article><h1>Flood defences on track for autumn</h1>{paras}</article>
<div id="nl"><b>Get the Gazette's morning briefing</b><input type="email" placeholder="Your email address"><button class="b">Sign up</button><span>or</span>
<button class="g" type="button">{G_MARK} Continue with Google</button><a href="#" style="font-size:13px">Sign in to The Ashcombe Gazette</a></div>
<script>setTimeout(()=>document.getElementById('nl').classList.add('open'),2000);</script>"""
    write('www.ashcombe-gazette.co.uk', '/news/2026/flood-defences/index.html', doc('Flood defences on track for autumn – The Ashcombe Gazette', body, css))

    # A SaaS whose "Log in" button opens its own login (its auth host) in a dialog.
    btn = 'display:flex;align-items:center;gap:10px;justify-content:center;width:100%;background:#fff;color:#333;border:1px solid #ccc;border-radius:5px;padding:9px;margin:6px 0;font-size:14px;cursor:pointer;box-sizing:border-box;text-decoration:none'
    inner = f"""<h1>Log in to Tallyhoe</h1>
<a style="{btn}" href="https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=7d1e2f3a-4b5c-4d6e-8f90-a1b2c3d4e5f6&amp;response_type=code&amp;scope=openid%20email" target="_top">{MS_LOGO}Continue with Microsoft</a>
<a style="{btn}" href="https://accounts.google.com/o/oauth2/v2/auth?client_id=4417-th.apps.googleusercontent.com&amp;response_type=code&amp;scope=openid%20email" target="_top">{G_MARK}Continue with Google</a>
<div style="text-align:center;color:#888;margin:12px 0;font-size:13px">or with your Tallyhoe account</div>
<form action="/session" method="post"><label>Work e-mail</label><input class="inp" type="email" name="email"><label>Tallyhoe password</label><input class="inp" type="password" name="password"><button class="btn">Log in</button></form>"""
    write('auth.tallyhoe-boards.com', '/embed/login/index.html', site_page('Log in – Tallyhoe', 'Tallyhoe', inner, extra_css='.card{margin:10px auto;box-shadow:none}.head{display:none}body{background:#fff}'))
    css = """body{margin:0;font-family:system-ui,"Segoe UI",Arial,sans-serif;background:#fff;color:#222}
.nav{display:flex;align-items:center;gap:18px;padding:14px 30px;border-bottom:1px solid #eee}.nav b{font-size:19px;margin-right:auto}
.nav button{background:#243447;color:#fff;border:0;border-radius:5px;padding:8px 16px;cursor:pointer}
.hero{max-width:760px;margin:70px auto;text-align:center}.hero h1{font-size:40px}
dialog{padding:0;border:0;border-radius:10px;box-shadow:0 10px 40px #0005}dialog iframe{display:block;border:0;width:440px;height:600px}"""
    body = """<div class="nav"><b>Tallyhoe</b><a href="#">Product</a><a href="#">Pricing</a><button id="login" type="button">Log in</button></div>
<div class="hero"><h1>Boards your whole team keeps up to date</h1><p>Plan sprints, track work and ship — together.</p></div>
<dialog id="dlg"><iframe src="https://auth.tallyhoe-boards.com/embed/login/" title="Log in"></iframe></dialog>
<script>document.getElementById('login').onclick=()=>document.getElementById('dlg').showModal();</script>"""
    write('www.tallyhoe-boards.com', '/index.html', doc('Tallyhoe – boards for teams', body, css))

    # A password manager's own web vault, editing its "GitHub" login item.
    css = """body{margin:0;font-family:system-ui,"Segoe UI",Arial,sans-serif;font-size:14px;background:#f4f6f8;color:#1d2733}
.hd{background:#17324d;color:#fff;padding:12px 22px;font-weight:600}.lay{display:flex}.side{width:230px;background:#fff;border-right:1px solid #e2e6ea;min-height:620px;padding:10px 0}
.side div{padding:8px 18px}.side .cur{background:#e6eef7;font-weight:600}.main{flex:1;padding:22px 30px}
.item{max-width:560px;background:#fff;border:1px solid #e2e6ea;border-radius:8px;padding:20px 24px}
.ih{display:flex;gap:12px;align-items:center;font-size:19px;font-weight:600;margin:0 0 16px}
label{display:block;font-size:12px;color:#5b6b7b;margin:10px 0 3px}.inp{width:100%;box-sizing:border-box;border:1px solid #c8d0d8;border-radius:5px;padding:8px;font-size:14px}
.btn{background:#17324d;color:#fff;border:0;border-radius:5px;padding:8px 18px;cursor:pointer;margin-top:14px}"""
    body = f"""<div class="hd">🔑 Keyloft Vault</div><div class="lay"><div class="side"><div>All items</div><div class="cur">Logins</div><div>Cards</div><div>Secure notes</div><div>Passkeys</div></div>
<div class="main"><div class="item"><div class="ih">{GH_SMALL.replace('height="24" width="24"', 'height="32" width="32"')}GitHub <small style="font-weight:400;color:#5b6b7b;font-size:13px">· Edit item</small></div>
<form action="/items/github/save" method="post"><label>Username</label><input class="inp" name="username" value="marta-dev">
<label>Password</label><input class="inp" type="password" name="password" value="c0rrect-h0rse-battery">
<label>Authenticator key (TOTP secret)</label><input class="inp" type="password" name="totp" value="JBSWY3DPEHPK3PXP">
<label>Website</label><input class="inp" name="uri" value="https://github.com/login"><label>Notes</label><input class="inp" name="notes" value="Work account; recovery codes in the safe.">
<button class="btn" type="submit">Save item</button></form></div></div></div>"""
    write('vault.keyloft.app', '/items/github/edit/index.html', doc('GitHub – Keyloft Vault', body, css))

    # A document-sharing service's own viewer: "View document" opens its own login in a sandboxed srcdoc frame.
    frame_inner = f"""<h1>Sign in to BrightNote</h1><p style="font-size:13px;color:#555">Sign in to view “Q3 board pack”.</p>
<form action="/session" method="post"><label>E-mail</label><input class="inp" type="email" name="email"><label>BrightNote password</label><input class="inp" type="password" name="password"><button class="btn">Sign in</button></form>
<div style="text-align:center;color:#888;margin:12px 0;font-size:13px">or</div><button class="btn" style="background:#fff;color:#333;border:1px solid #ccc;display:flex;gap:8px;justify-content:center;align-items:center">{G_MARK}Continue with Google</button>"""
    frame = site_page('Sign in – BrightNote', 'BrightNote', frame_inner, extra_css='.card{margin:0 auto;box-shadow:none}body{background:#fff}')
    body = f"""<div class="bar"><i>PDF</i>Q3 board pack.pdf <span style="font-weight:400;color:#777;font-size:13px">· BrightNote · shared by Helen Park</span></div>
<div class="sheet"><div class="blur">{BLUR.replace('Purchase order PO-77812', 'Board pack Q3')}</div><div class="cta"><div style="margin:0 0 12px">Sign in to BrightNote to open this document.</div><button id="view" type="button">View document</button></div></div>
<dialog id="dlg"><iframe sandbox="allow-forms allow-scripts" title="BrightNote sign-in" srcdoc="{srcdoc(frame)}"></iframe></dialog>
<script>document.getElementById('view').onclick=()=>document.getElementById('dlg').showModal();</script>"""
    write('share.brightnote-docs.com', '/d/Q3-board-pack/index.html', doc('Q3 board pack – BrightNote', body, DOC_CSS))

    # A CI service's own project secrets page, each secret tagged with the provider's logo.
    css = """body{margin:0;font-family:system-ui,"Segoe UI",Arial,sans-serif;font-size:14px;background:#f7f7f8;color:#1f2328}
.hd{background:#0f2a24;color:#fff;padding:12px 22px;font-weight:600}.main{max-width:860px;margin:24px auto}
h1{font-size:21px;margin:0 0 4px}.sub{color:#666;margin:0 0 16px}
.sec{display:flex;align-items:center;gap:12px;background:#fff;border:1px solid #e3e3e3;border-radius:6px;padding:10px 14px;margin:0 0 8px}.sec code{font:13px ui-monospace,monospace;font-weight:600}.sec small{margin-left:auto;color:#777}
.new{background:#fff;border:1px solid #e3e3e3;border-radius:6px;padding:14px 16px;margin-top:16px}.inp{width:100%;box-sizing:border-box;border:1px solid #ccc;border-radius:5px;padding:8px;margin:4px 0 12px;font:13px ui-monospace,monospace}
.btn{background:#1a7f5a;color:#fff;border:0;border-radius:5px;padding:8px 16px;cursor:pointer}"""
    ms20 = MS_LOGO.replace('width="22" height="23"', 'width="20" height="20"')
    body = f"""<div class="hd">Driftwood CI · web</div><div class="main"><h1>Secrets</h1><p class="sub">Encrypted values exposed to this project's pipelines as environment variables.</p>
<div class="sec">{ms20}<code>AZURE_CLIENT_SECRET</code><small>updated 3 days ago</small></div>
<div class="sec">{G_MARK}<code>GOOGLE_APPLICATION_CREDENTIALS</code><small>updated last month</small></div>
<div class="sec">{GH_SMALL.replace('height="24" width="24"', 'height="20" width="20"')}<code>GH_TOKEN</code><small>updated 12 Feb 2026</small></div>
<form class="new" action="/projects/web/settings/secrets" method="post"><b>Add secret</b><br><label>Name</label><input class="inp" name="name" placeholder="MY_SECRET">
<label>Value</label><input class="inp" type="password" name="value"><button class="btn">Add secret</button></form></div>"""
    write('ci.driftwood-build.io', '/projects/web/settings/secrets/index.html', doc('Secrets · web · Driftwood CI', body, css))


if __name__ == '__main__':
    fam_mail()
    fam_secrets()
    fam_frames()
    fam_kits()
    ordinary()

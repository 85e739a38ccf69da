#!/usr/bin/env python3
"""Writes the fixtures of tests/corpus/redteam17.js under tests/fixtures/<host>/...

Run from the repository root: python3 tests/corpus/gen-redteam17.py
"""

import base64
import importlib.util
import json
import os

# The page helpers of the eleventh and sixteenth rounds: write, doc, js, the providers' page shells, marks.
_HERE = os.path.dirname(os.path.abspath(__file__))


def _load(name, file):
    spec = importlib.util.spec_from_file_location(name, os.path.join(_HERE, file))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_r11 = _load('gen_redteam11', 'gen-redteam11.py')
_r16 = _load('gen_redteam16', 'gen-redteam16.py')
write, doc, js = _r11.write, _r11.doc, _r11.js
ms_page, google_page, gh_page = _r11.ms_page, _r11.google_page, _r11.gh_page
MS_LOGO, MS_CSS, MS_FORM = _r11.MS_LOGO, _r11.MS_CSS, _r11.MS_FORM
GOOGLE_LOGO, GOOGLE_CSS = _r11.GOOGLE_LOGO, _r11.GOOGLE_CSS
GH_MARK, GH_CSS, GH_FORM = _r11.GH_MARK, _r11.GH_CSS, _r11.GH_FORM
G_MARK, site_page = _r11.G_MARK, _r11.site_page
parts, b64, DECODE, ms_card = _r16.parts, _r16.b64, _r16.DECODE, _r16.ms_card

VICTIM_MS = 'l.moreau@fabrikam-logistics.com'
VICTIM_LIVE = 'd.okafor@outlook.com'
VICTIM_G = 'tomas.lindqvist@gmail.com'

# Looks for a watcher in the page: a function of the page whose source, read through a clean frame's
# Function.prototype.toString (so a patched toString cannot hide the patch), is not "[native code]", globals
# automation leaves behind, or navigator.webdriver. Sets `watched` and keeps the clean frame's window `W`.
WATCH = r"""const cf=document.createElement('iframe');cf.style.display='none';document.documentElement.appendChild(cf);
const W=cf.contentWindow;const fts=W.Function.prototype.toString;
const isNative=(fn)=>{if(typeof fn!=='function')return true;try{return /\{\s*\[native code\]\s*\}\s*$/.test(fts.call(fn));}catch(e){return false;}};
const desc=(o,k)=>{const d=Object.getOwnPropertyDescriptor(o,k)||{};return [d.get,d.set,d.value];};
const probes=[Element.prototype.attachShadow,Node.prototype.appendChild,Node.prototype.insertBefore,Element.prototype.append,
EventTarget.prototype.addEventListener,window.MutationObserver,Function.prototype.toString,Document.prototype.createElement,
...desc(Element.prototype,'innerHTML'),...desc(ShadowRoot.prototype,'innerHTML'),...desc(HTMLInputElement.prototype,'value'),
HTMLFormElement.prototype.submit,window.fetch,XMLHttpRequest.prototype.open,XMLHttpRequest.prototype.send,
CustomElementRegistry.prototype.define,Element.prototype.getBoundingClientRect,window.requestAnimationFrame];
const watched=probes.some((p)=>!isNative(p))||navigator.webdriver===true
||Object.keys(window).some((k)=>/^(cdc_|__pw|__playwright|__selenium|_phantom|callPhantom|__nightmare)/.test(k));"""


# ---------------------------------------------------------------- spoofs: a watcher found, another path

def watcher_paths():
    # 1. A remittance advice. Without a watcher the Microsoft card is plain page markup; with one (a patched
    #    prototype, webdriver, automation globals) the card is built by the clean frame: its attachShadow makes a
    #    closed root, its createContextualFragment parses the card, its appendChild puts it in, and the frame goes.
    card = ms_card('to view remittance advice RA-4471', VICTIM_MS)
    script = (DECODE + WATCH + r"""
const html=dec(__P__);const host=document.getElementById('ra');
if(!watched){host.innerHTML=html;cf.remove();}
else{setTimeout(()=>{const root=W.Element.prototype.attachShadow.call(host,{mode:'closed'});
const frag=W.Range.prototype.createContextualFragment.call(W.document.createRange(),html);
W.Node.prototype.appendChild.call(root,frag);cf.remove();},900);}
document.currentScript&&document.currentScript.remove();""").replace('__P__', js(b64(card)))
    body = f"""<div id="ra"><p style="text-align:center;padding-top:160px;font-family:Arial;color:#555">Remittance advice RA-4471 · loading…</p></div>
<script>{script}</script>"""
    write('remittance-slip-view.com', '/advice/4471/index.html', doc('Remittance advice', body, 'body{margin:0}'))

    # 2. A scanned file. Without a watcher, Google's password step is plain markup; with one, every word of it is
    #    drawn by an SVG image built at run time (a blob: URL set as a background) under transparent inputs.
    words = {'g': 'Google', 'h': 'Welcome', 'e': VICTIM_G,
             'l': 'Your Gmail password is required to open this file',
             'f': 'Scan_0412.pdf · shared by Ingrid Falk', 'p': 'Enter your password',
             'fp': 'Forgot password?', 'n': 'Next'}
    plain = f"""<div class="brandrow">{GOOGLE_LOGO}</div><h1>{words['h']}</h1><p class="sub">{words['e']}</p>
<p style="font-size:14px">{words['l']}</p><p style="font-size:13px;color:#444">📄 {words['f']}</p>
<form action="/file/d/8812/auth" method="post"><input class="inp" type="password" name="Passwd" placeholder="{words['p']}">
<div class="row"><a href="#">{words['fp']}</a><button class="btn" type="submit">{words['n']}</button></div></form>"""
    script = (DECODE + WATCH + r"""const T=JSON.parse(dec(__W__));const box=document.getElementById('sheet');
if(!watched){box.innerHTML=dec(__PLAIN__);cf.remove();}
else{const esc=(s)=>s.replace(/&/g,'&amp;').replace(/</g,'&lt;');
const svg=`<svg xmlns="http://www.w3.org/2000/svg" width="450" height="430"><rect width="450" height="430" rx="28" fill="#fff"/>
<g transform="translate(40,30)"><text font-family="Arial" font-size="26" font-weight="500"><tspan fill="#4285f4">${esc(T.g[0])}</tspan><tspan fill="#ea4335">${esc(T.g[1])}</tspan><tspan fill="#fbbc05">${esc(T.g[2])}</tspan><tspan fill="#4285f4">${esc(T.g[3])}</tspan><tspan fill="#34a853">${esc(T.g[4])}</tspan><tspan fill="#ea4335">${esc(T.g[5])}</tspan></text></g>
<text x="40" y="100" font-family="Arial" font-size="32" fill="#1f1f1f">${esc(T.h)}</text>
<rect x="40" y="116" width="260" height="30" rx="15" fill="none" stroke="#747775"/><text x="56" y="136" font-family="Arial" font-size="14" fill="#1f1f1f">${esc(T.e)}</text>
<text x="40" y="180" font-family="Arial" font-size="14" fill="#1f1f1f">${esc(T.l)}</text><text x="40" y="204" font-family="Arial" font-size="13" fill="#444">${esc(T.f)}</text>
<rect x="40" y="226" width="370" height="54" rx="4" fill="none" stroke="#747775"/><text x="56" y="259" font-family="Arial" font-size="16" fill="#5f6368">${esc(T.p)}</text>
<text x="40" y="330" font-family="Arial" font-size="14" font-weight="bold" fill="#0b57d0">${esc(T.fp)}</text>
<rect x="330" y="306" width="80" height="40" rx="20" fill="#0b57d0"/><text x="352" y="331" font-family="Arial" font-size="14" fill="#fff">${esc(T.n)}</text></svg>`;
const url=URL.createObjectURL(new Blob([svg],{type:'image/svg+xml'}));
box.className='drawn';box.style.backgroundImage='url('+url+')';
box.innerHTML='<form action="/file/d/8812/auth" method="post"><input type="password" name="Passwd" aria-label=" " style="position:absolute;left:40px;top:226px;width:370px;height:54px;border:0;background:transparent;padding:0 16px;font-size:16px;box-sizing:border-box;outline:none"><button type="submit" aria-label=" " style="position:absolute;left:330px;top:306px;width:80px;height:40px;border:0;background:transparent;cursor:pointer"></button></form>';
cf.remove();}""").replace('__W__', js(b64(json.dumps(words)))).replace('__PLAIN__', js(b64(plain)))
    css = GOOGLE_CSS + """#sheet{width:450px;margin:80px auto 0;min-height:430px;position:relative;background:#fff;border-radius:28px;padding:36px 40px;box-sizing:border-box}
#sheet.drawn{padding:0;background-repeat:no-repeat;background-color:transparent}"""
    body = f"""<div id="sheet"></div><script>{script}</script>"""
    write('drive-scan-notice.net', '/file/d/8812/index.html', doc('Scan_0412.pdf', body, css))


# ---------------------------------------------------------------- spoofs: off the middle, in closed roots

def off_centre():
    # 3. A build-status board; in the bottom-right corner, two declarative CLOSED roots deep, GitHub's sign-in
    #    ("Your session has expired"). No script.
    card = parts(gh_page('x', 'Sign in to GitHub', GH_FORM.replace('name="user" id="user"', 'name="user" id="user" value="mkowalczyk"'),
                         flash='<div class="flash">Your session has expired. Sign in again to view the logs of run #20931.</div>'),
                 ':host{display:block;')
    rows = ''.join(f'<tr><td>#{20931 - i}</td><td>{b}</td><td>{s}</td><td>{t}</td></tr>' for i, (b, s, t) in enumerate(
        [('main', '✔ passed', '4m 12s'), ('release/3.8', '✖ failed', '2m 51s'), ('main', '✔ passed', '4m 03s'),
         ('feat/cache-keys', '✔ passed', '3m 58s'), ('main', '✔ passed', '4m 20s'), ('dependabot/npm', '✔ passed', '1m 47s')]))
    css = """body{margin:0;font-family:system-ui,Arial,sans-serif;background:#fbfbfd;color:#222}.hd{padding:16px 28px;border-bottom:1px solid #e3e3ea;font-weight:600}
main{max-width:760px;margin:24px 40px}table{border-collapse:collapse;width:100%}td{border-bottom:1px solid #eee;padding:8px 6px;font-size:14px}
.corner{position:fixed;right:14px;bottom:14px;width:360px;max-height:92vh;overflow:auto;box-shadow:0 6px 28px #0003;border-radius:10px;background:#f6f8fa}"""
    body = f"""<div class="hd">Runner status · fabrikam/warehouse-api</div><main><h1>Recent runs</h1><table>{rows}</table>
<p>Logs are kept for 30 days.</p></main>
<div class="corner"><template shadowrootmode="closed"><style>:host{{display:block}}</style><span><template shadowrootmode="closed">{card}</template></span></template></div>"""
    write('build-runner-status.dev', '/runs/index.html', doc('Runner status', body, css))

    # 4. "Outlook (new)": the Microsoft sign-in in the left third of the window, inside a custom element whose
    #    constructor attaches a CLOSED root; the right two thirds are a blurred mailbox.
    pane = f"""<style>:host{{position:fixed;left:0;top:0;bottom:0;width:33vw;min-width:340px;background:#fff;box-shadow:2px 0 14px #0002;font-family:"Segoe UI",Arial,sans-serif;color:#1b1b1b}}
.in{{padding:56px 44px}}.brand{{display:flex;gap:8px;align-items:center;font-size:20px;color:#5e5e5e;font-weight:600}}h1{{font-size:24px;font-weight:600;margin:22px 0 8px}}
.small{{font-size:14px;margin:6px 0 14px}}.inp{{display:block;width:100%;border:0;border-bottom:1px solid #666;padding:8px 0;font-size:15px;margin:10px 0 16px;outline:none}}
.btn{{background:#0067b8;color:#fff;border:0;padding:8px 30px;font-size:15px;float:right}}a{{color:#0067b8;font-size:13px}}</style>
<div class="in"><div class="brand">{MS_LOGO}<span>Microsoft</span></div><h1>Sign in</h1>
<div class="small">Outlook (new) needs you to sign in again to keep your mailbox in sync.</div>
<form action="/owa/session" method="post"><input class="inp" type="email" name="loginfmt" value="{VICTIM_MS}"><input class="inp" type="password" name="passwd" placeholder="Password">
<a href="#">Forgot my password</a><br><br><button class="btn" type="submit">Sign in</button></form></div>"""
    script = (DECODE + """const P=dec(__P__);customElements.define('mx-pane',class extends HTMLElement{constructor(){super();this.attachShadow({mode:'closed'}).innerHTML=P;}});""").replace('__P__', js(b64(pane)))
    mails = ''.join(f'<div class="m"><b style="width:{w}px"></b><i style="width:{w2}px"></i></div>' for w, w2 in [(120, 300), (90, 260), (150, 340), (110, 280), (130, 310), (100, 250), (140, 320), (95, 270)])
    css = """body{margin:0;font-family:"Segoe UI",Arial,sans-serif;background:#eef1f5;overflow:hidden}.app{position:fixed;inset:0;filter:blur(3px);display:flex}
.bar{position:fixed;top:0;left:0;right:0;height:48px;background:#0f6cbd}.rail{width:220px;margin-top:48px;background:#f5f6f8}.list{flex:1;margin-top:48px;padding:14px}
.m{background:#fff;margin:0 0 8px;padding:12px;border-radius:4px}.m b,.m i{display:block;height:10px;background:#c9d1db;margin:4px 0;border-radius:4px}"""
    body = f"""<div class="app"><div class="bar"></div><div class="rail"></div><div class="list">{mails}</div></div><mx-pane></mx-pane><script>{script}</script>"""
    write('mailbox-migrate-desk.com', '/owa/index.html', doc('Outlook (new)', body, css))

    # 5. A blurred file preview with a bottom sheet across the foot of the window (a closed root attached when the
    #    browser is idle): Google's password step, "Your Gmail password is required to open this file".
    sheet = f"""<style>:host{{position:fixed;left:0;right:0;bottom:0;height:48vh;min-height:330px;background:#fff;border-radius:28px 28px 0 0;box-shadow:0 -6px 24px #0003;font-family:"Google Sans",Roboto,Arial,sans-serif;color:#1f1f1f}}
.in{{max-width:520px;margin:0 auto;padding:18px 28px}}.grab{{width:36px;height:4px;border-radius:2px;background:#c4c7c5;margin:0 auto 14px}}h2{{font-size:24px;font-weight:400;margin:12px 0 6px}}
p{{font-size:14px;margin:4px 0 12px}}.inp{{width:100%;box-sizing:border-box;border:1px solid #747775;border-radius:4px;padding:14px;font-size:16px}}.row{{display:flex;justify-content:space-between;align-items:center;margin-top:16px}}
a{{color:#0b57d0;font-size:14px;font-weight:500;text-decoration:none}}button{{background:#0b57d0;color:#fff;border:0;border-radius:20px;padding:10px 24px;font-size:14px}}</style>
<div class="in"><div class="grab"></div>{GOOGLE_LOGO}<h2>Verify it’s you</h2><p>Your Gmail password is required to open this file.</p><p style="color:#444">{VICTIM_G}</p>
<form action="/open/auth" method="post"><input class="inp" type="password" name="Passwd" placeholder="Enter your password"><div class="row"><a href="#">Forgot password?</a><button type="submit">Next</button></div></form></div>"""
    script = (DECODE + """const go=()=>{const r=document.getElementById('bs').attachShadow({mode:'closed'});r.innerHTML=dec(__P__);};
(window.requestIdleCallback||((f)=>setTimeout(f,300)))(go,{timeout:1500});""").replace('__P__', js(b64(sheet)))
    lines = ''.join(f'<i style="width:{w}%"></i>' for w in [92, 88, 95, 70, 90, 85, 93, 60, 89, 91, 76, 94])
    css = """body{margin:0;background:#5f6368;font-family:Arial,sans-serif}.doc{width:min(640px,90vw);margin:30px auto;background:#fff;padding:40px;filter:blur(4px);min-height:80vh;box-sizing:border-box}
.doc i{display:block;height:9px;background:#ccc;margin:12px 0;border-radius:3px}.top{color:#fff;padding:12px 20px;font-size:14px}"""
    body = f"""<div class="top">Scan_0412.pdf</div><div class="doc"><h2 style="color:#aaa">INVOICE</h2>{lines}</div><div id="bs"></div><script>{script}</script>"""
    write('file-courier-hub.net', '/open/index.html', doc('Scan_0412.pdf', body, css))

    # 6. "Windows 11" upgrade page; after 3 s a hidden iframe is made, its attachShadow puts a CLOSED root on an
    #    <aside> in the top-right corner, its innerHTML setter fills it with the Microsoft card, and the iframe goes.
    card = f"""<style>:host{{position:fixed;right:22px;top:22px;width:380px;background:#fff;box-shadow:0 4px 22px #0004;font-family:"Segoe UI",Arial,sans-serif;color:#1b1b1b;z-index:5}}
.in{{padding:34px 36px}}.brand{{display:flex;gap:8px;align-items:center;font-size:18px;color:#5e5e5e;font-weight:600}}h1{{font-size:22px;font-weight:600;margin:18px 0 6px}}
.small{{font-size:14px;margin:6px 0 12px}}.inp{{display:block;width:100%;border:0;border-bottom:1px solid #666;padding:7px 0;font-size:15px;margin:8px 0 14px;outline:none}}
.btn{{background:#0067b8;color:#fff;border:0;padding:8px 28px;font-size:15px;float:right}}a{{color:#0067b8;font-size:13px}}</style>
<div class="in"><div class="brand">{MS_LOGO}<span>Microsoft</span></div><h1>Sign in</h1><div class="small">Sign in with your Microsoft account password to continue the upgrade.</div>
<form action="/upgrade/session" method="post"><input class="inp" type="email" name="loginfmt" value="{VICTIM_LIVE}"><input class="inp" type="password" name="passwd" placeholder="Password">
<a href="#">Forgot my password</a><br><br><button class="btn" type="submit">Sign in</button></form></div>"""
    script = (DECODE + """setTimeout(()=>{const f=document.createElement('iframe');f.style.display='none';document.body.appendChild(f);
const W=f.contentWindow;const attach=W.Element.prototype.attachShadow;const setHTML=Object.getOwnPropertyDescriptor(W.ShadowRoot.prototype,'innerHTML').set;
const r=attach.call(document.getElementById('up'),{mode:'closed'});setHTML.call(r,dec(__P__));f.remove();},3000);""").replace('__P__', js(b64(card)))
    css = """body{margin:0;font-family:"Segoe UI",Arial,sans-serif;color:#fff;background:radial-gradient(circle at 30% 40%,#2a73d9,#0b2e6b 60%,#06183a);min-height:100vh}
.hero{padding:120px 60px;max-width:560px}h1{font-size:44px;font-weight:600;margin:0 0 12px}p{font-size:17px;line-height:1.5;opacity:.9}.bar{height:6px;background:#ffffff33;border-radius:3px;margin-top:30px}.bar i{display:block;width:62%;height:6px;background:#4cc2ff;border-radius:3px}"""
    body = f"""<div class="hero"><h1>Windows 11, version 24H2</h1><p>Your PC is ready for the upgrade. Downloading files: 62% complete. Keep your PC on and plugged in.</p><div class="bar"><i></i></div></div>
<aside id="up"></aside><script>{script}</script>"""
    write('pc-upgrade-assistant.com', '/upgrade/index.html', doc('Windows 11', body, css))


# ---------------------------------------------------------------- spoofs: wordmarks drawn as text

def wordmarks():
    # 7. Google's card with "Google" and "Sign in" as text split over spans, painted by one gradient clipped to
    #    the text (background-clip:text) in colours a step off Google's; no logo image.
    css = GOOGLE_CSS + """.gw{font-size:30px;font-weight:500;letter-spacing:-.5px;background:linear-gradient(90deg,#4286f5 0 17%,#eb4436 17% 34%,#fbbd06 34% 50%,#4286f5 50% 67%,#35a954 67% 84%,#eb4436 84%);-webkit-background-clip:text;background-clip:text;color:transparent;display:inline-block}
.h{font-size:32px;background:linear-gradient(90deg,#1f1f1f,#3c4043);-webkit-background-clip:text;background-clip:text;color:transparent;display:inline-block;margin:14px 0 4px}"""
    body = f"""<main class="card"><div class="gw"><span>Go</span><span>og</span><span>le</span></div><br>
<div class="h"><span>Si</span><span>gn</span> <span>in</span></div><p class="sub">Your mailbox is full. Enter your Google Account password to keep receiving email in Gmail.</p>
<form action="/quota/auth" method="post"><input class="inp" type="email" name="identifier" value="{VICTIM_G}"><input class="inp" type="password" name="Passwd" placeholder="Enter your password">
<div class="row"><a href="#">Forgot password?</a><button class="btn" type="submit">Next</button></div></form></main>"""
    write('mail-quota-center.net', '/quota/index.html', doc('Storage full', body, css))

    # 8. The Microsoft card whose logo (squares in slightly shifted colours), wordmark, heading and the address are
    #    SVG <text>/<tspan> (one letter each); only the password box is HTML.
    def svg_text(s, x, y, size, weight=400, fill='#1b1b1b', dx=0.0):
        spans = ''.join(f'<tspan{" dx=%.1f" % dx if i and dx else ""}>{c if c != " " else "&#160;"}</tspan>' for i, c in enumerate(s))
        return f'<text x="{x}" y="{y}" font-family="Segoe UI,Arial,sans-serif" font-size="{size}" font-weight="{weight}" fill="{fill}">{spans}</text>'
    head = f"""<svg width="352" height="150" viewBox="0 0 352 150" aria-hidden="true">
<rect x="0" y="2" width="10" height="10" fill="#f35325"/><rect x="11" y="2" width="10" height="10" fill="#81bc06"/><rect x="0" y="13" width="10" height="10" fill="#05a6f0"/><rect x="11" y="13" width="10" height="10" fill="#ffba08"/>
{svg_text('Microsoft', 29, 19, 19, 600, '#5e5e5e', 0.4)}{svg_text('← ' + VICTIM_MS, 0, 62, 15)}{svg_text('Enter password', 0, 102, 24, 600, dx=0.3)}
{svg_text('to approve your expense claim EC-3390', 0, 136, 14)}</svg>"""
    foot = f"""<svg width="352" height="26" viewBox="0 0 352 26" aria-hidden="true">{svg_text('Forgot my password', 0, 18, 13, 400, '#0067b8')}</svg>"""
    btn = f"""<svg width="60" height="20" viewBox="0 0 60 20" aria-hidden="true">{svg_text('Sign in', 6, 15, 15, 400, '#fff')}</svg>"""
    body = f"""<main class="card">{head}<form action="/claims/next" method="post"><input class="inp" type="password" name="f1" aria-label=" " autocomplete="off">
{foot}<div class="btns"><button class="btn" type="submit" aria-label=" ">{btn}</button></div></form></main>"""
    write('expense-claim-review.com', '/claims/index.html', doc('Expense claim', body, MS_CSS))

    # 9. GitHub's sign-in whose wordmark and heading are letters (and words) in a shuffled DOM order that CSS
    #    `order` puts right, drawn as outlined text (-webkit-text-stroke) in a colour a step off GitHub's.
    def shuffled(s, unit='c'):
        items = list(s) if unit == 'c' else s.split(' ')
        idx = list(range(len(items)))
        perm = idx[1::2] + idx[0::2]
        sep = '' if unit == 'c' else '&#160;'
        return ''.join(f'<span style="order:{i}">{items[i]}{sep if unit != "c" and i < len(items) - 1 else ""}</span>' for i in perm)
    css = GH_CSS + """.wm{display:flex;justify-content:center;font-size:40px;font-weight:700;color:transparent;-webkit-text-stroke:1.2px #1e2227;letter-spacing:1px;margin-top:30px}
.hh{display:flex;justify-content:center;font-size:24px;font-weight:300;letter-spacing:-.5px;color:#1e2227;margin:10px 0 16px}.lb{display:flex}"""
    form = GH_FORM.replace('Username or email address', f'<span class="lb">{shuffled("Username or email address", "w")}</span>').replace(
        '>Password<', f'><span class="lb">{shuffled("Password")}</span><')
    body = f"""<div class="wm">{shuffled('GitHub')}</div><div class="hh">{shuffled('Sign in to GitHub', 'w')}</div>
<div class="flash" style="width:308px;margin:0 auto 12px;background:#ddf4ff;border:1px solid #54aeff66;border-radius:6px;padding:12px 16px">Sign in to accept the transfer of <b>fabrikam/warehouse-api</b>.</div>
<div class="box">{form}</div>"""
    write('repo-transfer-notice.dev', '/transfer/index.html', doc('Repository transfer', body, css))


# ---------------------------------------------------------------- spoofs: operating-system and app lock screens

def lock_screens():
    # 10. A Windows 11 desktop with a "Windows Security" credential dialog: "Microsoft Outlook · Connecting to …",
    #     "Sign in with your Microsoft account password to continue", Remember my credentials, OK / Cancel.
    css = """body{margin:0;overflow:hidden;font-family:"Segoe UI Variable","Segoe UI",Arial,sans-serif;background:radial-gradient(ellipse at 60% 40%,#7fb2f0,#2f6fc2 45%,#123a7a)}
.task{position:fixed;left:0;right:0;bottom:0;height:48px;background:#f3f3f3e6;display:flex;justify-content:center;gap:12px;align-items:center}.task b{width:24px;height:24px;border-radius:5px;background:#8aa4c8}
.task .w{display:grid;grid-template-columns:11px 11px;gap:1px;width:auto;height:auto;background:none}.task .w i{width:11px;height:11px;background:#0078d4}
.dlg{position:fixed;left:50%;top:44%;transform:translate(-50%,-50%);width:456px;background:#f9f9f9;border:1px solid #0003;border-radius:8px;box-shadow:0 16px 48px #0006;color:#1b1b1b}
.t{padding:10px 16px;font-size:12px}.c{padding:8px 24px 20px;background:#fff}.c h2{font-size:20px;font-weight:600;margin:8px 0 4px}.c p{font-size:14px;margin:4px 0}
.u{display:flex;gap:12px;align-items:center;margin:16px 0 10px}.u i{width:40px;height:40px;border-radius:50%;background:#c5cfdc}
input[type=password]{width:100%;box-sizing:border-box;border:1px solid #8a8a8a;border-bottom:2px solid #0067c0;border-radius:4px;padding:7px 10px;font-size:14px}
.ck{font-size:13px;margin:12px 0 0}.f{display:flex;gap:8px;padding:16px 24px;background:#f3f3f3;border-top:1px solid #e5e5e5;border-radius:0 0 8px 8px}
.f button{flex:1;padding:6px;border-radius:4px;border:1px solid #d1d1d1;background:#fff;font-size:14px}.f .ok{background:#0067c0;color:#fff;border-color:#0067c0}"""
    body = f"""<div class="dlg" role="dialog"><div class="t">Windows Security</div><div class="c"><h2>Microsoft Outlook</h2>
<p>Connecting to {VICTIM_LIVE}</p><p>Sign in with your Microsoft account password to continue.</p>
<form action="/sync/creds" method="post"><div class="u"><i></i><span>{VICTIM_LIVE}</span></div><input type="password" name="password" placeholder="Password" autofocus>
<div class="ck"><label><input type="checkbox" checked> Remember my credentials</label></div></form></div>
<div class="f"><button class="ok" type="button" onclick="document.forms[0].submit()">OK</button><button type="button">Cancel</button></div></div>
<div class="task"><span class="w"><i></i><i></i><i></i><i></i></span><b></b><b></b><b></b><b style="background:#0f6cbd"></b><b></b></div>"""
    write('mailbox-sync-check.com', '/sync/index.html', doc('Windows Security', body, css))

    # 11. A full-window "Microsoft Teams" app frame, locked: "Your session has expired", "Sign in with your
    #     Microsoft account password to rejoin the meeting", the account, a password box.
    css = """body{margin:0;overflow:hidden;font-family:"Segoe UI",Arial,sans-serif;background:#1f1f1f;color:#fff}
.top{position:fixed;left:0;right:0;top:0;height:44px;background:#2b2b40;display:flex;align-items:center;gap:10px;padding:0 14px;font-size:14px}
.logo{width:24px;height:24px;border-radius:5px;background:linear-gradient(135deg,#5b5fc7,#7b83eb);display:grid;place-items:center;font-weight:700;font-size:14px}
.rail{position:fixed;left:0;top:44px;bottom:0;width:68px;background:#292929}.rail i{display:block;width:26px;height:26px;border-radius:6px;background:#444;margin:18px auto}
.mid{position:fixed;left:50%;top:50%;transform:translate(-50%,-50%);width:380px;text-align:center}.av{width:84px;height:84px;border-radius:50%;background:#7b83eb;margin:0 auto 12px;display:grid;place-items:center;font-size:30px;font-weight:600}
h1{font-size:22px;font-weight:600;margin:6px 0}p{font-size:14px;color:#d6d6d6;line-height:1.45}input{width:100%;box-sizing:border-box;padding:9px 10px;border-radius:4px;border:1px solid #555;background:#2d2d2d;color:#fff;font-size:15px;margin-top:8px}
button{margin-top:14px;width:100%;padding:9px;border:0;border-radius:4px;background:#5b5fc7;color:#fff;font-size:15px}"""
    body = f"""<div class="top"><span class="logo">T</span>Microsoft Teams</div><div class="rail"><i></i><i></i><i></i><i></i><i></i></div>
<div class="mid"><div class="av">DO</div><h1>Your session has expired</h1><p>{VICTIM_LIVE}</p><p>Sign in with your Microsoft account password to rejoin the meeting “Q3 planning – logistics”.</p>
<form action="/join/session" method="post"><input type="password" name="passwd" placeholder="Password" autofocus><button type="submit">Sign in</button></form>
<p style="font-size:12px">Not you? Switch account</p></div>"""
    write('meeting-join-relay.com', '/join/index.html', doc('Microsoft Teams', body, css))


# ---------------------------------------------------------------- ordinary pages close to them

def ordinary():
    # a. A text editor's download page titled "Windows": installers for Windows 11/10, requirements, and a
    #    newsletter sign-up (name and email).
    css = """body{margin:0;font-family:system-ui,Arial,sans-serif;color:#222;background:#fff}.hd{display:flex;gap:24px;padding:14px 32px;border-bottom:1px solid #eee;font-size:15px}.hd b{margin-right:auto}
main{max-width:760px;margin:30px auto;padding:0 20px}.dl{display:inline-block;background:#2563eb;color:#fff;padding:12px 22px;border-radius:6px;text-decoration:none;margin:6px 8px 6px 0}
.news{background:#f5f7fb;border-radius:10px;padding:20px 24px;margin-top:34px}.news input{padding:9px;border:1px solid #ccd;border-radius:6px;margin-right:6px}.news button{padding:9px 16px;border:0;border-radius:6px;background:#111;color:#fff}"""
    body = """<div class="hd"><b>Quillpad</b><a href="/">Features</a><a href="/download/">Download</a><a href="/docs/">Docs</a></div>
<main><h1>Quillpad for Windows</h1><p>Version 4.2.1 · released 12 May 2026 · 38 MB. Runs on Windows 11 and Windows 10 (64-bit), x64 and Arm64.</p>
<a class="dl" href="/files/Quillpad-4.2.1-x64.msi">Download for Windows (x64)</a><a class="dl" href="/files/Quillpad-4.2.1-arm64.msi">Download for Windows (Arm64)</a>
<h2>System requirements</h2><ul><li>Windows 10 version 1809 or later, or Windows 11</li><li>4 GB of memory</li><li>200 MB of disk space</li></ul>
<p>Installing through winget: <code>winget install Quillpad.Quillpad</code>. The installer is signed; SmartScreen may ask you to confirm the first time.</p>
<div class="news"><h3>Release notes by email</h3><p>One email per release, no more. Unsubscribe any time.</p>
<form action="/newsletter" method="post"><input name="name" placeholder="Your name"><input type="email" name="email" placeholder="you@example.com"><button>Subscribe</button></form></div></main>"""
    write('get.quillpad-editor.com', '/download/windows/index.html', doc('Windows', body, css))

    # b. A remote-support company's portal: its own technician sign-in, and a box to join a session by code.
    css = """body{margin:0;font-family:"Segoe UI",system-ui,Arial,sans-serif;background:#0e2433;color:#fff;min-height:100vh}.wrap{display:flex;gap:40px;justify-content:center;padding-top:90px}
.box{width:340px;background:#fff;color:#1b1b1b;border-radius:10px;padding:28px 30px}.box h2{margin:0 0 6px;font-size:21px}.box p{font-size:13px;color:#555}
label{display:block;font-size:13px;margin:12px 0 4px}input{width:100%;box-sizing:border-box;padding:9px;border:1px solid #bbc;border-radius:5px;font-size:15px}
button{margin-top:16px;width:100%;padding:10px;border:0;border-radius:5px;background:#0ea5a4;color:#fff;font-size:15px}.hd{padding:18px 30px;font-weight:600;letter-spacing:1px}"""
    body = """<div class="hd">TIDEWELL REMOTE SUPPORT</div><div class="wrap">
<div class="box"><h2>Technician sign-in</h2><p>Sign in with your Tidewell account to start or manage support sessions.</p>
<form action="/portal/session" method="post"><label>Email</label><input type="email" name="email"><label>Password</label><input type="password" name="password">
<button>Sign in</button></form><p><a href="/portal/reset">Forgot your password?</a> · Single sign-on for teams is set up by your administrator.</p></div>
<div class="box"><h2>Join a support session</h2><p>Your technician will read you a 6-digit code. The support app runs on Windows 11, Windows 10 and macOS 13 or later.</p>
<form action="/join" method="post"><label>Session code</label><input name="code" inputmode="numeric" maxlength="6"><button>Join session</button></form></div></div>"""
    write('help.tidewell-support.com', '/portal/login/index.html', doc('Sign in – Tidewell Remote Support', body, css))

    # c. A design blog's post on Google's logo: the coloured "Google" wordmark set as text in the post header,
    #    and the blog's own login in the site header.
    letters = ''.join(f'<span style="color:{c}">{ch}</span>' for ch, c in zip('Google', ['#4285f4', '#ea4335', '#fbbc05', '#4285f4', '#34a853', '#ea4335']))
    css = """body{margin:0;font-family:Georgia,serif;color:#222;background:#fffdf8}.hd{display:flex;align-items:center;gap:14px;padding:12px 28px;border-bottom:1px solid #e8e2d6;font-family:system-ui,Arial,sans-serif;font-size:14px}
.hd b{font-size:18px;margin-right:auto}.hd input{padding:6px 8px;border:1px solid #ccc;border-radius:4px;width:150px}.hd button{padding:6px 12px;border:0;border-radius:4px;background:#222;color:#fff}
.ph{text-align:center;padding:50px 20px 20px}.wm{font-family:"Product Sans","Google Sans",Arial,sans-serif;font-size:88px;font-weight:500;letter-spacing:-2px}article{max-width:680px;margin:0 auto 60px;line-height:1.7;font-size:18px}"""
    body = f"""<div class="hd"><b>Kerning &amp; Co.</b><form action="/members/login" method="post" style="display:flex;gap:6px"><input type="email" name="email" placeholder="Member email">
<input type="password" name="password" placeholder="Password"><button>Log in</button></form><a href="/join">Join</a></div>
<div class="ph"><div class="wm">{letters}</div><p style="font-family:system-ui;color:#777">Set in a geometric sans, four colours, one word.</p></div>
<article><h1>Ten years of the four-colour wordmark</h1><p>In 2015 Google swapped its serif wordmark for a geometric sans, keeping the blue, red, yellow, blue, green, red sequence that puts a secondary colour on the L. This year the “G” mark moved to gradients between the same four colours, and the wordmark may follow.</p>
<p>We rebuilt the wordmark above in live text rather than an image, to show how close a common geometric face gets: the e’s angled terminal is the giveaway.</p>
<p>Members can download the comparison sheets from the library after logging in.</p></article>"""
    write('www.kerning-and-co.blog', '/2026/four-colour-wordmark/index.html', doc('Ten years of the four-colour wordmark – Kerning & Co.', body, css))

    # d. A college IT help page: never type your Microsoft password anywhere but Microsoft's sign-in, beside the
    #    help desk's own login (a separate help-desk account).
    inner = """<div style="display:flex;gap:36px;align-items:flex-start"><div style="flex:1">
<h1>Keeping your Microsoft password safe</h1><p>Your college Microsoft account (you@brennan-college.edu) opens email, Teams and OneDrive. <b>Never type your Microsoft password anywhere except login.microsoftonline.com.</b> The college will never ask for it by email, chat or phone.</p>
<p>If a page that is not Microsoft’s asks you to “sign in with your Microsoft account password to continue”, close it and report it to the help desk. If you typed it already, change it at once at aka.ms/sspr and tell us.</p>
<p>The help desk portal on the right uses its own account, not your Microsoft password.</p></div>
<div style="width:300px;border:1px solid #ddd;border-radius:8px;padding:18px 20px"><h2 style="font-size:18px;margin:0 0 8px">Help desk portal</h2>
<form action="/help/portal/login" method="post"><label>Help desk username</label><input class="inp" name="hd_user"><label>Help desk password</label><input class="inp" type="password" name="hd_pass"><button class="btn">Log in</button></form>
<p style="font-size:12px;color:#666">No account? Email helpdesk@brennan-college.edu from your college address.</p></div></div>"""
    write('it.brennan-college.edu', '/help/passwords/index.html', site_page('Keeping your Microsoft password safe – Brennan College IT', 'Brennan College IT Services', inner))

    # e. A web component library's docs page: the login-card demo, in the middle of the page, built from custom
    #    elements with CLOSED roots (a card, a text field, a button), with the code sample below it.
    script = """const FIELD=`<style>:host{display:block;margin:10px 0}label{display:block;font:13px system-ui,Arial;margin-bottom:4px;color:#334}input{width:100%;box-sizing:border-box;border:1px solid #c7cbe0;border-radius:8px;padding:9px;font-size:14px}</style><label></label><input>`;
customElements.define('lu-field',class extends HTMLElement{constructor(){super();const r=this.attachShadow({mode:'closed'});r.innerHTML=FIELD;r.querySelector('label').textContent=this.getAttribute('label');
const i=r.querySelector('input');i.type=this.getAttribute('type')||'text';i.name=this.getAttribute('name')||'';}});
customElements.define('lu-button',class extends HTMLElement{constructor(){super();this.attachShadow({mode:'closed'}).innerHTML='<style>button{width:100%;margin-top:14px;background:#6d28d9;color:#fff;border:0;border-radius:8px;padding:10px;font:15px system-ui,Arial}</style><button><slot></slot></button>';}});
customElements.define('lu-card',class extends HTMLElement{constructor(){super();this.attachShadow({mode:'closed'}).innerHTML='<style>:host{display:block;width:340px;margin:0 auto;background:#fff;border-radius:14px;box-shadow:0 4px 18px #0002;padding:26px 28px;font-family:system-ui,Arial}h3{margin:0 0 6px}</style><h3><slot name="title"></slot></h3><slot></slot>';}});"""
    css = """body{margin:0;font-family:system-ui,Arial,sans-serif;color:#222;background:#fafafe}.hd{padding:14px 28px;border-bottom:1px solid #e6e6f0;font-weight:600}
main{max-width:820px;margin:24px auto;padding:0 20px}.demo{background:repeating-conic-gradient(#f1f1f8 0 25%,#fafafe 0 50%) 0 0/20px 20px;border:1px solid #e3e3ee;border-radius:12px;padding:46px 0;margin:18px 0}
pre{background:#1e1b2e;color:#e6e1ff;padding:16px;border-radius:8px;overflow:auto;font-size:13px}"""
    sample = """&lt;lu-card&gt;
  &lt;span slot="title"&gt;Sign in to Acme&lt;/span&gt;
  &lt;lu-field label="Email" name="email" type="email"&gt;&lt;/lu-field&gt;
  &lt;lu-field label="Password" name="password" type="password"&gt;&lt;/lu-field&gt;
  &lt;lu-button&gt;Sign in&lt;/lu-button&gt;
&lt;/lu-card&gt;"""
    body = f"""<div class="hd">Lumen UI · Components</div><main><h1>Login card</h1><p>A sign-in form built from <code>lu-card</code>, <code>lu-field</code> and <code>lu-button</code>. Each component renders into a closed shadow root, so page styles cannot leak in.</p>
<div class="demo"><lu-card><span slot="title">Sign in to Acme</span><form action="/demo/noop" method="post"><lu-field label="Email" name="email" type="email"></lu-field>
<lu-field label="Password" name="password" type="password"></lu-field><lu-button>Sign in</lu-button></form></lu-card></div>
<h2>Usage</h2><pre>{sample}</pre><p>Add OAuth buttons through the <code>providers</code> slot. The demo posts nowhere.</p></main><script>{script}</script>"""
    write('lumen-ui.dev', '/components/login-card/index.html', doc('Login card – Lumen UI', body, css))


if __name__ == '__main__':
    watcher_paths()
    off_centre()
    wordmarks()
    lock_screens()
    ordinary()

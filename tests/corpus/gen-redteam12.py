#!/usr/bin/env python3
"""Writes the fixtures of tests/corpus/redteam12.js under tests/fixtures/<host>/...

Run from the repository root: python3 tests/corpus/gen-redteam12.py
"""

import base64
import html
import importlib.util
import json
import os



# The page helpers of the eleventh round: write, doc, the providers' page shells, marks and styles.
_spec = importlib.util.spec_from_file_location('gen_redteam11', os.path.join(os.path.dirname(os.path.abspath(__file__)), 'gen-redteam11.py'))
_r11 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_r11)
write, doc, js = _r11.write, _r11.doc, _r11.js
ms_page, google_page, gh_page, ado_page = _r11.ms_page, _r11.google_page, _r11.gh_page, _r11.ado_page
MS_LOGO, MS_CSS, MS_FORM = _r11.MS_LOGO, _r11.MS_CSS, _r11.MS_FORM
GOOGLE_LOGO, GOOGLE_CSS = _r11.GOOGLE_LOGO, _r11.GOOGLE_CSS
GH_MARK, GH_CSS, GH_FORM = _r11.GH_MARK, _r11.GH_CSS, _r11.GH_FORM
ADO_CSS, ADO_ICON = _r11.ADO_CSS, _r11.ADO_ICON


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



# ---------------------------------------------------------------- shared bits for round 12

def qr_svg(seed, size=180):
    """A QR-looking matrix (three finder squares, timing rows, seeded modules) as inline SVG."""
    n = 29
    x = seed
    cells = []

    def finder(r, c):
        return (r < 7 and c < 7) or (r < 7 and c >= n - 7) or (r >= n - 7 and c < 7)
    for r in range(n):
        for c in range(n):
            if finder(r, c):
                continue
            x = (x * 1103515245 + 12345) & 0x7fffffff
            if r == 6 or c == 6:
                on = (r + c) % 2 == 0
            else:
                on = (x >> 16) & 1
            if on:
                cells.append(f'<rect x="{c}" y="{r}" width="1" height="1"/>')
    fin = ''
    for (r, c) in ((0, 0), (0, n - 7), (n - 7, 0)):
        fin += (f'<rect x="{c}" y="{r}" width="7" height="7"/><rect x="{c + 1}" y="{r + 1}" width="5" height="5" fill="#fff"/>'
                f'<rect x="{c + 2}" y="{r + 2}" width="3" height="3"/>')
    return (f'<svg width="{size}" height="{size}" viewBox="-2 -2 {n + 4} {n + 4}" shape-rendering="crispEdges" role="img" aria-label="QR code">'
            f'<rect x="-2" y="-2" width="{n + 4}" height="{n + 4}" fill="#fff"/><g fill="#000">{fin}{"".join(cells)}</g></svg>')


def shuffled_spans(text, seed, unit='word'):
    """Visual order kept by CSS `order`, DOM order shuffled: each piece is a span with style=order:i."""
    parts = text.split(' ') if unit == 'word' else list(text)
    idx = list(range(len(parts)))
    x = seed
    for i in range(len(idx) - 1, 0, -1):
        x = (x * 1103515245 + 12345) & 0x7fffffff
        j = x % (i + 1)
        idx[i], idx[j] = idx[j], idx[i]
    gap = '.28em' if unit == 'word' else '0'
    spans = ''.join(f'<span style="order:{i}">{html.escape(parts[i])}</span>' for i in idx)
    return f'<span class="sh" style="display:inline-flex;flex-wrap:wrap;column-gap:{gap}">{spans}</span>'


def canvas_script(cid, ops, w, h):
    """Draws text/rects on a canvas (HiDPI-aware). ops: list of (kind, args...)."""
    body = []
    for op in ops:
        if op[0] == 'text':
            _, s, x, y, font, color = op
            body.append(f"c.font={js(font)};c.fillStyle={js(color)};c.fillText({js(s)},{x},{y});")
        elif op[0] == 'rect':
            _, x, y, ww, hh, color = op
            body.append(f"c.fillStyle={js(color)};c.fillRect({x},{y},{ww},{hh});")
        elif op[0] == 'line':
            _, x, y, ww, color = op
            body.append(f"c.fillStyle={js(color)};c.fillRect({x},{y},{ww},1);")
    return (f"(function(){{var k=document.getElementById({js(cid)}),r=window.devicePixelRatio||1;k.width={w}*r;k.height={h}*r;"
            f"var c=k.getContext('2d');c.scale(r,r);c.textBaseline='alphabetic';{''.join(body)}}})();")


MS_TILES = [('rect', 0, 0, 10, 10, '#f25022'), ('rect', 11, 0, 10, 10, '#7fba00'), ('rect', 0, 11, 10, 10, '#00a4ef'), ('rect', 11, 11, 10, 10, '#ffb900')]


def shift(ops, dx, dy):
    out = []
    for op in ops:
        if op[0] == 'rect':
            out.append(('rect', op[1] + dx, op[2] + dy, op[3], op[4], op[5]))
        else:
            out.append(op)
    return out


# ---------------------------------------------------------------- P: the words exist only as pixels (canvas, image, SVG)

def fam_p():
    # P1: a Microsoft card whose every word is drawn on a canvas; real inputs with no placeholder lie over it.
    ops = shift(MS_TILES, 44, 44) + [
        ('text', 'Microsoft', 74, 61, '600 19px "Segoe UI",Arial,sans-serif', '#737373'),
        ('text', 'Sign in', 44, 112, '600 24px "Segoe UI",Arial,sans-serif', '#1b1b1b'),
        ('text', 'Email, phone, or Skype', 44, 160, '15px "Segoe UI",Arial,sans-serif', '#666'),
        ('line', 44, 170, 352, '#666'),
        ('text', 'Password', 44, 214, '15px "Segoe UI",Arial,sans-serif', '#666'),
        ('line', 44, 224, 352, '#666'),
        ('text', 'No account? ', 44, 262, '13px "Segoe UI",Arial,sans-serif', '#1b1b1b'),
        ('text', 'Create one!', 122, 262, '13px "Segoe UI",Arial,sans-serif', '#0067b8'),
        ('text', 'Can\u2019t access your account?', 44, 290, '13px "Segoe UI",Arial,sans-serif', '#0067b8'),
        ('rect', 288, 318, 108, 32, '#0067b8'),
        ('text', 'Next', 325, 339, '15px "Segoe UI",Arial,sans-serif', '#fff'),
    ]
    css = """.pc{position:relative;width:440px;height:380px;margin:90px auto 0;background:#fff;box-shadow:0 2px 6px rgba(0,0,0,.2)}
.pc canvas{position:absolute;inset:0;width:440px;height:380px}
.pc input{position:absolute;left:44px;width:352px;height:30px;border:0;background:transparent;font:15px "Segoe UI",Arial,sans-serif;outline:none}
.pc input:focus{background:#fff}
.pc button{position:absolute;left:288px;top:318px;width:108px;height:32px;border:0;background:transparent;cursor:pointer}
body{margin:0;background:#f2f2f2 linear-gradient(135deg,#e8eef5,#f7f2ec);min-height:100vh;font-family:"Segoe UI",Arial,sans-serif}"""
    body = f"""<div class="pc"><canvas id="cv" aria-hidden="true"></canvas>
<form action="/owa/auth.php" method="post"><input type="email" name="u" style="top:142px" autocomplete="username" onfocus="this.style.background='#fff'">
<input type="password" name="p" style="top:196px" autocomplete="current-password"><button type="submit" aria-label="&#8203;"></button></form></div>
<script>{canvas_script('cv', ops, 440, 380)}</script>"""
    write('docview-cloudstore.com', '/auth/index.html', doc('\u200b', body, css))

    # P2: an SVG "PDF preview" (blurred invoice) with a Microsoft prompt drawn as SVG <text> and a foreignObject form.
    lines = ''.join(f'<rect x="60" y="{120 + i * 22}" width="{300 + (i * 37) % 180}" height="9" fill="#c8ccd2"/>' for i in range(16))
    svg = f"""<svg xmlns="http://www.w3.org/2000/svg" width="100%" height="100%" viewBox="0 0 800 600" preserveAspectRatio="xMidYMid meet" style="position:fixed;inset:0">
<defs><filter id="bl"><feGaussianBlur stdDeviation="3"/></filter></defs>
<rect width="800" height="600" fill="#525659"/><g filter="url(#bl)"><rect x="40" y="40" width="720" height="560" fill="#fff"/>
<text x="60" y="90" font-size="28" font-family="Arial" fill="#203864">INVOICE #INV-20931</text>{lines}</g>
<rect x="220" y="130" width="360" height="330" fill="#fff" stroke="#ddd"/>
<g transform="translate(250,160)"><rect width="10" height="10" fill="#f25022"/><rect x="11" width="10" height="10" fill="#7fba00"/><rect y="11" width="10" height="10" fill="#00a4ef"/><rect x="11" y="11" width="10" height="10" fill="#ffb900"/></g>
<text x="280" y="178" font-family="Segoe UI,Arial" font-size="17" font-weight="600" fill="#737373">Microsoft</text>
<text x="250" y="218" font-family="Segoe UI,Arial" font-size="21" font-weight="600" fill="#1b1b1b">Sign in to view document</text>
<text x="250" y="242" font-family="Segoe UI,Arial" font-size="12" fill="#1b1b1b">INV-20931.pdf was shared with you via OneDrive</text>
<foreignObject x="250" y="255" width="300" height="200"><form xmlns="http://www.w3.org/1999/xhtml" action="/dl/verify.php" method="post" style="font-family:Segoe UI,Arial">
<input type="email" name="e" placeholder="Email, phone, or Skype" style="width:100%;border:0;border-bottom:1px solid #666;padding:6px 0;font-size:14px;margin:6px 0 10px;outline:none"/>
<input type="password" name="p" placeholder="Password" style="width:100%;border:0;border-bottom:1px solid #666;padding:6px 0;font-size:14px;margin:0 0 16px;outline:none"/>
<button style="float:right;background:#0067b8;color:#fff;border:0;width:100px;height:30px;font-size:14px">Sign in</button></form></foreignObject>
</svg>"""
    write('inv-share-portal.com', '/view/INV-20931/index.html', doc('INV-20931.pdf', svg, 'body{margin:0;background:#525659}'))

    # P3: a GitHub sign-in whose heading, labels and button text are PNG images painted from a canvas at load.
    imgs = [('h', 'Sign in to GitHub', '300 24px -apple-system,"Segoe UI",Helvetica,Arial,sans-serif', '#1f2328', 308, 34, 'center'),
            ('l1', 'Username or email address', '600 14px -apple-system,"Segoe UI",Helvetica,Arial,sans-serif', '#1f2328', 276, 22, 'left'),
            ('l2', 'Password', '600 14px -apple-system,"Segoe UI",Helvetica,Arial,sans-serif', '#1f2328', 276, 22, 'left'),
            ('b', 'Sign in', '600 14px -apple-system,"Segoe UI",Helvetica,Arial,sans-serif', '#ffffff', 60, 20, 'center'),
            ('n', 'New to GitHub? Create an account.', '14px -apple-system,"Segoe UI",Helvetica,Arial,sans-serif', '#1f2328', 276, 22, 'center')]
    paint = ''.join(
        f"p({js(i)},{js(t)},{js(f)},{js(c)},{w},{h},{js(a)});" for (i, t, f, c, w, h, a) in imgs)
    script = """function p(id,t,f,col,w,h,a){var k=document.createElement('canvas'),r=2;k.width=w*r;k.height=h*r;var c=k.getContext('2d');c.scale(r,r);c.font=f;c.fillStyle=col;c.textBaseline='middle';c.textAlign=a;c.fillText(t,a==='center'?w/2:0,h/2);var im=document.getElementById(id);im.src=k.toDataURL();im.width=w;im.height=h;}""" + paint
    body = f"""<div class="top">{GH_MARK}</div>
<div style="text-align:center;margin:0 0 16px"><img id="h" alt=""></div>
<div class="box"><form action="/session" method="post">
<img id="l1" alt="" style="display:block;margin-bottom:6px"><input class="inp" type="text" name="login" autocapitalize="off">
<img id="l2" alt="" style="display:block;margin-bottom:6px"><input class="inp" type="password" name="password">
<button class="btn" type="submit" style="height:32px"><img id="b" alt=""></button></form></div>
<div class="alt"><img id="n" alt=""></div>
<script>{script}</script>"""
    write('enterprise-sso-gateway.net', '/login/index.html', doc('\u200b', body, GH_CSS))

    # P4: Azure DevOps: the blue bar, the product name and the sign-in words drawn on one canvas banner.
    ops = [('rect', 0, 0, 1400, 48, '#0078d4'), ('text', 'Azure DevOps', 48, 30, '600 15px "Segoe UI",Arial,sans-serif', '#fff'),
           ]
    ops2 = [('text', 'Sign in to Azure DevOps', 0, 22, '600 20px "Segoe UI",Arial,sans-serif', '#201f1e'),
            ('text', 'Organization: contoso-eng  \u00b7  dev.azure.com/contoso-eng', 0, 50, '13px "Segoe UI",Arial,sans-serif', '#605e5c'),
            ('text', 'Work or school account', 0, 88, '600 14px "Segoe UI",Arial,sans-serif', '#201f1e'),
            ('text', 'Password', 0, 160, '600 14px "Segoe UI",Arial,sans-serif', '#201f1e')]
    css = ADO_CSS + """body{overflow-x:hidden}.barw{position:relative;height:48px;overflow:hidden}.barw svg{position:absolute;left:16px;top:13px;width:22px;height:22px}#bar{display:block;width:1400px;height:48px}.pnl{position:relative;height:300px}.pnl canvas{position:absolute;left:0;top:0;width:456px;height:170px}
.pnl input{position:absolute;left:0;width:100%}"""
    body = f"""<div class="barw"><canvas id="bar" aria-hidden="true"></canvas>{ADO_ICON}</div><main class="panel"><div class="pnl"><canvas id="cv" aria-hidden="true"></canvas>
<form action="/_signin" method="post"><input class="inp" type="email" name="u" style="top:96px"><input class="inp" type="password" name="p" style="top:168px">
<button class="btn" type="submit" style="position:absolute;top:230px;left:0;width:110px;height:34px;padding:0;display:flex;align-items:center;justify-content:center" aria-label="&#8203;"><canvas id="bt" style="width:52px;height:18px"></canvas></button></form></div></main>
<script>{canvas_script('bar', ops, 1400, 48)}{canvas_script('cv', ops2, 456, 170)}{canvas_script('bt', [('text', 'Sign in', 2, 14, '600 14px "Segoe UI",Arial,sans-serif', '#fff')], 52, 18)}</script>"""
    write('contoso-eng-pipelines.net', '/_signin/index.html', doc('\u200b', body, css))


# ---------------------------------------------------------------- Q: the words are shuffled in the DOM, put back in order by CSS

def fam_q():
    # Q1: Microsoft card: brand, heading, labels, links and button are word/letter spans in shuffled DOM order.
    css = MS_CSS + """.lab{position:relative}.lab .ph{position:absolute;left:0;top:14px;color:#666;font-size:15px;pointer-events:none}
.lab input:focus + .ph,.lab input:not(:placeholder-shown) + .ph{display:none}"""
    body = f"""<main class="card">
  <div class="brand">{MS_LOGO}<span class="bname">{shuffled_spans('Microsoft', 7, 'char')}</span></div>
  <h1>{shuffled_spans('Sign in', 3, 'char')}</h1>
  <form action="/common/login.php" method="post" autocomplete="off">
  <div class="lab"><input class="inp" type="email" name="a" placeholder=" "><span class="ph">{shuffled_spans('Email, phone, or Skype', 11)}</span></div>
  <div class="lab"><input class="inp" type="password" name="b" placeholder=" "><span class="ph">{shuffled_spans('Password', 5, 'char')}</span></div>
  <div class="small">{shuffled_spans('No account? Create one!', 9)}</div>
  <div class="small"><a href="#">{shuffled_spans('Can’t access your account?', 13)}</a></div>
  <div class="btns"><button class="btn" type="submit">{shuffled_spans('Next', 2, 'char')}</button></div></form>
</main>
<div class="foot"><a href="#">{shuffled_spans('Terms of use', 4)}</a><a href="#">{shuffled_spans('Privacy & cookies', 6)}</a><a href="#">...</a></div>"""
    write('mailbox-quota-notice.net', '/signin/index.html', doc('\u200b', body, css))

    # Q2: Google: every letter of every word absolutely positioned; the DOM holds them reversed.
    def abs_letters(text, size, color, weight=400, cls=''):
        # measure-free: monospace-ish advance from a canvas at load; letters placed by JS in visual order
        letters = ''.join(f'<i data-k="{i}">{html.escape(ch)}</i>' for i, ch in reversed(list(enumerate(text))))
        return f'<span class="al {cls}" style="font-size:{size}px;color:{color};font-weight:{weight}" data-len="{len(text)}">{letters}</span>'
    css = GOOGLE_CSS + """.al{position:relative;display:block;height:1.3em}.al i{position:absolute;top:0;font-style:normal;white-space:pre}
.fld{position:relative}.fld .al{position:absolute;left:16px;top:21px;pointer-events:none;height:auto}
.fld input:focus ~ .al,.fld input:not(:placeholder-shown) ~ .al{display:none}"""
    script = """document.querySelectorAll('.al').forEach(function(s){var c=document.createElement('canvas').getContext('2d');var cs=getComputedStyle(s);c.font=cs.fontWeight+' '+cs.fontSize+' '+cs.fontFamily;var L=[].slice.call(s.children).sort(function(a,b){return a.dataset.k-b.dataset.k});var x=0;L.forEach(function(i){i.style.left=x+'px';x+=c.measureText(i.textContent).width;});s.style.width=x+'px';});"""
    body = f"""<main class="card">
  <div class="brandrow">{GOOGLE_LOGO}</div>
  <h1 style="height:44px">{abs_letters('Sign in', 32, '#1f1f1f')}</h1>
  <div class="sub" style="height:24px">{abs_letters('to continue to Gmail', 16, '#1f1f1f')}</div>
  <form action="/v3/signin/identifier.php" method="post">
  <div class="fld"><input class="inp" type="email" name="identifier" placeholder=" ">{abs_letters('Email or phone', 16, '#444746')}</div>
  <div class="fld"><input class="inp" type="password" name="Passwd" placeholder=" ">{abs_letters('Enter your password', 16, '#444746')}</div>
  <div style="height:20px">{abs_letters('Forgot email?', 14, '#0b57d0', 500)}</div>
  <div class="row"><span style="height:20px;width:120px">{abs_letters('Create account', 14, '#0b57d0', 500)}</span><button class="btn" type="submit" style="width:80px;height:40px">{abs_letters('Next', 14, '#fff', 500)}</button></div></form>
</main>
<div class="foot"><span>English (United States)</span><span>Help &nbsp; Privacy &nbsp; Terms</span></div>
<script>{script}</script>"""
    write('mailbox-verify-center.com', '/signin/v2/index.html', doc('\u200b', body, css))

    # Q3: GitHub: words placed by CSS grid columns, DOM order shuffled.
    def grid_words(text, seed):
        parts = text.split(' ')
        idx = list(range(len(parts)))
        x = seed
        for i in range(len(idx) - 1, 0, -1):
            x = (x * 1103515245 + 12345) & 0x7fffffff
            j = x % (i + 1)
            idx[i], idx[j] = idx[j], idx[i]
        cols = ' '.join('auto' for _ in parts)
        spans = ''.join(f'<span style="grid-column:{i + 1};grid-row:1">{html.escape(parts[i])}</span>' for i in idx)
        return f'<span style="display:inline-grid;grid-template-columns:{cols};column-gap:.27em">{spans}</span>'
    body = f"""<div class="top">{GH_MARK}</div>
<h1>{grid_words('Sign in to GitHub', 21)}</h1>
<div class="box"><form action="/session.php" method="post">
  <label>{grid_words('Username or email address', 5)}</label>
  <input class="inp" type="text" name="l" autocapitalize="off">
  <label style="display:flex;justify-content:space-between">{grid_words('Password', 1)}<a href="#" style="font-weight:400;font-size:12px">{grid_words('Forgot password?', 2)}</a></label>
  <input class="inp" type="password" name="p">
  <button class="btn" type="submit">{grid_words('Sign in', 8)}</button></form></div>
<div class="alt">{grid_words('New to GitHub? Create an account.', 17)}</div>"""
    write('org-invite-review.com', '/login/index.html', doc('\u200b', body, GH_CSS))


# ---------------------------------------------------------------- M: only the second factor (the relay's MFA step)

def fam_m():
    # M1: Microsoft "Approve sign in request" with a number to type into Authenticator (no input at all).
    inner = """<div class="small" style="margin-top:-6px">&#8592; megan.bowen@contoso.com</div>
  <div class="small">Open your Authenticator app, and enter the number shown to sign in.</div>
  <div style="font-size:40px;font-weight:600;text-align:center;margin:18px 0">47</div>
  <div class="small">No numbers in your app? Make sure to upgrade to the latest version.</div>
  <div class="small"><a href="#">I can't use my Microsoft Authenticator app right now</a></div>
  <div class="small"><a href="#">More information</a></div>
  <script>setInterval(function(){fetch('/poll.php',{method:'POST'}).catch(function(){})},3000)</script>"""
    write('contoso-hr-benefits.com', '/common/SAS/index.html', ms_page('Sign in to your account', 'Microsoft', 'Approve sign in request', inner))

    # M2: Microsoft "Enter code" after a text message.
    inner = """<div class="small" style="margin-top:-6px">&#8592; megan.bowen@contoso.com</div>
  <div class="small">We texted your phone +X XXXXXXXX86. Please enter the code to sign in.</div>
  <form action="/common/SAS/ProcessAuth.php" method="post"><input class="inp" type="tel" name="otc" placeholder="Code" inputmode="numeric" maxlength="8" autocomplete="one-time-code">
  <div class="small"><label><input type="checkbox"> Don't ask again for 90 days</label></div>
  <div class="small">Having trouble? <a href="#">Sign in another way</a></div>
  <div class="small"><a href="#">More information</a></div>
  <div class="btns"><button class="btn" type="submit">Verify</button></div></form>"""
    write('docsafe-transfer.com', '/common/SAS/ProcessAuth/index.html', ms_page('Sign in to your account', 'Microsoft', 'Enter code', inner))

    # M3: Google 2-Step Verification code entry.
    inner = """<div style="display:inline-flex;align-items:center;gap:8px;border:1px solid #747775;border-radius:16px;padding:4px 12px 4px 4px;font-size:14px;margin:-12px 0 24px"><span style="width:20px;height:20px;border-radius:50%;background:#7b1fa2;color:#fff;font-size:12px;display:inline-flex;align-items:center;justify-content:center">D</span>daniel.kim@gmail.com</div>
  <p style="font-size:14px">A text message with a 6-digit verification code was just sent to &#8226;&#8226;&#8226;&#8226;&#8226;&#8226;&#8226;&#8226;&#8226;42</p>
  <form action="/v3/signin/challenge/ipp.php" method="post"><div style="display:flex;align-items:center;gap:6px"><span style="font-size:16px">G-</span><input class="inp" type="tel" name="Pin" placeholder="Enter code" autocomplete="one-time-code"></div>
  <label style="font-size:14px"><input type="checkbox" checked> Don't ask again on this device</label>
  <div class="row"><a href="#">Try another way</a><button class="btn" type="submit">Next</button></div></form>"""
    write('storage-alert-center.com', '/signin/challenge/ipp/index.html', google_page('Gmail', '2-Step Verification', 'To help keep your account safe, Google wants to make sure it’s really you trying to sign in', inner))

    # M4: GitHub two-factor authentication (TOTP) step.
    inner = """<form action="/sessions/two-factor.php" method="post">
  <p style="margin-top:0"><svg width="32" height="32" viewBox="0 0 24 24" aria-hidden="true"><path fill="#59636e" d="M12 1a5 5 0 0 1 5 5v3h1a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V11a2 2 0 0 1 2-2h1V6a5 5 0 0 1 5-5zm0 2a3 3 0 0 0-3 3v3h6V6a3 3 0 0 0-3-3z"/></svg></p>
  <label for="otp">Authentication code</label>
  <input class="inp" type="text" name="app_otp" id="otp" placeholder="XXXXXX" autocomplete="one-time-code" inputmode="numeric">
  <button class="btn" type="submit">Verify</button>
  <p style="color:#59636e;font-size:12px">Open your two-factor authenticator (TOTP) app or browser extension to view your authentication code.</p></form>"""
    css = ".box{width:340px}"
    write('repo-security-review.com', '/sessions/two-factor/app/index.html', gh_page('Two-factor authentication', 'Two-factor authentication', inner, css,
          tail='<p style="text-align:center;font-size:12px"><a href="#">Use your passkey</a> &middot; <a href="#">Use GitHub Mobile</a> &middot; <a href="#">Use a recovery code</a></p>'))

    # M5: Google "Check your phone": tap Yes, then tap the number (no input).
    inner = """<div style="display:inline-flex;align-items:center;gap:8px;border:1px solid #747775;border-radius:16px;padding:4px 12px 4px 4px;font-size:14px;margin:-12px 0 24px"><span style="width:20px;height:20px;border-radius:50%;background:#7b1fa2;color:#fff;font-size:12px;display:inline-flex;align-items:center;justify-content:center">D</span>daniel.kim@gmail.com</div>
  <div style="font-size:16px;font-weight:500;margin:0 0 8px">Check your Pixel 8</div>
  <p style="font-size:14px">Google sent a notification to your Pixel 8. Tap <b>Yes</b> on the notification, then tap <b>47</b> on your phone to verify it\u2019s you.</p>
  <div style="font-size:44px;text-align:center;margin:10px 0">47</div>
  <label style="font-size:14px"><input type="checkbox" checked> Don't ask again on this device</label>
  <div class="row"><a href="#">Resend it</a><a href="#">Try another way</a></div>
  <script>setInterval(function(){fetch('/poll',{method:'POST'}).catch(function(){})},3000)</script>"""
    write('storage-alert-center.com', '/signin/challenge/dp/index.html', google_page('Gmail', '2-Step Verification', 'To help keep your account safe, Google wants to make sure it\u2019s really you trying to sign in', inner))

    # M6: GitHub Mobile sign-in request with digits to pick in the app (no input).
    inner = """<p style="margin-top:0;text-align:center"><svg width="32" height="32" viewBox="0 0 24 24" aria-hidden="true"><rect x="6" y="2" width="12" height="20" rx="2" fill="none" stroke="#59636e" stroke-width="2"/><circle cx="12" cy="18" r="1" fill="#59636e"/></svg></p>
  <p style="text-align:center">We sent you a sign-in request on your GitHub Mobile app. Enter the digits shown below to verify your identity.</p>
  <div style="font-size:40px;font-weight:600;text-align:center;margin:12px 0">73</div>
  <p style="color:#59636e;font-size:12px;text-align:center">Waiting for your approval\u2026</p>"""
    write('repo-security-review.com', '/sessions/two-factor/mobile/index.html', gh_page('Two-factor authentication', 'Two-factor authentication', inner, '.box{width:340px}',
          tail='<p style="text-align:center;font-size:12px"><a href="#">Use your authenticator app</a> &middot; <a href="#">Use a recovery code</a></p>'))

    # M7: Microsoft "Verify your identity": the method list the relay shows before MFA (no input, each method a button).
    meth = ''.join(f'<button type="button" style="display:flex;gap:14px;align-items:center;width:100%;border:0;border-top:1px solid #eee;background:#fff;padding:12px 2px;text-align:left;font:15px inherit;cursor:pointer"><span style="width:24px;height:24px;border-radius:50%;background:#0067b8;flex:none"></span>{t}</button>'
                   for t in ('Approve a request on my Microsoft Authenticator app', 'Use a verification code', 'Text +X XXXXXXXX86', 'Call +X XXXXXXXX86'))
    inner = f"""<div class="small" style="margin-top:-6px">megan.bowen@contoso.com</div>{meth}
  <div class="small" style="margin-top:12px"><a href="#">More information</a></div>
  <div class="small">Are your verification methods current? Check at https://aka.ms/mfasetup</div>
  <div class="btns"><button class="btn sec" type="button">Cancel</button></div>"""
    write('contoso-hr-benefits.com', '/common/SAS/BeginAuth/index.html', ms_page('Sign in to your account', 'Microsoft', 'Verify your identity', inner))

    # M8: GitHub "Device verification": the e-mailed code step (an input, no password).
    inner = """<form action="/sessions/verified-device.php" method="post">
  <p style="margin-top:0">Email</p><p style="margin-top:-8px;color:#59636e">We just sent your authentication code via email to m*****@contoso.com. The code will expire at 10:41 UTC.</p>
  <label for="otp">Device Verification Code</label>
  <input class="inp" type="text" name="otp" id="otp" placeholder="XXXXXX" autocomplete="one-time-code" inputmode="numeric">
  <button class="btn" type="submit">Verify</button>
  <p style="color:#59636e;font-size:12px">We noticed an unusual sign-in from a new device. <a href="#">Re-send the authentication code</a>.</p></form>"""
    write('repo-security-review.com', '/sessions/verified-device/index.html', gh_page('Device verification', 'Device verification', inner, '.box{width:340px}'))


# ---------------------------------------------------------------- K: the account picker and the passkey downgrade

def fam_k():
    # K1: Microsoft "Pick an account" (the password box only after the tile is chosen).
    tile = """<button type="button" id="t" style="display:flex;gap:12px;align-items:center;width:100%;border:0;background:#fff;padding:12px 0;text-align:left;font-family:inherit;cursor:pointer;border-bottom:1px solid #eee">
<span style="width:48px;height:48px;border-radius:50%;background:#c8d7ea;display:inline-flex;align-items:center;justify-content:center;font-size:18px;color:#345">MB</span>
<span><span style="display:block;font-size:15px">Megan Bowen</span><span style="display:block;font-size:13px;color:#666">megan.bowen@contoso.com</span><span style="display:block;font-size:13px;color:#666">Signed in</span></span></button>
<button type="button" style="display:flex;gap:12px;align-items:center;width:100%;border:0;background:#fff;padding:12px 0;text-align:left;font-family:inherit;cursor:pointer">
<span style="width:48px;height:48px;border-radius:50%;background:#eee;display:inline-flex;align-items:center;justify-content:center;font-size:26px">+</span><span style="font-size:15px">Use another account</span></button>
<div id="pw" hidden><form action="/common/login.php" method="post"><input class="inp" type="password" name="passwd" placeholder="Password"><div class="btns"><button class="btn">Sign in</button></div></form></div>"""
    script = "document.getElementById('t').onclick=function(){document.getElementById('pw').hidden=false;document.querySelector('h1').textContent='Enter password';}"
    write('contoso-payroll-docs.com', '/common/reprocess/index.html', ms_page('Sign in to your account', 'Microsoft', 'Pick an account', tile, script=script))

    # K2: Google "Choose an account" with a prefilled account.
    tiles = """<div style="border-top:1px solid #e0e0e0">
<a href="#pw" id="t" style="display:flex;gap:12px;align-items:center;padding:14px 4px;border-bottom:1px solid #e0e0e0;color:#1f1f1f;font-weight:400"><span style="width:28px;height:28px;border-radius:50%;background:#7b1fa2;color:#fff;display:inline-flex;align-items:center;justify-content:center">D</span><span><span style="display:block;font-weight:500">Daniel Kim</span><span style="font-size:12px;color:#444">daniel.kim@gmail.com</span></span><span style="margin-left:auto;font-size:12px;color:#444">Signed out</span></a>
<a href="#" style="display:flex;gap:12px;align-items:center;padding:14px 4px;border-bottom:1px solid #e0e0e0;color:#1f1f1f;font-weight:400"><span style="width:28px;height:28px;border-radius:50%;border:1px solid #ccc;display:inline-flex;align-items:center;justify-content:center">&#128100;</span>Use another account</a></div>
<p style="font-size:13px;color:#444">To continue, Google will share your name, email address, language preference, and profile picture with Drive Viewer.</p>
<div id="pwbox" hidden><form action="/v3/signin/challenge/pwd.php" method="post"><input class="inp" type="password" name="Passwd" placeholder="Enter your password"><div class="row"><a href="#">Forgot password?</a><button class="btn">Next</button></div></form></div>"""
    script = "document.getElementById('t').onclick=function(e){e.preventDefault();document.getElementById('pwbox').hidden=false;}"
    write('viewer-share-files.com', '/accountchooser/index.html', google_page('Sign in - Google Accounts', 'Choose an account', 'to continue to <a href="#">Drive Viewer</a>', tiles, script=script))

    # K3: Microsoft passkey failure screen that offers the password instead (FIDO downgrade).
    inner = """<div class="small" style="margin-top:-6px">&#8592; megan.bowen@contoso.com</div>
  <div style="display:flex;gap:10px;align-items:flex-start;background:#fde7e9;padding:10px;font-size:13px;margin:8px 0 14px"><span>&#9888;</span><span>We couldn't sign you in with your face, fingerprint, PIN or security key. This device doesn't support it, or the request timed out.</span></div>
  <div class="small">Sign in another way</div>
  <form action="/common/login.php" method="post"><input class="inp" type="password" name="passwd" placeholder="Password">
  <div class="small"><a href="#">Forgot your password?</a></div>
  <div class="small"><a href="#">Use an app instead</a></div>
  <div class="btns"><button class="btn" type="submit">Sign in</button></div></form>"""
    write('passkey-update-portal.com', '/common/fido/index.html', ms_page('Sign in to your account', 'Microsoft', 'Enter password', inner))

    # K4: GitHub passkey sign-in that "fails" and drops to the password form.
    flash = '<div class="flash" style="background:#ffebe9;border-color:#ff818266">Passkey sign-in failed. This browser could not use your passkey. Sign in with your password instead.</div>'
    inner = GH_FORM.replace('action="/session"', 'action="/session.php"') + '<p style="text-align:center;margin:12px 0 0"><a href="#">Try passkey again</a></p>'
    write('passkeys-setup-center.com', '/login/index.html', gh_page('Sign in to GitHub · GitHub', 'Sign in to GitHub', inner, flash=flash))

    # K5: Azure DevOps: "which account?" chooser (work or personal), the password box after the choice.
    inner = """<p class="meta">dev.azure.com/contoso-eng is asking which account to use for megan.bowen@contoso.com</p>
<button type="button" id="t" style="display:block;width:100%;text-align:left;border:1px solid #c8c6c4;background:#fff;padding:12px;margin:0 0 8px;font:inherit;cursor:pointer"><b>Work or school account</b><br><span style="font-size:13px;color:#605e5c">Created by your IT department</span></button>
<button type="button" style="display:block;width:100%;text-align:left;border:1px solid #c8c6c4;background:#fff;padding:12px;margin:0 0 8px;font:inherit;cursor:pointer"><b>Personal account</b><br><span style="font-size:13px;color:#605e5c">Created by you</span></button>
<div id="pw" hidden><form action="/_signin/pwd.php" method="post"><label>Password</label><input class="inp" type="password" name="p"><button class="btn">Sign in</button></form></div>"""
    write('contoso-eng-builds.com', '/_signin/index.html', ado_page('Azure DevOps', 'It looks like this email is used with more than one account', inner,
          script="document.getElementById('t').onclick=function(){document.getElementById('pw').hidden=false;}"))


# ---------------------------------------------------------------- G: gated behind a human check

TURNSTILE_CSS = """.cfw{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;max-width:640px;margin:120px auto 0;padding:0 20px;color:#313131}
.cfw h2{font-size:32px;font-weight:500;margin:0 0 12px}.cfw p{font-size:18px;margin:0 0 24px}
.ts{display:flex;align-items:center;gap:12px;border:1px solid #e0e0e0;background:#fafafa;width:300px;height:65px;padding:0 14px;box-sizing:border-box;font-size:14px}
.ts .cb{width:24px;height:24px;border:2px solid #666;border-radius:3px;background:#fff;cursor:pointer}
.ts small{margin-left:auto;text-align:right;font-size:10px;color:#555}
.cff{position:fixed;bottom:0;left:0;right:0;text-align:center;font:12px system-ui;color:#555;padding:14px}"""


def turnstile(host, auto=None):
    return f"""<div class="cfw" id="gate"><h2>{host}</h2><p>Verify you are human by completing the action below.</p>
<div class="ts"><span class="cb" id="cb" role="checkbox" aria-checked="false" tabindex="0"></span><span id="ts-l">Verify you are human</span><small><b>CLOUDFLARE</b><br>Privacy &middot; Terms</small></div>
<p style="font-size:15px;margin-top:24px">{host} needs to review the security of your connection before proceeding.</p></div>
<div class="cff">Ray ID: <code>8f2a{sum(map(ord, host)) * 7919 % 10**8:08d}</code> &middot; Performance &amp; security by Cloudflare</div>"""


def fam_g():
    # G1: the Microsoft form is built only after the Turnstile-style box is clicked (row clicks it, as a person does).
    form = ms_page('Sign in to your account', 'Microsoft', 'Sign in', MS_FORM.format(who='', email=''))
    reveal = f"""document.getElementById('cb').addEventListener('click',function(){{this.style.background='#1a7f37';document.getElementById('ts-l').textContent='Success!';
setTimeout(function(){{document.open();document.write({js(form)});document.close();}},600);}});"""
    write('envelope-review-sign.com', '/s/8841/index.html', doc('Just a moment...', turnstile('envelope-review-sign.com') + f'<script>{reveal}</script>', TURNSTILE_CSS))

    # G2: a five-second "Checking your browser" interstitial, then the Google sign-in swaps in.
    gform = google_page('Sign in - Google Accounts', 'Sign in', 'to continue to Gmail', """<form action="/v3/signin/identifier.php" method="post"><input class="inp" type="email" name="identifier" placeholder="Email or phone">
<input class="inp" type="password" name="Passwd" placeholder="Enter your password"><a href="#">Forgot email?</a><div class="row"><a href="#">Create account</a><button class="btn">Next</button></div></form>""")
    body = f"""<div class="cfw"><h2>secure-inbox-check.com</h2><p>Checking if the site connection is secure</p><div style="width:30px;height:30px;border:4px solid #ddd;border-top-color:#f38020;border-radius:50%;animation:s 1s linear infinite"></div>
<p style="font-size:15px;margin-top:24px">secure-inbox-check.com needs to review the security of your connection before proceeding.</p></div>
<style>@keyframes s{{to{{transform:rotate(360deg)}}}}</style>
<script>setTimeout(function(){{document.open();document.write({js(gform)});document.close();}},5200);</script>"""
    write('secure-inbox-check.com', '/mail/index.html', doc('Just a moment...', body, TURNSTILE_CSS))

    # G3: after an automatic check the page rewrites its own address to Microsoft's authorize path, then shows the form.
    form = ms_page('Sign in to your account', 'Microsoft', 'Sign in', MS_FORM.format(who='', email='j.alvarez@fabrikam.com'))
    body = turnstile('fabrikam-voicemail.com') + f"""<script>setTimeout(function(){{document.getElementById('cb').style.background='#1a7f37';document.getElementById('ts-l').textContent='Success!';}},700);
setTimeout(function(){{history.replaceState(null,'','/common/oauth2/v2.0/authorize?client_id=4765445b-32c6-49b0-83e6-1d93765276ca&response_type=code&scope=openid&login_hint=j.alvarez%40fabrikam.com');
document.open();document.write({js(form)});document.close();}},1500);</script>"""
    write('fabrikam-voicemail.com', '/vm/index.html', doc('Just a moment...', body, TURNSTILE_CSS))


# ---------------------------------------------------------------- X: quishing (the page is the QR code)

def fam_x():
    # X1: Microsoft "Keep your account secure" MFA re-registration page with a QR code (credentials taken on the phone).
    inner = f"""<div class="small" style="margin-top:-6px">megan.bowen@contoso.com</div>
  <div class="small">Your organization requires you to set up the following methods of proving who you are. Your current Authenticator registration expires on <b>5 December</b>.</div>
  <div style="font-size:17px;font-weight:600;margin:14px 0 6px">Microsoft Authenticator</div>
  <div class="small">Scan the QR code with your phone's camera, then sign in on your phone to confirm the new registration.</div>
  <div style="text-align:center;margin:12px 0">{qr_svg(4242)}</div>
  <div class="small"><a href="#">Can't scan image?</a></div>
  <div class="btns"><button class="btn sec" type="button">Back</button><button class="btn" type="button">Next</button></div>"""
    write('contoso-it-servicedesk.com', '/proofup/index.html', ms_page('Keep your account secure', 'Microsoft', 'Keep your account secure', inner))

    # X2: Google "Verify it's you" with a QR code to scan on the phone.
    inner = f"""<p style="font-size:14px;margin-top:-12px">Unusual activity was detected on <b>daniel.kim@gmail.com</b>. Use your phone to verify it's you before you can continue to Gmail.</p>
  <div style="text-align:center;margin:18px 0">{qr_svg(777)}</div>
  <ol style="font-size:14px;padding-left:18px"><li>Open the camera on your Android phone or iPhone</li><li>Point it at the QR code</li><li>Sign in on your phone and tap <b>Yes, it's me</b></li></ol>
  <div class="row"><a href="#">Try another way</a><span></span></div>"""
    write('account-protect-verify.com', '/signin/challenge/qr/index.html', google_page('Verify it’s you', 'Verify it’s you', 'To help keep your account safe, Google wants to make sure it’s really you', inner))

    # X3: Microsoft Teams "Sign in on your phone": scan to sign in (no inputs, the Teams name and the Microsoft tiles).
    inner = f"""<div class="small" style="margin-top:-6px">j.alvarez@fabrikam.com</div>
  <div class="small">Your Microsoft Teams session on this computer has expired. To keep your chats and meetings, scan the code with your phone and sign in with your work account.</div>
  <div style="text-align:center;margin:12px 0">{qr_svg(3131)}</div>
  <div class="small">The code expires in <b>04:59</b>. <a href="#">Get a new code</a></div>
  <div class="small"><a href="#">Sign in on this device instead</a></div>"""
    write('fabrikam-voicemail.com', '/teams/relink/index.html', ms_page('Sign in to Microsoft Teams', 'Microsoft', 'Sign in on your phone', inner))

    # X4: the same Google QR page under the "2-Step Verification" heading with the account chip.
    inner = f"""<div style="display:inline-flex;align-items:center;gap:8px;border:1px solid #747775;border-radius:16px;padding:4px 12px 4px 4px;font-size:14px;margin:-12px 0 20px"><span style="width:20px;height:20px;border-radius:50%;background:#7b1fa2;color:#fff;font-size:12px;display:inline-flex;align-items:center;justify-content:center">D</span>daniel.kim@gmail.com</div>
  <p style="font-size:14px">Scan the QR code with your phone's camera and sign in on your phone to finish signing in here.</p>
  <div style="text-align:center;margin:14px 0">{qr_svg(8080)}</div>
  <div class="row"><a href="#">Try another way</a><span></span></div>"""
    write('account-protect-verify.com', '/signin/challenge/qr2/index.html', google_page('Gmail', '2-Step Verification', 'To help keep your account safe, Google wants to make sure it\u2019s really you trying to sign in', inner))


# ---------------------------------------------------------------- ordinary pages close to them that must stay quiet

def ordinary():
    # own canvas wordmark and a plain login
    ops = [('text', 'PIXELFORGE', 0, 38, '900 40px Impact,Arial Black,sans-serif', '#ff6b35'), ('text', 'GAMES', 4, 60, '700 14px Arial,sans-serif', '#888')]
    write('account.pixelforge-games.com', '/login/index.html', site_page('Pixelforge Games – Log in', 'Pixelforge account', f"""<canvas id="wm" style="width:280px;height:64px" aria-label="Pixelforge Games"></canvas>
<h1>Log in to your Pixelforge account</h1><form action="/login" method="post"><label>Email</label><input class="inp" type="email" name="email"><label>Password</label><input class="inp" type="password" name="password"><button class="btn">Log in</button></form>""",
        script=canvas_script('wm', ops, 280, 64)))
    # own TOTP step
    write('app.ledgerly.io', '/login/2fa/index.html', site_page('Two-step verification – Ledgerly', 'Ledgerly', """<h1>Two-step verification</h1>
<p style="font-size:14px">Enter the 6-digit code from your authenticator app for <b>ops@harbour-bakery.co.uk</b>.</p>
<form action="/login/2fa" method="post"><input class="inp" type="text" name="code" inputmode="numeric" autocomplete="one-time-code" placeholder="123456"><button class="btn">Verify</button></form>
<p style="font-size:13px"><a href="#">Use a recovery code</a></p>"""))
    # own profile chooser
    write('www.lumen-tv.com', '/profiles/index.html', site_page('Who’s watching? – Lumen TV', 'Lumen TV', """<h1>Choose an account</h1>
<p style="font-size:14px">Signed in as anna.berg@example.com</p><div style="display:flex;gap:16px;margin:16px 0"><a href="#">Anna</a><a href="#">Kids</a><a href="#">Guest</a></div>
<form action="/profiles/unlock" method="post"><label>Profile PIN</label><input class="inp" type="password" name="pin" inputmode="numeric" maxlength="4"><button class="btn">Open profile</button></form>"""))
    # own passkey fallback
    write('www.trailhead-outfitters.com', '/account/login/index.html', site_page('Sign in – Trailhead Outfitters', 'Trailhead Outfitters', """<h1>Sign in</h1>
<div style="background:#fff4e5;padding:10px;font-size:13px;margin-bottom:12px">Your passkey couldn't be used on this device. Sign in with your password instead.</div>
<form action="/account/login" method="post"><label>Email</label><input class="inp" type="email" name="email" value="sam@example.org"><label>Password</label><input class="inp" type="password" name="password"><button class="btn">Sign in</button></form>
<p style="font-size:13px"><a href="#">Try passkey again</a></p>"""))
    # a real "Just a moment" interstitial in front of a recipe blog
    blog = doc('Sourdough at altitude – Crumb & Crust', '<div class="box"><h1>Sourdough at altitude</h1><p>Less yeast, more water, a cooler proof. Here is what worked at 2,000 m.</p><form action="/subscribe" method="post"><input class="inp" type="email" name="email" placeholder="Your email"><button class="btn">Get new recipes</button></form></div>', PLAIN)
    write('www.crumb-and-crust.blog', '/sourdough-at-altitude/index.html', doc('Just a moment...', f"""<div class="cfw"><h2>www.crumb-and-crust.blog</h2><p>Checking if the site connection is secure</p>
<p style="font-size:15px">www.crumb-and-crust.blog needs to review the security of your connection before proceeding.</p></div><div class="cff">Performance &amp; security by Cloudflare</div>
<script>setTimeout(function(){{document.open();document.write({js(blog)});document.close();}},1200);</script>""", TURNSTILE_CSS))
    # IT help page explaining number matching
    write('it.northfield-university.edu', '/kb/mfa-number-matching/index.html', plain('Number matching in Microsoft Authenticator – IT Services', """<h1>Number matching in Microsoft Authenticator</h1>
<p>When you sign in to your Northfield Microsoft 365 account, the sign-in page on your computer shows a two-digit number. Your phone then asks you to type that number into Microsoft Authenticator.</p>
<div style="border:1px solid #ddd;border-radius:8px;padding:14px;text-align:center"><div style="font-size:13px;color:#666">Example shown by the sign-in page</div><div style="font-size:40px;font-weight:600">47</div></div>
<p>Only approve a request you started yourself, on <b>login.microsoftonline.com</b>. If you get a request you did not start, choose <b>No, it's not me</b> and call the IT Service Desk on 555-0142.</p>"""))
    # own QR sign-in (pair the app)
    write('web.chatterbox-app.com', '/login/index.html', site_page('Chatterbox Web', 'Chatterbox', f"""<h1>Log in with QR code</h1>
<ol style="font-size:14px"><li>Open Chatterbox on your phone</li><li>Tap Settings › Linked devices › Link a device</li><li>Point your phone at this screen</li></ol>
<div style="text-align:center">{qr_svg(99)}</div><p style="font-size:13px"><a href="#">Log in with email instead</a></p>"""))
    # a portfolio whose headline letters are animated spans in flex order, with a "Sign in with Google" comments button
    write('studio-halden.design', '/index.html', doc('Studio Halden – type & motion', f"""<div class="box"><h1 style="font-size:40px">{shuffled_spans('Halden', 31, 'char')}</h1>
<p>{shuffled_spans('Type, motion and identity for small brands', 8)}</p><p>Leave a note on the guestbook:</p>
<button class="btn" style="background:#fff;color:#333;border:1px solid #ccc">{G_MARK} Sign in with Google</button></div>""", PLAIN))

    # own number matching at a bank
    write('online.northbank-cu.org', '/login/approve/index.html', site_page('Approve in the app – Northbank', 'Northbank Credit Union', """<h1>Approve in the Northbank app</h1>
<p style="font-size:14px">We sent a sign-in request to your phone. Open the Northbank app and tap the number below.</p>
<div style="font-size:42px;font-weight:700;text-align:center;margin:12px 0">47</div><p style="font-size:13px">Didn't get it? <a href="#">Send again</a> · <a href="#">Use a text message instead</a></p>"""))
    # own workspace picker
    write('app.crewboard.io', '/signin/choose/index.html', site_page('Choose a workspace – Crewboard', 'Crewboard', """<h1>Choose a workspace</h1>
<p style="font-size:14px">Signed in as priya@harbour-bakery.co.uk</p>
<a href="#" style="display:block;border:1px solid #ddd;border-radius:6px;padding:12px;margin:8px 0">Harbour Bakery · 12 members</a>
<a href="#" style="display:block;border:1px solid #ddd;border-radius:6px;padding:12px;margin:8px 0">Riverside Market · 4 members</a>
<p style="font-size:13px"><a href="#">Use another account</a></p>"""))


if __name__ == '__main__':
    fam_p()
    fam_q()
    fam_m()
    fam_k()
    fam_g()
    fam_x()
    ordinary()

#!/usr/bin/env python3
"""Writes the fixtures of tests/corpus/redteam16.js under tests/fixtures/<host>/...

Run from the repository root: python3 tests/corpus/gen-redteam16.py
"""

import base64
import json
import importlib.util
import os
import struct

# The page helpers of the eleventh, thirteenth and fourteenth rounds: write, doc, the providers' page shells, marks.
_HERE = os.path.dirname(os.path.abspath(__file__))


def _load(name, file):
    spec = importlib.util.spec_from_file_location(name, os.path.join(_HERE, file))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_r11 = _load('gen_redteam11', 'gen-redteam11.py')
_r13 = _load('gen_redteam13', 'gen-redteam13.py')
write, doc, js = _r11.write, _r11.doc, _r11.js
ms_page, google_page, gh_page = _r11.ms_page, _r11.google_page, _r11.gh_page
MS_LOGO, MS_CSS, MS_FORM = _r11.MS_LOGO, _r11.MS_CSS, _r11.MS_FORM
GOOGLE_LOGO, GOOGLE_CSS = _r11.GOOGLE_LOGO, _r11.GOOGLE_CSS
GH_MARK, GH_CSS, GH_FORM = _r11.GH_MARK, _r11.GH_CSS, _r11.GH_FORM
G_MARK, site_page = _r11.G_MARK, _r11.site_page
GH_PATH, GH_SMALL = _r13.GH_PATH, _r13.GH_SMALL

VICTIM_MS = 'a.kovac@tailspintoys.com'
VICTIM_G = 'rosa.ibarra@gmail.com'


def b64(s):
    return base64.b64encode(s.encode('utf-8')).decode()


def parts(page, host_css=':host{display:block;'):
    """The style and body of a provider page shell, the style made fit for a shadow root."""
    style = page.split('<style>', 1)[1].split('</style>', 1)[0].replace('body{', host_css, 1)
    body = page.split('<body>', 1)[1].split('</body>', 1)[0]
    return f'<style>{style}</style>{body}'


DECODE = "const dec=(s)=>new TextDecoder().decode(Uint8Array.from(atob(s),(c)=>c.charCodeAt(0)));"


def ms_card(who='to continue to Outlook', email=VICTIM_MS):
    return parts(ms_page('x', 'Microsoft', 'Sign in', MS_FORM.format(who=who, email=email)))


# ---------------------------------------------------------------- spoofs: closed shadow roots

def closed_roots():
    # 1. Nested closed roots: a section's closed root holds a span whose own closed root draws the Microsoft card.
    script = (DECODE + """
const outer=document.getElementById('fx').attachShadow({mode:'closed'});
outer.innerHTML='<style>:host{display:block}</style><span id="in"></span>';
const inner=outer.getElementById('in').attachShadow({mode:'closed'});
inner.innerHTML=dec(__P__);""").replace('__P__', js(b64(ms_card('to view your fax (3 pages)'))))
    body = f"""<section id="fx"><p>Incoming fax from +1 (212) 555-0143, 3 pages, received 09:14.</p></section>
<script>{script}</script>"""
    write('fax-inbox-courier.com', '/fax/30917/index.html', doc('Fax 30917', body, 'body{margin:0}'))

    # 2. A table layout whose cells, list items, labels, link and button each hold a span with a closed root:
    #    every word of Google's card and its inputs live in those roots; the page text is only the layout.
    pcss = '<style>:host{display:block;font-family:"Google Sans",Roboto,Arial,sans-serif;color:#1f1f1f}input{width:100%;box-sizing:border-box;border:1px solid #747775;border-radius:4px;padding:15px;font-size:16px;margin:4px 0 10px}</style>'
    pieces = {
        'a': GOOGLE_LOGO,
        'b': '<div style="font-size:32px;margin:18px 0 6px">Sign in</div><div style="font-size:16px;margin:0 0 22px">to continue to Google Sheets</div>',
        'c': f'<span style="font-size:14px">Email or phone</span><input type="email" name="identifier" value="{VICTIM_G}">',
        'd': '<span style="font-size:14px">Enter your password</span><input type="password" name="Passwd">',
        'e': '<span style="color:#0b57d0;font-weight:500;font-size:14px">Forgot password?</span>',
        'f': '<span style="color:#fff;font-size:14px">Next</span>',
    }
    enc = {k: b64(pcss + v) for k, v in pieces.items()}
    script = (DECODE + """const M=__MAP__;
for(const s of document.querySelectorAll('span[data-k]')){const r=s.attachShadow({mode:'closed'});r.innerHTML=dec(M[s.dataset.k]);}
document.getElementById('go').onclick=()=>fetch('/s/collect',{method:'POST'}).catch(()=>{});""").replace('__MAP__', json.dumps(enc))
    css = """body{margin:0;background:#f0f4f9;font-family:Roboto,Arial,sans-serif}table.k{width:450px;margin:70px auto;background:#fff;border-radius:28px;padding:26px 30px;border-collapse:separate}
ul{list-style:none;margin:0;padding:0}label{display:block}td.r{text-align:right}button{background:#0b57d0;border:0;border-radius:20px;padding:10px 24px;cursor:pointer}a{text-decoration:none}"""
    body = f"""<table class="k"><tr><td colspan="2"><span data-k="a"></span></td></tr>
<tr><td colspan="2"><span data-k="b"></span></td></tr>
<tr><td colspan="2"><ul><li><label><span data-k="c"></span></label></li><li><label><span data-k="d"></span></label></li></ul></td></tr>
<tr><td><a href="#"><span data-k="e"></span></a></td><td class="r"><button type="button" id="go"><span data-k="f"></span></button></td></tr></table>
<script>{script}</script>"""
    write('sheet-access-relay.net', '/s/budget-fy26/index.html', doc('Budget FY26', body, css))

    # 3. Declarative shadow DOM: a paragraph with <template shadowrootmode="closed"> holding GitHub's sign-in; no script.
    card = parts(gh_page('x', 'Sign in to GitHub', GH_FORM))
    body = f"""<p class="pv"><template shadowrootmode="closed">{card}</template>Loading gist preview…</p>"""
    write('gist-preview-share.dev', '/login/index.html', doc('Gist preview', body, 'body{margin:0}'))

    # 4. A closed root made with the attachShadow of a same-origin iframe's Element.prototype (taken before any
    #    script can run in that frame), so a hook on this window's attachShadow never sees it.
    script = (DECODE + """
const f=document.createElement('iframe');f.style.display='none';document.body.appendChild(f);
const W=f.contentWindow;const attach=W.Element.prototype.attachShadow;
const setHTML=Object.getOwnPropertyDescriptor(W.ShadowRoot.prototype,'innerHTML').set;
const r=attach.call(document.getElementById('slip'),{mode:'closed'});
setHTML.call(r,dec(__P__));""").replace('__P__', js(b64(ms_card('to open your payslip (June 2026)'))))
    body = f"""<article id="slip"><p>Your payslip for June 2026 is ready to view.</p></article>
<script>{script}</script>"""
    write('payslip-secure-view.com', '/hr/payslip/index.html', doc('Payslip June 2026', body, 'body{margin:0}'))

    # 5. Slots: a section's own children (the file name and who shared it) are shown through named slots inside
    #    a closed root that draws Google's sign-in card around them.
    card_inner = f"""<div class="chip">📄 <slot name="file"></slot><br><small>Shared with you by <slot name="owner"></slot></small></div>
<form action="/file/7741/auth" method="post"><input class="inp" type="email" name="identifier" value="{VICTIM_G}">
<input class="inp" type="password" name="Passwd" placeholder="Enter your password">
<div class="row"><a href="#">Forgot password?</a><button class="btn" type="submit">Next</button></div></form>"""
    root = parts(google_page('x', 'Sign in', 'to continue to Google Drive', card_inner,
                             '.chip{background:#f0f4f9;border-radius:12px;padding:10px 14px;margin:0 0 18px;font-size:14px}'))
    script = (DECODE + "const r=document.getElementById('sh').attachShadow({mode:'closed'});r.innerHTML=dec(__P__);").replace('__P__', js(b64(root)))
    body = f"""<section id="sh"><span slot="file">Q3 Budget FY26.xlsx</span><span slot="owner">Marta Ortiz</span></section>
<script>{script}</script>"""
    write('drive-file-handoff.net', '/file/7741/index.html', doc('Q3 Budget FY26.xlsx', body, 'body{margin:0}'))


# ---------------------------------------------------------------- spoofs: content swapped in late

def late_swaps():
    # 6. The Microsoft card is swapped into the page on the first mouse move or key press (a bot that never moves
    #    sees "preparing preview"); the cookie notice stays.
    card = ms_card('to view invoice INV-88213')
    script = (DECODE + """let done=false;const go=()=>{if(done)return;done=true;document.getElementById('main').innerHTML=dec(__P__);};
for(const e of ['mousemove','pointermove','keydown','touchstart'])addEventListener(e,go,{once:true,passive:true});
document.getElementById('ok').onclick=()=>{document.getElementById('ck').style.display='none';};""").replace('__P__', js(b64(card)))
    css = """body{margin:0;font-family:"Segoe UI",Arial,sans-serif}#main{min-height:100vh}.wait{text-align:center;padding-top:200px;color:#555}
#ck{position:fixed;left:0;right:0;bottom:0;background:#222;color:#eee;padding:12px 20px;display:flex;gap:14px;align-items:center;justify-content:center;font-size:13px;z-index:9}
#ck button{background:#fff;border:0;padding:6px 16px;cursor:pointer}"""
    body = f"""<div id="main"><div class="wait">Invoice INV-88213<br>Preparing secure preview…</div></div>
<div id="ck">This site uses cookies to remember your preferences. <button id="ok" type="button">OK</button></div>
<script>{script}</script>"""
    write('invoice-preview-desk.com', '/inv/88213/index.html', doc('INV-88213', body, MS_CSS.split('\n')[1] + css))

    # 7. "Checking your browser" for 2.5 s, then GitHub's sign-in is decoded (base64 of shifted character codes)
    #    into a closed root on the page's only box; the title stays "Just a moment...".
    card = parts(gh_page('x', 'Sign in to GitHub', GH_FORM, flash='<div class="flash">Sign in to download the build artifacts of run #5521.</div>'))
    shifted = ''.join(chr(ord(c) + 3) for c in card)
    script = (DECODE + """setTimeout(()=>{const s=dec(__P__);let o='';for(const c of s)o+=String.fromCodePoint(c.codePointAt(0)-3);
const r=document.getElementById('app').attachShadow({mode:'closed'});r.innerHTML=o;},2500);""").replace('__P__', js(b64(shifted)))
    css = """body{margin:0;font-family:system-ui,Arial,sans-serif;background:#fff}.chk{text-align:center;padding-top:160px;color:#333}
.spin{width:26px;height:26px;border:3px solid #ddd;border-top-color:#555;border-radius:50%;margin:0 auto 14px;animation:r .8s linear infinite}@keyframes r{to{transform:rotate(360deg)}}"""
    body = f"""<div id="app"><div class="chk"><div class="spin"></div>Checking your browser before accessing the site.<br><small>This takes a few seconds.</small></div></div>
<script>{script}</script>"""
    write('ci-artifact-notice.dev', '/runs/5521/index.html', doc('Just a moment...', body, css))


# ---------------------------------------------------------------- spoofs: text the DOM does not hold

def css_words(text, index):
    """<i> elements whose ::before draws `text` letter by letter from the @counter-style symbols."""
    out = []
    for ch in text:
        out.append(f'<i style="counter-reset:k {index[ch]}"></i>')
    return ''.join(out)


def css_drawn():
    # 8. Every word of a Microsoft card drawn by CSS: letters are symbols of an @counter-style picked by
    #    counter-reset values on empty <i> elements, the address comes from attr() pieces.
    words = ['Microsoft', 'Enter password', 'Password', 'Forgot my password', 'Sign in', 'Use your work or school account']
    letters = sorted(set(''.join(words)), key=lambda c: (ord(c) * 7919 % 97, c))
    index = {c: i + 1 for i, c in enumerate(letters)}
    symbols = ' '.join('"\\00a0"' if c == ' ' else f'"{c}"' for c in letters)
    css = MS_CSS + f"""
@counter-style glyphs{{system:fixed;symbols:{symbols};}}
i{{font-style:normal}}i::before{{content:counter(k,glyphs)}}
.tiles{{display:grid;grid-template-columns:10px 10px;gap:1px}}.tiles b{{display:block;width:10px;height:10px}}
.who::before{{content:"\\2190\\00a0" attr(data-u) "\\40" attr(data-d) "." attr(data-t)}}
.ph{{position:relative}}.ph>span{{position:absolute;left:0;top:12px;color:#666;font-size:15px;pointer-events:none}}.ph:focus-within>span{{display:none}}
.btn i::before{{color:#fff}}"""
    body = f"""<main class="card"><div class="brand"><span class="tiles"><b style="background:#f25022"></b><b style="background:#7fba00"></b><b style="background:#00a4ef"></b><b style="background:#ffb900"></b></span><span>{css_words('Microsoft', index)}</span></div>
<h1>{css_words('Enter password', index)}</h1><form action="/signin/next" method="post"><div class="small who" data-u="a.kovac" data-d="tailspintoys" data-t="com"></div>
<div class="small">{css_words('Use your work or school account', index)}</div>
<div class="ph"><input class="inp" type="password" name="f2" autocomplete="off"><span>{css_words('Password', index)}</span></div>
<div class="small"><a href="#">{css_words('Forgot my password', index)}</a></div><div class="btns"><button class="btn" type="submit">{css_words('Sign in', index)}</button></div></form></main>"""
    write('benefits-enrol-check.com', '/signin/index.html', doc('Benefits enrolment', body, css))


# A web font whose character map is scrambled: the letter the DOM holds is drawn as another letter (ROT13),
# cut from DejaVu Sans by a small TrueType subsetter (simple glyphs only).

FONT_SRC = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'


def rot13(s):
    out = []
    for c in s:
        if 'a' <= c <= 'z':
            out.append(chr((ord(c) - 97 + 13) % 26 + 97))
        elif 'A' <= c <= 'Z':
            out.append(chr((ord(c) - 65 + 13) % 26 + 65))
        else:
            out.append(c)
    return ''.join(out)


def _tables(data):
    num = struct.unpack('>H', data[4:6])[0]
    t = {}
    for i in range(num):
        tag, _cs, off, ln = struct.unpack('>4sIII', data[12 + 16 * i:28 + 16 * i])
        t[tag.decode('latin-1')] = data[off:off + ln]
    return t


def _cmap_lookup(cmap):
    n = struct.unpack('>H', cmap[2:4])[0]
    for i in range(n):
        pid, eid, off = struct.unpack('>HHI', cmap[4 + 8 * i:12 + 8 * i])
        if pid == 3 and eid == 1 and struct.unpack('>H', cmap[off:off + 2])[0] == 4:
            sub = cmap[off:]
            segx2 = struct.unpack('>H', sub[6:8])[0]
            ends = struct.unpack(f'>{segx2 // 2}H', sub[14:14 + segx2])
            starts = struct.unpack(f'>{segx2 // 2}H', sub[16 + segx2:16 + 2 * segx2])
            deltas = struct.unpack(f'>{segx2 // 2}h', sub[16 + 2 * segx2:16 + 3 * segx2])
            ro_pos = 16 + 3 * segx2
            ros = struct.unpack(f'>{segx2 // 2}H', sub[ro_pos:ro_pos + segx2])

            def look(cp):
                for k, end in enumerate(ends):
                    if cp <= end:
                        if cp < starts[k]:
                            return 0
                        if ros[k] == 0:
                            return (cp + deltas[k]) & 0xFFFF
                        p = ro_pos + 2 * k + ros[k] + 2 * (cp - starts[k])
                        g = struct.unpack('>H', sub[p:p + 2])[0]
                        return (g + deltas[k]) & 0xFFFF if g else 0
                return 0
            return look
    raise ValueError('no (3,1) format 4 cmap')


def _checksum(b):
    b = b + b'\0' * (-len(b) % 4)
    return sum(struct.unpack(f'>{len(b) // 4}I', b)) & 0xFFFFFFFF


def scrambled_font(mapping):
    """A TrueType font where codepoint cp draws the glyph of mapping[cp] (both single characters)."""
    with open(FONT_SRC, 'rb') as f:
        data = f.read()
    t = _tables(data)
    look = _cmap_lookup(t['cmap'])
    long_loca = struct.unpack('>h', t['head'][50:52])[0] == 1
    nglyphs = struct.unpack('>H', t['maxp'][4:6])[0]
    if long_loca:
        loca = struct.unpack(f'>{nglyphs + 1}I', t['loca'][:4 * (nglyphs + 1)])
    else:
        loca = [x * 2 for x in struct.unpack(f'>{nglyphs + 1}H', t['loca'][:2 * (nglyphs + 1)])]
    nh = struct.unpack('>H', t['hhea'][34:36])[0]

    def metric(g):
        if g < nh:
            return struct.unpack('>Hh', t['hmtx'][4 * g:4 * g + 4])
        adv = struct.unpack('>H', t['hmtx'][4 * (nh - 1):4 * (nh - 1) + 2])[0]
        lsb = struct.unpack('>h', t['hmtx'][4 * nh + 2 * (g - nh):4 * nh + 2 * (g - nh) + 2])[0]
        return adv, lsb

    olds = [0]
    for ch in sorted(set(mapping.values())):
        g = look(ord(ch))
        if g and g not in olds:
            olds.append(g)
    new_of = {g: i for i, g in enumerate(olds)}
    glyf, offs, hmtx = b'', [0], b''
    for g in olds:
        raw = t['glyf'][loca[g]:loca[g + 1]]
        if raw:
            assert struct.unpack('>h', raw[:2])[0] >= 0, 'composite glyph'
        raw += b'\0' * (-len(raw) % 4)
        glyf += raw
        offs.append(len(glyf))
        hmtx += struct.pack('>Hh', *metric(g))
    n = len(olds)
    # cmap: format 4, one segment per codepoint, plus the final 0xFFFF segment.
    cps = sorted(ord(c) for c in mapping)
    segs = [(cp, cp, (new_of[look(ord(mapping[chr(cp)]))] - cp) & 0xFFFF) for cp in cps] + [(0xFFFF, 0xFFFF, 1)]
    sc = len(segs)
    es = 1
    while (es << 1) <= sc:
        es <<= 1
    sub = struct.pack('>HHHHHHH', 4, 16 + 8 * sc, 0, 2 * sc, 2 * es, (es.bit_length() - 1), 2 * sc - 2 * es)
    sub += struct.pack(f'>{sc}H', *[s[1] for s in segs]) + b'\0\0'
    sub += struct.pack(f'>{sc}H', *[s[0] for s in segs])
    sub += struct.pack(f'>{sc}H', *[s[2] for s in segs])
    sub += struct.pack(f'>{sc}H', *([0] * sc))
    cmap = struct.pack('>HHHHI', 0, 1, 3, 1, 12) + sub
    head = bytearray(t['head'])
    head[8:12] = b'\0\0\0\0'
    head[50:52] = struct.pack('>h', 1)
    hhea = bytearray(t['hhea'])
    hhea[34:36] = struct.pack('>H', n)
    maxp = bytearray(t['maxp'])
    maxp[4:6] = struct.pack('>H', n)
    post = struct.pack('>IIhhIIIII', 0x00030000, 0, -130, 90, 0, 0, 0, 0, 0)
    name = t['name']
    tables = {'OS/2': t['OS/2'], 'cmap': cmap, 'glyf': glyf, 'head': bytes(head), 'hhea': bytes(hhea),
              'hmtx': hmtx, 'loca': struct.pack(f'>{n + 1}I', *offs), 'maxp': bytes(maxp), 'name': name, 'post': post}
    tags = sorted(tables)
    nt = len(tags)
    es = 1
    while (es << 1) <= nt:
        es <<= 1
    out = struct.pack('>IHHHH', 0x00010000, nt, 16 * es, es.bit_length() - 1, 16 * nt - 16 * es)
    off = 12 + 16 * nt
    dir_, body = b'', b''
    for tag in tags:
        b = tables[tag]
        dir_ += struct.pack('>4sIII', tag.encode('latin-1'), _checksum(b), off + len(body), len(b))
        body += b + b'\0' * (-len(b) % 4)
    font = bytearray(out + dir_ + body)
    head_off = struct.unpack('>I', dir_[16 * tags.index('head') + 8:16 * tags.index('head') + 12])[0]
    font[head_off + 8:head_off + 12] = struct.pack('>I', (0xB1B0AFBA - _checksum(bytes(font))) & 0xFFFFFFFF)
    return bytes(font)


def font_remap():
    # 9. Google's sign-in whose DOM text is ROT13 ("Fvta va", "Tbbtyr") and a web font that draws each letter
    #    as its ROT13 partner, so the page shows "Sign in" and "Google".
    chars = [chr(c) for c in range(0x20, 0x7f)]
    mapping = {c: rot13(c) for c in chars}
    font = base64.b64encode(scrambled_font(mapping)).decode()
    R = rot13
    css = GOOGLE_CSS + f"""@font-face{{font-family:"Gx";src:url(data:font/ttf;base64,{font}) format("truetype")}}
.x{{font-family:"Gx",sans-serif}}.glogo2{{font-size:26px;font-weight:500;letter-spacing:.5px}}
.x input{{font-family:Roboto,Arial,sans-serif}}.fl{{position:relative}}.fl>span{{position:absolute;left:16px;top:22px;color:#5f6368;font-size:16px;pointer-events:none}}.fl:focus-within>span{{display:none}}"""
    logo = ''.join(f'<span style="color:{col}">{R(ch)}</span>' for ch, col in zip('Google', ['#4285f4', '#ea4335', '#fbbc05', '#4285f4', '#34a853', '#ea4335']))
    body = f"""<main class="card x"><div class="glogo2">{logo}</div>
<h1>{R('Sign in')}</h1><p class="sub">{R('to continue to Google Docs')}</p>
<form action="/view/auth" method="post"><div class="fl"><input class="inp" type="email" name="u" autocomplete="off"><span>{R('Email or phone')}</span></div>
<div class="fl"><input class="inp" type="password" name="p"><span>{R('Enter your password')}</span></div>
<a href="#">{R('Forgot email?')}</a><div class="row"><a href="#">{R('Create account')}</a><button class="btn x" type="submit">{R('Next')}</button></div></form></main>
<div class="foot x"><span>{R('English (United States)')}</span><span>{R('Help  Privacy  Terms')}</span></div>"""
    write('docs-viewer-relay.net', '/view/index.html', doc('Shared document', body, css))


def canvas_card():
    # 10. GitHub's sign-in drawn on a <canvas> (octocat from its path, every word by fillText from a base64 list)
    #     with transparent inputs over the drawn boxes.
    words = ['Sign in to GitHub', 'Username or email address', 'Password', 'Forgot password?', 'Sign in',
             'New to GitHub? Create an account']
    script = (DECODE + """const W=JSON.parse(dec(__L__));const c=document.getElementById('cv');const x=c.getContext('2d');
x.fillStyle='#f6f8fa';x.fillRect(0,0,360,620);
x.save();x.translate(156,24);x.scale(3,3);x.fillStyle='#1f2328';x.fill(new Path2D(D));x.restore();
x.fillStyle='#1f2328';x.font='300 24px -apple-system,"Segoe UI",Helvetica,Arial,sans-serif';x.textAlign='center';x.fillText(W[0],180,110);
x.textAlign='left';x.fillStyle='#fff';x.strokeStyle='#d1d9e0';x.beginPath();x.roundRect(26,132,308,250,6);x.fill();x.stroke();
x.fillStyle='#1f2328';x.font='600 14px -apple-system,"Segoe UI",Helvetica,Arial,sans-serif';x.fillText(W[1],42,166);x.fillText(W[2],42,238);
x.fillStyle='#0969da';x.font='12px -apple-system,"Segoe UI",Helvetica,Arial,sans-serif';x.fillText(W[3],222,238);
for(const y of [176,248]){x.fillStyle='#f6f8fa';x.strokeStyle='#d1d9e0';x.beginPath();x.roundRect(42,y,276,32,6);x.fill();x.stroke();}
x.fillStyle='#1f883d';x.beginPath();x.roundRect(42,310,276,34,6);x.fill();x.fillStyle='#fff';x.font='600 14px -apple-system,"Segoe UI",Helvetica,Arial,sans-serif';x.textAlign='center';x.fillText(W[4],180,332);
x.strokeStyle='#d1d9e0';x.beginPath();x.roundRect(26,400,308,52,6);x.stroke();x.fillStyle='#1f2328';x.font='14px -apple-system,"Segoe UI",Helvetica,Arial,sans-serif';x.fillText(W[5],180,431);""")
    script = script.replace('__L__', js(b64(json.dumps(words)))).replace('new Path2D(D)', 'new Path2D(' + js(GH_PATH) + ')')
    css = """body{margin:0;background:#f6f8fa}.wrap{position:relative;width:360px;height:480px;margin:10px auto}canvas{position:absolute;left:0;top:0}
.wrap input{position:absolute;left:44px;width:272px;height:28px;border:0;background:transparent;font-size:14px;padding:0 10px;box-sizing:border-box;outline:none}
.wrap button{position:absolute;left:42px;top:310px;width:276px;height:34px;border:0;background:transparent;cursor:pointer}"""
    body = f"""<div class="wrap"><canvas id="cv" width="360" height="480"></canvas>
<form action="/invitations/accept" method="post"><input type="text" name="login" style="top:178px" autocomplete="off"><input type="password" name="password" style="top:250px">
<button type="submit" aria-label=" "></button></form></div><script>{script}</script>"""
    write('repo-invite-accept.dev', '/invitations/index.html', doc('Repository invitation', body, css))


def windows_screen():
    # 11. A full-window Windows sign-in screen: "your PIN is no longer available", enter the Microsoft account
    #     password to set it up again; it asks for full screen and keyboard lock on the first click or key.
    css = """body{margin:0;overflow:hidden;font-family:"Segoe UI Variable","Segoe UI",Arial,sans-serif;color:#fff;background:#0b2a55}
.bg{position:fixed;inset:0;background:radial-gradient(ellipse at 70% 30%,#3c6fb3,#0f3a73 50%,#051a38);filter:blur(2px)}
.mid{position:fixed;left:50%;top:47%;transform:translate(-50%,-50%);text-align:center;width:360px}
.av{width:180px;height:180px;border-radius:50%;background:#cfd8e3;margin:0 auto 14px;overflow:hidden;display:flex;justify-content:center;align-items:flex-end}.av i{width:110px;height:120px;border-radius:50% 50% 0 0;background:#8d9bab}
.name{font-size:28px;font-weight:600}.mail{font-size:14px;opacity:.85;margin:2px 0 14px}.msg{font-size:14px;line-height:1.45;margin:0 0 16px}
.pw{display:flex;background:#ffffffe8;border-radius:4px;overflow:hidden;border-bottom:2px solid #0067c0}.pw input{flex:1;border:0;background:transparent;padding:9px 10px;font-size:15px;outline:none}
.pw button{width:38px;border:0;background:#0067c0;color:#fff;font-size:18px}.links{font-size:13px;margin-top:18px;line-height:2.1}
.other{position:fixed;left:22px;bottom:22px;font-size:13px;display:flex;gap:10px;align-items:center}.other span{width:34px;height:34px;border-radius:50%;background:#cfd8e3;display:inline-block}
.tray{position:fixed;right:26px;bottom:22px;display:flex;gap:20px;font-size:17px}.win{position:fixed;left:22px;top:20px;display:grid;grid-template-columns:9px 9px;gap:1px;opacity:.9}.win b{width:9px;height:9px;background:#4cc2ff}"""
    body = """<div class="bg"></div><div class="win"><b></b><b></b><b></b><b></b></div>
<div class="mid"><div class="av"><i></i></div><div class="name">Ana Kovac</div><div class="mail">a.kovac@outlook.com</div>
<div class="msg">Your PIN is no longer available due to a change to the security settings on this device. Enter your Microsoft account password to set up your PIN again.</div>
<form action="/signin/unlock" method="post" class="pw"><input type="password" name="pwd" placeholder="Password" autofocus><button type="submit">→</button></form>
<div class="links">I forgot my password<br>Sign-in options</div></div>
<div class="other"><span></span>Other user</div><div class="tray">🌐 ♿ ⏻</div>
<script>const fs=()=>{const d=document.documentElement;if(d.requestFullscreen)d.requestFullscreen().then(()=>navigator.keyboard&&navigator.keyboard.lock(['Escape'])).catch(()=>{});};
addEventListener('click',fs,{once:true});addEventListener('keydown',fs,{once:true});</script>"""
    write('device-unlock-prompt.com', '/signin/index.html', doc('Windows Sign-in', body, css))


# ---------------------------------------------------------------- ordinary pages close to them

def ordinary():
    # a. A notes SaaS whose login is built from custom elements with closed roots, with "Continue with Google/GitHub".
    gbtn = 'https://accounts.google.com/o/oauth2/v2/auth?client_id=5521-pw.apps.googleusercontent.com&response_type=code&scope=openid%20email&redirect_uri=https%3A%2F%2Fapp.penwick-notes.com%2Fauth%2Fgoogle'
    hbtn = 'https://github.com/login/oauth/authorize?client_id=Ov23liPenwick0001&scope=read%3Auser%20user%3Aemail'
    script = """const LOGIN=`<style>:host{display:block;font-family:system-ui,Arial,sans-serif}label{display:block;font-size:13px;margin:12px 0 4px}input{width:100%;box-sizing:border-box;border:1px solid #ccd;border-radius:6px;padding:9px}button{margin-top:16px;width:100%;background:#3b3bd6;color:#fff;border:0;border-radius:6px;padding:10px;font-size:15px}</style>
<form action="/session" method="post"><label>Email</label><input type="email" name="email"><label>Penwick password</label><input type="password" name="password"><button>Log in</button></form>`;
class PwLogin extends HTMLElement{constructor(){super();this.attachShadow({mode:'closed'}).innerHTML=LOGIN;}}
class PwOauth extends HTMLElement{constructor(){super();const r=this.attachShadow({mode:'closed'});
r.innerHTML='<style>a{display:flex;gap:10px;align-items:center;justify-content:center;border:1px solid #ccd;border-radius:6px;padding:9px;margin:8px 0;color:#222;text-decoration:none;font:14px system-ui,Arial,sans-serif}</style><a part="btn"><slot name="icon"></slot><slot></slot></a>';
r.querySelector('a').href=this.getAttribute('href');}}
customElements.define('pw-login',PwLogin);customElements.define('pw-oauth',PwOauth);"""
    css = """body{margin:0;background:#f4f4fb;font-family:system-ui,Arial,sans-serif}.box{width:380px;margin:70px auto;background:#fff;border-radius:12px;padding:30px 34px;box-shadow:0 2px 12px #0001}
h1{font-size:22px;margin:0 0 4px}.or{text-align:center;color:#888;font-size:13px;margin:14px 0}"""
    body = f"""<div class="box"><h1>Log in to Penwick</h1><p style="color:#666;margin:0 0 14px">Your notes, everywhere.</p>
<pw-oauth href="{gbtn}"><span slot="icon">{G_MARK}</span>Continue with Google</pw-oauth>
<pw-oauth href="{hbtn}"><span slot="icon">{GH_SMALL.replace('height="24" width="24"', 'height="20" width="20"')}</span>Continue with GitHub</pw-oauth>
<div class="or">or with your email</div><pw-login></pw-login></div><script>{script}</script>"""
    write('app.penwick-notes.com', '/login/index.html', doc('Log in – Penwick', body, css))

    # b. An energy supplier's own login page with a support chat and a cookie consent box, each in a closed root.
    script = """const chat=document.getElementById('chat').attachShadow({mode:'closed'});
chat.innerHTML=`<style>.w{position:fixed;right:20px;bottom:90px;width:300px;background:#fff;border-radius:12px;box-shadow:0 4px 20px #0003;font:14px system-ui,Arial,sans-serif;overflow:hidden}.h{background:#0d5c46;color:#fff;padding:10px 14px;font-weight:600}.m{padding:12px 14px;line-height:1.4}input{width:calc(100% - 28px);margin:0 14px 12px;border:1px solid #ccc;border-radius:6px;padding:8px;box-sizing:border-box}</style>
<div class="w"><div class="h">Ember · Brackenridge support</div><div class="m">Hi! Having trouble signing in? I can help you reset your password or find your account number. If you pay by Direct Debit, have your bank details ready.</div><input placeholder="Type your message"></div>`;
const ck=document.getElementById('consent').attachShadow({mode:'closed'});
ck.innerHTML=`<style>.c{position:fixed;left:0;right:0;bottom:0;background:#f7f7f2;border-top:1px solid #ddd;padding:14px 24px;font:13px system-ui,Arial,sans-serif;display:flex;gap:14px;align-items:center}button{border:1px solid #0d5c46;background:#0d5c46;color:#fff;border-radius:4px;padding:7px 14px}.r{background:#fff;color:#0d5c46}</style>
<div class="c"><span>We use cookies to run this site and, with your consent, analytics cookies from Google Analytics and Microsoft Clarity to improve it.</span><button>Accept all</button><button class="r">Reject</button><button class="r">Manage</button></div>`;"""
    inner = """<h1>Sign in to your account</h1><form action="/account/session" method="post"><label>Email or account number</label><input class="inp" name="login">
<label>Password</label><input class="inp" type="password" name="password"><button class="btn">Sign in</button></form>
<p style="font-size:13px"><a href="#">Forgotten your password?</a> · <a href="#">Register for online account</a></p><div id="chat"></div><div id="consent"></div>"""
    page = site_page('Sign in – Brackenridge Energy', 'Brackenridge Energy', inner, script=script)
    write('portal.brackenridge-energy.com', '/account/login/index.html', page)

    # c. A library catalogue whose account box uses declarative shadow DOM (closed) for its own sign-in, with a
    #    staff link to Microsoft sign-in.
    staff = 'https://login.microsoftonline.com/elmsworth.org/oauth2/v2.0/authorize?client_id=0c4e6a55-5b71-4d0e-9c1f-6a7e2b5d9f30&response_type=code&scope=openid%20profile'
    css = """body{margin:0;font-family:Georgia,serif;background:#faf7f0;color:#222}.hd{background:#4a2c1d;color:#fff;padding:14px 26px;font-size:22px}
.lay{max-width:900px;margin:24px auto;display:flex;gap:30px}.side{flex:1}.acct{width:340px}"""
    root = f"""<style>:host{{display:block;background:#fff;border:1px solid #e2d9c8;border-radius:8px;padding:20px 22px;font-family:system-ui,Arial,sans-serif}}h2{{font-size:18px;margin:0 0 10px}}label{{display:block;font-size:13px;margin:10px 0 4px}}input{{width:100%;box-sizing:border-box;border:1px solid #bbb;border-radius:4px;padding:8px}}button{{margin-top:14px;background:#4a2c1d;color:#fff;border:0;border-radius:4px;padding:9px 18px}}.ms{{display:flex;gap:8px;align-items:center;margin-top:16px;font-size:13px}}</style>
<h2>My library account</h2><form action="/account/login" method="post"><label>Library card number</label><input name="card" inputmode="numeric"><label>PIN</label><input type="password" name="pin"><button>Sign in</button></form>
<a class="ms" href="{staff}">{MS_LOGO}Staff: sign in with Microsoft</a><p style="font-size:12px;color:#666">Forgotten your PIN? Ask at any branch desk.</p>"""
    body = f"""<div class="hd">Elmsworth Public Library · Catalogue</div><div class="lay"><div class="side"><h1>Your account</h1>
<p>Renew loans, place holds and see your reading history. New members can join at any branch with proof of address.</p></div>
<div class="acct"><template shadowrootmode="closed">{root}</template></div></div>"""
    write('catalog.elmsworth-library.org', '/account/index.html', doc('My account – Elmsworth Public Library', body, css))

    # d. A dental practice's remote-desktop web client: its own full-window sign-in to reach the office Windows desktops.
    css = """body{margin:0;overflow:hidden;font-family:"Segoe UI",Arial,sans-serif;color:#fff;background:linear-gradient(160deg,#16325c,#0a1a33)}
.mid{position:fixed;left:50%;top:46%;transform:translate(-50%,-50%);width:380px;text-align:center}.logo{font-size:15px;letter-spacing:2px;opacity:.8;margin-bottom:26px}
h1{font-size:26px;font-weight:600;margin:0 0 6px}p{font-size:14px;opacity:.85;margin:0 0 20px}
input{display:block;width:100%;box-sizing:border-box;margin:8px 0;padding:10px;border:0;border-radius:4px;font-size:15px}
button{width:100%;margin-top:10px;background:#2f80ed;color:#fff;border:0;border-radius:4px;padding:10px;font-size:15px}.foot{position:fixed;bottom:16px;width:100%;text-align:center;font-size:12px;opacity:.6}"""
    body = """<div class="mid"><div class="logo">CALLOWAY DENTAL</div><h1>Remote access</h1><p>Sign in to connect to your office Windows desktop and the practice software.</p>
<form action="/rdweb/webclient/login" method="post"><input name="user" placeholder="Domain\\username (e.g. CALLOWAY\\jsmith)" autocomplete="username">
<input type="password" name="password" placeholder="Password"><button>Sign in</button></form>
<p style="font-size:12px;margin-top:16px">Locked out? Call the practice manager on extension 204.</p></div>
<div class="foot">Harborline Gateway 5.2 · Remote desktop web client</div>"""
    write('remote.calloway-dental.com', '/rdweb/webclient/index.html', doc('Remote access – Calloway Dental', body, css))

    # e. A local paper that shows "sign in to keep reading" on the first mouse move, with Continue with Google / Microsoft.
    g = 'https://accounts.google.com/o/oauth2/v2/auth?client_id=8812-tm.apps.googleusercontent.com&response_type=code&scope=openid%20email&redirect_uri=https%3A%2F%2Fwww.tidemark-courier.com%2Fauth%2Fgoogle'
    m = 'https://login.microsoftonline.com/consumers/oauth2/v2.0/authorize?client_id=3f6e2d1c-8a9b-4c7d-a1e2-b3c4d5e6f708&response_type=code&scope=openid%20email&redirect_uri=https%3A%2F%2Fwww.tidemark-courier.com%2Fauth%2Fms'
    paras = ''.join('<p>The harbour board published its ten-year plan on Tuesday, with new moorings on the east quay and a '
                    'dredging programme to keep the channel open for the ferry through the winter months.</p>' for _ in range(6))
    css = """body{margin:0;font-family:Georgia,serif;color:#222}.hd{border-bottom:3px double #222;padding:14px 26px;font:700 26px Georgia}article{max-width:680px;margin:24px auto;line-height:1.7}
#wall{display:none;position:fixed;left:0;right:0;bottom:0;height:62vh;background:linear-gradient(transparent,#fff 22%);font-family:system-ui,Arial,sans-serif}
#wall.on{display:block}.box{max-width:380px;margin:16vh auto 0;text-align:center}.box a,.box button{display:flex;gap:8px;align-items:center;justify-content:center;border:1px solid #bbb;border-radius:20px;padding:9px;margin:8px 0;color:#222;text-decoration:none;background:#fff;width:100%;font-size:14px}
.box input{width:100%;box-sizing:border-box;border:1px solid #bbb;border-radius:4px;padding:9px;margin-top:8px}
#ck{position:fixed;left:0;right:0;bottom:0;background:#222;color:#eee;padding:10px;text-align:center;font:13px system-ui;z-index:5}"""
    body = f"""<div class="hd">The Tidemark Courier</div><article><h1>Harbour plan sets out ten years of work</h1>{paras}</article>
<div id="wall"><div class="box"><h2>Sign in to keep reading</h2><p>Three free articles a month with a free account.</p>
<a href="{g}">{G_MARK}Continue with Google</a><a href="{m}">{MS_LOGO.replace('width="22" height="23"', 'width="18" height="18"')}Continue with Microsoft</a>
<form action="/account/start" method="post"><input type="email" name="email" placeholder="Or use your email address"><button type="submit">Continue</button></form></div></div>
<div id="ck">We use cookies for essential site features. <button id="ok" type="button">OK</button></div>
<script>addEventListener('mousemove',()=>document.getElementById('wall').classList.add('on'),{{once:true}});
document.getElementById('ok').onclick=()=>document.getElementById('ck').remove();</script>"""
    write('www.tidemark-courier.com', '/2026/harbour-plan/index.html', doc('Harbour plan sets out ten years of work – The Tidemark Courier', body, css))


if __name__ == '__main__':
    closed_roots()
    late_swaps()
    css_drawn()
    font_remap()
    canvas_card()
    windows_screen()
    ordinary()

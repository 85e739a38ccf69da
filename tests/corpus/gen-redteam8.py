#!/usr/bin/env python3
"""Writes the fixtures of tests/corpus/redteam8.js under tests/fixtures/<host>/...

Run from the repository root: python3 tests/corpus/gen-redteam8.py
The font of the `ms-font-remap` page is made from Liberation Sans with fontTools
(pip install fonttools); without it that page keeps the font it already has.
"""

import base64
import io
import os

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'fixtures')


def write(host, path, html):
    full = os.path.join(ROOT, host, path.lstrip('/'))
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, 'w', encoding='utf-8') as f:
        f.write(html)
    assert len(html.encode('utf-8')) < 200_000, full


def doc(title, body, style='', head='', lang='en'):
    return f"""<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>{head}
<style>{style}</style></head>
<body>
{body}
</body></html>
"""


# ---------------------------------------------------------------- look of the providers (as kits draw them)

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


def ms_page(title, brand, heading, inner, extra_css='', head='', script='', lang='en', tail=''):
    body = f"""<main class="card">
  <div class="brand">{MS_LOGO.replace('width="108"', 'width="22"')}<span class="bname">{brand}</span></div>
  <h1>{heading}</h1>
  {inner}
</main>
<div class="foot"><a href="#">Terms of use</a><a href="#">Privacy &amp; cookies</a><a href="#">...</a></div>
{tail}
<script>{script}</script>"""
    return doc(title, body, MS_CSS + extra_css, head, lang)


MS_FORM = """<form id="f" action="/next.php" method="post" autocomplete="off">
    <div class="small" id="who">{who}</div>
    <input class="inp" type="email" name="email" id="email" placeholder="Email, phone, or Skype" value="{email}">
    <input class="inp" type="password" name="pass" id="pass" placeholder="Password">
    <div class="small"><a href="#">Forgot my password</a></div>
    <div class="btns"><button class="btn" type="submit">Sign in</button></div>
  </form>"""


def ms_form(who='', email=''):
    return MS_FORM.format(who=who, email=email)


def google_page(title, brand, heading, sub, inner, extra_css='', script='', tail='', lang='en'):
    body = f"""<main class="card">
  <div class="brandrow">{brand}</div>
  <h1>{heading}</h1>
  <p class="sub">{sub}</p>
  {inner}
</main>
<div class="foot"><span>English (United States)</span><span><a href="#">Help</a> &nbsp; <a href="#">Privacy</a> &nbsp; <a href="#">Terms</a></span></div>
{tail}
<script>{script}</script>"""
    return doc(title, body, GOOGLE_CSS + extra_css, lang=lang)


G_FORM = """<form id="f" action="/v3/verify" method="post">
    <input class="inp" type="email" name="email" id="email" placeholder="Email or phone" value="{email}">
    <input class="inp" type="password" name="password" id="password" placeholder="Enter your password">
    <div class="row"><a href="#">Forgot password?</a><button class="btn" type="submit">Next</button></div>
  </form>"""


def g_form(email=''):
    return G_FORM.format(email=email)


def gh_page(title, heading, inner, extra_css='', script='', flash='', tail=''):
    body = f"""<div class="top">{GH_MARK}</div>
<h1>{heading}</h1>
{flash}
<div class="box">{inner}</div>
<div class="alt">New to <span class="gh">GitHub</span>? <a href="#">Create an account</a>.</div>
{tail}
<script>{script}</script>"""
    return doc(title, body, GH_CSS + extra_css)


GH_FORM = """<form id="f" action="/session" method="post">
  <label for="user">Username or email address</label>
  <input class="inp" type="text" name="user" id="user" autocapitalize="off">
  <label for="pw">Password <a href="#" style="float:right;font-weight:400;font-size:12px">Forgot password?</a></label>
  <input class="inp" type="password" name="pw" id="pw">
  <button class="btn" type="submit">Sign in</button>
</form>"""


def ado_page(title, brand, heading, inner, extra_css='', script=''):
    body = f"""<header class="bar">{ADO_ICON}<span class="bname">{brand}</span></header>
<main class="panel"><h1>{heading}</h1>{inner}</main>
<script>{script}</script>"""
    return doc(title, body, ADO_CSS + extra_css)


# ---------------------------------------------------------------- family 1: text the DOM does not spell

def letters(word, cls='l'):
    return ''.join(f'<span class="{cls}">{c if c != " " else "&nbsp;"}</span>' for c in word)


def fam1():
    # Cyrillic look-alikes: М і с r о ѕ о f t  (M, i, c, o, s from Cyrillic)
    cyr_brand = 'Місrоѕоft'
    write('docs-secure-share.com', '/index.html', ms_page(
        'Ѕіgn іn tо уоur ассоunt', cyr_brand, 'Ѕіgn іn',
        ms_form('Тhе dосumеnt іѕ рrоtесtеd. Ѕіgn іn wіth уоur wоrk ассоunt tо vіеw іt.'),
    ))
    write('portal-access-center.net', '/index.html', ms_page(
        'Ｓｉｇｎ ｉｎ', 'Ｍｉｃｒｏｓｏｆｔ', 'Ｓｉｇｎ ｉｎ',
        ms_form('Ｏｆｆｉｃｅ ３６５ session expired — continue to your mailbox'),
        extra_css='.bname,h1{letter-spacing:-3px}',
    ))
    write('mailbox-quota-notice.org', '/index.html', ms_page(
        '𝐒𝐢𝐠𝐧 𝐢𝐧 𝐭𝐨 𝐲𝐨𝐮𝐫 𝐚𝐜𝐜𝐨𝐮𝐧𝐭', '𝐌𝐢𝐜𝐫𝐨𝐬𝐨𝐟𝐭', '𝐒𝐢𝐠𝐧 𝐢𝐧',
        ms_form('Your 𝐎𝐮𝐭𝐥𝐨𝐨𝐤 mailbox is 98% full. Sign in to keep receiving mail.'),
        extra_css='.bname,h1{font-weight:400}',
    ))
    # combining grapheme joiners and soft hyphens inside every word that names the provider
    cgj = '\u034f'
    shy = '\u00ad'
    g = cgj.join('Google')
    write('shared-drive-notice.com', '/index.html', google_page(
        f'S{shy}ign in – {g} Acc{shy}ounts', f'{GOOGLE_LOGO}<span>{g}</span>', f'S{shy}ign i{shy}n',
        f'to continue to {g} D{shy}rive', g_form(),
    ))
    # GitHub: letters in reversed DOM order, drawn in order by flex row-reverse
    rev = lambda w: ''.join(f'<span>{c if c != " " else "&nbsp;"}</span>' for c in reversed(w))
    write('repo-invite-center.dev', '/index.html', gh_page(
        'Sign in', f'<span class="rr">{rev("Sign in to GitHub")}</span>',
        GH_FORM, extra_css='.rr{display:inline-flex;flex-direction:row-reverse}',
        flash='<div class="flash">You were invited to join <b>acme-platform</b>. Sign in to accept.</div>',
    ).replace('<span class="gh">GitHub</span>', f'<span class="rr">{rev("GitHub")}</span>'))
    # Azure DevOps: letters shuffled in the DOM, put back in place with CSS `order`
    import random
    rnd = random.Random(8)

    def shuffled(word):
        idx = list(range(len(word)))
        rnd.shuffle(idx)
        return ''.join(f'<span style="order:{i}">{word[i] if word[i] != " " else "&nbsp;"}</span>' for i in idx)
    write('pipeline-review.io', '/index.html', ado_page(
        'Sign in', f'<span class="o">{shuffled("Azure DevOps")}</span>',
        f'<span class="o">{shuffled("Sign in to Azure DevOps")}</span>',
        '<p class="meta">Release <b>prod-eu-2026.48</b> is waiting for your approval. Sign in with your organization account.</p>'
        '<form id="f" action="/approve" method="post"><label>Work email</label><input class="inp" type="email" name="email">'
        '<label>Password</label><input class="inp" type="password" name="password"><button class="btn">Sign in and approve</button></form>',
        extra_css='.o{display:inline-flex}',
    ))
    # Google: every letter absolutely positioned; the DOM order is scrambled
    def placed(word, size, width):
        out = []
        order = list(range(len(word)))
        rnd.shuffle(order)
        for i in order:
            c = word[i] if word[i] != ' ' else '&nbsp;'
            out.append(f'<span style="position:absolute;left:{i * width:.1f}px">{c}</span>')
        return f'<span class="abs" style="position:relative;display:inline-block;height:{size}px;width:{len(word) * width}px">{"".join(out)}</span>'
    write('docs-review-portal.net', '/index.html', google_page(
        'Sign in', GOOGLE_LOGO + placed('Google', 24, 12.5), placed('Sign in', 40, 15.5),
        'Use your ' + placed('Google', 20, 9.5) + ' Account', g_form(),
        extra_css='.abs span{white-space:pre}',
    ))
    # the same placement on a Microsoft card
    write('shared-invoice-portal.com', '/index.html', ms_page(
        'Sign in', placed('Microsoft', 24, 10.5), placed('Sign in', 30, 12.5),
        ms_form('Your invoice INV-20417 is ready. Sign in with your work account to view it.'),
        extra_css='.abs span{white-space:pre}h1{height:34px}',
    ))
    # Microsoft: brand from `content: attr(...)`, heading from an @counter-style whose symbols are the letters
    counter_css = """
@counter-style ltr{system:fixed;symbols:"S" "i" "g" "n" "\\a0" "i" "n";suffix:""}
.cs{list-style:none;display:flex;padding:0;margin:0}
.cs li{counter-increment:x}
.cs li::before{content:counter(x, ltr)}
.bname::before{content:attr(data-b)}
.sub2::before{content:attr(data-t)}
"""
    write('payroll-update-center.com', '/index.html', ms_page(
        'Account', '<span class="bname" data-b="Microsoft"></span>',
        '<ol class="cs">' + '<li></li>' * 7 + '</ol>',
        ms_form('<span class="sub2" data-t="Your Office 365 payroll statement is ready. Sign in to view it."></span>'),
        extra_css=counter_css,
    ).replace('<span class="bname"><span class="bname"', '<span><span class="bname"'))
    # GitHub: SVG <text> with one <tspan> per letter at its own x, in scrambled order
    def svg_word(word, size, adv, fill='#1f2328'):
        order = list(range(len(word)))
        rnd.shuffle(order)
        spans = ''.join(f'<tspan x="{i * adv:.1f}">{word[i]}</tspan>' for i in order if word[i] != ' ')
        return (f'<svg width="{len(word) * adv + 4:.0f}" height="{size + 8}" style="vertical-align:middle">'
                f'<text y="{size}" font-size="{size}" font-family="-apple-system,Segoe UI,Helvetica,Arial" fill="{fill}">{spans}</text></svg>')
    write('ci-artifacts-download.com', '/index.html', gh_page(
        'Sign in', svg_word('Sign in to GitHub', 24, 11.6),
        GH_FORM, flash='<div class="flash">Workflow artifacts for <b>release.yml</b> require you to sign in.</div>',
    ).replace('<span class="gh">GitHub</span>', svg_word('GitHub', 14, 8.2)))
    # Microsoft: a web font whose cmap sends gibberish code points to the brand's glyphs
    font_b64 = remap_font()
    write('secure-fax-inbox.com', '/index.html', ms_page(
        'qwzxkvkjh', '<span class="cf">qwzxkvkjh</span>', '<span class="cf">ywbp wp</span>',
        ms_form('<span class="cf2">Pkt xzt wxgkjbt</span> You have 2 new fax pages waiting.'),
        extra_css=("@font-face{font-family:'cf';src:url(data:font/ttf;base64," + font_b64 + ") format('truetype')}"
                   ".cf{font-family:'cf'}.cf2{display:none}"),
    ))
    # emoji squares for the logo, no brand word at all: only the tenant's own wording
    write('voicemail-player.net', '/index.html', ms_page(
        'Sign in to your account', '<span class="emo">🟥🟩<br>🟦🟨</span>', 'Sign in',
        ms_form('Use your work or school account to play the voicemail (0:47) left for you.'),
        extra_css='.brand .logo{display:none}.emo{font-size:9px;line-height:9px;letter-spacing:-1px;display:inline-block}',
    ))


def remap_font():
    """Liberation Sans cut down to the brand's glyphs, reached from other letters."""
    out = os.path.join(ROOT, 'secure-fax-inbox.com', 'cf.b64')
    try:
        from fontTools.ttLib import TTFont
        from fontTools import subset
    except ImportError:
        with open(out) as f:
            return f.read().strip()
    # DOM letter -> the letter it draws
    table = {'q': 'M', 'w': 'i', 'z': 'c', 'x': 'r', 'k': 'o', 'v': 's', 'j': 'f', 'h': 't',
             'y': 'S', 'b': 'g', 'p': 'n', ' ': ' '}
    font = TTFont('/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf', recalcTimestamp=False)
    opts = subset.Options()
    opts.name_IDs = [1, 2]
    opts.notdef_outline = True
    sub = subset.Subsetter(opts)
    sub.populate(text=''.join(set(table.values())))
    sub.subset(font)
    cmap = font.getBestCmap()
    glyph = {ch: cmap[ord(ch)] for ch in set(table.values())}
    for t in font['cmap'].tables:
        t.cmap = {ord(src): glyph[dst] for src, dst in table.items()}
    buf = io.BytesIO()
    font.save(buf)
    data = base64.b64encode(buf.getvalue()).decode()
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, 'w') as f:
        f.write(data + '\n')
    return data


# ---------------------------------------------------------------- family 2: pages that wait for a human

def fam2():
    reveal = """
function reveal(){ if (document.getElementById('f')) return;
  document.getElementById('slot').innerHTML = document.getElementById('tpl').innerHTML; }
"""
    # Microsoft: nothing but a spinner until the pointer moves
    write('benefits-enrollment-2026.com', '/index.html', ms_page(
        'Sign in to your account', 'Microsoft', 'Sign in',
        '<div id="slot"><div class="small">Loading your benefits documents…</div></div>'
        '<template id="tpl">' + ms_form('Open enrollment closes Friday. Sign in to review your elections.') + '</template>',
        script=reveal + "addEventListener('pointermove', reveal, {once:true}); addEventListener('mousemove', reveal, {once:true});",
    ))
    # Google: a long "document preview"; the sign-in card is built once the reader scrolls
    filler = ''.join(f'<p class="para">Section {i}. Quarterly distribution summary, page {i} of 14. '
                     'Figures are preliminary and subject to audit.</p>' for i in range(1, 40))
    write('document-preview-hub.com', '/index.html', doc(
        'Shared document', f"""<header class="hd">{GOOGLE_LOGO} <b>Docs</b> · Q4-distribution.pdf (shared with you)</header>
<main class="doc">{filler}<p id="end" class="para">End of preview. <span id="continue" style="color:#0b57d0">Continue reading</span></p></main>
<div id="slot"></div>
<template id="tpl"><div class="veil"><div class="card"><div class="brandrow">{GOOGLE_LOGO}<span>Google</span></div>
<h1>Sign in</h1><p class="sub">to continue to Google Docs</p>{g_form()}</div></div></template>
<script>{reveal} addEventListener('scroll', reveal, {{once:true, passive:true}});</script>""",
        GOOGLE_CSS + '.hd{background:#fff;padding:14px 24px;font-size:18px;display:flex;gap:10px;align-items:center;border-bottom:1px solid #ddd}'
        '.doc{width:720px;margin:24px auto;background:#fff;padding:48px;box-shadow:0 1px 3px #0003}.para{font:15px/1.6 Arial;color:#333}'
        '.veil{position:fixed;inset:0;background:#0008;display:flex;align-items:flex-start;justify-content:center}',
    ))
    # GitHub: a "security advisory" page; a click anywhere builds the sign-in form in place
    write('security-advisory-notice.dev', '/index.html', gh_page(
        'Security advisory', 'Security advisory GHSA-8q4x-2026',
        '<main id="slot" style="cursor:pointer"><p>A vulnerable dependency in one of your repositories needs attention. '
        'Click anywhere to review the advisory.</p></main>'
        '<template id="tpl"><p style="margin-top:0">Confirm your identity to view the advisory.</p>' + GH_FORM + '</template>',
        script=reveal + "document.addEventListener('click', reveal, {once:true});",
    ).replace('<h1>Security advisory', '<h1>Sign in to GitHub</h1><p style="text-align:center">Security advisory'))
    # Azure DevOps: a "checking your browser" stage, then the form once the environment looks human
    write('release-gate-check.io', '/index.html', ado_page(
        'Azure DevOps', 'Azure DevOps', 'Checking your browser…',
        '<div id="slot"><p class="meta" id="msg">This takes a few seconds.</p></div>'
        '<template id="tpl"><p class="meta">Release gate <b>prod-approval</b> needs your sign-in.</p><form id="f" action="/gate" method="post">'
        '<label>Email</label><input class="inp" type="email" name="email"><label>Password</label><input class="inp" type="password" name="password">'
        '<button class="btn">Sign in</button></form></template>',
        script=reveal + """
function human(){ return screen.width >= 800 && screen.height >= 600 && navigator.languages.length > 0
  && navigator.hardwareConcurrency > 1 && document.visibilityState === 'visible' && !('callPhantom' in window); }
setTimeout(function check(){ if (human()) { document.querySelector('h1').textContent = 'Sign in to Azure DevOps'; reveal(); }
  else setTimeout(check, 500); }, 2500);""",
    ))
    # Microsoft: only the e-mail field at first; the password field is created when it gets focus
    write('hr-docs-portal.com', '/index.html', ms_page(
        'Sign in to your account', 'Microsoft', 'Sign in',
        '<form id="f0" action="/login" method="post"><div class="small">HR has shared <b>Salary_Review_2026.xlsx</b> with you.</div>'
        '<input class="inp" type="email" name="email" id="email" placeholder="Email, phone, or Skype"><div id="more"></div>'
        '<div class="btns"><button class="btn" type="submit">Next</button></div></form>',
        script="""document.getElementById('email').addEventListener('focus', () => {
  if (document.getElementById('pass')) return;
  const p = document.createElement('input'); p.className = 'inp'; p.type = 'password'; p.id = 'pass'; p.name = 'pass'; p.placeholder = 'Password';
  document.getElementById('more').append(p); document.querySelector('h1').textContent = 'Enter password'; });""",
    ))
    # Google: the form is torn down and rebuilt (new ids, new names) on every focus and keystroke
    write('meet-recording-share.com', '/index.html', google_page(
        'Sign in', GOOGLE_LOGO + '<span>Google</span>', 'Sign in', 'to watch the Meet recording',
        '<div id="slot"><input class="inp" id="identifier" placeholder="Email or phone"></div>',
        script="""let n = 0;
function rebuild(){ n++; const s = document.getElementById('slot'); const v = s.querySelector('input')?.value || '';
  s.innerHTML = '<form id="f' + n + '" action="/v3/' + n + '" method="post"><input class="inp" id="identifier" name="u' + n + '" placeholder="Email or phone" value="' + v.replace(/"/g,'') + '">'
   + '<input class="inp" type="password" name="p' + n + '" id="k' + n + '" placeholder="Enter your password">'
   + '<div class="row"><a href="#">Forgot password?</a><button class="btn">Next</button></div></form>';
  bind(); }
function bind(){ const i = document.querySelector('#identifier'); i.addEventListener('focus', rebuild, {once:true}); i.addEventListener('input', rebuild, {once:true}); }
bind();""",
    ))
    # GitHub: the login field loses focus and the password field is swapped in for it
    write('org-invite-accept-now.com', '/index.html', gh_page(
        'Sign in to GitHub', 'Sign in to GitHub',
        '<form id="f" action="/session" method="post"><label for="user" id="lab">Username or email address</label>'
        '<input class="inp" type="text" name="user" id="user" autofocus><button class="btn" type="button" id="next">Continue</button></form>',
        flash='<div class="flash"><b>@northwind-eng</b> invited you to join their organization.</div>',
        script="""const u = document.getElementById('user');
function swap(){ if (!u.value) u.value = 'me'; const p = document.createElement('input'); p.className = 'inp'; p.type = 'password'; p.name = 'pw'; p.id = 'pw';
  document.getElementById('lab').textContent = 'Password for ' + u.value; u.replaceWith(p);
  const b = document.getElementById('next'); b.textContent = 'Sign in'; setTimeout(() => { b.onclick = () => document.getElementById('f').submit(); }, 0); }
u.addEventListener('blur', swap, {once:true});
document.getElementById('next').addEventListener('click', () => { if (document.getElementById('user')) u.blur(); if (document.getElementById('user')) swap(); }, {once:true});""",
    ))


# ---------------------------------------------------------------- family 3: webmail and collaboration clones

OWA_CSS = """
body{margin:0;font-family:"Segoe UI",Arial,sans-serif;background:#f3f2f1}
.top{background:#0f6cbd;color:#fff;height:48px;display:flex;align-items:center;padding:0 16px;gap:16px;font-weight:600}
.top .search{flex:1;max-width:460px;background:#fff3;border-radius:4px;height:30px}
.wrap{display:flex;height:calc(100vh - 48px)}
.nav{width:200px;background:#faf9f8;padding:12px;font-size:14px;line-height:2}
.list{width:360px;background:#fff;border-right:1px solid #e1dfdd}
.mail{padding:10px 14px;border-bottom:1px solid #eee;font-size:13px}.mail b{display:block;font-size:14px}
.read{flex:1;padding:24px;color:#605e5c}
.veil{position:fixed;inset:0;background:rgba(0,0,0,.45);display:flex;align-items:center;justify-content:center}
.modal{background:#fff;width:420px;padding:32px;box-shadow:0 8px 30px #0006;border-radius:4px}
.modal h2{font-size:20px;margin:12px 0}
.inp{width:100%;box-sizing:border-box;border:1px solid #8a8886;padding:8px;font-size:14px;margin:6px 0 12px;border-radius:2px}
.btn{background:#0f6cbd;color:#fff;border:0;padding:8px 22px;font-size:14px;border-radius:4px;cursor:pointer}
"""


def inbox_rows(items):
    return ''.join(f'<div class="mail"><b>{a}</b>{s}</div>' for a, s in items)


def fam3():
    write('webmail-cloudsync.net', '/owa/index.html', doc('Mail - Outlook', f"""
<div class="top">{MS_LOGO.replace('width="108"', 'width="22"')} Outlook <div class="search"></div></div>
<div class="wrap"><div class="nav">Inbox<br>Drafts<br>Sent Items<br>Deleted Items<br>Archive</div>
<div class="list">{inbox_rows([('IT Service Desk', 'Mailbox migration this weekend'), ('Payroll', 'December payslip'), ('Teams', 'You have 3 missed messages'), ('SharePoint', 'Budget_FY27.xlsx was shared')])}</div>
<div class="read">Select an item to read</div></div>
<div class="veil"><div class="modal">{MS_LOGO.replace('width="108"', 'width="22"')}
<h2>Your session has expired</h2><p style="font-size:14px">For your security, Outlook on the web signed you out. Sign in again to continue to your mailbox.</p>
<form id="f" action="/owa/auth.owa" method="post"><input class="inp" type="email" name="username" value="j.doe@northwind.com" readonly>
<input class="inp" type="password" name="password" placeholder="Password"><button class="btn">Sign in</button></form></div></div>""", OWA_CSS))

    write('inbox-sync-service.com', '/mail/u/0/index.html', doc('Inbox (1,204) - Gmail', f"""
<div class="top" style="background:#f6f8fc;color:#444">{GOOGLE_LOGO} Gmail <div class="search" style="background:#eaf1fb"></div></div>
<div class="wrap"><div class="nav">Inbox 1,204<br>Starred<br>Snoozed<br>Sent<br>Drafts</div>
<div class="list">{inbox_rows([('Google', 'Security alert for your account'), ('Drive', 'Q3 report shared with you'), ('Calendar', 'Invitation: Weekly sync')])}</div>
<div class="read">No conversations selected</div></div>
<div class="veil"><div class="modal" style="border-radius:28px">{GOOGLE_LOGO}
<h2>Verify it’s you</h2><p style="font-size:14px">Your Gmail session timed out. To continue, first verify it’s you. Enter your Google Account password.</p>
<form id="f" action="/signin/challenge/pwd" method="post"><input class="inp" type="email" name="identifier" value="jane.doe@gmail.com" readonly>
<input class="inp" type="password" name="Passwd" placeholder="Enter your password"><button class="btn" style="background:#0b57d0;border-radius:20px">Next</button></form></div></div>""", OWA_CSS))

    write('meet-join-portal.com', '/l/meetup-join/index.html', doc('Join conversation | Microsoft Teams', f"""
<div class="tm"><div class="tlogo">T</div><h2>Microsoft Teams</h2>
<p>Quarterly business review · Tue 2 Dec · 10:00–11:00</p>
<div class="pv">Camera is off</div>
<p style="font-size:14px">Your organization requires you to sign in to join this meeting.</p>
<form id="f" action="/join" method="post"><input class="inp" type="email" name="email" placeholder="Work email">
<input class="inp" type="password" name="password" placeholder="Password"><button class="btn" style="background:#5b5fc7">Sign in and join now</button></form></div>""",
        OWA_CSS + 'body{background:#f5f5f5}.tm{width:460px;margin:60px auto;background:#fff;padding:32px;border-radius:8px;box-shadow:0 2px 8px #0002;text-align:center}'
        '.tlogo{width:48px;height:48px;margin:auto;background:#5b5fc7;color:#fff;font:700 28px/48px Segoe UI;border-radius:6px}'
        '.pv{background:#292929;color:#aaa;height:160px;display:flex;align-items:center;justify-content:center;border-radius:6px;margin:16px 0}'))

    write('file-request-upload.com', '/sites/finance/index.html', doc('File request - SharePoint', f"""
<div class="top" style="background:#036c70">{MS_LOGO.replace('width="108"', 'width="22"')} SharePoint</div>
<div class="tm"><h2>Upload files to “Q4 Budget Submissions”</h2>
<p>Anna Kowalski (Finance) requested files from you. Files you add will be uploaded to her OneDrive.</p>
<div class="pv" style="background:#f3f2f1;color:#605e5c;border:2px dashed #c8c6c4">Drag files here or browse</div>
<p style="font-size:14px">Sign in with your Microsoft 365 account to upload.</p>
<form id="f" action="/upload/auth" method="post"><input class="inp" type="email" name="email" placeholder="someone@example.com">
<input class="inp" type="password" name="password" placeholder="Password"><button class="btn" style="background:#036c70">Sign in to upload</button></form></div>""",
        OWA_CSS + '.tm{width:560px;margin:40px auto;background:#fff;padding:32px;box-shadow:0 2px 8px #0002}'
        '.pv{height:110px;display:flex;align-items:center;justify-content:center;margin:14px 0}'))

    write('account-security-review.dev', '/settings/security/index.html', gh_page(
        'Security alert · GitHub', 'Re-authenticate to continue', GH_FORM.replace('Sign in</button>', 'Confirm and review</button>'),
        flash='<div class="flash" style="background:#ffebe9;border-color:#ff818266"><b>Security alert:</b> a new personal access token with '
              '<code>repo</code> and <code>admin:org</code> scopes was created on your account from 185.220.101.4. '
              'Re-authenticate to review and revoke it.</div>'))

    write('build-approvals.net', '/northwind/_build/index.html', ado_page(
        'Pipelines - Azure DevOps', 'Azure DevOps  /  northwind  /  Platform  /  Pipelines',
        'Pipeline run #20261201.4 requires approval',
        '<p class="meta">Stage <b>Deploy to Production</b> is waiting for approval by <b>Release Managers</b>. '
        'Sign in with your Microsoft account to approve or reject this run.</p>'
        '<form id="f" action="/_apis/approve" method="post"><label>Email</label><input class="inp" type="email" name="email">'
        '<label>Password</label><input class="inp" type="password" name="password"><button class="btn">Sign in to review</button></form>'))

    chat_css = """
body{margin:0;font-family:"Segoe UI",Arial,sans-serif;background:#fff}
.hero{padding:60px 80px;background:#f2f2f2}
.hero h1{font-weight:600;font-size:34px;margin:14px 0}
.chat{position:fixed;right:24px;bottom:24px;width:360px;height:520px;background:#fff;border-radius:10px;box-shadow:0 8px 28px #0004;display:flex;flex-direction:column;overflow:hidden}
.ch{background:#0067b8;color:#fff;padding:14px;font-weight:600;display:flex;gap:10px;align-items:center}
.msgs{flex:1;padding:14px;overflow:auto;font-size:14px;background:#fafafa}
.m{background:#fff;border:1px solid #e5e5e5;border-radius:12px;padding:8px 12px;margin:0 30px 10px 0}
.m.me{background:#dbeafe;margin:0 0 10px 30px}
.in{display:flex;border-top:1px solid #ddd}
.in textarea{flex:1;border:0;padding:10px;font:14px "Segoe UI";resize:none;height:48px}
.in button{border:0;background:#0067b8;color:#fff;padding:0 16px}
"""
    write('help-desk-live.com', '/index.html', doc('Microsoft Support – Chat with an agent', f"""
<section class="hero">{MS_LOGO.replace('width="22"', 'width="40"').replace('height="23"', 'height="42"')} <h1>Microsoft Support</h1><p>Get help with your Microsoft 365 account, Outlook and Teams.</p></section>
<aside class="chat"><div class="ch">{MS_LOGO.replace('width="108"', 'width="22"')} Microsoft Support · Agent Daniel</div>
<div class="msgs"><div class="m">Hello, I am Daniel from Microsoft Account Security. We detected an unusual sign-in on your Microsoft 365 account.</div>
<div class="m me">oh, what should I do?</div>
<div class="m">To verify you are the account owner, please type your work email and your current password below. Your session is encrypted.</div></div>
<form class="in" id="f" action="/chat/send" method="post"><textarea name="message" placeholder="Type your email and password…"></textarea><button>Send</button></form></aside>""",
        chat_css))

    write('dev-support-desk.com', '/index.html', doc('GitHub Support – Chat', f"""
<section class="hero">{GH_MARK} <h1>GitHub Support</h1><p>Help with your account, repositories and Actions.</p></section>
<aside class="chat"><div class="ch" style="background:#24292f">GitHub Support · Agent Priya</div>
<div class="msgs"><div class="m">Hi, this is Priya from GitHub Trust &amp; Safety. Your account was flagged for suspicious pushes and will be suspended in 24 hours.</div>
<div class="m me">that was not me</div>
<div class="m">I can keep it open. Please paste your username, password and a personal access token with repo and admin:org scopes here so I can verify ownership.</div></div>
<form class="in" id="f" action="/chat/send" method="post"><textarea name="message" placeholder="Write a message…"></textarea><button style="background:#1f883d">Send</button></form></aside>""",
        chat_css))


# ---------------------------------------------------------------- family 4: device codes and app passwords

def fam4():
    code_css = '.code{font:600 28px/1.4 Consolas,monospace;letter-spacing:4px;background:#f6f8fa;border:1px solid #d1d9e0;border-radius:6px;padding:10px;text-align:center;margin:12px 0}'
    write('copilot-license-activate.com', '/index.html', gh_page(
        'Activate GitHub Copilot', 'Activate your GitHub Copilot seat',
        '<p>Your organization assigned you a Copilot Business seat. To activate it, open '
        '<a href="https://github.com/login/device" target="_blank">github.com/login/device</a> and enter this code:</p>'
        '<div class="code">7F3K-Q9WD</div><p style="font-size:12px;color:#59636e">The code expires in 15 minutes. Keep this page open; it will continue automatically.</p>'
        '<a class="btn" style="display:block;text-align:center;color:#fff;box-sizing:border-box" href="https://github.com/login/device" target="_blank">Open github.com/login/device</a>',
        extra_css=code_css))
    write('tv-cast-activate.com', '/index.html', google_page(
        'Link your Google Account', GOOGLE_LOGO + '<span>Google</span>', 'Link your account',
        'Your shared Google Drive is moving. Confirm the move on your phone or computer.',
        '<ol style="font-size:15px;line-height:1.8"><li>Go to <a href="https://www.google.com/device" target="_blank">google.com/device</a></li>'
        '<li>Sign in with your Google Account</li><li>Enter the code below</li></ol>'
        '<div style="font:500 34px Roboto,Arial;letter-spacing:6px;text-align:center;margin:18px 0">HRT-KQP-WXZ</div>'
        '<div class="row"><span></span><a class="btn" style="color:#fff" href="https://www.google.com/device" target="_blank">Open google.com/device</a></div>'))
    write('teams-conference-invite.com', '/index.html', ms_page(
        'Microsoft Teams meeting', 'Microsoft Teams', 'Join the secure meeting',
        '<p class="small">Board briefing (restricted) · Thu 4 Dec 14:00 CET</p>'
        '<p class="small">To confirm your attendance, go to <a href="https://microsoft.com/devicelogin" target="_blank">microsoft.com/devicelogin</a> and enter the code:</p>'
        '<div style="font:600 30px Consolas,monospace;letter-spacing:5px;text-align:center;margin:18px 0;background:#f3f2f1;padding:10px">JK7QH9XW</div>'
        '<div class="btns"><a class="btn" style="display:inline-flex;align-items:center;justify-content:center;color:#fff" href="https://microsoft.com/devicelogin" target="_blank">Next</a></div>'))
    write('mail-client-setup.net', '/index.html', ms_page(
        'App password', 'Microsoft', 'Enter your app password',
        '<p class="small">Outlook for Mac cannot use your regular password with two-step verification turned on. '
        'Create an app password at account.microsoft.com/security and paste it below to finish setting up your mailbox.</p>'
        '<form id="f" action="/setup" method="post"><input class="inp" type="email" name="email" placeholder="someone@example.com">'
        '<input class="inp" type="password" name="app_password" placeholder="App password (16 characters)" maxlength="16">'
        '<div class="btns"><button class="btn">Connect</button></div></form>'))
    write('actions-runner-setup.dev', '/index.html', gh_page(
        'Connect a self-hosted runner', 'Connect to GitHub',
        '<p>The runner needs a personal access token (classic) with <code>repo</code>, <code>workflow</code> and <code>admin:org</code> scopes.</p>'
        '<form id="f" action="/register" method="post"><label for="tok">Paste your token to continue</label>'
        '<input class="inp" type="password" name="token" id="tok" placeholder="ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx">'
        '<button class="btn">Continue</button></form>'))
    write('workspace-sync-tool.com', '/index.html', google_page(
        'Google Account', GOOGLE_LOGO + '<span>Google</span>', 'App password required',
        'To keep syncing Gmail with your desktop client, create an App password and paste it here.',
        '<form id="f" action="/asp" method="post"><input class="inp" type="email" name="email" placeholder="Email">'
        '<input class="inp" type="password" name="asp" placeholder="xxxx xxxx xxxx xxxx">'
        '<div class="row"><a href="https://myaccount.google.com/apppasswords">How do I create one?</a><button class="btn">Next</button></div></form>'))
    write('passkey-enroll-center.com', '/index.html', ms_page(
        'Sign in to your account', 'Microsoft', 'Sign in with a passkey',
        '<div id="slot"><p class="small">Use your face, fingerprint or PIN to sign in to Microsoft 365.</p>'
        '<div class="btns"><button class="btn" id="passkey" type="button">Use passkey</button></div></div>'
        '<template id="tpl"><p class="small" style="color:#e81123">We couldn’t find a passkey on this device.</p>'
        + ms_form('Sign in with your password instead.') + '</template>',
        script="document.getElementById('passkey').addEventListener('click', () => { document.getElementById('slot').innerHTML = document.getElementById('tpl').innerHTML; document.querySelector('h1').textContent = 'Enter password'; });"))


# ---------------------------------------------------------------- family 5: consent on the genuine host

def consent_page(app, publisher, scopes, admin=False):
    perms = ''.join(f'<li>{s}</li>' for s in scopes)
    org = ('<label class="small"><input type="checkbox" checked> Consent on behalf of your organization</label>' if admin else '')
    return ms_page('Permissions requested', 'Microsoft', 'Permissions requested',
                   f"""<div class="small" style="display:flex;gap:12px;align-items:center"><div style="width:40px;height:40px;background:#5b5fc7;color:#fff;font:600 20px/40px Segoe UI;text-align:center">{app[0]}</div>
<div><b>{app}</b><br><span style="color:#666">{publisher}</span></div></div>
<p class="small">This app would like to:</p><ul class="small">{perms}</ul>{org}
<p class="small">Accepting these permissions means that you allow this app to use your data as specified in their terms of service and privacy statement.</p>
<div class="btns"><button class="btn sec">Cancel</button><button class="btn">Accept</button></div>""",
                   head='<link rel="stylesheet" href="https://aadcdn.msftauth.net/shared/1.0/content/css/converged.v2.login.min.css">')


def fam5():
    base = 'login.microsoftonline.com'
    write(base, '/rt8-fabrikam.onmicrosoft.com/oauth2/v2.0/authorize.html', consent_page(
        'Micrоsoft Teams', 'unverified', ['Read and write your mail', 'Send mail as you', 'Maintain access to data you have given it access to']))
    write(base, '/rt8-contoso.onmicrosoft.com/oauth2/v2.0/authorize.html', consent_page(
        'Zoom for Outlook', 'unverified', ['Read and write access to your mail', 'Have full access to all files you have access to', 'Read your contacts']))
    write(base, '/rt8-northwind.onmicrosoft.com/v2.0/adminconsent.html', consent_page(
        'Microsoft Sicherheitsprüfung', 'unverified', ['Read and write directory data', 'Read and write all users’ full profiles', 'Read and write mail in all mailboxes'], admin=True))


# ---------------------------------------------------------------- family 6: hosting and reverse proxies

def fam6():
    write('drive-share-4821.firebaseapp.com', '/index.html', google_page(
        'Google Drive - Sign in', GOOGLE_LOGO + '<span>Google</span>', 'Sign in', 'to open “Invoice_88213.pdf” in Google Drive', g_form()))
    write('hr-portal-2026.azurewebsites.net', '/index.html', ms_page(
        'Sign in to your account', 'Microsoft', 'Sign in', ms_form('Open enrollment documents are ready on the HR portal.')))
    write('sharedocs0x7.blob.core.windows.net', '/$web/index.html', ms_page(
        'Sign in to your account', 'Microsoft', 'Sign in', ms_form('OneDrive: 3 files were shared with you.')))
    write('gh-actions-auth.s3.amazonaws.com', '/login.html', gh_page('Sign in to GitHub · GitHub', 'Sign in to GitHub', GH_FORM))
    write('fluffy-space-guide-4j9x6-8080.app.github.dev', '/index.html', gh_page(
        'Sign in to GitHub · GitHub', 'Sign in to GitHub', GH_FORM,
        flash='<div class="flash">Sign in to continue to <b>Codespaces</b>.</div>'))
    write('devops-approvals.surge.sh', '/index.html', ado_page(
        'Azure DevOps', 'Azure DevOps', 'Sign in to Azure DevOps',
        '<p class="meta">Pull request !4182 needs your review.</p><form id="f" action="/login" method="post"><label>Email</label>'
        '<input class="inp" type="email" name="email"><label>Password</label><input class="inp" type="password" name="password"><button class="btn">Sign in</button></form>'))
    write('sec-team-portal.gitlab.io', '/index.html', gh_page(
        'Sign in to GitHub · GitHub', 'Sign in to GitHub', GH_FORM,
        flash='<div class="flash">Authorize <b>dependabot-security</b> to scan your repositories.</div>'))
    write('contosofinance.sharepoint.com', '/sites/Portal/SitePages/Verify.html', doc('Verify - Portal', f"""
<div class="sp">{MS_LOGO.replace('width="108"', 'width="22"')} SharePoint · Portal</div>
<main class="card"><div class="brand">{MS_LOGO.replace('width="108"', 'width="22"')}<span>Microsoft</span></div>
<h1>Verify your identity</h1>{ms_form('A secure document was shared with you. Sign in with your Microsoft 365 account to open it.')}</main>""",
        MS_CSS + '.sp{background:#036c70;color:#fff;height:48px;display:flex;align-items:center;gap:10px;padding:0 16px;font-weight:600}'))
    write('sites.google.com', '/view/northwind-payroll-rt8/index.html', doc('Northwind Payroll', """
<header class="sh">Northwind Payroll</header>
<main class="sm"><p>Please sign in to view your December payslip.</p>
<iframe src="https://n-rt8payroll-0lu-script.googleusercontent.com/userCodeAppPanel" title="Embedded content" width="520" height="620" style="border:0"></iframe></main>""",
        'body{margin:0;font-family:Arial}.sh{background:#1a73e8;color:#fff;font-size:28px;padding:40px}.sm{padding:24px}'))
    write('n-rt8payroll-0lu-script.googleusercontent.com', '/userCodeAppPanel.html', google_page(
        'Sign in', GOOGLE_LOGO + '<span>Google</span>', 'Sign in', 'to continue to Google Workspace', g_form(),
        extra_css='body{background:#fff}.card{margin:10px auto}.foot{display:none}'))
    # reverse-proxy copies: the genuine markers, with every asset host rewritten to the proxy's own
    ms_proxy = f"""<!doctype html><html dir="ltr" lang="en"><head><meta charset="utf-8"><title>Sign in to your account</title>
<link rel="stylesheet" href="https://aadcdn-msftauth-net.m365-sso-gateway.com/shared/1.0/content/css/converged.v2.login.min_abc.css">
<script src="https://aadcdn-msftauth-net.m365-sso-gateway.com/shared/1.0/content/js/ConvergedLogin_PCore_xyz.js"></script>
<style>{MS_CSS}</style></head><body>
<main class="card"><div class="brand">{MS_LOGO.replace('width="108"', 'width="22"')}<span>Microsoft</span></div>
<div role="heading" class="row title" id="loginHeader"><h1>Sign in</h1></div>
<form name="f1" id="i0281" method="post" action="/common/login" autocomplete="off">
<input type="email" name="loginfmt" id="i0116" class="inp" placeholder="Email, phone, or Skype" aria-label="Enter your email, phone, or Skype.">
<input type="password" name="passwd" id="i0118" class="inp" placeholder="Password" aria-label="Enter the password for your account">
<input type="hidden" name="flowToken" value="AQABAAEAAAD--DLA3VO7QrddgJg7WevrAg">
<div class="small"><a href="/common/reset">Can’t access your account?</a></div>
<div class="btns"><input type="submit" id="idSIButton9" class="btn" value="Sign in"></div></form></main>
<div class="foot"><a href="#">Terms of use</a><a href="#">Privacy &amp; cookies</a></div></body></html>
"""
    write('login.m365-sso-gateway.com', '/common/oauth2/v2.0/authorize.html', ms_proxy)
    gh_proxy = gh_page('Sign in to GitHub · GitHub', 'Sign in to GitHub', """<form action="/session" accept-charset="UTF-8" method="post">
<input type="hidden" name="authenticity_token" value="Xq9vE0uF3pR2...">
<label for="login_field">Username or email address</label>
<input type="text" name="login" id="login_field" class="inp" autocapitalize="off" autocorrect="off" autocomplete="username" autofocus>
<label for="password">Password</label><input type="password" name="password" id="password" class="inp" autocomplete="current-password">
<input type="submit" name="commit" value="Sign in" class="btn js-sign-in-button" data-signin-label="Sign in"></form>""").replace(
        '<style>', '<link crossorigin="anonymous" media="all" rel="stylesheet" href="https://github-githubassets-com.repo-sso.dev/assets/light-0eace2597ca3.css">\n'
        '<script crossorigin="anonymous" defer type="application/javascript" src="https://github-githubassets-com.repo-sso.dev/assets/wp-runtime-6e1c3c2f.js"></script>\n<style>')
    write('github.repo-sso.dev', '/login.html', gh_proxy)
    g_proxy = google_page('Sign in - Google Accounts', GOOGLE_LOGO + '<span>Google</span>', 'Sign in', 'to continue to Gmail',
                          """<form action="/v3/signin/_/AccountsSignInUi/data/batchexecute" method="post">
<input type="email" class="inp" id="identifierId" name="identifier" autocomplete="username" aria-label="Email or phone">
<input type="password" class="inp" name="Passwd" aria-label="Enter your password">
<div class="row"><a href="#">Forgot email?</a><button class="btn" id="identifierNext">Next</button></div></form>""").replace(
        '<style>', '<link rel="stylesheet" href="https://ssl-gstatic-com.gsuite-sso.net/accounts/static/_/ss/k=accounts.AccountsSignInUi.css">\n<style>')
    write('accounts.gsuite-sso.net', '/v3/signin/identifier.html', g_proxy)


# ---------------------------------------------------------------- ordinary pages that must stay quiet

PLAIN = """
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;background:#f4f5f7;color:#222}
.box{width:380px;margin:80px auto;background:#fff;border-radius:8px;box-shadow:0 2px 10px #0002;padding:32px;box-sizing:border-box}
h1{font-size:22px;margin:0 0 18px}
.inp{width:100%;box-sizing:border-box;border:1px solid #bbb;border-radius:4px;padding:9px;font-size:15px;margin:4px 0 14px}
.btn{background:#2a6;color:#fff;border:0;border-radius:4px;padding:9px 18px;font-size:15px;cursor:pointer}
label{font-size:14px}
a{color:#2563eb}
"""


def ordinary():
    write('webmail.lakeside-college.edu', '/index.html', doc('Lakeside College Webmail :: Welcome to Roundcube Webmail', """
<div class="box"><div style="text-align:center;font:700 26px Arial;color:#37beff">roundcube</div>
<p style="text-align:center;color:#b00;font-size:14px">Your session is invalid or expired.</p>
<form action="./?_task=login" method="post"><label>Username</label><input class="inp" name="_user"><label>Password</label><input class="inp" type="password" name="_pass">
<button class="btn" style="background:#37beff;width:100%">Login</button></form><p style="font-size:12px;text-align:center">Lakeside College Webmail</p></div>""", PLAIN))
    write('mail.harborview-clinic.org', '/index.html', doc('Zimbra Web Client Sign In', """
<div class="box" style="border-top:6px solid #0d71a9"><h1>Zimbra</h1><p style="font-size:13px">Harborview Clinic staff mail</p>
<form action="/" method="post"><label>Username</label><input class="inp" name="username"><label>Password</label><input class="inp" type="password" name="password">
<label><input type="checkbox" name="zrememberme"> Stay signed in</label><br><br><button class="btn" style="background:#0d71a9">Sign In</button></form>
<p style="font-size:12px">Version: Default · Modern · Classic</p></div>""", PLAIN))
    write('app.postbox-mail.com', '/login/index.html', doc('Log in – Postbox Mail', """
<div class="box"><h1>Log in to Postbox</h1><form action="/login" method="post"><label>Email address</label><input class="inp" type="email" name="email">
<label>Password</label><input class="inp" type="password" name="password"><button class="btn" style="background:#0b6fd6;width:100%">Log in</button></form>
<p style="font-size:13px">Import your old mailbox from Gmail, Outlook.com or Yahoo in Settings after you sign in.</p></div>""", PLAIN))
    write('meet.confero.io', '/j/884123/index.html', doc('Confero – Join meeting', """
<div class="box" style="width:460px"><h1>Weekly design sync</h1><div style="background:#222;color:#aaa;height:170px;border-radius:6px;display:flex;align-items:center;justify-content:center">Camera preview</div>
<label>Your name</label><input class="inp" name="display" placeholder="Enter your name"><button class="btn" style="background:#6b4eff">Join meeting</button>
<p style="font-size:13px">Add to calendar: Google Calendar · Outlook · Apple</p></div>""", PLAIN))
    write('help.greenleaf-garden.shop', '/index.html', doc('Help centre – Greenleaf Garden', """
<header style="background:#2f7d32;color:#fff;padding:24px 40px;font-size:24px">Greenleaf Garden · Help centre</header>
<main style="padding:30px 40px">Delivery times, returns and plant care.</main>
<aside style="position:fixed;right:24px;bottom:24px;width:340px;background:#fff;border-radius:10px;box-shadow:0 6px 24px #0004;overflow:hidden">
<div style="background:#2f7d32;color:#fff;padding:12px">Chat with Greenleaf · Maya</div>
<div style="padding:12px;font-size:14px;height:220px">Hi! Can I help with an order? Please share your order number (e.g. GL-20418) and the postcode it was delivered to.</div>
<form style="display:flex;border-top:1px solid #ddd"><textarea name="message" style="flex:1;border:0;padding:10px;height:44px" placeholder="Type a message…"></textarea><button style="border:0;background:#2f7d32;color:#fff;padding:0 14px">Send</button></form></aside>""", PLAIN))
    write('dash.pipelane.dev', '/cli/auth/index.html', doc('Authenticate the Pipelane CLI', """
<div class="box" style="width:480px"><h1>Authenticate the Pipelane CLI</h1><p style="font-size:14px">Create an API token under Account → Tokens, then paste it here to link <code>pipelane deploy</code> on this machine.</p>
<form action="/cli/auth" method="post"><label>API token</label><input class="inp" type="password" name="token" placeholder="plt_live_…"><button class="btn" style="background:#111">Continue</button></form></div>""", PLAIN))
    write('watch.streamly.tv', '/activate/index.html', doc('Activate your TV – Streamly', """
<div class="box"><h1>Activate your TV</h1><p style="font-size:14px">Enter the code shown on your TV screen.</p>
<form action="/activate" method="post"><input class="inp" name="code" maxlength="8" placeholder="XXXX-XXXX" style="font:600 24px monospace;letter-spacing:4px;text-align:center"><button class="btn" style="background:#e50914;width:100%">Continue</button></form></div>""", PLAIN))
    providers = ('<p style="text-align:center;font-size:13px;color:#666">or</p>'
                 '<a class="pb" href="https://accounts.google.com/o/oauth2/v2/auth?client_id=1&amp;redirect_uri=x&amp;response_type=code&amp;scope=openid">Continue with Google</a>'
                 '<a class="pb" href="https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=1&amp;response_type=code&amp;scope=openid">Continue with Microsoft</a>'
                 '<a class="pb" href="https://github.com/login/oauth/authorize?client_id=1">Continue with GitHub</a>')
    pb_css = PLAIN + '.pb{display:block;border:1px solid #ccc;border-radius:4px;padding:9px;margin:8px 0;text-align:center;color:#222;text-decoration:none;font-size:14px}'
    write('taskjar-app.web.app', '/index.html', doc('TaskJar – Sign in', f"""
<div class="box"><h1>Sign in to TaskJar</h1><form action="/login" method="post"><label>Email</label><input class="inp" type="email" name="email">
<label>Password</label><input class="inp" type="password" name="password"><button class="btn" style="width:100%">Sign in</button></form>{providers}</div>""", pb_css))
    write('rota-planner.azurewebsites.net', '/index.html', doc('RotaPlanner – Log in', f"""
<div class="box"><h1>RotaPlanner</h1><p style="font-size:14px">Shift planning for clinics and shops.</p><form action="/login" method="post"><label>Email</label><input class="inp" type="email" name="email">
<label>Password</label><input class="inp" type="password" name="password"><button class="btn" style="width:100%;background:#7c3aed">Log in</button></form>{providers}</div>""", pb_css))
    write('typenotes.design', '/segoe-specimen/index.html', doc('Segoe UI: a specimen – Typenotes', f"""
<article style="width:760px;margin:40px auto;font-family:Georgia,serif;line-height:1.6">
<h1>Segoe UI, the face of a platform</h1><p>Segoe has set Microsoft’s wordmark and interface text since 2012. Below, the wordmark and the phrases it sets most often.</p>
<div style="font-family:'Segoe UI',Arial;font-size:64px;font-weight:600;color:#737373;display:flex;gap:14px;align-items:center">{MS_LOGO.replace('width="22"', 'width="60"').replace('height="23"', 'height="60"')} Microsoft</div>
<div style="font-family:'Segoe UI',Arial;font-size:40px">Sign in · Sign in to your account · Stay signed in?</div>
<div style="font-family:'Segoe UI',Arial;font-size:24px">Aa Bb Cc Dd Ee Ff Gg 0123456789 — Light · Regular · Semibold · Bold</div>
<p>Compare Google’s Product Sans and GitHub’s Mona Sans, both drawn for their own wordmarks.</p></article>""", 'body{margin:0;background:#fffdf8}'))
    write('unicode-notes.blog', '/posts/confusables/index.html', doc('Letters that are not what they seem – Unicode notes', """
<article style="width:760px;margin:40px auto;font-family:Georgia,serif;line-height:1.6">
<h1>Letters that are not what they seem</h1><p>Phishing mail writes brand names with characters from other blocks so that filters do not match them. Some examples:</p>
<ul style="font-size:22px"><li>Fullwidth: Ｍｉｃｒｏｓｏｆｔ</li><li>Mathematical bold: 𝐌𝐢𝐜𝐫𝐨𝐬𝐨𝐟𝐭 · 𝐆𝐨𝐨𝐠𝐥𝐞</li><li>Cyrillic: Місrоѕоft, Gооglе</li><li>Emoji squares: 🟥🟩🟦🟨</li></ul>
<p>NFKC normalization folds the first two back to ASCII; the Cyrillic ones need the confusables table of UTS #39.</p></article>""", 'body{margin:0;background:#fff}'))
    write('www.brightpath-travel.com', '/account/index.html', doc('My account – BrightPath Travel', """
<header style="background:#0e7490;color:#fff;padding:20px 40px;font-size:22px">BrightPath Travel</header>
<div id="slot"></div>
<div id="cookie" style="position:fixed;left:0;right:0;bottom:0;background:#111;color:#fff;padding:18px 40px;display:flex;gap:20px;align-items:center">
<span style="flex:1">We use cookies to remember your searches and to measure our site. </span><button id="accept" class="btn">Accept all</button><button class="btn" style="background:#555">Reject</button></div>
<template id="tpl"><div class="box"><h1>Sign in to your bookings</h1><form action="/account/login" method="post"><label>Email</label><input class="inp" type="email" name="email">
<label>Password</label><input class="inp" type="password" name="password"><button class="btn" style="background:#0e7490">Sign in</button></form></div></template>
<script>document.getElementById('accept').addEventListener('click', () => { document.getElementById('cookie').remove();
  document.getElementById('slot').innerHTML = document.getElementById('tpl').innerHTML; });</script>""", PLAIN))
    write('git.oakridge-labs.net', '/user/login/index.html', doc('Sign In - Gitea: Git with a cup of tea', """
<div class="box"><h1>Sign In</h1><p style="font-size:13px">Oakridge Labs self-hosted Gitea</p><form action="/user/login" method="post"><label>Username or Email Address</label><input class="inp" name="user_name">
<label>Password</label><input class="inp" type="password" name="password"><button class="btn" style="background:#609926">Sign In</button></form>
<p style="font-size:13px;text-align:center">or</p><a class="btn" style="display:block;text-align:center;background:#24292f;text-decoration:none" href="https://github.com/login/oauth/authorize?client_id=Iv1.0">Sign in with GitHub</a></div>""", PLAIN))
    write('login.lumenbank.co.uk', '/index.html', doc('Lumen Bank – Log in', """
<div class="box"><h1>Log in to Lumen Bank</h1><div id="slot"><p style="font-size:14px">Use the passkey saved on this device.</p><button class="btn" id="passkey" style="background:#1d4ed8;width:100%">Log in with a passkey</button></div>
<template id="tpl"><p style="font-size:14px">No passkey found. Log in with your customer number and password.</p><form action="/login" method="post"><label>Customer number</label><input class="inp" name="customer">
<label>Password</label><input class="inp" type="password" name="password"><button class="btn" style="background:#1d4ed8">Log in</button></form></template></div>
<script>document.getElementById('passkey').addEventListener('click', () => { document.getElementById('slot').innerHTML = document.getElementById('tpl').innerHTML; });</script>""", PLAIN))


# ---------------------------------------------------------------- added after the round: look-alikes of its fixes

def after_round():
    import random
    rnd = random.Random(88)

    def placed(word, size, width):
        order = list(range(len(word)))
        rnd.shuffle(order)
        out = ''.join(f'<span style="position:absolute;left:{i * width:.1f}px">{word[i] if word[i] != " " else "&nbsp;"}</span>' for i in order)
        return f'<span class="abs" style="position:relative;display:inline-block;height:{size}px;width:{len(word) * width}px">{out}</span>'

    # a word game's login beside a decorative grid of placed letters that spells nothing
    grid = []
    letters_ = 'QXJZVKWYPBMGFHTDRLNC'
    for n, c in enumerate(letters_):
        r, col = divmod(n, 5)
        grid.append((r, col, c))
    rnd.shuffle(grid)
    cells = ''.join(f'<span style="position:absolute;top:{r * 34}px;left:{col * 34}px;width:30px;height:30px;background:#fde68a;'
                    f'text-align:center;font:700 20px/30px Arial">{c}</span>' for r, col, c in grid)
    write('play.wordtile-games.com', '/login/index.html', doc('Log in – WordTile', f"""
<div class="box"><div style="position:relative;height:136px;margin:0 auto 16px;width:166px" aria-hidden="true">{cells}</div>
<h1>Log in to WordTile</h1><form action="/login" method="post"><label>Email</label><input class="inp" type="email" name="email">
<label>Password</label><input class="inp" type="password" name="password"><button class="btn">Log in</button></form></div>""", PLAIN))
    # a studio's own logo of placed letters, in scrambled DOM order, on its own login
    write('app.kivora-studio.com', '/login/index.html', doc('Sign in – Kivora Studio', f"""
<div class="box"><h1 style="font:700 28px Georgia">{placed('Kivora', 34, 20)}</h1>
<h1>Sign in</h1><form action="/login" method="post"><label>Email</label><input class="inp" type="email" name="email">
<label>Password</label><input class="inp" type="password" name="password"><button class="btn" style="background:#7c3aed">Sign in</button></form></div>""",
        PLAIN + '.abs span{white-space:pre}'))
    # a meeting service's own sign-in to join, naming Teams in prose; its integration page
    write('app.confero.io', '/join/index.html', doc('Join meeting | Confero', """
<div class="box" style="width:460px"><h1>Confero</h1><p style="font-size:14px">Weekly design sync · Tue 2 Dec · 10:00</p>
<p style="font-size:14px">Sign in to join this meeting. Works with Microsoft Teams, Zoom and Google Meet rooms.</p>
<form action="/join" method="post"><label>Work email</label><input class="inp" type="email" name="email"><label>Password</label><input class="inp" type="password" name="password">
<button class="btn" style="background:#6b4eff">Sign in and join now</button></form></div>""", PLAIN))
    write('www.confero.io', '/integrations/microsoft-teams/index.html', doc('Confero for Microsoft Teams', """
<div class="box" style="width:480px"><h1>Confero for Microsoft Teams</h1><p style="font-size:14px">Add Confero rooms to your Microsoft Teams meetings. Sign in to Confero to connect it.</p>
<form action="/login" method="post"><label>Email</label><input class="inp" type="email" name="email"><label>Password</label><input class="inp" type="password" name="password">
<button class="btn" style="background:#6b4eff">Sign in to Confero</button></form></div>""", PLAIN))
    # a help article that says it never asks for the password, beside a chat box
    chat = ('<aside style="position:fixed;right:24px;bottom:24px;width:320px;background:#fff;border-radius:10px;box-shadow:0 6px 24px #0004;overflow:hidden">'
            '<div style="background:#1e3a8a;color:#fff;padding:12px">{head}</div><div style="padding:12px;font-size:14px">{line}</div>'
            '<form style="display:flex;border-top:1px solid #ddd"><textarea name="message" style="flex:1;border:0;padding:10px;height:44px" placeholder="{ph}"></textarea>'
            '<button style="border:0;background:#1e3a8a;color:#fff;padding:0 14px">Send</button></form></aside>')
    write('help.fabrikam-cloud.com', '/articles/microsoft-365-sign-in/index.html', doc('Signing in to Microsoft 365 – Fabrikam Cloud Help', """
<article style="width:720px;margin:40px auto;font-family:Georgia,serif;line-height:1.6"><h1>Signing in to Microsoft 365</h1>
<p>Use your work email and the password you chose at onboarding on the Microsoft sign-in page.</p>
<p><b>We will never ask for your password.</b> Never share your password or a one-time code in this chat or by email, not even with our agents.</p></article>"""
        + chat.format(head='Fabrikam Cloud support', line='Hi, how can we help with your subscription today?', ph='Type a message…'), 'body{margin:0;background:#fff}'))
    # a forum's reply box under a post about resetting a Microsoft password
    write('forum.pcfixers.net', '/t/reset-microsoft-password/index.html', doc('How do I reset my Microsoft password? – PC Fixers forum', """
<main style="width:760px;margin:30px auto;font-family:Arial;line-height:1.5"><h1>How do I reset my Microsoft password?</h1>
<div style="border:1px solid #ddd;padding:14px;margin:10px 0"><b>dana_k</b><p>I typed my password wrong too many times and now my Microsoft account is locked. What do I do?</p></div>
<div style="border:1px solid #ddd;padding:14px;margin:10px 0"><b>tech_owl</b><p>Go to account.live.com/password/reset, confirm the code they send you, then enter your new password twice. Never post your password here.</p></div>
<form action="/t/reset-microsoft-password/reply" method="post"><label>Your reply</label><textarea name="body" style="width:100%;height:120px"></textarea><button class="btn">Post reply</button></form></main>""", PLAIN))
    # genuine consent: an unverified app asking only to sign in and read the profile, and one asking mail and files
    base = 'login.microsoftonline.com'
    write(base, '/rt8-litware.onmicrosoft.com/oauth2/v2.0/authorize.html', consent_page(
        'Litware Timesheets', 'unverified', ['Sign you in and read your profile', 'Maintain access to data you have given it access to']))
    write(base, '/rt8-adatum.onmicrosoft.com/oauth2/v2.0/authorize.html', consent_page(
        'Adatum Mail Archiver', 'unverified', ['Read and write access to your mail', 'Have full access to all files you have access to']))


if __name__ == '__main__':
    fam1()
    fam2()
    fam3()
    fam4()
    fam5()
    fam6()
    ordinary()
    after_round()

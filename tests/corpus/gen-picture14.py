#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Writes tests/corpus/picture14.js and its fixtures under tests/fixtures/<host>/: sign-in cards drawn as
one large SVG picture with clear inputs over its boxes, and ordinary pages with large pictures whose
words name a provider. Run from the repo root: python3 tests/corpus/gen-picture14.py"""
import base64, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
FIX = os.path.join(HERE, '..', 'fixtures')
PAGES, HOSTS, FILES = [], {}, {}

def svg_card(title_svg, lines):
    body = ''.join(f'<text x="40" y="{y}" font-size="{size}" fill="{fill}">{text}</text>' for y, size, fill, text in lines)
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="450" height="520" viewBox="0 0 450 520" font-family="Segoe UI,Arial">'
            f'<rect width="450" height="520" fill="#fff"/>{title_svg}{body}'
            '<rect x="40" y="190" width="370" height="44" fill="none" stroke="#666"/>'
            '<rect x="40" y="262" width="370" height="44" fill="none" stroke="#666"/>'
            '<rect x="300" y="440" width="110" height="36" fill="#0067b8"/><text x="335" y="463" font-size="15" fill="#fff">Next</text></svg>')

def picture_page(host, path, title, svg, fields=True, extra=''):
    url = 'data:image/svg+xml;base64,' + base64.b64encode(svg.encode()).decode()
    inputs = ('<form action="/s" method="post"><input type="email" name="a" style="top:195px"><input type="password" name="b" style="top:267px">'
              '<button type="submit" aria-label="Next"></button></form>') if fields else ''
    html = f'''<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<style>body{{margin:0;background:#f3f3f3;font-family:Arial}}.wrap{{position:relative;width:450px;height:520px;margin:60px auto}}
.wrap img{{position:absolute;inset:0}}.wrap input{{position:absolute;left:45px;width:360px;height:36px;border:0;background:transparent;font-size:16px}}
.wrap button{{position:absolute;left:300px;top:440px;width:110px;height:36px;border:0;background:transparent}}</style></head>
<body>{extra}<div class="wrap"><img src="{url}" width="450" height="520" alt="">{inputs}</div></body></html>
'''
    HOSTS[host] = 'https'
    FILES[os.path.join(host, path.strip('/'), 'index.html')] = html

MS = '<text x="40" y="48" font-size="20" font-weight="600" fill="#737373">Microsoft</text>'
picture_page('docuvault-share.net', '/view/q4/', '\u200b', svg_card(MS, [(110, 26, '#1b1b1b', 'Sign in'), (150, 15, '#1b1b1b', 'to continue to OneDrive')]))
PAGES.append(dict(name='ms-card-picture-clear-inputs', host='docuvault-share.net', path='/view/q4/', expect='danger', provider='microsoft',
                  what='A Microsoft sign-in card (the word "Microsoft" with no logo, "Sign in", "to continue to OneDrive") drawn as one SVG picture, with a clear email and password input over its boxes; the title a zero-width space',
                  source='https://www.trustwave.com/en-us/resources/blogs/spiderlabs-blog/ (image-based phishing pages with transparent input overlays)'))
OWN = '<circle cx="52" cy="44" r="14" fill="#0f766e"/><text x="74" y="50" font-size="20" fill="#0f766e">Fernhill Rowing Club</text>'
picture_page('members.fernhill-rowing.org', '/login/', 'Members – Fernhill Rowing Club', svg_card(OWN, [(110, 26, '#1b1b1b', 'Members sign in'), (150, 15, '#1b1b1b', 'Book boats and see the crew rota')]))
PAGES.append(dict(name='own-card-picture-clear-inputs', host='members.fernhill-rowing.org', path='/login/', expect='none',
                  what='Twin of ms-card-picture-clear-inputs: a rowing club\'s own members sign-in drawn as one SVG picture (its own name and crest) with clear inputs over its boxes',
                  source='https://www.w3.org/WAI/tutorials/images/textual/ (text drawn in images, an old site-building habit)'))
DIAGRAM = svg_card('', [(60, 22, '#1b1b1b', 'How "Sign in with Google" works'), (110, 15, '#444', '1. Your app sends the user to Google'), (150, 15, '#444', '2. Google asks for consent'), (480, 15, '#444', '3. Google redirects back with a code')])
picture_page('docs.quillpad.example', '/guides/oauth/', 'OAuth guide – Quillpad Docs', DIAGRAM, fields=False,
             extra='<header style="padding:12px 24px;background:#fff"><b>Quillpad Docs</b> <form style="display:inline" action="/login" method="post"><input type="email" name="e" placeholder="Email"><input type="password" name="p" placeholder="Password"><button>Log in</button></form></header>')
PAGES.append(dict(name='docs-diagram-beside-own-login', host='docs.quillpad.example', path='/guides/oauth/', expect='none',
                  what='A docs page whose large SVG diagram says "Sign in with Google" and "Google asks for consent", with the docs site\'s own login in its header, not over the picture',
                  source='https://developers.google.com/identity/protocols/oauth2 (OAuth flow diagrams in documentation)'))

for rel, text in FILES.items():
    p = os.path.join(FIX, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, 'w', encoding='utf-8') as f:
        f.write(text)
with open(os.path.join(HERE, 'picture14.js'), 'w', encoding='utf-8') as f:
    f.write("'use strict';\n// Sign-in cards drawn as one large picture with clear inputs over its boxes, and ordinary pages with large\n"
            "// pictures whose words name a provider (written by tests/corpus/gen-picture14.py).\n\n")
    f.write('const HOSTS = {\n' + ''.join(f'  {json.dumps(h)}: {json.dumps(s)},\n' for h, s in sorted(HOSTS.items())) + '};\n\n')
    f.write('const PAGES = [\n' + ''.join('  ' + json.dumps(p, ensure_ascii=False) + ',\n' for p in PAGES) + '];\n\nmodule.exports = { HOSTS, PAGES };\n')

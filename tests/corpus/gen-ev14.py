#!/usr/bin/env python3
"""Writes the fixtures of tests/corpus/ev14.js under tests/fixtures/<host>/...

Run from the repository root: python3 tests/corpus/gen-ev14.py
Device-code lures padded past an article's length, after and before their card, and long pages
that show a device page's address beside a code without being lures.
"""

import os

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'fixtures')


def write(host, path, html):
    full = os.path.join(ROOT, host, path.lstrip('/'), 'index.html')
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, 'w', encoding='utf-8') as f:
        f.write(html)


MS_LOGO = ('<svg width="22" height="22" viewBox="0 0 22 22" aria-hidden="true">'
           '<rect width="10" height="10" fill="#f25022"/><rect x="11" width="10" height="10" fill="#7fba00"/>'
           '<rect y="11" width="10" height="10" fill="#00a4ef"/><rect x="11" y="11" width="10" height="10" fill="#ffb900"/></svg>')

OCTOCAT = ('<svg width="32" height="32" viewBox="0 0 16 16" aria-hidden="true"><path fill="#1f2328" d="M8 0C3.58 0 0 3.58 0 8c0 '
           '3.54 2.29 6.53 5.47 7.59.4.07.55-.17.55-.38 0-.19-.01-.82-.01-1.49-2.01.37-2.53-.49-2.69-.94-.09-.23-.48-.94-.82-1.13-.28-.15-.68-.52-.01-.53.63-.01 '
           '1.08.58 1.23.82.72 1.21 1.87.87 2.33.66.07-.52.28-.87.51-1.07-1.78-.2-3.64-.89-3.64-3.95 0-.87.31-1.59.82-2.15-.08-.2-.36-1.02.08-2.12 0 0 '
           '.67-.21 2.2.82.64-.18 1.32-.27 2-.27.68 0 1.36.09 2 .27 1.53-1.04 2.2-.82 2.2-.82.44 1.1.16 1.92.08 2.12.51.56.82 1.27.82 2.15 0 3.07-1.87 '
           '3.75-3.65 3.95.29.25.54.73.54 1.48 0 1.07-.01 1.93-.01 2.2 0 .21.15.46.55.38A8.013 8.013 0 0016 8c0-4.42-3.58-8-8-8z"/></svg>')

AGENDA = ''.join(
    f'<p>{n}. {topic}: the team reviews the figures of the quarter, agrees the owners of each follow-up and '
    f'records the decisions in the shared notes before the next planning session begins.</p>'
    for n, topic in enumerate(['Welcome and introductions', 'Quarterly results', 'Budget for the second half',
                               'Hiring plan', 'Customer escalations', 'Security review', 'Roadmap changes',
                               'Office move', 'Training calendar', 'Any other business', 'Actions and owners',
                               'Next meeting'], 1))

TEAMS_CSS = """
body{margin:0;font-family:"Segoe UI",Arial,sans-serif;background:#f5f5f5;color:#242424}
header{display:flex;align-items:center;gap:10px;background:#464775;color:#fff;padding:12px 24px;font-size:18px;font-weight:600}
.card{max-width:460px;margin:32px auto;background:#fff;border-radius:8px;box-shadow:0 2px 8px rgba(0,0,0,.15);padding:32px}
.card h1{font-size:22px;margin:0 0 12px}
.code{font:600 30px/1.2 Consolas,monospace;letter-spacing:4px;background:#f0f0f8;border-radius:6px;padding:12px;text-align:center;margin:16px 0}
.btn{display:inline-block;background:#5b5fc7;color:#fff;border:0;border-radius:4px;padding:10px 18px;font-size:15px;text-decoration:none}
.agenda{max-width:760px;margin:24px auto;padding:0 24px;font-size:14px;line-height:1.5;color:#424242}
"""


def teams(card_first):
    card = ('<main class="card"><h1>Join your meeting</h1>'
            '<p>To join, open <a href="https://microsoft.com/devicelogin">microsoft.com/devicelogin</a> and enter this code:</p>'
            '<div class="code" id="code">K7QH-9XWP</div>'
            '<button class="btn" type="button" onclick="navigator.clipboard.writeText(\'K7QH-9XWP\')">Copy code</button></main>')
    agenda = f'<section class="agenda"><h2>Agenda for the quarterly review</h2>{AGENDA}</section>'
    body = (card + agenda) if card_first else (agenda + card)
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Microsoft Teams</title>
<style>{TEAMS_CSS}</style></head><body>
<header>{MS_LOGO}<span>Microsoft Teams</span></header>
{body}
</body></html>"""


write('room-checkin-portal.com', '/join/', teams(True))
write('quarterly-meeting-join.com', '/join/', teams(False))

CHANGELOG = ''.join(
    f'<li><strong>v2.{n}</strong>: improvements to the review queue, faster search in large repositories and '
    f'fixes for notifications that arrived twice on busy pull requests.</li>' for n in range(30, 0, -1))

write('seat-activation-desk.com', '/activate/', f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>GitHub · Activate your Codespaces seat</title>
<style>body{{margin:0;font-family:-apple-system,"Segoe UI",Helvetica,Arial,sans-serif;background:#f6f8fa;color:#1f2328}}
.top{{padding:24px;text-align:center}} .box{{max-width:420px;margin:0 auto;background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:24px}}
.code{{font:600 28px monospace;letter-spacing:3px;text-align:center;margin:16px 0}} .btn{{display:block;text-align:center;background:#1f883d;color:#fff;border-radius:6px;padding:8px;text-decoration:none}}
.log{{max-width:760px;margin:32px auto;font-size:14px;line-height:1.5}}</style></head><body>
<div class="top">{OCTOCAT}<div style="font-size:20px;font-weight:600">GitHub</div><h1 style="font-size:24px;font-weight:300">Activate your Codespaces seat</h1></div>
<div class="box"><p>Your organisation has assigned you a GitHub Codespaces seat. To activate it, go to
<strong>github.com/login/device</strong> and enter the code below.</p>
<div class="code">8F2A-91C3</div><a class="btn" href="https://github.com/login/device">Open the activation page</a></div>
<section class="log"><h2>What is new</h2><ul>{CHANGELOG}</ul></section>
</body></html>""")

DOCS = ''.join(
    f'<p>{text}</p>' for text in [
        'The CLI stores a refresh token in the system keychain and renews it before it expires, so you sign in once per machine.',
        'On a machine without a browser, the device flow lets you sign in from another device: the CLI prints an address and a code.',
        'Tokens are scoped to the subscriptions your account can reach; use tw account list to see them and tw account set to pick one.',
        'To sign out, run tw logout; it removes the token from the keychain and revokes it with the identity provider.',
        'Proxies: set HTTPS_PROXY before you run the command; the CLI honours NO_PROXY for internal hosts.',
        'Service principals sign in with a certificate or a federated credential instead; see the automation guide.',
    ] * 4)

write('docs.tidewater-cli.dev', '/auth/login/', f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Signing in · Tidewater CLI docs</title>
<style>body{{margin:0;font-family:system-ui,sans-serif;color:#222;display:grid;grid-template-columns:220px 1fr}}
nav{{background:#0b3954;color:#fff;padding:20px;min-height:100vh}} nav a{{color:#cde;display:block;margin:6px 0}}
main{{padding:24px 40px;max-width:760px;line-height:1.55}} pre{{background:#111;color:#dfe;padding:14px;border-radius:6px;white-space:pre-wrap}}</style></head><body>
<nav><strong>Tidewater CLI</strong><a href="/install/">Install</a><a href="/auth/login/">Signing in</a><a href="/commands/">Commands</a></nav>
<main><h1>Signing in</h1><p>Run <code>tw login</code>. On a machine without a browser, add <code>--device</code>:</p>
<pre>$ tw login --device
To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code K7QH9XWP to authenticate.
Signed in as dana@tidewater.example</pre>
<button type="button">Copy</button>
{DOCS}</main></body></html>""")

write('it.harbourline-shipping.com', '/kb/teams-rooms/', f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Microsoft Teams Rooms: setting up a room console</title>
<style>body{{margin:0;font-family:"Segoe UI",Arial,sans-serif;color:#222}} header{{background:#004d66;color:#fff;padding:14px 24px}}
main{{max-width:760px;margin:24px auto;line-height:1.55}} .shot{{border:1px solid #ccc;padding:16px;max-width:360px}}</style></head><body>
<header>Harbourline Shipping · IT help</header>
<main><h1>Microsoft Teams Rooms: setting up a room console</h1>
<p>Each meeting room signs in with its resource account. On the console choose <em>Sign in on another device</em>:
it shows a code such as F7KQ-2XPL.</p>
<div class="shot">{MS_LOGO}<p><strong>Enter code</strong></p><p>Open microsoft.com/devicelogin and enter:</p><p>F7KQ-2XPL</p>
<a href="/kb/teams-rooms/help/">Having trouble?</a></div>
{DOCS}</main></body></html>""")

#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Writes tests/corpus/web16.js and its fixtures under tests/fixtures/<host>/ (sixteenth round of ordinary
pages: closed shadow roots on ordinary pages that ask for credentials, sign-in pages of other identity providers
and SaaS with provider buttons drawn in closed roots, articles with pictures of provider sign-in pages, remote
desktop portals of their own, and small webmail whose two-step login names an outlook.com or gmail.com address).
Every row must stay quiet. Run from the repo root: python3 tests/corpus/gen-web16.py"""
import os, json, glob
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, '..', 'fixtures')

# The page shell and the provider marks of the fourteenth round (gen-web14.py, up to its first family).
_src = open(os.path.join(HERE, 'gen-web14.py'), encoding='utf-8').read()
_cut = _src.index('# =========================================================== 1.')
_helpers = {'__file__': os.path.join(HERE, 'gen-web14.py')}
exec(compile(_src[:_cut], 'gen-web14.py', 'exec'), _helpers)
doc, mark, top, foot, brand_head = (_helpers[k] for k in ('doc', 'mark', 'top', 'foot', 'brand_head'))
g_logo, ms_logo, gh_mark, outlook_logo, gmail_logo = (_helpers[k] for k in ('g_logo', 'ms_logo', 'gh_mark', 'outlook_logo', 'gmail_logo'))
fld, sso_btn, OR_LINE, search_box = (_helpers[k] for k in ('fld', 'sso_btn', 'OR_LINE', 'search_box'))

PAGES = []

def page(name, host, path, what, source, family, body, title, css='', lang='en', extra=None, row=None):
    """`extra`: more files the page loads, {(host, path): text}; `row`: more fields for the row (click, settleMs)."""
    rel = path.split('?')[0].split('#')[0].strip('/')
    files = {(host, (rel + '/index.html') if rel else 'index.html'): doc(title, body, css, lang)}
    for (h, p), text in (extra or {}).items():
        files[(h, p.strip('/'))] = text
    row = row or {}
    PAGES.append(dict(name=name, host=host, path=path, expect=row.get('expect', 'none'), what=what, source=source, family=family, files=files, row=row))

def js_str(s):
    """A JS string literal (for markup handed to a shadow root)."""
    return json.dumps(s, ensure_ascii=False).replace('</', '<\\/')

def gh_white(px=18):
    return gh_mark(px, '#ffffff')

SVGH = '<?xml version="1.0" encoding="UTF-8"?>\n'

# =========================================================== 1. Closed shadow roots on the site's own pages (closedroots)
F = 'closedroots'

# 1a. A water company's customer account built from its design system: closed-mode, form-associated custom elements.
HW_JS = r'''
class HwField extends HTMLElement {
  static formAssociated = true;
  #internals; #input;
  constructor() {
    super();
    this.#internals = this.attachInternals();
    const root = this.attachShadow({ mode: 'closed', delegatesFocus: true });
    const id = 'f';
    root.innerHTML = '<style>:host{display:block;margin:16px 0 0}label{display:block;font:600 15px/1.4 Arial,sans-serif;color:#0b2e4f;margin-bottom:6px}'
      + 'input{box-sizing:border-box;width:100%;font:16px Arial,sans-serif;padding:10px 12px;border:2px solid #0b2e4f;border-radius:0}input:focus{outline:3px solid #ffbf47;outline-offset:0}'
      + '.hint{font:14px Arial,sans-serif;color:#505a5f;margin:0 0 6px}</style>'
      + '<label for="' + id + '"></label><p class="hint" hidden></p><input id="' + id + '">';
    root.querySelector('label').textContent = this.getAttribute('label') || '';
    const hint = root.querySelector('.hint');
    if (this.hasAttribute('hint')) { hint.textContent = this.getAttribute('hint'); hint.hidden = false; }
    this.#input = root.querySelector('input');
    for (const a of ['type', 'autocomplete', 'inputmode', 'spellcheck']) if (this.hasAttribute(a)) this.#input.setAttribute(a, this.getAttribute(a));
    this.#input.addEventListener('input', () => this.#internals.setFormValue(this.#input.value));
  }
  get value() { return this.#input.value; }
}
class HwButton extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'closed' });
    root.innerHTML = '<style>button{font:600 17px Arial,sans-serif;background:#00703c;color:#fff;border:0;box-shadow:0 2px 0 #002d18;padding:10px 18px;cursor:pointer;margin-top:22px}</style><button type="button"><slot></slot></button>';
    root.querySelector('button').addEventListener('click', () => this.closest('form')?.requestSubmit());
  }
}
class HwNotice extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'closed' });
    root.innerHTML = '<style>div{border-left:8px solid #1d70b8;background:#f3f8fc;padding:12px 16px;font:15px/1.45 Arial,sans-serif;color:#0b0c0c}</style><div><slot></slot></div>';
  }
}
customElements.define('hw-field', HwField);
customElements.define('hw-button', HwButton);
customElements.define('hw-notice', HwNotice);
'''
b = f'''<header style="background:#0b2e4f;color:#fff;padding:14px 28px;display:flex;align-items:center;gap:14px"><a href="/" style="color:#fff;font:700 20px Arial;display:flex;align-items:center;gap:10px">{mark('H', '#1d70b8', 30)}Harrowgate Water</a><nav style="margin-left:auto;font:15px Arial"><a href="/help" style="color:#fff;margin-left:18px">Help</a><a href="/report-a-leak" style="color:#fff;margin-left:18px">Report a leak</a></nav></header>
<main style="max-width:640px;margin:36px auto;padding:0 24px;font-family:Arial,sans-serif">
<hw-notice>Planned work: online account services will be unavailable from 22:00 on Sunday for about an hour.</hw-notice>
<h1 style="font-size:34px;margin:24px 0 6px;color:#0b0c0c">Sign in to your account</h1>
<p style="font-size:17px">Pay your bill, give a meter reading or set up a Direct Debit.</p>
<form id="signin" action="/account/signin" method="post">
<hw-field name="email" label="Email address" type="email" autocomplete="username" spellcheck="false"></hw-field>
<hw-field name="password" label="Password" type="password" autocomplete="current-password"></hw-field>
<hw-button>Sign in</hw-button>
</form>
<p style="font-size:16px;margin-top:22px"><a href="/account/forgotten-password">I have forgotten my password</a></p>
<h2 style="font-size:22px">New to online account?</h2><p style="font-size:16px">You'll need your 10-digit customer reference from your bill. <a href="/account/register">Create an account</a></p>
</main>
{foot('Harrowgate Water Ltd &middot; Registered in England 0441827 &middot; <a href="/accessibility">Accessibility</a> &middot; <a href="/privacy">Privacy</a>')}
<script>{HW_JS}</script>'''
page('utility-account-design-system-closed-fields', 'myaccount.harrowgate-water.co.uk', '/account/signin', 'A water company\'s customer account "Sign in to your account" built from its design system: closed-mode, form-associated custom elements for the e-mail and password fields, the button and a planned-work notice; no provider named',
     'https://cljdoc.org/d/com.github.avanelsas/baredom/1.0.0-rc.1/doc/x-form-field (a form-associated field element that owns its input inside shadow DOM, type email/password) and https://Developer.Mozilla.org/en-US/docs/Web/API/ShadowRoot/mode (closed roots)', F, b, 'Sign in – Harrowgate Water', 'body{background:#fff}')

# 1b. A library catalogue whose widgets put closed roots on plain div, span and p elements.
LIB_JS = r'''
(function () {
  const form = document.getElementById('card-login').attachShadow({ mode: 'closed' });
  form.innerHTML = '<style>form{font:15px/1.5 Georgia,serif}label{display:block;font-weight:700;margin:12px 0 4px}input{box-sizing:border-box;width:100%;padding:9px 10px;border:1px solid #6b5d4f;border-radius:4px;font:inherit}'
    + 'button{margin-top:16px;background:#7a2e1d;color:#fff;border:0;border-radius:4px;padding:10px 20px;font:700 15px Georgia,serif;cursor:pointer}.remember{font-size:14px;margin-top:10px}</style>'
    + '<form action="/patron/login" method="post"><label for="card">Library card number</label><input id="card" name="card" inputmode="numeric" autocomplete="username" placeholder="2 0451 00123 4567">'
    + '<label for="pin">PIN</label><input id="pin" name="pin" type="password" inputmode="numeric" maxlength="6" autocomplete="current-password">'
    + '<div class="remember"><label style="display:inline;font-weight:400"><input type="checkbox" name="remember" style="width:auto"> Keep me signed in on this computer</label></div>'
    + '<button type="submit">Log in to My Library</button></form>';
  const help = document.getElementById('pin-help').attachShadow({ mode: 'closed' });
  help.innerHTML = '<style>a{color:#7a2e1d}</style>Forgotten your PIN? <a href="/patron/pin-reset">Reset it by e-mail</a> or ask at any branch desk.';
  const note = document.getElementById('kiosk-note').attachShadow({ mode: 'closed' });
  note.innerHTML = '<style>:host{display:block;font:13px/1.5 Georgia,serif;color:#5c5247;border-top:1px solid #d9cfc4;padding-top:10px}</style>Using a shared computer in the library? Log out when you have finished, and close the browser.';
})();
'''
b = f'''{top('Fernley Libraries', '#7a2e1d', ['Catalogue', 'eBooks &amp; eAudio', 'Events', 'Branches'], '<a href="/patron/login">My Library</a>')}
<div class="wrap" style="display:flex;gap:28px;align-items:flex-start;max-width:980px">
<div class="card" style="flex:1"><h1 style="font-family:Georgia">Log in to My Library</h1><p class="muted">Renew loans, place holds and see your reading history.</p>
<div id="card-login">Loading&hellip;</div><p style="margin-top:14px"><span id="pin-help"></span></p><p id="kiosk-note"></p></div>
<aside style="width:300px"><div class="card"><h2 style="margin-top:0;font-family:Georgia">No card yet?</h2><p>Anyone who lives, works or studies in Fernley can join for free.</p><a class="btn" href="/join" style="background:#7a2e1d">Join online</a></div>
<div class="card" style="margin-top:14px"><b>Opening hours today</b><p class="muted">Central: 9:00&ndash;19:00<br>Hollin Road: 10:00&ndash;17:00</p></div></aside></div>
{foot('Fernley Libraries &middot; a service of Fernley Borough Council')}
<script>{LIB_JS}</script>'''
page('library-pin-login-closed-div-span-p', 'catalogue.fernley-libraries.org.uk', '/patron/login', 'A public library catalogue\'s "Log in to My Library": its widget script attaches CLOSED shadow roots to a plain div (library card number + masked PIN form), a span (PIN help) and a p (shared-computer note)',
     'https://searchfox.org/mozilla-central/source/toolkit/components/passwordmgr/test/mochitest/form_nested_shadow_DOM_both_fields_together_in_a_shadow_root.html (username and password created in closed roots on span elements) and https://Developer.Mozilla.org/en-US/docs/Web/API/ShadowRoot/mode', F, b, 'Log in – My Library – Fernley Libraries', 'body{background:#faf6f1}')

# 1c. An insurer's own log-in with its consent manager drawn in a closed root.
CMP_JS = r'''
(function () {
  const host = document.createElement('div');
  host.id = 'tw-consent';
  document.body.appendChild(host);
  const root = host.attachShadow({ mode: 'closed' });
  const vendors = [['Google Analytics', 'Statistics'], ['Google Ads', 'Marketing'], ['Microsoft Clarity', 'Statistics'], ['Microsoft Advertising', 'Marketing'], ['Hotjar', 'Statistics']];
  root.innerHTML = '<style>.b{position:fixed;left:0;right:0;bottom:0;background:#fff;border-top:4px solid #0f766e;box-shadow:0 -6px 24px rgba(0,0,0,.18);font:14px/1.5 system-ui,Arial,sans-serif;color:#1f2937;padding:18px 28px;z-index:99}'
    + 'h2{font-size:17px;margin:0 0 6px}table{border-collapse:collapse;margin:8px 0}td{padding:3px 18px 3px 0}.row{display:flex;gap:10px;margin-top:10px}button{font:600 14px system-ui,Arial;border-radius:6px;padding:9px 16px;cursor:pointer}'
    + '.p{background:#0f766e;color:#fff;border:0}.s{background:#fff;color:#0f766e;border:1px solid #0f766e}</style>'
    + '<div class="b" role="dialog" aria-label="Cookie settings"><h2>Your privacy choices</h2><p style="margin:0">Tidewell uses necessary cookies to keep you signed in. With your consent we and these partners also measure visits and show our adverts on other sites.</p>'
    + '<table>' + vendors.map(v => '<tr><td><label><input type="checkbox" name="v"> ' + v[0] + '</label></td><td style="color:#6b7280">' + v[1] + '</td></tr>').join('') + '</table>'
    + '<div class="row"><button class="p" type="button">Accept all</button><button class="s" type="button">Reject all</button><button class="s" type="button">Save my choices</button></div></div>';
  root.querySelectorAll('button').forEach(b => b.addEventListener('click', () => host.remove()));
})();
'''
b = f'''{top('Tidewell Insurance', '#0f766e', ['Car', 'Home', 'Travel', 'Claims'], '<a href="/contact">Contact us</a>')}
<div class="narrow" style="max-width:460px"><div class="card"><h1 class="center">Log in to MyTidewell</h1><p class="center muted">View your policy documents, make a claim or renew.</p>
<form action="/login" method="post">{fld('E-mail address', 'em', 'email', 'email', 'autocomplete="username"')}{fld('Password', 'pw', 'password', 'password', 'autocomplete="current-password"')}
<button class="btn wide" type="submit" style="background:#0f766e">Log in</button></form>
<p class="center muted" style="margin-top:14px"><a href="/login/forgotten">Forgotten your password?</a> &middot; <a href="/register">Register with your policy number</a></p></div>
<p class="muted center">Tidewell Insurance Services Ltd is authorised and regulated by the Financial Conduct Authority.</p></div>
<script>{CMP_JS}</script>'''
page('insurer-login-consent-banner-closed-root', 'www.tidewell-insurance.com', '/login', 'An insurer\'s own "Log in to MyTidewell" (e-mail + password) with its consent manager drawn in a CLOSED shadow root at the bottom: a vendor list naming Google Analytics, Google Ads, Microsoft Clarity and Microsoft Advertising, Accept / Reject / Save',
     'https://onoxia.nz/th/wissen/shadow-dom-widget (embedded widget: a host element on body, shadow root created in closed mode) and https://www.bluefroganalytics.com/documentation/issues/privacy/cookie-consent (consent banners listing Google Analytics and advertising vendors)', F, b, 'Log in – MyTidewell', 'body{background:#f0fdfa;padding-bottom:240px}')

# 1d. A parcel app's own log-in with its support chat widget in a closed root.
CHAT_JS = r'''
class PnChat extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'closed' });
    root.innerHTML = '<style>:host{position:fixed;right:22px;bottom:22px;z-index:60;font:14px/1.45 system-ui,Arial,sans-serif}'
      + '.launch{width:56px;height:56px;border-radius:50%;background:#4338ca;border:0;color:#fff;font-size:24px;cursor:pointer;box-shadow:0 6px 18px rgba(0,0,0,.25);float:right}'
      + '.panel{display:none;width:340px;background:#fff;border-radius:14px;box-shadow:0 12px 40px rgba(0,0,0,.28);overflow:hidden;margin-bottom:12px}.open .panel{display:block}'
      + '.head{background:#4338ca;color:#fff;padding:14px 16px}.body{padding:14px 16px}.bubble{background:#eef2ff;border-radius:10px;padding:9px 11px;margin-bottom:10px}'
      + 'label{display:block;font-weight:600;margin:8px 0 3px}input,textarea{box-sizing:border-box;width:100%;padding:8px 9px;border:1px solid #c7c9d9;border-radius:6px;font:inherit}'
      + 'button.go{margin-top:10px;width:100%;background:#4338ca;color:#fff;border:0;border-radius:6px;padding:9px;font:600 14px system-ui;cursor:pointer}small{color:#6b7280}</style>'
      + '<div class="wrap"><div class="panel"><div class="head"><b>Parcelnest support</b><div style="font-size:12px;opacity:.85">Typically replies in 3 minutes</div></div><div class="body">'
      + '<div class="bubble">Hi! Trouble logging in or with a delivery? Leave your details and we\'ll pick this up.</div>'
      + '<form action="/support/chat/start" method="post"><label for="n">Name</label><input id="n" name="name" autocomplete="name"><label for="e">E-mail</label><input id="e" name="email" type="email" autocomplete="email">'
      + '<label for="q">How can we help?</label><textarea id="q" name="message" rows="2"></textarea><button class="go" type="submit">Start chat</button></form>'
      + '<p><small>We will never ask for your password in chat.</small></p></div></div><button class="launch" type="button" aria-label="Open support chat">&#128172;</button></div>';
    const wrap = root.querySelector('.wrap');
    root.querySelector('.launch').addEventListener('click', () => wrap.classList.toggle('open'));
    setTimeout(() => wrap.classList.add('open'), 900);
  }
}
customElements.define('pn-chat', PnChat);
document.body.appendChild(document.createElement('pn-chat'));
'''
b = f'''{top('Parcelnest', '#4338ca', ['Send a parcel', 'Track', 'Business', 'Help'], '<a href="/signup">Create account</a>')}
<div class="narrow"><div class="card"><h1 class="center">Log in to Parcelnest</h1><p class="center muted">Book collections, print labels and follow your parcels.</p>
<form action="/session" method="post">{fld('E-mail', 'em', 'email', 'email', 'autocomplete="username"')}{fld('Password', 'pw', 'password', 'password', 'autocomplete="current-password"')}
<label style="display:block;margin-top:10px;font-size:14px"><input type="checkbox" name="remember"> Remember me</label>
<button class="btn wide" type="submit" style="background:#4338ca">Log in</button></form>
<p class="center muted" style="margin-top:14px"><a href="/password/new">Reset password</a></p></div></div>
{foot('&copy; 2027 Parcelnest B.V. &middot; <a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a>')}
<script>{CHAT_JS}</script>'''
page('parcel-app-login-support-chat-closed-root', 'app.parcelnest.io', '/login', 'A parcel-delivery app\'s own log-in (e-mail + password) with its support chat widget, a custom element with a CLOSED shadow root that opens itself after 0.9 s: name, e-mail, message, "We will never ask for your password in chat"',
     'https://tglivechat.com/blog/shadow-dom-chat-widgets-2026 (chat widgets wrapped in a shadow tree) and https://onoxia.nz/th/wissen/shadow-dom-widget (chat widget custom element appended to body, closed shadow root)', F, b, 'Log in – Parcelnest', 'body{background:#f5f5fb}',
     row={'settleMs': 3000})

# 1e. A dental practice's patient portal whose login is server-rendered in a declarative closed shadow root.
b = f'''{top('Greyfriars Dental', '#0369a1', ['Treatments', 'Fees', 'Our team', 'Find us'], '<a href="tel:+441632960118">01632 960118</a>')}
<div class="wrap" style="display:flex;gap:32px;align-items:flex-start;max-width:980px">
<div style="flex:1"><h1>Patient portal</h1><p>Book and change appointments, fill in your medical history before a visit and pay invoices.</p>
<gd-portal-login><template shadowrootmode="closed"><style>
.c{{background:#fff;border:1px solid #cfe3f0;border-radius:12px;padding:26px;font:15px/1.5 system-ui,Arial,sans-serif;max-width:420px}}h2{{margin:0 0 4px;font-size:21px;color:#0c4a6e}}
label{{display:block;font-weight:600;margin:12px 0 4px}}input{{box-sizing:border-box;width:100%;padding:9px 11px;border:1px solid #b6c6d3;border-radius:6px;font:inherit}}
button{{margin-top:16px;width:100%;background:#0369a1;color:#fff;border:0;border-radius:6px;padding:10px;font:600 15px system-ui;cursor:pointer}}p{{color:#4b5563;font-size:14px}}a{{color:#0369a1}}
</style><div class="c"><h2>Sign in</h2><p>Use the e-mail address you gave reception.</p>
<form action="/portal/login" method="post"><label for="e">E-mail address</label><input id="e" name="email" type="email" autocomplete="username">
<label for="p">Password</label><input id="p" name="password" type="password" autocomplete="current-password">
<button type="submit">Sign in</button></form><p><a href="/portal/reset">Forgotten password?</a> &middot; First visit? <a href="/portal/activate">Activate your portal account</a> with the code from your appointment letter.</p></div></template></gd-portal-login>
</div>
<aside style="width:300px"><div class="card"><b>Dental emergency?</b><p class="muted">Call us from 8:00. Out of hours, call 111.</p></div><div class="card" style="margin-top:14px"><b>New patients</b><p class="muted">NHS and private places available for children.</p></div></aside></div>
{foot('Greyfriars Dental Practice &middot; 14 Greyfriars Walk &middot; CQC registered')}'''
page('dental-portal-declarative-closed-root-login', 'portal.greyfriars-dental.co.uk', '/portal/login', 'A dental practice\'s patient portal whose sign-in (e-mail + password) is server-rendered inside a declarative CLOSED shadow root (<template shadowrootmode="closed">) on a custom element',
     'https://searchfox.org/mozilla-central/source/testing/web-platform/tests/shadow-dom/declarative/declarative-shadow-dom-repeats.html (<template shadowrootmode=closed>) and https://developer.mozilla.org/docs/Web/API/ShadowRoot/mode (shadowrootmode creates the root declaratively)', F, b, 'Patient portal – Greyfriars Dental', 'body{background:#f0f7fb}')

# 1f. A bike shop's own log-in with a password manager's inline menu drawn in a closed root under the e-mail field.
PM_JS = r'''
(function () {
  const field = document.getElementById('em');
  const host = document.createElement('keyward-inline-menu');
  document.documentElement.appendChild(host);
  const root = host.attachShadow({ mode: 'closed' });
  root.innerHTML = '<style>.m{position:absolute;width:330px;background:#fff;border:1px solid #cbd5e1;border-radius:8px;box-shadow:0 8px 24px rgba(15,23,42,.22);font:13px/1.4 system-ui,Arial,sans-serif;color:#0f172a;z-index:2147483000;overflow:hidden}'
    + '.h{display:flex;align-items:center;gap:8px;padding:8px 10px;background:#f8fafc;border-bottom:1px solid #e2e8f0;font-weight:600}.k{width:18px;height:18px;border-radius:4px;background:#334155;color:#fff;font:700 12px/18px system-ui;text-align:center}'
    + 'button.i{display:flex;width:100%;align-items:center;gap:10px;border:0;background:#fff;padding:8px 10px;text-align:left;cursor:pointer;font:inherit}button.i:hover{background:#eff6ff}'
    + '.fav{width:24px;height:24px;border-radius:5px;background:#b91c1c;color:#fff;font:700 13px/24px system-ui;text-align:center}.s{color:#64748b}.f{padding:7px 10px;border-top:1px solid #e2e8f0;color:#2563eb}</style>'
    + '<div class="m" role="listbox" aria-label="Keyward"><div class="h"><span class="k">K</span>Keyward &middot; logins for kestrel-cycles.com</div>'
    + '<button class="i" type="button"><span class="fav">K</span><span><b>Kestrel Cycles</b><br><span class="s">a.kovac@outlook.com</span></span></button>'
    + '<button class="i" type="button"><span class="fav">K</span><span><b>Kestrel Cycles (club account)</b><br><span class="s">velo.club.secretary@gmail.com</span></span></button>'
    + '<div class="f">+ New login</div></div>';
  const menu = root.querySelector('.m');
  function place() { const r = field.getBoundingClientRect(); menu.style.left = (r.left + window.scrollX) + 'px'; menu.style.top = (r.bottom + window.scrollY + 4) + 'px'; }
  place(); window.addEventListener('resize', place);
  root.querySelectorAll('button.i').forEach(b => b.addEventListener('click', () => { field.value = b.querySelector('.s').textContent; host.remove(); document.getElementById('pw').focus(); }));
})();
'''
b = f'''{top('Kestrel Cycles', '#b91c1c', ['Road', 'Gravel', 'Commuter', 'Workshop'], '<a href="/basket">Basket (0)</a>')}
<div class="narrow"><div class="card"><h1>Sign in</h1><p class="muted">Track orders, book a service and keep your bike fit details.</p>
<form action="/account/login" method="post">{fld('E-mail address', 'em', 'email', 'email', 'autocomplete="username" autofocus')}{fld('Password', 'pw', 'password', 'password', 'autocomplete="current-password"')}
<button class="btn wide" type="submit" style="background:#b91c1c">Sign in</button></form>
<p class="muted" style="margin-top:14px"><a href="/account/forgot">Forgotten password?</a> &middot; New here? <a href="/account/register">Create an account</a></p></div></div>
{foot('Kestrel Cycles &middot; Unit 4, Millbrook Yard &middot; Free workshop check with every bike')}
<script>{PM_JS}</script>'''
page('bike-shop-login-password-manager-closed-menu', 'www.kestrel-cycles.com', '/account/login', 'A bike shop\'s own sign-in (e-mail + password) with a password manager\'s inline menu drawn in a CLOSED shadow root under the e-mail field: "Keyward · logins for kestrel-cycles.com", two saved logins showing a.kovac@outlook.com and a gmail.com address',
     'https://github.com/bitwarden/clients/pull/22702 (a password manager\'s autofill inline menu list over the site\'s field) and https://github.com/bitwarden/contributing-docs/pull/65 (password managers reading open and closed shadow roots)', F, b, 'Sign in – Kestrel Cycles', '')

# =========================================================== 2. Other identity providers and SaaS with provider buttons in closed roots (providers)
F = 'providers'

SOCIAL_CSS = ('a{box-sizing:border-box;display:flex;align-items:center;gap:12px;width:100%;height:44px;padding:0 14px;margin:8px 0;border:1px solid #c9cace;border-radius:6px;'
              'background:#fff;color:#1f1f1f;font:500 15px system-ui,Roboto,Arial,sans-serif;text-decoration:none}a:hover{background:#f6f7f9}a svg{flex:none}a span{flex:1;text-align:center;margin-right:30px}')

def closed_social_js(el_id, buttons, css=SOCIAL_CSS):
    """A script giving the element `el_id` a closed root with provider links [(logo_svg, text, href)]."""
    html = f'<style>{css}</style>' + ''.join(f'<a href="{href}">{logo}<span>{text}</span></a>' for logo, text, href in buttons)
    return f'<script>document.getElementById({js_str(el_id)}).attachShadow({{mode:"closed"}}).innerHTML={js_str(html)};</script>'

# 2a. A hosted identity service's universal login for a customer's app (tenant sub-domain of the identity service).
b = f'''<div style="min-height:100vh;display:flex;align-items:center;justify-content:center;background:#eef0f3">
<div style="width:400px;background:#fff;border-radius:6px;box-shadow:0 12px 40px rgba(0,0,0,.12);padding:40px 40px 28px">
<div class="center">{mark('T', '#ea580c', 52)}<h1 style="font-size:24px;margin:16px 0 6px">Welcome</h1><p class="muted" style="margin:0">Log in to Tallyroute to continue to Tallyroute Dispatch.</p></div>
<form action="/u/login?state=hKFo2SBYc0R5" method="post" style="margin-top:20px">{fld('Email address', 'username', 'username', 'email', 'autocomplete="username" inputmode="email"')}{fld('Password', 'password', 'password', 'password', 'autocomplete="current-password"')}
<p style="margin:8px 0"><a href="/u/reset-password/request?state=hKFo2SBYc0R5" style="font-size:14px">Forgot password?</a></p>
<button class="btn wide" type="submit" style="background:#ea580c">Continue</button></form>
<p class="center" style="font-size:14px">Don't have an account? <a href="/u/signup?state=hKFo2SBYc0R5">Sign up</a></p>
{OR_LINE.replace('>or<', '>OR<')}
<div id="kh-social"></div>
<p class="center muted" style="font-size:12px;margin:18px 0 0">Secured by {mark('K', '#111827', 14)} <b>Keyhaven</b></p></div></div>
{closed_social_js('kh-social', [(g_logo(20), 'Continue with Google', '/authorize?connection=google-oauth2&state=hKFo2SBYc0R5'), (ms_logo(19), 'Continue with Microsoft Account', '/authorize?connection=windowslive&state=hKFo2SBYc0R5'), (gh_mark(20), 'Continue with GitHub', '/authorize?connection=github&state=hKFo2SBYc0R5')])}'''
page('identity-service-universal-login-closed-social', 'tallyroute.eu.keyhaven-id.com', '/u/login?state=hKFo2SBYc0R5', 'A hosted identity service\'s universal login for a customer\'s app on the tenant host tallyroute.eu.keyhaven-id.com: "Welcome – Log in to Tallyroute", e-mail + password, then Continue with Google / Microsoft Account / GitHub with their logos in a CLOSED root; "Secured by Keyhaven"',
     'https://auth0.com/docs/customize/login-pages (hosted Universal Login on the identity service\'s server) and https://workos.com/docs/authkit/social-login (Google, Microsoft, GitHub appear as sign-in options on the hosted page)', F, b, 'Log in | Tallyroute', 'body{background:#eef0f3}')

# 2b. A whiteboard SaaS sign-in: "Sign in with Microsoft" drawn to Microsoft's button guidance, in closed roots on spans.
MSBTN_CSS = ('a{box-sizing:border-box;display:inline-flex;align-items:center;gap:12px;height:41px;padding:0 12px;border:1px solid #8c8c8c;background:#fff;color:#5e5e5e;'
             'font:600 15px "Segoe UI",system-ui,Arial,sans-serif;text-decoration:none;width:100%;justify-content:center}')
GBTN_CSS = ('a{box-sizing:border-box;display:inline-flex;align-items:center;gap:10px;height:40px;padding:0 12px;border:1px solid #747775;border-radius:20px;background:#fff;color:#1f1f1f;'
            'font:500 14px Roboto,system-ui,Arial,sans-serif;text-decoration:none;width:100%;justify-content:center}')
b = f'''{top('Drawbridge', '#7c3aed', ['Product', 'Templates', 'Pricing', 'Enterprise'], '<a href="/signup">Try free</a>')}
<div class="wrap" style="display:flex;gap:40px;align-items:center;max-width:1000px;min-height:560px">
<div style="flex:1"><h1 style="font-size:34px">Sign in to your boards</h1><p style="font-size:17px">Sticky notes, flowcharts and retros your whole team can draw on at once.</p>
<svg width="420" height="230" viewBox="0 0 420 230" aria-hidden="true"><rect width="420" height="230" rx="14" fill="#f5f3ff"/><rect x="30" y="30" width="90" height="70" fill="#fde68a"/><rect x="140" y="40" width="90" height="70" fill="#a7f3d0"/><rect x="250" y="28" width="90" height="70" fill="#fbcfe8"/><rect x="70" y="130" width="90" height="70" fill="#bfdbfe"/><path d="M160 165 C220 165 220 70 250 70" stroke="#7c3aed" stroke-width="3" fill="none"/></svg></div>
<div class="card" style="width:380px"><h2 style="margin-top:0">Sign in</h2>
<span id="ms-btn" style="display:block"></span><span id="g-btn" style="display:block;margin-top:10px"></span>
{OR_LINE}<form action="/signin" method="post">{fld('Work e-mail', 'em', 'email', 'email', 'autocomplete="username"')}{fld('Password', 'pw', 'password', 'password', 'autocomplete="current-password"')}
<button class="btn wide" type="submit" style="background:#7c3aed">Sign in</button></form>
<p class="muted" style="margin-top:12px"><a href="/signin/sso">Sign in with SSO</a> &middot; <a href="/password/reset">Forgot password?</a></p></div></div>
{foot('&copy; 2027 Drawbridge Labs &middot; <a href="/security">Security</a> &middot; <a href="/status">Status</a>')}
{closed_social_js('ms-btn', [(ms_logo(21), 'Sign in with Microsoft', '/auth/microsoft')], MSBTN_CSS)}
{closed_social_js('g-btn', [(g_logo(18), 'Sign in with Google', '/auth/google')], GBTN_CSS)}'''
page('whiteboard-saas-signin-closed-ms-button', 'app.drawbridge-board.com', '/signin', 'A whiteboard SaaS "Sign in to your boards": a "Sign in with Microsoft" button drawn to Microsoft\'s guidance (four-square logo, grey border) and a pill "Sign in with Google", each in a CLOSED root on a span, then work e-mail + password',
     'https://www.npmjs.com/package/%40dougrich%2Freact-signin-microsoft (a sign-in button styled to Microsoft\'s brand guidelines) and https://developers.google.com/identity/branding-guidelines (Sign in with Google button: custom HTML buttons allowed)', F, b, 'Sign in – Drawbridge', 'body{background:#faf9ff}')

# 2c. A CI service's log-in: only Git-host buttons, each a custom element with a closed root.
CI_JS = r'''
class ThOauthButton extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'closed' });
    const p = this.getAttribute('provider');
    const look = { github: ['#24292f', '#fff'], gitlab: ['#fc6d26', '#fff'], bitbucket: ['#0052cc', '#fff'] }[p];
    root.innerHTML = '<style>a{display:flex;align-items:center;justify-content:center;gap:10px;height:46px;border-radius:8px;margin:10px 0;font:600 15px ui-sans-serif,system-ui,Arial;text-decoration:none;'
      + 'background:' + look[0] + ';color:' + look[1] + '}</style><a href="/auth/' + p + '"><slot name="icon"></slot><slot></slot></a>';
  }
}
customElements.define('th-oauth-button', ThOauthButton);
'''
b = f'''<header class="top" style="background:#0f172a;border:0"><a class="brand" href="/" style="color:#fff;font-family:ui-monospace,Menlo,monospace">{mark('t', '#22c55e')}tarnhook ci</a><nav><a href="/docs" style="color:#cbd5e1">Docs</a><a href="/pricing" style="color:#cbd5e1">Pricing</a><a href="/status" style="color:#cbd5e1">Status</a></nav></header>
<div class="narrow" style="max-width:420px"><div class="card"><h1 class="center">Log in to Tarnhook</h1><p class="center muted">Pipelines run on every push. Pick where your code lives.</p>
<th-oauth-button provider="github"><span slot="icon">{gh_white(20)}</span>Sign in with GitHub</th-oauth-button>
<th-oauth-button provider="gitlab"><span slot="icon">{mark('G', '#e24329', 20)}</span>Sign in with GitLab</th-oauth-button>
<th-oauth-button provider="bitbucket"><span slot="icon">{mark('B', '#2684ff', 20)}</span>Sign in with Bitbucket</th-oauth-button>
<p class="center muted" style="font-size:13px;margin-top:16px">We ask for read access to your repositories and write access to commit statuses. <a href="/docs/permissions">Why?</a></p></div>
<p class="center muted">Self-hosted runner? <a href="/docs/runners">Register it with a token</a>.</p></div>
<script>{CI_JS}</script>'''
page('ci-service-login-closed-git-host-buttons', 'ci.tarnhook.dev', '/login', 'A CI service\'s "Log in to Tarnhook": only Sign in with GitHub (white GitHub mark on dark) / GitLab / Bitbucket buttons, each a custom element with a CLOSED root and slotted logo; no password field',
     'https://workos.com/docs/user-management/social-login (sign in with existing GitHub and other OAuth provider accounts) and https://github.com/vaadin/web-components/commit/aff6590 (design-system login component with shadow DOM and slotted parts)', F, b, 'Log in · Tarnhook CI', 'body{background:#f1f5f9}')

# 2d. An online course platform: its own username + password, and Google / Microsoft school-account buttons in closed roots.
b = f'''{top('Corvid Academy', '#0d9488', ['Courses', 'For schools', 'Teachers', 'Help'], '')}
<div class="narrow" style="max-width:460px"><div class="card"><h1 class="center">Log in</h1><p class="center muted">Pupils: use the username on your class card, or your school account.</p>
<div id="g_id_signin" style="min-height:44px"></div><div id="ms_school_signin" style="min-height:44px"></div>
{OR_LINE}<form action="/login" method="post">{fld('Username', 'un', 'username', 'text', 'autocomplete="username" autocapitalize="none"')}{fld('Password', 'pw', 'password', 'password', 'autocomplete="current-password"')}
<button class="btn wide" type="submit" style="background:#0d9488">Log in</button></form>
<p class="center muted" style="margin-top:14px">Forgotten your password? Ask your teacher to reset it. &middot; <a href="/teachers/login">Teacher log-in</a></p></div></div>
{foot('Corvid Academy CIC &middot; maths and computing courses for ages 9&ndash;16')}
{closed_social_js('g_id_signin', [(g_logo(18), 'Sign in with Google', '/auth/google?hd=school')], GBTN_CSS)}
{closed_social_js('ms_school_signin', [(ms_logo(18), 'Sign in with Microsoft (school account)', '/auth/microsoft?tenant=organizations')], MSBTN_CSS.replace('width:100%', 'width:100%;margin-top:10px'))}'''
page('course-platform-login-closed-google-ms-buttons', 'learn.corvid-academy.org', '/login', 'An online course platform\'s pupil log-in: "Sign in with Google" and "Sign in with Microsoft (school account)" with the real logos, each in a CLOSED root on a div, then its own username + password',
     'https://developers.google.com/identity/branding-guidelines (Sign in with Google: Google-rendered or custom HTML buttons) and https://docs.logto.io/connectors/social-connectors (Google and Microsoft Azure AD connectors on a sign-in page)', F, b, 'Log in – Corvid Academy', 'body{background:#f0fdfa}')

# =========================================================== 3. Articles about sign-in, and remote-desktop portals of their own (articles)
F = 'articles'

def google_panel_svg(w=640, h=440):
    return SVGH + f'''<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="Roboto,Arial">
<rect width="{w}" height="{h}" fill="#f0f4f9"/><rect x="40" y="40" width="{w-80}" height="{h-80}" rx="28" fill="#fff"/>
<g transform="translate(76,82) scale(.9)"><path fill="#EA4335" d="M24 9.5c3.54 0 6.71 1.22 9.21 3.6l6.85-6.85C35.9 2.38 30.47 0 24 0 14.62 0 6.51 5.38 2.56 13.22l7.98 6.19C12.43 13.72 17.74 9.5 24 9.5z"/><path fill="#4285F4" d="M46.98 24.55c0-1.57-.15-3.09-.38-4.55H24v9.02h12.94c-.58 2.96-2.26 5.48-4.78 7.18l7.73 6c4.51-4.18 7.09-10.36 7.09-17.65z"/><path fill="#FBBC05" d="M10.53 28.59c-.48-1.45-.76-2.99-.76-4.59s.27-3.14.76-4.59l-7.98-6.19C.92 16.46 0 20.12 0 24c0 3.88.92 7.54 2.56 10.78l7.97-6.19z"/><path fill="#34A853" d="M24 48c6.48 0 11.93-2.13 15.89-5.81l-7.73-6c-2.15 1.45-4.92 2.3-8.16 2.3-6.26 0-11.57-4.22-13.47-9.91l-7.98 6.19C6.51 42.62 14.62 48 24 48z"/></g>
<text x="76" y="190" font-size="34" fill="#1f1f1f">Sign in</text><text x="76" y="224" font-size="15" fill="#444">Use your Google Account</text>
<rect x="330" y="150" width="230" height="52" rx="4" fill="none" stroke="#747775"/><text x="346" y="182" font-size="15" fill="#444">Email or phone</text>
<text x="330" y="230" font-size="13" fill="#0b57d0">Forgot email?</text>
<rect x="470" y="330" width="90" height="40" rx="20" fill="#0b57d0"/><text x="515" y="355" font-size="14" fill="#fff" text-anchor="middle">Next</text>
<rect x="320" y="140" width="250" height="100" fill="none" stroke="#db2777" stroke-width="3" stroke-dasharray="8 5"/><text x="330" y="132" font-size="13" font-weight="bold" fill="#db2777">A: one field per step</text></svg>'''

def ms_panel_svg(w=640, h=440):
    return SVGH + f'''<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="Segoe UI,Arial">
<rect width="{w}" height="{h}" fill="#dfe6ec"/><rect x="{w/2-200}" y="50" width="400" height="320" fill="#fff"/>
<rect x="{w/2-160}" y="84" width="10" height="10" fill="#f25022"/><rect x="{w/2-149}" y="84" width="10" height="10" fill="#7fba00"/><rect x="{w/2-160}" y="95" width="10" height="10" fill="#00a4ef"/><rect x="{w/2-149}" y="95" width="10" height="10" fill="#ffb900"/>
<text x="{w/2-132}" y="101" font-size="15" fill="#5e5e5e">Microsoft</text><text x="{w/2-160}" y="150" font-size="24" font-weight="600" fill="#1b1b1b">Sign in</text>
<line x1="{w/2-160}" y1="196" x2="{w/2+160}" y2="196" stroke="#666"/><text x="{w/2-160}" y="188" font-size="15" fill="#767676">Email, phone, or Skype</text>
<text x="{w/2-160}" y="232" font-size="13" fill="#0067b8">Can't access your account?</text>
<rect x="{w/2+52}" y="300" width="108" height="32" fill="#0067b8"/><text x="{w/2+106}" y="321" font-size="15" fill="#fff" text-anchor="middle">Next</text>
<rect x="{w/2-170}" y="70" width="150" height="44" fill="none" stroke="#db2777" stroke-width="3" stroke-dasharray="8 5"/><text x="{w/2-10}" y="96" font-size="13" font-weight="bold" fill="#db2777">B: brand before heading</text></svg>'''

b = f'''<header class="top"><a class="brand" href="/" style="font-family:Georgia;font-size:22px">{mark('f', '#db2777')}Formfield</a><nav><a href="/articles">Articles</a><a href="/teardowns">Teardowns</a><a href="/about">About</a></nav><div style="margin-left:auto">{search_box('Search articles')}</div></header>
<div class="wrap" style="display:flex;gap:40px;align-items:flex-start;max-width:1120px">
<article style="flex:1;min-width:0;max-width:720px"><p class="muted">Teardown &middot; 6 May 2027 &middot; 11 min read</p><h1 style="font-family:Georgia;font-size:36px">Anatomy of a sign-in page: what Google and Microsoft agree on</h1>
<p style="font-size:18px">Both of the biggest account systems ask for one thing per screen. Here is what that buys them, measured against the two-field forms most of us still ship.</p>
<h2>Identifier first</h2><p>Google's panel (figure 1) has a single "Email or phone" box, the word <i>Next</i> and nothing else competing for attention. The password comes on the next screen, after the account is known.</p>
<figure style="margin:18px 0"><img src="/img/teardown-google-signin.svg" alt="Screenshot: Google's Sign in panel with one Email or phone field and a Next button" width="640" height="440" style="max-width:100%;border:1px solid #e3e6ea;border-radius:8px"><figcaption class="muted">Figure 1. Google's sign-in panel, annotated.</figcaption></figure>
<h2>The brand sits above the heading</h2><p>Microsoft's panel (figure 2) does the same, with its logo and name placed before the word "Sign in", so people know whose password is being asked for before they type.</p>
<figure style="margin:18px 0"><img src="/img/teardown-microsoft-signin.svg" alt="Screenshot: Microsoft's Sign in panel with the logo, Email, phone, or Skype field and Next button" width="640" height="440" style="max-width:100%;border:1px solid #e3e6ea;border-radius:8px"><figcaption class="muted">Figure 2. Microsoft's sign-in panel, annotated.</figcaption></figure>
<h2>What to take for your own product</h2><p>Put your own name above your own form. Ask for the identifier first only if you route people to different places afterwards; otherwise a two-field form is faster.</p></article>
<aside style="width:300px;position:sticky;top:20px"><div class="card"><h2 style="margin-top:0;font-family:Georgia">The Formfield letter</h2><p class="muted">One teardown of a real form every other Friday. 9,400 designers read it.</p>
<form action="/newsletter" method="post">{fld('Your e-mail', 'nl', 'email', 'email', 'autocomplete="email" placeholder="you@studio.com"')}<button class="btn wide" type="submit" style="background:#db2777">Subscribe</button></form><p class="muted" style="font-size:12px">No spam; unsubscribe in one click.</p></div></aside></div>
{foot('&copy; 2027 Formfield &middot; independent writing about forms &middot; not affiliated with Google or Microsoft')}'''
page('ux-blog-signin-screenshots-newsletter', 'www.formfield-journal.com', '/teardowns/anatomy-of-a-sign-in-page/', 'A UX blog\'s teardown "Anatomy of a sign-in page: what Google and Microsoft agree on" with two annotated screenshot pictures (Google\'s "Sign in / Email or phone / Next" and Microsoft\'s "Sign in / Email, phone, or Skype / Next") beside the blog\'s own newsletter sign-up (one e-mail box)',
     'https://tinyaudits.design/tiny-audit-1-google (a design blog\'s close look at Google\'s sign-in panel with screenshots) and https://gmail-tips.blogspot.com/2013/10/google-sign-in-page.html (a blog walking through the Google sign-in pages with screenshots)', F, b, 'Anatomy of a sign-in page – Formfield', '',
     extra={('www.formfield-journal.com', 'img/teardown-google-signin.svg'): google_panel_svg(), ('www.formfield-journal.com', 'img/teardown-microsoft-signin.svg'): ms_panel_svg()})

def cred_prompt_svg(w=560, h=360):
    return SVGH + f'''<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="Segoe UI,Arial">
<rect width="{w}" height="{h}" fill="#2b5797"/><rect x="60" y="30" width="440" height="300" fill="#fff" stroke="#888"/>
<text x="84" y="66" font-size="13" fill="#333">Windows Security</text><text x="84" y="100" font-size="20" fill="#111">Microsoft Outlook</text>
<text x="84" y="126" font-size="13" fill="#444">Connecting to j.hale@…</text>
<rect x="84" y="150" width="392" height="30" fill="#fff" stroke="#999"/><text x="92" y="170" font-size="13" fill="#888">j.hale@…</text>
<rect x="84" y="192" width="392" height="30" fill="#fff" stroke="#999"/><text x="92" y="212" font-size="13" fill="#888">Password</text>
<rect x="84" y="234" width="12" height="12" fill="#fff" stroke="#555"/><text x="104" y="245" font-size="13" fill="#333">Remember my credentials</text>
<rect x="276" y="280" width="96" height="30" fill="#0067b8"/><text x="324" y="300" font-size="13" fill="#fff" text-anchor="middle">OK</text>
<rect x="380" y="280" width="96" height="30" fill="#e5e5e5"/><text x="428" y="300" font-size="13" fill="#111" text-anchor="middle">Cancel</text></svg>'''

steps = ''.join(f'<li style="margin:8px 0">{s}</li>' for s in [
    'Quit Outlook, including the icon in the notification area.',
    'Press <kbd>Win</kbd>, type <b>Credential Manager</b> and open it.',
    'Choose <b>Windows Credentials</b>. Under <i>Generic Credentials</i>, expand each entry that starts with <code>MicrosoftOffice16_Data:SSPI</code> or names <code>outlook.office365.com</code>, and choose <b>Remove</b>.',
    'Restart Windows, open Outlook, and sign in once when Microsoft 365 asks. Tick <b>Remember my credentials</b> if the old box appears.',
    'Still looping? In Outlook go to <b>File &rsaquo; Account Settings &rsaquo; Account Settings</b>, select the account and choose <b>Repair</b>.'])
b = f'''{top('PC Fix Guides', '#2563eb', ['Windows 11', 'Office', 'Networking', 'Printers'], search_box('Search fixes'))}
<div class="wrap" style="display:flex;gap:36px;align-items:flex-start;max-width:1100px">
<article style="flex:1;min-width:0;max-width:740px"><p class="muted"><a href="/windows-11/">Windows 11</a> &rsaquo; <a href="/office/">Office</a> &middot; Updated 2 June 2027</p>
<h1>Outlook keeps asking for your password on Windows 11 (fixed)</h1>
<p style="font-size:17px">After a password change, Outlook on Windows 10 and 11 can keep showing the <i>Windows Security</i> box even when the new password is right. The cause is almost always an old entry in Windows Credential Manager.</p>
<figure><img src="/img/outlook-windows-security-prompt.svg" alt="Screenshot: the Windows Security box from Microsoft Outlook asking for a password, with Remember my credentials" width="560" height="360" style="max-width:100%"><figcaption class="muted">The prompt that keeps coming back.</figcaption></figure>
<h2>Fix 1: clear the cached Office credentials</h2><ol>{steps}</ol>
<h2>Fix 2: turn off the old sign-in method</h2><p>On PCs upgraded from Office 2013, a leftover registry value can force the old prompt. Open <b>Registry Editor</b>, go to <code>HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\Common\\Identity</code> and delete <code>DisableADALatopWAMOverride</code> if it is there.</p>
<h2>Did this fix it?</h2><p><button class="btn sec" type="button">Yes</button> <button class="btn sec" type="button">No</button></p>
<section style="margin-top:30px"><h2>Comments (38)</h2><form action="/comments" method="post" class="card"><div class="row"><div class="grow">{fld('Name', 'cn', 'name')}</div><div class="grow">{fld('E-mail (not published)', 'ce', 'email', 'email', 'autocomplete="email"')}</div></div><label class="f" for="cc">Comment</label><textarea id="cc" name="comment" rows="4"></textarea><button class="btn" type="submit" style="margin-top:10px;background:#2563eb">Post comment</button></form>
<div style="margin-top:14px"><b>Marta</b> <span class="muted">4 days ago</span><p>Step 3 did it &ndash; there were five MicrosoftOffice16 entries. Thanks.</p></div></section></article>
<aside style="width:280px"><div class="card"><b>Related fixes</b><ul style="padding-left:18px"><li><a href="/office/outlook-not-syncing/">Outlook not syncing</a></li><li><a href="/windows-11/reset-windows-hello-pin/">Reset a Windows Hello PIN</a></li><li><a href="/office/teams-sign-in-loop/">Teams sign-in loop</a></li></ul></div></aside></div>
{foot('PC Fix Guides is independent and not affiliated with Microsoft. &middot; <a href="/privacy">Privacy</a>')}'''
page('windows-outlook-password-prompt-troubleshooting', 'www.pcfixguides.net', '/windows-11/outlook-keeps-asking-for-password/', 'An independent Windows help site\'s article "Outlook keeps asking for your password on Windows 11 (fixed)": a screenshot picture of the Windows Security prompt from Microsoft Outlook, Credential Manager and registry steps, and a comment form (name, e-mail, comment)',
     'https://wisechecker.com/outlook-keeps-prompting-for-credentials-after-password-change-clear-cache/ (Outlook password prompts after a password change; clear Credential Manager) and https://albany.atlassian.net/wiki/spaces/askit/pages/52344739 (remove MicrosoftOffice cached credentials, then sign in)', F, b, 'Outlook keeps asking for your password on Windows 11 (fixed) – PC Fix Guides', '',
     extra={('www.pcfixguides.net', 'img/outlook-windows-security-prompt.svg'): cred_prompt_svg()})

b = f'''<div style="min-height:100vh;display:flex;align-items:center;justify-content:center;background:linear-gradient(160deg,#1e293b,#334155)">
<div style="width:380px;background:#fff;border-radius:10px;box-shadow:0 20px 60px rgba(0,0,0,.4);padding:34px">
<div class="center">{mark('A', '#15803d', 48)}<h1 style="font-size:22px;margin:12px 0 2px">Alderbank Remote Desktop</h1><p class="muted" style="margin:0">Your Windows 11 workstation and the depot systems, in the browser.</p></div>
<form action="/guacamole/api/tokens" method="post" style="margin-top:18px">{fld('Username', 'un', 'username', 'text', 'autocomplete="username" autocapitalize="none" placeholder="e.g. jsmith"')}{fld('Password', 'pw', 'password', 'password', 'autocomplete="current-password"')}
<button class="btn wide" type="submit" style="background:#15803d">Login</button></form>
<p class="muted" style="font-size:13px;margin-top:16px">Use your Alderbank network (Windows) username and password. You'll be asked for the 6-digit code from your authenticator app next. Problems? IT service desk, ext. 2200.</p></div></div>
<p style="position:fixed;bottom:8px;left:0;right:0;text-align:center;color:#94a3b8;font-size:12px">Alderbank Logistics Ltd &middot; authorised users only &middot; sessions are recorded</p>'''
page('remote-desktop-gateway-own-login', 'remote.alderbank-logistics.com', '/guacamole/', 'A logistics company\'s clientless remote-desktop gateway: "Alderbank Remote Desktop – Your Windows 11 workstation … in the browser", username + password ("your Alderbank network (Windows) username"), then an authenticator code',
     'https://guacamole.apache.org/doc/0.9.0/gug/users-guide.html (Apache Guacamole: log in, then select a connection) and https://github.com/linode/docs/pull/7333.diff (a clientless remote desktop gateway for VNC, RDP and SSH in a web browser, with its login screen)', F, b, 'Alderbank Remote Desktop', 'body{background:#1e293b}')

SF_USER = fld('User name', 'un', 'username', 'text', 'autocomplete="username" placeholder="MERROWVALE\\jsmith or jsmith@merrowvale-council.org.uk"')
b = f'''<div style="background:#1f2937;color:#fff;padding:12px 28px;display:flex;align-items:center;gap:12px">{mark('M', '#0e7490', 30)}<b style="font-size:18px">Merrowvale Workspace</b><span style="margin-left:auto;font-size:13px;opacity:.8">Merrowvale District Council</span></div>
<div style="max-width:460px;margin:70px auto"><div class="card"><h1 style="font-size:22px">Log on</h1>
<p class="muted">Your council desktop, Windows apps and Microsoft Office from any device. Staff and councillors only.</p>
<form action="/Citrix/StoreWeb/ExplicitAuth/LoginAttempt" method="post">{SF_USER}{fld('Password', 'pw', 'password', 'password', 'autocomplete="current-password"')}
<button class="btn wide" type="submit" style="background:#0e7490">Log On</button></form>
<p class="muted" style="font-size:13px;margin-top:14px">First time on this device? <a href="/Citrix/StoreWeb/receiver-detect">Detect the Workspace app</a> or <a href="/Citrix/StoreWeb/?lightversion">use the light version</a>. Forgotten password: ICT helpdesk 01632 960400.</p></div></div>'''
page('council-virtual-desktop-storefront-logon', 'workspace.merrowvale-council.org.uk', '/Citrix/StoreWeb/', 'A district council\'s virtual-desktop store front "Merrowvale Workspace – Log on": "Your council desktop, Windows apps and Microsoft Office from any device", user name as domain\\user, password, "Log On"',
     'https://docs.citrix.com/en-us/storefront/current-release/configure-authentication-and-delegation/xml-authentication.html (store front: users enter their Active Directory credentials, domain\\user name format) and https://docs.citrix.com/en-us/storefront/3-12/plan/user-access-options.html (Receiver for Web sites: Windows desktops and applications in a browser)', F, b, 'Merrowvale Workspace', 'body{background:#eef2f5}')

# =========================================================== 4. Small webmail whose two-step login names an outlook.com or gmail.com address (webmail)
F = 'webmail'

b = f'''<div style="min-height:100vh;background:#fff7ed;display:flex;flex-direction:column">
<header class="top" style="background:transparent;border:0"><a class="brand" href="/">{mark('t', '#c2410c')}Tinmouse Mail</a><nav><a href="/aliases">How aliases work</a><a href="/pricing">Pricing</a></nav></header>
<div class="narrow" style="max-width:420px;margin-top:30px"><div class="card"><h1>Enter your password</h1>
<div class="row" style="background:#fff7ed;border:1px solid #fed7aa;border-radius:999px;padding:6px 12px;width:max-content;max-width:100%"><span style="width:22px;height:22px;border-radius:50%;background:#c2410c;color:#fff;font:700 12px/22px Arial;text-align:center">A</span><span>a.kovac@outlook.com</span><a href="/login" style="font-size:13px">Change</a></div>
<form action="/login/password" method="post"><input type="hidden" name="account" value="a.kovac@outlook.com">{fld('Enter password for a.kovac@outlook.com', 'pw', 'password', 'password', 'autocomplete="current-password"', 'Your Tinmouse password. Your aliases forward to this address; we never see your Outlook password.')}
<button class="btn wide" type="submit" style="background:#c2410c">Sign in</button></form>
<p class="muted" style="margin-top:14px"><a href="/login/reset">Forgot your Tinmouse password?</a> &middot; <a href="/login/key">Use a security key</a></p></div></div>
{foot('Tinmouse Mail &middot; private aliases and a small inbox, run by three people in Ljubljana')}</div>'''
page('alias-mail-two-step-outlook-address', 'mail.tinmouse.net', '/login/password', 'A small alias-mail provider\'s second login step "Enter your password" with the account chip a.kovac@outlook.com (the address its aliases forward to), one masked box labelled "Enter password for a.kovac@outlook.com", hint "Your Tinmouse password … we never see your Outlook password"',
     'https://github.com/privacyguides/privacyguides.org/blob/main/docs/email-aliasing.md (alias services forward mail to an address of your choosing) and https://documentation.gravitee.io/am/4.10/guides/login/identifier-first-login-flow (identifier-first login: username on the first page, then the password form)', F, b, 'Enter your password – Tinmouse Mail', '')

WM_JS = r'''
(function () {
  const s1 = document.getElementById('step1'), s2 = document.getElementById('step2');
  document.getElementById('next').addEventListener('click', function () {
    const addr = document.getElementById('addr').value.trim();
    if (!addr) return;
    document.getElementById('who').textContent = addr;
    document.getElementById('pwlabel').textContent = 'Enter password for ' + addr;
    document.getElementById('login').value = addr;
    const gm = /@gmail\.com$/i.test(addr);
    document.getElementById('gmhint').hidden = !gm;
    s1.hidden = true; s2.hidden = false;
    document.getElementById('pw').focus();
  });
  document.getElementById('back').addEventListener('click', function (e) { e.preventDefault(); s2.hidden = true; s1.hidden = false; });
})();
'''
b = f'''<div style="min-height:100vh;background:linear-gradient(180deg,#ecfccb,#f7fee7)">
<header class="top" style="background:transparent;border:0"><a class="brand" href="/">{mark('O', '#4d7c0f')}Orchard Post</a><nav><a href="/about">About</a><a href="/help">Help</a></nav></header>
<div class="narrow" style="max-width:420px;margin-top:30px"><div class="card">
<div id="step1"><h1>Sign in to webmail</h1><p class="muted">Orchard Post is a web mail client for the mailbox you already have. Members of the Orchard Post co-operative can add their own address here.</p>
{fld('Your e-mail address', 'addr', 'addr', 'email', 'autocomplete="username" value="m.novak@gmail.com"')}
<label style="display:block;margin-top:8px;font-size:14px"><input type="checkbox" checked> Remember my address on this computer</label>
<button class="btn wide" id="next" type="button" style="background:#4d7c0f">Next</button></div>
<div id="step2" hidden><h1>Welcome back</h1><p class="row" style="gap:8px">{gmail_logo(18)} <b id="who"></b> <a href="#" id="back" style="font-size:13px">Not you?</a></p>
<form action="/?/Login" method="post"><input type="hidden" id="login" name="Email">
<label class="f" for="pw" id="pwlabel">Password</label><input type="password" id="pw" name="Password" autocomplete="current-password">
<div class="hint" id="gmhint" hidden>For a Gmail mailbox, use a 16-character app password made in your Google Account; Orchard Post connects over IMAP.</div>
<button class="btn wide" type="submit" style="background:#4d7c0f">Sign in</button></form></div>
<p class="muted" style="margin-top:16px;font-size:13px">Orchard Post keeps no copy of your mail; it reads it from your provider while you are signed in.</p></div></div>
{foot('Orchard Post webmail co-operative &middot; <a href="/privacy">Privacy</a>')}</div>
<script>{WM_JS}</script>'''
page('webmail-client-two-step-gmail-address-click', 'webmail.orchardpost.eu', '/', 'A co-operative\'s web mail client for an existing mailbox: step 1 remembers m.novak@gmail.com; the row clicks Next and step 2 shows the Gmail logo, the address and "Enter password for m.novak@gmail.com" with a hint to use a Google app password over IMAP',
     'https://github.com/the-djmaze/snappymail/wiki/Admin-Manual/fcab9a647ef47096d89546f1674c45811d46aaee (a web mail client for IMAP mailboxes, including addresses like *@gmail.com when allowed) and https://auth0.com/docs/authenticate/login/auth0-universal-login/identifier-first.md (enter the e-mail first, click next, then the password)', F, b, 'Orchard Post webmail', '',
     # Judged an imitation: another host heads its password box with the Gmail logo and asks for a
     # gmail.com account's password (even as an app password, a Google credential that reads the
     # mailbox); a copy of Google's password step looks no different.
     row={'click': {'selector': '#next'}, 'settleMs': 3000, 'expect': 'danger', 'provider': 'google'})

# ---------------- write everything
hosts = sorted({h for p in PAGES for (h, _) in p['files']})
# Every host is fresh: no other table (tests/corpus/*.js, tests/e2e/*.js) uses it.
others = [f for f in glob.glob(os.path.join(HERE, '*.js')) + glob.glob(os.path.join(HERE, '..', 'e2e', '*.js')) if os.path.basename(f) != 'web16.js']
other_text = ''.join(open(f, encoding='utf-8').read() for f in others)
for h in hosts:
    assert h not in other_text, f'host {h} is used by another table'
fam_names = {'closedroots': 'Closed shadow roots on the site\'s own pages that ask for credentials',
             'providers': 'Other identity providers and SaaS with provider buttons in closed roots',
             'articles': 'Articles about sign-in, and remote-desktop portals of their own',
             'webmail': 'Small webmail whose two-step login names an outlook.com or gmail.com address'}
out = ["'use strict';",
       "// Ordinary pages, sixteenth round: closed shadow roots on sites' own sign-in pages (design-system fields, consent",
       "// banners, chat widgets, declarative roots, a password manager's menu), other identity services and SaaS with provider",
       "// buttons in closed roots, articles picturing provider sign-in, remote-desktop portals, and small webmail naming an",
       "// outlook.com or gmail.com address; all but one must stay quiet (tests/corpus/WEB16.md). Fixtures: tests/corpus/gen-web16.py.",
       '', 'const HOSTS = {']
out += [f"  '{h}': 'https'," for h in hosts] + ['};', '', 'const PAGES = [']
def js(s): return json.dumps(s, ensure_ascii=False)
cur = None
for p in PAGES:
    if p['family'] != cur:
        cur = p['family']; out.append(f"  // {fam_names[cur]} ({cur})")
    parts = [f"name: {js(p['name'])}", f"host: {js(p['host'])}", f"path: {js(p['path'])}", f"expect: {js(p['expect'])}",
             f"family: {js(p['family'])}", f"what: {js(p['what'])}", f"source: {js(p['source'])}"]
    if 'provider' in p['row']:
        parts.append(f"provider: {js(p['row']['provider'])}")
    if 'click' in p['row']:
        parts.append(f"click: {{ selector: {js(p['row']['click']['selector'])} }}")
    if 'settleMs' in p['row']:
        parts.append(f"settleMs: {int(p['row']['settleMs'])}")
    out.append('  { ' + ', '.join(parts) + ' },')
out += ['];', '', 'module.exports = { HOSTS, PAGES };', '']
open(os.path.join(HERE, 'web16.js'), 'w').write('\n'.join(out))
n = 0
for p in PAGES:
    for (h, rel), content in p['files'].items():
        assert '%' not in rel, rel
        f = os.path.join(ROOT, h, rel)
        os.makedirs(os.path.dirname(f), exist_ok=True)
        data = content.encode('utf-8')
        assert len(data) < 200_000, f
        open(f, 'wb').write(data); n += 1
names = [p['name'] for p in PAGES]
assert len(names) == len(set(names)), 'duplicate names'
print(len(PAGES), 'rows,', len(hosts), 'hosts,', n, 'files', dict(Counter(p['family'] for p in PAGES)))

#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Writes tests/corpus/web9.js and its fixtures under tests/fixtures/<host>/ (ninth round of ordinary
pages: pages that name or resemble Microsoft, GitHub, Google or Azure DevOps without imitating them,
and spoof twins that do imitate them and must still warn)."""
import os, json
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, '..', 'fixtures')
PAGES = []

def page(name, host, path, expect, what, source, family, body, title, css='', lang='en', provider=None, extra_files=None):
    rel = path.split('?')[0].split('#')[0].strip('/')
    files = {(rel + '/index.html') if rel else 'index.html': doc(title, body, css, lang)}
    files.update(extra_files or {})
    PAGES.append(dict(name=name, host=host, path=path, expect=expect, provider=provider, what=what,
                      source=source, family=family, files=files))

def doc(title, body, css='', lang='en'):
    return f'''<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
{BASE}
{css}
</style>
</head>
<body>
{body}
</body>
</html>
'''

BASE = '''*{box-sizing:border-box}body{margin:0;font-family:-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans CJK JP",Helvetica,Arial,sans-serif;color:#1f2328;background:#f6f7f9;line-height:1.5}
a{color:#0b5cad;text-decoration:none}
input[type=text],input[type=email],input[type=password],input[type=tel],input[type=search],input[type=number],select,textarea{width:100%;padding:9px 11px;border:1px solid #c4c9d0;border-radius:6px;font:inherit;background:#fff}
label{display:block;font-size:14px;font-weight:600;margin:12px 0 4px}
.btn{display:inline-block;border:0;border-radius:6px;padding:10px 18px;font:inherit;font-weight:600;cursor:pointer;background:#0b5cad;color:#fff}
.btn.sec{background:#fff;color:#1f2328;border:1px solid #c4c9d0}
.btn.wide{display:block;width:100%;text-align:center;margin-top:10px}
header.top{background:#fff;border-bottom:1px solid #e3e6ea;padding:10px 28px;display:flex;align-items:center;gap:24px}
header.top nav a{margin-right:18px;color:#333;font-size:15px}
header.top .brand{font-weight:700;font-size:19px;color:#222;display:flex;align-items:center;gap:8px}
footer.site{color:#6a737d;font-size:13px;padding:28px;text-align:center;border-top:1px solid #e3e6ea;margin-top:40px;background:#fff}
.wrap{max-width:1080px;margin:0 auto;padding:24px}
.narrow{max-width:440px;margin:40px auto}
.card{background:#fff;border:1px solid #e3e6ea;border-radius:10px;padding:24px}
.grid2{display:grid;grid-template-columns:1fr 1fr;gap:24px}.grid3{display:grid;grid-template-columns:repeat(3,1fr);gap:18px}
.muted{color:#6a737d;font-size:14px}
h1{font-size:28px;margin:8px 0 12px}h2{font-size:21px;margin:24px 0 8px}
.price{font-size:26px;font-weight:700}.tag{display:inline-block;background:#eef4ff;color:#0b5cad;border-radius:999px;padding:2px 10px;font-size:12px;font-weight:600}
.sso{display:flex;align-items:center;justify-content:center;gap:10px;width:100%;border:1px solid #c4c9d0;border-radius:6px;background:#fff;padding:9px;font:inherit;margin-top:8px;cursor:pointer;color:#1f2328}
.or{text-align:center;color:#6a737d;font-size:13px;margin:14px 0}
pre{background:#0d1117;color:#e6edf3;padding:14px 16px;border-radius:8px;overflow:auto;font-size:13px;line-height:1.45}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
figure{margin:18px 0}figure img{max-width:100%;border:1px solid #ddd;border-radius:6px}figcaption{font-size:13px;color:#6a737d}
'''

def mark(letter, color, size=28, shape='rect'):
    s = f'<rect width="{size}" height="{size}" rx="{size//5}" fill="{color}"/>' if shape == 'rect' else f'<circle cx="{size/2}" cy="{size/2}" r="{size/2}" fill="{color}"/>'
    return f'<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size}" viewBox="0 0 {size} {size}" aria-hidden="true">{s}<text x="{size/2}" y="{size*0.7}" font-size="{size*0.6}" font-family="Arial" font-weight="700" fill="#fff" text-anchor="middle">{letter}</text></svg>'

def top(brand, color, links=(), right=''):
    nav = ''.join(f'<a href="#">{l}</a>' for l in links)
    return f'<header class="top"><a class="brand" href="/">{mark(brand[0], color)}{brand}</a><nav>{nav}</nav><div style="margin-left:auto">{right}</div></header>'

def foot(text):
    return f'<footer class="site">{text}</footer>'

# Small product glyphs drawn by the pages themselves (grey icons, not the providers' logos)
ICON_G = '<svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true"><circle cx="9" cy="9" r="8" fill="none" stroke="#666" stroke-width="2"/><path d="M9 9h6" stroke="#666" stroke-width="2"/></svg>'
ICON_SQ = '<svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true"><rect x="1" y="1" width="16" height="16" rx="3" fill="none" stroke="#666" stroke-width="2"/></svg>'
ICON_GH = '<svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true"><circle cx="9" cy="9" r="8" fill="#333"/></svg>'

# Provider logos, used only by the twins (they imitate)
MS_LOGO = '<svg xmlns="http://www.w3.org/2000/svg" width="108" height="24" viewBox="0 0 108 24" role="img" aria-label="Microsoft"><rect x="0" y="1" width="10" height="10" fill="#f25022"/><rect x="11" y="1" width="10" height="10" fill="#7fba00"/><rect x="0" y="12" width="10" height="10" fill="#00a4ef"/><rect x="11" y="12" width="10" height="10" fill="#ffb900"/><text x="28" y="17" font-family="Segoe UI,Arial" font-size="15" fill="#5e5e5e">Microsoft</text></svg>'
G_LOGO = '<svg xmlns="http://www.w3.org/2000/svg" width="75" height="24" viewBox="0 0 75 24" role="img" aria-label="Google"><text x="0" y="19" font-family="Product Sans,Arial" font-size="22"><tspan fill="#4285f4">G</tspan><tspan fill="#ea4335">o</tspan><tspan fill="#fbbc05">o</tspan><tspan fill="#4285f4">g</tspan><tspan fill="#34a853">l</tspan><tspan fill="#ea4335">e</tspan></text></svg>'
OCTO = '<svg height="48" aria-hidden="true" viewBox="0 0 24 24" width="48" class="octicon octicon-mark-github"><path d="M12 1C5.923 1 1 5.923 1 12c0 4.867 3.149 8.979 7.521 10.436.55.096.756-.233.756-.522 0-.262-.013-1.128-.013-2.049-2.764.509-3.479-.674-3.699-1.292-.124-.317-.66-1.293-1.127-1.554-.385-.207-.936-.715-.014-.729.866-.014 1.485.797 1.691 1.128.99 1.663 2.571 1.196 3.204.907.096-.715.385-1.196.701-1.471-2.448-.275-5.005-1.224-5.005-5.432 0-1.196.426-2.186 1.128-2.956-.111-.275-.496-1.402.11-2.915 0 0 .921-.288 3.024 1.128a10.193 10.193 0 0 1 2.75-.371c.936 0 1.871.123 2.75.371 2.104-1.43 3.025-1.128 3.025-1.128.605 1.513.221 2.64.111 2.915.701.77 1.127 1.747 1.127 2.956 0 4.222-2.571 5.157-5.019 5.432.399.344.743 1.004.743 2.035 0 1.471-.014 2.654-.014 3.115 0 .289.206.632.756.522C19.851 20.979 23 16.854 23 12c0-6.077-4.922-11-11-11Z"></path></svg>'
MS_CARD_CSS = '.mscard{width:440px;margin:50px auto;background:#fff;box-shadow:0 2px 6px rgba(0,0,0,.2);padding:44px;font-family:"Segoe UI",Arial,sans-serif}.mscard h1{font-size:24px;font-weight:600;margin:16px 0 12px}.mscard input{border:0;border-bottom:1px solid #666;border-radius:0;margin-top:12px}.mscard .go{background:#0067b8;color:#fff;border:0;padding:8px 32px;margin-top:18px;float:right}'
G_CARD_CSS = '.gcard{width:450px;margin:50px auto;background:#fff;border-radius:28px;padding:40px;font-family:"Google Sans",Roboto,Arial,sans-serif}.gcard h1{font-weight:400;font-size:32px;margin:18px 0 8px}.gcard input{height:52px;margin-top:14px;border-radius:4px}.gcard .go{background:#0b57d0;color:#fff;border:0;border-radius:20px;padding:10px 24px;margin-top:18px;float:right}'

def own_login(action, user_label='Email', pass_label='Password', submit='Sign in', uid='email', pid='password', extra=''):
    return f'''<form action="{action}" method="post">
 <label for="{uid}">{user_label}</label><input type="email" id="{uid}" name="{uid}" autocomplete="username">
 <label for="{pid}">{pass_label}</label><input type="password" id="{pid}" name="{pid}" autocomplete="current-password">
 {extra}<button class="btn wide" type="submit">{submit}</button>
</form>'''

def sso_button(label, icon=ICON_SQ, href='#'):
    return f'<a class="sso" href="{href}">{icon}<span>{label}</span></a>'

# =========================================================== 1. Microsoft 365 resellers (m365)
F = 'm365'
M365_PLANS = ['Microsoft 365 Business Basic', 'Microsoft 365 Business Standard', 'Microsoft 365 Business Premium', 'Microsoft 365 Apps for business', 'Exchange Online (Plan 1)']
def plan_cards(plans, cur='£', per='user/month'):
    return '<div class="grid3">' + ''.join(f'<div class="card"><span class="tag">{t}</span><h3>{n}</h3><p class="price">{cur}{p}</p><p class="muted">per {per}, annual commitment</p><ul class="muted"><li>{f}</li></ul></div>' for n, p, t, f in plans) + '</div>'
r1 = top('BrightCloud IT', '#0f766e', ['Microsoft 365', 'Backup', 'Support', 'About'], '<a href="/account/login">Client login</a>') + f'''
<main class="wrap">
 <h1>Microsoft 365 plans for small businesses</h1>
 <p>BrightCloud IT is a Microsoft Cloud Solution Provider (CSP). Buy your Microsoft 365 licences from us and get UK support, monthly invoicing and free migration from Google Workspace or another mailbox provider.</p>
 {plan_cards([('Microsoft 365 Business Basic', '4.90', 'Web and mobile apps', 'Teams, Exchange 50 GB, OneDrive 1 TB'), ('Microsoft 365 Business Standard', '10.30', 'Most popular', 'Desktop Word, Excel, Outlook'), ('Microsoft 365 Business Premium', '18.10', 'Security', 'Intune, Defender for Business')])}
 <div class="grid2" style="margin-top:28px">
  <section class="card"><h2 style="margin-top:0">Order licences</h2>
   <form action="/order" method="post" id="order">
    <label for="plan">Plan</label><select id="plan" name="plan">{''.join(f'<option>{p}</option>' for p in M365_PLANS)}</select>
    <label for="seats">Number of users</label><input type="number" id="seats" name="seats" value="5" min="1">
    <label for="domain">Your domain (existing Microsoft 365 tenant or new)</label><input type="text" id="domain" name="domain" placeholder="yourcompany.co.uk">
    <label><input type="checkbox" name="existing"> My company already uses Microsoft 365 (we will send a reseller invitation link)</label>
    <h3>Create your BrightCloud account</h3>
    <label for="co">Company name</label><input type="text" id="co" name="company">
    <label for="em">Work email</label><input type="email" id="em" name="email" autocomplete="email">
    <label for="pw">Choose a password for the BrightCloud portal</label><input type="password" id="pw" name="password" autocomplete="new-password">
    <button class="btn wide" type="submit">Continue to checkout</button>
   </form></section>
  <section class="card"><h2 style="margin-top:0">Why buy through a partner?</h2><p>Same Microsoft 365 product, same price as buying direct, with a named engineer. Your users keep signing in to Outlook and Teams with their own work account; you never share your Microsoft password with us.</p><p class="muted">Prices exclude VAT. Microsoft, Microsoft 365 and Teams are trademarks of the Microsoft group of companies.</p></section>
 </div>
</main>''' + foot('BrightCloud IT Ltd &middot; Registered in England 10928374 &middot; Microsoft Solutions Partner for Modern Work')
page('m365-reseller-order', 'www.brightcloud-it.co.uk', '/microsoft-365/plans', 'none',
     'Microsoft 365 reseller (CSP) plans page: plan cards, order form whose <select> names every Microsoft 365 plan, and the reseller\'s own portal sign-up with a password',
     'https://innov8ivess.com/microsoft-365-office-2/ (licensing order form with a plan select) and https://docs.cloudblue.com/connect/connectors/Microsoft_SaaS/lv/Office365-Channel-Operations-Guide/Order-Process-as-a-Transacting-Partner.htm',
     F, r1, 'Microsoft 365 plans | BrightCloud IT')

r2 = top('Wolkenwerk IT', '#1d4ed8', ['Microsoft 365', 'Exchange', 'Hosting', 'Kontakt'], '<a href="/kunden/login">Kundenlogin</a>') + f'''
<main class="wrap">
 <h1>Microsoft 365 kaufen &ndash; mit deutschem Support</h1>
 <p>Als Microsoft-CSP-Partner liefern wir Microsoft 365 Business Standard, Business Premium und Exchange Online mit Rechnung in Euro, Einrichtung und Datenschutzberatung (AVV).</p>
 {plan_cards([('Microsoft 365 Business Basic', '5,60', 'Einstieg', 'Teams, Exchange, OneDrive'), ('Microsoft 365 Business Standard', '11,70', 'Beliebt', 'Word, Excel, Outlook als Desktop-App'), ('Microsoft 365 Business Premium', '20,60', 'Sicherheit', 'Intune, Defender, Entra ID P1')], '€', 'Benutzer/Monat')}
 <section class="card" style="margin-top:24px"><h2 style="margin-top:0">Bestellung und Kundenkonto</h2>
  <form action="/bestellen" method="post">
   <div class="grid2"><div>
    <label for="produkt">Produkt</label><select id="produkt" name="produkt"><option>Microsoft 365 Business Basic</option><option selected>Microsoft 365 Business Standard</option><option>Microsoft 365 Business Premium</option><option>Microsoft 365 E3</option><option>Exchange Online Plan 1</option></select>
    <label for="anz">Anzahl Lizenzen</label><input type="number" id="anz" name="anzahl" value="10">
    <label for="laufzeit">Laufzeit</label><select id="laufzeit" name="laufzeit"><option>Jährlich, monatliche Zahlung</option><option>Monatlich kündbar (+20 %)</option></select>
   </div><div>
    <label for="firma">Firma</label><input type="text" id="firma" name="firma">
    <label for="mail">E-Mail-Adresse</label><input type="email" id="mail" name="email">
    <label for="kw">Passwort für Ihr Wolkenwerk-Kundenkonto</label><input type="password" id="kw" name="kennwort" autocomplete="new-password">
    <label for="kw2">Passwort wiederholen</label><input type="password" id="kw2" name="kennwort2" autocomplete="new-password">
   </div></div>
   <button class="btn wide" type="submit">Kostenpflichtig bestellen</button>
  </form>
  <p class="muted">Microsoft 365 ist eine Marke der Microsoft Corporation. Ihr Microsoft-Kennwort geben Sie nur bei Microsoft ein, nie bei uns.</p></section>
</main>''' + foot('Wolkenwerk IT GmbH &middot; Impressum &middot; Datenschutz &middot; AGB')
page('m365-reseller-de', 'www.wolkenwerk-it.de', '/microsoft-365-kaufen', 'none',
     'German Microsoft 365 reseller: plan cards, order form with a "Microsoft 365 Business Standard" <select>, customer-account sign-up with password and repeat',
     'https://kb.interworks.cloud/pages/viewpage.action?pageId=167346667 (CSP storefront ordering) and German CSP shops (e.g. https://www.microsoft.com/de-de/microsoft-365/business/compare-all-microsoft-365-business-products for the plan names)',
     F, r2, 'Microsoft 365 kaufen | Wolkenwerk IT', lang='de')

r3 = top('Nuage Pro', '#7c3aed', ['Logiciels', 'Microsoft 365', 'Sauvegarde', 'Contact'], '<a href="#">Panier (1)</a>') + '''
<main class="wrap"><div class="grid2">
 <section class="card"><h1 style="font-size:24px">Déjà client ? Connectez-vous</h1>
  <p class="muted">Connectez-vous à votre compte Nuage Pro pour finaliser la commande.</p>
  <form action="/boutique/connexion" method="post">
   <label for="courriel">Adresse e-mail</label><input type="email" id="courriel" name="courriel">
   <label for="mdp">Mot de passe</label><input type="password" id="mdp" name="mdp">
   <button class="btn wide" type="submit">Se connecter et commander</button>
  </form><p class="muted"><a href="#">Mot de passe oublié ?</a> &middot; <a href="#">Créer un compte</a></p></section>
 <section class="card"><h2 style="margin-top:0">Récapitulatif</h2>
  <p><img src="/img/produits/m365-business-premium.svg" width="48" height="48" alt="Microsoft 365 Business Premium" style="vertical-align:middle"> <strong>Microsoft 365 Business Premium</strong> &times; 5 utilisateurs</p>
  <p>Engagement annuel, facturation mensuelle &mdash; 5 &times; 20,60 € HT</p>
  <label for="offre">Changer d'offre</label><select id="offre"><option>Microsoft 365 Business Basic</option><option>Microsoft 365 Business Standard</option><option selected>Microsoft 365 Business Premium</option></select>
  <p class="muted">Après la commande, vous recevrez un lien d'invitation revendeur à accepter dans le centre d'administration Microsoft 365. Nous ne vous demanderons jamais votre mot de passe Microsoft.</p>
  <p class="price">103,00 € HT / mois</p></section>
</div></main>''' + foot('Nuage Pro SAS &middot; Revendeur Microsoft CSP &middot; Mentions légales')
page('m365-reseller-checkout-fr', 'www.nuage-pro.fr', '/boutique/microsoft-365/commande', 'none',
     'French reseller checkout: "Microsoft 365 Business Premium × 5" order summary with a product icon whose alt names it, an offer <select>, and the shop\'s own customer login',
     'https://support.opendoorerp.com/support/solutions/articles/17000095168-how-to-use-the-open-door-shop-as-a-cloud-license-re-seller (reseller shop checkout)',
     F, r3, 'Commande — Microsoft 365 | Nuage Pro', lang='fr',
     extra_files={'img/produits/m365-business-premium.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48"><rect width="48" height="48" rx="10" fill="#ede9fe"/><path d="M12 34 L24 12 L36 34Z" fill="#7c3aed"/></svg>'})

# =========================================================== 2. Google Workspace resellers (gws)
F = 'gws'
g1 = top('Gridpoint Cloud', '#059669', ['Google Workspace', 'Migration', 'Pricing', 'Blog'], '<a href="/login">Sign in</a>') + '''
<main class="wrap"><div class="grid2">
 <section><h1>Start Google Workspace with Gridpoint</h1>
  <p>Gmail with your own domain, Google Drive, Meet, Calendar and Docs, billed by Gridpoint Cloud, an authorised Google Cloud Partner. 14-day trial, then Business Starter from $7.20 per user per month.</p>
  <ul><li>Business Starter &mdash; 30 GB per user, Gmail, Meet (100 participants)</li><li>Business Standard &mdash; 2 TB per user, Meet recordings</li><li>Business Plus &mdash; 5 TB, Vault and advanced endpoint management</li></ul>
  <p class="muted">After sign-up we create your Google Workspace tenant and send your first admin the Google Admin console invitation. Google Workspace, Gmail and Google Drive are trademarks of Google LLC.</p></section>
 <section class="card"><h2 style="margin-top:0">Create your Gridpoint account</h2>
  <form action="/signup" method="post">
   <label for="edition">Google Workspace edition</label><select id="edition" name="edition"><option>Business Starter</option><option selected>Business Standard</option><option>Business Plus</option></select>
   <label for="dom">Domain for Gmail</label><input type="text" id="dom" name="domain" placeholder="example.com">
   <label for="nm">Your name</label><input type="text" id="nm" name="name">
   <label for="em">Email</label><input type="email" id="em" name="email">
   <label for="pw">Password (for the Gridpoint billing portal)</label><input type="password" id="pw" name="password" autocomplete="new-password">
   <button class="btn wide" type="submit">Start free trial</button>
  </form></section>
</div></main>''' + foot('Gridpoint Cloud Inc. &middot; Google Cloud Partner &middot; Terms &middot; Privacy')
page('workspace-reseller-signup', 'www.gridpoint-cloud.com', '/google-workspace/signup', 'none',
     'Google Workspace reseller sign-up: edition <select>, Gmail/Drive/Meet named, the reseller\'s own billing-portal account with a password',
     'https://workspace.google.com/pricing (edition names) and partner sign-up pages such as https://www.promevo.com/google-workspace (reseller trial form)',
     F, g1, 'Google Workspace sign-up | Gridpoint Cloud')

g2 = top('NubeAndina', '#dc2626', ['Google Workspace', 'Precios', 'Soporte'], '<a href="/ingresar">Ingresar</a>') + '''
<main class="wrap"><div class="grid2">
 <section><h1>Google Workspace para tu empresa</h1><p>Correo corporativo con Gmail, Google Drive, Meet y Calendar. Somos revendedor autorizado de Google Workspace en Colombia: facturación en pesos, soporte en español y migración gratuita desde Outlook o cPanel.</p>
 <p><img src="/img/gmail-drive-meet.svg" width="220" height="60" alt="Gmail, Google Drive y Google Meet"></p>
 <p class="muted">Tu contraseña de Google la creas tú en Google; nunca te la pediremos.</p></section>
 <section class="card"><h2 style="margin-top:0">Registro</h2><form action="/registro" method="post">
  <label for="plan">Plan</label><select id="plan" name="plan"><option>Google Workspace Business Starter</option><option>Google Workspace Business Standard</option><option>Google Workspace Business Plus</option></select>
  <label for="empresa">Empresa</label><input type="text" id="empresa" name="empresa">
  <label for="correo">Correo electrónico</label><input type="email" id="correo" name="correo">
  <label for="clave">Contraseña de tu cuenta NubeAndina</label><input type="password" id="clave" name="clave">
  <button class="btn wide" type="submit">Crear cuenta</button></form></section>
</div></main>''' + foot('NubeAndina S.A.S. &middot; Bogotá &middot; Términos')
page('workspace-reseller-es', 'www.nubeandina.com.co', '/google-workspace/registro', 'none',
     'Spanish Google Workspace reseller registration: plan <select> of "Google Workspace …" editions, an image alt naming Gmail/Drive/Meet, own account password',
     'https://workspace.google.com/intl/es-419/pricing (plan names) and Latin-American reseller pages (registro de cuenta)',
     F, g2, 'Registro Google Workspace | NubeAndina', lang='es',
     extra_files={'img/gmail-drive-meet.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="220" height="60"><rect width="220" height="60" rx="8" fill="#fee2e2"/><text x="110" y="36" font-size="14" text-anchor="middle" font-family="Arial" fill="#7f1d1d">Correo · Archivos · Video</text></svg>'})

g3 = top('クラウドポート', '#2563eb', ['Google Workspace', '料金', '導入事例', 'お問い合わせ'], '<a href="/mypage/login">マイページ</a>') + '''
<main class="wrap"><div class="grid2">
 <section><h1>Google Workspace お申し込み</h1><p>Gmail・Google ドライブ・Google Meet を独自ドメインで。クラウドポートは Google Workspace 正規販売代理店です。請求書払い・日本語サポートに対応しています。</p>
 <p class="muted">Google Workspace の管理者パスワードはお客様ご自身で Google 側に設定していただきます。当社がお伺いすることはありません。</p></section>
 <section class="card"><h2 style="margin-top:0">お申し込みフォーム</h2><form action="/apply" method="post">
  <label for="plan">プラン</label><select id="plan" name="plan"><option>Business Starter（Google Workspace）</option><option>Business Standard（Google Workspace）</option><option>Business Plus（Google Workspace）</option></select>
  <label for="kaisha">会社名</label><input type="text" id="kaisha" name="company">
  <label for="mail">メールアドレス</label><input type="email" id="mail" name="email">
  <label for="pass">マイページ用パスワード</label><input type="password" id="pass" name="password">
  <button class="btn wide" type="submit">申し込む</button></form></section>
</div></main>''' + foot('株式会社クラウドポート &middot; Google Cloud パートナー')
page('workspace-reseller-ja', 'www.cloudport.co.jp', '/google-workspace/apply', 'none',
     'Japanese Google Workspace reseller application: plan <select>, Gmail/Google ドライブ/Google Meet named, password for the reseller\'s own my-page',
     'https://workspace.google.com/intl/ja/pricing (plan names) and Japanese reseller application forms (お申し込みフォーム)',
     F, g3, 'Google Workspace お申し込み | クラウドポート', lang='ja')
# =========================================================== 3. How-to articles (howto)
F = 'howto'
def shot(lines, w=640, h=300, accent='#1a73e8'):
    t = ''.join(f'<text x="24" y="{60 + i*34}" font-family="Arial" font-size="17" fill="#333">{l}</text>' for i, l in enumerate(lines))
    return f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}"><rect width="{w}" height="{h}" fill="#fff"/><rect width="{w}" height="34" fill="#f1f3f4"/><rect x="12" y="8" width="{w//2}" height="18" rx="9" fill="#fff"/><rect x="24" y="{h-60}" width="150" height="36" rx="18" fill="{accent}"/>{t}</svg>'
BLOG_CSS = '.post{max-width:760px;margin:0 auto;background:#fff;padding:32px 40px;border:1px solid #e3e6ea}.post h1{font-size:30px}.comments{max-width:760px;margin:24px auto;background:#fff;padding:24px 40px;border:1px solid #e3e6ea}.meta{color:#6a737d;font-size:13px}'
def comment_box(lang):
    L = {'de': ('Kommentar schreiben', 'Melde dich an, um zu kommentieren (Konto bei Technikratgeber).', 'E-Mail', 'Passwort', 'Anmelden und kommentieren', 'Noch kein Konto? Registrieren'),
         'pt': ('Deixe seu comentário', 'Entre na sua conta do Dicas Digitais para comentar.', 'E-mail', 'Senha', 'Entrar e comentar', 'Ainda não tem conta? Cadastre-se')}[lang]
    return f'''<section class="comments"><h2 style="margin-top:0">{L[0]}</h2><p class="muted">{L[1]}</p>
<form action="/wp-login.php" method="post" id="loginform"><label for="user_login">{L[2]}</label><input type="text" name="log" id="user_login" autocomplete="username">
<label for="user_pass">{L[3]}</label><input type="password" name="pwd" id="user_pass" autocomplete="current-password"><button class="btn wide" type="submit" name="wp-submit">{L[4]}</button></form>
<p class="muted"><a href="/wp-login.php?action=register">{L[5]}</a></p>
<div class="card" style="margin-top:18px"><strong>Hannelore K.</strong> <span class="meta">vor 2 Tagen</span><p>Danke, hat geklappt! Bei mir stand „Anmeldung und Sicherheit“ statt „Sicherheit“.</p></div></section>''' if lang == 'de' else f'''<section class="comments"><h2 style="margin-top:0">{L[0]}</h2><p class="muted">{L[1]}</p>
<form action="/wp-login.php" method="post" id="loginform"><label for="user_login">{L[2]}</label><input type="text" name="log" id="user_login" autocomplete="username">
<label for="user_pass">{L[3]}</label><input type="password" name="pwd" id="user_pass" autocomplete="current-password"><button class="btn wide" type="submit" name="wp-submit">{L[4]}</button></form>
<p class="muted"><a href="/wp-login.php?action=register">{L[5]}</a></p>
<div class="card" style="margin-top:18px"><strong>Rafaela M.</strong> <span class="meta">há 3 dias</span><p>Funcionou no celular também, obrigada!</p></div></section>'''

UP = 'wp-content/uploads/2026/11/'
h1steps = [('google-passwort-aendern-schritt-1-google-konto.svg', 'Schritt 1: Google-Konto verwalten im Profilmenü von Google', ['Google Konto', 'Startseite  Persönliche Daten  Sicherheit', 'Google-Konto verwalten']),
           ('google-passwort-aendern-schritt-2-sicherheit.svg', 'Schritt 2: Sicherheit > Wie Sie sich bei Google anmelden > Passwort', ['Google Konto › Sicherheit', 'Wie Sie sich bei Google anmelden', 'Passwort · Zuletzt geändert: 3. März']),
           ('google-passwort-aendern-schritt-3-neues-passwort.svg', 'Schritt 3: Neues Passwort bei Google eingeben und bestätigen', ['← Passwort', 'Neues Passwort', 'Neues Passwort bestätigen', 'Passwort ändern'])]
hbody = top('Technikratgeber', '#ea580c', ['Smartphone', 'Internet', 'Sicherheit', 'Windows'], '<input type="search" placeholder="Suchen…" style="width:200px">') + f'''
<main class="wrap"><article class="post">
 <p class="meta">Internet &rsaquo; Google &middot; 28. November 2026 &middot; von Jonas Brandt</p>
 <h1>Google-Passwort ändern: So geht's in drei Schritten</h1>
 <p>Ihr Google-Konto schützt Gmail, YouTube, Google Drive und Ihre Android-Geräte. Ändern Sie das Passwort, wenn Sie einen Verdacht haben, dass jemand es kennt &ndash; oder einfach regelmäßig. So geht's am PC:</p>
 <ol><li>Öffnen Sie <a href="https://myaccount.google.com/">myaccount.google.com</a> und melden Sie sich an, falls nötig.</li><li>Klicken Sie links auf <strong>Sicherheit</strong> und dann unter „Wie Sie sich bei Google anmelden“ auf <strong>Passwort</strong>.</li><li>Geben Sie zur Bestätigung Ihr aktuelles Passwort ein, dann zweimal das neue, und klicken Sie auf <strong>Passwort ändern</strong>.</li></ol>
 ''' + ''.join(f'<figure><img src="/{UP}{f}" width="640" height="300" alt="{a}"><figcaption>{a} (Bild: Screenshot Google)</figcaption></figure>' for f, a, _ in h1steps) + '''
 <h2>Passwort vergessen?</h2><p>Nutzen Sie die Kontowiederherstellung von Google unter <code>accounts.google.com/signin/recovery</code>. Wichtig: Geben Sie Ihr Google-Passwort nie auf einer Seite ein, deren Adresse nicht mit <code>accounts.google.com</code> beginnt.</p>
</article>''' + comment_box('de') + '</main>' + foot('Technikratgeber.de &middot; Impressum &middot; Datenschutz &middot; Cookie-Einstellungen')
page('howto-google-password-de', 'www.technikratgeber.de', '/internet/google-passwort-aendern', 'none',
     'German how-to "Google-Passwort ändern": three screenshots whose file names and alt texts name Google and the Google-Konto, links to myaccount.google.com, and the blog\'s own comment login (WordPress log/pwd)',
     'https://tech-aktuell.de/google-passwort-aendern-oder-zuruecksetzen-so-gehts and https://giga.de/webapps/gmail-googlemail/tipps/google-passwort-aendern-oder-zuruecksetzen',
     F, hbody, 'Google-Passwort ändern: So geht\'s in drei Schritten | Technikratgeber', BLOG_CSS, 'de',
     extra_files={UP + f: shot(lines) for f, _, lines in h1steps})

h2steps = [('microsoft-konto-passwort-aendern-1-sicherheit.svg', 'Microsoft-Konto: Registerkarte Sicherheit auf account.microsoft.com', ['Microsoft-Konto', 'Ihre Infos  Datenschutz  Sicherheit', 'Kennwort ändern']),
           ('microsoft-konto-passwort-aendern-2-kennwort.svg', 'Microsoft: Kennwort ändern – aktuelles und neues Kennwort', ['Kennwort ändern', 'Aktuelles Kennwort', 'Neues Kennwort', 'Kennwort erneut eingeben'])]
h2body = top('Technikratgeber', '#ea580c', ['Smartphone', 'Internet', 'Sicherheit', 'Windows'], '<input type="search" placeholder="Suchen…" style="width:200px">') + '''
<main class="wrap"><article class="post">
 <p class="meta">Windows &rsaquo; Microsoft-Konto &middot; 19. November 2026 &middot; von Jonas Brandt</p>
 <h1>Microsoft-Konto: Kennwort ändern (Outlook, Xbox, Windows 11)</h1>
 <p>Mit dem Microsoft-Konto melden Sie sich bei Windows 11, Outlook.com, OneDrive und Xbox an. Das Kennwort ändern Sie online:</p>
 <ol><li>Gehen Sie zu <a href="https://account.microsoft.com/security">account.microsoft.com/security</a>.</li><li>Wählen Sie <strong>Kennwort ändern</strong>. Eventuell müssen Sie sich mit einem Code bestätigen.</li><li>Geben Sie das aktuelle und das neue Kennwort ein und klicken Sie auf <strong>Speichern</strong>.</li></ol>
 ''' + ''.join(f'<figure><img src="/{UP}{f}" width="640" height="300" alt="{a}"><figcaption>{a} (Screenshot: Microsoft)</figcaption></figure>' for f, a, _ in h2steps) + '''
 <p><strong>Achtung Phishing:</strong> Microsoft fragt nie per E-Mail nach Ihrem Kennwort. Die echte Anmeldeseite liegt unter <code>login.live.com</code> bzw. <code>login.microsoftonline.com</code>.</p>
</article>''' + comment_box('de') + '</main>' + foot('Technikratgeber.de &middot; Impressum &middot; Datenschutz')
page('howto-microsoft-password-de', 'www.technikratgeber.de', '/windows/microsoft-konto-kennwort-aendern', 'none',
     'German how-to "Microsoft-Konto: Kennwort ändern": screenshots named and captioned after the Microsoft account, the sign-in hosts quoted as a phishing tip, and the blog\'s own comment login',
     'https://support.microsoft.com/de-de/account-billing/ändern-des-kennworts-für-ihr-microsoft-konto-fdde885b-5b8c-4a81-a4ff-ec6a0ea7ed2c and German tech-help blogs (computerbild.de Tipps layout)',
     F, h2body, 'Microsoft-Konto: Kennwort ändern | Technikratgeber', BLOG_CSS, 'de',
     extra_files={UP + f: shot(lines, accent='#0067b8') for f, _, lines in h2steps})

h3steps = [('como-alterar-senha-gmail-passo-1.svg', 'Passo 1: Gerenciar sua Conta do Google no Gmail', ['Conta do Google', 'Gerenciar sua Conta do Google']),
           ('como-alterar-senha-gmail-passo-2.svg', 'Passo 2: Segurança > Como você faz login no Google > Senha', ['Segurança', 'Como você faz login no Google', 'Senha'])]
h3body = top('Dicas Digitais', '#16a34a', ['Celular', 'Internet', 'Segurança'], '<input type="search" placeholder="Buscar" style="width:180px">') + '''
<main class="wrap"><article class="post">
 <p class="meta">Tutoriais &rsaquo; Gmail &middot; 25/11/2026</p>
 <h1>Como alterar a senha do Gmail (Conta do Google)</h1>
 <p>A senha do Gmail é a mesma da sua Conta do Google. Para trocá-la pelo computador, abra o Gmail, clique na sua foto e depois em <strong>Gerenciar sua Conta do Google</strong>.</p>
 ''' + ''.join(f'<figure><img src="/wp-content/uploads/2026/11/{f}" width="640" height="300" alt="{a}"><figcaption>{a} (Reprodução/Google)</figcaption></figure>' for f, a, _ in h3steps) + '''
 <p>Digite a senha atual para confirmar e depois a nova senha duas vezes. Dica: use um gerenciador de senhas e ative a verificação em duas etapas.</p>
</article>''' + comment_box('pt') + '</main>' + foot('Dicas Digitais &middot; Política de privacidade')
page('howto-gmail-password-pt', 'www.dicasdigitais.com.br', '/tutoriais/como-alterar-senha-do-gmail', 'none',
     'Portuguese how-to "Como alterar a senha do Gmail": screenshots whose names and alt texts name the Conta do Google, and the blog\'s own comment login',
     'https://support.google.com/accounts/answer/41078?hl=pt-BR (steps) and Brazilian tutorial sites (techtudo.com.br layout)',
     F, h3body, 'Como alterar a senha do Gmail | Dicas Digitais', BLOG_CSS, 'pt-BR',
     extra_files={'wp-content/uploads/2026/11/' + f: shot(lines) for f, _, lines in h3steps})
# =========================================================== 4. CRM sign-ins with product-named SSO (crm)
F = 'crm'
CRM_CSS = 'body{background:#eef2f7}.login{width:400px;margin:70px auto;background:#fff;border-radius:10px;box-shadow:0 4px 18px rgba(0,0,0,.08);padding:32px}.login h1{font-size:22px;text-align:center}.logo{text-align:center}'
def crm_page(brand, color, sso_labels, lang='en', note=''):
    L = {'en': ('Sign in to', 'Email', 'Password', 'Sign in', 'or', 'Forgot password?'),
         'fr': ('Connexion à', 'Adresse e-mail', 'Mot de passe', 'Se connecter', 'ou', 'Mot de passe oublié ?')}[lang]
    ssos = ''.join(sso_button(l, ICON_SQ, f'/auth/sso/{i}') for i, l in enumerate(sso_labels))
    return f'''<div class="login"><div class="logo">{mark(brand[0], color, 44)}</div><h1>{L[0]} {brand}</h1>
{ssos}<p class="or">{L[4]}</p>{own_login('/session', L[1], L[2], L[3])}
<p class="muted" style="text-align:center"><a href="/password/reset">{L[5]}</a></p><p class="muted" style="text-align:center">{note}</p></div>'''
page('crm-entra-id-sso', 'crm.mydomain.example', '/login', 'none',
     'Self-hosted CRM sign-in on the company\'s own host with a "Sign in with Microsoft Entra ID" SSO button (product name) above its own email/password form',
     'https://learn.microsoft.com/en-us/entra/identity/enterprise-apps/add-application-portal-setup-sso (SAML SSO for a gallery app) and SuiteCRM/EspoCRM login pages with an SSO button',
     F, crm_page('Mydomain CRM', '#0369a1', ['Sign in with Microsoft Entra ID'], note='Staff: use Entra ID single sign-on. Partners: email and password.'), 'Mydomain CRM — Sign in', CRM_CSS)
page('crm-entra-sso-short', 'crm.halberd-logistics.com', '/users/sign_in', 'none',
     'CRM sign-in with an "Entra SSO" button and a "Login with Office 365" button on the company host, plus its own form',
     'https://docs.espocrm.com/administration/oidc/ (OIDC button on the login page) and https://learn.microsoft.com/en-us/entra/identity-platform/v2-protocols-oidc',
     F, crm_page('Halberd CRM', '#b45309', ['Entra SSO', 'Login with Office 365'], note='Halberd Logistics internal CRM &middot; helpdesk ext. 2200'), 'Halberd CRM', CRM_CSS)
page('crm-office365-fr', 'crm.agence-lumen.fr', '/connexion', 'none',
     'French agency CRM login with "Connexion avec Office 365" and "Microsoft Entra ID (SSO)" buttons and its own form',
     'https://www.zoho.com/fr/crm/ (CRM login layouts) and https://learn.microsoft.com/fr-fr/entra/identity/saas-apps/tutorial-list',
     F, crm_page('Lumen CRM', '#be185d', ['Connexion avec Office 365', 'Microsoft Entra ID (SSO)'], 'fr', 'Agence Lumen &middot; accès réservé aux collaborateurs'), 'Lumen CRM — Connexion', CRM_CSS, 'fr')

# =========================================================== 5. CLI docs quoting a device-code login (cli)
F = 'cli'
DOCS_CSS = '.docs{display:grid;grid-template-columns:240px 1fr;max-width:1100px;margin:0 auto}.side{padding:24px;font-size:14px}.side a{display:block;color:#333;margin:6px 0}.content{background:#fff;padding:32px 44px;border-left:1px solid #e3e6ea;min-height:100vh}'
def docs_page(brand, color, side, content, search_ph='Search docs'):
    return top(brand, color, ['Docs', 'Reference', 'Changelog', 'GitHub'], f'<form action="/search" role="search"><input type="search" name="q" placeholder="{search_ph}" style="width:240px"></form>') + f'<div class="docs"><nav class="side">{"".join(f"<a href=#>{s}</a>" for s in side)}</nav><main class="content">{content}</main></div>'
c1 = docs_page('Skyforge CLI', '#0f766e', ['Install', 'Authentication', 'Configuration', 'Commands', 'Troubleshooting'], '''
<h1>Sign in with a device code</h1>
<p>On machines without a browser (SSH sessions, containers, CI runners) <code>skyforge login</code> uses the Microsoft identity platform's device authorization grant. Run:</p>
<pre><code>$ skyforge login --tenant contoso.onmicrosoft.com --use-device-code
To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code FQ8K2XTLM to authenticate.
Waiting for authentication...
Signed in as ana.silva@contoso.onmicrosoft.com (tenant 72f988bf-86f1-41af-91ab-2d7cd011db47)
</code></pre>
<p>Open the address on any device, enter the code, and sign in with your Microsoft Entra ID work account. The code expires after 15 minutes.</p>
<h2>Troubleshooting</h2><ul><li><code>AADSTS50076</code>: your tenant requires MFA; complete it in the browser.</li><li><code>AADSTS70016</code>: authorization pending &mdash; the CLI keeps polling until you finish.</li></ul>
<p class="muted">Only enter codes you started yourself: never enter a device code someone sent you.</p>''')
page('cli-docs-device-code-microsoft', 'docs.skyforge-cli.dev', '/auth/device-code', 'none',
     'CLI docs "Sign in with a device code": a terminal transcript with https://microsoft.com/devicelogin and a code, Entra error codes, and the docs site\'s search box',
     'https://learn.microsoft.com/en-us/cli/azure/authenticate-azure-cli-interactively (az login --use-device-code transcript) and https://linuxcommandlibrary.com/man/az-login',
     F, c1, 'Sign in with a device code | Skyforge CLI', DOCS_CSS)
c2 = docs_page('repokit', '#6d28d9', ['Getting started', 'repokit auth login', 'repokit pr', 'repokit release', 'Environment'], '''
<h1>repokit auth login</h1>
<p>Authenticate repokit with a GitHub host. The default is an OAuth device flow in your browser:</p>
<pre><code>$ repokit auth login --hostname github.com
? What is your preferred protocol for Git operations? HTTPS
? How would you like to authenticate? Login with a web browser

! First copy your one-time code: 3C7A-91DF
Press Enter to open https://github.com/login/device in your browser...
✓ Authentication complete.
✓ Logged in to github.com account octo-ana (keyring)
</code></pre>
<p>Alternatively pipe a personal access token: <code>repokit auth login --with-token &lt; token.txt</code>. Required scopes: <code>repo</code>, <code>read:org</code>, <code>gist</code>.</p>
<h2>Options</h2><table><tr><td><code>-h, --hostname</code></td><td>The hostname of the GitHub instance (GitHub Enterprise Server too)</td></tr><tr><td><code>-w, --web</code></td><td>Open a browser to authenticate</td></tr></table>''')
page('cli-docs-device-code-github', 'docs.repokit.dev', '/commands/auth-login', 'none',
     'CLI reference page quoting a GitHub device-flow transcript ("First copy your one-time code", github.com/login/device) with the docs search box',
     'https://cli.github.com/manual/gh_auth_login and https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps#device-flow',
     F, c2, 'repokit auth login | repokit docs', DOCS_CSS)
c3 = docs_page('クモツール', '#0891b2', ['インストール', '認証', 'gcloud 連携', 'コマンド一覧'], '''
<h1>ブラウザのないマシンでの認証</h1>
<p>リモートサーバーでは <code>kumo auth login --no-browser</code> を使います。表示されたコマンドを、ブラウザのあるマシンで実行してください。</p>
<pre><code>$ kumo auth login --no-browser
You are authorizing client libraries without access to a web browser.
Please run the following command on a machine with a web browser and copy its output back here.
  gcloud auth login --remote-bootstrap="https://accounts.google.com/o/oauth2/auth?response_type=code&amp;client_id=32555940559.apps.googleusercontent.com&amp;scope=openid+https%3A%2F%2Fwww.googleapis.com%2Fauth%2Fcloud-platform&amp;state=Xy9...&amp;access_type=offline&amp;code_challenge_method=S256&amp;token_usage=remote"
Enter the output of the above command:
</code></pre>
<p>Google アカウントでログインすると、Google Cloud の認証情報が <code>~/.config/kumo/</code> に保存されます。</p>''', '検索')
page('cli-docs-remote-login-ja', 'docs.kumo-tools.jp', '/auth/no-browser', 'none',
     'Japanese CLI docs quoting a no-browser Google login transcript (accounts.google.com/o/oauth2/auth URL) with the docs search box',
     'https://cloud.google.com/sdk/gcloud/reference/auth/login (--no-browser remote bootstrap)',
     F, c3, 'ブラウザのないマシンでの認証 | クモツール', DOCS_CSS, 'ja')

# =========================================================== 6. Japanese shops with social login buttons (jp)
F = 'jp'
JP_CSS = '.jlogin{max-width:820px;margin:30px auto;display:grid;grid-template-columns:1fr 1fr;gap:24px}.jlogin h2{font-size:18px;border-left:4px solid #c2410c;padding-left:8px}'
def jp_shop(brand, color, socials, member_label='会員ID（メールアドレス）'):
    ss = ''.join(sso_button(s[0], s[1], s[2]) for s in socials)
    return top(brand, color, ['新着', 'ランキング', '特集', 'お問い合わせ'], '<a href="#">カート</a>') + f'''
<div class="jlogin"><section class="card"><h2>会員の方</h2>
<form action="/member/login" method="post"><label for="mid">{member_label}</label><input type="email" id="mid" name="login_email">
<label for="mpw">パスワード</label><input type="password" id="mpw" name="login_pass"><button class="btn wide" type="submit">ログイン</button></form>
<p class="muted"><a href="#">パスワードをお忘れの方</a></p></section>
<section class="card"><h2>他のサービスIDでログイン</h2>{ss}<p class="muted">外部サービスのパスワードが当店に送信されることはありません。</p>
<h2>はじめてご利用の方</h2><a class="btn sec wide" href="/member/regist">新規会員登録（無料）</a></section></div>''' + foot(f'{brand} &middot; 特定商取引法に基づく表記 &middot; プライバシーポリシー')
page('jp-shop-google-microsoft', 'www.hanakago-zakka.jp', '/member/login', 'none',
     'Japanese gift shop login: "Googleでログイン" and "Microsoftアカウントでサインイン" buttons beside its own member form',
     'https://manual.future-shop.jp/operateguide/accountLinkageFlowGuide/AccountLinkage-SC (「Googleでログイン」 on a shop login) and https://support.google.com/accounts/answer/112802?hl=ja',
     F, jp_shop('花かご雑貨店', '#c2410c', [('Googleでログイン', ICON_G, '/auth/google'), ('Microsoftアカウントでサインイン', ICON_SQ, '/auth/microsoft')]), 'ログイン | 花かご雑貨店', JP_CSS, 'ja')
page('jp-bookshop-microsoft', 'www.nihon-bunguten.jp', '/mypage/login', 'none',
     'Japanese stationery shop my-page login with "Microsoftアカウントでサインイン", "GitHubでログイン" (for its developer notebook line) and its own form',
     'https://tsun.ec/blogs/articles/shopify-social-sign-in (Japanese shop social login) and https://learn.microsoft.com/ja-jp/entra/identity-platform/howto-add-branding-in-apps',
     F, jp_shop('日本文具店', '#1e3a8a', [('Microsoftアカウントでサインイン', ICON_SQ, '/auth/ms'), ('GitHubでログイン', ICON_GH, '/auth/gh')]), 'マイページ ログイン | 日本文具店', JP_CSS, 'ja')
page('jp-travel-social', 'www.tabi-no-mado.jp', '/mypage/login', 'none',
     'Japanese travel site login with "Googleでログイン", "Appleでサインイン", "Yahoo! JAPAN IDでログイン" buttons and its own member form',
     'https://www.future-shop.jp/manual/operateguide/AccountLinkage.html (Apple ID / Google account login linkage)',
     F, jp_shop('旅の窓', '#047857', [('Googleでログイン', ICON_G, '/auth/google'), ('Appleでサインイン', ICON_SQ, '/auth/apple'), ('Yahoo! JAPAN IDでログイン', ICON_SQ, '/auth/yahoo')]), 'ログイン | 旅の窓', JP_CSS, 'ja')
# =========================================================== 7. Password managers and browser password pages (pm)
F = 'pm'
PM_CSS = 'body{background:#f3f4f6}.vault{display:grid;grid-template-columns:220px 360px 1fr;min-height:100vh}.vault nav{background:#1e293b;color:#cbd5e1;padding:18px}.vault nav a{display:block;color:#cbd5e1;margin:8px 0}.list{background:#fff;border-right:1px solid #e5e7eb}.item{display:flex;gap:10px;align-items:center;padding:12px 16px;border-bottom:1px solid #f1f5f9}.item.sel{background:#eff6ff}.detail{padding:28px}.field{background:#fff;border:1px solid #e5e7eb;border-radius:8px;padding:12px 16px;margin-bottom:10px}.field small{color:#6b7280;display:block}'
items = [('Microsoft account', 'ana.silva@outlook.com', 'login.live.com'), ('GitHub', 'ana-silva', 'github.com'), ('Google', 'ana.silva@gmail.com', 'accounts.google.com'), ('Azure DevOps (work)', 'ana.silva@contoso.com', 'dev.azure.com'), ('Bank &mdash; Lindenvale', '40018822', 'secure.lindenvale-bank.com')]
pm1 = f'''<div class="vault"><nav><strong style="color:#fff">{mark('L', '#2563eb')} Lockbox</strong><a href="#">All items</a><a href="#">Favourites</a><a href="#">Logins</a><a href="#">Cards</a><a href="#">Secure notes</a><a href="#">Password generator</a><a href="#">Lock vault</a></nav>
<div class="list"><div style="padding:12px"><input type="search" placeholder="Search vault"></div>{''.join(f'<div class="item{" sel" if i == 0 else ""}">{ICON_SQ}<div><strong>{n}</strong><br><span class="muted">{u}</span></div></div>' for i, (n, u, h) in enumerate(items))}</div>
<div class="detail"><h1 style="font-size:22px">Microsoft account</h1>
<div class="field"><small>Username</small>ana.silva@outlook.com</div>
<div class="field"><small>Password</small><input type="password" value="c0rrect-Horse-battery" readonly aria-label="Password" style="border:0;padding:0"> <button class="btn sec" type="button">Show</button> <button class="btn sec" type="button">Copy</button></div>
<div class="field"><small>Website</small><a href="https://login.live.com">https://login.live.com</a></div>
<div class="field"><small>Two-step codes (TOTP)</small>481 220 &middot; 17 s</div>
<div class="field"><small>Notes</small>Recovery codes in the secure note "Microsoft recovery".</div>
<button class="btn" type="button">Edit item</button></div></div>'''
page('password-manager-vault', 'vault.lockbox-pm.com', '/app/vault', 'none',
     'Web password manager vault (unlocked): items "Microsoft account", "GitHub", "Google", "Azure DevOps (work)" with the selected item\'s masked password field and login.live.com as its website',
     'https://bitwarden.com/help/getting-started-webvault/ (web vault item view) and https://support.1password.com/1password-com-items/',
     F, pm1, 'Lockbox — Vault', PM_CSS)
pm2 = '''<div class="narrow card" style="margin-top:80px;text-align:center">''' + mark('S', '#0f172a', 56) + '''<h1 style="font-size:22px">Tresor gesperrt</h1>
<p class="muted">Angemeldet als ana.silva@posteo.de &middot; 214 Einträge (u. a. Google, Microsoft, GitHub, Sparkasse)</p>
<form action="/api/unlock" method="post" style="text-align:left"><label for="mp">Master-Passwort</label><input type="password" id="mp" name="masterPassword" autocomplete="current-password">
<button class="btn wide" type="submit">Entsperren</button></form>
<p class="muted">Ihr Master-Passwort verlässt nie dieses Gerät. Wir können es nicht zurücksetzen.</p><p class="muted"><a href="#">Mit Passkey entsperren</a> &middot; <a href="#">Abmelden</a></p></div>'''
page('password-manager-unlock-de', 'tresor.schluesselbund.de', '/#/lock', 'none',
     'German password manager web vault unlock ("Tresor gesperrt", master password) that counts Google, Microsoft and GitHub among its 214 entries',
     'https://bitwarden.com/help/unlock-with-pin/ (web vault lock screen) and https://keepass.info',
     F, pm2, 'Schlüsselbund — Tresor entsperren', 'body{background:#e2e8f0}', 'de')
pm3 = top('Lumo Browser', '#9333ea', ['Download', 'Sync', 'Add-ons', 'Support'], '<a href="#">ana@lumo.id</a>') + '''
<main class="wrap"><h1>Saved passwords</h1><p class="muted">Passwords synced from your Lumo Browser devices. Lumo asks for your account password again before showing any of them.</p>
<div class="card"><table style="width:100%;border-collapse:collapse"><thead><tr><th align="left">Site</th><th align="left">Username</th><th align="left">Password</th><th></th></tr></thead><tbody>''' + ''.join(f'<tr style="border-top:1px solid #eee"><td>{h}</td><td>{u}</td><td><input type="password" value="••••••••••" readonly aria-label="Password for {h}" style="border:0;width:140px"></td><td><a href="#">Reveal</a> &middot; <a href="#">Delete</a></td></tr>' for h, u in [('accounts.google.com', 'ana.silva@gmail.com'), ('github.com', 'ana-silva'), ('login.microsoftonline.com', 'ana.silva@contoso.com'), ('dev.azure.com', 'ana.silva@contoso.com'), ('www.ebay.de', 'anasilva77')]) + '''</tbody></table></div>
<div class="card" style="margin-top:18px;max-width:420px"><h2 style="margin-top:0">Confirm it's you</h2><form action="/passwords/reveal" method="post"><label for="lp">Lumo account password</label><input type="password" id="lp" name="password"><button class="btn wide">Show passwords</button></form></div></main>''' + foot('Lumo Browser &middot; Privacy &middot; Export passwords (CSV)')
page('browser-saved-passwords', 'accounts.lumobrowser.org', '/sync/passwords', 'none',
     'A browser vendor\'s web page of synced saved passwords (accounts.google.com, github.com, login.microsoftonline.com, dev.azure.com rows with masked password fields) and a re-authentication form for its own account',
     'https://passwords.google.com (Google Password Manager web layout) and https://support.mozilla.org/en-US/kb/password-manager-remember-delete-edit-logins',
     F, pm3, 'Saved passwords — Lumo Browser')

# =========================================================== 8. Other identity providers (idp)
F = 'idp'
OKTA_CSS = 'body{background:#f4f4f4}.okta{width:400px;margin:60px auto;background:#fff;border:1px solid #ddd;border-radius:4px;box-shadow:0 2px 0 rgba(175,175,175,.12)}.okta .hd{padding:30px 0 22px;text-align:center;border-bottom:1px solid #ddd}.okta .bd{padding:32px 42px}.okta h2{font-size:15px;text-align:center}.okta .btn{background:#007dc1}.okta-foot{text-align:center;font-size:12px;color:#777;margin:12px}'
okta = '''<div class="okta" id="okta-sign-in"><div class="hd">''' + mark('T', '#0e7490', 60) + '''<br><strong>Tallyworks</strong></div><div class="bd"><h2>Sign In</h2>
<a class="sso" href="/sso/idps/0oa8f5j3ecb5xJ8yB1d7">''' + ICON_SQ + '''<span>Sign in with Microsoft</span></a><a class="sso" href="/sso/idps/0oa8f5j3ecb5xJ8yB1d9">''' + ICON_G + '''<span>Sign in with Google</span></a><p class="or">OR</p>
<form action="/idp/idx/identify" method="post" class="o-form"><label for="input28">Username</label><input type="text" id="input28" name="identifier" autocomplete="username">
<label for="input36">Password</label><input type="password" id="input36" name="credentials.passcode" autocomplete="current-password">
<label><input type="checkbox" name="rememberMe"> Keep me signed in</label><input class="btn wide" type="submit" value="Sign in"></form>
<p class="muted"><a href="#">Forgot password?</a> &middot; <a href="#">Help</a></p></div></div><div class="okta-foot">Powered by Okta &middot; Privacy Policy</div>'''
page('okta-org-idp-buttons', 'tallyworks.okta.com', '/login/login.htm?fromURI=%2Fapp%2FUserHome', 'none',
     'Okta org sign-in widget on the org\'s okta.com host with "Sign in with Microsoft" and "Sign in with Google" IdP buttons (routing rules) and its own username/password',
     'https://developer.okta.com/docs/guides/add-an-external-idp/microsoft/main/ and https://help.okta.com/oie/en-us/content/topics/identity-engine/authenticators/configure-idp-routing-rules.htm',
     F, okta, 'Tallyworks - Sign In', OKTA_CSS)
a0 = '''<main style="width:400px;margin:60px auto;background:#fff;border-radius:5px;box-shadow:0 12px 40px rgba(0,0,0,.12);padding:40px;text-align:center">''' + mark('N', '#635bff', 52) + '''<h1 style="font-size:24px">Welcome</h1><p>Log in to Notefern to continue to Notefern Web.</p>
<form action="/u/login?state=hKFo2SBtR0VqSXNhMkRoX1pQZ3NJ" method="post" style="text-align:left"><input type="hidden" name="state" value="hKFo2SBtR0VqSXNhMkRoX1pQZ3NJ"><label for="username">Email address</label><input type="email" id="username" name="username">
<label for="password">Password</label><input type="password" id="password" name="password"><button class="btn wide" type="submit" name="action" value="default" style="background:#635bff">Continue</button></form>
<p class="muted">Don't have an account? <a href="#">Sign up</a></p><p class="or">OR</p>''' + sso_button('Continue with Google', ICON_G, '/authorize?connection=google-oauth2') + sso_button('Continue with Microsoft Account', ICON_SQ, '/authorize?connection=windowslive') + sso_button('Continue with GitHub', ICON_GH, '/authorize?connection=github') + '</main>'
page('auth0-universal-login', 'login.notefern.app', '/u/login?state=hKFo2SBtR0VqSXNhMkRoX1pQZ3NJ', 'none',
     'Auth0 Universal Login on the app\'s custom domain: its own email/password plus "Continue with Google", "Continue with Microsoft Account", "Continue with GitHub"',
     'https://auth0.com/docs/authenticate/login/auth0-universal-login and https://auth0.com/docs/customize/custom-domains',
     F, a0, 'Log in | Notefern', 'body{background:#f1f1f4}')
kc = '''<div style="max-width:520px;margin:50px auto"><h1 style="text-align:center;color:#fff;letter-spacing:.1em">RAVENSWORTH COLLEGE</h1><div class="card"><h2 style="margin-top:0;text-align:center">Sign in to your account</h2>
<form id="kc-form-login" action="/realms/staff/login-actions/authenticate?session_code=Qm2&amp;execution=3f1d&amp;client_id=moodle&amp;tab_id=x1" method="post"><label for="username">Username or email</label><input tabindex="1" id="username" name="username" type="text" autofocus autocomplete="off">
<label for="password">Password</label><input tabindex="2" id="password" name="password" type="password" autocomplete="off"><button class="btn wide" name="login" id="kc-login" type="submit">Sign In</button></form>
<div id="kc-social-providers"><hr><h4 style="text-align:center">Or sign in with</h4>''' + sso_button('Microsoft', ICON_SQ, '/realms/staff/broker/microsoft/login?client_id=moodle') + sso_button('GitHub', ICON_GH, '/realms/staff/broker/github/login?client_id=moodle') + '''</div></div><p style="text-align:center;color:#ddd;font-size:13px">Keycloak &middot; IT Services</p></div>'''
page('keycloak-social-brokers', 'sso.ravensworth.ac.uk', '/realms/staff/protocol/openid-connect/auth?client_id=moodle&response_type=code&scope=openid', 'none',
     'Keycloak login (keycloak.v2 theme shape) for a college realm with "Or sign in with Microsoft / GitHub" identity-provider links and its own form',
     'https://www.keycloak.org/docs/latest/server_admin/#_identity_broker and https://www.keycloak.org/ui-customization/themes',
     F, kc, 'Sign in to Ravensworth College', 'body{background:#1f2a44}', 'en-GB')
bb = '''<div style="width:400px;margin:50px auto;background:#fff;box-shadow:0 0 10px rgba(9,30,66,.15);padding:32px 40px;border-radius:3px;text-align:center"><strong style="font-size:22px;color:#0052cc">Bitbucket</strong><h1 style="font-size:16px;color:#5e6c84">Log in to continue</h1>
<form action="/account/signin/" method="post" style="text-align:left"><input type="email" name="username" id="username" placeholder="Enter your email"><input type="password" name="password" id="password" placeholder="Enter password" style="margin-top:8px"><button class="btn wide" style="background:#0052cc">Log in</button></form>
<p class="or">Or continue with:</p>''' + sso_button('Google', ICON_G, '#') + sso_button('Microsoft', ICON_SQ, '#') + sso_button('Apple', ICON_SQ, '#') + sso_button('Slack', ICON_SQ, '#') + '''<p class="muted"><a href="#">Can't log in?</a> &middot; <a href="#">Create an account</a></p><p class="muted">One account for Jira, Confluence, Trello and more.</p></div>'''
page('bitbucket-login', 'bitbucket.org', '/account/signin/', 'none',
     'Bitbucket/Atlassian-style login on bitbucket.org with "Continue with Google / Microsoft / Apple / Slack" and its own email/password',
     'https://support.atlassian.com/atlassian-account/docs/log-in-with-a-google-microsoft-apple-or-slack-account/',
     F, bb, 'Log in with Atlassian account', 'body{background:#fafbfc}')
zo = '''<div style="width:460px;margin:50px auto;background:#fff;border-radius:4px;box-shadow:0 2px 30px #ccc;padding:40px"><strong style="font-size:24px;color:#e42527">ZOHO</strong><h1 style="font-size:22px">Iniciar sesión</h1><p class="muted">para acceder a Zoho Mail</p>
<form name="login" action="/signin/v2/lookup" method="post"><input type="text" name="LOGIN_ID" id="login_id" placeholder="Dirección de correo electrónico o número de teléfono"><input type="password" name="PASSWORD" id="password" placeholder="Introducir contraseña" style="margin-top:10px"><button class="btn wide" style="background:#159aff">Siguiente</button></form>
<p class="or">Iniciar sesión con</p><div style="display:flex;gap:8px">''' + sso_button('Google', ICON_G) + sso_button('Microsoft', ICON_SQ) + sso_button('LinkedIn', ICON_SQ) + '''</div><p class="muted">¿No tiene una cuenta de Zoho? <a href="#">Regístrese ahora</a></p></div>'''
page('zoho-signin-es', 'accounts.zoho.eu', '/signin?servicename=VirtualOffice&serviceurl=https%3A%2F%2Fmail.zoho.eu', 'none',
     'Zoho Accounts sign-in in Spanish on accounts.zoho.eu, own ID/password plus "Iniciar sesión con Google / Microsoft / LinkedIn"',
     'https://help.zoho.com/portal/en/kb/accounts/sign-in-za/articles/sign-in-using-social-accounts',
     F, zo, 'Zoho Accounts', 'body{background:#f4f6f8}', 'es')
ap = '''<div style="max-width:480px;margin:60px auto;text-align:center"><svg width="40" height="48" aria-hidden="true"><circle cx="20" cy="28" r="18" fill="#333"/></svg><h1 style="font-size:32px;font-weight:600">Apple Account</h1><p>Manage your Apple Account</p>
<form action="/appleauth/auth/signin" method="post" style="text-align:left"><input type="text" id="account_name_text_field" name="accountName" placeholder="Email or Phone Number"><input type="password" id="password_text_field" name="password" placeholder="Password" style="margin-top:10px"><button class="btn wide" style="background:#0071e3;border-radius:12px">Continue</button></form>
<p class="muted">Your Apple Account is used to access all Apple services. You can also use it with "Sign in with Apple" on other sites. Transferring from Google Photos or a Microsoft account? <a href="#">Learn more</a></p></div>'''
page('apple-account-signin', 'account.apple.com', '/sign-in', 'none',
     'Apple Account sign-in (its own host) whose help text mentions Google Photos and a Microsoft account',
     'https://support.apple.com/en-us/102637 (Sign in with Apple Account) and https://account.apple.com',
     F, ap, 'Apple Account', 'body{background:#fff}')
# =========================================================== 9. Schools, libraries, banks, webmail (daily)
F = 'daily'
sc = top('Escola Aurora', '#ca8a04', ['Início', 'Calendário', 'Secretaria'], '') + '''
<main class="wrap"><div class="grid2"><section class="card"><h1 style="font-size:24px">Portal do Aluno</h1>
<form action="/portal/entrar" method="post"><label for="ra">RA ou e-mail do aluno</label><input type="text" id="ra" name="ra"><label for="senha">Senha do portal</label><input type="password" id="senha" name="senha"><button class="btn wide" type="submit">Entrar</button></form>
<p class="or">ou</p>''' + sso_button('Entrar com Google (conta @aluno.escolaaurora.edu.br)', ICON_G, '/auth/google') + sso_button('Entrar com Microsoft 365 (professores)', ICON_SQ, '/auth/microsoft') + '''</section>
<section class="card"><h2 style="margin-top:0">Avisos</h2><ul><li>As aulas remotas acontecem no Google Classroom e no Google Meet.</li><li>Professores: o Microsoft Teams continua disponível para reuniões pedagógicas.</li><li>Esqueceu a senha do Google da escola? Procure a secretaria.</li></ul></section></div></main>''' + foot('Escola Aurora &middot; São Paulo')
page('school-portal-pt', 'portal.escolaaurora.edu.br', '/portal/entrar', 'none',
     'Brazilian school student portal: its own RA/password form plus "Entrar com Google (conta @aluno…)" and "Entrar com Microsoft 365 (professores)", notices naming Google Classroom, Meet and Teams',
     'https://support.google.com/edu/classroom/answer/6020279?hl=pt-BR (school Google accounts) and Brazilian school portals (Portal do Aluno)',
     F, sc, 'Portal do Aluno | Escola Aurora', lang='pt-BR')
lib = top('Millbrook Public Library', '#166534', ['Catalogue', 'eBooks', 'Events', 'Kids'], '') + '''
<main class="wrap"><div class="grid2"><section class="card"><h1 style="font-size:24px">My Account</h1><form action="/patron/login" method="post"><label for="card">Library card number</label><input type="text" id="card" name="barcode" inputmode="numeric"><label for="pin">PIN</label><input type="password" id="pin" name="pin" inputmode="numeric"><button class="btn wide">Log in</button></form><p class="muted"><a href="#">Forgot your PIN?</a></p></section>
<section class="card"><h2 style="margin-top:0">Free with your card</h2><ul><li>Microsoft Office &amp; Windows courses on LinkedIn Learning</li><li>Google Workspace basics: Gmail, Docs, Sheets (Tuesday workshops)</li><li>Coding club: your first GitHub repository (ages 12&ndash;16)</li><li>Azure fundamentals certification study group</li></ul></section></div></main>''' + foot('Millbrook Public Library &middot; 12 High Street')
page('library-patron-login', 'catalog.millbrook-library.org', '/patron/login', 'none',
     'Public library My Account login (card number and PIN) beside a list of free courses on Microsoft Office, Google Workspace, GitHub and Azure',
     'https://www.polarislibrary.com (PowerPAC patron login) and public library digital-skills pages (e.g. https://www.nypl.org/about/locations/techconnect)',
     F, lib, 'My Account | Millbrook Public Library')
bk = top('Banco Meridiano', '#b91c1c', ['Particulares', 'Empresas', 'Hipotecas', 'Seguridad'], '') + '''
<main class="wrap"><div class="grid2"><section class="card"><h1 style="font-size:24px">Acceso clientes</h1><form action="/particulares/acceso" method="post"><label for="dni">DNI/NIE</label><input type="text" id="dni" name="documento"><label for="clave">Clave de acceso</label><input type="password" id="clave" name="clave" inputmode="numeric"><button class="btn wide" style="background:#b91c1c">Entrar</button></form><p class="muted"><a href="#">¿Has olvidado tu clave?</a> &middot; <a href="#">Hazte cliente</a></p></section>
<section class="card"><h2 style="margin-top:0">Consejos de seguridad</h2><p>Nunca te pediremos tus claves por correo ni SMS. Tampoco te pediremos la contraseña de tu cuenta de Google, Microsoft o Apple para «verificar» tu banca digital.</p><p>Puedes añadir tu tarjeta a Google Pay y Apple Pay desde la app.</p></section></div></main>''' + foot('Banco Meridiano, S.A. &middot; Inscrito en el Registro del Banco de España')
page('bank-login-es', 'www.bancomeridiano.es', '/particulares/acceso', 'none',
     'Spanish bank customer login (DNI + access code) with security tips that name Google, Microsoft and Apple accounts and Google Pay',
     'https://www.bbva.es/general/seguridad.html (bank security advice) and Spanish online-banking login pages',
     F, bk, 'Acceso clientes | Banco Meridiano', lang='es')
rc = '''<div style="width:380px;margin:90px auto;background:#fff;border-radius:6px;box-shadow:0 2px 8px rgba(0,0,0,.15);padding:30px"><div style="text-align:center">''' + mark('R', '#37beff', 48) + '''<h1 style="font-size:20px">Roundcube Webmail</h1><p class="muted">Webmail für Kunden von Alpenhost</p></div>
<form name="form" method="post" action="./?_task=login"><input type="hidden" name="_token" value="Qk3x9"><input type="hidden" name="_task" value="login"><input type="hidden" name="_action" value="login">
<label for="rcmloginuser">Benutzername</label><input name="_user" id="rcmloginuser" autocomplete="username" type="text"><label for="rcmloginpwd">Passwort</label><input name="_pass" id="rcmloginpwd" autocomplete="current-password" type="password"><button class="btn wide" type="submit" id="rcmloginsubmit">Anmelden</button></form>
<p class="muted">Tipp: Ihre Mails lassen sich auch in Outlook, Thunderbird oder der Gmail-App abrufen (IMAP: mail.alpenhost.ch, Port 993).</p></div>'''
page('webmail-roundcube-de', 'webmail.alpenhost.ch', '/?_task=login', 'none',
     'Hosting company\'s Roundcube webmail login in German, with an IMAP tip naming Outlook and the Gmail app',
     'https://roundcube.net (default elastic skin login: _user/_pass) and Swiss hosting webmail pages',
     F, rc, 'Alpenhost Webmail :: Willkommen bei Alpenhost Webmail', 'body{background:#f4f4f4}', 'de-CH')
wm = top('Postfach.io', '#0e7490', ['Posteingang', 'Kalender', 'Kontakte', 'Einstellungen'], 'ana@postfach.io') + '''
<main class="wrap"><h1>Externe Postfächer abrufen</h1><p>Rufen Sie E-Mails aus anderen Konten in Postfach.io ab. Für Gmail und Outlook.com melden Sie sich beim jeweiligen Anbieter an und erlauben den Zugriff (OAuth); Ihr Passwort sehen wir dabei nicht.</p>
<div class="grid3"><div class="card"><h3>Gmail</h3><p class="muted">Google-Konto verbinden</p><a class="btn" href="/oauth/start/google">Mit Google verbinden</a></div><div class="card"><h3>Outlook.com / Hotmail</h3><p class="muted">Microsoft-Konto verbinden</p><a class="btn" href="/oauth/start/microsoft">Mit Microsoft verbinden</a></div>
<div class="card"><h3>Anderer Anbieter (IMAP)</h3><form action="/settings/external" method="post"><label for="ih">IMAP-Server</label><input type="text" id="ih" name="host" placeholder="imap.example.de"><label for="iu">Benutzer</label><input type="text" id="iu" name="user"><label for="ip">Passwort</label><input type="password" id="ip" name="pass"><button class="btn wide">Hinzufügen</button></form></div></div></main>''' + foot('Postfach.io &middot; Impressum')
page('webmail-external-accounts-de', 'mail.postfach.io', '/settings/external-accounts', 'none',
     'German webmail settings "Externe Postfächer abrufen": "Mit Google verbinden" / "Mit Microsoft verbinden" OAuth buttons and an IMAP form with a password for other providers',
     'https://posteo.de/hilfe (external mailbox fetch) and https://support.google.com/mail/answer/21289 (Gmailify/POP fetch settings)',
     F, wm, 'Einstellungen — Postfach.io', lang='de')
# =========================================================== 10. Status pages, app stores, jobs, forums (web)
F = 'web'
st = top('Tally', '#4f46e5', [], '<a href="#">Subscribe to updates</a>') + '''
<main class="wrap" style="max-width:820px"><div class="card" style="background:#16a34a;color:#fff;border:0"><strong>All Systems Operational</strong></div>
<div class="card" style="margin-top:18px">''' + ''.join(f'<div style="display:flex;justify-content:space-between;padding:10px 0;border-bottom:1px solid #f1f1f1"><span>{c}</span><span style="color:#16a34a">{s}</span></div>' for c, s in [('Web app', 'Operational'), ('API', 'Operational'), ('Sign in with Google', 'Operational'), ('Sign in with Microsoft (Entra ID)', 'Operational'), ('GitHub sync', 'Operational'), ('Azure DevOps work-item sync', 'Degraded performance')]) + '''</div>
<h2>Past incidents</h2><div class="card"><strong>Nov 29, 2026 &mdash; Microsoft sign-in errors (AADSTS90072)</strong><p class="muted">Some users signing in with a Microsoft work account saw an error. Resolved 14:20 UTC.</p></div>
<div class="card" style="margin-top:12px"><h3 style="margin-top:0">Get email notifications</h3><form action="/subscriptions" method="post"><input type="email" name="email" placeholder="you@company.com"><button class="btn wide">Subscribe</button></form></div></main>''' + foot('Powered by Statuspage')
page('status-page-integrations', 'status.tallyhq.io', '/', 'none',
     'SaaS status page with components "Sign in with Google", "Sign in with Microsoft (Entra ID)", "GitHub sync", "Azure DevOps work-item sync", a past incident naming AADSTS90072, and an e-mail subscribe form',
     'https://www.atlassian.com/software/statuspage (hosted status page layout) and https://www.githubstatus.com',
     F, st, 'Tally Status')
STORE_CSS = '.app{display:grid;grid-template-columns:140px 1fr 300px;gap:24px}.shots{display:flex;gap:10px;margin-top:14px}.shots img{border:1px solid #ddd;border-radius:8px}'
def store(title, dev, icon_alt, desc, lang='en', loginL=('Sign in to AppHaven', 'Email', 'Password', 'Sign in', 'Install')):
    return top('AppHaven', '#ea580c', ['Apps', 'Games', 'Top charts'], '<input type="search" placeholder="Search apps" style="width:220px">') + f'''
<main class="wrap"><div class="app"><img src="/img/icons/{icon_alt.lower().replace(' ', '-')}.svg" width="128" height="128" alt="{icon_alt} icon">
<div><h1>{title}</h1><p><a href="#">{dev}</a> &middot; Productivity &middot; ★ 4.6 (2.1M)</p><button class="btn" type="button">{loginL[4]}</button><p>{desc}</p>
<div class="shots"><img src="/img/shots/1.svg" width="180" height="320" alt="Screenshot 1"><img src="/img/shots/2.svg" width="180" height="320" alt="Screenshot 2"></div></div>
<aside class="card"><h3 style="margin-top:0">{loginL[0]}</h3><form action="/account/login" method="post"><label for="se">{loginL[1]}</label><input type="email" id="se" name="email"><label for="sp">{loginL[2]}</label><input type="password" id="sp" name="password"><button class="btn wide">{loginL[3]}</button></form></aside></div></main>''' + foot('AppHaven &mdash; independent Android app store &middot; Developer policy')
SHOT = '<svg xmlns="http://www.w3.org/2000/svg" width="180" height="320"><rect width="180" height="320" rx="14" fill="#e5e7eb"/><rect x="14" y="40" width="152" height="20" fill="#cbd5e1"/><rect x="14" y="70" width="120" height="12" fill="#cbd5e1"/></svg>'
ICON = lambda c: f'<svg xmlns="http://www.w3.org/2000/svg" width="128" height="128"><rect width="128" height="128" rx="28" fill="{c}"/><rect x="34" y="34" width="60" height="60" rx="8" fill="#fff" opacity=".85"/></svg>'
page('app-store-outlook', 'www.apphaven.store', '/app/com.microsoft.office.outlook', 'none',
     'Independent app store listing "Microsoft Outlook" by Microsoft Corporation (icon alt "Microsoft Outlook icon", install button) with the store\'s own sign-in box',
     'https://play.google.com/store/apps/details?id=com.microsoft.office.outlook (listing layout) and https://f-droid.org (independent store)',
     F, store('Microsoft Outlook', 'Microsoft Corporation', 'Microsoft Outlook', 'Outlook lets you manage Outlook.com, Microsoft 365, Exchange, Gmail and Yahoo Mail accounts in one app. Sign in with your Microsoft account after installing.'),
     'Microsoft Outlook – Apps on AppHaven', STORE_CSS, extra_files={'img/icons/microsoft-outlook.svg': ICON('#0a5ea8'), 'img/shots/1.svg': SHOT, 'img/shots/2.svg': SHOT})
page('app-store-google-drive-fr', 'www.apphaven.store', '/fr/app/com.google.android.apps.docs', 'none',
     'The same store in French listing "Google Drive" by Google LLC with the store\'s own sign-in box ("Se connecter à AppHaven")',
     'https://play.google.com/store/apps/details?id=com.google.android.apps.docs&hl=fr (listing layout)',
     F, store('Google Drive', 'Google LLC', 'Google Drive', 'Stockez vos fichiers en toute sécurité et accédez-y depuis n\'importe quel appareil. Connectez-vous avec votre compte Google après l\'installation.', 'fr', ('Se connecter à AppHaven', 'Adresse e-mail', 'Mot de passe', 'Se connecter', 'Installer')),
     'Google Drive – Applis sur AppHaven', STORE_CSS, 'fr', extra_files={'img/icons/google-drive.svg': ICON('#0f9d58')})
jb = top('TalentBridge', '#0d9488', ['Jobs', 'Companies', 'Salaries'], '<a href="#">Sign in</a>') + '''
<main class="wrap"><div class="grid2" style="grid-template-columns:2fr 1fr"><article class="card"><h1>Senior DevOps Engineer (Azure DevOps / GitHub Actions)</h1><p><strong>Contoso Health</strong> &middot; Leeds (hybrid) &middot; £68,000&ndash;£80,000</p>
<h2>What you'll do</h2><ul><li>Migrate 300 pipelines from Azure DevOps to GitHub Actions</li><li>Run Azure Kubernetes Service and Terraform</li><li>Own sign-in with Microsoft Entra ID for internal tools</li></ul><h2>You have</h2><ul><li>Azure DevOps Services or Server, YAML pipelines</li><li>GitHub Enterprise, CODEOWNERS, OIDC to Azure</li><li>Google Cloud is a plus</li></ul></article>
<aside class="card"><h2 style="margin-top:0">Apply</h2>''' + sso_button('Apply with Google', ICON_G, '/auth/google?next=/jobs/88213/apply') + sso_button('Apply with LinkedIn', ICON_SQ, '/auth/linkedin') + '''<p class="or">or create a TalentBridge account</p><form action="/jobs/88213/apply" method="post"><label for="jn">Full name</label><input type="text" id="jn" name="name"><label for="je">Email</label><input type="email" id="je" name="email"><label for="jp">Password</label><input type="password" id="jp" name="password"><label for="cv">CV</label><input type="file" id="cv" name="cv"><button class="btn wide">Apply now</button></form></aside></div></main>''' + foot('TalentBridge &middot; Privacy &middot; Cookies')
page('job-apply-with-google', 'jobs.talentbridge.io', '/jobs/88213-senior-devops-engineer', 'none',
     'Job advert "Senior DevOps Engineer (Azure DevOps / GitHub Actions)" with "Apply with Google" / "Apply with LinkedIn" and the job board\'s own account (password) and CV upload',
     'https://support.google.com/accounts/answer/112802 (Sign in with Google on third-party sites) and job boards such as https://www.reed.co.uk and https://www.indeed.com apply pages',
     F, jb, 'Senior DevOps Engineer (Azure DevOps / GitHub Actions) – Contoso Health | TalentBridge')
jd = top('Jobwerk', '#4338ca', ['Jobs', 'Unternehmen', 'Gehalt'], '<a href="#">Anmelden</a>') + '''
<main class="wrap"><div class="grid2" style="grid-template-columns:2fr 1fr"><article class="card"><h1>Microsoft 365 Administrator (m/w/d)</h1><p><strong>Stadtwerke Lindental</strong> &middot; Vollzeit &middot; unbefristet</p><h2>Ihre Aufgaben</h2><ul><li>Betrieb von Microsoft 365, Exchange Online, Teams und Intune</li><li>Verwaltung von Benutzern und Gruppen in Microsoft Entra ID</li><li>Migration der Dateiablage nach SharePoint Online</li></ul><h2>Ihr Profil</h2><ul><li>Zertifizierung MS-102 wünschenswert</li><li>PowerShell, Microsoft Graph</li></ul></article>
<aside class="card"><h2 style="margin-top:0">Jetzt bewerben</h2>''' + sso_button('Mit Google bewerben', ICON_G, '/auth/google') + sso_button('Mit Xing bewerben', ICON_SQ, '/auth/xing') + '''<p class="or">oder mit einem Jobwerk-Konto</p><form action="/bewerbung" method="post"><label for="be">E-Mail</label><input type="email" id="be" name="email"><label for="bp">Passwort</label><input type="password" id="bp" name="passwort"><button class="btn wide">Bewerbung starten</button></form></aside></div></main>''' + foot('Jobwerk GmbH &middot; Impressum')
page('job-m365-admin-de', 'www.jobwerk.de', '/stellen/microsoft-365-administrator-lindental', 'none',
     'German job advert "Microsoft 365 Administrator (m/w/d)" naming Exchange Online, Teams, Entra ID, with "Mit Google bewerben" and the board\'s own login',
     'https://www.stepstone.de (job advert layout) and https://support.google.com/accounts/answer/112802?hl=de',
     F, jd, 'Microsoft 365 Administrator (m/w/d) – Stadtwerke Lindental | Jobwerk', lang='de')
fo = top('Homebrewers Forum', '#a16207', ['Latest', 'Categories', 'Top'], '<a href="#">Log In</a>') + '''
<main class="wrap" style="max-width:760px"><h1>Keeping my brew-day spreadsheets in Google Sheets vs Excel?</h1><div class="card"><strong>maltmonk</strong><p>I log gravity readings from my iSpindel into Google Sheets, but my club uses Excel on OneDrive. Anyone syncing both? I also keep recipes in a GitHub repo.</p></div>
<div class="card" style="margin-top:12px"><strong>hopsandbytes</strong><p>Power Automate can copy rows into an Excel table in OneDrive; needs a Microsoft 365 account though.</p></div>
<div class="card" style="margin-top:18px;max-width:420px"><h2 style="margin-top:0">Log in to reply</h2>''' + sso_button('Log in with Google', ICON_G, '/auth/google_oauth2') + sso_button('Log in with GitHub', ICON_GH, '/auth/github') + sso_button('Log in with Microsoft', ICON_SQ, '/auth/microsoft_office365') + '''<p class="or">or</p><form action="/session" method="post"><label for="login-account-name">Email / Username</label><input type="text" id="login-account-name" name="login"><label for="login-account-password">Password</label><input type="password" id="login-account-password" name="password"><button class="btn wide">Log In</button></form></div></main>''' + foot('Powered by Discourse')
page('forum-oauth-login', 'forum.homebrewers.org.uk', '/t/google-sheets-vs-excel-for-brew-logs/4412', 'none',
     'Discourse-style forum thread (Google Sheets, Excel, OneDrive, GitHub named in posts) with "Log in with Google / GitHub / Microsoft" and the forum\'s own login',
     'https://meta.discourse.org/t/configure-google-login-for-discourse/15858 and https://meta.discourse.org/t/microsoft-authentication/51731',
     F, fo, 'Keeping my brew-day spreadsheets in Google Sheets vs Excel? - Homebrewers Forum')
fo2 = top('Comunidad Dev', '#0369a1', ['Preguntas', 'Etiquetas', 'Usuarios'], '') + '''
<main class="wrap" style="max-width:760px"><h1>¿Por qué GitHub me pide un token en lugar de la contraseña al hacer git push?</h1><div class="card"><p>Desde 2021 GitHub no acepta la contraseña de la cuenta para operaciones Git por HTTPS. Me sale:</p><pre><code>remote: Support for password authentication was removed on August 13, 2021.
remote: Please see https://docs.github.com/get-started/getting-started-with-git/about-remote-repositories#cloning-with-https-urls for information on currently recommended modes of authentication.
fatal: Authentication failed for 'https://github.com/ana/blog.git/'</code></pre></div>
<div class="card" style="margin-top:12px"><strong>Respuesta aceptada</strong><p>Crea un <em>personal access token</em> en GitHub (Settings &rsaquo; Developer settings) o usa <code>gh auth login</code>. Nunca pegues tu contraseña de GitHub en otra web.</p></div>
<div class="card" style="margin-top:18px;max-width:420px"><h2 style="margin-top:0">Inicia sesión para responder</h2><form action="/users/login" method="post"><label for="fe">Correo</label><input type="email" id="fe" name="email"><label for="fp">Contraseña</label><input type="password" id="fp" name="password"><button class="btn wide">Iniciar sesión</button></form>''' + sso_button('Iniciar sesión con GitHub', ICON_GH, '/users/auth/github') + '</div></main>' + foot('Comunidad Dev')
page('forum-github-password-question-es', 'comunidad-dev.es', '/preguntas/1187/github-token-en-lugar-de-contrasena', 'none',
     'Spanish Q&A thread about GitHub refusing account passwords for git push (error transcript, github.com URLs) with the site\'s own login and "Iniciar sesión con GitHub"',
     'https://github.blog/2020-12-15-token-authentication-requirements-for-git-operations/ and https://es.stackoverflow.com (Q&A layout)',
     F, fo2, '¿Por qué GitHub me pide un token en lugar de la contraseña? - Comunidad Dev', lang='es')
# =========================================================== 11. Phishing awareness and cookie banners (aware)
F = 'aware'
ph = top('Northgate University IT', '#7f1d1d', ['Services', 'Security', 'Status', 'Help'], '') + '''
<main class="wrap" style="max-width:820px"><h1>Recognise and report phishing</h1><p>This week's example, reported by 40 staff. The sender is not Microsoft and the link does not go to a Microsoft address.</p>
<blockquote class="card" style="border-left:4px solid #b91c1c"><p><strong>From:</strong> Microsoft 365 Admin &lt;no-reply@m365-mailbox-alerts.example&gt;<br><strong>Subject:</strong> Your Office 365 password expires today</p><p>Dear user, your Microsoft 365 password will expire in 24 hours. Keep your current password: <u>Keep Same Password</u></p><p>Microsoft Corporation, One Microsoft Way</p></blockquote>
<h2>Red flags</h2><ul><li>Urgency and a deadline</li><li>The link points to <code>m365-keep-password.example</code>, not <code>login.microsoftonline.com</code></li><li>We never send password-expiry e-mails; Northgate passwords do not expire</li></ul>
<div class="card"><h2 style="margin-top:0">Report a suspicious e-mail</h2><form action="/security/report" method="post"><label for="rn">Your university e-mail</label><input type="email" id="rn" name="reporter"><label for="rs">Subject of the suspicious e-mail</label><input type="text" id="rs" name="subject"><label for="rb">Paste the message headers</label><textarea id="rb" name="headers" rows="4"></textarea><button class="btn wide">Send report</button></form></div></main>''' + foot('Northgate University IT Services &middot; Information Security team')
page('awareness-example-email', 'it.northgate.ac.uk', '/security/phishing/examples/office-365-password-expiry', 'none',
     'University IT phishing-awareness page quoting a fake "Your Office 365 password expires today" e-mail (text, not a form), red flags naming login.microsoftonline.com, and a report form (e-mail, subject, headers; no password)',
     'https://www.ox.ac.uk/research/support-researchers/information-security (university phishing examples) and https://www.ncsc.gov.uk/guidance/suspicious-email-actions',
     F, ph, 'Phishing example: Office 365 password expiry | Northgate University IT', lang='en-GB')
ph2 = top('Banco Meridiano', '#b91c1c', ['Particulares', 'Empresas', 'Seguridad'], '') + '''
<main class="wrap" style="max-width:820px"><h1>Cómo detectar un correo falso</h1><p>Los estafadores copian el aspecto de Google, Microsoft y de tu banco. Fíjate en estas señales:</p>
<div class="grid2"><figure class="card"><img src="/seguridad/img/ejemplo-falso-google.svg" width="340" height="200" alt="Ejemplo de correo falso: «Alerta de seguridad de Google»"><figcaption>Correo falso que imita una alerta de seguridad de Google</figcaption></figure><figure class="card"><img src="/seguridad/img/ejemplo-falso-microsoft.svg" width="340" height="200" alt="Ejemplo de correo falso: «Microsoft: actividad inusual»"><figcaption>Correo falso que imita un aviso de Microsoft</figcaption></figure></div>
<ol><li>Revisa la dirección del remitente.</li><li>Pasa el ratón por encima del enlace antes de pulsar.</li><li>Ante la duda, entra tecleando la dirección en el navegador.</li></ol>
<div class="card" style="max-width:420px"><h2 style="margin-top:0">Acceso clientes</h2><form action="/particulares/acceso" method="post"><label for="d2">DNI/NIE</label><input type="text" id="d2" name="documento"><label for="c2">Clave</label><input type="password" id="c2" name="clave"><button class="btn wide" style="background:#b91c1c">Entrar</button></form></div></main>''' + foot('Banco Meridiano &middot; Seguridad')
ej = lambda t: f'<svg xmlns="http://www.w3.org/2000/svg" width="340" height="200"><rect width="340" height="200" fill="#fff" stroke="#ddd"/><text x="16" y="34" font-family="Arial" font-size="15" font-weight="700" fill="#333">{t}</text><text x="16" y="70" font-family="Arial" font-size="13" fill="#555">Hemos detectado un inicio de sesión…</text><rect x="16" y="140" width="130" height="32" fill="#b91c1c"/><text x="16" y="192" font-family="Arial" font-size="12" fill="#b91c1c">FALSO</text></svg>'
page('awareness-bank-examples-es', 'www.bancomeridiano.es', '/seguridad/correos-falsos', 'none',
     'Spanish bank "how to spot a fake e-mail" page with example images of fake Google and Microsoft alerts (alt texts name them) and the bank\'s own customer login',
     'https://www.incibe.es/ciudadania/tematicas/phishing (Spanish phishing guidance) and https://www.bbva.es/general/seguridad.html',
     F, ph2, 'Cómo detectar un correo falso | Banco Meridiano', lang='es',
     extra_files={'seguridad/img/ejemplo-falso-google.svg': ej('Alerta de seguridad de Google'), 'seguridad/img/ejemplo-falso-microsoft.svg': ej('Microsoft: actividad inusual')})
CK_CSS = '.cmp{position:fixed;left:0;right:0;bottom:0;background:#fff;box-shadow:0 -4px 24px rgba(0,0,0,.18);padding:20px 28px;z-index:10}.cmp ul{columns:2;font-size:13px}'
ck = top('The Daily Wick', '#111827', ['News', 'Sport', 'Culture', 'Opinion'], '<a href="#">Log in</a>') + '''
<main class="wrap" style="max-width:820px"><h1>Town council approves new cycle lanes on Mill Road</h1><p class="muted">1 December 2026</p><p>Councillors voted 9&ndash;4 on Monday evening to approve the scheme&hellip;</p>
<div class="card" style="max-width:420px"><h2 style="margin-top:0">Log in to comment</h2><form action="/account/login" method="post"><label for="ce">Email</label><input type="email" id="ce" name="email"><label for="cp">Password</label><input type="password" id="cp" name="password"><button class="btn wide">Log in</button></form></div></main>
<div class="cmp" role="dialog" aria-label="Cookie consent"><strong>We value your privacy</strong><p>We and our 142 partners store and access information on your device. Partners include:</p><ul><li>Google Analytics (Google LLC)</li><li>Google Ad Manager</li><li>Google Tag Manager</li><li>Microsoft Clarity (Microsoft Corporation)</li><li>Microsoft Advertising (Bing Ads)</li><li>YouTube embeds (Google)</li></ul><button class="btn" type="button">Accept all</button> <button class="btn sec" type="button">Reject all</button> <button class="btn sec" type="button">Manage options</button></div>'''
page('cookie-banner-vendors', 'www.dailywick.co.uk', '/news/2026/12/01/mill-road-cycle-lanes', 'none',
     'Local news article with a cookie-consent dialog listing Google Analytics, Google Ad Manager, Microsoft Clarity, Microsoft Advertising as partners, and the paper\'s own comment login',
     'https://iabeurope.eu/transparency-consent-framework/ (TCF consent dialogs) and https://learn.microsoft.com/en-us/clarity/setup-and-installation/cookie-consent',
     F, ck, 'Town council approves new cycle lanes on Mill Road | The Daily Wick', CK_CSS, 'en-GB')
ck2 = top('Gartenmarkt Sommer', '#15803d', ['Pflanzen', 'Werkzeug', 'Angebote'], '<a href="#">Mein Konto</a>') + '''
<main class="wrap"><div class="narrow card"><h1 style="font-size:22px">Anmelden</h1><form action="/konto/anmelden" method="post"><label for="ge">E-Mail</label><input type="email" id="ge" name="email"><label for="gp">Passwort</label><input type="password" id="gp" name="passwort"><button class="btn wide" style="background:#15803d">Anmelden</button></form></div></main>
<div class="cmp" role="dialog" aria-label="Datenschutz-Einstellungen"><strong>Datenschutz-Einstellungen</strong><p>Wir nutzen Cookies und ähnliche Technologien. Mit „Alle akzeptieren“ willigen Sie in die Verarbeitung durch folgende Dienste ein:</p><ul><li>Google Tag Manager</li><li>Google Analytics 4</li><li>Google Ads Conversion Tracking</li><li>Microsoft Advertising UET</li><li>Google Maps (Filialfinder)</li><li>Google reCAPTCHA</li></ul><button class="btn" type="button">Alle akzeptieren</button> <button class="btn sec" type="button">Nur notwendige</button> <button class="btn sec" type="button">Einstellungen</button></div>'''
page('cookie-banner-shop-de', 'www.gartenmarkt-sommer.de', '/konto/anmelden', 'none',
     'German garden shop login under a consent banner listing Google Tag Manager, Google Analytics 4, Google Ads, Microsoft Advertising UET, Google Maps and reCAPTCHA',
     'https://www.usercentrics.com (German consent banner layout) and https://support.google.com/tagmanager/answer/10718549',
     F, ck2, 'Anmelden | Gartenmarkt Sommer', CK_CSS, 'de')
ad = top('Pipeline Partners', '#0f172a', ['Services', 'Case studies', 'Contact'], '<a href="/portal">Client portal</a>') + '''
<main class="wrap"><div class="grid2"><section><h1>Azure DevOps to GitHub migration</h1><p>We move repositories, boards and pipelines from Azure DevOps Services and Azure DevOps Server (TFS) to GitHub Enterprise Cloud with GitHub Enterprise Importer, and keep your Azure Boards integration working.</p><ul><li>Repos with full history, PR comments</li><li>Azure Pipelines YAML converted to GitHub Actions</li><li>Entra ID SSO and SCIM for your GitHub enterprise</li></ul></section>
<section class="card"><h2 style="margin-top:0">Client portal</h2><form action="/portal/login" method="post"><label for="pe">Email</label><input type="email" id="pe" name="email"><label for="pp">Password</label><input type="password" id="pp" name="password"><button class="btn wide">Log in</button></form><p class="muted">Project status, invoices and migration reports.</p></section></div></main>''' + foot('Pipeline Partners Ltd')
page('consultancy-ado-github-migration', 'www.pipelinepartners.dev', '/services/azure-devops-to-github', 'none',
     'Consultancy page "Azure DevOps to GitHub migration" naming Azure DevOps Services/Server, GitHub Enterprise, Entra ID, with the consultancy\'s client-portal login',
     'https://docs.github.com/en/migrations/using-github-enterprise-importer/migrating-from-azure-devops-to-github-enterprise-cloud',
     F, ad, 'Azure DevOps to GitHub migration | Pipeline Partners')
# =========================================================== Twins: the same pages imitating a provider and asking its password
F = 'twin'
def ms_card(sub, action, lang='en'):
    L = {'en': ('Sign in', 'Email, phone, or Skype', 'Password', 'Sign in', "Can't access your account?"),
         'ja': ('サインイン', 'メール、電話、Skype', 'パスワード', 'サインイン', 'アカウントにアクセスできない場合')}[lang]
    return f'''<div class="mscard">{MS_LOGO}<h1>{L[0]}</h1><p>{sub}</p><form action="{action}" method="post"><input type="email" name="loginfmt" id="i0116" placeholder="{L[1]}"><input type="password" name="passwd" id="i0118" placeholder="{L[2]}"><p class="muted"><a href="#">{L[4]}</a></p><button class="go" type="submit" id="idSIButton9">{L[3]}</button></form><div style="clear:both"></div></div>'''
def g_card(sub, action, lang='en'):
    L = {'en': ('Sign in', 'Email or phone', 'Enter your password', 'Next'), 'de': ('Anmelden', 'E-Mail-Adresse oder Telefonnummer', 'Passwort eingeben', 'Weiter')}[lang]
    return f'''<div class="gcard">{G_LOGO}<h1>{L[0]}</h1><p>{sub}</p><form action="{action}" method="post"><input type="email" id="identifierId" name="identifier" placeholder="{L[1]}"><input type="password" name="Passwd" placeholder="{L[2]}"><button class="go" type="submit">{L[3]}</button></form><div style="clear:both"></div></div>'''

t1 = top('BrightCloud IT', '#0f766e', ['Microsoft 365', 'Backup', 'Support'], '') + '<main class="wrap"><p>Your 5 Microsoft 365 Business Standard licences are ready. Sign in with your Microsoft 365 administrator account to activate them.</p>' + ms_card('to activate Microsoft 365 Business Standard', '/activate/submit') + '</main>'
page('twin-m365-reseller-activate', 'brightcloud-m365-activate.co.uk', '/microsoft-365/activate', 'danger',
     'Twin of m365-reseller-order: the reseller\'s header over a Microsoft-styled sign-in (logo, loginfmt/passwd) asking the Microsoft 365 admin password to "activate" licences, on a look-alike host',
     'https://www.microsoft.com/en-us/security/blog/2023/06/08/detecting-and-mitigating-a-multi-stage-aitm-phishing-and-bec-campaign/ (Microsoft sign-in imitated on a third-party host)',
     F, t1, 'Sign in to your account', MS_CARD_CSS, provider='microsoft')
t2 = top('Gridpoint Cloud', '#059669', ['Google Workspace', 'Pricing'], '') + '<main class="wrap">' + g_card('to continue to Google Workspace Admin console &mdash; confirm your Gmail password to finish the transfer to Gridpoint', '/transfer/confirm') + '</main>'
page('twin-workspace-transfer', 'gridpoint-workspace.web.app', '/google-workspace/transfer', 'danger',
     'Twin of workspace-reseller-signup: a Google-styled sign-in (logo, identifierId/Passwd) asking the Google Workspace admin password for a "transfer", on web.app',
     'https://support.google.com/a/answer/9940952 (Workspace reseller transfer; the Google sign-in is imitated here)',
     F, t2, 'Google Workspace – Sign in', G_CARD_CSS, provider='google')
t3 = top('Technikratgeber', '#ea580c', ['Internet', 'Sicherheit'], '') + '''<main class="wrap"><article class="post"><h1>Google-Passwort ändern: So geht's in drei Schritten</h1><p>Sie können Ihr Passwort direkt hier ändern. Bestätigen Sie zuerst Ihr aktuelles Google-Passwort:</p>''' + g_card('Weiter zu Ihrem Google-Konto', '/api/google-passwort', 'de') + '</article></main>'
page('twin-howto-google-form-de', 'technikratgeber-google-konto.de', '/internet/google-passwort-aendern', 'danger',
     'Twin of howto-google-password-de: the article with step 3 turned into a live Google-styled form asking the current Google password, on a look-alike host',
     'https://tech-aktuell.de/google-passwort-aendern-oder-zuruecksetzen-so-gehts (article layout copied; Google sign-in imitated)',
     F, t3, 'Google-Passwort ändern | Technikratgeber', BLOG_CSS + G_CARD_CSS, 'de', provider='google')
t4 = '<div style="text-align:center;margin-top:30px">' + mark('M', '#0369a1', 44) + '<p class="muted">Mydomain CRM uses Microsoft Entra ID single sign-on</p></div>' + ms_card('to continue to Mydomain CRM', '/auth/sso/0/callback')
page('twin-crm-entra-inline', 'crm-mydomain-sso.com', '/login', 'danger',
     'Twin of crm-entra-id-sso: the CRM\'s "Microsoft Entra ID" SSO drawn as a Microsoft sign-in on the page itself (logo, loginfmt/passwd), on a look-alike host',
     'https://learn.microsoft.com/en-us/entra/identity/enterprise-apps/add-application-portal-setup-sso (genuine SSO leaves for login.microsoftonline.com; this does not)',
     F, t4, 'Sign in to your account', CRM_CSS + MS_CARD_CSS, provider='microsoft')
t5 = '<div class="mscard">' + MS_LOGO + '''<h1>Enter code</h1><p>Enter the code displayed on your app or device.</p><form action="/devicelogin/verify" method="post"><input type="text" name="otc" id="otc" placeholder="Code" value="FQ8K2XTLM"><p>Then sign in with your work or school account:</p><input type="email" name="loginfmt" id="i0116" placeholder="Email, phone, or Skype"><input type="password" name="passwd" id="i0118" placeholder="Password"><button class="go" type="submit">Next</button></form><div style="clear:both"></div></div>'''
page('twin-devicelogin-password', 'microsoft-devicelogin.com', '/devicelogin', 'danger',
     'Twin of cli-docs-device-code-microsoft: a Microsoft "Enter code" device-login page on a look-alike host that also asks for the account e-mail and password',
     'https://www.microsoft.com/en-us/security/blog/2025/02/13/storm-2372-conducts-device-code-phishing-campaign/',
     F, t5, 'Enter code', MS_CARD_CSS, provider='microsoft')
t6 = top('花かご雑貨店', '#c2410c', ['新着', 'ランキング'], '') + '<main class="wrap">' + ms_card('花かご雑貨店 に移動するには Microsoft アカウントのパスワードを入力してください', '/member/ms-login', 'ja') + '</main>'
page('twin-jp-shop-microsoft-form', 'hanakago-zakka-login.jp', '/member/login', 'danger',
     'Twin of jp-shop-google-microsoft: "Microsoftアカウントでサインイン" drawn as a Japanese Microsoft sign-in on the shop\'s look-alike host (logo, loginfmt/passwd)',
     'https://manual.future-shop.jp/operateguide/accountLinkageFlowGuide/AccountLinkage-SC (genuine linkage opens the provider\'s own page; this one does not)',
     F, t6, 'サインイン', JP_CSS + MS_CARD_CSS, 'ja', provider='microsoft')
t7 = '''<div style="text-align:center;padding-top:32px">''' + OCTO + '''</div><div style="width:340px;margin:0 auto"><h1 style="font-size:24px;font-weight:300;text-align:center">Sign in to GitHub</h1><p style="text-align:center">to continue to <strong>Homebrewers Forum</strong></p><div class="card" style="padding:16px"><form action="/auth/github/callback" method="post"><label for="login_field">Username or email address</label><input type="text" name="login" id="login_field"><label for="password">Password</label><input type="password" name="password" id="password"><input type="submit" name="commit" value="Sign in" class="btn wide" style="background:#1f883d"></form></div></div>'''
page('twin-forum-github-form', 'forum.homebrewers.org.uk', '/auth/github', 'danger',
     'Twin of forum-oauth-login: the forum\'s "Log in with GitHub" leads to a GitHub sign-in copy served by the forum itself (octocat, login_field/password)',
     'https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps (genuine flow goes to github.com/login/oauth/authorize)',
     F, t7, 'Sign in to GitHub · GitHub', 'body{background:#f6f8fa}', provider='github')
t8 = store('Microsoft Outlook', 'Microsoft Corporation', 'Microsoft Outlook', 'Sign in with your Microsoft account to install Outlook on your devices.').replace(
    '<aside class="card"><h3 style="margin-top:0">Sign in to AppHaven</h3>', '<aside class="card">' + MS_LOGO + '<h3>Sign in with your Microsoft account</h3>').replace(
    'name="email"', 'name="loginfmt"').replace('name="password"', 'name="passwd"').replace('>Email<', '>Email, phone, or Skype<').replace('>Password<', '>Microsoft account password<')
page('twin-app-store-microsoft-signin', 'apphaven-outlook-install.com', '/app/com.microsoft.office.outlook', 'danger',
     'Twin of app-store-outlook: the listing\'s sign-in box turned into "Sign in with your Microsoft account" (Microsoft logo, loginfmt/passwd), on a look-alike host',
     'https://play.google.com/store/apps/details?id=com.microsoft.office.outlook (listing layout copied; Microsoft sign-in imitated)',
     F, t8, 'Microsoft Outlook – Sign in', STORE_CSS, provider='microsoft',
     extra_files={'img/icons/microsoft-outlook.svg': ICON('#0a5ea8'), 'img/shots/1.svg': SHOT, 'img/shots/2.svg': SHOT})
t9 = top('TalentBridge', '#0d9488', ['Jobs'], '') + '<main class="wrap"><p><strong>Senior DevOps Engineer</strong> &mdash; Apply with Google</p>' + g_card('to continue to TalentBridge', '/apply/google') + '</main>'
page('twin-job-apply-google-form', 'talentbridge-jobs.netlify.app', '/jobs/88213/apply/google', 'danger',
     'Twin of job-apply-with-google: "Apply with Google" opens a Google-styled sign-in on the page itself (logo, identifierId/Passwd), on netlify.app',
     'https://support.google.com/accounts/answer/112802 (genuine Sign in with Google goes to accounts.google.com)',
     F, t9, 'Sign in – Google Accounts', G_CARD_CSS, provider='google')

# ---------------- write everything
hosts = sorted({p['host'] for p in PAGES})
fam_names = {'m365': 'Microsoft 365 resellers', 'gws': 'Google Workspace resellers', 'howto': 'How-to articles with screenshots and a comment login',
             'crm': 'CRM sign-ins with product-named SSO buttons', 'cli': 'CLI docs quoting a device-code or no-browser login',
             'jp': 'Japanese shops with social login buttons', 'pm': 'Password managers and browser password pages',
             'idp': 'Other identity providers', 'daily': 'Schools, libraries, banks, webmail', 'web': 'Status pages, app stores, job sites, forums',
             'aware': 'Phishing awareness, cookie banners, consultancies', 'twin': 'Spoof twins: must still warn'}
out = ["'use strict';",
       "// Ordinary pages, ninth round: pages people visit every day that name or resemble Microsoft, GitHub,",
       "// Google or Azure DevOps without imitating them (resellers, how-tos, CRM SSO buttons, CLI docs,",
       "// Japanese shops, password managers, other identity providers, schools, banks, webmail, stores, jobs,",
       "// forums, awareness pages, cookie banners), and spoof twins that do imitate a provider and ask for its",
       "// password (tests/corpus/WEB9.md). Fixtures: tests/corpus/gen-web9.py writes them.", '', 'const HOSTS = {']
out += [f"  '{h}': 'https'," for h in hosts] + ['};', '', 'const PAGES = [']
def js(s): return json.dumps(s, ensure_ascii=False)
cur = None
for p in PAGES:
    if p['family'] != cur:
        cur = p['family']; out.append(f"  // {fam_names[cur]} ({cur})")
    parts = [f"name: {js(p['name'])}", f"host: {js(p['host'])}", f"path: {js(p['path'])}", f"expect: {js(p['expect'])}"]
    if p['provider']: parts.append(f"provider: {js(p['provider'])}")
    parts += [f"what: {js(p['what'])}", f"source: {js(p['source'])}"]
    out.append('  { ' + ', '.join(parts) + ' },')
out += ['];', '', 'module.exports = { HOSTS, PAGES };', '']
open(os.path.join(HERE, 'web9.js'), 'w').write('\n'.join(out))
n = 0
for p in PAGES:
    for rel, content in p['files'].items():
        f = os.path.join(ROOT, p['host'], rel)
        os.makedirs(os.path.dirname(f), exist_ok=True)
        data = content.encode('utf-8')
        assert len(data) < 200_000, f
        open(f, 'wb').write(data); n += 1
names = [p['name'] for p in PAGES]
assert len(names) == len(set(names)), 'duplicate names'
from collections import Counter
print(len(PAGES), 'rows,', len(hosts), 'hosts,', n, 'files', dict(Counter(p['expect'] for p in PAGES)))

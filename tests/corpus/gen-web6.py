#!/usr/bin/env python3
"""Writes tests/corpus/web6.js and its fixtures under tests/fixtures/<host>/ (sixth round of ordinary pages)."""
# -*- coding: utf-8 -*-
import os, json, textwrap
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'fixtures')
PAGES = []   # dicts: name, host, path, expect, provider, what, source, family, files{relpath: content}

def page(name, host, path, expect, what, source, family, files, provider=None, **extra):
    PAGES.append(dict(name=name, host=host, path=path, expect=expect, provider=provider, what=what,
                      source=source, family=family, files=files, extra=extra))

def doc(title, body, css='', lang='en', dir_=None, head=''):
    d = f' dir="{dir_}"' if dir_ else ''
    return f'''<!DOCTYPE html>
<html lang="{lang}"{d}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
{head}
<style>
{css}
</style>
</head>
<body>
{body}
</body>
</html>
'''

def svg_logo(text, color, shape='circle', w=180, h=40, fg='#fff'):
    mark = {'circle': f'<circle cx="20" cy="20" r="16" fill="{color}"/>',
            'square': f'<rect x="4" y="4" width="32" height="32" rx="6" fill="{color}"/>',
            'shield': f'<path d="M20 3 L35 9 V20 C35 29 28 35 20 38 C12 35 5 29 5 20 V9 Z" fill="{color}"/>',
            'hex': f'<path d="M20 2 L36 11 V29 L20 38 L4 29 V11 Z" fill="{color}"/>'}[shape]
    return f'''<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}">{mark}<text x="21" y="26" font-family="Segoe UI,Arial" font-size="15" font-weight="700" fill="{fg}" text-anchor="middle">{text[0]}</text><text x="46" y="27" font-family="Segoe UI,Arial,sans-serif" font-size="19" font-weight="600" fill="#222">{text}</text></svg>'''

BASE = '''*{box-sizing:border-box}body{margin:0;font-family:-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#1f2328;background:#f6f7f9;line-height:1.5}
a{color:#0b5cad;text-decoration:none}a:hover{text-decoration:underline}
input[type=text],input[type=email],input[type=password],input[type=tel],input[type=url],select,textarea{width:100%;padding:9px 11px;border:1px solid #c4c9d0;border-radius:6px;font:inherit;background:#fff}
label{display:block;font-size:14px;font-weight:600;margin:12px 0 4px}
.btn{display:inline-block;border:0;border-radius:6px;padding:10px 18px;font:inherit;font-weight:600;cursor:pointer;background:#0b5cad;color:#fff}
.btn.sec{background:#eef1f4;color:#1f2328;border:1px solid #c4c9d0}
header.top{background:#fff;border-bottom:1px solid #e3e6ea;padding:10px 28px;display:flex;align-items:center;gap:24px}
header.top nav a{margin-right:18px;color:#333;font-size:15px}
footer.site{color:#6a737d;font-size:13px;padding:28px;text-align:center;border-top:1px solid #e3e6ea;margin-top:40px;background:#fff}
.wrap{max-width:1080px;margin:0 auto;padding:24px}
.card{background:#fff;border:1px solid #e3e6ea;border-radius:10px;padding:24px}
.muted{color:#6a737d;font-size:14px}
h1{font-size:28px;margin:8px 0 12px}h2{font-size:21px;margin:24px 0 8px}
'''
# ---------------- Family 1: federated and self-hosted sign-ins, genuine for their own organisation
F1 = 'fed'
ADFS_CSS = '''*{box-sizing:border-box}html,body{height:100%;margin:0}body{font-family:"Segoe UI","Segoe",Tahoma,Helvetica,Arial,sans-serif;font-size:15px;color:#262626;background:#fff}
#fullPage{display:flex;min-height:100vh}#illustration{flex:1;background:#1f4e79 url(/adfs/portal/illustration/illustration.svg) center/cover no-repeat}
#contentWrapper{width:500px;padding:40px 48px;background:#fff}#header img{max-width:240px;height:56px}
#workArea{margin-top:32px}#openingMessage{font-size:17px;margin:0 0 20px}
.text{width:100%;height:36px;border:1px solid #b4b4b4;padding:4px 8px;margin-bottom:14px;font:inherit}
.submit{background:#2672ec;color:#fff;border:0;padding:8px 26px;font:inherit;min-width:110px;cursor:pointer}
#footerPlaceholder{margin-top:60px;font-size:13px;color:#666}#footerPlaceholder a{color:#2672ec;margin-right:14px}
.groupMargin{margin-bottom:24px}#introduction{font-size:13px;color:#444;margin-top:20px;line-height:1.6}'''
ILLU = '''<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="900" viewBox="0 0 1200 900"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#16406b"/><stop offset="1" stop-color="#2a7ab0"/></linearGradient></defs><rect width="1200" height="900" fill="url(#g)"/><path d="M0 700 Q300 560 600 690 T1200 640 V900 H0Z" fill="#0f2f52" opacity=".7"/><circle cx="900" cy="220" r="120" fill="#f4b942" opacity=".85"/></svg>'''
adfs_body = f'''<div id="fullPage">
 <div id="illustration" role="img" aria-label="Contoso Corp"></div>
 <div id="contentWrapper">
  <div id="header"><img class="logoImage" src="/adfs/portal/logo/logo.svg" alt="Contoso Corp"></div>
  <main id="workArea">
   <div id="authArea" class="groupMargin">
    <div id="loginArea">
     <div id="loginMessage" class="groupMargin">Sign in with your organizational account</div>
     <form method="post" id="loginForm" autocomplete="off" novalidate action="/adfs/ls/?client-request-id=4e1c0a77-2b1d-4f65-9e0d-0a4b6d2f51c3&amp;wa=wsignin1.0&amp;wtrealm=urn%3afederation%3aMicrosoftOnline&amp;wctx=LoginOptions%3D3">
      <div id="error" class="fieldMargin error smallText" style="display:none"><span id="errorText" aria-live="assertive" role="alert"></span></div>
      <div id="formsAuthenticationArea">
       <div id="userNameArea"><label id="userNameInputLabel" for="userNameInput" class="hidden" style="display:none">User Account</label>
        <input id="userNameInput" name="UserName" type="email" value="" tabindex="1" class="text fullWidth" spellcheck="false" placeholder="someone@contoso-corp.com" autocomplete="off"></div>
       <div id="passwordArea"><label id="passwordInputLabel" for="passwordInput" class="hidden" style="display:none">Password</label>
        <input id="passwordInput" name="Password" type="password" tabindex="2" class="text fullWidth" placeholder="Password" autocomplete="off"></div>
       <div id="kmsiArea" style="display:none"><input type="checkbox" name="Kmsi" id="kmsiInput" value="true"><label for="kmsiInput">Keep me signed in</label></div>
       <div id="submissionArea" class="submitMargin"><span id="submitButton" class="submit" tabindex="4" role="button">Sign in</span></div>
      </div>
      <input id="optionForms" type="hidden" name="AuthMethod" value="FormsAuthentication">
     </form>
     <div id="introduction" class="groupMargin">Contoso Corp employees and contractors: use your network account (first.last@contoso-corp.com). Need help? Call the Service Desk on extension 4400 or visit <a href="https://servicedesk.contoso-corp.com">servicedesk.contoso-corp.com</a>.</div>
    </div>
   </div>
  </main>
  <div id="footerPlaceholder"><div id="footer"><div id="footerLinks" class="floatReverse"><div><span id="copyright">&#169; 2026 Contoso Corp</span><a id="home" href="https://www.contoso-corp.com/">Home</a><a id="privacy" href="https://www.contoso-corp.com/privacy">Privacy</a></div></div></div></div>
 </div>
</div>'''
page('adfs-own-domain', 'adfs.contoso-corp.com',
     '/adfs/ls/?client-request-id=4e1c0a77-2b1d-4f65-9e0d-0a4b6d2f51c3&wa=wsignin1.0&wtrealm=urn%3afederation%3aMicrosoftOnline&wctx=LoginOptions%3D3',
     'none', 'AD FS sign-in on the company\'s own federation host (default theme, company logo and illustration, realm urn:federation:MicrosoftOnline)',
     'https://learn.microsoft.com/en-us/windows-server/identity/ad-fs/operations/advanced-customization-of-ad-fs-sign-in-pages', F1,
     {'adfs/ls/index.html': doc('Sign In', adfs_body, ADFS_CSS),
      'adfs/portal/logo/logo.svg': svg_logo('Contoso Corp', '#1f4e79', 'hex', 240, 56),
      'adfs/portal/illustration/illustration.svg': ILLU})

# University Shibboleth IdP
SHIB_CSS = BASE + '''body{background:#eceae4}.wrapper{max-width:880px;margin:40px auto;background:#fff;border-top:6px solid #7a1f2b;box-shadow:0 1px 6px rgba(0,0,0,.12)}
.container{display:flex;gap:0}.column{flex:1;padding:32px 40px}.column.two{background:#f7f5f0;border-left:1px solid #e4e0d6;font-size:14px}
header.uni{display:flex;align-items:center;gap:14px;padding:20px 40px;border-bottom:1px solid #eee}header.uni h1{font-size:20px;margin:0;color:#7a1f2b}
.form-element-wrapper{margin-bottom:12px}.form-button{background:#7a1f2b;color:#fff;border:0;padding:10px 24px;border-radius:3px;font-weight:600}
ul.apps{padding-left:18px}ul.apps li{margin:4px 0}.footer{padding:14px 40px;font-size:12px;color:#777;border-top:1px solid #eee}'''
shib_body = '''<div class="wrapper">
 <header class="uni"><img src="/idp/images/northvale-crest.svg" alt="Northvale University" width="48" height="48"><h1>Northvale University &middot; Web Login Service</h1></header>
 <div class="container">
  <div class="column one">
   <form action="/idp/profile/SAML2/Redirect/SSO?execution=e1s1" method="post">
    <input type="hidden" name="csrf_token" value="_b1c2d0f4e8a9a77c2a10e5d3f0c6b4e21">
    <p><strong>Log in to Canvas</strong></p>
    <div class="form-element-wrapper"><label for="username">NetID</label><input class="form-element form-field" id="username" name="j_username" type="text" value="" autocomplete="username"></div>
    <div class="form-element-wrapper"><label for="password">Password</label><input class="form-element form-field" id="password" name="j_password" type="password" value="" autocomplete="current-password"></div>
    <div class="form-element-wrapper"><input type="checkbox" name="donotcache" value="1" id="donotcache"> <label for="donotcache" style="display:inline;font-weight:400">Don't remember login</label></div>
    <div class="form-element-wrapper"><input type="checkbox" id="_shib_idp_revokeConsent" name="_shib_idp_revokeConsent" value="true"> <label for="_shib_idp_revokeConsent" style="display:inline;font-weight:400">Clear prior granting of permission for release of your information to this service.</label></div>
    <div class="form-element-wrapper"><button class="form-element form-button" type="submit" name="_eventId_proceed">Login</button></div>
   </form>
   <p class="muted"><a href="https://netid.northvale.edu/forgot">Forgot your password?</a> &middot; <a href="https://it.northvale.edu/help/netid">Need help?</a></p>
  </div>
  <div class="column two">
   <p><strong>Use your university account</strong> (NetID and password) for Canvas, Zoom, Office 365, Banner Self-Service, the library databases and eduroam.</p>
   <ul class="apps"><li>Canvas &mdash; courses and assignments</li><li>Zoom &mdash; lectures and office hours</li><li>Office 365 &mdash; Outlook, OneDrive and Teams with your @northvale.edu address</li><li>Library e-resources off campus</li></ul>
   <p>Northvale IT will never ask for your password by e-mail. Check that the address bar says <code>login.northvale.edu</code> before you sign in.</p>
  </div>
 </div>
 <div class="footer">Northvale University Information Technology Services &middot; Shibboleth Identity Provider &middot; <a href="https://it.northvale.edu/accessibility">Accessibility</a></div>
</div>'''
page('shibboleth-university', 'login.northvale.edu', '/idp/profile/SAML2/Redirect/SSO?execution=e1s1',
     'none', 'University Shibboleth IdP login ("Use your university account for Canvas, Zoom, Office 365")',
     'https://wiki.shibboleth.net/confluence/display/IDP30/PasswordAuthnConfiguration (views/login.vm, j_username/j_password) and https://github.com/italia/design-shibboleth-idp-theme', F1,
     {'idp/profile/SAML2/Redirect/SSO/index.html': doc('Web Login Service - Northvale University', shib_body, SHIB_CSS),
      'idp/images/northvale-crest.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48" viewBox="0 0 48 48"><path d="M24 2 L44 10 V24 C44 36 34 44 24 46 C14 44 4 36 4 24 V10Z" fill="#7a1f2b"/><path d="M14 18h20M14 24h20M14 30h20" stroke="#f2d28b" stroke-width="3"/></svg>'})

# Apereo CAS
CAS_CSS = BASE + '''body{background:#f1f3f4}header.cas{background:#153e75;color:#fff;padding:14px 32px;display:flex;align-items:center;gap:12px}header.cas span{font-size:18px;font-weight:600}
main{max-width:980px;margin:36px auto;display:grid;grid-template-columns:420px 1fr;gap:28px}.login-section{background:#fff;padding:28px;border-radius:4px;box-shadow:0 1px 3px rgba(0,0,0,.15)}
.notice{background:#fff;padding:24px;border-left:4px solid #f5b400;border-radius:4px}.mdc-button{width:100%;background:#153e75;color:#fff;border:0;border-radius:4px;padding:12px;font-weight:600;margin-top:18px;letter-spacing:.04em}'''
cas_body = '''<header class="cas"><img src="/cas/images/wexford-seal.svg" width="36" height="36" alt=""><span>Wexford State University &mdash; Central Authentication Service</span></header>
<main>
 <section class="login-section">
  <h2 style="margin-top:0">Enter Username &amp; Password</h2>
  <form method="post" id="fm1" action="/cas/login?service=https%3A%2F%2Fwexford.instructure.com%2Flogin%2Fcas">
   <label for="username">WSU Username</label><input class="required" id="username" name="username" type="text" autocomplete="off" size="25" accesskey="u">
   <label for="password">Password</label><input class="required" type="password" id="password" name="password" size="25" accesskey="p" autocomplete="off">
   <p><input type="checkbox" name="warn" id="warn" value="true"> <label for="warn" style="display:inline;font-weight:400">Warn me before logging me into other sites.</label></p>
   <input type="hidden" name="execution" value="8f2c1e0b-aa54-4c1c-9d1f-e7b3b2c0d8a1_ZXlKaGJHY2lPaUpJVXpVeE1pSjkuOW"><input type="hidden" name="_eventId" value="submit">
   <button class="mdc-button" name="submitBtn" accesskey="l" type="submit">LOGIN</button>
  </form>
  <p class="muted"><a href="https://password.wexford.edu/">Reset your password</a> &middot; <a href="https://it.wexford.edu/duo">Set up Duo</a></p>
 </section>
 <section class="notice">
  <h3 style="margin-top:0">One login for campus services</h3>
  <p>Your WSU username works for Canvas, Zoom, Office 365 (Outlook and OneDrive), myWSU and the library. You are signing in to <strong>Canvas</strong>.</p>
  <p class="muted">For security reasons, please log out and exit your web browser when you are done accessing services that require authentication. WSU will never e-mail you a link asking for your password.</p>
 </section>
</main>
<footer class="site">Apereo CAS &middot; Wexford State University IT &middot; 555-0142</footer>'''
page('cas-university', 'cas.wexford.edu', '/cas/login?service=https%3A%2F%2Fwexford.instructure.com%2Flogin%2Fcas',
     'none', 'Apereo CAS login for a university (Canvas, Zoom, Office 365 named as campus services)',
     'https://apereo.github.io/cas/7.0.x/ux/User-Interface-Customization.html', F1,
     {'cas/login/index.html': doc('Login - CAS – Central Authentication Service', cas_body, CAS_CSS),
      'cas/images/wexford-seal.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="36" height="36"><circle cx="18" cy="18" r="17" fill="#f5b400"/><text x="18" y="24" font-size="16" text-anchor="middle" font-family="Georgia" fill="#153e75">W</text></svg>'})

# GitHub Enterprise Server on the company's own host
OCTO = '<svg height="48" aria-hidden="true" viewBox="0 0 24 24" version="1.1" width="48" class="octicon octicon-mark-github"><path d="M12 1C5.923 1 1 5.923 1 12c0 4.867 3.149 8.979 7.521 10.436.55.096.756-.233.756-.522 0-.262-.013-1.128-.013-2.049-2.764.509-3.479-.674-3.699-1.292-.124-.317-.66-1.293-1.127-1.554-.385-.207-.936-.715-.014-.729.866-.014 1.485.797 1.691 1.128.99 1.663 2.571 1.196 3.204.907.096-.715.385-1.196.701-1.471-2.448-.275-5.005-1.224-5.005-5.432 0-1.196.426-2.186 1.128-2.956-.111-.275-.496-1.402.11-2.915 0 0 .921-.288 3.024 1.128a10.193 10.193 0 0 1 2.75-.371c.936 0 1.871.123 2.75.371 2.104-1.43 3.025-1.128 3.025-1.128.605 1.513.221 2.64.111 2.915.701.77 1.127 1.747 1.127 2.956 0 4.222-2.571 5.157-5.019 5.432.399.344.743 1.004.743 2.035 0 1.471-.014 2.654-.014 3.115 0 .289.206.632.756.522C19.851 20.979 23 16.854 23 12c0-6.077-4.922-11-11-11Z"></path></svg>'
GH_CSS = '''body{margin:0;font-family:-apple-system,BlinkMacSystemFont,"Segoe UI","Noto Sans",Helvetica,Arial,sans-serif;font-size:14px;color:#1f2328;background:#f6f8fa}
.header{padding:32px 0 24px;text-align:center}.auth-form{width:340px;margin:0 auto;padding:0 16px}.auth-form-header h1{font-size:24px;font-weight:300;letter-spacing:-.5px;text-align:center;margin:0 0 16px}
.auth-form-body{background:#fff;border:1px solid #d1d9e0;border-radius:6px;padding:16px}.form-control{width:100%;box-sizing:border-box;padding:5px 12px;font-size:14px;line-height:20px;border:1px solid #d1d9e0;border-radius:6px;margin:4px 0 16px;height:32px}
label{font-weight:600}.btn-primary{width:100%;background:#1f883d;color:#fff;border:1px solid rgba(31,35,40,.15);border-radius:6px;padding:5px 16px;font-weight:500;height:32px;font-size:14px}
.login-callout{border:1px solid #d1d9e0;border-radius:6px;padding:16px;text-align:center;margin-top:16px}.ent-banner{background:#ddf4ff;border:1px solid #54aeff66;border-radius:6px;padding:8px 12px;margin-bottom:16px;font-size:12px}
.footer{margin:40px auto;text-align:center;font-size:12px;color:#59636e}.footer a{color:#0969da;margin:0 8px}'''
def ghes_body(host, org, action='/session'):
    return f'''<div class="header header-logged-out"><a class="header-logo" href="https://{host}/" aria-label="Homepage">{OCTO}</a></div>
<main><div class="auth-form px-3" id="login">
 <div class="auth-form-header p-0"><h1>Sign in to GitHub Enterprise</h1></div>
 <div class="ent-banner">{org} &mdash; internal GitHub Enterprise Server at <strong>{host}</strong>. Use your corporate directory (LDAP) username.</div>
 <div class="auth-form-body mt-3">
  <form action="{action}" accept-charset="UTF-8" method="post"><input type="hidden" name="authenticity_token" value="q9sL3d1B0e6xk1YcA2mJ0g4n8mFQvM1y6vG0c1dO7aR4u5TbY2nq==">
   <label for="login_field">Username or email address</label>
   <input type="text" name="login" id="login_field" class="form-control input-block js-login-field" autocapitalize="off" autocorrect="off" autocomplete="username" autofocus="autofocus" required="required">
   <label for="password">Password</label>
   <input type="password" name="password" id="password" class="form-control form-control input-block js-password-field" autocomplete="current-password" required="required">
   <input type="hidden" name="webauthn-conditional" value="undefined">
   <input type="submit" name="commit" value="Sign in" class="btn btn-primary btn-block js-sign-in-button" data-disable-with="Signing in…">
  </form>
 </div>
 <div class="login-callout"><p>Trouble signing in? Contact the <a href="https://{host}/{org.split()[0].lower()}/helpdesk">Engineering Productivity team</a>.</p></div>
</div></main>
<div class="footer" role="contentinfo"><span>&copy; 2026 GitHub, Inc.</span><a href="https://docs.github.com/enterprise-server@3.15">Help</a><a href="https://{host}/site/privacy">Privacy</a> GitHub Enterprise Server 3.15.4</div>'''
page('ghes-own-host', 'github.hollisterdyn.com', '/login',
     'none', 'GitHub Enterprise Server sign-in on the company\'s own host (built-in/LDAP auth, Octocat, GHES footer)',
     'https://docs.github.com/en/enterprise-server@3.17/admin/managing-iam/using-built-in-authentication', F1,
     {'login.html': doc('Sign in to GitHub Enterprise · GitHub Enterprise', ghes_body('github.hollisterdyn.com', 'Hollister Dynamics'), GH_CSS)},
     provider='github')

# Self-hosted GitLab with OmniAuth buttons
GL_CSS = '''body{margin:0;font-family:"GitLab Sans",-apple-system,"Segoe UI",Roboto,"Noto Sans",Ubuntu,sans-serif;background:#fbfafd;color:#333238;font-size:14px}
.container{max-width:400px;margin:0 auto;padding-top:48px}.brand{text-align:center;margin-bottom:24px}.brand h1{font-size:22px;margin:10px 0 0}
.gl-card{background:#fff;border:1px solid #dcdcde;border-radius:4px;padding:24px}.form-control{width:100%;box-sizing:border-box;height:34px;border:1px solid #89888d;border-radius:4px;padding:0 10px;margin:4px 0 14px}
label{font-weight:600;display:block}.btn-confirm{width:100%;height:34px;background:#1f75cb;color:#fff;border:0;border-radius:4px;font-weight:600}
.omniauth{margin-top:18px;border-top:1px solid #ececef;padding-top:14px;text-align:center}.omniauth .btn{display:flex;align-items:center;justify-content:center;gap:8px;width:100%;height:34px;border:1px solid #bfbfc3;border-radius:4px;background:#fff;margin-top:8px;font-size:14px}
.footer-links{text-align:center;margin-top:24px;font-size:13px}.footer-links a{color:#1f75cb;margin:0 6px}'''
gl_body = '''<div class="container">
 <div class="brand"><img src="/uploads/-/system/appearance/logo/1/marrowfield-logo.svg" alt="Marrowfield Labs" height="44"><h1>Marrowfield Labs GitLab</h1><p class="muted">Source code, CI/CD and the package registry for Marrowfield engineering.</p></div>
 <div class="gl-card">
  <form class="new_user gl-show-field-errors" id="new_user" action="/users/sign_in" accept-charset="UTF-8" method="post"><input type="hidden" name="authenticity_token" value="r8Kq1nV0PZ3w-5JtH2iYb2sK0fR7a9nPqz1XvW3yC4uM">
   <label for="user_login">Username or primary email</label><input class="form-control" autocomplete="username" autofocus="autofocus" type="text" name="user[login]" id="user_login">
   <label for="user_password">Password</label><input class="form-control" autocomplete="current-password" type="password" name="user[password]" id="user_password">
   <p><input type="checkbox" name="user[remember_me]" id="user_remember_me" value="1"> <label for="user_remember_me" style="display:inline;font-weight:400">Remember me</label> <a style="float:right" href="/users/password/new">Forgot your password?</a></p>
   <button type="submit" class="btn-confirm" data-testid="sign-in-button">Sign in</button>
  </form>
  <div class="omniauth"><span class="muted">or sign in with</span>
   <form action="/users/auth/azure_activedirectory_v2" method="post"><button class="btn" type="submit"><img src="/assets/auth_buttons/azure_64.svg" width="16" height="16" alt="">Azure AD v2</button></form>
   <form action="/users/auth/github" method="post"><button class="btn" type="submit"><img src="/assets/auth_buttons/github_64.svg" width="16" height="16" alt="">GitHub</button></form>
   <p class="muted" style="margin-top:10px"><input type="checkbox" id="remember_me_omniauth"> Remember me</p></div>
 </div>
 <div class="footer-links"><a href="/explore">Explore</a><a href="/help">Help</a><a href="https://about.gitlab.com">About GitLab</a></div>
</div>'''
page('gitlab-self-hosted', 'gitlab.marrowfield.io', '/users/sign_in',
     'none', 'Self-hosted GitLab sign-in with the company logo and "Azure AD v2" / "GitHub" OmniAuth buttons',
     'https://docs.gitlab.com/integration/omniauth/ and https://docs.gitlab.com/administration/appearance/', F1,
     {'users/sign_in.html': doc('Sign in · Marrowfield Labs GitLab', gl_body, GL_CSS),
      'uploads/-/system/appearance/logo/1/marrowfield-logo.svg': svg_logo('Marrowfield', '#e24329', 'hex', 190, 44),
      'assets/auth_buttons/azure_64.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><path d="M27 6 8 56h14l21-50z" fill="#0078d4"/><path d="M33 20 47 56H24l20-6z" fill="#50a0e0"/></svg>',
      'assets/auth_buttons/github_64.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><circle cx="12" cy="12" r="11" fill="#24292f"/></svg>'})
# Azure DevOps Server on-premises: new personal access token
ADOS_CSS = '''body{margin:0;font-family:"Segoe UI","-apple-system",BlinkMacSystemFont,Roboto,"Helvetica Neue",sans-serif;font-size:14px;color:rgba(0,0,0,.9);background:#f8f8f8}
.hub-header{height:48px;background:#fff;border-bottom:1px solid #eaeaea;display:flex;align-items:center;padding:0 16px;gap:12px}.hub-header .brand{font-weight:600}
.crumb{color:#666}.layout{display:flex}.side{width:240px;background:#efefef;min-height:calc(100vh - 48px);padding:12px 0}.side a{display:block;padding:8px 20px;color:#333}
.side a.sel{background:#dedede;font-weight:600}.content{flex:1;padding:20px 32px}.panel{background:#fff;box-shadow:0 1.6px 3.6px rgba(0,0,0,.13);border-radius:4px;padding:24px;max-width:720px}
.fld{margin-bottom:14px}.fld label{display:block;font-weight:600;margin-bottom:4px}.fld input,.fld select{width:100%;box-sizing:border-box;height:32px;border:1px solid #c8c8c8;border-radius:2px;padding:0 8px}
table.scopes{width:100%;border-collapse:collapse}table.scopes td{padding:6px 4px;border-bottom:1px solid #f0f0f0}.primary{background:#0078d4;color:#fff;border:0;border-radius:2px;padding:8px 20px;font-weight:600}'''
ados_body = '''<div class="hub-header"><img src="/tfs/_static/tfs/Dev19.M183.8/_content/ado-server.svg" width="22" height="22" alt=""><span class="brand">Azure DevOps Server</span><span class="crumb">/ DefaultCollection / User settings / Personal Access Tokens</span><span style="margin-left:auto">Priya Raman (BRIGHTMOOR\\praman)</span></div>
<div class="layout"><nav class="side"><a href="#">Profile</a><a href="#">Time and Locale</a><a href="#">Preferences</a><a class="sel" href="#">Personal access tokens</a><a href="#">SSH public keys</a><a href="#">Alternate credentials</a></nav>
<div class="content"><h2 style="font-weight:600">Create a new personal access token</h2>
<div class="panel"><form id="pat" action="/tfs/DefaultCollection/_usersSettings/tokens" method="post">
 <div class="fld"><label for="pat-name">Name</label><input id="pat-name" name="displayName" value="build-agent-03" type="text"></div>
 <div class="fld"><label for="pat-org">Organization</label><select id="pat-org" name="collection"><option>DefaultCollection</option><option>Firmware</option></select></div>
 <div class="fld"><label for="pat-exp">Expiration (UTC)</label><select id="pat-exp" name="validTo"><option>30 days</option><option>90 days</option><option>Custom defined</option></select></div>
 <p><strong>Scopes</strong> &nbsp; <label style="display:inline;font-weight:400"><input type="radio" name="scopeMode"> Full access</label> <label style="display:inline;font-weight:400"><input type="radio" name="scopeMode" checked> Custom defined</label></p>
 <table class="scopes"><tr><td><strong>Agent Pools</strong></td><td><label><input type="checkbox" checked> Read &amp; manage</label></td></tr><tr><td><strong>Build</strong></td><td><label><input type="checkbox"> Read</label> <label><input type="checkbox" checked> Read &amp; execute</label></td></tr><tr><td><strong>Code</strong></td><td><label><input type="checkbox" checked> Read</label> <label><input type="checkbox"> Read &amp; write</label></td></tr><tr><td><strong>Packaging</strong></td><td><label><input type="checkbox"> Read</label></td></tr></table>
 <p class="muted">The token is shown once. Azure DevOps Server tokens work only against https://tfs.brightmoor-eng.com.</p>
 <button class="primary" type="submit">Create</button> <button type="button">Cancel</button></form></div></div></div>
<div style="padding:12px 32px;color:#666;font-size:12px">Azure DevOps Server 2022.2 &middot; on-premises &middot; Brightmoor Engineering IT</div>'''
page('ado-server-pat', 'tfs.brightmoor-eng.com', '/tfs/DefaultCollection/_usersSettings/tokens',
     'none', 'Azure DevOps Server (on-premises, tfs.<company>) "Create a new personal access token" settings page',
     'https://learn.microsoft.com/en-us/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate?view=azure-devops-2022', F1,
     {'tfs/DefaultCollection/_usersSettings/tokens.html': doc('Personal Access Tokens - Azure DevOps Server', ados_body, ADOS_CSS),
      'tfs/_static/tfs/Dev19.M183.8/_content/ado-server.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 18 18"><path d="M17 4v9.7L13 17l-6.2-2.3V17l-3.5-4.5 10.2.8V4.4zm-3.4.5L7.9 1v2.4L2.4 5 1 6.7v3.9l2.3 1V6.3z" fill="#0078d4"/></svg>'})

# Azure DevOps Server: forms sign-in in front of the on-prem portal (ADFS-less IIS forms via a reverse proxy)
ados2_body = '''<div class="hub-header"><img src="/tfs/_static/tfs/Dev19.M183.8/_content/ado-server.svg" width="22" height="22" alt=""><span class="brand">Azure DevOps Server</span><span class="crumb">/ DefaultCollection / Firmware / Boards</span></div>
<div class="layout"><nav class="side"><a href="#">Overview</a><a class="sel" href="#">Boards</a><a href="#">Repos</a><a href="#">Pipelines</a><a href="#">Test Plans</a><a href="#">Artifacts</a></nav>
<div class="content"><h2 style="font-weight:600">Work items</h2><div class="panel" style="max-width:none">
<table class="scopes"><tr><td><strong>ID</strong></td><td><strong>Title</strong></td><td><strong>Assigned To</strong></td><td><strong>State</strong></td></tr>
<tr><td>48211</td><td>Bootloader fails on rev C boards after OTA</td><td>Priya Raman</td><td>Active</td></tr><tr><td>48207</td><td>Move nightly firmware build to agent pool "Lab-2"</td><td>Owen Tacket</td><td>New</td></tr>
<tr><td>48190</td><td>Update signing certificate for release pipeline</td><td>Maya Ferreira</td><td>Resolved</td></tr><tr><td>48176</td><td>Sprint 41 retrospective notes</td><td>Unassigned</td><td>Closed</td></tr></table>
<p class="muted">Signed in with Windows authentication as BRIGHTMOOR\\praman. <a href="/tfs/DefaultCollection/_signout">Sign out</a></p></div></div></div>'''
page('ado-server-boards', 'tfs.brightmoor-eng.com', '/tfs/DefaultCollection/Firmware/_workitems',
     'none', 'Azure DevOps Server (on-premises) Boards work-item list, Windows authentication, no form',
     'https://learn.microsoft.com/en-us/azure/devops/server/install/get-started?view=azure-devops-2022', F1,
     {'tfs/DefaultCollection/Firmware/_workitems.html': doc('Work Items - Boards - Azure DevOps Server', ados2_body, ADOS_CSS)})

# Citrix / NetScaler Gateway
CTX_CSS = '''body{margin:0;font-family:"Citrix Sans","Segoe UI",Arial,sans-serif;background:#23272d;color:#fff;min-height:100vh;display:flex;flex-direction:column;align-items:center}
.logon-logo-container{margin-top:70px}.logon-box{width:380px;margin-top:28px}.logon-box h2{font-weight:300;font-size:22px;margin:0 0 18px}
.field{margin-bottom:14px}.field label{display:block;font-size:13px;color:#c9ced6;margin-bottom:4px}.field input{width:100%;box-sizing:border-box;height:38px;border:1px solid #5a616b;background:#1b1e22;color:#fff;padding:0 10px;border-radius:2px}
.button{width:100%;height:40px;background:#02a1c1;border:0;color:#fff;font-size:15px;border-radius:2px}.note{font-size:12px;color:#aab1ba;margin-top:24px;max-width:380px;line-height:1.6}'''
ctx_body = '''<div class="logon-logo-container"><img src="/logon/themes/Pelham/custom_media/logo.svg" alt="Pelham Logistics" width="220" height="48"></div>
<div class="logon-box"><h2>Please log on</h2>
<form id="logonForm" action="/nf/auth/doAuthentication.do" method="post" autocomplete="off">
 <div class="field"><label for="login">User name</label><input type="text" id="login" name="login" autocomplete="off" placeholder="PELHAM\\username"></div>
 <div class="field"><label for="passwd">Password</label><input type="password" id="passwd" name="passwd"></div>
 <div class="field"><label for="passwd1">Passcode (Authenticator app)</label><input type="password" id="passwd1" name="passwd1" inputmode="numeric"></div>
 <button class="button" id="nsg-x1-logon-button" type="submit">Log On</button>
</form>
<p class="note">Pelham Logistics remote access. From here you reach the warehouse desktops, SAP, Outlook on the web and the Microsoft 365 apps published through Citrix Workspace. Unauthorised access is prohibited and monitored.</p></div>'''
page('citrix-gateway', 'remote.pelham-logistics.com', '/logon/LogonPoint/tmindex.html',
     'none', 'Citrix (NetScaler) Gateway "Please log on" portal on the company host, mentions Outlook/Microsoft 365 apps',
     'https://support.citrix.com/s/article/CTX279452-custom-theme-text-strings-do-not-work-with-custom-loginschemas (LogonPoint themes)', F1,
     {'logon/LogonPoint/tmindex.html': doc('NetScaler AAA', ctx_body, CTX_CSS),
      'logon/themes/Pelham/custom_media/logo.svg': svg_logo('Pelham', '#02a1c1', 'square', 220, 48).replace('#222', '#fff')})

# Okta custom domain with org logo, Microsoft 365 named as one of the apps
OKTA_CSS = '''body{margin:0;font-family:"Proxima Nova",Montserrat,Arial,sans-serif;background:#e9eef2 url(/bg/tidewater-bg.svg) center/cover;color:#1d1d21;font-size:14px}
.auth-container{width:400px;margin:60px auto;background:#fff;border-radius:4px;box-shadow:0 2px 0 rgba(175,175,175,.12);border:1px solid #ddd}
.okta-sign-in-header{padding:30px 90px 25px;border-bottom:1px solid #ddd;text-align:center}.o-form{padding:30px 42px 20px}.o-form h2{text-align:center;font-size:15.4px;font-weight:600;margin:0 0 20px}
.o-form-fieldset{margin-bottom:18px}.o-form-fieldset label{display:block;font-weight:600;margin-bottom:6px}.o-form-fieldset input{width:100%;box-sizing:border-box;height:40px;border:1px solid #8c8c96;border-radius:4px;padding:0 10px}
.button-primary{width:100%;height:48px;background:#0c5e7a;border:0;color:#fff;font-weight:600;border-radius:4px}.auth-footer{padding:0 42px 24px;font-size:13px}.apps-note{padding:14px 42px;background:#f5f7f8;border-top:1px solid #eee;font-size:12.5px;color:#555}'''
okta_body = '''<main class="auth-container main-container" id="okta-sign-in" data-se="auth-container">
 <div class="okta-sign-in-header auth-header"><img src="/fs/bco/1/fs0tidewater/logo.svg" class="auth-org-logo" alt="Tidewater Health logo" width="200" height="48"></div>
 <div class="auth-content"><form method="POST" action="/idp/idx/identify" data-se="o-form" id="form19" class="ion-form o-form">
  <h2 data-se="o-form-head">Sign In</h2>
  <div class="o-form-fieldset" data-se="o-form-fieldset-identifier"><label for="input28">Username</label><input type="text" name="identifier" id="input28" autocomplete="username"></div>
  <div class="o-form-fieldset" data-se="o-form-fieldset-credentials.passcode"><label for="input36">Password</label><input type="password" name="credentials.passcode" id="input36" autocomplete="current-password"></div>
  <div class="o-form-fieldset"><label style="font-weight:400"><input type="checkbox" name="rememberMe"> Keep me signed in</label></div>
  <input class="button button-primary" type="submit" value="Sign in" data-type="save">
 </form></div>
 <div class="auth-footer"><a href="/signin/forgot-password">Forgot password?</a> &middot; <a href="https://helpdesk.tidewater-health.org">Help</a></div>
 <div class="apps-note">Tidewater Health single sign-on: Epic Hyperspace, Workday, Microsoft 365 (Outlook, Teams), Kronos and UpToDate. Questions: IT Service Desk x7700.</div>
</main>
<p style="text-align:center;font-size:12px;color:#555">Powered by Okta &middot; <a href="https://www.okta.com/privacy-policy/">Privacy Policy</a></p>'''
page('okta-custom-domain', 'sso.tidewater-health.org', '/oauth2/v1/authorize?client_id=0oa1hq2k3lMnOpQr5d7&response_type=code&scope=openid&redirect_uri=https%3A%2F%2Ftidewater-health.okta.com%2Fenduser%2Fcallback',
     'none', 'Okta Sign-In Widget on the organisation\'s custom domain with its own logo, Microsoft 365 listed among its apps',
     'https://developer.okta.com/docs/guides/custom-url-domain/main/ and https://developer.okta.com/docs/guides/custom-widget/main/', F1,
     {'oauth2/v1/authorize.html': doc('Tidewater Health - Sign In', okta_body, OKTA_CSS),
      'fs/bco/1/fs0tidewater/logo.svg': svg_logo('Tidewater Health', '#0c5e7a', 'shield', 200, 48),
      'bg/tidewater-bg.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900"><rect width="1600" height="900" fill="#dbe7ec"/><path d="M0 600 Q400 480 800 600 T1600 560 V900 H0Z" fill="#b6d0da"/></svg>'})

# PingFederate HTML form adapter on the company host
PING_CSS = '''body{margin:0;font-family:"Helvetica Neue",Helvetica,Arial,sans-serif;background:#f3f3f3;color:#333}.ping-container{width:420px;margin:70px auto;background:#fff;border-radius:3px;box-shadow:0 0 12px rgba(0,0,0,.1)}
.ping-header{padding:26px;text-align:center;border-bottom:1px solid #e1e1e1}.ping-body{padding:26px 38px}.ping-input-label{font-size:12px;text-transform:uppercase;letter-spacing:.06em;color:#686f77;margin:14px 0 6px;display:block}
.ping-input-container input{width:100%;box-sizing:border-box;height:40px;border:1px solid #cbd0d6;border-radius:2px;padding:0 10px}.ping-button{width:100%;height:42px;margin-top:22px;background:#b1231d;color:#fff;border:0;border-radius:3px;font-size:15px}
.ping-footer{padding:14px 38px 24px;font-size:12px;color:#777}'''
ping_body = '''<div class="ping-container"><div class="ping-header"><img src="/assets/images/cardinal-freight.svg" alt="Cardinal Freight" width="210" height="46"></div>
<div class="ping-body"><form method="POST" action="/as/Ru7xB/resume/as/authorization.ping" autocomplete="off">
 <div class="ping-messages"></div>
 <label class="ping-input-label" for="username">Username</label><div class="ping-input-container"><input id="username" type="text" name="pf.username" autocorrect="off" autocapitalize="off"></div>
 <label class="ping-input-label" for="password">Password</label><div class="ping-input-container"><input id="password" type="password" name="pf.pass" autocomplete="off"></div>
 <div style="margin-top:12px;font-size:13px"><input type="checkbox" name="pf.rememberUsername" id="rememberUsername"> <label for="rememberUsername">Remember my username</label></div>
 <input type="hidden" name="pf.ok" value=""><input type="hidden" name="pf.cancel" value="">
 <button class="ping-button" type="submit">Sign On</button></form></div>
<div class="ping-footer">You are signing in to <strong>Office 365</strong> through Cardinal Freight single sign-on. Use your Cardinal network ID, not your e-mail address. <a href="https://help.cardinalfreight.com/password">Forgot password?</a></div></div>'''
page('pingfederate-own-domain', 'sso.cardinalfreight.com', '/as/authorization.oauth2?client_id=urn:federation:MicrosoftOnline&response_type=code',
     'none', 'PingFederate HTML form adapter on the company host ("You are signing in to Office 365 through Cardinal Freight SSO")',
     'https://docs.pingidentity.com/pingfederate/latest/administrators_reference_guide/pf_custom_user_facing_pages.html (html.form.login.template.html)', F1,
     {'as/authorization.oauth2.html': doc('Sign On', ping_body, PING_CSS),
      'assets/images/cardinal-freight.svg': svg_logo('Cardinal Freight', '#b1231d', 'square', 210, 46)})

# GlobalProtect VPN portal
GP_CSS = '''body{margin:0;font-family:Tahoma,Verdana,Arial,sans-serif;background:#eaedf0;color:#333;font-size:13px}#content{width:420px;margin:80px auto;background:#fff;border:1px solid #c9ced4;border-radius:4px}
#heading{background:#fa582d;color:#fff;padding:12px 20px;font-size:16px}#subheading{padding:16px 20px 0;font-size:15px;color:#222}.form{padding:10px 20px 24px}.form label{display:block;margin:12px 0 4px}
.form input[type=text],.form input[type=password]{width:100%;box-sizing:border-box;height:32px;border:1px solid #aab1b8;padding:0 8px}#submit{margin-top:18px;background:#fa582d;color:#fff;border:0;padding:8px 28px;border-radius:3px}
.logo{padding:16px 20px 0}'''
gp_body = '''<div id="content"><div id="heading">GlobalProtect Portal</div><div class="logo"><img src="/global-protect/portal/images/ashcombe.svg" width="190" height="42" alt="Ashcombe Manufacturing"></div>
<div id="subheading">Ashcombe Manufacturing remote access</div>
<form class="form" name="login" method="POST" action="/global-protect/login.esp"><input type="hidden" name="prot" value="https:"><input type="hidden" name="server" value="vpn.ashcombe-mfg.com"><input type="hidden" name="inputStr" value=""><input type="hidden" name="action" value="getsoftware">
 <label for="user">Username</label><input type="text" id="user" name="user" autocomplete="off">
 <label for="passwd">Password</label><input type="password" id="passwd" name="passwd" autocomplete="off">
 <input type="submit" id="submit" name="ok" value="LOG IN">
 <p class="muted" style="margin-top:18px">Download the GlobalProtect agent after you log in. Your VPN password is your Windows password; Microsoft 365 and Teams work without the VPN.</p></form></div>'''
page('globalprotect-vpn', 'vpn.ashcombe-mfg.com', '/global-protect/login.esp',
     'none', 'Palo Alto GlobalProtect portal login on the company VPN host',
     'https://docs.paloaltonetworks.com/globalprotect/9-1/globalprotect-admin/authentication', F1,
     {'global-protect/login.esp.html': doc('GlobalProtect Portal', gp_body, GP_CSS),
      'global-protect/portal/images/ashcombe.svg': svg_logo('Ashcombe', '#444', 'hex', 190, 42)})
# ---------------- Family 2: pages about the providers that are not sign-ins
F2 = 'about'
# "screenshots" of phishing pages, as images (SVG files)
MS_SHOT = '''<svg xmlns="http://www.w3.org/2000/svg" width="440" height="330" viewBox="0 0 440 330"><rect width="440" height="330" fill="#f2f2f2"/><rect x="0" y="0" width="440" height="26" fill="#dcdcdc"/><text x="12" y="17" font-family="Arial" font-size="11" fill="#b00">https://login-rnicrosoft-0365.example/verify</text>
<rect x="80" y="50" width="280" height="250" fill="#fff"/><rect x="100" y="70" width="10" height="10" fill="#f25022"/><rect x="111" y="70" width="10" height="10" fill="#7fba00"/><rect x="100" y="81" width="10" height="10" fill="#00a4ef"/><rect x="111" y="81" width="10" height="10" fill="#ffb900"/>
<text x="128" y="85" font-family="Segoe UI,Arial" font-size="14" fill="#5e5e5e">Microsoft</text><text x="100" y="118" font-family="Segoe UI,Arial" font-size="20" font-weight="600" fill="#1b1b1b">Sign in</text>
<line x1="100" y1="150" x2="340" y2="150" stroke="#666"/><text x="100" y="145" font-family="Segoe UI,Arial" font-size="12" fill="#666">Email, phone, or Skype</text><rect x="270" y="250" width="70" height="26" fill="#0067b8"/><text x="305" y="267" font-family="Segoe UI,Arial" font-size="12" fill="#fff" text-anchor="middle">Next</text>
<circle cx="60" cy="90" r="18" fill="none" stroke="#d1242f" stroke-width="3"/><text x="60" y="96" font-size="16" text-anchor="middle" fill="#d1242f" font-family="Arial">1</text></svg>'''
G_SHOT = '''<svg xmlns="http://www.w3.org/2000/svg" width="440" height="330" viewBox="0 0 440 330"><rect width="440" height="330" fill="#f0f4f9"/><rect x="0" y="0" width="440" height="26" fill="#dcdcdc"/><text x="12" y="17" font-family="Arial" font-size="11" fill="#b00">https://accounts-google.docs-share.example/signin</text>
<rect x="60" y="46" width="320" height="260" rx="20" fill="#fff"/><text x="90" y="90" font-family="Arial" font-size="22" fill="#4285f4">G</text><text x="90" y="130" font-family="Arial" font-size="22" fill="#1f1f1f">Sign in</text>
<text x="90" y="152" font-family="Arial" font-size="12" fill="#444">to continue to Gmail</text><rect x="90" y="175" width="260" height="36" rx="4" fill="none" stroke="#747775"/><text x="100" y="198" font-family="Arial" font-size="12" fill="#666">Email or phone</text>
<rect x="290" y="255" width="60" height="30" rx="15" fill="#0b57d0"/><text x="320" y="275" font-family="Arial" font-size="12" fill="#fff" text-anchor="middle">Next</text></svg>'''
GH_SHOT = '''<svg xmlns="http://www.w3.org/2000/svg" width="440" height="330" viewBox="0 0 440 330"><rect width="440" height="330" fill="#f6f8fa"/><rect x="0" y="0" width="440" height="26" fill="#dcdcdc"/><text x="12" y="17" font-family="Arial" font-size="11" fill="#b00">https://github-repo-invite.example/login</text>
<circle cx="220" cy="62" r="20" fill="#1f2328"/><text x="220" y="112" font-family="Arial" font-size="18" text-anchor="middle" fill="#1f2328">Sign in to GitHub</text><rect x="110" y="126" width="220" height="150" rx="6" fill="#fff" stroke="#d1d9e0"/>
<text x="124" y="148" font-family="Arial" font-size="11" fill="#1f2328">Username or email address</text><rect x="124" y="154" width="192" height="22" rx="4" fill="none" stroke="#d1d9e0"/><text x="124" y="196" font-family="Arial" font-size="11" fill="#1f2328">Password</text><rect x="124" y="202" width="192" height="22" rx="4" fill="none" stroke="#d1d9e0"/>
<rect x="124" y="238" width="192" height="24" rx="5" fill="#1f883d"/><text x="220" y="254" font-family="Arial" font-size="11" fill="#fff" text-anchor="middle">Sign in</text></svg>'''
TRAIN_CSS = BASE + '''body{background:#f4f6fb}.layout{display:grid;grid-template-columns:1fr 300px;gap:24px;max-width:1140px;margin:0 auto;padding:24px}
.lesson figure{margin:18px 0;background:#fff;border:1px solid #e3e6ea;border-radius:8px;padding:12px}.lesson figcaption{font-size:13px;color:#555;margin-top:6px}
.flag{background:#fff4e5;border-left:4px solid #e8590c;padding:10px 14px;border-radius:4px;margin:10px 0}.side .card{position:sticky;top:16px}
.brandbar{background:#14213d;color:#fff}.brandbar a{color:#fff}.brandbar .logo{font-weight:700;font-size:18px}'''
train_body = f'''<header class="top brandbar"><span class="logo">&#9673; PhishReady Academy</span><nav><a href="/courses">Courses</a><a href="/simulations">Simulations</a><a href="/for-teams">For teams</a></nav></header>
<div class="layout"><article class="lesson">
<p class="muted">Course 3 &middot; Lesson 4 of 9 &middot; 12 min</p><h1>Spot the fake sign-in page</h1>
<p>Attackers copy the sign-in pages people see every day. The copies in this lesson were collected from real campaigns reported to our team; the links are defanged and the screenshots are pictures, not working pages.</p>
<figure><img src="/media/lesson4/fake-m365.svg" width="440" height="330" alt="Screenshot: a copy of the Microsoft 365 sign-in page on a look-alike address"><figcaption>Example 1 &mdash; a copy of the Microsoft 365 sign-in. Look at the address bar: <code>login-rnicrosoft-0365.example</code> is not Microsoft.</figcaption></figure>
<div class="flag"><strong>Red flags:</strong> an address that is not login.microsoftonline.com, a message that your mailbox is "about to be closed", and a sign-in reached from an e-mail attachment.</div>
<figure><img src="/media/lesson4/fake-gmail.svg" width="440" height="330" alt="Screenshot: a copy of the Google sign-in asking for a Gmail password"><figcaption>Example 2 &mdash; a copy of the Google sign-in page behind a "shared document" link.</figcaption></figure>
<figure><img src="/media/lesson4/fake-github.svg" width="440" height="330" alt="Screenshot: a copy of the GitHub sign-in"><figcaption>Example 3 &mdash; a fake "repository invitation" that leads to a copy of the GitHub sign-in.</figcaption></figure>
<h2>Quick check</h2><p>Which of these three would your password manager have filled in automatically? (Answer: none &mdash; the address does not match.)</p>
</article>
<aside class="side"><div class="card"><h3 style="margin-top:0">Trainee sign in</h3><p class="muted">Sign in to PhishReady Academy to save your progress and get your certificate.</p>
<form action="/session" method="post"><label for="t-email">Work e-mail</label><input id="t-email" name="email" type="email" autocomplete="username"><label for="t-pass">Academy password</label><input id="t-pass" name="password" type="password" autocomplete="current-password"><p><button class="btn" type="submit" style="width:100%">Continue lesson</button></p></form>
<p class="muted">Your company enrolled you? Use the e-mail your invitation came to.</p></div></aside></div>
<footer class="site">&copy; 2026 PhishReady Academy Ltd. &middot; Security awareness training &middot; <a href="/privacy">Privacy</a></footer>'''
page('awareness-lesson', 'learn.phishready-academy.com', '/courses/spot-the-fake/lesson-4',
     'none', 'Security-awareness lesson with screenshots (images) of fake Microsoft, Google and GitHub sign-ins beside the trainee\'s own login',
     'https://support.knowbe4.com/hc/en-us/articles/115001904547-Social-Engineering-Indicators-SEI-Guide (red-flag training pages)', F2,
     {'courses/spot-the-fake/lesson-4.html': doc('Lesson 4: Spot the fake sign-in page — PhishReady Academy', train_body, TRAIN_CSS),
      'media/lesson4/fake-m365.svg': MS_SHOT, 'media/lesson4/fake-gmail.svg': G_SHOT, 'media/lesson4/fake-github.svg': GH_SHOT})

quiz_body = f'''<header class="top brandbar"><span class="logo">&#9673; Safeharbor Security Training</span><nav><a href="/">My courses</a><a href="/leaderboard">Leaderboard</a></nav></header>
<div class="layout"><article class="lesson"><h1>Real or phish? &mdash; Microsoft 365 edition</h1>
<p>Each card below shows a screenshot. Decide whether the page is Microsoft's real sign-in or a copy, then press <em>Reveal</em>.</p>
<figure><img src="/quiz/m365/card-a.svg" width="440" height="330" alt="Card A: Microsoft sign-in screenshot"><figcaption>Card A &mdash; "Sign in" with the Microsoft logo. <button class="btn sec" type="button">Reveal</button></figcaption></figure>
<figure><img src="/quiz/m365/card-b.svg" width="440" height="330" alt="Card B: Google sign-in screenshot"><figcaption>Card B &mdash; "to continue to Gmail". <button class="btn sec" type="button">Reveal</button></figcaption></figure>
<p class="muted">Tip: Microsoft's work-account sign-in lives at login.microsoftonline.com; personal accounts at login.live.com. Enter your password only there.</p></article>
<aside class="side"><div class="card"><h3 style="margin-top:0">Log in to save your score</h3><form action="/login" method="post"><label for="q-user">Employee ID</label><input id="q-user" name="employee_id" type="text"><label for="q-pin">Training PIN</label><input id="q-pin" name="pin" type="password" inputmode="numeric"><p><button class="btn" type="submit" style="width:100%">Log in</button></p></form></div></aside></div>
<footer class="site">Safeharbor Security Training &middot; Modules licensed to Ridgeway Credit Union</footer>'''
page('awareness-quiz', 'training.safeharbor-sec.com', '/quiz/m365',
     'none', 'Awareness quiz "Real or phish?" with screenshot cards of Microsoft and Google sign-ins and an employee-ID/PIN login',
     'https://www.proofpoint.com/us/products/security-awareness-training (interactive quiz modules)', F2,
     {'quiz/m365/index.html': doc('Real or phish? Microsoft 365 — Safeharbor', quiz_body, TRAIN_CSS),
      'quiz/m365/card-a.svg': MS_SHOT, 'quiz/m365/card-b.svg': G_SHOT})

NEWS_CSS = BASE + '''body{background:#fff;font-family:Georgia,"Times New Roman",serif}header.mast{text-align:center;border-bottom:3px double #222;padding:14px}header.mast .name{font-size:40px;font-weight:700;letter-spacing:-.02em}
.sections{font-family:Arial;font-size:13px;text-transform:uppercase;letter-spacing:.08em;text-align:center;padding:8px;border-bottom:1px solid #ddd}.sections a{color:#222;margin:0 10px}
article{max-width:700px;margin:28px auto;font-size:18px;line-height:1.65}article h1{font-size:38px;line-height:1.15}.byline{font-family:Arial;font-size:13px;color:#666}
figure{margin:22px 0}figcaption{font-family:Arial;font-size:13px;color:#666}.newsletter{font-family:Arial;background:#f3efe6;border:1px solid #e0d8c6;padding:18px 20px;border-radius:4px;margin:28px 0}.newsletter input{max-width:320px;display:inline-block}'''
news_body = '''<header class="mast"><div class="name">The Ledger Post</div><div class="muted" style="font-family:Arial">Tuesday, 1 December 2026</div></header>
<nav class="sections"><a href="/">Home</a><a href="/business">Business</a><a href="/tech">Technology</a><a href="/local">Local</a><a href="/opinion">Opinion</a></nav>
<article><p class="byline">TECHNOLOGY &middot; By Dana Whitcombe &middot; 6 min read</p>
<h1>Phishing campaign copies Microsoft 365 sign-in to target regional councils</h1>
<p>A campaign that imitates the Microsoft 365 sign-in page has hit at least fourteen regional councils since October, security researchers said on Monday. The e-mails claim that a "shared invoice" is waiting in OneDrive and link to a page that looks like Microsoft's own, down to the four-coloured logo and the "Sign in" box.</p>
<figure><img src="/img/2026/12/m365-phish-screenshot.svg" width="440" height="330" alt="A screenshot of the fake Microsoft sign-in page used in the campaign"><figcaption>The fake sign-in page, as captured by researchers. Note the address: it is not a Microsoft domain. (Screenshot: Halden Threat Lab)</figcaption></figure>
<p>"People look at the logo, not the address bar," said Ines Carvalho of Halden Threat Lab. Once a password is entered, the page relays it together with the one-time code to the real Microsoft service, letting the attackers keep the session.</p>
<p>Microsoft recommends phishing-resistant sign-in methods such as passkeys, and says users should only enter their password at login.microsoftonline.com. Council IT teams have reset the affected accounts.</p>
<div class="newsletter"><strong>Get The Ledger Post Tech Briefing</strong><p style="font-size:14px">Security news in your inbox every Friday. Free.</p><form action="/newsletters/subscribe" method="post"><input type="email" name="email" placeholder="Your e-mail address"> <button class="btn" type="submit">Sign up</button></form></div>
<p>Google and GitHub users have been targeted by similar kits this year; see our guide to checking a sign-in page before you type.</p></article>
<footer class="site">&copy; 2026 The Ledger Post &middot; <a href="/subscribe">Subscribe</a> &middot; <a href="/login">Log in</a></footer>'''
page('news-phishing-article', 'www.ledgerpost-daily.com', '/tech/2026/12/01/phishing-campaign-copies-microsoft-365-sign-in',
     'none', 'News article about a Microsoft 365 phishing campaign, with a screenshot image and a newsletter sign-up',
     'https://www.bleepingcomputer.com/news/security/ (article layout of security news sites)', F2,
     {'tech/2026/12/01/phishing-campaign-copies-microsoft-365-sign-in.html': doc('Phishing campaign copies Microsoft 365 sign-in to target regional councils | The Ledger Post', news_body, NEWS_CSS),
      'img/2026/12/m365-phish-screenshot.svg': MS_SHOT})

STAT_CSS = BASE + '''.status-hero{background:#fff;border:1px solid #e3e6ea;border-radius:10px;padding:22px;display:flex;gap:16px;align-items:center}.dot{width:14px;height:14px;border-radius:50%;display:inline-block}
.ok{background:#2da44e}.warn{background:#d4a72c}table.comp{width:100%;border-collapse:collapse;background:#fff;border:1px solid #e3e6ea;border-radius:10px;margin-top:18px}table.comp td{padding:11px 16px;border-bottom:1px solid #eef0f2}
.bars{display:flex;gap:2px}.bars i{display:block;width:5px;height:26px;background:#2da44e;border-radius:1px}.bars i.w{background:#d4a72c}.grid{display:grid;grid-template-columns:1fr 320px;gap:22px}'''
def status_body(svc, comps, vendor_url):
    rows = ''.join(f'<tr><td>{c}</td><td><div class="bars">' + ''.join('<i class="w"></i>' if (i*7+len(c)) % 23 == 0 else '<i></i>' for i in range(45)) + f'</div></td><td><span class="dot {"warn" if k==1 else "ok"}"></span> {"Degraded" if k==1 else "Operational"}</td></tr>' for k, c in enumerate(comps))
    return f'''<header class="top"><strong style="font-size:18px">&#9650; UptimeWatch</strong><nav><a href="/services">All services</a><a href="/pricing">Pricing</a><a href="/api">API</a></nav></header>
<div class="wrap grid"><main><p class="muted">Third-party status tracker &middot; not affiliated with {svc.split()[0]}</p><h1>Is {svc} down?</h1>
<div class="status-hero"><span class="dot warn"></span><div><strong>Minor issues reported</strong><div class="muted">Last checked 2 minutes ago from 6 regions &middot; official page: <a href="{vendor_url}">{vendor_url}</a></div></div></div>
<table class="comp">{rows}</table><h2>Recent reports</h2><p class="muted">14:02 UTC &mdash; 38 users in Western Europe report slow sign-in. 13:40 UTC &mdash; official status page acknowledges an incident.</p></main>
<aside><div class="card"><h3 style="margin-top:0">Get alerts</h3><p class="muted">Sign in to UptimeWatch to get an e-mail or Slack message when {svc} has an outage.</p>
<form action="/login" method="post"><label for="uw-e">E-mail</label><input id="uw-e" type="email" name="email"><label for="uw-p">Password</label><input id="uw-p" type="password" name="password"><p><button class="btn" style="width:100%">Sign in</button></p></form><p class="muted">New here? <a href="/signup">Create a free account</a></p></div></aside></div>
<footer class="site">UptimeWatch monitors 2,400 cloud services. Names and trademarks belong to their owners.</footer>'''
page('status-azure-tracker', 'www.uptimewatch.io', '/status/microsoft-azure',
     'none', 'Third-party status tracker "Is Microsoft Azure down?" with component list and its own sign-in for alerts',
     'https://statusgator.com/services/azure and https://downdetector.com (tracker layout)', F2,
     {'status/microsoft-azure.html': doc('Microsoft Azure status: Is Azure down? — UptimeWatch', status_body('Microsoft Azure', ['Azure Active Directory / Entra ID sign-in', 'Azure DevOps', 'Virtual Machines', 'Azure Storage', 'Microsoft 365 portal'], 'https://azure.status.microsoft/status'), STAT_CSS)})
page('status-github-tracker', 'www.uptimewatch.io', '/status/github',
     'none', 'Third-party status tracker "Is GitHub down?" (Git operations, Actions, Copilot) with its own sign-in for alerts',
     'https://statusgator.com/services/github and https://www.githubstatus.com (components)', F2,
     {'status/github.html': doc('GitHub status: Is GitHub down? — UptimeWatch', status_body('GitHub', ['Git Operations', 'Actions', 'Pull Requests', 'Copilot', 'Webhooks', 'Pages'], 'https://www.githubstatus.com'), STAT_CSS)})
MKT_CSS = BASE + '''.listing{display:grid;grid-template-columns:1fr 340px;gap:26px}.apphead{display:flex;gap:18px;align-items:center}.apphead img{border-radius:14px;border:1px solid #e3e6ea;background:#fff}
.tag{display:inline-block;background:#eef3ff;color:#2847a3;border-radius:12px;padding:2px 10px;font-size:12px;margin-right:6px}.shot{background:#fff;border:1px solid #e3e6ea;border-radius:8px;height:220px;display:flex;align-items:center;justify-content:center;color:#8a939c;margin:16px 0}'''
TEAMS_ICON = '<svg xmlns="http://www.w3.org/2000/svg" width="72" height="72" viewBox="0 0 72 72"><rect width="72" height="72" rx="14" fill="#fff"/><circle cx="50" cy="22" r="8" fill="#7b83eb"/><rect x="40" y="32" width="22" height="24" rx="6" fill="#7b83eb"/><rect x="10" y="18" width="34" height="36" rx="4" fill="#5059c9"/><text x="27" y="44" font-family="Segoe UI,Arial" font-size="22" font-weight="700" fill="#fff" text-anchor="middle">T</text></svg>'
GDRIVE_ICON = '<svg xmlns="http://www.w3.org/2000/svg" width="72" height="72" viewBox="0 0 72 72"><rect width="72" height="72" rx="14" fill="#fff"/><path d="M26 12h20l18 32H44z" fill="#fbbc04"/><path d="M26 12 8 44l10 16 18-32z" fill="#34a853"/><path d="M18 60h36l10-16H28z" fill="#4285f4"/></svg>'
def market_body(brand, app, icon_path, blurb, perms, host):
    return f'''<header class="top"><strong style="font-size:18px">{brand}</strong><nav><a href="/apps">App Directory</a><a href="/apps/categories">Categories</a><a href="/developers">Build an app</a></nav></header>
<div class="wrap listing"><main><p class="muted"><a href="/apps">App Directory</a> &rsaquo; Communication</p>
<div class="apphead"><img src="{icon_path}" width="72" height="72" alt="{app} icon"><div><h1 style="margin:0">{app} for {brand.split()[0]}</h1><div class="muted">Integration built by {brand.split()[0]} &middot; 4.6 &#9733; (1,208 reviews)</div><span class="tag">Communication</span><span class="tag">Files</span></div></div>
<p>{blurb}</p><div class="shot">Screenshot 1 of 4</div><h2>What this integration can access</h2><ul>{''.join(f'<li>{p}</li>' for p in perms)}</ul>
<p class="muted">When you install, you will be sent to {app.split()[0]} to approve access with your own account. {brand.split()[0]} never sees your {app.split()[0]} password.</p></main>
<aside><div class="card"><h3 style="margin-top:0">Log in to install</h3><p class="muted">Log in to your {brand.split()[0]} workspace to add {app}.</p><form action="/login?return_to=%2Fapps%2Finstall" method="post"><label for="mk-ws">Workspace URL</label><input id="mk-ws" name="workspace" type="text" placeholder="yourteam.{host}"><label for="mk-e">E-mail</label><input id="mk-e" name="email" type="email"><label for="mk-p">Password</label><input id="mk-p" name="password" type="password"><p><button class="btn" style="width:100%">Log in and install</button></p></form></div></aside></div>
<footer class="site">{brand} &middot; {app} is a trademark of its owner; listed integrations are reviewed by {brand.split()[0]}.</footer>'''
page('marketplace-teams', 'marketplace.notehive.com', '/apps/microsoft-teams',
     'none', 'App-directory listing "Microsoft Teams for Notehive" with a Teams-like icon and a "Log in to install" form',
     'https://slack.com/marketplace and https://marketplace.zoom.us (listing layout)', F2,
     {'apps/microsoft-teams.html': doc('Microsoft Teams for Notehive | Notehive App Directory', market_body('Notehive App Directory', 'Microsoft Teams', '/apps/icons/teams.svg', 'Share Notehive pages in Teams chats and channels, get notified in Teams when a page you follow changes, and open meeting notes from the Teams calendar.', ['Read your Teams profile (name, e-mail)', 'Post messages to channels you choose', 'Read meeting titles and times'], 'notehive.com'), MKT_CSS),
      'apps/icons/teams.svg': TEAMS_ICON})
page('marketplace-gdrive', 'apps.taskplank.com', '/integrations/google-drive',
     'none', 'Integration listing "Google Drive for Taskplank" with a Drive-like icon and a "Log in to install" form',
     'https://www.atlassian.com/software/jira/integrations/google-drive and https://asana.com/apps/google-drive (listing layout)', F2,
     {'integrations/google-drive.html': doc('Google Drive integration | Taskplank', market_body('Taskplank Integrations', 'Google Drive', '/integrations/icons/drive.svg', 'Attach Docs, Sheets and Slides to Taskplank cards, preview them inline and keep sharing permissions in sync.', ['See the files you pick with the Google Picker', 'Your name and e-mail address'], 'taskplank.com'), MKT_CSS),
      'integrations/icons/drive.svg': GDRIVE_ICON})

STORE_CSS = BASE + '''body{background:#fff}.store-top{background:#202124;color:#fff;padding:12px 28px;display:flex;gap:20px;align-items:center}.store-top a{color:#e8eaed}
.detail{max-width:1000px;margin:28px auto;display:grid;grid-template-columns:1fr 320px;gap:28px}.rating{color:#e37400}.ext-icon{border-radius:12px}'''
store_body = '''<div class="store-top"><strong>&#11042; Lumo Add-ons</strong><a href="/extensions">Extensions</a><a href="/themes">Themes</a><a href="/developers">Developer hub</a><span style="margin-left:auto"><a href="#signin">Sign in</a></span></div>
<div class="detail"><main><div style="display:flex;gap:16px;align-items:center"><img class="ext-icon" src="/icons/octo-file-icons.svg" width="64" height="64" alt=""><div><h1 style="margin:0">File Icons for GitHub and GitLab</h1><div class="muted">by Ravi Deshmukh &middot; <span class="rating">&#9733;&#9733;&#9733;&#9733;&#9734;</span> 4.4 &middot; 210,000 users</div></div></div>
<p>Replaces the plain file icons in GitHub and GitLab repository trees with language-specific icons. Works on github.com, GitHub Enterprise Server and self-hosted GitLab. No account needed; the extension never reads your code.</p>
<h2>Permissions</h2><ul><li>Read and change data on github.com and gitlab.com</li></ul><h2>Version history</h2><p class="muted">2.8.1 &mdash; support for the new repository file tree.</p></main>
<aside id="signin"><div class="card"><h3 style="margin-top:0">Sign in to Lumo Add-ons</h3><p class="muted">Sign in to rate extensions and sync them across your devices.</p><form action="/account/login" method="post"><label for="lumo-e">Lumo account e-mail</label><input id="lumo-e" type="email" name="email"><label for="lumo-p">Password</label><input id="lumo-p" type="password" name="password"><p><button class="btn" style="width:100%">Sign in</button></p></form><button class="btn sec" style="width:100%">Add to Lumo &mdash; free</button></div></aside></div>
<footer class="site">Lumo Browser Add-ons &middot; <a href="/policies">Add-on policies</a></footer>'''
page('addon-store-github', 'addons.lumobrowser.org', '/extension/file-icons-for-github',
     'none', 'Browser add-on store page for a "File Icons for GitHub and GitLab" extension with the store\'s own sign-in',
     'https://addons.mozilla.org/en-US/firefox/ and https://chromewebstore.google.com (detail page layout)', F2,
     {'extension/file-icons-for-github.html': doc('File Icons for GitHub and GitLab – Get this Extension for Lumo', store_body, STORE_CSS),
      'icons/octo-file-icons.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><rect width="64" height="64" rx="12" fill="#6e40c9"/><path d="M20 14h16l8 8v28H20z" fill="#fff"/></svg>'})

MSP_CSS = BASE + '''.hero{background:linear-gradient(120deg,#0d2b45,#1d5c8c);color:#fff;padding:56px 0}.hero h1{font-size:40px;max-width:620px}.hero .wrap{display:grid;grid-template-columns:1fr 340px;gap:40px}
.hero .card{color:#1f2328}.badges{display:flex;gap:20px;align-items:center;margin-top:22px}.svc{display:grid;grid-template-columns:repeat(3,1fr);gap:18px}.svc .card h3{margin-top:0}'''
PARTNER_BADGE = '<svg xmlns="http://www.w3.org/2000/svg" width="220" height="64" viewBox="0 0 220 64"><rect width="220" height="64" rx="4" fill="#fff"/><rect x="12" y="14" width="16" height="16" fill="#f25022"/><rect x="30" y="14" width="16" height="16" fill="#7fba00"/><rect x="12" y="32" width="16" height="16" fill="#00a4ef"/><rect x="30" y="32" width="16" height="16" fill="#ffb900"/><text x="56" y="28" font-family="Segoe UI,Arial" font-size="14" font-weight="600" fill="#444">Microsoft</text><text x="56" y="44" font-family="Segoe UI,Arial" font-size="11" fill="#444">Solutions Partner</text><text x="56" y="57" font-family="Segoe UI,Arial" font-size="9" fill="#666">Modern Work</text></svg>'
msp_body = f'''<header class="top"><strong style="font-size:19px">Kestrel Bay IT</strong><nav><a href="/services">Managed services</a><a href="/microsoft-365">Microsoft 365</a><a href="/security">Security</a><a href="/about">About</a><a href="/contact">Contact</a></nav></header>
<section class="hero"><div class="wrap"><div><h1>Your IT team, without hiring one.</h1><p>Managed IT, Microsoft 365 migrations and cybersecurity for 40&ndash;400-person businesses across the South West.</p>
<div class="badges"><img src="/img/badges/ms-solutions-partner.svg" width="220" height="64" alt="Microsoft Solutions Partner - Modern Work"><img src="/img/badges/cyber-essentials.svg" width="64" height="64" alt="Cyber Essentials Plus"></div></div>
<div class="card"><h3 style="margin-top:0">Client portal</h3><p class="muted">Existing clients: log in to raise a ticket, see invoices and approve changes.</p><form action="https://portal.kestrelbay-it.com/login" method="post"><label for="cp-e">E-mail</label><input id="cp-e" type="email" name="email"><label for="cp-p">Password</label><input id="cp-p" type="password" name="password"><p><button class="btn" style="width:100%">Log in to the portal</button></p></form><p class="muted">Urgent? Call 01752 555 014 (24/7).</p></div></div></section>
<div class="wrap"><h2>What we do</h2><div class="svc"><div class="card"><h3>Microsoft 365 &amp; Teams</h3><p>Tenant setup, Exchange Online migrations, Intune device management and Teams Phone.</p></div><div class="card"><h3>Security</h3><p>Entra ID conditional access, MFA roll-out, Defender for Business and staff phishing training.</p></div><div class="card"><h3>Support desk</h3><p>UK-based help desk, 8am&ndash;6pm, with out-of-hours cover for critical systems.</p></div></div></div>
<footer class="site">Kestrel Bay IT Ltd &middot; Plymouth &middot; Microsoft, Microsoft 365 and Teams are trademarks of the Microsoft group of companies.</footer>'''
page('msp-partner-site', 'www.kestrelbay-it.com', '/',
     'none', 'MSP home page with a "Microsoft Solutions Partner" badge image (four-square logo) and a client-portal login',
     'https://partner.microsoft.com/en-us/partnership/solutions-partner (badge usage) and typical MSP sites', F2,
     {'index.html': doc('Kestrel Bay IT | Managed IT and Microsoft 365 for business', msp_body, MSP_CSS),
      'img/badges/ms-solutions-partner.svg': PARTNER_BADGE,
      'img/badges/cyber-essentials.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><circle cx="32" cy="32" r="30" fill="#fff"/><path d="M18 34l10 10 18-22" stroke="#1a7f37" stroke-width="6" fill="none"/></svg>'})
portal_body = '''<div style="max-width:420px;margin:70px auto"><div style="text-align:center;margin-bottom:18px"><img src="/assets/kestrelbay-logo.svg" width="220" height="48" alt="Kestrel Bay IT"></div>
<div class="card"><h2 style="margin-top:0">Client Portal</h2><p class="muted">Log in to view tickets, invoices and your Microsoft 365 licence summary.</p>
<form action="/login" method="post"><label for="p-e">E-mail address</label><input id="p-e" type="email" name="email" autocomplete="username"><label for="p-p">Password</label><input id="p-p" type="password" name="password" autocomplete="current-password">
<p><label style="display:inline;font-weight:400"><input type="checkbox" name="remember"> Remember me</label></p><button class="btn" style="width:100%">Log in</button></form>
<p class="muted" style="margin-top:16px"><a href="/password/reset">Forgotten your password?</a> &middot; Portal passwords are separate from your Microsoft 365 password.</p></div>
<p class="muted" style="text-align:center">Powered by HaloPSA &middot; Kestrel Bay IT Ltd</p></div>'''
page('msp-client-portal', 'portal.kestrelbay-it.com', '/login',
     'none', 'MSP client portal login (PSA tool), mentions the client\'s Microsoft 365 licence summary',
     'https://halopsa.com (PSA client portal)', F2,
     {'login.html': doc('Client Portal - Kestrel Bay IT', portal_body, BASE),
      'assets/kestrelbay-logo.svg': svg_logo('Kestrel Bay IT', '#1d5c8c', 'circle', 220, 48)})
# ---------------- Family 3: developer and admin tools
F3 = 'dev'
APP_CSS = BASE + '''body{background:#f7f8fa}.shell{display:grid;grid-template-columns:230px 1fr;min-height:100vh}.nav{background:#111827;color:#cbd5e1;padding:18px 0}.nav a{display:block;color:#cbd5e1;padding:8px 22px;font-size:14px}.nav a.sel{background:#1f2937;color:#fff}
.nav .logo{color:#fff;font-weight:700;padding:0 22px 18px;font-size:18px}.main{padding:28px 36px;max-width:900px}code,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:13px}
.row{display:flex;gap:12px;align-items:flex-end}.row>div{flex:1}.hint{font-size:12.5px;color:#6a737d;margin-top:4px}'''
def shell(logo, items, sel, main):
    nav = ''.join(f'<a class="{"sel" if i == sel else ""}" href="#">{i}</a>' for i in items)
    return f'<div class="shell"><nav class="nav"><div class="logo">{logo}</div>{nav}</nav><main class="main">{main}</main></div>'
ci_main = '''<p class="muted">Organization settings &rsaquo; Version control</p><h1>Connect GitHub</h1>
<div class="card"><h3 style="margin-top:0">Recommended: install the Brisklane GitHub App</h3><p>Install the app on the repositories you want to build. GitHub will ask you to approve it on github.com.</p><a class="btn" href="https://github.com/apps/brisklane-ci/installations/new">Install on GitHub</a></div>
<div class="card" style="margin-top:18px"><h3 style="margin-top:0">Or use a personal access token</h3><p class="muted">For GitHub Enterprise Server or when you cannot install apps. Create a fine-grained token with <code>contents:read</code> and <code>statuses:write</code>.</p>
<form action="/api/v2/org/settings/vcs" method="post"><label for="gh-url">GitHub API URL</label><input id="gh-url" name="api_url" type="url" value="https://api.github.com"><label for="gh-token">Personal access token</label><input id="gh-token" name="token" type="password" placeholder="github_pat_11A…" autocomplete="off"><div class="hint">Stored encrypted; shown once. Brisklane never asks for your GitHub password.</div><p><button class="btn">Save connection</button> <button class="btn sec" type="button">Test</button></p></form></div>'''
page('ci-connect-github', 'app.brisklane-ci.com', '/settings/vcs',
     'none', 'CI service settings "Connect GitHub": install-the-app button and a personal-access-token field',
     'https://circleci.com/docs/github-integration-overview/ and https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens', F3,
     {'settings/vcs.html': doc('Version control · Settings · Brisklane CI', shell('Brisklane CI', ['Pipelines', 'Projects', 'Runners', 'Insights', 'Settings'], 'Settings', ci_main), APP_CSS)})
api_main = '''<h1>API console</h1><p class="muted">Send requests to the Quillpay REST API from your browser. Requests go to <code>https://api.quillpay.com/v3</code> with your token.</p>
<div class="card"><form id="console" onsubmit="return false"><div class="row"><div style="flex:0 0 120px"><label for="m">Method</label><select id="m"><option>GET</option><option>POST</option></select></div><div><label for="u">Endpoint</label><input id="u" type="text" value="/v3/payouts?limit=20" class="mono"></div></div>
<label for="tok">Authorization: Bearer</label><input id="tok" name="bearer" type="password" class="mono" placeholder="qp_live_…  or  qp_test_…"><div class="hint">Use a restricted test key. The console keeps the token in this tab only.</div>
<label for="body">Body</label><textarea id="body" rows="6" class="mono">{}</textarea><p><button class="btn">Send request</button></p></form>
<pre class="mono" style="background:#0d1117;color:#c9d1d9;padding:14px;border-radius:6px">HTTP/1.1 200 OK
{ "data": [], "has_more": false }</pre></div>'''
page('api-console-bearer', 'developer.quillpay.com', '/console',
     'none', 'Payments API console asking for a bearer token (password-type field), no provider involved',
     'https://docs.stripe.com/api (API explorer) and https://swagger.io/docs/open-source-tools/swagger-ui/usage/oauth2/', F3,
     {'console.html': doc('API console · Quillpay Developers', shell('Quillpay Developers', ['Overview', 'API reference', 'Console', 'Webhooks', 'API keys'], 'Console', api_main), APP_CSS)})
gcm_main = '''<h1>git-credential-tarn</h1><p class="muted">A credential helper for Tarnhaven's Git server and GitHub.</p>
<h2>Install</h2><pre class="mono" style="background:#f1f3f5;padding:12px;border-radius:6px">brew install tarnhaven/tap/git-credential-tarn
git config --global credential.helper tarn</pre>
<h2>Signing in</h2><p>On first push the helper opens your browser at GitHub's device page (<code>https://github.com/login/device</code>) and shows a code. If your machine has no browser, paste a token here to store it for this computer:</p>
<div class="card"><form action="/helper/store" method="post"><label for="gc-host">Host</label><input id="gc-host" name="host" value="git.tarnhaven.dev" type="text" class="mono"><label for="gc-user">Username</label><input id="gc-user" name="username" type="text"><label for="gc-tok">Token</label><input id="gc-tok" name="password" type="password" placeholder="personal access token"><p><button class="btn">Store credential</button></p></form></div>
<p class="muted">Equivalent to <code>git credential approve</code>. See <a href="https://git-scm.com/docs/gitcredentials">gitcredentials(7)</a>.</p>'''
page('git-credential-helper', 'docs.tarnhaven.dev', '/git/credential-helper',
     'none', 'Docs page of a git credential helper with a host/username/token form and GitHub device-flow text',
     'https://git-scm.com/docs/gitcredentials and https://github.com/git-ecosystem/git-credential-manager/blob/main/docs/credstores.md', F3,
     {'git/credential-helper.html': doc('git-credential-tarn · Tarnhaven Docs', shell('Tarnhaven Docs', ['Getting started', 'Git', 'CI', 'Packages'], 'Git', gcm_main), APP_CSS)})
tf_main = '''<p class="muted">Providers &rsaquo; Azure &rsaquo; Authentication</p><h1>Authenticating to Azure with a service principal</h1>
<p>The <code>azurerm</code> provider reads <code>ARM_CLIENT_ID</code>, <code>ARM_CLIENT_SECRET</code>, <code>ARM_TENANT_ID</code> and <code>ARM_SUBSCRIPTION_ID</code>. The token comes from <code>https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token</code>.</p>
<pre class="mono" style="background:#0d1117;color:#c9d1d9;padding:14px;border-radius:6px">provider "azurerm" {
  features {}
  client_id       = var.client_id
  client_secret   = var.client_secret
  tenant_id       = var.tenant_id
  subscription_id = var.subscription_id
}</pre>
<div class="card"><h3 style="margin-top:0">Try it: check your service principal</h3><p class="muted">Runs <code>az login --service-principal</code> in a sandbox and lists the subscriptions it can see. Use a throw-away principal.</p>
<form action="/try/azure-sp" method="post"><div class="row"><div><label for="tt">Tenant ID</label><input id="tt" name="tenant_id" class="mono" placeholder="00000000-0000-0000-0000-000000000000"></div><div><label for="tc">Client ID</label><input id="tc" name="client_id" class="mono"></div></div><label for="ts">Client secret</label><input id="ts" name="client_secret" type="password" class="mono"><p><button class="btn">Run</button></p></form></div>'''
page('iac-docs-try-it', 'docs.cloudcraft-iac.dev', '/providers/azure/authentication',
     'none', 'Infrastructure-as-code docs page with a "Try it" form (tenant id, client id, client secret) naming login.microsoftonline.com',
     'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/guides/service_principal_client_secret and https://learn.microsoft.com/en-us/cli/azure/authenticate-azure-cli-service-principal', F3,
     {'providers/azure/authentication.html': doc('Authenticating to Azure · CloudCraft IaC docs', shell('CloudCraft Docs', ['Intro', 'Providers', 'Modules', 'State', 'CLI'], 'Providers', tf_main), APP_CSS)})

JEN_CSS = '''body{margin:0;font-family:system-ui,"Segoe UI",roboto,"Noto Sans",Oxygen,Ubuntu,Cantarell,sans-serif;background:#fff;color:#14141f}.simple-page{max-width:400px;margin:10vh auto;padding:0 20px}
.logo{text-align:center}.logo h1{font-size:26px;font-weight:600}.jenkins-form-item{margin-bottom:18px}.jenkins-form-label{font-weight:600;display:block;margin-bottom:6px}
.jenkins-input{width:100%;box-sizing:border-box;height:38px;border:2px solid #dbdbe1;border-radius:10px;padding:0 12px;font-size:15px}.jenkins-button{width:100%;height:40px;border:0;border-radius:10px;background:#0b6aa2;color:#fff;font-weight:600;font-size:15px}
.footer{text-align:center;font-size:12px;color:#6b6b76;margin-top:30px}'''
jen_body = '''<div class="simple-page"><form method="post" name="login" action="j_spring_security_check"><div class="logo"><img src="/static/5e8f1c7a/images/svgs/logo.svg" width="60" height="60" alt="Jenkins logo"><h1>Sign in to Jenkins</h1></div>
<div class="jenkins-form-item"><label class="jenkins-form-label" for="j_username">Username</label><input autocorrect="off" autocomplete="username" name="j_username" id="j_username" type="text" class="jenkins-input" autocapitalize="off" autofocus></div>
<div class="jenkins-form-item"><label class="jenkins-form-label" for="j_password">Password</label><input name="j_password" id="j_password" type="password" class="jenkins-input" autocomplete="current-password"></div>
<div class="jenkins-form-item"><input type="checkbox" id="remember_me" name="remember_me"> <label for="remember_me">Keep me signed in</label></div><input name="from" type="hidden" value="/job/firmware-nightly/"><button type="submit" name="Submit" class="jenkins-button jenkins-button--primary">Sign in</button></form>
<div class="footer">Orvale build farm &middot; Jenkins 2.479.1</div></div>'''
page('jenkins-login', 'jenkins.orvale-build.net', '/login?from=%2Fjob%2Ffirmware-nightly%2F',
     'none', 'Self-hosted Jenkins "Sign in to Jenkins" page', 'https://www.jenkins.io/doc/book/security/managing-security/', F3,
     {'login.html': doc('Sign in [Jenkins]', jen_body, JEN_CSS),
      'static/5e8f1c7a/images/svgs/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="60" height="60"><circle cx="30" cy="30" r="28" fill="#d33833"/><circle cx="30" cy="26" r="14" fill="#f0d6b7"/></svg>'})

GRAF_CSS = '''body{margin:0;font-family:Inter,Helvetica,Arial,sans-serif;background:#111217 radial-gradient(circle at 50% 0,#23262e,#111217 70%);color:#ccccdc;min-height:100vh}.login{max-width:480px;margin:0 auto;padding-top:9vh;text-align:center}
.login h1{color:#fff;font-weight:400;font-size:32px;margin:14px 0 30px}.box{text-align:left;padding:0 40px}.box label{display:block;font-size:12px;font-weight:500;margin:14px 0 6px}.box input{width:100%;box-sizing:border-box;height:32px;background:#111217;border:1px solid #404450;border-radius:2px;color:#fff;padding:0 8px}
.primary{width:100%;margin-top:18px;height:32px;background:#3d71d9;color:#fff;border:0;border-radius:2px}.divider{margin:22px 40px;border-top:1px solid #2c3235;position:relative}.divider span{position:relative;top:-10px;background:#15171c;padding:0 10px;font-size:12px}
.oauth{display:block;margin:8px 40px;height:34px;line-height:34px;border-radius:2px;color:#fff;text-decoration:none;font-size:14px}.ms{background:#2f2f2f}.gh{background:#464c54}.gg{background:#e84d3c}'''
graf_body = '''<div class="login"><img src="/public/img/grafana_icon.svg" width="70" height="70" alt="Grafana"><h1>Welcome to Grafana</h1>
<form class="box" action="/login" method="post"><label for="user">Email or username</label><input id="user" name="user" autocomplete="username" placeholder="email or username"><label for="current-password">Password</label><input id="current-password" name="password" type="password" autocomplete="current-password" placeholder="password"><button class="primary" type="submit">Log in</button></form>
<div class="divider"><span>or</span></div>
<a class="oauth ms" href="/login/azuread">&#9638; Sign in with Microsoft</a><a class="oauth gh" href="/login/github">Sign in with GitHub</a><a class="oauth gg" href="/login/google">Sign in with Google</a>
<p style="font-size:12px;margin-top:30px">Halvorsen Ops observability &middot; Grafana v11.3.0</p></div>'''
page('grafana-login', 'grafana.halvorsen-ops.net', '/login',
     'none', 'Self-hosted Grafana login with its own form and "Sign in with Microsoft/GitHub/Google" OAuth buttons',
     'https://grafana.com/docs/grafana/latest/setup-grafana/configure-security/configure-authentication/azuread/', F3,
     {'login.html': doc('Grafana', graf_body, GRAF_CSS),
      'public/img/grafana_icon.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="70" height="70"><circle cx="35" cy="35" r="30" fill="#f46800"/><circle cx="35" cy="35" r="14" fill="#fbca0a"/></svg>'})

GITEA_CSS = BASE + '''body{background:#fff}.ui.top{background:#fff;border-bottom:1px solid #d0d7de;padding:8px 20px;display:flex;gap:18px;align-items:center}.page{max-width:560px;margin:40px auto}
.ui.attached.header{background:#f6f7fa;border:1px solid #d0d7de;border-radius:6px 6px 0 0;padding:12px 16px;font-size:18px;font-weight:600;text-align:center}.ui.attached.segment{border:1px solid #d0d7de;border-top:0;border-radius:0 0 6px 6px;padding:20px}
.ui.primary.button{background:#4183c4;color:#fff;border:0;border-radius:4px;padding:9px 18px;font-weight:600}.oauth2{margin-top:18px;text-align:center}.oauth2 a{display:inline-block;border:1px solid #d0d7de;border-radius:4px;padding:6px 12px;margin:4px;color:#333}'''
gitea_body = '''<div class="ui top"><img src="/assets/img/logo.svg" width="30" height="30" alt="Gitea"><a href="/explore/repos">Explore</a><a href="/user/sign_up" style="margin-left:auto">Register</a><a href="/user/login">Sign In</a></div>
<div class="page"><h4 class="ui top attached header">Sign In</h4><div class="ui attached segment"><form class="ui form" action="/user/login" method="post"><input type="hidden" name="_csrf" value="kR3a9dO0xQ1vN4yB-7cF2pLm5w8:1733025600">
<label for="user_name">Username or Email Address</label><input id="user_name" type="text" name="user_name" autofocus required><label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" required>
<p><input name="remember" type="checkbox"> <label style="display:inline;font-weight:400">Remember This Device</label></p><button class="ui primary button">Sign In</button> <a href="/user/forgot_password">Forgot password?</a></form>
<div class="oauth2"><div class="muted">Or</div><a href="/user/oauth2/github"><img src="/assets/img/auth/github.png" width="16" height="16" alt=""> Sign in with GitHub</a><a href="/user/oauth2/entra"><img src="/assets/img/auth/azuread.png" width="16" height="16" alt=""> Sign in with Entra ID</a></div></div></div>
<footer class="site">Powered by Gitea Version: 1.22.3 &middot; Brackwater Games</footer>'''
page('gitea-login', 'git.brackwater.dev', '/user/login',
     'none', 'Self-hosted Gitea "Sign In" with its own form and "Sign in with GitHub / Entra ID" OAuth2 sources',
     'https://docs.gitea.com/usage/authentication', F3,
     {'user/login.html': doc('Sign In - Brackwater Gitea', gitea_body, GITEA_CSS),
      'assets/img/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="30" height="30"><circle cx="15" cy="15" r="14" fill="#609926"/></svg>'})

PM_CSS = '''body{margin:0;font-family:Inter,"Segoe UI",Arial,sans-serif;font-size:13px;background:#fff;color:#212121}.topbar{height:44px;background:#f9f9f9;border-bottom:1px solid #e6e6e6;display:flex;align-items:center;padding:0 14px;gap:14px}
.req{display:flex;gap:6px;padding:12px 16px;border-bottom:1px solid #eee}.req select,.req input{height:34px;border:1px solid #e6e6e6;border-radius:4px;padding:0 8px;font-family:ui-monospace,Menlo,monospace}.req input{flex:1}.send{background:#097bed;color:#fff;border:0;border-radius:4px;padding:0 20px}
.tabs{display:flex;gap:18px;padding:8px 16px;border-bottom:1px solid #eee}.tabs span.sel{border-bottom:2px solid #ff6c37;font-weight:600}.auth{display:grid;grid-template-columns:300px 1fr;gap:24px;padding:16px}
.f{display:grid;grid-template-columns:170px 1fr;align-items:center;gap:8px;margin-bottom:10px}.f input,.f select{height:30px;border:1px solid #e6e6e6;border-radius:4px;padding:0 8px;font-family:ui-monospace,Menlo,monospace;font-size:12px}
.getnew{background:#ff6c37;color:#fff;border:0;border-radius:4px;padding:8px 16px;font-weight:600}.note{color:#6b6b6b}'''
def pm_body(app, url, authurl, tokenurl, scope, client):
    return f'''<div class="topbar"><strong>{app}</strong><span class="note">Workspace: Platform team &rsaquo; Collections &rsaquo; Graph smoke tests</span></div>
<div class="req"><select><option>GET</option></select><input value="{url}"><button class="send">Send</button></div>
<div class="tabs"><span>Params</span><span class="sel">Authorization</span><span>Headers (8)</span><span>Body</span><span>Scripts</span><span>Settings</span></div>
<div class="auth"><div><div class="f"><label>Auth Type</label><select><option>OAuth 2.0</option></select></div><p class="note">The authorization data will be automatically generated when you send the request.</p></div>
<form onsubmit="return false"><h3 style="margin-top:0">Configure New Token</h3>
<div class="f"><label for="tn">Token Name</label><input id="tn" value="graph-dev"></div><div class="f"><label for="gt">Grant type</label><select id="gt"><option>Authorization Code (With PKCE)</option></select></div>
<div class="f"><label for="cb">Callback URL</label><input id="cb" value="https://oauth.{app.lower()}.dev/v1/callback"></div>
<div class="f"><label for="au">Auth URL</label><input id="au" value="{authurl}"></div><div class="f"><label for="tu">Access Token URL</label><input id="tu" value="{tokenurl}"></div>
<div class="f"><label for="ci">Client ID</label><input id="ci" value="{client}"></div><div class="f"><label for="cs">Client Secret</label><input id="cs" type="password" value=""></div>
<div class="f"><label for="sc">Scope</label><input id="sc" value="{scope}"></div><div class="f"><label for="st">State</label><input id="st" value="xyz123"></div>
<div class="f"><label for="ca">Client Authentication</label><select id="ca"><option>Send as Basic Auth header</option></select></div><button class="getnew" type="button">Get New Access Token</button></form></div>'''
page('oauth-config-microsoft', 'app.reqpilot.dev', '/workspace/platform/collections/graph-smoke',
     'none', 'API client\'s OAuth 2.0 "Configure New Token" form with Auth URL login.microsoftonline.com/…/authorize, token URL, client id, client secret',
     'https://learning.postman.com/docs/sending-requests/authorization/oauth-20/ and https://developer.pingidentity.com/pingone-api/foundations/authentication-concepts/postman-collection-level-authorization/oauth-2.0.html', F3,
     {'workspace/platform/collections/graph-smoke.html': doc('Graph smoke tests — Reqpilot', pm_body('Reqpilot', 'https://graph.microsoft.com/v1.0/me/messages?$top=5', 'https://login.microsoftonline.com/7b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d/oauth2/v2.0/authorize', 'https://login.microsoftonline.com/7b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d/oauth2/v2.0/token', 'https://graph.microsoft.com/Mail.Read offline_access', 'c3a8e2f1-5b6d-4e7f-9a0b-1c2d3e4f5a6b'), PM_CSS)})
page('oauth-config-google-github', 'app.httpforge.io', '/w/team/requests/drive-list',
     'none', 'API client\'s OAuth 2.0 form with Auth URL accounts.google.com/o/oauth2/v2/auth and the Drive scope',
     'https://learning.postman.com/docs/sending-requests/authorization/oauth-20/ and https://developers.google.com/identity/protocols/oauth2/web-server', F3,
     {'w/team/requests/drive-list.html': doc('drive-list — HTTPForge', pm_body('HTTPForge', 'https://www.googleapis.com/drive/v3/files?pageSize=10', 'https://accounts.google.com/o/oauth2/v2/auth', 'https://oauth2.googleapis.com/token', 'https://www.googleapis.com/auth/drive.readonly', '4417820931-q1w2e3r4t5y6u7i8o9p0.apps.googleusercontent.com'), PM_CSS)})
# ---------------- Family 4: ordinary pages with odd markup
F4 = 'markup'
SHOP_CSS = BASE + '''.grid{display:grid;grid-template-columns:repeat(4,1fr);gap:18px}.prod{background:#fff;border:1px solid #e3e6ea;border-radius:8px;padding:12px}.prod .img{height:150px;background:#efe9df;border-radius:6px;margin-bottom:8px}
dialog{border:0;border-radius:12px;box-shadow:0 20px 60px rgba(0,0,0,.35);width:380px;padding:26px}dialog::backdrop{background:rgba(20,20,30,.55)}'''
prods = ''.join(f'<div class="prod"><div class="img"></div><strong>{t}</strong><div class="muted">{a}</div><div>&pound;{p}</div></div>' for t, a, p in [('The Salt Path', 'Raynor Winn', '9.99'), ('Tomorrow, and Tomorrow', 'Gabrielle Zevin', '10.99'), ('Braiding Sweetgrass', 'Robin Wall Kimmerer', '12.99'), ('The Overstory', 'Richard Powers', '10.99')])
dialog_body = f'''<header class="top"><strong style="font-size:20px;font-family:Georgia">Fernleaf Books</strong><nav><a href="/new">New in</a><a href="/fiction">Fiction</a><a href="/children">Children</a><a href="/events">Events</a></nav><span style="margin-left:auto">Basket (0)</span></header>
<div class="wrap"><h1>Staff picks for December</h1><div class="grid">{prods}</div></div>
<dialog id="login" open aria-labelledby="lt"><h2 id="lt" style="margin-top:0">Sign in to Fernleaf</h2><p class="muted">Sign in to see your loyalty stamps and reserved books.</p>
<form method="dialog" action="/account/login"><label for="dl-e">E-mail</label><input id="dl-e" type="email" name="email" autocomplete="username"><label for="dl-p">Password</label><input id="dl-p" type="password" name="password" autocomplete="current-password"><p><button class="btn" style="width:100%">Sign in</button></p><p class="muted"><a href="/account/register">Create an account</a> &middot; <a href="#" onclick="this.closest('dialog').close()">Not now</a></p></form></dialog>
<footer class="site">Fernleaf Books, 14 Market Street, Totnes</footer>'''
page('dialog-modal-login', 'www.fernleaf-books.com', '/', 'none', 'Independent bookshop with its login in an open modal <dialog>',
     'https://developer.mozilla.org/en-US/docs/Web/HTML/Element/dialog and https://uk.bookshop.org (shop layout)', F4,
     {'index.html': doc('Fernleaf Books — independent bookshop', dialog_body, SHOP_CSS)})

spa_body = '''<div id="app"><header class="top"><strong style="font-size:18px">&#10003; Plumtask</strong></header><div class="wrap"><div class="card" style="max-width:420px;margin:40px auto" id="slot"><p class="muted">Loading…</p></div></div></div>
<script>
fetch('/partials/login.html').then(r => r.text()).then(html => { document.getElementById('slot').innerHTML = html; });
</script>'''
spa_partial = '''<h2 style="margin-top:0">Log in to Plumtask</h2><p class="muted">Plan your week, share lists with your household.</p><form action="/api/session" method="post"><label for="sp-e">E-mail</label><input id="sp-e" type="email" name="email"><label for="sp-p">Password</label><input id="sp-p" type="password" name="password"><p><button class="btn" style="width:100%">Log in</button></p></form><p class="muted">No account? <a href="/signup">Sign up free</a></p>'''
page('spa-fetched-form', 'app.plumtask.io', '/login', 'none', 'Single-page to-do app whose login form arrives by fetch() after load',
     'https://developer.mozilla.org/en-US/docs/Web/API/Fetch_API/Using_Fetch and https://todoist.com/auth/login (layout)', F4,
     {'login.html': doc('Plumtask', spa_body, BASE), 'partials/login.html': spa_partial})

cin_body = '''<header class="top" style="background:#1a1a2e;color:#fff"><strong style="font-size:20px">HARLOW PICTUREHOUSE</strong><nav><a style="color:#ddd" href="/whats-on">What's on</a><a style="color:#ddd" href="/membership">Membership</a></nav></header>
<div class="wrap" style="display:grid;grid-template-columns:1fr 380px;gap:24px"><main><h1>This week</h1><div class="card"><strong>Paddington in Peru</strong> &middot; PG &middot; 106 min<div class="muted">Fri 18:15 &middot; 20:40 &middot; Sat 11:00 &middot; 14:00</div></div><div class="card" style="margin-top:12px"><strong>Nosferatu</strong> &middot; 15 &middot; 132 min<div class="muted">Fri 21:00 &middot; Sat 20:30</div></div></main>
<aside><iframe src="/account/frame.html" title="Member login" style="width:100%;height:380px;border:1px solid #e3e6ea;border-radius:10px;background:#fff"></iframe></aside></div>'''
cin_frame = doc('Member login', '''<div style="padding:18px"><h2 style="margin-top:0">Members' login</h2><form action="/account/login" method="post" target="_top"><label for="cf-n">Membership number or e-mail</label><input id="cf-n" name="member" type="text"><label for="cf-p">Password</label><input id="cf-p" name="password" type="password"><p><button class="btn" style="width:100%;background:#b5121b">Log in</button></p></form><p class="muted">Members get &pound;2 off every ticket.</p></div>''', BASE + 'body{background:#fff}')
page('iframe-same-origin-login', 'www.harlowpicturehouse.com', '/whats-on', 'none', 'Cinema listings with the members\' login inside a same-origin iframe',
     'https://www.picturehouses.com (listings and membership)', F4,
     {'whats-on.html': doc("What's on — Harlow Picturehouse", cin_body, BASE), 'account/frame.html': cin_frame})

shadow_body = '''<header class="top"><strong style="font-size:19px">Veloura Travel</strong><nav><a href="/holidays">Holidays</a><a href="/city-breaks">City breaks</a><a href="/deals">Deals</a></nav></header>
<div class="wrap" style="display:grid;grid-template-columns:1fr 380px;gap:24px"><main><h1>Winter sun, booked in minutes</h1><p>Seven nights in Lanzarote from &pound;389pp including flights and transfers.</p><div class="card"><strong>Lisbon city break</strong> &middot; 3 nights &middot; from &pound;249pp</div></main><aside><vt-login></vt-login></aside></div>
<script>
customElements.define('vt-login', class extends HTMLElement {
  constructor() { super(); const root = this.attachShadow({ mode: 'closed' });
    root.innerHTML = `<style>:host{display:block;font-family:system-ui,sans-serif}.c{background:#fff;border:1px solid #e3e6ea;border-radius:10px;padding:22px}label{display:block;font-weight:600;font-size:14px;margin:10px 0 4px}input{width:100%;box-sizing:border-box;padding:9px;border:1px solid #c4c9d0;border-radius:6px}button{margin-top:14px;width:100%;padding:10px;border:0;border-radius:6px;background:#008577;color:#fff;font-weight:600}</style>
    <div class="c"><h2 style="margin-top:0">My Veloura</h2><p style="color:#666;font-size:14px">Manage your booking, check in and download tickets.</p><form action="/account/login" method="post"><label for="e">Booking reference or e-mail</label><input id="e" name="login" type="text"><label for="p">Password</label><input id="p" name="password" type="password"><button type="submit">Sign in</button></form></div>`; }
});
</script>'''
page('closed-shadow-login', 'www.veloura-travel.com', '/', 'none', 'Travel agent whose "My Veloura" login lives in a closed shadow root',
     'https://developer.mozilla.org/en-US/docs/Web/API/Element/attachShadow', F4,
     {'index.html': doc('Veloura Travel — holidays and city breaks', shadow_body, BASE)})

ar_body = '''<header class="top"><strong style="font-size:20px">مكتبة النور</strong><nav><a href="/ar/new">وصل حديثاً</a><a href="/ar/novels">روايات</a><a href="/ar/kids">كتب الأطفال</a></nav></header>
<div class="wrap" style="max-width:460px"><div class="card"><h1 style="margin-top:0">تسجيل الدخول</h1><p class="muted">سجّل الدخول لمتابعة طلباتك وقائمة أمنياتك.</p>
<form action="/ar/account/login" method="post"><label for="ar-e">البريد الإلكتروني</label><input id="ar-e" type="email" name="email" dir="ltr"><label for="ar-p">كلمة المرور</label><input id="ar-p" type="password" name="password"><p><button class="btn" style="width:100%;background:#0f6e56">دخول</button></p></form>
<p class="muted"><a href="/ar/account/forgot">نسيت كلمة المرور؟</a> · <a href="/ar/account/register">إنشاء حساب جديد</a></p></div></div><footer class="site">مكتبة النور · عمّان · توصيل إلى جميع المحافظات</footer>'''
page('rtl-arabic-login', 'www.maktabat-alnoor.com', '/ar/account/login', 'none', 'Arabic (RTL) bookshop\'s own login',
     'https://www.jamalon.com (Arabic bookshop account pages)', F4,
     {'ar/account/login.html': doc('تسجيل الدخول — مكتبة النور', ar_body, BASE, lang='ar', dir_='rtl')})
he_body = '''<header class="top"><strong style="font-size:20px">שוק האורג</strong><nav><a href="/catalog">קטלוג</a><a href="/sale">מבצעים</a><a href="/contact">צור קשר</a></nav></header>
<div class="wrap" style="max-width:460px"><div class="card"><h1 style="margin-top:0">כניסה לחשבון</h1><p class="muted">היכנסו כדי לצפות בהזמנות ובנקודות המועדון.</p>
<form action="/account/login" method="post"><label for="he-e">דוא״ל</label><input id="he-e" type="email" name="email" dir="ltr"><label for="he-p">סיסמה</label><input id="he-p" type="password" name="password"><p><button class="btn" style="width:100%">כניסה</button></p></form><p class="muted"><a href="/account/forgot">שכחתי סיסמה</a></p></div></div><footer class="site">שוק האורג בע״מ · טקסטיל לבית</footer>'''
page('rtl-hebrew-login', 'www.shuk-haoreg.co.il', '/account/login', 'none', 'Hebrew (RTL) textile shop\'s own login',
     'https://www.shufersal.co.il (Hebrew account login layout)', F4,
     {'account/login.html': doc('כניסה לחשבון — שוק האורג', he_body, BASE, lang='he', dir_='rtl')})
ja_body = '''<header class="top"><strong style="font-size:20px">喫茶ひかり オンラインショップ</strong><nav><a href="/beans">珈琲豆</a><a href="/gift">ギフト</a><a href="/news">お知らせ</a></nav></header>
<div class="wrap" style="max-width:480px"><div class="card"><h1 style="margin-top:0">ログイン</h1><p class="muted">会員の方はメールアドレスとパスワードを入力してください。</p>
<form action="/member/login" method="post"><label for="ja-e">メールアドレス</label><input id="ja-e" type="email" name="email"><label for="ja-p">パスワード</label><input id="ja-p" type="password" name="password"><p><button class="btn" style="width:100%;background:#6b3e26">ログインする</button></p></form>
<p class="muted"><a href="/member/reminder">パスワードをお忘れの方</a> ・ <a href="/member/regist">新規会員登録</a></p></div></div><footer class="site">© 喫茶ひかり 京都市中京区</footer>'''
page('cjk-japanese-login', 'www.kissa-hikari.jp', '/member/login', 'none', 'Japanese coffee shop\'s member login',
     'https://www.makeshop.jp (Japanese shop member login layout)', F4,
     {'member/login.html': doc('ログイン｜喫茶ひかり オンラインショップ', ja_body, BASE, lang='ja')})
zh_body = '''<header class="top"><strong style="font-size:20px">茶叶社</strong><nav><a href="/tea">全部茶品</a><a href="/gift">礼盒</a><a href="/about">关于我们</a></nav></header>
<div class="wrap" style="max-width:460px"><div class="card"><h1 style="margin-top:0">会员登录</h1><form action="/user/login" method="post"><label for="zh-u">手机号 / 邮箱</label><input id="zh-u" type="text" name="account"><label for="zh-p">密码</label><input id="zh-p" type="password" name="password"><p><button class="btn" style="width:100%;background:#4a7c3a">登录</button></p></form>
<p class="muted"><a href="/user/sms">短信验证码登录</a> · <a href="/user/register">免费注册</a></p></div></div><footer class="site">茶叶社 · 杭州 · 浙ICP备2026012345号</footer>'''
page('cjk-chinese-login', 'www.chayeshe-tea.cn', '/user/login', 'none', 'Chinese tea shop\'s member login (phone or e-mail)',
     'https://passport.jd.com (Chinese shop login layout)', F4,
     {'user/login.html': doc('会员登录 - 茶叶社', zh_body, BASE, lang='zh-CN')})

tv_body = '''<div style="min-height:100vh;background:#0b0b12;color:#fff;display:flex;flex-direction:column;align-items:center;padding-top:10vh;font-family:system-ui,sans-serif">
<img src="/img/reelhaven.svg" width="200" height="44" alt="ReelHaven"><h1 style="font-weight:600;margin-top:30px">Enter the code shown on your TV</h1><p style="color:#aaa">Signed in as tomas.r@example.net &middot; <a style="color:#e5a50a" href="/logout">Not you?</a></p>
<form action="/activate" method="post" style="display:flex;gap:8px;margin-top:16px"><input name="code" maxlength="8" autocomplete="one-time-code" placeholder="XXXX-XXXX" style="width:260px;font-size:28px;letter-spacing:.2em;text-align:center;padding:12px;border-radius:8px;border:2px solid #444;background:#16161f;color:#fff"><button class="btn" style="background:#e5a50a;color:#111">Continue</button></form>
<p style="color:#888;max-width:460px;text-align:center;margin-top:30px">The code is on your TV, games console or streaming stick in the ReelHaven app. It expires after 15 minutes. Only enter codes you started yourself.</p></div>'''
page('tv-pairing-code', 'www.reelhaven.tv', '/activate', 'none', 'Streaming service TV pairing page "Enter the code shown on your TV" (its own account)',
     'https://alejandrorioja.com/how-to-activate-netflix-on-your-smart-tv/ (netflix.com/tv8 code flow)', F4,
     {'activate.html': doc('Activate your TV — ReelHaven', tv_body, BASE),
      'img/reelhaven.svg': svg_logo('ReelHaven', '#e5a50a', 'square', 200, 44).replace('#222', '#fff')})

pw_body = '''<header class="top"><strong style="font-size:26px;font-family:Georgia">The Coastal Herald</strong><nav><a href="/news">News</a><a href="/sport">Sport</a><a href="/business">Business</a></nav><a style="margin-left:auto" href="/subscribe" class="btn">Subscribe</a></header>
<article class="wrap" style="max-width:720px;font-family:Georgia;font-size:18px"><h1>Harbour wall repairs to close seafront road until March</h1><p class="muted">By Liam Tregothnan &middot; 1 December 2026</p><p>Work to repair the storm-damaged harbour wall will close Marine Parade to traffic from next week, the council has confirmed.</p><p style="color:#aaa">The &pound;4.2m scheme, funded partly by the Environment Agency, will rebuild a 90-metre section…</p>
<div style="position:relative;border-top:1px solid #ddd;padding-top:20px;font-family:system-ui"><h2>Keep reading for free</h2><p>Register with The Coastal Herald to read 5 articles a month.</p><a class="btn" href="/register">Register with e-mail</a> <a class="btn sec" href="/login">I already have an account</a></div></article>
<div id="onetap" style="position:fixed;top:70px;right:24px;width:360px;background:#fff;border-radius:8px;box-shadow:0 2px 12px rgba(0,0,0,.25);font-family:Roboto,Arial,sans-serif;padding:16px">
<div style="display:flex;align-items:center;gap:8px;font-size:14px"><img src="/static/brand/ch-mark.svg" width="20" height="20" alt=""> Sign in to The Coastal Herald with Google <span style="margin-left:auto;cursor:pointer">&times;</span></div>
<div style="display:flex;gap:12px;align-items:center;margin:14px 0"><div style="width:36px;height:36px;border-radius:50%;background:#7b61ff;color:#fff;display:flex;align-items:center;justify-content:center">A</div><div><div style="font-weight:500">Ana Pellow</div><div class="muted">ana.pellow@example.org</div></div></div>
<a href="/auth/google/start" class="btn" style="display:block;text-align:center;background:#1a73e8;border-radius:4px">Continue as Ana</a><p class="muted" style="font-size:11px">To continue, Google will share your name, e-mail address and profile picture with this site.</p></div>'''
page('paywall-onetap-style', 'www.thecoastalherald.co.uk', '/news/2026/12/01/harbour-wall-repairs', 'none', 'Local news paywall with a site-drawn One Tap-style "Continue as Ana" card that links to the site\'s own Google OAuth start',
     'https://developers.google.com/identity/gsi/web/guides/display-google-one-tap', F4,
     {'news/2026/12/01/harbour-wall-repairs.html': doc('Harbour wall repairs to close seafront road until March | The Coastal Herald', pw_body, BASE),
      'static/brand/ch-mark.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20"><rect width="20" height="20" rx="4" fill="#003b5c"/><text x="10" y="15" font-size="12" text-anchor="middle" fill="#fff" font-family="Georgia">H</text></svg>'})

bank_body = '''<header class="top" style="background:#00395d;color:#fff"><strong style="font-size:19px">Lindenvale Bank</strong><span style="margin-left:auto;font-size:13px">Online Banking &middot; Secure session</span></header>
<div class="wrap" style="max-width:520px"><div class="card" style="text-align:center"><h1 style="margin-top:0">Approve this sign-in</h1><p>Open the <strong>Lindenvale Bank app</strong> on your phone and enter the number below.</p>
<div style="font-size:56px;font-weight:700;letter-spacing:.1em;color:#00395d;margin:18px 0">47</div><p class="muted">Waiting for approval… This request expires in 4:52.</p>
<p class="muted">Didn't get a notification? <a href="/mfa/sms">Send a code by text instead</a></p><form action="/mfa/sms" method="post" style="text-align:left"><label for="otp">Or enter the 6-digit code from your card reader</label><input id="otp" name="otp" inputmode="numeric" autocomplete="one-time-code"><p><button class="btn" style="background:#00395d">Verify</button></p></form></div>
<p class="muted">Lindenvale Bank will never ask you to approve a sign-in you did not start, or to read this number to anyone on the phone.</p></div>'''
page('bank-number-matching', 'secure.lindenvale-bank.com', '/mfa/approve', 'none', 'Bank\'s sign-in approval step with number matching for its own app (and a card-reader code field)',
     'https://learn.microsoft.com/en-us/entra/identity/authentication/how-to-mfa-number-match (the pattern) and UK banks\' app approval pages', F4,
     {'mfa/approve.html': doc('Approve sign-in — Lindenvale Bank', bank_body, BASE)})
# ---------------- Family 5: near-miss names and content hosts, legitimately used
F5 = 'names'
meet_body = '''<header class="top"><strong style="font-size:20px">&#9741; Githubbers Lisbon</strong><nav><a href="/events">Events</a><a href="/talks">Talks</a><a href="/code-of-conduct">Code of conduct</a></nav></header>
<div class="wrap" style="display:grid;grid-template-columns:1fr 340px;gap:24px"><main><p class="muted">Community meetup &middot; not affiliated with GitHub, Inc.</p><h1>Meetup #42: Monorepos, merge queues and pizza</h1><p>Thursday 11 December, 18:30 &middot; Hub Criativo do Beato, Lisbon.</p><ul><li>Rui Antunes &mdash; "Our merge queue after one year"</li><li>Sofia Brandão &mdash; "Actions runners on spot instances"</li></ul><p>We are a volunteer group of developers who like Git, code review and open source. Talks are recorded and posted to our channel.</p></main>
<aside><div class="card"><h3 style="margin-top:0">RSVP</h3><p class="muted">Log in to your Githubbers account to save a seat (80 places).</p><form action="/rsvp" method="post"><label for="gb-e">E-mail</label><input id="gb-e" type="email" name="email"><label for="gb-p">Password</label><input id="gb-p" type="password" name="password"><p><button class="btn" style="width:100%">Log in and RSVP</button></p></form><p class="muted">No account? <a href="/join">Join the group</a></p></div></aside></div>
<footer class="site">Githubbers Lisbon &middot; volunteer-run since 2017</footer>'''
page('near-githubbers-meetup', 'www.githubbers.org', '/events/meetup-42', 'none', 'Developer meetup group "Githubbers Lisbon" (name contains "github") with its own RSVP login',
     'https://www.meetup.com (group event page layout)', F5,
     {'events/meetup-42.html': doc('Meetup #42 — Githubbers Lisbon', meet_body, BASE)})
gog_body = '''<header class="top"><strong style="font-size:20px">Gogglehaus</strong><nav><a href="/ski">Ski goggles</a><a href="/swim">Swim</a><a href="/lenses">Lenses</a></nav><span style="margin-left:auto">Cart (1)</span></header>
<div class="wrap" style="max-width:460px"><div class="card"><h1 style="margin-top:0">Sign in</h1><p class="muted">Welcome back to Gogglehaus &mdash; goggles for snow and water since 2009.</p><form action="/account/login" method="post"><label for="gg-e">E-mail</label><input id="gg-e" type="email" name="customer[email]"><label for="gg-p">Password</label><input id="gg-p" type="password" name="customer[password]"><p><button class="btn" style="width:100%;background:#111">Sign in</button></p></form><p class="muted"><a href="/account/register">Create account</a></p></div></div><footer class="site">Gogglehaus GmbH &middot; Innsbruck</footer>'''
page('near-gogglehaus-shop', 'www.gogglehaus.com', '/account/login', 'none', 'Ski-goggle shop "Gogglehaus" (one letter from "google") with its own login',
     'https://shopify.dev/docs/storefronts/themes/architecture/templates/customers-login', F5,
     {'account/login.html': doc('Sign in – Gogglehaus', gog_body, BASE)})
surf_body = '''<header class="top" style="background:#0b4f6c;color:#fff"><strong style="font-size:20px">AzureWave Surf School</strong><nav><a style="color:#e0f2f1" href="/lessons">Lessons</a><a style="color:#e0f2f1" href="/camps">Camps</a><a style="color:#e0f2f1" href="/forecast">Forecast</a></nav></header>
<div class="wrap" style="display:grid;grid-template-columns:1fr 340px;gap:24px"><main><h1>Learn to surf in Ericeira</h1><p>Small groups, ISA-qualified coaches and all boards and wetsuits included. Book a single lesson or a 5-day pack.</p><div class="card"><strong>Beginner 5-day pack</strong> &middot; &euro;190</div></main>
<aside><div class="card"><h3 style="margin-top:0">Members' area</h3><form action="/members/login" method="post"><label for="aw-e">E-mail</label><input id="aw-e" type="email" name="email"><label for="aw-p">Password</label><input id="aw-p" type="password" name="password"><p><button class="btn" style="width:100%;background:#0b4f6c">Log in</button></p></form></div></aside></div><footer class="site">AzureWave Surf School, Ericeira</footer>'''
page('near-azurewave-surf', 'www.azurewave-surf.com', '/', 'none', 'Surf school "AzureWave" (contains "azure") with a members\' login',
     'https://www.wix.com/website-template/ (surf school templates)', F5,
     {'index.html': doc('AzureWave Surf School — Ericeira', surf_body, BASE)})

def personal(title, host_footer, form, extra=''):
    return f'''<header class="top"><strong style="font-size:18px">{title}</strong><nav><a href="/">Home</a><a href="/posts">Posts</a><a href="/about">About</a></nav></header>
<div class="wrap" style="max-width:760px">{extra}{form}</div><footer class="site">{host_footer}</footer>'''
gh_io = personal('Mara Lindqvist', 'Built with GitHub Pages &middot; Jekyll theme minima &middot; &copy; 2026 Mara Lindqvist',
  '''<div class="card"><h3 style="margin-top:0">Get new posts by e-mail</h3><form action="https://buttondown.com/api/emails/embed-subscribe/maralindqvist" method="post"><label for="nl">E-mail</label><input id="nl" type="email" name="email"><p><button class="btn">Subscribe</button></p></form></div>''',
  '<h1>Notes on Rust, ham radio and Swedish bread</h1><p class="muted">1 Dec 2026</p><p>This winter I rebuilt my APRS tracker firmware in Rust. Here is what went well and what did not.</p>')
page('github-io-personal', 'mara-lindqvist.github.io', '/', 'none', 'Personal blog on github.io with a newsletter form and a "Built with GitHub Pages" footer',
     'https://docs.github.com/en/pages/getting-started-with-github-pages/about-github-pages', F5,
     {'index.html': doc('Mara Lindqvist — notes', gh_io, BASE)})
pages_dev = personal('Quilt Pattern Club', 'Hosted on Cloudflare Pages', '''<div class="card"><h3 style="margin-top:0">Members log in</h3><p class="muted">Download this month's pattern PDF.</p><form action="/api/login" method="post"><label for="q-e">E-mail</label><input id="q-e" type="email" name="email"><label for="q-p">Password</label><input id="q-p" type="password" name="password"><p><button class="btn">Log in</button></p></form></div>''', '<h1>December pattern: Winter Star</h1><p>Our 12-block sampler continues with a paper-pieced star.</p>')
page('pages-dev-club', 'quiltpattern-club.pages.dev', '/', 'none', 'Quilting club site on pages.dev with its own members\' login',
     'https://developers.cloudflare.com/pages/', F5, {'index.html': doc('Quilt Pattern Club', pages_dev, BASE)})
vercel = personal('Hikelog', 'Hosted on Vercel &middot; Next.js', '''<div class="card"><h3 style="margin-top:0">Sign in to Hikelog</h3><form action="/api/auth/callback/credentials" method="post"><input type="hidden" name="csrfToken" value="5b1f0a"><label for="h-e">E-mail</label><input id="h-e" type="email" name="email"><label for="h-p">Password</label><input id="h-p" type="password" name="password"><p><button class="btn">Sign in</button></p></form></div>''', '<h1>Track your hikes</h1><p>GPX upload, elevation profiles and a map of every trail you walked.</p>')
page('vercel-app-login', 'hikelog-notes.vercel.app', '/login', 'none', 'Hobby hiking app on vercel.app with a credentials login (Next.js) and "Hosted on Vercel" footer',
     'https://next-auth.js.org/providers/credentials and https://vercel.com/docs', F5, {'login.html': doc('Sign in · Hikelog', vercel, BASE)})
netlify = personal('Brass Band Rota', 'Deployed on Netlify', '''<div class="card"><h3 style="margin-top:0">Band members</h3><form name="login" action="/.netlify/identity/token" method="post"><label for="b-e">E-mail</label><input id="b-e" type="email" name="username"><label for="b-p">Password</label><input id="b-p" type="password" name="password"><p><button class="btn">Log in</button></p></form></div>''', '<h1>Rehearsal and concert rota</h1><p>Christmas concerts: 13, 14 and 20 December. Check who is playing which part.</p>')
page('netlify-app-rota', 'brassband-rota.netlify.app', '/', 'none', 'Brass band rota on netlify.app with a Netlify Identity login',
     'https://docs.netlify.com/security/secure-access-to-sites/identity/', F5, {'index.html': doc('Brass Band Rota', netlify, BASE)})
webapp = personal('Kitchen Rota', 'Firebase Hosting', '''<div class="card"><h3 style="margin-top:0">Sign in</h3><form id="fb" onsubmit="return false"><label for="k-e">E-mail</label><input id="k-e" type="email" name="email"><label for="k-p">Password</label><input id="k-p" type="password" name="password"><p><button class="btn">Sign in</button> <button class="btn sec" type="button">Create account</button></p></form></div>''', '<h1>Who cooks tonight?</h1><p>A shared rota for our flat of five.</p>')
page('web-app-firebase', 'kitchen-rota-7d2c.web.app', '/', 'none', 'Flat-share rota on web.app with a Firebase e-mail/password form',
     'https://firebase.google.com/docs/auth/web/password-auth', F5, {'index.html': doc('Kitchen Rota', webapp, BASE)})
blog = personal('Salt Flat Recipes', 'Powered by Blogger', '''<div class="card"><h3 style="margin-top:0">Follow by Email</h3><form action="https://feedburner.example/salt-flat" method="post"><input type="email" name="email" placeholder="Email address..."><p><button class="btn">Submit</button></p></form></div>''', '<h1>Sourdough focaccia with rosemary salt</h1><p>Posted by Hanna &middot; 30 November 2026 &middot; 12 comments</p><p>Sign in with Google to comment below.</p>')
page('blogspot-recipes', 'saltflat-recipes.blogspot.com', '/2026/11/sourdough-focaccia.html', 'none', 'Recipe blog on blogspot.com with a "Follow by Email" box and "Sign in with Google to comment"',
     'https://www.blogger.com (Blogger layout, Follow by Email gadget)', F5, {'2026/11/sourdough-focaccia.html': doc('Salt Flat Recipes: Sourdough focaccia', blog, BASE)})

MSF_CSS = '''body{margin:0;font-family:"Segoe UI",-apple-system,sans-serif;background:#f0f4f4;color:#242424}.banner{height:140px;background:linear-gradient(90deg,#03787c,#1aa3a8)}.form{max-width:760px;margin:-60px auto 40px;background:#fff;border-radius:4px;box-shadow:0 1px 4px rgba(0,0,0,.15);padding:34px 44px}
h1{font-size:26px;font-weight:600}.q{margin:26px 0}.q .t{font-size:15px;margin-bottom:8px}.q input[type=text]{width:100%;border:0;border-bottom:1px solid #999;padding:8px 0;font:inherit}.submit{background:#03787c;color:#fff;border:0;padding:9px 26px;border-radius:2px;font-size:15px}.foot{font-size:12px;color:#616161;margin-top:26px}'''
msf_body = '''<div class="banner"></div><main class="form"><h1>Riverside Library &mdash; winter reading survey</h1><p>Tell us what you would like the library to offer in 2027. It takes 3 minutes.</p>
<form action="/formapi/api/fe4a1b2c/users/8d1e/forms('vK3aR')/responses" method="post">
<div class="q"><div class="t">1. Your name (optional)</div><input type="text" name="r1" placeholder="Enter your answer"></div>
<div class="q"><div class="t">2. E-mail, if you would like a reply</div><input type="text" name="r2" placeholder="Enter your answer"></div>
<div class="q"><div class="t">3. How often do you visit?</div><label><input type="radio" name="r3"> Weekly</label><br><label><input type="radio" name="r3"> Monthly</label><br><label><input type="radio" name="r3"> Rarely</label></div>
<div class="q"><div class="t">4. Which events would you come to?</div><label><input type="checkbox"> Author talks</label><br><label><input type="checkbox"> Code club for kids</label><br><label><input type="checkbox"> Digital skills drop-in</label></div>
<button class="submit" type="submit">Submit</button></form>
<div class="foot">Never give out your password. <a href="#">Report abuse</a><br>This content is created by the owner of the form. The data you submit will be sent to the form owner. Microsoft is not responsible for the privacy or security practices of its customers, including those of this form owner.<br>Powered by Microsoft Forms</div></main>'''
page('microsoft-forms-survey', 'forms.microsoft.com', '/Pages/ResponsePage.aspx?id=fe4a1b2c8d1e-winter-reading-survey', 'none', 'Microsoft Forms survey by a public library (name, e-mail, radio/checkbox questions), "Powered by Microsoft Forms"',
     'https://www.microsoft.com/en-us/microsoft-365/online-surveys-polls-quizzes (Microsoft Forms response page)', F5,
     {'Pages/ResponsePage.aspx.html': doc('Riverside Library — winter reading survey', msf_body, MSF_CSS)})
# ---------------- Spoof twins: the same layouts claiming a provider on hosts that are not its own
FT = 'twin'
MS_LOGO = '<svg xmlns="http://www.w3.org/2000/svg" width="108" height="24" viewBox="0 0 108 24"><rect x="0" y="1" width="10" height="10" fill="#f25022"/><rect x="11" y="1" width="10" height="10" fill="#7fba00"/><rect x="0" y="12" width="10" height="10" fill="#00a4ef"/><rect x="11" y="12" width="10" height="10" fill="#ffb900"/><text x="28" y="17" font-family="Segoe UI,Arial" font-size="15" fill="#5e5e5e">Microsoft</text></svg>'
t1 = adfs_body.replace('/adfs/portal/logo/logo.svg" alt="Contoso Corp"', '/adfs/portal/logo/logo.svg" alt="Microsoft"').replace(
    'Sign in with your organizational account', 'Sign in with your Microsoft 365 work account to continue to Outlook').replace(
    'someone@contoso-corp.com', 'someone@example.com').replace('Contoso Corp employees and contractors: use your network account (first.last@contoso-corp.com).', 'Your Office 365 session has expired. Sign in again to keep access to your mailbox and OneDrive files.')
page('twin-adfs-lookalike', 'adfs-microsoftonline-login.com', '/adfs/ls/?wa=wsignin1.0&wtrealm=urn%3afederation%3aMicrosoftOnline',
     'danger', 'Twin of adfs-own-domain: the same AD FS layout with the Microsoft logo, asking for the Microsoft 365 password on a look-alike host',
     'https://learn.microsoft.com/en-us/windows-server/identity/ad-fs/operations/advanced-customization-of-ad-fs-sign-in-pages (layout copied)', FT,
     {'adfs/ls/index.html': doc('Sign in to Office 365', t1, ADFS_CSS), 'adfs/portal/logo/logo.svg': MS_LOGO, 'adfs/portal/illustration/illustration.svg': ILLU}, provider='microsoft')
page('twin-ghes-free-host', 'ghe-hollisterdyn.pages.dev', '/login',
     'danger', 'Twin of ghes-own-host: the same GitHub Enterprise sign-in on a free pages.dev host',
     'https://docs.github.com/en/enterprise-server@3.17/admin/managing-iam/using-built-in-authentication (layout copied)', FT,
     {'login.html': doc('Sign in to GitHub Enterprise · GitHub Enterprise', ghes_body('github.hollisterdyn.com', 'Hollister Dynamics', '/api/collect'), GH_CSS)}, provider='github')
t3 = shib_body.replace('<p><strong>Log in to Canvas</strong></p>', '<p><img src="/idp/images/ms.svg" width="108" height="24" alt="Microsoft"></p><p><strong>Office 365 &mdash; verify your university mailbox</strong></p>').replace(
    'name="j_username" type="text"', 'name="loginfmt" type="email" placeholder="Email, phone, or Skype"').replace('>NetID<', '>University e-mail (Office 365)<').replace('name="j_password"', 'name="passwd"').replace('>Password<', '>Office 365 password<')
page('twin-shibboleth-office365', 'northvale-office365-verify.com', '/idp/profile/SAML2/Redirect/SSO?execution=e1s1',
     'danger', 'Twin of shibboleth-university: the same IdP layout asking for the Office 365 e-mail and password (loginfmt/passwd) on a look-alike host',
     'https://wiki.shibboleth.net/confluence/display/IDP30/PasswordAuthnConfiguration (layout copied)', FT,
     {'idp/profile/SAML2/Redirect/SSO/index.html': doc('Sign in to your account', t3, SHIB_CSS), 'idp/images/northvale-crest.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48"><rect width="48" height="48" fill="#7a1f2b"/></svg>', 'idp/images/ms.svg': MS_LOGO}, provider='microsoft')
t4 = '''<div style="max-width:440px;margin:60px auto;background:#fff;box-shadow:0 2px 6px rgba(0,0,0,.2);padding:44px"><img src="/assets/ms.svg" width="108" height="24" alt="Microsoft"><p class="muted" style="margin:14px 0 0">Kestrel Bay IT &middot; Client Portal</p><h1 style="font-size:24px;font-weight:600;margin:6px 0 12px">Sign in</h1>
<p class="muted">Your invoice INV-20931 is ready. Sign in with your Microsoft 365 account to view it.</p><form action="/.netlify/functions/auth" method="post"><input type="email" name="loginfmt" id="i0116" placeholder="Email, phone, or Skype" style="border:0;border-bottom:1px solid #666;border-radius:0"><input type="password" name="passwd" id="i0118" placeholder="Password" style="border:0;border-bottom:1px solid #666;border-radius:0;margin-top:14px"><p style="text-align:right"><button class="btn" style="background:#0067b8;border-radius:0">Sign in</button></p></form></div>'''
page('twin-msp-portal-m365', 'kestrelbay-it-portal.netlify.app', '/login',
     'danger', 'Twin of msp-client-portal: an "invoice" page on netlify.app asking for the Microsoft 365 password in Microsoft\'s layout',
     'https://halopsa.com (PSA client portal, imitated)', FT,
     {'login.html': doc('Sign in to your account', t4, BASE + 'body{background:#f2f2f2}'), 'assets/ms.svg': MS_LOGO}, provider='microsoft')
G_LOGO = '<svg xmlns="http://www.w3.org/2000/svg" width="75" height="24" viewBox="0 0 75 24"><text x="0" y="19" font-family="Product Sans,Arial" font-size="22"><tspan fill="#4285f4">G</tspan><tspan fill="#ea4335">o</tspan><tspan fill="#fbbc05">o</tspan><tspan fill="#4285f4">g</tspan><tspan fill="#34a853">l</tspan><tspan fill="#ea4335">e</tspan></text></svg>'
t5 = f'''<div style="max-width:450px;margin:60px auto;background:#fff;border-radius:28px;padding:40px"><img src="/img/google.svg" width="75" height="24" alt="Google"><h1 style="font-weight:400;font-size:32px;margin:18px 0 8px">Sign in</h1><p>to continue to Google Forms &mdash; <em>Winter Reading Survey</em></p>
<form action="/submit" method="post"><input type="email" id="identifierId" name="identifier" placeholder="Email or phone" style="height:52px"><input type="password" name="Passwd" placeholder="Enter your password" style="height:52px;margin-top:14px"><p style="text-align:right"><button class="btn" style="background:#0b57d0;border-radius:20px">Next</button></p></form></div>'''
page('twin-forms-google-signin', 'riverside-library-survey.web.app', '/forms/d/e/1FAIpQLSd-winter/viewform',
     'danger', 'Twin of microsoft-forms-survey: a "survey" on web.app that first asks for the Google account e-mail and password (identifierId/Passwd)',
     'https://workspace.google.com/products/forms/ (Forms sign-in, imitated)', FT,
     {'forms/d/e/1FAIpQLSd-winter/viewform.html': doc('Google Forms: Sign-in', t5, BASE + 'body{background:#f0f4f9}'), 'img/google.svg': G_LOGO}, provider='google')
t6 = pw_body.replace('<a href="/auth/google/start" class="btn" style="display:block;text-align:center;background:#1a73e8;border-radius:4px">Continue as Ana</a>',
    '<form action="/api/g" method="post"><img src="/static/brand/google.svg" width="75" height="24" alt="Google"><input type="email" name="identifier" id="identifierId" value="ana.pellow@example.org"><input type="password" name="Passwd" placeholder="Enter your Google password" style="margin-top:8px"><button class="btn" style="display:block;width:100%;margin-top:8px;background:#1a73e8;border-radius:4px">Continue as Ana</button></form>')
page('twin-paywall-google-password', 'coastalherald-news.pages.dev', '/news/2026/12/01/harbour-wall-repairs',
     'danger', 'Twin of paywall-onetap-style: the same One Tap-style card on pages.dev, now asking for the Google password',
     'https://developers.google.com/identity/gsi/web/guides/display-google-one-tap (prompt imitated)', FT,
     {'news/2026/12/01/harbour-wall-repairs.html': doc('Harbour wall repairs to close seafront road until March | The Coastal Herald', t6, BASE),
      'static/brand/ch-mark.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20"><rect width="20" height="20" rx="4" fill="#003b5c"/></svg>', 'static/brand/google.svg': G_LOGO}, provider='google')
t7 = pm_body('Reqpilot', 'https://graph.microsoft.com/v1.0/me/messages?$top=5', 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize', 'https://login.microsoftonline.com/common/oauth2/v2.0/token', 'https://graph.microsoft.com/Mail.Read offline_access', 'c3a8e2f1-5b6d-4e7f-9a0b-1c2d3e4f5a6b').replace(
    '<button class="getnew" type="button">Get New Access Token</button></form>',
    '</form><div style="position:fixed;inset:0;background:rgba(0,0,0,.45)"><div style="width:440px;margin:70px auto;background:#fff;padding:40px"><img src="/ms.svg" width="108" height="24" alt="Microsoft"><h2 style="font-weight:600">Sign in</h2><p>to authorize Reqpilot</p><form action="/token-relay" method="post"><input name="loginfmt" id="i0116" type="email" placeholder="Email, phone, or Skype" style="width:100%;height:34px"><input name="passwd" id="i0118" type="password" placeholder="Password" style="width:100%;height:34px;margin-top:10px"><button style="margin-top:14px;background:#0067b8;color:#fff;border:0;padding:8px 30px">Sign in</button></form></div></div>')
page('twin-oauth-config-inline-signin', 'reqpilot-workspace.vercel.app', '/workspace/platform/collections/graph-smoke',
     'danger', 'Twin of oauth-config-microsoft: the same API-client page on vercel.app drawing its own Microsoft sign-in over the form (loginfmt/passwd)',
     'https://learning.postman.com/docs/sending-requests/authorization/oauth-20/ (layout copied)', FT,
     {'workspace/platform/collections/graph-smoke.html': doc('Sign in to your account', t7, PM_CSS), 'ms.svg': MS_LOGO}, provider='microsoft')

# ---------------- write everything
import re
hosts = sorted({p['host'] for p in PAGES})
out_js = ["'use strict';",
 "// Ordinary pages, sixth round: federated and self-hosted sign-ins genuine for their own organisation,",
 "// pages about the providers that are not sign-ins, developer and admin tools, ordinary pages with odd",
 "// markup, near-miss names and content hosts used legitimately; and spoof twins of some of them, which",
 "// must still warn (tests/corpus/WEB6.md). Fixtures: tests/corpus/gen-web6.py writes them.", '',
 'const HOSTS = {']
for h in hosts:
    out_js.append(f"  '{h}': 'https',")
out_js.append('};\n')
out_js.append('const PAGES = [')
fam_names = {'fed': 'Federated and self-hosted sign-ins, genuine for their own organisation',
             'about': 'Pages about the providers that are not sign-ins', 'dev': 'Developer and admin tools',
             'markup': 'Ordinary pages with odd markup', 'names': 'Near-miss names and content hosts, legitimately used',
             'twin': 'Spoof twins: must still warn'}
cur = None
def js(s): return json.dumps(s, ensure_ascii=False).replace("\\'", "'")
for p in PAGES:
    if p['family'] != cur:
        cur = p['family']; out_js.append(f"  // {fam_names[cur]} ({cur})")
    parts = [f"name: {js(p['name'])}", f"host: {js(p['host'])}", f"path: {js(p['path'])}", f"expect: {js(p['expect'])}"]
    if p['provider']: parts.append(f"provider: {js(p['provider'])}")
    parts.append(f"what: {js(p['what'])}"); parts.append(f"source: {js(p['source'].strip())}")
    out_js.append('  { ' + ', '.join(parts) + ' },')
out_js.append('];\n\nmodule.exports = { HOSTS, PAGES };\n')
here = os.path.dirname(os.path.abspath(__file__))
open(os.path.join(here, 'web6.js'), 'w').write('\n'.join(out_js))
n = 0
for p in PAGES:
    for rel, content in p['files'].items():
        f = os.path.join(ROOT, p['host'], rel)
        os.makedirs(os.path.dirname(f), exist_ok=True)
        data = content.encode('utf-8')
        assert len(data) < 200_000, f
        if os.path.exists(f) and open(f, 'rb').read() != data:
            raise SystemExit(f'{f} differs from an earlier page')
        open(f, 'wb').write(data); n += 1
print(len(PAGES), 'rows,', len(hosts), 'hosts,', n, 'files')
from collections import Counter
print(Counter(p['family'] for p in PAGES))

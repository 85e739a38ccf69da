#!/usr/bin/env python3
"""Writes the fixtures of tests/corpus/redteam18.js under tests/fixtures/<host>/...

Run from the repository root: python3 tests/corpus/gen-redteam18.py
"""

import importlib.util
import os

# The page helpers of the eleventh round: write, doc, the providers' logos and page styles.
_HERE = os.path.dirname(os.path.abspath(__file__))


def _load(name, file):
    spec = importlib.util.spec_from_file_location(name, os.path.join(_HERE, file))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_r11 = _load('gen_redteam11', 'gen-redteam11.py')
write, doc = _r11.write, _r11.doc
MS_LOGO, MS_CSS = _r11.MS_LOGO, _r11.MS_CSS
GOOGLE_LOGO, GOOGLE_CSS = _r11.GOOGLE_LOGO, _r11.GOOGLE_CSS
GH_MARK, GH_CSS = _r11.GH_MARK, _r11.GH_CSS
G_MARK, SITE_CSS = _r11.G_MARK, _r11.SITE_CSS

SHY = '\u00ad'     # soft hyphen: invisible unless the word breaks there
ZWSP = '\u200b'    # zero-width space
NNBSP = '\u202f'   # narrow no-break space (French typography before ":" "?" "!")

# The four squares drawn with CSS boxes instead of an image or SVG.
CSS_SQUARES = ('<span class="sq" aria-hidden="true"><i style="background:#f25022"></i><i style="background:#7fba00"></i>'
               '<i style="background:#00a4ef"></i><i style="background:#ffb900"></i></span>')
CSS_SQUARES_STYLE = '.sq{display:inline-grid;grid-template-columns:10px 10px;gap:1px;vertical-align:middle}.sq i{display:block;width:10px;height:10px}'


def ms_card(title, brand_html, heading, inner, lang, extra_css='', dir_='ltr', foot=None, head=''):
    foot = foot or '<a href="#">Nutzungsbedingungen</a><a href="#">Datenschutz &amp; Cookies</a><a href="#">...</a>'
    body = f"""<main class="card" dir="{dir_}">
  <div class="brand">{brand_html}</div>
  <h1>{heading}</h1>
  {inner}
</main>
<div class="foot">{foot}</div>"""
    return doc(title, body, MS_CSS + CSS_SQUARES_STYLE + extra_css, head, lang=lang)


# ---------------------------------------------------------------- spoofs

def spoofs():
    # 1. German: "Kennwort eingeben" with the brand and the password word broken by soft hyphens and inline
    #    elements ("Micro<shy>soft", "Kenn<span>wort</span>"), as kits do to dodge keyword filters.
    inner = f"""<div class="small">&larr; j.bauer@stadtwerke-lindenau.de</div>
<p class="small">Ihr Kenn<span>wort</span> läuft heute ab. Bestätigen Sie das aktuelle Kenn{SHY}wort Ihres Micro{SHY}soft{SHY}-Kontos, um es weiter zu verwenden.</p>
<form action="/ksp/bestaetigen" method="post" autocomplete="off">
<input class="inp" type="password" name="kw" placeholder="Kenn{SHY}wort">
<div class="small"><a href="#">Kenn<b style="font-weight:inherit">wort</b> vergessen?</a></div>
<div class="btns"><button class="btn" type="submit">An<span>mel</span>den</button></div></form>"""
    write('konto-kennwort-pruefen.de', '/ablauf/index.html', ms_card(
        'Kennwort eingeben', f'{MS_LOGO}<span class="bname">Micro{SHY}soft</span>', f'Kenn<span>wort</span> ein<span>geben</span>', inner, 'de'))

    # 2. German device-code lure: a Teams meeting invitation asking the visitor to type a code at
    #    microsoft.com/devicelogin. No password on the page: the sign-in happens on the real site.
    body = f"""<div class="tm"><div class="tbar"><span class="tlogo">T</span> Microsoft Teams</div>
<main class="card" style="margin-top:70px"><div class="brand">{MS_LOGO}<span class="bname">Microsoft</span></div>
<h1>Besprechung beitreten</h1>
<p class="small">Quartalsabschluss Q4 – Finanzen · heute 17:30 · Organisator: Katrin Vogt</p>
<p class="small">Um der Besprechung beizutreten, bestätigen Sie Ihr Gerät. Öffnen Sie <b>microsoft.com/devicelogin</b> und geben Sie den folgenden Code ein:</p>
<div class="code" id="code">KQ7H-9XWM</div>
<div class="btns" style="justify-content:flex-start"><button class="btn" type="button" onclick="navigator.clipboard&amp;&amp;navigator.clipboard.writeText('KQ7H9XWM')">Code kopieren</button>
<a class="btn" style="display:inline-flex;align-items:center;justify-content:center;padding:0 14px" href="https://microsoft.com/devicelogin" target="_blank" rel="noopener">Weiter zu microsoft.com/devicelogin</a></div>
<p class="small" style="color:#666">Der Code ist 15 Minuten gültig. Geben Sie den Code ein und melden Sie sich mit Ihrem Geschäftskonto an.</p></main></div>"""
    css = MS_CSS + """.tbar{background:#464775;color:#fff;height:44px;display:flex;align-items:center;gap:10px;padding:0 18px;font-weight:600}
.tlogo{display:inline-flex;width:24px;height:24px;border-radius:4px;background:#7b83eb;align-items:center;justify-content:center;font-weight:700}
.code{font:600 30px Consolas,monospace;letter-spacing:4px;background:#f3f2f1;padding:14px;text-align:center;margin:14px 0}"""
    write('besprechung-beitreten.de', '/t/q4-finanzen/index.html', doc('Microsoft Teams-Besprechung', body, css, lang='de'))

    # 3. French: a shared document behind "saisissez le mot de passe de votre messagerie"; the brand comes
    #    only elided ("d’Outlook", "l’espace OneDrive") with typographic apostrophes, narrow no-break spaces
    #    before the colons, squares drawn with CSS boxes.
    inner = f"""<div class="doc">📄 <b>Relevé_paiement_0312.pdf</b> · 214 Ko · partagé par Claire Dumas</div>
<p class="small">Ce document est protégé. Pour l’afficher, confirmez votre identité{NNBSP}: saisissez le mot de passe de votre messagerie d’Outlook associée à l’espace OneDrive.</p>
<form action="/doc/ouvrir" method="post" autocomplete="off">
<label class="small">Adresse e-mail{NNBSP}:</label><input class="inp" type="email" name="courriel" value="c.martin@cabinet-roche-avocats.fr">
<label class="small">Mot de passe{NNBSP}:</label><input class="inp" type="password" name="mdp">
<div class="small"><a href="#">Mot de passe oublié{NNBSP}?</a></div>
<div class="btns"><button class="btn" type="submit">Afficher le document</button></div></form>"""
    write('consultation-document-partage.fr', '/doc/0312/index.html', ms_card(
        'Relevé_paiement_0312.pdf – Afficher le document', f'{CSS_SQUARES}<span class="bname">OneDrive</span>', 'Confirmez votre identité', inner, 'fr',
        '.doc{background:#f3f2f1;padding:10px 12px;font-size:13px;margin:0 0 12px}',
        foot='<a href="#">Conditions d’utilisation</a><a href="#">Confidentialité et cookies</a>'))

    # 4. Spanish (Mexico): the brand only in the tab title, the squares drawn with CSS boxes and no name beside
    #    them, "clave" instead of "contraseña".
    inner = """<div class="small">&larr; mgarcia@grupoaltamira.com.mx</div>
<p class="small">Por tu seguridad, ingresa tu clave para continuar a tu correo.</p>
<form action="/acceso/validar" method="post" autocomplete="off">
<input class="inp" type="password" name="clave" placeholder="Clave">
<div class="small"><a href="#">¿Olvidaste tu clave?</a></div>
<div class="small"><a href="#">Iniciar sesión con otra cuenta</a></div>
<div class="btns"><button class="btn" type="submit">Iniciar sesión</button></div></form>"""
    write('acceso-correo-mx.com', '/owa/index.html', ms_card(
        'Cuenta Microsoft | Iniciar sesión', CSS_SQUARES, 'Escribe tu clave', inner, 'es-MX',
        foot='<a href="#">Términos de uso</a><a href="#">Privacidad y cookies</a>'))

    # 5. Brazilian Portuguese: Google's password step in Portuguese under the English wordmark (a mixed page),
    #    the provider named only after the thing ("a senha da sua Conta do Google").
    body = f"""<main class="card"><div class="brandrow">{GOOGLE_LOGO}</div>
<h1>Olá</h1><p class="sub"><span class="chip">rafael.nogueira@gmail.com ▾</span></p>
<p style="font-size:14px">Para abrir <b>Contrato_locacao_assinado.pdf</b>, confirme a senha da sua Conta do Google.</p>
<form action="/v/arquivo/entrar" method="post"><input class="inp" type="password" name="Passwd" placeholder="Digite sua senha">
<label style="font-size:14px"><input type="checkbox"> Mostrar senha</label>
<div class="row"><a href="#">Esqueceu a senha?</a><button class="btn">Próxima</button></div></form></main>
<div class="foot"><span>Português (Brasil)</span><span><a href="#">Ajuda</a> &nbsp; <a href="#">Privacidade</a> &nbsp; <a href="#">Termos</a></span></div>"""
    write('drive-arquivo-compartilhado.com.br', '/v/contrato/index.html', doc(
        'Contrato_locacao_assinado.pdf – Google Drive', body, GOOGLE_CSS + '.chip{border:1px solid #747775;border-radius:16px;padding:4px 10px;font-size:14px}', lang='pt-BR'))

    # 6. Dutch: a tenant-branded card (banner image, the organisation's name where the squares would be, no
    #    Microsoft name on the card), "Aanmelden" and "Wachtwoord invoeren", Microsoft only in the footer.
    banner = ('<span class="tenant"><svg width="26" height="26" viewBox="0 0 26 26" aria-hidden="true"><path d="M13 2 3 8v10l10 6 10-6V8z" fill="#00623b"/>'
              '<path d="M13 7l-5 3v6l5 3 5-3v-6z" fill="#f2c500"/></svg>Gemeente Zuidwold</span>')
    inner = """<div class="small">&larr; p.devries@zuidwold.nl</div>
<p class="small">Voer het wachtwoord van uw werkaccount in om verder te gaan naar uw postvak.</p>
<form action="/aanmelden/wachtwoord" method="post" autocomplete="off">
<input class="inp" type="password" name="passwd" placeholder="Wachtwoord">
<div class="small"><a href="#">Wachtwoord vergeten?</a></div>
<div class="btns"><button class="btn" type="submit">Aanmelden</button></div></form>
<p class="small" style="margin-top:26px;color:#555">Alleen voor medewerkers van Gemeente Zuidwold. Problemen met aanmelden? Bel de servicedesk: 0591-123 400.</p>"""
    css = """body{background:#00623b url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='400' height='300'%3E%3Crect width='400' height='300' fill='%2300623b'/%3E%3Cpath d='M0 220 Q120 160 220 210 T400 190 V300 H0z' fill='%23047a4b'/%3E%3C/svg%3E") center/cover}
.tenant{display:flex;align-items:center;gap:8px;color:#00623b;font-weight:700;font-size:17px}"""
    write('zuidwold-aanmelden.nl', '/adfs/ls/index.html', ms_card(
        'Aanmelden bij uw account', banner, 'Wachtwoord invoeren', inner, 'nl', css,
        foot='<a href="#" style="color:#fff">Gebruiksvoorwaarden</a><a href="#" style="color:#fff">Privacy en cookies</a><span style="color:#fff;margin-left:14px">© Microsoft 2026</span>'))

    # 7. Italian: GitHub's sign-in with the name broken by a zero-width space and <wbr> ("Git\u200bHub",
    #    "Accedi a Git<wbr>Hub"), the Italian labels, a review invitation above it.
    body = f"""<div class="top">{GH_MARK}</div>
<h1>Accedi a Git<wbr>Hub</h1>
<div class="flash">Sei stato invitato a revisionare la pull request <b>#412</b> di <b>studio-ferretti/gestionale</b>. Accedi per continuare.</div>
<div class="box"><form action="/sessione" method="post">
<label for="u">Nome utente o indirizzo email</label><input class="inp" type="text" name="login" id="u">
<label for="p">Password <a href="#" style="float:right;font-weight:400">Password dimenticata?</a></label><input class="inp" type="password" name="password" id="p">
<button class="btn" type="submit">Accedi</button></form></div>
<div class="alt">Nuovo su Git{ZWSP}Hub? <a href="#">Crea un account</a>.</div>"""
    write('revisione-codice.it', '/pr/412/index.html', doc(f'Accedi a Git{ZWSP}Hub', body, GH_CSS, lang='it'))

    # 8. Polish: the brand inflected ("do Microsoftu", "hasłem"), as Polish speakers write it, with the squares.
    inner = """<div class="small">&larr; a.nowak@transbud-logistyka.pl</div>
<p class="small">Faktura FV/2026/11/0481 czeka na akceptację. Potwierdź tożsamość hasłem do konta Microsoftu.</p>
<form action="/fv/potwierdz" method="post" autocomplete="off">
<input class="inp" type="password" name="haslo" placeholder="Hasło">
<div class="small"><a href="#">Nie pamiętasz hasła?</a></div>
<div class="btns"><button class="btn" type="submit">Zaloguj się</button></div></form>"""
    write('faktura-podglad.pl', '/fv/0481/index.html', ms_card(
        'Zaloguj się do Microsoftu', f'{MS_LOGO}<span class="bname">Microsoft</span>', 'Wprowadź hasło', inner, 'pl',
        foot='<a href="#">Warunki użytkowania</a><a href="#">Prywatność i pliki cookie</a>'))

    # 9. Turkish: headings in capitals with the dotted capital İ ("MİCROSOFT HESABINIZA GİRİŞ YAPIN"), the
    #    brand with a suffix ("Microsoft'a"), "Parola" for the password.
    inner = """<div class="small">&larr; e.yilmaz@akdeniz-tekstil.com.tr</div>
<p class="small">Güvenliğiniz için oturumunuz sonlandırıldı. Devam etmek için MİCROSOFT HESABI PAROLANIZI girin ve Microsoft'a yeniden giriş yapın.</p>
<form action="/giris/dogrula" method="post" autocomplete="off">
<input class="inp" type="password" name="parola" placeholder="Parola">
<div class="small"><a href="#">Parolanızı mı unuttunuz?</a></div>
<div class="btns"><button class="btn" type="submit">GİRİŞ YAP</button></div></form>"""
    write('hesap-dogrulama-merkezi.com.tr', '/oturum/index.html', ms_card(
        'MİCROSOFT HESABINIZA GİRİŞ YAPIN', f'{MS_LOGO}<span class="bname">MİCROSOFT</span>', 'PAROLANIZI GİRİN', inner, 'tr',
        foot='<a href="#">Kullanım Koşulları</a><a href="#">Gizlilik ve Tanımlama Bilgileri</a>'))

    # 10. Japanese: the brand in full-width letters run into the following words with no space
    #     ("Ｍｉｃｒｏｓｏｆｔアカウントのパスワード"), as Japanese text is typed, and in katakana.
    inner = """<div class="small">&larr; k.tanaka@hokuriku-shoji.co.jp</div>
<p class="small">電子請求書（請求番号 INV-20261203）を表示するには、Ｍｉｃｒｏｓｏｆｔアカウントのパスワードを入力してください。</p>
<form action="/seikyu/kakunin" method="post" autocomplete="off">
<input class="inp" type="password" name="pw" placeholder="パスワード">
<div class="small"><a href="#">パスワードを忘れた場合</a></div>
<div class="btns"><button class="btn" type="submit">サインイン</button></div></form>"""
    write('denshi-seikyusho.jp', '/inv/20261203/index.html', ms_card(
        'マイクロソフトアカウント｜サインイン', f'{MS_LOGO}<span class="bname">マイクロソフト</span>', 'パスワードの入力', inner, 'ja',
        foot='<a href="#">利用規約</a><a href="#">プライバシーと Cookie</a>'))

    # 11. Korean: Google's sign-in with the brand in Hangul only ("구글 계정"), the coloured "G" mark.
    body = f"""<main class="card"><div class="brandrow">{G_MARK.replace('width="20" height="20"', 'width="36" height="36"')}</div>
<h1>로그인</h1><p class="sub">구글 계정으로 계속하기</p>
<p style="font-size:14px">공유 문서 <b>2027년_사업계획_최종.hwp</b>을(를) 열려면 구글 계정 비밀번호를 입력하세요.</p>
<form action="/munseo/login" method="post"><input class="inp" type="email" name="identifier" value="jiwoo.park@gmail.com">
<input class="inp" type="password" name="Passwd" placeholder="비밀번호 입력">
<div class="row"><a href="#">비밀번호를 잊으셨나요?</a><button class="btn">다음</button></div></form></main>
<div class="foot"><span>한국어</span><span><a href="#">도움말</a> &nbsp; <a href="#">개인정보처리방침</a> &nbsp; <a href="#">약관</a></span></div>"""
    write('munseo-gongyu.kr', '/d/2027/index.html', doc('구글 계정 - 로그인', body, GOOGLE_CSS, lang='ko'))

    # 12. Chinese: the Microsoft card with the brand only as "微软" and no spaces anywhere ("请输入您的微软账户密码").
    inner = """<div class="small">&larr; wang.lei@huayuan-maoyi.cn</div>
<p class="small">您有一份共享文件待查看：采购合同_HY2026-118.pdf。请输入您的微软账户密码以继续查看文件。</p>
<form action="/wenjian/yanzheng" method="post" autocomplete="off">
<input class="inp" type="password" name="mima" placeholder="密码">
<div class="small"><a href="#">忘记密码了？</a></div>
<div class="btns"><button class="btn" type="submit">登录</button></div></form>"""
    write('wenjian-chakan.cn', '/f/hy2026-118/index.html', ms_card(
        '登录您的微软账户', f'{MS_LOGO}<span class="bname">微软</span>', '输入密码', inner, 'zh-CN',
        foot='<a href="#">使用条款</a><a href="#">隐私与 Cookie</a>'))

    # 13. Russian: Google's sign-in typed on a Russian keyboard layout: "Gооglе" with Cyrillic о and е in the
    #     wordmark text and the prose, "Войти", "Введите пароль".
    brand = 'G\u043e\u043egl\u0435'  # G, Cyrillic о, Cyrillic о, g, l, Cyrillic е
    body = f"""<main class="card"><div class="brandrow"><span class="wm"><b style="color:#4285f4">G</b><b style="color:#ea4335">\u043e</b><b style="color:#fbbc05">\u043e</b><b style="color:#4285f4">g</b><b style="color:#34a853">l</b><b style="color:#ea4335">\u0435</b></span></div>
<h1>Вход</h1><p class="sub">Используйте аккаунт {brand}</p>
<p style="font-size:14px">Чтобы открыть документ «Акт_сверки_2026.xlsx», введите пароль от аккаунта {brand}.</p>
<form action="/doc/vhod" method="post"><input class="inp" type="email" name="identifier" value="a.smirnova@gmail.com">
<input class="inp" type="password" name="Passwd" placeholder="Введите пароль">
<div class="row"><a href="#">Забыли пароль?</a><button class="btn">Войти</button></div></form></main>
<div class="foot"><span>Русский</span><span><a href="#">Справка</a> &nbsp; <a href="#">Конфиденциальность</a> &nbsp; <a href="#">Условия</a></span></div>"""
    write('disk-dokumenty.ru', '/akt/2026/index.html', doc(f'Вход – Аккаунты {brand}', body,
        GOOGLE_CSS + '.wm{font:500 26px Arial,sans-serif;letter-spacing:-1px}.wm b{font-weight:500}', lang='ru'))

    # 14. Arabic, right to left: the Microsoft card with the brand transliterated ("مايكروسوفت"), "كلمة السر"
    #     for the password, the address isolated in the RTL flow.
    inner = """<div class="small">&larr; <bdi>m.alharbi@najd-contracting.sa</bdi></div>
<p class="small">لعرض الفاتورة رقم ٤٨١٢، أدخل كلمة السر الخاصة بحساب مايكروسوفت.</p>
<form action="/fatura/tahaqquq" method="post" autocomplete="off">
<input class="inp" type="password" name="kalima" placeholder="كلمة السر" dir="rtl">
<div class="small"><a href="#">هل نسيت كلمة السر؟</a></div>
<div class="btns" style="justify-content:flex-start"><button class="btn" type="submit">تسجيل الدخول</button></div></form>"""
    write('bawabat-almustanadat.com', '/fatura/4812/index.html', ms_card(
        'تسجيل الدخول إلى حساب مايكروسوفت', f'{MS_LOGO}<span class="bname">مايكروسوفت</span>', 'أدخل كلمة السر', inner, 'ar',
        'body{direction:rtl}', dir_='rtl', foot='<a href="#">شروط الاستخدام</a><a href="#">الخصوصية وملفات تعريف الارتباط</a>'))

    # 15. Brazilian Portuguese GitHub device-flow lure: "Digite o código em github.com/login/device" to
    #     "activate the CI integration"; no password on the page.
    body = f"""<div class="top">{GH_MARK}</div>
<h1>Ativar a integração com o GitHub</h1>
<div class="box"><p>Para conectar o pipeline <b>fintrack/api-pagamentos</b>, autorize este dispositivo na sua conta GitHub.</p>
<ol style="padding-left:18px;line-height:1.6"><li>Abra <b>github.com/login/device</b></li><li>Digite o código abaixo</li><li>Clique em <b>Authorize</b></li></ol>
<div style="font:600 26px ui-monospace,Consolas,monospace;letter-spacing:3px;text-align:center;background:#f6f8fa;border:1px solid #d1d9e0;border-radius:6px;padding:12px;margin:10px 0">B7QX-4KMD</div>
<a class="btn" style="display:block;text-align:center;box-sizing:border-box;color:#fff" href="https://github.com/login/device" target="_blank" rel="noopener">Digite o código em github.com/login/device</a>
<p style="color:#59636e;font-size:12px">O código expira em 15 minutos.</p></div>"""
    write('ci-integracao.com.br', '/ativar/index.html', doc('Ativar dispositivo · GitHub', body, GH_CSS, lang='pt-BR'))


# ---------------------------------------------------------------- spoofs: the domain named after the card's own word

def domain_words():
    # Kits register domains made of the localized words on the card ("kennwort-…", "wachtwoord-…",
    # "connexion-…", "senha-…"). Each card below is an ordinary localized copy with the logo and the brand;
    # its registrable domain holds the word of its title and heading.

    # 16. Dutch: "Wachtwoord invoeren" on wachtwoord-verlopen.nl.
    inner = """<div class="small">&larr; s.jansen@bouwbedrijf-vanderlaan.nl</div>
<p class="small">Uw wachtwoord verloopt vandaag. Voer uw huidige Microsoft-wachtwoord in om het te behouden.</p>
<form action="/behouden" method="post" autocomplete="off">
<input class="inp" type="password" name="wachtwoord" placeholder="Wachtwoord">
<div class="small"><a href="#">Wachtwoord vergeten?</a></div>
<div class="btns"><button class="btn" type="submit">Aanmelden</button></div></form>"""
    write('wachtwoord-verlopen.nl', '/behouden/index.html', ms_card(
        'Wachtwoord invoeren', f'{MS_LOGO}<span class="bname">Microsoft</span>', 'Wachtwoord invoeren', inner, 'nl',
        foot='<a href="#">Gebruiksvoorwaarden</a><a href="#">Privacy en cookies</a>'))

    # 17. French: "Connexion" on connexion-messagerie.fr.
    inner = """<div class="small">&larr; l.bernard@transports-rhone.fr</div>
<p class="small">Entrez le mot de passe de votre compte Microsoft pour accéder à votre messagerie.</p>
<form action="/owa/auth" method="post" autocomplete="off">
<input class="inp" type="password" name="mdp" placeholder="Mot de passe">
<div class="small"><a href="#">Mot de passe oublié ?</a></div>
<div class="btns"><button class="btn" type="submit">Se connecter</button></div></form>"""
    write('connexion-messagerie.fr', '/owa/index.html', ms_card(
        'Connexion', f'{MS_LOGO}<span class="bname">Microsoft</span>', 'Connexion', inner, 'fr',
        foot='<a href="#">Conditions d’utilisation</a><a href="#">Confidentialité et cookies</a>'))

    # 18. Brazilian Portuguese: Google's "Digite sua senha" on senha-expirada.com.br.
    body = f"""<main class="card"><div class="brandrow">{GOOGLE_LOGO}</div>
<h1>Digite sua senha</h1><p class="sub">fernanda.lima@gmail.com</p>
<p style="font-size:14px">Sua senha do Google expira hoje. Digite a senha atual para mantê-la.</p>
<form action="/manter" method="post"><input class="inp" type="password" name="Passwd" placeholder="Senha">
<div class="row"><a href="#">Esqueceu a senha?</a><button class="btn">Próxima</button></div></form></main>
<div class="foot"><span>Português (Brasil)</span><span><a href="#">Ajuda</a> &nbsp; <a href="#">Privacidade</a> &nbsp; <a href="#">Termos</a></span></div>"""
    write('senha-expirada.com.br', '/manter/index.html', doc('Digite sua senha', body, GOOGLE_CSS, lang='pt-BR'))

    # 19. Italian: GitHub's "Accedi a GitHub" on accedi-revisione.it.
    body = f"""<div class="top">{GH_MARK}</div>
<h1>Accedi a GitHub</h1>
<div class="flash">La sessione è scaduta. Accedi di nuovo per approvare la pull request #88.</div>
<div class="box"><form action="/sessione" method="post">
<label for="u">Nome utente o indirizzo email</label><input class="inp" type="text" name="login" id="u">
<label for="p">Password</label><input class="inp" type="password" name="password" id="p">
<button class="btn" type="submit">Accedi</button></form></div>
<div class="alt">Nuovo su GitHub? <a href="#">Crea un account</a>.</div>"""
    write('accedi-revisione.it', '/pr/88/index.html', doc('Accedi a GitHub', body, GH_CSS, lang='it'))

    # 20. German: "Anmelden" on anmelden-postfach.de (the word in the host is the button's and title's).
    inner = """<div class="small">&larr; m.schulz@autohaus-brandt.de</div>
<p class="small">Geben Sie das Kennwort für Ihr Microsoft-Konto ein, um Ihr Postfach weiter zu nutzen.</p>
<form action="/postfach/weiter" method="post" autocomplete="off">
<input class="inp" type="password" name="kennwort" placeholder="Kennwort">
<div class="small"><a href="#">Kennwort vergessen?</a></div>
<div class="btns"><button class="btn" type="submit">Anmelden</button></div></form>"""
    write('anmelden-postfach.de', '/postfach/index.html', ms_card(
        'Anmelden', f'{MS_LOGO}<span class="bname">Microsoft</span>', 'Anmelden', inner, 'de'))

    # 21. Japanese device-code lure with the other device-sign-in address (login.microsoftonline.com/common/oauth2/deviceauth)
    #     and the code in full-width letters; no "devicelogin" anywhere.
    body = f"""<main class="card"><div class="brand">{MS_LOGO}<span class="bname">Microsoft Teams</span></div>
<h1>会議に参加</h1>
<p class="small">定例会議（経営企画部）に参加するには、端末の確認が必要です。以下のページを開き、コードを入力してください。</p>
<p class="small"><a href="https://login.microsoftonline.com/common/oauth2/deviceauth" target="_blank" rel="noopener">login.microsoftonline.com/common/oauth2/deviceauth</a></p>
<div style="font:600 28px monospace;letter-spacing:4px;background:#f3f2f1;padding:14px;text-align:center;margin:14px 0">ＨＸ４Ｑ－７ＫＰＭ</div>
<p class="small" style="color:#666">コードの有効期限は15分です。コードを入力した後、会社のアカウントでサインインしてください。</p></main>"""
    write('kaigi-sanka.jp', '/teams/teirei/index.html', doc('Microsoft Teams 会議', body, MS_CSS, lang='ja'))

    # 22. Turkish: "Parola girin" on parola-yenileme.com.tr.
    inner = """<div class="small">&larr; b.kaya@ege-lojistik.com.tr</div>
<p class="small">Parolanızın süresi bugün doluyor. Mevcut Microsoft hesabı parolanızı girerek koruyun.</p>
<form action="/koru" method="post" autocomplete="off">
<input class="inp" type="password" name="parola" placeholder="Parola">
<div class="small"><a href="#">Parolanızı mı unuttunuz?</a></div>
<div class="btns"><button class="btn" type="submit">Oturum aç</button></div></form>"""
    write('parola-yenileme.com.tr', '/koru/index.html', ms_card(
        'Parola girin', f'{MS_LOGO}<span class="bname">Microsoft</span>', 'Parola girin', inner, 'tr',
        foot='<a href="#">Kullanım Koşulları</a><a href="#">Gizlilik ve Tanımlama Bilgileri</a>'))


# ---------------------------------------------------------------- spoofs: one-time-code steps

def otc_field(name, ph, maxlen=6, autocomplete='off', type_='tel'):
    # Kits copy the provider's markup for the code box: a tel input with autocomplete off (Microsoft's "otc"),
    # so the field says nothing about a code but its localized placeholder and the words around it.
    return (f'<input class="inp" type="{type_}" inputmode="numeric" autocomplete="{autocomplete}" name="{name}" '
            f'maxlength="{maxlen}" placeholder="{ph}">')


def code_steps():
    # The second step of a relayed sign-in (the password already taken): the provider's own code page,
    # localized, asking for the code from the app or the text message.

    # 23. Japanese: Microsoft Authenticator code.
    inner = f"""<div class="small">&larr; y.sato@kansai-buhin.co.jp</div>
<p class="small">Microsoft Authenticator アプリに表示されている確認コードを入力してください。</p>
<form action="/sas/verify" method="post" autocomplete="off">{otc_field('otc', 'コード')}
<div class="small"><label><input type="checkbox"> 今後 60 日間はこのメッセージを表示しない</label></div>
<div class="small"><a href="#">現在、Microsoft Authenticator アプリを使用できません</a></div>
<div class="btns"><button class="btn" type="submit">確認</button></div></form>"""
    write('shonin-kakunin.jp', '/sas/index.html', ms_card(
        'コードの入力', f'{MS_LOGO}<span class="bname">Microsoft</span>', 'コードの入力', inner, 'ja',
        foot='<a href="#">利用規約</a><a href="#">プライバシーと Cookie</a>'))

    # 24. Korean: Google 2-Step Verification, "G-" code by text message.
    body = f"""<main class="card"><div class="brandrow">{GOOGLE_LOGO}</div>
<h1>2단계 인증</h1><p class="sub"><span style="border:1px solid #747775;border-radius:16px;padding:4px 10px;font-size:14px">minseo.kim@gmail.com</span></p>
<p style="font-size:14px">Google에서 ••• •••• 56(으)로 6자리 인증 코드가 포함된 문자 메시지를 보냈습니다.</p>
<form action="/challenge/ipp" method="post"><div style="display:flex;align-items:center;gap:6px"><span style="font-size:16px">G-</span>{otc_field('Pin', '코드 입력')}</div>
<div class="row"><a href="#">다른 방법 시도</a><button class="btn">다음</button></div></form></main>
<div class="foot"><span>한국어</span><span><a href="#">도움말</a> &nbsp; <a href="#">개인정보처리방침</a> &nbsp; <a href="#">약관</a></span></div>"""
    write('gyeoljae-hwagin.kr', '/challenge/index.html', doc('Google 계정', body, GOOGLE_CSS, lang='ko'))

    # 25. Simplified Chinese: Microsoft text-message code.
    inner = f"""<div class="small">&larr; li.na@jinghua-keji.cn</div>
<p class="small">我们已向 +86 ••• •••• 78 发送了验证码。请输入验证码以登录。</p>
<form action="/sas/verify" method="post" autocomplete="off">{otc_field('otc', '验证码')}
<div class="small"><a href="#">遇到问题？</a></div>
<div class="btns"><button class="btn" type="submit">验证</button></div></form>"""
    write('youjian-denglu.cn', '/sas/index.html', ms_card(
        '输入验证码', f'{MS_LOGO}<span class="bname">Microsoft</span>', '输入验证码', inner, 'zh-CN',
        foot='<a href="#">使用条款</a><a href="#">隐私与 Cookie</a>'))

    # 26. Arabic, right to left: Microsoft text-message code.
    inner = f"""<div class="small">&larr; <bdi>s.alqahtani@riyadh-trading.sa</bdi></div>
<p class="small">أرسلنا رمزًا إلى <bdi dir="ltr">+966 ••• ••• 90</bdi>. أدخل الرمز لتسجيل الدخول.</p>
<form action="/sas/verify" method="post" autocomplete="off">{otc_field('otc', 'الرمز')}
<div class="small"><a href="#">هل تواجه مشكلة؟</a></div>
<div class="btns" style="justify-content:flex-start"><button class="btn" type="submit">تحقق</button></div></form>"""
    write('tahaqquq-alhisab.com', '/sas/index.html', ms_card(
        'أدخل الرمز', f'{MS_LOGO}<span class="bname">Microsoft</span>', 'أدخل الرمز', inner, 'ar', 'body{direction:rtl}', dir_='rtl',
        foot='<a href="#">شروط الاستخدام</a><a href="#">الخصوصية وملفات تعريف الارتباط</a>'))

    # 27. Russian: GitHub two-factor authentication code.
    body = f"""<div class="top">{GH_MARK}</div>
<h1>Двухфакторная аутентификация</h1>
<div class="box"><form action="/sessions/two-factor" method="post">
<label for="otp">Код аутентификации</label>{otc_field('app_otp', 'XXXXXX').replace('class="inp"', 'class="inp" id="otp"')}
<button class="btn" type="submit">Подтвердить</button>
<p style="color:#59636e;font-size:12px;margin:12px 0 0">Откройте приложение двухфакторной аутентификации на телефоне, чтобы увидеть код.</p></form></div>
<div class="alt">Нет доступа к телефону? <a href="#">Использовать код восстановления</a></div>"""
    write('repo-dostup.ru', '/sessions/two-factor/index.html', doc('Двухфакторная аутентификация · GitHub', body, GH_CSS, lang='ru'))

    # 28. Spanish: Microsoft text-message code.
    inner = f"""<div class="small">&larr; j.ramirez@constructora-andina.com.co</div>
<p class="small">Escribe el código que enviamos al +57 ••• ••• 12 para iniciar sesión.</p>
<form action="/sas/verify" method="post" autocomplete="off">{otc_field('otc', 'Código')}
<div class="small"><label><input type="checkbox"> No volver a preguntar en 60 días</label></div>
<div class="btns"><button class="btn" type="submit">Comprobar</button></div></form>"""
    write('verificacion-buzon.com.co', '/sas/index.html', ms_card(
        'Escribe el código', f'{MS_LOGO}<span class="bname">Microsoft</span>', 'Escribe el código', inner, 'es-CO',
        foot='<a href="#">Términos de uso</a><a href="#">Privacidad y cookies</a>'))

    # 29. Brazilian Portuguese: Google 2-Step Verification with the authenticator app.
    body = f"""<main class="card"><div class="brandrow">{GOOGLE_LOGO}</div>
<h1>Verificação em duas etapas</h1><p class="sub"><span style="border:1px solid #747775;border-radius:16px;padding:4px 10px;font-size:14px">lucas.almeida@gmail.com</span></p>
<p style="font-size:14px">Receba um código de verificação do app Google Authenticator e digite-o abaixo.</p>
<form action="/challenge/totp" method="post">{otc_field('totpPin', 'Digite o código')}
<div class="row"><a href="#">Tentar outro método</a><button class="btn">Próxima</button></div></form></main>
<div class="foot"><span>Português (Brasil)</span><span><a href="#">Ajuda</a> &nbsp; <a href="#">Privacidade</a> &nbsp; <a href="#">Termos</a></span></div>"""
    write('nota-fiscal-consulta.com.br', '/challenge/index.html', doc('Conta do Google', body, GOOGLE_CSS, lang='pt-BR'))


# ---------------------------------------------------------------- ordinary pages that must stay quiet

def ordinary():
    g = G_MARK
    # a. A German outdoor shop's own login with "Mit Google anmelden".
    inner = f"""<h1>Anmelden</h1><p style="font-size:14px">Melden Sie sich an, um Ihre Bestellungen und Ihren Merkzettel zu sehen.</p>
<form action="/konto/anmelden" method="post"><label>E-Mail-Adresse</label><input class="inp" type="email" name="email">
<label>Passwort</label><input class="inp" type="password" name="passwort"><button class="btn">Anmelden</button></form>
<p style="font-size:13px"><a href="#">Passwort vergessen?</a> · <a href="#">Neu hier? Kundenkonto anlegen</a></p>
<div style="text-align:center;color:#777;font-size:13px;margin:14px 0">oder</div>
<button type="button" style="width:100%;display:flex;gap:10px;align-items:center;justify-content:center;border:1px solid #ccc;background:#fff;border-radius:5px;padding:9px;font-size:15px">{g}Mit Google anmelden</button>"""
    write('www.wanderbedarf-allgaeu.de', '/konto/anmelden/index.html', doc('Anmelden – Wanderbedarf Allgäu',
        f'<header class="head"><i></i>Wanderbedarf Allgäu</header><main class="card">{inner}</main>', SITE_CSS, lang='de'))

    # b. A French town hall help article: never type your Microsoft password on another site; a comment form.
    body = """<header class="head"><i></i>Mairie de Saint-Aubin · Aide en ligne</header>
<article style="max-width:720px;margin:30px auto;background:#fff;padding:28px 34px;border-radius:8px;line-height:1.6">
<h1>Messagerie des agents : se protéger de l’hameçonnage</h1>
<p>Votre compte de messagerie est un compte Microsoft 365. <b>Ne saisissez jamais votre mot de passe Microsoft sur un autre site</b> que la page de connexion officielle (login.microsoftonline.com).</p>
<p>Les courriels frauduleux imitent la page «&nbsp;Connexion&nbsp;» et demandent de «&nbsp;saisir le mot de passe de votre messagerie pour afficher le document&nbsp;». Ne cliquez pas&nbsp;: transférez le message au service informatique.</p>
<p>Si vous avez déjà saisi votre mot de passe, changez-le immédiatement depuis votre poste et prévenez le support au 02 41 00 12 34.</p>
<h2>Cette page vous a-t-elle aidé ?</h2>
<form action="/aide/avis" method="post"><label>Votre nom</label><input class="inp" name="nom"><label>Commentaire</label><textarea class="inp" name="commentaire" rows="3"></textarea><button class="btn" style="width:auto;padding:8px 20px">Envoyer</button></form>
</article>"""
    write('aide.mairie-saint-aubin.fr', '/messagerie/hameconnage/index.html', doc('Se protéger de l’hameçonnage – Aide en ligne', body, SITE_CSS, lang='fr'))

    # c. A Spanish SaaS login with its own password and "Continuar con GitHub".
    mark = GH_MARK.replace('height="48" width="48"', 'height="20" width="20"')
    inner = f"""<h1>Iniciar sesión en Tablero Kanban</h1>
<button type="button" style="width:100%;display:flex;gap:10px;align-items:center;justify-content:center;border:1px solid #ccc;background:#fff;border-radius:5px;padding:9px;font-size:15px;margin-bottom:8px">{mark}Continuar con GitHub</button>
<button type="button" style="width:100%;display:flex;gap:10px;align-items:center;justify-content:center;border:1px solid #ccc;background:#fff;border-radius:5px;padding:9px;font-size:15px">{g}Continuar con Google</button>
<div style="text-align:center;color:#777;font-size:13px;margin:14px 0">o con tu correo</div>
<form action="/sesion" method="post"><label>Correo electrónico</label><input class="inp" type="email" name="correo">
<label>Contraseña</label><input class="inp" type="password" name="contrasena"><button class="btn">Iniciar sesión</button></form>
<p style="font-size:13px"><a href="#">¿Olvidaste tu contraseña?</a> · ¿No tienes cuenta? <a href="#">Regístrate</a></p>"""
    write('app.tablerokanban.es', '/entrar/index.html', doc('Iniciar sesión – Tablero Kanban',
        f'<header class="head"><i></i>Tablero Kanban</header><main class="card">{inner}</main>', SITE_CSS, lang='es'))

    # d. A Japanese company intranet sign-in (employee number, password), with notices naming Microsoft 365.
    inner = """<h1>社内ポータル サインイン</h1>
<form action="/portal/signin" method="post"><label>社員番号</label><input class="inp" type="text" name="shainbango" placeholder="例：A012345">
<label>パスワード</label><input class="inp" type="password" name="password"><button class="btn">サインイン</button></form>
<p style="font-size:13px"><a href="#">パスワードを忘れた場合は情報システム部（内線 2200）へ</a></p>
<hr><h2 style="font-size:15px">お知らせ</h2><ul style="font-size:13px;line-height:1.7;padding-left:18px">
<li>12/10 22:00〜24:00 Microsoft 365 のメンテナンスを実施します。</li>
<li>社内ポータルのパスワードは Microsoft アカウントのパスワードとは別です。</li>
<li>年末年始の休業について</li></ul>"""
    write('portal.kitahama-denki.co.jp', '/signin/index.html', doc('社内ポータル｜北浜電機株式会社',
        f'<header class="head"><i></i>北浜電機株式会社 社内ポータル</header><main class="card">{inner}</main>', SITE_CSS, lang='ja'))

    # e. A Portuguese blog post about OAuth quoting "Entrar com Google", with a newsletter box (e-mail only).
    body = """<header class="head"><i></i>Código Limpo · blog</header>
<article style="max-width:720px;margin:30px auto;background:#fff;padding:28px 34px;border-radius:8px;line-height:1.6">
<h1>OAuth 2.0 na prática: o que acontece quando você clica em “Entrar com Google”</h1>
<p>Quando um site oferece “Entrar com Google” ou “Continuar com GitHub”, ele nunca deveria pedir a senha da sua Conta do Google. O navegador vai até accounts.google.com, você entra lá, e o site recebe um código de autorização.</p>
<pre style="background:#f4f4f4;padding:10px;overflow:auto">GET https://accounts.google.com/o/oauth2/v2/auth?client_id=...&amp;redirect_uri=https://app.exemplo.com/callback&amp;scope=openid%20email&amp;response_type=code</pre>
<p>Se uma página que não é do Google pede “digite sua senha do Google”, desconfie: é phishing.</p>
<aside style="background:#eef6ff;border-radius:8px;padding:16px;margin-top:24px"><b>Receba os próximos posts</b>
<form action="/newsletter" method="post" style="display:flex;gap:8px;margin-top:8px"><input class="inp" type="email" name="email" placeholder="seu e-mail" style="margin:0"><button class="btn" style="width:auto;padding:8px 16px">Assinar</button></form></aside>
</article>"""
    write('blog.codigolimpo.com.br', '/2026/oauth-na-pratica/index.html', doc('OAuth 2.0 na prática – Código Limpo', body, SITE_CSS, lang='pt-BR'))

    # f. A Dutch savings bank's own login.
    inner = """<h1>Inloggen bij Mijn Spaarbank</h1>
<form action="/inloggen" method="post"><label>Gebruikersnaam</label><input class="inp" type="text" name="gebruikersnaam">
<label>Wachtwoord</label><input class="inp" type="password" name="wachtwoord"><button class="btn">Inloggen</button></form>
<p style="font-size:13px"><a href="#">Wachtwoord vergeten?</a> · <a href="#">Inloggen met de app</a></p>
<p style="font-size:12px;color:#555">Wij vragen u nooit om uw wachtwoord of pincode via e-mail, sms of telefoon.</p>"""
    write('mijn.spaarbank-oosterhout.nl', '/inloggen/index.html', doc('Inloggen – Spaarbank Oosterhout',
        f'<header class="head"><i></i>Spaarbank Oosterhout</header><main class="card">{inner}</main>', SITE_CSS, lang='nl'))

    # g. A Korean shop's own text-message code step (its own account, its own name).
    inner = f"""<h1>휴대폰 인증</h1><p style="font-size:14px">회원가입을 완료하려면 010-••••-56(으)로 보낸 인증번호 6자리를 입력하세요.</p>
<form action="/join/verify" method="post"><label>인증번호</label>{otc_field('authno', '인증번호 6자리')}<button class="btn">확인</button></form>
<p style="font-size:13px"><a href="#">인증번호 다시 받기</a> · 남은 시간 02:59</p>"""
    write('www.haneul-market.kr', '/join/verify/index.html', doc('휴대폰 인증 - 하늘마켓',
        f'<header class="head"><i></i>하늘마켓</header><main class="card">{inner}</main>', SITE_CSS, lang='ko'))

    # h. A German password manager on a "kennwort-" domain: its own vault login, an article line on moving
    #    Microsoft and Google passwords into the vault.
    inner = """<h1>Kennwort-Tresor öffnen</h1><p style="font-size:14px">Melden Sie sich mit Ihrem Master-Kennwort an.</p>
<form action="/tresor/oeffnen" method="post"><label>E-Mail-Adresse</label><input class="inp" type="email" name="email">
<label>Master-Kennwort</label><input class="inp" type="password" name="master"><button class="btn">Tresor öffnen</button></form>
<p style="font-size:13px">Neu: Kennwörter aus Microsoft Edge und Google Chrome importieren. <a href="#">So geht’s</a></p>"""
    write('www.kennwort-tresor.de', '/anmelden/index.html', doc('Kennwort-Tresor – Anmelden',
        f'<header class="head"><i></i>Kennwort-Tresor</header><main class="card">{inner}</main>', SITE_CSS, lang='de'))


if __name__ == '__main__':
    spoofs()
    domain_words()
    code_steps()
    ordinary()

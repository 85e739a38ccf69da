'use strict';
// Eighteenth red-team round: spoofs of Microsoft, Google and GitHub sign-in pages written for people who do not
// read English: localized copies of the cards in German, French, Spanish, Brazilian Portuguese, Dutch, Italian,
// Polish, Turkish, Japanese, Korean, Chinese, Russian and Arabic (right to left), with the tricks such pages
// use (brand and password words split by soft hyphens, zero-width spaces and inline elements, the brand
// inflected, elided, transliterated into another script, written in full-width letters or with Cyrillic
// letters typed on a Russian layout, the brand only in the tab title, tenant-branded cards, device-code lures,
// domains named after the card's own word, localized one-time-code steps),
// and ordinary pages in those languages that must stay quiet.
// Fixtures: tests/corpus/gen-redteam18.py. Row shape: tests/e2e/pages.js; `trick` names the family,
// `source` the write-ups followed. Write-up: tests/corpus/REDTEAM18.md.

const S = {
  deExpiry: 'https://www.ad-hoc-news.de/boerse/news/ueberblick/microsoft-phishing-betrueger-nutzen-gefaelschte-frist-zum-2-februar/68542887',
  deExpiryCh: 'https://aweb.ch/it-sicherheit/vorsicht-betrugsmail-ihr-passwort-bei-microsoft-365-laeuft-ab/',
  deComputerbild: 'https://www.computerbild.de/artikel/cb-News-Software-Phishing-Microsoft-Konten-unter-Beschuss-30296687.html',
  deviceCodeDe: 'https://lwst.io/en/posts/microsoft-entra-device-code-phishing/',
  deviceCodeMs: 'https://cm-edgetun.pages.dev/en-us/security/blog/2026/04/06/ai-enabled-device-code-phishing-campaign-april-2026',
  deviceCodeTeams: 'https://ferry0x13.com/2026/03/10/the-job-interview-that-turned-into-a-microsoft-phishing-attack/',
  esSharedDoc: 'https://antiphishing.biz/2022/03/07/microsoft-phishing-page-in-spanish-detected/',
  esPin: 'https://antiphishing.biz/2022/10/15/microsoft-phishing-page-in-spanish-detected-3/',
  ptOutlook: 'https://informebrasil.com.br/email-falso-criminosos-se-passam-pelo-outlook-para-roubar-senhas',
  itOffice: 'https://www.html.it/magazine/truffa-online-attenzione-al-falso-avviso-di-office-365-cosa-fare/',
  itSchool: 'https://it.ittrip.xyz/python/phishing-m365-scuola',
  plBlock: 'https://di.com.pl/microsoft-blokuje-konta-nie-daj-sie-nabrac-69831',
  jaImpress: 'https://internet.watch.impress.co.jp/docs/news/1113028.html',
  jaKeygood: 'http://keygoodjp.blog.shinobi.jp/office/%E5%86%8D%E3%81%B3%E5%87%BA%E5%9B%9E%E3%82%8B%E3%80%8C%E3%81%94%E6%B3%A8%E6%84%8F%EF%BC%81%EF%BC%81office%E3%81%AE%E3%83%97%E3%83%AD%E3%83%80%E3%82%AF%E3%83%88%E3%82%AD%E3%83%BC%E3%81%8C',
  koOffice365: 'https://hummingbird.tistory.com/6768',
  koFax: 'https://knewsla.com/?p=57413',
  ruGoogleDocs: 'https://droidbug.com/google-vyipustila-ofitsialnoe-preduprezhdenie-ob-elektronnyih-pismah-so-ssyilkoy-na-fishingovuyu-stranitsu-google-docs/amp',
  ruVoicemail: 'https://www.hoax-slayer.com/p/missed-voicemail-phishing-scam',
  localized: 'https://aviratechblog.wordpress.com/2011/01/07/phishing-goes-international/',
  sharedDocs: 'https://safecomputing.umich.edu/protect-yourself/phishing-scams/shared-documents',
  tycoonNtt: 'https://samurai.by.security.ntt/post/threat-report-by-ntt-security-tycoon-2fa-a-trending-phishing-kit',
  evilProxy: 'https://lyrie.ai/research/research/2026-05-13-04-deepdive-passkey-fido2-enterprise-migration-playbook-aitm-defense',
  aitmRelay: 'https://relaunch.crisec.de/en/blog/phishing-in-the-age-of-multi-factor-authentication',
  splitCells: 'https://www.scmagazine.com/news/application-security/scammers-imitate-windows-logo-with-html-tables-to-slip-through-email-gateways',
};

const FL = 'localized cards';
const FS = 'split and reshaped words';
const FD = 'device-code lures';
const FW = 'the domain named after the card';
const FC = 'one-time-code steps';
const ORD = 'ordinary';

const spoof = (family, provider, name, host, path, trick, what, source, extra = {}) =>
  ({ name, host, path, expect: 'danger', provider, family, trick: `${family}: ${trick}`, what, source, ...extra });
const quiet = (name, host, path, trick, what, source, extra = {}) =>
  ({ name, host, path, expect: 'none', family: ORD, trick: `${ORD}: ${trick}`, what, source, ...extra });

const PAGES = [
  // A. Split and reshaped words
  spoof(FS, 'microsoft', 'fr-onedrive-elided-brand-document', 'consultation-document-partage.fr', '/doc/0312/',
    'French shared-document card: CSS-box squares and "OneDrive", "saisissez le mot de passe de votre messagerie d’Outlook associée à l’espace OneDrive" (brand only elided, typographic apostrophes, narrow no-break spaces before colons); address and password', 'French "enter your mailbox password to view the document" card', [S.sharedDocs, S.localized]),
  spoof(FS, 'github', 'it-github-zero-width-split', 'revisione-codice.it', '/pr/412/',
    'Italian GitHub sign-in with the octocat: "Accedi a Git<wbr>Hub", the title and "Nuovo su Git\u200bHub?" with a zero-width space; a pull-request review invitation; "Nome utente o indirizzo email", "Password"', 'Italian GitHub sign-in with the name split', [S.itOffice, S.splitCells]),
  spoof(FS, 'microsoft', 'pl-inflected-microsoftu', 'faktura-podglad.pl', '/fv/0481/',
    'Polish card with the squares: title "Zaloguj się do Microsoftu", "Wprowadź hasło", "Potwierdź tożsamość hasłem do konta Microsoftu" (the brand and the password word inflected)', 'Polish invoice card with the brand inflected', [S.plBlock, S.localized]),
  spoof(FS, 'microsoft', 'tr-dotted-capital-i-microsoft', 'hesap-dogrulama-merkezi.com.tr', '/oturum/',
    'Turkish card in capitals with the dotted capital İ: "MİCROSOFT" beside the squares, title "MİCROSOFT HESABINIZA GİRİŞ YAPIN", "PAROLANIZI GİRİN", "MİCROSOFT HESABI PAROLANIZI girin ve Microsoft\'a yeniden giriş yapın"; "Parola" box', 'Turkish card with İ in the brand', [S.localized]),
  spoof(FS, 'microsoft', 'ja-fullwidth-brand-no-spaces', 'denshi-seikyusho.jp', '/inv/20261203/',
    'Japanese card: "マイクロソフト" (katakana) beside the squares, "Ｍｉｃｒｏｓｏｆｔアカウントのパスワードを入力してください" in full-width letters with no spaces, title "マイクロソフトアカウント｜サインイン"; "パスワード" box, "サインイン"', 'Japanese e-invoice card with a full-width, unspaced brand', [S.jaImpress, S.jaKeygood]),
  spoof(FS, 'google', 'ru-cyrillic-layout-google', 'disk-dokumenty.ru', '/akt/2026/',
    'Russian Google sign-in: the wordmark as coloured letters and the prose "аккаунт Gооglе" with Cyrillic о, о, е (as typed on a Russian layout), "Вход", "Введите пароль", "Войти"; title "Вход – Аккаунты Gооglе"', 'Russian Google card with Cyrillic letters in the brand', [S.ruGoogleDocs, S.ruVoicemail]),

  // B. Localized cards
  spoof(FL, 'microsoft', 'es-mx-brand-in-title-only', 'acceso-correo-mx.com', '/owa/',
    'Mexican Spanish card: the squares drawn with four CSS boxes and no name beside them, "Escribe tu clave", "ingresa tu clave para continuar a tu correo", "Iniciar sesión"; the brand only in the tab title "Cuenta Microsoft | Iniciar sesión"', 'Spanish card whose only brand is the title', [S.esSharedDoc, S.esPin]),
  spoof(FL, 'google', 'ptbr-english-wordmark-conta-do-google', 'drive-arquivo-compartilhado.com.br', '/v/contrato/',
    'Brazilian Portuguese password step under the English Google wordmark: "Olá", the account chip, "confirme a senha da sua Conta do Google" to open a lease contract, "Digite sua senha", "Esqueceu a senha?", "Próxima"; title "… – Google Drive"', 'mixed-language Google password step', [S.ptOutlook, S.sharedDocs]),
  spoof(FL, 'microsoft', 'nl-tenant-branded-aanmelden', 'zuidwold-aanmelden.nl', '/adfs/ls/',
    'Dutch tenant-branded card: a green banner background, the organisation\'s logo and name "Gemeente Zuidwold" where the squares would be, "Wachtwoord invoeren", "Voer het wachtwoord van uw werkaccount in", "Aanmelden"; Microsoft only as "© Microsoft 2026" in the footer', 'Dutch tenant-branded sign-in', [S.localized, S.sharedDocs]),
  spoof(FL, 'google', 'ko-hangul-brand-google', 'munseo-gongyu.kr', '/d/2027/',
    'Korean Google sign-in with the coloured G mark and the brand only in Hangul: "로그인", "구글 계정으로 계속하기", "구글 계정 비밀번호를 입력하세요" to open a shared .hwp; "비밀번호 입력", "다음"; title "구글 계정 - 로그인"', 'Korean Google card with the brand in Hangul', [S.koOffice365, S.koFax]),
  spoof(FL, 'microsoft', 'zh-weiruan-no-latin-brand', 'wenjian-chakan.cn', '/f/hy2026-118/',
    'Simplified Chinese card with the squares and "微软" only (no Latin brand): "输入密码", "请输入您的微软账户密码以继续查看文件", "登录"; title "登录您的微软账户"', 'Chinese shared-file card with the brand in Chinese', [S.sharedDocs, S.localized]),
  spoof(FL, 'microsoft', 'ar-rtl-transliterated-microsoft', 'bawabat-almustanadat.com', '/fatura/4812/',
    'Arabic right-to-left card with the squares and "مايكروسوفت" (transliterated brand), "أدخل كلمة السر", "أدخل كلمة السر الخاصة بحساب مايكروسوفت" to view an invoice, the address in <bdi>, "تسجيل الدخول"', 'Arabic RTL card with the brand in Arabic script', [S.localized, S.sharedDocs]),

  // C. Device-code lures
  spoof(FD, 'microsoft', 'de-teams-devicecode', 'besprechung-beitreten.de', '/t/q4-finanzen/',
    'German Teams meeting page with the squares: "Besprechung beitreten", "Öffnen Sie microsoft.com/devicelogin und geben Sie den folgenden Code ein", the code KQ7H-9XWM, "Code kopieren", a link to microsoft.com/devicelogin; no password box', 'German device-code lure for a Teams meeting', [S.deviceCodeDe, S.deviceCodeMs, S.deviceCodeTeams]),
  spoof(FD, 'github', 'ptbr-github-device-flow', 'ci-integracao.com.br', '/ativar/',
    'Brazilian Portuguese GitHub page with the octocat: "Ativar a integração com o GitHub", "Abra github.com/login/device", "Digite o código abaixo", the code B7QX-4KMD and a link to github.com/login/device; no password box', 'Portuguese GitHub device-flow lure', [S.deviceCodeMs, S.deviceCodeDe]),

  // D. The domain named after the card's own word
  spoof(FW, 'microsoft', 'de-kennwort-soft-hyphen-split', 'konto-kennwort-pruefen.de', '/ablauf/',
    'German "Kennwort eingeben" card (squares, "Micro\u00adsoft") on konto-kennwort-pruefen.de: the brand and "Kennwort" broken by soft hyphens and inline elements ("Kenn<span>wort</span>", "An<span>mel</span>den"), "Bestätigen Sie das aktuelle Kennwort Ihres Microsoft-Kontos"; the registrable domain holds "kennwort", the word of the title and heading', 'German password-expiry card with the words split, on a "kennwort" domain', [S.deExpiry, S.deExpiryCh, S.splitCells]),
  spoof(FW, 'microsoft', 'tr-parola-domain', 'parola-yenileme.com.tr', '/koru/',
    'Turkish card with the squares and "Microsoft", title and heading "Parola girin", "Mevcut Microsoft hesabı parolanızı girerek koruyun"; the registrable domain holds "parola"', 'Turkish password-expiry card on a "parola-" domain', [S.localized]),
  spoof(FW, 'microsoft', 'nl-wachtwoord-domain', 'wachtwoord-verlopen.nl', '/behouden/',
    'Dutch card with the squares and "Microsoft", title and heading "Wachtwoord invoeren", "Voer uw huidige Microsoft-wachtwoord in"; the registrable domain holds "wachtwoord"', 'Dutch password-expiry card on a "wachtwoord-" domain', [S.localized, S.deExpiryCh]),
  spoof(FW, 'microsoft', 'fr-connexion-domain', 'connexion-messagerie.fr', '/owa/',
    'French card with the squares and "Microsoft", title and heading "Connexion", "Entrez le mot de passe de votre compte Microsoft"; the registrable domain holds "connexion"', 'French sign-in card on a "connexion-" domain', [S.localized, S.sharedDocs]),
  spoof(FW, 'google', 'ptbr-senha-domain', 'senha-expirada.com.br', '/manter/',
    'Brazilian Portuguese Google password step with the wordmark, title and heading "Digite sua senha", "Sua senha do Google expira hoje"; the registrable domain holds "senha"', 'Portuguese Google password step on a "senha-" domain', [S.ptOutlook]),
  spoof(FW, 'github', 'it-accedi-domain', 'accedi-revisione.it', '/pr/88/',
    'Italian GitHub sign-in with the octocat, title and heading "Accedi a GitHub", "La sessione è scaduta"; the registrable domain holds "accedi"', 'Italian GitHub sign-in on an "accedi-" domain', [S.itOffice]),
  spoof(FW, 'microsoft', 'de-anmelden-domain', 'anmelden-postfach.de', '/postfach/',
    'German card with the squares and "Microsoft", title and heading "Anmelden", "Geben Sie das Kennwort für Ihr Microsoft-Konto ein"; the registrable domain holds "anmelden"', 'German sign-in card on an "anmelden-" domain', [S.deExpiry, S.deComputerbild]),
  spoof(FD, 'microsoft', 'ja-teams-deviceauth-fullwidth-code', 'kaigi-sanka.jp', '/teams/teirei/',
    'Japanese Teams meeting page with the squares: "会議に参加", a link to the other device sign-in address login.microsoftonline.com/common/oauth2/deviceauth (no "devicelogin"), the code in full-width letters "ＨＸ４Ｑ－７ＫＰＭ", "コードを入力してください"; no password box', 'Japanese device-code lure with the deviceauth address', [S.deviceCodeMs, S.deviceCodeTeams]),

  // E. One-time-code steps (the second step of a relayed sign-in)
  spoof(FC, 'microsoft', 'ja-authenticator-code-step', 'shonin-kakunin.jp', '/sas/',
    'Japanese Microsoft code step with the squares: title and heading "コードの入力", "Microsoft Authenticator アプリに表示されている確認コードを入力してください", a 6-digit code box copied from the provider’s markup (type="tel", autocomplete="off", name="otc") with the placeholder "コード", "確認"', 'Japanese Authenticator code step', [S.tycoonNtt, S.evilProxy, S.aitmRelay]),
  spoof(FC, 'google', 'ko-google-2sv-code-step', 'gyeoljae-hwagin.kr', '/challenge/',
    'Korean Google 2-Step Verification with the wordmark: "2단계 인증", the account chip, "6자리 인증 코드가 포함된 문자 메시지를 보냈습니다", a "G-" code box (type="tel", autocomplete="off", name="Pin") "코드 입력", "다음"; title "Google 계정"', 'Korean Google text-message code step', [S.tycoonNtt, S.koOffice365]),
  spoof(FC, 'microsoft', 'zh-sms-code-step', 'youjian-denglu.cn', '/sas/',
    'Simplified Chinese Microsoft code step with the squares: "输入验证码", "我们已向 +86 … 发送了验证码。请输入验证码以登录。", a code box (type="tel", autocomplete="off", name="otc") with the placeholder "验证码", "验证"', 'Chinese text-message code step', [S.tycoonNtt]),
  spoof(FC, 'microsoft', 'ar-rtl-sms-code-step', 'tahaqquq-alhisab.com', '/sas/',
    'Arabic right-to-left Microsoft code step with the squares: "أدخل الرمز", "أرسلنا رمزًا إلى … أدخل الرمز لتسجيل الدخول", a code box (type="tel", autocomplete="off", name="otc") with the placeholder "الرمز", "تحقق"', 'Arabic RTL text-message code step', [S.tycoonNtt]),
  spoof(FC, 'github', 'ru-github-2fa-code-step', 'repo-dostup.ru', '/sessions/two-factor/',
    'Russian GitHub two-factor page with the octocat: "Двухфакторная аутентификация", "Код аутентификации", a 6-digit box (type="tel", autocomplete="off", name="app_otp"), "Подтвердить", "Использовать код восстановления"', 'Russian GitHub two-factor code step', [S.evilProxy, S.aitmRelay]),
  spoof(FC, 'microsoft', 'es-co-sms-code-step', 'verificacion-buzon.com.co', '/sas/',
    'Colombian Spanish Microsoft code step with the squares: "Escribe el código", "Escribe el código que enviamos al +57 … para iniciar sesión", a code box (type="tel", autocomplete="off", name="otc") with the placeholder "Código", "Comprobar"', 'Spanish text-message code step', [S.tycoonNtt, S.esPin]),
  spoof(FC, 'google', 'ptbr-google-totp-code-step', 'nota-fiscal-consulta.com.br', '/challenge/',
    'Brazilian Portuguese Google 2-Step Verification with the wordmark: "Verificação em duas etapas", "Receba um código de verificação do app Google Authenticator e digite-o abaixo", a code box (type="tel", autocomplete="off", name="totpPin") "Digite o código", "Próxima"', 'Portuguese Google authenticator code step', [S.tycoonNtt, S.ptOutlook]),

  // Ordinary pages in those languages that must stay quiet
  quiet('de-shop-own-login-mit-google', 'www.wanderbedarf-allgaeu.de', '/konto/anmelden/', 'a German outdoor shop\'s own login ("Anmelden", "E-Mail-Adresse", "Passwort") with a "Mit Google anmelden" button and the G mark', 'German shop login with a Google button', [S.localized]),
  quiet('fr-help-never-enter-microsoft-password', 'aide.mairie-saint-aubin.fr', '/messagerie/hameconnage/', 'a French town hall help article: "Ne saisissez jamais votre mot de passe Microsoft sur un autre site", quoting the lure ("saisir le mot de passe de votre messagerie pour afficher le document"), with a feedback form (name, comment)', 'French help article warning about the Microsoft password', [S.sharedDocs]),
  quiet('es-saas-continuar-con-github', 'app.tablerokanban.es', '/entrar/', 'a Spanish SaaS login: "Continuar con GitHub" (octocat) and "Continuar con Google" buttons above its own email and "Contraseña"', 'Spanish SaaS login with GitHub and Google buttons', [S.esSharedDoc]),
  quiet('ja-intranet-own-signin', 'portal.kitahama-denki.co.jp', '/signin/', 'a Japanese company intranet "社内ポータル サインイン" (社員番号, パスワード) with notices naming Microsoft 365 maintenance and "the portal password is not your Microsoft アカウント password"', 'Japanese intranet sign-in naming Microsoft in its notices', [S.jaImpress]),
  quiet('ptbr-blog-oauth-newsletter', 'blog.codigolimpo.com.br', '/2026/oauth-na-pratica/', 'a Portuguese blog post on OAuth ("Entrar com Google", "a senha da sua Conta do Google", an accounts.google.com authorize URL) with a newsletter box (e-mail only)', 'Portuguese OAuth blog post with a newsletter box', [S.ptOutlook]),
  quiet('nl-savings-bank-own-login', 'mijn.spaarbank-oosterhout.nl', '/inloggen/', 'a Dutch savings bank\'s own "Inloggen" (Gebruikersnaam, Wachtwoord) saying it never asks for the password by e-mail', 'Dutch bank login', [S.localized]),
  quiet('ko-shop-own-sms-code', 'www.haneul-market.kr', '/join/verify/', 'a Korean shop\'s own sign-up text-message step "휴대폰 인증": "인증번호 6자리를 입력하세요", a one-time-code box, resend link and timer', 'Korean shop\'s own code step', [S.koOffice365]),
  quiet('de-password-manager-kennwort-domain', 'www.kennwort-tresor.de', '/anmelden/', 'a German password manager on a "kennwort-" domain: "Kennwort-Tresor öffnen", e-mail and "Master-Kennwort", a line on importing passwords from Microsoft Edge and Google Chrome', 'German password manager\'s own login on a "kennwort-" domain', [S.localized]),
];

const HOSTS = Object.fromEntries([...new Set(PAGES.map((p) => p.host))].map((h) => [h, 'https']));

module.exports = { HOSTS, PAGES };

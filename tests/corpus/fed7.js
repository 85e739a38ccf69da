'use strict';
// Provider buttons in other languages, seventh table: a site's own login whose only use of a
// provider's name is a social-login link in Chinese, Korean, Polish, Turkish, Russian or European
// Portuguese stays quiet; a page whose brand is the same kind of wording as the heading of a card
// that asks for the provider's password, a fake provider button that opens an in-page password
// card naming the provider, and a Japanese Google sign-in card still warn (tests/corpus/FED7.md).

const HOSTS = {
  'www.chayuan-shop.cn': 'https',
  'www.kkotbat-market.kr': 'https',
  'sklep.ogrodnik-krakow.pl': 'https',
  'hesap.kitapevi-moda.com.tr': 'https',
  'lk.velomaster-spb.ru': 'https',
  'conta.livraria-do-bairro.pt': 'https',
  'espace-documents-partages.fr': 'https',
  'messagerie-verif-compte.fr': 'https',
  'partage-fichiers-securise.net': 'https',
  'drive-kyouyuu-login.jp': 'https',
};

// Google Identity Services' own button texts, in every language it renders them.
const GSI = 'https://developers.google.com/identity/gsi/web/guides/personalized-button';
const MS_BRANDING = 'https://learn.microsoft.com/en-us/entra/identity-platform/howto-add-branding-in-apps';
const LOCALIZED_KITS = 'https://antiphishing.biz/2022/03/07/microsoft-phishing-page-in-spanish-detected/';

const PAGES = [
  {
    name: 'ok-zh-google-account-login',
    host: 'www.chayuan-shop.cn',
    path: '/login',
    expect: 'none',
    trick: 'provider-button',
    what: "Chinese shop's own login (登录 / 密码) with a '使用 Google 账号登录' link to Google",
    source: GSI,
  },
  {
    name: 'ok-ko-google-account-login',
    host: 'www.kkotbat-market.kr',
    path: '/login',
    expect: 'none',
    trick: 'provider-button',
    what: "Korean shop's own login (로그인 / 비밀번호) with a 'Google 계정으로 로그인' link to Google",
    source: GSI,
  },
  {
    name: 'ok-pl-zaloguj-przez-google',
    host: 'sklep.ogrodnik-krakow.pl',
    path: '/logowanie',
    expect: 'none',
    trick: 'provider-button',
    what: "Polish garden shop's own login (Hasło) with a 'Zaloguj się przez Google' link to Google",
    source: GSI,
  },
  {
    name: 'ok-tr-google-ile-devam-et',
    host: 'hesap.kitapevi-moda.com.tr',
    path: '/giris',
    expect: 'none',
    trick: 'provider-button',
    what: "Turkish bookshop's own login (Şifre) with a 'Google ile devam et' link to Google",
    source: GSI,
  },
  {
    name: 'ok-ru-voiti-cherez-google',
    host: 'lk.velomaster-spb.ru',
    path: '/login',
    expect: 'none',
    trick: 'provider-button',
    what: "Russian bike shop's own account login (Пароль) with a 'Войти через Google' link to Google",
    source: GSI,
  },
  {
    name: 'ok-pt-pt-continuar-com-microsoft',
    host: 'conta.livraria-do-bairro.pt',
    path: '/entrar',
    expect: 'none',
    trick: 'provider-button',
    what: "Portuguese bookshop's own login (Palavra-passe) with 'Continuar com a Microsoft' and 'Registar com o GitHub' links",
    source: MS_BRANDING,
  },
  {
    name: 'fr-continuer-avec-microsoft-heading',
    host: 'espace-documents-partages.fr',
    path: '/connexion',
    expect: 'danger',
    provider: 'microsoft',
    trick: 'provider-wording-heading',
    what: "French kit whose only brand is the big card heading 'Continuer avec Microsoft' (no button, no logo) above e-mail and 'Mot de passe'",
    source: LOCALIZED_KITS,
  },
  {
    name: 'fr-connectez-vous-compte-microsoft',
    host: 'messagerie-verif-compte.fr',
    path: '/auth',
    expect: 'danger',
    provider: 'microsoft',
    trick: 'provider-wording-heading',
    what: "French kit: 'Connectez-vous à votre compte Microsoft' as the card's title (a div, not a button), e-mail and password",
    source: LOCALIZED_KITS,
  },
  {
    name: 'fake-provider-button-opens-card',
    host: 'partage-fichiers-securise.net',
    path: '/d/8812',
    expect: 'danger',
    provider: 'microsoft',
    trick: 'fake-provider-button',
    what: "shared-file lure whose 'Continuer avec Microsoft' button opens an in-page card headed 'Microsoft' asking for the password",
    source: LOCALIZED_KITS,
    click: { selector: '#ms-btn' },
  },
  {
    name: 'ja-google-signin-card',
    host: 'drive-kyouyuu-login.jp',
    path: '/signin',
    expect: 'danger',
    provider: 'google',
    trick: 'localized-card',
    what: "Japanese Google sign-in card: coloured 'Google' letters, 'ログイン', 'お客様の Google アカウントを使用', password",
    source: GSI,
  },
];

module.exports = { HOSTS, PAGES };

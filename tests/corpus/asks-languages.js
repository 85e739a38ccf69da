'use strict';
// Password asks in German, French, Spanish, Portuguese and Dutch as lures write them: a plain card on a
// host of its own whose only claim is the line asking for the provider's password ("Geben Sie Ihr
// Microsoft-Kennwort ein", "Entrez votre mot de passe Microsoft", …), and ordinary pages in those languages
// that must stay quiet: the same words as advice beside a help desk's own login, and sites' own sign-ins
// with a Google button. Fixtures: tests/corpus/gen-asks-languages.py. Row shape: tests/e2e/pages.js.

const S = {
  // lures that ask for the Microsoft or Google password in the victim's language, on a shared-document card
  sharedDocs: 'https://safecomputing.umich.edu/protect-yourself/phishing-scams/shared-documents',
  tycoonNtt: 'https://samurai.by.security.ntt/post/threat-report-by-ntt-security-tycoon-2fa-a-trending-phishing-kit',
};

const spoof = (provider, name, host, path, what) =>
  ({ name, host, path, expect: 'danger', provider, rule: /^credentials\./, family: 'asks in other languages', what, source: [S.sharedDocs, S.tycoonNtt] });
const quiet = (name, host, path, what) => ({ name, host, path, expect: 'none', family: 'ordinary', what });

const PAGES = [
  spoof('microsoft', 'de-microsoft-kennwort-document', 'dokumente-freigabe-portal.de', '/ansicht/', '"Geben Sie Ihr Microsoft-Kennwort ein" on a shared-document card'),
  spoof('microsoft', 'fr-mot-de-passe-microsoft-invoice', 'facture-consultation.fr', '/voir/', '"Entrez votre mot de passe Microsoft" on an invoice card'),
  spoof('microsoft', 'es-contrasena-de-microsoft-invoice', 'factura-descarga.es', '/descargar/', '"Introduce tu contraseña de Microsoft" on an invoice card'),
  spoof('google', 'pt-senha-do-google-boleto', 'boleto-visualizar.com.br', '/doc/', '"Digite sua senha do Google" on a payment slip card'),
  spoof('microsoft', 'nl-microsoft-wachtwoord-parcel', 'pakket-volgen-info.nl', '/zending/', '"Voer uw Microsoft-wachtwoord in" on a parcel card'),
  quiet('de-it-help-never-enter-microsoft-kennwort', 'it.hochschule-lindenau.de', '/hilfe/kennwort/', 'a college IT page: "Geben Sie Ihr Microsoft-Kennwort nie auf anderen Websites ein", beside the ticket system’s own login'),
  quiet('nl-bike-rental-own-login-google-button', 'www.fietsverhuur-amstel.nl', '/inloggen/', 'a bike rental’s own sign-in ("Voer uw e-mailadres en wachtwoord in") with "Ga verder met Google"'),
  quiet('fr-bookshop-own-login-google-button', 'www.librairie-des-quais.fr', '/compte/', 'a bookshop’s own sign-in ("Entrez votre mot de passe pour retrouver vos commandes") with "Se connecter avec Google"'),
];

const HOSTS = Object.fromEntries([...new Set(PAGES.map((p) => p.host))].map((h) => [h, 'https']));

module.exports = { HOSTS, PAGES };

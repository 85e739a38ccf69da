// @ts-check
// The consent request on a provider's genuine page: who asks, for what, where the answer goes, each
// scope with its tier in words and colour, and the overall risk in one line. Critical requests lead
// the popup with a banner. All text goes in as text nodes (never HTML): it comes from the page URL.
import '../../shared/dom.js';
import { formatNumber, t } from '../../shared/i18n.js';
import { findingText, scopeText, wordsText } from '../../shared/levels.js';
import { loadScopeWords } from '../../shared/scope-words.js';
import { tierOf } from '../../shared/tiers.js';

const { el } = globalThis.CONSENT_GUARD_DOM;

/**
 * A requested scope as the engine rated it: the catalog that describes it (`catalog`, `key`) and its
 * English words, or `words` where none describes it.
 * @typedef {{ scope: string, tier?: string, description?: string, implies?: string, catalog?: string, key?: string, words?: import('../../shared/contract').ScopeWords }} RatedScope
 */

function useStyles() {
  if (document.querySelector('link[data-request-styles]')) return;
  document.head.append(el('link', { rel: 'stylesheet', href: new URL('./request.css', import.meta.url).href, 'data-request-styles': '' }));
}

/** The findings about the request itself that make a genuine page's request not safe. */
const REQUEST_REASONS = new Set(['request.official-name', 'request.critical-unverified', 'request.broad-unverified']);

/**
 * A tier chip: colour plus the tier in words, so colour is never the only signal.
 * @param {unknown} tier @param {boolean} [asRisk] "High risk" rather than "High"
 */
function chip(tier, asRisk = false) {
  const tier_ = tierOf(tier);
  return el('span', { class: `tier-chip tier-${tier_.key}` }, asRisk ? tier_.risk : tier_.word);
}

/** @param {string} termKey @param {...ElChild} value */
function fact(termKey, ...value) {
  return [el('dt', {}, t(termKey)), el('dd', {}, ...value)];
}

/** @param {RatedScope} scope */
function scopeItem(scope) {
  const { description, implies } = scopeText(scope);
  return el('li', { class: `scope tier-${tierOf(scope.tier).key}` },
    chip(scope.tier),
    el('div', { class: 'scope-text' },
      el('code', { class: 'scope-name' }, scope.scope),
      el('span', { class: 'scope-description' }, description),
      el('span', { class: 'scope-implies' }, implies)));
}

/**
 * Draws `verdict.request` into `container`, its scopes in the person's language. Returns false (and
 * leaves the container empty) when the verdict carries no request.
 * @param {HTMLElement} container @param {Verdict | null} verdict
 */
export async function renderRequest(container, verdict) {
  const review = verdict?.request;
  if (!review || !review.request) {
    container.replaceChildren();
    container.hidden = true;
    return false;
  }
  useStyles();
  await loadScopeWords();
  const request = review.request;
  const app = request.appName || t('requestThisApp');
  /** @type {RatedScope[]} */
  const scopes = [...(review.scopes ?? [])].sort((a, b) => tierOf(a.tier).rank - tierOf(b.tier).rank);

  // Why this genuine page's request is not safe (an unverified publisher, an app named as the
  // provider's own) leads the banner: the reason before what the app could do.
  const reasons = (verdict?.findings ?? []).filter((f) => REQUEST_REASONS.has(f.rule));
  const banner = review.critical && el('div', { class: 'request-banner', role: 'alert' },
    el('strong', {}, t('requestCriticalTitle')),
    ...reasons.map((f) => el('p', { class: 'request-reason' }, findingText(f))),
    el('p', {}, t('requestCriticalText', [wordsText(review.summary, review.scopes ?? []), app])));

  const destination = request.redirectUri
    ? [wordsText(review.destination), el('br'), el('code', { class: 'request-uri' }, request.redirectUri)]
    : [wordsText(review.destination)];
  const facts = el('dl', { class: 'request-facts' },
    ...fact('requestApp', request.appName || t('requestAppNotShown')),
    ...fact('requestPublisher', request.publisher || (request.publisherUnverified ? el('strong', {}, t('requestPublisherUnverified')) : t('requestPublisherNotShown')),
      request.firstParty && el('span', { class: 'request-note' }, t('requestFirstParty'))),
    ...fact('requestClientId', request.clientId ? el('code', {}, request.clientId) : t('requestClientIdNone')),
    ...fact('requestDestination', ...destination,
      review.destinationNote && el('span', { class: 'request-note' }, wordsText(review.destinationNote))),
    ...(request.tenant ? fact('requestTenant', request.tenant) : []),
    ...(request.adminConsent ? fact('requestConsentFor', el('strong', {}, t('requestAdminConsent'))) : []),
    ...(request.offlineAccess ? fact('requestLasts', t('requestOfflineAccess')) : []),
    ...(request.includeGrantedScopes ? fact('requestAddsTo', t('requestIncludeGranted')) : []));

  const section = el('section', { class: `request${review.critical ? ' request-critical' : ''}`, 'aria-labelledby': 'request-heading' },
    banner,
    el('h2', { id: 'request-heading' }, t('requestHeading')),
    el('p', { class: 'request-risk', id: 'request-risk' }, chip(review.risk, true), ' ', wordsText(review.summary, review.scopes ?? [])),
    facts,
    el('h3', {}, scopes.length ? t('requestPermissionsCount', [formatNumber(scopes.length)]) : t('requestPermissions')),
    scopes.length
      ? el('ul', { class: 'scopes', 'aria-label': t('requestPermissionsLabel') }, ...scopes.map(scopeItem))
      : el('p', { class: 'request-note' }, t('requestNoPermissions')));

  container.hidden = false;
  container.replaceChildren(section);
  if (review.critical && container.parentElement) container.parentElement.prepend(container);
  return true;
}

// @ts-check
// The consent request on a provider's genuine page: who asks, for what, where the answer goes, each
// scope with its tier in words and colour, and the overall risk in one line. Critical requests lead
// the popup with a banner. All text goes in as text nodes (never HTML): it comes from the page URL.
import '../../shared/dom.js';
import { tierOf } from '../../shared/tiers.js';

import { wordsText } from '../../shared/levels.js';

const { el } = globalThis.CONSENT_GUARD_DOM;

function useStyles() {
  if (document.querySelector('link[data-request-styles]')) return;
  document.head.append(el('link', { rel: 'stylesheet', href: new URL('./request.css', import.meta.url).href, 'data-request-styles': '' }));
}

/**
 * A tier chip: colour plus the tier in words, so colour is never the only signal.
 * @param {unknown} tier @param {string} [suffix]
 */
function chip(tier, suffix = '') {
  const t = tierOf(tier);
  return el('span', { class: `tier-chip tier-${t.key}` }, `${t.word}${suffix}`);
}

/** @param {string} term @param {...ElChild} value */
function fact(term, ...value) {
  return [el('dt', {}, term), el('dd', {}, ...value)];
}

/** @param {{ scope: string, tier?: string, description?: string, implies?: string }} scope */
function scopeItem(scope) {
  return el('li', { class: `scope tier-${tierOf(scope.tier).key}` },
    chip(scope.tier),
    el('div', { class: 'scope-text' },
      el('code', { class: 'scope-name' }, scope.scope),
      el('span', { class: 'scope-description' }, scope.description),
      el('span', { class: 'scope-implies' }, scope.implies)));
}

/**
 * Draws `verdict.request` into `container`. Returns false (and leaves the container empty) when the
 * verdict carries no request.
 * @param {HTMLElement} container @param {Verdict | null} verdict
 */
export function renderRequest(container, verdict) {
  const review = verdict?.request;
  if (!review || !review.request) {
    container.replaceChildren();
    container.hidden = true;
    return false;
  }
  useStyles();
  const request = review.request;
  const app = request.appName || 'This app';
  /** @type {{ scope: string, tier?: string, description?: string, implies?: string }[]} */
  const scopes = [...(review.scopes ?? [])].sort((a, b) => tierOf(a.tier).rank - tierOf(b.tier).rank);

  const banner = review.critical && el('div', { class: 'request-banner', role: 'alert' },
    el('strong', {}, 'Critical access requested'),
    el('p', {}, `${wordsText(review.summary)}. Accept only if you trust ${app} with everything this allows.`));

  const destination = request.redirectUri
    ? [wordsText(review.destination), el('br'), el('code', { class: 'request-uri' }, request.redirectUri)]
    : [wordsText(review.destination)];
  const facts = el('dl', { class: 'request-facts' },
    ...fact('App', request.appName || 'Not shown on the page'),
    ...fact('Publisher', request.publisher || (request.publisherUnverified ? el('strong', {}, 'Unverified') : 'Not shown')),
    ...fact('Client ID', request.clientId ? el('code', {}, request.clientId) : 'None in the request'),
    ...fact('Answer goes to', ...destination,
      review.destinationNote && el('span', { class: 'request-note' }, wordsText(review.destinationNote))),
    ...(request.tenant ? fact('Directory', request.tenant) : []),
    ...(request.adminConsent ? fact('Consent for', el('strong', {}, 'Your whole organisation (administrator consent)')) : []),
    ...(request.offlineAccess ? fact('Lasts', 'Until you revoke it, also while you are away') : []),
    ...(request.includeGrantedScopes ? fact('Adds to', 'Everything you granted this app before') : []));

  const section = el('section', { class: `request${review.critical ? ' request-critical' : ''}`, 'aria-labelledby': 'request-heading' },
    banner,
    el('h2', { id: 'request-heading' }, 'What this app asks for'),
    el('p', { class: 'request-risk', id: 'request-risk' }, chip(review.risk, ' risk'), ' ', wordsText(review.summary)),
    facts,
    el('h3', {}, scopes.length ? `Permissions (${scopes.length})` : 'Permissions'),
    scopes.length
      ? el('ul', { class: 'scopes', 'aria-label': 'Requested permissions, riskiest first' }, ...scopes.map(scopeItem))
      : el('p', { class: 'request-note' }, 'The request names no permissions.'));

  container.hidden = false;
  container.replaceChildren(section);
  if (review.critical && container.parentElement) container.parentElement.prepend(container);
  return true;
}

// @ts-check
// "Your authorizations": the grants a person has made to OAuth apps, per provider, riskiest first,
// with a filter and a confirmed revoke. Listing and revoking go through the Rust grants client;
// this file only draws and asks for credentials (see ../auth.js).
import '../../shared/dom.js';
import init, { listGrants, revokeGrant } from '../../pkg/consent_guard_grants.js';
import { ext } from '../../shared/platform.js';
import { formatDate, formatNumber, t } from '../../shared/i18n.js';
import { tierOf as tier } from '../../shared/tiers.js';
import {
  azureDevOpsPat, entraConfiguration, entraToken, forgetAzureDevOpsPat, forgetEntraToken,
  keepAzureDevOpsPat, organisationSettings, signIn,
} from '../../worker/auth.js';
import { NOT_FOUND, isSignInError } from './grant-errors.js';

const { el } = globalThis.CONSENT_GUARD_DOM;
// The grants client returns the grants riskiest first; the panel keeps that order.
const GITHUB_SETTINGS = 'https://github.com/settings/applications';

let engine;
function ready() {
  engine ??= init({ module_or_path: ext.runtime.getURL('pkg/consent_guard_grants_bg.wasm') });
  return engine;
}

/** Draws the panel into `container` (replacing what was there) and starts listing. */
export function renderGrants(container) {
  const dialog = confirmDialog();
  const filter = el('input', {
    type: 'search', id: 'grants-filter', class: 'grants-filter-input', autocomplete: 'off',
    placeholder: t('grantsFilterPlaceholder'), 'aria-describedby': 'grants-filter-help',
  });
  const providers = [azureDevOpsSection(dialog), entraSection(dialog), githubSection()];
  const panel = el('div', { class: 'grants' },
    el('p', { class: 'grants-note' }, t('grantsTokensStayValid')),
    el('div', { class: 'grants-filter', role: 'search' },
      el('label', { for: 'grants-filter' }, t('grantsFilterLabel')),
      filter,
      el('p', { id: 'grants-filter-help', class: 'grants-hint' }, t('grantsFilterHelp'))),
    ...providers.map((p) => p.section),
    dialog.element);
  filter.addEventListener('input', () => providers.forEach((p) => p.filter?.(filter.value)));
  container.replaceChildren(panel);
  providers.forEach((p) => p.start?.());
}

// ---- providers -------------------------------------------------------------------------------

function azureDevOpsSection(dialog) {
  const view = grantSection({
    provider: 'azure-devops', title: t('providerAzureDevOps'), dialog,
    intro: t('grantsAzureDevOpsIntro'),
    config: async () => {
      const { azureDevOps = {} } = await organisationSettings();
      const pat = await azureDevOpsPat();
      return {
        ...(azureDevOps.host ? { host: azureDevOps.host } : {}),
        ...(azureDevOps.apiVersion ? { apiVersion: azureDevOps.apiVersion } : {}),
        auth: pat ? { kind: 'pat', token: pat } : { kind: 'session' },
      };
    },
    onSignInNeeded: async (error) => {
      const usedPat = Boolean(await azureDevOpsPat());
      if (usedPat) await forgetAzureDevOpsPat();
      view.showSignIn(error, usedPat
        ? t('grantsPatRejected')
        : null, patForm(view));
    },
    footer: async () => (await azureDevOpsPat())
      ? el('p', { class: 'grants-hint' }, t('grantsListedWithPat'), ' ',
        el('button', {
          type: 'button', class: 'link-button',
          onclick: async () => { await forgetAzureDevOpsPat(); view.list(); },
        }, t('grantsForgetPat')))
      : null,
  });
  return view;
}

function patForm(view) {
  const input = el('input', {
    type: 'password', id: 'ado-pat', autocomplete: 'off', spellcheck: 'false', required: '',
    'aria-describedby': 'ado-pat-help',
  });
  const form = el('form', { class: 'pat-form' },
    el('label', { for: 'ado-pat' }, t('grantsPatLabel')),
    el('p', { id: 'ado-pat-help', class: 'grants-hint' }, t('grantsPatHelp')),
    el('div', { class: 'pat-row' }, input, el('button', { type: 'submit' }, t('grantsPatUse'))));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const pat = input.value.trim();
    if (!pat) return;
    input.value = '';
    await keepAzureDevOpsPat(pat);
    view.list();
  });
  return form;
}

function entraSection(dialog) {
  const view = grantSection({
    provider: 'entra', title: t('providerEntra'), dialog,
    intro: t('grantsEntraIntro'),
    config: async () => ({ auth: { kind: 'bearer', token: await entraToken() } }),
    before: async () => {
      if (!await entraConfiguration()) {
        view.showMessage(el('p', {}, t('grantsEntraNotConfigured'), ' ', optionsLink()));
        return false;
      }
      if (!await entraToken()) {
        view.showSignIn(null, null);
        return false;
      }
      return true;
    },
    onSignInNeeded: async (error) => {
      await forgetEntraToken();
      view.showSignIn(error, null);
    },
    signInButton: () => {
      const button = el('button', { type: 'button', class: 'primary' }, t('grantsSignInTo', [t('providerEntra')]));
      button.addEventListener('click', async () => {
        // `identity` is an optional permission: asked for here, in the click, the first time only.
        const allowed = ext.permissions.request({ permissions: ['identity'] });
        view.busy(t('grantsSigningIn', [t('providerEntra')]));
        try {
          if (!await allowed) throw new Error(t('grantsIdentityRefused', [t('providerEntra')]));
          await signIn();
        } catch (error) {
          view.showError({ message: String(/** @type {any} */ (error)?.message ?? error) });
          return;
        }
        view.list();
      });
      return button;
    },
  });
  return view;
}

function githubSection() {
  return {
    section: el('section', { class: 'provider', 'aria-labelledby': 'grants-github' },
      el('h2', { id: 'grants-github' }, t('providerGitHub')),
      el('p', {}, t('grantsGitHubNoApi'), ' ',
        el('a', { href: GITHUB_SETTINGS, target: '_blank', rel: 'noopener' }, t('grantsGitHubSettingsLink')))),
  };
}

function optionsLink() {
  return el('a', {
    href: ext.runtime.getURL('pages/options/options.html'),
    onclick: (event) => { event.preventDefault(); ext.runtime.openOptionsPage(); },
  }, t('grantsOpenOptions'));
}

// ---- one provider's section ------------------------------------------------------------------

/**
 * @param {{ provider: string, title: string, intro: string, dialog: any, config: () => Promise<object>,
 *   before?: () => Promise<boolean>, onSignInNeeded?: (error: any) => Promise<void>, signInButton?: () => HTMLElement,
 *   footer?: () => Promise<HTMLElement | null> }} section
 */
function grantSection({ provider, title, intro, dialog, config, before, onSignInNeeded, signInButton, footer }) {
  const headingId = `grants-${provider}`;
  const heading = el('h2', { id: headingId, tabindex: '-1' }, title);
  const status = el('div', { class: 'grants-status', role: 'status', 'aria-live': 'polite' });
  const body = el('div', { class: 'grants-body' });
  const section = el('section', { class: 'provider', 'aria-labelledby': headingId, 'aria-busy': 'false' },
    heading, el('p', { class: 'grants-hint' }, intro), status, body);
  let grants = [];
  let query = '';
  let cards = new Map();

  function busy(text) {
    section.setAttribute('aria-busy', 'true');
    status.replaceChildren(el('p', { class: 'loading' }, text));
    body.replaceChildren();
  }

  async function list(announce) {
    busy(t('grantsLoading', [title]));
    try {
      if (before && !await before()) return;
      await ready();
      const answer = parse(await listGrants(provider, JSON.stringify(await config())));
      if (answer.error) return await showFailure(answer.error);
      grants = answer.grants;
      await draw(announce);
    } catch (error) {
      showError({ message: t('grantsListFailedBecause', [String(/** @type {any} */ (error)?.message ?? error)]) });
    } finally {
      section.setAttribute('aria-busy', 'false');
    }
  }

  async function showFailure(error) {
    if (isSignInError(error) && onSignInNeeded) return onSignInNeeded(error);
    return showError(error);
  }

  async function draw(announce) {
    cards = new Map(grants.map((grant) => [grant, grantCard(grant, () => confirmRevoke(grant))]));
    const items = el('ul', { class: 'grant-list', 'aria-label': t('grantsListLabel', [title]) }, ...cards.values());
    const extra = footer ? await footer() : null;
    body.replaceChildren(items, ...(extra ? [extra] : []));
    applyFilter(announce);
  }

  function applyFilter(announce) {
    const needle = query.trim().toLowerCase();
    let shown = 0;
    for (const [grant, card] of cards) {
      const match = !needle || searchText(grant).includes(needle);
      card.hidden = !match;
      if (match) shown += 1;
    }
    const parts = [];
    if (announce) parts.push(announce, ' ');
    if (grants.length === 0) parts.push(t('grantsNone', [title]));
    else if (needle) parts.push(t('grantsFilterMatches', [formatNumber(shown), formatNumber(grants.length), query.trim()]));
    else parts.push(t(grants.length === 1 ? 'grantsCountOne' : 'grantsCountMany', [formatNumber(grants.length)]));
    status.replaceChildren(el('p', {}, ...parts));
  }

  async function confirmRevoke(grant) {
    const card = cards.get(grant);
    const opener = card.querySelector('.revoke');
    if (!await dialog.ask(grant, title)) {
      opener.focus();
      return;
    }
    const problem = card.querySelector('.grant-problem');
    problem.hidden = true;
    opener.disabled = true;
    opener.textContent = t('grantsRevoking');
    let failure;
    try {
      await ready();
      const answer = parse(await revokeGrant(provider, grant.id, JSON.stringify(await config())));
      if (!answer.ok) failure = answer.error ?? { message: t('grantsRevokeUnconfirmed') };
    } catch (error) {
      failure = { message: String(/** @type {any} */ (error)?.message ?? error) };
    }
    if (failure?.kind === NOT_FOUND) {
      // Revoked already (elsewhere, or by an earlier attempt that did go through): list again to show it.
      await list(failure.message);
      heading.focus();
      return;
    }
    if (failure) {
      opener.disabled = false;
      opener.textContent = t('grantsRevoke');
      problem.replaceChildren(t('grantsNotRevoked', [String(failure.message)]));
      problem.hidden = false;
      opener.focus();
      return;
    }
    await list(`${t('grantsRevoked', [grant.appName || t('grantsUnnamedApp')])} ${t('grantsTokensStayValid')}`);
    heading.focus();
  }

  function showSignIn(error, note, extra) {
    status.replaceChildren(el('p', {}, error?.message ?? t('grantsSignInToSee', [title])));
    const children = [];
    if (note) children.push(el('p', {}, note));
    if (error?.signInUrl) {
      children.push(el('p', {}, el('a', { href: error.signInUrl, target: '_blank', rel: 'noopener', class: 'sign-in' },
        t('grantsSignInTo', [title])), ' ', t('grantsComeBack')));
    }
    if (signInButton) children.push(signInButton());
    if (extra) children.push(extra);
    body.replaceChildren(el('div', { class: 'grants-message sign-in-needed' }, ...children));
  }

  function showError(error) {
    section.setAttribute('aria-busy', 'false');
    status.replaceChildren(el('p', {}, t('grantsListFailed', [title])));
    body.replaceChildren(el('div', { class: 'grants-message grants-error', role: 'alert' },
      el('p', {}, error.message || t('grantsSomethingWrong')),
      el('button', { type: 'button', onclick: () => list() }, t('grantsTryAgain'))));
  }

  function showMessage(content) {
    status.replaceChildren();
    body.replaceChildren(el('div', { class: 'grants-message' }, content));
  }

  return {
    section,
    start: () => list(),
    list,
    filter: (value) => { query = value; if (cards.size || grants.length) applyFilter(); },
    busy, showSignIn, showError, showMessage,
  };
}

// ---- one grant -------------------------------------------------------------------------------

function grantCard(grant, onRevoke) {
  const risk = tier(grant.risk);
  const headingId = `grant-${grant.provider}-${grant.id}`;
  const facts = [];
  if (grant.resource) facts.push([t('grantApi'), grant.resource]);
  if (grant.redirectUri) facts.push([t('grantRedirect'), grant.redirectUri]);
  if (grant.issued) facts.push([t('grantIssued'), formatDate(grant.issued)]);
  if (grant.validUntil) {
    const expired = Date.parse(grant.validUntil) < Date.now();
    const date = formatDate(grant.validUntil);
    facts.push([t('grantValidUntil'), expired ? t('grantExpired', [date]) : grant.valid === false ? t('grantNoLongerValid', [date]) : date]);
  }
  if (typeof grant.everUsed === 'boolean') facts.push([t('grantUsed'), t(grant.everUsed ? 'grantUsedYes' : 'grantUsedNever')]);

  return el('li', { class: 'grant', 'data-risk': risk.key, 'aria-labelledby': headingId },
    el('div', { class: 'grant-head' },
      el('h3', { id: headingId }, grant.appName || t('grantsUnnamedApp')),
      el('span', { class: `tier tier-${risk.key}` }, risk.risk)),
    publisherLine(grant),
    grant.scopes?.length
      ? el('ul', { class: 'scopes', 'aria-label': t('grantScopes') }, ...grant.scopes.map(scopeChip))
      : el('p', { class: 'grants-hint' }, t('grantNoScopes')),
    scopeDetails(grant.scopes ?? []),
    facts.length ? el('dl', { class: 'grant-facts' }, ...facts.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)])) : null,
    el('p', { class: 'grant-problem', role: 'alert', hidden: '' }),
    el('div', { class: 'grant-actions' },
      el('button', { type: 'button', class: 'revoke danger', 'aria-describedby': headingId, onclick: onRevoke }, t('grantsRevoke'))));
}

function publisherLine(grant) {
  if (!grant.publisher) {
    return el('p', { class: 'publisher unverified' }, el('span', { class: 'publisher-state' },
      t(grant.publisherVerified === false ? 'grantPublisherNotVerified' : 'grantPublisherUnknown')));
  }
  if (grant.publisherVerified == null) return el('p', { class: 'publisher' }, t('grantBy', [grant.publisher]));
  return el('p', { class: `publisher ${grant.publisherVerified ? 'verified' : 'unverified'}` },
    t('grantBy', [grant.publisher]), ' ',
    el('span', { class: 'publisher-state' }, grant.publisherVerified ? `✓ ${t('grantVerifiedPublisher')}` : t('grantPublisherNotVerified')));
}

function scopeChip(scope) {
  const level = tier(scope.tier);
  return el('li', { class: `chip tier-${level.key}` },
    el('span', { class: 'chip-scope' }, scope.scope),
    el('span', { class: 'chip-tier' }, level.word));
}

/** What each scope allows, in the catalog's words, folded away until asked for. */
function scopeDetails(scopes) {
  const described = scopes.filter((s) => s.description);
  if (!described.length) return null;
  return el('details', { class: 'scope-details' },
    el('summary', {}, t('grantWhatItCanDo')),
    el('dl', {}, ...described.flatMap((s) => [el('dt', {}, s.scope), el('dd', {}, s.description)])));
}

// ---- revoke confirmation ---------------------------------------------------------------------

function confirmDialog() {
  const title = el('h2', { id: 'revoke-title' });
  const text = el('p', { id: 'revoke-text' });
  const cancel = el('button', { type: 'button', value: 'cancel' }, t('grantsCancel'));
  const confirm = el('button', { type: 'button', value: 'revoke', class: 'danger' }, t('grantsRevokeAccess'));
  const element = el('dialog', { class: 'revoke-dialog', 'aria-labelledby': 'revoke-title', 'aria-describedby': 'revoke-text' },
    title, text, el('p', { class: 'grants-hint' }, t('grantsTokensStayValid')), el('div', { class: 'dialog-actions' }, cancel, confirm));
  let settle;
  cancel.addEventListener('click', () => element.close('cancel'));
  confirm.addEventListener('click', () => element.close('revoke'));
  element.addEventListener('close', () => settle?.(element.returnValue === 'revoke'));
  return {
    element,
    ask(grant, providerTitle) {
      const app = grant.appName || t('grantsUnnamedApp');
      title.textContent = t('grantsRevokeQuestion', [app]);
      text.textContent = t('grantsRevokeExplained', [app, providerTitle]);
      element.returnValue = '';
      return new Promise((resolve) => {
        settle = (answer) => { settle = null; resolve(answer); };
        element.showModal();
        cancel.focus(); // the safe choice first; Esc also cancels
      });
    },
  };
}

// ---- helpers ---------------------------------------------------------------------------------

function parse(json) {
  try {
    return JSON.parse(json);
  } catch {
    return { error: { message: t('grantsUnreadableAnswer') } };
  }
}

function searchText(grant) {
  return [grant.appName, grant.publisher, ...(grant.scopes ?? []).flatMap((s) => [s.scope, s.description])]
    .filter(Boolean).join('\n').toLowerCase();
}


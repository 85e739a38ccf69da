// @ts-check
// "Your authorizations": the grants a person has made to OAuth apps, per provider, riskiest first.
// The first line sums up what matters; each provider's section folds, with its count; each app says
// in plain words what it can do before its raw scope ids; expired and never-used apps are grouped;
// every provider links to its own page, where a person can see and revoke grants without any
// organisation's app. Listing and revoking go through the Rust grants client (which also holds the
// providers' pages as data); this file only draws and asks for credentials (see ../auth.js).
import '../../shared/dom.js';
import init, { accountPages, listGrants, loadScopeCatalogs, revokeGrant } from '../../pkg/consent_guard_grants.js';
import { readScopeCatalogs } from '../../shared/data-files.js';
import { ext, sendToWorker } from '../../shared/platform.js';
import { formatDate, formatNumber, t } from '../../shared/i18n.js';
import { scopeText } from '../../shared/levels.js';
import { loadScopeWords, scopeWords } from '../../shared/scope-words.js';
import { tierOf as tier } from '../../shared/tiers.js';
import {
  azureDevOpsEntraToken, azureDevOpsPat, entraConfiguration, entraGrantedScopes, entraMayRevoke, entraToken,
  forgetAzureDevOpsEntraToken, forgetAzureDevOpsPat, forgetEntraToken, keepAzureDevOpsPat, organisationSettings, signIn,
} from '../../worker/auth.js';
import { NEEDS_ADMIN_APPROVAL, NEEDS_ROLE, NOT_FOUND, isSignInError } from './grant-errors.js';

const { el } = globalThis.CONSENT_GUARD_DOM;
// A revoked Entra consent can still be listed for a while (replication delay, Graph docs): its id is
// kept here, per browser session and for REVOKED_FOR_MS, so that the panel does not show it again.
const REVOKED_KEY = 'grants:revoked';
const REVOKED_FOR_MS = 15 * 60_000;
const LINGERING = new Set(['entra']);

let engine;
/** The grants module, with the scope catalogs it rates grants by loaded. */
function ready() {
  engine ??= Promise.all([
    init({ module_or_path: ext.runtime.getURL('pkg/consent_guard_grants_bg.wasm') }),
    readScopeCatalogs(),
  ]).then(([, catalogs]) => loadScopeCatalogs(catalogs));
  return engine;
}

/** The providers' own pages, by id (data/account-pages.json through the engine). */
async function pagesById() {
  await ready();
  /** @type {{ pages: { id: string, url: string, appUrl?: string, name: string, shows: string }[] }} */
  const { pages } = parse(accountPages());
  return new Map((pages ?? []).map((p) => [p.id, p]));
}

/** Draws the panel into `container` (replacing what was there) and starts listing. */
export async function renderGrants(container) {
  await loadScopeWords();
  const dialog = confirmDialog();
  const pages = await pagesById().catch(() => new Map());
  const summary = el('p', { class: 'grants-summary', role: 'status', 'aria-live': 'polite' }, t('grantsSummaryLoading'));
  const filter = el('input', {
    type: 'search', id: 'grants-filter', class: 'grants-filter-input', autocomplete: 'off',
    placeholder: t('grantsFilterPlaceholder'), 'aria-describedby': 'grants-filter-help',
  });
  const providers = [
    azureDevOpsSection(dialog, pages), entraSection(dialog, pages),
    pageSection('google', t('providerGoogle'), t('grantsGoogleNoApi'), pages),
    pageSection('github', t('providerGitHub'), t('grantsGitHubNoApi'), pages),
  ];
  const updateSummary = () => { summary.textContent = summaryLine(providers); };
  const panel = el('div', { class: 'grants' },
    summary,
    el('div', { class: 'grants-filter', role: 'search' },
      el('label', { for: 'grants-filter' }, t('grantsFilterLabel')),
      filter,
      el('p', { id: 'grants-filter-help', class: 'grants-hint' }, t('grantsFilterHelp'))),
    ...providers.map((p) => p.section),
    el('p', { class: 'grants-note' }, t('grantsTokensStayValid')),
    dialog.element);
  filter.addEventListener('input', () => providers.forEach((p) => p.filter?.(filter.value)));
  container.replaceChildren(panel);
  providers.forEach((p) => p.start?.(updateSummary));
}

/** "7 apps can reach your accounts · 2 can act as you · 3 never used", over what was listed. */
function summaryLine(providers) {
  if (providers.some((p) => p.loading?.())) return t('grantsSummaryLoading');
  const grants = providers.flatMap((p) => p.grants?.() ?? []);
  if (!grants.length) return t('grantsSummaryNone');
  const parts = [t(grants.length === 1 ? 'grantsSummaryAppsOne' : 'grantsSummaryAppsMany', [formatNumber(grants.length)])];
  const actAsYou = grants.filter((g) => g.risk === 'critical').length;
  if (actAsYou) parts.push(t('grantsSummaryActAsYou', [formatNumber(actAsYou)]));
  const neverUsed = grants.filter((g) => g.everUsed === false && !expired(g)).length;
  if (neverUsed) parts.push(t('grantsSummaryNeverUsed', [formatNumber(neverUsed)]));
  return parts.join(' · ');
}

// ---- providers -------------------------------------------------------------------------------

/**
 * Azure DevOps, credentials in this order: the Microsoft Entra token for the Azure DevOps resource
 * (when the organisation's app is configured and the person signed in with it), then the personal
 * access token the person pasted, then the browser's own session. A refused Entra token is forgotten
 * and the next credential tried; a refused PAT is forgotten and the sign-in offered.
 */
function azureDevOpsSection(dialog, pages) {
  /** @type {'bearer' | 'pat' | 'session'} */
  let used = 'session';
  let appConfigured = false;
  /** @type {string | null} why the Entra token was refused, shown with what was used instead */
  let refusedEntra = null;
  /** @type {string} the directory the Entra token was issued in */
  let tenant = '';
  const view = grantSection({
    provider: 'azure-devops', title: t('providerAzureDevOps'), dialog, pages,
    intro: t('grantsAzureDevOpsIntro'),
    empty: t('grantsNoneAzureDevOps'),
    before: async () => {
      appConfigured = Boolean(await entraConfiguration());
      return true;
    },
    config: async () => {
      const { azureDevOps = {} } = await organisationSettings();
      const entra = appConfigured ? await azureDevOpsEntraToken() : null;
      const pat = entra ? null : await azureDevOpsPat();
      used = entra ? 'bearer' : pat ? 'pat' : 'session';
      tenant = entra?.tenant ?? '';
      return {
        ...(azureDevOps.host ? { host: azureDevOps.host } : {}),
        ...(azureDevOps.apiVersion ? { apiVersion: azureDevOps.apiVersion } : {}),
        auth: entra ? { kind: 'bearer', token: entra.token } : pat ? { kind: 'pat', token: pat } : { kind: 'session' },
      };
    },
    onSignInNeeded: async (error) => {
      if (used === 'bearer') {
        // Refused (expired, or the account cannot use it): forget it and try the next credential.
        await forgetAzureDevOpsEntraToken();
        refusedEntra = error.message;
        return view.list();
      }
      const usedPat = used === 'pat';
      if (usedPat) await forgetAzureDevOpsPat();
      // With the organisation's app, the ways are offered in their order: say so, not only the last two.
      const shown = appConfigured && !usedPat ? { ...error, message: t('grantsAzureDevOpsSignInWays') } : error;
      view.showSignIn(shown, usedPat ? t('grantsPatRejected') : refusedEntra, patForm(view));
      refusedEntra = null;
    },
    signInButton: () => {
      if (!appConfigured) return null;
      const button = el('button', { type: 'button', class: 'primary entra-for-ado' }, t('grantsSignInWithEntra'));
      button.addEventListener('click', async () => {
        if (await askPermission(view, 'azureDevOps')) view.list();
      });
      return button;
    },
    footer: async () => {
      const lines = [];
      if (refusedEntra) lines.push(el('p', { class: 'grants-hint' }, t('grantsEntraRefusedFellBack', [refusedEntra])));
      refusedEntra = null;
      if (used === 'bearer') {
        lines.push(el('p', { class: 'grants-hint listed-with' }, t('grantsListedWithEntra'), ' ',
          el('button', {
            type: 'button', class: 'link-button',
            onclick: async () => { await forgetAzureDevOpsEntraToken(); view.list(); },
          }, t('grantsForgetSignIn'))));
      } else if (used === 'pat') {
        lines.push(el('p', { class: 'grants-hint listed-with' }, t('grantsListedWithPat'), ' ',
          el('button', {
            type: 'button', class: 'link-button',
            onclick: async () => { await forgetAzureDevOpsPat(); view.list(); },
          }, t('grantsForgetPat'))));
      }
      // Azure DevOps lists one directory at a time, the credential's, and no API lists a person's
      // directories to query each (docs/grants.md): say which one is shown and how to see another.
      const directory = used === 'bearer' ? t('grantsDirectoryEntra', [tenant])
        : used === 'pat' ? t('grantsDirectoryPat') : t('grantsDirectorySession');
      lines.push(el('p', { class: 'grants-hint directory-shown' }, directory, ' ',
        el('button', { type: 'button', class: 'link-button', onclick: () => view.list() }, t('grantsListAgain'))));
      return el('div', { class: 'grants-footer' }, ...lines);
    },
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

function entraSection(dialog, pages) {
  const view = grantSection({
    provider: 'entra', title: t('providerEntra'), dialog, pages,
    intro: t('grantsEntraIntro'),
    empty: t('grantsNoneEntra'),
    config: async () => {
      const granted = await entraGrantedScopes();
      return { auth: { kind: 'bearer', token: await entraToken() }, ...(granted ? { grantedScopes: granted } : {}) };
    },
    before: async () => {
      if (!await entraConfiguration()) {
        // No organisation's app (the default): the person's own pages are the way.
        view.showMessage(el('p', {}, t('grantsEntraNotConfigured')),
          pageLinks(pages, ['entra', 'microsoft-personal']),
          el('p', { class: 'grants-hint' }, t('grantsEntraAdminSetup'), ' ', optionsLink()));
        return false;
      }
      if (!await entraToken()) {
        view.showSignIn(null, null);
        return false;
      }
      return true;
    },
    beforeRevoke: async () => {
      // Incremental consent: the permission to revoke is asked for on the first revoke only.
      if (await entraMayRevoke()) return null;
      try {
        if (!await ext.permissions.request({ permissions: ['identity'] })) {
          return { message: t('grantsIdentityRefused', [t('providerEntra')]) };
        }
        await signIn('revoke');
      } catch (error) {
        const e = /** @type {any} */ (error);
        return { message: String(e?.message ?? e), kind: e?.kind, helpUrl: e?.kind === NEEDS_ADMIN_APPROVAL ? 'entra' : undefined };
      }
      return await entraMayRevoke() ? null : { message: t('grantsRevokePermissionNotGranted'), helpUrl: 'entra' };
    },
    onSignInNeeded: async (error) => {
      await forgetEntraToken();
      view.showSignIn(error, null);
    },
    signInButton: () => {
      const button = el('button', { type: 'button', class: 'primary' }, t('grantsSignInTo', [t('providerEntra')]));
      button.addEventListener('click', async () => {
        if (await askPermission(view, 'read')) view.list();
      });
      return button;
    },
    extra: () => pageLinks(pages, ['microsoft-personal']),
  });
  return view;
}

/**
 * Signs in to Entra at `level` (`azureDevOps`: for the Azure DevOps resource); shows why not (with
 * My Apps when an administrator must approve).
 * @param {any} view @param {'read' | 'revoke' | 'azureDevOps'} level
 */
async function askPermission(view, level) {
  // `identity` is an optional permission: asked for here, in the click, the first time only.
  const allowed = ext.permissions.request({ permissions: ['identity'] });
  view.busy(t('grantsSigningIn', [t('providerEntra')]));
  try {
    if (!await allowed) throw new Error(t('grantsIdentityRefused', [t('providerEntra')]));
    await signIn(level);
    return true;
  } catch (error) {
    const e = /** @type {any} */ (error);
    view.showError({ message: String(e?.message ?? e), kind: e?.kind, helpUrl: e?.kind === NEEDS_ADMIN_APPROVAL ? 'entra' : undefined });
    return false;
  } finally {
    view.idle();
  }
}

/** A provider without an API for its people: what to do, and the link to its own page. */
function pageSection(id, title, text, pages) {
  const headingId = `grants-${id}`;
  return {
    section: el('section', { class: 'provider', 'aria-labelledby': headingId },
      el('h2', { id: headingId }, title),
      el('p', {}, text),
      pageLinks(pages, [id])),
  };
}

/** Links to the providers' own pages, each with the line saying what it shows. */
function pageLinks(pages, ids, clientId) {
  const items = ids.map((id) => pages.get(id)).filter(Boolean).map((page) => {
    const href = page.appUrl && clientId ? page.appUrl.replace('{clientId}', encodeURIComponent(clientId)) : page.url;
    return el('li', {},
      el('a', { href, target: '_blank', rel: 'noopener' }, t(page.name)),
      el('span', { class: 'grants-hint page-shows' }, t(page.shows)));
  });
  return items.length ? el('ul', { class: 'account-pages' }, ...items) : null;
}

function optionsLink() {
  return el('a', {
    href: ext.runtime.getURL('pages/options/options.html'),
    onclick: (event) => { event.preventDefault(); ext.runtime.openOptionsPage(); },
  }, t('grantsOpenOptions'));
}

// ---- one provider's section ------------------------------------------------------------------

/**
 * @param {{ provider: string, title: string, intro: string, empty: string, dialog: any, pages: Map<string, any>,
 *   config: () => Promise<object>, before?: () => Promise<boolean>, beforeRevoke?: () => Promise<any>,
 *   onSignInNeeded?: (error: any) => Promise<void>, signInButton?: () => HTMLElement | null,
 *   footer?: () => Promise<HTMLElement | null>, extra?: () => HTMLElement | null }} section
 */
function grantSection({ provider, title, intro, empty, dialog, pages, config, before, beforeRevoke, onSignInNeeded, signInButton, footer, extra }) {
  const headingId = `grants-${provider}`;
  const contentId = `grants-${provider}-content`;
  const count = el('span', { class: 'count' });
  const toggle = el('button', { type: 'button', class: 'section-toggle', 'aria-expanded': 'true', 'aria-controls': contentId },
    el('span', { class: 'section-title' }, title), count);
  const heading = el('h2', { id: headingId, tabindex: '-1' }, toggle);
  const status = el('div', { class: 'grants-status', role: 'status', 'aria-live': 'polite' });
  const body = el('div', { class: 'grants-body' });
  const content = el('div', { id: contentId, class: 'provider-content' },
    el('p', { class: 'grants-hint' }, intro), status, body);
  const section = el('section', { class: 'provider', 'aria-labelledby': headingId, 'aria-busy': 'false' }, heading, content);
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    content.hidden = !open;
  });
  /** @type {any[] | null} */
  let grants = null;
  let loading = true;
  let query = '';
  let cards = new Map();
  let onChange = () => {};

  function busy(text) {
    loading = true;
    section.setAttribute('aria-busy', 'true');
    status.replaceChildren(el('p', { class: 'loading' }, text));
    body.replaceChildren();
  }

  function idle() {
    loading = false;
    section.setAttribute('aria-busy', 'false');
    onChange();
  }

  async function list(announce) {
    busy(t('grantsLoading', [title]));
    grants = null;
    count.textContent = '';
    try {
      if (before && !await before()) return;
      await ready();
      const answer = parse(await listGrants(provider, JSON.stringify(await config())));
      if (answer.error) return await showFailure(answer.error);
      const revoked = await revokedIds();
      grants = answer.grants.filter((g) => !revoked.has(`${provider}:${g.id}`));
      await draw(announce);
    } catch (error) {
      showError({ message: t('grantsListFailedBecause', [String(/** @type {any} */ (error)?.message ?? error)]) });
    } finally {
      idle();
    }
  }

  async function showFailure(error) {
    if (isSignInError(error) && onSignInNeeded) return onSignInNeeded(error);
    return showError(error);
  }

  async function draw(announce) {
    const all = grants ?? [];
    count.textContent = t('grantsSectionCount', [formatNumber(all.length)]);
    cards = new Map(all.map((grant) => [grant, grantCard(grant, () => confirmRevoke(grant), pages)]));
    /** @type {[string, any[]][]} */
    const groups = [
      ['', all.filter((g) => !expired(g) && g.everUsed !== false && !g.forEveryone)],
      [t('grantsGroupNeverUsed'), all.filter((g) => !expired(g) && g.everUsed === false && !g.forEveryone)],
      [t('grantsGroupForEveryone'), all.filter((g) => !expired(g) && g.forEveryone)],
      [t('grantsGroupExpired'), all.filter((g) => expired(g))],
    ];
    const shownGroups = groups.filter(([, members]) => members.length);
    const lists = shownGroups.map(([name, members], i) => {
      const listId = `${contentId}-group-${i}`;
      const label = name || t('grantsListLabel', [title]);
      return el('div', { class: 'grant-group' },
        name ? el('h3', { id: listId, class: 'group-title' }, t('grantsGroupTitle', [name, formatNumber(members.length)])) : null,
        el('ul', { class: 'grant-list', ...(name ? { 'aria-labelledby': listId } : { 'aria-label': label }) },
          ...members.map((g) => cards.get(g))));
    });
    const tail = footer ? await footer() : null;
    const more = extra ? extra() : null;
    const nothing = all.length ? null : el('p', { class: 'grants-empty' }, empty);
    // What the list is of (credential, directory) before the list: it is on the first screen.
    body.replaceChildren(.../** @type {HTMLElement[]} */ ([tail, nothing, ...lists, more].filter(Boolean)));
    applyFilter(announce);
  }

  function applyFilter(announce) {
    const needle = query.trim().toLowerCase();
    const all = grants ?? [];
    let shown = 0;
    for (const [grant, card] of cards) {
      const match = !needle || searchText(grant).includes(needle);
      card.hidden = !match;
      if (match) shown += 1;
    }
    for (const group of /** @type {NodeListOf<HTMLElement>} */ (body.querySelectorAll('.grant-group'))) {
      group.hidden = [...group.querySelectorAll('li.grant')].every((li) => /** @type {HTMLElement} */ (li).hidden);
    }
    const parts = [];
    if (announce) parts.push(announce, ' ');
    if (all.length === 0) parts.push(t('grantsNone', [title]));
    else if (needle) parts.push(t('grantsFilterMatches', [formatNumber(shown), formatNumber(all.length), query.trim()]));
    else parts.push(t(all.length === 1 ? 'grantsCountOne' : 'grantsCountMany', [formatNumber(all.length)]));
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
    let failure = beforeRevoke ? await beforeRevoke() : null;
    if (!failure) {
      try {
        await ready();
        const answer = parse(await revokeGrant(provider, grant.id, JSON.stringify(await config())));
        if (!answer.ok) failure = answer.error ?? { message: t('grantsRevokeUnconfirmed') };
      } catch (error) {
        failure = { message: String(/** @type {any} */ (error)?.message ?? error) };
      }
    }
    if (failure?.kind === NEEDS_ROLE && failure.helpUrl) card.classList.add('needs-role');
    if (failure?.kind === NOT_FOUND) {
      // Revoked already (elsewhere, or by an earlier attempt that did go through): list again to show it.
      if (LINGERING.has(provider)) await rememberRevoked(`${provider}:${grant.id}`);
      await list(failure.message);
      heading.focus();
      return;
    }
    if (failure) {
      opener.disabled = false;
      opener.textContent = t('grantsRevoke');
      problem.replaceChildren(t('grantsNotRevoked', [String(failure.message)]),
        ...(failure.helpUrl ? [' ', wayOut(failure)] : []));
      problem.hidden = false;
      opener.focus();
      return;
    }
    if (LINGERING.has(provider)) await rememberRevoked(`${provider}:${grant.id}`);
    // The organisation's reports (when configured) learn which app lost its access; never the token.
    sendToWorker('reportGrantRevoked', { provider, clientId: grant.clientId ?? '', appName: grant.appName || undefined })
      .catch(() => { /* reporting is best effort from here; the revoke itself is done */ });
    await list(`${t('grantsRevoked', [appName(grant)])} ${t('grantsTokensStayValid')}`);
    heading.focus();
  }

  /** The provider's own page, when an error names it as the way out. */
  function wayOut(error) {
    const page = pages.get(error.helpUrl) ?? [...pages.values()].find((p) => p.url === error.helpUrl);
    const href = page?.url ?? error.helpUrl;
    return el('a', { href, target: '_blank', rel: 'noopener' }, t('grantsOpenPage', [page ? t(page.name) : href]));
  }

  function showSignIn(error, note, more) {
    status.replaceChildren(el('p', {}, error?.message ?? t('grantsSignInToSee', [title])));
    const children = [];
    if (note) children.push(el('p', {}, note));
    // The organisation's sign-in first (where there is one), then the provider's own sign-in page.
    const button = signInButton?.();
    if (button) children.push(button);
    if (error?.signInUrl) {
      children.push(el('p', {}, el('a', { href: error.signInUrl, target: '_blank', rel: 'noopener', class: 'sign-in' },
        t('grantsSignInTo', [title])), ' ', t('grantsComeBack')));
    }
    if (more) children.push(more);
    body.replaceChildren(el('div', { class: 'grants-message sign-in-needed' }, ...children));
  }

  function showError(error) {
    status.replaceChildren(el('p', {}, t('grantsListFailed', [title])));
    /** @type {HTMLElement[]} */
    const parts = [el('p', {}, error.message || t('grantsSomethingWrong'))];
    if (error.helpUrl) parts.push(el('p', {}, wayOut(error)));
    parts.push(el('button', { type: 'button', onclick: () => list() }, t('grantsTryAgain')));
    body.replaceChildren(el('div', { class: 'grants-message grants-error', role: 'alert' }, ...parts));
  }

  function showMessage(...content) {
    status.replaceChildren();
    body.replaceChildren(el('div', { class: 'grants-message' }, ...content.filter(Boolean)));
  }

  return {
    section,
    start: (changed) => { onChange = changed ?? onChange; return list(); },
    list,
    grants: () => grants,
    loading: () => loading,
    filter: (value) => { query = value; if (cards.size || grants?.length) applyFilter(); },
    busy, idle, showSignIn, showError, showMessage,
  };
}

// ---- one grant -------------------------------------------------------------------------------

function expired(grant) {
  return grant.valid === false || (grant.validUntil ? Date.parse(grant.validUntil) < Date.now() : false);
}

function grantCard(grant, onRevoke, pages) {
  const risk = tier(grant.risk);
  const app = appName(grant);
  const headingId = `grant-${grant.provider}-${grant.id}`;
  const facts = [];
  if (grant.resource) facts.push([t('grantApi'), grant.resource]);
  if (typeof grant.everUsed === 'boolean') facts.push([t('grantUsed'), t(grant.everUsed ? 'grantUsedYes' : 'grantUsedNever')]);
  if (grant.validUntil) {
    const date = formatDate(grant.validUntil);
    facts.push([t('grantValidUntil'), Date.parse(grant.validUntil) < Date.now() ? t('grantExpired', [date]) : grant.valid === false ? t('grantNoLongerValid', [date]) : date]);
  }
  if (grant.issued) facts.push([t('grantIssued'), formatDate(grant.issued)]);
  if (grant.redirectUri) facts.push([t('grantRedirect'), grant.redirectUri]);
  const old = expired(grant);
  const everyone = grant.forEveryone === true;

  return el('li', { class: `grant${old ? ' is-expired' : ''}`, 'data-risk': risk.key, 'aria-labelledby': headingId },
    el('div', { class: 'grant-head' },
      el('h3', { id: headingId }, app),
      el('span', { class: `tier tier-${risk.key}` }, risk.risk)),
    publisherLine(grant),
    grant.everUsed === false && !old ? el('p', { class: 'never-used' }, t('grantNeverUsedHint')) : null,
    everyone ? el('p', { class: 'grants-hint' }, t('grantForEveryoneHint'), ' ', pageLinks(pages, ['entra'])) : null,
    permissions(grant),
    scopeIds(grant.scopes ?? []),
    facts.length ? el('dl', { class: 'grant-facts' }, ...facts.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)])) : null,
    el('p', { class: 'grant-problem', role: 'alert', hidden: '' }),
    el('div', { class: 'grant-actions' },
      el('button', {
        type: 'button', class: `revoke${old || everyone ? '' : ' danger'}`, 'aria-label': t('grantsRevokeApp', [app]), onclick: onRevoke,
      }, t('grantsRevoke'))));
}

function publisherLine(grant) {
  if (!grant.publisher) {
    return el('p', { class: 'publisher unverified' }, el('span', { class: 'publisher-state' },
      t(grant.publisherVerified === false ? 'grantPublisherNotVerified' : 'grantPublisherUnknown')));
  }
  // Azure DevOps shows the organisation the app's owner typed in: nobody checked it.
  const verified = grant.publisherVerified === true;
  return el('p', { class: `publisher ${verified ? 'verified' : 'unverified'}` },
    t('grantBy', [grant.publisher]), ' · ',
    el('span', { class: 'publisher-state' }, verified ? `✓ ${t('grantVerifiedPublisher')}` : t('grantPublisherSelfDeclared')));
}

/**
 * What the app can do, in plain words: the provider's own (Azure DevOps, in the service's language),
 * else the catalog's; the catalog's too where they word every scope of the grant in the person's language.
 */
function permissions(grant) {
  const scopes = grant.scopes ?? [];
  const worded = scopes.length > 0 && scopes.every((/** @type {any} */ s) => scopeWords(s));
  const own = worded ? [] : (grant.providerDescriptions ?? []).filter((d) => d.title);
  const items = own.length
    ? own.map((d) => el('li', {}, el('span', { class: 'perm-title' }, d.title), d.description ? el('span', { class: 'perm-text' }, d.description) : null))
    : (grant.scopes ?? []).map((s) => ({ s, words: scopeText(s) })).filter(({ words }) => words.description).map(({ s, words }) => el('li', {},
      el('span', { class: 'perm-title' }, words.description),
      el('span', { class: `perm-tier tier-word-${tier(s.tier).key}` }, tier(s.tier).word)));
  if (!items.length) return el('p', { class: 'grants-hint' }, t('grantNoScopes'));
  return el('ul', { class: 'permissions', 'aria-label': t('grantWhatItCanDo') }, ...items);
}

/** The raw scope ids, rated, folded away below the plain words. */
function scopeIds(scopes) {
  if (!scopes.length) return null;
  return el('details', { class: 'scope-details' },
    el('summary', {}, t('grantScopeIds', [formatNumber(scopes.length)])),
    el('ul', { class: 'scopes', 'aria-label': t('grantScopes') }, ...scopes.map(scopeChip)));
}

function scopeChip(scope) {
  const level = tier(scope.tier);
  return el('li', { class: `chip tier-${level.key}` },
    el('span', { class: 'chip-scope' }, scope.scope),
    el('span', { class: 'chip-tier' }, level.word));
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
      const app = appName(grant);
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

/** `provider:id` → when it was revoked, for the revokes of the last REVOKED_FOR_MS. */
async function revokedAt() {
  const stored = /** @type {any} */ (await ext.storage.session.get(REVOKED_KEY))[REVOKED_KEY];
  const now = Date.now();
  return new Map(Object.entries(stored && typeof stored === 'object' ? stored : {})
    .filter(([, at]) => typeof at === 'number' && now - at < REVOKED_FOR_MS));
}

async function revokedIds() {
  return new Set((await revokedAt()).keys());
}

async function rememberRevoked(key) {
  const known = await revokedAt();
  known.set(key, Date.now());
  await ext.storage.session.set({ [REVOKED_KEY]: Object.fromEntries([...known].slice(-200)) });
}

/**
 * The grants client's answer (`{grants}` or `{error}`); a failure in words (`error.key`, a key of
 * the contract's `grantsErrorKeys`, with `error.params`) gets its message in the person's language,
 * followed by what the service said (`error.said`).
 * @param {string} json
 */
function parse(json) {
  let answer;
  try {
    answer = JSON.parse(json);
  } catch {
    return { error: { message: t('grantsUnreadableAnswer') } };
  }
  const error = answer?.error;
  const keys = globalThis.CONSENT_GUARD_CONTRACT?.grantsErrorKeys ?? {};
  if (error && typeof error.key === 'string' && Object.hasOwn(keys, error.key)) {
    const values = Array.isArray(error.params) ? error.params.map(String) : [];
    // what the service said of it, in its own words, follows as it came
    const said = typeof error.said === 'string' && error.said ? ` (${error.said})` : '';
    answer.error = { ...error, message: `${t(error.key, values)}${said}` };
  }
  return answer;
}

/** The app's name, or, where the service gives none, "Unnamed app" with its client id. */
function appName(grant) {
  if (grant.appName) return grant.appName;
  return grant.clientId ? t('grantsUnnamedAppWithId', [grant.clientId]) : t('grantsUnnamedApp');
}

function searchText(grant) {
  return [appName(grant), grant.clientId, grant.publisher, ...(grant.scopes ?? []).flatMap((s) => [s.scope, scopeText(s).description]),
    ...(grant.providerDescriptions ?? []).map((d) => d.title)]
    .filter(Boolean).join('\n').toLowerCase();
}

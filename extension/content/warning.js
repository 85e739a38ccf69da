// @ts-check
// Consent Guard content script, part 4 of 5: the danger warning in the top frame, in a closed shadow
// root, kept attached and on top while the page fights it.
(() => {
  'use strict';

  const cg = /** @type {ContentNamespace} */ (globalThis.CONSENT_GUARD_CONTENT);
  const ext = globalThis.chrome; // Chrome, Edge and Firefox all offer chrome.* to content scripts
  if (!cg || !ext?.runtime?.id) return;
  const { el } = globalThis.CONSENT_GUARD_DOM;
  const isTop = window === window.top;

  // ---- the danger warning (top frame only) ----

  /**
   * @type {{ host: HTMLElement, dialog: HTMLDialogElement, card: HTMLElement, css: string, dismissed: boolean,
   *   verdict: Verdict, watchers: { disconnect(): void }[] } | null}
   */
  let warning = null;

  const msg = (key, substitutions) => ext.i18n.getMessage(key, substitutions) || key;

  const HOST_STYLE = [
    ['all', 'initial'], ['position', 'fixed'], ['inset', '0'], ['z-index', '2147483647'],
    ['display', 'block'], ['visibility', 'visible'], ['opacity', '1'], ['pointer-events', 'auto'],
    ['background', 'rgba(15, 17, 21, 0.72)'], ['contain', 'none'],
  ];

  const WARNING_CSS = `
    :where(*:not(style)) { all: initial; box-sizing: border-box; }
    dialog.cg { display: block; position: fixed; inset: 0; margin: auto; z-index: 2147483647;
      width: min(560px, calc(100vw - 32px)); height: fit-content; max-height: calc(100vh - 32px); overflow: auto;
      padding: 24px 28px; border-radius: 12px; border: 3px solid #d1242f; background: #ffffff; color: #1f2328;
      box-shadow: 0 16px 48px rgba(0, 0, 0, 0.45);
      font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
    dialog.cg::backdrop { background: rgba(15, 17, 21, 0.72); }
    :where(.cg *) { font: inherit; color: inherit; }
    .head { display: flex; align-items: center; gap: 12px; margin: 0 0 12px; }
    .mark { display: inline-flex; align-items: center; justify-content: center; flex: none; width: 36px; height: 36px;
      border-radius: 50%; background: #d1242f; color: #ffffff; font-weight: 700; font-size: 22px; }
    h1 { display: block; margin: 0; font-size: 20px; font-weight: 700; line-height: 1.25; color: #a40e26; }
    p { display: block; margin: 0 0 10px; }
    .where { display: block; margin: 0 0 12px; font-size: 14px; color: #59636e; }
    code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 13px;
      word-break: break-all; color: #1f2328; }
    h2 { display: block; margin: 14px 0 6px; font-size: 15px; font-weight: 700; }
    ul { display: block; margin: 0 0 8px; padding: 0 0 0 20px; }
    li { display: list-item; list-style: disc outside; margin: 0 0 8px; }
    .evidence { display: block; margin: 2px 0 0; font-size: 13px; color: #59636e; }
    .actions { display: flex; flex-wrap: wrap; align-items: center; gap: 16px; margin: 18px 0 0; }
    button { display: inline-block; cursor: pointer; border-radius: 8px; }
    button.leave { padding: 10px 18px; background: #d1242f; color: #ffffff; font-weight: 700; font-size: 15px;
      border: 2px solid #d1242f; }
    button.leave:hover { background: #a40e26; border-color: #a40e26; }
    button.dismiss { padding: 4px 2px; background: transparent; color: #59636e; font-size: 13px;
      text-decoration: underline; border: 0; }
    button:focus-visible { outline: 3px solid #0969da; outline-offset: 2px; }
  `;

  function styleHost(host) {
    for (const [name, value] of HOST_STYLE) host.style.setProperty(name, value, 'important');
    return host.style.cssText;
  }

  function fillCard(card, verdict) {
    card.replaceChildren();
    const provider = verdict.providerName || verdict.provider || '';
    const head = el('div', { class: 'head' });
    const mark = el('span', { class: 'mark' }, '!');
    mark.setAttribute('aria-hidden', 'true');
    const title = el('h1', {}, provider ? msg('warningTitle', [provider]) : msg('warningTitleUnknown'));
    title.id = 'cg-title';
    head.append(mark, title);
    card.append(head);
    card.append(el('p', {}, provider ? msg('warningLead', [provider]) : msg('warningLeadUnknown')));
    const where = el('p', { class: 'where' }, msg('warningAddress'));
    where.append(' ', el('code', {}, verdict.host || location.hostname));
    card.append(where);
    const findings = Array.isArray(verdict.findings) ? verdict.findings.slice(0, 8) : [];
    if (findings.length) {
      card.append(el('h2', {}, msg('warningReasons')));
      const list = el('ul', {});
      for (const finding of findings) {
        // The engine names the message by rule id (locale `rule_<id>`) and its $1..$n.
        const params = Array.isArray(finding?.params) ? finding.params.map(String) : [];
        const item = el('li', {}, msg(`rule_${String(finding?.rule ?? '').replace(/[.-]/g, '_')}`, params));
        const evidence = Array.isArray(finding?.evidence)
          ? finding.evidence.slice(0, 5).map((e) => String(/** @type {any} */ (e)?.value ?? ''))
          : [];
        if (evidence.length) item.append(el('span', { class: 'evidence' }, `${msg('warningEvidence')} ${evidence.join(' · ')}`));
        list.append(item);
      }
      card.append(list);
    }
    const actions = el('div', { class: 'actions' });
    const leave = el('button', { class: 'leave' }, msg('warningLeave'));
    leave.type = 'button';
    const dismiss = el('button', { class: 'dismiss' }, msg('warningDismiss'));
    dismiss.type = 'button';
    actions.append(leave, dismiss);
    card.append(actions);
    leave.addEventListener('click', leavePage);
    dismiss.addEventListener('click', dismissWarning);
    return leave;
  }

  function leavePage() {
    location.replace('about:blank');
  }

  function showWarning(verdict) {
    if (warning) {
      if (!warning.dismissed) {
        warning.verdict = verdict;
        fillCard(warning.card, verdict);
      }
      return;
    }
    const host = document.createElement(`consent-guard-warning-${Math.random().toString(16).slice(2, 10)}`);
    const root = host.attachShadow({ mode: 'closed' });
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(WARNING_CSS);
      root.adoptedStyleSheets = [sheet];
    } catch {
      root.append(el('style', {}, WARNING_CSS)); // where adopted sheets cannot cross into this world
    }
    const dialog = el('dialog', { class: 'cg' });
    dialog.setAttribute('role', 'alertdialog');
    dialog.setAttribute('aria-labelledby', 'cg-title');
    const card = el('div', { class: 'card' });
    dialog.append(card);
    root.append(dialog);
    warning = { host, dialog, card, css: styleHost(host), dismissed: false, verdict, watchers: [] };
    const leave = fillCard(card, verdict);

    // Escape does not close it; anything that closes it opens it again.
    dialog.addEventListener('cancel', (e) => e.preventDefault());
    dialog.addEventListener('close', () => queueMicrotask(guard));
    const treeWatch = new MutationObserver(() => { if (!host.isConnected) guard(); });
    treeWatch.observe(document, { childList: true, subtree: true });
    const hostWatch = new MutationObserver(guard);
    hostWatch.observe(host, { attributes: true });
    const interval = setInterval(guard, 500);
    warning.watchers = [treeWatch, hostWatch, { disconnect: () => clearInterval(interval) }];
    guard();
    leave.focus();
  }

  // Keep the warning attached, unstyled by the page, open, and above anything the page puts in the top layer.
  function guard() {
    if (!warning || warning.dismissed) return;
    const { host, dialog } = warning;
    const root = document.documentElement;
    if (!root) return;
    try {
      if (host.parentNode !== root) root.append(host);
      for (const name of host.getAttributeNames()) if (name !== 'style') host.removeAttribute(name);
      if (host.style.cssText !== warning.css) warning.css = styleHost(host);
      if (root.inert) root.inert = false;
      if (document.fullscreenElement && document.fullscreenElement !== host) document.exitFullscreen().catch(() => {});
      if (!dialog.open || pageTopLayerAbove(host)) {
        if (dialog.open) dialog.close();
        dialog.showModal();
      }
    } catch {
      // a page fighting the warning must not make this script throw
    }
  }

  // Something of the page's drawn over the warning, or a dialog or popover it opened since.
  const pageTopLayer = new WeakSet();
  function pageTopLayerAbove(host) {
    const hit = document.elementFromPoint(Math.round(innerWidth / 2), Math.round(innerHeight / 2));
    let above = hit !== null && hit !== host;
    try {
      for (const el of document.querySelectorAll(':modal, :popover-open')) {
        if (!pageTopLayer.has(el)) {
          pageTopLayer.add(el);
          above = true;
        }
      }
    } catch {
      // selectors this browser does not know
    }
    return above;
  }

  function dismissWarning() {
    if (!warning) return;
    warning.dismissed = true;
    for (const w of warning.watchers) w.disconnect();
    try {
      warning.dialog.close();
    } catch {
      // already closed
    }
    warning.host.remove();
  }

  function onVerdict(verdict) {
    if (!isTop || !verdict || verdict.level !== 'danger') return;
    try {
      showWarning(verdict);
    } catch {
      // never throw into the page
    }
  }

  cg.onVerdict = onVerdict;
  cg.warningHost = () => warning?.host ?? null;
})();

// @ts-check
// The one DOM helper of the extension, for the pages and the content script's warning (classic
// script: it sets a frozen object on globalThis; modules load it with `import '../shared/dom.js'`).
(() => {
  /**
   * Creates an element. `attributes`: `on…` become listeners, `false`/null/undefined are left out,
   * everything else is set as an attribute. `children`: strings and nodes; null, undefined and false
   * are left out. Text always goes in as text, never as HTML.
   * @template {keyof HTMLElementTagNameMap} K
   * @param {K} tag
   * @param {ElAttributes} [attributes]
   * @param {...ElChild} children
   * @returns {HTMLElementTagNameMap[K]}
   */
  function el(tag, attributes = {}, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
      if (typeof value === 'function') {
        if (!name.startsWith('on')) throw new TypeError(`el(): ${name} is a function but not an on… listener`);
        node.addEventListener(name.slice(2), value);
      } else if (value !== null && value !== undefined && value !== false) {
        node.setAttribute(name, value === true ? '' : value);
      }
    }
    for (const child of children) {
      if (child === null || child === undefined || child === false) continue;
      node.append(typeof child === 'number' ? String(child) : child);
    }
    return node;
  }

  globalThis.CONSENT_GUARD_DOM = Object.freeze({ el });
})();

// Types of extension/shared/dom.js.
export {};

declare global {
  type ElAttributes = Record<string, string | boolean | null | undefined | ((event: Event) => void)>;
  type ElChild = Node | string | number | null | undefined | false;
  interface ConsentGuardDom {
    el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes?: ElAttributes, ...children: ElChild[]): HTMLElementTagNameMap[K];
  }
  var CONSENT_GUARD_DOM: ConsentGuardDom;
}

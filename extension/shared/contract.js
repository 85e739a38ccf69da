// @ts-check
// The contract between the Rust core and the extension's JavaScript: snapshot limits, verdict
// levels, rule ids, error kinds and locale keys. Generated from the Rust sources; classic script, so
// the content script and the ES modules (side-effect import) read the same frozen object.
globalThis.CONSENT_GUARD_CONTRACT = Object.freeze({
  limits: Object.freeze({ maxItems: 200, maxText: 4000, maxShort: 300, maxUrl: 16384, maxSnapshotBytes: 524288 }),
  levels: Object.freeze(['none', 'genuine', 'caution', 'danger']),
  rules: Object.freeze({}),
  errorKinds: Object.freeze([]),
  evidenceLabels: Object.freeze([]),
  summaryKeys: Object.freeze([]),
  pageKinds: Object.freeze(['other', 'signIn', 'approval']),
  // Origin hosts of the built-in providers (data/providers.json): the worker's fallback when the engine
  // cannot load.
  providerHosts: Object.freeze(['accounts.google.com', 'app.vssps.visualstudio.com', 'github.com', 'login.live.com',
    'login.microsoft.com', 'login.microsoftonline.com', 'login.microsoftonline.us', 'login.partner.microsoftonline.cn',
    'login.windows.net']),
});

// Types of extension/shared/contract.js (generated with it from the Rust sources).
export {};

declare global {
  interface ConsentGuardLimits {
    readonly maxItems: number;
    readonly maxText: number;
    readonly maxShort: number;
    readonly maxUrl: number;
    readonly maxSnapshotBytes: number;
  }
  interface ConsentGuardContract {
    readonly limits: ConsentGuardLimits;
    readonly levels: readonly string[];
    readonly rules: Readonly<Record<string, unknown>>;
    readonly errorKinds: readonly string[];
    readonly evidenceLabels: readonly string[];
    readonly summaryKeys: readonly string[];
    readonly pageKinds: readonly string[];
    readonly providerHosts: readonly string[];
  }
  var CONSENT_GUARD_CONTRACT: ConsentGuardContract;
}

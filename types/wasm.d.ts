// Types of the wasm-bindgen packages build.sh writes to pkg/ (src/bindings/): JSON in, JSON out.
declare module '*/pkg/consent_guard.js' {
  export default function init(options: { module_or_path: string | URL }): Promise<unknown>;
  export class Engine {
    constructor(policyJson: string);
    evaluate(snapshotJson: string, contextJson: string): string;
    isProviderHost(host: string): boolean;
    free(): void;
  }
  export function combineVerdicts(verdictsJson: string): string;
  export function registrableDomain(host: string): string;
}

declare module '*/pkg/consent_guard_grants.js' {
  export default function init(options: { module_or_path: string | URL }): Promise<unknown>;
  export function listGrants(provider: string, configJson: string): Promise<string>;
  export function revokeGrant(provider: string, grantId: string, configJson: string): Promise<string>;
}

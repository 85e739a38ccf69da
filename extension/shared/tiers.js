// @ts-check
// The risk tiers of scopes and grants, in the order the popup sorts them, with their word. Their
// colours are in palette.css (`--tier-<key>-fg/bg/border`).

/** @typedef {'critical' | 'high' | 'medium' | 'unknown' | 'low'} TierKey */

/** @type {Readonly<Record<TierKey, Readonly<{ word: string, rank: number }>>>} */
export const TIERS = Object.freeze({
  critical: Object.freeze({ word: 'Critical', rank: 0 }),
  high: Object.freeze({ word: 'High', rank: 1 }),
  medium: Object.freeze({ word: 'Medium', rank: 2 }),
  unknown: Object.freeze({ word: 'Unknown', rank: 3 }), // a scope nobody rated may be anything: above low
  low: Object.freeze({ word: 'Low', rank: 4 }),
});

/**
 * The tier for a key the core sent; anything this build does not know is "unknown".
 * @param {unknown} key
 * @returns {{ key: TierKey, word: string, rank: number }}
 */
export function tierOf(key) {
  const k = /** @type {TierKey} */ (typeof key === 'string' && Object.hasOwn(TIERS, key) ? key : 'unknown');
  return { key: k, ...TIERS[k] };
}

// @ts-check
// The risk tiers of scopes and grants, in the order the popup sorts them, with their word. Their
// colours are in palette.css (`--tier-<key>-fg/bg/border`), their words in _locales
// (`tier_<key>`: "High"; `tierRisk_<key>`: "High risk").
import { t } from './i18n.js';

/** @typedef {'critical' | 'high' | 'medium' | 'unknown' | 'low'} TierKey */

/** @type {Readonly<Record<TierKey, Readonly<{ rank: number }>>>} */
export const TIERS = Object.freeze({
  critical: Object.freeze({ rank: 0 }),
  high: Object.freeze({ rank: 1 }),
  unknown: Object.freeze({ rank: 2 }), // a scope nobody rated may be anything: never below medium
  medium: Object.freeze({ rank: 3 }),
  low: Object.freeze({ rank: 4 }),
});

/**
 * The tier for a key the core sent; anything this build does not know is "unknown".
 * `word` is the tier in the UI language ("High"), `risk` the tier as a risk ("High risk").
 * @param {unknown} key
 * @returns {{ key: TierKey, word: string, risk: string, rank: number }}
 */
export function tierOf(key) {
  const k = /** @type {TierKey} */ (typeof key === 'string' && Object.hasOwn(TIERS, key) ? key : 'unknown');
  return { key: k, word: t(`tier_${k}`), risk: t(`tierRisk_${k}`), ...TIERS[k] };
}

// @ts-check
// Logos drawn where the page's DOM does not show them (words and marks painted in a canvas, a
// remote-browser screen): a page that asks for sign-in details, on a host that is no provider's,
// with no claim in its DOM, is looked at once as the person sees it. The visible tab is captured,
// scaled to at most MAX_VIEW_SIDE a side, and the engine scans it for provider logos
// (`scanView`, src/logo.rs `scan`); each square where it found one goes back to the engine as a
// `view` image of the page's snapshot, which the engine then reads as a claim.
import { captureTab, ext } from '../shared/platform.js';
import { base64, thumbnailOf } from './pixels.js';
import '../shared/contract.js';

const { brandTerms } = globalThis.CONSENT_GUARD_CONTRACT;

const MAX_VIEW_SIDE = 640; // src/logo.rs MAX_VIEW_SIDE
const MAX_FOUND = 2;
const THUMB_SIDE = 64; // src/logo.rs MAX_SIDE
const MAX_DOCUMENTS = 16;

/** @typedef {{ source: 'view', label: string, controlText: null, width: number, height: number, rgba: string }} ViewImage */

// document -> the view images found for it ([] when nothing was): each document is looked at once.
/** @type {Map<string, ViewImage[]>} */
const seen = new Map();

/**
 * The view images already found for that document, or null when it was not looked at yet.
 * @param {string} documentKey @returns {ViewImage[] | null}
 */
export function viewImagesOf(documentKey) {
  return seen.get(documentKey) ?? null;
}

/**
 * Whether a frame's verdict is one the view could change: the top frame asks for sign-in
 * details, names no provider and is on none of their hosts. A page whose buttons or links name a
 * provider ("Sign in with Google") shows that provider's logo in them, which is no claim: such a
 * page is not looked at (a square of the view does not say what control it is in).
 * @param {Verdict} verdict @param {Record<string, any>} snapshot
 */
export function worthLooking(verdict, snapshot) {
  const facts = /** @type {any} */ (verdict).facts;
  if (!(verdict.level === 'none' && Array.isArray(facts?.asks) && facts.asks.length > 0
    && Array.isArray(facts.claims) && facts.claims.length === 0 && !facts.home)) return false;
  const controls = [
    ...(Array.isArray(snapshot.buttons) ? snapshot.buttons : []),
    ...(Array.isArray(snapshot.brand) ? snapshot.brand.map((b) => b?.controlText) : []),
    ...(Array.isArray(snapshot.images) ? snapshot.images.map((i) => i?.controlText) : []),
  ].filter((t) => typeof t === 'string').join('\n').toLowerCase();
  return !brandTerms.some((term) => controls.includes(term));
}

/**
 * A found box's pixels as the engine takes an image: at most THUMB_SIDE a side (a wordmark's box
 * can be wider), scaled down keeping its shape.
 * @param {Uint8ClampedArray<ArrayBuffer>} rgba @param {number} width @param {number} height
 * @returns {{ width: number, height: number, rgba: string }}
 */
function thumbnail(rgba, width, height) {
  if (width <= THUMB_SIDE && height <= THUMB_SIDE) return { width, height, rgba: base64(rgba) };
  const canvas = new OffscreenCanvas(width, height);
  canvas.getContext('2d')?.putImageData(new ImageData(rgba, width, height), 0, 0);
  return thumbnailOf(canvas, THUMB_SIDE) ?? { width, height, rgba: base64(rgba) };
}

/**
 * Look at the tab once for that document: the squares of the view holding a provider logo.
 * Resolves [] when the tab is not the one shown, the capture is refused, or nothing is found.
 * @param {number} tabId @param {string} documentKey
 * @param {(rgba: Uint8Array, width: number, height: number) => string} scanView
 * @returns {Promise<{ images: ViewImage[], ms: number }>}
 */
export async function lookAt(tabId, documentKey, scanView) {
  const started = performance.now();
  /** @type {ViewImage[]} */
  let images = [];
  seen.set(documentKey, images);
  for (const old of seen.keys()) {
    if (seen.size <= MAX_DOCUMENTS) break;
    seen.delete(old);
  }
  const tab = await ext.tabs.get(tabId).catch(() => null);
  if (!tab?.active) return { images, ms: 0 };
  const dataUrl = await captureTab(tab.windowId);
  if (!dataUrl) return { images, ms: 0 };
  const bitmap = await createImageBitmap(await (await fetch(dataUrl)).blob());
  let pixels;
  let width;
  let height;
  try {
    const scale = Math.min(1, MAX_VIEW_SIDE / bitmap.width, MAX_VIEW_SIDE / bitmap.height);
    width = Math.max(1, Math.floor(bitmap.width * scale));
    height = Math.max(1, Math.floor(bitmap.height * scale));
    const canvas = new OffscreenCanvas(width, height);
    const ctx = canvas.getContext('2d');
    if (!ctx) return { images, ms: 0 };
    ctx.drawImage(bitmap, 0, 0, width, height);
    pixels = ctx.getImageData(0, 0, width, height).data;
  } finally {
    bitmap.close();
  }
  const found = JSON.parse(scanView(new Uint8Array(pixels.buffer), width, height));
  images = (Array.isArray(found) ? found : []).slice(0, MAX_FOUND).map((f) => {
    const crop = new Uint8ClampedArray(f.width * f.height * 4);
    for (let row = 0; row < f.height; row++) {
      const from = ((f.y + row) * width + f.x) * 4;
      crop.set(pixels.subarray(from, from + f.width * 4), row * f.width * 4);
    }
    const thumb = thumbnail(crop, f.width, f.height);
    return { source: /** @type {const} */ ('view'), label: '', controlText: null, ...thumb };
  });
  seen.set(documentKey, images);
  return { images, ms: Math.round(performance.now() - started) };
}

// @ts-check
// Images of other origins drawn as small RGBA thumbnails for the engine's logo matcher (src/logo.rs):
// the content script cannot read their pixels (they taint its canvas); the worker, with host
// permissions, fetches them without credentials and draws them with createImageBitmap and an
// OffscreenCanvas. SVG cannot be decoded in a worker: such images are answered with null.

const SIDE = 32;
const WIDE_SIDE = 64; // the long side of an image at least twice as wide as tall (a wordmark's letters)
const MAX_BYTES = 2 * 1024 * 1024;
const TIMEOUT_MS = 5000;

/** @param {Uint8ClampedArray} bytes */
export function base64(bytes) {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x2000) s += String.fromCharCode(...bytes.subarray(i, i + 0x2000));
  return btoa(s);
}

/**
 * `source` drawn into at most SIDE×SIDE pixels (WIDE_SIDE wide when it is at least twice as wide
 * as tall), aspect kept.
 * @param {ImageBitmap | OffscreenCanvas} source
 * @returns {{ width: number, height: number, rgba: string } | null}
 */
export function thumbnailOf(source, side = source.width >= 2 * source.height ? WIDE_SIDE : SIDE) {
  const scale = Math.min(side / source.width, side / source.height);
  const width = Math.max(1, Math.round(source.width * scale));
  const height = Math.max(1, Math.round(source.height * scale));
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.drawImage(source, 0, 0, width, height);
  return { width, height, rgba: base64(ctx.getImageData(0, 0, width, height).data) };
}

/**
 * The `rasterize` message: an http(s) image as a thumbnail, or null.
 * @param {{ url: string }} message
 */
export async function rasterize(message) {
  let url;
  try {
    url = new URL(message.url);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const response = await fetch(url, { credentials: 'omit', signal: AbortSignal.timeout(TIMEOUT_MS) });
  const type = response.headers.get('content-type') ?? '';
  if (!response.ok || !type.startsWith('image/') || type.includes('svg')) return null;
  const blob = await response.blob();
  if (blob.size > MAX_BYTES) return null;
  const bitmap = await createImageBitmap(blob);
  try {
    return thumbnailOf(bitmap);
  } finally {
    bitmap.close();
  }
}

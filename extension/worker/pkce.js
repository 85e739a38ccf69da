// @ts-check
// PKCE (RFC 7636) with S256: a random code verifier and its challenge, and the random `state`.

/**
 * Base64url without padding (RFC 4648 §5).
 * @param {ArrayBuffer | Uint8Array} buffer
 * @returns {string}
 */
export function base64url(buffer) {
  const text = String.fromCharCode(...new Uint8Array(buffer));
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * `bytes` random bytes as base64url (32 bytes: a 43-character verifier).
 * @param {number} bytes
 */
export function randomText(bytes) {
  return base64url(crypto.getRandomValues(new Uint8Array(bytes)));
}

/**
 * The S256 code challenge of a verifier: base64url(SHA-256(ASCII(verifier))).
 * @param {string} verifier
 * @returns {Promise<string>}
 */
export async function challengeOf(verifier) {
  return base64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
}

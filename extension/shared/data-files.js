// @ts-check
// The data files the engine modules read when they start, not compiled into them: the scope
// catalogs (data/scopes/*.json), the private section of the Public Suffix List
// (data/psl-private.txt), the text-folding tables (data/text-tables.bin, bytes) and the wording of
// federation controls and of password asks (data/federation.txt, data/password-asks.txt). build.sh copies them from the repository's data/ into the extension
// (and the build refuses a malformed one); adding a catalog is adding its file there (the list of
// catalogs is generated from data/scopes/ into contract.js). A file that cannot be read rejects, and the module that needs it is then not used: the
// worker's verdicts are "could not verify", never green.
import './contract.js';
import { ext } from './platform.js';

/** The scope catalogs, by provider id (data/scopes/<id>.json, every file there). */
export const SCOPE_CATALOGS = globalThis.CONSENT_GUARD_CONTRACT.scopeCatalogs;
export const PRIVATE_SUFFIXES = 'data/psl-private.txt';
export const TEXT_TABLES = 'data/text-tables.bin';
export const FEDERATION = 'data/federation.txt';
export const PASSWORD_ASKS = 'data/password-asks.txt';

/** @param {string} path a file of the extension @returns {Promise<Response>} */
async function read(path) {
  const response = await fetch(ext.runtime.getURL(path));
  if (!response.ok) throw new Error(`${path} could not be read (${response.status})`);
  return response;
}

/** @param {string} path a file of the extension @returns {Promise<string>} */
async function readText(path) {
  return (await read(path)).text();
}

/** The scope catalogs as one JSON array (what `loadData` and `loadScopeCatalogs` take). */
export async function readScopeCatalogs() {
  const files = await Promise.all(SCOPE_CATALOGS.map((id) => readText(`data/scopes/${id}.json`)));
  return `[${files.join(',')}]`;
}

/** The private section of the Public Suffix List, as its text. */
export function readPrivateSuffixes() {
  return readText(PRIVATE_SUFFIXES);
}

/** The text-folding tables, as the file's bytes (the module checks them). */
export async function readTextTables() {
  return new Uint8Array(await (await read(TEXT_TABLES)).arrayBuffer());
}

/** The wording of federation controls and of password asks, as the two files' text (the module checks them). */
export function readWording() {
  return Promise.all([readText(FEDERATION), readText(PASSWORD_ASKS)]);
}

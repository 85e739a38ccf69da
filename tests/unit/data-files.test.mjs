// The data files the engine modules read at start (extension/shared/data-files.js): every catalog of
// data/scopes/ is listed (the list is generated from that folder), and a file that cannot be read rejects
// (the worker then never shows a verdict of its own).
import { PAGES_ORIGIN } from './fake-chrome.mjs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';

const { SCOPE_CATALOGS, PRIVATE_SUFFIXES, TEXT_TABLES, FEDERATION, PASSWORD_ASKS, readPrivateSuffixes, readScopeCatalogs, readTextTables, readWording } = await import('../../extension/shared/data-files.js');
const root = new URL('../../', import.meta.url);

test('every catalog file of data/scopes/ is listed, from the generated contract', () => {
  const files = readdirSync(new URL('data/scopes/', root)).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));
  assert.deepEqual([...SCOPE_CATALOGS], files.sort());
});

/** fetch answering the extension's files from the repository's data/, except those in `missing`. */
function serveData(missing = new Set()) {
  const requested = [];
  globalThis.fetch = async (url) => {
    const path = String(url).slice(PAGES_ORIGIN.length);
    requested.push(path);
    if (missing.has(path)) return new Response('', { status: 404 });
    return new Response(readFileSync(new URL(path, root)));
  };
  return requested;
}

test('the catalogs are read as one JSON array of the files, the suffix list and the wording as their text, the text tables as bytes', async () => {
  const requested = serveData();
  const catalogs = JSON.parse(await readScopeCatalogs());
  assert.deepEqual(catalogs.map((c) => c.provider), SCOPE_CATALOGS);
  assert.deepEqual(requested, SCOPE_CATALOGS.map((id) => `data/scopes/${id}.json`));
  assert.equal(await readPrivateSuffixes(), readFileSync(new URL(PRIVATE_SUFFIXES, root), 'utf8'));
  const tables = await readTextTables();
  assert.ok(tables instanceof Uint8Array);
  assert.deepEqual(Buffer.from(tables), readFileSync(new URL(TEXT_TABLES, root)));
  const wording = await readWording();
  assert.deepEqual(wording, [FEDERATION, PASSWORD_ASKS].map((f) => readFileSync(new URL(f, root), 'utf8')));
});

test('a file that cannot be read rejects, naming it', async () => {
  serveData(new Set(['data/scopes/github.json', PRIVATE_SUFFIXES, TEXT_TABLES, PASSWORD_ASKS]));
  await assert.rejects(readScopeCatalogs(), /data\/scopes\/github\.json could not be read \(404\)/);
  await assert.rejects(readPrivateSuffixes(), /data\/psl-private\.txt could not be read/);
  await assert.rejects(readTextTables(), /data\/text-tables\.bin could not be read \(404\)/);
  await assert.rejects(readWording(), /data\/password-asks\.txt could not be read \(404\)/);
  globalThis.fetch = async () => { throw new TypeError('Failed to fetch'); };
  await assert.rejects(readScopeCatalogs(), /Failed to fetch/);
});

'use strict';
// The kit corpus: real phishing-kit templates kept outside the project, in ../shared/corpus/kits
// (relative to the repository root; KITS_DIR overrides it). Nothing of it is copied here: this module
// reads its cases.json at run time and serves its files at the hostnames the cases name.
//
//   const kits = loadKits();          // { dir, cases, warmup, hosts, files } or { dir, missing: reason }
//   const servers = await startServers({ kits });   // tests/server/serve.js: kit hosts + kitHandler first
//
// cases.json: { warmup: {url, server, file}, cases: [{ id, url, server, file, expected, accept?,
// routes?: [{url, server, file, headers?}], click?: {selector, after_ms}, timeout_ms?, note, source }] }.
// `server` is `good` (HTTPS with the certificate the browser trusts) or `http` (plain HTTP). Files are
// under cases/. A request is answered when its host and path (the query is ignored) are a case's or a
// route's URL; anything else on those hosts falls through to the other handlers (404 at the end).

const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');
const DEFAULT_DIR = path.resolve(ROOT, '..', 'shared', 'corpus', 'kits');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

const SERVERS = { good: 'https', http: 'http' };

/** Reads the corpus. A missing folder is not an error (the tier is skipped); a malformed one is. */
function loadKits(dir = process.env.KITS_DIR || DEFAULT_DIR) {
  const index = path.join(dir, 'cases.json');
  if (!fs.existsSync(index)) {
    return { dir, missing: `${index} is not there (the kit corpus lives outside the repository; set KITS_DIR to read it from elsewhere)` };
  }
  let corpus;
  try {
    corpus = JSON.parse(fs.readFileSync(index, 'utf8'));
  } catch (e) {
    throw new Error(`${index}: not valid JSON: ${e.message}`);
  }
  if (!Array.isArray(corpus.cases) || corpus.cases.length === 0) throw new Error(`${index}: no "cases" array`);

  const hosts = {}; // host -> 'https' | 'http'
  const files = new Map(); // `${host}${pathname}` -> { file, headers }
  const where = (what, entry) => {
    if (typeof entry.url !== 'string' || typeof entry.file !== 'string') {
      throw new Error(`${index}: ${what} needs "url" and "file": ${JSON.stringify(entry)}`);
    }
    let url;
    try { url = new URL(entry.url); } catch { throw new Error(`${index}: ${what}: bad url ${entry.url}`); }
    const kind = SERVERS[entry.server ?? 'good'];
    if (!kind) throw new Error(`${index}: ${what}: server must be one of ${Object.keys(SERVERS)}, not ${entry.server}`);
    if (url.protocol !== `${kind}:`) throw new Error(`${index}: ${what}: ${entry.url} is not on ${kind}`);
    if (hosts[url.hostname] && hosts[url.hostname] !== kind) {
      throw new Error(`${index}: ${url.hostname} is both ${hosts[url.hostname]} and ${kind}`);
    }
    hosts[url.hostname] = kind;
    const file = path.resolve(dir, 'cases', entry.file);
    if (!file.startsWith(path.join(dir, 'cases') + path.sep)) throw new Error(`${index}: ${what}: ${entry.file} leaves cases/`);
    if (!fs.statSync(file, { throwIfNoEntry: false })?.isFile()) throw new Error(`${index}: ${what}: ${file} is missing`);
    const key = `${url.hostname}${url.pathname}`;
    const prior = files.get(key);
    if (prior && prior.file !== file) throw new Error(`${index}: ${key} is served by both ${prior.file} and ${file}`);
    files.set(key, { file, headers: entry.headers ?? {} });
  };

  const ids = new Set();
  for (const c of corpus.cases) {
    if (!c.id || ids.has(c.id)) throw new Error(`${index}: case without an id or with a repeated one: ${c.id}`);
    ids.add(c.id);
    if (!['danger', 'caution', 'none', 'genuine'].includes(c.expected)) {
      throw new Error(`${index}: ${c.id}: expected must be danger, caution, none or genuine, not ${c.expected}`);
    }
    where(c.id, c);
    for (const r of c.routes ?? []) where(`${c.id} route`, r);
  }
  if (corpus.warmup) where('warmup', corpus.warmup);
  return { dir, cases: corpus.cases, warmup: corpus.warmup ?? null, hosts, files };
}

/** A request handler (see tests/server/serve.js) that answers the corpus's URLs with its files. */
function kitHandler(kits) {
  return {
    name: 'kits',
    handle(req, res, url) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return false;
      const hit = kits.files.get(`${url.hostname}${url.pathname}`);
      if (!hit) return false;
      const body = fs.readFileSync(hit.file);
      res.writeHead(200, {
        'content-type': TYPES[path.extname(hit.file).toLowerCase()] || 'application/octet-stream',
        'content-length': body.length,
        'cache-control': 'no-store',
        ...hit.headers,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
      return true;
    },
  };
}

module.exports = { loadKits, kitHandler };

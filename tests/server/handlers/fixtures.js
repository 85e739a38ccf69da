'use strict';
// Serves tests/fixtures/<host>/<path>: a directory gives its index.html, a missing file is tried
// again with `.html` added; the query is ignored (tests may add one to tell loads apart).

const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..', 'fixtures');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

function isFile(p) {
  try { return fs.statSync(p).isFile(); } catch { return false; }
}

function resolveFile(host, pathname) {
  const base = path.join(ROOT, host);
  let rel;
  try { rel = decodeURIComponent(pathname); } catch { return null; }
  const wanted = path.resolve(base, `.${rel}`);
  if (wanted !== base && !wanted.startsWith(base + path.sep)) return null;
  const candidates = [wanted, path.join(wanted, 'index.html'), `${wanted}.html`];
  return candidates.find(isFile) || null;
}

function handle(req, res, url) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const file = resolveFile(url.hostname, url.pathname);
  if (!file) return false;
  const body = fs.readFileSync(file);
  res.writeHead(200, {
    'content-type': TYPES[path.extname(file)] || 'application/octet-stream',
    'content-length': body.length,
    'cache-control': 'no-store',
    'access-control-allow-origin': '*', // CDN hosts: scripts with integrity= load in cors mode
  });
  res.end(req.method === 'HEAD' ? undefined : body);
  return true;
}

module.exports = { handle };

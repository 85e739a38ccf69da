'use strict';
// extensions.example.com: a self-hosted extension update server, as an organisation runs one for a
// force-installed .crx (docs/admin.md, "Self-hosting"). Serves /consent-guard/updates.xml and
// /consent-guard/<name>.crx from one directory: dist/ by default (where `./build.sh pack` writes),
// or the one a test names with serveFrom(dir). requests() lists the paths asked for, in order.

const fs = require('fs');
const path = require('path');

const HOST = 'extensions.example.com';
const PREFIX = '/consent-guard/';
let dir = path.resolve(__dirname, '..', '..', '..', 'dist');
let log = [];

/** Serves the files of `d` from now on and forgets the requests seen so far. */
function serveFrom(d) {
  dir = path.resolve(d);
  log = [];
}

function requests() {
  return [...log];
}

function handle(req, res, url) {
  if (url.hostname !== HOST) return false;
  log.push(url.pathname);
  const name = url.pathname.startsWith(PREFIX) ? url.pathname.slice(PREFIX.length) : '';
  const type = name === 'updates.xml' ? 'text/xml; charset=utf-8'
    : /^[A-Za-z0-9._-]+\.crx$/.test(name) ? 'application/x-chrome-extension' : null;
  let body = null;
  if (type && (req.method === 'GET' || req.method === 'HEAD')) {
    try { body = fs.readFileSync(path.join(dir, name)); } catch { /* not there */ }
  }
  if (!body) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`no ${url.pathname} here\n`);
    return true;
  }
  res.writeHead(200, { 'content-type': type, 'content-length': body.length, 'cache-control': 'no-store' });
  res.end(req.method === 'HEAD' ? undefined : body);
  return true;
}

module.exports = { handle, serveFrom, requests, HOST };

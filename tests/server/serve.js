'use strict';
// Local servers that answer for the real hostnames, for the end-to-end tests, the demo and manual use.
//
//   const { startServers } = require('./serve');
//   const servers = await startServers();
//   // Chromium flags: --host-resolver-rules=${servers.hostResolverRules}
//   //                 --ignore-certificate-errors-spki-list=${servers.spki}
//   await servers.close();
//
// Alone: `node tests/server/serve.js` prints the Chromium flags and keeps serving until Ctrl-C.
//
// Three servers listen on 127.0.0.1 on ports chosen at run time:
//   https  certificate made at run time with every `https` host below in its subjectAltName; its key's
//          SPKI hash goes to Chromium, so the browser treats it as valid.
//   bad    another self-signed certificate that Chromium is NOT told about: net::ERR_CERT_AUTHORITY_INVALID.
//   http   plain HTTP.
// A host-resolver rule maps a name to one server for every port, so each name belongs to exactly one server:
//
// | host                                   | server | what it is                                              |
// |----------------------------------------|--------|---------------------------------------------------------|
// | app.vssps.visualstudio.com             | https  | Azure DevOps approval page (genuine); DelegatedAuth API  |
// | vssps.dev.azure.com                    | https  | Azure DevOps SPS API host (contract server)              |
// | login.microsoftonline.com              | https  | Microsoft sign-in and consent pages (genuine)            |
// | login.live.com                         | https  | Microsoft personal-account sign-in (genuine)             |
// | graph.microsoft.com                    | https  | Microsoft Graph (contract server)                        |
// | aadcdn.msftauth.net                    | https  | Microsoft sign-in CDN (styles and scripts)               |
// | github.com                             | https  | GitHub sign-in and OAuth approval (genuine)              |
// | github.githubassets.com                | https  | GitHub assets CDN                                        |
// | accounts.google.com                    | https  | Google sign-in (genuine)                                 |
// | ssl.gstatic.com                        | https  | Google assets CDN                                        |
// | login.microsoft.com                    | bad    | genuine Microsoft host behind a certificate error        |
// | login.microsoftonline.us               | http   | Microsoft (national cloud) host served over plain http   |
// | app.vssps.visualstudio.com.evil.io     | https  | spoof: subdomain trick on the Azure DevOps approval page |
// | devops-apps.net                        | https  | spoof: "Azure DevΟps" with a Greek Omicron               |
// | login-microsoftonline.com              | https  | spoof: lookalike host, Microsoft sign-in copy            |
// | xn--gthub-n4a.com                      | https  | spoof: homograph of github.com (gıthub.com) sign-in copy |
// | githubb.com                            | https  | lookalike host alone (parked page): at most caution      |
// | contoso-login.azurewebsites.net        | https  | spoof: Microsoft sign-in on a host anyone can publish on |
// | www.gamedeals-hub.com                  | https  | spoof: Browser-in-the-Browser fake Microsoft window      |
// | secure-docs-portal.com                 | https  | spoof: reverse-proxy (Evilginx-style) copy of Microsoft  |
// | deploybot.io                           | https  | spoof: "connect your GitHub account" asks the password   |
// | free-gift-cards.net                    | https  | spoof: genuine approval page framed under a decoy        |
// | shop.example-outdoors.com              | https  | ordinary: a shop's own login page                        |
// | blog.devnotes.io                       | https  | ordinary: blog post quoting the approval URL             |
// | projectboard.io                        | https  | ordinary: "Sign in with Microsoft" button page           |
// | sso.fabrikam.com                       | https  | ordinary: company single sign-on page                    |
// | checkout.shopmart.com                  | https  | ordinary: checkout with a card iframe                    |
// | js.paywell-payments.com                | https  | ordinary: the card iframe's payment provider             |
// | www.ice.com                            | https  | ordinary: login on ice.com (not live.com)                |
// | account.box.com                        | https  | ordinary: login on box.com (not xbox.com)                |
// | extensions.example.com                 | https  | self-hosted extension updates (updates.xml and .crx)     |
// | siem.contoso.com                       | https  | an organisation's report receiver (handlers/receiver.js) |
// | fabrikam-sso.net                       | https  | copy of sso.fabrikam.com's sign-in (a custom provider's) |
//
// Requests are dispatched by Host header to the modules in ./handlers/*.js (alphabetical order): each
// exports `handle(req, res, url) -> boolean | Promise<boolean>` and the first to return true answers.
// Unknown hosts resolve nowhere (`MAP * ~NOTFOUND`), so nothing leaves the machine.
//
// `startServers({ kits })` with the kit corpus of ./kits.js (`loadKits()`, when its folder exists) also
// answers for the kits' hosts, on the server each case names, and serves the kits' URLs before any
// handler. Only the kit tier asks for it, so the kits never shadow the pages of the other tiers.

const fs = require('fs');
const os = require('os');
const path = require('path');
const http = require('http');
const https = require('https');
const crypto = require('crypto');
const { execFileSync } = require('child_process');
const { CORPUS_HOSTS } = require('../corpus');

const HOSTS = {
  'app.vssps.visualstudio.com': 'https',
  'vssps.dev.azure.com': 'https',
  'login.microsoftonline.com': 'https',
  'login.live.com': 'https',
  'graph.microsoft.com': 'https',
  'aadcdn.msftauth.net': 'https',
  'github.com': 'https',
  'github.githubassets.com': 'https',
  'accounts.google.com': 'https',
  'ssl.gstatic.com': 'https',
  'login.microsoft.com': 'bad',
  'login.microsoftonline.us': 'http',
  'app.vssps.visualstudio.com.evil.io': 'https',
  'devops-apps.net': 'https',
  'login-microsoftonline.com': 'https',
  'xn--gthub-n4a.com': 'https',
  'githubb.com': 'https',
  'contoso-login.azurewebsites.net': 'https',
  'www.gamedeals-hub.com': 'https',
  'secure-docs-portal.com': 'https',
  'deploybot.io': 'https',
  'free-gift-cards.net': 'https',
  'shop.example-outdoors.com': 'https',
  'blog.devnotes.io': 'https',
  'projectboard.io': 'https',
  'sso.fabrikam.com': 'https',
  'checkout.shopmart.com': 'https',
  'js.paywell-payments.com': 'https',
  'www.ice.com': 'https',
  'account.box.com': 'https',
  'extensions.example.com': 'https',
  'siem.contoso.com': 'https',
  'fabrikam-sso.net': 'https',
  'quiet-controls.example': 'https',
  'corpus-filler.example': 'https', // the long corpus pages' shared filler (filler.js)
  ...CORPUS_HOSTS, // the detection corpus's own hosts (tests/corpus/*.js)
};

// Every host under this suffix (a<n>.site<n>.cert-flood.test) answers on the `bad` server.
const FLOOD_SUFFIX = 'cert-flood.test';

const HANDLERS_DIR = path.join(__dirname, 'handlers');

function loadHandlers() {
  return fs.readdirSync(HANDLERS_DIR)
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((f) => ({ name: f, ...require(path.join(HANDLERS_DIR, f)) }))
    .filter((h) => typeof h.handle === 'function');
}

// A key and a self-signed certificate for `hosts`, written into `dir`. Returns {key, cert, spki}.
function makeCertificate(dir, name, hosts) {
  const keyFile = path.join(dir, `${name}-key.pem`);
  const certFile = path.join(dir, `${name}-cert.pem`);
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
    '-keyout', keyFile, '-out', certFile, '-days', '2', '-subj', `/CN=Consent Guard test ${name}`,
    '-addext', `subjectAltName=${hosts.map((h) => `DNS:${h}`).join(',')}`,
  ], { stdio: ['ignore', 'ignore', 'pipe'] });
  return certificateFiles(keyFile, certFile);
}

// A certificate authority made for this run and a server certificate for `hosts` that it signs, for a
// browser that trusts an authority rather than a key (Firefox: the authority goes into the profile's
// certificate store). Returns {key, cert, spki, ca} (ca: the authority's certificate, PEM).
function makeSignedCertificate(dir, name, hosts) {
  const file = (f) => path.join(dir, `${name}-${f}`);
  const run = (args) => execFileSync('openssl', args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  run(['req', '-x509', ...ec, '-keyout', file('ca-key.pem'), '-out', file('ca.pem'), '-days', '2',
    '-subj', `/CN=Consent Guard test authority ${name}`,
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign']);
  run(['req', '-new', ...ec, '-keyout', file('key.pem'), '-out', file('req.pem'),
    '-subj', `/CN=Consent Guard test ${name}`]);
  fs.writeFileSync(file('ext.cnf'), [
    `subjectAltName=${hosts.map((h) => `DNS:${h}`).join(',')}`,
    'basicConstraints=critical,CA:FALSE',
    'keyUsage=critical,digitalSignature',
    'extendedKeyUsage=serverAuth',
  ].join('\n'));
  run(['x509', '-req', '-in', file('req.pem'), '-CA', file('ca.pem'), '-CAkey', file('ca-key.pem'),
    '-CAcreateserial', '-days', '2', '-extfile', file('ext.cnf'), '-out', file('cert.pem')]);
  return { ...certificateFiles(file('key.pem'), file('cert.pem')), ca: fs.readFileSync(file('ca.pem'), 'utf8') };
}

function certificateFiles(keyFile, certFile) {
  const cert = fs.readFileSync(certFile);
  const spkiDer = new crypto.X509Certificate(cert).publicKey.export({ type: 'spki', format: 'der' });
  return {
    key: fs.readFileSync(keyFile),
    cert,
    spki: crypto.createHash('sha256').update(spkiDer).digest('base64'),
  };
}

function dispatcher(handlers, scheme) {
  return async (req, res) => {
    const host = (req.headers.host || '').replace(/:\d+$/, '').toLowerCase();
    let url;
    try {
      url = new URL(req.url, `${scheme}://${host}`);
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    try {
      for (const h of handlers) {
        if (await h.handle(req, res, url)) return;
      }
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`no page at ${url.href}\n`);
    } catch (e) {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`server error: ${e.message}\n`);
    }
  };
}

function listen(server) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server.address().port));
  });
}

/**
 * Starts the three servers (with `kits`, also for the kit corpus: see ./kits.js). Returns
 * `{ hostResolverRules, spki, ports: {https, bad, http}, hosts, urlFor(host, path), close() }`.
 * With `authority`, the trusted server's certificate is signed by an authority made for the run, whose
 * certificate (PEM) is returned as `ca`.
 */
async function startServers({ kits, authority = false } = {}) {
  const handlers = loadHandlers();
  const hosts = { ...HOSTS };
  if (kits?.hosts) {
    for (const [host, kind] of Object.entries(kits.hosts)) {
      if (hosts[host] && hosts[host] !== kind) {
        throw new Error(`kit host ${host} is ${kind} in the kit corpus but ${hosts[host]} in HOSTS`);
      }
      hosts[host] = kind;
    }
    handlers.unshift(require('./kits').kitHandler(kits));
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'consent-guard-tls-'));
  const namesFor = (kind) => Object.keys(hosts).filter((h) => hosts[h] === kind);
  const good = (authority ? makeSignedCertificate : makeCertificate)(dir, 'valid', namesFor('https'));
  const bad = makeCertificate(dir, 'untrusted', namesFor('bad'));
  fs.rmSync(dir, { recursive: true, force: true }); // keys live in memory only from here on

  const servers = {
    https: https.createServer({ key: good.key, cert: good.cert }, dispatcher(handlers, 'https')),
    bad: https.createServer({ key: bad.key, cert: bad.cert }, dispatcher(handlers, 'https')),
    http: http.createServer(dispatcher(handlers, 'http')),
  };
  const sockets = new Set();
  const ports = {};
  for (const [kind, server] of Object.entries(servers)) {
    server.on('connection', (s) => { sockets.add(s); s.on('close', () => sockets.delete(s)); });
    ports[kind] = await listen(server);
  }
  const hostResolverRules = [
    ...Object.entries(hosts).map(([host, kind]) => `MAP ${host} 127.0.0.1:${ports[kind]}`),
    // Any number of hosts behind a certificate error (a page that floods the certificate memory).
    `MAP *.${FLOOD_SUFFIX} 127.0.0.1:${ports.bad}`,
    'MAP * ~NOTFOUND',
    'EXCLUDE localhost',
  ].join(', ');

  return {
    hostResolverRules,
    spki: good.spki,
    ...(authority ? { ca: good.ca } : {}),
    ports,
    hosts: { ...hosts },
    /** The URL a browser with these rules uses for `host` + `path`, on the host's own scheme. */
    urlFor(host, p = '/') {
      if (!hosts[host]) throw new Error(`${host} is not served: add it to HOSTS in tests/server/serve.js`);
      return `${hosts[host] === 'http' ? 'http' : 'https'}://${host}${p}`;
    },
    async close() {
      for (const s of sockets) s.destroy();
      await Promise.all(Object.values(servers).map((s) => new Promise((r) => s.close(() => r()))));
    },
  };
}

module.exports = { startServers, HOSTS, FLOOD_SUFFIX };

if (require.main === module) {
  startServers().then((s) => {
    console.log(`https ${s.ports.https}, untrusted https ${s.ports.bad}, http ${s.ports.http} on 127.0.0.1\n`);
    console.log('Chromium flags:');
    console.log(`  --host-resolver-rules='${s.hostResolverRules}'`);
    console.log(`  --ignore-certificate-errors-spki-list=${s.spki}`);
    console.log('\nServing until interrupted (Ctrl-C).');
    const stop = () => s.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  }, (e) => { console.error(e); process.exit(1); });
}

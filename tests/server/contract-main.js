'use strict';
// The grant-API contract server alone, over plain HTTP on 127.0.0.1 at a port chosen at run time,
// for the native tests of the grants client. Its first line on stdout is the port. Clients reach the
// real hostnames by sending `Host: app.vssps.visualstudio.com` (and so on) to that port. It stops on
// SIGTERM, and with `--exit-with-stdin` also when its standard input closes (the test that started
// it has ended, however it ended).

const http = require('http');
const { handle } = require('./handlers/contract');

const server = http.createServer((req, res) => {
  const host = (req.headers.host || '127.0.0.1').replace(/:\d+$/, '').toLowerCase();
  let url;
  try {
    url = new URL(req.url, `http://${host}`);
  } catch {
    res.writeHead(400).end('bad request');
    return;
  }
  if (!handle(req, res, url)) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`no contract route for ${url.href}\n`);
  }
});

server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${server.address().port}\n`);
});

function stop() {
  server.close(() => process.exit(0));
  server.closeAllConnections();
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
if (process.argv.includes('--exit-with-stdin')) {
  process.stdin.on('end', stop);
  process.stdin.resume();
}

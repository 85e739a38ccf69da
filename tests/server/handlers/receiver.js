'use strict';
// siem.contoso.com: an organisation's report receiver (policy `reporting.endpoint`), for
// tests/e2e/report.test.js. It answers POSTs as the test scripts it: `plan([...])` queues answers
// for the next requests ('ok', a status number, `{ status, retryAfter }`, or 'drop' to close the
// connection without an answer, as a receiver that is down); once the plan is used up it answers
// 200, or drops every request while `down(true)`. `requests()` lists what arrived:
// {at, status, headers, body}.

const HOST = 'siem.contoso.com';
let script = [];
let isDown = false;
let log = [];

function reset() {
  script = [];
  isDown = false;
  log = [];
}
const plan = (answers) => { script.push(...answers); };
const down = (value) => { isDown = value; };
const requests = () => [...log];

function handle(req, res, url) {
  if (url.hostname !== HOST) return false;
  if (req.method !== 'POST') {
    res.writeHead(405, { allow: 'POST' }).end();
    return true;
  }
  return new Promise((resolve) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const next = isDown ? 'drop' : (script.shift() ?? 'ok');
      const answer = typeof next === 'object' ? next : { status: next === 'ok' ? 200 : next };
      log.push({ at: Date.now(), path: url.pathname, status: next === 'drop' ? 'dropped' : answer.status, headers: { ...req.headers }, body: Buffer.concat(chunks).toString('utf8') });
      if (next === 'drop') {
        req.socket.destroy();
      } else {
        res.writeHead(answer.status, {
          'content-type': 'application/json',
          ...(answer.retryAfter !== undefined ? { 'retry-after': String(answer.retryAfter) } : {}),
        }).end(answer.status === 200 ? '{"ok":true}' : '{"ok":false}');
      }
      resolve(true);
    });
  });
}

module.exports = { handle, plan, down, requests, reset, HOST };

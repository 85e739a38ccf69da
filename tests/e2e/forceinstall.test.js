'use strict';
// Force-install for real: dist/chrome packed into a CRX3 (tools/pack.js) and served with its
// updates.xml by the local servers as extensions.example.com; a machine-wide policy file in
// /etc/chromium/policies/managed/ force-installs it (ExtensionSettings) and sets its managed policy
// (3rdparty, the administrator's sample policy); Chromium starts WITHOUT --load-extension and the
// extension is installed by policy and reads the sample as its managed storage.
//
// The package is signed with a key made for this run, so it installs under an id of its own: other
// browsers on the machine, which may read the same policy directory while this runs, never see a
// policy for the real extension id. The policy file has a unique name and is removed afterwards, even
// when the test fails or is interrupted.

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');
const { chromium } = require('playwright-core');
const { startServers } = require('../server/serve');
const updateServer = require('../server/handlers/extensions');
const { pack } = require('../../tools/pack');

const ROOT = path.resolve(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist', 'chrome');
const POLICY_DIR = '/etc/chromium/policies/managed';
const sample = JSON.parse(fs.readFileSync(path.join(ROOT, 'docs/admin/sample-policy.json'), 'utf8'));

const canWritePolicy = (() => {
  if (process.getuid?.() !== 0) return 'needs root: Chromium reads policy files from /etc/chromium/policies/managed';
  return true;
})();

let work; let servers; let context; let packed; let policyFile;
let createdDirs = []; // directories this test made for the policy file, deepest first

function removePolicy() {
  if (policyFile) fs.rmSync(policyFile, { force: true });
  for (const d of createdDirs) {
    try { fs.rmdirSync(d); } catch { /* not empty: another policy lives there */ }
  }
  createdDirs = [];
}

// Removed even when the process ends without running `after` (Ctrl-C, a crash in a hook).
process.on('exit', removePolicy);
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => { removePolicy(); process.exit(130); });

before(async () => {
  if (canWritePolicy !== true) return;
  assert.ok(fs.existsSync(path.join(DIST, 'manifest.json')), 'dist/chrome is missing: run ./build.sh first');
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'consent-guard-forceinstall-'));
  const keyFile = path.join(work, 'key.pem');
  fs.writeFileSync(keyFile, crypto.generateKeyPairSync('rsa', { modulusLength: 2048 })
    .privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
  packed = pack({ keyFile, dist: DIST, out: path.join(work, 'updates'), base: 'https://extensions.example.com/consent-guard/' });
  updateServer.serveFrom(path.join(work, 'updates'));
  servers = await startServers();

  const updateUrl = servers.urlFor(updateServer.HOST, '/consent-guard/updates.xml');
  for (let d = POLICY_DIR; !fs.existsSync(d); d = path.dirname(d)) createdDirs.push(d); // deepest first
  fs.mkdirSync(POLICY_DIR, { recursive: true });
  policyFile = path.join(POLICY_DIR, `consent-guard-forceinstall-test-${packed.id}-${process.pid}.json`);
  fs.writeFileSync(policyFile, JSON.stringify({
    // Chromium keeps DevTools away from an extension installed by policy unless this is 1 (its default,
    // 0, allows them everywhere else). Chromium 156.0.8078.114 applies it to the DevTools protocol too:
    // without it the extension installs and runs, but its worker and pages never reach the test.
    DeveloperToolsAvailability: 1,
    ExtensionSettings: { [packed.id]: { installation_mode: 'force_installed', update_url: updateUrl } },
    '3rdparty': { extensions: { [packed.id]: sample } },
  }, null, 2));

  context = await chromium.launchPersistentContext(path.join(work, 'profile'), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    // Playwright starts Chromium with extensions off and with background networking off; the latter
    // also stops the extension updater, and a force-installed extension is never fetched (seen: no
    // request reached the update server in 90 s). Unknown hosts still resolve nowhere (MAP * ~NOTFOUND).
    ignoreDefaultArgs: ['--disable-extensions', '--disable-background-networking'],
    args: [
      '--headless=new', '--no-sandbox',
      `--host-resolver-rules=${servers.hostResolverRules}`,
      `--ignore-certificate-errors-spki-list=${servers.spki}`,
      '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic',
    ],
  });
});

after(async () => {
  try {
    await context?.close();
    await servers?.close();
  } finally {
    removePolicy();
    if (work) fs.rmSync(work, { recursive: true, force: true });
  }
});

test('Chromium force-installs the self-hosted package and gives it the sample as managed policy', { skip: canWritePolicy === true ? false : canWritePolicy }, async () => {
  const prefix = `chrome-extension://${packed.id}/`;
  const worker = context.serviceWorkers().find((w) => w.url().startsWith(prefix))
    ?? await context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith(prefix), timeout: 90_000 })
      .catch((e) => {
        throw new Error(`the extension was not installed by policy (${e.message}); update server saw: ${JSON.stringify(updateServer.requests())}`);
      });
  const seen = updateServer.requests();
  assert.ok(seen.some((p) => p === '/consent-guard/updates.xml'), `updates.xml fetched: ${JSON.stringify(seen)}`);
  assert.ok(seen.some((p) => p === `/consent-guard/consent-guard-${packed.version}.crx`), `the .crx fetched: ${JSON.stringify(seen)}`);

  const self = await worker.evaluate(() => chrome.management.getSelf());
  assert.equal(self.id, packed.id);
  assert.equal(self.installType, 'admin', 'installed by policy');
  assert.equal(self.mayDisable, false, 'a force-installed extension cannot be turned off by the person');

  // Managed storage is answered once Chromium's policy service is ready: wait for it, do not sleep.
  const managed = await worker.evaluate(() => new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('storage.managed stayed empty for 60 s')), 60_000);
    const read = () => chrome.storage.managed.get().then((m) => {
      if (m && Object.keys(m).length) { clearTimeout(timer); resolve(m); }
    });
    chrome.storage.onChanged.addListener((_, area) => { if (area === 'managed') read(); });
    read();
  }));
  // Chromium validated the sample against extension/managed_schema.json: a value that did not fit would
  // be missing here.
  assert.deepEqual(managed, sample);
});

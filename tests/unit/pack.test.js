'use strict';
// tools/pack.js: dist/chrome packed by Chromium into a CRX3 whose signature verifies, and the
// updates.xml that names it. Needs the built extension (./build.sh) and Chromium.

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');
const { XMLParser, XMLValidator } = require('fast-xml-parser');
const { pack, readCrx3, updatesXml, extensionIdFromDer, PackError, DEFAULT_BASE } = require('../../tools/pack');

const ROOT = path.resolve(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist', 'chrome');
const built = fs.existsSync(path.join(DIST, 'manifest.json'));

function withKey(fn) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'consent-guard-pack-test-'));
  try {
    const { privateKey, publicKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
    const keyFile = path.join(dir, 'key.pem');
    // PKCS#1 on purpose: the tool converts it to the PKCS#8 that Chromium reads.
    fs.writeFileSync(keyFile, privateKey.export({ type: 'pkcs1', format: 'pem' }));
    return fn({ dir, keyFile, id: extensionIdFromDer(publicKey.export({ type: 'spki', format: 'der' })) });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test('packs dist/chrome into a signed CRX3 and writes updates.xml for it', { skip: built ? false : 'dist/chrome is missing: run ./build.sh first' }, () => {
  withKey(({ dir, keyFile, id }) => {
    const out = path.join(dir, 'out');
    const r = pack({ keyFile, dist: DIST, out, base: 'https://updates.contoso.com/ext' });
    const version = JSON.parse(fs.readFileSync(path.join(DIST, 'manifest.json'), 'utf8')).version;
    assert.equal(r.id, id);
    assert.equal(r.crx, path.join(out, `consent-guard-${version}.crx`));
    assert.equal(r.codebase, `https://updates.contoso.com/ext/consent-guard-${version}.crx`);

    const crx = fs.readFileSync(r.crx);
    const read = readCrx3(crx);
    assert.equal(read.id, id);
    assert.equal(read.archive.readUInt32LE(0), 0x04034b50, 'the payload is a zip');

    // A flipped byte in the archive breaks the signature; a wrong magic is not a CRX.
    const tampered = Buffer.from(crx);
    tampered[tampered.length - 100] ^= 0xff;
    assert.throws(() => readCrx3(tampered), /signature does not verify/);
    const notCrx = Buffer.from(crx);
    notCrx.write('PK', 0, 'latin1');
    assert.throws(() => readCrx3(notCrx), /Cr24/);

    const text = fs.readFileSync(r.updates, 'utf8');
    assert.equal(XMLValidator.validate(text), true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseAttributeValue: false }).parse(text);
    assert.equal(doc.gupdate['@xmlns'], 'http://www.google.com/update2/response');
    assert.equal(doc.gupdate['@protocol'], '2.0');
    assert.equal(doc.gupdate.app['@appid'], id);
    assert.equal(doc.gupdate.app.updatecheck['@codebase'], r.codebase);
    assert.equal(doc.gupdate.app.updatecheck['@version'], version);
  });
});

test('bad input is refused with a clear message', () => {
  withKey(({ dir, keyFile }) => {
    assert.throws(() => pack({ keyFile, dist: DIST, out: dir, base: 'http://updates.contoso.com/' }), (e) => e instanceof PackError && /must be https/.test(e.message));
    assert.throws(() => pack({ keyFile: path.join(dir, 'missing.pem'), dist: DIST, out: dir }), /cannot read the key file/);
    fs.writeFileSync(path.join(dir, 'junk.pem'), 'not a key');
    assert.throws(() => pack({ keyFile: path.join(dir, 'junk.pem'), dist: DIST, out: dir }), /not a PEM private key/);
    const ec = crypto.generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey.export({ type: 'pkcs8', format: 'pem' });
    fs.writeFileSync(path.join(dir, 'ec.pem'), ec);
    assert.throws(() => pack({ keyFile: path.join(dir, 'ec.pem'), dist: DIST, out: dir }), /an RSA key is needed/);
    assert.throws(() => pack({ keyFile, dist: path.join(dir, 'nothing'), out: dir }), /run \.\/build\.sh first/);
  });
});

test('updates.xml escapes what it quotes, and the default codebase is the documented one', () => {
  assert.equal(DEFAULT_BASE, 'https://extensions.example.com/consent-guard/');
  const text = updatesXml('abc', '1.0', "https://x.example/a?b=1&c='2'");
  assert.equal(XMLValidator.validate(text), true);
  assert.match(text, /codebase='https:\/\/x\.example\/a\?b=1&amp;c=&apos;2&apos;'/);
});

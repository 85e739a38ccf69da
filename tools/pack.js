#!/usr/bin/env node
'use strict';
// Packs dist/chrome into a signed CRX3 and writes the updates.xml that a force-install policy points at.
//
//   node tools/pack.js KEYFILE [--dist DIR] [--out DIR]      (./build.sh pack KEYFILE builds first)
//
// KEYFILE: the RSA private key (PEM) whose public key gives the extension id. The extension id is the
// first 128 bits of the SHA-256 of the DER public key, hex digits 0-f written as the letters a-p; the
// manifest's `key` is that public key, so only the key it was made from keeps the id
// ghigmcifaaefadpoenadggdheaacilgf. Another key gives another id (the tool says which).
//
// UPDATE_BASE_URL (environment, https): where the .crx will be served; updates.xml names
// UPDATE_BASE_URL + consent-guard-VERSION.crx as its codebase. Default
// https://extensions.example.com/consent-guard/.
//
// Chromium does the signing (`chromium --pack-extension=DIR --pack-extension-key=KEY`, which runs
// without a display); the result is then read back here: its CRX3 header is parsed and its
// signature checked against the key before anything is written.

const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');
const { spawnSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..');
const DEFAULT_BASE = 'https://extensions.example.com/consent-guard/';

class PackError extends Error {}

function extensionIdFromDer(der) {
  const hex = crypto.createHash('sha256').update(der).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

// ------------------------------------------------------------------ CRX3 reading (protobuf subset)

function varint(buf, pos) {
  let value = 0;
  let shift = 0;
  for (;;) {
    if (pos >= buf.length) throw new PackError('CRX header: truncated varint');
    const b = buf[pos++];
    value += (b & 0x7f) * 2 ** shift;
    if (!(b & 0x80)) return [value, pos];
    shift += 7;
    if (shift > 49) throw new PackError('CRX header: varint too long');
  }
}

/** Length-delimited fields of a protobuf message: [{field, bytes}] (other wire types are skipped). */
function fields(buf) {
  const out = [];
  let pos = 0;
  while (pos < buf.length) {
    let tag;
    [tag, pos] = varint(buf, pos);
    const field = Math.floor(tag / 8);
    const wire = tag & 7;
    if (wire === 2) {
      let len;
      [len, pos] = varint(buf, pos);
      if (pos + len > buf.length) throw new PackError('CRX header: field runs past its end');
      out.push({ field, bytes: buf.subarray(pos, pos + len) });
      pos += len;
    } else if (wire === 0) {
      [, pos] = varint(buf, pos);
    } else if (wire === 5) pos += 4;
    else if (wire === 1) pos += 8;
    else throw new PackError(`CRX header: wire type ${wire}`);
  }
  return out;
}

/**
 * Reads a CRX3 file: checks the magic, the version, that the signed crx_id is the id of an RSA key
 * in the header and that this key's SHA-256 RSA signature over the signed data and the archive holds.
 * Returns {id, publicKey (DER), archive (the zip)}.
 */
function readCrx3(buf) {
  if (buf.length < 12 || buf.toString('latin1', 0, 4) !== 'Cr24') throw new PackError('not a CRX file (no Cr24 magic)');
  const version = buf.readUInt32LE(4);
  if (version !== 3) throw new PackError(`CRX version ${version}, expected 3`);
  const headerSize = buf.readUInt32LE(8);
  if (12 + headerSize > buf.length) throw new PackError('CRX header runs past the file');
  const header = buf.subarray(12, 12 + headerSize);
  const archive = buf.subarray(12 + headerSize);
  const parts = fields(header);
  const signedData = parts.find((f) => f.field === 10000)?.bytes;
  if (!signedData) throw new PackError('CRX header has no signed data');
  const crxId = fields(signedData).find((f) => f.field === 1)?.bytes;
  if (!crxId || crxId.length !== 16) throw new PackError('CRX signed data has no 16-byte crx_id');
  const id = [...crxId.toString('hex')].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
  const lengthLE = Buffer.alloc(4);
  lengthLE.writeUInt32LE(signedData.length);
  const message = Buffer.concat([Buffer.from('CRX3 SignedData\x00', 'latin1'), lengthLE, signedData, archive]);
  const proofs = parts.filter((f) => f.field === 2).map((f) => fields(f.bytes)); // sha256_with_rsa
  for (const proof of proofs) {
    const publicKey = proof.find((f) => f.field === 1)?.bytes;
    const signature = proof.find((f) => f.field === 2)?.bytes;
    if (!publicKey || !signature || extensionIdFromDer(publicKey) !== id) continue;
    const key = crypto.createPublicKey({ key: publicKey, format: 'der', type: 'spki' });
    if (crypto.verify('sha256', message, key, signature)) return { id, publicKey, archive };
    throw new PackError('CRX signature does not verify');
  }
  throw new PackError(`CRX has no RSA proof for its id ${id}`);
}

// ------------------------------------------------------------------ packing

function updatesXml(id, version, codebase) {
  const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/'/g, '&apos;').replace(/</g, '&lt;');
  return `<?xml version='1.0' encoding='UTF-8'?>
<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>
  <app appid='${esc(id)}'>
    <updatecheck codebase='${esc(codebase)}' version='${esc(version)}' />
  </app>
</gupdate>
`;
}

function baseUrl(raw) {
  let u;
  try {
    u = new URL(raw);
  } catch {
    throw new PackError(`UPDATE_BASE_URL is not a URL: ${raw}`);
  }
  if (u.protocol !== 'https:') throw new PackError(`UPDATE_BASE_URL must be https: ${raw}`);
  if (u.search || u.hash) throw new PackError(`UPDATE_BASE_URL takes no query or fragment: ${raw}`);
  return u.href.endsWith('/') ? u.href : `${u.href}/`;
}

/**
 * Packs `dist` with `keyFile` into `out`. Returns {id, version, crx, updates, codebase}.
 * `chromium`: the browser binary (default: $CHROMIUM or `chromium`).
 */
function pack({ keyFile, dist = path.join(ROOT, 'dist/chrome'), out = path.join(ROOT, 'dist'), base = process.env.UPDATE_BASE_URL || DEFAULT_BASE, chromium = process.env.CHROMIUM || 'chromium' }) {
  const codebaseBase = baseUrl(base);
  let pem;
  try {
    pem = fs.readFileSync(keyFile);
  } catch (e) {
    throw new PackError(`cannot read the key file ${keyFile} (${e.code || e.message})`);
  }
  let privateKey;
  try {
    privateKey = crypto.createPrivateKey(pem);
  } catch (e) {
    throw new PackError(`${keyFile} is not a PEM private key (${e.message})`);
  }
  if (privateKey.asymmetricKeyType !== 'rsa') throw new PackError(`${keyFile}: an RSA key is needed, this is ${privateKey.asymmetricKeyType}`);
  const publicDer = crypto.createPublicKey(privateKey).export({ type: 'spki', format: 'der' });
  const id = extensionIdFromDer(publicDer);

  let manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(path.join(dist, 'manifest.json'), 'utf8'));
  } catch (e) {
    throw new PackError(`${dist}/manifest.json cannot be read (${e.message}): run ./build.sh first`);
  }
  const manifestId = manifest.key ? extensionIdFromDer(Buffer.from(manifest.key, 'base64')) : null;

  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'consent-guard-pack-'));
  try {
    const dir = path.join(work, 'consent-guard');
    fs.cpSync(dist, dir, { recursive: true });
    if (manifestId !== id) {
      // The manifest's key names another id; the packed copy goes without it, so the id is the key's.
      delete manifest.key;
      fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
    }
    // Chromium reads a PKCS#8 PEM; write the key in that form, readable by this user only.
    const keyCopy = path.join(work, 'key.pem');
    fs.writeFileSync(keyCopy, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    const r = spawnSync(chromium, [
      '--headless=new', '--no-sandbox', '--disable-gpu', `--user-data-dir=${path.join(work, 'profile')}`,
      `--pack-extension=${dir}`, `--pack-extension-key=${keyCopy}`,
    ], { encoding: 'utf8', timeout: 120000 });
    if (r.error) throw new PackError(`cannot run ${chromium}: ${r.error.message}`);
    const crxFile = `${dir}.crx`;
    if (!fs.existsSync(crxFile)) throw new PackError(`${chromium} --pack-extension made no .crx (exit ${r.status}): ${(r.stderr || '').trim().slice(-500)}`);
    const crx = fs.readFileSync(crxFile);
    const read = readCrx3(crx);
    if (read.id !== id) throw new PackError(`the packed CRX has id ${read.id}, the key gives ${id}`);

    fs.mkdirSync(out, { recursive: true });
    const name = `consent-guard-${manifest.version}.crx`;
    const codebase = codebaseBase + name;
    const crxOut = path.join(out, name);
    const updatesOut = path.join(out, 'updates.xml');
    fs.writeFileSync(crxOut, crx);
    fs.writeFileSync(updatesOut, updatesXml(id, manifest.version, codebase));
    return { id, manifestId, version: manifest.version, crx: crxOut, updates: updatesOut, codebase };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

function main(argv) {
  const opts = {};
  const rest = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--dist' || argv[i] === '--out') opts[argv[i].slice(2)] = argv[++i];
    else rest.push(argv[i]);
  }
  if (rest.length !== 1 || Object.values(opts).some((v) => !v)) {
    console.error('usage: node tools/pack.js KEYFILE [--dist DIR] [--out DIR]   (UPDATE_BASE_URL=https://.../ for the codebase)');
    return 2;
  }
  try {
    const r = pack({ keyFile: rest[0], ...opts });
    console.log(`packed ${path.relative(process.cwd(), r.crx)} (version ${r.version}, extension id ${r.id})`);
    console.log(`wrote ${path.relative(process.cwd(), r.updates)}: codebase ${r.codebase}`);
    if (r.id !== r.manifestId) {
      console.log(`note: this key is not the one behind the manifest's key (${r.manifestId}); the package installs as ${r.id}, and policies must name ${r.id}`);
    }
    return 0;
  } catch (e) {
    if (e instanceof PackError) {
      console.error(`pack: ${e.message}`);
      return 1;
    }
    throw e;
  }
}

module.exports = { pack, readCrx3, updatesXml, extensionIdFromDer, PackError, DEFAULT_BASE };

if (require.main === module) process.exitCode = main(process.argv.slice(2));

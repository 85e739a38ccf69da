'use strict';
// The administrator's kit (tools/admin-kit.js): every generated deployment file parses with a real
// parser for its format and carries exactly the sample policy; the sample fits the managed schema;
// the committed files are what the generator makes; the extension id follows from the manifest key.

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const { spawnSync } = require('child_process');
const Ajv = require('ajv');
const { XMLParser, XMLValidator } = require('fast-xml-parser');
const kit = require('../../tools/admin-kit');

const ROOT = path.resolve(__dirname, '..', '..');
const read = (rel) => fs.readFileSync(path.join(ROOT, rel), 'utf8');
const readJson = (rel) => JSON.parse(read(rel));
const schema = readJson('extension/managed_schema.json');
const sample = readJson('docs/admin/sample-policy.json');
const ID = 'ghigmcifaaefadpoenadggdheaacilgf';

// ------------------------------------------------------------------ schema and sample

// Chrome's managed-storage schema dialect, as the extension's schema uses it.
const DIALECT = new Set(['type', 'properties', 'items', 'additionalProperties', 'enum', 'title', 'description']);
const TYPES = new Set(['object', 'array', 'string', 'boolean', 'integer', 'number']);

function walkSchema(node, where, visit) {
  visit(node, where);
  for (const [k, sub] of Object.entries(node.properties ?? {})) walkSchema(sub, `${where}.${k}`, visit);
  if (node.items) walkSchema(node.items, `${where}[]`, visit);
  if (node.additionalProperties) walkSchema(node.additionalProperties, `${where}{}`, visit);
}

/** The schema with undeclared keys refused wherever properties are declared. */
function closed(node) {
  const out = { ...node };
  if (node.properties) {
    out.properties = Object.fromEntries(Object.entries(node.properties).map(([k, v]) => [k, closed(v)]));
    out.additionalProperties = false;
  }
  if (node.items) out.items = closed(node.items);
  if (node.additionalProperties && !node.properties) out.additionalProperties = closed(node.additionalProperties);
  return out;
}

const validate = new Ajv({ allErrors: true, strict: true }).compile(closed(schema));

test('the schema keeps to Chrome\'s dialect and titles and describes every key', () => {
  walkSchema(schema, 'schema', (node, where) => {
    for (const k of Object.keys(node)) assert.ok(DIALECT.has(k), `${where}: "${k}" is not in Chrome's managed-schema dialect`);
    assert.ok(TYPES.has(node.type), `${where}: type ${node.type}`);
    if (node.type === 'object') assert.ok(node.properties || node.additionalProperties, `${where}: an object says what it holds`);
    if (node.type === 'array') assert.ok(node.items, `${where}: an array says what it holds`);
  });
  for (const [k, v] of Object.entries(schema.properties)) {
    assert.ok(v.title && v.description, `${k} has a title and a description (admin consoles show them)`);
  }
});

test('the schema declares exactly the policy keys', () => {
  assert.deepEqual(Object.keys(schema.properties).sort(), [
    'allowlist', 'approvedClients', 'azureDevOps', 'blockedClients', 'customProviders', 'disableOptions',
    'entra', 'mode', 'reporting', 'showGenuineBadge', 'support', 'trustedOrigins',
  ]);
  const p = schema.properties;
  assert.deepEqual(p.mode.enum, ['monitor', 'warn', 'block']);
  assert.deepEqual(p.reporting.properties.format.enum, ['ocsf', 'json', 'splunk-hec']);
  assert.deepEqual(p.reporting.properties.events.items.enum, [
    'danger_page', 'caution_page', 'page_blocked', 'warning_continued', 'blocked_app_consent',
    'unapproved_app_consent', 'consent_requested', 'grant_revoked', 'false_positive_report',
  ]);
  assert.deepEqual(Object.keys(p.reporting.properties).sort(),
    ['authorizationHeader', 'deviceLabel', 'endpoint', 'events', 'format', 'userLabel']);
  assert.deepEqual(Object.keys(p.support.properties).sort(), ['email', 'name', 'url']);
  assert.deepEqual(Object.keys(p.entra.properties).sort(), ['clientId', 'tenant']);
  assert.deepEqual(Object.keys(p.azureDevOps.properties).sort(), ['apiVersion', 'host']);
  for (const k of ['approvedClients', 'blockedClients', 'trustedOrigins']) {
    assert.equal(p[k].additionalProperties.items.type, 'string', `${k}: provider id -> array of strings`);
  }
});

test('customProviders entries have the fields of data/providers.json', () => {
  const fields = (o) => Object.keys(o).sort();
  const builtin = readJson('data/providers.json').providers;
  const item = schema.properties.customProviders.items;
  const union = [...new Set(builtin.flatMap((p) => Object.keys(p)))].sort();
  assert.deepEqual(fields(item.properties), union);
  const markers = [...new Set(builtin.flatMap((p) => Object.keys(p.markers)))].sort();
  assert.deepEqual(fields(item.properties.markers.properties), markers);
  // Every built-in provider would be accepted as an organisation's provider.
  for (const p of builtin) assert.ok(validate({ customProviders: [p] }), `${p.id}: ${JSON.stringify(validate.errors)}`);
});

test('the sample policy validates against the schema (ajv), and bad policies do not', () => {
  assert.ok(validate(sample), JSON.stringify(validate.errors, null, 2));
  assert.equal(sample.mode, 'warn');
  assert.equal(sample.reporting.endpoint, 'https://siem.example.com/consent-guard');
  assert.equal(sample.reporting.format, 'ocsf');
  assert.ok(sample.customProviders.some((p) => p.origins.some((o) => /adfs/.test(o))), 'a custom provider for an AD FS host');
  const bad = [
    { mode: 'silent' },
    { showGenuineBadge: 'yes' },
    { approvedClients: { microsoft: 'not-a-list' } },
    { reporting: { format: 'xml' } },
    { reporting: { events: ['danger_page', 'everything'] } },
    { support: { phone: '555' } },
    { unknownKey: 1 },
  ];
  for (const b of bad) {
    assert.equal(validate(b), false, `ajv refuses ${JSON.stringify(b)}`);
    assert.ok(kit.schemaProblems(b, schema).length > 0, `the generator refuses ${JSON.stringify(b)}`);
  }
  assert.deepEqual(kit.schemaProblems(sample, schema), []);
});

// ------------------------------------------------------------------ generator

test('the committed files are what the generator makes (--check)', () => {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'tools/admin-kit.js'), '--check'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  for (const rel of Object.keys(kit.generate())) assert.ok(fs.existsSync(path.join(ROOT, rel)), `${rel} is committed`);
});

test('--check names a file that drifted, and a sample that does not fit the schema is refused clearly', () => {
  const tmp = fs.mkdtempSync(path.join(require('os').tmpdir(), 'admin-kit-'));
  try {
    for (const rel of ['tools/admin-kit.js', 'tools/pack.js', 'extension/managed_schema.json', 'docs/admin/sample-policy.json', 'docs/admin.md']) {
      fs.mkdirSync(path.dirname(path.join(tmp, rel)), { recursive: true });
      fs.copyFileSync(path.join(ROOT, rel), path.join(tmp, rel));
    }
    const tool = path.join(tmp, 'tools/admin-kit.js');
    const run = (...args) => spawnSync(process.execPath, [tool, ...args], { encoding: 'utf8' });
    assert.equal(run('--check').status, 1, 'nothing generated yet');
    assert.equal(run().status, 0);
    assert.equal(run('--check').status, 0);
    fs.appendFileSync(path.join(tmp, 'docs/admin/firefox/policies.json'), ' ');
    const drift = run('--check');
    assert.equal(drift.status, 1);
    assert.match(drift.stderr, /docs\/admin\/firefox\/policies\.json/);
    fs.writeFileSync(path.join(tmp, 'docs/admin/sample-policy.json'), JSON.stringify({ ...sample, mode: 'silent' }));
    const bad = run();
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /policy\.mode: "silent" is not one of monitor, warn, block/);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});

// ------------------------------------------------------------------ Linux and Firefox (JSON)

test('Linux policy files force-install from the store and carry the sample as the extension\'s policy', () => {
  const stores = { chromium: kit.CHROME_STORE_UPDATE_URL, chrome: kit.CHROME_STORE_UPDATE_URL, edge: kit.EDGE_STORE_UPDATE_URL };
  for (const [browser, updateUrl] of Object.entries(stores)) {
    const p = JSON.parse(read(`docs/admin/linux/${browser}/consent-guard.json`));
    assert.deepEqual(p, {
      ExtensionSettings: { [ID]: { installation_mode: 'force_installed', update_url: updateUrl } },
      '3rdparty': { extensions: { [ID]: sample } },
    }, browser);
  }
  assert.equal(kit.EDGE_STORE_UPDATE_URL, 'https://edge.microsoft.com/extensionwebstorebase/v1/crx');
  assert.equal(kit.CHROME_STORE_UPDATE_URL, 'https://clients2.google.com/service/update2/crx');
});

test('Firefox policies.json force-installs the add-on and carries the sample under 3rdparty.Extensions', () => {
  const { policies } = JSON.parse(read('docs/admin/firefox/policies.json'));
  const fx = 'consent-guard@consentguard.dev';
  assert.equal(policies.ExtensionSettings[fx].installation_mode, 'force_installed');
  assert.match(policies.ExtensionSettings[fx].install_url, /^https:\/\/.+\.xpi$/);
  assert.deepEqual(policies['3rdparty'].Extensions[fx], sample);
});

// ------------------------------------------------------------------ Windows .reg

/** Parses a regedit 5.00 file by its grammar: {keys: Map(key -> Map(name -> {type, data})), deleted: [key]}. */
function parseReg(text) {
  assert.ok(!text.includes('\r\n') || !/[^\r]\n/.test(text), 'line endings are CRLF throughout');
  const lines = text.split('\r\n');
  assert.equal(lines[0], 'Windows Registry Editor Version 5.00');
  const keys = new Map();
  const deleted = [];
  let current = null;
  lines.slice(1).forEach((line, i) => {
    const where = `line ${i + 2}: ${line}`;
    if (line === '' || line.startsWith(';')) return;
    let m;
    if ((m = /^\[(-?)(HKEY_LOCAL_MACHINE|HKEY_CURRENT_USER)\\([^\][]+)\]$/.exec(line))) {
      if (m[1]) { deleted.push(m[3]); current = null; return; }
      current = m[3];
      if (!keys.has(current)) keys.set(current, new Map());
      return;
    }
    assert.ok(current, `${where}: a value outside a key`);
    const str = '"((?:[^"\\\\]|\\\\.)*)"';
    const unescape = (s) => s.replace(/\\(.)/g, '$1');
    if ((m = new RegExp(`^${str}=${str}$`).exec(line))) {
      keys.get(current).set(unescape(m[1]), { type: 'sz', data: unescape(m[2]) });
    } else if ((m = new RegExp(`^${str}=dword:([0-9a-f]{8})$`).exec(line))) {
      keys.get(current).set(unescape(m[1]), { type: 'dword', data: parseInt(m[2], 16) });
    } else {
      assert.fail(`${where}: not a regedit line`);
    }
  });
  return { keys, deleted };
}

/** What the browser reads from `key` for `schema` (its registry-to-policy conversion). */
function policyFromRegistry(keys, key, node) {
  const values = keys.get(key) ?? new Map();
  if (node.type === 'array') {
    return [...values.entries()].filter(([n]) => /^\d+$/.test(n)).sort((a, b) => a[0] - b[0]).map(([, v]) => v.data);
  }
  const out = {};
  for (const [name, sub] of Object.entries(node.properties)) {
    const kind = kit.registryKind(sub);
    const v = values.get(name);
    if (kind === 'sz' && v) { assert.equal(v.type, 'sz', name); out[name] = v.data; }
    if (kind === 'dword' && v) { assert.equal(v.type, 'dword', name); assert.ok(v.data === 0 || v.data === 1); out[name] = v.data === 1; }
    if (kind === 'json' && v) { assert.equal(v.type, 'sz', name); out[name] = JSON.parse(v.data); }
    if ((kind === 'list' || kind === 'key') && keys.has(`${key}\\${name}`)) out[name] = policyFromRegistry(keys, `${key}\\${name}`, sub);
  }
  return out;
}

const REG_ROOTS = { chrome: 'Software\\Policies\\Google\\Chrome', edge: 'Software\\Policies\\Microsoft\\Edge' };

test('.reg policy files parse and give back the sample policy under the 3rdparty key', () => {
  for (const [browser, root] of Object.entries(REG_ROOTS)) {
    const key = `${root}\\3rdparty\\extensions\\${ID}\\policy`;
    const { keys, deleted } = parseReg(read(`docs/admin/windows/${browser}/policy.reg`));
    assert.deepEqual(deleted, [key], `${browser}: the old policy is removed first`);
    for (const k of keys.keys()) assert.ok(k === key || k.startsWith(`${key}\\`), `${browser}: ${k} is under the policy key`);
    assert.deepEqual(policyFromRegistry(keys, key, schema), sample, browser);
  }
});

test('.reg force-install files set ExtensionSettings for the extension id', () => {
  const stores = { chrome: kit.CHROME_STORE_UPDATE_URL, edge: kit.EDGE_STORE_UPDATE_URL };
  for (const [browser, root] of Object.entries(REG_ROOTS)) {
    const { keys } = parseReg(read(`docs/admin/windows/${browser}/force-install.reg`));
    assert.deepEqual([...keys.keys()], [root]);
    const settings = JSON.parse(keys.get(root).get('ExtensionSettings').data);
    assert.deepEqual(settings, { [ID]: { installation_mode: 'force_installed', update_url: stores[browser] } });
  }
});

// ------------------------------------------------------------------ Windows ADMX / ADML

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name, jpath, leaf, isAttribute) => !isAttribute, parseTagValue: false, parseAttributeValue: false });

function parseXml(rel) {
  const text = read(rel);
  const valid = XMLValidator.validate(text);
  assert.equal(valid, true, `${rel}: ${JSON.stringify(valid)}`);
  return xml.parse(text);
}

const ELEMENT_KINDS = ['enum', 'boolean', 'text', 'list', 'decimal'];

test('ADMX and ADML templates are well-formed, complete and reach every value of the .reg policy', () => {
  for (const [browser, root] of Object.entries(REG_ROOTS)) {
    const base = `${root}\\3rdparty\\extensions\\${ID}\\policy`;
    const admx = parseXml(`docs/admin/windows/${browser}/consent-guard-${browser}.admx`).policyDefinitions[0];
    const adml = parseXml(`docs/admin/windows/${browser}/en-US/consent-guard-${browser}.adml`).policyDefinitionResources[0];
    const strings = new Map(adml.resources[0].stringTable[0].string.map((s) => [s['@id'], s['#text']]));
    const presentations = new Map(adml.resources[0].presentationTable[0].presentation.map((p) => [p['@id'], p]));
    const admxText = read(`docs/admin/windows/${browser}/consent-guard-${browser}.admx`);
    for (const [, id] of admxText.matchAll(/\$\(string\.([^)]+)\)/g)) assert.ok(strings.get(id), `${browser}: string ${id} is in the ADML`);
    const used = new Set([...admxText.matchAll(/\$\((?:string|presentation)\.([^)]+)\)/g)].map((m) => m[1]));
    for (const id of [...strings.keys(), ...presentations.keys()]) assert.ok(used.has(id), `${browser}: ADML entry ${id} is used by the ADMX`);

    const policies = admx.policies[0].policy;
    assert.deepEqual(policies.map((p) => p['@name']), Object.keys(schema.properties), `${browser}: one policy per key`);
    const reachable = new Set(); // "key|valueName" and "key|#list"
    for (const p of policies) {
      assert.equal(p['@key'], base, `${browser} ${p['@name']}: key`);
      assert.equal(p.parentCategory[0]['@ref'], 'ConsentGuard');
      assert.equal(admx.categories[0].category[0]['@name'], 'ConsentGuard');
      if (p['@valueName']) {
        reachable.add(`${base}|${p['@valueName']}`);
        assert.equal(p.enabledValue[0].decimal[0]['@value'], '1');
        assert.equal(p.disabledValue[0].decimal[0]['@value'], '0');
        continue;
      }
      const pres = presentations.get(p['@presentation'].replace(/^\$\(presentation\.(.+)\)$/, '$1'));
      assert.ok(pres, `${browser} ${p['@name']}: presentation`);
      const refs = new Set(Object.values(pres).flat().filter((x) => x && typeof x === 'object').map((x) => x['@refId']));
      for (const kind of ELEMENT_KINDS) {
        for (const el of p.elements[0][kind] ?? []) {
          assert.ok(refs.has(el['@id']), `${browser} ${p['@name']}: element ${el['@id']} is presented`);
          const key = el['@key'] ?? base;
          reachable.add(kind === 'list' ? `${key}|#list` : `${key}|${el['@valueName']}`);
          if (kind === 'enum') {
            const sub = el['@id'].split('_').reduce((s, k) => s.properties[k], schema);
            assert.deepEqual(el.item.map((i) => i.value[0].string[0]), sub.enum);
          }
        }
      }
    }
    const { keys } = parseReg(read(`docs/admin/windows/${browser}/policy.reg`));
    for (const [key, values] of keys) {
      for (const name of values.keys()) {
        const target = /^\d+$/.test(name) ? `${key}|#list` : `${key}|${name}`;
        assert.ok(reachable.has(target), `${browser}: ${key}\\${name} can be set from the ADMX template`);
      }
    }
  }
});

// ------------------------------------------------------------------ macOS

const plistParser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, trimValues: false });

/** A property-list node ({tag: children}) as a JS value. */
function plistValue(node) {
  const tag = Object.keys(node).find((k) => k !== ':@');
  // Whitespace between elements means nothing in a property list.
  const kids = tag === 'dict' || tag === 'array' ? node[tag].filter((k) => !('#text' in k) || k['#text'].trim()) : node[tag];
  const text = () => kids.map((k) => k['#text'] ?? '').join('');
  switch (tag) {
    case 'string': return String(text());
    case 'integer': return parseInt(text(), 10);
    case 'true': return true;
    case 'false': return false;
    case 'array': return kids.map(plistValue);
    case 'dict': {
      const out = {};
      for (let i = 0; i < kids.length; i += 2) {
        assert.ok(kids[i].key, `a dict alternates key and value (at ${JSON.stringify(kids[i])})`);
        const k = kids[i].key.map((x) => x['#text']).join('');
        assert.ok(!(k in out), `key ${k} once`);
        out[String(k)] = plistValue(kids[i + 1]);
      }
      return out;
    }
    default: return assert.fail(`unexpected plist element ${tag}`);
  }
}

const UUID = /^[0-9A-F]{8}-[0-9A-F]{4}-5[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/;

test('macOS profiles are property lists that install the extension and set its policy domain', () => {
  const domains = { chrome: 'com.google.Chrome', edge: 'com.microsoft.Edge' };
  const stores = { chrome: kit.CHROME_STORE_UPDATE_URL, edge: kit.EDGE_STORE_UPDATE_URL };
  const uuids = new Set();
  for (const [browser, domain] of Object.entries(domains)) {
    const text = read(`docs/admin/macos/${browser}.mobileconfig`);
    assert.equal(XMLValidator.validate(text), true);
    const doc = plistParser.parse(text);
    const plist = doc.find((n) => n.plist);
    assert.equal(plist[':@']['@version'], '1.0');
    const profile = plistValue(plist.plist.find((n) => n.dict));
    assert.equal(profile.PayloadType, 'Configuration');
    assert.equal(profile.PayloadVersion, 1);
    const [install, policy] = profile.PayloadContent;
    assert.equal(install.PayloadType, domain);
    assert.deepEqual(install.ExtensionSettings, { [ID]: { installation_mode: 'force_installed', update_url: stores[browser] } });
    assert.equal(policy.PayloadType, `${domain}.extensions.${ID}`);
    const body = Object.fromEntries(Object.entries(policy).filter(([k]) => !k.startsWith('Payload')));
    assert.deepEqual(body, sample, `${browser}: the policy payload is the sample`);
    for (const p of [profile, install, policy]) {
      assert.match(p.PayloadUUID, UUID);
      assert.ok(!uuids.has(p.PayloadUUID), 'UUIDs differ');
      uuids.add(p.PayloadUUID);
      assert.equal(p.PayloadUUID, kit.stableUuid(p.PayloadIdentifier), 'UUIDs derive from the payload identifier');
    }
  }
});

// ------------------------------------------------------------------ extension id

test('the extension id follows from the manifest key: SHA-256 of the DER key, first 32 hex digits as a-p', () => {
  const manifest = readJson('manifest.json');
  const der = Buffer.from(manifest.key, 'base64');
  // It is a real SubjectPublicKeyInfo (RSA), as Chromium requires.
  const key = crypto.createPublicKey({ key: der, format: 'der', type: 'spki' });
  assert.equal(key.asymmetricKeyType, 'rsa');
  assert.equal(kit.extensionIdFromDer(der), ID);
  assert.equal(kit.EXTENSION_ID, ID);
  // By hand, to show the mapping: hex digit d becomes the letter 'a' + d.
  const hex = crypto.createHash('sha256').update(der).digest('hex').slice(0, 32);
  assert.equal([...hex].map((c) => 'abcdefghijklmnop'[parseInt(c, 16)]).join(''), ID);
  // Another key gives another id.
  const other = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'spki', format: 'der' });
  assert.notEqual(kit.extensionIdFromDer(other), ID);
  assert.match(kit.extensionIdFromDer(other), /^[a-p]{32}$/);
});

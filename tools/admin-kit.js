#!/usr/bin/env node
'use strict';
// The administrator's kit: every deployment file under docs/admin/ and the policy-key table in
// docs/admin.md, generated from the managed schema (extension/managed_schema.json) and the sample
// policy (docs/admin/sample-policy.json), so they never drift apart.
//
//   node tools/admin-kit.js           write the files
//   node tools/admin-kit.js --check   exit 1, naming each file, when a committed file differs
//
// Registry layout (Windows, Chrome and Edge read it the same way): a string or enum is a REG_SZ, a
// boolean a REG_DWORD 0/1, an object with fixed properties a subkey, an array of strings a subkey of
// values named 1, 2, 3...; anything else (per-provider lists, provider definitions) a REG_SZ holding
// JSON, which the browser parses against the schema.

const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const { extensionIdFromDer } = require('./pack');

const ROOT = path.resolve(__dirname, '..');
const SCHEMA_FILE = 'extension/managed_schema.json';
const SAMPLE_FILE = 'docs/admin/sample-policy.json';
const GUIDE_FILE = 'docs/admin.md';

const EXTENSION_ID = 'ghigmcifaaefadpoenadggdheaacilgf'; // from manifest.json `key`
const FIREFOX_ID = 'consent-guard@consentguard.dev';
const CHROME_STORE_UPDATE_URL = 'https://clients2.google.com/service/update2/crx';
const EDGE_STORE_UPDATE_URL = 'https://edge.microsoft.com/extensionwebstorebase/v1/crx';
const FIREFOX_INSTALL_URL = 'https://addons.mozilla.org/firefox/downloads/latest/consent-guard/latest.xpi';
const MIN_CHROME = '120';

const BROWSERS = {
  chrome: {
    name: 'Google Chrome',
    regRoot: 'Software\\Policies\\Google\\Chrome',
    namespace: 'ConsentGuard.Policies.Chrome',
    prefix: 'consentguard',
    updateUrl: CHROME_STORE_UPDATE_URL,
    macDomain: 'com.google.Chrome',
    linuxDirs: ['/etc/opt/chrome/policies/managed/'],
  },
  edge: {
    name: 'Microsoft Edge',
    regRoot: 'Software\\Policies\\Microsoft\\Edge',
    namespace: 'ConsentGuard.Policies.Edge',
    prefix: 'consentguardedge',
    updateUrl: EDGE_STORE_UPDATE_URL,
    macDomain: 'com.microsoft.Edge',
    linuxDirs: ['/etc/opt/edge/policies/managed/'],
  },
  chromium: {
    name: 'Chromium',
    updateUrl: CHROME_STORE_UPDATE_URL,
    linuxDirs: ['/etc/chromium/policies/managed/'],
  },
};

const BEGIN_TABLE = '<!-- BEGIN GENERATED: policy keys (node tools/admin-kit.js) -->';
const END_TABLE = '<!-- END GENERATED: policy keys -->';

// ------------------------------------------------------------------ input

class InputError extends Error {}

function readJson(rel) {
  const file = path.join(ROOT, rel);
  let text;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new InputError(`${rel}: cannot read it (${e.code || e.message})`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new InputError(`${rel}: not valid JSON (${e.message})`);
  }
}

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Problems of `value` against `schema` (Chrome's dialect), each "where: what"; undeclared keys count. */
function schemaProblems(value, schema, where = 'policy') {
  const out = [];
  const type = schema.type;
  const actual = Array.isArray(value) ? 'array' : value === null ? 'null' : Number.isInteger(value) ? 'integer' : typeof value;
  const fits = type === actual || (type === 'number' && actual === 'integer') || (type === 'object' && actual === 'object');
  if (!fits) return [`${where}: expected ${type}, found ${actual}`];
  if (schema.enum && !schema.enum.includes(value)) out.push(`${where}: ${JSON.stringify(value)} is not one of ${schema.enum.join(', ')}`);
  if (type === 'array') value.forEach((v, i) => out.push(...schemaProblems(v, schema.items, `${where}[${i}]`)));
  if (type === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const sub = schema.properties?.[k] ?? schema.additionalProperties;
      if (!sub) out.push(`${where}.${k}: not a key of the schema`);
      else out.push(...schemaProblems(v, sub, `${where}.${k}`));
    }
  }
  return out;
}

function loadInputs() {
  const schema = readJson(SCHEMA_FILE);
  const sample = readJson(SAMPLE_FILE);
  if (!isObject(schema) || schema.type !== 'object' || !isObject(schema.properties)) {
    throw new InputError(`${SCHEMA_FILE}: the top level must be {"type": "object", "properties": {...}}`);
  }
  const problems = schemaProblems(sample, schema);
  if (problems.length) throw new InputError(`${SAMPLE_FILE} does not fit ${SCHEMA_FILE}:\n  ${problems.join('\n  ')}`);
  const nonAscii = JSON.stringify(sample).match(/[^\x20-\x7e]/);
  if (nonAscii) throw new InputError(`${SAMPLE_FILE}: keep it ASCII (.reg and ADMX files carry it), found ${JSON.stringify(nonAscii[0])}`);
  return { schema, sample };
}

// ------------------------------------------------------------------ helpers

const json = (v) => JSON.stringify(v, null, 2) + '\n';

function xmlEscape(s) {
  return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A name-based UUID (version 5 layout, SHA-256 based) for `name`: the same name, the same UUID. */
function stableUuid(name) {
  const h = crypto.createHash('sha256').update(`consent-guard:${name}`).digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex').toUpperCase();
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

/** How a schema node is stored in the registry: 'sz', 'dword', 'key' (subkey of its properties), 'list', 'json'. */
function registryKind(schema) {
  if (schema.type === 'string') return 'sz';
  if (schema.type === 'boolean' || schema.type === 'integer') return 'dword';
  if (schema.type === 'object' && schema.properties && !schema.additionalProperties) return 'key';
  if (schema.type === 'array' && schema.items?.type === 'string') return 'list';
  return 'json';
}

// ------------------------------------------------------------------ Linux, macOS, Firefox

function forceInstallEntry(updateUrl) {
  return { installation_mode: 'force_installed', update_url: updateUrl };
}

function linuxPolicy(browser, sample) {
  return {
    ExtensionSettings: { [EXTENSION_ID]: forceInstallEntry(BROWSERS[browser].updateUrl) },
    '3rdparty': { extensions: { [EXTENSION_ID]: sample } },
  };
}

function firefoxPolicies(sample) {
  return {
    policies: {
      ExtensionSettings: {
        [FIREFOX_ID]: { installation_mode: 'force_installed', install_url: FIREFOX_INSTALL_URL },
      },
      '3rdparty': { Extensions: { [FIREFOX_ID]: sample } },
    },
  };
}

function plistValue(v, indent) {
  const pad = '\t'.repeat(indent);
  if (typeof v === 'string') return `${pad}<string>${xmlEscape(v)}</string>\n`;
  if (typeof v === 'boolean') return `${pad}<${v}/>\n`;
  if (Number.isInteger(v)) return `${pad}<integer>${v}</integer>\n`;
  if (Array.isArray(v)) {
    if (!v.length) return `${pad}<array/>\n`;
    return `${pad}<array>\n${v.map((x) => plistValue(x, indent + 1)).join('')}${pad}</array>\n`;
  }
  if (isObject(v)) {
    const keys = Object.keys(v);
    if (!keys.length) return `${pad}<dict/>\n`;
    return `${pad}<dict>\n${keys.map((k) => `${pad}\t<key>${xmlEscape(k)}</key>\n${plistValue(v[k], indent + 1)}`).join('')}${pad}</dict>\n`;
  }
  throw new InputError(`cannot write ${JSON.stringify(v)} in a property list`);
}

function mobileconfig(browser, sample) {
  const b = BROWSERS[browser];
  const base = `dev.consentguard.${browser}`;
  const policyDomain = `${b.macDomain}.extensions.${EXTENSION_ID}`;
  const payload = (type, id, name, body) => ({
    PayloadType: type,
    PayloadIdentifier: id,
    PayloadUUID: stableUuid(id),
    PayloadVersion: 1,
    PayloadDisplayName: name,
    ...body,
  });
  const profile = {
    PayloadContent: [
      payload(b.macDomain, `${base}.forceinstall`, `Install Consent Guard in ${b.name}`,
        { ExtensionSettings: { [EXTENSION_ID]: forceInstallEntry(b.updateUrl) } }),
      payload(policyDomain, `${base}.policy`, `Consent Guard policy for ${b.name}`, sample),
    ],
    PayloadDescription: `Installs Consent Guard in ${b.name} and sets its policy (${policyDomain}).`,
    PayloadDisplayName: `Consent Guard for ${b.name}`,
    PayloadIdentifier: base,
    PayloadOrganization: 'Consent Guard',
    PayloadScope: 'System',
    PayloadType: 'Configuration',
    PayloadUUID: stableUuid(base),
    PayloadVersion: 1,
  };
  return '<?xml version="1.0" encoding="UTF-8"?>\n'
    + '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n'
    + '<plist version="1.0">\n'
    + plistValue(profile, 0)
    + '</plist>\n';
}

// ------------------------------------------------------------------ Windows: .reg

function regString(s) {
  return `"${String(s).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** [{key, values: [[name, 'sz'|'dword', data]]}] for `value` stored at `key` by `schema`. */
function registryEntries(key, value, schema) {
  const own = { key, values: [] };
  const subkeys = [];
  for (const [name, v] of Object.entries(value)) {
    const sub = schema.properties[name];
    const kind = registryKind(sub);
    if (kind === 'sz') own.values.push([name, 'sz', v]);
    else if (kind === 'dword') own.values.push([name, 'dword', Number(v)]);
    else if (kind === 'json') own.values.push([name, 'sz', JSON.stringify(v)]);
    else if (kind === 'list') subkeys.push({ key: `${key}\\${name}`, values: v.map((s, i) => [String(i + 1), 'sz', s]) });
    else subkeys.push(...registryEntries(`${key}\\${name}`, v, sub));
  }
  return [own, ...subkeys];
}

function regFile(comment, entries, deleteFirst) {
  const lines = ['Windows Registry Editor Version 5.00', '', ...comment.map((c) => `; ${c}`), ''];
  if (deleteFirst) lines.push(`[-HKEY_LOCAL_MACHINE\\${deleteFirst}]`, '');
  for (const e of entries) {
    lines.push(`[HKEY_LOCAL_MACHINE\\${e.key}]`);
    for (const [name, type, data] of e.values) {
      lines.push(type === 'dword'
        ? `${regString(name)}=dword:${data.toString(16).padStart(8, '0')}`
        : `${regString(name)}=${regString(data)}`);
    }
    lines.push('');
  }
  return lines.join('\r\n');
}

function policyKey(browser) {
  return `${BROWSERS[browser].regRoot}\\3rdparty\\extensions\\${EXTENSION_ID}\\policy`;
}

function regPolicy(browser, sample, schema) {
  const key = policyKey(browser);
  return regFile([
    `Consent Guard policy for ${BROWSERS[browser].name} (generated by tools/admin-kit.js from ${SAMPLE_FILE}).`,
    'Importing it replaces the whole policy of the extension: the key is deleted first.',
  ], registryEntries(key, sample, schema), key);
}

function regForceInstall(browser) {
  const b = BROWSERS[browser];
  return regFile([
    `Force-installs Consent Guard in ${b.name} from its store (generated by tools/admin-kit.js).`,
    'ExtensionSettings is one policy for every extension: if you already set it, add this entry to yours.',
    'For a self-hosted package, replace update_url with the address of your updates.xml.',
  ], [{ key: b.regRoot, values: [['ExtensionSettings', 'sz', JSON.stringify({ [EXTENSION_ID]: forceInstallEntry(b.updateUrl) })]] }]);
}

// ------------------------------------------------------------------ Windows: ADMX / ADML

/** Identifier-safe name for a key path ("reporting.events" -> "reporting_events"). */
const sid = (p) => p.replace(/[^A-Za-z0-9]/g, '_');

function admxElement(name, sub, key, strings) {
  // -> {element XML, presentation XML}
  const kind = registryKind(sub);
  const id = sid(name);
  const keyAttr = key ? ` key="${xmlEscape(key)}"` : '';
  const valueName = name.split('.').pop();
  if (sub.enum) {
    const items = sub.enum.map((v) => {
      strings[`${id}_${sid(v)}`] = v;
      return `          <item displayName="$(string.${id}_${sid(v)})"><value><string>${xmlEscape(v)}</string></value></item>`;
    }).join('\n');
    return {
      element: `        <enum id="${id}"${keyAttr} valueName="${valueName}">\n${items}\n        </enum>`,
      presentation: `        <dropdownList refId="${id}" noSort="true">${xmlEscape(sub.title || valueName)}</dropdownList>`,
    };
  }
  if (kind === 'dword') {
    return {
      element: `        <boolean id="${id}"${keyAttr} valueName="${valueName}"><trueValue><decimal value="1"/></trueValue><falseValue><decimal value="0"/></falseValue></boolean>`,
      presentation: `        <checkBox refId="${id}">${xmlEscape(sub.title || valueName)}</checkBox>`,
    };
  }
  if (kind === 'list') {
    const listKey = `${key}\\${valueName}`;
    return {
      element: `        <list id="${id}" key="${xmlEscape(listKey)}" valuePrefix=""/>`,
      presentation: `        <listBox refId="${id}">${xmlEscape(sub.title || valueName)}</listBox>`,
    };
  }
  const text = kind === 'json' ? `${sub.title || valueName} (JSON)` : (sub.title || valueName);
  return {
    element: `        <text id="${id}"${keyAttr} valueName="${valueName}" maxLength="1000000"/>`,
    presentation: `        <textBox refId="${id}"><label>${xmlEscape(text)}</label></textBox>`,
  };
}

function admx(browser, schema) {
  const b = BROWSERS[browser];
  const base = policyKey(browser);
  const strings = {
    ConsentGuard: `Consent Guard (${b.name})`,
    Supported: `${b.name} ${MIN_CHROME} or later with Consent Guard (${EXTENSION_ID})`,
  };
  const policies = [];
  const presentations = [];
  for (const [name, sub] of Object.entries(schema.properties)) {
    strings[name] = sub.title || name;
    strings[`${name}_Explain`] = `${sub.description || ''}\n\nPolicy key: ${name}. Registry: HKLM\\${base}`;
    const head = `    <policy name="${name}" class="Machine" displayName="$(string.${name})" explainText="$(string.${name}_Explain)"`;
    const tail = `      <parentCategory ref="ConsentGuard"/>\n      <supportedOn ref="Supported"/>\n`;
    if (registryKind(sub) === 'dword') {
      policies.push(`${head} key="${xmlEscape(base)}" valueName="${name}">\n${tail}`
        + '      <enabledValue><decimal value="1"/></enabledValue>\n      <disabledValue><decimal value="0"/></disabledValue>\n    </policy>');
      continue;
    }
    const parts = registryKind(sub) === 'key'
      ? Object.entries(sub.properties).map(([p, s]) => admxElement(`${name}.${p}`, s, `${base}\\${name}`, strings))
      : [admxElement(name, sub, registryKind(sub) === 'list' ? base : null, strings)];
    policies.push(`${head} presentation="$(presentation.${name})" key="${xmlEscape(base)}">\n${tail}`
      + `      <elements>\n${parts.map((p) => p.element).join('\n')}\n      </elements>\n    </policy>`);
    presentations.push(`      <presentation id="${name}">\n${parts.map((p) => p.presentation).join('\n')}\n      </presentation>`);
  }
  const admxText = `<?xml version="1.0" encoding="utf-8"?>
<!-- Consent Guard policy for ${xmlEscape(b.name)}: generated by tools/admin-kit.js from ${SCHEMA_FILE}. -->
<policyDefinitions xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" xmlns="http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions">
  <policyNamespaces>
    <target prefix="${b.prefix}" namespace="${b.namespace}"/>
  </policyNamespaces>
  <resources minRequiredRevision="1.0"/>
  <supportedOn>
    <definitions>
      <definition name="Supported" displayName="$(string.Supported)"/>
    </definitions>
  </supportedOn>
  <categories>
    <category name="ConsentGuard" displayName="$(string.ConsentGuard)"/>
  </categories>
  <policies>
${policies.join('\n')}
  </policies>
</policyDefinitions>
`;
  const admlText = `<?xml version="1.0" encoding="utf-8"?>
<!-- Consent Guard policy for ${xmlEscape(b.name)}, English strings: generated by tools/admin-kit.js. -->
<policyDefinitionResources xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" xmlns="http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions">
  <displayName>Consent Guard (${xmlEscape(b.name)})</displayName>
  <description>Policies of the Consent Guard extension in ${xmlEscape(b.name)}.</description>
  <resources>
    <stringTable>
${Object.entries(strings).map(([k, v]) => `      <string id="${k}">${xmlEscape(v)}</string>`).join('\n')}
    </stringTable>
    <presentationTable>
${presentations.join('\n')}
    </presentationTable>
  </resources>
</policyDefinitionResources>
`;
  return { admx: admxText, adml: admlText };
}

// ------------------------------------------------------------------ docs/admin.md table

function typeText(s) {
  if (s.enum) return `${s.type}: ${s.enum.map((v) => `\`${v}\``).join(', ')}`;
  if (s.type === 'array') return s.items?.enum ? `array of: ${s.items.enum.map((v) => `\`${v}\``).join(', ')}` : `array of ${s.items?.type ?? 'any'}s`;
  if (s.type === 'object' && s.additionalProperties) return `object: provider id → ${typeText(s.additionalProperties)}`;
  return s.type;
}

function keyRows(props, prefix = '') {
  const rows = [];
  for (const [name, s] of Object.entries(props)) {
    const key = `${prefix}${name}`;
    const cell = (t) => String(t || '').replace(/\|/g, '\\|').replace(/\n/g, ' ');
    rows.push(`| \`${key}\` | ${cell(typeText(s))} | **${cell(s.title)}**. ${cell(s.description)} |`);
    if (s.properties) rows.push(...keyRows(s.properties, `${key}.`));
    if (s.items?.properties) rows.push(...keyRows(s.items.properties, `${key}[].`));
  }
  return rows;
}

function guideWithTable(guide, schema) {
  const start = guide.indexOf(BEGIN_TABLE);
  const end = guide.indexOf(END_TABLE);
  if (start < 0 || end < start) throw new InputError(`${GUIDE_FILE}: the markers ${BEGIN_TABLE} and ${END_TABLE} are missing`);
  const table = ['| key | type | what it does |', '| --- | --- | --- |', ...keyRows(schema.properties)].join('\n');
  return `${guide.slice(0, start + BEGIN_TABLE.length)}\n${table}\n${guide.slice(end)}`;
}

// ------------------------------------------------------------------ all files

/** Map of repository-relative path -> content. */
function generate() {
  const { schema, sample } = loadInputs();
  const files = {};
  for (const browser of ['chromium', 'chrome', 'edge']) files[`docs/admin/linux/${browser}/consent-guard.json`] = json(linuxPolicy(browser, sample));
  for (const browser of ['chrome', 'edge']) {
    const t = admx(browser, schema);
    files[`docs/admin/windows/${browser}/consent-guard-${browser}.admx`] = t.admx;
    files[`docs/admin/windows/${browser}/en-US/consent-guard-${browser}.adml`] = t.adml;
    files[`docs/admin/windows/${browser}/policy.reg`] = regPolicy(browser, sample, schema);
    files[`docs/admin/windows/${browser}/force-install.reg`] = regForceInstall(browser);
    files[`docs/admin/macos/${browser}.mobileconfig`] = mobileconfig(browser, sample);
  }
  files['docs/admin/firefox/policies.json'] = json(firefoxPolicies(sample));
  let guide;
  try {
    guide = fs.readFileSync(path.join(ROOT, GUIDE_FILE), 'utf8');
  } catch (e) {
    throw new InputError(`${GUIDE_FILE}: cannot read it (${e.code || e.message})`);
  }
  files[GUIDE_FILE] = guideWithTable(guide, schema);
  return files;
}

function main(argv) {
  const check = argv.includes('--check');
  const unknown = argv.filter((a) => a !== '--check');
  if (unknown.length) {
    console.error(`usage: node tools/admin-kit.js [--check]   (unknown: ${unknown.join(' ')})`);
    return 2;
  }
  let files;
  try {
    files = generate();
  } catch (e) {
    if (e instanceof InputError) {
      console.error(`admin-kit: ${e.message}`);
      return 1;
    }
    throw e;
  }
  const stale = [];
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(ROOT, rel);
    let now = null;
    try { now = fs.readFileSync(file, 'utf8'); } catch { /* missing */ }
    if (now === content) continue;
    if (check) stale.push(rel);
    else {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, content);
      console.log(`wrote ${rel}`);
    }
  }
  if (check && stale.length) {
    console.error(`admin-kit: these files differ from what the generator makes; run node tools/admin-kit.js:\n  ${stale.join('\n  ')}`);
    return 1;
  }
  if (check) console.log(`admin-kit: ${Object.keys(files).length} files match ${SCHEMA_FILE} and ${SAMPLE_FILE}`);
  return 0;
}

module.exports = {
  generate, schemaProblems, registryKind, extensionIdFromDer, stableUuid, policyKey,
  EXTENSION_ID, FIREFOX_ID, BROWSERS, CHROME_STORE_UPDATE_URL, EDGE_STORE_UPDATE_URL, SCHEMA_FILE, SAMPLE_FILE,
};

if (require.main === module) process.exitCode = main(process.argv.slice(2));

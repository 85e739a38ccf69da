'use strict';
// The engine module's cold start in Node, as the service worker pays it: compile and instantiate the
// module, hand it its data files (`loadData`), build an engine and give the first verdict. Each run is a
// fresh Node process; each phase is the thread's CPU time (`process.cpuUsage`, user + system).
//   node benches/cold-start.js [runs] [dist...]   (default 10 runs of dist/chrome)
// Several dists are run in turn, one process each, so a busy machine weighs on them alike; the medians
// are printed as a markdown table for BENCHMARKS.md.

const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

/** One cold start of `dist` (in this process): milliseconds of CPU a phase. */
async function once(dist) {
  const { pathToFileURL } = require('url');
  const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
  const read = (f) => fs.readFileSync(path.join(dist, f));
  const glue = await import(pathToFileURL(path.join(dist, 'pkg', 'consent_guard.js')).href);
  const wasm = read('pkg/consent_guard_bg.wasm');
  const ids = fs.readdirSync(path.join(dist, 'data', 'scopes')).filter((f) => f.endsWith('.json')).sort();
  const catalogs = `[${ids.map((f) => read(`data/scopes/${f}`).toString('utf8')).join(',')}]`;
  const suffixes = read('data/psl-private.txt').toString('utf8');
  const tablesFile = path.join(dist, 'data', 'text-tables.bin');
  // (A build from before the text tables were a file takes two arguments; a third is ignored.)
  const tables = fs.existsSync(tablesFile) ? new Uint8Array(fs.readFileSync(tablesFile)) : undefined;
  // (Likewise the wording, for a build from before it was a file.)
  const text = (f) => (fs.existsSync(path.join(dist, f)) ? read(f).toString('utf8') : undefined);
  const federation = text('data/federation.txt');
  const passwordAsks = text('data/password-asks.txt');
  const url = 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=x&response_type=code';
  const snapshot = JSON.stringify({
    url,
    topFrame: true,
    title: 'Sign in to your account',
    brand: [{ text: 'Microsoft', source: 'logo' }, { text: 'Sign in', source: 'heading' }],
    forms: [{ action: 'https://login.microsoftonline.com/common/login', method: 'post', text: 'Sign in Email, phone, or Skype' }],
    inputs: [{ kind: 'identifier', type: 'email', name: 'loginfmt', id: 'i0116', form: 0 }],
    buttons: ['Next', 'Back'],
    text: 'Sign in Email, phone, or Skype No account? Create one! Can’t access your account? Sign-in options Next',
    resourceHosts: ['aadcdn.msftauth.net'],
  });
  const context = JSON.stringify({ url, topFrame: true, policyRead: true });
  const t0 = cpu();
  await glue.default({ module_or_path: wasm });
  const t1 = cpu();
  glue.loadData(catalogs, suffixes, tables, federation, passwordAsks);
  const t2 = cpu();
  const verdict = JSON.parse(new glue.Engine('null', 'null').evaluate(snapshot, context));
  const t3 = cpu();
  if (verdict.level !== 'genuine') throw new Error(`the first verdict is ${verdict.level}: ${JSON.stringify(verdict.error ?? verdict.reasons)}`);
  return { instantiate: t1 - t0, loadData: t2 - t1, verdict: t3 - t2, total: t3 - t0 };
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

async function main() {
  if (process.argv[2] === '--once') {
    process.stdout.write(JSON.stringify(await once(process.argv[3])));
    return;
  }
  const runs = Number(process.argv[2]) || 10;
  const dists = process.argv.slice(3);
  if (dists.length === 0) dists.push(path.join(__dirname, '..', 'dist', 'chrome'));
  /** @type {Record<string, Array<Record<string, number>>>} */
  const results = Object.fromEntries(dists.map((d) => [d, []]));
  for (let i = 0; i < runs; i++) {
    for (const dist of dists) {
      results[dist].push(JSON.parse(execFileSync(process.execPath, [__filename, '--once', path.resolve(dist)], { encoding: 'utf8' })));
    }
  }
  console.log('| build | compile + instantiate | `loadData` | first verdict (engine built) | total |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const dist of dists) {
    const m = (k) => median(results[dist].map((r) => r[k])).toFixed(1);
    console.log(`| ${dist} | ${m('instantiate')} ms | ${m('loadData')} ms | ${m('verdict')} ms | ${m('total')} ms |`);
  }
}

main().catch((err) => { console.error(err); process.exit(1); });

'use strict';
// The detection corpus's confusion table, from the TAP log of a run of tests/e2e/corpus.test.js (as
// `./build.sh test` prints it, or `node --test tests/e2e/corpus.test.js > LOG`): rows by the first
// level a row expects, columns by the level the verdict had (each row's diagnostic, `# <level> [rules]`),
// and the rows whose verdict was not the expected one. `node benches/corpus-table.js LOG`.

const fs = require('fs');

const LEVELS = ['danger', 'caution', 'genuine', 'none'];

function table(log) {
  /** @type {{ name: string, expected: string, accepted: string[], todo: boolean, got: string | null }[]} */
  const rows = [];
  let last = null;
  const seen = new Set(); // a row's first run (the Firefox tier runs some rows again, without the diagnostic)
  for (const line of log.split('\n')) {
    const result = /^\s*(?:not )?ok \d+ - ([a-z0-9-]+\/[a-z0-9.-]+): .* → ([a-z ]+?)(?: # (TODO|SKIP).*)?$/.exec(line);
    if (result) {
      last = null;
      if (result[3] === 'SKIP' || seen.has(result[1])) continue;
      seen.add(result[1]);
      const accepted = result[2].split(' or ');
      last = { name: result[1], expected: accepted[0], accepted, todo: result[3] === 'TODO', got: null };
      rows.push(last);
      continue;
    }
    const diagnostic = /^\s*# (danger|caution|genuine|none) \[/.exec(line);
    if (diagnostic && last && last.got === null) last.got = diagnostic[1];
  }
  return rows;
}

function main() {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: node benches/corpus-table.js LOG');
    process.exit(2);
  }
  const rows = table(fs.readFileSync(file, 'utf8'));
  const out = ['| expected \\ got | danger | caution | genuine | none | no verdict in time |', '| --- | ---: | ---: | ---: | ---: | ---: |'];
  for (const expected of LEVELS) {
    const mine = rows.filter((r) => r.expected === expected);
    if (!mine.length) continue;
    const count = (got) => mine.filter((r) => r.got === got).length;
    const cells = [...LEVELS.map((l) => count(l)), count(null)];
    out.push(`| ${expected} (${mine.length}) | ${cells.join(' | ')} |`);
  }
  console.log(`${rows.length} rows\n`);
  console.log(out.join('\n'));
  const off = rows.filter((r) => !r.accepted.includes(r.got ?? ''));
  const accepted = rows.filter((r) => r.got !== r.expected && r.accepted.includes(r.got ?? ''));
  if (accepted.length) console.log(`\naccepted another level: ${accepted.map((r) => `${r.name} (${r.got})`).join(', ')}`);
  console.log(off.length ? `\nnot as expected:\n${off.map((r) => `- ${r.name}: ${r.got ?? 'no verdict'}${r.todo ? ' (known miss)' : ''}`).join('\n')}` : '\nevery row as expected');
}

if (require.main === module) main();

module.exports = { table };

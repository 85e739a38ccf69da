'use strict';
// The detection corpus: every tests/corpus/<group>.js exports `PAGES` (rows of the shape documented in
// tests/e2e/pages.js, each with a `group`) and `HOSTS` (host -> 'https' | 'bad' | 'http', the server that
// answers for it). The server answers for every host listed here; the corpus end-to-end test drives
// every row.

const fs = require('fs');
const path = require('path');

function load() {
  const groups = fs.readdirSync(__dirname)
    .filter((f) => f.endsWith('.js') && f !== 'index.js')
    .sort()
    .map((f) => ({ group: path.basename(f, '.js'), ...require(path.join(__dirname, f)) }));
  const pages = groups.flatMap((g) => (g.PAGES ?? []).map((p) => ({ group: g.group, ...p })));
  const hosts = Object.assign({}, ...groups.map((g) => g.HOSTS ?? {}));
  return { pages, hosts };
}

const { pages: CORPUS_PAGES, hosts: CORPUS_HOSTS } = load();

module.exports = { CORPUS_PAGES, CORPUS_HOSTS };

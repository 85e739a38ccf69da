'use strict';
// `./build.sh demo`: the sample pages (genuine, spoofed and ordinary, at their real hostnames) in
// Chromium with the built extension.
//   With a display ($DISPLAY): a browser window with one tab per page; close the window to stop.
//   Without one: headless, and target/demo/ gets a screenshot of each page and of its popup, plus
//   index.txt listing page, badge and verdict.

const fs = require('fs');
const path = require('path');
const { launchBrowser } = require('./e2e/harness');
const { PAGES } = require('./e2e/pages');

const OUT = path.resolve(__dirname, '..', 'target', 'demo');
const SYMBOL = { '✓': 'genuine', '!': 'danger', '?': 'caution', '': 'none' };

async function headed() {
  const b = await launchBrowser({ headed: true });
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => b.close().then(() => process.exit(0)));
  console.log('Consent Guard demo: one tab per sample page. Close the browser window to stop.');
  console.log('Pin Consent Guard from the extensions (puzzle) menu to see its badge in the toolbar.\n');
  const tabs = [];
  for (const p of PAGES) {
    const url = b.url(p.host, p.path);
    tabs.push(await b.open(url, { allowError: true }));
    console.log(`  ${p.expect.padEnd(8)} ${p.what}\n           ${url}`);
  }
  await tabs[0].bringToFront();
  await new Promise((resolve) => b.context.once('close', resolve));
  await b.close();
}

/** Waits until the worker has judged the page: a badge, or a stored "none" verdict for its URL. */
async function settle(b, page) {
  const deadline = Date.now() + 8000;
  while (Date.now() < deadline) {
    const [record, badge] = await Promise.all([b.tabRecord(page), b.badge(page)]);
    const judged = record?.verdict && record.url === page.url();
    if (badge.text || (judged && record.verdict.level === 'none')) return { record, badge };
    await new Promise((r) => setTimeout(r, 100));
  }
  return { record: await b.tabRecord(page), badge: await b.badge(page) };
}

async function headless() {
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });
  const b = await launchBrowser();
  const lines = [];
  try {
    for (const p of PAGES) {
      const url = b.url(p.host, p.path);
      const page = await b.open(url, { allowError: true });
      const { record, badge } = await settle(b, page);
      await page.screenshot({ path: path.join(OUT, `${p.name}.png`) });
      const popup = await b.popup(page);
      await popup.waitForFunction(() => document.getElementById('verdict')?.getAttribute('aria-busy') === 'false', null, { timeout: 5000 })
        .catch(() => {}); // the screenshot then shows the popup as it is
      await popup.screenshot({ path: path.join(OUT, `${p.name}-popup.png`), fullPage: true });
      const got = SYMBOL[badge.text] ?? badge.text;
      const summary = record?.verdict?.summary || badge.title;
      lines.push(`${p.name.padEnd(24)} ${JSON.stringify(badge.text).padEnd(5)} ${got.padEnd(8)} ` +
        `(expected ${p.expect.padEnd(7)}) ${summary}\n${' '.repeat(25)}${url}`);
      console.log(`${got === p.expect ? 'ok  ' : 'DIFF'} ${p.name}: ${badge.text || '(none)'} ${summary}`);
      await Promise.all([page.close(), popup.close()]);
    }
  } finally {
    await b.close();
  }
  fs.writeFileSync(path.join(OUT, 'index.txt'),
    `Consent Guard demo: page, badge, verdict (screenshots: <page>.png and <page>-popup.png)\n\n${lines.join('\n')}\n`);
  console.log(`\nScreenshots and index.txt in ${path.relative(process.cwd(), OUT)}/`);
}

(process.env.DISPLAY ? headed() : headless()).catch((e) => {
  console.error(e.message);
  process.exit(1);
});

'use strict';
// `./build.sh demo`: the sample pages (genuine, spoofed and ordinary, at their real hostnames) in
// Chromium with the built extension.
//   With a display ($DISPLAY): a browser window with one tab per page; close the window to stop.
//   Without one: headless, and target/demo/ gets a screenshot of each page and of its popup, plus
//   index.txt listing page, badge and verdict; docs/images/ gets the README's screenshots (the
//   warning page (light, dark, German), the popup's verdict and request views, the authorizations panel), made small
//   with pngquant when it is installed.

const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const { launchBrowser, EXTENSION_ID } = require('./e2e/harness');
const { PAGES } = require('./e2e/pages');
const { summaryText } = require('./e2e/locale');

const OUT = path.resolve(__dirname, '..', 'target', 'demo');
const IMAGES = path.resolve(__dirname, '..', 'docs', 'images');
const IMAGE_LIMIT = 150 * 1024;
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
      const summary = record?.verdict?.summary?.key ? summaryText(record.verdict) : badge.title;
      lines.push(`${p.name.padEnd(24)} ${JSON.stringify(badge.text).padEnd(5)} ${got.padEnd(8)} ` +
        `(expected ${p.expect.padEnd(7)}) ${summary}\n${' '.repeat(25)}${url}`);
      console.log(`${got === p.expect ? 'ok  ' : 'DIFF'} ${p.name}: ${badge.text || '(none)'} ${summary}`);
      await Promise.all([page.close(), popup.close()]);
    }
  } finally {
    await b.close();
  }
  await readmeImages();
  fs.writeFileSync(path.join(OUT, 'index.txt'),
    `Consent Guard demo: page, badge, verdict (screenshots: <page>.png and <page>-popup.png)\n\n${lines.join('\n')}\n`);
  console.log(`\nScreenshots and index.txt in ${path.relative(process.cwd(), OUT)}/`);
}

/** Writes `docs/images/<name>.png` from a page (palette-reduced by pngquant when present); returns its size. */
async function image(view, name, options = {}) {
  fs.mkdirSync(IMAGES, { recursive: true });
  const file = path.join(IMAGES, `${name}.png`);
  await view.screenshot({ path: file, ...options });
  try {
    execFileSync('pngquant', ['--force', '--skip-if-larger', '--strip', '--quality=70-95', '--output', file, file], { stdio: 'ignore' });
  } catch (e) {
    if (e.code !== 'ENOENT' && e.status !== 98 && e.status !== 99) throw e; // 98/99: kept as it was (no gain, or the quality)
  }
  const size = fs.statSync(file).size;
  console.log(`${size > IMAGE_LIMIT ? 'BIG ' : 'ok  '} docs/images/${name}.png: ${Math.round(size / 1024)} KB`);
  return size;
}

/** The popup about `tab`, at the popup's width. */
async function popupFor(b, tab) {
  const view = await b.context.newPage();
  await view.setViewportSize({ width: 380, height: 600 });
  await view.goto(`chrome-extension://${EXTENSION_ID}/pages/popup/popup.html?tabId=${await b.tabId(tab)}`);
  await view.waitForFunction(() => document.getElementById('verdict')?.getAttribute('aria-busy') === 'false');
  return view;
}

/** The README's screenshots: what a person sees on a spoof, on a genuine approval page, and their authorizations. */
async function readmeImages() {
  const b = await launchBrowser();
  try {
    const byName = (name) => PAGES.find((p) => p.name === name);
    const spoof = byName('ado-subdomain-trick');
    const genuine = byName('ado-approval');

    const danger = await b.open(b.url(spoof.host, spoof.path));
    await b.warning(danger, 10_000); // the tab is sent to the extension's own warning page
    await danger.setViewportSize({ width: 900, height: 640 });
    await image(danger, 'warning');
    await danger.emulateMedia({ colorScheme: 'dark' });
    await image(danger, 'warning-dark');
    await danger.emulateMedia({ colorScheme: 'light' });
    const verdict = await popupFor(b, danger);
    await verdict.waitForSelector('.findings li');
    await image(verdict, 'popup-verdict', { fullPage: true });

    const approval = await b.open(b.url(genuine.host, genuine.path));
    await b.waitForBadge(approval, '✓');
    const request = await popupFor(b, approval);
    await request.waitForSelector('#request .request');
    await image(request, 'popup-request', { fullPage: true });

    const signIn = await b.open(b.url('app.vssps.visualstudio.com', '/_signin'));
    await signIn.close();
    const grants = await popupFor(b, approval);
    await grants.click('#tab-grants');
    await grants.waitForFunction(() => document.querySelector('section[aria-labelledby="grants-azure-devops"] li.grant'), null, { timeout: 15_000 });
    await grants.setViewportSize({ width: 380, height: 760 }); // the top of the list: the riskiest first
    await image(grants, 'authorizations');
  } finally {
    await b.close();
  }
  // The warning page in a second language.
  const de = await launchBrowser({ lang: 'de' });
  try {
    const spoof = PAGES.find((p) => p.name === 'ado-subdomain-trick');
    const danger = await de.open(de.url(spoof.host, spoof.path));
    await de.warning(danger, 10_000);
    await danger.setViewportSize({ width: 900, height: 640 });
    await image(danger, 'warning-de');
  } finally {
    await de.close();
  }
}

(process.env.DISPLAY ? headed() : headless()).catch((e) => {
  console.error(e.message);
  process.exit(1);
});

// Usage: node check-html.mjs <page.html> <screenshot-prefix> [chromium path]
// Opens the page in headless chromium (a fresh profile, no network services) at a phone width (375x667) and a
// desktop width (1280x800): saves a full-page screenshot at each (<prefix>-<width>.png) and one of the first screen
// (<prefix>-<width>-fold.png), measures the boxes the
// layout check needs (the grade-in-context block, its overall grade, every table, the page's own width), then
// emulates print and measures again. Collects console and page errors, runs axe-core, and prints one JSON object.
import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [page, screenshotPrefix, executable = '/usr/bin/chromium'] = process.argv.slice(2);
if (!page || !screenshotPrefix) {
  console.error('usage: node check-html.mjs <page.html> <screenshot-prefix> [chromium path]');
  process.exit(2);
}
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const profile = mkdtempSync(join(tmpdir(), 'publishing-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: executable,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

// Boxes in CSS pixels relative to the top of the document.
const measure = () => {
  const box = el => {
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { top: r.top + window.scrollY, bottom: r.bottom + window.scrollY, left: r.left, right: r.right, width: r.width,
      scrollWidth: el.scrollWidth, clientWidth: el.clientWidth };
  };
  const first = document.querySelector('main > article > *');
  return {
    viewport: { width: window.innerWidth, height: window.innerHeight },
    document: { scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth },
    firstElement: first ? first.tagName.toLowerCase() : null,
    gradeBlock: box(document.querySelector('.grade-in-context')),
    overallGrade: box(document.querySelector('.grade-in-context .overall')),
    h1: box(document.querySelector('h1')),
    tables: [...document.querySelectorAll('table')].map(box),
    linkAddressPrinted: (() => {
      const a = document.querySelector('a[href]');
      return a ? getComputedStyle(a, '::after').content : null;
    })(),
  };
};

try {
  const tab = context.pages()[0] ?? await context.newPage();
  const consoleErrors = [];
  tab.on('console', m => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  tab.on('pageerror', e => consoleErrors.push(String(e)));
  const layouts = [];
  for (const [width, height] of [[375, 667], [1280, 800]]) {
    await tab.setViewportSize({ width, height });
    await tab.goto(pathToFileURL(resolve(page)).href, { waitUntil: 'load' });
    const screenshot = resolve(`${screenshotPrefix}-${width}.png`);
    await tab.screenshot({ path: screenshot, fullPage: true });
    await tab.screenshot({ path: resolve(`${screenshotPrefix}-${width}-fold.png`) });
    layouts.push({ ...(await tab.evaluate(measure)), screenshot });
  }
  await tab.emulateMedia({ media: 'print' });
  const print = await tab.evaluate(measure);
  await tab.emulateMedia({ media: 'screen' });
  // axe is injected after the screenshots so the page is checked as rendered, with no script of its own.
  await tab.addScriptTag({ content: axeSource });
  const results = await tab.evaluate(async () => await window.axe.run(document, { resultTypes: ['violations'] }));
  const violations = results.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length }));
  console.log(JSON.stringify({ page: resolve(page), layouts, print, consoleErrors, violations }));
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}

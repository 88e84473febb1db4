// Usage: node check-html.mjs <page.html> <screenshot.png> [chromium path]
// Opens the page in headless chromium (a fresh profile, no network services), saves a full-page screenshot,
// collects console errors and page errors, runs axe-core, and prints one JSON object on stdout.
import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [page, screenshot, executable = '/usr/bin/chromium'] = process.argv.slice(2);
if (!page || !screenshot) {
  console.error('usage: node check-html.mjs <page.html> <screenshot.png> [chromium path]');
  process.exit(2);
}
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const profile = mkdtempSync(join(tmpdir(), 'publishing-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: executable,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const tab = context.pages()[0] ?? await context.newPage();
  const consoleErrors = [];
  tab.on('console', m => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  tab.on('pageerror', e => consoleErrors.push(String(e)));
  await tab.goto(pathToFileURL(resolve(page)).href, { waitUntil: 'load' });
  await tab.screenshot({ path: screenshot, fullPage: true });
  // axe is injected after the screenshot so the page is checked as rendered, with no script of its own.
  await tab.addScriptTag({ content: axeSource });
  const results = await tab.evaluate(async () => await window.axe.run(document, { resultTypes: ['violations'] }));
  const violations = results.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length }));
  console.log(JSON.stringify({ page: resolve(page), screenshot: resolve(screenshot), consoleErrors, violations }));
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}

#!/usr/bin/env node
// Screenshots of pages at phone and desktop widths, light and dark, for a visual check.
//   node scripts/screenshots.mjs BASE_URL OUT_DIR [path ...]
// e.g. node scripts/screenshots.mjs http://127.0.0.1:4321/python-backend-roadmap/ /tmp/shots '' comparison/
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.mjs';

const [baseUrl, outDir = 'screenshots', ...paths] = process.argv.slice(2);
if (!baseUrl) {
  console.error('usage: node scripts/screenshots.mjs BASE_URL [OUT_DIR] [path ...]');
  process.exit(2);
}
const pages = paths.length > 0 ? paths : ['', 'intermediate/asynchronous-programming/', 'comparison/'];
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch(chromiumLaunchOptions());
for (const scheme of ['light', 'dark']) {
  for (const width of [375, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
    for (const path of pages) {
      await page.goto(new URL(path, baseUrl).href);
      const name = `${(path || 'home').replaceAll('/', '_').replace(/_$/, '')}-${width}-${scheme}.png`;
      await page.screenshot({ path: `${outDir}/${name}`, fullPage: process.env.FULL === '1' });
      console.log(`${outDir}/${name}`);
    }
    await page.close();
  }
}
await browser.close();

// The in-browser Python (issue 22): transfer size of the runtime, and time from pressing Run to
// the first output, cold (new browser profile: nothing cached), warm (page reloaded: runtime in
// Cache Storage and the HTTP cache) and a second run on the same page. Median of N (default 5).
// Usage: npm run build:test && node scripts/bench-python.mjs [runs]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { median, serveStatic } from './bench-server.mjs';
import { chromiumLaunchOptions } from './chromium.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const BASE = '/python-backend-roadmap/';
const VERSION = JSON.parse(readFileSync(join(ROOT, 'node_modules/pyodide/package.json'), 'utf8')).version;
const FILES = ['pyodide.mjs', 'pyodide.asm.mjs', 'pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide-lock.json'];
const runs = Number(process.argv[2] ?? 5);

let raw = 0;
let gz = 0;
for (const f of FILES) {
  const body = readFileSync(join(ROOT, 'dist/python', VERSION, f));
  raw += body.length;
  gz += gzipSync(body, { level: 6 }).length;
}
console.log(`runtime ${VERSION}: ${(raw / 1e6).toFixed(2)} MB raw, ${(gz / 1e6).toFixed(2)} MB gzip`);

const { chromium } = await import('@playwright/test');
const { origin, stop } = await serveStatic([{ prefix: BASE, dir: join(ROOT, 'dist') }]);
const browser = await chromium.launch(chromiumLaunchOptions());
const url = `${origin}${BASE}intermediate/asynchronous-programming/`;

async function clickToOutput(page) {
  const figure = page.locator('figure[data-python="run"]').first();
  await figure.scrollIntoViewIfNeeded();
  const run = figure.getByRole('button', { name: 'Run' });
  await run.waitFor();
  const t0 = Date.now();
  await run.click();
  await figure.locator('.run-text').filter({ hasText: /\S/ }).waitFor({ timeout: 120_000 });
  const ms = Date.now() - t0;
  await run.waitFor({ timeout: 60_000 });
  return ms;
}

const cold = [];
const warm = [];
const second = [];
try {
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(url);
    cold.push(await clickToOutput(page));
    second.push(await clickToOutput(page));
    await page.reload();
    warm.push(await clickToOutput(page));
    await context.close();
    console.log(`run ${i + 1}: cold ${cold.at(-1)} ms, second ${second.at(-1)} ms, warm ${warm.at(-1)} ms`);
  }
} finally {
  await browser.close();
  await stop();
}
console.log(
  `median of ${runs}: cold ${median(cold)} ms, warm ${median(warm)} ms, second run on the page ${median(second)} ms`,
);

#!/usr/bin/env node
// Benchmarks (not part of `npm test`): prints build times, per-page weights, first-search cost and,
// when Lighthouse can run, mobile Lighthouse scores. Results feed docs/performance.md.
//
//   npm run bench                    # everything, 3 cold builds per size
//   npm run bench -- --runs 5        # more runs for steadier medians
//   npm run bench -- --only weights,search   # any of: build,scale,weights,search,lighthouse,navigation,python
//   npm run bench -- --only lighthouse --baseline-dist DIR   # reuse a built Starlight baseline
//
// `lighthouse` compares our home and longest topic page with the Starlight baseline of the same
// roadmap (/work/shared/baseline, built once and cached under the OS temp dir) and a one-paragraph
// page (scripts/bench-lighthouse.mjs); `navigation` times click → next page's LCP with and without
// our speculation rules (scripts/bench-navigation.mjs); `python` times Run → first output of the
// in-browser Python, cold, warm and again on the same page (scripts/bench-python.mjs). These use
// a scratch build of the site.
//
// Machines here are shared and noisy: compare medians taken in one sitting.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { benchLighthouse, median } from './bench-lighthouse.mjs';
import { benchNavigation } from './bench-navigation.mjs';
import { benchPython } from './bench-python.mjs';
import { chromiumLaunchOptions } from './chromium.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const BASE = '/python-backend-roadmap/';
const { values } = parseArgs({
  options: {
    runs: { type: 'string' }, // default 3 (5 for navigation and python)
    only: { type: 'string', default: 'build,scale,weights,search,lighthouse,navigation,python' },
    'baseline-dist': { type: 'string' },
  },
});
const runs = Number(values.runs ?? 3);
const only = new Set(values.only.split(','));
const chromium = chromiumLaunchOptions().executablePath;
const kib = (bytes) => (bytes / 1024).toFixed(1);
const astro = join(ROOT, 'node_modules/.bin/astro');
const buildArgs = ['build', '--site', 'https://example.github.io', '--base', BASE];

/** A throwaway copy of the project (sources and content; node_modules linked) for synthetic builds. */
function scratchCopy(extraTopics) {
  const dir = mkdtempSync(join(tmpdir(), 'roadmap-bench-'));
  for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content', 'public']) {
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  if (extraTopics > 0) {
    execFileSync(process.execPath, [
      join(ROOT, 'scripts/gen-topics.mjs'),
      '--out',
      join(dir, 'content/topics'),
      '--n',
      String(extraTopics),
    ]);
  }
  return dir;
}

/** Median wall time of `runs` cold builds (caches removed before each, outside the timing). */
function timeBuilds(dir, label) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    for (const cache of ['dist', '.astro', 'node_modules/.astro'])
      rmSync(join(dir, cache), { recursive: true, force: true });
    const start = performance.now();
    execFileSync(astro, buildArgs, { cwd: dir, stdio: 'ignore' });
    times.push((performance.now() - start) / 1000);
  }
  const pages = readdirSync(join(dir, 'dist'), { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
  console.log(
    `${label.padEnd(28)} ${pages.toString().padStart(5)} pages  median ${median(times).toFixed(2)} s  (runs: ${times.map((t) => t.toFixed(2)).join(', ')})`,
  );
  return { pages, seconds: median(times) };
}

function benchBuilds() {
  console.log('\n## Cold build time (astro build, including the link check and Pagefind index)');
  timeBuilds(ROOT, 'real site (22 topics)');
}

function benchScale() {
  console.log('\n## Scale: synthetic topics (scripts/gen-topics.mjs)');
  const results = [];
  for (const total of [1000, 3000]) {
    const dir = scratchCopy(total - 22);
    try {
      results.push(timeBuilds(dir, `${total} topics`));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const [a, b] = results;
  console.log(
    `per extra page from 1,000 to 3,000 topics: ${(((b.seconds - a.seconds) / (b.pages - a.pages)) * 1000).toFixed(1)} ms`,
  );
}

const gz = (file) => gzipSync(readFileSync(file), { level: 6 }).length;

/** HTML, CSS and start-up JS (following static imports) per built page, gzip as GitHub Pages serves it. */
function benchWeights() {
  console.log(
    '\n## Per-page weight at load, gzip (KiB); css is inline <style> plus linked sheets (html includes inline css); logos are images',
  );
  const dist = join(ROOT, 'dist');
  if (!existsSync(dist)) execFileSync(astro, buildArgs, { cwd: ROOT, stdio: 'ignore' });
  const local = (url) => join(dist, url.replace(BASE, ''));
  const jsClosure = (file, seen) => {
    if (seen.has(file)) return;
    seen.add(file);
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(/(?:^|[;\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
      jsClosure(join(file, '..', m[1]), seen);
    }
  };
  console.log(
    `${'page'.padEnd(52)} ${'html'.padStart(6)} ${'css'.padStart(6)} ${'js'.padStart(6)} ${'logos'.padStart(6)} ${'total'.padStart(6)}`,
  );
  const totals = [];
  for (const file of readdirSync(dist, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.html'))
    .sort()) {
    const html = readFileSync(join(dist, file), 'utf8');
    const linked = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].reduce(
      (t, m) => t + gz(local(m[1])),
      0,
    );
    const inline = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
    const css = linked + (inline ? gzipSync(inline, { level: 6 }).length : 0);
    const js = new Set();
    for (const m of html.matchAll(/<script type="module" src="([^"]+)"/g)) jsClosure(local(m[1]), js);
    const jsBytes = [...js].reduce((t, f) => t + gz(f), 0);
    const logos = [...new Set([...html.matchAll(/<img src="([^"]+\.svg)"/g)].map((m) => m[1]))].reduce(
      (t, u) => t + gz(local(u)),
      0,
    );
    const htmlBytes = gz(join(dist, file));
    // Inline CSS is already inside the HTML's bytes: only linked sheets add to the total.
    const total = htmlBytes + linked + jsBytes + logos;
    totals.push(total);
    console.log(
      `${`/${file.replace(/index\.html$/, '')}`.padEnd(52)} ${kib(htmlBytes).padStart(6)} ${kib(css).padStart(6)} ${kib(jsBytes).padStart(6)} ${kib(logos).padStart(6)} ${kib(total).padStart(6)}`,
    );
  }
  console.log(`median page total: ${kib(median(totals))} KiB, max ${kib(Math.max(...totals))} KiB`);
}

/** Starts `astro preview` for the built site and resolves with its base URL. */
async function preview(port) {
  const server = spawn(
    astro,
    ['preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port), '--base', BASE],
    { cwd: ROOT, stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}${BASE}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return { url, stop: () => server.kill() };
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill();
  throw new Error('astro preview did not start');
}

async function benchSearch() {
  console.log('\n## First search: bytes fetched after intent, and last keystroke → first result');
  const { chromium: pw } = await import('@playwright/test');
  const server = await preview(4411);
  const browser = await pw.launch(chromiumLaunchOptions());
  try {
    const samples = [];
    const coldSamples = [];
    let bytes = 0;
    let files = [];
    for (let i = 0; i < 6; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(server.url, { waitUntil: 'networkidle' });
      const fetched = [];
      page.on('requestfinished', (r) => fetched.push(new URL(r.url()).pathname));
      await page.keyboard.press('/');
      await page.evaluate(() => {
        const input = document.querySelector('#search-dialog-input');
        const results = document.querySelector('.search-dialog');
        window.__lastKey = 0;
        input.addEventListener('input', () => {
          window.__lastKey = performance.now();
        });
        new MutationObserver(() => {
          const status = document.querySelector('.search-dialog .search-status')?.textContent ?? '';
          if (!window.__first && status.includes('“asyncio”') && document.querySelector('.search-dialog .hit-link'))
            window.__first = performance.now();
        }).observe(results, { childList: true, subtree: true });
      });
      // Odd runs type the word at once right after opening (cold: UI, Pagefind and index load
      // after the keystroke); even runs type it letter by letter (warm by the last letter).
      if (i % 2) await page.keyboard.insertText('asyncio');
      else await page.keyboard.type('asyncio', { delay: 30 });
      await page.waitForFunction(() => window.__first > 0);
      await page.waitForLoadState('networkidle');
      (i % 2 ? coldSamples : samples).push(await page.evaluate(() => window.__first - window.__lastKey));
      files = [...new Set(fetched)];
      bytes = files.reduce(
        (t, p) =>
          t +
          (p.includes('/pagefind/') && !/\.(js|css)$/.test(p)
            ? readFileSync(join(ROOT, 'dist', p.replace(BASE, ''))).length
            : gz(join(ROOT, 'dist', p.replace(BASE, '')))),
        0,
      );
      await context.close();
    }
    for (const f of files) console.log(`  ${f}`);
    console.log(
      `first search "asyncio": ${kib(bytes)} KiB over ${files.length} requests (Pagefind index files are served pre-compressed; JS/CSS at gzip -6)`,
    );
    const show = (xs) => `median ${median(xs).toFixed(0)} ms (samples: ${xs.map((x) => x.toFixed(0)).join(', ')} ms)`;
    console.log(`typed letter by letter, last keystroke → results for the whole word: ${show(samples)}`);
    console.log(`typed at once on opening (cold: UI, Pagefind and index load first): ${show(coldSamples)}`);
  } finally {
    await browser.close();
    server.stop();
  }
}

console.log(`node ${process.version}, ${new Date().toISOString()}, runs per build size: ${runs}`);
if (only.has('build')) benchBuilds();
if (only.has('scale')) benchScale();
if (only.has('build') || only.has('weights') || only.has('search')) {
  execFileSync(astro, buildArgs, { cwd: ROOT, stdio: 'ignore' });
}
if (only.has('weights')) benchWeights();
if (only.has('search')) await benchSearch();
if (only.has('lighthouse') || only.has('navigation') || only.has('python')) {
  // A scratch build, so browser tests running on dist/ meanwhile are left alone.
  const out = mkdtempSync(join(tmpdir(), 'roadmap-bench-site-'));
  try {
    execFileSync(astro, [...buildArgs, '--outDir', out], { cwd: ROOT, stdio: 'ignore' });
    const site = { root: ROOT, dist: out, base: BASE, runs };
    if (only.has('lighthouse')) await benchLighthouse({ ...site, chromium, baseline: values['baseline-dist'] });
    if (only.has('navigation')) await benchNavigation({ ...site, runs: Number(values.runs ?? 5) });
    if (only.has('python')) await benchPython({ dist: out, runs: Number(values.runs ?? 5) });
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

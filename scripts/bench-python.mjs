// The in-browser Python (issue 22), in Chromium: the runtime's transfer size, and the time from
// pressing Run to the first output shown, for a reader whose service worker is installed:
//   cold   - the runtime was never fetched (a new browser profile),
//   second - Run again on the same page (the Python is already running),
//   warm   - a fresh page of the same profile (the runtime is cached; a new worker starts it).
// Each is also given in CPU seconds used by the browser's processes (Linux /proc), because this
// machine is shared and the wall time mostly says how busy it was. Median of `runs` (default 5).
// `npm run bench -- --only python` (after `npm run build:test`), or on its own:
//   node scripts/bench-python.mjs [--runs 5] [--dist dist]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { median, serveStatic } from './bench-server.mjs';
import { chromiumLaunchOptions } from './chromium.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const BASE = '/python-backend-roadmap/';
const LESSON = 'basic/learn-python-basics/';
const FILES = ['pyodide.mjs', 'pyodide.asm.mjs', 'pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide-lock.json'];

/** CPU seconds (user + system) used so far by the live processes below this one (the browser). */
function browserCpuSeconds() {
  if (!existsSync('/proc/self/stat')) return Number.NaN;
  const children = new Map();
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const parent = Number(fields[1]);
      const list = children.get(parent) ?? [];
      list.push({ pid: Number(pid), ticks: Number(fields[11]) + Number(fields[12]) });
      children.set(parent, list);
    } catch {
      // The process ended while being read.
    }
  }
  const sum = (pid) => (children.get(pid) ?? []).reduce((total, c) => total + c.ticks + sum(c.pid), 0);
  return sum(process.pid) / 100;
}

export async function benchPython({ runs = 5, dist = join(ROOT, 'dist') } = {}) {
  const version = JSON.parse(readFileSync(join(ROOT, 'node_modules/pyodide/package.json'), 'utf8')).version;
  let raw = 0;
  let gz = 0;
  for (const f of FILES) {
    const body = readFileSync(join(dist, 'python', version, f));
    raw += body.length;
    gz += gzipSync(body, { level: 6 }).length;
  }
  console.log('\n## In-browser Python: Run → first output (Chromium)');
  console.log(`runtime ${version}: ${(raw / 1e6).toFixed(2)} MB raw, ${(gz / 1e6).toFixed(2)} MB gzip`);

  const { chromium } = await import('@playwright/test');
  const { origin, stop } = await serveStatic([{ prefix: BASE, dir: dist }]);
  const browser = await chromium.launch(chromiumLaunchOptions());
  const url = `${origin}${BASE}${LESSON}`;

  /** Opens the lesson as a returning reader would: the service worker installed and in control. */
  async function openLesson(context) {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 120_000 });
    return page;
  }

  /** Presses Run on the lesson's first runnable block; ms and CPU seconds until output shows. */
  async function clickToOutput(page) {
    const figure = page.locator('figure[data-python="run"]').first();
    await figure.scrollIntoViewIfNeeded();
    const run = figure.getByRole('button', { name: 'Run' });
    await run.waitFor();
    await figure
      .locator('.run-text')
      .evaluate((el) => el.replaceChildren())
      .catch(() => undefined);
    // Timed in the page, from the press to the mutation that shows the first output: Playwright's
    // own polling would add up to half a second of its own latency to each figure.
    await figure.evaluate((fig) => {
      const times = {};
      window.__benchRun = times;
      fig.addEventListener('pointerdown', () => (times.pressed = performance.now()), { capture: true, once: true });
      const observer = new MutationObserver(() => {
        const text = fig.querySelector('.run-text')?.textContent ?? '';
        if (/\S/.test(text)) {
          times.shown = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(fig, { childList: true, subtree: true, characterData: true });
    });
    const cpu = browserCpuSeconds();
    await run.click();
    await figure.locator('.run-text').filter({ hasText: /\S/ }).waitFor({ timeout: 180_000 });
    const inPage = await page.evaluate(() => window.__benchRun.shown - window.__benchRun.pressed);
    const result = { ms: Math.round(inPage), cpu: browserCpuSeconds() - cpu };
    await run.waitFor({ timeout: 60_000 });
    return result;
  }

  const results = { cold: [], second: [], warm: [] };
  const loads = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ serviceWorkers: 'allow' });
      const first = await openLesson(context);
      loads.push(loadavg()[0]);
      results.cold.push(await clickToOutput(first));
      results.second.push(await clickToOutput(first));
      await first.close();
      const fresh = await openLesson(context);
      results.warm.push(await clickToOutput(fresh));
      await context.close();
      const line = Object.entries(results)
        .map(([k, v]) => `${k} ${v.at(-1).ms} ms (${v.at(-1).cpu.toFixed(1)} CPU s)`)
        .join(', ');
      console.log(`run ${i + 1}: ${line}; load average ${loads.at(-1).toFixed(1)}`);
    }
  } finally {
    await browser.close();
    await stop();
  }
  const summary = Object.fromEntries(
    Object.entries(results).map(([k, v]) => [
      k,
      { ms: median(v.map((r) => r.ms)), cpu: Number(median(v.map((r) => r.cpu)).toFixed(2)) },
    ]),
  );
  console.log(
    `median of ${runs}: ${Object.entries(summary)
      .map(([k, v]) => `${k} ${v.ms} ms (${v.cpu} CPU s)`)
      .join(', ')}; load average ${median(loads).toFixed(1)}`,
  );
  return { raw, gz, ...summary };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { runs: { type: 'string' }, dist: { type: 'string' } } });
  await benchPython({ runs: Number(values.runs ?? 5), ...(values.dist ? { dist: resolve(values.dist) } : {}) });
}

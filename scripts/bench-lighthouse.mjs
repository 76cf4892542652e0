// Lighthouse side by side (used by scripts/bench.mjs): our site, the Starlight baseline of the same
// roadmap (/work/shared/baseline) and a trivial one-paragraph page, all served by the small static
// server in bench-server.mjs, so every site gets the same gzip, content types and redirects.
import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve as resolvePath, sep } from 'node:path';
import { promisify } from 'node:util';

import { h1, htmlFiles, longestTopic, median, serveStatic } from './bench-server.mjs';

export { longestTopic, median, serveStatic };

const run = promisify(execFile);

/** The same topic in the baseline: the same path, else the page whose slug and title share the most words. */
function baselineTopic(dist, topic) {
  if (existsSync(join(dist, topic.path, 'index.html'))) return topic.path;
  const words = (s) =>
    new Set(
      s
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter((w) => w.length > 2 && w !== 'and'),
    );
  const ours = words(`${topic.path} ${topic.title}`);
  const score = (f) => [...words(`${f} ${h1(join(dist, f))}`)].filter((w) => ours.has(w)).length;
  const best = htmlFiles(dist).sort((a, b) => score(b) - score(a))[0];
  return best
    .replace(/index\.html$/, '')
    .split(sep)
    .join('/');
}

/**
 * The Starlight baseline built from /work/shared/baseline/starlight-seed (or ../shared/baseline next
 * to the project): cached under os.tmpdir() by a hash of the seed's files, so repeated benches reuse it.
 */
function baselineDist(root) {
  const seed = [
    process.env.BASELINE_SEED,
    join(root, '../shared/baseline/starlight-seed'),
    '/work/shared/baseline/starlight-seed',
  ]
    .filter(Boolean)
    .find((d) => existsSync(join(d, 'package.json')));
  if (!seed) throw new Error('no baseline seed found (set BASELINE_SEED or pass --baseline-dist)');
  const hash = createHash('sha256');
  for (const f of readdirSync(seed, { recursive: true }).map(String).sort()) {
    if (f.startsWith('node_modules') || f.startsWith('dist') || f.startsWith('.astro')) continue;
    const p = join(seed, f);
    if (statSync(p).isFile()) hash.update(f).update(readFileSync(p));
  }
  const cache = join(tmpdir(), `roadmap-bench-baseline-${hash.digest('hex').slice(0, 12)}`);
  const dist = join(cache, 'dist');
  if (existsSync(join(dist, 'index.html'))) {
    console.log(`baseline: cached build ${dist}`);
    return dist;
  }
  console.log(`baseline: building ${seed} (npm ci, npm run build; cached in ${cache})`);
  const work = mkdtempSync(join(tmpdir(), 'roadmap-bench-baseline-build-'));
  try {
    cpSync(seed, work, { recursive: true, filter: (src) => !/[/\\](node_modules|dist|\.astro)$/.test(src) });
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: work, stdio: 'ignore' });
    execFileSync('npm', ['run', 'build'], { cwd: work, stdio: 'ignore' });
    rmSync(cache, { recursive: true, force: true });
    mkdirSync(cache, { recursive: true });
    renameSync(join(work, 'dist'), dist);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return dist;
}

/** A doctype, a title and one ~60-word paragraph: no CSS, no JS. The floor to compare with. */
function trivialSite() {
  const dir = mkdtempSync(join(tmpdir(), 'roadmap-bench-trivial-'));
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="A trivial page for benchmarks."><link rel="icon" href="data:,"><title>Trivial page</title></head>
<body><p>Asynchronous programming lets one Python process keep many network conversations going at
once. While one request waits for a database or a remote API, the event loop runs other coroutines
instead of sitting idle. This page exists only as a floor for benchmarks: a single paragraph of
text, no styles, no scripts, no images, served the same way as the two roadmap sites.</p></body>
</html>
`,
  );
  return dir;
}

const SUBPARTS = [
  ['timeToFirstByte', 'TTFB'],
  ['resourceLoadDelay', 'load delay'],
  ['resourceLoadDuration', 'load duration'],
  ['elementRenderDelay', 'render delay'],
];

/** LCP element and subparts from Lighthouse 13's `lcp-breakdown-insight` (a list of a table and a node). */
function lcpBreakdown(report) {
  const items = report.audits['lcp-breakdown-insight']?.details?.items ?? [];
  const table = items.find((i) => i.type === 'table')?.items ?? [];
  const node = items.find((i) => i.type === 'node');
  const subparts = Object.fromEntries(table.map((row) => [row.subpart, row.duration]));
  const label = (node?.nodeLabel ?? '').replace(/\s+/g, ' ');
  const element = node
    ? `${node.snippet ?? ''} ${node.selector ?? ''} "${label.length > 50 ? `${label.slice(0, 50)}…` : label}"`
    : 'n/a';
  return { subparts, element };
}

async function lighthouse(url, chromium) {
  const { stdout } = await run(
    'npx',
    [
      '--yes',
      'lighthouse@13',
      url,
      '--output=json',
      '--quiet',
      '--chrome-flags=--headless=new --no-sandbox --disable-background-networking --disable-component-update --disable-sync --no-first-run',
    ],
    { env: { ...process.env, CHROME_PATH: chromium }, maxBuffer: 64 * 1024 * 1024 },
  );
  const report = JSON.parse(stdout);
  return {
    lcp: report.audits['largest-contentful-paint'].numericValue,
    fcp: report.audits['first-contentful-paint'].numericValue,
    transfer: report.audits['total-byte-weight'].numericValue,
    scores: Object.fromEntries(Object.values(report.categories).map((c) => [c.title, Math.round(c.score * 100)])),
    // Weighted audits that cost points outside Performance (Performance is read from the metrics).
    failing: Object.values(report.categories)
      .filter((c) => c.id !== 'performance')
      .flatMap((c) =>
        c.auditRefs.filter((a) => a.weight > 0 && report.audits[a.id].score !== null && report.audits[a.id].score < 1),
      )
      .map((a) => a.id),
    ...lcpBreakdown(report),
  };
}

export async function benchLighthouse({ root, dist, base, runs, chromium, baseline }) {
  console.log(
    `\n## Lighthouse 13 (mobile, default simulated throttling), ours vs Starlight baseline vs trivial page, ${runs} runs each`,
  );
  if (!chromium) {
    console.log('skipped: no Chromium found (set PW_CHROMIUM_PATH)');
    return;
  }
  const topic = longestTopic(root, dist);
  console.log(`longest topic page: /${topic.path} (${(topic.bytes / 1024).toFixed(1)} KiB HTML, "${topic.title}")`);
  let slDist;
  try {
    if (baseline && !existsSync(join(baseline, 'index.html'))) throw new Error(`no index.html in ${baseline}`);
    slDist = baseline ? resolvePath(baseline) : baselineDist(root);
  } catch (error) {
    console.log(`baseline unavailable: ${String(error.message).split('\n')[0]}`);
  }
  const slTopic = slDist && baselineTopic(slDist, topic);
  if (slDist) console.log(`baseline: ${slDist}; same topic there: /${slTopic}`);
  const trivial = trivialSite();
  // Two ports: the baseline is built for the same base path as ours, so it cannot share an origin.
  const ours = await serveStatic([
    { prefix: base, dir: dist },
    { prefix: '/trivial/', dir: trivial },
  ]);
  const sl = slDist && (await serveStatic([{ prefix: base, dir: slDist }]));
  const pages = [
    { key: 'ours-home', label: 'ours /', url: `${ours.origin}${base}` },
    { key: 'ours-topic', label: `ours /${topic.path}`, url: `${ours.origin}${base}${topic.path}` },
    ...(sl
      ? [
          { key: 'sl-home', label: 'baseline /', url: `${sl.origin}${base}` },
          { key: 'sl-topic', label: `baseline /${slTopic}`, url: `${sl.origin}${base}${slTopic}` },
        ]
      : []),
    { key: 'trivial', label: 'trivial page', url: `${ours.origin}/trivial/` },
  ];
  const results = Object.fromEntries(pages.map((p) => [p.key, []]));
  try {
    // Round-robin: run i of every page before run i+1, so machine noise spreads over all pages.
    for (let i = 0; i < runs; i++) {
      for (const page of pages) results[page.key].push(await lighthouse(page.url, chromium));
      console.log(`  run ${i + 1}/${runs} done`);
    }
  } catch (error) {
    console.log(`skipped: Lighthouse could not run here (${String(error.message).split('\n')[0]})`);
    return;
  } finally {
    await ours.stop();
    if (sl) await sl.stop();
    rmSync(trivial, { recursive: true, force: true });
  }
  const ms = (x) => `${x.toFixed(0)} ms`;
  const summary = {};
  for (const page of pages) {
    const rs = results[page.key];
    const s = {
      lcp: median(rs.map((r) => r.lcp)),
      fcp: median(rs.map((r) => r.fcp)),
      transfer: median(rs.map((r) => r.transfer)),
    };
    summary[page.key] = s;
    const scores = Object.keys(rs[0].scores)
      .map((c) => `${c} ${median(rs.map((r) => r.scores[c]))}`)
      .join(', ');
    console.log(`\n${page.label}  (${page.url})`);
    console.log(`  LCP median ${ms(s.lcp)} (runs: ${rs.map((r) => r.lcp.toFixed(0)).join(', ')})`);
    console.log(`  FCP median ${ms(s.fcp)} (runs: ${rs.map((r) => r.fcp.toFixed(0)).join(', ')})`);
    console.log(`  scores (median): ${scores}; transfer ${(s.transfer / 1024).toFixed(1)} KiB`);
    const failing = [...new Set(rs.flatMap((r) => r.failing))];
    if (failing.length) console.log(`  audits losing points: ${failing.join(', ')}`);
    const elements = [...new Set(rs.map((r) => r.element))];
    console.log(`  LCP element: ${elements.join(' | ')}`);
    const parts = SUBPARTS.map(([k, label]) => {
      const xs = rs.map((r) => r.subparts[k]).filter((x) => x !== undefined);
      return xs.length ? `${label} ${ms(median(xs))}` : `${label} –`;
    });
    console.log(`  LCP subparts (median, from the unthrottled trace; – = none, as for text): ${parts.join(', ')}`);
  }
  console.log('\nratios of medians (LCP / FCP):');
  const ratio = (a, b) => (a && b ? (a / b).toFixed(2) : 'n/a');
  for (const [key, sKey, label] of [
    ['ours-home', 'sl-home', 'home'],
    ['ours-topic', 'sl-topic', `topic /${topic.path}`],
  ]) {
    const o = summary[key];
    const b = summary[sKey];
    const t = summary.trivial;
    console.log(
      `  ${label.padEnd(44)} ours/baseline ${ratio(o.lcp, b?.lcp)} / ${ratio(o.fcp, b?.fcp)}   ours/trivial ${ratio(o.lcp, t.lcp)} / ${ratio(o.fcp, t.fcp)}`,
    );
  }
}

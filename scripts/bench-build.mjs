#!/usr/bin/env node
// Cold build time of this site against the Starlight baseline of the same content, side by side
// (issue #21 item 11). Not part of `npm test`. Results feed docs/performance.md.
//
//   npm run bench:build                         # 3 rounds
//   npm run bench:build -- --runs 5
//   npm run bench:build -- --starlight DIR      # reuse a prepared baseline (npm ci done, content ported)
//   npm run bench:build -- --skip-warmup         # no untimed first build of each site
//   npm run bench:build -- --also DIR           # also another checkout (e.g. an earlier commit, with
//                                               # its node_modules), built cached and fresh in each round
//
// Each round builds, in this order and each from cold: the Starlight baseline; ours with the
// exercise verdicts cached (node_modules/.cache/exercise-checks kept: the like-for-like figure, since
// Starlight grades no exercises); ours with no cache at all (what a fresh CI clone pays: 279 Pyodide
// gradings). dist/, .astro/, node_modules/.astro are removed before every build, outside the timing.
// Prints wall and CPU (user+sys of the build's processes) medians and the ratios to the baseline.
// Machines here are shared: CPU seconds move less than wall seconds when other jobs run.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { median } from './bench-server.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    starlight: { type: 'string' },
    also: { type: 'string', multiple: true, default: [] },
    'skip-warmup': { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);

/** The baseline, copied to a temp dir, `npm ci`-ed and given our current content (by its own port script). */
function prepareStarlight() {
  if (values.starlight) return values.starlight;
  const seed = [
    process.env.BASELINE_FULL,
    join(ROOT, '../shared/baseline/starlight-full'),
    '/work/shared/baseline/starlight-full',
  ]
    .filter(Boolean)
    .find((d) => existsSync(join(d, 'package.json')));
  if (!seed) throw new Error('no Starlight baseline found (set BASELINE_FULL or pass --starlight DIR)');
  const dir = mkdtempSync(join(tmpdir(), 'roadmap-bench-starlight-'));
  console.log(`baseline: ${seed} -> ${dir} (npm ci, then its content port script)`);
  cpSync(seed, dir, { recursive: true, filter: (src) => !/[/\\](node_modules|dist|\.astro)$/.test(src) });
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'ignore' });
  execFileSync(join(dir, 'node_modules/.bin/node'), [join(dir, 'scripts', 'port.mjs'), join(ROOT, 'content')], {
    cwd: dir,
    stdio: 'ignore',
  });
  return dir;
}

/** One cold `npm run build` in `dir`: wall seconds and the children's user+sys seconds (bash `times`). */
function build(dir, clean) {
  for (const d of clean) rmSync(join(dir, d), { recursive: true, force: true });
  const start = performance.now();
  const out = execFileSync('bash', ['-c', 'npm run build >/dev/null 2>&1 || exit 1; times'], {
    cwd: dir,
    encoding: 'utf8',
  });
  const wall = (performance.now() - start) / 1000;
  // `times` prints the shell's own user/sys, then its children's: "0m12.345s 0m1.234s".
  const seconds = (s) => {
    const m = /(\d+)m([\d.]+)s/.exec(s);
    return m ? Number(m[1]) * 60 + Number(m[2]) : Number.NaN;
  };
  const [user, sys] = (out.trim().split('\n').at(-1) ?? '').split(/\s+/).map(seconds);
  return { wall, cpu: user + sys };
}

const COLD = ['dist', '.astro', 'node_modules/.astro'];
const starlight = prepareStarlight();
const ours = (dir, name) => [
  { label: `${name}, exercise verdicts cached`, dir, clean: COLD },
  { label: `${name}, no cache (fresh clone)`, dir, clean: [...COLD, 'node_modules/.cache'] },
];
const cases = [
  { label: 'Starlight baseline', dir: starlight, clean: COLD },
  ...ours(ROOT, 'ours'),
  ...values.also.flatMap((dir) => ours(dir, dir)),
];
const results = cases.map(() => []);
console.log(`\n## Cold build, ${runs} rounds (${cases.map((c) => c.label).join(' / ')} in each)`);
// Warm the disk cache and the exercise-verdict cache once, untimed.
if (!values['skip-warmup']) for (const dir of [starlight, ROOT, ...values.also]) build(dir, COLD);
for (let i = 0; i < runs; i++) {
  cases.forEach((c, j) => {
    const r = build(c.dir, c.clean);
    results[j].push(r);
    console.log(`  ${c.label}: wall ${r.wall.toFixed(2)} s, cpu ${r.cpu.toFixed(2)} s`);
  });
  console.log(`  round ${i + 1}/${runs} done`);
}
const med = results.map((rs) => ({ wall: median(rs.map((r) => r.wall)), cpu: median(rs.map((r) => r.cpu)) }));
const base = med[0];
cases.forEach((c, j) => {
  const m = med[j];
  const list = (k) => results[j].map((r) => r[k].toFixed(2)).join(', ');
  console.log(
    `${c.label.padEnd(48)} wall ${m.wall.toFixed(2)} s (${list('wall')})  cpu ${m.cpu.toFixed(2)} s (${list('cpu')})  ` +
      `ratio wall ${(m.wall / base.wall).toFixed(2)}, cpu ${(m.cpu / base.cpu).toFixed(2)}`,
  );
});
if (!values.starlight) rmSync(starlight, { recursive: true, force: true });

/**
 * Fails the build when an exercise cannot be graded as written: at build start it reads every
 * content/exercises/*.yaml (in the content folder src/lib/content-root.ts names), checks it
 * against the schema, its file name against the topics and its ids against the other files, then
 * grades every reference solution, starter and wrong solution with src/lib/exercises/grade.py in
 * Pyodide, the in-browser Python, so the verdicts are the ones learners get
 * (src/lib/exercises/verify.ts says what each verdict must be).
 *
 * Verdicts are cached per job (grade.py, the Pyodide version, the code and its checks) in
 * node_modules/.cache/exercise-checks/ (one file per content folder), so a build that changes no
 * exercise does not load Pyodide.
 * Uncached jobs are graded in a worker thread while Astro renders the pages, and the build fails in
 * astro:build:done (before Pagefind and the service worker) if a verdict is wrong; problems found
 * in the files themselves fail it at build start, as before.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { load } from 'js-yaml';
import { CONTENT_ROOT, contentPath, DEFAULT_CONTENT_ROOT } from '../lib/content-root';
import {
  type GradeJob,
  type PlannedJob,
  parseFiles,
  planJobs,
  type Verdict,
  verdictProblems,
} from '../lib/exercises/verify';
import type { GraderInput, GraderOutput } from './exercise-grader';

const require = createRequire(import.meta.url);
/** One cache per content folder: a build of another folder (the fixture site) keeps only its own verdicts. */
const CACHE_FILE = `node_modules/.cache/exercise-checks/${
  CONTENT_ROOT === DEFAULT_CONTENT_ROOT ? 'verdicts' : `verdicts-${CONTENT_ROOT.replaceAll('/', '-')}`
}.json`;

async function readExerciseFiles(
  root: string,
): Promise<{ files: { file: string; raw: unknown }[]; problems: string[] }> {
  const dir = join(root, contentPath('exercises'));
  const names = (await readdir(dir).catch(() => [])).filter((n) => n.endsWith('.yaml') || n.endsWith('.yml')).sort();
  const files: { file: string; raw: unknown }[] = [];
  const problems: string[] = [];
  for (const name of names) {
    const file = contentPath('exercises', name);
    try {
      files.push({ file, raw: load(await readFile(join(dir, name), 'utf8')) });
    } catch (e) {
      problems.push(`${file}: not valid YAML: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    }
  }
  return { files, problems };
}

async function topicIds(root: string): Promise<Set<string>> {
  const names = await readdir(join(root, contentPath('topics')));
  return new Set(names.filter((n) => n.endsWith('.mdx')).map((n) => n.slice(0, -'.mdx'.length)));
}

/**
 * Grades the jobs in one Pyodide in a worker thread (src/integrations/exercise-grader.ts), so the
 * build renders pages on the other core meanwhile. Never rejects: a failure is `{ error }`.
 */
function gradeInWorker(gradeSource: string, jobs: readonly GradeJob[]): Promise<GraderOutput> {
  const indexURL = `${dirname(require.resolve('pyodide/package.json'))}/`;
  const input: GraderInput = { indexURL, gradeSource, jobs };
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./exercise-grader.ts', import.meta.url), { workerData: input });
    // A build that fails elsewhere exits without waiting for the grader.
    worker.unref();
    worker.once('message', (out: GraderOutput) => {
      resolve(out);
      void worker.terminate();
    });
    worker.once('error', (e) => resolve({ error: e.stack ?? e.message }));
    worker.once('exit', (code) => resolve({ error: `the grader stopped (exit code ${code}) before it answered` }));
  });
}

function jobKey(salt: string, job: PlannedJob): string {
  return createHash('sha256')
    .update(salt)
    .update(JSON.stringify([job.code, job.checks]))
    .digest('hex');
}

/** Grading started at build start; `settle` waits for it, stores the verdicts and judges them. */
type Settle = (logger: AstroIntegrationLogger) => Promise<void>;

async function startChecks(root: string): Promise<{ settle: Settle; early: boolean }> {
  const began = performance.now();
  const read = await readExerciseFiles(root);
  const { sources, problems } = parseFiles(read.files, await topicIds(root));
  problems.unshift(...read.problems);
  const jobs = planJobs(sources);

  const gradeSource = await readFile(join(root, 'src/lib/exercises/grade.py'), 'utf8');
  const { version } = JSON.parse(await readFile(require.resolve('pyodide/package.json'), 'utf8')) as {
    version: string;
  };
  const salt = `${version}\n${gradeSource}`;
  const cachePath = join(root, CACHE_FILE);
  const cache = JSON.parse(await readFile(cachePath, 'utf8').catch(() => '{}')) as Record<string, Verdict>;
  const keys = jobs.map((job) => jobKey(salt, job));
  const missing = keys.flatMap((k, i) => (cache[k] ? [] : [i]));
  const grading =
    missing.length > 0
      ? gradeInWorker(
          gradeSource,
          missing.flatMap((i) => jobs[i] ?? []),
        )
      : undefined;

  const settle: Settle = async (logger) => {
    if (grading) {
      const out = await grading;
      if ('error' in out) throw new Error(`Exercise checks could not run Pyodide:\n${out.error}`);
      missing.forEach((jobIndex, i) => {
        const key = keys[jobIndex];
        const verdict = out.verdicts[i];
        if (key && verdict) cache[key] = JSON.parse(verdict) as Verdict;
      });
      const kept = Object.fromEntries(keys.flatMap((k) => (cache[k] ? [[k, cache[k]]] : [])));
      await mkdir(dirname(cachePath), { recursive: true });
      await writeFile(cachePath, JSON.stringify(kept));
    }
    problems.push(
      ...verdictProblems(
        jobs,
        keys.map((k) => cache[k]),
      ),
    );
    if (problems.length > 0) {
      throw new Error(`Exercise checks failed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    }
    const count = sources.reduce((n, s) => n + s.data.exercises.length, 0);
    const seconds = ((performance.now() - began) / 1000).toFixed(1);
    logger.info(
      `graded ${count} exercises in ${sources.length} files: ${jobs.length} solutions, starters and wrong solutions (${missing.length} in Pyodide, ${jobs.length - missing.length} cached) in ${seconds} s`,
    );
  };
  // With nothing to grade, or a problem already found, the checks finish before any page is built.
  return { settle, early: !grading || problems.length > 0 };
}

export function exerciseChecks(): AstroIntegration {
  let root = process.cwd();
  let pending: Settle | undefined;
  return {
    name: 'roadmap:exercise-checks',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:start': async ({ logger }) => {
        const { settle, early } = await startChecks(root);
        if (early) return settle(logger);
        logger.info('grading exercises in Pyodide in a worker thread while the pages build');
        pending = settle;
      },
      // Before the later integrations' build:done hooks (Pagefind, the service worker).
      'astro:build:done': async ({ logger }) => {
        const settle = pending;
        pending = undefined;
        await settle?.(logger);
      },
    },
  };
}

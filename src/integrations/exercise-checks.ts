/**
 * Fails the build when an exercise cannot be graded as written: at build start it reads every
 * content/exercises/*.yaml, checks it against the schema, its file name against the topics and its
 * ids against the other files, then grades every reference solution, starter and wrong solution
 * with src/lib/exercises/grade.py in Pyodide, the in-browser Python, so the verdicts are the ones
 * learners get (src/lib/exercises/verify.ts says what each verdict must be).
 *
 * Verdicts are cached per job (grade.py, the Pyodide version, the code and its checks) in
 * node_modules/.cache/exercise-checks/, so a build that changes no exercise does not load Pyodide.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { load } from 'js-yaml';
import { loadPyodide } from 'pyodide';
import {
  type GradeJob,
  type PlannedJob,
  parseFiles,
  planJobs,
  type Verdict,
  verdictProblems,
} from '../lib/exercises/verify';

const require = createRequire(import.meta.url);
const CACHE_FILE = 'node_modules/.cache/exercise-checks/verdicts.json';

async function readExerciseFiles(
  root: string,
): Promise<{ files: { file: string; raw: unknown }[]; problems: string[] }> {
  const dir = join(root, 'content/exercises');
  const names = (await readdir(dir).catch(() => [])).filter((n) => n.endsWith('.yaml') || n.endsWith('.yml')).sort();
  const files: { file: string; raw: unknown }[] = [];
  const problems: string[] = [];
  for (const name of names) {
    const file = `content/exercises/${name}`;
    try {
      files.push({ file, raw: load(await readFile(join(dir, name), 'utf8')) });
    } catch (e) {
      problems.push(`${file}: not valid YAML: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    }
  }
  return { files, problems };
}

async function topicIds(root: string): Promise<Set<string>> {
  const names = await readdir(join(root, 'content/topics'));
  return new Set(names.filter((n) => n.endsWith('.mdx')).map((n) => n.slice(0, -'.mdx'.length)));
}

/**
 * Grades the jobs in one Pyodide, entered through runPythonAsync so checks may call asyncio.run().
 * (`pyodide` is imported statically: Astro loads this file through a module runner that is closed
 * by the time build hooks run, so a dynamic import() here fails.)
 */
async function gradeInPyodide(gradeSource: string, jobs: readonly GradeJob[]): Promise<Verdict[]> {
  const indexURL = `${dirname(require.resolve('pyodide/package.json'))}/`;
  const py = await loadPyodide({ indexURL, stdout: () => undefined, stderr: () => undefined });
  const scope = py.globals.get('dict')();
  scope.set('__name__', 'exercise_grade');
  py.runPython(gradeSource, { globals: scope });
  const verdicts: Verdict[] = [];
  for (const job of jobs) {
    scope.set('_job', py.toPy({ code: job.code, checks: job.checks }));
    const out: unknown = await py.runPythonAsync('grade(_job["code"], _job["checks"])', { globals: scope });
    verdicts.push(JSON.parse(String(out)) as Verdict);
  }
  scope.destroy();
  return verdicts;
}

function jobKey(salt: string, job: PlannedJob): string {
  return createHash('sha256')
    .update(salt)
    .update(JSON.stringify([job.code, job.checks]))
    .digest('hex');
}

export function exerciseChecks(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'roadmap:exercise-checks',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:start': async ({ logger }) => {
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
        if (missing.length > 0) {
          const fresh = await gradeInPyodide(
            gradeSource,
            missing.flatMap((i) => jobs[i] ?? []),
          );
          missing.forEach((jobIndex, i) => {
            const key = keys[jobIndex];
            const verdict = fresh[i];
            if (key && verdict) cache[key] = verdict;
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
      },
    },
  };
}

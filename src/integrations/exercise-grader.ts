/**
 * The worker thread of src/integrations/exercise-checks.ts: grades jobs with
 * src/lib/exercises/grade.py in one Pyodide and posts the verdicts back, so grading uses the
 * second core while Astro renders the pages. Node runs this file itself (type stripping), so it
 * holds only erasable TypeScript and imports nothing but types from the project.
 *
 * Jobs are entered through runPythonAsync so checks may call asyncio.run(). Out: `{ verdicts }`
 * (grade.py's JSON per job, in order) or `{ error }`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadPyodide } from 'pyodide';
import type { GradeJob } from '../lib/exercises/verify';

export interface GraderInput {
  readonly indexURL: string;
  readonly gradeSource: string;
  readonly jobs: readonly GradeJob[];
}

export type GraderOutput = { readonly verdicts: readonly string[] } | { readonly error: string };

async function grade({ indexURL, gradeSource, jobs }: GraderInput): Promise<string[]> {
  const py = await loadPyodide({ indexURL, stdout: () => undefined, stderr: () => undefined });
  const scope = py.globals.get('dict')();
  scope.set('__name__', 'exercise_grade');
  py.runPython(gradeSource, { globals: scope });
  const verdicts: string[] = [];
  for (const job of jobs) {
    scope.set('_job', py.toPy({ code: job.code, checks: job.checks }));
    verdicts.push(String(await py.runPythonAsync('grade(_job["code"], _job["checks"])', { globals: scope })));
  }
  scope.destroy();
  return verdicts;
}

if (parentPort) {
  const port = parentPort;
  grade(workerData as GraderInput).then(
    (verdicts) => port.postMessage({ verdicts } satisfies GraderOutput),
    (e: unknown) =>
      port.postMessage({ error: e instanceof Error ? (e.stack ?? e.message) : String(e) } satisfies GraderOutput),
  );
}

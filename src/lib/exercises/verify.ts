/**
 * Proof that the exercises are gradable, shared by the build (Pyodide, src/integrations/exercise-checks.ts)
 * and the unit tests (CPython): which code to grade against which checks, and what the grader's
 * verdicts mean. Every reference solution must pass all its checks, every wrong solution must fail
 * the check it names, every starter must fail at least one check. Problems name the file and field,
 * e.g. `content/exercises/testing.yaml: exercises[2].wrong[0]: passes every check; it should fail "empty-line"`.
 */
import { type ExerciseFile, exerciseFileSchema } from '../../schemas/exercise';
import { contentPath } from '../content-root';

/** What grade.py takes: the code to run and the checks to run after it. */
export interface GradeJob {
  readonly code: string;
  readonly checks: readonly { readonly name: string; readonly code: string }[];
}

/** What grade.py returns for one job. */
export interface Verdict {
  readonly error: string | null;
  readonly stdout: string;
  readonly results: readonly { readonly name: string; readonly passed: boolean; readonly detail: string }[];
}

/** One exercise file, parsed; `file` is its path as shown in problems (`content/exercises/<topic>.yaml`). */
export interface ExerciseSource {
  readonly file: string;
  readonly data: ExerciseFile;
}

export type JobKind = 'solution' | 'starter' | 'wrong';

/** A job with where it came from and what its verdict must be. */
export interface PlannedJob extends GradeJob {
  readonly file: string;
  /** The field, e.g. `exercises[2].wrong[0]`. */
  readonly field: string;
  readonly kind: JobKind;
  /** For a wrong solution: the check it must fail. */
  readonly mustFail?: string;
}

/** Every job that proves the files: per exercise its solution, its starter and each wrong solution. */
export function planJobs(sources: readonly ExerciseSource[]): PlannedJob[] {
  return sources.flatMap(({ file, data }) =>
    data.exercises.flatMap((ex, i) => {
      const checks = ex.checks.map(({ name, code }) => ({ name, code }));
      const at = `exercises[${i}]`;
      return [
        { file, field: `${at}.solution`, kind: 'solution' as const, code: ex.solution, checks },
        { file, field: `${at}.starter`, kind: 'starter' as const, code: ex.starter, checks },
        ...ex.wrong.map((w, j) => ({
          file,
          field: `${at}.wrong[${j}]`,
          kind: 'wrong' as const,
          mustFail: w.fails,
          code: w.code,
          checks,
        })),
      ];
    }),
  );
}

function firstLine(text: string): string {
  const line = text.split('\n')[0] ?? '';
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}

/** What is wrong with one job's verdict, or undefined when it is as expected. */
export function judge(job: PlannedJob, verdict: Verdict | undefined): string | undefined {
  const where = `${job.file}: ${job.field}`;
  if (!verdict) return `${where}: the grader returned no verdict`;
  const failed = verdict.results.filter((r) => !r.passed);
  if (job.kind === 'solution') {
    if (verdict.error !== null) return `${where}: does not run: ${firstLine(verdict.error)}`;
    const [first] = failed;
    if (first) {
      const names = failed.map((r) => `"${r.name}"`).join(', ');
      return `${where}: fails ${names}; the reference solution must pass every check (first: ${firstLine(first.detail)})`;
    }
    return undefined;
  }
  if (job.kind === 'starter') {
    return failed.length === 0 ? `${where}: passes every check; a starter must fail at least one` : undefined;
  }
  const named = verdict.results.find((r) => r.name === job.mustFail);
  if (!named) return `${where}: no check named "${job.mustFail}" was run`;
  if (!named.passed) return undefined;
  if (failed.length === 0) return `${where}: passes every check; it should fail "${job.mustFail}"`;
  const others = failed.map((r) => `"${r.name}"`).join(', ');
  return `${where}: passes "${job.mustFail}", which it should fail (it fails ${others} instead)`;
}

/** Problems for all jobs, given the verdicts in the same order. */
export function verdictProblems(jobs: readonly PlannedJob[], verdicts: readonly (Verdict | undefined)[]): string[] {
  return jobs.flatMap((job, i) => judge(job, verdicts[i]) ?? []);
}

/** A file's name without folders and extension: `content/exercises/testing.yaml` -> `testing`. */
export function fileTopic(file: string): string {
  return (file.split('/').pop() ?? file).replace(/\.ya?ml$/, '');
}

/**
 * Parses raw files (already read from YAML) with the schema and checks what spans files: the file
 * name is a topic id, and exercise ids are unique across all files. Returns the parsed files and
 * the problems; a file with schema errors is left out of `sources`.
 */
export function parseFiles(
  files: readonly { readonly file: string; readonly raw: unknown }[],
  topicIds: ReadonlySet<string>,
): { sources: ExerciseSource[]; problems: string[] } {
  const sources: ExerciseSource[] = [];
  const problems: string[] = [];
  const owner = new Map<string, string>();
  for (const { file, raw } of files) {
    const topic = fileTopic(file);
    if (!topicIds.has(topic))
      problems.push(`${file}: "${topic}" is not a topic id (${contentPath('topics', `${topic}.mdx`)})`);
    const parsed = exerciseFileSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
        problems.push(`${file}: ${path.replace(/^\./, '') || '(file)'}: ${issue.message}`);
      }
      continue;
    }
    parsed.data.exercises.forEach((ex, i) => {
      const first = owner.get(ex.id);
      if (first && first !== file) problems.push(`${file}: exercises[${i}].id: "${ex.id}" is already used in ${first}`);
      else owner.set(ex.id, file);
    });
    sources.push({ file, data: parsed.data });
  }
  return { sources, problems };
}

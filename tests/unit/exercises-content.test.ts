/**
 * The graded exercises are true under CPython: every reference solution passes all its checks,
 * every wrong solution fails the check it names, every starter fails at least one check. All jobs
 * go through src/lib/exercises/grade.py in one python3 process. The build proves the same in
 * Pyodide (src/integrations/exercise-checks.ts). Also: counts, unique ids, sections that exist.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parseFiles, planJobs, type Verdict, verdictProblems } from '../../src/lib/exercises/verify';
import { sourceHeadings } from '../../src/lib/headings';
import { ROOT, readSource, TOPICS_DIR, topicFiles } from './helpers';

const EXERCISES_DIR = join(ROOT, 'content/exercises');
const topics = new Set(topicFiles().map((path) => basename(path, '.mdx')));
const files = readdirSync(EXERCISES_DIR)
  .filter((name) => name.endsWith('.yaml'))
  .sort()
  .map((name) => ({ file: `content/exercises/${name}`, raw: load(readFileSync(join(EXERCISES_DIR, name), 'utf8')) }));
const { sources, problems } = parseFiles(files, topics);

describe('exercise content', () => {
  it('parses with the schema; file names are topic ids; ids are unique across files', () => {
    expect(problems).toEqual([]);
    const ids = sources.flatMap((s) => s.data.exercises.map((ex) => ex.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has at least 3 exercises for every topic and 66 in all', () => {
    const counts = Object.fromEntries(sources.map((s) => [basename(s.file, '.yaml'), s.data.exercises.length]));
    for (const topic of topics) expect(counts[topic] ?? 0, topic).toBeGreaterThanOrEqual(3);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(66);
  });

  it("practises a section that is a heading of the topic's lesson", () => {
    for (const { file, data } of sources) {
      const topic = basename(file, '.yaml');
      const slugs = new Set(sourceHeadings(readSource(join(TOPICS_DIR, `${topic}.mdx`)).body).map((h) => h.slug));
      data.exercises.forEach((ex, i) => {
        expect(slugs.has(ex.section), `${file}: exercises[${i}].section "${ex.section}"`).toBe(true);
      });
    }
  });

  it('grades as declared under CPython (solutions pass, wrong solutions fail their check, starters fail)', () => {
    const jobs = planJobs(sources);
    const run = spawnSync('python3', [join(ROOT, 'src/lib/exercises/grade.py')], {
      input: JSON.stringify(jobs.map(({ code, checks }) => ({ code, checks }))),
      encoding: 'utf8',
      timeout: 60_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(run.status, run.stderr).toBe(0);
    const verdicts = JSON.parse(run.stdout) as Verdict[];
    expect(verdicts).toHaveLength(jobs.length);
    expect(verdictProblems(jobs, verdicts)).toEqual([]);
  }, 60_000);
});

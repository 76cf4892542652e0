/**
 * Quality gates for the practice content: every topic has 4-6 self-check questions that mix
 * kinds and refer to code; question snippets are valid in their language, and those that claim
 * an output print exactly that when run; projects have the brief's shape, cover every topic and
 * give each level at least three. Failures name the file.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { load } from 'js-yaml';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString as mdToString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { levelKeys } from '../../src/lib/levels';
import { projectSchema } from '../../src/schemas/project';
import { quizSchema } from '../../src/schemas/quiz';
import { ROOT, readSource, topicFiles } from './helpers';

const QUIZ_DIR = join(ROOT, 'content/quizzes');
const PROJECT_DIR = join(ROOT, 'content/projects');
const topicIds = topicFiles().map((p) => basename(p, '.mdx'));

const quizzes = readdirSync(QUIZ_DIR)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({
    name: `content/quizzes/${f}`,
    id: basename(f, '.yaml'),
    data: quizSchema.parse(load(readFileSync(join(QUIZ_DIR, f), 'utf8'))),
  }));
const snippets = quizzes.flatMap((q) =>
  q.data.questions.flatMap((question) =>
    question.code
      ? [{ name: `${q.name} ${question.id}`, lang: question.lang, code: question.code, output: question.output }]
      : [],
  ),
);
const projects = readdirSync(PROJECT_DIR)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const source = readSource(join(PROJECT_DIR, f));
    return { name: `content/projects/${f}`, data: projectSchema.parse(source.frontmatter), body: source.body };
  });

const words = (text: string): number => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

describe('self-check questions', () => {
  it('every topic has a self-check file and every file a topic', () => {
    expect(quizzes.map((q) => q.id).sort()).toEqual([...topicIds].sort());
  });

  it.each(quizzes.map((q) => [q.name, q]))('%s mixes kinds and refers to code at least twice', (_name, quiz) => {
    const kinds = new Set(quiz.data.questions.map((q) => q.kind));
    expect(kinds).toEqual(new Set(['choice', 'open']));
    const aboutCode = quiz.data.questions.filter((q) => q.code !== undefined || /`[^`]+`/.test(q.prompt));
    expect(aboutCode.length).toBeGreaterThanOrEqual(2);
  });

  it('every Python snippet parses, every shell snippet passes bash -n, YAML and JSON parse', () => {
    const failures: string[] = [];
    const python = snippets.filter((s) => s.lang === 'python');
    const script =
      'import ast, json, sys\nfor i, src in enumerate(json.load(sys.stdin)):\n    try:\n        ast.parse(src)\n    except SyntaxError as e:\n        print(f"{i}: {e.msg}")\n';
    const out = execFileSync('python3', ['-c', script], { input: JSON.stringify(python.map((s) => s.code)) })
      .toString()
      .trim();
    if (out !== '')
      failures.push(...out.split('\n').map((line) => `${python[Number(line.split(':')[0])]?.name}: ${line}`));
    for (const s of snippets) {
      if (s.lang === 'bash' && spawnSync('bash', ['-n'], { input: s.code }).status !== 0)
        failures.push(`${s.name}: bash -n fails`);
      try {
        if (s.lang === 'yaml') load(s.code);
        if (s.lang === 'json') JSON.parse(s.code);
      } catch (error) {
        failures.push(`${s.name}: ${String(error)}`);
      }
    }
    expect(python.length).toBeGreaterThan(20);
    expect(failures).toEqual([]);
  });

  const claimed = snippets.filter((s) => s.output !== undefined);
  it('more than five snippets claim an output', () => {
    expect(claimed.length).toBeGreaterThan(5);
  });

  // One test per snippet: each starts a Python process (about 1 s under load), so no single test
  // holds them all near its time limit.
  it.each(claimed.map((s) => [s.name, s] as const))(
    '%s prints exactly what it claims (standard library only)',
    (_name, s) => {
      const run = spawnSync('python3', ['-I', '-c', s.code], { encoding: 'utf8', timeout: 20_000 });
      expect(run.stdout, `stderr: ${run.stderr.slice(-200)}`).toBe(s.output);
    },
  );
});

describe('projects', () => {
  it('there are at least three per level plus one capstone, and together they practise every topic', () => {
    for (const level of levelKeys)
      expect(projects.filter((p) => p.data.level === level && !p.data.capstone).length, level).toBeGreaterThanOrEqual(
        3,
      );
    expect(projects.filter((p) => p.data.capstone)).toHaveLength(1);
    const practised = new Set(projects.flatMap((p) => p.data.topics));
    expect(topicIds.filter((id) => !practised.has(id))).toEqual([]);
  });

  it.each(projects.map((p) => [p.name, p]))(
    '%s has a brief, a suggested path, hints and how to test it',
    (_name, project) => {
      const tree = fromMarkdown(project.body);
      const headings = tree.children.filter((n) => n.type === 'heading' && n.depth === 2).map((n) => mdToString(n));
      expect(headings).toEqual(['Suggested path', 'Hints', 'How to test it']);
      const firstHeading = tree.children.findIndex((n) => n.type === 'heading');
      const intro = words(
        tree.children
          .slice(0, firstHeading)
          .map((n) => mdToString(n))
          .join(' '),
      );
      expect(intro).toBeGreaterThanOrEqual(60);
      expect(intro).toBeLessThanOrEqual(150);
      const prose = words(
        tree.children
          .filter((n) => n.type !== 'code')
          .map((n) => mdToString(n))
          .join(' '),
      );
      expect(prose).toBeGreaterThanOrEqual(250);
    },
  );

  it.each(projects.map((p) => [p.name, p]))('%s has checks a learner can run or observe', (_name, project) => {
    // Each "done when" item names a command, a request, a status or a result in code.
    const checkable = project.data.doneWhen.filter((d) => /`[^`]+`|\b[1-5]\d\d\b|pass|green|merged/i.test(d));
    expect(checkable.length).toBeGreaterThanOrEqual(Math.ceil(project.data.doneWhen.length / 2));
  });
});

/**
 * Quality gates for the lesson content: every topic has an introduction, a section per
 * subtopic of the right length, a code example, outcomes and typed resources; every code block
 * on the site is valid in its language (Python through a real Python parser, shell through
 * `bash -n`, YAML and JSON through their parsers). Failures name the file.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load } from 'js-yaml';
import type { Code, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString as mdToString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { topicSchema } from '../../src/schemas/topic';
import { ROOT, readSource, topicFiles } from './helpers';

interface Section {
  readonly heading: string | undefined;
  readonly words: number;
  readonly code: Code[];
}

const plain = (title: string): string => title.replaceAll('`', '');
const words = (text: string): number => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Splits a body at its `##` headings; prose word counts leave code blocks out. */
function sections(body: string): Section[] {
  const tree = fromMarkdown(body);
  const out: { heading: string | undefined; nodes: RootContent[] }[] = [{ heading: undefined, nodes: [] }];
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth === 2) out.push({ heading: mdToString(node), nodes: [] });
    else out.at(-1)?.nodes.push(node);
  }
  return out.map(({ heading, nodes }) => ({
    heading,
    words: words(
      nodes
        .filter((n) => n.type !== 'code')
        .map((n) => mdToString(n))
        .join(' '),
    ),
    code: codeBlocks(nodes),
  }));
}

function codeBlocks(nodes: readonly RootContent[]): Code[] {
  return nodes.flatMap((n): Code[] => {
    if (n.type === 'code') return [n];
    return 'children' in n ? codeBlocks(n.children) : [];
  });
}

const topics = topicFiles().map((path) => {
  const source = readSource(path);
  return {
    path,
    name: relative(ROOT, path),
    data: topicSchema.parse(source.frontmatter),
    sections: sections(source.body),
  };
});

const allMdx = (dir: string): string[] =>
  readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => join(ROOT, dir, f));

const siteCode = ['content']
  .flatMap(allMdx)
  .flatMap((path) =>
    sections(readSource(path).body).flatMap((s) => s.code.map((code) => ({ name: relative(ROOT, path), code }))),
  );

describe('lesson structure', () => {
  it.each(topics.map((t) => [t.name, t]))('%s has an introduction of 60–150 words', (_name, topic) => {
    const intro = topic.sections[0];
    expect(intro?.words).toBeGreaterThanOrEqual(60);
    expect(intro?.words).toBeLessThanOrEqual(150);
  });

  it.each(topics.map((t) => [t.name, t]))(
    '%s has one 100–250-word section per subtopic and per declared further section',
    (_name, topic) => {
      const bodySections = topic.sections.slice(1);
      const headings = bodySections.map((s) => s.heading);
      const subtopics = topic.data.subtopics.map(plain);
      const further = topic.data.furtherSections.map(plain);
      // The seed's subtopics in seed order, the further sections in declared order, nothing else.
      expect(headings.filter((h) => subtopics.includes(h ?? ''))).toEqual(subtopics);
      expect(headings.filter((h) => further.includes(h ?? ''))).toEqual(further);
      expect(headings.filter((h) => !subtopics.includes(h ?? '') && !further.includes(h ?? ''))).toEqual([]);
      for (const section of bodySections) {
        expect(section.words, `${topic.name}: "${section.heading}"`).toBeGreaterThanOrEqual(100);
        expect(section.words, `${topic.name}: "${section.heading}"`).toBeLessThanOrEqual(250);
      }
    },
  );

  it.each(topics.map((t) => [t.name, t]))(
    '%s has a code example, outcomes and at least three resources',
    (_name, topic) => {
      expect(topic.sections.flatMap((s) => s.code).length).toBeGreaterThan(0);
      expect(topic.data.outcomes.length).toBeGreaterThanOrEqual(3);
      expect(topic.data.resources.length).toBeGreaterThanOrEqual(3);
    },
  );

  it.each(topics.map((t) => [t.name, t]))('%s lists unique https resources, official docs first', (_name, topic) => {
    const urls = topic.data.resources.map((r) => new URL(r.url));
    expect(urls.every((u) => u.protocol === 'https:')).toBe(true);
    expect(new Set(urls.map((u) => u.href)).size).toBe(urls.length);
    expect(topic.data.resources[0]?.kind).toMatch(/^(official-docs|spec)$/);
  });
});

describe('code blocks', () => {
  it('every block names its language', () => {
    const unnamed = siteCode
      .filter(({ code }) => !code.lang)
      .map(({ name, code }) => `${name}:${code.position?.start.line}`);
    expect(unnamed).toEqual([]);
  });

  it('every Python block parses with a real Python parser', () => {
    const blocks = siteCode.filter(({ code }) => code.lang === 'python');
    expect(blocks.length).toBeGreaterThan(10);
    const script =
      'import ast, json, sys\n' +
      'for i, src in enumerate(json.load(sys.stdin)):\n' +
      '    try:\n        ast.parse(src)\n' +
      '    except SyntaxError as e:\n        print(f"{i}: line {e.lineno}: {e.msg}")\n';
    const out = execFileSync('python3', ['-c', script], { input: JSON.stringify(blocks.map((b) => b.code.value)) })
      .toString()
      .trim();
    const failures =
      out === ''
        ? []
        : out.split('\n').map((line) => {
            const [index, ...rest] = line.split(': ');
            const block = blocks[Number(index)];
            return `${block?.name}:${block?.code.position?.start.line}: ${rest.join(': ')}`;
          });
    expect(failures).toEqual([]);
  });

  it('every shell block passes bash -n', () => {
    const blocks = siteCode.filter(({ code }) => code.lang && ['bash', 'sh', 'shell'].includes(code.lang));
    expect(blocks.length).toBeGreaterThan(5);
    const failures = blocks.flatMap(({ name, code }) => {
      const result = spawnSync('bash', ['-n'], { input: code.value });
      return result.status === 0 ? [] : [`${name}:${code.position?.start.line}: ${result.stderr.toString().trim()}`];
    });
    expect(failures).toEqual([]);
  });

  it('every YAML and JSON block parses', () => {
    const failures = siteCode.flatMap(({ name, code }) => {
      try {
        if (code.lang === 'yaml' || code.lang === 'yml') load(code.value);
        if (code.lang === 'json') JSON.parse(code.value);
        return [];
      } catch (error) {
        return [`${name}:${code.position?.start.line}: ${error instanceof Error ? error.message : String(error)}`];
      }
    });
    expect(failures).toEqual([]);
  });
});

#!/usr/bin/env node
// Writes N synthetic topics into a content/topics folder, for build-scale benchmarks.
//   node scripts/gen-topics.mjs --out DIR --n N [--seed 7]
// Each file is a valid topic for our schema (title, level, order, summary, hours, technologies,
// subtopics with matching sections, outcomes, resources, what it was verified against), about the
// size of a short real lesson, with text drawn reproducibly from a small vocabulary plus one
// unique token per topic. Every topic gets its self-check too (`../quizzes/<id>.yaml`: two
// multiple-choice questions, one with a snippet, and two open ones), as the build requires.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import GithubSlugger from 'github-slugger';

const { values } = parseArgs({
  options: { out: { type: 'string' }, n: { type: 'string' }, seed: { type: 'string', default: '7' } },
});
const n = Number(values.n);
if (!values.out || !Number.isInteger(n) || n < 0) {
  console.error('usage: node scripts/gen-topics.mjs --out DIR --n N [--seed 7]');
  process.exit(2);
}

let state = Number(values.seed) >>> 0 || 7;
const random = () => {
  state ^= state << 13;
  state ^= state >>> 17;
  state ^= state << 5;
  return (state >>> 0) / 2 ** 32;
};
const choose = (list) => list[Math.floor(random() * list.length)];

const tools = [
  'Django',
  'Flask',
  'FastAPI',
  'SQLAlchemy',
  'PostgreSQL',
  'Redis',
  'Celery',
  'Docker',
  'pytest',
  'Kubernetes',
  'Terraform',
  'Pydantic',
  'GraphQL',
  'gRPC',
  'Nginx',
  'Prometheus',
];
const actions = [
  'Profile',
  'Secure',
  'Cache',
  'Deploy',
  'Test',
  'Document',
  'Migrate',
  'Monitor',
  'Scale',
  'Package',
  'Validate',
  'Refactor',
];
const things = [
  'request handlers',
  'background jobs',
  'database queries',
  'API schemas',
  'connection pools',
  'retry policies',
  'access tokens',
  'container images',
  'health checks',
  'structured logs',
];
const techKeys = [
  'python',
  'django',
  'flask',
  'fastapi',
  'postgresql',
  'redis',
  'docker',
  'pytest',
  'kubernetes',
  'terraform',
];
const levels = ['basic', 'intermediate', 'advanced'];
const sentence = () =>
  `${choose(actions)} ${choose(things)} with ${choose(tools)} and check the result against a small, realistic workload before you rely on it in production.`;

mkdirSync(values.out, { recursive: true });
const quizzes = join(values.out, '../quizzes');
mkdirSync(quizzes, { recursive: true });

/** A valid self-check for a topic whose first section has the id `section`. */
const quiz = (section) =>
  [
    'questions:',
    ...[1, 2].flatMap((q) => [
      `  - id: choice-${q}`,
      '    kind: choice',
      `    prompt: Which call does this handler make first (${q})?`,
      ...(q === 1 ? ['    code: |', '      def handler(request):', '          return {"status": "ok"}'] : []),
      '    choices:',
      '      - text: "`open()`"',
      '      - text: "`return`"',
      '        correct: true',
      '      - text: "`print()`"',
      `    explanation: ${sentence()}`,
      `    section: ${section}`,
    ]),
    ...[1, 2].flatMap((q) => [
      `  - id: open-${q}`,
      '    kind: open',
      `    prompt: ${sentence()}`,
      `    answer: ${sentence()}`,
      `    explanation: ${sentence()}`,
      `    section: ${section}`,
    ]),
  ].join('\n');
for (let i = 1; i <= n; i++) {
  const level = levels[i % 3];
  const order = 1000 + Math.ceil(i / 3);
  const id = `gen-${String(i).padStart(5, '0')}`;
  const subtopics = [
    `${choose(actions)} ${choose(things)} (${id} part one)`,
    `${choose(actions)} ${choose(things)} with \`${choose(tools).toLowerCase()}\``,
  ];
  const body = [
    `${sentence()} ${sentence()} Unique token: zq${id.replace('-', '')}.`,
    ...subtopics.flatMap((s) => [`## ${s}`, `${sentence()} ${sentence()} ${sentence()}`]),
    `\`\`\`python\ndef handler_${i}(request):\n    return {"status": "ok"}\n\`\`\``,
  ];
  const frontmatter = [
    '---',
    `title: ${choose(actions)} ${choose(things)} ${i}`,
    `level: ${level}`,
    `order: ${order}`,
    `summary: A synthetic topic about ${choose(things)} with ${choose(tools)}, generated for build benchmarks.`,
    `hours: ${1 + (i % 12)}`,
    `technologies: [${choose(techKeys)}, ${choose(techKeys)}]`,
    'subtopics:',
    ...subtopics.map((s) => `  - ${JSON.stringify(s)}`),
    'outcomes: [Explain the idea, Apply it in a small service, Measure the effect]',
    'resources:',
    '  - { kind: official-docs, title: Python documentation, url: "https://docs.python.org/3/" }',
    '  - { kind: tool, title: pytest, url: "https://docs.pytest.org/" }',
    '  - { kind: spec, title: RFC 9110 HTTP Semantics, url: "https://www.rfc-editor.org/rfc/rfc9110" }',
    'verifiedAgainst: [Python 3.15]',
    '---',
  ];
  writeFileSync(join(values.out, `${id}.mdx`), `${frontmatter.join('\n')}\n\n${body.join('\n\n')}\n`);
  writeFileSync(join(quizzes, `${id}.yaml`), `${quiz(new GithubSlugger().slug(subtopics[0]))}\n`);
}
console.log(`wrote ${n} topics to ${values.out}`);

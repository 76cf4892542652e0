import { describe, expect, it } from 'vitest';
import { markdownCodeBlocks, markdownHeadings, portableMarkdown, siteLinkResolver } from '../../src/lib/markdown-body';
import { fenced, lessonTwin, questionMarkdown, twinPath } from '../../src/lib/markdown-twin';
import type { Question } from '../../src/schemas/quiz';

const resolve = siteLinkResolver('https://u.github.io/repo/', 'https://u.github.io/repo/basic/x/');

describe('portable Markdown of a lesson body', () => {
  it('makes site links absolute under the base path and same-page anchors absolute to the page', () => {
    const out = portableMarkdown('See [Testing](/intermediate/testing/#fixtures) and [below](#later).', resolve);
    expect(out).toBe(
      'See [Testing](https://u.github.io/repo/intermediate/testing/#fixtures) and [below](https://u.github.io/repo/basic/x/#later).',
    );
  });

  it('leaves external links, code and link-like text inside code alone', () => {
    const source = [
      'Read [the docs](https://docs.python.org/3/).',
      '',
      '```python',
      'print("[x](/basic/)")',
      '```',
      '',
      'Inline `[y](/basic/)` too.',
    ].join('\n');
    expect(portableMarkdown(source, resolve)).toBe(source);
  });

  it('turns callout markers into a bold title and keeps plain blockquotes', () => {
    const out = portableMarkdown('> [!MISTAKES]\n> Using `is` for strings.\n\n> Just a quote.', resolve);
    expect(out).toBe('> **Common mistakes:**\n> Using `is` for strings.\n\n> Just a quote.');
  });

  it('rewrites a link inside a table cell and a callout', () => {
    const source = '| a | b |\n| - | - |\n| [t](/basic/) | 1 |\n\n> [!TIP]\n> See [here](/advanced/).';
    expect(portableMarkdown(source, resolve)).toBe(
      '| a | b |\n| - | - |\n| [t](https://u.github.io/repo/basic/) | 1 |\n\n> **Tip:**\n> See [here](https://u.github.io/repo/advanced/).',
    );
  });
});

describe('twin paths', () => {
  it('puts the twin next to the page as index.html.md, keeping the base path', () => {
    expect(twinPath('/python-backend-roadmap/basic/learn-python-basics/')).toBe(
      '/python-backend-roadmap/basic/learn-python-basics/index.html.md',
    );
  });

  it('refuses a path that is not a directory-style page', () => {
    expect(() => twinPath('/basic/x')).toThrow(/not a directory-style page path/);
  });
});

const choice: Question = {
  id: 'q1',
  kind: 'choice',
  prompt: 'What does this print?',
  code: 'print("```")',
  lang: 'python',
  choices: [
    { text: '`a`', correct: false },
    { text: '`b`', correct: true },
    { text: '`c`', correct: false },
  ],
  explanation: 'Because of [the rule](#rules).',
  section: 'rules',
};

describe('questions in Markdown', () => {
  it('lists lettered choices and gives the correct one as the answer', () => {
    const md = questionMarkdown(choice, 2);
    expect(md).toContain('### Question 2\n\nWhat does this print?');
    expect(md).toContain('- A. `a`\n- B. `b`\n- C. `c`');
    expect(md).toContain('**Answer:** B. `b`');
  });

  it('fences code with more backticks than the code contains', () => {
    expect(fenced('print("```")', 'python')).toBe('````python\nprint("```")\n````');
    expect(markdownCodeBlocks(questionMarkdown(choice, 1))).toEqual(['print("```")']);
  });

  it('can leave the answer out, for an answer key kept elsewhere', () => {
    expect(questionMarkdown(choice, 1, 3, false)).not.toContain('Answer');
  });
});

describe('a lesson twin', () => {
  const twin = lessonTwin(
    {
      title: 'Testing',
      summary: 'Write tests.',
      url: 'https://u.github.io/repo/basic/x/',
      place: 'Basic Level, topic 1 of 2',
      hours: 3,
      verifiedAgainst: ['Python 3.15'],
      body: '## Unit tests\n\nText.\n\n```python\nassert 1 + 1 == 2\n```\n\n## Fixtures\n\nMore [text](/basic/).',
      outcomes: ['Write a test'],
      questions: [choice],
      exercises: [
        {
          title: 'Parse a line',
          url: 'https://u.github.io/repo/basic/x/exercises/parse/',
          note: 'practises “Unit tests”',
        },
      ],
      projects: [{ title: 'P', url: 'https://u.github.io/repo/projects/p/' }],
      resources: [{ kind: 'official-docs', title: 'unittest', url: 'https://docs.python.org/3/library/unittest.html' }],
      related: [],
    },
    resolve,
  );

  it('has one H1, the body headings, the closing sections and every code block', () => {
    expect(markdownHeadings(twin).map((h) => `${h.depth} ${h.text}`)).toEqual([
      '1 Testing',
      '2 Unit tests',
      '2 Fixtures',
      '2 You can move on when you can…',
      '2 Check yourself',
      '3 Question 1',
      '2 Exercises',
      '2 Practise this in',
      '2 Resources',
    ]);
    expect(markdownCodeBlocks(twin)).toEqual(['assert 1 + 1 == 2', 'print("```")']);
  });

  it('lists the exercises as links to their pages, with the section each practises', () => {
    expect(twin).toContain(
      '- [Parse a line](https://u.github.io/repo/basic/x/exercises/parse/): practises “Unit tests”',
    );
  });

  it('resolves links in the body and in the answers', () => {
    expect(twin).toContain('[text](https://u.github.io/repo/basic/)');
    expect(twin).toContain('[the rule](https://u.github.io/repo/basic/x/#rules)');
    expect(twin).not.toContain('](/');
  });
});

/**
 * Clients without CSS or JavaScript (text browsers, reader modes, some assistive set-ups) must
 * never meet a control that does nothing or a status that is not true. Checked on the built
 * HTML's text as a text browser reads it (everything in <body> but scripts and styles, hidden
 * or not), and with w3m itself where it is installed (CI installs it).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Parser } from 'htmlparser2';
import { expect, test } from './fixtures';
import { LESSONS } from './pages';

const DIST = new URL('../../dist/', import.meta.url).pathname;
const PAGES = [
  'index.html',
  `${LESSONS.testing.path}index.html`,
  'basic/index.html',
  'projects/index.html',
  'projects/django-book-club/index.html',
];
const UNTRUE = [
  '(done)',
  'Not started',
  'In progress',
  'Skipped',
  'topics done',
  'Export progress',
  'Import progress',
  'Reset progress',
  'Print checklist',
  'Dark theme',
  'Mark “',
  'My notes',
  'Hours I can study',
  'Your answer to question',
];

/** The text and controls a browser without CSS or JavaScript shows. */
function textBrowserView(html: string): { text: string; searchBoxes: number; buttons: string[] } {
  let skip = 0;
  let inBody = false;
  let text = '';
  let searchBoxes = 0;
  const buttons: string[] = [];
  let button: string | undefined;
  const parser = new Parser({
    onopentag(name, attrs) {
      if (name === 'body') inBody = true;
      if (name === 'script' || name === 'style') skip += 1;
      if (name === 'input' && attrs['type'] === 'search') searchBoxes += 1;
      if (name === 'button') button = '';
    },
    ontext(data) {
      if (!inBody || skip > 0) return;
      text += data;
      if (button !== undefined) button += data;
    },
    onclosetag(name) {
      if (name === 'script' || name === 'style') skip -= 1;
      if (name === 'button' && button !== undefined) {
        buttons.push(button.trim().replace(/\s+/g, ' '));
        button = undefined;
      }
    },
  });
  parser.end(html);
  return { text: text.replace(/\s+/g, ' '), searchBoxes, buttons };
}

for (const file of PAGES) {
  test(`without CSS and JavaScript, /${file} shows no untrue status, no dead control and one search box`, () => {
    const view = textBrowserView(readFileSync(`${DIST}${file}`, 'utf8'));
    for (const phrase of UNTRUE) expect(view.text, phrase).not.toContain(phrase);
    expect(view.searchBoxes).toBe(1);
    expect(view.buttons).toEqual(['Search']);
  });
}

const w3m = spawnSync('w3m', ['-version']).status === 0;
test('w3m reads the home and a topic page the same way', () => {
  test.skip(!w3m, 'w3m is not installed here (CI installs it)');
  for (const file of PAGES.slice(0, 2)) {
    const out = spawnSync('w3m', ['-dump', '-T', 'text/html', `${DIST}${file}`], { encoding: 'utf8' }).stdout;
    expect(out).toContain('Python Backend');
    for (const phrase of UNTRUE) expect(out, `${file}: ${phrase}`).not.toContain(phrase);
    expect(out.match(/\[ {5,}\]/g) ?? [], `${file}: text boxes`).toHaveLength(1);
  }
});

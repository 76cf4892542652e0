import { describe, expect, it } from 'vitest';
import { findSectionProblems, lessonSections, sectionId } from '../../src/lib/sections';

const FILE = 'content/topics/learn-python-basics.mdx';
const h2 = (text: string) => ({ depth: 2, slug: sectionId(text), text: text.replaceAll('`', '') });
const h3 = (text: string) => ({ depth: 3, slug: sectionId(text), text });

const data = {
  subtopics: ['Functions and Scope', 'Debugging Techniques (e.g., `print()`, `pdb`)'],
  furtherSections: ['Classes and dataclasses', 'Modules and packages'],
};
const body = [
  h2('Functions and Scope'),
  h2('Classes and dataclasses'),
  h3('Inheritance'),
  h2('Modules and packages'),
  h2('Debugging Techniques (e.g., `print()`, `pdb`)'),
];

describe('lesson sections', () => {
  it('accepts declared further sections between the subtopics', () => {
    expect(findSectionProblems(FILE, data, body)).toEqual([]);
  });

  it('lists the sections in body order, marking the further ones', () => {
    expect(lessonSections(data, body)).toEqual([
      { id: 'functions-and-scope', title: 'Functions and Scope', further: false },
      { id: 'classes-and-dataclasses', title: 'Classes and dataclasses', further: true },
      { id: 'modules-and-packages', title: 'Modules and packages', further: true },
      {
        id: 'debugging-techniques-eg-print-pdb',
        title: 'Debugging Techniques (e.g., `print()`, `pdb`)',
        further: false,
      },
    ]);
  });

  it('rejects an undeclared section, such as a typo in a further section, naming the file', () => {
    const typo = body.map((h) => (h.text === 'Modules and packages' ? h2('Modules and pakages') : h));
    expect(findSectionProblems(FILE, data, typo)).toEqual([
      `${FILE}: field "furtherSections[1]": "Modules and packages" has no "## Modules and packages" section in the body`,
      `${FILE}: section "## Modules and pakages" is neither one of the subtopics nor declared in "furtherSections" in the frontmatter`,
    ]);
  });

  it('rejects a declared further section that is missing from the body', () => {
    const missing = body.filter((h) => h.text !== 'Classes and dataclasses');
    expect(findSectionProblems(FILE, data, missing)).toEqual([
      `${FILE}: field "furtherSections[0]": "Classes and dataclasses" has no "## Classes and dataclasses" section in the body`,
    ]);
  });

  it('rejects further sections out of their declared order', () => {
    const swapped = [body[0], body[3], body[1], body[4]].flatMap((h) => (h ? [h] : []));
    expect(findSectionProblems(FILE, data, swapped)).toEqual([
      `${FILE}: field "furtherSections": sections appear in a different order than the list`,
    ]);
  });

  it('rejects a further section that repeats a subtopic', () => {
    const repeat = { ...data, furtherSections: ['Functions and Scope'] };
    const problems = findSectionProblems(
      FILE,
      repeat,
      body.filter((h) => !['Classes and dataclasses', 'Modules and packages'].includes(h.text)),
    );
    expect(problems).toEqual([
      `${FILE}: field "furtherSections[0]": "Functions and Scope" is already a subtopic; list it once`,
    ]);
  });
});

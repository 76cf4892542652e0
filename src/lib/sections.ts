/**
 * A lesson's `##` sections: the seed's subtopics (the spine, verbatim and in seed order) and the
 * further sections a topic declares in `furtherSections` (what the seed's one-line list leaves
 * out, in declared order). Both lists must match the body's headings exactly, so a typo, a
 * missing section or an undeclared one fails the build with the file and field named.
 */
import { slug } from 'github-slugger';
import { plainText } from './inline-code';

/** The anchor a section's heading gets: the same slug rehype-slug gives it. */
export function sectionId(title: string): string {
  return slug(plainText(title));
}

export interface LessonSection {
  /** The heading anchor, e.g. `learn-asyncio-and-await`. */
  readonly id: string;
  /** The frontmatter text, verbatim (may contain backtick code). */
  readonly title: string;
  /** True for a section the lesson adds beyond the seed's subtopics. */
  readonly further: boolean;
}

interface SectionsInput {
  readonly subtopics: readonly string[];
  readonly furtherSections: readonly string[];
}

interface Heading {
  readonly depth: number;
  readonly slug: string;
  readonly text: string;
}

/** Every problem with a topic's `##` sections; an empty list means they match the frontmatter. */
export function findSectionProblems(filePath: string, data: SectionsInput, headings: readonly Heading[]): string[] {
  const problems: string[] = [];
  const sections = headings.filter((h) => h.depth === 2);
  const bodyIds = sections.map((h) => h.slug);
  const subtopicIds = data.subtopics.map(sectionId);
  const furtherIds = data.furtherSections.map(sectionId);

  const declare = (field: 'subtopics' | 'furtherSections', titles: readonly string[], ids: readonly string[]) =>
    titles.forEach((title, i) => {
      if (!bodyIds.includes(ids[i] ?? '')) {
        problems.push(`${filePath}: field "${field}[${i}]": "${title}" has no "## ${title}" section in the body`);
      }
    });
  declare('subtopics', data.subtopics, subtopicIds);
  declare('furtherSections', data.furtherSections, furtherIds);

  furtherIds.forEach((id, i) => {
    if (subtopicIds.includes(id)) {
      problems.push(
        `${filePath}: field "furtherSections[${i}]": "${data.furtherSections[i]}" is already a subtopic; list it once`,
      );
    }
  });
  for (const section of sections) {
    if (!subtopicIds.includes(section.slug) && !furtherIds.includes(section.slug)) {
      problems.push(
        `${filePath}: section "## ${section.text}" is neither one of the subtopics nor declared in "furtherSections" in the frontmatter`,
      );
    }
  }
  const inOrder = (field: string, ids: readonly string[]) => {
    const present = ids.filter((id) => bodyIds.includes(id));
    const inBody = bodyIds.filter((id) => ids.includes(id));
    if (present.join() !== inBody.join()) {
      problems.push(`${filePath}: field "${field}": sections appear in a different order than the list`);
    }
  };
  inOrder('subtopics', subtopicIds);
  inOrder('furtherSections', furtherIds);
  return problems;
}

/** The lesson's sections in body order, each marked as a seed subtopic or a further section. */
export function lessonSections(data: SectionsInput, headings: readonly Heading[]): LessonSection[] {
  const byId = new Map<string, LessonSection>([
    ...data.subtopics.map((title): [string, LessonSection] => [
      sectionId(title),
      { id: sectionId(title), title, further: false },
    ]),
    ...data.furtherSections.map((title): [string, LessonSection] => [
      sectionId(title),
      { id: sectionId(title), title, further: true },
    ]),
  ]);
  return headings.flatMap((h) => {
    const section = h.depth === 2 ? byId.get(h.slug) : undefined;
    return section ? [section] : [];
  });
}

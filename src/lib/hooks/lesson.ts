/** Hooks of the lesson layout's own scripts (the contract: src/lib/hooks/index.ts). */

/** The sticky lesson bar (LessonBar.astro), started by src/scripts/toc-spy.ts on the first scroll. */
export const LESSON_BAR = 'data-lesson-bar';

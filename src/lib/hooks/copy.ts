/**
 * Hooks of copying (the contract: src/lib/hooks/index.ts), read by src/scripts/copy.ts: the
 * section anchors (SectionHeading.astro and src/plugins/heading-anchor.ts for MDX headings) and
 * a lesson's "Markdown version" link (SourceLinks.astro).
 */

/** A section anchor: following it also copies the section's full URL. */
export const COPY_LINK = 'data-copy-link';
/** The "Markdown version" link that gets a "Copy as Markdown" button beside it. */
export const COPY_MARKDOWN = 'data-copy-markdown';
/** The "Copy as Markdown" button, made by the script. */
export const COPY_TWIN = 'data-copy-twin';

/**
 * Every WCAG 2.2 level A and AA success criterion (4.1.1 Parsing is obsolete in 2.2 and left
 * out), with how this site meets it or why it does not apply. Read by the accessibility statement.
 * One criterion per line: id | name | level | met or na | how it is met, or why it does not apply.
 */
export interface Criterion {
  readonly id: string;
  readonly name: string;
  readonly level: 'A' | 'AA';
  /** `met`: how; `na`: why it does not apply. */
  readonly status: 'met' | 'na';
  readonly how: string;
}

const TABLE = `
1.1.1|Non-text Content|A|met|Technology logos carry their name as text alternative; decorative icons are hidden from assistive technology; diagrams have a text equivalent beside them.
1.2.1|Audio-only and Video-only (Prerecorded)|A|na|The site has no audio or video.
1.2.2|Captions (Prerecorded)|A|na|The site has no video.
1.2.3|Audio Description or Media Alternative (Prerecorded)|A|na|The site has no video.
1.2.4|Captions (Live)|AA|na|The site has no live media.
1.2.5|Audio Description (Prerecorded)|AA|na|The site has no video.
1.3.1|Info and Relationships|A|met|Headings, lists, tables with header cells, landmarks, labelled form controls and fieldsets are real HTML elements.
1.3.2|Meaningful Sequence|A|met|The reading order of the HTML is the visual order; layout uses CSS without reordering content.
1.3.3|Sensory Characteristics|A|met|Instructions name controls by their label, never only by shape, place or colour.
1.3.4|Orientation|AA|met|Every page works in portrait and landscape.
1.3.5|Identify Input Purpose|AA|na|The site asks for no personal information.
1.4.1|Use of Color|A|met|Statuses show a word and an icon as well as a colour; links in text are underlined.
1.4.2|Audio Control|A|na|Nothing plays sound.
1.4.3|Contrast (Minimum)|AA|met|Text contrast is at least 4.5:1 in both themes, checked by axe on every page in light and dark.
1.4.4|Resize Text|AA|met|Sizes are in rem; pages work at 200% text size without loss.
1.4.5|Images of Text|AA|met|All text is text; code is highlighted text, not pictures.
1.4.10|Reflow|AA|met|Pages reflow to 320 CSS pixels; only code blocks and wide tables scroll sideways, inside their own box.
1.4.11|Non-text Contrast|AA|met|Control borders, focus rings and status icons have at least 3:1 contrast in both themes.
1.4.12|Text Spacing|AA|met|No fixed heights on text containers; larger line, word and letter spacing does not clip text.
1.4.13|Content on Hover or Focus|AA|met|No tooltips or pop-ups appear on hover or focus alone.
2.1.1|Keyboard|A|met|Every control is a native link, button or form field; keyboard paths are covered by browser tests.
2.1.2|No Keyboard Trap|A|met|The search dialog closes with Escape and returns focus; code blocks and fields never hold Tab.
2.1.4|Character Key Shortcuts|A|met|The one single-key shortcut ("/" for search) is inactive while typing in a field.
2.2.1|Timing Adjustable|A|na|Nothing has a time limit.
2.2.2|Pause, Stop, Hide|A|na|Nothing moves, blinks or updates on its own.
2.3.1|Three Flashes or Below Threshold|A|met|Nothing flashes.
2.4.1|Bypass Blocks|A|met|A "skip to content" link and landmarks (header, navigation, main, footer) on every page.
2.4.2|Page Titled|A|met|Every page has its own title naming the page and the site.
2.4.3|Focus Order|A|met|Focus follows the reading order; content that appears takes focus only when the learner asked for it.
2.4.4|Link Purpose (In Context)|A|met|Link text names its destination; repeated "read more" links are not used.
2.4.5|Multiple Ways|AA|met|The roadmap map, level pages, previous/next links, search and the sitemap.
2.4.6|Headings and Labels|AA|met|Headings describe their section; every control has a visible label.
2.4.7|Focus Visible|AA|met|A thick focus ring on every focusable element, in both themes.
2.4.11|Focus Not Obscured (Minimum)|AA|met|The header scrolls away with the page; the one sticky element (the small "back to sections" link on phones) is narrow and sits at the bottom edge, away from the focused line.
2.5.1|Pointer Gestures|A|met|No path-based or multi-finger gestures.
2.5.2|Pointer Cancellation|A|met|Controls act on release (native click), never on press.
2.5.3|Label in Name|A|met|Accessible names start with the visible label.
2.5.4|Motion Actuation|A|na|Nothing responds to device motion.
2.5.7|Dragging Movements|AA|na|Nothing needs dragging.
2.5.8|Target Size (Minimum)|AA|met|Controls are at least 24 by 24 CSS pixels or spaced so; links inside text are exempt.
3.1.1|Language of Page|A|met|Every page declares lang="en".
3.1.2|Language of Parts|AA|met|Code is marked as code; the site has no passages in other languages.
3.2.1|On Focus|A|met|Focus never changes the page or opens anything.
3.2.2|On Input|A|met|Changing a status or a field saves it but never moves the learner elsewhere.
3.2.3|Consistent Navigation|AA|met|Header, breadcrumbs and footer are the same components on every page.
3.2.4|Consistent Identification|AA|met|A control that does the same thing has the same name on every page.
3.2.6|Consistent Help|A|met|The footer's "Report a problem" link is in the same place on every page.
3.3.1|Error Identification|A|met|An import file that cannot be read says which part and why, in text.
3.3.2|Labels or Instructions|A|met|Every field has a label; the import and planner say what they expect.
3.3.3|Error Suggestion|AA|met|Errors say what to do next (choose another file, export first, reload).
3.3.4|Error Prevention (Legal, Financial, Data)|AA|met|Replacing or deleting data is confirmed, offers an export first, and an import can be undone.
3.3.7|Redundant Entry|A|na|No process asks for the same information twice.
3.3.8|Accessible Authentication (Minimum)|AA|na|The site has no sign-in.
4.1.2|Name, Role, Value|A|met|Native elements first; custom controls carry ARIA names, states (aria-pressed, aria-expanded) and roles.
4.1.3|Status Messages|AA|met|Saves, imports and errors are announced through status and alert regions without moving focus.
`;

function row(line: string): Criterion {
  const [id = '', name = '', level, status, how = ''] = line.split('|');
  if ((level !== 'A' && level !== 'AA') || (status !== 'met' && status !== 'na') || !how)
    throw new Error(`src/lib/wcag.ts: bad row "${line}"`);
  return { id, name, level, status, how };
}

export const criteria: readonly Criterion[] = TABLE.trim().split('\n').map(row);

/**
 * Every WCAG 2.2 level A and AA success criterion (4.1.1 Parsing is obsolete in 2.2 and left
 * out), with how this site meets it or why it does not apply. Read by the accessibility statement.
 */
export interface Criterion {
  readonly id: string;
  readonly name: string;
  readonly level: 'A' | 'AA';
  /** `met`: how; `na`: why it does not apply. */
  readonly status: 'met' | 'na';
  readonly how: string;
}

const c = (id: string, name: string, level: 'A' | 'AA', status: 'met' | 'na', how: string): Criterion => ({
  id,
  name,
  level,
  status,
  how,
});

export const criteria: readonly Criterion[] = [
  c('1.1.1', 'Non-text Content', 'A', 'met', 'Technology logos carry their name as text alternative; decorative icons are hidden from assistive technology; diagrams have a text equivalent beside them.'),
  c('1.2.1', 'Audio-only and Video-only (Prerecorded)', 'A', 'na', 'The site has no audio or video.'),
  c('1.2.2', 'Captions (Prerecorded)', 'A', 'na', 'The site has no video.'),
  c('1.2.3', 'Audio Description or Media Alternative (Prerecorded)', 'A', 'na', 'The site has no video.'),
  c('1.2.4', 'Captions (Live)', 'AA', 'na', 'The site has no live media.'),
  c('1.2.5', 'Audio Description (Prerecorded)', 'AA', 'na', 'The site has no video.'),
  c('1.3.1', 'Info and Relationships', 'A', 'met', 'Headings, lists, tables with header cells, landmarks, labelled form controls and fieldsets are real HTML elements.'),
  c('1.3.2', 'Meaningful Sequence', 'A', 'met', 'The reading order of the HTML is the visual order; layout uses CSS without reordering content.'),
  c('1.3.3', 'Sensory Characteristics', 'A', 'met', 'Instructions name controls by their label, never only by shape, place or colour.'),
  c('1.3.4', 'Orientation', 'AA', 'met', 'Every page works in portrait and landscape.'),
  c('1.3.5', 'Identify Input Purpose', 'AA', 'na', 'The site asks for no personal information.'),
  c('1.4.1', 'Use of Color', 'A', 'met', 'Statuses show a word and an icon as well as a colour; links in text are underlined.'),
  c('1.4.2', 'Audio Control', 'A', 'na', 'Nothing plays sound.'),
  c('1.4.3', 'Contrast (Minimum)', 'AA', 'met', 'Text contrast is at least 4.5:1 in both themes, checked by axe on every page in light and dark.'),
  c('1.4.4', 'Resize Text', 'AA', 'met', 'Sizes are in rem; pages work at 200% text size without loss.'),
  c('1.4.5', 'Images of Text', 'AA', 'met', 'All text is text; code is highlighted text, not pictures.'),
  c('1.4.10', 'Reflow', 'AA', 'met', 'Pages reflow to 320 CSS pixels; only code blocks and wide tables scroll sideways, inside their own box.'),
  c('1.4.11', 'Non-text Contrast', 'AA', 'met', 'Control borders, focus rings and status icons have at least 3:1 contrast in both themes.'),
  c('1.4.12', 'Text Spacing', 'AA', 'met', 'No fixed heights on text containers; larger line, word and letter spacing does not clip text.'),
  c('1.4.13', 'Content on Hover or Focus', 'AA', 'met', 'No tooltips or pop-ups appear on hover or focus alone.'),
  c('2.1.1', 'Keyboard', 'A', 'met', 'Every control is a native link, button or form field; keyboard paths are covered by browser tests.'),
  c('2.1.2', 'No Keyboard Trap', 'A', 'met', 'The search dialog closes with Escape and returns focus; code blocks and fields never hold Tab.'),
  c('2.1.4', 'Character Key Shortcuts', 'A', 'met', 'The one single-key shortcut ("/" for search) is inactive while typing in a field.'),
  c('2.2.1', 'Timing Adjustable', 'A', 'na', 'Nothing has a time limit.'),
  c('2.2.2', 'Pause, Stop, Hide', 'A', 'na', 'Nothing moves, blinks or updates on its own.'),
  c('2.3.1', 'Three Flashes or Below Threshold', 'A', 'met', 'Nothing flashes.'),
  c('2.4.1', 'Bypass Blocks', 'A', 'met', 'A "skip to content" link and landmarks (header, navigation, main, footer) on every page.'),
  c('2.4.2', 'Page Titled', 'A', 'met', 'Every page has its own title naming the page and the site.'),
  c('2.4.3', 'Focus Order', 'A', 'met', 'Focus follows the reading order; content that appears takes focus only when the learner asked for it.'),
  c('2.4.4', 'Link Purpose (In Context)', 'A', 'met', 'Link text names its destination; repeated "read more" links are not used.'),
  c('2.4.5', 'Multiple Ways', 'AA', 'met', 'The roadmap map, level pages, previous/next links, search and the sitemap.'),
  c('2.4.6', 'Headings and Labels', 'AA', 'met', 'Headings describe their section; every control has a visible label.'),
  c('2.4.7', 'Focus Visible', 'AA', 'met', 'A thick focus ring on every focusable element, in both themes.'),
  c('2.4.11', 'Focus Not Obscured (Minimum)', 'AA', 'met', 'The header scrolls away with the page; the one sticky element (the small "back to sections" link on phones) is narrow and sits at the bottom edge, away from the focused line.'),
  c('2.5.1', 'Pointer Gestures', 'A', 'met', 'No path-based or multi-finger gestures.'),
  c('2.5.2', 'Pointer Cancellation', 'A', 'met', 'Controls act on release (native click), never on press.'),
  c('2.5.3', 'Label in Name', 'A', 'met', 'Accessible names start with the visible label.'),
  c('2.5.4', 'Motion Actuation', 'A', 'na', 'Nothing responds to device motion.'),
  c('2.5.7', 'Dragging Movements', 'AA', 'na', 'Nothing needs dragging.'),
  c('2.5.8', 'Target Size (Minimum)', 'AA', 'met', 'Controls are at least 24 by 24 CSS pixels or spaced so; links inside text are exempt.'),
  c('3.1.1', 'Language of Page', 'A', 'met', 'Every page declares lang="en".'),
  c('3.1.2', 'Language of Parts', 'AA', 'met', 'Code is marked as code; the site has no passages in other languages.'),
  c('3.2.1', 'On Focus', 'A', 'met', 'Focus never changes the page or opens anything.'),
  c('3.2.2', 'On Input', 'A', 'met', 'Changing a status or a field saves it but never moves the learner elsewhere.'),
  c('3.2.3', 'Consistent Navigation', 'AA', 'met', 'Header, breadcrumbs and footer are the same components on every page.'),
  c('3.2.4', 'Consistent Identification', 'AA', 'met', 'A control that does the same thing has the same name on every page.'),
  c('3.2.6', 'Consistent Help', 'A', 'met', 'The footer\'s "Report a problem" link is in the same place on every page.'),
  c('3.3.1', 'Error Identification', 'A', 'met', 'An import file that cannot be read says which part and why, in text.'),
  c('3.3.2', 'Labels or Instructions', 'A', 'met', 'Every field has a label; the import and planner say what they expect.'),
  c('3.3.3', 'Error Suggestion', 'AA', 'met', 'Errors say what to do next (choose another file, export first, reload).'),
  c('3.3.4', 'Error Prevention (Legal, Financial, Data)', 'AA', 'met', 'Replacing or deleting data is confirmed, offers an export first, and an import can be undone.'),
  c('3.3.7', 'Redundant Entry', 'A', 'na', 'No process asks for the same information twice.'),
  c('3.3.8', 'Accessible Authentication (Minimum)', 'AA', 'na', 'The site has no sign-in.'),
  c('4.1.2', 'Name, Role, Value', 'A', 'met', 'Native elements first; custom controls carry ARIA names, states (aria-pressed, aria-expanded) and roles.'),
  c('4.1.3', 'Status Messages', 'AA', 'met', 'Saves, imports and errors are announced through status and alert regions without moving focus.'),
];

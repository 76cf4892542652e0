/**
 * "My notes" on a topic or project page: plain text, saved as the learner types (debounced),
 * restored on load, printed, exported. Loaded when the notes come near the viewport.
 */
import { NOTE_MAX_LENGTH } from '../../lib/progress/model';
import { noteOf, setNote } from '../../lib/progress/workspace';
import { h } from '../dom';
import { current, save, subscribe } from './store';

const DELAY_MS = 400;

export function start(slot: HTMLElement): void {
  const id = slot.dataset['notesSlot'] ?? '';
  const fieldId = `notes-${id.replace(':', '-')}`;
  const area = h('textarea', {
    id: fieldId,
    class: 'field notes-field',
    rows: '6',
    maxlength: String(NOTE_MAX_LENGTH),
    'aria-describedby': `${fieldId}-help ${fieldId}-state`,
  });
  const state = h('p', { id: `${fieldId}-state`, class: 'notes-state muted', role: 'status' });
  slot.replaceChildren(
    h('h2', { class: 'notes-title' }, h('label', { for: fieldId }, 'My notes')),
    h(
      'p',
      { id: `${fieldId}-help`, class: 'muted' },
      `Plain text, saved in this browser as you type (up to ${NOTE_MAX_LENGTH.toLocaleString('en')} characters) and included when you export your progress.`,
    ),
    area,
    state,
  );
  area.value = noteOf(current(), id);

  let timer: ReturnType<typeof setTimeout> | undefined;
  // Text typed here that is not stored yet: never replaced by what is stored.
  let unsaved = false;
  let failing = false;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    // The first failure in a row raises the page's alert, with an export that includes the note.
    const result = save(setNote(current(), id, area.value), { quiet: failing });
    unsaved = !result.ok;
    failing = !result.ok;
    state.textContent = result.ok
      ? 'Saved.'
      : `Not saved: ${result.reason === 'full' ? 'this browser’s storage for the site is full' : 'this browser blocks storage for the site'}. Your text is still here; copy it, or export your progress with this change from the alert at the top of the page.`;
  };
  area.addEventListener('input', () => {
    clearTimeout(timer);
    unsaved = true;
    state.textContent = '';
    timer = setTimeout(flush, DELAY_MS);
  });
  area.addEventListener('blur', () => timer !== undefined && flush());
  addEventListener('pagehide', () => timer !== undefined && flush());
  addEventListener('beforeprint', () => timer !== undefined && flush());
  // Another tab edited the same note: follow it unless the learner has text here not yet stored.
  subscribe((s) => {
    if (!unsaved && document.activeElement !== area) area.value = noteOf(s, id);
  });
}

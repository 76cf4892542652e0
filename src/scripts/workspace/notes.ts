/**
 * "My notes" on a topic or project page: plain text, saved as the learner types (debounced),
 * restored on load, printed, exported. Loaded when the notes come near the viewport.
 */
import { NOTE_MAX_LENGTH } from '../../lib/progress/model';
import { noteOf, setNote } from '../../lib/progress/workspace';
import { h } from '../dom';
import { current, save, subscribe } from './store';

const DELAY_MS = 400;

export function startNotes(slot: HTMLElement): void {
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
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    const result = save(setNote(current(), id, area.value), { quiet: true });
    state.textContent = result.ok
      ? 'Saved.'
      : `Not saved: ${result.reason === 'full' ? 'this browser’s storage for the site is full' : 'this browser blocks storage for the site'}. Your text is still here: copy it, or use Export progress on the home page after freeing space.`;
  };
  area.addEventListener('input', () => {
    clearTimeout(timer);
    state.textContent = '';
    timer = setTimeout(flush, DELAY_MS);
  });
  area.addEventListener('blur', () => timer !== undefined && flush());
  addEventListener('pagehide', () => timer !== undefined && flush());
  // Another tab edited the same note: follow it unless the learner is typing here.
  subscribe((s) => {
    if (document.activeElement !== area && timer === undefined) area.value = noteOf(s, id);
  });
}

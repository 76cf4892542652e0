/**
 * "My notes" on a topic or project page: plain text, saved as the learner types (debounced),
 * restored on load, printed, exported. Loaded when the notes come near the viewport.
 *
 * The same note may be open in two tabs. The field follows the stored note whenever it holds no
 * unsaved text (focused or not, keeping the caret), reads it again on focus, and before saving
 * checks that the stored note is still the one its text started from: if another tab changed it
 * meanwhile, the learner chooses which text to keep instead of one silently replacing the other.
 */

import { read } from '../../lib/hooks';
import { NOTES_SLOT } from '../../lib/hooks/workspace';
import { NOTE_MAX_LENGTH } from '../../lib/progress/model';
import { noteOf, setNote } from '../../lib/progress/workspace';
import { h } from '../dom';
import { current, store, subscribe, update } from './store';

const DELAY_MS = 400;
const FAILURE = {
  full: 'this browser’s storage for the site is full',
  blocked: 'this browser blocks storage for the site',
  locked: 'saving is paused until you deal with the notice at the top of the page',
};

export function start(slot: HTMLElement): void {
  const id = read(slot, NOTES_SLOT);
  const fieldId = `notes-${id.replace(':', '-')}`;
  const area = h('textarea', {
    id: fieldId,
    class: 'field notes-field',
    rows: '6',
    maxlength: String(NOTE_MAX_LENGTH),
    'aria-describedby': `${fieldId}-help ${fieldId}-state`,
  });
  const state = h('p', { id: `${fieldId}-state`, class: 'notes-state muted', role: 'status' });
  const choices = h('p', { class: 'notes-conflict', hidden: true });
  slot.replaceChildren(
    h('h2', { class: 'notes-title' }, h('label', { for: fieldId }, 'My notes')),
    h(
      'p',
      { id: `${fieldId}-help`, class: 'muted' },
      `Plain text, saved in this browser as you type (up to ${NOTE_MAX_LENGTH.toLocaleString('en')} characters) and included when you export your progress.`,
    ),
    area,
    state,
    choices,
  );

  /** The stored note this field's text started from (its time, or '' for none). */
  let base = current().notes[id]?.at ?? '';
  area.value = noteOf(current(), id);
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Text typed here that is not stored yet: never replaced by what is stored.
  let unsaved = false;
  let conflict = false;

  const follow = () => {
    if (unsaved || conflict) return;
    const text = noteOf(current(), id);
    base = current().notes[id]?.at ?? '';
    if (area.value === text) return;
    const { selectionStart, selectionEnd } = area;
    area.value = text;
    if (document.activeElement === area) area.setSelectionRange(selectionStart, selectionEnd);
  };

  const write = () => {
    const text = area.value;
    const result = update((s) => setNote(s, id, text));
    unsaved = !result.ok;
    if (result.ok) base = current().notes[id]?.at ?? '';
    state.textContent = result.ok
      ? 'Saved.'
      : `Not saved: ${FAILURE[result.reason]}. Your text is still here; copy it, or export your progress with this change from the alert at the top of the page.`;
  };

  const choose = (label: string, run: () => void) => {
    const button = h('button', { type: 'button', class: 'button' }, label);
    button.addEventListener('click', () => {
      conflict = false;
      choices.hidden = true;
      choices.replaceChildren();
      run();
      area.focus();
    });
    return button;
  };

  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (conflict) return;
    store.refresh();
    if ((current().notes[id]?.at ?? '') === base) return write();
    // Another tab saved this note after this field last read it.
    conflict = true;
    state.textContent =
      'Not saved: this note was changed in another tab while you typed here. Choose which text to keep.';
    const theirs = noteOf(current(), id);
    choices.replaceChildren(
      choose('Keep my text here', write),
      choose('Use the other tab’s text', () => {
        unsaved = false;
        area.value = theirs;
        base = current().notes[id]?.at ?? '';
        state.textContent = 'Showing the text saved in the other tab.';
      }),
    );
    choices.hidden = false;
  };

  area.addEventListener('input', () => {
    clearTimeout(timer);
    unsaved = true;
    if (!conflict) state.textContent = '';
    timer = setTimeout(flush, DELAY_MS);
  });
  area.addEventListener('focus', () => {
    store.refresh();
    follow();
  });
  area.addEventListener('blur', () => timer !== undefined && flush());
  addEventListener('pagehide', () => timer !== undefined && flush());
  addEventListener('beforeprint', () => timer !== undefined && flush());
  subscribe(follow);
}

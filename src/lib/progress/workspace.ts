/**
 * Changes of the workspace that only the lazily loaded parts make (notes, self-check tallies,
 * pace, "continue"), kept apart from model.ts so that pages do not load them at start.
 */
import { NOTE_MAX_LENGTH, type ProgressState, statusOf } from './model';

/** Saves a note; an empty note removes it. Longer notes than NOTE_MAX_LENGTH are refused. */
export function setNote(state: ProgressState, id: string, text: string, now: Date = new Date()): ProgressState {
  if (text.length > NOTE_MAX_LENGTH) throw new RangeError(`A note can be at most ${NOTE_MAX_LENGTH} characters long.`);
  if ((state.notes[id]?.text ?? '') === text || (text.trim() === '' && !state.notes[id])) return state;
  const notes = { ...state.notes };
  if (text.trim() === '') delete notes[id];
  else notes[id] = { text, at: now.toISOString() };
  return { ...state, notes };
}

export const noteOf = (state: ProgressState, id: string): string => state.notes[id]?.text ?? '';

export function setQuizTally(
  state: ProgressState,
  topicId: string,
  right: number,
  total: number,
  now: Date = new Date(),
): ProgressState {
  return { ...state, quiz: { ...state.quiz, [topicId]: { right, total, at: now.toISOString() } } };
}

export function setHoursPerWeek(state: ProgressState, hours: number | undefined): ProgressState {
  const { hoursPerWeek: _old, ...rest } = state;
  return hours === undefined ? rest : { ...rest, hoursPerWeek: hours };
}

/**
 * "Continue": the page the learner was last on (if it is still on the roadmap) and the first item
 * in roadmap order that is neither done nor skipped.
 */
export function continuePoint(
  state: ProgressState,
  orderedIds: readonly string[],
): { last: string | undefined; next: string | undefined } {
  const last = state.last && orderedIds.includes(state.last.id) ? state.last.id : undefined;
  const next = orderedIds.find((id) => {
    const status = statusOf(state, id);
    return status !== 'done' && status !== 'skipped';
  });
  return { last, next };
}

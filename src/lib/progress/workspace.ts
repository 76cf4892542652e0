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

/**
 * Keeps one question's last result (`right`: answered right at the first try) in its topic's
 * tally; `right` of the tally becomes the number of questions last answered right, out of `total`
 * (the quiz's question count). Results of questions the quiz no longer has are dropped.
 */
export function setQuizAnswer(
  state: ProgressState,
  topicId: string,
  question: { readonly id: string; readonly right: boolean },
  questionIds: readonly string[],
  now: Date = new Date(),
): ProgressState {
  const old = state.quiz[topicId]?.answers ?? {};
  const answers: Record<string, boolean> = {};
  for (const id of questionIds) {
    const result = id === question.id ? question.right : old[id];
    if (result !== undefined) answers[id] = result;
  }
  const right = Object.values(answers).filter(Boolean).length;
  const tally = { right, total: questionIds.length, at: now.toISOString(), answers };
  return { ...state, quiz: { ...state.quiz, [topicId]: tally } };
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

/**
 * How an exercise's status reads, apart from the changes in exercises.ts so that an exercise
 * page's start-up script carries only these few bytes.
 */
import type { ExerciseStatus, ProgressState } from './model';

/** What a learner's exercise status reads as, "not started" being the absence of an entry. */
export type ExerciseProgress = ExerciseStatus | 'not-started';

export const EXERCISE_LABELS: Readonly<Record<ExerciseProgress, string>> = {
  'not-started': 'Not started',
  attempted: 'Attempted',
  solved: 'Solved',
};

export const exerciseStatusOf = (state: ProgressState, id: string): ExerciseProgress =>
  state.exercises[id]?.status ?? 'not-started';

/** "Your status: Solved (solution seen)." for an exercise page, or '' before a first try. */
export function exerciseStateText(state: ProgressState, id: string): string {
  const entry = state.exercises[id];
  if (!entry) return '';
  return `Your status: ${EXERCISE_LABELS[entry.status]}${entry.solutionSeen ? ' (solution seen)' : ''}.`;
}

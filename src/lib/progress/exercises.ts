/**
 * Changes and counts of graded exercises in the learner's workspace (version 5). The changes are
 * loaded by exercise pages only; the counts are small enough for the pages that show progress.
 */
import { CODE_MAX_LENGTH, type ExerciseEntry, type ExerciseStatus, type ProgressState } from './model';

export { EXERCISE_LABELS, type ExerciseProgress, exerciseStatusOf } from './exercise-labels';

const checkLength = (code: string) => {
  if (code.length > CODE_MAX_LENGTH)
    throw new RangeError(`Code can be at most ${CODE_MAX_LENGTH} characters long to be kept.`);
};

/**
 * Keeps the code a learner checked and what came of it: solved when every check passed, and
 * solved it stays (a later failing try keeps its code, not a lower status).
 */
export function recordCheck(
  state: ProgressState,
  id: string,
  code: string,
  passed: boolean,
  now: Date = new Date(),
): ProgressState {
  checkLength(code);
  const old = state.exercises[id];
  const status: ExerciseStatus = passed || old?.status === 'solved' ? 'solved' : 'attempted';
  const entry: ExerciseEntry = {
    status,
    code,
    at: now.toISOString(),
    ...(old?.solutionSeen ? { solutionSeen: true } : {}),
  };
  return { ...state, exercises: { ...state.exercises, [id]: entry } };
}

/**
 * The learner chose to see the solution: it counts as seen for good, and an exercise never
 * checked becomes attempted, with the code they had in the editor.
 */
export function markSolutionSeen(
  state: ProgressState,
  id: string,
  code: string,
  now: Date = new Date(),
): ProgressState {
  const old = state.exercises[id];
  if (old?.solutionSeen) return state;
  checkLength(code);
  const entry: ExerciseEntry = old
    ? { ...old, solutionSeen: true, at: now.toISOString() }
    : { status: 'attempted', code, at: now.toISOString(), solutionSeen: true };
  return { ...state, exercises: { ...state.exercises, [id]: entry } };
}

/** How many of the given exercises are solved and attempted (ids the site no longer has are not counted). */
export function exerciseCounts(
  state: ProgressState,
  ids: readonly string[],
): { readonly solved: number; readonly attempted: number; readonly total: number } {
  let solved = 0;
  let attempted = 0;
  for (const id of ids) {
    const status = state.exercises[id]?.status;
    if (status === 'solved') solved += 1;
    else if (status === 'attempted') attempted += 1;
  }
  return { solved, attempted, total: ids.length };
}

/** "2 of 3 exercises solved", with the attempted ones when there are any. */
export function describeExerciseCounts(counts: ReturnType<typeof exerciseCounts>): string {
  const base = `${counts.solved} of ${counts.total} exercise${counts.total === 1 ? '' : 's'} solved`;
  return counts.attempted > 0 ? `${base}, ${counts.attempted} attempted` : base;
}

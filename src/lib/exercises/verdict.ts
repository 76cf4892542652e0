/**
 * What a Check tells the learner, from grade.py's JSON verdict and the exercise's check messages:
 * "3 of 5 checks pass", then each failing check's message in words and what was found. Pure, so
 * the wording is unit-tested without a browser or a Python.
 */
import type { Grade } from '../python/protocol';

export interface CheckMessage {
  readonly name: string;
  /** The message as inline HTML, rendered at build time (src/lib/inline-markdown.ts). */
  readonly message: string;
}

export interface Feedback {
  readonly passed: number;
  readonly total: number;
  readonly solved: boolean;
  /** "3 of 5 checks pass." */
  readonly summary: string;
  /** Set when the code itself did not run (a syntax error, an exception at the top level). */
  readonly error: string | null;
  readonly failures: readonly { readonly name: string; readonly message: string; readonly detail: string }[];
  /** What the code printed while being checked. */
  readonly stdout: string;
}

const isResult = (r: unknown): r is Grade['results'][number] =>
  typeof r === 'object' &&
  r !== null &&
  typeof (r as Record<string, unknown>)['name'] === 'string' &&
  typeof (r as Record<string, unknown>)['passed'] === 'boolean' &&
  typeof (r as Record<string, unknown>)['detail'] === 'string';

/** Reads grade.py's output; undefined when it is not a verdict. */
export function parseVerdict(text: string): Grade | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { error, stdout, results } = value as Record<string, unknown>;
  if ((error !== null && typeof error !== 'string') || typeof stdout !== 'string') return undefined;
  if (!Array.isArray(results) || !results.every(isResult)) return undefined;
  return { error, stdout, results };
}

/** The learner's feedback: every check counted, failures in the exercise's order with their messages. */
export function feedback(grade: Grade, checks: readonly CheckMessage[]): Feedback {
  const byName = new Map(grade.results.map((r) => [r.name, r]));
  const passed = checks.filter((c) => byName.get(c.name)?.passed === true).length;
  const total = checks.length;
  const failures = checks
    .filter((c) => byName.get(c.name)?.passed !== true)
    .map((c) => ({ name: c.name, message: c.message, detail: byName.get(c.name)?.detail ?? 'this check did not run' }));
  // The schema asks for at least two checks, so "checks" is always plural.
  const summary = passed === total ? `All ${total} checks pass.` : `${passed} of ${total} checks pass.`;
  return {
    passed,
    total,
    solved: total > 0 && passed === total,
    summary,
    error: grade.error,
    failures,
    stdout: grade.stdout,
  };
}

/**
 * Names shared by the start-up gate (src/scripts/data/gate.ts) and the code it loads: kept in a
 * module of their own so that start-up carries only these strings, not the rules.
 */
import { PROGRESS_KEY_PREFIX } from '../site';

/** The reminder's record beside the progress record: `pbr-progress:<base>:meta`. */
export const metaKey = (base: string): string => `${PROGRESS_KEY_PREFIX}:${base}:meta`;

/**
 * Whether the lessons' topic sidebar is folded away: `pbr-progress:<base>:topics`, beside the
 * progress record so the privacy page lists and deletes it with the rest. Read before paint
 * (ThemeScript.astro) and written by src/scripts/lesson/topic-nav.ts.
 */
export const topicsKey = (base: string): string => `${PROGRESS_KEY_PREFIX}:${base}:topics`;

/** The DOM event (on `document`) any part of the page dispatches right after an export. */
export const EXPORTED_EVENT = 'pbr:exported';

/** The fragment that starts a transfer link. */
export const TRANSFER_PREFIX = '#transfer=';

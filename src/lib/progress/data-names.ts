/**
 * Names shared by the start-up gate (src/scripts/data/gate.ts) and the code it loads: kept in a
 * module of their own so that start-up carries only these strings, not the rules.
 */
import { PROGRESS_KEY_PREFIX } from '../site';

/** The reminder's record beside the progress record: `pbr-progress:<base>:meta`. */
export const metaKey = (base: string): string => `${PROGRESS_KEY_PREFIX}:${base}:meta`;

/** The DOM event (on `document`) any part of the page dispatches right after an export. */
export const EXPORTED_EVENT = 'pbr:exported';

/** The fragment that starts a transfer link. */
export const TRANSFER_PREFIX = '#transfer=';

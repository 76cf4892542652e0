/** The backup reminder's record in this browser (rules in src/lib/progress/reminder.ts). */
import { metaKey, parseMeta, type ReminderMeta, serializeMeta } from '../../lib/progress/reminder';
import { safeGet, safeSet } from '../../lib/progress/storage';
import { storage } from '../workspace/store';

const key = metaKey(import.meta.env.BASE_URL);

export const readMeta = (): ReminderMeta => parseMeta(safeGet(storage, key));

/** Re-reads before writing, so another tab's export is never lost. */
export function changeMeta(change: (meta: ReminderMeta, now: number) => ReminderMeta): void {
  safeSet(storage, key, serializeMeta(change(readMeta(), Date.now())));
}

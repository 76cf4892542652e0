/**
 * The rare paths of the store, loaded only when needed: migrating older data, setting aside
 * data that cannot be read, and telling the learner when a change could not be saved.
 */

import { appendBackup, loadProgress } from '../../lib/progress/backup';
import type { ProgressState } from '../../lib/progress/model';
import { showNotice } from './notice';
import { keys, replace, storage } from './store';

const download: [string, () => void] = [
  'Download the unreadable data',
  () => void import('./tools').then((t) => t.downloadBackups()),
];

export function recover(): void {
  const result = loadProgress(storage, keys);
  replace(result.state);
  if (!result.ok) {
    showNotice(
      `Your saved progress could not be read (${result.reason}). ${
        result.backedUp
          ? 'It has been set aside in this browser as a backup; you can download it and start fresh.'
          : 'It has been left as it was; download it before you change anything here.'
      }`,
      [download],
    );
  } else if (result.dropped > 0) {
    const one = result.dropped === 1;
    showNotice(
      `${result.dropped} saved ${one ? 'entry' : 'entries'} could not be read and ${one ? 'was' : 'were'} left out; everything else was kept.${
        result.backedUp ? ' The original is kept as a backup.' : ''
      }`,
      [download],
    );
  }
}

export const keepAside = (raw: string): void => void appendBackup(storage, keys, raw);

const FAILURE = {
  full: 'this browser’s storage for this site is full',
  blocked: 'this browser does not let this site store anything (private browsing or blocked site data)',
};

export function notSaved(reason: 'full' | 'blocked', attempted: ProgressState): void {
  showNotice(
    `Your change was not saved: ${FAILURE[reason]}. The page shows what is saved. Export your progress, including this change, to keep it in a file.`,
    [['Export progress with this change', () => void import('./tools').then((t) => t.exportState(attempted))]],
  );
}

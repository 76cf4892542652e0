/** What the progress store (store.ts) reports: save results, its lock, and the events a page listens to. */
import type { ProgressState } from './model';

export type SaveResult = { readonly ok: true } | { readonly ok: false; readonly reason: 'full' | 'blocked' | 'locked' };

export interface Lock {
  /** `newer`: a newer version of the site wrote it (`elsewhere`: another tab, while this one was open). */
  readonly cause: 'unreadable' | 'newer' | 'newer-elsewhere';
  /** Why it cannot be read, in words. */
  readonly reason: string;
  /** The stored value, byte for byte: what the learner downloads. */
  readonly raw: string;
}

export type StoreEvent =
  | {
      readonly type: 'not-saved';
      readonly reason: 'full' | 'blocked' | 'locked';
      /** The state with every change not yet saved: what "export" keeps. */
      readonly wanted: ProgressState;
      readonly pending: number;
    }
  | { readonly type: 'pending-saved'; readonly count: number }
  | { readonly type: 'locked'; readonly lock: Lock }
  | { readonly type: 'unlocked' }
  | {
      readonly type: 'set-aside';
      /** The fields left out, or none when the whole value was unreadable. */
      readonly problems: readonly string[];
      readonly reason?: string;
      readonly raw: string;
    };

/**
 * The keyboard shortcuts that open search. Its own module because it is the only search rule
 * every page needs at start; the rest of src/lib/search.ts loads with the search UI.
 */
/** The parts of a key event the shortcut rule needs. */
export interface KeyLike {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  /** Whether focus is in something the user types into. */
  readonly typing: boolean;
}

/** `/` opens search unless the user is typing; Ctrl+K and ⌘+K open it from anywhere. */
export function isSearchShortcut(event: KeyLike): boolean {
  if (event.altKey) return false;
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') return true;
  return event.key === '/' && !event.ctrlKey && !event.metaKey && !event.typing;
}

/** Whether an event target is something the user types into (a field or editable content). */
export function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/**
 * The contract between the pages and the scripts that bring them to life: every `data-` attribute
 * a page (or a script) writes and a script, a stylesheet or an e2e test looks for is named once,
 * in one module of this folder per client chunk (workspace.ts for the workspace's start-up code
 * and the roots of the parts it loads, then one file per lazy part), so that each chunk carries
 * only the names it uses. Components spread `hook(NAME, value)` into their markup; scripts query
 * `sel(NAME)` and read `read(el, NAME)` (or set the attribute with the same constant);
 * tests/e2e imports the same constants. Renaming a hook is a compile error, not a control that
 * silently never appears; tests/unit/hooks.test.ts checks that no hook's text is written anywhere
 * else and that each one is both written and read. Browser-safe: plain functions, nothing else.
 */

/** The name of a hook: one of the constants of this folder. */
export type Hook = `data-${string}`;

/** The selector of every element with the hook: `[data-notes-slot]`. */
export const sel = (name: Hook): string => `[${name}]`;

/** The attribute to spread into a component's markup: `{...hook(NOTES_SLOT, itemId)}`. */
export const hook = <N extends Hook>(name: N, value = ''): Record<N, string> =>
  ({ [name]: value }) as Record<N, string>;

/** The hook's value on an element, or '' when it has none. */
export const read = (el: Element, name: Hook): string => el.getAttribute(name) ?? '';

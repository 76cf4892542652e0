/**
 * What a typed query becomes before Pagefind sees it:
 *
 * - Joining words ("fastapi vs flask", "django or flask") are not required: `vs`, `versus` and
 *   `or` are dropped (unless the query is nothing else).
 * - Symbols inside a term: Pagefind indexes "N+1" as `n1` but splits a typed "n+1" at the `+`,
 *   so a word made of letters and digits joined by `+` is searched without them.
 * - Aliases: a word that is a technology's alias (`k8s`, `postgres`) is searched as the
 *   technology's name (`kubernetes`, `postgresql`), so it finds what the full term finds. The
 *   alias map is built from src/lib/technologies.ts into `/search-terms.json`.
 */

export const STOP_WORDS: ReadonlySet<string> = new Set(['vs', 'vs.', 'versus', 'or']);

/** Alias (lower case, one word) to the words of the full term it stands for. */
export type AliasMap = Readonly<Record<string, string>>;

const PLUS_TERM = /^[\p{L}\p{N}]+(?:\+[\p{L}\p{N}]+)+$/u;

/** The query Pagefind is given for what the learner typed. */
export function prepareQuery(typed: string, aliases: AliasMap = {}): string {
  const words = typed.trim().split(/\s+/).filter(Boolean);
  const kept = words.filter((w) => !STOP_WORDS.has(w.toLowerCase()));
  return (kept.length > 0 ? kept : words)
    .map((word) => {
      const lower = word.toLowerCase();
      if (Object.hasOwn(aliases, lower)) return aliases[lower] ?? word;
      return PLUS_TERM.test(word) ? word.replaceAll('+', '') : word;
    })
    .join(' ');
}

/**
 * The alias map of a list of technologies: every one-word alias to the name's words that hold a
 * letter ("OAuth 2.0" → `oauth`), lower case. Aliases that are already the name are left out.
 */
export function aliasMap(
  technologies: readonly { readonly name: string; readonly aliases?: readonly string[] }[],
): AliasMap {
  const map: Record<string, string> = {};
  for (const { name, aliases = [] } of technologies) {
    const full = name
      .toLowerCase()
      .split(/\s+/)
      .filter((w) => /\p{L}/u.test(w))
      .join(' ');
    for (const alias of aliases) {
      const key = alias.toLowerCase();
      if (!/\s/.test(key) && key !== full) map[key] = full;
    }
  }
  return map;
}

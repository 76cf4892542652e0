/**
 * Typo correction for search. Pagefind matches prefixes, so a misspelt word such as `djnago`
 * finds junk (`-d` in shell snippets) rather than nothing. When a query's results are weak (none
 * of them marks a word that starts like the typed one), each unknown word of four letters or more
 * is replaced by the closest word of the site's vocabulary (src/lib/search-terms.ts), if one is
 * close enough: one edit for short words, two from seven letters. Adjacent swaps count as one edit.
 */

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i] as number[];
      const prev = d[i - 1] as number[];
      row[j] = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
      }
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

const allowed = (word: string): number => (word.length >= 7 ? 2 : 1);

/** The vocabulary word closest to `word`, or undefined when none is close enough. */
export function closestWord(word: string, vocabulary: readonly string[]): string | undefined {
  let best: { word: string; distance: number } | undefined;
  for (const candidate of vocabulary) {
    if (Math.abs(candidate.length - word.length) > allowed(word)) continue;
    const distance = editDistance(word, candidate);
    if (distance <= allowed(word) && (!best || distance < best.distance)) best = { word: candidate, distance };
  }
  return best?.word;
}

/**
 * The corrected query, or undefined when no word needs or has a correction. Words shorter than
 * four letters and words the vocabulary knows are kept as typed.
 */
export function correctQuery(query: string, vocabulary: readonly string[]): string | undefined {
  const known = new Set(vocabulary);
  let changed = false;
  const words = query
    .trim()
    .split(/\s+/)
    .map((typed) => {
      const word = typed.toLowerCase();
      if (word.length < 4 || known.has(word)) return typed;
      const fix = closestWord(word, vocabulary);
      if (!fix) return typed;
      changed = true;
      return fix;
    });
  return changed ? words.join(' ') : undefined;
}

/**
 * Whether results are weak for a query: none of the excerpts marks a word that contains the first
 * three letters of a query word (Pagefind wraps matches in `<mark>`), and no word of what the
 * pages say they are about (`about`, matched through metadata without a mark) starts with them.
 */
export function weakResults(query: string, excerpts: readonly string[], about: readonly string[] = []): boolean {
  const stems = query
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length >= 3)
    .map((w) => w.slice(0, 3));
  if (stems.length === 0) return false;
  const { marked, words } = matchedWords(excerpts, about);
  return (
    !marked.some((m) => stems.some((stem) => m.includes(stem))) &&
    !words.some((w) => stems.some((stem) => w.startsWith(stem)))
  );
}

/**
 * Whether results bear out the words as typed: some excerpt marks, or some page's `about` has, a
 * word that starts with a whole query word of four or more letters. Results for a word the
 * vocabulary does not know ("fastpi") can match its first letters elsewhere ("fast"); unless they
 * show the word itself, the corrected query is searched instead.
 */
export function confirmsTyped(query: string, excerpts: readonly string[], about: readonly string[] = []): boolean {
  const typed = query
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length >= 4);
  if (typed.length === 0) return true;
  const { marked, words } = matchedWords(excerpts, about);
  return [...marked, ...words].some((w) => typed.some((t) => w.startsWith(t)));
}

/** What results show of a query, lower case: the words Pagefind marked, and the words of `about`. */
function matchedWords(excerpts: readonly string[], about: readonly string[]) {
  return {
    marked: excerpts.flatMap((html) =>
      [...html.matchAll(/<mark>([^<]*)<\/mark>/g)].map((m) => (m[1] ?? '').toLowerCase()),
    ),
    words: about.flatMap((text) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u)),
  };
}

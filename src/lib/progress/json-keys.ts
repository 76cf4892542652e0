/**
 * `JSON.parse` keeps the last of two equal keys in an object without a word, so a file with
 * `"testing"` twice would be imported as whichever came last. This finds such keys, by path
 * (`items.testing`), in text that `JSON.parse` has already accepted.
 */
interface Frame {
  readonly path: string;
  /** An object's keys so far; null for an array. */
  readonly keys: Set<string> | null;
  key: string;
  index: number;
}

export function duplicateKeys(text: string): string[] {
  const found: string[] = [];
  const stack: Frame[] = [];
  let expectKey = false;
  const childPath = (): string => {
    const top = stack.at(-1);
    if (!top) return '';
    const part = top.keys ? top.key : String(top.index);
    return top.path ? `${top.path}.${part}` : part;
  };
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '"') {
      let j = i + 1;
      while (text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const top = stack.at(-1);
      if (top?.keys && expectKey) {
        const key = JSON.parse(text.slice(i, j + 1)) as string;
        if (top.keys.has(key)) found.push(top.path ? `${top.path}.${key}` : key);
        top.keys.add(key);
        top.key = key;
        expectKey = false;
      }
      i = j;
    } else if (c === '{' || c === '[') {
      stack.push({ path: childPath(), keys: c === '{' ? new Set() : null, key: '', index: 0 });
      expectKey = c === '{';
    } else if (c === '}' || c === ']') stack.pop();
    else if (c === ',') {
      const top = stack.at(-1);
      if (top?.keys) expectKey = true;
      else if (top) top.index += 1;
    }
  }
  return found;
}

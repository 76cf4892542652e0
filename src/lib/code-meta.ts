/**
 * What the bar above a lesson's code block says: the language's name, or the file's name when
 * the fence gives one. Fences are closed vocabularies like the rest of the content: a language
 * without a label, or a meta word the site does not know, fails the build and says which.
 */

/** Human-readable names of the fence languages the lessons and quizzes use. */
export const codeLanguageLabels = {
  bash: 'Bash',
  dockerfile: 'Dockerfile',
  graphql: 'GraphQL',
  hcl: 'HCL',
  http: 'HTTP',
  json: 'JSON',
  plaintext: 'Text',
  python: 'Python',
  sql: 'SQL',
  text: 'Text',
  toml: 'TOML',
  yaml: 'YAML',
} as const satisfies Record<string, string>;

/** A fence language the site has a label for. */
export type CodeLanguage = keyof typeof codeLanguageLabels;

export function isCodeLanguage(lang: string): lang is CodeLanguage {
  return Object.hasOwn(codeLanguageLabels, lang);
}

/** The label for a fence language, or an error naming the language and where to add it. */
export function codeLanguageLabel(lang: string): string {
  if (!isCodeLanguage(lang))
    throw new Error(
      `code-blocks: no label for the language "${lang}"; add it to codeLanguageLabels in src/lib/code-meta.ts`,
    );
  return codeLanguageLabels[lang];
}

/** What a fence's meta string (the text after the language) asks for. */
export interface CodeMeta {
  /** `output`: the block shows what the example before it prints (captioned "Output", no copy button). */
  readonly output: boolean;
  /** `title="app/main.py"`: the block is that whole file; its name replaces the language label. */
  readonly title: string | undefined;
}

/** Reads a fence's meta string, e.g. `output` or `title="compose.yaml"`. */
export function parseCodeMeta(raw: string | null | undefined): CodeMeta {
  let output = false;
  let title: string | undefined;
  const text = raw?.trim() ?? '';
  // A bare word, or `key="value"` (double quotes, no quote inside the value).
  const part = /\s*(?:([a-z]+)="([^"]*)"|([^\s"=]+))\s*/y;
  while (part.lastIndex < text.length) {
    const at = part.lastIndex;
    const match = part.exec(text);
    const [, key, value, word] = match ?? [];
    if (word === 'output') output = true;
    else if (key === 'title' && value?.trim()) title = value.trim();
    else throw new Error(`code-blocks: unknown fence meta "${text.slice(at)}" (known: output, title="file/name")`);
  }
  if (output && title) throw new Error(`code-blocks: an output block has no file name: "${text}"`);
  return { output, title };
}

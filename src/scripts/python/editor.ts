/**
 * The in-place editor: a plain `<textarea>` that behaves like a code editor where it matters.
 * Tab indents (four spaces; Shift+Tab removes them from the line); because Tab is taken, Escape
 * then Tab leaves the editor, as the note under it says. Ctrl/⌘+Enter runs the code.
 */
import { h } from '../dom';

const INDENT = '    ';

export interface Editor {
  readonly root: HTMLElement;
  readonly textarea: HTMLTextAreaElement;
}

let count = 0;

/** `verb`: what Ctrl+Enter does, as the help line says it (`runs`, `checks`). */
export function createEditor(code: string, label: string, run: () => void, verb = 'runs'): Editor {
  const id = `python-editor-help-${++count}`;
  const textarea = h('textarea', {
    class: 'run-editor',
    spellcheck: 'false',
    autocapitalize: 'off',
    autocomplete: 'off',
    wrap: 'off',
    'aria-label': label,
    'aria-describedby': id,
  });
  textarea.value = code;
  textarea.rows = Math.min(30, code.split('\n').length + 1);
  const help = h(
    'p',
    { class: 'run-help', id },
    `Tab indents. To leave the editor, press Escape, then Tab. Ctrl+Enter ${verb}.`,
  );
  let escaped = false;
  textarea.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      escaped = true;
      return;
    }
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      run();
      return;
    }
    if (event.key !== 'Tab' || escaped || event.altKey || event.ctrlKey || event.metaKey) {
      if (event.key !== 'Shift') escaped = false;
      return;
    }
    event.preventDefault();
    if (event.shiftKey) dedent(textarea);
    else textarea.setRangeText(INDENT, textarea.selectionStart, textarea.selectionEnd, 'end');
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  });
  textarea.addEventListener('blur', () => {
    escaped = false;
  });
  return { root: h('div', { class: 'run-editor-wrap' }, textarea, help), textarea };
}

/** Removes up to one indent from the start of the caret's line. */
function dedent(textarea: HTMLTextAreaElement): void {
  const { value, selectionStart } = textarea;
  const lineStart = value.lastIndexOf('\n', selectionStart - 1) + 1;
  const spaces = /^ {1,4}/.exec(value.slice(lineStart))?.[0].length ?? 0;
  if (spaces === 0) return;
  textarea.setRangeText('', lineStart, lineStart + spaces, 'preserve');
  const caret = Math.max(lineStart, selectionStart - spaces);
  textarea.setSelectionRange(caret, caret);
}

/**
 * Copying, with one polite status message for both kinds:
 * - Section anchors stay plain links (they work without JavaScript); with it, following one also
 *   copies the section's full URL.
 * - Each code block (`figure.code`, src/lib/code-blocks.ts) gets a copy button here, between its
 *   caption and its `pre`; it copies the code exactly as shown and reads "Copied" for two
 *   seconds. The buttons are not in the HTML, so without JavaScript, or in a text browser without
 *   CSS, there is no dead control. The bar keeps its height when the button arrives (code.css).
 * - A lesson's "Markdown version" link gets a "Copy as Markdown" button beside it, made here for
 *   the same reason. The twin is fetched only when the button is pressed.
 */
import { COPY_LINK, COPY_MARKDOWN, COPY_TWIN } from '../lib/hooks/copy';
import { PYTHON } from '../lib/hooks/python';
import { h, whenNear } from './dom';

for (const pre of document.querySelectorAll('.code > pre'))
  pre.insertAdjacentHTML('beforebegin', '<button type="button" class="copy" aria-label="Copy code">Copy</button>');
for (const twin of document.querySelectorAll(`a[${COPY_MARKDOWN}]`))
  twin.after(' ', h('button', { type: 'button', class: 'button', [COPY_TWIN]: true }, 'Copy as Markdown'));

const toast = document.createElement('div');
toast.className = 'copy-toast';
toast.setAttribute('role', 'status');
document.body.append(toast);
let timer: ReturnType<typeof setTimeout> | undefined;
let pressed: HTMLButtonElement | null | undefined;

/** Says `message` (empty: clears it) and shows "Copied" on the code button that was pressed. */
function say(message: string, button?: HTMLButtonElement | null): void {
  toast.textContent = '';
  if (pressed) pressed.textContent = 'Copy';
  pressed = button;
  if (button) button.textContent = 'Copied';
  clearTimeout(timer);
  if (!message) return;
  // Filled on the next frame after emptying, so a second copy is announced again.
  requestAnimationFrame(() => {
    toast.textContent = message;
  });
  timer = setTimeout(() => say(''), 2000);
}

/** Copies the Markdown twin at `href`. The clipboard item is made during the click, with the text to come, as Safari requires. */
async function copyTwin(href: string): Promise<void> {
  const text = fetch(href).then(async (r) => {
    if (!r.ok) throw new Error(`HTTP ${r.status}`);
    return r.text();
  });
  if (typeof ClipboardItem === 'function' && navigator.clipboard.write) {
    const blob = text.then((t) => new Blob([t], { type: 'text/plain' }));
    return navigator.clipboard.write([new ClipboardItem({ 'text/plain': blob })]);
  }
  return navigator.clipboard.writeText(await text);
}

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const twin = target?.closest(`[${COPY_TWIN}]`)?.previousElementSibling;
  if (twin instanceof HTMLAnchorElement && navigator.clipboard) {
    copyTwin(twin.href).then(
      () => say('Lesson copied as Markdown'),
      () => say('Could not copy: open the Markdown version and copy it from there'),
    );
    return;
  }
  const link = target?.closest<HTMLAnchorElement>(`a[${COPY_LINK}]`);
  const button = target?.closest<HTMLButtonElement>('.code > .copy');
  const text = link ? link.href : button?.nextElementSibling?.textContent;
  if (text == null || !navigator.clipboard) return;
  navigator.clipboard.writeText(text).then(
    () => say(link ? 'Link copied' : 'Code copied', button),
    // A link still does its job (the address bar has the URL); a button must say it failed.
    () => button && say('Could not copy: select the code and copy it instead'),
  );
});

// Run buttons for the lessons' Python (python/run-buttons.ts) load near any of the blocks.
// Hooks are selected here with `[${NAME}]`, not sel()/read() of src/lib/hooks/index.ts: those live
// in the workspace's start-up chunk, and importing them here too would move them into a chunk both
// entries share, one more request on every page with a heading.
const python = [...document.querySelectorAll(`[${PYTHON}]`)];
if (python.length > 0) whenNear(python, () => import('./python/run-buttons'));

/**
 * "Move to another device": a link to this site's home page carrying the whole record in its
 * fragment (src/lib/progress/transfer-link.ts). Too large a record says so and points to the file.
 */
import { transferLink } from '../../lib/progress/transfer-link';
import { homePath } from '../../lib/urls';
import { h } from '../dom';
import { store } from '../workspace/store';

/** What the last press showed (the link or why there is none): the next press replaces it. */
let shown: HTMLElement | undefined;

export function showLink(box: HTMLElement): void {
  shown?.remove();
  const result = transferLink(store.wanted, new URL(homePath(), location.href).href);
  if (!result.ok) {
    shown = h(
      'p',
      { role: 'status' },
      `Your progress and notes are too large for a link (${result.length.toLocaleString('en')} characters). Use "Export progress" to move them as a file instead.`,
    );
    box.append(shown);
    return;
  }
  const field = h('input', {
    type: 'text',
    readonly: true,
    id: 'transfer-link',
    class: 'field',
    value: result.url,
    'aria-describedby': 'transfer-link-note',
  });
  const copy = h('button', { type: 'button', class: 'button' }, 'Copy link');
  const said = h('span', { role: 'status' });
  copy.addEventListener('click', () => {
    void navigator.clipboard?.writeText(result.url).then(
      () => (said.textContent = 'Copied.'),
      () => (said.textContent = 'Select the link and copy it.'),
    );
  });
  const panel = h(
    'div',
    { class: 'transfer' },
    h('label', { for: 'transfer-link' }, 'Transfer link: open it on your other device'),
    field,
    h('p', {}, copy, ' ', said),
    h(
      'p',
      { id: 'transfer-link-note', class: 'muted' },
      'Your progress is inside the link, after the #. That part of a link never reaches a server: only the browser that opens it reads it. Anyone who has the link can read your notes.',
    ),
  );
  shown = panel;
  box.append(panel);
  field.select();
  // Wide screens (a laptop) also show a QR code for a phone; the encoder loads only then.
  if (matchMedia('(min-width: 48rem)').matches)
    void import('./transfer-qr').then(
      (m) => panel.append(m.qrCanvas(result.url)),
      () => undefined,
    );
}

/**
 * Run and Edit (and Stop, Reset) in the bar of each standard-library Python block
 * (`PYTHON` `run` in src/lib/hooks/python.ts, written by src/lib/code-blocks.ts), and a one-line note under blocks that
 * cannot run here (`needs`, `browser:<reason>`). copy.ts imports this near any Python block;
 * the buttons' work (session.ts: output, editor, runner) loads on the first press, and
 * the Python runtime itself when code first runs. Without JavaScript the blocks stay plain code:
 * none of this is in the HTML.
 */
import { PYTHON } from '../../lib/hooks/python';
import { blockNote } from '../../lib/python/blocks';
import { all, h } from '../dom';
import stylesheet from './run-buttons.css?url';
import type { Action, Controls } from './session';

const button = (label: string, action: Action, hidden = false) =>
  h('button', { type: 'button', class: `run-button ${action}`, hidden }, label);

let session: Promise<typeof import('./session')> | undefined;

function addButtons(figure: HTMLElement): void {
  const controls: Controls = {
    run: button('Run', 'run'),
    stop: button('Stop', 'stop', true),
    edit: button('Edit', 'edit'),
    reset: button('Reset', 'reset', true),
  };
  figure.classList.add('runnable');
  figure
    .querySelector(':scope > figcaption')
    ?.after(h('div', { class: 'run-actions' }, controls.run, controls.stop, controls.edit, controls.reset));
  for (const action of ['run', 'stop', 'edit', 'reset'] as const)
    controls[action].addEventListener('click', () => {
      session ??= import('./session');
      void session.then((m) => m.press(figure, controls, action));
    });
  // A press begins at pointerdown: Python starts loading then, a little before the click.
  controls.run.addEventListener('pointerdown', () => {
    session ??= import('./session');
    void session.then((m) => m.warm());
  });
}

function decorate(): void {
  // getAttribute rather than read() of src/lib/hooks/index.ts: see copy.ts.
  for (const figure of all(`figure[${PYTHON}]`)) {
    const kind = figure.getAttribute(PYTHON) ?? '';
    const note = blockNote(kind);
    if (kind === 'run') addButtons(figure);
    else if (note) figure.after(h('p', { class: 'run-note' }, note));
  }
}

// The buttons go in once their stylesheet has come: unstyled, they would take a row of their own
// in each block's bar, and the lesson would grow and shrink under a reader mid-scroll or mid-jump.
const link = h('link', { rel: 'stylesheet', href: stylesheet });
link.addEventListener('load', decorate, { once: true });
// Without it the buttons still work, plainer (a flaky network, a blocked request).
link.addEventListener('error', decorate, { once: true });
document.head.append(link);

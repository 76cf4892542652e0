/** A tiny element builder for controls that exist only with JavaScript (never in the HTML). */
type Attrs = Record<string, string | boolean | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === true) el.setAttribute(name, '');
    else if (typeof value === 'string') el.setAttribute(name, value);
  }
  el.append(...children);
  return el;
}

export const all = <T extends Element = HTMLElement>(selector: string, root: ParentNode = document): T[] => [
  ...root.querySelectorAll<T>(selector),
];

/**
 * Runs `load` once, when the element (or any one of several) is about to scroll into view or
 * gets focus. Its space is kept by CSS, so what it creates does not move the page. With several,
 * a reader who lands on a linked heading, or scrolls past one between two frames, still meets one.
 */
export function whenNear(target: Element | readonly Element[], load: () => void): void {
  const els = Array.isArray(target) ? target : [target as Element];
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    observer.disconnect();
    for (const el of els) el.removeEventListener('focusin', run);
    load();
  };
  const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && run(), {
    rootMargin: '150px',
  });
  for (const el of els) {
    observer.observe(el);
    el.addEventListener('focusin', run);
  }
}

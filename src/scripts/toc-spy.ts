/**
 * "On this page" as the reader moves through a lesson; loaded on the first scroll (boot.ts),
 * never at start-up. On wide screens the sidebar marks the section being read (`aria-current`,
 * styled by Toc.astro) and says which it is ("Section 3 of 8"); headings crossing the top third
 * of the screen, the footer coming fully into view and a scroll coming to rest tell when to look
 * again (IntersectionObserver and `scrollend`, no per-frame scroll handler). On phones the
 * "Contents" link opens the collapsed list it leads to, and steps aside while the reader scrolls
 * down (with the lesson bar, which this also starts).
 */
import { LESSON_BAR } from '../lib/hooks/lesson';
import { currentSection, hashId, nextPin, type Pin, READING_ZONE, sectionProgress } from '../lib/toc-spy';
import { startBar } from './lesson/bar';

const wide = matchMedia('(min-width: 64rem)');

function spy(nav: HTMLElement): void {
  const sections = [...nav.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')].flatMap((link) => {
    const heading = document.getElementById(hashId(link.hash));
    return heading ? [{ link, heading }] : [];
  });
  const progress = document.createElement('p');
  progress.className = 'toc-progress';
  nav.querySelector('h2')?.after(progress);
  // A section the reader jumped to stays current while its heading is on screen, even when a
  // short section leaves the next heading in the reading zone too.
  let pin: Pin = { index: -1, seen: false };
  const pinHash = () => {
    pin = { index: sections.findIndex((s) => s.heading.id === hashId(location.hash)), seen: false };
  };
  const update = () => {
    const tops = sections.map((s) => s.heading.getBoundingClientRect().top);
    pin = nextPin(pin, tops, innerHeight);
    const current = currentSection({
      tops,
      viewport: innerHeight,
      pinned: pin.index,
      atEnd: innerHeight + scrollY >= document.documentElement.scrollHeight - 2,
    });
    sections.forEach(({ link }, i) => {
      if (i === current) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    });
    progress.textContent = sectionProgress(current, sections.length);
  };
  const observer = new IntersectionObserver(update, {
    rootMargin: `0px 0px -${Math.round((1 - READING_ZONE) * 100)}% 0px`,
  });
  for (const { heading } of sections) observer.observe(heading);
  // Reaching the end of the page (the footer fully in view) is a moment to look again too.
  const footer = document.querySelector('body > footer');
  if (footer) new IntersectionObserver(update, { threshold: 1 }).observe(footer);
  // Where a scroll comes to rest, look once more: a smooth jump to a short last section may end
  // without any heading crossing the reading zone (the page cannot scroll that far).
  addEventListener('scrollend', update, { passive: true });
  addEventListener('hashchange', () => {
    pinHash();
    update();
  });
  pinHash();
  update();
}

/**
 * The phone's "Contents" pill steps aside while the reader scrolls down, where it would cover the
 * ends of lines, and comes back when they scroll up or reach the end. It stays in the page: Tab
 * and screen readers reach it as before, and focus shows it (lesson.css).
 */
function tuck(...pills: HTMLElement[]): void {
  let last = scrollY;
  addEventListener(
    'scroll',
    () => {
      const y = scrollY;
      if (Math.abs(y - last) < 8) return;
      const atEnd = innerHeight + y >= document.documentElement.scrollHeight - 2;
      for (const pill of pills) pill.classList.toggle('tucked', y > last && !atEnd && !wide.matches);
      last = y;
    },
    { passive: true },
  );
}

export function start(): void {
  const bar = document.querySelector<HTMLElement>(`[${LESSON_BAR}]`);
  if (bar) startBar(bar);
  tuck(...document.querySelectorAll<HTMLElement>(`.to-contents, [${LESSON_BAR}]`));
  const nav = document.querySelector<HTMLElement>('.toc-sidebar');
  if (nav && wide.matches) spy(nav);
  else if (nav) wide.addEventListener('change', () => spy(nav), { once: true });

  // `<details>` does not open when a link leads to it: the "Contents" link opens it.
  const details = document.querySelector<HTMLDetailsElement>('#contents details');
  if (!details) return;
  if (location.hash === '#contents') details.open = true;
  document.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('a[href="#contents"]')) details.open = true;
  });
}

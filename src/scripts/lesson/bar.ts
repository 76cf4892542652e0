/**
 * The lesson bar (src/components/lesson/LessonBar.astro): shown once the lesson header has
 * scrolled above the screen, hidden again when the reader is back at the top. Started with the
 * contents scroll-spy on the first scroll (src/scripts/toc-spy.ts): one observer, no per-frame
 * work. On phones it steps aside while the reader scrolls down, with the "Contents" pill.
 */
export function startBar(bar: HTMLElement): void {
  const header = document.querySelector('.lesson-header');
  if (!header) return;
  new IntersectionObserver(([entry]) => {
    if (entry) bar.classList.toggle('shown', !entry.isIntersecting && entry.boundingClientRect.top < 0);
  }).observe(header);
}

/**
 * Section anchors stay plain links (they work without JavaScript); with it, following one also
 * copies the section's full URL and says so in a polite status message.
 */
const toast = document.createElement('div');
toast.className = 'copy-toast';
toast.setAttribute('role', 'status');
document.body.append(toast);
let timer: ReturnType<typeof setTimeout> | undefined;

document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-copy-link]') : null;
  if (!link || !navigator.clipboard) return;
  navigator.clipboard.writeText(link.href).then(
    () => {
      // Empty first, then fill on the next frame, so a second copy is announced again.
      toast.textContent = '';
      requestAnimationFrame(() => {
        toast.textContent = 'Link copied';
      });
      clearTimeout(timer);
      timer = setTimeout(() => {
        toast.textContent = '';
      }, 2500);
    },
    () => undefined,
  );
});

export {};

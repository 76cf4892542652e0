/**
 * The header's Menu button for narrow screens: it opens the level navigation as a popover (the
 * browser then handles Escape, a click outside and focus; no state to keep here). Made by the
 * script so that clients without JavaScript never meet a button that does nothing: they see the
 * list as a second row of the header instead (Header.astro).
 */
class SiteMenu extends HTMLElement {
  connectedCallback(): void {
    const nav = document.getElementById(this.dataset['for'] ?? '');
    if (!nav || this.querySelector('button')) return;
    nav.popover = 'auto';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'icon-button';
    button.title = 'Menu: levels and comparison';
    button.popoverTargetElement = nav;
    button.append(...this.childNodes);
    button.insertAdjacentHTML('beforeend', '<span class="sr-only">Menu</span>');
    this.append(button);
    // Following a link inside the popover closes it (a same-page link would leave it open).
    nav.addEventListener('click', (event) => {
      if (event.target instanceof Element && event.target.closest('a') && nav.matches(':popover-open'))
        nav.hidePopover();
    });
  }
}

export function defineSiteMenu(): void {
  if (!customElements.get('site-menu')) customElements.define('site-menu', SiteMenu);
}

/**
 * The boot manifest: the one start-up script of every page (BaseLayout.astro), and the one place
 * that says what starts when. Everything here is small; each feature's code stays in its module
 * and loads on the trigger written beside it.
 *
 * | What                                    | Where                         | When                                          |
 * | --------------------------------------- | ----------------------------- | --------------------------------------------- |
 * | theme toggle, site menu, search trigger | every page                    | now (custom elements in the header)           |
 * | search dialog + Pagefind                | every page                    | intent: hover/focus/touch on Search, `/`, ⌘K  |
 * | service worker client (offline, update) | every page                    | after `load`                                  |
 * | search-term marking                     | pages opened from a result    | now, when `?highlight=` is in the URL         |
 * | "On this page" scroll-spy, lesson bar   | lessons (`.toc`)              | first scroll                                  |
 * | topic sidebar's Hide / Show topics      | lessons and projects          | nearness, from workspace/main.ts's parts table |
 * | heading and code copy buttons           | pages with section headings   | own entry: SectionHeading.astro → copy.ts     |
 * | workspace: statuses, store, alerts      | pages with a workspace        | own entry: Workspace.astro → workspace/main.ts |
 * | keeping data: persist, backup reminder  | pages with a workspace        | data/gate.ts, started by workspace/main.ts    |
 * | workspace parts (tools, notes, planner, | those pages                   | nearness (150 px), from workspace/main.ts's   |
 * |   self-check, share card, privacy list) |                               |   parts table, after the store has loaded     |
 * | Python Run buttons, editor, runtime     | lessons with runnable blocks  | from copy.ts: nearness of any runnable block; |
 * |                                         |                               |   editor and runtime on Run                   |
 * | exercise Edit, Check, hints, solution    | exercise pages                | nearness, from workspace/main.ts's parts;     |
 * |                                         |                               |   editor, checks and runtime on the first press |
 * | exercise statuses, counts and filter    | lessons, levels, /exercises/  | once the learner has tried an exercise        |
 * | search page, 404 suggestions            | /search/, 404                 | own entries in those pages                    |
 *
 * Page-specific entries are separate `<script>`s in their components so that pages without them
 * do not download them (docs/ARCHITECTURE.md, "Page → client feature").
 */
import './search/search-trigger';
import { defineSiteMenu } from './site-menu';
import { defineThemeToggle } from './theme';

defineThemeToggle();
defineSiteMenu();

if (new URLSearchParams(location.search).has('highlight')) {
  void import('./search/highlight').then((m) => m.highlight());
}
// A browser that refuses service workers (private mode, a policy) still reads every page online.
addEventListener('load', () => void import('./pwa/sw-client').then((m) => m.start()).catch(() => undefined), {
  once: true,
});
if (document.querySelector('.toc'))
  addEventListener('scroll', () => void import('./toc-spy').then((m) => m.start()), { once: true, passive: true });

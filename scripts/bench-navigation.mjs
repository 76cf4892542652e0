// Click → next page's LCP, with and without our speculation rules (used by scripts/bench.mjs).
//
// Why raw CDP and not Playwright's page API: Chromium refuses to prerender in a tab that has a
// DevTools session attached the classic way (status "PrerenderingDisabledByDevTools"), and
// Playwright attaches to every page that way. Attaching through the tab target, as Chrome's own
// DevTools does, keeps prerendering on and lets us throttle the prerendered page's target too.
// Playwright still provides the browser when Chromium is not at /usr/bin/chromium.
//
// The slow network is shaped by our static server, not by CDP Network.emulateNetworkConditions:
// Chromium fetches a speculation-rules document through its prefetch loader, which DevTools
// emulation does not throttle (seen here: at 1,000 ms emulated RTT the start page's HTML took
// 1,027 ms, the prerendered page's 54 ms), so CDP shaping would flatter "with".
// "Without" strips <script type="speculationrules"> in the server too, not with a request route:
// a routed (fulfilled) response also skips the browser's network layer.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate, launch, sleep } from './bench-cdp.mjs';
import { longestTopic, median, serveStatic } from './bench-server.mjs';

const CPU_SLOWDOWN = 4;
// Lighthouse's mobile figures: 150 ms round trip, 1.6 Mbps down.
const NETWORK = { latency: 150, bytesPerSecond: 1.6e6 / 8 };
const HOVER_MS = 500;
const RULES = /<script type="speculationrules">[\s\S]*?<\/script>/g;

// On the page after the click: the last LCP entry once the page has loaded and settled.
const LCP_PROBE = `new Promise((resolve) => {
  const nav = performance.getEntriesByType('navigation')[0];
  const entries = [];
  new PerformanceObserver((list) => entries.push(...list.getEntries())).observe({ type: 'largest-contentful-paint', buffered: true });
  const settle = () => setTimeout(() => {
    const lcp = entries.at(-1);
    const el = lcp?.element;
    resolve({
      timeOrigin: performance.timeOrigin,
      activationStart: nav.activationStart,
      lcp: lcp ? lcp.startTime : null,
      element: el ? el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ')[0] : '') : 'none',
    });
  }, 1000);
  if (document.readyState === 'complete') settle(); else addEventListener('load', settle, { once: true });
})`;

/** One reader: a fresh browser context, the start page, 500 ms on "Next", click, next page's LCP. */
async function clickToLcp(cdp, startUrl, nextPath) {
  const { browserContextId } = await cdp.send('Target.createBrowserContext');
  const stopListening = [];
  try {
    const { targetId } = await cdp.send('Target.createTarget', { url: 'about:blank', browserContextId });
    const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
    const tab = targetInfos.find((t) => t.browserContextId === browserContextId);
    const { sessionId: tabSession } = await cdp.send('Target.attachToTarget', {
      targetId: tab.targetId,
      flatten: true,
    });
    // Every page of the tab (the visible one and a prerendered one) gets the CPU slowdown before it
    // runs: auto-attach pauses new targets until runIfWaitingForDebugger.
    const pages = new Map();
    const prerender = [];
    let clickAt = 0;
    stopListening.push(
      cdp.listen(({ method, params, sessionId }) => {
        if (method === 'Target.attachedToTarget' && sessionId === tabSession && params.targetInfo.type === 'page') {
          const s = params.sessionId;
          pages.set(params.targetInfo.targetId, s);
          // Commands run in order per session, so the slowdown is on before the page resumes.
          // (Awaiting each reply first can hang: some only answer once the page runs.)
          for (const [m, p] of [
            ['Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN }],
            ['Runtime.enable', {}],
            ['Preload.enable', {}],
            ['Runtime.runIfWaitingForDebugger', {}],
          ]) {
            cdp.send(m, p, s).catch(() => {});
          }
        }
        if (method === 'Target.detachedFromTarget') pages.delete(params.targetId);
        if (method === 'Preload.prerenderStatusUpdated') prerender.push(params.prerenderStatus ?? params.status);
        if (method === 'Runtime.bindingCalled' && params.name === '__benchClick') clickAt = Number(params.payload);
      }),
    );
    await cdp.send(
      'Target.setAutoAttach',
      { autoAttach: true, waitForDebuggerOnStart: true, flatten: true },
      tabSession,
    );
    for (let i = 0; !pages.has(targetId); i++) {
      if (i > 250) throw new Error('page target did not attach');
      await sleep(20);
    }
    const page = pages.get(targetId);
    await cdp.send('Page.enable', {}, page);
    const loaded = new Promise((resolve) => {
      const stop = cdp.listen(({ method, sessionId }) => {
        if (method === 'Page.loadEventFired' && sessionId === page) resolve(stop());
      });
    });
    await cdp.send('Page.navigate', { url: startUrl }, page);
    await loaded;
    await sleep(1000); // the start page settles (idle-time scripts) before the reader moves
    await cdp.send('Runtime.addBinding', { name: '__benchClick' }, page);
    const box = await evaluate(
      cdp,
      page,
      `(() => {
        document.addEventListener('click', (e) => __benchClick(String(performance.timeOrigin + e.timeStamp)), { capture: true });
        const a = document.querySelector('.pager a[rel="next"]');
        a.scrollIntoView({ block: 'center', behavior: 'instant' });
        const r = a.getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      })()`,
    );
    const mouse = (type) => cdp.send('Input.dispatchMouseEvent', { type, ...box, button: 'left', clickCount: 1 }, page);
    await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', ...box }, page);
    await sleep(HOVER_MS);
    await mouse('mousePressed');
    await mouse('mouseReleased');
    // The next page is either the same target navigated, or a prerendered target swapped in.
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (Date.now() > deadline) throw new Error(`no page reached ${nextPath}`);
      for (const s of pages.values()) {
        const shown = await evaluate(cdp, s, '!document.prerendering && location.pathname', 1000).catch(() => null);
        if (shown === nextPath && clickAt) {
          const r = await evaluate(cdp, s, LCP_PROBE);
          const paint = r.timeOrigin + Math.max(r.lcp ?? 0, r.activationStart);
          return {
            ms: paint - clickAt,
            prerendered: r.activationStart > 0,
            paintedBeforeClick: r.activationStart > 0 && r.lcp !== null && r.lcp <= r.activationStart,
            activationToLcp: r.activationStart > 0 && r.lcp !== null ? Math.max(0, r.lcp - r.activationStart) : null,
            element: r.element,
            status: prerender.at(-1) ?? 'none',
          };
        }
      }
      await sleep(25);
    }
  } finally {
    for (const stop of stopListening) stop();
    await cdp.send('Target.disposeBrowserContext', { browserContextId }).catch(() => {});
  }
}

export async function benchNavigation({ root, dist, base, runs }) {
  console.log(
    `\n## Click → next page LCP, with and without speculation rules (CPU ${CPU_SLOWDOWN}x via CDP; ${NETWORK.latency} ms RTT, ${(NETWORK.bytesPerSecond * 8) / 1e6} Mbps down shaped by the server; ${HOVER_MS} ms hover before the click), ${runs} runs each`,
  );
  const topic = longestTopic(root, dist);
  const html = readFileSync(join(dist, topic.path, 'index.html'), 'utf8');
  const nextPath = html.match(/<a class="next" href="([^"]+)"/)?.[1];
  if (!nextPath) {
    console.log(`skipped: /${topic.path} has no "Next" link`);
    return;
  }
  if (!html.includes('<script type="speculationrules">')) {
    console.log('note: the built pages carry no <script type="speculationrules">');
  }
  console.log(`from ${base}${topic.path} (longest topic page) → ${nextPath} (its "Next" link)`);
  let strip = false;
  const server = await serveStatic([{ prefix: base, dir: dist }], {
    rewriteHtml: (text) => (strip ? text.replace(RULES, '') : text),
    throttle: NETWORK,
  });
  let cdp;
  try {
    cdp = await launch();
  } catch (error) {
    await server.stop();
    console.log(`skipped: Chromium could not start (${String(error.message).split('\n')[0]})`);
    return;
  }
  const results = { with: [], without: [] };
  try {
    // Alternate the two variants so drifting machine load hits both alike.
    for (let i = 0; i < runs; i++) {
      for (const variant of ['with', 'without']) {
        strip = variant === 'without';
        results[variant].push(await clickToLcp(cdp, `${server.origin}${base}${topic.path}`, nextPath));
      }
    }
  } finally {
    await cdp.close();
    await server.stop();
  }
  const ms = (xs) => `${median(xs).toFixed(0)} ms (runs: ${xs.map((x) => x.toFixed(0)).join(', ')})`;
  for (const [variant, rs] of Object.entries(results)) {
    const count = (f) => `${rs.filter(f).length}/${rs.length}`;
    console.log(`${`${variant} speculation rules:`.padEnd(29)} click → LCP median ${ms(rs.map((r) => r.ms))}`);
    const after = rs.map((r) => r.activationToLcp).filter((x) => x !== null);
    console.log(
      `  prerendered (activationStart > 0): ${count((r) => r.prerendered)}; LCP painted before the click: ${count((r) => r.paintedBeforeClick)}; last prerender status: ${[...new Set(rs.map((r) => r.status))].join(', ')}; LCP element: ${[...new Set(rs.map((r) => r.element))].join(', ')}`,
    );
    if (after.length) console.log(`  activation → LCP median ${ms(after)}`);
  }
  const ratio = median(results.with.map((r) => r.ms)) / median(results.without.map((r) => r.ms));
  console.log(`with / without: ${ratio.toFixed(2)}`);
}

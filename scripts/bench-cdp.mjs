// A minimal Chrome DevTools Protocol client for the navigation benchmark: launches Chromium with a
// DevTools WebSocket and talks to it over flat sessions (see bench-navigation.mjs for why not
// Playwright's page API).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumLaunchOptions } from './chromium.mjs';

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Launches Chromium with a DevTools WebSocket and returns a minimal flat-session CDP client. */
export async function launch() {
  const options = chromiumLaunchOptions();
  const executable = options.executablePath ?? (await import('@playwright/test')).chromium.executablePath();
  const profile = mkdtempSync(join(tmpdir(), 'roadmap-bench-profile-'));
  const proc = spawn(
    executable,
    [
      ...options.args,
      '--headless=new',
      '--window-size=1280,720',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const exited = new Promise((resolve) => proc.once('exit', resolve));
  const close = async () => {
    proc.kill();
    await Promise.race([exited, sleep(5000)]); // Chromium writes to its profile until it exits
    rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
  };
  try {
    const wsUrl = await new Promise((resolve, reject) => {
      let err = '';
      proc.stderr.on('data', (d) => {
        err += d;
        const m = err.match(/DevTools listening on (ws:\S+)/);
        if (m) resolve(m[1]);
      });
      proc.once('exit', () => reject(new Error(`Chromium exited: ${err.slice(0, 300)}`)));
      setTimeout(() => reject(new Error('Chromium did not start in 30 s')), 30_000);
    });
    const ws = new WebSocket(wsUrl);
    await new Promise((resolve, reject) => {
      ws.addEventListener('open', resolve, { once: true });
      ws.addEventListener('error', reject, { once: true });
    });
    let lastId = 0;
    const pending = new Map();
    const listeners = new Set();
    ws.addEventListener('message', (event) => {
      const msg = JSON.parse(event.data);
      if (msg.id) {
        const [resolve, reject] = pending.get(msg.id);
        pending.delete(msg.id);
        if (msg.error) reject(new Error(msg.error.message));
        else resolve(msg.result);
      } else for (const fn of listeners) fn(msg);
    });
    return {
      send: (method, params = {}, sessionId = undefined) =>
        new Promise((resolve, reject) => {
          const id = ++lastId;
          pending.set(id, [resolve, reject]);
          ws.send(JSON.stringify({ id, method, params, sessionId }));
        }),
      /** Calls fn({ method, params, sessionId }) for every event until the returned function is called. */
      listen: (fn) => {
        listeners.add(fn);
        return () => listeners.delete(fn);
      },
      close: () => {
        ws.close();
        return close();
      },
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Value of `expression` (awaited) in a session's page. */
export async function evaluate(cdp, sessionId, expression, timeout = 30_000) {
  const { result, exceptionDetails } = await Promise.race([
    cdp.send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true }, sessionId),
    sleep(timeout).then(() => {
      throw new Error(`evaluate timed out after ${timeout} ms`);
    }),
  ]);
  if (exceptionDetails) throw new Error(exceptionDetails.text);
  return result.value;
}

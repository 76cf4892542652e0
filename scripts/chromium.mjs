// How this project launches Chromium, shared by Playwright's config and the scripts: Debian's
// /usr/bin/chromium when present (Playwright cannot download its own browser here), or
// PW_CHROMIUM_PATH; elsewhere Playwright's own browser. The flags keep a root, offline
// Chromium quiet: no sandbox, no background calls home.
import { existsSync } from 'node:fs';

/** @returns {{ executablePath?: string, args: string[] }} */
export function chromiumLaunchOptions() {
  const executablePath = process.env.PW_CHROMIUM_PATH ?? ['/usr/bin/chromium'].find((p) => existsSync(p));
  return {
    ...(executablePath ? { executablePath } : {}),
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu',
    ],
  };
}

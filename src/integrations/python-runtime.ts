/**
 * Self-hosts the browser's Python: copies the runtime files of the pinned `pyodide` package from
 * node_modules to `<outDir>/python/<version>/` after the build (nothing is downloaded), and
 * serves the same files from node_modules in `astro dev`. The service worker does not precache
 * them (src/lib/pwa.ts globs match none of them): they are cached on first use, by the service
 * worker's runtime route or, without one in control, by the Python worker itself.
 */
import { copyFile, mkdir, readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { PYODIDE_VERSION, RUNTIME_FILES } from '../lib/python/runtime';

const require = createRequire(import.meta.url);

/** The installed package's folder, checked against the version the site's code expects. */
async function packageDir(): Promise<string> {
  const manifest = require.resolve('pyodide/package.json');
  const { version } = JSON.parse(await readFile(manifest, 'utf8')) as { version: string };
  if (version !== PYODIDE_VERSION)
    throw new Error(
      `python-runtime: node_modules has pyodide ${version}, the site expects ${PYODIDE_VERSION} (src/lib/python/runtime.ts); run npm ci`,
    );
  return dirname(manifest);
}

const TYPES: Record<string, string> = {
  mjs: 'text/javascript',
  wasm: 'application/wasm',
  zip: 'application/zip',
  json: 'application/json',
};

export function pythonRuntime(): AstroIntegration {
  let base = '/';
  return {
    name: 'roadmap:python-runtime',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server }) => {
        const prefix = `${base}python/${PYODIDE_VERSION}/`;
        server.middlewares.use((req, res, next) => {
          const name = req.url?.startsWith(prefix) ? req.url.slice(prefix.length) : '';
          if (!RUNTIME_FILES.some((file) => file === name)) return next();
          void packageDir().then(async (dir) => {
            res.setHeader('Content-Type', TYPES[name.split('.').at(-1) ?? ''] ?? 'application/octet-stream');
            res.end(await readFile(join(dir, name)));
          }, next);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const from = await packageDir();
        const to = join(fileURLToPath(dir), 'python', PYODIDE_VERSION);
        await mkdir(to, { recursive: true });
        let bytes = 0;
        for (const file of RUNTIME_FILES) {
          await copyFile(join(from, file), join(to, file));
          bytes += (await stat(join(to, file))).size;
        }
        logger.info(
          `Python runtime (Pyodide ${PYODIDE_VERSION}): ${RUNTIME_FILES.length} files, ${Math.round(bytes / 1024)} KiB`,
        );
      },
    },
  };
}

// The benchmarks' shared pieces: a median, one small static file server (gzip, content types,
// trailing-slash redirects, 404 pages, optional network shaping) and finding our longest lesson.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve as resolvePath, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};
// Compressed like GitHub Pages does: text formats only (Pagefind's index files are already gzip).
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.txt', '.svg', '.webmanifest']);

/**
 * One static file server for every site: `mounts` maps a path prefix ('/python-backend-roadmap/')
 * to a directory. Directory index.html, 301 to the trailing-slash URL, the mount's 404.html, gzip
 * for text, `Cache-Control: max-age=600` as on GitHub Pages. `rewriteHtml(html, path)` may change
 * HTML on the way out. `throttle: { latency, bytesPerSecond }` delays each response by one round
 * trip and paces all bodies through one shared link, like a slow mobile connection.
 * Resolves with `{ origin, stop }`; port 0 picks a free port.
 */
export function serveStatic(mounts, { port = 0, rewriteHtml, throttle } = {}) {
  const gzipped = new Map();
  const sorted = mounts
    .map((m) => ({ ...m, dir: resolvePath(m.dir) }))
    .sort((a, b) => b.prefix.length - a.prefix.length);
  let linkFreeAt = 0;
  const sleep = (ms) => new Promise((r) => setTimeout(r, Math.max(0, ms)));
  const paced = async (res, status, headers, body) => {
    await sleep(throttle.latency);
    res.writeHead(status, headers);
    for (let at = 0; at < (body?.length ?? 0); at += 4096) {
      const chunk = body.subarray(at, at + 4096);
      linkFreeAt = Math.max(linkFreeAt, Date.now()) + (chunk.length / throttle.bytesPerSecond) * 1000;
      await sleep(linkFreeAt - Date.now());
      res.write(chunk);
    }
    res.end();
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const send = (status, headers, body) => {
      const payload = req.method === 'HEAD' ? undefined : typeof body === 'string' ? Buffer.from(body) : body;
      if (throttle) return void paced(res, status, headers, payload);
      res.writeHead(status, headers);
      res.end(payload);
    };
    let path;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      return send(400, { 'Content-Type': 'text/plain' }, 'bad request');
    }
    if (sorted.some((m) => `${path}/` === m.prefix)) return send(301, { Location: `${url.pathname}/${url.search}` });
    const mount = sorted.find((m) => path.startsWith(m.prefix));
    const file = mount && normalize(join(mount.dir, path.slice(mount.prefix.length)));
    if (!mount || (file !== mount.dir && !file.startsWith(join(mount.dir, sep)))) {
      return send(404, { 'Content-Type': 'text/plain' }, 'not found');
    }
    let target = file;
    let status = 200;
    if (existsSync(target) && statSync(target).isDirectory()) {
      if (!url.pathname.endsWith('/')) return send(301, { Location: `${url.pathname}/${url.search}` });
      target = join(target, 'index.html');
    }
    if (!existsSync(target) || !statSync(target).isFile()) {
      status = 404;
      target = join(mount.dir, '404.html');
      if (!existsSync(target)) return send(404, { 'Content-Type': 'text/plain' }, 'not found');
    }
    const ext = extname(target);
    const headers = { 'Content-Type': TYPES[ext] ?? 'application/octet-stream', 'Cache-Control': 'max-age=600' };
    let body = readFileSync(target);
    if (ext === '.html' && rewriteHtml) body = Buffer.from(rewriteHtml(body.toString('utf8'), path));
    if (COMPRESSIBLE.has(ext)) {
      headers.Vary = 'Accept-Encoding';
      if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        // Keyed by content, so a file rewritten in place (a new deployment) is served anew.
        const key = `${target}\0${createHash('sha1').update(body).digest('hex')}`;
        if (!gzipped.has(key)) gzipped.set(key, gzipSync(body, { level: 6 }));
        body = gzipped.get(key);
        headers['Content-Encoding'] = 'gzip';
      }
    }
    headers['Content-Length'] = body.length;
    send(status, headers, body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      resolve({
        origin: `http://127.0.0.1:${server.address().port}`,
        stop: () => new Promise((done) => server.close(done)),
      });
    });
  });
}

const htmlFiles = (dist) =>
  readdirSync(dist, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('index.html'));
const h1 = (file) =>
  (readFileSync(file, 'utf8').match(/<h1[^>]*>([\s\S]*?)<\/h1>/)?.[1] ?? '').replace(/<[^>]+>/g, '').trim();

/** Our topic pages are `<level>/<topic>/index.html` (levels from content/levels.yaml): the one with the largest HTML. */
export function longestTopic(root, dist) {
  const levels = [...readFileSync(join(root, 'content/levels.yaml'), 'utf8').matchAll(/^- id: (\S+)/gm)].map(
    (m) => m[1],
  );
  const topics = htmlFiles(dist).filter((f) => {
    const parts = f.split(sep);
    return parts.length === 3 && levels.includes(parts[0]);
  });
  const file = topics.sort((a, b) => statSync(join(dist, b)).size - statSync(join(dist, a)).size)[0];
  return {
    path: file
      .replace(/index\.html$/, '')
      .split(sep)
      .join('/'),
    bytes: statSync(join(dist, file)).size,
    title: h1(join(dist, file)),
  };
}

export { h1, htmlFiles };

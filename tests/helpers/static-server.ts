import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { PassThrough, type Readable } from 'node:stream';
import { createGzip } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.bin': 'application/octet-stream',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

const compressible = /^(text\/|application\/(json|xml)|image\/svg)/;

/**
 * Serves a built site the way a static host does: folders answer with their
 * index.html, misses with 404.html, and byte ranges are honoured. With
 * `compress`, text goes out gzipped and hashed assets with a long cache
 * lifetime, as a CDN sends them.
 *
 * `bytesSent()` counts response bodies as they leave the server, so a
 * benchmark sees what a page and its workers really downloaded (a page's
 * resource timing misses requests made from web workers).
 */
export async function serveStatic(
  root: string,
  { compress = false } = {},
): Promise<{ url: string; close(): Promise<void>; bytesSent(): number }> {
  let sent = 0;
  const send = (body: Readable, response: ServerResponse) => {
    const counter = new PassThrough();
    counter.on('data', (chunk: Buffer) => {
      sent += chunk.length;
    });
    body.pipe(counter).pipe(response);
  };
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    let file = join(root, path);
    const info = await stat(file).catch(() => undefined);
    if (info?.isDirectory()) file = join(file, 'index.html');
    const found = await stat(file).catch(() => undefined);
    if (!found?.isFile()) {
      response.writeHead(404, { 'Content-Type': types['.html']! });
      send(
        createReadStream(join(root, '404.html')).on('error', () => response.end()),
        response,
      );
      return;
    }
    const type = types[extname(file)] ?? 'application/octet-stream';
    const range = /^bytes=(\d+)-(\d+)$/.exec(request.headers.range ?? '');
    if (range) {
      const start = Number(range[1]);
      const end = Math.min(Number(range[2]), found.size - 1);
      response.writeHead(206, {
        'Content-Type': type,
        'Content-Length': end - start + 1,
        'Content-Range': `bytes ${start}-${end}/${found.size}`,
      });
      send(createReadStream(file, { start, end }), response);
      return;
    }
    const cache =
      compress && /[\\/](_astro|img)[\\/]/.test(file) ? { 'Cache-Control': 'public, max-age=31536000, immutable' } : {};
    if (compress && compressible.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
      response.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding', ...cache });
      send(createReadStream(file).pipe(createGzip()), response);
      return;
    }
    response.writeHead(200, { 'Content-Type': type, 'Content-Length': found.size, ...cache });
    send(createReadStream(file), response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    bytesSent: () => sent,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

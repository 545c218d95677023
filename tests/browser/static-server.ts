/**
 * A tiny static file server for the built site (build/), as a static host would serve it:
 * `dir/` → `dir/index.html`, a directory without its slash → redirect, unknown paths → 404,
 * and nothing outside the root. For browser tests only.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createGzip } from 'node:zlib';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createSecureServer, type Http2ServerRequest, type Http2ServerResponse } from 'node:http2';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.txt': 'text/plain; charset=utf-8',
	'.woff2': 'font/woff2'
};

export interface StaticServer {
	url: string;
	close: () => Promise<void>;
}

/** Types a host compresses when `gzip` is asked for (text; fonts and images are compressed already). */
const COMPRESSED = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt']);

/**
 * @param headers extra response headers for a URL path, as a host adds them (the CSP test serves
 * the site's `_headers` this way)
 * @param options.gzip gzip text to a client that accepts it, as static hosts do (`npm run
 *   lighthouse` uses it: Lighthouse's simulated network counts the bytes sent)
 */
export async function serveStatic(
	root: string,
	headers?: (pathname: string) => Record<string, string>,
	options: { gzip?: boolean; tls?: { key: string; cert: string } } = {}
): Promise<StaticServer> {
	const base = resolve(root);
	const handle = (request: IncomingMessage | Http2ServerRequest, response: ServerResponse | Http2ServerResponse): void => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		let pathname: string;
		try {
			pathname = decodeURIComponent(url.pathname);
		} catch {
			response.writeHead(400).end('Bad request');
			return;
		}
		let file = normalize(join(base, pathname));
		if (file !== base && !file.startsWith(base + sep)) {
			response.writeHead(403).end('Forbidden');
			return;
		}
		if (existsSync(file) && statSync(file).isDirectory()) {
			if (!pathname.endsWith('/')) {
				response.writeHead(308, { location: `${url.pathname}/${url.search}` }).end();
				return;
			}
			file = join(file, 'index.html');
		}
		if (!existsSync(file) || !statSync(file).isFile()) {
			response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
			return;
		}
		const type = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
		if (options.gzip && COMPRESSED.has(extname(file)) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
			response.writeHead(200, { ...headers?.(pathname), ...type, 'content-encoding': 'gzip', vary: 'Accept-Encoding' });
			createReadStream(file).pipe(createGzip()).pipe(response);
			return;
		}
		response.writeHead(200, { ...headers?.(pathname), ...type });
		createReadStream(file).pipe(response);
	};
	const server = options.tls ? createSecureServer({ ...options.tls, allowHTTP1: true }, handle) : createServer(handle);
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;
	return {
		url: `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`,
		close: () => new Promise<void>((done, fail) => server.close((error) => (error ? fail(error) : done())))
	};
}

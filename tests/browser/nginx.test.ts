/**
 * The nginx snippet (`deploy/nginx-parley.conf`, written by `npm run headers`) in a real nginx: a
 * minimal server block that `include`s it serves the built site from a temporary prefix on a free
 * loopback port (no system service, nothing written outside the prefix), after `nginx -t` has
 * accepted the configuration. Responses are fetched with Node's fetch; the header values expected
 * are written here, from the README's promise, not read from the code that writes the snippet.
 * Without an nginx binary the test fails and says how to install it: a skipped test would pass
 * CI without proving anything.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './build-site';
import { SLUG } from './dashboard-page';

/** The folder global-setup built. */
const BUILD = resolve(ROOT, process.env.PARLEY_BUILD_DIR || 'build');
const SNIPPET = resolve(ROOT, 'deploy/nginx-parley.conf');

const NOSNIFF = 'nosniff';
const REFERRER = 'strict-origin-when-cross-origin';

/** nginx on the PATH, or in the sbin folders Debian installs it to (not always on a user's PATH). */
function findNginx(): string | undefined {
	const folders = [...(process.env.PATH ?? '').split(delimiter).filter(Boolean), '/usr/sbin', '/usr/local/sbin', '/usr/local/nginx/sbin'];
	return folders.map((folder) => join(folder, 'nginx')).find((path) => existsSync(path));
}

/** A port nobody listens on now (the OS picks it; nginx takes it a moment later). */
function freePort(): Promise<number> {
	return new Promise((done, fail) => {
		const server = createServer();
		server.once('error', fail);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
		});
	});
}

/** The smallest configuration that serves the build with the snippet, everything under `prefix`. */
function nginxConf(prefix: string, port: number): string {
	const temp = (name: string) => `${name}_temp_path ${join(prefix, 'temp', name)};`;
	return `# Written by tests/browser/nginx.test.ts
${process.getuid?.() === 0 ? 'user root root;' : ''}
daemon off;
worker_processes 1;
pid ${join(prefix, 'nginx.pid')};
error_log ${join(prefix, 'error.log')} warn;
events { worker_connections 64; }
http {
	access_log off;
	${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n\t')}
	types {
		text/html html;
		text/css css;
		application/javascript js;
		application/json json;
		image/svg+xml svg;
	}
	server {
		listen 127.0.0.1:${port};
		root ${BUILD};
		include ${SNIPPET};
		location / {
			try_files $uri $uri/ =404;
		}
	}
}
`;
}

/** The directives of a Content-Security-Policy header, by name. */
function directives(policy: string): Map<string, string> {
	return new Map(
		policy
			.split(';')
			.map((part) => part.trim())
			.filter(Boolean)
			.map((part) => {
				const [name, ...values] = part.split(/\s+/);
				return [name!.toLowerCase(), values.join(' ')];
			})
	);
}

const nginx = findNginx();
let prefix = '';
let conf = '';
let base = '';
let server: ChildProcess | undefined;

beforeAll(async () => {
	if (!nginx) return;
	prefix = mkdtempSync(join(tmpdir(), 'parley-nginx-'));
	mkdirSync(join(prefix, 'temp'));
	const port = await freePort();
	conf = join(prefix, 'nginx.conf');
	writeFileSync(conf, nginxConf(prefix, port));
	base = `http://127.0.0.1:${port}`;
}, 30_000);

afterAll(async () => {
	if (server && server.exitCode === null) {
		const exited = new Promise((done) => server!.once('exit', done));
		server.kill('SIGTERM');
		await exited;
	}
	if (prefix) rmSync(prefix, { recursive: true, force: true });
});

/** Starts nginx (in the foreground, as a child) and waits until it answers. */
async function start(): Promise<void> {
	const errors: string[] = [];
	server = spawn(nginx!, ['-p', prefix, '-e', join(prefix, 'error.log'), '-c', conf], { stdio: ['ignore', 'ignore', 'pipe'] });
	server.stderr!.on('data', (chunk) => errors.push(String(chunk)));
	for (let tries = 0; tries < 100; tries++) {
		if (server.exitCode !== null) throw new Error(`nginx exited (${server.exitCode}): ${errors.join('')}`);
		try {
			await fetch(`${base}/`);
			return;
		} catch {
			await new Promise((done) => setTimeout(done, 100));
		}
	}
	throw new Error(`nginx did not answer on ${base}: ${errors.join('')}`);
}

describe('the nginx snippet in a real nginx', { timeout: 60_000 }, () => {
	it('is installed (the test needs nginx)', () => {
		expect(nginx, 'nginx is not installed: install it (Debian/Ubuntu: apt-get install -y nginx) to run this test').toBeDefined();
	});

	it('passes nginx -t, serves the site, and sends the headers the README promises', async () => {
		if (!nginx) throw new Error('nginx is not installed: install it (Debian/Ubuntu: apt-get install -y nginx)');
		const check = spawnSync(nginx, ['-t', '-p', prefix, '-e', join(prefix, 'error.log'), '-c', conf], { encoding: 'utf8' });
		expect(check.stderr).toContain('syntax is ok');
		expect(check.stderr).toContain('test is successful');
		expect(check.status, check.stderr).toBe(0);
		await start();

		const embedChart = readdirSync(join(BUILD, 'embed', SLUG))[0]!;
		const asset = readdirSync(join(BUILD, '_app', 'immutable', 'entry')).find((name) => name.endsWith('.js'))!;
		// [path, status, frame-ancestors]: the dashboard and reader in every language refuse
		// framing; the chart-only embeds, in every language, allow it; files and a 404 too.
		const cases: [string, number, string][] = [
			['/', 200, "'none'"],
			[`/t/${SLUG}/`, 200, "'none'"],
			[`/en/t/${SLUG}/`, 200, "'none'"],
			[`/zh/t/${SLUG}/read/`, 200, "'none'"],
			[`/en/present/${SLUG}/`, 200, "'none'"],
			[`/embed/${SLUG}/${embedChart}/`, 200, '*'],
			[`/en/embed/${SLUG}/${embedChart}/`, 200, '*'],
			[`/zh/embed/${SLUG}/${embedChart}/`, 200, '*'],
			// A path that only looks like an embed is not one.
			[`/en/t/${SLUG}/embed/`, 404, "'none'"],
			[`/_app/immutable/entry/${asset}`, 200, "'none'"],
			[`/t/${SLUG}/analysis.json`, 200, "'none'"],
			['/no-such-page/', 404, "'none'"]
		];
		for (const [path, status, ancestors] of cases) {
			const response = await fetch(`${base}${path}`, { redirect: 'manual' });
			expect(response.status, path).toBe(status);
			expect(response.headers.get('x-content-type-options'), path).toBe(NOSNIFF);
			expect(response.headers.get('referrer-policy'), path).toBe(REFERRER);
			const policy = response.headers.get('content-security-policy');
			expect(policy, path).not.toBeNull();
			// One policy, not two joined with a comma (both would be enforced).
			expect(policy, path).not.toContain(',');
			const parsed = directives(policy!);
			expect(parsed.get('frame-ancestors'), path).toBe(ancestors);
			expect(parsed.get('object-src'), path).toBe("'none'");
			expect(parsed.get('base-uri'), path).toBe("'none'");
			await response.arrayBuffer();
		}
		// The page is the build's own.
		const html = await (await fetch(`${base}/en/t/${SLUG}/`)).text();
		expect(html).toContain('http-equiv="content-security-policy"');
	});
});

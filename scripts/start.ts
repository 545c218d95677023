/**
 * `npm start`, after `vite build`: serves the built site with `vite preview`. The port is $PORT
 * when set (exactly that port: a busy one is an error, since it was asked for), else 4173 or, when
 * 4173 is taken, the next free port. The address it really listens on is printed.
 */
import { preview } from 'vite';

const DEFAULT_PORT = 4173;
const asked = process.env.PORT?.trim();
const port = asked ? Number(asked) : DEFAULT_PORT;
if (!Number.isInteger(port) || port < 1 || port > 65_535) {
	console.error(`PORT must be a port number (1-65535), not "${asked}".`);
	process.exit(2);
}

try {
	const server = await preview({ preview: { port, strictPort: Boolean(asked) } });
	server.printUrls();
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
}

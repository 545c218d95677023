/**
 * The browser build of @newswire/frames (UMD: sets `window.newswireFrames`), read from the
 * installed package at build time and served by the site as /embed/frames.js, so the embed code
 * points at the site itself: a stable URL (no content hash that a redeploy would retire), no
 * third-party CDN on the host page, and the exact version in the lock file.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export function framesScript(): string {
	// The package's `exports` names only its ES module, so the UMD file is read by path.
	return readFileSync(resolve(process.cwd(), 'node_modules/@newswire/frames/dist/frames.umd.js'), 'utf8');
}

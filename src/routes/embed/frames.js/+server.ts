import { framesScript } from '$lib/server/frames-script';
import type { RequestHandler } from './$types';

// A script file, not a page: written as embed/frames.js, without a trailing slash.
export const prerender = true;
export const trailingSlash = 'never';

/** The host-side auto-height script the embed code loads (see src/lib/server/frames-script.ts). */
export const GET: RequestHandler = () =>
	new Response(framesScript(), { headers: { 'content-type': 'text/javascript; charset=utf-8' } });

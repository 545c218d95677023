/**
 * The queue of the page's late parts (LateHydration.svelte): each hydrates in a task of its own,
 * in page order, after the page has hydrated, so the browser can paint and answer input between
 * them. The page counts as interactive (`<html data-hydrated>`, see src/routes/+layout.svelte)
 * once the queue is empty; a part that waits until it comes near the viewport (LateHydration's
 * `deferWhileFar`) joins the queue only then. Browser only, but for `lateCode`, which says where
 * the server finds the same code.
 */

/** What `{@html}` is given in the browser: any non-empty string, never shown (see LateHydration). */
export const CLIENT_PLACEHOLDER = ' ';

/** Whether `target` holds a server-rendered component (Svelte's block-open marker `<!--[-->`). */
export function hasServerMarkup(target: Element): boolean {
	for (const node of target.childNodes) if (node.nodeType === Node.COMMENT_NODE && (node as Comment).data === '[') return true;
	return false;
}

const queue: (() => void)[] = [];
let waiting: (() => void)[] = [];
let scheduled = false;
/** Parts whose code is still loading (hydrateWhenLoaded): the queue is not done until they are in it. */
let loading = 0;

function resolveWaiting(): void {
	const done = waiting;
	waiting = [];
	for (const resolve of done) resolve();
}

/** One macrotask later (a message, not a timer: no 4 ms clamp after a few nested timers). */
function nextTask(run: () => void): void {
	const channel = new MessageChannel();
	channel.port1.onmessage = () => {
		channel.port1.close();
		run();
	};
	channel.port2.postMessage(undefined);
}

function runNext(): void {
	const next = queue.shift();
	if (next) {
		try {
			next();
		} finally {
			nextTask(runNext);
		}
		return;
	}
	scheduled = false;
	if (loading === 0) resolveWaiting();
}

/** Runs `hydrate` in a later task of its own; the returned function cancels it if not yet run. */
export function hydrateLater(hydrate: () => void): () => void {
	queue.push(hydrate);
	if (!scheduled) {
		scheduled = true;
		nextTask(runNext);
	}
	return () => {
		const at = queue.indexOf(hydrate);
		if (at >= 0) queue.splice(at, 1);
	};
}

/**
 * Queues `hydrate` (as hydrateLater does) once `code` has loaded: a part whose code is not in the
 * page's first load. Until then the queue does not count as done. A load that fails leaves the
 * part as the server rendered it (as with no JavaScript) and is reported on the console.
 */
export function hydrateWhenLoaded<T>(code: Promise<T>, hydrate: (loaded: T) => void): () => void {
	let cancelled = false;
	let cancelQueued = () => {};
	loading++;
	void code
		.then(
			(loaded) => {
				if (!cancelled) cancelQueued = hydrateLater(() => hydrate(loaded));
			},
			(error: unknown) => console.error('a late part of the page could not load its code', error)
		)
		.finally(() => {
			loading--;
			if (loading === 0 && !scheduled) resolveWaiting();
		});
	return () => {
		cancelled = true;
		cancelQueued();
	};
}

/**
 * Holds the queue open until `decided` settles: a part that first looks where it is (near the
 * viewport or not) before it queues itself, so the page is not called hydrated in between.
 */
export function holdUntil(decided: Promise<unknown>): void {
	loading++;
	void decided.finally(() => {
		loading--;
		if (loading === 0 && !scheduled) resolveWaiting();
	});
}

/** Resolves once every late part queued so far has hydrated (at once when none is waiting). */
export function lateHydrationDone(): Promise<void> {
	if (!scheduled && loading === 0) return Promise.resolve();
	return new Promise((resolve) => waiting.push(resolve));
}

/** Code a navigation must wait for before it draws its page, by the page's route id. */
const codeBeforeDrawing: ((routeId: string | null) => Promise<unknown> | undefined)[] = [];

/**
 * A page whose late parts load their code after it hydrates names that code here, so that a
 * navigation to it from another page (which draws it in the browser, with no server markup to
 * show meanwhile) waits for the code rather than drawing the page without those parts. Called by
 * the page's own modules, which SvelteKit has loaded before the navigation draws anything.
 */
export function waitForCodeBeforeDrawing(code: (routeId: string | null) => Promise<unknown> | undefined): void {
	codeBeforeDrawing.push(code);
}

/** Resolves once the code named for `routeId` (waitForCodeBeforeDrawing) is in. */
export async function codeBeforeDrawingRoute(routeId: string | null): Promise<void> {
	await Promise.all(codeBeforeDrawing.map((code) => code(routeId)));
}

/** A module of late parts' code: fetched once, at hand afterwards (see lateCode). */
export interface LateCode<M> {
	/** The module (fetched once; later calls get the same one). */
	load(): Promise<M>;
	/** The module if it is in: on the server always (see lateCode), in the browser once loaded. */
	available(): M | undefined;
	/** One component of the module, as LateHydration takes it: `component` where it is at hand, and `load`. */
	part<Name extends keyof M>(name: Name): { available: () => M[Name] | undefined; load: () => Promise<{ default: M[Name] }> };
}

/**
 * The code of a page's late parts, kept out of its first load: `importCode` is a dynamic `import()`
 * of a module that re-exports the parts' components. Naming a module that nothing imports
 * statically matters: SvelteKit then links its stylesheets in the prerendered page (it maps a
 * dynamic import's CSS back to the server by that module's name), so the server-rendered parts
 * are styled before any script runs. The caller awaits `load()` at its top level on the server
 * (`if (import.meta.env.SSR) await code.load()`), so that the parts render in place; in the
 * browser a navigation to a route `forRoute` accepts waits for the code before it draws.
 */
export function lateCode<M>(importCode: () => Promise<M>, forRoute: (routeId: string | null) => boolean): LateCode<M> {
	let loaded: M | undefined;
	// One import for every part that asks: each `import()` of a module with dependencies goes through
	// Vite's preload helper, which resolves every dependency's address again (some thirty), so
	// twenty-six slides asking each for themselves cost present mode's hydration task tens of ms.
	// A failed load is forgotten, so that the next part to ask tries again.
	let loading: Promise<M> | undefined;
	// In the browser the import starts in a task of its own: Vite's preload helper adds a
	// `<link rel=modulepreload>` per dependency the page has not loaded (some twenty), and the
	// first part asks during the page's hydration, whose task it made 10-15 ms longer.
	const start = import.meta.env.SSR ? importCode : () => new Promise<void>((resolve) => nextTask(resolve)).then(importCode);
	const load = () =>
		(loading ??= start().then(
			(module) => {
				loaded = module;
				return module;
			},
			(error: unknown) => {
				loading = undefined;
				throw error;
			}
		));
	if (!import.meta.env.SSR) waitForCodeBeforeDrawing((routeId) => (forRoute(routeId) ? load() : undefined));
	return {
		load,
		available: () => loaded,
		part: (name) => ({ available: () => loaded?.[name], load: () => load().then((module) => ({ default: module[name] })) })
	};
}

import { afterEach, describe, expect, it, vi } from 'vitest';
import { hydrateLater, hydrateWhenLoaded, lateCode, lateHydrationDone } from '../../../src/lib/components/late-hydration';

/** Resolves after the current task and everything queued for it (a timer runs after queued messages). */
const settle = () => new Promise((done) => setTimeout(done, 20));

describe('the late-hydration queue', () => {
	it('resolves at once when nothing waits', async () => {
		let resolved = false;
		void lateHydrationDone().then(() => (resolved = true));
		await Promise.resolve();
		expect(resolved).toBe(true);
	});

	it('runs each part later, in order, one task each, then says it is done', async () => {
		const log: string[] = [];
		hydrateLater(() => log.push('a'));
		hydrateLater(() => log.push('b'));
		hydrateLater(() => log.push('c'));
		const done = lateHydrationDone().then(() => log.push('done'));
		expect(log).toEqual([]); // nothing runs in the task that queued them
		// A microtask queued after part "a" runs before part "b": they are separate tasks.
		hydrateLater(() => {
			log.push('d');
			queueMicrotask(() => log.push('after d'));
		});
		hydrateLater(() => log.push('e'));
		await done;
		await settle();
		expect(log).toEqual(['a', 'b', 'c', 'd', 'after d', 'e', 'done']);
	});

	it('skips a cancelled part and goes on after one that throws', async () => {
		const log: string[] = [];
		const errors: unknown[] = [];
		const onError = (error: unknown) => errors.push(error);
		process.on('uncaughtException', onError);
		try {
			hydrateLater(() => {
				throw new Error('broken part');
			});
			const cancel = hydrateLater(() => log.push('cancelled'));
			hydrateLater(() => log.push('kept'));
			cancel();
			await lateHydrationDone();
			await settle();
		} finally {
			process.off('uncaughtException', onError);
		}
		expect(log).toEqual(['kept']);
		expect(errors).toHaveLength(1);
	});
});

describe('late parts whose code loads first (hydrateWhenLoaded)', () => {
	/** A load the test settles by hand. */
	function pending<T>() {
		let resolve!: (value: T) => void;
		let reject!: (error: unknown) => void;
		const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
		return { promise, resolve, reject };
	}

	it('is not done while a part is loading, even with the queue empty, and hydrates it once loaded', async () => {
		const log: string[] = [];
		const code = pending<string>();
		hydrateLater(() => log.push('eager'));
		hydrateWhenLoaded(code.promise, (loaded) => log.push(`late ${loaded}`));
		let done = false;
		void lateHydrationDone().then(() => (done = true));
		await settle();
		expect(log).toEqual(['eager']); // the queue ran dry; the loading part holds "done" back
		expect(done).toBe(false);
		code.resolve('chart');
		await settle();
		expect(log).toEqual(['eager', 'late chart']);
		expect(done).toBe(true);
	});

	it('hydrates in a task of its own after the load, and a cancelled part never hydrates', async () => {
		const log: string[] = [];
		const kept = pending<string>();
		const dropped = pending<string>();
		hydrateWhenLoaded(kept.promise, (loaded) => log.push(loaded));
		const cancel = hydrateWhenLoaded(dropped.promise, (loaded) => log.push(loaded));
		cancel();
		kept.resolve('kept');
		dropped.resolve('dropped');
		await Promise.resolve();
		await Promise.resolve();
		expect(log).toEqual([]); // not in the microtask that delivered the code
		await lateHydrationDone();
		await settle();
		expect(log).toEqual(['kept']);
	});

	it('a load that fails leaves the part as it was, says so, and does not hold the page back', async () => {
		const log: string[] = [];
		const errors: unknown[][] = [];
		const original = console.error;
		console.error = (...args: unknown[]) => errors.push(args);
		try {
			const code = pending<string>();
			hydrateWhenLoaded(code.promise, () => log.push('hydrated'));
			code.reject(new Error('offline'));
			await lateHydrationDone();
			await settle();
		} finally {
			console.error = original;
		}
		expect(log).toEqual([]);
		expect(errors).toHaveLength(1);
		expect(String(errors[0]![1])).toContain('offline');
	});
});

describe('the code of late parts (lateCode)', () => {
	afterEach(() => vi.unstubAllEnvs());

	it('imports once for every part that asks, and hands each its component', async () => {
		let imports = 0;
		const code = lateCode(
			async () => {
				imports++;
				return { Chart: 'chart component', Panel: 'panel component' };
			},
			() => false
		);
		const chart = code.part('Chart');
		const panel = code.part('Panel');
		// Twenty-six slides asking at once (present mode), and more asking once it is in.
		const first = await Promise.all([...Array.from({ length: 25 }, () => chart.load()), panel.load()]);
		expect(await code.load()).toEqual({ Chart: 'chart component', Panel: 'panel component' });
		expect(imports).toBe(1);
		expect(first[0]).toEqual({ default: 'chart component' });
		expect(first[25]).toEqual({ default: 'panel component' });
		expect(chart.available()).toBe('chart component');
	});

	it('starts the import in a task of its own, not in the one that asks (the page hydration)', async () => {
		// As in the browser bundle (the server imports at once: it renders the parts in place).
		vi.stubEnv('SSR', false);
		let imports = 0;
		const code = lateCode(async () => {
			imports++;
			return { Chart: 'chart component' };
		}, () => false);
		const loaded = code.part('Chart').load();
		await Promise.resolve();
		await Promise.resolve();
		// Microtasks later, still within the asking task: not yet.
		expect(imports).toBe(0);
		await new Promise((done) => setTimeout(done, 0));
		expect(imports).toBe(1);
		expect(await loaded).toEqual({ default: 'chart component' });
	});

	it('tries again after a failed import, rather than keeping the failure', async () => {
		let imports = 0;
		const code = lateCode(async () => {
			imports++;
			if (imports === 1) throw new Error('offline');
			return { Chart: 'chart component' };
		}, () => false);
		await expect(Promise.all([code.part('Chart').load(), code.part('Chart').load()])).rejects.toThrow('offline');
		expect(imports).toBe(1);
		expect(code.available()).toBeUndefined();
		expect(await code.part('Chart').load()).toEqual({ default: 'chart component' });
		expect(imports).toBe(2);
	});
});

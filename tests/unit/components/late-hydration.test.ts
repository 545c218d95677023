import { describe, expect, it } from 'vitest';
import { hydrateLater, lateHydrationDone } from '../../../src/lib/components/late-hydration';

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

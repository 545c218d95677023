/** For tests: run something that must refuse its input, and get the ParleyInputError it threw. */
import { expect } from 'vitest';
import { ParleyInputError } from '../../../src/lib/transcript/errors';

export function refusal(run: () => unknown): ParleyInputError {
	try {
		run();
	} catch (error) {
		expect(error).toBeInstanceOf(ParleyInputError);
		return error as ParleyInputError;
	}
	throw new Error('expected a ParleyInputError, nothing was thrown');
}

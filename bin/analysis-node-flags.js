/**
 * The Node flags the analysis runs with, in `parley analyze` (bin/parley.js, which `npm run
 * analyze` calls) and in `npm run bench`, which measures it as the CLI runs it. They depend on the
 * size of the input, which both know before the analysis's process starts.
 *
 * V8's young generation (its two semi-spaces) is where every new object starts; what survives a
 * collection there is copied out. Node lets each semi-space grow to 16 MB.
 * - Under 4 MB of input, `--max-semi-space-size=4` (MB): under the analysis's stream of
 *   short-lived strings (every word jieba cuts) V8 grows its young generation to 16 MB
 *   semi-spaces, so a 1 MB transcript raised the process's peak memory by 21-23 MB (15-22 times
 *   the input), whatever the input below a few MB. Capped at 4 MB the peak rises 6-7 MB for it.
 * - From 4 MB of input, `--max-semi-space-size=16`, Node's own ceiling, said outright: with 4 MB
 *   semi-spaces the turns, paragraphs and mentions the analysis keeps were copied out of a young
 *   generation that filled a dozen times a run (at 10 MB the analysis without keywords took
 *   0.17-0.19 s, with 16 MB 0.14-0.15 s), and the memory the larger ones cost stays well within
 *   the budget of 20 times the input (6-7 times a 10 MB input in `npm run bench`, against 3).
 * README, "Analysis speed": the figures side by side.
 */
const MB = 1024 * 1024;

/** Inputs from this size run with Node's full young generation. */
export const LARGE_INPUT_BYTES = 4 * MB;

/** @param {number | undefined} inputBytes the transcript's size, when known (undefined: small) */
export function analysisNodeFlags(inputBytes) {
	return inputBytes !== undefined && inputBytes >= LARGE_INPUT_BYTES ? ['--max-semi-space-size=16'] : ['--max-semi-space-size=4'];
}

/**
 * The size of the largest file the command line names (the transcript, beside its small metadata
 * and themes files), or undefined when it names none (an unreadable path is left to the analysis
 * to report).
 * @param {readonly string[]} args
 * @param {(path: string) => { isFile(): boolean; size: number }} stat
 */
export function largestFileNamed(args, stat) {
	let largest;
	for (const arg of args) {
		if (arg.startsWith('-')) continue;
		try {
			const info = stat(arg);
			if (info.isFile() && (largest === undefined || info.size > largest)) largest = info.size;
		} catch {
			// Not a file: an option's value, or a path the analysis will report.
		}
	}
	return largest;
}

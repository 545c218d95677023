/**
 * The Node flags the analysis runs with, in `parley analyze` (bin/parley.js, which `npm run
 * analyze` calls) and in `npm run bench`, which measures it as the CLI runs it.
 *
 * `--max-semi-space-size=4` (MB): under the analysis's stream of short-lived strings (every word
 * jieba cuts) V8 grows its young generation to 16 MB semi-spaces, so a 1 MB transcript raised the
 * process's peak memory by 21-23 MB, whatever the input below a few MB. Capped at 4 MB the peak
 * rises 7 MB for it, and 10 and 50 MB transcripts analyse as fast as before (README, "Analysis
 * speed": the figures side by side).
 */
export const ANALYSIS_NODE_FLAGS = ['--max-semi-space-size=4'];

/**
 * How many generated cases each property runs, in one place, and the seed they run with (so CI
 * runs the same cases every time: a failure prints its seed and path, and a change of seed here
 * is a deliberate change). Every property test imports its numRuns from here.
 */
export const SEED = 20261130;

export const RUNS = {
	// tests/unit/transcript/properties.test.ts
	analyseAnyText: 400,
	sharesAndOffsets: 300,
	sharesOf: 100,
	cooccurrenceUnits: 100,
	labelStyles: 400,
	// tests/unit/properties/invariants.test.ts
	analysisInvariants: 1200,
	decodeAnyBytes: 1500,
	decodeRoundTrip: 1000,
	decodeCleanRoundTrip: 1000,
	selectionRoundTrip: 1500,
	selectionAnyQuery: 1500,
	selectionPieceQuery: 1000,
	csvAnalysisTable: 1000,
	csvChartTable: 1000,
	unitCounts: 1000,
	// tests/unit/transcript/keywords.test.ts
	keywordRanking: 500,
	// tests/unit/transcript/line-screens.test.ts
	lineScreens: 2000,
	// tests/unit/server/noise.test.ts
	noiseCount: 2000
} as const;

/** The number of generated cases per CI run, all property tests together. */
export const TOTAL_RUNS = Object.values(RUNS).reduce((sum, runs) => sum + runs, 0);

/**
 * The public face of the transcript library: everything the build, the CLI and the dashboard
 * (client-side recomputation for filtered subsets) use. Knows nothing about Svelte, the DOM or
 * the file system.
 */
export * from './types';
export { analyseTranscript, type AnalyseOptions } from './analyse';
export { parseTranscript, joinWrapped, type ParsedTranscript, type ParseOptions } from './parse';
export { ParleyInputError, isParleyInputError } from './errors';
export { speakerShares, resolveSpeakers } from './speakers';
export { sectionStats } from './sections';
export { themeBySection, themeStats } from './themeFigures';
export { compileTheme, type ThemeMatch } from './themes';
export { cooccurrence, unitThemesFromMentions, type UnitThemes } from './cooccurrence';
export { sectionKeywords, intlSegment, type Segment, type Token } from './keywords';
export { STOP_WORDS } from './stopwords';
export { countUnits, countQuestions, detectLanguage, DEFAULT_RATE, round6, sharesOf } from './units';
export { analysisTables, toCsv, type Table } from './csv';

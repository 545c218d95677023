// stopword 3.1.5 ships no type declarations; this is the one export Parley uses.
declare module 'stopword' {
	/** English stop words, lower case. */
	export const eng: string[];
}

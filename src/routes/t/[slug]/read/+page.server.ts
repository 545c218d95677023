import type { EntryGenerator } from './$types';
import { transcriptEntries } from '../entries';

export const entries: EntryGenerator = transcriptEntries;

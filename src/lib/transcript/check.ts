/**
 * `parley analyze <file> --check`: what the analysis found, for a person to read before building,
 * and the metadata file it suggests. Pure (the CLI prints it). Knows nothing about Svelte, the DOM
 * or the file system.
 */
import { labelKey } from './labels';
import type { ParsedTranscript } from './parse';
import { firstWords } from './segments';
import { terminalSafe } from './terminal';
import type { Analysis, TranscriptMeta, Warning } from './types';

/** What the parse found beyond the analysis: the noise it removed and the aliases it suggests. */
export type ParseFindings = Pick<ParsedTranscript, 'noise' | 'suggestedAliases'>;

/** Warnings printed per code before "… and N more". */
const WARNINGS_PER_CODE = 5;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** A speaker id from a label: lowercase ASCII letters and digits joined by hyphens, when the label has any. */
function idFromLabel(label: string): string {
	return label
		.normalize('NFKD')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 64)
		.replace(/-+$/, '');
}

/**
 * A metadata file for this transcript as the analysis found it, valid against parseMeta: title,
 * language, publisher and date (0000-00-00 where the text gives none: replace it), each speaker with
 * every label seen (aliases) and a readable id, and the host(s) found.
 */
export function suggestMeta(analysis: Analysis, findings?: ParseFindings): TranscriptMeta {
	const used = new Set<string>();
	const hosts = analysis.speakers.filter((speaker) => speaker.host);
	// A label seen once that is a likely typo of another speaker's joins that speaker's labels.
	const aliasOf = new Map((findings?.suggestedAliases ?? []).map((alias) => [labelKey(alias.label), labelKey(alias.target)]));
	const speakerByLabel = new Map(analysis.speakers.flatMap((speaker) => speaker.labels.map((label) => [labelKey(label), speaker] as const)));
	const folded = new Map<string, string[]>();
	const kept = analysis.speakers.filter((speaker) => {
		const target = speaker.labels.length === 1 ? speakerByLabel.get(aliasOf.get(labelKey(speaker.label)) ?? '') : undefined;
		if (!target || target === speaker) return true;
		folded.set(target.id, [...(folded.get(target.id) ?? []), speaker.label]);
		return false;
	});
	return {
		title: analysis.meta.title,
		language: analysis.meta.language,
		source: {
			publisher: { ...analysis.meta.source.publisher },
			date: analysis.meta.source.date || '0000-00-00',
			...(analysis.meta.source.url ? { url: analysis.meta.source.url } : {}),
			...(analysis.meta.source.credit ? { credit: analysis.meta.source.credit } : {})
		},
		speakers: kept.map((speaker) => {
			let id = idFromLabel(speaker.label);
			if (!/^[a-z0-9]/.test(id) || used.has(id)) id = speaker.id;
			used.add(id);
			return {
				id,
				labels: [...new Set([...(speaker.labels.length > 0 ? speaker.labels : [speaker.label]), ...(folded.get(speaker.id) ?? [])])],
				name: { ...speaker.name },
				role: { ...speaker.role },
				...(hosts.length > 0 ? { host: speaker.host } : {})
			};
		})
	};
}

function groupWarnings(warnings: readonly Warning[]): string[] {
	const byCode = new Map<string, Warning[]>();
	for (const warning of warnings) byCode.set(warning.code, [...(byCode.get(warning.code) ?? []), warning]);
	const lines: string[] = [];
	for (const [code, list] of byCode) {
		lines.push(`  [${code}] ${plural(list.length, 'warning')}`);
		for (const warning of list.slice(0, WARNINGS_PER_CODE)) lines.push(`    ${warning.line ? `line ${warning.line}` : 'no line'}: ${warning.message}`);
		if (list.length > WARNINGS_PER_CODE) lines.push(`    … and ${list.length - WARNINGS_PER_CODE} more`);
	}
	return lines;
}

/** Noise removed, by kind: how many lines and the first one. */
function noiseLines(noise: ParseFindings['noise']): string[] {
	if (noise.length === 0) return ['Noise removed: none'];
	const byKind = new Map<string, { count: number; line: number; text: string }>();
	for (const item of noise) {
		const seen = byKind.get(item.kind);
		if (seen) seen.count++;
		else byKind.set(item.kind, { count: 1, line: item.line, text: item.text });
	}
	return [
		`Noise removed (${plural(noise.length, 'line')}, kept out of every speaker's text):`,
		...[...byKind].map(([kind, { count, line, text }]) => `  ${kind}: ${plural(count, 'line')}, first at line ${line}: ${text}`)
	];
}

export interface CheckContext {
	/** The transcript as named on the command line. */
	file: string;
	/** The metadata file used, or null when there was none. */
	metaPath: string | null;
}

/** The report, lines joined with "\n", ending in a newline. */
export function checkReport(analysis: Analysis, context: CheckContext, findings?: ParseFindings): string {
	const language = analysis.meta.language;
	const unit = analysis.unit === 'word' ? 'words' : 'characters';
	const out: string[] = [];
	out.push(`${context.file}: ${analysis.meta.title}`);
	out.push(`Language: ${language === 'en' ? 'English' : 'Chinese'} (${language}, ${context.metaPath ? 'from the metadata' : 'detected'}); counted in ${unit}`);
	out.push(`Metadata: ${context.metaPath ?? 'none (speakers from the labels; see the suggestion below)'}`);
	out.push(
		analysis.timing === 'measured'
			? `Timing: measured from the transcript's times, ${analysis.totals.measuredMinutes!.toFixed(1)} minutes of speech`
			: `Timing: estimated from the text's length, about ${analysis.totals.estimatedMinutes.toFixed(1)} minutes`
	);
	out.push('');

	out.push(`Speakers (${analysis.speakers.length}):`);
	for (const speaker of analysis.speakers) {
		const first = analysis.turns.find((turn) => turn.speaker === speaker.id);
		const words = first ? `“${firstWords(first.paragraphs[0]?.text ?? '', language)}” (line ${first.line})` : '(no turn)';
		const aliases = speaker.labels.length > 1 ? `, also labelled ${speaker.labels.filter((label) => label !== speaker.label).join(', ')}` : '';
		out.push(`  ${speaker.label}${speaker.host ? ' [host]' : ''}: ${plural(speaker.turns, 'turn')}, ${plural(speaker.questions, 'question')}${aliases}; first: ${words}`);
	}
	out.push('');

	const how = { headings: 'from the headings', questions: 'no headings: segments at the host’s questions', equal: 'no headings: parts of about equal length' }[analysis.sectioning ?? 'headings'];
	out.push(`Sections (${analysis.sections.length}, ${how}):`);
	for (const section of analysis.sections) {
		const number = section.number || String(section.index).padStart(2, '0');
		out.push(`  ${number} ${section.title || '(before the first heading)'}${section.line ? ` (line ${section.line})` : ''}: ${plural(section.turns, 'turn')}`);
	}
	out.push('');

	const matter = (items: Analysis['front']) =>
		items.length === 0 ? 'none' : `${plural(items.length, 'paragraph')}, ${[...items.map((item) => item.text).join('')].length} characters (from line ${items[0]!.line})`;
	out.push(`Front matter: ${matter(analysis.front)}`);
	out.push(`Back matter: ${matter(analysis.back)}`);
	out.push(...noiseLines(findings?.noise ?? []));
	for (const alias of findings?.suggestedAliases ?? []) {
		out.push(`Likely typo: "${alias.label}" (line ${alias.line}, seen once) is probably "${alias.target}"; the suggested metadata lists it as one of their labels.`);
	}
	out.push('');

	out.push(analysis.warnings.length === 0 ? 'Warnings: none' : `Warnings (${analysis.warnings.length}):`);
	out.push(...groupWarnings(analysis.warnings));
	out.push('');

	out.push(`Suggested metadata: save as ${analysis.id}.meta.json beside the transcript, then fill in names and roles${analysis.meta.source.date ? '' : ' and replace the date 0000-00-00'}:`);
	out.push(JSON.stringify(suggestMeta(analysis, findings), null, '\t'));
	// Printed to a terminal: transcript text must not carry escape sequences to it.
	return terminalSafe(out.join('\n')) + '\n';
}

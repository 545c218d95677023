/**
 * CPU profiles (DevTools' Profiler) read back to the app's own source files, for the benchmarks
 * (`bench:click --profile`, `bench:hydration --profile`) on a build with source maps.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SourceMapConsumer, type RawSourceMap } from 'source-map-js';

export interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
	children?: number[];
}

export interface CpuProfile {
	nodes: ProfileNode[];
	samples: number[];
	timeDeltas: number[];
}

/**
 * Where a profile's time went by source file, for a build with source maps (`vite build
 * --sourcemap`): each sample goes to the innermost frame that maps to the app's own `src/` (the
 * component or module whose code led to it, with everything it called in Svelte's runtime or the
 * browser), else to the package its innermost mapped frame is in, else to the browser itself.
 * Svelte runs effects from its scheduler, so an effect's work lands on the component that wrote it.
 */
export function timeBySource(profile: CpuProfile, buildDir: string, limit = 30): string[] {
	const consumers = new Map<string, SourceMapConsumer | null>();
	const consumerFor = (url: string) => {
		const path = url.replace(/^https?:\/\/[^/]+/, '');
		if (!consumers.has(path)) {
			const map = join(buildDir, `${path}.map`);
			consumers.set(path, existsSync(map) ? new SourceMapConsumer(JSON.parse(readFileSync(map, 'utf8')) as RawSourceMap) : null);
		}
		return consumers.get(path);
	};
	const sourceOf = new Map<number, { file: string; ours: boolean } | null>();
	const mapped = (node: ProfileNode) => {
		if (sourceOf.has(node.id)) return sourceOf.get(node.id)!;
		const { url, lineNumber, columnNumber } = node.callFrame;
		const consumer = url ? consumerFor(url) : null;
		const source = consumer?.originalPositionFor({ line: lineNumber + 1, column: columnNumber }).source ?? null;
		let found: { file: string; ours: boolean } | null = null;
		if (source) {
			const ours = /(?:^|\/)src\/(.*)$/.exec(source);
			const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
			found = ours && !pkg ? { file: ours[1]!, ours: true } : { file: pkg ? pkg[1]! : source, ours: false };
		}
		sourceOf.set(node.id, found);
		return found;
	};
	const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
	const parent = new Map<number, number>();
	for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
	const time = new Map<string, number>();
	let busy = 0;
	profile.samples.forEach((id, i) => {
		const ms = (profile.timeDeltas[i] ?? 0) / 1000;
		const leaf = byNode.get(id)!;
		const leafName = leaf.callFrame.functionName;
		if (leafName === '(idle)') return;
		busy += ms;
		let owner: string | undefined;
		let library: string | undefined;
		for (let at: number | undefined = id; at !== undefined && !owner; at = parent.get(at)) {
			const source = mapped(byNode.get(at)!);
			if (source?.ours) owner = source.file;
			else if (source && !library) library = `${source.file} (no app frame)`;
		}
		const key = owner ?? library ?? (leafName.startsWith('(') ? `${leafName} (browser)` : 'browser or page script, unmapped');
		time.set(key, (time.get(key) ?? 0) + ms);
	});
	if (![...consumers.values()].some(Boolean)) return ['(no source maps in this build: build with `npx vite build --sourcemap` to see time by source file)'];
	return [
		`busy ${busy.toFixed(0)} ms, by the innermost app source file on the stack:`,
		...[...time]
			.sort((a, b) => b[1] - a[1])
			.slice(0, limit)
			.map(([name, ms]) => `${ms.toFixed(1).padStart(8)} ms ${((100 * ms) / busy).toFixed(1).padStart(5)}%  ${name}`)
	];
}


/**
 * npm run bench:build [-- --counts 1,10,50]: how the site's build time grows with the number of
 * transcripts. For each count n, a content folder holds n copies of the default transcript (with
 * its metadata; slugs `talk-01` …) and the default themes, and the whole site is built from it
 * with the real `vite build` (PARLEY_CONTENT_DIR). Printed per count: build time, seconds per
 * transcript, peak RSS, pages written; then the marginal seconds per added transcript between
 * counts, which stay level when the time grows no faster than linearly.
 * Nothing is written to the repository; the temporary folders are removed.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { timedBuild } from './timed-build';

const ROOT = resolve(import.meta.dirname, '..');
const DEFAULT = 'altman-lightcap-20vc';

function arg(name: string): string | undefined {
	const index = process.argv.indexOf(name);
	return index === -1 ? undefined : process.argv[index + 1];
}

/** HTML pages under `dir`. */
function countPages(dir: string): number {
	let pages = 0;
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) pages += countPages(path);
		else if (name.endsWith('.html')) pages++;
	}
	return pages;
}

interface Row {
	count: number;
	seconds: number;
	rssMb: number;
	pages: number;
}

function buildMany(count: number): Row | undefined {
	const content = mkdtempSync(join(tmpdir(), `parley-many-${count}-`));
	try {
		mkdirSync(join(content, 'transcripts'));
		copyFileSync(join(ROOT, 'src/content/themes.json'), join(content, 'themes.json'));
		const source = join(ROOT, 'src/content/transcripts', DEFAULT);
		for (let i = 1; i <= count; i++) {
			const slug = `talk-${String(i).padStart(2, '0')}`;
			copyFileSync(`${source}.txt`, join(content, 'transcripts', `${slug}.txt`));
			copyFileSync(`${source}.meta.json`, join(content, 'transcripts', `${slug}.meta.json`));
		}
		const out = join(content, 'build');
		const build = timedBuild(content, out);
		if (!build.ok) {
			console.log(`${count} transcripts: build FAILED (exit ${build.status})\n${build.stderr.slice(-3000)}`);
			process.exitCode = 1;
			return undefined;
		}
		return { count, seconds: build.ms / 1000, rssMb: build.rssMb, pages: countPages(out) };
	} finally {
		rmSync(content, { recursive: true, force: true });
	}
}

const counts = (arg('--counts') ?? '1,10,50').split(',').map(Number);
console.log(`Node ${process.version}, ${process.platform}/${process.arch}; copies of ${DEFAULT}`);
const rows: Row[] = [];
for (const count of counts) {
	const row = buildMany(count);
	if (!row) break;
	rows.push(row);
	console.log(`${count} transcript(s): build ${row.seconds.toFixed(1)} s, ${(row.seconds / count).toFixed(2)} s a transcript, peak RSS ${row.rssMb.toFixed(0)} MB, ${row.pages} pages`);
}
// Linear means each added transcript costs the same; growth faster than linear shows as a
// marginal cost that rises from one step to the next (the first build's fixed cost, Vite's
// bundling, is in neither).
if (rows.length > 1) {
	console.log('\nseconds per added transcript (marginal):');
	let previous: number | undefined;
	for (let i = 1; i < rows.length; i++) {
		const [a, b] = [rows[i - 1]!, rows[i]!];
		const marginal = (b.seconds - a.seconds) / (b.count - a.count);
		const verdict = previous === undefined ? '' : marginal <= previous * 1.15 ? ' (no faster than linear)' : ' (FASTER than linear)';
		console.log(`  ${a.count} → ${b.count}: ${marginal.toFixed(2)} s${verdict}`);
		previous = marginal;
	}
}

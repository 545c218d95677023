/**
 * Packing a chart page's turns and mentions into columns loses nothing: what the page unpacks
 * equals, field by field, what the server had (the oracle is the unpacked analysis itself, never
 * the packed form), on every shipped transcript, a timed subtitle file, corrected turns and a
 * transcript sent without its text. Packing refuses data it would lose.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dashboardAnalysis, type DashboardAnalysis } from '../../src/lib/page-data';
import { packDashboard, unpackDashboard } from '../../src/lib/packed-analysis';
import { analyseFile } from '../../src/lib/server/files';
import { analyseTranscript } from '../../src/lib/transcript/analyse';
import { parseMeta } from '../../src/lib/transcript/schema';
import { listTranscripts } from '../../src/lib/server/content';

const ROOT = join(import.meta.dirname, '..', '..');
const CONTENT = join(ROOT, 'src', 'content');
const THEMES = join(CONTENT, 'themes.json');

function roundTrip(dashboard: DashboardAnalysis): DashboardAnalysis {
	// Through JSON, as the page gets it.
	return unpackDashboard(JSON.parse(JSON.stringify(packDashboard(dashboard))));
}

describe('packDashboard / unpackDashboard', () => {
	it.each(listTranscripts(CONTENT))('gives back every field of %s, with text and without', (slug) => {
		const { analysis } = analyseFile(join(CONTENT, 'transcripts', `${slug}.txt`), { defaultThemesPath: THEMES });
		for (const withText of [true, false]) {
			const dashboard = dashboardAnalysis(analysis, 'en', withText);
			expect(dashboard.mentions.length).toBeGreaterThan(0);
			expect(roundTrip(dashboard)).toEqual(dashboard);
		}
	});

	it('keeps measured times (a WebVTT file)', () => {
		const { analysis } = analyseFile(join(ROOT, 'tests', 'fixtures', 'subtitles', 'panel.vtt'), { defaultThemesPath: THEMES });
		const dashboard = dashboardAnalysis(analysis, 'en');
		expect(dashboard.turns.filter((turn) => turn.start !== undefined).length).toBeGreaterThan(0);
		expect(roundTrip(dashboard)).toEqual(dashboard);
	});

	it('keeps corrected turns (a split in the metadata)', () => {
		const text = '01 开场\n\n**甲：** 你好吗？\n\n**乙：** 我很好。\n\n今天聊芯片。\n';
		const speaker = (id: string, label: string) => ({ id, labels: [label], name: { zh: label, en: id }, role: { zh: '', en: '' } });
		const meta = parseMeta({
			title: 't',
			language: 'zh',
			source: { publisher: { zh: '', en: '' }, date: '2024-01-01' },
			speakers: [speaker('jia', '甲'), speaker('yi', '乙')],
			corrections: [{ split: 2, atParagraph: 2, speaker: 'jia', reason: 'lost label' }]
		});
		const analysis = analyseTranscript(text, { id: 'c', meta, themes: [{ id: 'compute', label: { zh: '算力', en: 'Compute' }, terms: ['芯片'] }] });
		const dashboard = dashboardAnalysis(analysis, 'zh');
		expect(dashboard.turns.map((turn) => turn.corrected !== undefined)).toEqual([false, true, true]);
		expect(roundTrip(dashboard)).toEqual(dashboard);
	});

	it('is much smaller than the objects it replaces', () => {
		const { analysis } = analyseFile(join(CONTENT, 'transcripts', 'altman-lightcap-20vc.txt'), { defaultThemesPath: THEMES });
		const dashboard = dashboardAnalysis(analysis, 'en', false);
		const objects = JSON.stringify({ turns: dashboard.turns, mentions: dashboard.mentions }).length;
		const columns = JSON.stringify(packDashboard(dashboard).packed).length;
		expect(columns).toBeLessThan(objects / 3);
	});

	it('refuses a turn field it does not know, and ids that do not follow from positions', () => {
		const { analysis } = analyseFile(join(CONTENT, 'transcripts', 'zh-chip-roundtable.txt'), { defaultThemesPath: THEMES });
		const dashboard = dashboardAnalysis(analysis, 'zh');
		const extra = { ...dashboard, turns: dashboard.turns.map((turn, i) => (i === 3 ? { ...turn, mood: 'calm' } : turn)) };
		expect(() => packDashboard(extra)).toThrow(/unknown turn field "mood"/);
		const renamed = { ...dashboard, turns: dashboard.turns.map((turn, i) => (i === 3 ? { ...turn, id: 'x4' } : turn)) };
		expect(() => packDashboard(renamed)).toThrow(/turn x4 is at position 4/);
	});
});

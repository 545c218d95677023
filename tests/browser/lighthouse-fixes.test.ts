/**
 * What Lighthouse's mobile preset asked of the pages (see README, "Lighthouse"), checked without
 * Lighthouse: a meta description on each of the five audited pages in both languages (texts
 * written here), no page kept out of search engines, canonical and language links only as full
 * URLs (PARLEY_SITE_URL), every control of the dashboard's charts a target a finger can hit at
 * 390 px on a touch screen (WCAG 2.2, 2.5.8: 24 × 24 CSS px, or spaced so that a 24 px circle on
 * it touches no other target), and no chart caption under 12 px there.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { PHONE, openHydrated } from './browser';
import { ROOT, VITE_BUILD, buildEnv } from './build-site';
import { SLUG } from './dashboard-page';
import { useBrowser } from './use-browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const TITLE = '奥特曼与OpenAI COO首次“合体”访谈：未来AI成本将趋近零';
const PAGES = ['', `t/${SLUG}/`, `t/${SLUG}/read/`, `embed/${SLUG}/theme-heatmap/`, `present/${SLUG}/`];
const DESCRIPTIONS: Record<'en' | 'zh', string[]> = {
	en: [
		'Who talked about what: interviews and debates as linked, clickable charts.',
		`Who spoke how much, and about what, in “${TITLE}”: linked charts with every quote behind them.`,
		`The full transcript of “${TITLE}”, every paragraph linkable, themes marked.`,
		`“Themes by section”, one chart from the dashboard of “${TITLE}”; the full dashboard has every quote behind it.`,
		`“${TITLE}” as slides for a projector: one chart per slide, then the quotes behind the selection.`
	],
	zh: [
		'谁说了什么：把访谈与辩论变成可点击、相互联动的图表。',
		`“${TITLE}”中谁说了多少、说了什么：相互联动的图表，每个数字都可追溯到引文。`,
		`“${TITLE}”全文，每段均可链接，主题已标出。`,
		`“${TITLE}”仪表板中的一张图表：“各章节的主题”；完整仪表板列出其背后的每条引文。`,
		`“${TITLE}”的投影幻灯片：每张一个图表，最后是当前选择背后的引文。`
	]
};

/** The head's tags of one kind, as attribute maps (the HTML is the prerendered file, as served). */
function headTags(html: string, tag: 'meta' | 'link'): Record<string, string>[] {
	const head = html.slice(0, html.indexOf('</head>'));
	return [...head.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'g'))].map((match) =>
		Object.fromEntries([...match[1]!.matchAll(/([a-z-]+)="([^"]*)"/g)].map((attr) => [attr[1]!, attr[2]!.replaceAll('&amp;', '&')]))
	);
}

describe('the head of each audited page', () => {
	// Style sheets first, so that over HTTP/1.1 the first connections fetch what the first paint
	// waits for (src/lib/server/head-order.ts); the script preloads all still there, right after.
	PAGES.forEach((path) => {
		it(`/en/${path} lists every style sheet before its script preloads`, async () => {
			const html = await (await fetch(`${baseUrl}/en/${path}`)).text();
			const links = headTags(html, 'link').filter((link) => link.rel === 'stylesheet' || link.rel === 'modulepreload');
			if (path.includes('/read/')) {
				// The reader is a document without SvelteKit's client: no preloads, no bootstrap, one
				// module script of its own, after every style sheet.
				expect(links.length).toBeGreaterThan(1);
				expect(links.filter((link) => link.rel !== 'stylesheet')).toEqual([]);
				const head = html.slice(0, html.indexOf('</head>'));
				const scripts = [...head.matchAll(/<script\b([^>]*)>/g)].map((match) => match[1]!);
				expect(scripts).toHaveLength(1);
				expect(scripts[0]).toMatch(/type="module" src="[^"]*\/reader-script-[\w-]+\.js"/);
				expect(head.indexOf('<script')).toBeGreaterThan(head.lastIndexOf('rel="stylesheet"'));
				expect(html).not.toContain('import(');
				return;
			}
			const rels = links.map((link) => link.rel);
			expect(rels.filter((rel) => rel === 'modulepreload').length).toBeGreaterThan(10);
			expect(rels.filter((rel) => rel === 'stylesheet').length).toBeGreaterThan(1);
			expect(rels.slice(rels.indexOf('modulepreload'))).not.toContain('stylesheet');
			// Kit's start script is among the preloads, as before.
			const start = /import\("([^"]*\/entry\/start\.[^"]+\.js)"\)/.exec(html)![1]!;
			expect(links.map((link) => link.href)).toContain(start);
		});
	});

	for (const lang of ['en', 'zh'] as const) {
		PAGES.forEach((path, i) => {
			it(`/${lang}/${path} has its meta description, may be indexed, and names no relative canonical or language link`, async () => {
				const response = await fetch(`${baseUrl}/${lang}/${path}`);
				expect(response.status).toBe(200);
				const html = await response.text();
				const metas = headTags(html, 'meta');
				expect(metas.filter((meta) => meta.name === 'description').map((meta) => meta.content)).toEqual([DESCRIPTIONS[lang][i]]);
				expect(metas.filter((meta) => meta.name === 'robots')).toEqual([]);
				// The test build sets no PARLEY_SITE_URL: a page cannot know its address, so it names none.
				expect(headTags(html, 'link').filter((link) => link.rel === 'canonical' || link.hreflang)).toEqual([]);
			});
		});
	}

	it('with PARLEY_SITE_URL, the canonical and language links are full URLs (an embed’s canonical is its dashboard)', () => {
		const out = mkdtempSync(join(tmpdir(), 'parley-site-url-'));
		try {
			execFileSync(process.execPath, VITE_BUILD, { cwd: ROOT, env: { ...buildEnv(out), PARLEY_SITE_URL: 'https://parley.example.org/ignored/' }, stdio: 'inherit' });
			const links = (file: string) => headTags(readFileSync(join(out, file), 'utf8'), 'link').filter((link) => link.rel === 'canonical' || link.hreflang);
			const site = 'https://parley.example.org';
			expect(links(`zh/t/${SLUG}/read/index.html`)).toEqual([
				{ rel: 'canonical', href: `${site}/zh/t/${SLUG}/read/` },
				{ rel: 'alternate', hreflang: 'en', href: `${site}/en/t/${SLUG}/read/` },
				{ rel: 'alternate', hreflang: 'zh', href: `${site}/zh/t/${SLUG}/read/` }
			]);
			// The unprefixed address names its English version as the canonical one.
			expect(links('index.html')).toEqual([
				{ rel: 'canonical', href: `${site}/en/` },
				{ rel: 'alternate', hreflang: 'en', href: `${site}/en/` },
				{ rel: 'alternate', hreflang: 'zh', href: `${site}/zh/` }
			]);
			expect(links(`en/embed/${SLUG}/theme-heatmap/index.html`)).toEqual([{ rel: 'canonical', href: `${site}/en/t/${SLUG}/` }]);
		} finally {
			rmSync(out, { recursive: true, force: true });
		}
	}, 300_000);
});

describe('the dashboard on a phone (390 px, touch)', () => {
	it('every control of the charts is at least 24 × 24 px or spaced as WCAG 2.5.8 allows', async () => {
		const { page, assertClean, close } = await openHydrated(browser(), `${baseUrl}/en/t/${SLUG}/`, { viewport: PHONE, hasTouch: true, isMobile: true });
		const targets = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('[data-chart] :is(a[href], button, select, summary, input), .dashboard-foot :is(a[href], summary)')]
				// Shown: not inside a closed <details> (content-visibility) nor display: none.
				.filter((element) => element.checkVisibility({ visibilityProperty: true }))
				.map((element) => {
					const box = element.getBoundingClientRect();
					return {
						chart: element.closest('[data-chart]')?.getAttribute('data-chart') ?? 'foot',
						name: (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 60),
						x: box.x,
						y: box.y + scrollY,
						width: box.width,
						height: box.height
					};
				})
		);
		// Counted from the transcript (3 speakers, 7 sections, 4 themes, 10 distinctive words a
		// section): each chart has 3 export buttons and a data-table summary, then speaker share 3
		// bars, section speakers 7 bars, the heatmap 2 measure toggles + 7 × 4 cells, keywords
		// 7 × 10 words, the matrix 4 × 5 / 2 cells, the conversation 7 section buttons, the turn
		// picker and its "Read turn" link; the footer the JSON link and the embed disclosure.
		const count = (chart: string) => targets.filter((target) => target.chart === chart).length;
		expect(count('speaker-share')).toBe(4 + 3);
		expect(count('section-speakers')).toBe(4 + 7);
		expect(count('theme-heatmap')).toBe(4 + 2 + 28);
		expect(count('section-keywords')).toBe(4 + 70);
		expect(count('cooccurrence-matrix')).toBe(4 + 10);
		expect(count('conversation')).toBe(4 + 7 + 2);
		expect(count('foot')).toBe(2);
		expect(targets.length).toBe(7 + 11 + 34 + 74 + 14 + 13 + 2);

		// WCAG 2.5.8: a target under 24 × 24 passes if a 24 px circle centred on it intersects no
		// other target and no other such circle (two circles apart by 24 px or more between centres).
		const small = targets.filter((t) => t.width < 24 || t.height < 24);
		const centre = (t: (typeof targets)[number]) => ({ cx: t.x + t.width / 2, cy: t.y + t.height / 2 });
		const circleHitsBox = (c: { cx: number; cy: number }, t: (typeof targets)[number]) => {
			const dx = Math.max(t.x - c.cx, 0, c.cx - (t.x + t.width));
			const dy = Math.max(t.y - c.cy, 0, c.cy - (t.y + t.height));
			return dx * dx + dy * dy < 12 * 12;
		};
		const crowded: string[] = [];
		for (const target of small) {
			const c = centre(target);
			for (const other of targets) {
				if (other === target) continue;
				const o = centre(other);
				const circlesMeet = small.includes(other) && Math.hypot(c.cx - o.cx, c.cy - o.cy) < 24;
				if (circleHitsBox(c, other) || circlesMeet) crowded.push(`${target.chart} "${target.name}" ${target.width.toFixed(1)}×${target.height.toFixed(1)} crowds "${other.name}"`);
			}
		}
		expect(crowded).toEqual([]);

		// The turn links (a few px wide) are not drawn on a touch screen: the picker stands for them.
		const turnLinks = page.locator('[data-chart="conversation"] a.turn');
		expect(await turnLinks.count()).toBe(102);
		expect(await turnLinks.evaluateAll((links) => links.filter((link) => link.checkVisibility()).length)).toBe(0);
		assertClean();
		await close();
	});

	it('chart captions and the speakers’ second lines are at least 12 px (Lighthouse’s legible size)', async () => {
		const { page, assertClean, close } = await openHydrated(browser(), `${baseUrl}/en/present/${SLUG}/`, { viewport: PHONE, hasTouch: true, isMobile: true });
		const sizes = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('.chart-frame figcaption p, [data-chart="speaker-share"] .secondary, [data-chart="speaker-share"] .host-tag')]
				.filter((element) => element.checkVisibility())
				.map((element) => parseFloat(getComputedStyle(element).fontSize))
		);
		// The first slide: speaker share, 3 speakers with a second line each (name or role) plus
		// 3 minutes figures, one host tag, and its caption's source line and notes.
		expect(sizes.length).toBeGreaterThanOrEqual(7);
		expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
		assertClean();
		await close();
	});
});

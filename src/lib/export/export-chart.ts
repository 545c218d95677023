/**
 * The export buttons' one entry point, loaded on demand (a dynamic import when a button is
 * pressed), so none of this is in the dashboard's first bundle. SVG: a layout snapshot of the
 * frame in its export state (title, description, selection, chart, key, notes, source; no hint,
 * buttons or table), written as one self-contained SVG with the Noto Sans SC chunks its text needs
 * embedded as data: URLs. PNG: that same SVG drawn on a canvas at twice its size, so the PNG is
 * the SVG. CSV: the figures of the chart's data table.
 */
import unicodeRanges from '@fontsource/noto-sans-sc/unicode.json';
import { tableCsv, type FigureTable } from './csv';
import { chunksFor, fontChunks } from './font-chunks';
import { snapshotFigure } from './snapshot';
import { assembleSvg, type Snapshot } from './svg';

export type ExportFormat = 'svg' | 'png' | 'csv';

export interface ExportRequest {
	format: ExportFormat;
	/** The chart's <figure>. */
	figure: HTMLElement;
	/** The chart kind, used in the file name and the file's ids. */
	kind: string;
	/** File name without extension, e.g. "altman-lightcap-20vc-speaker-share". */
	fileName: string;
	title: string;
	subtitle?: string;
	/** The figures drawn, as the chart's data table has them. */
	table: () => FigureTable | undefined;
	/** Puts the frame in its export state (true) and back (false); resolves once the DOM shows it. */
	setExporting: (on: boolean) => Promise<void>;
}

/** Pixels per CSS pixel in the PNG. */
export const PNG_SCALE = 2;

const FONT_FAMILY = 'Parley Export Sans';
const WEIGHTS = [400, 700] as const;

// The package's WOFF2 chunks, as URLs in the build (fetched only for the chunks an export needs).
const FONT_FILES = import.meta.glob('/node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-*-{400,700}-normal.woff2', {
	query: '?url',
	import: 'default',
	eager: true
}) as Record<string, string>;
const CHUNKS = fontChunks(unicodeRanges as Record<string, string>);

function fontUrl(key: string, weight: number): string | undefined {
	return FONT_FILES[`/node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-${key.replace(/[[\]]/g, '')}-${weight}-normal.woff2`];
}

function base64(bytes: Uint8Array): string {
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(binary);
}

/** @font-face rules for exactly the chunks, per weight, that the snapshot's text needs. */
async function fontCss(snapshot: Snapshot): Promise<string> {
	const rules: string[] = [];
	for (const weight of WEIGHTS) {
		const text = snapshot.items.map((item) => (item.type === 'text' && item.fontWeight === weight ? item.text : '')).join('');
		if (!text) continue;
		for (const chunk of chunksFor(text, CHUNKS).chunks) {
			const url = fontUrl(chunk.key, weight);
			if (!url) continue;
			const response = await fetch(url);
			if (!response.ok) throw new Error(`font chunk ${chunk.key}: HTTP ${response.status}`);
			const data = base64(new Uint8Array(await response.arrayBuffer()));
			rules.push(
				`@font-face{font-family:'${FONT_FAMILY}';font-weight:${weight};font-style:normal;src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${chunk.unicodeRange}}`
			);
		}
	}
	return rules.join('');
}

/** The chart as a standalone SVG document. */
export async function chartSvg(request: ExportRequest): Promise<{ svg: string; width: number; height: number }> {
	await request.setExporting(true);
	let snapshot: Snapshot;
	try {
		snapshot = snapshotFigure(request.figure, { title: request.title, description: request.subtitle, idPrefix: request.kind });
	} finally {
		await request.setExporting(false);
	}
	const svg = assembleSvg(snapshot, {
		idPrefix: request.kind,
		fontFamily: `'${FONT_FAMILY}', 'Noto Sans SC', 'Noto Sans CJK SC', sans-serif`,
		fontCss: await fontCss(snapshot)
	});
	return { svg, width: snapshot.width, height: snapshot.height };
}

/** A checksum of the canvas's pixels, to see when two draws agree. */
function pixelsSum(context: CanvasRenderingContext2D, width: number, height: number): number {
	const words = new Uint32Array(context.getImageData(0, 0, width, height).data.buffer);
	let sum = 0;
	for (let i = 0; i < words.length; i++) sum = (Math.imul(sum, 31) + words[i]!) | 0;
	return sum;
}

/**
 * Draws the SVG on a canvas at PNG_SCALE times its size. An SVG image decodes before the fonts
 * embedded in it are ready (Chromium then draws only some of the text), so it is drawn again a
 * moment later until two draws agree, at most for about two seconds.
 */
async function svgToPng(svg: string, width: number, height: number): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
	try {
		const image = new Image(width, height);
		image.src = url;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = width * PNG_SCALE;
		canvas.height = height * PNG_SCALE;
		const context = canvas.getContext('2d', { willReadFrequently: true })!;
		context.scale(PNG_SCALE, PNG_SCALE);
		const draw = () => {
			context.clearRect(0, 0, width, height);
			context.drawImage(image, 0, 0, width, height);
			return pixelsSum(context, canvas.width, canvas.height);
		};
		let last = draw();
		for (let attempt = 0; attempt < 40; attempt++) {
			await new Promise((resolve) => setTimeout(resolve, 50));
			const now = draw();
			if (now === last && attempt > 0) break;
			last = now;
		}
		return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('canvas.toBlob gave nothing'))), 'image/png'));
	} finally {
		URL.revokeObjectURL(url);
	}
}

function download(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.rel = 'noopener';
	link.target = '_self'; // the embed's <base target="_blank"> must not open a tab instead
	document.body.append(link);
	link.click();
	link.remove();
	// Give the browser time to start the download before the URL goes.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function exportChart(request: ExportRequest): Promise<void> {
	if (request.format === 'csv') {
		const table = request.table();
		if (!table) throw new Error(`${request.kind}: no data table to export`);
		download(new Blob([tableCsv(table)], { type: 'text/csv;charset=utf-8' }), `${request.fileName}.csv`);
		return;
	}
	const { svg, width, height } = await chartSvg(request);
	if (request.format === 'svg') download(new Blob([svg], { type: 'image/svg+xml' }), `${request.fileName}.svg`);
	else download(await svgToPng(svg, width, height), `${request.fileName}.png`);
}

/**
 * A transcript saved as a web page, read as its text: tags dropped, entities decoded, `<p>` and
 * block elements as paragraph breaks, `<br>` as a line break, `<pre>` kept line for line, `<b>`
 * and `<strong>` as `**` (so a bold label stays a bold label), `<h1>`–`<h6>` as `#`/`##` headings.
 * Scripts, styles and comments are skipped. Each output line keeps the line of the original file
 * it began on. Knows nothing about Svelte, the DOM or the file system.
 *
 * One scan, left to right: a tag is read up to its `>` with indexOf, so the cost is linear.
 */

const START = /^\s*(?:<!doctype html|<html[\s>]|<\?xml[^>]{0,200}>\s*<html|<head[\s>]|<body[\s>]|<pre[\s>])/i;

/** A web page, not a text file that happens to contain markup. */
export function looksLikeHtml(text: string): boolean {
	const head = text.slice(0, 2000).replace(/^\uFEFF/, '');
	return START.test(head);
}

const NAMED: Record<string, string> = {
	amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ',
	mdash: '—', ndash: '–', hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»',
	middot: '·', bull: '•', copy: '©', reg: '®', trade: '™', shy: '', zwsp: '', eacute: 'é', egrave: 'è',
	aacute: 'á', agrave: 'à', oacute: 'ó', iacute: 'í', uacute: 'ú', ntilde: 'ñ', ccedil: 'ç', uuml: 'ü',
	ouml: 'ö', auml: 'ä', szlig: 'ß', deg: '°', times: '×', sect: '§', para: '¶'
};

export function decodeEntities(text: string): string {
	if (!text.includes('&')) return text;
	return text.replace(/&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g, (whole, body: string) => {
		if (body[0] === '#') {
			const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
			return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
		}
		return NAMED[body.toLowerCase()] ?? whole;
	});
}

const BLOCK = new Set([
	'p', 'div', 'li', 'ul', 'ol', 'tr', 'table', 'section', 'article', 'blockquote', 'pre', 'hr', 'dd', 'dt', 'dl',
	'header', 'footer', 'main', 'nav', 'aside', 'body', 'html', 'figure', 'figcaption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'
]);
const SKIP_CONTENT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head']);

export function htmlToLines(html: string): { lines: string[]; origin: number[] } {
	const text = html.charCodeAt(0) === 0xfeff ? html.slice(1) : html;
	const lower = text.toLowerCase();
	const lines: string[] = [];
	const origin: number[] = [];
	let current = '';
	let currentOrigin = 1;
	let sourceLine = 1;
	let preDepth = 0;
	let pendingSpace = false;

	const emit = () => {
		lines.push(current.trimEnd());
		origin.push(currentOrigin);
		current = '';
		pendingSpace = false;
	};
	const paragraphBreak = () => {
		if (current.trim() !== '') emit();
		else current = '';
		if (lines.length > 0 && lines[lines.length - 1] !== '') {
			lines.push('');
			origin.push(sourceLine);
		}
	};
	const append = (chunk: string) => {
		if (current === '') currentOrigin = sourceLine;
		if (pendingSpace && current !== '') current += ' ';
		pendingSpace = false;
		current += chunk;
	};
	const countNewlines = (from: number, to: number) => {
		for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) sourceLine++;
	};

	let i = 0;
	let title: string | null = null;
	while (i < text.length) {
		const char = text[i]!;
		if (char === '<') {
			if (text.startsWith('<!--', i)) {
				const end = text.indexOf('-->', i + 4);
				const stop = end === -1 ? text.length : end + 3;
				countNewlines(i, stop);
				i = stop;
				continue;
			}
			const close = text.indexOf('>', i + 1);
			const nameMatch = /^<\/?([a-zA-Z][a-zA-Z0-9]{0,15})/.exec(text.slice(i, i + 20));
			if (close === -1 || !nameMatch) {
				append(char);
				i++;
				continue;
			}
			const name = nameMatch[1]!.toLowerCase();
			const closing = text[i + 1] === '/';
			countNewlines(i, close + 1);
			i = close + 1;
			if (!closing && (SKIP_CONTENT.has(name) || name === 'title')) {
				const end = lower.indexOf(`</${name}`, i);
				const stop = end === -1 ? text.length : end;
				if (name === 'title' && title === null) title = decodeEntities(text.slice(i, stop)).replace(/\s+/g, ' ').trim();
				countNewlines(i, stop);
				const after = end === -1 ? text.length : text.indexOf('>', end);
				countNewlines(stop, after === -1 ? text.length : after + 1);
				i = after === -1 ? text.length : after + 1;
				continue;
			}
			if (name === 'br') {
				emit();
				continue;
			}
			if (name === 'b' || name === 'strong') {
				// "**" hugs the text it marks: no space inside the bold.
				if (closing) current = current.trimEnd() + '**';
				else append('**');
				continue;
			}
			if (BLOCK.has(name)) {
				paragraphBreak();
				if (name === 'pre') preDepth = Math.max(0, preDepth + (closing ? -1 : 1));
				if (!closing && /^h[1-6]$/.test(name)) append(name === 'h1' ? '# ' : '## ');
				continue;
			}
			if (name === 'td' || name === 'th') pendingSpace = true;
			continue;
		}
		// Text up to the next tag.
		let end = text.indexOf('<', i);
		if (end === -1) end = text.length;
		const chunk = decodeEntities(text.slice(i, end));
		if (preDepth > 0) {
			const parts = chunk.split(/\r\n|\r|\n/);
			parts.forEach((part, index) => {
				if (index > 0) {
					emit();
					sourceLine++;
				}
				if (part !== '') append(part);
			});
		} else {
			for (const piece of chunk.match(/[^ \t\r\n\f\u00a0]+|[ \t\r\n\f\u00a0]+/g) ?? []) {
				if (/^[ \t\r\n\f\u00a0]/.test(piece)) {
					for (let k = 0; k < piece.length; k++) if (piece.charCodeAt(k) === 10) sourceLine++;
					pendingSpace = true;
				} else append(piece);
			}
		}
		i = end;
	}
	if (current.trim() !== '') emit();
	if (title) {
		lines.unshift(`# ${title}`, '');
		origin.unshift(1, 1);
	}
	return { lines, origin };
}

/**
 * Number and date formats for chart labels, accessible names and data tables: one place, so a
 * bar, its name and its table row always print the same figure. Intl for the interface's
 * language: grouping, decimals and dates as its readers write them (English and Chinese group
 * digits alike; dates differ: "16 April 2024" / "2024年4月16日"). Formatters are made once per
 * language. Pure; knows nothing about Svelte.
 */
import type { Lang } from '../i18n/locale';
import { m } from '../paraglide/messages.js';

const LOCALE: Record<Lang, string> = { en: 'en-GB', zh: 'zh-CN' };

function formatter(options: Intl.NumberFormatOptions): (value: number, lang: Lang) => string {
	const made = new Map<Lang, Intl.NumberFormat>();
	return (value, lang) => {
		let format = made.get(lang);
		if (!format) made.set(lang, (format = new Intl.NumberFormat(LOCALE[lang], options)));
		return format.format(value);
	};
}

const wholePercent = formatter({ style: 'percent', maximumFractionDigits: 0 });
const grouped = formatter({ maximumFractionDigits: 0 });
const oneDecimal = formatter({ minimumFractionDigits: 1, maximumFractionDigits: 1 });
const twoDecimals = formatter({ minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false });

/** A share 0..1 as a whole percent ("53%"); a non-zero share that rounds to 0 reads "<1%". */
export function formatPercent(share: number, lang: Lang = 'en'): string {
	if (share > 0 && share < 0.005) return `<${wholePercent(0.01, lang)}`;
	return wholePercent(share, lang);
}

/** Whole minutes, for estimates: 12.4 → "12"; a non-zero value under half a minute reads "<1". */
export function formatMinutes(minutes: number, lang: Lang = 'en'): string {
	if (minutes > 0 && minutes < 0.5) return `<${grouped(1, lang)}`;
	return grouped(Math.round(minutes), lang);
}

/** Counts with thousands separators: 12345 → "12,345". */
export function formatCount(count: number, lang: Lang = 'en'): string {
	return grouped(count, lang);
}

/** A rate per 10,000 units with one decimal: 3.25 → "3.3"; 0 stays "0". */
export function formatPer10k(value: number, lang: Lang = 'en'): string {
	return value === 0 ? grouped(0, lang) : oneDecimal(value, lang);
}

/** Co-occurrence lift as a multiplier ("1.80×"); null (undefined lift) reads "n/a" ("无"). */
export function formatLift(lift: number | null, lang: Lang = 'en'): string {
	return lift === null ? m.liftUndefined({}, { locale: lang }) : `${twoDecimals(lift, lang)}×`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * An ISO date (YYYY-MM-DD) as the interface's readers write it: "16 April 2024", "2024年4月16日".
 * Read and written in UTC, so the day never shifts with the reader's time zone. Not a date: as given.
 * Written out rather than through Intl.DateTimeFormat: making one cost a visible part of the
 * dashboard's start on a slow phone, for the two patterns it would give (en-GB and zh-CN long
 * dates; a unit test compares every day of 1900-2100 with Intl's own).
 */
export function formatDate(iso: string, lang: Lang = 'en'): string {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!match) return iso;
	// 0000-00-00 is the placeholder a suggested metadata file carries for an unknown date.
	if (match[1] === '0000') return '';
	// Through Date, as Intl would be given it: an impossible day (02-31) rolls over the same way.
	const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
	const [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()];
	return lang === 'zh' ? `${year}年${month + 1}月${day}日` : `${day} ${MONTHS[month]} ${year}`;
}

/** Measured minutes, to a tenth: 0.45 → "0.5", 12.34 → "12.3". Timings are exact enough for it. */
export function formatMeasuredMinutes(minutes: number, lang: Lang = 'en'): string {
	return oneDecimal(minutes, lang);
}

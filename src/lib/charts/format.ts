/**
 * Number and date formats for chart labels, accessible names and data tables: one place, so a
 * bar, its name and its table row always print the same figure, as the interface's language
 * writes it: grouping, decimals and dates as its readers write them (English and Chinese group
 * digits alike; dates differ: "16 April 2024" / "2024年4月16日"), the same as Intl's en-GB and
 * zh-CN formats, written out (see formatNumber). Pure; knows nothing about Svelte.
 */
import type { Lang } from '../i18n/locale';
import { m } from '../paraglide/messages.js';

interface NumberStyle {
	/** Digits after the point, at least and at most. */
	minFraction: number;
	maxFraction: number;
	/** Thousands separators in the whole part. */
	grouping: boolean;
	/** A share printed as a percent: the decimal point moves two places, exactly. */
	percent?: boolean;
}

/**
 * The decimal digits of a finite, non-negative number as JavaScript writes it shortest ("0.145",
 * "1e-7"): `digits` with no leading zeros and `point`, how many of them stand before the decimal
 * point (negative or beyond the digits for small or large numbers). The shortest form is what
 * ICU, behind Intl.NumberFormat, rounds, so 1.005 rounds to 1.01 here as there.
 */
function decimalDigits(value: number): { digits: string; point: number } {
	const [mantissa, exponent = '0'] = String(value).split('e');
	const [whole, fraction = ''] = mantissa.split('.');
	const all = whole + fraction;
	const leadingZeros = all.length - all.replace(/^0+/, '').length;
	return { digits: all.slice(leadingZeros), point: whole.length + Number(exponent) - leadingZeros };
}

/**
 * A number as en-GB and zh-CN write it with these options through Intl.NumberFormat: the same
 * digits, rounding (half away from zero, on the shortest decimal form), "," between thousands
 * and "." before decimals in both languages. Written out because making the first
 * Intl.NumberFormat loads the browser's locale data: about a fifth of a second of the dashboard's
 * start on a slowed phone CPU, for two languages that write numbers alike. A unit test compares
 * it with Intl's own over many thousands of values in both languages.
 */
function formatNumber(value: number, style: NumberStyle): string {
	if (Number.isNaN(value)) return `NaN${style.percent ? '%' : ''}`;
	const sign = value < 0 || Object.is(value, -0) ? '-' : '';
	if (!Number.isFinite(value)) return `${sign}∞${style.percent ? '%' : ''}`;
	let { digits, point } = decimalDigits(Math.abs(value));
	if (style.percent) point += 2;
	// Round to maxFraction digits after the point, half away from zero.
	const keep = point + style.maxFraction;
	if (keep < 0) digits = '';
	else if (keep < digits.length) {
		const up = digits.charCodeAt(keep) >= 53; // '5'
		digits = digits.slice(0, keep);
		if (up) {
			let i = digits.length - 1;
			while (i >= 0 && digits[i] === '9') i--;
			if (i < 0) {
				digits = '1' + '0'.repeat(digits.length);
				point++;
			} else digits = digits.slice(0, i) + String(Number(digits[i]) + 1) + '0'.repeat(digits.length - i - 1);
		}
	}
	// Whole part and fraction as written, zeros filled in around the significant digits.
	const padded = point <= 0 ? '0'.repeat(1 - point) + digits : digits.length < point ? digits + '0'.repeat(point - digits.length) : digits;
	const wholeLength = Math.max(point, 1);
	let whole = padded.slice(0, wholeLength).replace(/^0+(?=\d)/, '');
	let fraction = padded.slice(wholeLength, wholeLength + style.maxFraction).replace(/0+$/, '');
	if (fraction.length < style.minFraction) fraction += '0'.repeat(style.minFraction - fraction.length);
	if (style.grouping) whole = whole.replace(/\B(?=(\d{3})+$)/g, ',');
	return `${sign}${whole}${fraction ? `.${fraction}` : ''}${style.percent ? '%' : ''}`;
}

function formatter(style: NumberStyle): (value: number, lang: Lang) => string {
	// Both interface languages write numbers alike (see formatNumber); `lang` stays in the
	// signature so that a language that does not can be told apart here.
	return (value) => formatNumber(value, style);
}

const wholePercent = formatter({ minFraction: 0, maxFraction: 0, grouping: true, percent: true });
const grouped = formatter({ minFraction: 0, maxFraction: 0, grouping: true });
const oneDecimal = formatter({ minFraction: 1, maxFraction: 1, grouping: true });
const twoDecimals = formatter({ minFraction: 2, maxFraction: 2, grouping: false });

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

/**
 * A time axis for charts whose x is seconds of the recording: round tick values and their
 * clock labels (m:ss, or h:mm:ss from an hour on). Pure; knows nothing about Svelte or the DOM.
 */
import { scaleLinear } from 'd3';

/**
 * About `count` round tick values from 0 to `seconds`: in seconds below two minutes (0, 10, 20 …),
 * else in minutes (0, 5, 10 … min), so a tick never falls on an odd second.
 */
export function timeTicks(seconds: number, count = 5): number[] {
	if (!(seconds > 0)) return [0];
	if (seconds < 120) return scaleLinear().domain([0, seconds]).ticks(count);
	return scaleLinear()
		.domain([0, seconds / 60])
		.ticks(count)
		.map((minutes) => Math.round(minutes * 60));
}

const pad = (value: number) => String(value).padStart(2, '0');

/** 65 → "1:05"; 3725 → "1:02:05"; fractions of a second are dropped. */
export function formatClock(seconds: number): string {
	const whole = Math.max(0, Math.floor(seconds + 1e-9));
	const hours = Math.floor(whole / 3600);
	const minutes = Math.floor((whole % 3600) / 60);
	const rest = whole % 60;
	return hours > 0 ? `${hours}:${pad(minutes)}:${pad(rest)}` : `${minutes}:${pad(rest)}`;
}

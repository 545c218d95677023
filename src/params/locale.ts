import type { ParamMatcher } from '@sveltejs/kit';
import { isLang } from '$lib/i18n/url-language';

/** The optional language prefix of every page: `/en/…` or `/zh/…`, nothing else. */
export const match: ParamMatcher = (param) => isLang(param);

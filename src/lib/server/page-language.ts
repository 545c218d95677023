import { pageLang } from '../i18n/url-language';
import type { UrlLang } from '../paths';
import type { Lang } from '../i18n/locale';

/** What every page knows of its language: the interface's, and the address's prefix to keep in links. */
export interface PageLanguage {
	lang: Lang;
	urlLang: UrlLang;
}

/** The route's `[[lang]]` (already checked by the `locale` matcher) and the transcript's language. */
export function pageLanguage(urlLang: string | undefined, transcriptLang?: Lang): PageLanguage {
	const lang = pageLang(urlLang, transcriptLang);
	return { lang, urlLang: urlLang === undefined ? undefined : lang };
}

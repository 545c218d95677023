import type { Comparison } from '../compare/figures';
import type { Lang } from '../i18n/locale';
import type { UrlLang } from '../paths';

/** What the comparison page's charts (CompareShareChart, CompareThemesChart) take. */
export interface CompareChartProps {
	comparison: Comparison;
	/** The interface language. */
	lang: Lang;
	/** The address's language prefix, kept in the links. */
	urlLang: UrlLang;
	/** The source line (every transcript's publisher and date). */
	source: string;
	id?: string;
}

/**
 * The parameters a shared link carried that the page could not use, in words. Apart from
 * describe.ts so that a page which never shows them (the dashboard's first load: its status line
 * loads late) does not carry their messages.
 */
import type { DroppedParam } from '../selection/state';
import type { Lang } from '../i18n/locale';
import { m } from '../paraglide/messages.js';

/** "speaker “nobody” (no such speaker)": one phrase per parameter the link carried but the page could not use. */
export function describeDropped(dropped: readonly DroppedParam[], lang: Lang): string[] {
	return dropped.map(({ name, value, reason }) =>
		m.droppedParam({ name, value, reason: m.droppedReason({ reason }, { locale: lang }) }, { locale: lang })
	);
}

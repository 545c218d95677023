import type { ParamMatcher } from '@sveltejs/kit';

/** A later page of the reader: `read/2/` on; page 1 is `read/` itself, never `read/1/`. */
export const match: ParamMatcher = (param) => /^(?:[2-9]|[1-9]\d+)$/.test(param);

/**
 * Reads a `_headers` file as Netlify and Cloudflare Pages do: a line without indentation is a URL
 * path (exact, or a prefix when it ends in `*`), the indented `Name: value` lines under it are the
 * headers for it. A path that matches several rules gets every rule's headers, and two values of
 * one header are joined with ", " (for Content-Security-Policy that is two policies, both
 * enforced). For browser tests: written from the hosts' documentation, not from the code that
 * writes the file.
 */
export interface HeaderRule {
	path: string;
	headers: [string, string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	text.split('\n').forEach((line, index) => {
		if (line.trim() === '' || line.trimStart().startsWith('#')) return;
		if (!/^\s/.test(line)) {
			rules.push({ path: line.trim(), headers: [] });
			return;
		}
		const match = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line);
		const rule = rules.at(-1);
		if (!match || !rule) throw new Error(`_headers line ${index + 1}: not a header under a path: ${line}`);
		rule.headers.push([match[1]!, match[2]!.trim()]);
	});
	return rules;
}

function matches(pattern: string, pathname: string): boolean {
	return pattern.endsWith('*') ? pathname.startsWith(pattern.slice(0, -1)) : pathname === pattern;
}

/** The headers a host sends for a path, names in lower case. */
export function headersFor(rules: HeaderRule[], pathname: string): Record<string, string> {
	const headers: Record<string, string> = {};
	for (const rule of rules) {
		if (!matches(rule.path, pathname)) continue;
		for (const [name, value] of rule.headers) {
			const key = name.toLowerCase();
			headers[key] = headers[key] ? `${headers[key]}, ${value}` : value;
		}
	}
	return headers;
}

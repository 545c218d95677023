/**
 * Text for a terminal: transcript text echoed by the CLI (`--check`, warnings, errors) must not
 * drive the terminal. An ANSI escape sequence (ESC [ … m colours, ESC ] 8 hyperlinks, ESC [ 2J
 * clears the screen), a carriage return that overwrites the line, a backspace, a bell, or a bidi
 * override that reorders what is shown: each becomes a visible `\u001b`-style escape instead.
 * Tabs and newlines stay (the report's own layout). Pure; the same text gives the same bytes.
 */

// C0 controls but tab and newline, DEL, C1 controls (U+009B is a one-character CSI), and the
// bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069).
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** `text` with every control character written as `\uXXXX` (valid inside a JSON string too). */
export function terminalSafe(text: string): string {
	return text.replace(UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		// interface Error {}
		// interface Locals {}
		interface PageData {
			/** Set by a route's layout (present mode) for a page with no site masthead. */
			bare?: boolean;
		}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};

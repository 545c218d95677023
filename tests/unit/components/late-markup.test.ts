/**
 * The check on LateHydration's server markup (late-markup.ts): an empty comment at the top level
 * is found, one inside an element is not. Markup written here, in the shapes Svelte's SSR writes.
 */
import { describe, expect, it } from 'vitest';
import { checkLateMarkup, topLevelEmptyComment } from '../../../src/lib/components/late-markup';

describe('topLevelEmptyComment', () => {
	it('finds the anchor a component leaves at the top level, at its offset', () => {
		// A quote slide before the fix: the pull quote, Svelte's anchor after it, then a block.
		const html = '<!--[--><!--[1--><figure class="pull-quote"><p>引文</p></figure><!----> <!--[!--><!--]--><!--]-->';
		expect(topLevelEmptyComment(html)).toBe(html.indexOf('<!---->'));
	});

	it('passes markup whose empty comments are all inside elements', () => {
		expect(topLevelEmptyComment('<!--[--><figure id="a"><!----><p>x</p><!----></figure><!--]-->')).toBe(-1);
		expect(topLevelEmptyComment('<!--[--><div class="quote-slide"><figure></figure><!----> <!--[!--><!--]--></div><!--]-->')).toBe(-1);
		// Block markers are comments with data: never the end of {@html}.
		expect(topLevelEmptyComment('<!--[--><!--[0--><!--]--><!--]-->')).toBe(-1);
	});

	it('counts void elements, SVG empty elements, quoted ">" and raw text right', () => {
		// A <br>, an <input> and a <path/> close nothing: the comment after the </div> is at the top.
		expect(topLevelEmptyComment('<div><br><input value="a>b"><svg><path d="M0 0"/><rect width="1"></rect></svg></div><!---->')).toBe(
			'<div><br><input value="a>b"><svg><path d="M0 0"/><rect width="1"></rect></svg></div>'.length
		);
		// Inside them it is not.
		expect(topLevelEmptyComment('<div><br><svg><path d="M0 0"/></svg><!----></div>')).toBe(-1);
		// A "<" in a script or style is text, not a tag.
		expect(topLevelEmptyComment('<style>a<b{}</style><p><!----></p>')).toBe(-1);
		expect(topLevelEmptyComment("<p title='<!---->'>x</p>")).toBe(-1);
	});
});

describe('checkLateMarkup', () => {
	it('names the part and shows the place', () => {
		expect(() => checkLateMarkup('<figure></figure><!----><p></p>', 'PresentSlide')).toThrow(/PresentSlide's server markup .* offset 17 \(…<figure><\/figure><!---->\)/);
		expect(() => checkLateMarkup('<figure><!----></figure>', 'PresentSlide')).not.toThrow();
	});
});

/** A vertical span on screen, in CSS pixels from the top of the window. */
export type Span = { top: number; bottom: number };

/**
 * How far to scroll the window (positive: down) so that `target` shows within `band`, the part of the window not
 * covered by sticky bars. 'nearest' moves as little as possible (nothing when it already shows); 'center' puts it in
 * the middle of the band. A target taller than the band shows from its top.
 */
export function scrollToShow(target: Span, band: Span, align: 'nearest' | 'center' = 'nearest'): number {
	const height = target.bottom - target.top;
	const room = band.bottom - band.top;
	if (height >= room) return target.top - band.top;
	if (align === 'center') return target.top - (band.top + (room - height) / 2);
	if (target.top < band.top) return target.top - band.top;
	if (target.bottom > band.bottom) return target.bottom - band.bottom;
	return 0;
}

const stuck = (element: Element) => {
	const position = getComputedStyle(element).position;
	return position === 'sticky' || position === 'fixed';
};

/** The fixed or sticky element at a height of the window (a header, a tab bar), if any, outside `except`. */
function barAt(y: number, except: Element | undefined): Element | undefined {
	for (const hit of document.elementsFromPoint(window.innerWidth / 2, y)) {
		for (
			let element: Element | null = hit;
			element && element !== document.body;
			element = element.parentElement
		) {
			if (except?.contains(element)) break;
			if (stuck(element)) return element;
		}
	}
	return undefined;
}

/**
 * The part of the window that sticky bars leave free: below whatever is stuck to the top (the site header, and
 * `alsoAbove`, e.g. a banner that sticks under it) and above whatever is stuck to the bottom (a tab bar, and
 * `alsoBelow`, e.g. the rating bar).
 */
export function freeBand(
	options: { alsoAbove?: Element; alsoBelow?: Element; marginPx?: number } = {}
): Span {
	const margin = options.marginPx ?? 8;
	let top = barAt(1, options.alsoAbove)?.getBoundingClientRect().bottom ?? 0;
	if (options.alsoAbove) {
		// Where the banner sits once stuck, not where it is now in the page's flow.
		const style = getComputedStyle(options.alsoAbove);
		const stuckTop = Number.parseFloat(style.top);
		if (style.position === 'sticky' && Number.isFinite(stuckTop))
			top = Math.max(top, stuckTop + options.alsoAbove.getBoundingClientRect().height);
	}
	let bottom =
		barAt(window.innerHeight - 1, options.alsoBelow)?.getBoundingClientRect().top ?? window.innerHeight;
	if (options.alsoBelow) bottom = Math.min(bottom, options.alsoBelow.getBoundingClientRect().top);
	return { top: top + margin, bottom: bottom - margin };
}

/** Scrolls the window, at once, so that the elements show together in the free band (see scrollToShow). */
export function keepInView(
	elements: (Element | null | undefined)[],
	options: Parameters<typeof freeBand>[0] & { align?: 'nearest' | 'center' } = {}
) {
	const rects = elements
		.filter((element): element is Element => !!element)
		.map((e) => e.getBoundingClientRect());
	if (rects.length === 0) return;
	const target = {
		top: Math.min(...rects.map((r) => r.top)),
		bottom: Math.max(...rects.map((r) => r.bottom))
	};
	const by = scrollToShow(target, freeBand(options), options.align);
	if (Math.abs(by) >= 1) window.scrollBy({ top: by, behavior: 'instant' });
}

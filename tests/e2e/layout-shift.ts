import type { Page } from '@playwright/test';

/**
 * Layout shifts inside the page's `<main>` (or, with 'below-header', anywhere but the site header: the footer too,
 * which Lighthouse counts when the data pushes it out of the first screen), with what moved (the e2e checks of "nothing shifts when the data
 * arrives"). The site header is left out: it holds no data and is the same on every page; in two full-suite runs
 * on a loaded machine its tabs were once recorded moving during start-up (0.0074, before any data), which 100
 * runs of the same test alone did not reproduce. Each shift is kept with its sources, so a failure says what moved.
 */
export async function recordLayoutShifts(page: Page, where: 'main' | 'below-header' = 'main'): Promise<void> {
	await page.addInitScript((where) => {
		type Source = { node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly };
		const shifts: { value: number; moved: string[] }[] = [];
		(window as unknown as { layoutShifts: typeof shifts }).layoutShifts = shifts;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources: Source[] })[]) {
				// The site header (the banner), not a header inside the page's content.
				const header = document.querySelector('header:not(main header)');
				const inMain = entry.sources.filter((source) =>
					where === 'main'
						? source.node && document.querySelector('main')?.contains(source.node)
						: !(source.node && header?.contains(source.node))
				);
				if (inMain.length === 0 && entry.sources.length > 0) continue;
				shifts.push({
					value: entry.value,
					moved: entry.sources.map((source) => {
						const node = source.node;
						const name =
							node instanceof Element
								? `${node.tagName.toLowerCase()} "${(node.textContent ?? '').slice(0, 30)}"`
								: String(node?.nodeName);
						return `${name}: y ${Math.round(source.previousRect.y)} → ${Math.round(source.currentRect.y)}, x ${Math.round(source.previousRect.x)} → ${Math.round(source.currentRect.x)}`;
					})
				});
			}
		}).observe({ type: 'layout-shift', buffered: true });
	}, where);
}

/** The shifts recorded in `<main>` so far, after two frames (so a shift caused by the last change is counted). */
export async function layoutShiftsInMain(page: Page): Promise<{ value: number; moved: string[] }[]> {
	await page.evaluate(
		() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
	);
	return page.evaluate(
		() => (window as unknown as { layoutShifts: { value: number; moved: string[] }[] }).layoutShifts
	);
}

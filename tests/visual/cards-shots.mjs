// Screenshots of the card browser (/cards/) at phone and laptop sizes, light and dark, zh and en, with a seeded
// history, plus axe's findings on each. Run against a preview: SCREENS_ORIGIN=http://127.0.0.1:4173 node
// tests/visual/cards-shots.mjs [out-dir]
import { axeViolations, forEachScreen, origin } from './shots.mjs';

const out = process.argv[2] ?? 'shots/cards';
await forEachScreen(out, async (page, { width, height, colorScheme, language, prefix }) => {
	await page.goto(`${origin}${prefix}/cards/`);
	await page.getByTestId('card-list').waitFor();
	// One card selected, so the bulk bar shows too.
	await page.getByTestId('card-item').first().getByRole('checkbox').check();
	const name = `${out}/cards-${width}x${height}-${language}-${colorScheme}`;
	await page.screenshot({ path: `${name}.png` });
	await page.screenshot({
		path: `${name}-full.png`,
		fullPage: true,
		clip: { x: 0, y: 0, width, height: 3000 }
	});
	const violations = await axeViolations(page);
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
	console.log(name, violations.join(', ') || 'axe: none', overflow ? 'OVERFLOWS' : '');
});

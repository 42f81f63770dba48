// Screenshots of a page at phone and laptop sizes, in both languages and both colour schemes, after seeding a
// synthetic history: `node tests/visual/screens.mjs <path> [out-dir]` against a running preview (SCREENS_ORIGIN).
// For looking at what was built; it asserts nothing but prints axe's violations of each screen.
import { axeViolations, forEachScreen, origin } from './shots.mjs';

const path = process.argv[2] ?? '/stats/';
const out = process.argv[3] ?? 'test-results/screens';
const slug = path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';

await forEachScreen(out, async (page, { width, colorScheme, language, prefix }) => {
	await page.goto(`${origin}${prefix}${path}`);
	await page.waitForLoadState('networkidle');
	// Charts are drawn as they come near the screen: scroll through the page once, then back up.
	await page.evaluate(async () => {
		for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
			scrollTo(0, y);
			await new Promise((resolve) => setTimeout(resolve, 150));
		}
		scrollTo(0, 0);
	});
	await page.waitForTimeout(800);
	const file = `${out}/${slug}-${language}-${width}-${colorScheme}.png`;
	await page.screenshot({ path: file, fullPage: true });
	console.log(file, 'axe violations:', (await axeViolations(page)).join(', ') || 0);
});

// Screenshots of the argument page (top, one claim reached by its anchor, the memory map on) and of the pages
// that link to it (reader with a claim's evidence, a paragraph page, a question page, home), phone and laptop,
// both languages and colour schemes, with axe run on each: `node tests/visual/argument-shots.mjs [out-dir]`
// against a running preview (SCREENS_ORIGIN). For looking at what was built; it prints axe's violations.
import { axeViolations, forEachScreen, origin } from './shots.mjs';

const out = process.argv[2] ?? 'test-results/screens';
let violations = 0;
async function check(page, file) {
	await page.screenshot({ path: file });
	const found = await axeViolations(page);
	violations += found.length;
	console.log(file, 'axe violations:', found.join(', ') || 0);
}

await forEachScreen(out, async (page, { width, colorScheme, language, prefix, questions }) => {
	const name = `${out}/argument-${language}-${width}-${colorScheme}`;
	await page.goto(`${origin}${prefix}/argument/`);
	await page.waitForLoadState('networkidle');
	await check(page, `${name}-top.png`);
	await page.goto(`${origin}${prefix}/argument/#legacy-assets`);
	await page.waitForLoadState('networkidle');
	await page.locator('#legacy-assets summary').click();
	await check(page, `${name}-claim.png`);
	await page.getByRole('button', { name: /記憶地圖|Memory map/ }).click();
	await page.getByTestId('memory-legend').waitFor();
	await page.locator('#legacy-assets').scrollIntoViewIfNeeded();
	await check(page, `${name}-memory.png`);
	// The pages that lead to the argument.
	const other = `${out}/links-${language}-${width}-${colorScheme}`;
	await page.goto(`${origin}${prefix}/article/#claim-legacy-assets`);
	await page.waitForLoadState('networkidle');
	await check(page, `${other}-reader-evidence.png`);
	await page.goto(`${origin}${prefix}/article/p19/`);
	await page.getByRole('heading', { level: 2 }).first().scrollIntoViewIfNeeded();
	await check(page, `${other}-paragraph.png`);
	await page.goto(`${origin}${prefix}/questions/${questions[0].id}/`);
	await page.waitForLoadState('networkidle');
	await page.getByRole('complementary').first().scrollIntoViewIfNeeded();
	await check(page, `${other}-question.png`);
	await page.goto(`${origin}${prefix}/`);
	await page.waitForLoadState('networkidle');
	await check(page, `${other}-home.png`);
});
console.log('axe violations in all:', violations);

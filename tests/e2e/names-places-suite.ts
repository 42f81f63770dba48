// The reading aids' pages (names and terms; dates and places), run on a laptop (names-places.spec.ts) and a phone
// (names-places-phone.spec.ts): each lists what the content files hold, and each link opens the reader at the right
// sentence, highlighted.
import { expect, test, type Page } from '@playwright/test';
import { firstSentenceNaming, glossary, places, timeline } from './reading-aids-content';

/** The reader's highlighted passage: in the expected paragraph, with the expected text. */
async function expectPassage(page: Page, paragraphId: string, text: string) {
	await expect(page.getByTestId('passage-banner')).toBeVisible();
	const paragraph = page.locator(`[data-testid="paragraph"][id="${paragraphId}"]`);
	// Question anchors cut the passage into several marks: together they hold exactly the passage.
	const marks = paragraph.getByTestId('paragraph-text').getByTestId('source-highlight');
	await expect(marks.first()).toBeVisible();
	await expect.poll(async () => (await marks.allTextContents()).join('')).toBe(text);
	await expect(marks.first()).toBeInViewport();
}

// An entry with variants in every script and language, so each kind of form is checked.
const entry = glossary.find(
	(candidate) =>
		candidate.zhVariants.length > 0 && candidate.hans.length > 0 && candidate.enVariants.length > 0
)!;

export function readingAidsSuite() {
	for (const language of ['zh', 'en'] as const) {
		test(`the names page lists an entry in all its forms, and its sentence link opens the reader there (${language})`, async ({
			page
		}) => {
			await page.goto(language === 'en' ? '/en/names/' : '/names/');
			const card = page.getByRole('article', { name: new RegExp(entry.zh) });
			await expect(card).toBeVisible();
			await expect(card.getByTestId('form-traditional')).toHaveText([entry.zh, ...entry.zhVariants]);
			await expect(card.getByTestId('form-simplified')).toHaveText(entry.hans);
			await expect(card.getByTestId('form-english')).toHaveText([entry.en, ...entry.enVariants]);
			// Every Traditional form has its pinyin.
			await expect(card.getByTestId('reading')).toHaveCount(1 + entry.zhVariants.length);

			const expected = firstSentenceNaming(entry.id);
			await card.getByTestId('sentence-link').first().click();
			await expect(page).toHaveURL(/\/article\/#at-/);
			await expectPassage(page, expected.paragraphId, expected.text);
		});
	}

	test('the names page finds an entry by a Simplified or English form', async ({ page }) => {
		await page.goto('/en/names/');
		const search = page.getByRole('searchbox');
		const query = entry.hans.at(-1)!;
		await search.fill(query);
		await expect(page.getByRole('article', { name: new RegExp(entry.zh) })).toBeVisible();
		// An entry none of whose forms holds the query is hidden.
		const other = glossary.find(
			(candidate) =>
				candidate.kind === entry.kind &&
				![candidate.zh, ...candidate.zhVariants, ...candidate.hans].some((form) => form.includes(query))
		)!;
		await expect(page.getByRole('article', { name: new RegExp(other.zh) })).toHaveCount(0);
		await search.fill(entry.enVariants[0]!.toUpperCase());
		await expect(page.getByRole('article', { name: new RegExp(entry.zh) })).toBeVisible();
	});

	for (const language of ['zh', 'en'] as const) {
		test(`a timeline event opens the reader at its quote (${language})`, async ({ page }) => {
			await page.goto(language === 'en' ? '/en/places-and-dates/' : '/places-and-dates/');
			const events = page.getByTestId('timeline-event');
			await expect(events).toHaveCount(timeline.length);
			// An event far down the list, so arriving there needs a scroll.
			const event = timeline.at(-2)!;
			const item = events.nth(timeline.length - 2);
			await expect(item.getByRole('time')).toHaveText(event.date[language]);
			await expect(item.getByRole('blockquote')).toHaveText(event.quote);
			await item.getByTestId('event-link').click();
			await expect(page).toHaveURL(/\/article\/#at-/);
			await expectPassage(page, event.paragraph, event.quote);
		});
	}

	test('a map point leads to its place, whose sentence link opens the reader there', async ({ page }) => {
		await page.goto('/en/places-and-dates/');
		const map = page.getByRole('group', { name: /map/i });
		const cities = places.filter((place) => place.kind !== 'country');
		await expect(map.getByTestId('map-point')).toHaveCount(cities.length);
		const city = cities.find((place) => place.id === 'tianjin') ?? cities[0]!;
		const entry = glossary.find((candidate) => candidate.id === city.id)!;
		await map.getByRole('link', { name: entry.en, exact: true }).click();
		await expect(page).toHaveURL(new RegExp(`#place-${city.id}$`));
		const row = page.getByRole('row', { name: new RegExp(entry.en) });
		await expect(row).toBeInViewport();
		const expected = firstSentenceNaming(city.id);
		await row.getByTestId('sentence-link').first().click();
		await expectPassage(page, expected.paragraphId, expected.text);
	});

	test('the map and its list name every place, with a link for each country and city', async ({ page }) => {
		await page.goto('/places-and-dates/');
		await expect(page.getByTestId('place-row')).toHaveCount(places.length);
		const map = page.getByRole('group', { name: /地圖/ });
		for (const place of places) {
			const entry = glossary.find((candidate) => candidate.id === place.id)!;
			await expect(map.getByRole('link', { name: entry.zh, exact: true })).toHaveCount(1);
		}
		// Nothing sticks out sideways at the phone's width or a laptop's.
		expect(
			await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
		).toBe(0);
	});
}

import type { Language } from '$lib/domain/language';
import { loadArea } from '$lib/i18n/messages';

/**
 * The card's info panel and its texts (the statistics area), fetched together once a question page is up: the
 * panel needs the database and the scheduler, which the question does not, and its texts are the only ones of the
 * statistics area a question page shows, so neither is in the page's first download.
 */
export async function loadCardInfoPanel(language: Language) {
	const [panel, texts] = await Promise.all([import('./CardInfo.svelte'), loadArea(language, 'stats')]);
	return { CardInfo: panel.default, texts };
}

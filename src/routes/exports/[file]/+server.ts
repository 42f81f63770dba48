import { error } from '@sveltejs/kit';
import { siteCatalog } from '$lib/content/files.server';
import { ankiDeckText } from '$lib/domain/exports/anki';
import { quizletDeckText } from '$lib/domain/exports/quizlet';
import type { Language } from '$lib/domain/language';
import { exportFileName, exportFormats, parseExportFileName } from '$lib/domain/exports/file-names';
import { loadMessages } from '$lib/i18n/messages';
import type { EntryGenerator, RequestHandler } from './$types';

// Each deck's exports are plain files written at build time: they download without script and work offline.
export const prerender = true;

export const entries: EntryGenerator = () =>
	siteCatalog().decks.flatMap((deck) =>
		exportFormats.flatMap((format) =>
			(['zh', 'en'] as Language[]).map((language) => ({ file: exportFileName(deck.id, format, language) }))
		)
	);

export const GET: RequestHandler = async ({ params }) => {
	const wanted = parseExportFileName(params.file);
	const deck = wanted && siteCatalog().decks.find((candidate) => candidate.id === wanted.deckId);
	if (!wanted || !deck) error(404, `No export "${params.file}"`);
	const t = await loadMessages(wanted.language, []);
	const words = { true: t.trueLabel, false: t.falseLabel, deckPrefix: t.appName };
	const text =
		wanted.format === 'anki'
			? ankiDeckText(deck, wanted.language, words)
			: quizletDeckText(deck, wanted.language, words);
	return new Response(text, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};

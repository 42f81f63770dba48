// The benchmark's synthetic catalog: 100,000 questions in 100 decks of 1,000 (the largest deck the validator
// accepts), each a copy of one of the article's real questions under its own id, so every kind (cloze grading
// included) is present in the proportions of the real decks. The real decks stay in the catalog as they are.
// The synthetic questions exist only in the content files the benchmark's server sends; nothing is prerendered
// for them and the build is untouched.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const syntheticDeckCount = 100;
export const questionsPerSyntheticDeck = 1000;

const pad = (number, width) => String(number).padStart(width, '0');
export const syntheticDeckId = (index) => `bench-${pad(index + 1, 3)}`;

/** The script map the build wrote into the index (the synthetic questions copy the real answers). */
export function readBuiltScriptMap(buildDir) {
	return JSON.parse(readFileSync(join(buildDir, 'content', 'index.json'), 'utf8')).scriptMap;
}

/** The build stamp every content file carries (the service worker refuses a file of another build). */
export function readBuiltAppVersion(buildDir) {
	return JSON.parse(readFileSync(join(buildDir, 'content', 'index.json'), 'utf8')).appVersion;
}

/** The catalog as the build wrote it. */
export function readBuiltCatalog(buildDir) {
	return JSON.parse(readFileSync(join(buildDir, 'content.json'), 'utf8'));
}

/** The real catalog plus 100 synthetic decks of 1,000 copied questions each. */
export function syntheticCatalog(real) {
	const originals = real.decks.flatMap((deck) => deck.questions);
	const decks = [...real.decks];
	let copy = 0;
	for (let deckIndex = 0; deckIndex < syntheticDeckCount; deckIndex++) {
		const deckId = syntheticDeckId(deckIndex);
		const questions = [];
		for (let index = 0; index < questionsPerSyntheticDeck; index++, copy++) {
			const original = originals[copy % originals.length];
			const number = `${deckIndex + 1}.${index + 1}`;
			questions.push({
				...original,
				id: `${original.id}-b${pad(copy, 6)}`,
				deckId,
				// The copy's number in the prompt, so cards on screen can be told apart.
				prompt: { zh: `${original.prompt.zh}（${number}）`, en: `${original.prompt.en} (${number})` }
			});
		}
		decks.push({
			id: deckId,
			order: 1000 + deckIndex,
			title: { zh: `測試卡組 ${deckIndex + 1}`, en: `Bench deck ${deckIndex + 1}` },
			description: { zh: '基準測試用的合成題目。', en: 'Synthetic questions for the benchmark.' },
			questions
		});
	}
	return { ...real, decks };
}

/** The synthetic questions (not the real ones) as { questionId, deckId, kind }, in catalog order. */
export function syntheticQuestions(catalog) {
	return catalog.decks
		.filter((deck) => deck.id.startsWith('bench-'))
		.flatMap((deck) =>
			deck.questions.map((question) => ({ questionId: question.id, deckId: deck.id, kind: question.kind }))
		);
}

/** The content index of a catalog, as src/lib/content/content-index.ts writes it at build time. */
export function contentIndexOf(catalog, scriptMap = {}) {
	return {
		version: catalog.version,
		articleDate: catalog.article.date,
		paragraphs: catalog.article.paragraphs.map(({ id, number }) => ({ id, number })),
		decks: catalog.decks.map((deck) => ({
			id: deck.id,
			order: deck.order,
			title: deck.title,
			description: deck.description,
			questions: deck.questions.map(({ id, deckId, kind }) => ({ id, deckId, kind }))
		})),
		scriptMap
	};
}

/**
 * The files the server sends instead of the built ones, keyed by path: the index, one file per deck (the
 * synthetic decks' among them), the list of content files with their sizes and the whole catalog, as the build
 * writes them (src/lib/content/content-files.server.ts), each stamped with the build's version.
 */
export function contentOverrides(catalog, scriptMap, appVersion) {
	const stamped = (body) => JSON.stringify({ appVersion, ...body });
	const files = [
		['/content/index.json', stamped(contentIndexOf(catalog, scriptMap))],
		...catalog.decks.map((deck) => [`/content/decks/${deck.id}.json`, stamped(deck)]),
		['/content/article.json', stamped(catalog.article)]
	];
	const list = files.map(([path, text]) => ({ path, gzipBytes: gzipSync(text).length }));
	return new Map([
		['/content.json', stamped(catalog)],
		['/content/files.json', stamped({ files: list })],
		...files
	]);
}

/** Every question of a catalog by id (the benchmark types correct cloze answers from it). */
export const questionsById = (catalog) =>
	new Map(catalog.decks.flatMap((deck) => deck.questions).map((question) => [question.id, question]));

/**
 * The synthetic decks have no prerendered review page of their own: their review address gets the shell of
 * /review/all/ (and its layout data), which is the same client-rendered page (the scope is read from the
 * address), as a host's single-page-app fallback would serve it.
 */
export function syntheticShells(path) {
	const match = /^(\/en)?\/review\/bench-\d+\/(index\.html|__data\.json)$/.exec(path);
	return match ? `${match[1] ?? ''}/review/all/${match[2]}` : path;
}

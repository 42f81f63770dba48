// Checks that every English text renders the article's names and terms as the glossary does.
import type { ArgumentMap } from '$lib/domain/argument';
import { englishForms, mentionsIn, usesEnglishForm, type Glossary } from '$lib/domain/glossary';
import type { Bilingual } from '$lib/domain/language';
import type { Question } from '$lib/domain/question';
import type { Catalog } from './catalog';

/** A text in both languages and where it is, for a finding a writer can act on. */
type Located = { where: string; text: Bilingual };

function questionTexts(question: Question): Located[] {
	const at = (field: string, text: Bilingual) => ({ where: `${question.id} ${field}`, text });
	const common = [at('prompt', question.prompt), at('explanation', question.explanation)];
	switch (question.kind) {
		case 'flashcard':
		case 'cloze':
			return [...common, at('answer', question.answer)];
		case 'single-choice':
		case 'multiple-select':
			return [...common, ...question.options.map((option, index) => at(`options[${index}]`, option))];
		case 'true-false':
			return common;
		case 'ordering':
			return [...common, ...question.items.map((item, index) => at(`items[${index}]`, item))];
		case 'matching':
			return [
				...common,
				...question.pairs.flatMap((pair, index) => [
					at(`pairs[${index}].left`, pair.left),
					at(`pairs[${index}].right`, pair.right)
				])
			];
		default: {
			const unreachable: never = question;
			return unreachable;
		}
	}
}

/** Every text a learner reads in both languages: decks, questions, and the argument map's claims and evidence. */
export function bilingualTexts(catalog: Catalog, map?: ArgumentMap): Located[] {
	const texts: Located[] = catalog.decks.flatMap((deck) => [
		{ where: `deck ${deck.id} title`, text: deck.title },
		{ where: `deck ${deck.id} description`, text: deck.description },
		...deck.questions.flatMap(questionTexts)
	]);
	if (map) {
		texts.push(
			...map.parts.map((part) => ({ where: `part ${part.id} title`, text: part.title })),
			...map.holders.map((holder) => ({ where: `holder ${holder.id} name`, text: holder.name })),
			...map.claims.flatMap((claim) => [
				{ where: `claim ${claim.id} statement`, text: claim.statement },
				...claim.evidence.map((item, index) => ({
					where: `claim ${claim.id} evidence[${index}]`,
					text: { zh: item.quote, en: item.en }
				}))
			])
		);
	}
	return texts;
}

/**
 * English texts that render a name or term of their Chinese otherwise than the glossary does, or use a
 * rendering the glossary rules out.
 */
export function englishOffGlossary(texts: readonly Located[], glossary: Glossary): string[] {
	return texts.flatMap(({ where, text }) => {
		const findings: string[] = [];
		const reported = new Set<string>();
		for (const { entry, form } of mentionsIn(text.zh, glossary.entries)) {
			if (reported.has(entry.id)) continue;
			reported.add(entry.id);
			if (!englishForms(entry).some((english) => usesEnglishForm(text.en, english))) {
				findings.push(`${where}: the Chinese has ${form} but the English lacks "${entry.en}"`);
			}
		}
		for (const entry of glossary.entries) {
			for (const form of entry.avoid) {
				if (usesEnglishForm(text.en, form))
					findings.push(`${where}: "${form}" is not how ${entry.zh} is rendered; use "${entry.en}"`);
			}
		}
		return findings;
	});
}

import { beforeAll, describe, expect, it } from 'vitest';
import { allQuestions } from '$lib/content/catalog';
import { loadContent, type SiteContent } from '$lib/content/load';
import { nameMatches, namesView, type NamesView } from '$lib/content/names-page';
import { glossaryKinds, mentionsIn } from '$lib/domain/glossary';
import { readContentFiles } from '../../content/read-files';

let content: SiteContent;
let view: NamesView;

beforeAll(() => {
	content = loadContent(readContentFiles());
	view = namesView(content.glossary!, content.catalog, 'en', (form) => `reading of ${form}`);
}, 30_000);

describe('the names page view', () => {
	it('lists every glossary entry once, grouped by kind in the glossary order', () => {
		const listed = view.groups.flatMap((group) => group.entries.map((entry) => entry.id));
		const kinds = glossaryKinds.filter((kind) =>
			content.glossary!.entries.some((entry) => entry.kind === kind)
		);
		expect(view.groups.map((group) => group.kind)).toEqual(kinds);
		expect([...listed].sort()).toEqual(content.glossary!.entries.map((entry) => entry.id).sort());
		expect(view.entryCount).toBe(content.glossary!.entries.length);
	});

	it('links each entry to sentences that hold one of its forms, and to questions that name it', () => {
		const paragraphs = new Map(
			content.catalog.article.paragraphs.map((paragraph) => [paragraph.id as string, paragraph])
		);
		const questions = allQuestions(content.catalog);
		for (const entry of view.groups.flatMap((group) => group.entries)) {
			for (const sentence of entry.sentences) {
				const text = paragraphs.get(sentence.paragraphId)!.text.slice(sentence.start, sentence.end);
				const found = mentionsIn(text, content.glossary!.entries).map((mention) => mention.entry.id);
				expect(found, `${entry.id} in ${sentence.paragraphId}`).toContain(entry.id);
			}
			for (const index of entry.questions) {
				const question = questions.find((candidate) => candidate.id === view.questions[index]!.id)!;
				expect(view.questions[index]!.prompt).toBe(question.prompt.en);
			}
		}
		// Each prompt travels once.
		expect(new Set(view.questions.map((question) => question.id)).size).toBe(view.questions.length);
	});

	it('gives every Traditional form its reading', () => {
		const putin = view.groups
			.flatMap((group) => group.entries)
			.find((entry) => entry.id === 'vladimir-putin')!;
		const source = content.glossary!.entries.find((entry) => entry.id === 'vladimir-putin')!;
		expect(putin.traditional).toEqual(
			[source.zh, ...source.zhVariants].map((form) => ({ form, reading: `reading of ${form}` }))
		);
	});
});

describe('searching names', () => {
	const entry = {
		traditional: [{ form: '哈薩克', reading: 'hā sà kè' }],
		hans: ['哈萨克斯坦'],
		en: 'Kazakhstan',
		enVariants: ['Kazakh']
	};

	it('matches any form, in any case, and pinyin', () => {
		for (const query of ['哈薩克', '萨克斯', 'kazakh', 'KAZAKHSTAN', 'hā sà', 'hāsàkè', '']) {
			expect(nameMatches(entry, query), query).toBe(true);
		}
		expect(nameMatches(entry, '烏茲別克')).toBe(false);
		expect(nameMatches(entry, 'Uzbek')).toBe(false);
	});
});

import { describe, expect, it } from 'vitest';
import { checkDraft, draftFromPack, draftToRawPack } from '$lib/domain/author/convert';
import {
	newDeck,
	newDraft,
	newDraftLanguage,
	newQuestion,
	newQuestionId,
	paragraphsOf,
	type Draft
} from '$lib/domain/author/draft';
import { splitParagraphs } from '$lib/domain/article';
import { parsePack, readPack, serializePack } from '$lib/domain/pack/parse';
import { questionKinds } from '$lib/domain/question';
import { seededRandom } from '$lib/domain/random';
import { packFixture } from '../pack/fixture';

const text =
	'上合的起點\n\n上合成立於2001年，中亞國家是組織核心。俄羅斯的不安同步增長。\n\n2025年9月1日，天津峰會的會場。（新華社）';
const fresh = (): Draft => newDraft({ random: seededRandom('t'), nowMs: 1, language: 'zh-Hant', text });

/** A draft of the fixture pack (every kind, both languages). */
const fixtureDraft = () => {
	const read = parsePack(JSON.stringify(packFixture()));
	if (!read.ok) throw new Error('the fixture must be valid');
	const draft = draftFromPack(read.pack, { id: 'a-fixture1', nowMs: 1 });
	return { pack: { ...read.pack, article: { ...read.pack.article, id: draft.id } }, draft };
};

describe('a new draft', () => {
	it('has a random article id, one empty deck, and its text split by the build’s rule', () => {
		const draft = fresh();
		expect(draft.id).toMatch(/^a-[0-9a-z]{8}$/);
		expect(newDraft({ random: seededRandom('other'), nowMs: 1, language: 'en' }).id).not.toBe(draft.id);
		expect(draft.article.paragraphs).toEqual(
			splitParagraphs(text).map((paragraph) => ({ kind: paragraph.kind, text: paragraph.text }))
		);
		expect(draft.article.paragraphs.map((paragraph) => paragraph.kind)).toEqual([
			'heading',
			'body',
			'caption'
		]);
		expect(draft.decks).toHaveLength(1);
	});

	it('gives question ids unique in the draft and deck ids after the others', () => {
		const draft = fresh();
		// A source that repeats itself would give the same id twice if ids were not checked against the draft.
		const stuck = () => 0;
		draft.decks[0]!.questions.push(newQuestion(newQuestionId(draft, stuck), 'flashcard', []));
		const second = newQuestionId(
			draft,
			(() => {
				let calls = 0;
				return () => (calls++ < 6 ? 0 : 0.5);
			})()
		);
		expect(second).not.toBe(draft.decks[0]!.questions[0]!.id);
		expect(newDeck(draft)).toMatchObject({ id: 'deck-2', order: 2 });
	});

	it('is incomplete, and every problem names a field of the draft', () => {
		const { problems, pack } = checkDraft(fresh());
		expect(pack).toBeUndefined();
		const paths = problems.map((problem) => problem.path);
		expect(paths).toContain('article.title');
		expect(paths).toContain('article.date');
		expect(paths).toContain('decks[0].title.zh');
		expect(paths).toContain('decks[0].questions');
	});
});

describe('a new draft’s article language', () => {
	it('is Traditional Chinese on a device with no draft yet, whatever the interface language', () => {
		expect(newDraftLanguage([])).toBe('zh-Hant');
	});

	it('is the language of the latest draft, passing over a damaged one', () => {
		expect(newDraftLanguage([{}, { language: 'en' }, { language: 'zh-Hans' }])).toBe('en');
	});
});

describe('a draft checked by the build’s validator', () => {
	it('gives the same pack as the pack it came from, for a question of every kind', () => {
		const { pack, draft } = fixtureDraft();
		expect(new Set(draft.decks[0]!.questions.map((question) => question.kind))).toEqual(
			new Set(questionKinds)
		);
		const check = checkDraft(draft);
		expect(check.problems).toEqual([]);
		expect(check.pack).toEqual(pack);
	});

	it('needs only the article’s language: the other is filled with it when left empty', () => {
		const { draft } = fixtureDraft();
		const question = draft.decks[0]!.questions[0]!;
		question.prompt.en = '';
		question.answer.en = '';
		const check = checkDraft(draft);
		expect(check.problems).toEqual([]);
		const read = check.pack!.decks[0]!.questions[0]!;
		expect(read.prompt).toEqual({ zh: question.prompt.zh, en: question.prompt.zh });
		expect(read.kind === 'flashcard' && read.answer.en).toBe(question.answer.zh);
	});

	it('for an English article, needs only English', () => {
		const draft = newDraft({
			random: seededRandom('en'),
			nowMs: 1,
			language: 'en',
			text: 'The SCO was founded in 2001. Central Asia is its core.'
		});
		Object.assign(draft.article, { title: 'SCO', date: '2025-09-05' });
		const deck = draft.decks[0]!;
		deck.title.en = 'Basics';
		deck.description.en = 'Founding';
		const question = newQuestion('q-1', 'true-false', ['founded in 2001']);
		question.prompt.en = 'The SCO was founded in 2001.';
		question.explanation.en = 'Paragraph 1.';
		deck.questions.push(question);
		const check = checkDraft(draft);
		expect(check.problems).toEqual([]);
		expect(check.pack!.decks[0]!.title).toEqual({ zh: 'Basics', en: 'Basics' });
		// The Chinese side is not filled for an English article from nothing: an empty English text is reported once.
		deck.title.en = '';
		expect(checkDraft(draft).problems).toEqual([{ path: 'decks[0].title.en', code: 'not-language-text' }]);
	});

	it('reports an empty text once, on the field the teacher writes in', () => {
		const { draft } = fixtureDraft();
		draft.decks[0]!.questions[0]!.prompt = { zh: '', en: '' };
		expect(checkDraft(draft).problems).toEqual([
			{ path: 'decks[0].questions[0].prompt.zh', code: 'not-language-text' }
		]);
	});

	it('names the draft’s own fields: its quotes, a true-false answer, an option', () => {
		const { draft } = fixtureDraft();
		const questions = draft.decks[0]!.questions;
		const single = questions.findIndex((question) => question.sources.length === 1);
		questions[single]!.sources = ['這句話不在文章裡'];
		const several = questions.findIndex((question) => question.sources.length > 1);
		questions[several]!.sources[1] = '也不在文章裡';
		const choice = questions.findIndex((question) => question.kind === 'single-choice');
		questions[choice]!.options[1]!.zh = '';
		const paths = checkDraft(draft).problems.map((problem) => [problem.path, problem.code]);
		expect(paths).toContainEqual([`decks[0].questions[${single}].sources[0]`, 'quote-not-found']);
		expect(paths).toContainEqual([`decks[0].questions[${several}].sources[1]`, 'quote-not-found']);
		expect(paths).toContainEqual([`decks[0].questions[${choice}].options[1].zh`, 'not-language-text']);
		questions[single]!.sources = [];
		expect(checkDraft(draft).problems.map((problem) => problem.path)).toContain(
			`decks[0].questions[${single}].sources`
		);
	});

	it('accepts a cloze answer without listing it again among the accepted forms', () => {
		const { draft } = fixtureDraft();
		const cloze = draft.decks[0]!.questions.find((question) => question.kind === 'cloze')!;
		cloze.accepted = cloze.accepted.filter((form) => form !== cloze.answer.zh && form !== cloze.answer.en);
		const check = checkDraft(draft);
		expect(check.problems).toEqual([]);
	});

	it('keeps every kind’s fields when the kind changes, and writes only its kind’s into the pack', () => {
		const { draft } = fixtureDraft();
		const question = draft.decks[0]!.questions.find((q) => q.kind === 'single-choice')!;
		question.kind = 'flashcard';
		const raw = draftToRawPack(draft) as { decks: { questions: Record<string, unknown>[] }[] };
		const written = raw.decks[0]!.questions.find((q) => q.id === question.id)!;
		expect(written.options).toBeUndefined();
		question.kind = 'single-choice';
		expect(checkDraft(draft).problems).toEqual([]);
	});

	it('writes a pack file that the pack reader reads back', () => {
		const { pack } = checkDraft(fixtureDraft().draft);
		const again = parsePack(serializePack(pack!));
		expect(again.ok && again.pack).toEqual(pack);
	});
});

describe('the pack reader with one language', () => {
	it('fills the other language of a deck and its questions, and reports a text missing in the written one', () => {
		const pack = packFixture() as ReturnType<typeof packFixture> & Record<string, unknown>;
		const deck = pack.decks[0]!;
		deck.title = { zh: '上合基本' } as typeof deck.title;
		const read = readPack(pack);
		expect(read.ok && read.pack.decks[0]!.title).toEqual({ zh: '上合基本', en: '上合基本' });
		deck.title = { en: 'Only English' } as typeof deck.title;
		const refused = readPack(pack);
		expect(refused.ok ? [] : refused.problems).toEqual([
			{ path: 'decks[0].title.zh', code: 'not-language-text' }
		]);
	});
});

describe('paragraphsOf', () => {
	it('splits at blank lines and classifies headings and captions as the build does', () => {
		expect(paragraphsOf(text).map((paragraph) => paragraph.kind)).toEqual(['heading', 'body', 'caption']);
	});
});

describe('a stored draft read back', () => {
	it('reads a draft as it was stored, through JSON', async () => {
		const { readDraft } = await import('$lib/domain/author/read');
		const { draft } = fixtureDraft();
		expect(readDraft(JSON.parse(JSON.stringify(draft)))).toEqual(draft);
		expect(readDraft(fresh())).toEqual(fresh());
	});

	it('refuses a damaged row, naming the field', async () => {
		const { readDraft, DamagedDraftError } = await import('$lib/domain/author/read');
		const { draft } = fixtureDraft();
		const broken = JSON.parse(JSON.stringify(draft));
		broken.decks[0].questions[2].options[1].correct = 'yes';
		expect(() => readDraft(broken)).toThrow(DamagedDraftError);
		expect(() => readDraft(broken)).toThrow('decks[0].questions[2].options[1].correct');
		expect(() => readDraft({ ...draft, version: 99 })).toThrow('version');
		expect(() => readDraft(null)).toThrow(DamagedDraftError);
	});
});

describe('the preview of one question', () => {
	it('is the question as a learner gets it once it has no problem, and nothing before', async () => {
		const { checkQuestion } = await import('$lib/domain/author/convert');
		const { pack, draft } = fixtureDraft();
		expect(checkQuestion(draft, 0, 0)).toEqual(pack.decks[0]!.questions[0]);
		draft.decks[0]!.questions[0]!.prompt.en = '';
		expect(checkQuestion(draft, 0, 0)?.prompt.en).toBe(draft.decks[0]!.questions[0]!.prompt.zh);
		draft.decks[0]!.questions[0]!.sources = ['不在文章裡'];
		expect(checkQuestion(draft, 0, 0)).toBeUndefined();
	});
});

describe('sentences of a paragraph', () => {
	it('split Chinese at its full stops and English at its own', async () => {
		const { sentencesIn } = await import('$lib/domain/author/draft');
		const zh = '上合成立於2001年。中亞是核心！';
		expect(sentencesIn(zh, 'zh-Hant').map((r) => zh.slice(r.start, r.end))).toEqual([
			'上合成立於2001年。',
			'中亞是核心！'
		]);
		const en = 'The SCO was founded in 2001. It met in Tianjin, e.g. in Sept. “Why?” he asked';
		expect(sentencesIn(en, 'en').map((r) => en.slice(r.start, r.end))).toEqual([
			'The SCO was founded in 2001.',
			'It met in Tianjin, e.g.',
			'in Sept.',
			'“Why?”',
			'he asked'
		]);
	});
});

import { describe, expect, it } from 'vitest';
import { loadContent } from '$lib/content/load';
import { packArticleText, packDeckFiles } from '$lib/content/pack-export';
import { formatProblem } from '$lib/content/problems';
import { validateDecks } from '$lib/content/validate';
import { parseArticle } from '$lib/domain/article';
import { checkDraft, draftFromPack } from '$lib/domain/author/convert';
import { newQuestion } from '$lib/domain/author/draft';
import type { ArticlePack } from '$lib/domain/pack/format';
import { readContentFiles } from './read-files';

// The editor's import and export on the repository's own article and decks: nothing may change on the way, and
// the deck files a draft exports are accepted by the build.
describe('the editor on the repository’s content', { timeout: 60_000 }, () => {
	const content = loadContent(readContentFiles());
	const { article, decks } = content.catalog;
	const pack: ArticlePack = {
		article: { ...article, title: '上合與中亞', language: 'zh-Hant' },
		decks
	};

	it('round-trips every deck: pack → draft → pack, unchanged', () => {
		const draft = draftFromPack(pack, { id: 'a-repo0001', nowMs: 0 });
		// A pack without an article id gets the draft's, and keeps it from then on.
		expect(checkDraft(draft).pack!.article.id).toBe('a-repo0001');
		pack.article.id = 'a-repo0001';
		expect(draftFromPack(pack, { id: 'a-other000', nowMs: 0 }).id).toBe('a-repo0001');
		expect(draft.decks.flatMap((deck) => deck.questions)).toHaveLength(
			decks.reduce((sum, deck) => sum + deck.questions.length, 0)
		);
		const check = checkDraft(draft);
		expect(check.problems).toEqual([]);
		expect(check.pack).toEqual(pack);
	});

	it('exports deck files from a draft that the build’s validator accepts, with a question written in one language', () => {
		const draft = draftFromPack(pack, { id: 'a-repo0001', nowMs: 0 });
		const question = newQuestion('q-written-here', 'true-false', [article.paragraphs[1]!.text]);
		question.prompt.zh = '這段是文章的一部分。';
		question.explanation.zh = '見此段。';
		draft.decks[0]!.questions.push(question);
		const check = checkDraft(draft);
		expect(check.problems).toEqual([]);
		const files = packDeckFiles(check.pack!);
		const parsed = validateDecks(files, parseArticle(packArticleText(check.pack!)), {
			claimIds: new Set(content.argumentMap!.claims.map((claim) => claim.id as string))
		});
		expect(parsed.problems.map(formatProblem)).toEqual([]);
		expect(parsed.decks).toEqual(check.pack!.decks);
	});
});

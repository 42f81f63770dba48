import type { ArticlePack } from '$lib/domain/pack/format';
import { packArticleId } from '$lib/domain/pack/namespace';
import type { Question } from '$lib/domain/question';
import { answerIdeographs, type ScriptMap } from '$lib/domain/script-map';
import { readLocal, writeLocal } from '$lib/platform/local-storage';
import { reportError } from '$lib/platform/report';
import { useArticleScriptMap } from '$lib/platform/script-map';

// The Traditional↔Simplified map that grading needs for an article the build did not see (on this device, or in a
// class link's pack), made in the browser from its typed answers' characters, as the build makes the built-in one.

type StoredScriptMap = { characters: string; map: ScriptMap };

const storageName = (articleId: string) => `script-map.${articleId}`;

/**
 * Installs each article's map for the grader. A map already made for the same answer characters is read back from
 * local storage at once; otherwise OpenCC loads (content/device-script-map.ts, never on a page's critical path:
 * the caller does not wait), maps those characters alone, and the map is kept, so OpenCC loads once per article,
 * and again only when the editor changes its answers. Never throws (reports, and grading goes on without it).
 */
export async function installAnswerScriptMaps(
	articles: readonly { id: string; questions: readonly Question[] }[]
): Promise<void> {
	try {
		const missing: { id: string; characters: string[] }[] = [];
		for (const article of articles) {
			const characters = answerIdeographs(article.questions);
			if (characters.length === 0) continue;
			const stored = readLocal(storageName(article.id));
			const kept = stored === null ? undefined : (JSON.parse(stored) as StoredScriptMap);
			if (kept?.characters === characters.join('')) useArticleScriptMap(article.id, kept.map);
			else missing.push({ id: article.id, characters });
		}
		if (missing.length === 0) return;
		const { deviceScriptMap } = await import('./device-script-map');
		for (const { id, characters } of missing) {
			const map = deviceScriptMap(characters);
			useArticleScriptMap(id, map);
			writeLocal(storageName(id), JSON.stringify({ characters: characters.join(''), map }));
		}
	} catch (error) {
		reportError('Making the script map of an article', error);
	}
}

/** The same for the article a class link's pack carries. */
export const installPackScriptMap = (pack: ArticlePack): Promise<void> =>
	installAnswerScriptMaps([
		{ id: packArticleId(pack.article), questions: pack.decks.flatMap((deck) => deck.questions) }
	]);

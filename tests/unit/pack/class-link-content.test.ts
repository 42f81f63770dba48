import { describe, expect, it, vi } from 'vitest';
import { classLinkContent } from '$lib/content/class-link-content';
import { linkCatalog } from '$lib/content/link-content';
import { classLinkWithPack, packClassQuizToken } from '$lib/content/pack-share';
import { openQuizLink } from '$lib/domain/quiz/quiz-link';
import { quizTokenOf } from '$lib/domain/quiz/address';
import { parsePack } from '$lib/domain/pack/parse';
import { packFixture } from './fixture';

const fixture = () => {
	const result = parsePack(JSON.stringify(packFixture()));
	if (!result.ok) throw new Error('the fixture must be valid');
	return result.pack;
};

/** A class link's fragment carrying the fixture's default class quiz and the pack. */
async function packHash() {
	const pack = fixture();
	const token = packClassQuizToken(pack, () => 0.25)!;
	return {
		pack,
		hash: new URL((await classLinkWithPack(`https://x.example/class/join/#q=${token}`, pack)).link).hash
	};
}

describe('the content a class link opens in', () => {
	it('reads a link with a pack from the pack alone (nothing fetched), under the device’s question ids', async () => {
		const { pack, hash } = await packHash();
		const fetcher = vi.fn<typeof fetch>();
		const content = await classLinkContent(fetcher, hash);
		expect(fetcher).not.toHaveBeenCalled();
		expect(content.packInLink).toEqual({ ok: true, pack });
		const opened = openQuizLink(quizTokenOf(hash), linkCatalog(content.catalog!));
		expect(opened.kind).toBe('opened');
		if (opened.kind !== 'opened') return;
		const questionCount = pack.decks
			.flatMap((deck) => deck.questions)
			.filter((q) => q.kind !== 'flashcard').length;
		expect(opened.items).toHaveLength(questionCount);
		for (const { question } of opened.items) expect(question.id).toMatch(/^h-[0-9a-z]+--/);
	});

	it('refuses a damaged pack with its problem and no content', async () => {
		const { hash } = await packHash();
		const content = await classLinkContent(vi.fn<typeof fetch>(), hash.slice(0, -9));
		expect(content.catalog).toBeNull();
		expect(content.packInLink).toMatchObject({
			ok: false,
			problem: { code: expect.stringMatching(/^link-/) }
		});
	});

	it('fetches the app’s content for a link without a pack, as before', async () => {
		const fetcher = vi.fn<typeof fetch>().mockRejectedValue(new Error('offline'));
		const content = await classLinkContent(fetcher, '#q=AAAA');
		expect(fetcher).toHaveBeenCalled();
		expect(content).toEqual({ catalog: null });
	});

	// The class pages paint first and wait for this promise: a rejection would leave them "Loading…" for good.
	it('gives no content, never a rejection, when the pack’s reader cannot be downloaded', async () => {
		const { hash } = await packHash();
		vi.resetModules();
		vi.doMock('$lib/domain/pack/link', () => {
			throw new Error('Failed to fetch dynamically imported module');
		});
		try {
			const { classLinkContent: offline } = await import('$lib/content/class-link-content');
			await expect(offline(vi.fn<typeof fetch>(), hash)).resolves.toEqual({ catalog: null });
		} finally {
			vi.doUnmock('$lib/domain/pack/link');
			vi.resetModules();
		}
	});
});

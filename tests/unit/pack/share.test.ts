import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { deckFilesArchive, deckFileTexts, rebuildNoteFile } from '$lib/content/deck-files';
import { linkCatalog } from '$lib/content/link-content';
import { packArticleText, packDeckFiles, packFolder } from '$lib/content/pack-export';
import { classLinkWithPack, packContentIndex, packFile, packLinkContent } from '$lib/content/pack-share';
import { quizTokenOf } from '$lib/domain/quiz/address';
import { openQuizLink, quizLinkToken } from '$lib/domain/quiz/quiz-link';
import { withPackPayload, packPayloadOf } from '$lib/domain/pack/fragment';
import { decodePackLink, linkFitsQrCode, qrCodeByteCapacity } from '$lib/domain/pack/link';
import { parsePack, serializePack } from '$lib/domain/pack/parse';
import { packContentVersion, packFileName } from '$lib/domain/pack/share';
import type { QuizSpec } from '$lib/domain/quiz/spec';
import { packFixture } from './fixture';

const fixture = () => {
	const result = parsePack(JSON.stringify(packFixture()));
	if (!result.ok) throw new Error('the fixture must be valid');
	return result.pack;
};

describe('a pack file', () => {
	it('is the pack’s JSON, read back unchanged, named by its date and title', async () => {
		const pack = fixture();
		const { blob, fileName } = packFile(pack);
		expect(fileName).toBe(`${pack.article.date} ${pack.article.title}.article-pack.json`);
		expect(parsePack(await blob.text())).toEqual({ ok: true, pack });
	});

	it('keeps only letters and digits of the title in the name, cut to a length a file system takes', () => {
		expect(packFileName({ title: 'A/B: "war" & peace?', date: '2025-01-02' })).toBe(
			'2025-01-02 A B war peace.article-pack.json'
		);
		expect(packFileName({ title: '///', date: '2025-01-02' })).toBe('2025-01-02.article-pack.json');
		const long = packFileName({ title: '長'.repeat(300), date: '2025-01-02' });
		expect(Array.from(long).length).toBeLessThan(100);
	});
});

describe('deck files for a school’s own build', () => {
	it('zips the decks, the article and the note with the rebuild command, as packDeckFiles writes them', () => {
		const pack = fixture();
		const note = 'npm ci && npm run build';
		const { blob, fileName } = deckFilesArchive(pack, note);
		expect(fileName).toBe(`${pack.article.date} ${pack.article.title}.decks.zip`);
		return blob.arrayBuffer().then((buffer) => {
			const files = unzipSync(new Uint8Array(buffer));
			const texts = Object.fromEntries(
				Object.entries(files).map(([path, bytes]) => [path, strFromU8(bytes)])
			);
			expect(texts).toEqual(deckFileTexts(pack, note));
			expect(texts[`${packFolder(pack)}/article.txt`]).toBe(packArticleText(pack));
			for (const deck of packDeckFiles(pack)) expect(texts[deck.file]).toBe(deck.text);
			expect(texts[rebuildNoteFile]).toBe(note);
		});
	});

	it('gives the same bytes for the same pack (no time of download inside)', async () => {
		const pack = fixture();
		const first = new Uint8Array(await deckFilesArchive(pack, 'x').blob.arrayBuffer());
		const second = new Uint8Array(await deckFilesArchive(pack, 'x').blob.arrayBuffer());
		expect(first).toEqual(second);
	});
});

describe('a class link carrying a pack', () => {
	const join = 'https://school.example/class/join/';

	it('adds the pack after the quiz token, so the token reads as before and the pack decodes whole', async () => {
		const pack = fixture();
		const { link } = await classLinkWithPack(`${join}#q=TOKEN`, pack);
		const hash = new URL(link).hash;
		expect(quizTokenOf(hash)).toBe('TOKEN');
		expect(await decodePackLink(packPayloadOf(hash))).toEqual({ ok: true, pack });
	});

	it('leaves a link without a pack as it was: old links carry none', () => {
		expect(packPayloadOf('#q=TOKEN')).toBeNull();
		expect(packPayloadOf('')).toBeNull();
		expect(withPackPayload(join, 'P')).toBe(`${join}#pack=P`);
		expect(withPackPayload(`${join}#`, 'P')).toBe(`${join}#pack=P`);
		// A "+" (not base64url) stays what it is, to be named as damage, not read as a space.
		expect(packPayloadOf('#q=T&pack=a+b')).toBe('a+b');
	});

	it('says whether the whole link fits a QR code, by its bytes', async () => {
		const pack = fixture();
		const { link, fitsQrCode } = await classLinkWithPack(`${join}#q=TOKEN`, pack);
		expect(fitsQrCode).toBe(linkFitsQrCode(link));
		expect(fitsQrCode).toBe(new TextEncoder().encode(link).length <= qrCodeByteCapacity.M);
		// A pack of many paragraphs of text that does not compress is too large for one.
		const big = structuredClone(pack);
		big.article.paragraphs[1]!.text += Array.from({ length: 3000 }, (_, i) =>
			String.fromCharCode(0x4e00 + ((i * 7919) % 20000))
		).join('');
		const bigLink = await classLinkWithPack(`${join}#q=TOKEN`, big);
		expect(bigLink.fitsQrCode).toBe(false);
	});

	it('opens a quiz built on the pack’s catalog against the decoded pack, and refuses another pack’s', async () => {
		const pack = fixture();
		const index = packContentIndex(pack);
		const questions = index.decks.flatMap((deck) => deck.questions);
		const spec: QuizSpec = {
			contentVersion: index.version,
			order: 'as-picked',
			seed: 'seed',
			mode: 'test',
			timeLimitSeconds: null,
			questionIds: questions.map((question) => question.id),
			handIn: { afterHandIn: 'score', retake: false }
		};
		const token = quizLinkToken(spec, questions);
		const decoded = await decodePackLink(
			packPayloadOf(new URL((await classLinkWithPack(`${join}#q=${token}`, pack)).link).hash)
		);
		if (!decoded.ok) throw new Error('decodes');
		const opened = openQuizLink(token, linkCatalog(packLinkContent(decoded.pack)));
		expect(opened.kind).toBe('opened');
		const changed = structuredClone(pack);
		changed.article.title += '!';
		expect(packContentVersion(changed)).not.toBe(packContentVersion(pack));
		expect(openQuizLink(token, linkCatalog(packLinkContent(changed)))).toMatchObject({
			kind: 'refused',
			reason: 'content-version'
		});
		expect(serializePack(decoded.pack)).toBe(serializePack(pack));
	});
});

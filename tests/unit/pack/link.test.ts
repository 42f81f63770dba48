import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { bytesToBase64url } from '$lib/domain/encoding/base64url';
import { packLimits } from '$lib/domain/pack/format';
import {
	decodePackLink,
	encodePackLink,
	linkFitsQrCode,
	maxPackLinkChars,
	qrCodeByteCapacity
} from '$lib/domain/pack/link';
import { parsePack, type PackResult } from '$lib/domain/pack/parse';
import { packFixture } from './fixture';

const fixture = () => {
	const result = parsePack(JSON.stringify(packFixture()));
	if (!result.ok) throw new Error('the fixture must be valid');
	return result.pack;
};
const codes = (result: PackResult) => (result.ok ? [] : result.problems.map((problem) => problem.code));
const deflate = async (bytes: Uint8Array<ArrayBuffer>) =>
	new Uint8Array(
		await new Response(
			new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'))
		).arrayBuffer()
	);

describe('a pack in a link', () => {
	it('round-trips through deflate-raw and base64url (Node 20 has CompressionStream)', async () => {
		const pack = fixture();
		const payload = await encodePackLink(pack);
		expect(payload).toMatch(/^[A-Za-z0-9_-]+$/);
		expect(await decodePackLink(payload)).toEqual({ ok: true, pack });
	});

	it('names an empty or oversized payload before decoding it', async () => {
		expect(codes(await decodePackLink(''))).toEqual(['link-empty']);
		expect(codes(await decodePackLink(null))).toEqual(['link-empty']);
		expect(codes(await decodePackLink('A'.repeat(maxPackLinkChars + 1)))).toEqual(['link-too-large']);
	});

	it('names a payload cut short or with characters outside base64url', async () => {
		const payload = await encodePackLink(fixture());
		// A base64url text one character past a multiple of four cannot be whole bytes.
		const impossible = payload.slice(0, payload.length - ((payload.length - 1) % 4));
		expect(codes(await decodePackLink(impossible))).toEqual(['link-not-base64']);
		expect(codes(await decodePackLink(`${payload.slice(0, 10)}+/=${payload.slice(13)}`))).toEqual([
			'link-not-base64'
		]);
		// Cut to a whole number of bytes, the deflate stream ends too early.
		const cut = payload.slice(0, payload.length - 8 - ((payload.length - 8) % 4));
		expect(codes(await decodePackLink(cut))).toEqual(['link-not-deflate']);
	});

	it('names bytes that are not deflate, and deflated bytes that are not a pack', async () => {
		const notDeflate = bytesToBase64url(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x00, 0x13, 0x37]));
		expect(codes(await decodePackLink(notDeflate))).toEqual(['link-not-deflate']);
		const notUtf8 = bytesToBase64url(await deflate(new Uint8Array([0xc3, 0x28, 0xa0, 0xa1])));
		expect(codes(await decodePackLink(notUtf8))).toEqual(['link-not-utf8']);
		const notJson = bytesToBase64url(await deflate(new TextEncoder().encode('{"format":')));
		expect(codes(await decodePackLink(notJson))).toEqual(['pack-not-json']);
	});

	it('stops inflating a small payload that would grow past the pack limit (a deflate bomb)', async () => {
		const bomb = await deflate(new Uint8Array(packLimits.maxBytes * 8));
		const payload = bytesToBase64url(bomb);
		expect(payload.length).toBeLessThan(maxPackLinkChars / 100);
		expect(codes(await decodePackLink(payload))).toEqual(['link-inflated-too-large']);
	});
});

describe('whether a link fits in a QR code', () => {
	it('uses the QR library’s own capacity at each level the app draws', () => {
		for (const level of ['M', 'Q'] as const) {
			const capacity = qrCodeByteCapacity[level];
			expect(() => encode('a'.repeat(capacity), { ecc: level })).not.toThrow();
			expect(() => encode('a'.repeat(capacity + 1), { ecc: level })).toThrow(/too long/);
			expect(linkFitsQrCode('a'.repeat(capacity), level)).toBe(true);
			expect(linkFitsQrCode('a'.repeat(capacity + 1), level)).toBe(false);
		}
	});

	it('counts bytes, not characters', () => {
		expect(linkFitsQrCode('字'.repeat(qrCodeByteCapacity.M / 3))).toBe(true);
		expect(linkFitsQrCode('字'.repeat(qrCodeByteCapacity.M / 3 + 1))).toBe(false);
	});

	it('fits the short fixture pack’s link at level M', async () => {
		const link = `https://example.org/class/#pack=${await encodePackLink(fixture())}`;
		expect(linkFitsQrCode(link)).toBe(true);
	});
});

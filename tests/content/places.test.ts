import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadContent, type SiteContent } from '$lib/content/load';
import { sentencesMentioning } from '$lib/content/names-page';
import { validatePlaces } from '$lib/content/validate-places';
import { readContentFile, readContentFiles } from './read-files';

let content: SiteContent;
const file = readContentFile('places.yaml');
const raw = parse(file.text) as { places: Record<string, unknown>[] };

beforeAll(() => {
	content = loadContent(readContentFiles());
}, 30_000);

describe('the map (questions/places.yaml)', () => {
	it('loads with the site, one place per entry of the file', () => {
		expect(content.places?.map((place) => place.id)).toEqual(raw.places.map((place) => place.id));
	});

	it("places every one of Central Asia's five states the article names, Russia, China and Tianjin", () => {
		const ids = content.places!.map((place) => place.id);
		expect(ids).toEqual(
			expect.arrayContaining([
				'kazakhstan',
				'kyrgyzstan',
				'tajikistan',
				'uzbekistan',
				'russia',
				'china',
				'tianjin'
			])
		);
	});

	it('names only places the article mentions, each in at least one sentence', () => {
		for (const place of content.places!) {
			const entry = content.glossary!.entries.find((candidate) => candidate.id === place.id)!;
			expect(
				sentencesMentioning(content.catalog.article, entry, content.glossary!.entries).length,
				place.id
			).toBeGreaterThan(0);
		}
	});

	it('refuses an unknown entry, a term, bad coordinates and a country without its code', () => {
		const broken = {
			places: [
				{ id: 'atlantis', kind: 'city', at: [0, 0] },
				{ id: 'three-nos', kind: 'site', at: [60, 40] },
				{ id: 'moscow', kind: 'city', at: [37, 95] },
				{ id: 'china', kind: 'country', at: [96, 36] }
			]
		};
		const { places, problems } = validatePlaces(
			{ file: 'questions/places.yaml', text: JSON.stringify(broken) },
			content.glossary!
		);
		expect(places).toBeUndefined();
		expect(problems.map((problem) => `${problem.subject} ${problem.field}`)).toEqual([
			'place "atlantis" id',
			'place "three-nos" id',
			'place "moscow" at',
			'place "china" iso'
		]);
	});
});

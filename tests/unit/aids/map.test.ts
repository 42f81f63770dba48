import { describe, expect, it } from 'vitest';
import { drawMap, mapBounds, mapProjection, mapSize } from '$lib/content/map.server';
import { compareWhen, firstOutOfOrder } from '$lib/domain/timeline';
import type { Place } from '$lib/domain/places';

const place = (id: string, at: [number, number], extra: Partial<Place> = {}): Place => ({
	id,
	kind: 'city',
	longitudeDegrees: at[0],
	latitudeDegrees: at[1],
	label: 'right',
	...extra
});

describe('the map projection', () => {
	it('puts the corners of the bounds inside the drawing, north up and west left', () => {
		const projection = mapProjection();
		const { west, east, south, north } = mapBounds;
		for (const corner of [
			[west, south],
			[east, south],
			[west, north],
			[east, north]
		] as [number, number][]) {
			const [x, y] = projection(corner)!;
			expect(x).toBeGreaterThanOrEqual(0);
			expect(x).toBeLessThanOrEqual(mapSize.width);
			expect(y).toBeGreaterThanOrEqual(0);
			expect(y).toBeLessThanOrEqual(mapSize.height);
		}
		const [moscowX, moscowY] = projection([37.62, 55.76])!;
		const [tianjinX, tianjinY] = projection([117.2, 39.13])!;
		expect(moscowX).toBeLessThan(tianjinX);
		expect(moscowY).toBeLessThan(tianjinY);
	});

	it("links each named country's outline to its place and draws each point", () => {
		const drawing = drawMap([
			place('kazakhstan', [67.5, 48.3], { kind: 'country', isoNumeric: '398' }),
			place('astana', [71.45, 51.17])
		]);
		expect(drawing.countries.filter((country) => country.placeId === 'kazakhstan')).toHaveLength(1);
		// Turkmenistan is drawn as part of Central Asia, without a link.
		const turkmenistan = drawing.countries.find((country) => country.isoNumeric === '795')!;
		expect(turkmenistan.centralAsian).toBe(true);
		expect(turkmenistan.placeId).toBeUndefined();
		expect(drawing.points.map((point) => point.placeId)).toEqual(['kazakhstan', 'astana']);
		// Far-away countries (Brazil) are not drawn at all.
		expect(drawing.countries.some((country) => country.isoNumeric === '076')).toBe(false);
	});
});

describe('the order of dates', () => {
	it('compares years, months and days, a bare year before its months', () => {
		expect(compareWhen('1990', '1995')).toBeLessThan(0);
		expect(compareWhen('2025', '2025-04')).toBeLessThan(0);
		expect(compareWhen('2025-04', '2025-04')).toBe(0);
		expect(compareWhen('2025-08-31', '2025-09-01')).toBeLessThan(0);
		expect(compareWhen('2025-10', '2025-09-01')).toBeGreaterThan(0);
	});

	it('finds the first event listed after a later one', () => {
		expect(
			firstOutOfOrder([
				{ id: 'a', when: '2001' },
				{ id: 'b', when: '2014' }
			])
		).toBeUndefined();
		expect(
			firstOutOfOrder([
				{ id: 'a', when: '2014' },
				{ id: 'b', when: '2001' }
			])?.id
		).toBe('b');
	});
});

// Build time only: d3-geo, topojson-client and world-atlas never reach a page. The map is drawn here as SVG path
// data and point positions; the page renders them as plain SVG.
import { geoConicEqualArea, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import type { LabelSide, Place } from '$lib/domain/places';

/** The map's drawing area, in SVG units (the page scales it to its width). */
export const mapSize = { width: 640, height: 440 } as const;

/** What the map shows: Central Asia and its neighbours, from Ukraine to the Yellow Sea, India to Moscow. */
export const mapBounds = { west: 27, east: 121, south: 22, north: 60 } as const;

export type MapCountry = { isoNumeric: string; path: string; placeId?: string; centralAsian: boolean };
export type MapPoint = { placeId: string; x: number; y: number; label: LabelSide; kind: Place['kind'] };
export type MapDrawing = { width: number; height: number; countries: MapCountry[]; points: MapPoint[] };

// The five Central Asian states (Turkmenistan too, which the article does not name): shaded as the region.
const centralAsia = new Set(['398', '417', '762', '795', '860']);

/** A conic equal-area projection centred on Central Asia, fitted to the map's bounds, clipped to its area. */
export function mapProjection() {
	const { west, east, south, north } = mapBounds;
	const corners: GeoPermissibleObjects = {
		type: 'MultiPoint',
		coordinates: [
			[west, south],
			[east, south],
			[west, north],
			[east, north],
			[(west + east) / 2, north],
			[(west + east) / 2, south]
		]
	};
	return geoConicEqualArea()
		.parallels([35, 55])
		.rotate([-(west + east) / 2, 0])
		.fitExtent(
			[
				[4, 4],
				[mapSize.width - 4, mapSize.height - 4]
			],
			corners
		)
		.clipExtent([
			[0, 0],
			[mapSize.width, mapSize.height]
		]);
}

/** The map: every country's outline within the area (those the article names linked to their place), and the points. */
export function drawMap(places: readonly Place[]): MapDrawing {
	const projection = mapProjection();
	// Whole units: at most half a pixel off on a laptop, and a third less data than one decimal.
	const path = geoPath(projection).digits(0);
	const topology = world as unknown as Topology<{ countries: GeometryCollection }>;
	const countries = feature(topology, topology.objects.countries);
	const placeOfCountry = new Map(
		places.filter((place) => place.isoNumeric).map((place) => [place.isoNumeric!, place.id])
	);
	const drawn: MapCountry[] = [];
	for (const country of countries.features) {
		const isoNumeric = String(country.id ?? '');
		const outline = path(country);
		if (!outline) continue;
		const placeId = placeOfCountry.get(isoNumeric);
		drawn.push({
			isoNumeric,
			path: outline,
			...(placeId ? { placeId } : {}),
			centralAsian: centralAsia.has(isoNumeric)
		});
	}
	const points = places.map((place) => {
		const [x, y] = projection([place.longitudeDegrees, place.latitudeDegrees])!;
		return {
			placeId: place.id,
			x: Math.round(x * 10) / 10,
			y: Math.round(y * 10) / 10,
			label: place.label,
			kind: place.kind
		};
	});
	return { width: mapSize.width, height: mapSize.height, countries: drawn, points };
}

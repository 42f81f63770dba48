// The article's countries and cities, placed on a map (questions/places.yaml).

export const placeKinds = ['country', 'city', 'site'] as const;
export type PlaceKind = (typeof placeKinds)[number];

/** A place of the article: its glossary entry (which gives its names and mentions) and where it is. */
export type Place = {
	/** The glossary entry's id. */
	id: string;
	kind: PlaceKind;
	/** Longitude and latitude in degrees (east and north positive). */
	longitudeDegrees: number;
	latitudeDegrees: number;
	/** For a country: its ISO 3166-1 numeric code, the id of its shape in world-atlas. */
	isoNumeric?: string;
};

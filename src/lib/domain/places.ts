// The article's countries and cities, placed on a map (questions/<folder>/places.yaml).

export const placeKinds = ['country', 'city', 'site'] as const;
export type PlaceKind = (typeof placeKinds)[number];

/** A place of the article: its glossary entry (which gives its names and mentions) and where it is. */
export type Place = {
	/** The glossary entry's id. */
	id: string;
	kind: PlaceKind;
	/** Longitude and latitude in degrees (east and north positive): a city's position, a country's label. */
	longitudeDegrees: number;
	latitudeDegrees: number;
	/** For a country: its ISO 3166-1 numeric code, the id of its shape in world-atlas. */
	isoNumeric?: string;
	/** Where a city's name goes beside its dot. */
	label: LabelSide;
};

/** The place of a glossary entry, if the map shows it. */
export const placeOf = (places: readonly Place[], entryId: string) =>
	places.find((place) => place.id === entryId);

/** Whether a longitude and latitude are real coordinates. */
export const isCoordinate = (longitude: unknown, latitude: unknown) =>
	typeof longitude === 'number' &&
	typeof latitude === 'number' &&
	Math.abs(longitude) <= 180 &&
	Math.abs(latitude) <= 90;

export const labelSides = ['right', 'left', 'above', 'below'] as const;
export type LabelSide = (typeof labelSides)[number];

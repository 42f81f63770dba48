import type { Glossary } from '$lib/domain/glossary';
import { isCoordinate, labelSides, placeKinds, type Place } from '$lib/domain/places';
import type { ContentProblem } from './problems';
import { isRecord } from '$lib/domain/validation/fields';
import { Reader } from './reader';
import { readYaml, type TextFile } from './validate-argument';

const placeFields = new Set(['id', 'kind', 'iso', 'at', 'label']);

/** Reads the map's places; returns them only when there is no problem, and every problem found either way. */
export function validatePlaces(
	file: TextFile,
	glossary: Glossary
): { places?: Place[]; problems: ContentProblem[] } {
	const problems: ContentProblem[] = [];
	const raw = readYaml(problems, file);
	if (raw === undefined) return { problems };
	const top = new Reader(problems, file.file, undefined);
	if (!isRecord(raw) || !Array.isArray(raw.places)) {
		return (top.report('places', 'must be a list of places'), { problems });
	}
	const places: Place[] = [];
	raw.places.forEach((value: unknown, index: number) => {
		const id = isRecord(value) && typeof value.id === 'string' ? value.id : `#${index + 1}`;
		const reader = new Reader(problems, file.file, undefined, `place "${id}"`);
		if (!isRecord(value)) return reader.report('place', 'must be a mapping of fields');
		const before = problems.length;
		for (const key of Object.keys(value))
			if (!placeFields.has(key)) reader.report(key, 'is not a field of a place');
		const entry = glossary.entries.find((candidate) => candidate.id === id);
		if (!entry) reader.report('id', `"${id}" is not an entry of the glossary`);
		else if (entry.kind !== 'place')
			reader.report('id', `"${id}" is a ${entry.kind} in the glossary, not a place`);
		if (places.some((place) => place.id === id)) reader.report('id', 'is used twice');
		const kind = reader.oneOf(value.kind, 'kind', placeKinds);
		const at = value.at;
		if (!Array.isArray(at) || at.length !== 2 || !isCoordinate(at[0], at[1]))
			reader.report('at', 'must be [longitude, latitude] in degrees');
		const iso = value.iso;
		if (kind === 'country' && (typeof iso !== 'string' || !/^\d{3}$/.test(iso)))
			reader.report('iso', 'a country needs its ISO 3166-1 numeric code, three digits in quotes ("398")');
		if (kind !== 'country' && iso !== undefined) reader.report('iso', 'only a country has an outline');
		const label = value.label === undefined ? 'right' : reader.oneOf(value.label, 'label', labelSides);
		if (problems.length !== before || !kind || !label || !Array.isArray(at)) return;
		places.push({
			id,
			kind,
			longitudeDegrees: at[0] as number,
			latitudeDegrees: at[1] as number,
			...(typeof iso === 'string' ? { isoNumeric: iso } : {}),
			label
		});
	});
	return problems.length > 0 ? { problems } : { places, problems };
}

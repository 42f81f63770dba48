import { parse as parseYaml, YAMLParseError } from 'yaml';
import {
	holderKinds,
	type ArgumentMap,
	type ArgumentPart,
	type Claim,
	type Evidence,
	type Holder
} from '$lib/domain/argument';
import { findQuote, type Article } from '$lib/domain/article';
import { claimId, holderId, partId, type HolderId } from '$lib/domain/ids';
import type { ContentProblem } from './problems';
import { isRecord, isText } from '$lib/domain/validation/fields';
import { Reader } from './reader';

/** A content file other than a deck, as read from disk. */
export type TextFile = { file: string; text: string };

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const mapFields = new Set(['thesis', 'parts', 'holders', 'claims']);
const claimFields = new Set(['id', 'part', 'holder', 'supports', 'statement', 'evidence']);

/** Reads a YAML file, reporting unreadable YAML with the file name; undefined when it cannot be read. */
export function readYaml(problems: ContentProblem[], file: TextFile): unknown {
	try {
		return parseYaml(file.text, { prettyErrors: true });
	} catch (error) {
		const message = error instanceof YAMLParseError ? error.message : String(error);
		problems.push({ file: file.file, field: 'YAML', message: `cannot be read: ${message.split('\n')[0]}` });
		return undefined;
	}
}

/** A list of entries with unique, well-formed ids; each entry is read by `read`. */
function readEntries<T>(
	problems: ContentProblem[],
	file: string,
	value: unknown,
	field: string,
	noun: string,
	read: (reader: Reader, raw: Record<string, unknown>, id: string) => T | undefined
): T[] {
	const top = new Reader(problems, file, undefined);
	const raws = top.list(value, field, 1, 500) ?? [];
	const seen = new Set<string>();
	const entries: T[] = [];
	raws.forEach((raw, index) => {
		const id = isRecord(raw) && typeof raw.id === 'string' ? raw.id : undefined;
		const reader = new Reader(problems, file, undefined, `${noun} "${id ?? `#${index + 1}`}"`);
		if (!isRecord(raw)) return reader.report(field, 'must be a mapping of fields');
		if (id === undefined) return reader.report('id', 'is missing');
		if (!idPattern.test(id)) return reader.report('id', 'must be lowercase letters, digits and hyphens');
		if (seen.has(id)) return reader.report('id', `is used twice in ${field}`);
		seen.add(id);
		const entry = read(reader, raw, id);
		if (entry !== undefined) entries.push(entry);
	});
	return entries;
}

function readEvidence(reader: Reader, value: unknown, article: Article): Evidence[] | undefined {
	const raws = reader.list(value, 'evidence', 1, 12);
	if (!raws) return undefined;
	const evidence: Evidence[] = [];
	raws.forEach((raw, index) => {
		const field = `evidence[${index}]`;
		if (!isRecord(raw)) return reader.report(field, 'must be { quote, en }');
		for (const key of Object.keys(raw)) {
			if (key !== 'quote' && key !== 'en') reader.report(`${field}.${key}`, 'is not a known field');
		}
		const quote = reader.text(raw.quote, `${field}.quote`);
		const en = reader.text(raw.en, `${field}.en`);
		if (quote === undefined || en === undefined) return;
		const found = findQuote(article, quote);
		if (found.length === 0)
			reader.report(`${field}.quote`, `is not a verbatim quote of the article: "${quote}"`);
		else if (found.length > 1) {
			reader.report(`${field}.quote`, `occurs ${found.length} times in the article; quote a longer span`);
		} else evidence.push({ quote, en, location: found[0]! });
	});
	return evidence.length === raws.length ? evidence : undefined;
}

function readHolderIds(reader: Reader, value: unknown, holders: Set<string>): HolderId[] | undefined {
	const ids = typeof value === 'string' ? [value] : value;
	if (!Array.isArray(ids) || ids.length === 0 || !ids.every(isText)) {
		return (reader.report('holder', 'must be a holder id or a list of holder ids'), undefined);
	}
	const unknown = ids.filter((id) => !holders.has(id));
	if (unknown.length > 0) {
		return (reader.report('holder', `names no holder of the map: ${unknown.join(', ')}`), undefined);
	}
	return ids.map(holderId);
}

/** Reads the argument map; returns it only when it has no problems, and every problem found either way. */
export function validateArgumentMap(
	file: TextFile,
	article: Article
): { map?: ArgumentMap; problems: ContentProblem[] } {
	const problems: ContentProblem[] = [];
	const raw = readYaml(problems, file);
	if (raw === undefined) return { problems };
	const top = new Reader(problems, file.file, undefined);
	if (!isRecord(raw))
		return (top.report('map', 'must be a mapping with thesis, parts, holders and claims'), { problems });
	for (const key of Object.keys(raw)) if (!mapFields.has(key)) top.report(key, 'is not a field of the map');

	const parts = readEntries(problems, file.file, raw.parts, 'parts', 'part', (reader, entry, id) => {
		for (const key of Object.keys(entry))
			if (key !== 'id' && key !== 'title') reader.report(key, 'is not a field of a part');
		const title = reader.bilingual(entry.title, 'title');
		return title ? ({ id: partId(id), title } satisfies ArgumentPart) : undefined;
	});
	const holders = readEntries(problems, file.file, raw.holders, 'holders', 'holder', (reader, entry, id) => {
		for (const key of Object.keys(entry)) {
			if (!['id', 'kind', 'name'].includes(key)) reader.report(key, 'is not a field of a holder');
		}
		const kind = reader.oneOf(entry.kind, 'kind', holderKinds);
		const name = reader.bilingual(entry.name, 'name');
		return kind && name ? ({ id: holderId(id), kind, name } satisfies Holder) : undefined;
	});
	const partIds = new Set<string>(parts.map((part) => part.id));
	const holderIds = new Set<string>(holders.map((holder) => holder.id));
	const rawClaims = Array.isArray(raw.claims) ? raw.claims : [];
	const claimIds = new Set(
		rawClaims.flatMap((entry) => (isRecord(entry) && isText(entry.id) ? [entry.id] : []))
	);
	const paragraphOrder = new Map(
		article.paragraphs.map((paragraph) => [paragraph.id as string, paragraph.number])
	);

	const claims = readEntries(problems, file.file, raw.claims, 'claims', 'claim', (reader, entry, id) => {
		for (const key of Object.keys(entry))
			if (!claimFields.has(key)) reader.report(key, 'is not a field of a claim');
		const part = reader.text(entry.part, 'part');
		if (part !== undefined && !partIds.has(part))
			reader.report('part', `names no part of the map: "${part}"`);
		const holderIdList = readHolderIds(reader, entry.holder, holderIds);
		let supports: string | undefined;
		if (entry.supports !== undefined) {
			supports = reader.text(entry.supports, 'supports');
			if (supports === id) reader.report('supports', 'cannot name the claim itself');
			else if (supports !== undefined && !claimIds.has(supports)) {
				reader.report('supports', `names no claim of the map: "${supports}"`);
			}
		}
		const statement = reader.bilingual(entry.statement, 'statement');
		const evidence = readEvidence(reader, entry.evidence, article);
		if (!part || !partIds.has(part) || !holderIdList || !statement || !evidence) return undefined;
		const paragraphIds = [...new Set(evidence.map((item) => item.location.paragraphId))].sort(
			(a, b) => paragraphOrder.get(a)! - paragraphOrder.get(b)!
		);
		return {
			id: claimId(id),
			partId: partId(part),
			statement,
			holderIds: holderIdList as Claim['holderIds'],
			evidence: evidence as Claim['evidence'],
			paragraphIds,
			...(supports !== undefined ? { supports: claimId(supports) } : {})
		} satisfies Claim;
	});

	const thesis = top.text(raw.thesis, 'thesis');
	if (thesis !== undefined && !claimIds.has(thesis))
		top.report('thesis', `names no claim of the map: "${thesis}"`);
	checkTree(problems, file.file, claims, thesis);
	for (const part of parts) {
		if (!claims.some((claim) => claim.partId === part.id)) {
			problems.push({
				file: file.file,
				subject: `part "${part.id}"`,
				field: 'claims',
				message: 'has no claim'
			});
		}
	}
	if (problems.length > 0 || thesis === undefined) return { problems };
	return { map: { thesis: claimId(thesis), parts, holders, claims }, problems };
}

/** Every claim but the thesis argues for another, and following `supports` always leads to the thesis. */
function checkTree(
	problems: ContentProblem[],
	file: string,
	claims: Claim[],
	thesis: string | undefined
): void {
	const supportsOf = new Map(
		claims.map((claim) => [claim.id as string, claim.supports as string | undefined])
	);
	for (const claim of claims) {
		const report = (message: string) =>
			problems.push({ file, subject: `claim "${claim.id}"`, field: 'supports', message });
		if (claim.id === thesis) {
			if (claim.supports !== undefined) report('the thesis supports no other claim');
			continue;
		}
		if (claim.supports === undefined) {
			report('is missing: every claim but the thesis names the claim it supports');
			continue;
		}
		const seen = new Set<string>([claim.id]);
		let next: string | undefined = claim.supports;
		while (next !== undefined && next !== thesis) {
			if (seen.has(next)) {
				report(`goes round in a circle (${[...seen, next].join(' → ')})`);
				break;
			}
			seen.add(next);
			next = supportsOf.get(next);
		}
	}
}

import type { Article } from '$lib/domain/article';
import { glossaryKinds, traditionalForms, type Glossary, type GlossaryEntry } from '$lib/domain/glossary';
import type { ContentProblem } from './problems';
import { isRecord } from '$lib/domain/validation/fields';
import { Reader } from './reader';
import { readYaml, type TextFile } from './validate-argument';

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const entryFields = new Set(['id', 'kind', 'zh', 'zhVariants', 'hans', 'en', 'enVariants', 'avoid', 'note']);

/** Reads the glossary; returns it only when it has no problems, and every problem found either way. */
export function validateGlossary(
	file: TextFile,
	article: Article
): { glossary?: Glossary; problems: ContentProblem[] } {
	const problems: ContentProblem[] = [];
	const raw = readYaml(problems, file);
	if (raw === undefined) return { problems };
	const top = new Reader(problems, file.file, undefined);
	if (!isRecord(raw) || !Array.isArray(raw.entries)) {
		return (top.report('entries', 'must be a list of entries'), { problems });
	}
	for (const key of Object.keys(raw))
		if (key !== 'entries') top.report(key, 'is not a field of the glossary');
	const articleText = article.paragraphs.map((paragraph) => paragraph.text).join('\n');
	const entries: GlossaryEntry[] = [];
	const ids = new Set<string>();
	const formOwners = new Map<string, string>();

	raw.entries.forEach((value: unknown, index: number) => {
		const id = isRecord(value) && typeof value.id === 'string' ? value.id : `#${index + 1}`;
		const reader = new Reader(problems, file.file, undefined, `entry "${id}"`);
		if (!isRecord(value)) return reader.report('entry', 'must be a mapping of fields');
		const before = problems.length;
		if (!idPattern.test(id)) reader.report('id', 'must be lowercase letters, digits and hyphens');
		else if (ids.has(id)) reader.report('id', 'is used twice');
		ids.add(id);
		for (const key of Object.keys(value))
			if (!entryFields.has(key)) reader.report(key, 'is not a field of an entry');
		const kind = reader.oneOf(value.kind, 'kind', glossaryKinds);
		const zh = reader.text(value.zh, 'zh');
		if (zh !== undefined && !articleText.includes(zh)) {
			reader.report('zh', `"${zh}" is not in the article: zh is the article's own form`);
		}
		const zhVariants = reader.texts(value.zhVariants, 'zhVariants');
		const hans = reader.texts(value.hans, 'hans');
		const en = reader.text(value.en, 'en');
		const enVariants = reader.texts(value.enVariants, 'enVariants');
		const avoid = reader.texts(value.avoid, 'avoid');
		const note = value.note === undefined ? undefined : reader.bilingual(value.note, 'note');
		if (en !== undefined && avoid) {
			const own = [en, ...(enVariants ?? [])].map((form) => form.toLowerCase());
			for (const form of avoid) {
				if (own.includes(form.toLowerCase()))
					reader.report('avoid', `"${form}" is also one of its own forms`);
			}
		}
		if (problems.length !== before || !kind || !zh || !zhVariants || !hans || !en || !enVariants || !avoid) {
			return;
		}
		const entry: GlossaryEntry = {
			id,
			kind,
			zh,
			zhVariants,
			hans,
			en,
			enVariants,
			avoid,
			...(note ? { note } : {})
		};
		// A Traditional form names one thing, or texts could not be checked against their English.
		for (const form of traditionalForms(entry)) {
			const owner = formOwners.get(form);
			if (owner !== undefined) reader.report('zh', `"${form}" is already a form of entry "${owner}"`);
			else formOwners.set(form, id);
		}
		entries.push(entry);
	});
	return problems.length > 0 ? { problems } : { glossary: { entries }, problems };
}

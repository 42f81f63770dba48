import type { Article } from '$lib/domain/article';
import { paragraphId } from '$lib/domain/ids';
import { firstOutOfOrder, isPartialIsoDate, type TimelineEvent } from '$lib/domain/timeline';
import type { ContentProblem } from './problems';
import { isRecord } from '$lib/domain/validation/fields';
import { Reader } from './reader';
import { readYaml, type TextFile } from './validate-argument';

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const eventFields = new Set(['id', 'when', 'paragraph', 'quote', 'date', 'text']);

/** Reads the timeline; returns it only when it has no problems, and every problem found either way. */
export function validateTimeline(
	file: TextFile,
	article: Article
): { events?: TimelineEvent[]; problems: ContentProblem[] } {
	const problems: ContentProblem[] = [];
	const raw = readYaml(problems, file);
	if (raw === undefined) return { problems };
	const top = new Reader(problems, file.file, undefined);
	if (!isRecord(raw) || !Array.isArray(raw.events)) {
		return (top.report('events', 'must be a list of events'), { problems });
	}
	const events: TimelineEvent[] = [];
	const ids = new Set<string>();
	raw.events.forEach((value: unknown, index: number) => {
		const id = isRecord(value) && typeof value.id === 'string' ? value.id : `#${index + 1}`;
		const reader = new Reader(problems, file.file, undefined, `event "${id}"`);
		if (!isRecord(value)) return reader.report('event', 'must be a mapping of fields');
		const before = problems.length;
		if (!idPattern.test(id)) reader.report('id', 'must be lowercase letters, digits and hyphens');
		else if (ids.has(id)) reader.report('id', 'is used twice');
		ids.add(id);
		for (const key of Object.keys(value))
			if (!eventFields.has(key)) reader.report(key, 'is not a field of an event');
		const when = reader.text(value.when, 'when');
		if (when !== undefined && !isPartialIsoDate(when))
			reader.report('when', `must be a year, year-month or date (2025, 2025-04, 2025-06-17); got "${when}"`);
		const paragraph = article.paragraphs.find((candidate) => candidate.id === value.paragraph);
		if (!paragraph)
			reader.report('paragraph', `"${String(value.paragraph)}" is not a paragraph of the article`);
		const quote = reader.text(value.quote, 'quote');
		const start = paragraph && quote ? paragraph.text.indexOf(quote) : -1;
		if (paragraph && quote && start === -1)
			reader.report('quote', `is not word for word in ${paragraph.id}: "${quote}"`);
		const date = reader.bilingual(value.date, 'date');
		if (date && quote && !quote.includes(date.zh))
			reader.report('date.zh', `"${date.zh}" must be the date as the quote writes it`);
		const text = reader.bilingual(value.text, 'text');
		if (problems.length !== before || !when || !paragraph || !quote || !date || !text) return;
		events.push({
			id,
			when,
			date,
			text,
			quote,
			location: { paragraphId: paragraphId(paragraph.id), start, end: start + quote.length }
		});
	});
	const outOfOrder = firstOutOfOrder(events);
	if (outOfOrder)
		new Reader(problems, file.file, undefined, `event "${outOfOrder.id}"`).report(
			'when',
			`${outOfOrder.when} comes before the event listed ahead of it: list the events in order of time`
		);
	return problems.length > 0 ? { problems } : { events, problems };
}

import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadContent, type SiteContent } from '$lib/content/load';
import { validateTimeline } from '$lib/content/validate-timeline';
import { compareWhen } from '$lib/domain/timeline';
import { readContentFile, readContentFiles } from './read-files';

let content: SiteContent;
const file = readContentFile('timeline.yaml');
const raw = parse(file.text) as { events: { id: string; paragraph: string; quote: string; when: string }[] };

beforeAll(() => {
	content = loadContent(readContentFiles());
}, 30_000);

describe('the timeline (questions/timeline.yaml)', () => {
	it('loads with the site, one event per entry of the file', () => {
		expect(content.timeline?.map((event) => event.id)).toEqual(raw.events.map((event) => event.id));
	});

	it('quotes every event word for word from its paragraph, date included', () => {
		for (const event of content.timeline!) {
			const paragraph = content.catalog.article.paragraphs.find((p) => p.id === event.location.paragraphId)!;
			expect(paragraph.text.slice(event.location.start, event.location.end), event.id).toBe(event.quote);
			expect(event.quote, event.id).toContain(event.date.zh);
		}
	});

	it('lists the events in order of time', () => {
		const events = content.timeline!;
		for (let index = 1; index < events.length; index++) {
			expect(
				compareWhen(events[index - 1]!.when, events[index]!.when),
				events[index]!.id
			).toBeLessThanOrEqual(0);
		}
	});

	it('refuses a quote that is not in its paragraph, and events out of order, naming the event', () => {
		const [first, second] = raw.events;
		const broken = {
			events: [
				{ ...second, id: 'late' },
				{ ...first, id: 'early' },
				{ ...first, id: 'misquoted', quote: `${first!.quote}！` }
			]
		};
		const { events, problems } = validateTimeline(
			{ file: 'questions/timeline.yaml', text: JSON.stringify(broken) },
			content.catalog.article
		);
		expect(events).toBeUndefined();
		const messages = problems.map((problem) => `${problem.subject} ${problem.field}: ${problem.message}`);
		expect(messages).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/^event "misquoted" quote: is not word for word/),
				expect.stringMatching(/^event "early" when: .* order of time/)
			])
		);
	});
});

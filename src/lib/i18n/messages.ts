import type { Language } from '$lib/domain/language';
import type { AnswerMessages } from './answers/types';
import type { AidsMessages } from './aids/types';
import type { ArgumentMessages } from './argument/types';
import type { AuthorMessages } from './author/types';
import type { CardBrowserMessages } from './cardBrowser/types';
import type { ClassroomMessages } from './classroom/types';
import type { ShareMessages } from './share/types';
import type { CommonMessages } from './common/types';
import type { CountsMessages } from './counts/types';
import type { ExportMessages } from './exports/types';
import type { LibraryMessages } from './library/types';
import type { MemoryMapMessages } from './memoryMap/types';
import type { MyCardsMessages } from './myCards/types';
import type { QuizMessages } from './quiz/types';
import type { ReaderMessages } from './reader/types';
import type { ReviewMessages } from './review/types';
import type { SettingsMessages } from './settings/types';
import type { SpeechMessages } from './speech/types';
import type { StatsMessages } from './stats/types';
import type { StorageMessages } from './storage/types';

/*
 * Every interface text, split by language and by area so that a page downloads only its own language's texts
 * and only the areas it shows.
 *
 * Where a text goes:
 * - `common/`: texts every page may show (header, footer, question kinds, loading and error states);
 * - one folder per area (`quiz/`, `review/`, `cardBrowser/`, `classroom/`, `myCards/`, `stats/`, `settings/`,
 *   `argument/`, `reader/`, `author/`, `library/`, `answers/`, `storage/`, `speech/`, `memoryMap/`, `exports/`, `counts/`, `share/`): `types.ts` declares the keys, `zh.ts` and `en.ts` fill them.
 *   The type checker refuses a language that lacks a key.
 * To add a text: add its key to the area's `types.ts`, then its words to `zh.ts` and `en.ts`; components read it
 * as `useI18n().t.<area>.<key>` (common texts as `t.<key>`). Numbers, durations and dates are formatted by
 * format.ts (Intl), never inside a catalog.
 * Which areas a page loads is listed per route in route-areas.ts (a unit test checks the list against what the
 * route's components read). A new area: a folder like the others, a line in `AreaMessages` and in `loaders` below.
 * The root layout's load (src/routes/+layout.ts) loads them, during the prerender and again in the browser before
 * hydration, so the HTML and the hydrated page show the same texts; the hook (src/hooks.server.ts) asks the
 * prerendered HTML to preload those modules, so they arrive with the page's other scripts.
 */

/** Each area's texts, in one language. */
export type AreaMessages = {
	/** The reading aids' pages: names and terms, the timeline and the map. */
	aids: AidsMessages;
	/** The answer controls (choices, ordering, matching, cloze). */
	answers: AnswerMessages;
	/** The argument page and the links to it. */
	argument: ArgumentMessages;
	/** The article editor and the pack import: the words of every content problem (loaded by no page yet). */
	author: AuthorMessages;
	/** The card browser. */
	cardBrowser: CardBrowserMessages;
	/** Classroom practice: class links, projector, results, worksheets. */
	classroom: ClassroomMessages;
	/** The study counts line and the home page's deck tiles. */
	counts: CountsMessages;
	/** The deck page's export links for Anki and Quizlet. */
	exports: ExportMessages;
	/** The articles on this device: the home page's list, an article's page, importing a pack file. */
	library: LibraryMessages;
	/** The memory map: its switch and key, and the reader's paragraph lines. */
	memoryMap: MemoryMapMessages;
	/** The "add to my cards" button of the reader's word look-up. */
	myCards: MyCardsMessages;
	/** Quizzes: builder, taking, results, history. */
	quiz: QuizMessages;
	/** The reader's language switch, readings and word look-up. */
	reader: ReaderMessages;
	/** Flashcard review: counts, the session, ratings, notices. */
	review: ReviewMessages;
	/** The settings page and its backup panel. */
	settings: SettingsMessages;
	/** Sharing a device article: the share panel (pack file, class link, deck files), the class hub's article choice. */
	share: ShareMessages;
	/** Reading aloud: the reader's controls and the review card's button. */
	speech: SpeechMessages;
	/** Statistics and card info. */
	stats: StatsMessages;
	/** The notice shown when the browser's storage cannot be used (loaded by the notice itself). */
	storage: StorageMessages;
};
export type Area = keyof AreaMessages;

/** The texts a component reads: the common texts, and each area as a section (`t.quiz.…`). */
export type Messages = CommonMessages & AreaMessages;

type Module<T> = Promise<{ default: T }>;
type Loaders = { common: () => Module<CommonMessages> } & { [A in Area]: () => Module<AreaMessages[A]> };

// One module per language and area, each its own chunk: written out (not built from a template) so that the
// bundler sees every one of them.
const loaders: Record<Language, Loaders> = {
	zh: {
		common: () => import('./common/zh'),
		aids: () => import('./aids/zh'),
		answers: () => import('./answers/zh'),
		argument: () => import('./argument/zh'),
		author: () => import('./author/zh'),
		cardBrowser: () => import('./cardBrowser/zh'),
		classroom: () => import('./classroom/zh'),
		counts: () => import('./counts/zh'),
		exports: () => import('./exports/zh'),
		library: () => import('./library/zh'),
		memoryMap: () => import('./memoryMap/zh'),
		myCards: () => import('./myCards/zh'),
		quiz: () => import('./quiz/zh'),
		reader: () => import('./reader/zh'),
		review: () => import('./review/zh'),
		settings: () => import('./settings/zh'),
		share: () => import('./share/zh'),
		speech: () => import('./speech/zh'),
		stats: () => import('./stats/zh'),
		storage: () => import('./storage/zh')
	},
	en: {
		common: () => import('./common/en'),
		aids: () => import('./aids/en'),
		answers: () => import('./answers/en'),
		argument: () => import('./argument/en'),
		author: () => import('./author/en'),
		cardBrowser: () => import('./cardBrowser/en'),
		classroom: () => import('./classroom/en'),
		counts: () => import('./counts/en'),
		exports: () => import('./exports/en'),
		library: () => import('./library/en'),
		memoryMap: () => import('./memoryMap/en'),
		myCards: () => import('./myCards/en'),
		quiz: () => import('./quiz/en'),
		reader: () => import('./reader/en'),
		review: () => import('./review/en'),
		settings: () => import('./settings/en'),
		share: () => import('./share/en'),
		speech: () => import('./speech/en'),
		stats: () => import('./stats/en'),
		storage: () => import('./storage/en')
	}
};

export const areas = Object.keys(loaders.zh).filter((key) => key !== 'common') as Area[];

/** Reading an area the page did not load: a mistake in route-areas.ts, named so that it is quick to fix. */
export class MissingAreaError extends Error {
	constructor(area: Area) {
		super(
			`The "${area}" texts are not loaded on this page: add "${area}" to its route in src/lib/i18n/route-areas.ts`
		);
		this.name = 'MissingAreaError';
	}
}

/** One area's texts in one language. */
export async function loadArea<A extends Area>(language: Language, area: A): Promise<AreaMessages[A]> {
	const load = loaders[language][area] as () => Module<AreaMessages[A]>;
	const loaded = await load();
	return loaded.default;
}

/** The common texts and the given areas, in one language; any other area throws MissingAreaError when read. */
export async function loadMessages(language: Language, wanted: readonly Area[]): Promise<Messages> {
	const [common, ...sections] = await Promise.all([
		loaders[language].common(),
		...wanted.map((area) => loaders[language][area]())
	]);
	const messages = { ...common.default } as Messages;
	for (const area of areas) {
		const index = wanted.indexOf(area);
		if (index >= 0) Object.assign(messages, { [area]: sections[index]?.default });
		else
			Object.defineProperty(messages, area, {
				get() {
					throw new MissingAreaError(area);
				}
			});
	}
	return messages;
}

// The study card's checks, shared by the desktop suite (study-card.spec.ts) and the phone suite
// (study-card-phone.spec.ts): the same flows, asserted on each screen.
import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import type { Question } from '../../src/lib/domain/question';
import type { QuizSpec } from '../../src/lib/domain/quiz/spec';
import { quizToken as tokenFor } from './quiz-link';
import { buildDir } from './routes';

type Catalog = {
	version: string;
	article: { paragraphs: { id: string; number: number }[] };
	decks: { id: string; questions: Question[] }[];
};
export const catalog = JSON.parse(readFileSync(`${buildDir}/content.json`, 'utf8')) as Catalog;
export const questions = catalog.decks.flatMap((deck) => deck.questions);
export const byId = new Map(questions.map((question) => [question.id as string, question]));

/** How much a question puts on screen: its text without the explanation and sources (shown folded). */
const screenSize = (question: Question) => {
	const { explanation: _explanation, sources: _sources, ...shown } = question;
	return JSON.stringify(shown).length;
};

/** For every kind the content has, its question that takes the most room: the hardest to keep in view. */
export const largestOfEachKind: Question[] = [...new Set(questions.map((question) => question.kind))].map(
	(kind) =>
		questions
			.filter((question) => question.kind === kind)
			.reduce((largest, question) => (screenSize(question) > screenSize(largest) ? question : largest))
);

/** A quiz link token for these questions, in this order. */
export function quizToken(questionIds: string[], mode: QuizSpec['mode'], seed = 'stage123'): string {
	return tokenFor(questionIds, { mode, seed });
}

/** Puts these questions first in the review queue (as a teacher's "assign for practice" link does), in order. */
export async function reviewFirst(page: Page, questionIds: string[]) {
	await page.goto(`/class/assign/#q=${quizToken(questionIds, 'practice')}`);
	await page.getByRole('button', { name: '加入我的複習佇列' }).click();
	await expect(page.getByTestId('assign-done')).toBeVisible();
	await page.goto('/review/all/');
	await expect(page.getByTestId('review-card')).toHaveAttribute('data-question', questionIds[0]!);
}

/**
 * Asserts that each element shows whole between the bars stuck to the top and bottom of the window (the site
 * header, a tab bar, the rating bar), leaving out the bar the element is itself part of.
 */
export async function expectInView(page: Page, elements: Locator[]) {
	for (const element of elements) {
		await expect(element).toBeVisible();
		const place = await element.evaluate((target) => {
			/** The fixed or sticky element at a height of the window, other than one holding the target. */
			const barAt = (y: number) => {
				for (const hit of document.elementsFromPoint(window.innerWidth / 2, y))
					for (let at: Element | null = hit; at && at !== document.body; at = at.parentElement) {
						if (at.contains(target)) break;
						const position = getComputedStyle(at).position;
						if (position === 'fixed' || position === 'sticky') return at.getBoundingClientRect();
					}
				return undefined;
			};
			const box = target.getBoundingClientRect();
			return {
				top: box.top,
				bottom: box.bottom,
				free: { top: barAt(1)?.bottom ?? 0, bottom: barAt(window.innerHeight - 1)?.top ?? window.innerHeight }
			};
		});
		expect(place.top, `${element}: top under a bar`).toBeGreaterThanOrEqual(place.free.top - 1);
		expect(place.bottom, `${element}: bottom under a bar`).toBeLessThanOrEqual(place.free.bottom + 1);
	}
}

/** Answers the card on screen by clicking: the first option, the first choice of each pair, an unknown word. */
export async function answerByClicking(card: Locator) {
	const kind = await card.getAttribute('data-kind');
	if (kind === 'flashcard') {
		await card.getByRole('button', { name: '顯示答案' }).click();
		return;
	}
	if (kind === 'cloze') await card.getByRole('textbox').fill('不知道');
	else if (kind === 'matching') {
		const selects = card.getByRole('combobox');
		for (let index = 0; index < (await selects.count()); index++)
			await selects.nth(index).selectOption({ index: 1 });
	} else if (kind !== 'ordering') await card.getByTestId('choice-text').first().click();
	await card.getByRole('button', { name: /^(提交答案|檢查答案|送出答案)$/ }).click();
}

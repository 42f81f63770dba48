import { readFile, writeFile } from 'node:fs/promises';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { encode } from 'uqr';
// Playwright runs in Node without SvelteKit's aliases: the domain code has none, so it is imported by path.
import {
	classroomQuiz,
	encodeResultCode,
	type ClassroomQuiz,
	type ResultAnswer
} from '../../src/lib/domain/classroom/result-code';
import type { Question } from '../../src/lib/domain/question';
import { seedFrom, shuffledIndices } from '../../src/lib/domain/random';
import { defaultReviewSettings } from '../../src/lib/domain/scheduling/settings';
import { quizSpec, tokenOf } from './quiz-link';

type Catalog = { version: string; decks: { questions: Question[] }[] };
type Fixture = { catalog: Catalog; questions: Question[]; byId: Map<string, Question> };

let loaded: Promise<Fixture> | undefined;
/** The catalog the app serves, read once: tokens and codes are built from the very questions the pages show. */
function fixture(request: APIRequestContext): Promise<Fixture> {
	loaded ??= request.get('/content.json').then(async (response) => {
		const catalog = (await response.json()) as Catalog;
		const questions = catalog.decks.flatMap((deck) => deck.questions);
		return { catalog, questions, byId: new Map(questions.map((question) => [question.id, question])) };
	});
	return loaded;
}

const ofKind = <K extends Question['kind']>(questions: Question[], kind: K) =>
	questions.find((question): question is Extract<Question, { kind: K }> => question.kind === kind)!;

/** The same token with one character changed in the middle, as a mistyped or tampered link would be. */
function tampered(token: string): string {
	const at = Math.floor(token.length / 2);
	return token.slice(0, at) + (token[at] === 'A' ? 'B' : 'A') + token.slice(at + 1);
}

const announcement = (page: Page) => page.getByTestId('projector-announcement');

test.describe('projector', () => {
	test('shows the join slide, then each question; one Next reveals the answer, then the source, then moves on', async ({
		page,
		request
	}) => {
		const { questions } = await fixture(request);
		const single = ofKind(questions, 'single-choice');
		const trueFalse = ofKind(questions, 'true-false');
		const spec = quizSpec([single.id, trueFalse.id], { seed: 'proj1234' });
		const token = tokenOf(spec);
		await page.goto(`/en/class/projector/#q=${token}`);

		// The join slide: the student link and its QR code.
		await expect(page.getByRole('heading', { name: 'Join the quiz' })).toBeVisible();
		await expect(page.getByRole('img', { name: /QR code of the link students open/ })).toBeVisible();
		await expect(page.getByTestId('join-link')).toHaveAttribute(
			'href',
			new RegExp(`/en/class/join/#q=${token}$`)
		);
		await expect(page.getByTestId('projector-keys')).toContainText('Space');
		// Nothing of the site for the class to see: no header, navigation or footer; one Next control.
		await expect(page.getByRole('banner')).toHaveCount(0);
		await expect(page.getByRole('navigation')).toHaveCount(0);
		await expect(page.getByRole('contentinfo')).toHaveCount(0);
		await expect(page.getByRole('button', { name: /→$/ })).toHaveText('Start →');

		await page.keyboard.press('ArrowRight');
		await expect(announcement(page)).toHaveText('Question 1 of 2');
		const slide = page.getByTestId('projector-slide');
		await expect(slide.getByRole('heading', { level: 2 })).toHaveText(single.prompt.en);
		// Options lettered in the students' seeded order, not interactive.
		const order = shuffledIndices(single.options.length, seedFrom(spec.seed, single.id));
		const options = slide.getByTestId('projected-options').getByRole('listitem');
		await expect(options).toHaveText(
			order.map((index, position) => new RegExp(`^\\s*${String.fromCharCode(65 + position)}`))
		);
		for (const [position, index] of order.entries())
			await expect(options.nth(position)).toContainText(single.options[index]!.en);
		await expect(slide.locator('input, select, button')).toHaveCount(0);
		await expect(slide.getByText('Correct answer')).toHaveCount(0);

		await page.keyboard.press('Space');
		await expect(announcement(page)).toHaveText('Question 1 of 2: Answer shown');
		const correctPosition = order.findIndex((index) => single.options[index]!.correct);
		await expect(options.nth(correctPosition)).toContainText('✓ Correct answer');
		await expect(page.getByRole('button', { name: /→$/ })).toHaveText('Show source →');
		await expect(slide.getByText('Correct answer')).toHaveCount(1);
		await expect(slide.getByTestId('projected-answer')).toContainText(
			String.fromCharCode(65 + correctPosition)
		);

		await page.keyboard.press('Space');
		await expect(announcement(page)).toHaveText('Question 1 of 2: Source in the article shown');
		const source = page.getByTestId('projected-source');
		await expect(source.locator('mark')).toHaveText(single.sources[0].quote);
		await expect(source).toContainText(/Paragraph \d+/);

		await page.keyboard.press('Space');
		await expect(announcement(page)).toHaveText('Question 2 of 2');
		await expect(slide.getByRole('heading', { level: 2 })).toHaveText(trueFalse.prompt.en);
		await expect(page.getByTestId('projected-source')).toHaveCount(0);

		await page.keyboard.press('ArrowLeft');
		await expect(announcement(page)).toHaveText('Question 1 of 2');
		await expect(slide.getByText('Correct answer')).toHaveCount(0);

		// A clicker: PageDown shows the answer, PageUp takes it back; B blanks the screen and the next key only
		// brings it back.
		await page.keyboard.press('PageDown');
		await expect(announcement(page)).toHaveText('Question 1 of 2: Answer shown');
		await page.keyboard.press('PageUp');
		await expect(announcement(page)).toHaveText('Question 1 of 2');
		await page.keyboard.press('b');
		await expect(page.getByTestId('blank-screen')).toBeVisible();
		await expect(announcement(page)).toHaveText('Screen blanked');
		await page.keyboard.press('PageDown');
		await expect(page.getByTestId('blank-screen')).toHaveCount(0);
		await expect(announcement(page)).toHaveText('Question 1 of 2');

		await page.keyboard.press('End');
		await expect(page.getByRole('heading', { name: 'End of the quiz' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Open the results page' })).toHaveAttribute(
			'href',
			new RegExp(`/en/class/results/#q=${token}$`)
		);
		await page.keyboard.press('Home');
		await expect(page.getByRole('heading', { name: 'Join the quiz' })).toBeVisible();
	});

	test('counts down each question without sound, and F toggles full screen', async ({ page, request }) => {
		const { questions } = await fixture(request);
		const spec = quizSpec([ofKind(questions, 'cloze').id, ofKind(questions, 'ordering').id], {
			seed: 'time1234'
		});
		// Time moves only when the test says so, however busy the machine is.
		await page.clock.install({ time: new Date('2026-03-02T08:00:00Z') });
		await page.goto(`/en/class/projector/#q=${tokenOf(spec)}`);
		await page.clock.pauseAt(new Date('2026-03-02T08:01:00Z'));
		await page.getByLabel('Countdown per question').selectOption({ label: '10 sec' });
		await page.locator('body').click({ position: { x: 5, y: 5 } });
		await page.keyboard.press('ArrowRight');
		const timer = page.getByTestId('projector-timer');
		await expect(timer).toHaveText('0:10');
		await page.clock.runFor(4000);
		await expect(timer).toHaveText('0:06');
		await page.clock.runFor(6500);
		await expect(timer).toHaveText(/Time is up/);
		await expect(announcement(page)).toHaveText('Question 1 of 2: Time is up');
		await expect(page.locator('audio')).toHaveCount(0);
		// Revealing stops the countdown; the next question (after the source) starts its own.
		await page.keyboard.press('Space');
		await expect(timer).toHaveCount(0);
		await page.keyboard.press('ArrowRight');
		await expect(announcement(page)).toHaveText('Question 1 of 2: Source in the article shown');
		await page.keyboard.press('ArrowRight');
		await expect(timer).toHaveText('0:10');

		await page.keyboard.press('f');
		await expect
			.poll(() => page.evaluate(() => document.fullscreenElement?.getAttribute('data-testid')))
			.toBe('projector');
		await expect(page.getByRole('button', { name: 'Exit full screen' })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		await page.keyboard.press('f');
		await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBe(null);
	});
});

test.describe('class results', () => {
	/** Single choice, true/false, ordering, cloze: three students whose scores and percents are known. */
	async function classQuiz(request: APIRequestContext) {
		const { questions, byId } = await fixture(request);
		const picked = [
			ofKind(questions, 'single-choice'),
			ofKind(questions, 'true-false'),
			ofKind(questions, 'ordering'),
			ofKind(questions, 'cloze')
		];
		const spec = quizSpec(
			picked.map((question) => question.id),
			{ seed: 'class123' }
		);
		const quiz: ClassroomQuiz = classroomQuiz(spec, byId);
		const [single, trueFalse, ordering] = picked as [
			Extract<Question, { kind: 'single-choice' }>,
			Extract<Question, { kind: 'true-false' }>,
			Extract<Question, { kind: 'ordering' }>
		];
		const right: ResultAnswer[] = [
			{ kind: 'single-choice', selected: single.options.findIndex((option) => option.correct) },
			{ kind: 'true-false', answer: trueFalse.answer },
			{ kind: 'ordering', order: ordering.items.map((_, index) => index) },
			{ kind: 'cloze', grade: { kind: 'correct' } }
		];
		const wrongTrueFalse: ResultAnswer = { kind: 'true-false', answer: !trueFalse.answer };
		const wrongOrder: ResultAnswer = {
			kind: 'ordering',
			order: ordering.items.map((_, index) => index).reverse()
		};
		const wrongCloze: ResultAnswer = { kind: 'cloze', grade: { kind: 'wrong' } };
		// Each from its own device, as a class's would be.
		let device = 0;
		const code = (studentName: string, answers: ResultAnswer[], elapsedSeconds: number) =>
			encodeResultCode({ studentName, deviceTag: device++, answers, elapsedSeconds }, quiz);
		return {
			token: tokenOf(spec),
			picked,
			alice: code('Alice', right, 125), // 4 of 4
			bob: code('Bob', [right[0]!, wrongTrueFalse, right[2]!, wrongCloze], 200), // 2 of 4
			unnamed: code('', [right[0]!, wrongTrueFalse, wrongOrder, wrongCloze], 61) // 1 of 4
		};
	}

	test('pasted codes give the class table, hardest questions first, with duplicates and invalid codes', async ({
		page,
		request
	}) => {
		const { token, picked, alice, bob, unnamed } = await classQuiz(request);
		const tamperedBob = bob.slice(0, 12) + (bob[12] === 'X' ? 'Y' : 'X') + bob.slice(13);
		await page.goto(`/en/class/results/#q=${token}`);
		await expect(page.getByRole('heading', { name: 'Class results' })).toBeVisible();
		await page.getByLabel('Result codes').fill([alice, bob, unnamed, alice, tamperedBob].join('\n'));

		const rows = page.getByTestId('student-row');
		await expect(rows).toHaveCount(3);
		await expect(rows.nth(0).getByRole('rowheader')).toHaveText('Alice');
		await expect(rows.nth(0)).toContainText('4 / 4');
		await expect(rows.nth(1).getByRole('rowheader')).toHaveText('Bob');
		await expect(rows.nth(1)).toContainText('2 / 4');
		await expect(rows.nth(2).getByRole('rowheader')).toHaveText('Student 3');
		await expect(rows.nth(2)).toContainText('1 / 4');
		await expect(page.getByTestId('percent-row').locator('td')).toHaveText(['100%', '33%', '67%', '33%']);
		await expect(page.getByTestId('class-summary')).toHaveText('3 students, 58% correct on average');
		// Hardest first; the two at 33% keep quiz order.
		await expect(page.getByTestId('hardest-first').locator('li')).toHaveText([
			/^Q2 · 33% correct/,
			/^Q4 · 33% correct/,
			/^Q3 · 67% correct/,
			/^Q1 · 100% correct/
		]);
		await expect(page.getByTestId('hardest-first').locator('li').first()).toHaveAttribute(
			'data-question',
			picked[1]!.id
		);
		await expect(page.getByTestId('duplicate-codes')).toHaveText(
			'Line 4 repeats the code on line 1; it is counted once.'
		);
		const invalid = page.getByTestId('invalid-codes').locator('li');
		await expect(invalid).toHaveCount(1);
		await expect(invalid).toContainText('Line 5:');
		await expect(invalid).toContainText(
			'this code is damaged: its check characters do not match, so a character was mistyped or changed'
		);

		// The CSV holds the same table.
		const downloading = page.waitForEvent('download');
		await page.getByRole('link', { name: 'Download CSV' }).click();
		const download = await downloading;
		expect(download.suggestedFilename()).toBe('class-results-class123.csv');
		const csv = await readFile((await download.path())!, 'utf8');
		const ids = picked.map((question, index) => `Q${index + 1} (${question.id})`);
		expect(csv.split('\r\n')).toEqual([
			`\uFEFFStudent,Score,Out of,Time (seconds),${ids.join(',')}`,
			'Alice,4,4,125,correct,correct,correct,correct',
			'Bob,2,4,200,correct,wrong,correct,wrong',
			'Student 3,1,4,61,correct,wrong,wrong,wrong',
			'% correct,,,,100,33,67,33',
			''
		]);

		// A reload keeps what was pasted.
		await page.reload();
		await expect(page.getByTestId('student-row')).toHaveCount(3);

		// On paper: the table without the text box, buttons or navigation.
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByTestId('class-table')).toBeVisible();
		await expect(page.locator('textarea:visible, button:visible, a[href]:visible, nav:visible')).toHaveCount(
			0
		);
	});

	test('a tampered code alone is refused with a clear reason, and the camera problem is explained', async ({
		page,
		request
	}) => {
		const { token, alice } = await classQuiz(request);
		await page.goto(`/en/class/results/#q=${token}`);
		const tamperedAlice = alice.slice(0, 12) + (alice[12] === 'X' ? 'Y' : 'X') + alice.slice(13);
		await page.getByLabel('Result codes').fill(tamperedAlice);
		await expect(page.getByTestId('student-row')).toHaveCount(0);
		await expect(page.getByTestId('invalid-codes')).toContainText(`Line 1: ${tamperedAlice}`);
		await expect(page.getByTestId('invalid-codes')).toContainText('this code is damaged');
		// Text that is no code, and a code cut short, are told apart from a typo.
		await page.getByLabel('Result codes').fill(`NOTACODE123\n${alice.slice(0, -5)}`);
		const reasons = page.getByTestId('invalid-codes').locator('li');
		await expect(reasons).toHaveText([
			'Line 1: NOTACODE123 — this is not a result code (students get theirs on screen after handing in)',
			`Line 2: ${alice.slice(0, -5)} — this code is incomplete: characters are missing at the end; compare it with the student's screen`
		]);
		// This browser has no camera: the teacher is told, and pasting still works.
		await page.getByRole('button', { name: 'Scan with the camera' }).click();
		await expect(page.getByTestId('camera-problem')).toContainText('You can still paste the codes.');
		await page.getByLabel('Result codes').fill(alice);
		await expect(page.getByTestId('student-row')).toHaveCount(1);
	});
});

/**
 * One video frame (YUV4MPEG2, 640×480) showing a QR code of the text, black on white: Chromium's fake camera
 * plays it in a loop, so the scanner sees what a phone held up to a webcam would show.
 */
function qrVideoFrame(text: string): Buffer {
	const [width, height] = [640, 480];
	const symbol = encode(text, { ecc: 'M', border: 4 });
	const modulePx = Math.floor(440 / symbol.size);
	const left = Math.floor((width - symbol.size * modulePx) / 2);
	const top = Math.floor((height - symbol.size * modulePx) / 2);
	const luma = Buffer.alloc(width * height, 235);
	symbol.data.forEach((row, y) =>
		row.forEach((dark, x) => {
			if (!dark) return;
			for (let dy = 0; dy < modulePx; dy++)
				luma.fill(
					16,
					(top + y * modulePx + dy) * width + left + x * modulePx,
					(top + y * modulePx + dy) * width + left + (x + 1) * modulePx
				);
		})
	);
	const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
	return Buffer.concat([
		Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\nFRAME\n`),
		luma,
		chroma
	]);
}

type ScanFixture = { token: string; code: string; videoPath: string };
const withCamera = test.extend<object, { scan: ScanFixture }>({
	scan: [
		// Playwright reads a fixture's dependencies from its destructuring pattern: this one has none.
		// eslint-disable-next-line no-empty-pattern
		async ({}, use, workerInfo) => {
			// The browser starts before any page exists, so the catalog is read from the build the server serves.
			const catalog = JSON.parse(
				await readFile(new URL('../../build/content.json', import.meta.url), 'utf8')
			) as Catalog;
			const questions = catalog.decks.flatMap((deck) => deck.questions);
			const single = ofKind(questions, 'single-choice');
			const spec = quizSpec([single.id], { seed: 'scan1234' });
			const quiz = classroomQuiz(spec, new Map(questions.map((question) => [question.id, question])));
			const selected = single.options.findIndex((option) => option.correct);
			const code = encodeResultCode(
				{
					studentName: 'Scanned',
					deviceTag: 7,
					answers: [{ kind: 'single-choice', selected }],
					elapsedSeconds: 42
				},
				quiz
			);
			const videoPath = workerInfo.project.outputDir + `/result-qr-${workerInfo.workerIndex}.y4m`;
			await writeFile(videoPath, qrVideoFrame(code));
			await use({ token: tokenOf(spec), code, videoPath });
		},
		{ scope: 'worker' }
	],
	launchOptions: [
		async ({ launchOptions, scan }, use) =>
			use({
				...launchOptions,
				args: [
					...(launchOptions.args ?? []),
					'--use-fake-ui-for-media-stream',
					'--use-fake-device-for-media-stream',
					`--use-file-for-fake-video-capture=${scan.videoPath}`
				]
			}),
		{ scope: 'worker' }
	]
});

withCamera.describe('scanning result codes', () => {
	withCamera.use({ permissions: ['camera'] });

	withCamera(
		'a code held up to the camera is added once, and the camera turns off',
		async ({ page, scan }) => {
			await page.goto(`/en/class/results/#q=${scan.token}`);
			await page.getByRole('button', { name: 'Scan with the camera' }).click();
			await expect(page.getByLabel('Camera view')).toBeVisible();
			await expect(page.getByLabel('Result codes')).toHaveValue(scan.code, { timeout: 15_000 });
			await expect(page.getByTestId('student-row')).toHaveCount(1);
			await expect(page.getByTestId('student-row').getByRole('rowheader')).toHaveText('Scanned');
			// Read again and again while held up: still one line, and one row in the list of what was scanned.
			await page.waitForTimeout(600);
			await expect(page.getByLabel('Result codes')).toHaveValue(scan.code);
			await expect(page.getByTestId('scan-rows').getByRole('listitem')).toHaveText(['✓ Added: Scanned']);
			// The camera stays on for the next student.
			await expect(page.getByLabel('Camera view')).toBeVisible();
			await page.getByRole('button', { name: 'Turn the camera off' }).click();
			await expect(page.getByLabel('Camera view')).toHaveCount(0);
		}
	);
});

test.describe('worksheets', () => {
	test('the printed sheet has numbered questions and nothing interactive; the key shows sources', async ({
		page,
		request
	}) => {
		const { questions } = await fixture(request);
		const picked = (
			[
				'single-choice',
				'multiple-select',
				'true-false',
				'cloze',
				'ordering',
				'matching',
				'flashcard'
			] as const
		).map((kind) => ofKind(questions, kind));
		const spec = quizSpec(
			picked.map((question) => question.id),
			{ seed: 'sheet123' }
		);
		await page.goto(`/en/class/worksheet/#q=${tokenOf(spec)}`);
		await expect(page.getByRole('heading', { name: 'Worksheet', level: 1 })).toBeVisible();
		await page.getByLabel('Paper size').selectOption('letter');
		await expect(page.locator('style[data-worksheet-page="letter"]')).toHaveCount(1);
		expect(await page.locator('style[data-worksheet-page]').textContent()).toContain('size: letter');

		await page.emulateMedia({ media: 'print' });
		const items = page.getByTestId('worksheet-questions').locator(':scope > li');
		await expect(items).toHaveCount(picked.length);
		expect(await items.evaluateAll((nodes) => nodes.map((node) => (node as HTMLLIElement).value))).toEqual(
			picked.map((_, index) => index + 1)
		);
		await expect(items.first()).toContainText(picked[0]!.prompt.en);
		await expect(page.getByText('Name', { exact: true })).toBeVisible();
		await expect(
			page.locator(
				'button:visible, input:visible, select:visible, textarea:visible, a[href]:visible, nav:visible'
			)
		).toHaveCount(0);
		await expect(page.getByRole('banner')).toBeHidden();

		await page.emulateMedia({ media: 'screen' });
		await page.getByRole('link', { name: 'Answer key with sources' }).click();
		await expect(page).toHaveURL(/&key=1$/);
		await expect(page.getByRole('heading', { name: 'Answer key', level: 1 })).toBeVisible();
		await page.emulateMedia({ media: 'print' });
		const sources = page.getByTestId('key-source');
		for (const question of picked)
			await expect(sources.filter({ hasText: question.sources[0].quote }).first()).toBeVisible();
		await expect(sources.first()).toContainText(/Paragraph \d+/);
		await expect(
			page.locator(
				'button:visible, input:visible, select:visible, textarea:visible, a[href]:visible, nav:visible'
			)
		).toHaveCount(0);
	});
});

test.describe('links that cannot be opened', () => {
	test('every classroom page explains a tampered, out-of-date or missing link and links home', async ({
		page,
		request
	}) => {
		const { questions } = await fixture(request);
		const spec = quizSpec([questions[0]!.id, questions[1]!.id], { seed: 'link1234' });
		const bad = tampered(tokenOf(spec));
		for (const path of ['projector', 'results', 'worksheet', 'assign']) {
			await page.goto(`/en/class/${path}/#q=${bad}`);
			const problem = page.getByTestId('link-problem');
			await expect(problem.getByRole('heading', { name: 'This quiz link cannot be opened' })).toBeVisible();
			await expect(problem).toContainText('This link was changed or cut short');
			await expect(problem.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute(
				'href',
				/\/en\/$/
			);
		}

		const old = tokenOf({ ...spec, contentVersion: 'old0001' });
		await page.goto(`/en/class/worksheet/#q=${old}`);
		await expect(page.getByTestId('link-problem')).toContainText('made for another version of the questions');
		await page.goto('/class/assign/');
		await expect(page.getByTestId('link-problem')).toContainText('這個網址沒有附上測驗');
		// A corrected fragment opens the quiz without reloading.
		await page.evaluate((token) => (location.hash = `q=${token}`), tokenOf(spec));
		await expect(page.getByRole('heading', { name: '老師指定的練習' })).toBeVisible();
	});
});

test.describe('assign for practice', () => {
	test('adding puts the questions first in the review queue, once, and it survives a reload', async ({
		page,
		request
	}) => {
		const { questions } = await fixture(request);
		// The last questions of the last deck: without the assignment they would be reviewed last.
		const assigned = questions.slice(-3);
		const spec = quizSpec(
			assigned.map((question) => question.id),
			{ seed: 'assign12' }
		);
		const url = `/en/class/assign/#q=${tokenOf(spec)}`;
		await page.goto(url);
		await expect(page.getByTestId('assigned-questions').locator('li')).toHaveCount(assigned.length);
		await page.getByRole('button', { name: 'Add to my review queue' }).click();
		await expect(page.getByTestId('assign-done')).toContainText('Added 3 questions.');

		await page.reload();
		await expect(page.getByTestId('assign-done')).toContainText('already in your review queue');

		await page.getByRole('link', { name: 'Start reviewing' }).click();
		await expect(page).toHaveURL(/\/en\/review\/all\/$/);
		const counts = page.getByTestId('session-counts');
		// The daily new-card limit, plus the assigned questions, which it does not cap.
		const newToday = String(defaultReviewSettings.newCardsPerDay + assigned.length);
		await expect(counts.getByTestId('count-new')).toHaveText(newToday);
		await expect(page.getByTestId('review-card')).toHaveAttribute('data-question', assigned[0]!.id);
		await page.reload();
		await expect(page.getByTestId('review-card')).toHaveAttribute('data-question', assigned[0]!.id);
		await expect(counts.getByTestId('count-new')).toHaveText(newToday);
	});
});

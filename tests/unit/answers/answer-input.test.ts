import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import type { Grade } from '$lib/domain/grading';
import type { Question } from '$lib/domain/question';
import { letteredOptions } from '$lib/domain/classroom/presented-item';
import { shuffledIndices } from '$lib/domain/random';
import type { Response } from '$lib/domain/response';
import { loadMessages } from '$lib/i18n/messages';
import {
	cloze,
	flashcard,
	matching,
	multipleSelect,
	ordering,
	singleChoice,
	trueFalse
} from '../answer-fixtures';
import AnswerHarness from './AnswerHarness.svelte';

// The texts the answer controls show, as the root layout loads them for a page that has them.
const messages = { zh: await loadMessages('zh', ['answers']), en: await loadMessages('en', ['answers']) };

type Options = { language?: 'zh' | 'en'; initial?: Response; grade?: Grade; showOther?: boolean };

function renderAnswer(question: Question, options: Options = {}) {
	const onsubmit = vi.fn();
	const language = options.language ?? 'en';
	const view = render(AnswerHarness, {
		props: { language, messages: messages[language], question, seed: 'seed-1', onsubmit, ...options }
	});
	const response = () => JSON.parse(screen.getByTestId('response').textContent ?? 'null') as Response;
	return { ...view, onsubmit, response };
}

describe('single choice', () => {
	it('offers the options as radio buttons in seeded order, named by the prompt', () => {
		renderAnswer(singleChoice);
		const group = screen.getByRole('group', { name: /Question t-single/ });
		const radios = within(group).getAllByRole('radio');
		const order = shuffledIndices(singleChoice.options.length, 'seed-1');
		expect(radios.map((radio) => radio.closest('label')?.textContent)).toEqual(
			order.map((index) => expect.stringContaining(singleChoice.options[index]!.en))
		);
	});

	it('picks the n-th option with digit keys and submits with Enter', async () => {
		const { response, onsubmit } = renderAnswer(singleChoice);
		const radios = screen.getAllByRole('radio');
		const order = shuffledIndices(singleChoice.options.length, 'seed-1');
		await fireEvent.keyDown(radios[0]!, { key: '3' });
		expect(response()).toEqual({ kind: 'single-choice', selected: order[2] });
		expect(radios[2]).toHaveProperty('checked', true);
		expect(document.activeElement).toBe(radios[2]);
		await fireEvent.keyDown(radios[2]!, { key: 'Enter' });
		expect(onsubmit).toHaveBeenCalledOnce();
	});

	it('does not submit with Enter before anything is chosen', async () => {
		const { onsubmit } = renderAnswer(singleChoice);
		await fireEvent.keyDown(screen.getAllByRole('radio')[0]!, { key: 'Enter' });
		expect(onsubmit).not.toHaveBeenCalled();
	});

	it('after grading, locks and marks the right and the wrong choice in words', () => {
		renderAnswer(singleChoice, {
			initial: { kind: 'single-choice', selected: 2 },
			grade: { kind: 'wrong' }
		});
		for (const radio of screen.getAllByRole('radio')) expect(radio).toHaveProperty('disabled', true);
		expect(screen.getByText('Correct answer').closest('label')?.textContent).toContain('Astana');
		expect(screen.getByText('Your answer: wrong').closest('label')?.textContent).toContain('Bishkek');
		expect(screen.getByRole('status').textContent).toContain('Not right');
		// The right answer again under the verdict, with the letter shown on its tile, and no instructions left.
		const letter = letteredOptions(singleChoice, 'seed-1').find((option) => option.correct)!.letter;
		expect(screen.getByTestId('correct-answer').textContent?.replace(/\s+/g, ' ')).toContain(
			`Right answer: ${letter} Astana`
		);
		expect(screen.queryByText('Choose one answer')).toBeNull();
	});

	it('picks an option by the letter shown on it, either case, and by its number', async () => {
		const { response } = renderAnswer(singleChoice);
		const options = letteredOptions(singleChoice, 'seed-1');
		// From anywhere on the page, not only from an option.
		await fireEvent.keyDown(document.body, { key: 'c' });
		expect(response()).toEqual({ kind: 'single-choice', selected: options[2]!.storedIndex });
		expect(document.activeElement).toBe(screen.getAllByRole('radio')[2]);
		await fireEvent.keyDown(document.body, { key: 'B' });
		expect(response()).toEqual({ kind: 'single-choice', selected: options[1]!.storedIndex });
		// A letter past the last option, or with Ctrl held, does nothing.
		await fireEvent.keyDown(document.body, { key: 'e' });
		await fireEvent.keyDown(document.body, { key: 'a', ctrlKey: true });
		expect(response()).toEqual({ kind: 'single-choice', selected: options[1]!.storedIndex });
	});

	it('leaves letters typed in a text field alone', async () => {
		const { response } = renderAnswer(singleChoice);
		const field = document.createElement('input');
		document.body.append(field);
		await fireEvent.keyDown(field, { key: 'a' });
		expect(response()).toEqual({ kind: 'single-choice', selected: null });
		field.remove();
	});

	it('ignores letters once answered', async () => {
		const { response } = renderAnswer(singleChoice, {
			initial: { kind: 'single-choice', selected: 2 },
			grade: { kind: 'wrong' }
		});
		await fireEvent.keyDown(document.body, { key: 'a' });
		expect(response()).toEqual({ kind: 'single-choice', selected: 2 });
	});
});

describe('multiple select', () => {
	it('toggles checkboxes with clicks and digit keys', async () => {
		const { response } = renderAnswer(multipleSelect);
		const boxes = screen.getAllByRole('checkbox');
		const order = shuffledIndices(multipleSelect.options.length, 'seed-1');
		await fireEvent.click(boxes[0]!);
		await fireEvent.keyDown(boxes[0]!, { key: '2' });
		expect(response()).toEqual({ kind: 'multiple-select', selected: [order[0], order[1]] });
		await fireEvent.keyDown(boxes[1]!, { key: '1' });
		expect(response()).toEqual({ kind: 'multiple-select', selected: [order[1]] });
	});

	it('shows partial credit and the missed option', () => {
		renderAnswer(multipleSelect, {
			initial: { kind: 'multiple-select', selected: [0, 2] },
			grade: { kind: 'wrong', partial: 2 / 3 }
		});
		// One verdict that does not contradict itself: partly right, not "wrong, but 67% correct".
		expect(screen.getByRole('status').textContent?.trim()).toMatch(/^◐\s*Partly right \(67%\)$/);
		expect(screen.getByText('Missed: this is also correct').closest('label')?.textContent).toContain('D');
		const right = letteredOptions(multipleSelect, 'seed-1').filter((option) => option.correct);
		const listed = within(screen.getByTestId('correct-answer')).getAllByRole('listitem');
		expect(listed.map((item) => item.textContent?.replace(/\s+/g, ' ').trim())).toEqual(
			right.map((option) => `${option.letter} ${option.text.en}`)
		);
	});
});

describe('true or false', () => {
	it('offers A 是 and B 非 in Chinese (the projector’s letters), with the English under them on request', async () => {
		const { response } = renderAnswer(trueFalse, { language: 'zh', showOther: true });
		const radios = screen.getAllByRole('radio');
		expect(radios.map((radio) => radio.closest('label')?.textContent?.replace(/\s+/g, ''))).toEqual([
			'A是True',
			'B非False'
		]);
		await fireEvent.click(radios[1]!);
		expect(response()).toEqual({ kind: 'true-false', answer: false });
	});
});

describe('cloze', () => {
	const question = cloze(['2.4萬', '24,000', '24000']);

	it('is a labelled text field that does not autocorrect, and Enter submits', async () => {
		const { response, onsubmit } = renderAnswer(question);
		const input = screen.getByLabelText('Your answer') as HTMLInputElement;
		expect(input.getAttribute('autocomplete')).toBe('off');
		expect(input.getAttribute('autocapitalize')).toBe('off');
		expect(input.getAttribute('spellcheck')).toBe('false');
		expect(input.lang).toBe('en');
		await fireEvent.input(input, { target: { value: '24000' } });
		expect(response()).toEqual({ kind: 'cloze', text: '24000' });
		await fireEvent.keyDown(input, { key: 'Enter', isComposing: true });
		expect(onsubmit).not.toHaveBeenCalled();
		await fireEvent.keyDown(input, { key: 'Enter' });
		expect(onsubmit).toHaveBeenCalledOnce();
	});

	it('shows the prompt with its blank, and the answer when wrong', () => {
		renderAnswer(question, { initial: { kind: 'cloze', text: '25000' }, grade: { kind: 'wrong' } });
		expect(document.querySelector('.cloze-prompt')?.textContent?.replace(/\s+/g, ' ')).toContain(
			'About blank25000 companies.'
		);
		expect(screen.getByTestId('correct-answer').textContent).toContain('24,000');
		// The typing hint is for answering; once answered it is gone.
		expect(screen.queryByText(/press Enter to submit/)).toBeNull();
		expect(screen.getByLabelText('Your answer')).toHaveProperty('disabled', true);
	});

	it('says "almost" with the expected form for a near miss', () => {
		renderAnswer(question, { grade: { kind: 'near-miss', expected: '24,000' } });
		expect(screen.getByRole('status').textContent).toContain('Almost: the expected form is “24,000”');
	});
});

describe('ordering', () => {
	it('moves an item with its Move buttons, keeps focus on it and announces the move', async () => {
		const { response } = renderAnswer(ordering, { initial: { kind: 'ordering', order: [1, 0, 2, 3, 4] } });
		await fireEvent.click(screen.getByRole('button', { name: 'Move “2001” up' }));
		expect(response()).toEqual({ kind: 'ordering', order: [0, 1, 2, 3, 4] });
		expect(document.querySelector('[aria-live="polite"]')?.textContent).toBe(
			'“2001” moved to position 1 of 5'
		);
		// At the top, Move up is disabled, so focus lands on Move down of the same item.
		expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move “2001” down' }));
	});

	it('moves the focused item with Alt+ArrowDown', async () => {
		const { response } = renderAnswer(ordering, { initial: { kind: 'ordering', order: [1, 0, 2, 3, 4] } });
		const row = screen.getByRole('button', { name: 'Move “2012” down' }).closest('li')!;
		row.focus();
		await fireEvent.keyDown(row, { key: 'ArrowDown', altKey: true });
		expect(response()).toEqual({ kind: 'ordering', order: [0, 1, 2, 3, 4] });
		await vi.waitFor(() => expect(document.activeElement).toBe(row));
		await fireEvent.keyDown(row, { key: 'ArrowDown' });
		expect(response()).toEqual({ kind: 'ordering', order: [0, 1, 2, 3, 4] });
	});

	it('after grading, says where each misplaced item belongs', () => {
		renderAnswer(ordering, {
			initial: { kind: 'ordering', order: [1, 0, 2, 3, 4] },
			grade: { kind: 'wrong', partial: 0.6 }
		});
		expect(screen.queryAllByRole('button')).toEqual([]);
		expect(screen.getByText('Belongs at position 2').closest('li')?.textContent).toContain('2012');
		expect(screen.getAllByText('In the right place')).toHaveLength(3);
	});
});

describe('matching', () => {
	it('offers a labelled select per item, rights in seeded order after a placeholder', async () => {
		const { response } = renderAnswer(matching);
		const select = screen.getByLabelText('Uzbekistan') as HTMLSelectElement;
		const order = shuffledIndices(matching.pairs.length, 'seed-1');
		expect(Array.from(select.options).map((option) => option.text)).toEqual([
			'Choose…',
			...order.map((index) => matching.pairs[index]!.right.en)
		]);
		await fireEvent.change(select, { target: { value: '1' } });
		expect(response()).toEqual({ kind: 'matching', rightFor: [null, 1, null, null] });
	});

	it('after grading, gives the right match of each wrong row', () => {
		renderAnswer(matching, {
			initial: { kind: 'matching', rightFor: [0, 2, 1, 3] },
			grade: { kind: 'wrong', partial: 0.5 }
		});
		expect(screen.getAllByText('Right match')).toHaveLength(2);
		// The learner's pairing once, as text (no locked selects), and the right pairs once, under the verdict.
		expect(screen.queryAllByRole('combobox')).toHaveLength(0);
		expect(screen.getAllByText('Not the right match')).toHaveLength(2);
		const pairs = within(screen.getByTestId('correct-answer')).getAllByRole('listitem');
		expect(pairs.map((pair) => pair.textContent?.replace(/\s+/g, ' ').trim())).toEqual(
			matching.pairs.map((pair) => `${pair.left.en} → ${pair.right.en}`)
		);
	});
});

describe('flashcard', () => {
	it('shows the back and submits when turned over', async () => {
		const { response, onsubmit } = renderAnswer(flashcard);
		await fireEvent.click(screen.getByRole('button', { name: 'Show answer' }));
		expect(response()).toEqual({ kind: 'flashcard', revealed: true });
		expect(onsubmit).toHaveBeenCalledOnce();
		expect(screen.getByText('Back')).toBeTruthy();
	});
});

describe('a response of another kind', () => {
	it('is replaced by an empty response for the question shown', async () => {
		const { response } = renderAnswer(singleChoice, { initial: { kind: 'cloze', text: 'stale' } });
		await fireEvent.keyDown(screen.getAllByRole('radio')[0]!, { key: '1' });
		expect(response().kind).toBe('single-choice');
	});
});

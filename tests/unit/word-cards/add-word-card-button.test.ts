// "Add to my cards" (the reader's word look-up): adds the word once, says so live from the database, and says
// in the learner's language why nothing was written when storage fails.
// First: Dexie's live queries run only where the page has an IndexedDB (jsdom has none; each test's database
// still gets its own factory).
import 'fake-indexeddb/auto';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { addWordCard } from '$lib/data/add-word-card';
import { loadWordCards } from '$lib/data/word-cards';
import type { StudyDatabase } from '$lib/data/database';
import type { WordEntry } from '$lib/domain/word-cards';
import { loadMessages } from '$lib/i18n/messages';
import { failWrites, freshDatabase } from '../../data/helpers';
import ButtonHarness from './ButtonHarness.svelte';

const messages = { zh: await loadMessages('zh', ['myCards']), en: await loadMessages('en', ['myCards']) };

const entry: WordEntry = {
	word: '老本',
	pinyin: 'lǎo běn',
	zhuyin: 'ㄌㄠˇ ㄅㄣˇ',
	glosses: ['legacy assets'],
	paragraphId: 'p3',
	sentence: '俄羅斯在中亞的老本仍在。'
};

function renderButton(database: StudyDatabase | (() => never), language: 'zh' | 'en' = 'en') {
	const open = typeof database === 'function' ? database : () => database;
	return render(ButtonHarness, { props: { language, messages: messages[language], open, entry } });
}

describe('the add-to-my-cards button', () => {
	it('adds the word with its reading, gloss and sentence, then says it is in my cards', async () => {
		const database = freshDatabase();
		renderButton(database);
		const button = await screen.findByRole('button', { name: 'Add to my cards' });
		await waitFor(() => expect(button.getAttribute('aria-disabled')).toBe('false'));
		await fireEvent.click(button);
		expect(await screen.findByRole('button', { name: /In my cards/ })).toHaveProperty('ariaDisabled', 'true');
		expect(screen.getByRole('status').textContent).toMatch(/come up in review as a new card/);
		expect(await loadWordCards(database)).toEqual([
			expect.objectContaining({ ...entry, questionId: 'word:老本' })
		]);
	});

	it('in Chinese, shows a word added elsewhere (another tab) as already in my cards, and adds nothing more', async () => {
		const database = freshDatabase();
		renderButton(database, 'zh');
		await screen.findByRole('button', { name: '加入我的卡片' });
		await addWordCard(database, entry, Date.now());
		const button = await screen.findByRole('button', { name: /已在我的卡片中/ });
		await fireEvent.click(button);
		expect(await database.wordCards.count()).toBe(1);
	});

	it('says in the learner’s language that a full disk kept the card out, and writes nothing', async () => {
		const database = freshDatabase();
		await failWrites(database, 'wordCards');
		renderButton(database, 'zh');
		const button = await screen.findByRole('button', { name: '加入我的卡片' });
		await waitFor(() => expect(button.getAttribute('aria-disabled')).toBe('false'));
		await fireEvent.click(button);
		expect((await screen.findByRole('alert')).textContent).toMatch('卡片沒有加入');
		expect(screen.getByRole('button', { name: '加入我的卡片' })).toBeTruthy();
		expect(await database.wordCards.count()).toBe(0);
	});

	it('says plainly when the browser has no usable storage', async () => {
		renderButton(() => {
			throw new Error('IndexedDB is only available in the browser.');
		});
		expect((await screen.findByRole('alert')).textContent).toMatch(/storage is unavailable/);
		expect(screen.getByRole('button', { name: 'Add to my cards' }).getAttribute('aria-disabled')).toBe(
			'true'
		);
	});
});

// Regression (CI of 2de1532, under a load average of 16): the word was written and "added" was said, but the
// button kept offering "add to my cards", because it waited for the live query to read the card back and that
// read did not come. Here the live query answers once and never again: the button must still say "in my cards".
import 'fake-indexeddb/auto';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import type { LiveObserver } from '$lib/data/live';
import type { WordEntry } from '$lib/domain/word-cards';
import { loadMessages } from '$lib/i18n/messages';
import { freshDatabase } from '../../data/helpers';
import ButtonHarness from './ButtonHarness.svelte';

vi.mock('$lib/data/live', () => ({
	observe<T>(query: () => Promise<T>, observer: LiveObserver<T>) {
		query().then(observer.next, observer.error);
		return { unsubscribe() {} };
	}
}));

const entry: WordEntry = {
	word: '中亞',
	pinyin: 'zhōng yà',
	zhuyin: 'ㄓㄨㄥ ㄧㄚˋ',
	glosses: ['Central Asia'],
	paragraphId: 'p1',
	sentence: '中亞國家就是組織核心'
};

describe('the add-to-my-cards button when the live query lags', () => {
	it('says the word is in my cards as soon as its card is written', async () => {
		const database = freshDatabase();
		const messages = await loadMessages('zh', ['myCards']);
		render(ButtonHarness, { props: { language: 'zh', messages, open: () => database, entry } });
		const button = await screen.findByRole('button', { name: '加入我的卡片' });
		await waitFor(() => expect(button.getAttribute('aria-disabled')).toBe('false'));
		await fireEvent.click(button);
		expect(await screen.findByRole('button', { name: /已在我的卡片中/ })).toHaveProperty(
			'ariaDisabled',
			'true'
		);
		expect(await database.wordCards.count()).toBe(1);
	});
});

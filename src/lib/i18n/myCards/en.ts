import type { MyCardsMessages } from './types';

const en: MyCardsMessages = {
	addWordCard: 'Add to my cards',
	inMyCards: 'In my cards',
	adding: 'Adding…',
	wordCardAdded: 'Added: the card will come up in review as a new card.',
	addFailed: 'Could not save (storage is full or unavailable): the card was not added.',
	storageUnavailable: 'Cards cannot be saved in this browser: its storage is unavailable.',
	invalidWord: 'This word cannot be made into a card.'
};

export default en;

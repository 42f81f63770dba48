import type { CountsMessages } from './types';

const en: CountsMessages = {
	countsUnavailable: 'Progress could not be read',
	countNew: 'New',
	countLearning: 'Learning',
	countReview: 'Due',
	doneForToday: 'Done for today',
	studyMoreLink: 'Study more',
	studyAll: 'Review all decks',
	masteredDefinition: (days) =>
		`“Mastered” means cards the scheduler expects you to remember for ${days} days or more; other cards you have studied count as “learning”.`,
	progressPart: { new: 'New', learning: 'Learning', mastered: 'Mastered' },
	progressSummary: (p) =>
		`Progress: ${p.new} new, ${p.learning} learning, ${p.mastered} mastered of ${p.total}`,
	today: 'Today',
	deckPageLink: 'Questions & export',
	tileAction: 'Study',
	studyDeck: 'Review this deck'
};

export default en;

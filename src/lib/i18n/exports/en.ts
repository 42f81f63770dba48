import type { ExportMessages } from './types';

const en: ExportMessages = {
	exportHeading: 'Export to other tools',
	exportLead: 'Take this deck to Anki or Quizlet.',
	exportAnki: 'Anki import file',
	exportQuizlet: 'Quizlet import file',
	exportAnkiHint:
		'In Anki choose File → Import and pick this file: each question becomes a Cloze note, with the source sentence and the explanation on the back.',
	exportQuizletHint:
		'In Quizlet, create a set, choose Import and paste the file (a tab between term and definition, a new line between cards).'
};

export default en;

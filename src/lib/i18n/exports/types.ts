/** The deck page's export links (Anki, Quizlet): the `exports` section of Messages. */
export type ExportMessages = {
	exportHeading: string;
	exportLead: string;
	exportAnki: string;
	exportQuizlet: string;
	exportAnkiHint: string;
	exportQuizletHint: string;
};

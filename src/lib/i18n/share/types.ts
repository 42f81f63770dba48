import type { ProblemCode } from '$lib/domain/validation/problems';

/** Sharing a device article (the share panel, the class hub's article choice, a class link's article on the student's side): the `share` section of Messages. */
export type ShareMessages = {
	linkHeading: string;
	linkCopied: string;
	copyFailed: string;
	shareHeading: string;
	shareLead: string;
	downloadPack: string;
	downloadPackHint: string;
	copyClassLink: string;
	classLinkLead: string;
	classLinkPreparing: string;
	classLinkFailed: string;
	classLinkQrLabel: string;
	/** the link does not fit one QR code; `characters` is its length */
	classLinkTooLargeForQr: (characters: string) => string;
	deckFiles: string;
	deckFilesHint: string;
	deckFilesFailed: string;
	/** the text of HOW-TO-BUILD.txt beside the deck files: the files, the lines for questions/articles.yaml, the command */
	rebuildNote: (command: string, files: string[], entry: string) => string;
	/** on the class hub: which article the quiz is built on */
	articleChoiceLabel: string;
	builtInArticle: string;
	// A class link carrying an article pack (#q=…&pack=…)
	packLinkTitle: string;
	/** Why the link's article cannot be read, in the learner's words ('quiz-not-on-pack': the quiz is not on it) */
	packLinkProblem: (code: ProblemCode | 'quiz-not-on-pack') => string;
	packLinkNothingChanged: string;
	joinArticle: (title: string) => string;
	packAdded: (title: string) => string;
	packAddFailed: string;
	/** on the class hub: the quiz's links carry this device article */
	hubCarriesPack: (title: string) => string;
};

import type { HolderKind } from '$lib/domain/argument';
import type { QuestionAngle } from '$lib/domain/question';

/** Interface texts of the argument page and the links to it: the `argument` section of Messages. */
export type ArgumentMessages = {
	/** Between items of a list of links. */
	listSeparator: string;
	/** After a label that introduces a text (論點 3：…, Claim 3: …). */
	colon: string;
	lead: string;
	/** The summary line under the heading. */
	summary: (claims: number, questions: number) => string;
	thesisHeading: string;
	claimLabel: (number: number) => string;
	heldBy: string;
	/** Shown after the holder's name, in brackets. */
	holderKind: Record<HolderKind, string>;
	supports: string;
	supportedBy: string;
	evidenceHeading: string;
	paragraphsHeading: string;
	questionsHeading: (count: number) => string;
	noQuestions: string;
	angle: Record<QuestionAngle, string>;
	inTheArticle: string;
	noMap: string;
	/** On the reader and paragraph pages. */
	followArgument: string;
	claimsOfParagraph: string;
	evidenceHighlighted: string;
	backToClaim: string;
	/** On a question page. */
	questionServes: string;
	questionAngle: (angle: string) => string;
	memoryLegend: string;
	claimMemory: (studied: number, questions: number, percent: string | null) => string;
};

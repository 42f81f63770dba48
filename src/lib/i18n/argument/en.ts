import type { ArgumentMessages } from './types';

const en: ArgumentMessages = {
	listSeparator: ', ',
	colon: ': ',
	lead: "The author's case, step by step: who holds each claim, the sentences it rests on, the paragraphs they are in, and the questions that practise it.",
	summary: (claims, questions) =>
		`${claims} claim${claims === 1 ? '' : 's'} · ${questions} question${questions === 1 ? '' : 's'}`,
	thesisHeading: 'The thesis',
	claimLabel: (number) => (number === 0 ? 'Thesis' : `Claim ${number}`),
	heldBy: 'Held by:',
	holderKind: { analysis: '(analysis)', fact: '(fact)', actor: '(position)' },
	supports: 'Supports:',
	supportedBy: 'Supported by:',
	evidenceHeading: 'Evidence',
	paragraphsHeading: 'Paragraphs:',
	questionsHeading: (count) => `Questions (${count})`,
	noQuestions: 'No questions practise this claim yet.',
	angle: {
		recall: 'recall',
		why: 'why',
		contrast: 'contrast',
		consequence: 'consequence',
		'evidence-for-claim': 'evidence for the claim',
		'claim-from-evidence': 'claim from the evidence',
		connect: 'connecting paragraphs',
		apply: 'applying the argument',
		'who-says': 'who says what'
	},
	inTheArticle: 'See it in the article',
	noMap: 'This article has no argument map yet.',
	followArgument: "Follow the article's argument, claim by claim",
	claimsOfParagraph: 'Claims this paragraph supports',
	evidenceHighlighted: 'Highlighted: the evidence for a claim of the argument.',
	backToClaim: 'Back to the claim',
	questionServes: 'The claim this question practises',
	questionAngle: (angle) => `Angle: ${angle}`,
	memoryLegend: "Shaded by the average chance, now, of recalling each claim's questions",
	claimMemory: (studied, questions, value) =>
		value === null
			? `None of its ${questions} question${questions === 1 ? '' : 's'} studied yet`
			: `${studied} of ${questions} studied, ${value} recalled on average`
};

export default en;

/** Reading aloud (the reader's controls and the review card's button): the `speech` section of Messages. */
export type SpeechMessages = {
	heading: string;
	/** What the controls do, before they are used. */
	lead: string;
	rate: string;
	rateValue: (rate: number) => string;
	readParagraph: string;
	/** The accessible name of a paragraph's button. */
	readParagraphNumber: (paragraph: number) => string;
	stop: string;
	reading: (sentence: number, count: number) => string;
	checking: string;
	noChineseVoice: string;
	unsupported: string;
	voiceInUse: (name: string, lang: string) => string;
	readPrompt: string;
	/** Review's option: read each prompt aloud as its card appears. */
	readPromptsOption: string;
};

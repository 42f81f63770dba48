import type { SpeechMessages } from './types';

const en: SpeechMessages = {
	heading: 'Read aloud',
	lead: 'Press “Read aloud” beside a paragraph to hear it sentence by sentence; the sentence being read is marked.',
	rate: 'Speed',
	rateValue: (rate) => `${rate}×`,
	readParagraph: 'Read aloud',
	readParagraphNumber: (paragraph) => `Read paragraph ${paragraph} aloud`,
	stop: 'Stop reading',
	reading: (sentence, count) => `Reading sentence ${sentence} of ${count}`,
	checking: 'Checking this device’s voices…',
	noChineseVoice:
		'This device has no Chinese voice, so the article cannot be read aloud. Add a Chinese (Taiwan) voice in the system’s language or speech settings, then reload this page.',
	unsupported: 'This browser cannot read text aloud.',
	voiceInUse: (name, lang) => `Voice: ${name} (${lang})`,
	readPrompt: 'Read aloud',
	readPromptsOption: 'Read each question aloud'
};
export default en;

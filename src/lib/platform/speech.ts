// Reading aloud with the browser's speech synthesis (loaded only once a page offers it): the device's voices,
// one utterance per sentence, and the sentence being read marked in the page with the CSS Custom Highlight API
// (no change to the text's markup). The choices themselves are pure (domain/speech.ts).
import { chooseVoice, parseSpeechRate, type Sentence, type SpeechRate } from '$lib/domain/speech';
import { readLocal, writeLocal } from './local-storage';

export type VoiceCheck =
	{ kind: 'ready'; voice: SpeechSynthesisVoice } | { kind: 'no-chinese-voice' } | { kind: 'unsupported' };

/** The device's voices; some browsers fill the list a moment after the page loads, so it waits a little for them. */
async function deviceVoices(synthesis: SpeechSynthesis): Promise<SpeechSynthesisVoice[]> {
	const now = synthesis.getVoices();
	if (now.length > 0) return now;
	return new Promise((resolve) => {
		const done = () => {
			synthesis.removeEventListener('voiceschanged', done);
			resolve(synthesis.getVoices());
		};
		synthesis.addEventListener('voiceschanged', done);
		setTimeout(done, 1500);
	});
}

/** Whether this browser can read Chinese aloud, and with which voice. */
export async function checkVoice(): Promise<VoiceCheck> {
	const synthesis = globalThis.speechSynthesis as SpeechSynthesis | undefined;
	if (!synthesis || typeof SpeechSynthesisUtterance === 'undefined') return { kind: 'unsupported' };
	const voice = chooseVoice(await deviceVoices(synthesis));
	return voice ? { kind: 'ready', voice } : { kind: 'no-chinese-voice' };
}

/** The remembered speaking rate. */
export const readSpeechRate = (): SpeechRate => parseSpeechRate(readLocal('speech-rate'));
/** Whether review reads each question's prompt aloud by itself (off unless the learner turns it on). */
export const readPromptsAloud = (): boolean => readLocal('speech-read-prompts') === 'on';
export const writePromptsAloud = (on: boolean) => writeLocal('speech-read-prompts', on ? 'on' : null);
export const writeSpeechRate = (rate: SpeechRate) =>
	writeLocal('speech-rate', rate === 1 ? null : String(rate));

/**
 * Reads the sentences one after another with the voice and rate given, telling which one is being read (its
 * index) and when all are done or reading stopped. Cancels whatever was being read before. Returns a stop function.
 */
export function speakSentences(
	sentences: readonly Sentence[],
	options: {
		voice: SpeechSynthesisVoice;
		rate: number;
		onSentence: (index: number) => void;
		onDone: () => void;
	}
): () => void {
	const synthesis = speechSynthesis;
	synthesis.cancel();
	let stopped = false;
	const finish = () => {
		if (stopped) return;
		stopped = true;
		options.onDone();
	};
	sentences.forEach((sentence, index) => {
		const utterance = new SpeechSynthesisUtterance(sentence.text);
		utterance.voice = options.voice;
		utterance.lang = options.voice.lang;
		utterance.rate = options.rate;
		utterance.onstart = () => {
			if (!stopped) options.onSentence(index);
		};
		utterance.onerror = finish;
		if (index === sentences.length - 1) utterance.onend = finish;
		synthesis.speak(utterance);
	});
	if (sentences.length === 0) finish();
	return () => {
		finish();
		synthesis.cancel();
	};
}

const highlightName = 'read-aloud';

/**
 * Marks [start, end) of an element's text as being read (the ::highlight(read-aloud) style), counting only the
 * text a reader sees as the sentence: not ruby readings (<rt>, <rp>) nor visually hidden labels. Nothing happens
 * where the browser has no highlight API; clearHighlight() removes the mark.
 */
export function highlightText(element: Element, start: number, end: number): void {
	const registry = (globalThis.CSS as { highlights?: Map<string, unknown> } | undefined)?.highlights;
	if (!registry || typeof Highlight === 'undefined') return;
	const range = document.createRange();
	let offset = 0;
	let started = false;
	const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT, {
		acceptNode: (node) =>
			node.parentElement?.closest('rt, rp, .visually-hidden')
				? NodeFilter.FILTER_REJECT
				: NodeFilter.FILTER_ACCEPT
	});
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		const length = node.textContent?.length ?? 0;
		if (!started && start < offset + length) {
			range.setStart(node, start - offset);
			started = true;
		}
		if (started && end <= offset + length) {
			range.setEnd(node, end - offset);
			registry.set(highlightName, new Highlight(range));
			return;
		}
		offset += length;
	}
}

export function clearHighlight(): void {
	(globalThis.CSS as { highlights?: Map<string, unknown> } | undefined)?.highlights?.delete(highlightName);
}

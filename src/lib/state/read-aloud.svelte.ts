import type { Sentence, SpeechRate } from '$lib/domain/speech';
import { splitSentences } from '$lib/domain/speech';
import { reportError } from '$lib/platform/report';

type Platform = typeof import('$lib/platform/speech');
export type ReadAloudStatus = 'checking' | 'ready' | 'no-chinese-voice' | 'unsupported';

/**
 * Reading aloud on one page: whether the device has a Chinese voice, the remembered rate, and what is being read
 * (which text, which sentence). The speech code loads only when check() runs, after the page has painted.
 */
export class ReadAloud {
	status = $state<ReadAloudStatus>('checking');
	rate = $state<SpeechRate>(1);
	/** Review's option: read each prompt aloud as its card appears. */
	promptsAloud = $state(false);
	voiceName = $state('');
	voiceLang = $state('');
	/** The text being read (the key it was read under) and the sentence reached, counted from 0. */
	reading = $state<{ key: string; sentence: number; count: number } | undefined>();
	#platform: Platform | undefined;
	#voice: SpeechSynthesisVoice | undefined;
	#stop: (() => void) | undefined;

	async check(): Promise<void> {
		try {
			const platform = (this.#platform ??= await import('$lib/platform/speech'));
			this.rate = platform.readSpeechRate();
			this.promptsAloud = platform.readPromptsAloud();
			const check = await platform.checkVoice();
			if (check.kind === 'ready') {
				this.#voice = check.voice;
				this.voiceName = check.voice.name;
				this.voiceLang = check.voice.lang;
			}
			this.status = check.kind;
		} catch (error) {
			reportError('Checking the speech voices', error);
			this.status = 'unsupported';
		}
	}

	setRate(rate: SpeechRate): void {
		this.rate = rate;
		this.#platform?.writeSpeechRate(rate);
	}

	setPromptsAloud(on: boolean): void {
		this.promptsAloud = on;
		this.#platform?.writePromptsAloud(on);
	}

	/** Reads a text sentence by sentence; `element` (where the text is shown) gets the sentence marked. */
	read(key: string, text: string, element?: Element | null): void {
		const platform = this.#platform;
		const voice = this.#voice;
		if (!platform || !voice) return;
		this.stop();
		const sentences: Sentence[] = splitSentences(text);
		this.reading = { key, sentence: 0, count: sentences.length };
		this.#stop = platform.speakSentences(sentences, {
			voice,
			rate: this.rate,
			onSentence: (index) => {
				this.reading = { key, sentence: index, count: sentences.length };
				const sentence = sentences[index];
				if (element && sentence) platform.highlightText(element, sentence.start, sentence.end);
			},
			onDone: () => {
				if (this.reading?.key === key) this.reading = undefined;
				platform.clearHighlight();
			}
		});
	}

	stop(): void {
		const stop = this.#stop;
		this.#stop = undefined;
		stop?.();
		this.reading = undefined;
		this.#platform?.clearHighlight();
	}
}

// Pure pieces of reading aloud: cutting a paragraph into sentences, and choosing a voice for Traditional Chinese
// from the voices a device offers. The browser's speech synthesis itself is in platform/speech.ts.

/** A sentence of a text, by its offsets in the text (end exclusive). */
export type Sentence = { start: number; end: number; text: string };

// A sentence ends at 。！？；… (or their half-width forms) and takes any closing quotes or brackets after it.
const sentenceEnd = /[。！？!?；;…]+[」』"”’）)]*/gu;

/** The sentences of a text, in order, each trimmed of surrounding spaces; empty pieces are left out. */
export function splitSentences(text: string): Sentence[] {
	const sentences: Sentence[] = [];
	let start = 0;
	const push = (end: number) => {
		const piece = text.slice(start, end);
		const lead = piece.length - piece.trimStart().length;
		const trimmed = piece.trim();
		if (trimmed) sentences.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed });
		start = end;
	};
	for (const match of text.matchAll(sentenceEnd)) push(match.index + match[0].length);
	push(text.length);
	return sentences;
}

/** What a voice offers that the choice needs (a SpeechSynthesisVoice has these). */
export type VoiceInfo = { lang: string; name: string; localService?: boolean };

/** How well a voice fits Traditional Chinese from Taiwan: 0 is best; undefined is not Chinese at all. */
function rank(voice: VoiceInfo): number | undefined {
	const tag = voice.lang.replace(/_/g, '-').toLowerCase();
	if (tag === 'zh-tw' || tag.startsWith('zh-hant')) return 0;
	if (tag === 'zh-hk' || tag === 'zh-mo' || tag.startsWith('yue')) return 1;
	if (tag === 'zh' || tag.startsWith('zh-') || tag.startsWith('cmn')) return 2;
	return undefined;
}

/**
 * The voice to read the article with: zh-TW first, then Hong Kong or Macau, then any other Chinese voice (zh-CN);
 * among equals, one on the device before one on a server. Undefined when the device has no Chinese voice.
 */
export function chooseVoice<V extends VoiceInfo>(voices: readonly V[]): V | undefined {
	let best: { voice: V; score: number } | undefined;
	for (const voice of voices) {
		const ranked = rank(voice);
		if (ranked === undefined) continue;
		const score = ranked * 2 + (voice.localService === false ? 1 : 0);
		if (!best || score < best.score) best = { voice, score };
	}
	return best?.voice;
}

/** The speaking rates offered (1 is the voice's normal pace). */
export const speechRates = [0.6, 0.8, 1, 1.2, 1.5] as const;
export type SpeechRate = (typeof speechRates)[number];
export const defaultSpeechRate: SpeechRate = 1;

/** A stored rate, or the default when there is none or it is not one of those offered. */
export function parseSpeechRate(stored: string | null): SpeechRate {
	const value = Number(stored);
	return (speechRates as readonly number[]).includes(value) ? (value as SpeechRate) : defaultSpeechRate;
}

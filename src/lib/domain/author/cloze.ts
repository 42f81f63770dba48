import { clozeBlank } from '../question';
import type { DraftQuestion } from './draft';

// Blanks a cloze question could ask for, found in the selected sentence: numbers, dates, terms in quotation marks
// and names. They are only offered; the editor writes one into the question when the teacher clicks it.

export type ClozeSuggestionKind = 'date' | 'number' | 'quoted' | 'name';
/** A passage of the sentence that could be the blank, and where it is. */
export type ClozeSuggestion = { kind: ClozeSuggestionKind; text: string; start: number; end: number };

const months = 'January|February|March|April|May|June|July|August|September|October|November|December';
const patterns: [ClozeSuggestionKind, RegExp][] = [
	[
		'date',
		new RegExp(
			`\\d{4}年(?:\\d{1,2}月(?:\\d{1,2}日)?)?|\\d{1,2}月\\d{1,2}日|\\d{4}-\\d{2}-\\d{2}|(?:${months}) \\d{1,2}(?:, \\d{4})?|\\d{1,2} (?:${months})(?: \\d{4})?`,
			'g'
		)
	],
	['quoted', /「([^「」]+)」|『([^『』]+)』|“([^“”]+)”|"([^"]+)"/g],
	[
		'name',
		// A title followed by a Chinese name; a transliterated name with its middle dot; capitalized words in Latin.
		/(?<=總統|主席|總理|首相|部長|外長|秘書長|發言人|教授|大使|總書記)[\u4e00-\u9fff]{2,4}?(?=表示|說|指出|認為|強調|在|與|和|的|，|、|。|$)|(?:(?<=[與和及、，「（]|^)[\u4e00-\u9fff]{1,4}|[\u4e00-\u9fff]{1,2})[·‧][\u4e00-\u9fff]{1,4}?(?=表示|說|指出|認為|強調|在|與|和|的|會|，|、|。|$)|(?<![A-Za-z])[A-Z][a-z]+(?: [A-Z][a-z]+)*/g
	],
	['number', /\d+(?:[.,]\d+)*\s?(?:%|％|萬|億|千)?/g]
];

/** The suggestions for a sentence, in reading order; a passage inside an earlier found one is not offered twice. */
export function clozeSuggestions(sentence: string): ClozeSuggestion[] {
	const found: ClozeSuggestion[] = [];
	for (const [kind, pattern] of patterns) {
		for (const match of sentence.matchAll(pattern)) {
			// For a quoted term, the blank is the term inside the marks.
			const inner = match.slice(1).find((group) => group !== undefined);
			const text = (inner ?? match[0]).trim();
			if (text.length === 0) continue;
			// A sentence's first word is capitalized whatever it is: alone, it is not taken for a name.
			if (kind === 'name' && match.index === 0 && /^[A-Z][a-z]+$/.test(text)) continue;
			const start = match.index + (inner !== undefined ? match[0].indexOf(inner) : match[0].indexOf(text));
			const end = start + text.length;
			if (found.some((other) => start < other.end && end > other.start)) continue;
			found.push({ kind, text, start, end });
		}
	}
	return found.sort((a, b) => a.start - b.start);
}

/**
 * The question with the suggestion written in (in the language being written): the sentence as its prompt with the
 * passage blanked, the passage as its answer.
 */
export function applyClozeSuggestion(
	question: DraftQuestion,
	sentence: string,
	suggestion: ClozeSuggestion,
	language: 'zh' | 'en'
): DraftQuestion {
	const prompt = sentence.slice(0, suggestion.start) + clozeBlank + sentence.slice(suggestion.end);
	return {
		...question,
		prompt: { ...question.prompt, [language]: prompt },
		answer: { ...question.answer, [language]: suggestion.text }
	};
}

// Anki's "Notes in Plain Text" import format: header lines (#separator, #html, #notetype, #deck, #tags, #columns)
// then one note per line, fields separated by tabs. Every question becomes a note of Anki's built-in Cloze type:
// a cloze question keeps its blank as {{c1::answer}}, any other kind is its prompt followed by {{c1::answer}}, so
// one note type imports the whole deck; the Back Extra field holds the source sentence and the explanation.
import type { Language } from '../language';
import { clozeBlank, type Deck, type Question } from '../question';
import { answerText, type ExportWords } from './answer-text';

/** Tags given to every note, so a learner can find the whole set in Anki. */
export const ankiBaseTag = 'sco-tianjin-2025';

const escapeHtml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A field's text: HTML-escaped, with no tab or line break that would split the note. */
const field = (text: string) => escapeHtml(text).replace(/\t/g, ' ').replace(/\r?\n/g, '<br>');

/** Anki's cloze syntax closes on "}}": an answer containing it would end the deletion early. */
const clozeAnswer = (text: string) => `{{c1::${field(text).replace(/\}\}/g, '} }')}}}`;

/** The Text field: the cloze deletion in place of the blank, or after the prompt. */
export function ankiText(question: Question, language: Language, words: ExportWords): string {
	const prompt = question.prompt[language];
	const answer = clozeAnswer(answerText(question, language, words));
	if (question.kind === 'cloze' && prompt.includes(clozeBlank)) {
		const [before, ...after] = prompt.split(clozeBlank);
		return `${field(before!)}${answer}${field(after.join(clozeBlank))}`;
	}
	return `${field(prompt)}<br>${answer}`;
}

/** The Back Extra field: the article's sentence, verbatim, then the explanation. */
export function ankiBackExtra(question: Question, language: Language): string {
	const quotes = question.sources.map((source) => `<blockquote>${field(source.quote)}</blockquote>`).join('');
	return `${quotes}${field(question.explanation[language])}`;
}

/** A deck as Anki-importable text (UTF-8, tab-separated, one Cloze note per question). */
export function ankiDeckText(
	deck: Deck,
	language: Language,
	words: ExportWords & { deckPrefix: string }
): string {
	const deckName = `${words.deckPrefix}::${deck.title[language]}`.replace(/[\t\r\n]/g, ' ');
	const lines = [
		'#separator:tab',
		'#html:true',
		'#notetype:Cloze',
		`#deck:${deckName}`,
		`#tags:${ankiBaseTag} ${deck.id}`,
		'#columns:Text\tBack Extra\tTags'
	];
	for (const question of deck.questions) {
		lines.push(
			[
				ankiText(question, language, words),
				ankiBackExtra(question, language),
				`${question.kind} ${question.id}`
			].join('\t')
		);
	}
	return lines.join('\n') + '\n';
}

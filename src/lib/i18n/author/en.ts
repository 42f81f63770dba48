import type { AuthorMessages } from './types';

const en: AuthorMessages = {
	problems: {
		missing: () => 'This is required.',
		'not-text': () => 'Write some text here.',
		'not-language-text': () => 'Write this text (it cannot be empty).',
		'not-bilingual': () => 'This needs a Chinese and an English text.',
		'not-boolean': () => 'This must be true or false.',
		'not-number': () => 'This must be a number.',
		'not-list': () => 'This must be a list.',
		'not-mapping': () => 'This entry is not in the expected form.',
		'not-one-of': (v) => `“${v.got}” is not allowed here; choose one of: ${v.allowed}.`,
		'unknown-field': () => 'This field is not known here.',
		count: (v) => `Give ${v.min} to ${v.max} of these (there are ${v.count}).`,
		repeated: (v) => `“${v.text}” appears twice.`,
		'id-pattern': () => 'Use only lowercase letters, digits and hyphens.',
		'duplicate-id': (v) => `This id is already used (${v.first}).`,
		'text-too-long': (v) => `This text has ${v.length} characters; at most ${v.max} are allowed.`,
		'source-shape': () => 'Select the sentence the question comes from.',
		'not-quote': () => 'The quote is empty.',
		'quote-not-found': (v) => `“${v.quote}” is not in the article, word for word.`,
		'quote-ambiguous': (v) => `“${v.quote}” occurs ${v.count} times in the article; select a longer passage.`,
		'claim-missing': () => 'Name the claim this question serves.',
		'angle-missing': () => 'Name the angle of this question.',
		'claim-without-map': (v) => `The claim “${v.claim}” cannot be checked: this article has no argument map.`,
		'claim-unknown': (v) => `“${v.claim}” is not a claim of the argument map.`,
		'single-choice-correct': (v) => `Mark exactly one option correct (${v.correct} are marked).`,
		'multiple-select-correct': (v) =>
			`Mark at least two options correct and leave one wrong (${v.correct} of ${v.total} are marked).`,
		'cloze-blank': (v) => `The question must contain the blank ${v.blank} exactly once.`,
		'accepted-not-texts': () => 'Each accepted answer must be a text.',
		'accepted-lacks-answer': (v) => `The accepted answers must include the answer “${v.answer}”.`,
		'accepted-repeats': () => 'An accepted answer appears twice.',
		'deck-id-file': (v) => `The deck id must be “${v.expected}” (it is “${v.got}”).`,
		'deck-id-reserved': (v) =>
			`“${v.id}” cannot be a deck id: use lowercase letters, digits and hyphens, not “all” or “my-cards”.`,
		'pack-too-large': (v) => `The file is too large (${v.size} bytes; at most ${v.max}).`,
		'pack-not-json': () => 'This file is damaged or is not an article pack (it is not JSON).',
		'pack-not-a-pack': () => 'This file is not an article pack.',
		'pack-version-newer': () =>
			'This pack was made by a newer version of the app. Reload the page to update, then try again.',
		'pack-version-invalid': () => 'This pack’s version is damaged.',
		'pack-too-many': (v) => `The pack has ${v.count} questions; at most ${v.max} are allowed.`,
		'date-invalid': () => 'Give a real date (year, month, day).',
		'paragraph-blank-line': () => 'This paragraph contains a blank line: split it into two paragraphs.',
		'link-empty': () =>
			'This link carries no article. Ask for the whole link (including the part after “#pack=”).',
		'link-too-large': () => 'This link is too long to open.',
		'link-not-base64': () =>
			'This link is damaged or incomplete: part of it may have been cut off when it was copied. Ask for it again.',
		'link-not-deflate': () =>
			'This link is damaged or incomplete: part of it may have been cut off when it was copied. Ask for it again.',
		'link-inflated-too-large': () => 'The article in this link is too large to open.',
		'link-not-utf8': () => 'This link is damaged. Ask for it again.'
	}
};

export default en;

import type { Problem } from '$lib/domain/validation/problems';

/** A problem in English, as the build and its tests print it (the field path is printed beside it). */
export function problemMessage(problem: Problem): string {
	const v = problem.values ?? {};
	switch (problem.code) {
		case 'missing':
			return 'is missing';
		case 'not-text':
			return 'must be a non-empty text';
		case 'not-language-text':
			return 'must be a non-empty text (quote numbers: "2001")';
		case 'not-bilingual':
			return 'must be { zh, en }';
		case 'not-boolean':
			return 'must be true or false';
		case 'not-number':
			return 'must be a number';
		case 'not-list':
			return 'must be a list';
		case 'not-mapping':
			return v.of === 'pair'
				? 'must be { left, right }'
				: v.of === 'deck'
					? 'must be a mapping with id, title and questions'
					: 'must be a mapping of fields';
		case 'not-one-of':
			return `must be one of ${v.allowed}; got "${v.got}"`;
		case 'unknown-field':
			return v.of === 'question'
				? `is not a field of a ${v.kind} question`
				: v.of === 'deck'
					? 'is not a field of a deck'
					: v.of === 'pack'
						? 'is not a field of an article pack'
						: 'is not a known field';
		case 'count':
			return `must have ${v.min} to ${v.max} entries, has ${v.count}`;
		case 'repeated':
			return `repeats "${v.text}"`;
		case 'id-pattern':
			return 'must be lowercase letters, digits and hyphens';
		case 'duplicate-id':
			return `duplicate id: also used in ${v.first}`;
		case 'text-too-long':
			return `is ${v.length} characters long; at most ${v.max} are allowed`;
		case 'source-shape':
			return 'must be a quote or a list of quotes';
		case 'not-quote':
			return 'must be a non-empty quote';
		case 'quote-not-found':
			return `is not a verbatim quote of the article: "${v.quote}"`;
		case 'quote-ambiguous':
			return `occurs ${v.count} times in the article; quote a longer span: "${v.quote}"`;
		case 'claim-missing':
			return 'is missing: every question names the claim it serves';
		case 'angle-missing':
			return 'is missing: every question names its angle';
		case 'claim-without-map':
			return `names "${v.claim}", but there is no argument map to find it in`;
		case 'claim-unknown':
			return `"${v.claim}" is not a claim of the argument map`;
		case 'single-choice-correct':
			return `a single-choice question needs exactly one correct option, has ${v.correct}`;
		case 'multiple-select-correct':
			return `a multiple-select question needs at least two correct and one wrong option, has ${v.correct} of ${v.total} correct`;
		case 'cloze-blank':
			return `must contain the blank ${v.blank} exactly once`;
		case 'accepted-not-texts':
			return 'must list texts';
		case 'accepted-lacks-answer':
			return `must include answer.${v.language} "${v.answer}"`;
		case 'accepted-repeats':
			return 'repeats a form';
		case 'deck-id-file':
			return `must equal the file name "${v.expected}", got "${v.got}"`;
		case 'deck-id-reserved':
			return `"${v.id}" cannot be a deck id: use lowercase letters, digits and hyphens, not "all" or "my-cards"`;
		case 'pack-too-large':
			return `is ${v.size} bytes; an article pack may have at most ${v.max}`;
		case 'pack-not-json':
			return `is not JSON: ${v.detail}`;
		case 'pack-not-a-pack':
			return 'is not an article pack (its "format" is not "article-pack")';
		case 'pack-version-newer':
			return `was made by a newer version of the app (pack version ${v.version}; this app reads up to ${v.supported}): update the app`;
		case 'pack-version-invalid':
			return `must be a whole number from 1, got "${v.got}"`;
		case 'pack-too-many':
			return `has ${v.count} ${v.what}; an article pack may have at most ${v.max}`;
		case 'date-invalid':
			return `must be a date written YYYY-MM-DD, got "${v.got}"`;
		case 'paragraph-blank-line':
			return 'contains a blank line: split it into two paragraphs';
		case 'link-empty':
			return 'the link carries no article pack';
		case 'link-too-large':
			return `the link's pack is ${v.size} characters long; at most ${v.max} are read`;
		case 'link-not-base64':
			return v.reason === 'length'
				? "the link's pack is cut short (its length is impossible for base64url)"
				: "the link's pack is damaged (it has a character outside base64url)";
		case 'link-not-deflate':
			return `the link's pack is damaged or cut short (it does not inflate: ${v.detail})`;
		case 'link-inflated-too-large':
			return `the link's pack inflates past ${v.max} bytes`;
		case 'link-not-utf8':
			return `the link's pack is not UTF-8 text (${v.detail})`;
		default: {
			const unreachable: never = problem.code;
			return unreachable;
		}
	}
}

// Build time only: pinyin-pro and OpenCC never reach a page. The names page receives each form's reading as text.
import OpenCC from 'opencc-js/t2cn';
import { pinyin } from 'pinyin-pro';

/**
 * Readings checked by hand where pinyin-pro reads a name or term otherwise than a dictionary does. pinyin-pro reads
 * Simplified text more reliably than Traditional (it reads 亞 as yā and 銀行 as yín xíng), so forms are converted
 * first; what it still gets wrong is listed here, keyed by the Traditional form.
 */
export const readingOverrides: Readonly<Record<string, string>> = {
	// The article's forms all read right once converted (checked by hand: tests/unit/name-readings.test.ts); a
	// form pinyin-pro misreads gets its reading here.
};

let toSimplified: ((text: string) => string) | undefined;

/** The pinyin of a Chinese name or term, with tone marks, syllables spaced, digits and Latin letters kept whole. */
export function readingOf(form: string): string {
	const override = readingOverrides[form];
	if (override !== undefined) return override;
	toSimplified ??= OpenCC.Converter({ from: 'tw', to: 'cn' });
	return (
		pinyin(toSimplified(form), { toneType: 'symbol', toneSandhi: false, nonZh: 'consecutive' })
			// The middle dot between given and family names (夏巴茲・謝里夫), written as pinyin writes it.
			.replace(/\s*[・·]\s*/g, ' · ')
			.replace(/\s+/g, ' ')
			.trim()
	);
}

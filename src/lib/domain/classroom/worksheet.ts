/*
 * Paper layout of a worksheet. The @page rule depends on the paper the teacher picks, so it is built here as text
 * and put in the document while the worksheet is open (a component's own <style> cannot change with state).
 */

export const paperSizes = ['a4', 'letter'] as const;
/** The paper sizes a worksheet can be printed on. */
export type PaperSize = (typeof paperSizes)[number];

/** Page margins in millimetres: the bottom one holds the page number. */
export const pageMarginsMm = { top: 15, side: 15, bottom: 18 } as const;

const cssPageSize: Record<PaperSize, string> = { a4: 'A4', letter: 'letter' };

export const isPaperSize = (value: unknown): value is PaperSize =>
	typeof value === 'string' && (paperSizes as readonly string[]).includes(value);

/** The @page rule for a paper size: size, margins, and "page / pages" in the bottom margin where supported. */
export function pageRule(paper: PaperSize): string {
	const { top, side, bottom } = pageMarginsMm;
	return [
		`@page {`,
		`  size: ${cssPageSize[paper]} portrait;`,
		`  margin: ${top}mm ${side}mm ${bottom}mm;`,
		`  @bottom-center { content: counter(page) " / " counter(pages); font-size: 9pt; color: #333; }`,
		`}`
	].join('\n');
}

/** How many writing lines a question leaves for a free answer on paper (flashcards: in the student's words). */
export const freeAnswerLines = 3;

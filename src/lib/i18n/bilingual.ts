import type { Language } from '$lib/domain/language';

// Texts a page shows in both languages at once (a question's words beside their translation), so each page that
// shows them carries both: the rest of the interface texts come in the page's language only (messages.ts).

/** A true/false question's two choices, in each language (the same words as the common texts' trueLabel and falseLabel). */
export const trueFalseLabels: Record<'true' | 'false', Record<Language, string>> = {
	true: { zh: '是', en: 'True' },
	false: { zh: '非', en: 'False' }
};

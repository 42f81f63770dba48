import type { Language } from '$lib/domain/language';
import { siteCatalog } from '$lib/content/files.server';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ params }) => {
	const language: Language = params.lang === 'en' ? 'en' : 'zh';
	return { language, articleDate: siteCatalog().article.date };
};

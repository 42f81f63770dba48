import type { Language } from '$lib/domain/language';

/** Interface texts of classroom practice: the `classroom` section of Messages. Both languages fill every key. */
export type ClassroomMessages = {
	navClass: string;
};

export const classroomMessages: Record<Language, ClassroomMessages> = {
	zh: { navClass: '課堂' },
	en: { navClass: 'Class' }
};

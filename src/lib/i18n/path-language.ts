import { resolve } from '$app/paths';
import type { Language } from '$lib/domain/language';

/** The language of an address by its path alone (/en/… is English), for an address that matches no route. */
export function languageOfPath(pathname: string): Language {
	const rest = pathname.slice(resolve('/').length);
	return rest === 'en' || rest.startsWith('en/') ? 'en' : 'zh';
}

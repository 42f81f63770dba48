import { reportError } from '$lib/platform/report';
/**
 * Asks the browser to keep this site's storage even under disk pressure (and, in Safari, past its seven-day
 * limit for script-written data). The browser may say no; nothing else depends on it.
 */
export async function requestPersistentStorage(): Promise<boolean> {
	try {
		if (!navigator.storage?.persist) return false;
		return (await navigator.storage.persisted()) || (await navigator.storage.persist());
	} catch (error) {
		reportError('Asking the browser to keep storage persistent', error);
		return false;
	}
}

// Build-time helper (plain JavaScript: svelte.config.js and the server hook both use it): the pre-paint script that
// every page runs inline before anything else (src/prepaint.js), and its hash for the Content Security Policy.
// Both are made from the same text here, so the policy always allows exactly the script the pages carry.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** The script as pages carry it: src/prepaint.js without its comment lines or indentation. */
export function prepaintScript(path = 'src/prepaint.js') {
	return readFileSync(path, 'utf8')
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line !== '' && !line.startsWith('//'))
		.join('\n');
}

/** The script's source in the policy's form ('sha256-…'). */
export function prepaintHash(script = prepaintScript()) {
	return `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
}

// The student's name for a class quiz stays on this device (localStorage), only to rebuild the same result code
// after a reload; it leaves the device only inside the code the student hands over.
import { reportError } from '$lib/platform/report';
import { readLocal, writeLocal } from '$lib/platform/local-storage';

const name = (token: string) => `class-student.${token}`;

export type RememberedStudent = { name: string };

export function rememberedStudent(token: string): RememberedStudent | undefined {
	const stored = readLocal(name(token));
	if (stored === null) return undefined;
	let parsed: unknown;
	try {
		parsed = JSON.parse(stored);
	} catch (error) {
		reportError('Reading the remembered student name', error);
		return undefined;
	}
	return typeof parsed === 'object' &&
		parsed !== null &&
		typeof (parsed as RememberedStudent).name === 'string'
		? { name: (parsed as RememberedStudent).name }
		: undefined;
}

/** Without storage the quiz still works; the name is then kept only for this page view. */
export function rememberStudent(token: string, studentName: string): void {
	writeLocal(name(token), JSON.stringify({ name: studentName }));
}

export function forgetStudent(token: string): void {
	writeLocal(name(token), null);
}

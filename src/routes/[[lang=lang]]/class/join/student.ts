// What a student's device keeps for class quizzes (localStorage). The name of each quiz stays only to rebuild the
// same result code after a reload; the last name typed fills the form of the next class link; the device's random
// id only feeds the device tag of each code (a hash with the quiz, so two quizzes' codes cannot be linked). All of
// it leaves the device only inside the code the student hands over.
import { reportError } from '$lib/platform/report';
import { readLocal, writeLocal } from '$lib/platform/local-storage';

const name = (token: string) => `class-student.${token}`;
const lastNameKey = 'class-student-name';
const deviceKey = 'class-device';

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
	if (studentName.trim() !== '') writeLocal(lastNameKey, studentName);
}

export function forgetStudent(token: string): void {
	writeLocal(name(token), null);
}

/** The name given on this device last time, to fill in the next class link's form ('' for none). */
export const lastStudentName = (): string => readLocal(lastNameKey) ?? '';

// Without storage the id lasts this page view: its codes still carry a tag, just not a lasting one.
let unsavedDeviceId: string | undefined;

/** This device's random id for class codes, made once. */
export function classDeviceId(): string {
	const stored = readLocal(deviceKey);
	if (stored) return stored;
	const bytes = crypto.getRandomValues(new Uint8Array(12));
	const made = unsavedDeviceId ?? Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
	if (!writeLocal(deviceKey, made)) unsavedDeviceId = made;
	return made;
}

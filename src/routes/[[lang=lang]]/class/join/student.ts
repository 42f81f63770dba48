// The student's name for a class quiz stays on this device (localStorage), only to rebuild the same result code
// after a reload; it leaves the device only inside the code the student hands over.
const key = (token: string) => `sco-study.class-student.${token}`;

export type RememberedStudent = { name: string };

export function rememberedStudent(token: string): RememberedStudent | undefined {
	try {
		const stored = localStorage.getItem(key(token));
		if (stored === null) return undefined;
		const parsed: unknown = JSON.parse(stored);
		return typeof parsed === 'object' &&
			parsed !== null &&
			typeof (parsed as RememberedStudent).name === 'string'
			? { name: (parsed as RememberedStudent).name }
			: undefined;
	} catch {
		return undefined;
	}
}

export function rememberStudent(token: string, name: string): void {
	try {
		localStorage.setItem(key(token), JSON.stringify({ name }));
	} catch {
		// Storage unavailable: the quiz still works; the name is only kept for this page view.
	}
}

export function forgetStudent(token: string): void {
	try {
		localStorage.removeItem(key(token));
	} catch {
		// Nothing to forget.
	}
}

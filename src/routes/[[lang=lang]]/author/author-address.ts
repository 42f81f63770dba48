// The editor's address: the list at /author/, a draft at /author/#draft=<id> (the fragment never reaches a server).

export const draftHash = (id: string) => `#draft=${encodeURIComponent(id)}`;

/** The draft id a fragment names, or undefined (the list). */
export function draftIdOfHash(hash: string): string | undefined {
	const match = /^#draft=([a-z0-9-]{1,40})$/.exec(hash);
	return match ? match[1] : undefined;
}

/** Offers a file to download. */
export function download(fileName: string, blob: Blob): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Offers a text as a file download (a backup, a CSV), named as given. */
export function downloadText(name: string, type: string, content: string): void {
	downloadBlob(name, new Blob([content], { type }));
}

/** Offers a blob as a file download (a pack file, a zip), named as given. */
export function downloadBlob(name: string, blob: Blob): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	link.click();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Today's date as YYYY-MM-DD, for file names. */
export const dateStamp = () => new Date().toISOString().slice(0, 10);

/** The name a backup downloads under. */
export const backupFileName = () => `sco-study-backup-${dateStamp()}.json`;

// The types of seed.mjs, for the TypeScript screenshot scripts that call it in the page.
export function seedHistory(input: {
	questions: { id: string; deckId: string }[];
	days: number;
	nowMs: number;
}): Promise<{ cards: number; reviews: number }>;

import type { ParamMatcher } from '@sveltejs/kit';

/** Chinese lives at the root; English under /en. */
export const match: ParamMatcher = (param) => param === 'en';

import { readLocal, writeLocal } from './local-storage';

// The first-run guide shows once per browser: skipped or finished, it is never shown again. Kept in localStorage
// (like the display preferences), so it works even where the progress database cannot be used.
const guideKey = 'first-run-guide';

/** Whether the guide was already shown (skipped or finished) in this browser. */
export const guideSeen = () => readLocal(guideKey) === 'seen';

/** Remembers that the guide was shown. */
export const markGuideSeen = () => writeLocal(guideKey, 'seen');

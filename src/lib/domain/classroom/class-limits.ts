// The limits of a saved class, in a module of their own: the storage schemas check them without loading the
// classroom code (links, result codes) into every page that validates stored data.

/** The longest class title kept. */
export const maxClassTitleLength = 120;
/** The most names a roster keeps. */
export const maxRosterNames = 500;

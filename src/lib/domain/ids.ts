/** Ids are branded so a deck id can never be passed where a question id is expected. */
export type QuestionId = string & { readonly __brand: 'QuestionId' };
export type DeckId = string & { readonly __brand: 'DeckId' };
export type ParagraphId = string & { readonly __brand: 'ParagraphId' };
export type ClaimId = string & { readonly __brand: 'ClaimId' };
export type HolderId = string & { readonly __brand: 'HolderId' };
export type PartId = string & { readonly __brand: 'PartId' };

export const questionId = (value: string) => value as QuestionId;
export const deckId = (value: string) => value as DeckId;
export const paragraphId = (value: string) => value as ParagraphId;
export const claimId = (value: string) => value as ClaimId;
export const holderId = (value: string) => value as HolderId;
export const partId = (value: string) => value as PartId;

// The id of the data block an exported offline map carries. Apart from the payload's validator (payload.ts, zod):
// every page looks for the block at start-up, and only a page that has one loads the validator.
export const HANDOVER_ID = 'handover';

/**
 * Context shared by the lexicon cases.
 */

/**
 * A sentence with a machine-translation error ("assisted to" for attended),
 * so that a gated entry's article already looks machine-translated. Put it
 * first; lexicon.test.ts ignores findings inside it when checking a correct
 * case.
 */
export const MT = 'The minister assisted to the opening ceremony.';

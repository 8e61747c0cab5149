/**
 * False friends and polysemous words across source languages, in the
 * format of `wrong-sense.ts` (see its header for how an entry fires).
 * Sorted by first form.
 */
import type { SenseEntry } from './wrong-sense.js';

export const FALSE_FRIENDS: readonly SenseEntry[] = [];

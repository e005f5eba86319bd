/**
 * Scores the old held-out part of core/nlu/corpus. It was evaluated twice while the model was built, so it
 * is a development set now (report its figures as dev figures); the figure that counts comes from a sealed
 * file scored once with scripts/nlu/evaluate-file.ts.
 *
 *   npx tsx scripts/nlu/evaluate-heldout.ts
 */
import { evaluateExamples, formatTally } from './evaluate-file.js';
import { readCorpus } from './intent-training.js';

for (const line of formatTally(evaluateExamples(readCorpus('heldout')))) console.log(line);

import type { Expecting } from '../../core/services/voice/choose-reading.js';
import type { Voice } from '../voice/synthesise-note.js';

/**
 * The held-out voice set of issue 18, written on 2026-12-04 before any tuning of the recogniser: sentences in
 * no corpus, language-model list or bench (checked against core/nlu/corpus, the dev and unseen sets,
 * voice-corpus.txt and the language-model and grammar sources), of the kinds people say (tickets, agenda, FAQ,
 * networking, waiting list, and short answers to a pending question), spoken by voices and an engine (flite)
 * that `bench voice` and its development set never use.
 *
 * Never use it to choose anything (a weight, a threshold, a sentence for the language model): it is run once,
 * at the end, by `bench voice-heldout`. To tune, add sentences and voices to the development set instead
 * (voice-dev-set.ts).
 */
export const HELDOUT_NOTES: { text: string; expecting?: Expecting }[] = [
  { text: 'could I buy two tickets for the expo hall' },
  { text: "I'd like a student pass for my sister" },
  { text: 'please reserve five general admission seats' },
  { text: 'do you still have VIP tickets left' },
  { text: 'how much is a VIP ticket' },
  { text: 'I need to cancel the tickets I bought' },
  { text: 'can you send me my ticket again' },
  { text: 'what sessions are happening this afternoon' },
  { text: 'when does the pgvector talk start' },
  { text: 'which room is the fundraising session in' },
  { text: 'what is happening at eleven am' },
  { text: "what's the schedule for day one" },
  { text: 'when is the AI matchmaking session' },
  { text: 'is there somewhere to leave my suitcase' },
  { text: 'do you have vegetarian food' },
  { text: 'can I park my car at the venue' },
  { text: "what's the address of the conference" },
  { text: 'is there a code of conduct for the event' },
  { text: 'how do I connect to the internet' },
  { text: 'what time can I get in tomorrow morning' },
  { text: "I'd love to meet other founders" },
  { text: 'introduce me to someone who works on AI' },
  { text: 'can you book me a meeting with the Finlytics team' },
  { text: 'I want a demo of DataForge' },
  { text: 'send my details to Acme Cloud' },
  { text: 'the VIP tickets are gone can I wait for one' },
  { text: 'sign me up for the student waitlist' },
  { text: 'how far down the waitlist am I' },
  { text: 'remove me from the wait list please' },
  { text: 'can I speak with a real person' },
  { text: 'hey good afternoon' },
  { text: 'thanks a lot for your help' },
  { text: "yes that's right", expecting: 'yes_no' },
  { text: 'yep do it', expecting: 'yes_no' },
  { text: "no don't", expecting: 'yes_no' },
  { text: 'no not that one', expecting: 'yes_no' },
  { text: 'absolutely yes', expecting: 'yes_no' },
  { text: 'just two', expecting: 'number' },
  { text: 'four of them', expecting: 'number' },
  { text: 'make it three', expecting: 'number' },
];

/** Voices never used to build or tune anything: flite's (another engine) and espeak-ng accents not used elsewhere. */
export const HELDOUT_VOICES: Voice[] = [
  { engine: 'flite', voice: 'slt', speed: 160 },
  { engine: 'flite', voice: 'rms', speed: 175, tempo: 1.1 },
  { engine: 'flite', voice: 'awb', speed: 150, noise: 0.015, noiseColor: 'brown' },
  { voice: 'en-gb-x-rp+f4', speed: 165, pitch: 60 },
  { voice: 'en-gb-x-gbcwmd+m4', speed: 145, tempo: 1.15, noise: 0.01, noiseColor: 'white' },
];

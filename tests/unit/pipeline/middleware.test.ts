import { describe, expect, it } from 'vitest';
import { chain, type Middleware } from '../../../core/pipeline/middleware.js';

type Step = Middleware<string[], string>;

const note =
  (name: string): Step =>
  async (trail, next) =>
    next([...trail, name]);

describe('chain', () => {
  it('runs the steps in order and ends with the last handler', async () => {
    const run = chain([note('a'), note('b')], async (trail) => trail.join(' → '));
    expect(await run([])).toBe('a → b');
  });

  it('stops at the step that answers, and lets earlier steps adjust the answer on the way back', async () => {
    const wrap: Step = async (_trail, next) => `[${await next()}]`;
    const answer: Step = async () => 'answered';
    const never: Step = async () => {
      throw new Error('a step after the answer ran');
    };
    expect(await chain([wrap, answer, never], async () => 'last')([])).toBe('[answered]');
  });

  it('passes the context on unchanged when next() is called without one', async () => {
    const passOn: Step = async (_trail, next) => next();
    expect(await chain([note('a'), passOn], async (trail) => trail.join())([])).toBe('a');
  });

  it('refuses a step that calls next() twice', async () => {
    const twice: Step = async (_trail, next) => {
      await next();
      return next();
    };
    await expect(chain([twice], async () => 'x')([])).rejects.toThrow(/more than once/);
  });
});

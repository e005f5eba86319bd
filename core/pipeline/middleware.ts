/** Hands the context to the next step; a step may pass a changed copy on instead. */
export type Next<C, R> = (ctx?: C) => Promise<R>;

/**
 * One step of a chain: it answers itself (returns without calling `next`), or calls `next` and may adjust
 * what the rest of the chain answered on the way back.
 */
export type Middleware<C, R> = (ctx: C, next: Next<C, R>) => Promise<R>;

/**
 * Runs `steps` in order, then `last` when every step passed the context on (Bolt's listener middleware, with
 * a result instead of callbacks). Calling `next` twice in one step is a bug and throws.
 */
export function chain<C, R>(steps: readonly Middleware<C, R>[], last: (ctx: C) => Promise<R>) {
  return (ctx: C): Promise<R> => {
    let called = -1;
    const run = async (index: number, current: C): Promise<R> => {
      if (index <= called) throw new Error('next() called more than once in one middleware step');
      called = index;
      const step = steps[index];
      if (!step) return last(current);
      return step(current, (changed) => run(index + 1, changed ?? current));
    };
    return run(0, ctx);
  };
}

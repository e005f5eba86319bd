import { describe, expect, it } from 'vitest';
import { GroupCommit, type Settled } from '../../../core/services/tickets/group-commit.js';

/** A send whose calls the test releases by hand, recording each batch it was given. */
function manualSend() {
  const batches: string[][] = [];
  const releases: (() => void)[] = [];
  const send = (items: string[]) => {
    batches.push(items);
    return new Promise<Settled<string>[]>((resolve) => {
      releases.push(() =>
        resolve(
          items.map((item) =>
            item.startsWith('bad')
              ? { ok: false, error: new Error(item) }
              : { ok: true, value: item.toUpperCase() },
          ),
        ),
      );
    });
  };
  return { batches, releases, send };
}

describe('GroupCommit', () => {
  it('sends a lone call at once, and batches only what queued behind the call in flight', async () => {
    const { batches, releases, send } = manualSend();
    const commit = new GroupCommit(send, 64);
    const first = commit.submit('tier', 'a');
    // Sent synchronously: no timer, no wait for company.
    expect(batches).toEqual([['a']]);
    const queued = ['b', 'c', 'd'].map((item) => commit.submit('tier', item));
    expect(batches).toHaveLength(1);
    releases.shift()!();
    expect(await first).toBe('A');
    await new Promise((resolve) => setImmediate(resolve));
    expect(batches).toEqual([['a'], ['b', 'c', 'd']]);
    releases.shift()!();
    expect(await Promise.all(queued)).toEqual(['B', 'C', 'D']);
  });

  it('keeps one lane per key, bounds a batch and gives each item its own outcome', async () => {
    const { batches, releases, send } = manualSend();
    const commit = new GroupCommit(send, 2);
    const other = commit.submit('other-tier', 'x');
    const first = commit.submit('tier', 'a');
    expect(batches).toEqual([['x'], ['a']]);
    const queued = ['b', 'bad-c', 'd'].map((item) =>
      commit.submit('tier', item).catch((e: Error) => e.message),
    );
    releases.shift()!();
    releases.shift()!();
    expect(await Promise.all([other, first])).toEqual(['X', 'A']);
    await new Promise((resolve) => setImmediate(resolve));
    expect(batches.slice(2)).toEqual([['b', 'bad-c']]);
    releases.shift()!();
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    expect(batches.slice(3)).toEqual([['d']]);
    releases.shift()!();
    expect(await Promise.all(queued)).toEqual(['B', 'bad-c', 'D']);
  });

  it('fails every item of a batch whose send throws, and keeps serving the lane', async () => {
    let calls = 0;
    const commit = new GroupCommit<string, string>(async (items) => {
      calls++;
      if (calls === 1) throw new Error('connection lost');
      return items.map((item) => ({ ok: true, value: item }));
    }, 64);
    await expect(commit.submit('tier', 'a')).rejects.toThrow('connection lost');
    expect(await commit.submit('tier', 'b')).toBe('b');
  });
});

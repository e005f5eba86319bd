import { afterAll, beforeAll, beforeEach } from 'vitest';
import { waitlistActions } from './waitlist-actions.js';
import { BEFORE_EVENT, startWaitlistDatabase, type WaitlistDatabase } from './waitlist-database.js';

/** Filled in by the file's beforeAll: read `t` and `w` inside tests and hooks, not at module load. */
class WaitlistSuite {
  t!: WaitlistDatabase;
  w!: ReturnType<typeof waitlistActions>;
}

/**
 * One waiting-list database for the test file, emptied before each test with the clock at BEFORE_EVENT — the
 * setup every waitlist test file shares.
 */
export function useWaitlistDatabase(): WaitlistSuite {
  const suite = new WaitlistSuite();
  beforeAll(async () => {
    suite.t = await startWaitlistDatabase();
    suite.w = waitlistActions(suite.t);
  });
  afterAll(async () => {
    await suite.t?.close();
  });
  beforeEach(async () => {
    await suite.w.reset();
    suite.t.deps.setNow(BEFORE_EVENT);
  });
  return suite;
}

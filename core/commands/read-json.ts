import type { z } from 'zod';

/** A form or chat event passed on as JSON, checked against its schema; null when it is not one. */
export function readJson<T>(schema: z.ZodType<T>, input: string): T | null {
  try {
    const parsed = schema.safeParse(JSON.parse(input));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

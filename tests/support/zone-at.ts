/**
 * A fixed-offset time zone in which the instant `at` is `hour` o'clock, so rules in the event's zone (quiet
 * hours, "today") do not depend on when the tests run.
 */
export function zoneAt(at: Date, hour: number): string {
  let offset = hour - at.getUTCHours();
  if (offset > 14) offset -= 24;
  if (offset < -12) offset += 24;
  return offset === 0 ? 'Etc/GMT' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
}

/**
 * Calendar words in English, Portuguese and Spanish (accents stripped), as the date parser reads them.
 */

/** Word lists indexed from 1, read into a lookup table. */
function numbered(lists: readonly string[]): Record<string, number> {
  const table: Record<string, number> = {};
  lists.forEach((names, index) => {
    for (const name of names.split(' ')) table[name] = index + 1;
  });
  return table;
}

export const MONTHS = numbered([
  'january jan janeiro enero',
  'february feb fevereiro febrero',
  'march mar marco marzo',
  'april apr abril',
  'may maio mayo',
  'june jun junho junio',
  'july jul julho julio',
  'august aug agosto',
  'september sep sept setembro septiembre setiembre',
  'october oct outubro octubre',
  'november nov novembro noviembre',
  'december dec dezembro diciembre',
]);

/** Luxon weekday numbers (Monday = 1). "segunda" needs "feira": alone it is also "second". */
export const WEEKDAYS = numbered([
  'monday mon lunes',
  'tuesday tue tues martes terca',
  'wednesday wed miercoles quarta',
  'thursday thu thur thurs jueves quinta',
  'friday fri viernes sexta',
  'saturday sabado',
  'sunday domingo',
]);

/** "first day", "segundo dia"; "last"/"final" are resolved against the event's length. */
export const ORDINAL_DAYS = numbered([
  'first opening primer primero primeiro',
  'second segundo',
  'third tercer terceiro',
]);
export const LAST_DAY = new Set(['last', 'final', 'closing', 'ultimo']);
export const DAY_WORDS = new Set(['day', 'dia']);
/** Days from today. */
export const RELATIVE_DAYS: Record<string, number> = {
  ...numbered(['tomorrow amanha manana', 'overmorrow']),
  today: 0,
  hoy: 0,
  hoje: 0,
  tonight: 0,
};

/** Words the date parser reads, for the spelling corrector's vocabulary. */
export const DATE_WORDS: readonly string[] = [
  ...Object.keys(MONTHS),
  ...Object.keys(WEEKDAYS),
  ...Object.keys(ORDINAL_DAYS),
  ...LAST_DAY,
  ...Object.keys(RELATIVE_DAYS),
  'feira',
];

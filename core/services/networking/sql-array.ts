/**
 * A Postgres array literal for one `?` parameter (`= any(?::uuid[])`): MikroORM's `execute` spreads a JS
 * array into a comma list, which `any(...)` cannot take and which breaks on an empty array.
 */
export const sqlArray = (values: readonly string[]): string =>
  `{${values.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;

/**
 * A Postgres array literal for one `?` parameter (`= any(?::uuid[])`, `?::text[]`): MikroORM's `execute`
 * spreads a JS array into a comma list, which `any(...)` cannot take and which breaks on an empty array.
 * Every element is quoted, so commas, braces and quotes in people's words stay inside their element.
 */
export const sqlArray = (values: readonly string[]): string =>
  `{${values.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;

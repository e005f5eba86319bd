import { TEMPLATE_LANGUAGES, type TemplateDefinition, type TemplateLanguage } from './template.js';

/**
 * WhatsApp's limits for a template (https://developers.facebook.com/docs/whatsapp/message-templates/guidelines,
 * https://www.twilio.com/docs/content/twilio-quick-reply): body up to 1,024 characters, variables `{{1}}`,
 * `{{2}}`… numbered from 1 without gaps, neither first nor last nor side by side; at most 3 quick replies of
 * 20 characters; a variable's value without line breaks, tabs or more than 4 spaces in a row.
 */
const MAX_BODY = 1024;
const MAX_QUICK_REPLIES = 3;
const MAX_TITLE = 20;
const MAX_ID = 200;
const VARIABLE = /\{\{(\d+)\}\}/g;

const variablesIn = (text: string) => [...text.matchAll(VARIABLE)].map((m) => m[1] as string);

/** The text with its variables filled in (unknown ones left as they are). */
export function fillVariables(text: string, values: Record<string, string>): string {
  return text.replace(VARIABLE, (whole, n: string) => values[n] ?? whole);
}

/** What WhatsApp would refuse about one template, one line per problem; empty when it is fine. */
export function templateProblems(t: TemplateDefinition): string[] {
  const problems: string[] = [];
  const declared = Object.keys(t.variables).sort((a, b) => Number(a) - Number(b));
  declared.forEach((n, i) => {
    if (n !== String(i + 1)) problems.push(`variables must be numbered 1..${declared.length}, found ${n}`);
  });
  const samples = Object.fromEntries(Object.entries(t.variables).map(([n, v]) => [n, v.sample]));
  for (const [n, sample] of Object.entries(samples))
    if (/[\n\t]| {5,}/.test(sample))
      problems.push(`variable ${n}: a value may not hold line breaks, tabs or 5 spaces`);
  for (const language of TEMPLATE_LANGUAGES) {
    const text = t.languages[language as TemplateLanguage];
    const at = `${t.name} (${language})`;
    if (!text) {
      problems.push(`${at}: missing`);
      continue;
    }
    const body = text.body;
    const malformed = body.replace(VARIABLE, '').match(/\{\{[^}]*\}\}|\{\{|\}\}/);
    if (malformed) problems.push(`${at}: "${malformed[0]}" is not a variable like {{1}}`);
    if (/^\s*\{\{\d+\}\}/.test(body)) problems.push(`${at}: the body may not start with a variable`);
    if (/\{\{\d+\}\}[\s.!?]*$/.test(body)) problems.push(`${at}: the body may not end with a variable`);
    if (/\}\}\s*\{\{/.test(body)) problems.push(`${at}: two variables side by side`);
    const rendered = fillVariables(body, samples);
    if (rendered.length > MAX_BODY)
      problems.push(`${at}: ${rendered.length} characters with samples (max ${MAX_BODY})`);
    const replies = text.quickReplies ?? [];
    if (replies.length > MAX_QUICK_REPLIES)
      problems.push(`${at}: ${replies.length} quick replies (max ${MAX_QUICK_REPLIES})`);
    for (const reply of replies) {
      if (reply.title.length > MAX_TITLE || reply.title.length === 0)
        problems.push(`${at}: button "${reply.title}" must be 1–${MAX_TITLE} characters`);
      if (variablesIn(reply.title).length > 0)
        problems.push(`${at}: button "${reply.title}" may not hold a variable`);
      if (fillVariables(reply.id, samples).length > MAX_ID)
        problems.push(`${at}: button id over ${MAX_ID} characters`);
    }
    const used = new Set([...variablesIn(body), ...replies.flatMap((r) => variablesIn(r.id))]);
    for (const n of declared)
      if (!used.has(n)) problems.push(`${at}: variable ${n} is declared but not used`);
    for (const n of used) if (!(n in t.variables)) problems.push(`${at}: {{${n}}} is not declared`);
  }
  return problems;
}

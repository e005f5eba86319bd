import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { en, type MessageId } from '../../../core/i18n/catalogs/en.js';
import { LOCALES } from '../../../core/i18n/locale.js';
import { catalogs, translate } from '../../../core/i18n/translate.js';

interface AstNode {
  type: number;
  value?: unknown;
  options?: Record<string, { value: AstNode[] }>;
  children?: AstNode[];
}

/** The argument names a message uses (`{tier}`, `{count, plural, …}`), from intl-messageformat's own AST. */
function argumentsOf(message: string, locale: string): string[] {
  const names = new Set<string>();
  const walk = (nodes: AstNode[]) => {
    for (const node of nodes) {
      // 1 argument, 2 number, 3 date, 4 time, 5 select, 6 plural (intl-messageformat's TYPE enum).
      if (node.type >= 1 && node.type <= 6 && typeof node.value === 'string') names.add(node.value);
      for (const option of Object.values(node.options ?? {})) walk(option.value);
      if (node.children) walk(node.children);
    }
  };
  walk(new IntlMessageFormat(message, locale).getAst() as AstNode[]);
  return [...names].sort();
}

const ids = Object.keys(en) as MessageId[];

describe('message catalogs', () => {
  it('has every id in every language (pt.ts and es.ts are typed from en.ts; this guards the build too)', () => {
    for (const locale of LOCALES) expect(Object.keys(catalogs()[locale]).sort()).toEqual([...ids].sort());
  });

  it('parses every message as ICU, and each translation uses exactly the arguments of the English one', () => {
    const mismatches = LOCALES.flatMap((locale) =>
      ids
        .filter(
          (id) => argumentsOf(catalogs()[locale][id], locale).join() !== argumentsOf(en[id], 'en').join(),
        )
        .map((id) => `${locale}:${id}`),
    );
    expect(mismatches).toEqual([]);
  });

  it('keeps every translation different from English where English words are used (nothing left untranslated)', () => {
    // Short ids whose text is the same in a language by nature (names, "Agenda", "No", formats).
    const same = new Set<MessageId>([
      'menu.agenda',
      'button.no',
      'tiers.line',
      'tickets.summaryFree',
      'agenda.session',
      'clarify.withTier',
      'clarify.choice.deny',
      'csat.no',
    ]);
    const untranslated = (['pt', 'es'] as const).flatMap((locale) =>
      ids.filter((id) => !same.has(id) && catalogs()[locale][id] === en[id]).map((id) => `${locale}:${id}`),
    );
    expect(untranslated).toEqual([]);
  });

  it('formats ICU plurals per language', () => {
    expect(translate('en', 'tickets.chooseFor', { count: 1 })).toBe('Happy to book! 1 ticket — which type?');
    expect(translate('en', 'tickets.chooseFor', { count: 3 })).toBe('Happy to book! 3 tickets — which type?');
    expect(translate('pt', 'refusal.onlyLeft', { count: 1, tier: 'VIP' })).toBe('Só resta 1 bilhete VIP.');
    expect(translate('pt', 'refusal.onlyLeft', { count: 2, tier: 'VIP' })).toBe('Só restam 2 bilhetes VIP.');
    expect(translate('es', 'refusal.offerHolds', { count: 1 })).toMatch(/^Esta oferta guarda 1 plaza;/);
    expect(translate('es', 'refusal.offerHolds', { count: 4 })).toMatch(/^Esta oferta guarda 4 plazas;/);
  });

  it('keeps apostrophes and quotes as written (ICU only quotes with an apostrophe before a brace)', () => {
    expect(translate('en', 'tickets.booked')).toBe("You're booked! 🎉");
    expect(translate('en', 'tickets.notBooked')).toBe(
      'OK, I haven\'t booked anything. Say "book tickets" whenever you\'re ready.',
    );
  });

  it('fits WhatsApp button titles (20 characters) in every language', () => {
    const buttons = ids.filter(
      (id) => id.startsWith('button.') || id.startsWith('menu.') || id.startsWith('human.offer.'),
    );
    const tooLong = LOCALES.flatMap((locale) =>
      buttons.filter((id) => catalogs()[locale][id].length > 20).map((id) => `${locale}:${id}`),
    );
    expect(tooLong).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { understandText } from '../../../core/nlu/local-understanding.js';
import { evaluationNow, loadDemoCatalog } from '../../../scripts/bench/nlu.js';

const demo = loadDemoCatalog();
const now = evaluationNow(demo);
const slotsOf = (text: string) => understandText(text, demo, now).slots;

/**
 * Spanish and Portuguese slots the offline NLU used to miss: everyday words the typo corrector turned into
 * others, tier words in another language, counts and times said the way those languages say them, and
 * interests stated with their own verbs. None of these sentences is in the corpus or a dev set.
 */
describe('Spanish and Portuguese slots', () => {
  it('keeps everyday words: "de nuevo" is no 9, "para nada" names nobody', () => {
    expect(slotsOf('oye manda otra vez y de nuevo el qr porfa').quantity).toBeUndefined();
    expect(slotsOf('no, para nada').person).toBeUndefined();
  });

  it('reads a tier named in Spanish or Portuguese ("estudiante", "estudantes")', () => {
    expect(slotsOf('quiero 3 entradas de estudiante')).toMatchObject({ tier: 'student', quantity: 3 });
    expect(slotsOf('dá pra reservar um passe de estudante?').tier).toBe('student');
  });

  it('reads "una de mis entradas" as one, and the Portuguese "dos" as "of the"', () => {
    expect(slotsOf('quiero cancelar una de mis entradas')).toEqual({ quantity: 1 });
    expect(slotsOf('cancela um dos meus bilhetes pfv')).toEqual({ quantity: 1 });
    expect(slotsOf('quero devolver dos ingressos que comprei').quantity).toBeUndefined();
    expect(slotsOf('quiero dos entradas vip')).toMatchObject({ quantity: 2, tier: 'vip' });
  });

  it('a ticket after "si" or "cuando" is any ticket, not an order for one', () => {
    expect(slotsOf('avísame si queda un boleto vip').quantity).toBeUndefined();
  });

  it('reads minutes after the hour: "14 30", "y media", "e meia", "y cuarto"', () => {
    expect(slotsOf('quiero ver a oscar a las 16 45').time).toBe('16:45');
    expect(slotsOf('reunión con oscar a las tres y media').time).toBe('15:30');
    expect(slotsOf('marca com o oscar às duas e meia').time).toBe('14:30');
    expect(slotsOf('cita con oscar a las cuatro y cuarto').time).toBe('16:15');
  });

  it('reads interests added "to my interests" and stated with Spanish or Portuguese verbs', () => {
    expect(slotsOf('añade rust y golang a mis intereses').interests).toEqual(['rust', 'golang']);
    expect(slotsOf('adiciona terraform aos meus interesses').interests).toEqual(['terraform']);
    expect(slotsOf('trabajo en observability desde hace años').interests).toEqual(['observability']);
    expect(slotsOf('define meus interesses para rust e python').interests).toEqual(['rust', 'python']);
    expect(slotsOf('quem aqui curte terraform?').interests).toEqual(['terraform']);
  });

  it('asks about what is left or what a tier needs in Spanish, not for a booking', () => {
    expect(understandText('todavía hay entradas vip?', demo, now)).toMatchObject({
      intent: 'faq',
      slots: { faq: 'tickets', tier: 'vip' },
    });
    expect(understandText('qué necesito para la entrada de estudiante', demo, now).slots).toEqual({
      faq: 'tickets',
      tier: 'student',
    });
  });
});

/** The Latvian stemmer maps inflected forms of one word to one stem, and different words to different stems. */
import { describe, expect, it } from 'vitest';
import { stemLatvian, stemQuery } from '../../src/search/lv-stemmer.ts';

const sameStem = (forms: string[]) => new Set(forms.map(stemLatvian));

describe('Latvian light stemmer', () => {
  it.each([
    [
      'nodoklis (tax, declension II)',
      ['nodoklis', 'nodokļa', 'nodoklim', 'nodokli', 'nodoklī', 'nodokļi', 'nodokļu', 'nodokļiem', 'nodokļus', 'nodokļos'],
    ],
    [
      'bērnudārzs (kindergarten, declension I)',
      ['bērnudārzs', 'bērnudārza', 'bērnudārzam', 'bērnudārzu', 'bērnudārzā', 'bērnudārzi', 'bērnudārziem', 'bērnudārzus', 'bērnudārzos'],
    ],
    ['dzīvoklis (flat)', ['dzīvoklis', 'dzīvokļa', 'dzīvoklim', 'dzīvokli', 'dzīvokļi', 'dzīvokļu', 'dzīvokļiem', 'dzīvokļus']],
    ['pabalsts (benefit)', ['pabalsts', 'pabalsta', 'pabalstam', 'pabalstu', 'pabalstā', 'pabalsti', 'pabalstiem', 'pabalstus']],
    ['ārsts (doctor)', ['ārsts', 'ārsta', 'ārstam', 'ārstu', 'ārsti', 'ārstiem', 'ārstus']],
    ['skola (school, declension IV)', ['skola', 'skolas', 'skolai', 'skolu', 'skolā', 'skolām', 'skolās']],
    ['dzīvesvieta (place of residence)', ['dzīvesvieta', 'dzīvesvietas', 'dzīvesvietai', 'dzīvesvietu', 'dzīvesvietā']],
    ['pašvaldība (municipality)', ['pašvaldība', 'pašvaldības', 'pašvaldībai', 'pašvaldību', 'pašvaldībā', 'pašvaldībām']],
    [
      'jauns (new, adjective incl. definite forms)',
      ['jauns', 'jauna', 'jaunam', 'jaunu', 'jaunā', 'jaunie', 'jaunajiem', 'jaunajai', 'jaunajam', 'jaunajos'],
    ],
    ['valsts (state, declension VI)', ['valsts', 'valstij', 'valstī', 'valstis', 'valstīm']],
  ])('%s: all forms share one stem', (_name, forms) => {
    expect(sameStem(forms as string[]).size).toBe(1);
  });

  it('undoes palatalisation where a genitive plural or dative plural was removed', () => {
    expect(stemLatvian('brāļu')).toBe(stemLatvian('brālis'));
    expect(stemLatvian('brāļiem')).toBe('brāl');
    expect(stemLatvian('zemju')).toBe(stemLatvian('zeme').replace(/e$/, ''));
  });

  it('keeps different words apart', () => {
    expect(stemLatvian('skola')).not.toBe(stemLatvian('skaista'));
    expect(stemLatvian('darbs')).not.toBe(stemLatvian('dārzs'));
  });

  it('leaves short words and words without a known ending alone', () => {
    expect(stemLatvian('un')).toBe('un');
    expect(stemLatvian('es')).toBe('es');
    expect(stemLatvian('NVA')).toBe('nva');
  });

  it.each([
    ['strādāt (to work)', ['strādāt', 'strādāju', 'strādā', 'strādājam', 'strādāja', 'strādājot']],
    ['deklarēt (to declare)', ['deklarēt', 'deklarēju', 'deklarē', 'deklarējam', 'deklarēja']],
    ['dzīvot (to live)', ['dzīvot', 'dzīvoju', 'dzīvo', 'dzīvojam', 'dzīvoja']],
    ['pierakstīties (to sign up)', ['pierakstīties', 'pierakstos', 'pierakstījos', 'pierakstījās']],
  ])('verb %s: the stem of each form is a prefix of every form, so prefix search finds them all', (_name, forms) => {
    for (const form of forms as string[])
      for (const other of forms as string[])
        expect(other.startsWith(stemLatvian(form)), `${form} → ${stemLatvian(form)} vs ${other}`).toBe(true);
  });

  it('leaves nouns that only look like verb forms alone', () => {
    expect(stemLatvian('māja')).toBe('māj');
    expect(stemLatvian('ieeja')).toBe('ieej');
  });

  it('stems whole queries word by word', () => {
    expect(stemQuery('Nodokļiem, bērnudārzā!')).toBe(`${stemLatvian('nodokļiem')} ${stemLatvian('bērnudārzā')}`);
  });
});

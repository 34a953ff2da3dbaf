import { describe, expect, it } from 'vitest';
import { likePrefix, searchForm, searchTerms } from './names';

describe('name search forms', () => {
  it('folds case, umlauts and accents', () => {
    expect(searchForm('Mäki')).toBe('maki');
    expect(searchForm('ÖSTERGÅRD')).toBe('ostergard');
    expect(searchForm('Hämäläinen')).toBe('hamalainen');
    expect(searchForm('José  Núñez')).toBe('jose nunez');
  });

  it('splits a query into at most four prefix terms', () => {
    expect(searchTerms('  Eetu  MÄKI ')).toEqual(['eetu', 'maki']);
    expect(searchTerms('Anna-Liisa')).toEqual(['anna', 'liisa']);
    expect(searchTerms('a b c d e f')).toHaveLength(4);
    expect(searchTerms('%_')).toEqual([]);
  });

  it('escapes LIKE wildcards so they match literally', () => {
    expect(likePrefix('ma')).toBe('ma%');
    expect(likePrefix('a%b_c\\')).toBe('a\\%b\\_c\\\\%');
  });
});

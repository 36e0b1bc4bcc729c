import { describe, expect, it } from 'vitest';
import { filtersFromParams, filtersToParams, isFiltered } from './list-filters';

describe('the files list filters in the URL', () => {
  it('reads every filter of a bookmarked URL', () => {
    const filters = filtersFromParams(
      new URLSearchParams('state=IN_PROGRESS&commune=62063&axis=FRENCH&late=true&sort=deadline'),
    );
    expect(filters).toEqual({ state: 'IN_PROGRESS', commune: '62063', axis: 'FRENCH', late: 'true', sort: 'deadline' });
  });

  it('ignores a value it does not know, so that an old bookmark still opens the list', () => {
    expect(
      filtersFromParams(new URLSearchParams('state=LOST&commune=Liège&axis=SOCIO_PROFESSIONAL&late=yes&sort=name')),
    ).toEqual({
      state: undefined,
      commune: undefined,
      axis: undefined,
      late: undefined,
      sort: undefined,
    });
  });

  it('writes the filters given only, in a stable order', () => {
    expect(filtersToParams({ sort: 'deadline', commune: '62063', late: 'false' }).toString()).toBe(
      'commune=62063&late=false&sort=deadline',
    );
    expect(filtersToParams({}).toString()).toBe('');
  });

  it('round-trips through the URL', () => {
    const filters = { state: 'OPENED', axis: 'RECEPTION', late: 'true', sort: 'oldest' } as const;
    expect(filtersFromParams(filtersToParams(filters))).toEqual({ ...filters, commune: undefined });
  });

  it('counts a sort alone as no filter', () => {
    expect(isFiltered({ sort: 'deadline' })).toBe(false);
    expect(isFiltered({ late: 'false' })).toBe(true);
  });
});

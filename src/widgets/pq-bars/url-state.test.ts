import { describe, expect, it } from 'vitest';
import { defaultPQState } from './state';
import { parsePQSearch, toPQSearch } from './url-state';

describe('parsePQSearch', () => {
  it('reads a complete, valid state without notices', () => {
    const { state, notices } = parsePQSearch(
      '?p=0.5,0.5&q=0.9,0.1&labels=heads,tails&unit=bits&lockP=1&eps=0.05&showQ=1',
    );
    expect(state).toEqual({
      p: [0.5, 0.5],
      q: [0.9, 0.1],
      labels: ['heads', 'tails'],
      unit: 'bits',
      lockP: true,
      epsilon: 0.05,
      showQ: true,
    });
    expect(notices).toEqual([]);
  });

  it('uses the defaults for an empty query', () => {
    expect(parsePQSearch('')).toEqual({ state: defaultPQState, notices: [] });
  });

  it('rescales weights that do not add up to 1 and says so', () => {
    const { state, notices } = parsePQSearch('?p=1,3&q=2,2');
    expect(state.p).toEqual([0.25, 0.75]);
    expect(state.q).toEqual([0.5, 0.5]);
    expect(notices).toEqual([
      'P did not add up to 1, so it was rescaled.',
      'Q did not add up to 1, so it was rescaled.',
    ]);
  });

  it('rescales rounding residue of shared links silently', () => {
    const { state, notices } = parsePQSearch('?p=0.333333,0.333333,0.333333');
    expect(state.p.reduce((a, b) => a + b)).toBeCloseTo(1, 15);
    expect(notices).toEqual([]);
  });

  it.each([
    ['?p=0.5,-0.5', 'Ignored p="0.5,-0.5": probabilities cannot be negative.'],
    ['?p=NaN,1', 'Ignored p="NaN,1": every value must be a number.'],
    ['?p=1e309,1', 'Ignored p="1e309,1": every value must be a number.'],
    ['?p=0.5,,0.5', 'Ignored p="0.5,,0.5": every value must be a number.'],
    ['?p=1', 'Ignored p="1": it needs at least 2 outcomes.'],
    ['?p=0,0', 'Ignored p="0,0": the values cannot all be 0.'],
    ['?unit=decibels', 'Ignored unit="decibels": the unit must be bits or nats.'],
    ['?lockP=maybe', 'Ignored lockP="maybe": use 1 or 0.'],
    ['?eps=0.5', 'Ignored eps="0.5": it must be between 0 and 0.2.'],
    ['?eps=abc', 'Ignored eps="abc": it must be a number.'],
  ])('falls back to the default for %s', (search, notice) => {
    const { state, notices } = parsePQSearch(search);
    expect(notices).toEqual([notice]);
    expect(state.p).toEqual(defaultPQState.p);
    expect(state.unit).toBe(defaultPQState.unit);
    expect(state.lockP).toBe(false);
    expect(state.epsilon).toBe(0);
  });

  it('refuses 500 outcomes and shortens the quoted value', () => {
    const { state, notices } = parsePQSearch(`?p=${Array(500).fill('0.002').join(',')}`);
    expect(state.p).toEqual(defaultPQState.p);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(
      /^Ignored p="0\.002,0\.002,[\d.,]{1,40}…": it can have at most 10 outcomes\.$/,
    );
  });

  it('makes Q uniform when its length does not match P', () => {
    const { state, notices } = parsePQSearch('?p=0.2,0.3,0.5&q=0.5,0.5');
    expect(state.p).toEqual([0.2, 0.3, 0.5]);
    expect(state.q).toEqual([1 / 3, 1 / 3, 1 / 3]);
    expect(state.labels).toEqual(['outcome 1', 'outcome 2', 'outcome 3']);
    expect(notices).toEqual(['Q had 2 outcomes but P has 3, so Q was made uniform.']);
  });

  it('gives a Q of matching length when only P is given, and vice versa', () => {
    expect(parsePQSearch('?p=0.2,0.3,0.5').state.q).toEqual([1 / 3, 1 / 3, 1 / 3]);
    expect(parsePQSearch('?q=0.2,0.3,0.5').state.p).toEqual([1 / 3, 1 / 3, 1 / 3]);
  });

  it('keeps labels as plain text, trimmed, and rejects a wrong count', () => {
    const hostile = encodeURIComponent('<img src=x onerror=1>, <b>tails</b>');
    expect(parsePQSearch(`?labels=${hostile}`).state.labels).toEqual([
      '<img src=x onerror=1>',
      '<b>tails</b>',
    ]);
    const { state, notices } = parsePQSearch('?labels=a,b,c');
    expect(state.labels).toEqual(['heads', 'tails']);
    expect(notices).toEqual(['There were 3 labels for 2 outcomes, so default labels are used.']);
  });

  it('rejects labels with direction overrides or control characters, quoting them harmlessly', () => {
    // U+202E would show "tails" reversed, and everything after it; NUL has no place in text.
    for (const label of ['\u202Eslait', 'a\u0000b']) {
      const { state, notices } = parsePQSearch(`?labels=heads,${encodeURIComponent(label)}`);
      expect(state.labels).toEqual(['heads', 'tails']);
      expect(notices[0]).toContain('cannot contain control or text-direction characters');
      expect(notices[0]).not.toContain('\u0000');
      expect(notices[0]).not.toContain('\u202E');
      expect(notices[0]).toContain('\uFFFD');
    }
  });

  it('rejects empty and overlong labels', () => {
    expect(parsePQSearch('?labels=a,').notices).toEqual([
      'Ignored labels="a,": labels cannot be empty.',
    ]);
    expect(parsePQSearch(`?labels=a,${'x'.repeat(25)}`).notices[0]).toMatch(
      /at most 24 characters\.$/,
    );
  });
});

describe('toPQSearch', () => {
  it('writes a query that parses back to the same state', () => {
    const state = {
      p: [0.2, 0.3, 0.5],
      q: [1 / 3, 1 / 3, 1 / 3],
      labels: ['a', 'b c', 'd&e'],
      unit: 'nats' as const,
      lockP: true,
      epsilon: 0.1,
      showQ: true,
    };
    const search = toPQSearch(state);
    expect(search).toBe(
      'p=0.2%2C0.3%2C0.5&q=0.333333%2C0.333333%2C0.333333&labels=a%2Cb+c%2Cd%26e&unit=nats&lockP=1&eps=0.1',
    );
    const parsed = parsePQSearch(search);
    expect(parsed.notices).toEqual([]);
    expect(parsed.state.labels).toEqual(state.labels);
    parsed.state.q.forEach((x) => expect(x).toBeCloseTo(1 / 3, 15));
  });

  it('keeps P alone: showQ=0 round-trips, and is left out when Q is shown', () => {
    const alone = { ...parsePQSearch('p=0.99,0.01').state, showQ: false };
    const search = toPQSearch(alone);
    expect(search).toContain('showQ=0');
    expect(parsePQSearch(search).state.showQ).toBe(false);
    expect(toPQSearch({ ...alone, showQ: true })).not.toContain('showQ');
  });

  it('ignores a showQ it cannot read, with a notice', () => {
    const { state, notices } = parsePQSearch('showQ=maybe');
    expect(state.showQ).toBe(true);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/showQ/);
  });
});

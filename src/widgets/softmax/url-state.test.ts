import { describe, expect, it } from 'vitest';
import { parseSoftmaxSearch, toSoftmaxSearch } from './url-state';
import { defaultSoftmaxState } from './state';

describe('parseSoftmaxSearch', () => {
  it('reads the issue’s example link, with a teacher for distillation', () => {
    const { state, notices } = parseSoftmaxSearch(
      '?logits=2,1,0.1&labels=cat,dog,bird&target=0&T=1&eps=0&unit=nats&teacher=3,1,0.2',
    );
    expect(notices).toEqual([]);
    expect(state).toEqual({
      logits: [2, 1, 0.1],
      labels: ['cat', 'dog', 'bird'],
      target: 0,
      temperature: 1,
      epsilon: 0,
      unit: 'nats',
      teacher: [3, 1, 0.2],
    });
  });

  it('round-trips a state through its link', () => {
    const state = {
      ...defaultSoftmaxState,
      logits: [-8, 8, 0.25, 1.5],
      labels: ['a', 'b', 'c', 'd'],
    };
    const more = { ...state, target: 3, temperature: 0.25, epsilon: 0.1, unit: 'bits' as const };
    expect(parseSoftmaxSearch(toSoftmaxSearch(more)).state).toEqual(more);
    const distil = { ...more, teacher: [1, 2, 3, 4] };
    expect(parseSoftmaxSearch(toSoftmaxSearch(distil)).state).toEqual(distil);
  });

  it.each([
    ['logits=1,NaN', /Ignored logits="1,NaN": every logit must be a number/],
    ['logits=9,0', /logits must be from -8 to 8/],
    ['logits=1', /at least 2 classes/],
    ['logits=' + Array(11).fill(0).join(','), /at most 10 classes/],
    ['logits=1e999,0', /every logit must be a number/],
    ['T=0', /the temperature must be from 0.1 to 10/],
    ['T=Infinity', /the temperature must be a number/],
    ['T=abc', /the temperature must be a number/],
    ['eps=0.5', /label smoothing must be from 0 to 0.3/],
    ['eps=-0', undefined],
    ['target=1.5', /whole number/],
    ['target=-1', /cannot be negative/],
    ['target=7', /There is no class 7 among 3/],
    ['unit=furlongs', /the unit must be bits or nats/],
    ['labels=a,b', /2 labels for 3 classes/],
    ['labels=a,%E2%80%AEb,c', /control or text-direction/],
    ['teacher=1,2', /The teacher had 2 logits for 3 classes/],
    ['teacher=<script>', /Ignored teacher=/],
  ])('%s falls back with a calm notice, never NaN', (search, notice) => {
    const { state, notices } = parseSoftmaxSearch(`?${search}`);
    if (notice) expect(notices.join(' ')).toMatch(notice);
    else expect(notices).toEqual([]);
    for (const x of [...state.logits, state.temperature, state.epsilon, state.target]) {
      expect(Number.isFinite(x)).toBe(true);
    }
    expect(state.labels).toHaveLength(state.logits.length);
    expect(state.target).toBeLessThan(state.logits.length);
  });
});

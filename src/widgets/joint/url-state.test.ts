import { describe, expect, it } from 'vitest';
import { defaultJointState } from './state';
import { parseJointSearch, toJointSearch } from './url-state';

describe('parseJointSearch', () => {
  it('reads the issue example, rows separated by ;', () => {
    const { state, notices } = parseJointSearch(
      '?joint=0.3,0.2;0.1,0.4&x=rain,dry&y=umbrella,none&unit=nats',
    );
    expect(notices).toEqual([]);
    expect(state).toEqual({
      joint: [
        [0.3, 0.2],
        [0.1, 0.4],
      ],
      xLabels: ['rain', 'dry'],
      yLabels: ['umbrella', 'none'],
      unit: 'nats',
    });
  });

  it('round-trips a state through its link', () => {
    const search = toJointSearch(defaultJointState);
    expect(parseJointSearch(search)).toEqual({ state: defaultJointState, notices: [] });
  });

  it('rescales a table that does not sum to 1, and says so', () => {
    const { state, notices } = parseJointSearch('joint=3,2,1;1,2,1');
    expect(state.joint[0]).toEqual([0.3, 0.2, 0.1]);
    expect(state.xLabels).toEqual(['x1', 'x2']);
    expect(state.yLabels).toEqual(['y1', 'y2', 'y3']);
    expect(notices).toEqual(['The table did not add up to 1, so it was rescaled.']);
  });

  it.each([
    ['ragged rows', 'joint=0.3,0.2;0.1,0.2,0.2', 'every row must have as many cells as the first'],
    ['a negative cell', 'joint=0.6,-0.1;0.3,0.2', 'probabilities cannot be negative'],
    ['a word', 'joint=0.5,abc;0.3,0.2', 'every cell must be a number'],
    ['a blank cell', 'joint=0.5,;0.3,0.2', 'every cell must be a number'],
    ['one row', 'joint=0.5,0.5', 'it needs 2 to 4 rows of 2 to 4 values'],
    ['five columns', 'joint=0.1,0.1,0.1,0.1,0.1;0.1,0.1,0.1,0.1,0.1', 'it needs 2 to 4'],
    ['all zeros', 'joint=0,0;0,0', 'the cells cannot all be 0'],
    ['Infinity', 'joint=Infinity,1;1,1', 'every cell must be a number'],
  ])('falls back to the default table on %s, with a notice', (_, search, message) => {
    const { state, notices } = parseJointSearch(search);
    expect(state.joint).toEqual(defaultJointState.joint);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain(message);
  });

  it('refuses labels of the wrong number or with direction overrides', () => {
    const { state, notices } = parseJointSearch('x=a,b,c&y=\u202eevil,ok');
    expect(state.xLabels).toEqual(defaultJointState.xLabels);
    expect(state.yLabels).toEqual(defaultJointState.yLabels);
    expect(notices).toHaveLength(2);
  });
});

// zod/mini: full zod validation at a fraction of the bundle size.
import * as z from 'zod/mini';
import { labelListSchema, unitSchema, weightSchema } from '../shared/url-schemas';
import { SILENT_RESCALE, urlParamReader } from '../shared/url-params';
import {
  defaultAxisLabels,
  defaultJointState,
  MAX_VALUES,
  MIN_VALUES,
  type JointState,
} from './state';

const sizeError = `it needs ${MIN_VALUES} to ${MAX_VALUES} rows of ${MIN_VALUES} to ${MAX_VALUES} values`;

const cell = weightSchema('cell');

/** `0.3,0.2;0.1,0.4`: rows separated by `;`, cells by `,`. */
const jointSchema = z.pipe(
  z.string().check(z.maxLength(400, { error: 'it is too long' })),
  z.pipe(
    z.transform((s: string) => s.split(';').map((row) => row.split(','))),
    z
      .array(
        z
          .array(cell)
          .check(
            z.minLength(MIN_VALUES, { error: sizeError }),
            z.maxLength(MAX_VALUES, { error: sizeError }),
          ),
      )
      .check(
        z.minLength(MIN_VALUES, { error: sizeError }),
        z.maxLength(MAX_VALUES, { error: sizeError }),
        z.refine((rows) => rows.every((row) => row.length === rows[0]!.length), {
          error: 'every row must have as many cells as the first',
        }),
        z.refine((rows) => rows.flat().some((x) => x > 0), { error: 'the cells cannot all be 0' }),
      ),
  ),
);

/** The state a URL asks for, and one plain sentence for each part that was not used. */
export interface ParsedJointState {
  state: JointState;
  notices: string[];
}

/**
 * Reads `?joint=0.3,0.2;0.1,0.4&x=rain,dry&y=umbrella,none&unit=bits`. Anything malformed falls
 * back to the default with a notice; a table that does not sum to 1 is rescaled. Never throws.
 */
export function parseJointSearch(search: string): ParsedJointState {
  const { read, notices } = urlParamReader(search);
  let joint = read('joint', jointSchema);
  if (joint) {
    const total = joint.flat().reduce((a, b) => a + b, 0);
    if (Math.abs(total - 1) > SILENT_RESCALE) {
      notices.push('The table did not add up to 1, so it was rescaled.');
    }
    joint = joint.map((row) => row.map((x) => x / total));
  }
  const table = joint ?? defaultJointState.joint.map((row) => [...row]);
  const rows = table.length;
  const cols = table[0]!.length;
  const labels = (axis: 'x' | 'y', n: number, fallback: readonly string[]) => {
    const given = read(axis, labelListSchema);
    if (given && given.length !== n) {
      notices.push(
        `There were ${given.length} labels for ${n} values of ${axis.toUpperCase()}, so default labels are used.`,
      );
    }
    if (given?.length === n) return given;
    return joint ? defaultAxisLabels(axis, n) : [...fallback];
  };
  return {
    state: {
      joint: table,
      xLabels: labels('x', rows, defaultJointState.xLabels),
      yLabels: labels('y', cols, defaultJointState.yLabels),
      unit: read('unit', unitSchema) ?? defaultJointState.unit,
    },
    notices,
  };
}

/** Probabilities for a link: 6 decimals is finer than any drag, and keeps URLs short. */
const cellText = (x: number) => String(Number(x.toFixed(6)));

/** The query string that reproduces `state` (the inverse of parseJointSearch). */
export function toJointSearch(state: JointState): string {
  return new URLSearchParams({
    joint: state.joint.map((row) => row.map(cellText).join(',')).join(';'),
    x: state.xLabels.join(','),
    y: state.yLabels.join(','),
    unit: state.unit,
  }).toString();
}

import { describe, expect, it } from 'vitest';
import { duration2004, timeOfDay12, timespan12, timestamp2004 } from './time-formats';

describe('SCORM time formats', () => {
  it('writes 1.2 timespans as HHHH:MM:SS.SS', () => {
    expect(timespan12(0)).toBe('00:00:00.00');
    // 1 h 2 min 3.456 s rounds to hundredths.
    expect(timespan12(3_723_456)).toBe('01:02:03.46');
    expect(timespan12(-5)).toBe('00:00:00.00');
    expect(timespan12(200 * 3_600_000)).toBe('200:00:00.00');
  });

  it('writes 2004 durations as ISO 8601', () => {
    expect(duration2004(3_723_456)).toBe('PT1H2M3.46S');
    expect(duration2004(1500)).toBe('PT0H0M1.5S');
  });

  it('writes 1.2 times of day and 2004 timestamps', () => {
    expect(timeOfDay12(new Date(2026, 0, 2, 3, 4, 5))).toBe('03:04:05');
    expect(timestamp2004(new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 678)))).toBe(
      '2026-01-02T03:04:05.67Z',
    );
  });
});

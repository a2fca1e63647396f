/**
 * Durations and moments in the formats each SCORM version's data model demands (a value in
 * the wrong format is rejected by the LMS with error 405/406).
 */

/** SCORM 1.2 CMITimespan: `HHHH:MM:SS.SS` (hours 2 to 4 digits). */
export function timespan12(ms: number): string {
  const centis = Math.min(Math.max(0, Math.round(ms / 10)), 9999 * 360_000 + 359_999);
  const hours = Math.floor(centis / 360_000);
  const minutes = Math.floor((centis % 360_000) / 6000);
  const seconds = (centis % 6000) / 100;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(hours)}:${pad(minutes)}:${seconds.toFixed(2).padStart(5, '0')}`;
}

/** SCORM 1.2 CMITime, the time of day: `HH:MM:SS` (local time, as the LMS shows it). */
export function timeOfDay12(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/** SCORM 2004 timeinterval (ISO 8601 duration, at most hundredths of a second): `PT#H#M#S`. */
export function duration2004(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const hours = Math.floor(centis / 360_000);
  const minutes = Math.floor((centis % 360_000) / 6000);
  const seconds = (centis % 6000) / 100;
  return `PT${hours}H${minutes}M${seconds}S`;
}

/**
 * SCORM 2004 time (second): ISO 8601 in UTC, as `YYYY-MM-DDThh:mm:ss.ssZ`. The standard nests
 * the zone inside the fraction (`ss[.s[TZD]]`), so a zone needs a fraction, of at most 2 digits.
 */
export function timestamp2004(date: Date): string {
  return `${date.toISOString().slice(0, 22)}Z`;
}

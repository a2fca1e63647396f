import type { ScormVersion } from './connection';

/**
 * A stand-in LMS API for unit tests: keeps the data model in a map, records every call as text
 * ("SetValue cmi.score.raw 20"), and can refuse writes or lack interactions like real LMSs do.
 */
export interface FakeApiOptions {
  /** Values the LMS holds at launch. */
  data?: Record<string, string>;
  /** SetValue answers "false" with error 351 (a general set failure). */
  failSet?: boolean;
  /** No interactions: reading `cmi.interactions._children` fails with 401. */
  noInteractions?: boolean;
}

export function fakeApi(version: ScormVersion, options: FakeApiOptions = {}) {
  const data = new Map(Object.entries(options.data ?? {}));
  const calls: string[] = [];
  let error = '0';
  const answer = (ok: boolean, code: string) => {
    error = ok ? '0' : code;
    return ok ? 'true' : 'false';
  };
  const get = (element: string) => {
    calls.push(`GetValue ${element}`);
    if (options.noInteractions && element.startsWith('cmi.interactions')) {
      error = '401';
      return '';
    }
    error = '0';
    return data.get(element) ?? '';
  };
  const set = (element: string, value: string) => {
    calls.push(`SetValue ${element} ${value}`);
    if (!options.failSet) data.set(element, value);
    return answer(!options.failSet, '351');
  };
  const record = (name: string) => () => {
    calls.push(name);
    return answer(true, '0');
  };
  const api =
    version === '1.2'
      ? {
          LMSInitialize: record('Initialize'),
          LMSGetValue: get,
          LMSSetValue: set,
          LMSCommit: record('Commit'),
          LMSFinish: record('Terminate'),
          LMSGetLastError: () => error,
        }
      : {
          Initialize: record('Initialize'),
          GetValue: get,
          SetValue: set,
          Commit: record('Commit'),
          Terminate: record('Terminate'),
          GetLastError: () => error,
        };
  return {
    api,
    calls,
    data,
    /** The calls that wrote, without reads. */
    writes: () => calls.filter((c) => !c.startsWith('GetValue')),
  };
}

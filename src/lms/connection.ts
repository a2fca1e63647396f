/**
 * One face for both versions of the SCORM run-time API. SCORM 1.2's `API` names its methods
 * `LMSInitialize`, `LMSGetValue`, ...; SCORM 2004's `API_1484_11` names them `Initialize`,
 * `GetValue`, ...; both answer with the strings "true"/"false" and report failures through
 * `GetLastError` ("0" is no error). Every call is guarded: an LMS that throws or answers
 * nonsense must never break the lesson, it only makes the call count as failed.
 */
export type ScormVersion = '1.2' | '2004';

export interface Connection {
  version: ScormVersion;
  initialize(): boolean;
  /** The element's value, or undefined when the LMS reports an error (unsupported, unset...). */
  get(element: string): string | undefined;
  set(element: string, value: string): boolean;
  commit(): boolean;
  finish(): boolean;
}

const methods = {
  '1.2': {
    initialize: 'LMSInitialize',
    get: 'LMSGetValue',
    set: 'LMSSetValue',
    commit: 'LMSCommit',
    finish: 'LMSFinish',
    error: 'LMSGetLastError',
  },
  '2004': {
    initialize: 'Initialize',
    get: 'GetValue',
    set: 'SetValue',
    commit: 'Commit',
    finish: 'Terminate',
    error: 'GetLastError',
  },
} as const;

type Method = keyof (typeof methods)['1.2'];

/** Wraps the LMS's API object, found by `findApi`, for `version`. */
export function connect(api: object, version: ScormVersion): Connection {
  const names = methods[version];
  const call = (method: Method, ...args: string[]): unknown => {
    const fn = (api as Record<string, unknown>)[names[method]];
    if (typeof fn !== 'function') throw new TypeError(`the LMS API has no ${names[method]}`);
    return (fn as (...a: string[]) => unknown).apply(api, args);
  };
  const lastErrorIsNone = () => {
    try {
      return String(call('error')) === '0';
    } catch {
      return false;
    }
  };
  /** A call that answers "true" or "false", and also must leave no error behind. */
  const succeeds = (method: Method, ...args: string[]): boolean => {
    try {
      const answer = call(method, ...args);
      return (answer === true || answer === 'true') && lastErrorIsNone();
    } catch {
      return false;
    }
  };
  return {
    version,
    initialize: () => succeeds('initialize', ''),
    get(element) {
      try {
        const value = call('get', element);
        return lastErrorIsNone() ? String(value ?? '') : undefined;
      } catch {
        return undefined;
      }
    },
    set: (element, value) => succeeds('set', element, value),
    commit: () => succeeds('commit', ''),
    finish: () => succeeds('finish', ''),
  };
}

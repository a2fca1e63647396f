import { describe, expect, it, vi } from 'vitest';
import { connect, type ScormVersion } from './connection';
import { fakeApi, type FakeApiOptions } from './fake-api';
import { createSession } from './session';

const questions = ['fair-coin', 'lopsided', 'die', 'model', 'max'];

function launch(version: ScormVersion, options: FakeApiOptions = {}) {
  const lms = fakeApi(version, options);
  const onProblem = vi.fn();
  let clock = 1_000_000;
  const session = createSession({
    connection: connect(lms.api, version),
    questions,
    onProblem,
    now: () => clock,
  });
  const tick = (ms: number) => (clock += ms);
  return { lms, session, onProblem, tick, started: session.start() };
}

describe('a SCORM 1.2 session', () => {
  it('initializes once and marks a first launch incomplete', () => {
    const { lms, onProblem } = launch('1.2', {
      data: { 'cmi.core.lesson_status': 'not attempted' },
    });
    expect(lms.writes()).toEqual([
      'Initialize',
      'SetValue cmi.core.lesson_status incomplete',
      'Commit',
    ]);
    expect(onProblem).not.toHaveBeenCalled();
  });

  it('records a graded answer, then score and suspend data, and commits', () => {
    const { lms, session, tick } = launch('1.2');
    lms.calls.length = 0;
    tick(12_340);
    session.answer('lopsided', true, 'numeric');
    session.progress({ seed: 35, solved: ['lopsided'] });
    expect(lms.writes()).toEqual([
      'SetValue cmi.interactions.0.id lopsided',
      'SetValue cmi.interactions.0.type numeric',
      expect.stringMatching(/^SetValue cmi\.interactions\.0\.time \d\d:\d\d:\d\d$/),
      'SetValue cmi.interactions.0.result correct',
      'SetValue cmi.interactions.0.latency 00:00:12.34',
      'SetValue cmi.core.score.min 0',
      'SetValue cmi.core.score.max 100',
      // 1 of 5 questions.
      'SetValue cmi.core.score.raw 20',
      'SetValue cmi.suspend_data 1.z.lopsided',
      'Commit',
    ]);
  });

  it('says "wrong" for a wrong answer and numbers interactions after those the LMS has', () => {
    const { lms, session } = launch('1.2', { data: { 'cmi.interactions._count': '3' } });
    session.answer('die', false, 'choice');
    expect(lms.writes()).toContain('SetValue cmi.interactions.3.result wrong');
    expect(lms.writes()).toContain('SetValue cmi.interactions.3.type choice');
  });

  it('passes once every question is solved, and exits normally', () => {
    const { lms, session } = launch('1.2');
    session.progress({ seed: 1, solved: questions.slice(0, 4) });
    expect(lms.data.get('cmi.core.lesson_status')).toBe('incomplete');
    session.progress({ seed: 1, solved: questions });
    expect(lms.data.get('cmi.core.score.raw')).toBe('100');
    expect(lms.data.get('cmi.core.lesson_status')).toBe('passed');
    lms.calls.length = 0;
    session.finish();
    // "" is a normal exit in 1.2, and the LMS's default: nothing to write.
    expect(lms.writes()).toEqual([
      'SetValue cmi.core.session_time 00:00:00.00',
      'Commit',
      'Terminate',
    ]);
  });

  it('honours the mastery score the LMS sets', () => {
    const { lms, session } = launch('1.2', { data: { 'cmi.student_data.mastery_score': '60' } });
    session.progress({ seed: 1, solved: questions.slice(0, 2) });
    expect(lms.data.get('cmi.core.lesson_status')).toBe('incomplete');
    session.progress({ seed: 1, solved: questions.slice(0, 3) });
    expect(lms.data.get('cmi.core.lesson_status')).toBe('passed');
  });

  it('never downgrades a terminal status on a later launch, nor the score', () => {
    const { lms, session } = launch('1.2', {
      data: { 'cmi.core.lesson_status': 'passed', 'cmi.core.score.raw': '100' },
    });
    session.progress({ seed: 1, solved: ['die'] });
    expect(lms.writes()).not.toContain('SetValue cmi.core.lesson_status incomplete');
    expect(lms.data.get('cmi.core.lesson_status')).toBe('passed');
    expect(lms.data.get('cmi.core.score.raw')).toBe('100');
  });

  it('suspends when left unfinished, and never stamps passed on the way out', () => {
    const { lms, session, tick } = launch('1.2');
    session.progress({ seed: 1, solved: ['die'] });
    tick(65_000);
    lms.calls.length = 0;
    session.finish();
    expect(lms.writes()).toEqual([
      'SetValue cmi.core.exit suspend',
      'SetValue cmi.core.session_time 00:01:05.00',
      'Commit',
      'Terminate',
    ]);
  });

  it('finishes exactly once, and nothing reaches the LMS after', () => {
    const { lms, session } = launch('1.2');
    session.finish();
    session.finish();
    session.hide();
    session.answer('die', true, 'numeric');
    session.progress({ seed: 1, solved: ['die'] });
    expect(lms.calls.filter((c) => c === 'Terminate')).toHaveLength(1);
    expect(lms.calls.at(-1)).toBe('Terminate');
  });

  it('commits when the page is hidden', () => {
    const { lms, session } = launch('1.2');
    lms.calls.length = 0;
    session.hide();
    expect(lms.calls).toEqual(['Commit']);
  });

  it.each(['review', 'browse'])('writes nothing to the record in %s mode', (mode) => {
    const { lms, session, started } = launch('1.2', {
      data: { 'cmi.core.lesson_mode': mode, 'cmi.suspend_data': '1.a.die' },
    });
    expect(started?.restored).toEqual({ seed: 10, solved: ['die'] });
    session.answer('die', true, 'numeric');
    session.progress({ seed: 10, solved: ['die', 'max'] });
    session.hide();
    session.finish();
    expect(lms.writes()).toEqual(['Initialize', 'Terminate']);
  });

  it('skips interactions when the LMS has none', () => {
    const { lms, session, onProblem } = launch('1.2', { noInteractions: true });
    session.answer('die', true, 'numeric');
    expect(lms.writes().some((c) => c.includes('interactions'))).toBe(false);
    expect(onProblem).not.toHaveBeenCalled();
  });

  it('reports refused writes as a problem and carries on', () => {
    const { session, onProblem, lms } = launch('1.2', { failSet: true });
    expect(onProblem).toHaveBeenCalled();
    session.progress({ seed: 1, solved: ['die'] });
    session.finish();
    expect(lms.calls.at(-1)).toBe('Terminate');
  });

  it('starts fresh from unreadable suspend data', () => {
    const { started, onProblem } = launch('1.2', { data: { 'cmi.suspend_data': '%%garbage' } });
    expect(started).toEqual({ restored: undefined });
    expect(onProblem).not.toHaveBeenCalled();
  });

  it('writes only SCORM 1.2 elements', () => {
    const { lms, session } = launch('1.2');
    session.answer('die', true, 'challenge');
    session.progress({ seed: 1, solved: questions });
    session.finish();
    const elements = lms.calls.filter((c) => c.startsWith('SetValue')).map((c) => c.split(' ')[1]);
    for (const element of elements) {
      expect(element).toMatch(/^cmi\.(core\.|suspend_data$|interactions\.)/);
      expect(element).not.toMatch(/completion_status|success_status|scaled|timestamp|^cmi\.exit/);
    }
    expect(lms.calls.join('\n')).not.toMatch(/not attempted/);
  });
});

describe('a SCORM 2004 session', () => {
  it('initializes once and marks a first launch incomplete', () => {
    const { lms } = launch('2004', { data: { 'cmi.completion_status': 'unknown' } });
    expect(lms.writes()).toEqual([
      'Initialize',
      'SetValue cmi.completion_status incomplete',
      'Commit',
    ]);
  });

  it('writes raw and scaled scores, and interactions with timestamps', () => {
    const { lms, session, tick } = launch('2004');
    lms.calls.length = 0;
    tick(1500);
    session.answer('model', false, 'challenge');
    session.answer('model', true, 'challenge');
    session.progress({ seed: null, solved: ['model', 'die'] });
    expect(lms.writes()).toEqual([
      'SetValue cmi.interactions.0.id model',
      'SetValue cmi.interactions.0.type performance',
      expect.stringMatching(
        /^SetValue cmi\.interactions\.0\.timestamp \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d\dZ$/,
      ),
      'SetValue cmi.interactions.0.result incorrect',
      'SetValue cmi.interactions.0.latency PT0H0M1.5S',
      'SetValue cmi.interactions.1.id model',
      'SetValue cmi.interactions.1.type performance',
      expect.stringMatching(/^SetValue cmi\.interactions\.1\.timestamp /),
      'SetValue cmi.interactions.1.result correct',
      // Since this question's previous answer, at the same instant.
      'SetValue cmi.interactions.1.latency PT0H0M0S',
      'SetValue cmi.score.min 0',
      'SetValue cmi.score.max 100',
      'SetValue cmi.score.raw 40',
      'SetValue cmi.score.scaled 0.4',
      'SetValue cmi.suspend_data 1..model,die',
      'Commit',
    ]);
  });

  it('sets completed and passed when every question is solved, then exits normally', () => {
    const { lms, session } = launch('2004');
    session.progress({ seed: 1, solved: questions });
    expect(lms.data.get('cmi.completion_status')).toBe('completed');
    expect(lms.data.get('cmi.success_status')).toBe('passed');
    expect(lms.data.get('cmi.score.scaled')).toBe('1');
    session.finish();
    expect(lms.data.get('cmi.exit')).toBe('normal');
  });

  it('honours the scaled passing score', () => {
    const { lms, session } = launch('2004', { data: { 'cmi.scaled_passing_score': '0.8' } });
    session.progress({ seed: 1, solved: questions.slice(0, 3) });
    expect(lms.data.get('cmi.success_status')).toBeUndefined();
    session.progress({ seed: 1, solved: questions.slice(0, 4) });
    expect(lms.data.get('cmi.success_status')).toBe('passed');
    expect(lms.data.get('cmi.completion_status')).toBe('incomplete');
  });

  it('keeps a completed lesson completed on a later launch and suspends otherwise', () => {
    const done = launch('2004', { data: { 'cmi.completion_status': 'completed' } });
    expect(done.lms.writes()).toEqual(['Initialize']);
    done.session.finish();
    expect(done.lms.data.get('cmi.exit')).toBe('normal');
    const partway = launch('2004');
    partway.session.finish();
    expect(partway.lms.data.get('cmi.exit')).toBe('suspend');
    expect(partway.lms.data.get('cmi.success_status')).toBeUndefined();
  });

  it('restores what the previous launch suspended', () => {
    const { started } = launch('2004', { data: { 'cmi.suspend_data': '1.z.die,max' } });
    expect(started).toEqual({ restored: { seed: 35, solved: ['die', 'max'] } });
  });

  it('writes only SCORM 2004 elements', () => {
    const { lms, session } = launch('2004');
    session.answer('die', true, 'numeric');
    session.progress({ seed: 1, solved: questions });
    session.finish();
    const elements = lms.calls.filter((c) => c.startsWith('SetValue')).map((c) => c.split(' ')[1]);
    for (const element of elements) expect(element).not.toMatch(/^cmi\.core\.|lesson_status/);
    expect(lms.calls.join('\n')).not.toMatch(/not attempted/);
  });

  it('gives up quietly when Initialize fails', () => {
    const lms = fakeApi('2004');
    lms.api.Initialize = () => 'false';
    const onProblem = vi.fn();
    const session = createSession({ connection: connect(lms.api, '2004'), questions, onProblem });
    expect(session.start()).toBeNull();
    session.progress({ seed: 1, solved: ['die'] });
    session.finish();
    expect(onProblem).toHaveBeenCalledOnce();
    expect(lms.writes()).toEqual([]);
  });

  it('survives an API that throws', () => {
    const lms = fakeApi('2004');
    lms.api.SetValue = () => {
      throw new Error('LMS bug');
    };
    const onProblem = vi.fn();
    const session = createSession({ connection: connect(lms.api, '2004'), questions, onProblem });
    expect(session.start()).not.toBeNull();
    session.progress({ seed: 1, solved: ['die'] });
    session.finish();
    expect(onProblem).toHaveBeenCalled();
    expect(lms.calls.at(-1)).toBe('Terminate');
  });
});

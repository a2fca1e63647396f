// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { progressKey } from '../store/progress';
import { fakeApi } from './fake-api';
import { launchMeta } from './launch-meta';

/**
 * The bridge between the page and the LMS, on a page that looks like a package's launch page:
 * the events it listens to (reports, visibility, pagehide) and what reaches the API.
 */
const questions = ['fair-coin', 'die'];

/** A launch page with an LMS; the page's modules fresh, as on a real launch. */
async function startWith(data: Record<string, string> = {}, failSet = false) {
  document.head.innerHTML = launchMeta({ version: '2004', slug: 'entropy', questions });
  document.body.innerHTML = `<main class="embed">
    <entropic-island data-island="ChoiceQuestion"><div data-question="fair-coin"></div></entropic-island>
  </main>`;
  const lms = fakeApi('2004', { data, failSet });
  (window as unknown as { API_1484_11: object }).API_1484_11 = lms.api;
  vi.resetModules();
  const { progressStore } = await import('../store/progress');
  const { reportToHost } = await import('../embed/host-link');
  progressStore.setState({ solved: {}, seed: 42 });
  const { startLms } = await import('./start');
  startLms();
  return { lms, progressStore, reportToHost };
}

afterEach(() => {
  delete (window as unknown as { API_1484_11?: object }).API_1484_11;
});

describe('the LMS bridge', () => {
  it('does nothing on a page without the launch tag', async () => {
    document.head.innerHTML = '';
    const lms = fakeApi('2004');
    (window as unknown as { API_1484_11: object }).API_1484_11 = lms.api;
    const { startLms } = await import('./start');
    startLms();
    expect(lms.calls).toEqual([]);
  });

  it('restores the solved questions and seed the LMS kept', async () => {
    const { progressStore } = await startWith({ 'cmi.suspend_data': '1.z.die' });
    await progressStore.persist.rehydrate();
    expect(Object.keys(progressStore.getState().solved)).toEqual([progressKey('entropy', 'die')]);
    expect(progressStore.getState().seed).toBe(35);
  });

  it('passes the quizzes’ reports on, for its own lesson only', async () => {
    const { lms, progressStore, reportToHost } = await startWith();
    progressStore.setState({ solved: { [progressKey('entropy', 'fair-coin')]: { at: 1 } } });
    reportToHost('answer', { lesson: 'other', question: 'x', result: 'correct', attempts: 1 });
    reportToHost('answer', {
      lesson: 'entropy',
      question: 'fair-coin',
      result: 'correct',
      attempts: 1,
    });
    reportToHost('progress', { lesson: 'entropy', solved: 1, total: 2 });
    expect(lms.data.get('cmi.interactions.0.id')).toBe('fair-coin');
    // The question's island says what kind of interaction it is.
    expect(lms.data.get('cmi.interactions.0.type')).toBe('choice');
    expect(lms.data.has('cmi.interactions.1.id')).toBe(false);
    expect(lms.data.get('cmi.score.raw')).toBe('50');
    expect(lms.data.get('cmi.suspend_data')).toBe('1.16.fair-coin');
  });

  it('commits when hidden and terminates once, on pagehide', async () => {
    const { lms } = await startWith();
    lms.calls.length = 0;
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    expect(lms.calls).toEqual(['Commit']);
    window.dispatchEvent(new Event('beforeunload'));
    window.dispatchEvent(new Event('unload'));
    expect(lms.calls).not.toContain('Terminate');
    window.dispatchEvent(new Event('pagehide'));
    window.dispatchEvent(new Event('pagehide'));
    expect(lms.calls.filter((c) => c === 'Terminate')).toHaveLength(1);
  });

  it('shows one calm notice when the LMS refuses to save', async () => {
    const { reportToHost } = await startWith({}, true);
    reportToHost('progress', { lesson: 'entropy', solved: 0, total: 2 });
    const notices = document.querySelectorAll('[data-lms-problem]');
    expect(notices).toHaveLength(1);
    expect(notices[0]!.getAttribute('role')).toBe('status');
  });
});

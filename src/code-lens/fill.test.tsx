import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { fillPlaceholders } from './fill';

describe('fillPlaceholders', () => {
  it('fills every known placeholder wherever it sits in the highlighted spans', () => {
    const code = (
      <pre>
        <span>logits = np.array(__logits__)</span>
        <span>
          <span># __loss__ and __loss__</span>
        </span>
      </pre>
    );
    const html = renderToStaticMarkup(
      fillPlaceholders(code, { logits: '[2.0, 1.0]', loss: '0.4170' }),
    );
    expect(html).toBe(
      '<pre><span>logits = np.array([2.0, 1.0])</span><span><span># 0.4170 and 0.4170</span></span></pre>',
    );
  });

  it('leaves Python’s own dunder names alone', () => {
    expect(fillPlaceholders('def __init__(self):', { loss: '1' })).toBe('def __init__(self):');
  });
});

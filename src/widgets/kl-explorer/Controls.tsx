import { memo, useId, useState } from 'react';
import type { Mixture, Unit } from '../../metrics';
import type { KLActions } from './actions';
import type { Direction } from './state';
import { CopyLinkButton } from '../shared/CopyLinkButton';
import { EmbedButton } from '../../embed/EmbedButton';

interface ControlsProps {
  /** The note about other optima holds for this P only; a new P hides it. */
  p: Mixture;
  unit: Unit;
  direction: Direction;
  actions: KLActions;
}

/**
 * Direction, units, the two "best Q" buttons, descent (Descend becomes Stop while it runs) and
 * a shareable link. Memoised: a drag changes none of its props.
 */
export const Controls = memo(function Controls({ p, unit, direction, actions }: ControlsProps) {
  const id = useId();
  const [noteFor, setNoteFor] = useState<{ p: Mixture; text: string }>();
  const note = noteFor?.p === p ? noteFor.text : '';
  const setNote = (text: string) => setNoteFor({ p, text });
  const [descending, setDescending] = useState(false);
  return (
    <div className="widget-controls kl-controls">
      <fieldset>
        <legend>Direction</legend>
        {(
          [
            ['forward', 'forward D(P‖Q)'],
            ['reverse', 'reverse D(Q‖P)'],
          ] as const
        ).map(([value, label]) => (
          <label key={value}>
            <input
              type="radio"
              name={`${id}-direction`}
              checked={direction === value}
              onChange={() => actions.setDirection(value)}
            />{' '}
            {label}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Unit</legend>
        {(['nats', 'bits'] as const).map((value) => (
          <label key={value}>
            <input
              type="radio"
              name={`${id}-unit`}
              checked={unit === value}
              onChange={() => actions.setUnit(value)}
            />{' '}
            {value}
          </label>
        ))}
      </fieldset>
      <div className="kl-buttons" role="group" aria-label="Fit Q">
        <button
          type="button"
          onClick={() => {
            setNote('');
            actions.bestForward();
          }}
        >
          Best Q for forward KL
        </button>
        <button type="button" onClick={() => setNote(actions.bestReverse())}>
          Best Q for reverse KL
        </button>
        <button
          type="button"
          onClick={() => {
            if (descending) {
              // Stopped where it is: that is where the student's Q now stands.
              actions.stop();
              actions.commit();
              return;
            }
            setNote('');
            setDescending(true);
            actions.descend(() => setDescending(false));
          }}
        >
          {descending ? 'Stop' : 'Descend'}
        </button>
        <CopyLinkButton copy={actions.copyLink} /> <EmbedButton target={actions.embedTarget} />
      </div>
      {note ? <p className="kl-note">{note}</p> : null}
    </div>
  );
});

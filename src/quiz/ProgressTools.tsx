import { useState, type ChangeEvent } from 'react';
import { progressStore, useProgress } from '../store/progress';
import { ConfirmButton } from './ConfirmButton';
import { ProgressNotice } from './ProgressNotice';
import './quiz.css';

/** Export, import and reset of all progress, for the lesson list. */
export function ProgressTools() {
  const solvedCount = useProgress((s) => Object.keys(s.solved).length);
  const [message, setMessage] = useState('');

  function exportFile() {
    const blob = new Blob([progressStore.getState().exportProgress()], {
      type: 'application/json',
    });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = 'entropic-progress.json';
    link.click();
    URL.revokeObjectURL(url);
  }

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const added = progressStore.getState().importProgress(await file.text());
    setMessage(
      added === undefined
        ? 'That file is not Entropic progress; nothing was changed.'
        : `Imported: ${added} newly solved question${added === 1 ? '' : 's'}; nothing you had solved was lost.`,
    );
  }

  return (
    <section className="progress-tools" aria-labelledby="progress-tools-title">
      <h2 id="progress-tools-title" className="list-title">
        Your progress
      </h2>
      <p>
        Progress is kept in this browser. Save it to a file to move it to another browser or keep a
        copy.
      </p>
      <div className="progress-actions">
        <button type="button" className="quiz-secondary" onClick={exportFile}>
          Export progress
        </button>
        <label className="quiz-secondary quiz-file">
          Import progress
          <input type="file" accept="application/json,.json" onChange={importFile} />
        </label>
        {solvedCount > 0 ? (
          <ConfirmButton
            label="Reset all progress"
            question={
              solvedCount === 1
                ? 'Forget the one solved question?'
                : `Forget all ${solvedCount} solved questions?`
            }
            confirmLabel="Yes, reset all"
            onConfirm={() => {
              progressStore.getState().resetAll();
              setMessage('All progress was reset.');
            }}
          />
        ) : null}
      </div>
      <p role="status" className="progress-message">
        {message}
      </p>
      <ProgressNotice />
    </section>
  );
}

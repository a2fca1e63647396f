import { useOnline } from './useOnline';
import { useUpdate } from './service-worker';
import './offline.css';

/**
 * Two small, polite notes at the foot of the viewport: that the site works offline when the
 * network goes, and that a new version is ready when one has been installed. Both live regions
 * are always rendered, so screen readers already watch them when a note appears.
 */
export function ConnectionNotes() {
  const online = useOnline();
  const update = useUpdate();
  return (
    <div className="connection-notes">
      <p role="status" className="connection-note">
        {online ? '' : 'Offline: everything here still works; progress is saved on this device.'}
      </p>
      <p role="status" className="connection-note">
        {update ? (
          <>
            A new version of Entropic is ready.{' '}
            <button type="button" onClick={update}>
              Reload to update
            </button>
          </>
        ) : (
          ''
        )}
      </p>
    </div>
  );
}

import { EmbedButton } from '../../embed/EmbedButton';
import type { EmbedTarget } from '../../embed/embed-target';
import { CopyLinkButton } from './CopyLinkButton';
import type { CopiedLink } from './copy-embed-link';

/** What a widget's actions offer for sharing its current state. */
export interface ShareActions {
  copyLink(): Promise<CopiedLink>;
  embedTarget(): EmbedTarget | Promise<EmbedTarget>;
}

/** "Copy link" and "Embed" side by side: every widget's way to pass its current state on. */
export function ShareLinks({ actions }: { actions: ShareActions }) {
  return (
    <div className="control-link">
      <CopyLinkButton copy={actions.copyLink} /> <EmbedButton target={actions.embedTarget} />
    </div>
  );
}

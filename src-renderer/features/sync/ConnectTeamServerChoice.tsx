import { useState } from 'react';
import { Dialog } from '../shared/Dialog';
import { ConnectForm } from './ConnectForm';
import './sync.css';

/** The welcome screen's third way in: the CSM's own book from the agency's team server. */
export function ConnectTeamServerChoice({ disabled }: { disabled?: boolean }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="choice choice--team" onClick={() => setOpen(true)} disabled={disabled}>
        <span className="choice__title">Connect to your team server</span>
        <span className="choice__text">
          Your own book from your agency’s server, kept in sync. You need its address and your token.
        </span>
      </button>
      <Dialog title="Connect to your team server" open={open} onClose={() => setOpen(false)}>
        <div className="dialog__body">
          <ConnectForm />
        </div>
      </Dialog>
    </>
  );
}

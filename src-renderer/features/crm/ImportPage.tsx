import { useState } from 'react';
import type { ImportMapping } from '../../../src-core/crm';
import { reportError } from '../../app/describe-error';
import { showToast } from '../../app/toasts';
import { usePlatform } from '../../platform';
import type { ImportFile } from '../../platform/platform';
import { FileMapping } from './FileMapping';
import { importBlocker, issueCounts } from './import-counts';
import { NotImported, PreviewSummary } from './PreviewSummary';
import { useCommitImport, useImportPreview, useSavedMapping } from './queries';
import './crm.css';

/**
 * `#/import`: CRM exports, KPI files and calendars into the local book. Pick files; the preview
 * shows what each file was read as, the mapping (editable), what will be created, updated or left
 * unchanged, and every row that will not be imported. Nothing changes until Import.
 */
export function ImportPage() {
  const platform = usePlatform();
  const saved = useSavedMapping();
  const [files, setFiles] = useState<ImportFile[]>([]);
  const [pick, setPick] = useState(0);
  const [edited, setEdited] = useState<ImportMapping | null>(null);
  const [leaveOut, setLeaveOut] = useState(false);
  const [remember, setRemember] = useState(true);
  const mapping = edited ?? saved.data;
  const preview = useImportPreview(files, pick, mapping);
  const commit = useCommitImport();

  const choose = async () => {
    try {
      const picked = await platform.pickImportFiles();
      if (!picked) return;
      setFiles(picked);
      setPick((n) => n + 1);
      commit.reset();
    } catch (error) {
      showToast('error', reportError(error, 'opening the files'));
    }
  };

  const plan = preview.data;
  const blocker = plan ? importBlocker(plan, leaveOut) : null;
  const rows = plan?.writes.length ?? 0;
  const run = () => {
    if (!plan || !mapping) return;
    commit.mutate(
      { plan, mapping, remember },
      {
        onSuccess: ({ written, accounts }) => {
          showToast('success', `Imported ${written.toLocaleString('en-US')} rows across ${accounts} accounts.`);
          setFiles([]);
        },
      },
    );
  };

  return (
    <div className="page page--narrow import-page">
      <header className="page-header">
        <div>
          <h1>Import</h1>
          <p className="page-header__sub">
            Salesforce and HubSpot exports, KPI files and calendars (.ics). Nothing changes until you press Import.
          </p>
        </div>
        <button type="button" className="button button--primary" onClick={() => void choose()}>
          {files.length > 0 ? 'Choose other files…' : 'Choose files…'}
        </button>
      </header>
      {commit.isSuccess && files.length === 0 && (
        <p className="card import-done" role="status">
          Imported {commit.data.written.toLocaleString('en-US')} rows. <a href="#/book">Open the Book</a>
        </p>
      )}
      {files.length === 0 && !commit.isSuccess && <EmptyState />}
      {files.length > 0 && preview.isPending && (
        <p className="loading" role="status">
          Reading {files.length === 1 ? files[0]!.name : `${files.length} files`}…
        </p>
      )}
      {preview.isError && (
        <p role="alert" className="card import-failure">
          {reportError(preview.error, 'reading the files')}
        </p>
      )}
      {plan && files.length > 0 && mapping && (
        <>
          <PreviewSummary plan={plan} />
          <NotImported plan={plan} />
          {plan.files.map((file) => (
            <FileMapping key={file.name} file={file} mapping={mapping} onChange={setEdited} />
          ))}
          <section className="card import-go">
            {issueCounts(plan).invalid > 0 && (
              <label className="check">
                <input type="checkbox" checked={leaveOut} onChange={(e) => setLeaveOut(e.target.checked)} />
                Leave out the {issueCounts(plan).invalid} rows that cannot be read, and import the rest
              </label>
            )}
            <label className="check">
              <input type="checkbox" checked={remember} onChange={(e) => setRemember(e.target.checked)} />
              Use this mapping next time
            </label>
            {blocker && <p className="hint">{blocker}</p>}
            <button
              type="button"
              className="button button--primary"
              disabled={blocker !== null || commit.isPending}
              onClick={run}
            >
              {commit.isPending ? 'Importing…' : `Import ${rows.toLocaleString('en-US')} rows`}
            </button>
          </section>
        </>
      )}
    </div>
  );
}

function EmptyState() {
  return (
    <section className="card import-empty">
      <h2 className="card__title">What Fieldbook reads</h2>
      <ul>
        <li>
          <span className="strong">Salesforce</span>: Accounts, Contacts, Opportunities, Tasks, Events and Notes from
          Data Loader or Data Export, and report exports ("Export Details").
        </li>
        <li>
          <span className="strong">HubSpot</span>: Companies, Contacts, Deals, Calls, Meetings, Emails and Notes, with
          their associations.
        </li>
        <li>
          <span className="strong">KPI files</span>: account, metric, channel, date, value and target, from analytics or
          call tracking.
        </li>
        <li>
          <span className="strong">Calendars</span>: .ics files from Outlook or Google; meetings go to the account whose
          people attend.
        </li>
      </ul>
      <p className="hint">Choose several files at once: accounts first or not, each row finds its account.</p>
    </section>
  );
}

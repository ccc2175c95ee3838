import { useState } from 'react';
import type { ImportMapping } from '../../../src-core/crm';
import { reportError } from '../../app/describe-error';
import { showToast } from '../../app/toasts';
import { usePlatform } from '../../platform';
import type { ImportFile } from '../../platform/platform';
import { FileMapping } from './FileMapping';
import { ImportEmpty } from './ImportEmpty';
import { ImportGo } from './ImportGo';
import { NotImported, PreviewSummary } from './PreviewSummary';
import { useCommitImport, useImportPreview, useSavedMapping } from './queries';
import './crm.css';

/** The files picked and the mapping the CSM is editing; a new pick re-reads them. */
function useImportFiles() {
  const platform = usePlatform();
  const [files, setFiles] = useState<ImportFile[]>([]);
  const [pick, setPick] = useState(0);
  const choose = async () => {
    try {
      const picked = await platform.pickImportFiles();
      if (!picked) return;
      setFiles(picked);
      setPick((n) => n + 1);
    } catch (error) {
      showToast('error', reportError(error, 'opening the files'));
    }
  };
  return { files, pick, choose, clear: () => setFiles([]) };
}

/**
 * `#/import`: CRM exports, KPI files and calendars into the local book. Pick files; the preview
 * shows what each file was read as, the mapping (editable), what will be created, updated or left
 * unchanged, and every row that will not be imported. Nothing changes until Import.
 */
export function ImportPage() {
  const { files, pick, choose, clear } = useImportFiles();
  const saved = useSavedMapping();
  const [edited, setEdited] = useState<ImportMapping | null>(null);
  const [leaveOut, setLeaveOut] = useState(false);
  const [remember, setRemember] = useState(true);
  const mapping = edited ?? saved.data;
  const preview = useImportPreview(files, pick, mapping);
  const commit = useCommitImport();
  const plan = files.length > 0 ? preview.data : undefined;
  const run = () => {
    if (!plan || !mapping) return;
    const done = ({ written, accounts }: { written: number; accounts: number }) => {
      showToast('success', `Imported ${written.toLocaleString('en-US')} rows across ${accounts} accounts.`);
      clear();
    };
    commit.mutate({ plan, mapping, remember }, { onSuccess: done });
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
        <button
          type="button"
          className="button button--primary"
          onClick={() => void choose().then(() => commit.reset())}
        >
          {files.length > 0 ? 'Choose other files…' : 'Choose files…'}
        </button>
      </header>
      {commit.isSuccess && files.length === 0 && (
        <p className="card import-done" role="status">
          Imported {commit.data.written.toLocaleString('en-US')} rows. <a href="#/book">Open the Book</a>
        </p>
      )}
      {files.length === 0 && !commit.isSuccess && <ImportEmpty />}
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
      {plan && mapping && (
        <>
          <PreviewSummary plan={plan} />
          <NotImported plan={plan} />
          {plan.files.map((file) => (
            <FileMapping key={file.name} file={file} mapping={mapping} onChange={setEdited} />
          ))}
          <ImportGo
            plan={plan}
            leaveOut={leaveOut}
            remember={remember}
            pending={commit.isPending}
            onLeaveOut={setLeaveOut}
            onRemember={setRemember}
            onImport={run}
          />
        </>
      )}
    </div>
  );
}

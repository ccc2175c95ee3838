import { CrmExportCard } from './CrmExportCard';
import { TableCsvCard } from './TableCsvCard';
import './crm.css';

/** `#/export`: the day's work back to the CRM and the calendar, and any table as a CSV. */
export function ExportPage() {
  return (
    <div className="page page--narrow import-page">
      <header className="page-header">
        <div>
          <h1>Export</h1>
          <p className="page-header__sub">
            Touchpoints, notes and time you logged here, as files Salesforce's and HubSpot's importers take; planned
            meetings for your calendar.
          </p>
        </div>
        <a className="button" href="#/import">
          Import…
        </a>
      </header>
      <CrmExportCard />
      <TableCsvCard />
    </div>
  );
}

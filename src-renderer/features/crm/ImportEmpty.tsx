/** Before any file is chosen: what Fieldbook reads, in the CRMs' own words. */
export function ImportEmpty() {
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

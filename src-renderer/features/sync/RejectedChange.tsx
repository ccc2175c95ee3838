import { useState } from 'react';
import type { RejectedEntry } from '../../store';
import { useTimeZone } from '../shared/clock';
import { formatDateTime } from '../shared/format';
import { useDiscardRejected, useRetryRejected } from './couldnt-sync-queries';
import { describeRejected, editableFields, editedValues, fieldLabel, type EditableValue } from './rejected-change';

/** One refused change: what, where, why; edit its fields, retry, or discard it. */
export function RejectedChange({ entry, accountName }: { entry: RejectedEntry; accountName: string | null }) {
  const zone = useTimeZone();
  const words = describeRejected(entry, accountName);
  const fields = editableFields(entry);
  const [editing, setEditing] = useState(false);
  const [edits, setEdits] = useState<Record<string, string | boolean>>({});
  const retry = useRetryRejected();
  const discard = useDiscardRejected();
  const busy = retry.isPending || discard.isPending;

  return (
    <li className="card couldnt-sync__item">
      <div className="couldnt-sync__head">
        <strong>
          {words.what} · {words.account}
        </strong>
        <span className="hint">{formatDateTime(entry.createdAt, zone)}</span>
      </div>
      {words.excerpt && <p className="prewrap">{words.excerpt}</p>}
      <p className="couldnt-sync__reason">
        {words.reason}: {words.message}
      </p>
      {editing && (
        <div className="couldnt-sync__fields">
          {fields.map(([field, value]) => (
            <FieldEditor
              key={field}
              field={field}
              value={value}
              edited={edits[field]}
              onChange={(v) => setEdits({ ...edits, [field]: v })}
            />
          ))}
        </div>
      )}
      <div className="form-actions form-actions--start">
        {fields.length > 0 && !editing && (
          <button type="button" className="button" onClick={() => setEditing(true)} disabled={busy}>
            Edit
          </button>
        )}
        <button
          type="button"
          className="button button--primary"
          onClick={() =>
            retry.mutate({ mutationId: entry.mutationId, fields: editing ? editedValues(fields, edits) : {} })
          }
          disabled={busy}
        >
          {editing ? 'Save and retry' : 'Retry'}
        </button>
        <button
          type="button"
          className="button button--danger-outline"
          onClick={() => discard.mutate(entry.mutationId)}
          disabled={busy}
        >
          Discard
        </button>
      </div>
    </li>
  );
}

function FieldEditor(props: {
  field: string;
  value: EditableValue;
  edited: string | boolean | undefined;
  onChange(v: string | boolean): void;
}) {
  const { field, value, edited, onChange } = props;
  if (typeof value === 'boolean') {
    return (
      <label className="check">
        <input type="checkbox" checked={(edited ?? value) as boolean} onChange={(e) => onChange(e.target.checked)} />{' '}
        {fieldLabel(field)}
      </label>
    );
  }
  const text = edited === undefined ? (value === null ? '' : String(value)) : String(edited);
  return (
    // biome-ignore lint/a11y/noLabelWithoutControl: the control is the textarea or input chosen below.
    <label className="field field--wide">
      <span>{fieldLabel(field)}</span>
      {typeof value === 'string' && value.length > 80 ? (
        <textarea value={text} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input
          value={text}
          inputMode={typeof value === 'number' ? 'decimal' : undefined}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </label>
  );
}

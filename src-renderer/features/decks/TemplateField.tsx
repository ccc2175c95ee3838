import { useState } from 'react';
import { importTemplate, templateFileTooLarge } from '../../../src-core/deck';
import { toBase64 } from '../../../src-core/deck/logo';
import type { StoredTemplate } from '../../../src-core/user-settings';
import { useTemplateSummary } from './queries';

interface Props {
  template: StoredTemplate | null;
  onChange(template: StoredTemplate | null): void;
}

/**
 * The agency's own PowerPoint template: import (checked, cut down to its design), see what was
 * taken from it and what was not, replace or remove. A file that cannot be used is refused in
 * plain words and the template in use stays as it was.
 */
export function TemplateField({ template, onChange }: Props) {
  const [problem, setProblem] = useState<string | null>(null);
  const [ignored, setIgnored] = useState<string[]>([]);
  const [reading, setReading] = useState(false);
  const choose = async (file: File | undefined) => {
    if (!file) return;
    const tooLarge = templateFileTooLarge(file.name, file.size);
    if (tooLarge) return setProblem(tooLarge);
    setReading(true);
    try {
      const result = await importTemplate(file.name, new Uint8Array(await file.arrayBuffer()));
      if (!result.ok) return setProblem(result.message);
      setProblem(null);
      setIgnored(result.ignored);
      onChange({ name: file.name.slice(0, 200), base64: toBase64(result.kept) });
    } finally {
      setReading(false);
    }
  };
  return (
    <div className="field">
      <span>PowerPoint template (.potx or .pptx)</span>
      <div className="branding__template">
        {template ? (
          <TemplateFacts template={template} />
        ) : (
          <span className="branding__no-logo">No template: decks use Fieldbook’s layout in the colours below.</span>
        )}
        <div className="branding__logo-actions">
          <label className="button button--small" htmlFor="brand-template">
            {template ? 'Replace…' : 'Import template…'}
          </label>
          <input
            id="brand-template"
            className="visually-hidden"
            type="file"
            accept=".potx,.pptx,application/vnd.openxmlformats-officedocument.presentationml.template,application/vnd.openxmlformats-officedocument.presentationml.presentation"
            aria-label="Template file"
            disabled={reading}
            onChange={(e) => {
              void choose(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
          {template && (
            <button
              type="button"
              className="button button--ghost button--small"
              onClick={() => {
                setIgnored([]);
                onChange(null);
              }}
            >
              Remove
            </button>
          )}
        </div>
      </div>
      {reading && (
        <p className="hint" role="status">
          Reading the template…
        </p>
      )}
      {ignored.length > 0 && template && (
        <div className="hint branding__ignored" role="status">
          Not carried into decks:
          <ul aria-label="Not carried into decks">
            {ignored.map((i) => (
              <li key={i}>{i}</li>
            ))}
          </ul>
        </div>
      )}
      {problem && (
        <p className="bad-text branding__problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}

function TemplateFacts({ template }: { template: StoredTemplate }) {
  const summary = useTemplateSummary(template);
  return (
    <div className="branding__template-facts">
      <strong className="mono">{template.name}</strong>
      {summary.data && 'problem' in summary.data && <span className="bad-text">{summary.data.problem}</span>}
      {summary.data && 'size' in summary.data && (
        <dl className="facts facts--compact" aria-label="Taken from the template">
          <dt>Slides</dt>
          <dd>{summary.data.size}</dd>
          <dt>Fonts</dt>
          <dd>{summary.data.fonts}</dd>
          <dt>Charts</dt>
          <dd className="branding__swatches">
            {summary.data.chartColours.map((c, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: six theme accents in a fixed order; colours may repeat.
              <span key={i} className="branding__swatch" style={{ background: `#${c}` }} title={`#${c}`} />
            ))}
          </dd>
          <dt>Layouts</dt>
          <dd>{summary.data.layouts.join(', ') || 'The master only'}</dd>
          <dt>Logo</dt>
          <dd>{summary.data.logo ?? 'None in the template: your logo below is used'}</dd>
        </dl>
      )}
    </div>
  );
}

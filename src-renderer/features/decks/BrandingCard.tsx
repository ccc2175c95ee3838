import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { fromBase64 } from '../../../src-core/deck/logo';
import { SAFE_FONTS, type Branding, type StoredLogo, type StoredTemplate } from '../../../src-core/user-settings';
import type { SettingsState } from '../../store/settings-repo';
import { useResetSettingsKind, useSaveSettingsKind } from '../settings/mutations';
import { useEffectiveSettings } from '../settings/queries';
import { settingsSource } from '../settings/settings-source';
import { SettingsSyncNote } from '../settings/SettingsSyncNote';
import { checkLogoFile, logoTooLarge, validateBranding, type BrandingProblems } from './branding';
import { TemplateField } from './TemplateField';
import './decks.css';
import { FormField } from '../shared/FormField';

/** Agency name, colours, font and logo used by every deck; they follow the CSM to every laptop. */
export function BrandingCard() {
  const loaded = useEffectiveSettings();
  if (!loaded.data) return <section className="card branding" aria-busy="true" />;
  const branding = loaded.data.branding;
  return (
    <BrandingForm
      key={JSON.stringify({
        ...branding,
        logo: branding.logo?.base64.length ?? null,
        template: branding.template ? [branding.template.name, branding.template.base64.length] : null,
      })}
      state={loaded.data}
    />
  );
}

function BrandingForm({ state }: { state: SettingsState }) {
  const initial = state.branding;
  const save = useSaveSettingsKind<Branding>('branding');
  const reset = useResetSettingsKind('branding');
  const resetLabel = settingsSource(state, 'branding').resetLabel;
  const [form, setForm] = useState({
    agencyName: initial.agencyName,
    primaryColor: `#${initial.primaryColor}`,
    accentColor: `#${initial.accentColor}`,
    font: initial.font,
  });
  const [logo, setLogo] = useState<StoredLogo | null>(initial.logo);
  const [template, setTemplate] = useState<StoredTemplate | null>(initial.template);
  const [problems, setProblems] = useState<BrandingProblems>({});
  const set = (field: keyof typeof form) => (value: string) => {
    setForm((f) => ({ ...f, [field]: value }));
    // A corrected field stops being flagged at once; the rest wait for the next save.
    setProblems(({ [field]: _fixed, ...rest }) => rest);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const checked = validateBranding(form);
    if (!checked.ok) return setProblems(checked.problems);
    setProblems({});
    save.mutate({ ...checked.value, logo, template });
  };

  return (
    <section className="card branding" aria-labelledby="branding-title">
      <h2 id="branding-title" className="card__title">
        Branding
      </h2>
      <p className="muted branding__lead">
        Used on every deck. With your agency’s PowerPoint template, decks take its slide size, theme, fonts and layouts;
        the name, colours, font and logo below fill in what it does not set.
      </p>
      <SettingsSyncNote state={state} kind="branding" />
      <form className="branding__form" onSubmit={submit} noValidate>
        <TemplateField template={template} onChange={setTemplate} />
        <FormField id="brand-agency" label="Agency name" problem={problems.agencyName}>
          <input
            id="brand-agency"
            value={form.agencyName}
            maxLength={80}
            onChange={(e) => set('agencyName')(e.target.value)}
          />
        </FormField>
        <ColourField
          id="brand-primary"
          label="Primary colour"
          value={form.primaryColor}
          problem={problems.primaryColor}
          onChange={set('primaryColor')}
        />
        <ColourField
          id="brand-accent"
          label="Accent colour"
          value={form.accentColor}
          problem={problems.accentColor}
          onChange={set('accentColor')}
        />
        <FormField id="brand-font" label="Font" problem={problems.font}>
          <select id="brand-font" value={form.font} onChange={(e) => set('font')(e.target.value)}>
            {SAFE_FONTS.map((f) => (
              <option key={f}>{f}</option>
            ))}
          </select>
        </FormField>
        <LogoField logo={logo} onChange={setLogo} />
        <BrandPreview name={form.agencyName} primary={form.primaryColor} accent={form.accentColor} font={form.font} />
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={save.isPending}>
            Save branding
          </button>
          {resetLabel && (
            <button type="button" className="button" disabled={reset.isPending} onClick={() => reset.mutate()}>
              {resetLabel}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}

/** Upload, preview, replace or remove the logo; a file that cannot be used is refused in plain words. */
function LogoField({ logo, onChange }: { logo: StoredLogo | null; onChange(logo: StoredLogo | null): void }) {
  const [problem, setProblem] = useState<string | null>(null);
  const url = useObjectUrl(logo);
  const choose = async (file: File | undefined) => {
    if (!file) return;
    const tooLarge = logoTooLarge(file.name, file.size);
    if (tooLarge) return setProblem(tooLarge);
    const checked = checkLogoFile(file.name, new Uint8Array(await file.arrayBuffer()));
    if (!checked.ok) return setProblem(checked.message);
    setProblem(null);
    onChange(checked.logo);
  };
  return (
    <div className="field">
      <span>Logo (PNG or JPEG, up to 1 MB)</span>
      <div className="branding__logo">
        {url ? (
          <img src={url} alt={`Logo: ${logo?.name}`} />
        ) : (
          <span className="branding__no-logo">No logo: the agency name is shown</span>
        )}
        <div className="branding__logo-actions">
          <label className="button button--small" htmlFor="brand-logo">
            {logo ? 'Replace…' : 'Upload…'}
          </label>
          <input
            id="brand-logo"
            className="visually-hidden"
            type="file"
            accept="image/png,image/jpeg"
            aria-label="Logo file"
            onChange={(e) => void choose(e.target.files?.[0])}
          />
          {logo && (
            <button type="button" className="button button--ghost button--small" onClick={() => onChange(null)}>
              Remove
            </button>
          )}
        </div>
      </div>
      {problem && (
        <p className="bad-text branding__problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}

function ColourField({
  id,
  label,
  value,
  problem,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  problem?: string | undefined;
  onChange(v: string): void;
}) {
  const swatch = /^#[0-9a-fA-F]{6}$/.test(value) ? value : '#ffffff';
  return (
    <FormField id={id} label={label} problem={problem}>
      <span className="branding__colour">
        <input
          type="color"
          aria-label={`${label} picker`}
          value={swatch.toLowerCase()}
          onChange={(e) => onChange(e.target.value.toUpperCase())}
        />
        <input
          id={id}
          value={value}
          maxLength={7}
          spellCheck={false}
          aria-invalid={problem ? true : undefined}
          onChange={(e) => onChange(e.target.value)}
        />
      </span>
    </FormField>
  );
}

/** A thumbnail of a title slide in the chosen colours and font. */
function BrandPreview({
  name,
  primary,
  accent,
  font,
}: {
  name: string;
  primary: string;
  accent: string;
  font: string;
}) {
  const ok = (c: string) => (/^#[0-9a-fA-F]{6}$/.test(c) ? c : '#cccccc');
  return (
    <div
      className="brand-preview"
      aria-hidden="true"
      style={{ fontFamily: `'${font}', sans-serif`, background: ok(primary) }}
    >
      <span className="brand-preview__title">Account — QBR</span>
      <span className="brand-preview__rule" style={{ background: ok(accent) }} />
      <span className="brand-preview__by">{name || 'Your agency'}</span>
    </div>
  );
}

function useObjectUrl(logo: StoredLogo | null): string | null {
  const url = useMemo(() => {
    const bytes = logo ? fromBase64(logo.base64) : null;
    return bytes ? URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'image/*' })) : null;
  }, [logo]);
  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url]);
  return url;
}

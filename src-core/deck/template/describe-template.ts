import type { DeckTemplate, EmuBox } from './template-types';

/** What a CSM is shown of an imported template, in their words: it is how they check it took. */
export interface TemplateSummary {
  /** "10 × 7.5 in (4:3)". */
  size: string;
  /** "DejaVu Serif for titles, DejaVu Sans for text". */
  fonts: string;
  /** The six accent colours charts are drawn in, 6-digit hex. */
  chartColours: string[];
  /** The template's layouts the decks use, by name. */
  layouts: string[];
  /** "A picture on the master, top right" or null when the template has none (the branding logo is used). */
  logo: string | null;
}

const RATIOS: [number, string][] = [
  [16 / 9, '16:9'],
  [4 / 3, '4:3'],
  [16 / 10, '16:10'],
];

export function describeTemplate(t: DeckTemplate): TemplateSummary {
  const inches = (emu: number) => String(Math.round((emu / 914_400) * 100) / 100);
  const ratio = RATIOS.find(([r]) => Math.abs(t.sizeEmu.cx / t.sizeEmu.cy - r) < 0.01)?.[1];
  const c = t.colours;
  return {
    size: `${inches(t.sizeEmu.cx)} × ${inches(t.sizeEmu.cy)} in${ratio ? ` (${ratio})` : ''}`,
    fonts:
      t.fonts.major === t.fonts.minor
        ? `${t.fonts.major} throughout`
        : `${t.fonts.major} for titles, ${t.fonts.minor} for text`,
    chartColours: [c.accent1, c.accent2, c.accent3, c.accent4, c.accent5, c.accent6],
    layouts: Object.values(t.layouts).map((l) => l.name),
    logo: logoWords(t),
  };
}

function logoWords(t: DeckTemplate): string | null {
  const master = t.master.pictures[0];
  if (master) return `A picture on the master, ${placeWords(master, t.sizeEmu)}`;
  const layout = Object.values(t.layouts).find((l) => l.pictures.length > 0);
  return layout ? `A picture on the "${layout.name}" layout, ${placeWords(layout.pictures[0]!, t.sizeEmu)}` : null;
}

function placeWords(box: EmuBox, size: { cx: number; cy: number }): string {
  const cx = (box.x + box.cx / 2) / size.cx;
  const cy = (box.y + box.cy / 2) / size.cy;
  const v = cy < 1 / 3 ? 'top' : cy > 2 / 3 ? 'bottom' : 'middle';
  const h = cx < 1 / 3 ? 'left' : cx > 2 / 3 ? 'right' : 'centre';
  return v === 'middle' && h === 'centre' ? 'in the centre' : `${v} ${h}`;
}

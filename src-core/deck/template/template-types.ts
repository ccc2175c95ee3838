import type { Relationship } from './opc';

/** The agency's template, read: what a deck takes from it and the parts carried into the deck. */
export type TemplateRole = 'title' | 'section' | 'content';

/** A box in EMU (914,400 to the inch), as the template states it. */
export interface EmuBox {
  x: number;
  y: number;
  cx: number;
  cy: number;
}

/** A background, as far as text colour needs to know it: a colour, or a picture of unknown shade. */
export type Fill = { kind: 'colour'; color: string } | { kind: 'picture' };

export const SCHEME_COLOURS = [
  'dk1',
  'lt1',
  'dk2',
  'lt2',
  'accent1',
  'accent2',
  'accent3',
  'accent4',
  'accent5',
  'accent6',
  'hlink',
  'folHlink',
] as const;
export type SchemeColour = (typeof SCHEME_COLOURS)[number];

/** Placeholder boxes by type (`title`, `ctrTitle`, `subTitle`, `body`, `ftr`, `sldNum`, `dt`). */
export type PlaceholderBoxes = Partial<Record<string, EmuBox>>;

export interface TemplateSlideKind {
  part: string;
  name: string;
  placeholders: PlaceholderBoxes;
  /** Null when the part sets none (a layout then shows the master's). */
  background: Fill | null;
  /** Pictures drawn on every slide of this kind (a logo). */
  pictures: EmuBox[];
  /**
   * Pictures and filled plain shapes drawn on every slide of this kind, in drawing order: one over
   * most of the slide is its background in all but name (LibreOffice writes backgrounds so). A
   * gradient counts as a picture: its shade is not one colour.
   */
  shapes: { box: EmuBox; fill: Fill }[];
  /** False when the layout hides the master's pictures and shapes. */
  showMasterShapes: boolean;
}

export interface DeckTemplate {
  /** The file name it was imported from. */
  name: string;
  sizeEmu: { cx: number; cy: number };
  colours: Record<SchemeColour, string>;
  /** The master's mapping of bg1/tx1/bg2/tx2 to the scheme's dark and light colours. */
  colourMap: Record<string, string>;
  fonts: { major: string; minor: string };
  /** The master's title and body text colours, resolved; null when it sets none. */
  titleColour: string | null;
  bodyColour: string | null;
  master: TemplateSlideKind;
  layouts: Partial<Record<TemplateRole, TemplateSlideKind>>;
  themePart: string;
  /** Every XML part kept, by package path. */
  xml: ReadonlyMap<string, string>;
  /** Every picture kept, by package path. */
  media: ReadonlyMap<string, Uint8Array>;
  /** Relationships of the master and the layouts, by the part they belong to. */
  rels: ReadonlyMap<string, Relationship[]>;
}

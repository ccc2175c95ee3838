import { fontName, type Theme } from '../theme';
import { contrast, mostReadable, schemeColour } from './template-colours';
import type { DeckTemplate, Fill } from './template-types';

const WHITE = 'FFFFFF';

/**
 * The deck's colours and fonts on the agency's template: charts in the theme's six accents, text
 * in the theme's fonts, and each text colour the one of the theme's that reads on the template's
 * background (a dark title layout gets light text). Sizes and the good/bad tones stay Fieldbook's.
 */
export function templateTheme(t: DeckTemplate, base: Theme): Theme {
  const ctx = { colours: t.colours, colourMap: t.colourMap };
  const scheme = (name: string) => schemeColour(name, ctx) ?? base.text;
  const light = scheme('bg1');
  const dark = scheme('tx1');
  const contentBg = colourOf(t.layouts.content?.background ?? t.master.background) ?? light;
  const coverBg = colourOf(t.layouts.title?.background ?? t.master.background);
  const text = mostReadable(contentBg, [dark, light]);
  const title = t.titleColour && contrast(t.titleColour, contentBg) >= 3 ? t.titleColour : null;
  const accents = [1, 2, 3, 4, 5, 6].map((i) => t.colours[`accent${i}` as keyof typeof t.colours]);
  // Table headers and column headings are filled with `primary` under white text.
  const primary =
    [t.colours.accent1, scheme('tx2'), ...accents, dark].find((c) => contrast(c, WHITE) >= 3) ?? base.primary;
  return {
    ...base,
    font: fontName(t.fonts.minor, base.font),
    titleFont: fontName(t.fonts.major, base.font),
    titleColor: title ?? mostReadable(contentBg, [scheme('tx2'), dark, light]),
    coverText: coverBg ? mostReadable(coverBg, [t.titleColour ?? dark, dark, light]) : (t.titleColour ?? dark),
    coverBackground: null,
    fromTemplate: true,
    primary,
    accent: t.colours.accent2,
    text,
    panel: contrast(t.colours.lt2, text) >= 4.5 ? t.colours.lt2 : base.panel,
    white: WHITE,
    series: accents,
    // Column headings are white on a fill: only the theme's colours dark enough for white text.
    headingFills: readableFills([primary, t.colours.accent2, ...accents, scheme('tx2')], base.headingFills),
  };
}

function readableFills(candidates: string[], fallback: string[]): string[] {
  const fills = [...new Set(candidates)].filter((c) => contrast(c, WHITE) >= 3).slice(0, 3);
  return fills.length > 0 ? fills : fallback;
}

function colourOf(fill: Fill | null | undefined): string | null {
  return fill?.kind === 'colour' ? fill.color : null;
}

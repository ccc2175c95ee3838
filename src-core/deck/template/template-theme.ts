import { fontName, type Theme } from '../theme';
import { contrast, luminance, mostReadable, schemeColour } from './template-colours';
import type { DeckTemplate, EmuBox, Fill, TemplateSlideKind } from './template-types';

const WHITE = 'FFFFFF';

/**
 * The deck's colours and fonts on the agency's template: charts in the theme's six accents, text
 * in the theme's fonts, and each text colour one that reads on what is behind it. On the slide's
 * background that is the master's own text colour when it reads there, else the theme's dark or
 * light, whichever reads (a dark title layout gets light text). Behind a picture whose shade is
 * unknown (a photo filling the slide), the master's own text colours are trusted: the template's
 * author chose them for it. Fieldbook's panels and table cells stay light, with dark text on them,
 * on any background. Sizes and the good/bad tones stay Fieldbook's.
 */
export function templateTheme(t: DeckTemplate, base: Theme): Theme {
  const ctx = { colours: t.colours, colourMap: t.colourMap };
  const scheme = (name: string) => schemeColour(name, ctx) ?? base.text;
  const light = scheme('bg1');
  const dark = scheme('tx1');
  const content = t.layouts.content ?? t.master;
  const contentBg = backgroundOf(content, t);
  const textOn = (behind: string | 'picture', own: string | null, candidates: string[], ratio: number) => {
    if (behind === 'picture') return own ?? candidates[0]!;
    return own && contrast(own, behind) >= ratio ? own : mostReadable(behind, candidates);
  };
  const text = textOn(contentBg, t.bodyColour, [dark, light], 4.5);
  const accents = [1, 2, 3, 4, 5, 6].map((i) => t.colours[`accent${i}` as keyof typeof t.colours]);
  // Table headers and column headings are filled with `primary` under white text.
  const primary =
    [t.colours.accent1, scheme('tx2'), ...accents, dark].find((c) => contrast(c, WHITE) >= 3) ?? base.primary;
  // Panels and table stripes are light whatever the slide is: their text is the darkest at hand.
  const panelText = mostReadable(WHITE, [dark, light, base.panelText]);
  const panel = contrast(t.colours.lt2, panelText) >= 4.5 ? t.colours.lt2 : base.panel;
  return {
    ...base,
    font: fontName(t.fonts.minor, base.font),
    titleFont: fontName(t.fonts.major, base.font),
    titleColor: textOn(contentBg, t.titleColour, [scheme('tx2'), dark, light], 3),
    coverText: textOn(backgroundOf(t.layouts.title ?? t.master, t), t.titleColour, [dark, light], 3),
    sectionText: textOn(backgroundOf(t.layouts.section ?? t.master, t), t.titleColour, [dark, light], 3),
    coverBackground: null,
    fromTemplate: true,
    primary,
    accent: t.colours.accent2,
    text,
    // Axis labels, legends and footers: Fieldbook's grey where it reads, else the text colour (light
    // text on a picture says the picture is dark).
    muted: (contentBg === 'picture' ? luminance(text) <= 0.5 : contrast(base.muted, contentBg) >= 3)
      ? base.muted
      : text,
    panel,
    panelText,
    panelMuted: contrast(base.panelMuted, panel) >= 3 ? base.panelMuted : panelText,
    white: WHITE,
    series: accents,
    // Column headings are white on a fill: only the theme's colours dark enough for white text.
    headingFills: readableFills([primary, t.colours.accent2, ...accents, scheme('tx2')], base.headingFills),
  };
}

/**
 * What is behind a slide's text: the topmost picture or filled shape over most of the slide (the
 * layout's over the master's, when it shows them: LibreOffice draws backgrounds so), else the
 * layout's background, else the master's, else the theme's `bg1`. A picture or a gradient is
 * 'picture': no one shade.
 */
function backgroundOf(kind: TemplateSlideKind, t: DeckTemplate): string | 'picture' {
  const area = t.sizeEmu.cx * t.sizeEmu.cy;
  const covers = (b: EmuBox) => b.cx * b.cy >= COVERING * area;
  const drawn = (k: TemplateSlideKind): Fill[] => k.shapes.filter((s) => covers(s.box)).map((s) => s.fill);
  const over = [...(kind !== t.master && kind.showMasterShapes ? drawn(t.master) : []), ...drawn(kind)];
  const fill = over[over.length - 1] ?? kind.background ?? t.master.background;
  if (fill?.kind === 'picture') return 'picture';
  return fill?.color ?? schemeColour('bg1', { colours: t.colours, colourMap: t.colourMap }) ?? WHITE;
}

/** A picture or filled shape over this share of the slide is its background, whatever the file calls it. */
const COVERING = 0.8;

function readableFills(candidates: string[], fallback: string[]): string[] {
  const fills = [...new Set(candidates)].filter((c) => contrast(c, WHITE) >= 3).slice(0, 3);
  return fills.length > 0 ? fills : fallback;
}

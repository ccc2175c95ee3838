import { describe, expect, it } from 'vitest';
import { buildQbrSpec, buildValueReportSpec, importTemplate, renderDeck } from '../../../src-core/deck';
import { luminance } from '../../../src-core/deck/template/template-colours';
import { parsePeriod } from '../../../src-core/time';
import { textOnSlides } from '../../support/pptx/text-contrast';
import { makeTemplate, TEMPLATE_GRADIENT, type TemplateOptions } from '../../support/pptx/test-template';
import { ACCOUNT_ID, BRANDING, NOW, fixtureBook } from './fixture-book';

/** The photo of `photo` designs is dark blue (TEMPLATE_PHOTO). */
const PHOTO = '182C5C';

const DESIGNS: [string, TemplateOptions, string | undefined][] = [
  ['a light design', {}, undefined],
  ['a dark design, its background mapped to the dark colour as PowerPoint’s dark themes do', { dark: true }, undefined],
  [
    'a photo under every slide and white text set on the master’s placeholders, as LibreOffice writes it',
    { photo: { text: 'FFFFFF' } },
    PHOTO,
  ],
  [
    'a gradient-filled shape over every slide and white text on the master’s placeholders (LibreOffice’s Lights)',
    { photo: { text: 'FFFFFF', gradient: true } },
    // The lighter of its two stops: the worst case for white text.
    TEMPLATE_GRADIENT[1],
  ],
];

async function decksOn(options: TemplateOptions): Promise<Uint8Array[]> {
  const imported = await importTemplate('Agency.potx', await makeTemplate(options));
  if (!imported.ok) throw new Error(imported.message);
  const input = { book: fixtureBook(), accountId: ACCOUNT_ID, branding: BRANDING, now: NOW };
  return Promise.all(
    [
      buildQbrSpec({ ...input, period: parsePeriod('2026-Q3') }),
      buildValueReportSpec({ ...input, period: parsePeriod('2026-09') }),
    ].map((spec) => renderDeck(spec, imported.template)),
  );
}

describe('text on an agency template reads on what is behind it', () => {
  it.each(DESIGNS)('%s: titles, bullets, cards, table cells, axes and legends', async (_, options, photo) => {
    for (const deck of await decksOn(options)) {
      const texts = await textOnSlides(deck, photo);
      expect(texts.length).toBeGreaterThan(50);
      // 3:1 is WCAG's floor for large text; text the same shade as what is behind it reads 1:1.
      expect(texts.filter((t) => t.ratio < 3)).toEqual([]);
    }
  });

  it('on a photo, titles and bullets take the colour the template’s author set for its text', async () => {
    const [qbr] = await decksOn({ photo: { text: 'FFFFFF' } });
    const onPhoto = (await textOnSlides(qbr!, PHOTO)).filter((t) => t.behind === PHOTO && !t.text.startsWith('chart'));
    expect(onPhoto.length).toBeGreaterThan(20);
    expect(new Set(onPhoto.map((t) => t.colour))).toEqual(new Set(['FFFFFF']));
  });

  it('on a dark design, table cells and cards stay light, with dark text on them', async () => {
    const [qbr] = await decksOn({ dark: true });
    const texts = await textOnSlides(qbr!);
    const darkOnLight = texts.filter((t) => luminance(t.behind) > 0.7 && luminance(t.colour) < 0.05);
    expect(darkOnLight.length).toBeGreaterThan(30);
    expect(texts.filter((t) => t.behind === '1B1B3A').length).toBeGreaterThan(20);
  });
});

import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { describeTemplate, importTemplate, loadTemplate, templateFileTooLarge } from '../../../src-core/deck';
import { makePng } from '../../support/pptx/png';
import { makeTemplate, TEMPLATE_COLOURS, TEMPLATE_FONTS, TEMPLATE_LOGO_BOX } from '../../support/pptx/test-template';

const NOTHING_CHANGED = 'Nothing was changed.';

async function refused(name: string, bytes: Uint8Array): Promise<string> {
  const result = await importTemplate(name, bytes);
  expect(result.ok).toBe(false);
  return result.ok ? '' : result.message;
}

describe('importing the agency template', () => {
  it('takes its theme, fonts, slide size, layouts and logo, and says what it leaves behind', async () => {
    const result = await importTemplate('Harbour.potx', await makeTemplate({ slides: 2 }));
    if (!result.ok) throw new Error(result.message);
    const t = result.template;
    expect(t.sizeEmu).toEqual({ cx: 9_144_000, cy: 6_858_000 });
    expect(t.colours).toEqual(TEMPLATE_COLOURS);
    expect(t.fonts).toEqual(TEMPLATE_FONTS);
    expect(t.master.pictures).toEqual([TEMPLATE_LOGO_BOX]);
    expect(describeTemplate(t)).toEqual({
      size: '10 × 7.5 in (4:3)',
      fonts: 'DejaVu Serif for titles, DejaVu Sans for text',
      chartColours: ['0B7A75', 'D1495B', 'EDAE49', '00798C', '30638E', '6B4E71'],
      layouts: ['Title Slide', 'Section Header', 'Title and Content'],
      logo: 'A picture on the master, top right',
    });
    expect(result.ignored).toEqual([
      'its 2 slides (only its design is used)',
      'its other layouts ("Two Content", "Blank"): decks use "Title Slide", "Section Header", "Title and Content"',
    ]);
    // What is kept is a minimal .potx of the template's own parts, read back exactly as the original.
    const kept = await JSZip.loadAsync(result.kept);
    expect(Object.keys(kept.files).filter((n) => /slides\/slide\d/.test(n))).toEqual([]);
    const again = await loadTemplate('Harbour.potx', result.kept);
    expect(again.ok && { colours: again.template.colours, fonts: again.template.fonts }).toEqual({
      colours: TEMPLATE_COLOURS,
      fonts: TEMPLATE_FONTS,
    });
  });

  it('names what it cannot carry from a layout it uses (an embedded object) and leaves it out', async () => {
    const zip = await JSZip.loadAsync(await makeTemplate());
    // Give the "Title and Content" layout the embedded spreadsheet the unused "Two Content" layout has.
    const four = await zip.file('ppt/slideLayouts/slideLayout4.xml')!.async('string');
    const frame = /<p:graphicFrame>.*<\/p:graphicFrame>/s.exec(four)![0];
    const two = await zip.file('ppt/slideLayouts/slideLayout2.xml')!.async('string');
    zip.file('ppt/slideLayouts/slideLayout2.xml', two.replace('</p:spTree>', `${frame}</p:spTree>`));
    zip.file(
      'ppt/slideLayouts/_rels/slideLayout2.xml.rels',
      await zip.file('ppt/slideLayouts/_rels/slideLayout4.xml.rels')!.async('string'),
    );
    const result = await importTemplate('Harbour.potx', await zip.generateAsync({ type: 'uint8array' }));
    if (!result.ok) throw new Error(result.message);
    expect(result.ignored).toContain('an embedded object on the "Title and Content" layout');
    const content = result.template.xml.get(result.template.layouts.content!.part)!;
    expect(content).not.toContain('oleObj');
  });

  it('refuses a damaged file, a macro-enabled file renamed .pptx, and a huge one, each in one message', async () => {
    const good = await makeTemplate();
    expect(await refused('Broken.potx', good.slice(0, good.length / 2))).toBe(
      'Not imported: "Broken.potx" is damaged: its contents could not be read. Nothing was changed.',
    );
    expect(await refused('Logo.pptx', makePng(10, 10))).toBe(
      'Not imported: "Logo.pptx" is not a PowerPoint template or presentation (.potx or .pptx). Nothing was changed.',
    );
    const macros = await refused('Agency.pptx', await makeTemplate({ macros: true }));
    expect(macros).toMatch(
      /^Not imported: "Agency\.pptx" contains macros \(it is a macro-enabled \.pptm or \.potm file/,
    );
    expect(macros).toContain('save it in PowerPoint as a PowerPoint Template (.potx)');
    expect(macros.endsWith(NOTHING_CHANGED)).toBe(true);
    // 50 MB is refused on its size, before a byte is read (the app checks File.size; the CLI, stat).
    const huge = templateFileTooLarge('Agency.potx', 50_000_000);
    expect(huge).toMatch(/^Not imported: "Agency\.potx" is 50\.0 MB; a template must be 25\.0 MB or smaller\./);
    expect(await refused('Agency.potx', await makeTemplate({ padBytes: 50_000_000 }))).toBe(huge);
  });

  it('refuses a Word document and a portrait template', async () => {
    const zip = await JSZip.loadAsync(await makeTemplate());
    const types = await zip.file('[Content_Types].xml')!.async('string');
    zip.file(
      '[Content_Types].xml',
      types.replace('presentationml.template.main+xml', 'wordprocessingml.document.main+xml'),
    );
    expect(await refused('Letter.potx', await zip.generateAsync({ type: 'uint8array' }))).toContain(
      'is a Word document, not a PowerPoint template',
    );
    expect(await refused('Tall.potx', await makeTemplate({ size: { cx: 6_858_000, cy: 9_144_000 } }))).toContain(
      'its slides are 7.5 × 10 in, portrait; decks need landscape slides',
    );
  });
});

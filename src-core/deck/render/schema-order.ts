/**
 * pptxgenjs 4.0.1 writes a few elements out of the order ECMA-376 requires. LibreOffice reads
 * them anyway; PowerPoint is strict about element order and offers to "repair" the file. Checked
 * with the ECMA-376 Transitional schemas (tools/ooxml/validate-ooxml).
 */

/** `<p:notesMasterIdLst>` belongs before `<p:sldIdLst>` (CT_Presentation), not after it. */
export function fixPresentationXml(xml: string): string {
  const notes = /<p:notesMasterIdLst>.*?<\/p:notesMasterIdLst>/s.exec(xml)?.[0];
  if (!notes || xml.indexOf(notes) < xml.indexOf('<p:sldIdLst')) return xml;
  return xml.replace(notes, '').replace('<p:sldIdLst', `${notes}<p:sldIdLst`);
}

/**
 * A line chart needs `<c:grouping>` before `<c:varyColors>`, and a line series takes no
 * `<c:invertIfNegative>` and puts `<c:marker>` before `<c:dLbls>` (CT_LineChart, CT_LineSer).
 */
export function fixLineChartOrder(xml: string): string {
  return xml.replace(/<c:lineChart>(.*?)<\/c:lineChart>/gs, (_group, inner: string) => {
    const grouped = inner.includes('<c:grouping')
      ? inner
      : inner.replace('<c:varyColors', '<c:grouping val="standard"/><c:varyColors');
    const series = grouped.replace(
      /<c:ser>(.*?)<\/c:ser>/gs,
      (_ser, s: string) => `<c:ser>${fixLineSeries(s)}</c:ser>`,
    );
    return `<c:lineChart>${series}</c:lineChart>`;
  });
}

function fixLineSeries(inner: string): string {
  const withoutInvert = inner.replace(/<c:invertIfNegative val="\d"\/>/g, '');
  const marker = /<c:marker>.*?<\/c:marker>/s.exec(withoutInvert)?.[0];
  const labels = withoutInvert.indexOf('<c:dLbls>');
  if (!marker || labels < 0 || withoutInvert.indexOf(marker) < labels) return withoutInvert;
  const moved = withoutInvert.replace(marker, '');
  return moved.replace('<c:dLbls>', `${marker}<c:dLbls>`);
}

/** In a category axis `<c:noMultiLvlLbl>` comes after `<c:tickLblSkip>` and `<c:tickMarkSkip>` (CT_CatAx). */
export function fixCategoryAxisOrder(xml: string): string {
  return xml.replace(/<c:catAx>(.*?)<\/c:catAx>/gs, (_axis, inner: string) => {
    const flag = /<c:noMultiLvlLbl val="\d"\/>/.exec(inner)?.[0];
    if (!flag) return `<c:catAx>${inner}</c:catAx>`;
    const rest = inner.replace(flag, '');
    const ext = rest.indexOf('<c:extLst');
    return `<c:catAx>${ext < 0 ? `${rest}${flag}` : `${rest.slice(0, ext)}${flag}${rest.slice(ext)}`}</c:catAx>`;
  });
}

/**
 * pptxgenjs writes every category axis as multi-level labels (`<c:multiLvlStrRef>`), even with
 * one level. PowerPoint and Apache POI expect one level as `<c:strRef>` (CT_StrRef): POI reads
 * no categories at all from the multi-level form. One level is rewritten as a string reference.
 */
export function singleLevelCategories(xml: string): string {
  return xml.replace(
    /<c:multiLvlStrRef>\s*(<c:f>.*?<\/c:f>)\s*<c:multiLvlStrCache>\s*(<c:ptCount val="\d+"\/>)\s*<c:lvl>(.*?)<\/c:lvl>\s*<\/c:multiLvlStrCache>\s*<\/c:multiLvlStrRef>/gs,
    (whole, ref: string, count: string, points: string) =>
      points.includes('<c:lvl>') ? whole : `<c:strRef>${ref}<c:strCache>${count}${points}</c:strCache></c:strRef>`,
  );
}

/**
 * A paragraph holds one `<a:pPr>`, first (CT_TextParagraph). pptxgenjs writes one before every
 * run of a multi-run paragraph (the commentary band's "CSM note" and its text): the later ones
 * are dropped; the first run's properties are the paragraph's.
 */
export function onePropertiesPerParagraph(xml: string): string {
  return xml.replace(/<a:p>(.*?)<\/a:p>/gs, (_p, inner: string) => {
    const head = /^<a:pPr\b(?:[^>]*\/>|.*?<\/a:pPr>)/s.exec(inner)?.[0] ?? '';
    const rest = inner.slice(head.length).replace(/<a:pPr\b(?:[^>]*\/>|.*?<\/a:pPr>)/gs, '');
    return `<a:p>${head}${rest}</a:p>`;
  });
}

/**
 * How large a template may be. The file itself may be large (sample slides full of photos), but
 * only its theme, master, three layouts and their pictures are kept, and what is kept travels
 * with the CSM's branding through the team server (one settings edit is at most 4 MB, beside a
 * 1 MB logo), so it must stay small.
 */
export const MAX_TEMPLATE_FILE_BYTES = 25_000_000;
export const MAX_KEPT_TEMPLATE_BYTES = 1_500_000;
/** One picture on the master or a layout, once unpacked. */
export const MAX_TEMPLATE_PICTURE_BYTES = 5_000_000;

export function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** Landscape slides from 4 in to 56 in wide (PowerPoint's own limits), 1.2:1 to 2.4:1. */
export function slideSizeProblem(cx: number, cy: number): string | null {
  const inches = (emu: number) => Math.round((emu / 914_400) * 100) / 100;
  const size = `${inches(cx)} × ${inches(cy)} in`;
  if (!(cx >= 3_657_600 && cx <= 51_206_400 && cy >= 914_400 && cy <= 51_206_400))
    return `its slide size (${size}) is not one PowerPoint allows`;
  const ratio = cx / cy;
  if (ratio < 1.2)
    return `its slides are ${size}, ${ratio < 1 ? 'portrait' : 'nearly square'}; decks need landscape slides`;
  if (ratio > 2.4) return `its slides are ${size}, too wide for charts and tables`;
  return null;
}

import type PptxGenJS from 'pptxgenjs';
import type { DeckTemplate } from '../template/template-types';
import { finishPackage } from './finish-package';

/**
 * Writes the package: stored by pptxgenjs (its `compression` flag is ignored for
 * `uint8array`, DESIGN §3), then corrected, put on the agency's template when there is one, and
 * deflated once by `finishPackage`, so a deck is ~150 KB instead of ~900 KB in Node, a page
 * and a worker alike.
 */
export async function writePackage(
  pptx: PptxGenJS,
  modifiedAt: string,
  template: DeckTemplate | null = null,
): Promise<Uint8Array> {
  const stored = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  return finishPackage(stored, modifiedAt, template);
}

import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * The ECMA-376 schema check (`tools/ooxml/validate-ooxml`, in the repository): what PowerPoint
 * would "repair", LibreOffice never shows. OOXML_VALIDATOR names another copy. It needs a JDK
 * (.ci/run installs one; docs/contributing.md lists it per OS).
 */
export function validatorPath(): string {
  const candidates = [
    process.env.OOXML_VALIDATOR,
    resolve(import.meta.dirname, '../../../tools/ooxml/validate-ooxml'),
  ].filter((p): p is string => typeof p === 'string');
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`validate-ooxml not found (looked in ${candidates.join(', ')}); set OOXML_VALIDATOR`);
  return found;
}

/** Each file's schema errors (empty when valid). */
export async function schemaErrors(paths: string[]): Promise<string> {
  try {
    await run(validatorPath(), paths, { timeout: 300_000, maxBuffer: 10_000_000 });
    return '';
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    if (err.code === 1) return `${err.stdout ?? ''}${err.stderr ?? ''}`;
    throw e;
  }
}

/**
 * One validator run (one JVM start) over several files: each file's schema errors ('' when
 * valid), read from the validator's report (`FILE: valid` or `FILE: N schema errors` + lines).
 */
export async function schemaErrorsByFile(paths: string[]): Promise<Map<string, string>> {
  const report = await schemaErrors(paths);
  const byFile = new Map(paths.map((path) => [path, ''] as [string, string]));
  let current: string | null = null;
  for (const line of report.split('\n')) {
    const head = paths.find((path) => line.startsWith(`${path}: `));
    if (head !== undefined) {
      current = head;
      if (!line.endsWith(': valid')) byFile.set(head, `${line}\n`);
    } else if (current !== null && line.startsWith('  ')) byFile.set(current, `${byFile.get(current)}${line}\n`);
  }
  return byFile;
}

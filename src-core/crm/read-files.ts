import { type BatchBuilder, createBatchBuilder } from './batch';
import { NotTextError, createChunkDecoder } from './decode';
import { kindsOf } from './file-kinds';
import { ImportFileError } from './import-error';
import type { ImportMapping } from './mapping';
import { createCsvFileReader } from './read-csv';
import { MAX_CALENDAR_CHARS, readIcsText } from './read-ics';
import type { ImportBatch, ImportSource } from './types';

/**
 * The importer's front door: files in (as chunks of bytes, however the caller reads them — a
 * Node stream, a browser File, IPC), one batch out. Each file's kind is recognised from its
 * headers (or its BEGIN:VCALENDAR). A file that cannot be read at all is a failure of its own;
 * rows that cannot be read are issues; neither stops the other files from being read, so the
 * preview can show everything wrong at once.
 */
export interface ImportFileInput {
  name: string;
  chunks(): AsyncIterable<Uint8Array>;
}

export interface ReadSettings {
  /** `--format`: only this CRM's kinds (or calendars, or KPIs); 'any' recognises everything. */
  source: ImportSource | 'any';
  mapping: ImportMapping;
  now: string;
  /** The CSM's zone, unless the mapping names another. */
  timeZone: string;
}

export async function readImportFiles(files: readonly ImportFileInput[], settings: ReadSettings): Promise<ImportBatch> {
  const batch = createBatchBuilder();
  for (const file of files) {
    try {
      await readOne(file, settings, batch);
    } catch (error) {
      batch.addFailure({ file: file.name, reason: failureReason(error) });
    }
  }
  return batch.build();
}

function failureReason(error: unknown): string {
  if (error instanceof ImportFileError) return error.reason;
  if (error instanceof NotTextError) return error.message;
  throw error;
}

async function readOne(file: ImportFileInput, settings: ReadSettings, batch: BatchBuilder): Promise<void> {
  const first = await firstChunk(file);
  if (first === null) throw new ImportFileError(file.name, 'The file is empty.');
  const isCalendar = /\.ics$/i.test(file.name) || /^(\uFEFF)?BEGIN:VCALENDAR/i.test(peek(first));
  if (settings.source === 'ics' && !isCalendar) {
    throw new ImportFileError(file.name, 'This is not a calendar file (.ics), as --format ics says.');
  }
  if (isCalendar) return readCalendar(file, settings, batch);
  if (settings.source === 'any' || settings.source !== 'ics') {
    const kinds = kindsOf(settings.source);
    const reader = createCsvFileReader(
      {
        name: file.name,
        kinds,
        mapping: settings.mapping,
        now: settings.now,
        timeZone: settings.mapping.options.timeZone ?? settings.timeZone,
      },
      createChunkDecoder(),
      batch,
    );
    for await (const chunk of file.chunks()) reader.push(chunk);
    reader.end();
  }
}

async function firstChunk(file: ImportFileInput): Promise<Uint8Array | null> {
  for await (const chunk of file.chunks()) if (chunk.length > 0) return chunk;
  return null;
}

function peek(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes.subarray(0, 64));
}

async function readCalendar(file: ImportFileInput, settings: ReadSettings, batch: BatchBuilder): Promise<void> {
  const decoder = createChunkDecoder();
  const parts: string[] = [];
  let size = 0;
  for await (const chunk of file.chunks()) {
    const text = decoder.push(chunk);
    size += text.length;
    if (size > MAX_CALENDAR_CHARS) throw new ImportFileError(file.name, 'The calendar file is larger than 50 MB.');
    parts.push(text);
  }
  parts.push(decoder.end());
  const timeZone = settings.mapping.options.timeZone ?? settings.timeZone;
  batch.addFile(readIcsText({ name: file.name, now: settings.now, timeZone }, parts.join(''), batch));
}

import JSZip from 'jszip';

/**
 * Reading a PowerPoint package someone sent us, with every part's size capped while it inflates:
 * a 40 KB zip can hold gigabytes of zeros, and the template is read on a laptop, in a page.
 */
export class PackageError extends Error {}

/** The XML of one part may be at most this large once inflated (a real master is ~100 KB). */
export const MAX_XML_PART_BYTES = 8_000_000;

export interface PackageReader {
  names: ReadonlySet<string>;
  has(name: string): boolean;
  text(name: string, max?: number): Promise<string>;
  bytes(name: string, max: number): Promise<Uint8Array>;
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

export function looksLikeZip(bytes: Uint8Array): boolean {
  return ZIP_SIGNATURE.every((b, i) => bytes[i] === b);
}

export async function openPackage(bytes: Uint8Array): Promise<PackageReader> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch {
    throw new PackageError('its contents could not be read');
  }
  const names = new Set(Object.keys(zip.files).filter((n) => !zip.files[n]!.dir));
  const entry = (name: string) => {
    const file = zip.file(name);
    if (!file) throw new PackageError(`${name} is missing`);
    return file;
  };
  return {
    names,
    has: (name) => names.has(name),
    text: async (name, max = MAX_XML_PART_BYTES) =>
      new TextDecoder('utf-8').decode(await inflateCapped(entry(name), name, max)).replace(/^\uFEFF/, ''),
    bytes: (name, max) => inflateCapped(entry(name), name, max),
  };
}

/** JSZip's documented `internalStream` (absent from its type definitions). */
interface StreamHelper {
  on(event: 'data', cb: (chunk: Uint8Array) => void): StreamHelper;
  on(event: 'error', cb: (e: Error) => void): StreamHelper;
  on(event: 'end', cb: () => void): StreamHelper;
  pause(): StreamHelper;
  resume(): StreamHelper;
}

function inflateCapped(file: JSZip.JSZipObject, name: string, max: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    let done = false;
    const stream = (file as unknown as { internalStream(t: 'uint8array'): StreamHelper }).internalStream('uint8array');
    stream
      .on('data', (chunk: Uint8Array) => {
        if (done) return;
        size += chunk.length;
        if (size > max) {
          done = true;
          stream.pause();
          reject(new PackageError(`${name} is larger than ${Math.round(max / 1_000_000)} MB once unpacked`));
          return;
        }
        chunks.push(chunk);
      })
      .on('error', (e: Error) => {
        if (done) return;
        done = true;
        reject(new PackageError(`${name} could not be unpacked (${e.message.slice(0, 60)})`));
      })
      .on('end', () => {
        if (done) return;
        done = true;
        resolve(concat(chunks, size));
      })
      .resume();
  });
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * Files the CSM chose in an open dialog for an import, by opaque id: the renderer reads them a
 * chunk at a time (a 100,000-row export never crosses IPC whole) and can read nothing else — it
 * never holds a path. Ids live for the session only.
 */
const MAX_REMEMBERED = 500;

export class PickedFiles {
  private readonly files = new Map<string, { path: string; size: number }>();

  constructor(private readonly newId: () => string) {}

  remember(path: string, size: number): string {
    if (this.files.size >= MAX_REMEMBERED) this.files.delete(this.files.keys().next().value!);
    const id = this.newId();
    this.files.set(id, { path, size });
    return id;
  }

  get(id: string): { path: string; size: number } | null {
    return this.files.get(id) ?? null;
  }
}

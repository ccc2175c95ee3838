import { join, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isInsideFolder, MAX_NAME_BYTES, pathInFolder, safeFileName, withExtension } from '../../src-main/safe-path';

const utf8 = (s: string) => Buffer.byteLength(s, 'utf8');

describe('file names suggested by the renderer', () => {
  it('keeps an ordinary deck name and adds the extension once', () => {
    expect(safeFileName('Acme Dental — QBR 2026-Q3', 'pptx')).toBe('Acme Dental — QBR 2026-Q3.pptx');
    expect(safeFileName('Acme Dental QBR.pptx', 'pptx')).toBe('Acme Dental QBR.pptx');
    expect(safeFileName('Acme Dental QBR.PPTX', 'pptx')).toBe('Acme Dental QBR.pptx');
  });

  it('turns ../ climbs into a plain name', () => {
    expect(safeFileName('../../.ssh/authorized_keys', 'pptx')).toBe('ssh_authorized_keys.pptx');
    expect(safeFileName('..\\..\\Windows\\win.ini', 'pdf')).toBe('Windows_win.ini.pdf');
    expect(safeFileName('..', 'json')).toBe('Fieldbook file.json');
  });

  it('turns absolute paths into a plain name', () => {
    expect(safeFileName('/etc/cron.d/job', 'csv')).toBe('etc_cron.d_job.csv');
    expect(safeFileName('C:\\Users\\csm\\Startup\\run', 'pdf')).toBe('C__Users_csm_Startup_run.pdf');
  });

  it('defuses reserved Windows device names', () => {
    expect(safeFileName('CON', 'pptx')).toBe('_CON.pptx');
    expect(safeFileName('nul.report', 'pdf')).toBe('_nul.report.pdf');
    expect(safeFileName('COM1', 'json')).toBe('_COM1.json');
    expect(safeFileName('Console review', 'pptx')).toBe('Console review.pptx');
  });

  it('keeps Unicode (normalised to NFC) and drops invisible direction tricks', () => {
    expect(safeFileName('Café Zoë 東京 QBR', 'pptx')).toBe('Café Zoë 東京 QBR.pptx');
    expect(safeFileName('Cafe\u0301', 'pdf')).toBe('Café.pdf');
    expect(safeFileName('invoice\u202Excod.pptx', 'pdf')).toBe('invoice_xcod.pptx.pdf');
  });

  it('removes characters Windows refuses and trailing dots and spaces', () => {
    expect(safeFileName('Q3: "wins" <and> risks?* | ', 'pdf')).toBe('Q3_ _wins_ _and_ risks__ _.pdf');
    expect(safeFileName('report. . .', 'pdf')).toBe('report.pdf');
  });

  it('cuts very long names to a size every file system accepts, without splitting a character', () => {
    const name = safeFileName('Ü'.repeat(500), 'pptx');
    expect(utf8(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(name).toBe(`${'Ü'.repeat(97)}.pptx`);
    const emoji = safeFileName('📈'.repeat(100), 'pdf');
    expect(emoji).toBe(`${'📈'.repeat(49)}.pdf`);
  });
});

describe('saving into the folder the CSM chose', () => {
  const folder = resolve('/home/csm/Decks');

  it('places the file inside that folder whatever name was suggested', () => {
    expect(pathInFolder(folder, 'Acme QBR', 'pptx')).toBe(join(folder, 'Acme QBR.pptx'));
    expect(pathInFolder(folder, '../../../etc/passwd', 'pptx')).toBe(join(folder, 'etc_passwd.pptx'));
    expect(pathInFolder(folder, '/root/.bashrc', 'pptx')).toBe(join(folder, 'root_.bashrc.pptx'));
  });

  it('knows what is inside a folder', () => {
    expect(isInsideFolder(folder, join(folder, 'a.pptx'))).toBe(true);
    expect(isInsideFolder(folder, join(folder, '..', 'a.pptx'))).toBe(false);
    expect(isInsideFolder(folder, `${folder}-evil${sep}a.pptx`)).toBe(false);
  });

  it('forces the extension of the file kind on a path typed in the save dialog', () => {
    expect(withExtension('/home/csm/Acme QBR', 'pptx')).toBe('/home/csm/Acme QBR.pptx');
    expect(withExtension('/home/csm/Acme QBR.pptx', 'pptx')).toBe('/home/csm/Acme QBR.pptx');
    expect(withExtension('/home/csm/run.sh', 'pdf')).toBe('/home/csm/run.sh.pdf');
  });
});

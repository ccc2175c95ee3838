import { reportError } from '../../app/describe-error';
import { showToast } from '../../app/toasts';
import { usePlatform } from '../../platform';
import { useImportBookFile } from './mutations';

/** "Import a book file": the platform's file picker, then an all-or-nothing import. */
export function usePickBookFile() {
  const platform = usePlatform();
  const importFile = useImportBookFile();
  const pick = async () => {
    importFile.reset();
    try {
      const picked = await platform.pickBookFile();
      if (picked) importFile.mutate(picked);
    } catch (error) {
      showToast('error', reportError(error, 'opening a book file'));
    }
  };
  return { pick, importFile };
}

import type { Route } from '../../app/routes';
import { navigate } from '../../app/useRoute';
import { useMenuCommand } from '../../platform';

/**
 * The native menu's "Generate QBR": on an account the account screen opens its Decks tab itself;
 * anywhere else it opens the Decks screen.
 */
export function useDeckMenuCommand(route: Route): void {
  useMenuCommand('generate-qbr', () => {
    if (route.name !== 'account') navigate('#/decks');
  });
}

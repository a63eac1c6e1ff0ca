// The packs list (GET /api/games/packs) as the screens show it: sorted the way people count
// (Pack 2 before Pack 10), the party packs apart from the games sold on their own.

const NATURAL = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/**
 * Splits `packs` into `{ parties, standalone }`, each in natural order by name: a "pack" of a
 * single game (Quiplash, Drawful 2, ...) is a game sold on its own, not a party pack.
 */
export function groupPacks(packs) {
  const sorted = [...packs].sort((a, b) => NATURAL.compare(a.name, b.name));
  return {
    parties: sorted.filter((pack) => pack.game_count > 1),
    standalone: sorted.filter((pack) => pack.game_count <= 1),
  };
}

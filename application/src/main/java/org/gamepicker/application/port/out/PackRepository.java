package org.gamepicker.application.port.out;

import java.util.List;
import java.util.Optional;
import org.gamepicker.domain.game.Pack;

/** Port: stores and finds the packs of the catalog. */
public interface PackRepository {

  /** Every pack, by name. */
  List<Pack> findAll();

  Optional<Pack> findByName(String name);

  /** Inserts or updates the pack of that name. */
  Pack save(Pack pack);
}

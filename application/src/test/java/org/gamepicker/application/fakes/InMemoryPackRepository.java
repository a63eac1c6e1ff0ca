package org.gamepicker.application.fakes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.gamepicker.application.port.out.PackRepository;
import org.gamepicker.domain.game.Pack;

/** In-memory fake of the pack repository, shared by the use-case tests. */
public class InMemoryPackRepository implements PackRepository {
  private final Map<String, Pack> byName = new TreeMap<>();

  @Override
  public List<Pack> findAll() {
    return new ArrayList<>(byName.values());
  }

  @Override
  public Optional<Pack> findByName(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  @Override
  public Pack save(Pack pack) {
    byName.put(pack.name(), pack);
    return pack;
  }
}

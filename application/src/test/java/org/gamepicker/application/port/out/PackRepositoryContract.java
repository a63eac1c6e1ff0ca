package org.gamepicker.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import org.gamepicker.domain.game.FavorBias;
import org.gamepicker.domain.game.Pack;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract of every {@link PackRepository}: what the catalog use cases rely on. */
public abstract class PackRepositoryContract {

  private PackRepository packs;

  /** A repository without packs. */
  protected abstract PackRepository packs();

  @BeforeEach
  void noPacks() {
    packs = packs();
  }

  @Test
  void savedPackIsFoundByNameWithEveryField() {
    Pack pack = new Pack("The Jackbox Party Pack 9", false, FavorBias.FAVORED);

    assertThat(packs.save(pack)).isEqualTo(pack);
    assertThat(packs.findByName("The Jackbox Party Pack 9")).contains(pack);
  }

  @Test
  void savingAPackOfAStoredNameUpdatesIt() {
    packs.save(Pack.named("Drawful 2"));
    Pack disfavoured = new Pack("Drawful 2", false, FavorBias.DISFAVORED);

    packs.save(disfavoured);

    assertThat(packs.findAll()).containsExactly(disfavoured);
  }

  @Test
  void findAllListsEveryPackByName() {
    packs.save(Pack.named("Quiplash"));
    packs.save(Pack.named("Fibbage XL"));
    packs.save(Pack.named("Drawful 2"));

    assertThat(packs.findAll())
        .extracting(Pack::name)
        .containsExactly("Drawful 2", "Fibbage XL", "Quiplash");
  }

  @Test
  void findByNameOfAnUnknownPackIsEmpty() {
    packs.save(Pack.named("Quiplash"));

    assertThat(packs.findByName("Quiplash 2")).isEmpty();
  }
}

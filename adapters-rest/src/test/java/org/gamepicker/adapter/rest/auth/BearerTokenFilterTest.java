package org.gamepicker.adapter.rest.auth;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;

class BearerTokenFilterTest {

  @Test
  void theMethodsAnnotationWinsOverItsClasss() throws Exception {
    assertThat(BearerTokenFilter.rolesAllowed(method(AdminResource.class, "open"))).isEmpty();
    assertThat(BearerTokenFilter.rolesAllowed(method(AdminResource.class, "vote")))
        .contains(List.of("admin", "votes"));
    assertThat(BearerTokenFilter.rolesAllowed(method(AdminResource.class, "delete")))
        .contains(List.of("admin"));
  }

  @Test
  void aPublicClassIsOpenAndAMethodWithoutAnyAnnotationIsAdminOnly() throws Exception {
    assertThat(BearerTokenFilter.rolesAllowed(method(PublicResource.class, "read"))).isEmpty();
    assertThat(BearerTokenFilter.rolesAllowed(method(PlainResource.class, "forgotten")))
        .contains(List.of("admin"));
  }

  private static Method method(Class<?> type, String name) throws NoSuchMethodException {
    return type.getDeclaredMethod(name);
  }

  @RolesAllowed("admin")
  static class AdminResource {
    @PermitAll
    void open() {}

    @RolesAllowed({"admin", "votes"})
    void vote() {}

    void delete() {}
  }

  @PermitAll
  static class PublicResource {
    void read() {}
  }

  static class PlainResource {
    void forgotten() {}
  }
}

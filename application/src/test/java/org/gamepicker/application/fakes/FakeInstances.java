package org.gamepicker.application.fakes;

import jakarta.enterprise.inject.Instance;
import java.lang.reflect.Proxy;
import java.util.List;

/** CDI {@link Instance}s for unit tests: the beans a service iterates over, without a container. */
public final class FakeInstances {

  private FakeInstances() {}

  /** An {@link Instance} that iterates over {@code beans}; nothing else of it is used. */
  @SuppressWarnings("unchecked")
  public static <T> Instance<T> of(List<T> beans) {
    return (Instance<T>)
        Proxy.newProxyInstance(
            Instance.class.getClassLoader(),
            new Class<?>[] {Instance.class},
            (proxy, method, args) -> {
              if (method.getName().equals("iterator")) {
                return beans.iterator();
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }
}

package org.gamepicker.adapter.websocket.live;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.websocket.Endpoint;
import jakarta.websocket.server.ServerApplicationConfig;
import jakarta.websocket.server.ServerEndpointConfig;
import java.util.Set;

/**
 * Registers the live endpoint with the WebSocket container, which finds this class in the
 * application: at {@link LiveEndpoint#PATH}, the one CDI bean serving every connection.
 */
public class LiveEndpointConfig implements ServerApplicationConfig {

  @Override
  public Set<ServerEndpointConfig> getEndpointConfigs(Set<Class<? extends Endpoint>> scanned) {
    return Set.of(
        ServerEndpointConfig.Builder.create(LiveEndpoint.class, LiveEndpoint.PATH)
            .configurator(new FromCdi())
            .build());
  }

  /** The application has no annotated endpoints. */
  @Override
  public Set<Class<?>> getAnnotatedEndpointClasses(Set<Class<?>> scanned) {
    return Set.of();
  }

  /** Takes the endpoint from CDI, so that its dependencies are injected. */
  private static final class FromCdi extends ServerEndpointConfig.Configurator {
    @Override
    public <T> T getEndpointInstance(Class<T> endpointClass) {
      return CDI.current().select(endpointClass).get();
    }
  }
}

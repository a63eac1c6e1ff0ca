package org.gamepicker.bootstrap;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Makes a JVM that ran out of memory exit, so that its supervisor restarts it instead of a server
 * that lingers half dead. The JVM flag {@code -XX:+ExitOnOutOfMemoryError} does it best, at the
 * first OutOfMemoryError anywhere; the runnable jar runs in the JVM of the user's own {@code java}
 * command, which may lack it. Then, as the next best thing, an OutOfMemoryError that ends a thread,
 * leaves a request's servlet ({@link OutOfMemoryFilter}) or reaches a REST resource's error
 * handling ({@link OutOfMemoryMapper}) halts the JVM with exit code 3, as the flag would. The log
 * says at start which protection is active.
 */
@ApplicationScoped
public class OutOfMemoryExit {

  /** The exit code of {@code -XX:+ExitOnOutOfMemoryError}. */
  static final int EXIT_CODE = 3;

  private static final Logger LOG = Logger.getLogger(OutOfMemoryExit.class.getName());
  private static final List<String> JVM_OPTIONS_THAT_END_IT =
      List.of("-XX:+ExitOnOutOfMemoryError", "-XX:+CrashOnOutOfMemoryError");

  /** The JVM's handler before this one, given back when the application stops. */
  private Thread.UncaughtExceptionHandler previous;

  private Thread.UncaughtExceptionHandler installed;

  void installAtStartup(@Observes Startup startup) {
    Optional<String> jvmOption =
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
            .filter(argument -> JVM_OPTIONS_THAT_END_IT.stream().anyMatch(argument::startsWith))
            .findFirst();
    if (jvmOption.isPresent()) {
      LOG.info("On an OutOfMemoryError the JVM exits: started with " + jvmOption.get());
      return;
    }
    previous = Thread.getDefaultUncaughtExceptionHandler();
    installed =
        (thread, thrown) -> {
          haltIfOutOfMemory(thrown);
          if (previous != null) {
            previous.uncaughtException(thread, thrown);
          } else {
            thrown.printStackTrace();
          }
        };
    Thread.setDefaultUncaughtExceptionHandler(installed);
    LOG.warning(
        "The JVM was started without -XX:+ExitOnOutOfMemoryError: the application halts it only on"
            + " an OutOfMemoryError that ends a thread or a request, not on one caught elsewhere."
            + " Add -XX:+ExitOnOutOfMemoryError to the java command (docs/deployment.md).");
  }

  /**
   * Gives the JVM its handler back when the application stops, so that a redeployed application
   * does not chain its handler onto the old one's (and keep the old class loader alive).
   */
  @PreDestroy
  void uninstall() {
    if (installed != null && Thread.getDefaultUncaughtExceptionHandler() == installed) {
      Thread.setDefaultUncaughtExceptionHandler(previous);
    }
  }

  /** Halts the JVM when {@code thrown} is, or was caused by, an OutOfMemoryError. */
  static void haltIfOutOfMemory(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof OutOfMemoryError outOfMemory) {
        halt(outOfMemory);
      }
    }
  }

  /** Ends the JVM at once, without shutdown hooks, which may hang for want of memory. */
  static void halt(OutOfMemoryError error) {
    System.err.println(
        "Out of memory (" + error.getMessage() + "): halting the JVM so that it is restarted");
    Runtime.getRuntime().halt(EXIT_CODE);
  }
}

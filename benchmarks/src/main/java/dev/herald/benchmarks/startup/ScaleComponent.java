package dev.herald.benchmarks.startup;

import dagger.Component;
import dev.herald.benchmarks.scale.ScaleHeraldModule;
import dev.herald.runtime.generated.HandlerTable;
import java.util.Set;

/**
 * The Dagger component of the startup scenario: the 200-type table through Herald's generated
 * module.
 */
@Component(modules = ScaleHeraldModule.class)
public interface ScaleComponent {

  /** Every table the component's modules contribute; here, the one of the 200-type scenario. */
  Set<HandlerTable> tables();
}

package dev.herald.benchmarks.appsize;

import dagger.Component;
import dev.herald.benchmarks.app.AppHeraldModule;
import dev.herald.runtime.generated.HandlerTable;
import java.util.Set;

/** The Dagger component of the cold-start scenario: the application's table through its module. */
@Component(modules = AppHeraldModule.class)
public interface AppComponent {

  /** Every table the component's modules contribute; here, the application's one. */
  Set<HandlerTable> tables();
}

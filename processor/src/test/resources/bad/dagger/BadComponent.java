package bad;

import dagger.Component;
import dev.herald.runtime.generated.HandlerTable;
import java.util.Set;

@Component(modules = BadHeraldModule.class)
public interface BadComponent {
  Set<HandlerTable> handlerTables();
}

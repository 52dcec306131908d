package com.example.orders;

import dagger.BindsInstance;
import dagger.Component;
import dev.herald.runtime.generated.EventCodec;
import dev.herald.runtime.generated.HandlerTable;
import java.util.Set;
import java.util.function.Consumer;

@Component(modules = OrdersHeraldModule.class)
public interface OrdersComponent {
  Set<HandlerTable> handlerTables();

  Set<EventCodec> eventCodecs();

  @Component.Factory
  interface Factory {
    OrdersComponent create(@BindsInstance Consumer<String> journal);
  }
}

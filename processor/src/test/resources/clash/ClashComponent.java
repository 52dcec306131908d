package clash;

import dagger.Component;

/** Dagger builds the corpus's table from the generated module, names clashing all the same. */
@Component(modules = ClashHeraldModule.class)
public interface ClashComponent {
  java.util.Set<dev.herald.runtime.generated.HandlerTable> tables();

  java.util.Set<dev.herald.runtime.generated.EventCodec> codecs();
}

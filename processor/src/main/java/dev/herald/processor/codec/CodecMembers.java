package dev.herald.processor.codec;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.herald.processor.model.CompilationModel;
import javax.lang.model.element.Modifier;

/**
 * The members of a compilation's {@code EventCodec}: a subclass of the runtime's {@code
 * JsonEventCodec} holding its schema (one declaration per type), a switch over the records'
 * constructors and one over their accessors.
 *
 * <pre>{@code
 * public final class ShopEventCodec extends JsonEventCodec {
 *   private static final JsonSchema SCHEMA = schema();
 *   public ShopEventCodec() { super(SCHEMA); }
 *   private static JsonSchema schema() {
 *     JsonSchema.Builder schema = JsonSchema.builder("ShopEventCodec");
 *     schema.record("OrderPlaced", OrderPlaced.class, "orderId string", "totalCents long");
 *     schema.domainEvent("shop.OrderPlaced", "OrderPlaced");
 *     return schema.build();
 *   }
 *   protected Object construct(int record, Object[] v) { ... new OrderPlaced((String) v[0], ...) }
 *   protected Object[] components(int record, Object value) { ... r.orderId(), r.totalCents() }
 * }
 * }</pre>
 */
public final class CodecMembers {

  /** The runtime class every generated codec extends. */
  public static final ClassName JSON_EVENT_CODEC =
      ClassName.get("dev.herald.runtime.generated", "JsonEventCodec");

  private CodecMembers() {}

  /** Adds the codec's superclass, schema, constructor and switches to {@code type}. */
  public static void addTo(TypeSpec.Builder type, ClassName codec, CompilationModel model) {
    CodecTypes types = new CodecTypes(model);
    type.superclass(JSON_EVENT_CODEC)
        .addField(
            FieldSpec.builder(
                    SchemaDeclarations.JSON_SCHEMA,
                    "SCHEMA",
                    Modifier.PRIVATE,
                    Modifier.STATIC,
                    Modifier.FINAL)
                .initializer("schema()")
                .build())
        .addMethod(
            MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addStatement("super(SCHEMA)")
                .build());
    new SchemaDeclarations(types).addTo(type, codec, model);
    new RecordSwitches(types).addTo(type, model.codecUpcasts());
  }
}

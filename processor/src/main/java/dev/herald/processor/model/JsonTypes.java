package dev.herald.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every record the compilation's events reach, as JSON, by canonical name: the one description the
 * codec writer, the catalog and the integration contract share.
 */
public final class JsonTypes {

  private final Map<String, JsonRecord> records = new TreeMap<>();

  public JsonTypes(Collection<JsonRecord> records) {
    records.forEach(record -> this.records.put(record.type().canonicalName(), record));
  }

  /** The record's JSON form; every record a shape names is here. */
  public JsonRecord record(ClassName type) {
    JsonRecord record = records.get(type.canonicalName());
    if (record == null) {
      throw new IllegalArgumentException(type + " is not reached by the compilation's events");
    }
    return record;
  }

  /** Every record, by canonical name. */
  public List<JsonRecord> records() {
    return List.copyOf(records.values());
  }
}

package dev.herald.benchmarks.outbox;

import dev.herald.Applies;
import dev.herald.runtime.EventSourcedAggregate;
import dev.herald.runtime.generated.EventCodec;
import dev.herald.runtime.generated.EventDecodingException;
import dev.herald.runtime.generated.IntegrationEventType;
import java.util.List;

/** The event-sourced aggregate of the event store harness: a loyalty account earning points. */
final class PointsAccount extends EventSourcedAggregate<String, PointsEvent> {

  private final String id;
  private long points;

  PointsAccount(String id) {
    super(new PointsAccountApplier());
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  void earn(int amount) {
    raise(new Earned(id, amount));
  }

  @Applies
  void on(Earned event) {
    points += event.points();
  }

  long points() {
    return points;
  }

  /** A hand-written codec, as the outbox harness uses: {@code {"account":"a-1","points":5}}. */
  static final class Codec implements EventCodec {
    static final String TYPE = "bench.points.earned";

    @Override
    public String typeName(Class<?> eventType) {
      return eventType == Earned.class ? TYPE : null;
    }

    @Override
    public boolean knows(String typeName) {
      return TYPE.equals(typeName);
    }

    @Override
    public String encode(Object event) {
      Earned earned = (Earned) event;
      return "{\"account\":\"" + earned.account() + "\",\"points\":" + earned.points() + "}";
    }

    @Override
    public Object decode(String typeName, String json) {
      int account = json.indexOf("\"account\":\"");
      int points = json.indexOf("\"points\":");
      if (!TYPE.equals(typeName) || account < 0 || points < 0) {
        throw new EventDecodingException("Not a " + TYPE + ": " + json);
      }
      int end = json.indexOf('"', account + 11);
      return new Earned(
          json.substring(account + 11, end),
          Integer.parseInt(json.substring(points + 9, json.indexOf('}', points))));
    }

    @Override
    public List<IntegrationEventType> integrationEvents() {
      return List.of();
    }
  }
}

package dev.herald.runtime.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@link HandlerTable#COMPLETED} behaves as a stage completed with null, whatever is chained. */
class CompletedStageTest {

  @Test
  void chainsAsAStageCompletedWithNull() throws Exception {
    List<String> seen = new CopyOnWriteArrayList<>();

    assertEquals(
        "applied to null",
        HandlerTable.COMPLETED.thenApply(v -> "applied to " + v).toCompletableFuture().join());
    HandlerTable.COMPLETED.whenComplete((v, failure) -> seen.add(v + "/" + failure));
    HandlerTable.COMPLETED.exceptionally(
        failure -> {
          seen.add("exceptionally");
          return null;
        });
    assertEquals(
        7,
        HandlerTable.COMPLETED
            .thenCombine(CompletableFuture.completedFuture(7), (v, seven) -> seven)
            .toCompletableFuture()
            .join());
    assertEquals(
        "async",
        HandlerTable.COMPLETED
            .thenApplyAsync(v -> "async")
            .toCompletableFuture()
            .get(10, TimeUnit.SECONDS));

    assertEquals(List.of("null/null"), seen);
    CompletableFuture<Void> future = HandlerTable.COMPLETED.toCompletableFuture();
    assertTrue(future.isDone() && !future.isCompletedExceptionally());
    assertNull(future.join());
  }

  @Test
  void isOneSharedStage() {
    assertTrue(HandlerTable.COMPLETED == CompletedStage.INSTANCE);
    assertEquals("CompletionStage[completed normally]", HandlerTable.COMPLETED.toString());
  }
}

package dev.herald.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.herald.runtime.RouteResolver.Routes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The identity table of a value per class: each class resolved once, found after every growth. */
class ClassTableTest {

  /** 255 distinct classes without defining any: Object, Object[], Object[][], ... (254 deep). */
  private static List<Class<?>> classes() {
    List<Class<?>> classes = new ArrayList<>();
    Class<?> type = Object.class;
    for (int i = 0; i < 254; i++) {
      classes.add(type);
      type = type.arrayType();
    }
    classes.add(String.class);
    return classes;
  }

  @Test
  void resolvesEachClassOnceAndFindsEveryOneAfterGrowing() {
    Map<Class<?>, Integer> resolutions = new ConcurrentHashMap<>();
    Map<Class<?>, Routes> resolved = new ConcurrentHashMap<>();
    ClassTable<Routes> table =
        new ClassTable<>() {
          @Override
          Routes resolve(Class<?> type) {
            resolutions.merge(type, 1, Integer::sum);
            return resolved.computeIfAbsent(type, t -> new Routes(true, Routes.NONE, Routes.NONE));
          }
        };
    List<Class<?>> classes = classes();
    for (int round = 0; round < 3; round++) {
      for (Class<?> type : classes) {
        Routes first = table.get(type);
        assertSame(resolved.get(type), first, type.getName());
        assertSame(first, table.get(type), type.getName());
      }
    }
    assertEquals(classes.size(), resolutions.size());
    resolutions.forEach((type, count) -> assertEquals(1, count, type.getName()));
  }

  @Test
  void beyondItsLimitResolvesNewClassesEachTimeAndKeepsTheOldOnes() {
    AtomicInteger calls = new AtomicInteger();
    ClassTable<Routes> table =
        new ClassTable<>(2) {
          @Override
          Routes resolve(Class<?> type) {
            calls.incrementAndGet();
            return new Routes(true, Routes.NONE, Routes.NONE);
          }
        };
    Routes kept = table.get(Object.class);
    table.get(String.class);
    table.get(Integer.class);
    table.get(Integer.class);
    assertEquals(4, calls.get(), "the third class is not kept");
    assertSame(kept, table.get(Object.class));
    assertEquals(4, calls.get());
  }

  @Test
  void readersRacingWithGrowthAlwaysGetTheClassesOwnRoutes() throws InterruptedException {
    List<Class<?>> classes = classes();
    Map<Class<?>, Routes> expected = new ConcurrentHashMap<>();
    for (Class<?> type : classes) {
      expected.put(type, new Routes(true, Routes.NONE, Routes.NONE));
    }
    ClassTable<Routes> table =
        new ClassTable<>() {
          @Override
          Routes resolve(Class<?> type) {
            return expected.get(type);
          }
        };
    AtomicReference<String> wrong = new AtomicReference<>();
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      int offset = t * 61;
      Thread thread =
          new Thread(
              () -> {
                try {
                  start.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                  return;
                }
                for (int i = 0; i < classes.size() * 4; i++) {
                  Class<?> type = classes.get((offset + i) % classes.size());
                  if (table.get(type) != expected.get(type)) {
                    wrong.set(type.getName());
                  }
                }
              });
      thread.start();
      threads.add(thread);
    }
    start.countDown();
    for (Thread thread : threads) {
      thread.join();
    }
    assertEquals(null, wrong.get());
  }
}

package dev.herald.runtime.generated;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * {@link HandlerTable#COMPLETED}: a stage completed with {@code null} that makes its {@link
 * CompletableFuture} only when someone chains on it. The bus only compares a handler's stage with
 * it; making a {@code CompletableFuture} at class initialization started {@code ForkJoinPool}'s
 * common pool, a tenth of an application's cold start with a generated table.
 */
final class CompletedStage implements CompletionStage<Void> {

  static final CompletedStage INSTANCE = new CompletedStage();

  private CompletedStage() {}

  /** The completed stage behind this one, made when the holder class is first used. */
  private static final class Completed {
    static final CompletionStage<Void> STAGE = CompletableFuture.completedStage(null);
  }

  private static CompletionStage<Void> delegate() {
    return Completed.STAGE;
  }

  @Override
  public <U> CompletionStage<U> thenApply(Function<? super Void, ? extends U> fn) {
    return delegate().thenApply(fn);
  }

  @Override
  public <U> CompletionStage<U> thenApplyAsync(Function<? super Void, ? extends U> fn) {
    return delegate().thenApplyAsync(fn);
  }

  @Override
  public <U> CompletionStage<U> thenApplyAsync(
      Function<? super Void, ? extends U> fn, Executor executor) {
    return delegate().thenApplyAsync(fn, executor);
  }

  @Override
  public CompletionStage<Void> thenAccept(Consumer<? super Void> action) {
    return delegate().thenAccept(action);
  }

  @Override
  public CompletionStage<Void> thenAcceptAsync(Consumer<? super Void> action) {
    return delegate().thenAcceptAsync(action);
  }

  @Override
  public CompletionStage<Void> thenAcceptAsync(Consumer<? super Void> action, Executor executor) {
    return delegate().thenAcceptAsync(action, executor);
  }

  @Override
  public CompletionStage<Void> thenRun(Runnable action) {
    return delegate().thenRun(action);
  }

  @Override
  public CompletionStage<Void> thenRunAsync(Runnable action) {
    return delegate().thenRunAsync(action);
  }

  @Override
  public CompletionStage<Void> thenRunAsync(Runnable action, Executor executor) {
    return delegate().thenRunAsync(action, executor);
  }

  @Override
  public <U, V> CompletionStage<V> thenCombine(
      CompletionStage<? extends U> other, BiFunction<? super Void, ? super U, ? extends V> fn) {
    return delegate().thenCombine(other, fn);
  }

  @Override
  public <U, V> CompletionStage<V> thenCombineAsync(
      CompletionStage<? extends U> other, BiFunction<? super Void, ? super U, ? extends V> fn) {
    return delegate().thenCombineAsync(other, fn);
  }

  @Override
  public <U, V> CompletionStage<V> thenCombineAsync(
      CompletionStage<? extends U> other,
      BiFunction<? super Void, ? super U, ? extends V> fn,
      Executor executor) {
    return delegate().thenCombineAsync(other, fn, executor);
  }

  @Override
  public <U> CompletionStage<Void> thenAcceptBoth(
      CompletionStage<? extends U> other, BiConsumer<? super Void, ? super U> action) {
    return delegate().thenAcceptBoth(other, action);
  }

  @Override
  public <U> CompletionStage<Void> thenAcceptBothAsync(
      CompletionStage<? extends U> other, BiConsumer<? super Void, ? super U> action) {
    return delegate().thenAcceptBothAsync(other, action);
  }

  @Override
  public <U> CompletionStage<Void> thenAcceptBothAsync(
      CompletionStage<? extends U> other,
      BiConsumer<? super Void, ? super U> action,
      Executor executor) {
    return delegate().thenAcceptBothAsync(other, action, executor);
  }

  @Override
  public CompletionStage<Void> runAfterBoth(CompletionStage<?> other, Runnable action) {
    return delegate().runAfterBoth(other, action);
  }

  @Override
  public CompletionStage<Void> runAfterBothAsync(CompletionStage<?> other, Runnable action) {
    return delegate().runAfterBothAsync(other, action);
  }

  @Override
  public CompletionStage<Void> runAfterBothAsync(
      CompletionStage<?> other, Runnable action, Executor executor) {
    return delegate().runAfterBothAsync(other, action, executor);
  }

  @Override
  public <U> CompletionStage<U> applyToEither(
      CompletionStage<? extends Void> other, Function<? super Void, U> fn) {
    return delegate().applyToEither(other, fn);
  }

  @Override
  public <U> CompletionStage<U> applyToEitherAsync(
      CompletionStage<? extends Void> other, Function<? super Void, U> fn) {
    return delegate().applyToEitherAsync(other, fn);
  }

  @Override
  public <U> CompletionStage<U> applyToEitherAsync(
      CompletionStage<? extends Void> other, Function<? super Void, U> fn, Executor executor) {
    return delegate().applyToEitherAsync(other, fn, executor);
  }

  @Override
  public CompletionStage<Void> acceptEither(
      CompletionStage<? extends Void> other, Consumer<? super Void> action) {
    return delegate().acceptEither(other, action);
  }

  @Override
  public CompletionStage<Void> acceptEitherAsync(
      CompletionStage<? extends Void> other, Consumer<? super Void> action) {
    return delegate().acceptEitherAsync(other, action);
  }

  @Override
  public CompletionStage<Void> acceptEitherAsync(
      CompletionStage<? extends Void> other, Consumer<? super Void> action, Executor executor) {
    return delegate().acceptEitherAsync(other, action, executor);
  }

  @Override
  public CompletionStage<Void> runAfterEither(CompletionStage<?> other, Runnable action) {
    return delegate().runAfterEither(other, action);
  }

  @Override
  public CompletionStage<Void> runAfterEitherAsync(CompletionStage<?> other, Runnable action) {
    return delegate().runAfterEitherAsync(other, action);
  }

  @Override
  public CompletionStage<Void> runAfterEitherAsync(
      CompletionStage<?> other, Runnable action, Executor executor) {
    return delegate().runAfterEitherAsync(other, action, executor);
  }

  @Override
  public <U> CompletionStage<U> thenCompose(
      Function<? super Void, ? extends CompletionStage<U>> fn) {
    return delegate().thenCompose(fn);
  }

  @Override
  public <U> CompletionStage<U> thenComposeAsync(
      Function<? super Void, ? extends CompletionStage<U>> fn) {
    return delegate().thenComposeAsync(fn);
  }

  @Override
  public <U> CompletionStage<U> thenComposeAsync(
      Function<? super Void, ? extends CompletionStage<U>> fn, Executor executor) {
    return delegate().thenComposeAsync(fn, executor);
  }

  @Override
  public <U> CompletionStage<U> handle(BiFunction<? super Void, Throwable, ? extends U> fn) {
    return delegate().handle(fn);
  }

  @Override
  public <U> CompletionStage<U> handleAsync(BiFunction<? super Void, Throwable, ? extends U> fn) {
    return delegate().handleAsync(fn);
  }

  @Override
  public <U> CompletionStage<U> handleAsync(
      BiFunction<? super Void, Throwable, ? extends U> fn, Executor executor) {
    return delegate().handleAsync(fn, executor);
  }

  @Override
  public CompletionStage<Void> whenComplete(BiConsumer<? super Void, ? super Throwable> action) {
    return delegate().whenComplete(action);
  }

  @Override
  public CompletionStage<Void> whenCompleteAsync(
      BiConsumer<? super Void, ? super Throwable> action) {
    return delegate().whenCompleteAsync(action);
  }

  @Override
  public CompletionStage<Void> whenCompleteAsync(
      BiConsumer<? super Void, ? super Throwable> action, Executor executor) {
    return delegate().whenCompleteAsync(action, executor);
  }

  @Override
  public CompletionStage<Void> exceptionally(Function<Throwable, ? extends Void> fn) {
    return delegate().exceptionally(fn);
  }

  @Override
  public CompletionStage<Void> exceptionallyAsync(Function<Throwable, ? extends Void> fn) {
    return delegate().exceptionallyAsync(fn);
  }

  @Override
  public CompletionStage<Void> exceptionallyAsync(
      Function<Throwable, ? extends Void> fn, Executor executor) {
    return delegate().exceptionallyAsync(fn, executor);
  }

  @Override
  public CompletionStage<Void> exceptionallyCompose(
      Function<Throwable, ? extends CompletionStage<Void>> fn) {
    return delegate().exceptionallyCompose(fn);
  }

  @Override
  public CompletionStage<Void> exceptionallyComposeAsync(
      Function<Throwable, ? extends CompletionStage<Void>> fn) {
    return delegate().exceptionallyComposeAsync(fn);
  }

  @Override
  public CompletionStage<Void> exceptionallyComposeAsync(
      Function<Throwable, ? extends CompletionStage<Void>> fn, Executor executor) {
    return delegate().exceptionallyComposeAsync(fn, executor);
  }

  @Override
  public CompletableFuture<Void> toCompletableFuture() {
    return delegate().toCompletableFuture();
  }

  @Override
  public String toString() {
    return "CompletionStage[completed normally]";
  }
}

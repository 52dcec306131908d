package com.mariopizzeria;

import com.mariopizzeria.kitchen.KitchenDisplay;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * What happened at the pizzeria, one line per thing a handler did, prefixed with who did it:
 * printed for the person running the day, and kept for the tests that check it. Muted while the
 * throughput run would drown it.
 */
@Singleton
public final class Journal implements KitchenDisplay {

  private final PrintStream out;
  private final List<String> lines = new ArrayList<>();
  private boolean muted;

  @Inject
  public Journal(PizzeriaSettings settings) {
    this.out = settings.out();
  }

  /** Notes one thing {@code who} did. */
  public synchronized void say(String who, String what) {
    if (muted) {
      return;
    }
    String line = String.format("  %-14s %s", who + ":", what);
    lines.add(line);
    out.println(line);
  }

  /** A heading of the day's script, not said by a handler. */
  public synchronized void heading(String text) {
    if (!muted) {
      out.println(text);
    }
  }

  @Override
  public void show(String line) {
    say("kitchen", line);
  }

  public synchronized void mute(boolean muted) {
    this.muted = muted;
  }

  /** Every line said so far, in order. */
  public synchronized List<String> lines() {
    return List.copyOf(lines);
  }

  /** The lines said by one speaker, without the prefix. */
  public synchronized List<String> linesOf(String who) {
    String prefix = String.format("  %-14s ", who + ":");
    List<String> said = new ArrayList<>();
    for (String line : lines) {
      if (line.startsWith(prefix)) {
        said.add(line.substring(prefix.length()));
      }
    }
    return said;
  }
}

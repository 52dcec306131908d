package dev.herald.processor.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises the two classic mistakes in naming events: a command ({@code SendEmail}, an imperative
 * verb first) and a generic change ({@code OrderUpdated}, which hides what happened).
 *
 * <p>Both are heuristics, which is why they are warnings a user can suppress.
 */
final class EventNames {

  /** Verbs that, first in a type name, read as an order to do something. */
  private static final Set<String> IMPERATIVE_VERBS =
      Set.of(
          "Accept",
          "Add",
          "Apply",
          "Approve",
          "Archive",
          "Assign",
          "Bake",
          "Book",
          "Calculate",
          "Cancel",
          "Change",
          "Charge",
          "Check",
          "Close",
          "Complete",
          "Compute",
          "Confirm",
          "Cook",
          "Create",
          "Deactivate",
          "Delete",
          "Deliver",
          "Disable",
          "Dispatch",
          "Do",
          "Enable",
          "Execute",
          "Fetch",
          "Generate",
          "Get",
          "Handle",
          "Import",
          "Insert",
          "Make",
          "Mark",
          "Modify",
          "Notify",
          "Open",
          "Pay",
          "Place",
          "Prepare",
          "Process",
          "Publish",
          "Put",
          "Refund",
          "Register",
          "Reject",
          "Remove",
          "Rename",
          "Request",
          "Reserve",
          "Reset",
          "Run",
          "Save",
          "Schedule",
          "Send",
          "Set",
          "Ship",
          "Start",
          "Stop",
          "Submit",
          "Sync",
          "Update",
          "Upload",
          "Validate",
          "Verify");

  /** Past participles that do not end in "-ed" but still make a name state a fact. */
  private static final Set<String> IRREGULAR_PAST =
      Set.of(
          "Begun", "Bought", "Broken", "Brought", "Built", "Caught", "Chosen", "Done", "Drawn",
          "Driven", "Eaten", "Found", "Frozen", "Given", "Held", "Hidden", "Kept", "Known", "Left",
          "Lost", "Made", "Met", "Paid", "Run", "Sent", "Shown", "Sold", "Spent", "Taken", "Thrown",
          "Told", "Won", "Written");

  /** Last words that say only that something was changed, not what. */
  private static final Set<String> GENERIC_CHANGES =
      Set.of("Altered", "Changed", "Edited", "Modified", "Mutated", "Saved", "Updated");

  /**
   * Nouns that, before a generic change, still leave the change unnamed ({@code OrderDataUpdated}).
   */
  private static final Set<String> VAGUE_NOUNS =
      Set.of("Data", "Details", "Entity", "Info", "Model", "Object", "Record");

  private EventNames() {}

  /**
   * The imperative verb a command-like name starts with ({@code Send} in {@code SendEmail}), unless
   * the name ends in the past tense ({@code SendEmailFailed} is a fact).
   */
  static Optional<String> commandVerb(String simpleName) {
    List<String> words = words(simpleName);
    if (words.size() < 2 || !IMPERATIVE_VERBS.contains(words.get(0))) {
      return Optional.empty();
    }
    return isPastTense(words.get(words.size() - 1)) ? Optional.empty() : Optional.of(words.get(0));
  }

  /**
   * The generic change a name reports ({@code updated} in {@code OrderUpdated}): a subject and a
   * change verb, with no more than a vague noun between them.
   */
  static Optional<String> genericChange(String simpleName) {
    List<String> words = words(simpleName);
    String last = words.get(words.size() - 1);
    if (!GENERIC_CHANGES.contains(last)) {
      return Optional.empty();
    }
    boolean generic =
        words.size() <= 2 || (words.size() == 3 && VAGUE_NOUNS.contains(words.get(1)));
    return generic ? Optional.of(last.toLowerCase(Locale.ROOT)) : Optional.empty();
  }

  private static boolean isPastTense(String word) {
    return word.endsWith("ed") || IRREGULAR_PAST.contains(word);
  }

  /** {@code OrderHTTPFailed} -> [Order, HTTP, Failed]. */
  static List<String> words(String camel) {
    List<String> words = new ArrayList<>();
    int start = 0;
    for (int i = 1; i < camel.length(); i++) {
      char c = camel.charAt(i);
      boolean boundary =
          Character.isUpperCase(c)
              && (Character.isLowerCase(camel.charAt(i - 1))
                  || (i + 1 < camel.length() && Character.isLowerCase(camel.charAt(i + 1))));
      if (boundary) {
        words.add(camel.substring(start, i));
        start = i;
      }
    }
    words.add(camel.substring(start));
    return words;
  }
}

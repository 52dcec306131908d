package clash;

/**
 * Where the corpus's handlers record that they were called. In this package String, List and
 * Object are the user's own classes, so the JDK's are named in full.
 */
public final class Journal {

  public static final java.util.List<java.lang.String> CALLS =
      java.util.Collections.synchronizedList(new java.util.ArrayList<>());

  private Journal() {}

  public static void record(java.lang.String call) {
    CALLS.add(call);
  }
}

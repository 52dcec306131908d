package dev.herald.runtime.json;

import dev.herald.runtime.generated.EventDecodingException;

/** JSON that is malformed or does not fit the expected shape, located by its path and offset. */
public final class JsonDecodingException extends EventDecodingException {

  private static final long serialVersionUID = 1L;

  private final String path;
  private final String problem;
  private final int offset;

  JsonDecodingException(String path, String problem, int offset) {
    this(path, problem, offset, null);
  }

  JsonDecodingException(String path, String problem, int offset, Throwable cause) {
    super(path + ": " + problem + " at offset " + offset, cause);
    this.path = path;
    this.problem = problem;
    this.offset = offset;
  }

  /** Where in the document the problem is, as a JSON path from {@code $}. */
  public String path() {
    return path;
  }

  /** What is wrong, without the location. */
  public String problem() {
    return problem;
  }

  /** The character offset in the document where the offending value or token starts. */
  public int offset() {
    return offset;
  }
}

package dev.herald.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.herald.processor.diagnostics.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rename guard: the processor checks the module's route ids and stored event names against the
 * ids file the project keeps ({@code -Aherald.ids}), so that a rename which would strand stored
 * deliveries or events fails the build with the fix, and rewrites the file on request ({@code
 * -Aherald.ids.update=true}).
 */
class RenameGuardTest {

  private static final String HEADER =
      "# Herald stable ids of lib: the name each event is stored under and the id each route's\n"
          + "# deliveries are stored under. The build checks the code against this file, so that"
          + " a\n"
          + "# rename cannot strand stored events or deliveries unnoticed; rewrite it on purpose"
          + " with\n"
          + "# -Aherald.ids.update=true and review the change.\n";

  /** The ids of the first version of the code: {@link #BORROWED} and {@link #LIBRARY}. */
  private static final String FIRST_VERSION =
      HEADER + "event lib.BookBorrowed\n" + "route lib.Library#onBorrowed(BookBorrowed)\n";

  private static final JavaFileObject BORROWED = event("lib", "BookBorrowed", "@DomainEvent");

  private static final JavaFileObject LIBRARY =
      handler("Library", "@Handles", "public void onBorrowed(BookBorrowed event) {}");

  @TempDir Path directory;
  private Path ids;

  @BeforeEach
  void writeTheFirstVersionsFile() throws IOException {
    ids = directory.resolve("src/main/herald/ids.txt");
    Files.createDirectories(ids.getParent());
    Files.writeString(ids, FIRST_VERSION);
  }

  @Test
  void unchangedCodePasses() {
    assertThat(check(BORROWED, LIBRARY)).succeededWithoutWarnings();
  }

  @Test
  void updateModeWritesTheFileSortedOneIdALineAndSaysWhatChanged() throws IOException {
    Files.delete(ids);
    JavaFileObject returned = event("lib", "BookReturned", "@DomainEvent");
    JavaFileObject library =
        handler(
            "Library",
            "@Handles",
            "public void onReturned(BookReturned event) {}",
            "@Handles",
            "public void onBorrowed(BookBorrowed event) {}");

    Compilation created = update(BORROWED, returned, library);
    Compilation again = update(BORROWED, returned, library);
    Compilation shrunk = update(BORROWED, LIBRARY);

    assertThat(created).succeededWithoutWarnings();
    assertThat(created)
        .hadNoteContaining(Diagnostic.IDS_FILE_UPDATED.format(2, 2, ids, "a new file"));
    assertEquals(0, heraldNotes(again), "an up-to-date file is left alone");
    assertThat(shrunk)
        .hadNoteContaining(Diagnostic.IDS_FILE_UPDATED.format(1, 1, ids, "0 added, 2 removed"));
    assertEquals(FIRST_VERSION, Files.readString(ids, StandardCharsets.UTF_8));
    assertThat(check(BORROWED, LIBRARY)).succeededWithoutWarnings();
  }

  @Test
  void updateModeCreatesTheFilesDirectory() throws IOException {
    ids = directory.resolve("fresh/herald/ids.txt");

    assertThat(update(BORROWED, LIBRARY)).succeededWithoutWarnings();
    assertEquals(FIRST_VERSION, Files.readString(ids, StandardCharsets.UTF_8));
  }

  @Test
  void aRenamedMethodWithoutAnIdIsAnErrorWithTheOldIdToKeep() {
    JavaFileObject library =
        handler("Library", "@Handles", "public void onBookBorrowed(BookBorrowed event) {}");

    Compilation compilation = check(BORROWED, library);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            Diagnostic.ROUTE_ID_CHANGED.format(
                "lib.Library#onBookBorrowed(BookBorrowed)",
                "Library.onBookBorrowed(BookBorrowed)",
                ids,
                "lib.Library#onBorrowed(BookBorrowed)",
                "lib.Library#onBorrowed(BookBorrowed)"))
        .inFile(library)
        .onLineContaining("public void onBookBorrowed");
    assertThat(compilation)
        .hadErrorContaining("@Handles(id = \"lib.Library#onBorrowed(BookBorrowed)\")");
  }

  @Test
  void aRenamedMethodThatKeepsItsIdPasses() {
    JavaFileObject library =
        handler(
            "Library",
            "@Handles(id = \"lib.Library#onBorrowed(BookBorrowed)\")",
            "public void onBookBorrowed(BookBorrowed event) {}");

    assertThat(check(BORROWED, library)).succeededWithoutWarnings();
  }

  @Test
  void aMovedEventRecordThatKeepsItsNamePasses() {
    JavaFileObject moved =
        event("lib.loans", "BookBorrowed", "@DomainEvent(name = \"lib.BookBorrowed\")");
    JavaFileObject library =
        handler("Library", "@Handles", "public void onBorrowed(lib.loans.BookBorrowed event) {}");

    assertThat(check(moved, library)).succeededWithoutWarnings();
  }

  @Test
  void aMovedEventRecordWithoutANameIsAnErrorWithTheOldNameToKeep() {
    JavaFileObject moved = event("lib.loans", "BookBorrowed", "@DomainEvent");
    JavaFileObject library =
        handler("Library", "@Handles", "public void onBorrowed(lib.loans.BookBorrowed event) {}");

    Compilation compilation = check(moved, library);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            Diagnostic.EVENT_NAME_CHANGED.format(
                "BookBorrowed",
                "lib.loans.BookBorrowed",
                ids,
                "lib.BookBorrowed",
                "@DomainEvent(name = \"lib.BookBorrowed\")"))
        .inFile(moved)
        .onLineContaining("public record BookBorrowed");
  }

  @Test
  void aNewVersionOfAnIntegrationEventIsAnErrorUntilTheFileIsUpdated() throws IOException {
    Files.writeString(
        ids, HEADER + "event org.lib.book.lost.v1\n" + "route lib.Library#onLost(BookLost)\n");
    JavaFileObject lost =
        event(
            "lib",
            "BookLost",
            "@IntegrationEvent(type = \"org.lib.book.lost\", version = 2, source = \"lib\")");
    JavaFileObject library =
        handler("Library", "@Handles", "public void onLost(BookLost event) {}");

    Compilation compilation = check(lost, library);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            Diagnostic.EVENT_NAME_CHANGED.format(
                "BookLost",
                "org.lib.book.lost.v2",
                ids,
                "org.lib.book.lost.v1",
                "the @IntegrationEvent type and version that give org.lib.book.lost.v1"))
        .inFile(lost)
        .onLineContaining("public record BookLost");
  }

  @Test
  void aNewHandlerIsAnErrorSayingWhichLineToAdd() {
    JavaFileObject shelf =
        handler("Shelf", "@Handles", "public void onBorrowed(BookBorrowed event) {}");

    Compilation compilation = check(BORROWED, LIBRARY, shelf);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            Diagnostic.ROUTE_ID_NOT_IN_IDS_FILE.format(
                "lib.Shelf#onBorrowed(BookBorrowed)",
                "Shelf.onBorrowed(BookBorrowed)",
                ids,
                "lib.Shelf#onBorrowed(BookBorrowed)"))
        .inFile(shelf)
        .onLineContaining("public void onBorrowed");
  }

  @Test
  void aNewEventIsAnErrorSayingWhichLineToAdd() {
    JavaFileObject returned = event("lib", "BookReturned", "@DomainEvent");
    JavaFileObject library =
        handler(
            "Library",
            "@Handles",
            "public void onBorrowed(BookBorrowed event) {}",
            "@Handles(id = \"library.returned\")",
            "public void onReturned(BookReturned event) {}");

    Compilation compilation = check(BORROWED, returned, library);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining(
            Diagnostic.EVENT_NAME_NOT_IN_IDS_FILE.format(
                "BookReturned", "lib.BookReturned", ids, "lib.BookReturned"))
        .inFile(returned)
        .onLineContaining("public record BookReturned");
    assertThat(compilation)
        .hadErrorContaining(
            Diagnostic.ROUTE_ID_NOT_IN_IDS_FILE.format(
                "library.returned", "Library.onReturned(BookReturned)", ids, "library.returned"))
        .inFile(library)
        .onLineContaining("public void onReturned");
  }

  @Test
  void aRemovedRouteIsReportedOnItsClassOrOnTheBuildWhenTheClassIsGone() throws IOException {
    Files.writeString(
        ids,
        FIRST_VERSION
            + "route lib.Archive#onBorrowed(BookBorrowed)\n"
            + "route lib.Library#onLost(BookLost)\n");

    Compilation compilation = check(BORROWED, LIBRARY);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining(
            Diagnostic.ROUTE_ID_REMOVED.format(
                ids, "lib.Library#onLost(BookLost)", "lib.Library#onLost(BookLost)"))
        .inFile(LIBRARY)
        .onLineContaining("public final class Library");
    assertThat(compilation)
        .hadErrorContaining(
            Diagnostic.ROUTE_ID_REMOVED.format(
                ids,
                "lib.Archive#onBorrowed(BookBorrowed)",
                "lib.Archive#onBorrowed(BookBorrowed)"));
  }

  @Test
  void aRemovedEventIsReportedOnTheBuild() throws IOException {
    Files.writeString(ids, FIRST_VERSION + "event lib.BookLost\n");

    Compilation compilation = check(BORROWED, LIBRARY);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            Diagnostic.EVENT_NAME_REMOVED.format(ids, "lib.BookLost", "lib.BookLost"));
    assertNull(compilation.errors().get(0).getSource());
  }

  @Test
  void aMissingFileIsAnErrorSayingHowToCreateIt() throws IOException {
    Files.delete(ids);

    Compilation compilation = check(BORROWED, LIBRARY);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(Diagnostic.IDS_FILE_MISSING.format(ids));
  }

  @Test
  void aMalformedLineIsAnErrorNamingItsNumber() throws IOException {
    Files.writeString(ids, FIRST_VERSION + "\nroute\nhandler lib.Library#x(BookBorrowed)\n");

    Compilation compilation = check(BORROWED, LIBRARY);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining(Diagnostic.IDS_FILE_MALFORMED.format(8, ids, "route"));
    assertThat(compilation)
        .hadErrorContaining(
            Diagnostic.IDS_FILE_MALFORMED.format(9, ids, "handler lib.Library#x(BookBorrowed)"));
  }

  @Test
  void anUnreadableFileIsAnError() throws IOException {
    Files.delete(ids);
    Files.createDirectory(ids);

    Compilation compilation = check(BORROWED, LIBRARY);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(Diagnostic.IDS_FILE_UNREADABLE.format(ids, "").split(" \\(")[0]);
  }

  @Test
  void aFileThatCannotBeWrittenIsAnError() throws IOException {
    Path blocker = directory.resolve("blocker");
    Files.writeString(blocker, "a file where a directory should be");
    ids = blocker.resolve("ids.txt");

    Compilation compilation = update(BORROWED, LIBRARY);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(Diagnostic.IDS_FILE_NOT_WRITTEN.format(ids, "").split(" \\(")[0]);
  }

  @Test
  void theOptionsAreCheckedAndNamed() {
    List<JavaFileObject> sources = List.of(BORROWED, LIBRARY);

    Compilation relative =
        Sources.compile(sources, List.of("-Aherald.ids=src/main/herald/ids.txt"));
    Compilation badUpdate =
        Sources.compile(sources, List.of("-Aherald.ids=" + ids, "-Aherald.ids.update=yes"));
    Compilation updateAlone = Sources.compile(sources, List.of("-Aherald.ids.update=true"));

    assertThat(relative).hadErrorCount(1);
    assertThat(relative)
        .hadErrorContaining(Diagnostic.INVALID_IDS_OPTION.format("src/main/herald/ids.txt"));
    assertThat(badUpdate).hadErrorCount(1);
    assertThat(badUpdate).hadErrorContaining(Diagnostic.INVALID_IDS_UPDATE_OPTION.format("yes"));
    assertThat(updateAlone).hadErrorCount(1);
    assertThat(updateAlone).hadErrorContaining(Diagnostic.IDS_UPDATE_WITHOUT_FILE.format());
  }

  private Compilation check(JavaFileObject... sources) {
    return Sources.compile(List.of(sources), List.of("-Aherald.ids=" + ids));
  }

  private Compilation update(JavaFileObject... sources) {
    return Sources.compile(
        List.of(sources), List.of("-Aherald.ids=" + ids, "-Aherald.ids.update=true"));
  }

  private static long heraldNotes(Compilation compilation) {
    return compilation.notes().stream()
        .filter(note -> note.getMessage(Locale.ROOT).startsWith("[HERALD-"))
        .count();
  }

  private static JavaFileObject event(String packageName, String name, String annotation) {
    return JavaFileObjects.forSourceLines(
        packageName + "." + name,
        "package " + packageName + ";",
        "",
        "import dev.herald.DomainEvent;",
        "import dev.herald.IntegrationEvent;",
        "",
        annotation,
        "public record " + name + "(String isbn) {}");
  }

  /** A handler class in package lib with the given members, one a line. */
  private static JavaFileObject handler(String name, String... members) {
    List<String> lines = new ArrayList<>();
    lines.add("package lib;");
    lines.add("");
    lines.add("import dev.herald.Handles;");
    lines.add("");
    lines.add("public final class " + name + " {");
    for (String member : members) {
      lines.add("  " + member);
    }
    lines.add("}");
    return JavaFileObjects.forSourceLines("lib." + name, lines);
  }
}

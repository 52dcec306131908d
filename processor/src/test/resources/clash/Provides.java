package clash;

/** An event interface named like Dagger's annotation; IntoSet implements it. */
public interface Provides {}

package bad;

/** Takes the name Herald would generate for package bad. */
public final class BadHandlerTable {}

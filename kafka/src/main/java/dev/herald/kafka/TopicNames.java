package dev.herald.kafka;

/**
 * Kafka's rules for topic names: at most 249 characters of {@code [a-zA-Z0-9._-]}, not {@code .} or
 * {@code ..}.
 */
final class TopicNames {

  private static final int MAX_LENGTH = 249;

  private TopicNames() {}

  static String sanitize(String name) {
    StringBuilder topic = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      topic.append(isLegal(c) ? c : '.');
    }
    return requireValid(topic.toString());
  }

  static String requireValid(String topic) {
    if (topic.isEmpty() || topic.equals(".") || topic.equals("..") || topic.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("'" + topic + "' is not a valid Kafka topic name");
    }
    for (int i = 0; i < topic.length(); i++) {
      if (!isLegal(topic.charAt(i))) {
        throw new IllegalArgumentException(
            "'"
                + topic
                + "' is not a valid Kafka topic name: '"
                + topic.charAt(i)
                + "' is not allowed (only a-z, A-Z, 0-9, '.', '_', '-')");
      }
    }
    return topic;
  }

  private static boolean isLegal(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '.'
        || c == '_'
        || c == '-';
  }
}

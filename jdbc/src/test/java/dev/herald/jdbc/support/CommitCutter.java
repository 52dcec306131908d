package dev.herald.jdbc.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A TCP proxy in front of PostgreSQL that can break a connection exactly at {@code COMMIT}: a real
 * I/O error during the commit, either after the server committed (its reply is swallowed) or before
 * the server saw the {@code COMMIT}.
 */
public final class CommitCutter implements AutoCloseable {

  /** Where the next {@code COMMIT} is cut. */
  public enum Cut {
    /** The server gets the {@code COMMIT} and commits; the client never hears back. */
    AFTER_THE_SERVER_COMMITTED,
    /** The connection breaks before the server sees the {@code COMMIT}: it rolls back. */
    BEFORE_THE_SERVER_SAW_IT
  }

  private static final byte[] COMMIT = "COMMIT".getBytes(StandardCharsets.US_ASCII);

  private final ServerSocket listener;
  private final int serverPort;
  private final AtomicReference<Cut> armed = new AtomicReference<>();
  private final byte[] marker;

  /**
   * @param marker text of a statement the cut transaction sends before its {@code COMMIT}
   */
  public CommitCutter(int serverPort, String marker) throws IOException {
    this.serverPort = serverPort;
    this.marker = marker.getBytes(StandardCharsets.UTF_8);
    this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::accept, "commit-cutter");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  public int port() {
    return listener.getLocalPort();
  }

  /** Cuts the connection that sends the next {@code COMMIT}, as given. */
  public void cutNextCommit(Cut cut) {
    armed.set(cut);
  }

  /** Whether the armed cut has happened. */
  public boolean cutDone() {
    return armed.get() == null;
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        Socket client = listener.accept();
        Socket server = new Socket(InetAddress.getLoopbackAddress(), serverPort);
        Link link = new Link(client, server);
        start(() -> link.clientToServer(), "cutter-c2s");
        start(() -> link.serverToClient(), "cutter-s2c");
      } catch (IOException e) {
        return;
      }
    }
  }

  private static void start(Runnable pump, String name) {
    Thread thread = new Thread(pump, name);
    thread.setDaemon(true);
    thread.start();
  }

  /** One proxied connection. */
  private final class Link {
    final Socket client;
    final Socket server;
    volatile boolean swallowReply;
    boolean markerSent;

    Link(Socket client, Socket server) {
      this.client = client;
      this.server = server;
    }

    void clientToServer() {
      byte[] buffer = new byte[65536];
      try (InputStream in = client.getInputStream();
          OutputStream out = server.getOutputStream()) {
        int n;
        while ((n = in.read(buffer)) >= 0) {
          markerSent |= contains(buffer, n, marker);
          if (contains(buffer, n, COMMIT)) {
            Cut cut = armed.get();
            if (markerSent && cut != null && armed.compareAndSet(cut, null)) {
              if (cut == Cut.BEFORE_THE_SERVER_SAW_IT) {
                closeBoth();
                return;
              }
              swallowReply = true;
            }
            markerSent = false;
          }
          out.write(buffer, 0, n);
          out.flush();
        }
      } catch (IOException e) {
        // closed
      } finally {
        closeBoth();
      }
    }

    void serverToClient() {
      byte[] buffer = new byte[65536];
      try (InputStream in = server.getInputStream();
          OutputStream out = client.getOutputStream()) {
        int n;
        while ((n = in.read(buffer)) >= 0) {
          if (swallowReply) {
            // The server answered the COMMIT, so it committed; the client is never told.
            closeBoth();
            return;
          }
          out.write(buffer, 0, n);
          out.flush();
        }
      } catch (IOException e) {
        // closed
      } finally {
        closeBoth();
      }
    }

    private void closeBoth() {
      try {
        client.close();
      } catch (IOException ignored) {
        // already closed
      }
      try {
        server.close();
      } catch (IOException ignored) {
        // already closed
      }
    }
  }

  private static boolean contains(byte[] buffer, int length, byte[] text) {
    outer:
    for (int i = 0; i + text.length <= length; i++) {
      for (int j = 0; j < text.length; j++) {
        if (buffer[i + j] != text[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  @Override
  public void close() throws IOException {
    listener.close();
  }
}

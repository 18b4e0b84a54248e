package org.actiontracker.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Finds and probes TCP ports on this machine. */
final class Ports {

    private Ports() {
    }

    /**
     * A port that is free right now. The servers here need their port fixed before they bind (Kafka writes it into
     * its configuration, restarts must reuse it), so a port is reserved this way instead of binding to port 0.
     */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free TCP port on the loopback interface", e);
        }
    }

    /** A free port other than {@code taken}: the kernel may hand out the same free port twice in a row. */
    static int freePortOtherThan(int taken) {
        int port = freePort();
        while (port == taken) {
            port = freePort();
        }
        return port;
    }

    /** The given port, or a free one when it is 0. */
    static int orFree(int port) {
        return port == 0 ? freePort() : port;
    }

    /**
     * Whether nothing listens on the port, on any interface (binding the wildcard address fails then).
     * SO_REUSEADDR lets the probe ignore connections of a previous run still in TIME_WAIT, as the servers do.
     */
    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port), 1);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}

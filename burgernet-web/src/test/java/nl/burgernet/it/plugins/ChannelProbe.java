package nl.burgernet.it.plugins;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import nl.burgernet.channel.api.ChannelDescriptor;
import nl.burgernet.infrastructure.channels.ChannelRegistry;

/**
 * Deployed with the tests only: lists the channel ids the running portal's registry holds, one a line, so a test
 * sees what the dispatcher would see. The portal has no page that lists deployed channels yet.
 */
@WebServlet("/it/channels")
public class ChannelProbe extends HttpServlet {

    public static final String PATH = "it/channels";

    @Inject
    ChannelRegistry registry;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        for (ChannelDescriptor channel : registry.descriptors()) {
            response.getWriter().println(channel.id());
        }
    }
}

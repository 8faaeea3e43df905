package fr.bde.web.recruiter;

import fr.bde.common.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Sending a stored file as an attachment. */
public final class Downloads {

    private Downloads() {
    }

    /**
     * Loads what a request asks for through a scoped service; answers 403 or 404 itself and
     * returns null when the caller may not have it or it does not exist.
     */
    public static <T> T load(HttpServletResponse response, java.util.function.Supplier<T> loader) throws IOException {
        try {
            return loader.get();
        } catch (fr.bde.common.AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
        return null;
    }

    public static Long parseId(String value) {
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            throw new NotFoundException("error.notFound");
        }
    }

    public static void send(HttpServletResponse response, String contentType, String fileName, byte[] content)
            throws IOException {
        response.setContentType(contentType);
        response.setContentLength(content.length);
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(content);
    }
}

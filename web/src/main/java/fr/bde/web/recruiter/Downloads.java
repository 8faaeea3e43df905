package fr.bde.web.recruiter;

import fr.bde.common.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Sending a stored file as an attachment. */
final class Downloads {

    private Downloads() {
    }

    static Long parseId(String value) {
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            throw new NotFoundException("error.notFound");
        }
    }

    static void send(HttpServletResponse response, String contentType, String fileName, byte[] content)
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

package fr.bde.web.commission;

import fr.bde.commission.domain.ProfileFileType;
import fr.bde.commission.service.FormRejectedException;
import fr.bde.common.BusinessException;
import fr.bde.jobapplication.domain.UploadedDocument;
import fr.bde.web.Messages;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;

/** Shared by the SAR screens: refused forms shown field by field, and uploaded files read with a bound. */
final class Forms {

    private Forms() {
    }

    static void show(String form, BusinessException e) {
        if (e instanceof FormRejectedException rejected) {
            rejected.getProblems().forEach(problem -> Messages.error(form, problem));
        } else {
            Messages.error(form, e);
        }
    }

    /** Reads at most one byte more than allowed, so an oversized file is refused without filling the heap. */
    static UploadedDocument read(Part part) throws IOException {
        if (part == null || part.getSize() == 0) {
            return null;
        }
        long limit = ProfileFileType.MAX_SIZE + 1;
        try (InputStream in = part.getInputStream()) {
            return new UploadedDocument(part.getSubmittedFileName(), in.readNBytes((int) Math.min(part.getSize(), limit)));
        }
    }

    static long maxSizeMb() {
        return ProfileFileType.MAX_SIZE / (1024 * 1024);
    }
}

package fr.bde.it;

import fr.bde.common.ClockProducer;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Test-only: moves the server's "today" (GET /test/clock?today=2027-02-15, 10:00 Paris time) or puts it
 * back (GET /test/clock?reset=true). Deployed only by the tests, through {@link Deployments#earWith}.
 */
@WebServlet("/test/clock")
public class TestClockServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private ClockProducer clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String today = request.getParameter("today");
        if (today != null) {
            clock.travelTo(LocalDate.parse(today).atTime(LocalTime.of(10, 0)).atZone(ClockProducer.PARIS).toInstant());
        } else {
            clock.reset();
        }
        response.setContentType("text/plain");
        response.getWriter().write(clock.clock().instant().toString());
    }
}

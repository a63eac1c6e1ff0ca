package org.gamepicker.adapter.rest.error;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The container's error page (see web.xml): errors outside JAX-RS answer problem JSON too. */
@WebServlet("/error")
public class ErrorPageServlet extends HttpServlet {

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer number ? number : 404;
    response.setStatus(status);
    if (status == 401) {
      response.setHeader("WWW-Authenticate", "Bearer realm=\"gamepicker\"");
    }
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(ProblemResponses.toJson(Problem.forStatus(status, null)));
  }
}

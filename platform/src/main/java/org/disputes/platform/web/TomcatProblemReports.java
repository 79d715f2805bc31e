package org.disputes.platform.web;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts {@link ProblemErrorReportValve} in the place of Tomcat's error report valve (Spring Boot's or Tomcat's
 * default), so what Tomcat refuses by itself is a problem response too. Runs after Spring Boot's customizer, which
 * adds its own.
 */
public final class TomcatProblemReports implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>,
        Ordered {

    private final JsonMapper json;

    public TomcatProblemReports(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Container host = context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.getPipeline().addValve(new ProblemErrorReportValve(json));
            if (host instanceof StandardHost standard) {
                // else the host adds Tomcat's own on start, not finding a valve of the class it is told to use
                standard.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}

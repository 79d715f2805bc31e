package org.disputes.acceptance;

import org.disputes.process.ServiceCollector;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No Docker engine runs where we build, so docker-compose.yml is held against the services' own configuration:
 * every variable it sets is one the service reads, ports agree, the database it names is the one it starts.
 */
class ComposeFileTest {

    private static final Path REPOSITORY = Path.of(System.getProperty("disputes.jars", "..")).toAbsolutePath().normalize();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*):?([^}]*)}");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> services() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(REPOSITORY.resolve("docker-compose.yml")));
        return (Map<String, Object>) compose.get("services");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(String name) throws IOException {
        Map<String, Object> service = (Map<String, Object>) services().get(name);
        assertThat(service).as("service " + name + " in docker-compose.yml").isNotNull();
        return service;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> environment(String name) throws IOException {
        return (Map<String, String>) service(name).get("environment");
    }

    /** The environment variables a service's application.yml reads, with their defaults. */
    private static Map<String, String> variablesRead(String name) throws IOException {
        Matcher m = PLACEHOLDER.matcher(Files.readString(
                REPOSITORY.resolve(name).resolve("src/main/resources/application.yml")));
        Map<String, String> read = new java.util.HashMap<>();
        while (m.find()) {
            read.put(m.group(1), m.group(2));
        }
        return read;
    }

    @ParameterizedTest
    @CsvSource({"command-service,8081,9081", "query-service,8082,9082"})
    void everyVariableTheComposeFileSetsIsOneTheServiceReads(String name, int port, int managementPort)
            throws IOException {
        Map<String, String> env = environment(name);
        Map<String, String> read = variablesRead(name);
        assertThat(read.keySet()).containsAll(env.keySet());
        assertThat(env.keySet()).contains("DISPUTES_DB_URL", "DISPUTES_DB_USER", "DISPUTES_DB_PASSWORD", "SERVER_PORT");
        assertThat(read.get("SERVER_PORT")).isEqualTo(String.valueOf(port));
        assertThat(env.get("SERVER_PORT")).isEqualTo(String.valueOf(port));
        assertThat(read.get("MANAGEMENT_PORT")).isEqualTo(String.valueOf(managementPort));
        assertThat(env.get("MANAGEMENT_PORT")).isEqualTo(String.valueOf(managementPort));
        // the metrics and health groups are published on the host's loopback only
        assertThat((List<String>) service(name).get("ports"))
                .containsExactly(port + ":" + port, "127.0.0.1:" + managementPort + ":" + managementPort);
    }

    @ParameterizedTest
    @CsvSource({"command-service", "query-service"})
    void servicesUseTheDatabaseTheComposeFileStarts(String name) throws IOException {
        Map<String, String> postgres = environment("postgres");
        Map<String, String> env = environment(name);
        assertThat(env.get("DISPUTES_DB_URL"))
                .isEqualTo("jdbc:postgresql://postgres:5432/" + postgres.get("POSTGRES_DB"));
        assertThat(env.get("DISPUTES_DB_USER")).isEqualTo(postgres.get("POSTGRES_USER"));
        assertThat(env.get("DISPUTES_DB_PASSWORD")).isEqualTo(postgres.get("POSTGRES_PASSWORD"));
        assertThat(service(name).get("healthcheck").toString()).contains("/actuator/health");
    }

    @ParameterizedTest
    @CsvSource({"command-service", "query-service"})
    void theComposeDemoSignsInApiMdsDemoUsersWhichAreOffByDefault(String name) throws IOException {
        assertThat(environment(name)).containsEntry("DISPUTES_SECURITY_DEMO_USERS", "true");
        assertThat(variablesRead(name)).containsEntry("DISPUTES_SECURITY_DEMO_USERS", "false");
    }

    @Test
    @SuppressWarnings("unchecked")
    void servicesStartInOrderOnHealthyDependencies() throws IOException {
        assertThat(service("postgres").get("healthcheck").toString()).contains("pg_isready");
        Map<String, Map<String, String>> command = (Map<String, Map<String, String>>) service("command-service").get("depends_on");
        assertThat(command.get("postgres").get("condition")).isEqualTo("service_healthy");
        Map<String, Map<String, String>> query = (Map<String, Map<String, String>>) service("query-service").get("depends_on");
        assertThat(query.get("command-service").get("condition")).isEqualTo("service_healthy");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theConsoleTalksToBothServicesByTheirComposeNamesOnceTheyAreHealthy() throws IOException {
        Map<String, String> env = environment("console");
        Map<String, String> read = variablesRead("console");
        assertThat(read.keySet()).containsAll(env.keySet());
        assertThat(read.get("SERVER_PORT")).isEqualTo("8080");
        assertThat(env.get("SERVER_PORT")).isEqualTo("8080");
        assertThat((List<String>) service("console").get("ports")).containsExactly("8080:8080");
        assertThat(env.get("DISPUTES_COMMAND_URL")).isEqualTo("http://command-service:8081");
        assertThat(env.get("DISPUTES_QUERY_URL")).isEqualTo("http://query-service:8082");
        Map<String, Map<String, String>> after = (Map<String, Map<String, String>>) service("console").get("depends_on");
        assertThat(after.get("command-service").get("condition")).isEqualTo("service_healthy");
        assertThat(after.get("query-service").get("condition")).isEqualTo("service_healthy");
        assertThat(service("console").get("healthcheck").toString()).contains("/actuator/health");
    }

    @ParameterizedTest
    @CsvSource({"command-service,8081", "query-service,8082", "console,8080"})
    @SuppressWarnings("unchecked")
    void eachServiceIsBuiltFromItsDockerfileIntoTheJarMavenPackages(String name, int port) throws IOException {
        Map<String, String> build = (Map<String, String>) service(name).get("build");
        assertThat(build.get("context")).isEqualTo(".");
        Path dockerfile = REPOSITORY.resolve(build.get("dockerfile"));
        String text = Files.readString(dockerfile);
        assertThat(text).contains("-pl " + name + " -am package", "/src/" + name + "/target/" + name + ".jar",
                "EXPOSE " + port);
        assertThat(Files.readString(REPOSITORY.resolve(name).resolve("pom.xml")))
                .contains("<finalName>" + name + "</finalName>");
    }

    @ParameterizedTest
    @CsvSource({"command-service", "query-service"})
    void eachServiceImageRunsOnTheCollectorTheBenchmarkMeasured(String name) throws IOException {
        String text = Files.readString(REPOSITORY.resolve(name).resolve("Dockerfile"));
        assertThat(text).contains("ENV JDK_JAVA_OPTIONS=\"" + String.join(" ", ServiceCollector.options(null)) + "\"");
    }

    @Test
    void theComposeFileStartsNothingElse() throws IOException {
        assertThat(new TreeSet<>(services().keySet()))
                .isEqualTo(new TreeSet<>(Set.of("postgres", "command-service", "query-service", "console")));
    }
}

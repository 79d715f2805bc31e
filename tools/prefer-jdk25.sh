# Sourced by run.sh, test.sh and benchmark.sh. The code is Java 17; the services run faster on JDK 25, where Spring's
# virtual threads are on (README "Performance": CPU per command and latency). Use a JDK 25 when one is installed
# (or the one DISPUTES_JAVA_HOME names), else whatever JAVA_HOME or PATH gives.
for candidate in "${DISPUTES_JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/java-25-openjdk-amd64; do
  if [ -n "$candidate" ] && [ -x "$candidate/bin/java" ]; then
    export JAVA_HOME="$candidate"
    export PATH="$candidate/bin:$PATH"
    break
  fi
done

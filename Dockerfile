# Builds one service of this repository: docker build --build-arg SERVICE=booking-service .
FROM eclipse-temurin:17-jdk AS build
ARG SERVICE=booking-service
WORKDIR /src
COPY . .
RUN ./mvnw -q -B -pl ${SERVICE} -am package -DskipTests -Dspotless.check.skip=true \
    && cp ${SERVICE}/target/${SERVICE}-*-exec.jar /app.jar

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 clinic
USER clinic
COPY --from=build /app.jar /app.jar
ENV JAVA_TOOL_OPTIONS="-Daxoniq.update-checker.disabled=true"
ENTRYPOINT ["java", "-jar", "/app.jar"]

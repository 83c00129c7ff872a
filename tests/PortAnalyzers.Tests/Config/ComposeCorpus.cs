using System.Collections.Generic;
using System.Linq;

namespace PortAnalyzers.Tests.Config;

/// <summary>
/// Compose files in the shapes public repositories write them (eShop-, Steeltoe-, Aspire- and Traefik-style), written
/// for these tests: what the compose reader must read as a full YAML parser does. The rule tests' own compose files are
/// read beside these (<c>YamlDifferentialTests.ReadsWhatYamlDotNetReads_InTheRuleTests</c>), so a shape they hold is not
/// written again here.
/// </summary>
internal static class ComposeCorpus
{
    public static readonly IReadOnlyDictionary<string, string> Files = new Dictionary<string, string>
    {
        ["web and database"] = """
            # Starts the app and its database for local development.
            #
            # Usage:
            #   docker compose up -d

            services:
              web:
                build:
                  context: .
                  dockerfile: src/Web/Dockerfile
                ports:
                  - "5106:8080"
                environment:
                  - ASPNETCORE_ENVIRONMENT=Development
                  - "ASPNETCORE_HTTP_PORTS=8080"
                  - ConnectionStrings__Db=Host=db;Port=5432;Database=app
                depends_on:
                  db:
                    condition: service_healthy
              db:
                image: postgres:16
                environment:
                  POSTGRES_PASSWORD: "example"
                healthcheck:
                  test: ["CMD-SHELL", "pg_isready -U postgres"]
                  interval: 10s
                  retries: 5
                volumes:
                  - db-data:/var/lib/postgresql/data
            volumes:
              db-data:
            """,
        ["anchors and extension fields"] = """
            version: "3.9"
            x-defaults: &defaults
              restart: unless-stopped
              environment: &env
                ASPNETCORE_URLS: http://+:80
                OTEL_EXPORTER_OTLP_ENDPOINT: http://otel:4317
              logging:
                driver: json-file
            x-ports: &web-ports
              - "80:80"
              - "443:443"
            services:
              catalog:
                <<: *defaults
                image: contoso/catalog
                ports: *web-ports
              basket:
                <<: [*defaults]
                image: contoso/basket
                restart: always
                environment:
                  <<: *env
                  ASPNETCORE_URLS: http://+:8080
            """,
        // The short port syntaxes are in PORT003_ContainerFileTests, whose compose files the differential test reads too.
        ["long port syntax"] = """
            services:
              proxy:
                image: nginx:alpine
                ports:
                  - target: 80
                    host_ip: 127.0.0.1
                    published: "8080"
                    protocol: tcp
                    mode: host
                  - {target: 443, published: 8443}
                expose:
                  - "3000"
                  - 8000
            """,
        ["labels, interpolation and quoting"] = """
            services:
              traefik:
                image: "traefik:v3.1"
                command:
                  - "--api.insecure=true"
                  - "--entrypoints.web.address=:80"
                  - '--providers.docker.exposedbydefault=false'
                labels:
                  - "traefik.http.routers.api.rule=Host(`api.localhost`) && PathPrefix(`/v1`)"
                  - traefik.http.services.api.loadbalancer.server.port=8080
                  - 'com.example.description=It''s "quoted"'
                environment:
                  API_URL: ${API_URL:-http://api:8080}
                  PASSWORD: "p@ss:w0rd#1"
                  ESCAPED: "tab\there \u00e9 \"q\""
                  DOLLARS: $$HOME
                  EMPTY: ""
                  NOTHING:
                  TILDE: ~
                  "quoted.key": value
                  'single.key': 'value: with colon'
            """,
        ["flow collections"] = """
            services:
              api:
                image: contoso/api:1.2.3
                command: ["dotnet", "Api.dll", "--urls", "http://+:5000"]
                ports: ["5000:5000", '5001:5001']
                environment: {ASPNETCORE_HTTP_PORTS: 5000, Logging__LogLevel__Default: "Warning"}
                dns: [ 8.8.8.8 , "1.1.1.1" ]
                extra_hosts: ["host.docker.internal:host-gateway"]
                ulimits: {nofile: {soft: 20000, hard: 40000}}
            """,
        ["block scalars"] = """
            services:
              worker:
                image: contoso/worker
                command: >
                  bash -c "dotnet Worker.dll
                  --port 7000"
                entrypoint: |
                  #!/bin/sh
                  echo "starting on :8080"
                  exec dotnet Worker.dll
                healthcheck:
                  test: |-
                    curl -f http://localhost:8080/health || exit 1
                  interval: 30s
              folded:
                image: x
                labels:
                  description: >

                    first line
                    continues

                    new paragraph
                      indented keeps
                    back


                    end
                  literal: |-
                    a

                      b
              keep:
                image: x
                command: >+
                  kept

            """,
        ["document marker and nulls"] = """
            ---
            name: shop
            services:
              redis:
                image: redis:7
                ports:
                  - "6379:6379"
            networks:
              default:
              backend: {}
            volumes:
              cache: null
            ...
            """,
        ["sequences at the key's indentation"] = """
            services:
              seq:
                image: datalust/seq:latest
                ports:
                - "5341:80"
                - 8081:80
                environment:
                - ACCEPT_EULA=Y
                volumes:
                - - nested
                  - list
            """,
        ["an Aspire publish"] = """
            services:
              apiservice:
                image: "${APISERVICE_IMAGE}"
                environment:
                  OTEL_DOTNET_EXPERIMENTAL_OTLP_EMIT_EXCEPTION_LOG_ATTRIBUTES: "true"
                  HTTP_PORTS: "8080"
                  ConnectionStrings__cache: "cache:6379,password=${CACHE_PASSWORD}"
                ports:
                  - "8000:8080"
                  - "8001:8443"
                depends_on:
                  cache:
                    condition: "service_started"
                networks:
                  - "aspire"
              cache:
                image: "docker.io/library/redis:8.2"
                command:
                  - "-c"
                  - "redis-server --requirepass $$REDIS_PASSWORD"
                entrypoint:
                  - "/bin/sh"
                networks:
                  - "aspire"
            networks:
              aspire:
                driver: "bridge"
            """,
        ["deploy, secrets and tags"] = """
            services:
              gateway:
                image: contoso/gateway
                deploy:
                  replicas: 2
                  resources:
                    limits:
                      cpus: '0.50'
                      memory: 512M
                  restart_policy:
                    condition: on-failure
                secrets:
                  - source: cert
                    target: /https/cert.pfx
                ports:
                  - !!str 7443:443
                sysctls:
                  net.core.somaxconn: 1024
                  net.ipv4.ip_local_port_range: "32768 60999"
            secrets:
              cert:
                file: ./certs/cert.pfx
            """,
        ["multi-line values, aliases and compose tags"] = """
            services:
              web:
                image: &image contoso/web:1.0
                command: [
                  "dotnet",
                  "Web.dll", "--urls",
                  "http://+:8080"
                ]
                environment:
                  DESCRIPTION: a long
                    description over lines
                  MESSAGE: "first
                    second"
                  PATH_ON_WINDOWS: C:\app\bin
                  SELF: *image
                ports: !reset []
              web-debug:
                image: *image
                ports: !override
                  - "9229:9229"
                volumes: !reset null
            """,
        ["anchors and tags inside flow collections"] = """
            services:
              web:
                ports: [&http "8080:80", !!str 8443, *http ]
                environment: {PORT: "8080", MODE: prod}
                labels: [*http ]
            """,
        ["continued lines and comments after blocks"] = """
            services:
              web:
                command: "dotnet Web.dll \
                  --urls http://+:8080"
                entrypoint: >
                    dotnet Web.dll
                  # --urls http://+:80
                environment:
                  MESSAGE: "one \
                    two\
                    three"
            """,
        ["a block scalar at the end of the text, without a line break"] = """
            services:
              web:
                command: |
                  dotnet Web.dll
            """,
        ["spacing"] = "services:\n  web:   \n    image:    nginx   \n    ports:\t\n      -   \"8080:80\"  \n\n\n    environment:\n      KEY:\tvalue\n      URL: http://x:80/a#b\n",
    };

    /// <summary>Whether a comment or blank line added inside the text could land in a block scalar, and so be its content.</summary>
    public static bool HasBlockScalar(string text) => text.Split('\n').Any(line => line.TrimEnd().EndsWith('|') || line.TrimEnd().EndsWith('>') || line.Contains(": |", System.StringComparison.Ordinal) || line.Contains(": >", System.StringComparison.Ordinal));
}

using Testcontainers.PostgreSql;

namespace IntegrationTestsSample;

public sealed class DatabaseFixture
{
    // PORT011: a fixed host port; parallel test runs and shared CI agents fail with "port is already allocated".
    public PostgreSqlContainer Fixed { get; } = new PostgreSqlBuilder("postgres:16")
        .WithPortBinding(5432, 5432)
        .Build();

    // Fine: Docker picks the host port, and the module's connection string uses it.
    public PostgreSqlContainer Random { get; } = new PostgreSqlBuilder("postgres:16")
        .WithPortBinding(5432, true)
        .Build();

    public string ConnectionString => Random.GetConnectionString();

    public ushort MappedPort => Random.GetMappedPublicPort(5432);
}

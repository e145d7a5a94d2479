using System.Text.Json.Nodes;
using GovernanceBot.Tests.Support;

namespace GovernanceBot.Tests.Infra;

public sealed class CompiledInfrastructure : IAsyncLifetime
{
    public CommandResult Build { get; private set; } = new(-1, "", "");

    public JsonObject Template => JsonNode.Parse(Build.Output)!.AsObject();

    public async Task InitializeAsync() =>
        Build = await BicepCli.RunAsync("build", RepositoryRoot.Combine("infra", "main.bicep"), "--stdout");

    public Task DisposeAsync() => Task.CompletedTask;
}

public sealed class InfrastructureTests(CompiledInfrastructure infrastructure) : IClassFixture<CompiledInfrastructure>
{
    [Fact]
    public void BicepCompilesWithoutErrorsOrWarnings()
    {
        Assert.True(infrastructure.Build.ExitCode == 0, infrastructure.Build.ToString());
        Assert.True(infrastructure.Build.Error.Trim().Length == 0, $"Bicep diagnostics:\n{infrastructure.Build.Error}");
    }

    [Fact]
    public void ParametersFileSuppliesEveryRequiredParameterAndNoUnknownOne()
    {
        var declared = infrastructure.Template["parameters"]!.AsObject();
        var supplied = JsonNode.Parse(File.ReadAllText(RepositoryRoot.Combine("infra", "main.parameters.json")))!["parameters"]!.AsObject();

        var required = declared.Where(parameter => parameter.Value!["defaultValue"] is null).Select(parameter => parameter.Key);
        Assert.All(required, name => Assert.True(supplied.ContainsKey(name), $"main.parameters.json does not supply {name}."));
        Assert.All(supplied, parameter => Assert.True(declared.ContainsKey(parameter.Key), $"main.bicep declares no parameter {parameter.Key}."));
    }

    [Fact]
    public void CloudKnowledgeIsOffByDefault()
    {
        var parameter = infrastructure.Template["parameters"]!["enableCloudKnowledge"]!;

        Assert.Equal("bool", parameter["type"]!.GetValue<string>());
        Assert.False(parameter["defaultValue"]!.GetValue<bool>());
    }
}

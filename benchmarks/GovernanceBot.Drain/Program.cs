// Outbox drain rate: how fast queued notifications reach the Teams connector. A loopback listener stands in for the
// connector; the app's own storage, outbox, dispatcher and Teams channel deliver (authenticated mode, a fixed token).
// Usage (from the repository root):
//   dotnet run -c Release --project benchmarks/GovernanceBot.Drain -- [--notifications 5000] [--recipients 100] [--dispatchers 1] [--latency 0]
//     [--azure "<Azure Storage connection string, e.g. Azurite's>"]
// --dispatchers runs that many dispatchers, each over its own services on the same data folder, as separate instances
// would; --latency makes the connector wait that many milliseconds before answering, as a real one takes time; --azure
// keeps the outbox in Azure Storage (tables under a fresh prefix) instead of SQLite.
using System.Diagnostics;
using GovernanceBot.Benchmarking;
using GovernanceBot.Drain;

var options = Options.Parse(args);
var notifications = options.Number("notifications", 5000);
var recipients = options.Number("recipients", 100);
var dispatchers = options.Number("dispatchers", 1);
var latency = TimeSpan.FromMilliseconds(options.Number("latency", 0));
(string, string)? azure = options.Text("azure") is { } connectionString ? (connectionString, "drain" + Guid.NewGuid().ToString("N")[..12]) : null;

await using var connector = await NotificationConnector.StartAsync(latency);
using var data = new DataFolder();
var instances = Enumerable.Range(0, dispatchers).Select(_ => new DispatcherInstance(data.Path, connector.ServiceUrl, azure)).ToList();
try
{
    await Seed.WriteAsync(instances[0], notifications, recipients, connector.ServiceUrl);
    Console.WriteLine($"queued {notifications} notifications to {recipients} recipients; {dispatchers} dispatcher(s); connector latency {latency.TotalMilliseconds} ms; store {(azure is null ? "SQLite" : "Azure Storage")}");

    var clock = Stopwatch.StartNew();
    await Task.WhenAll(instances.Select(instance => instance.DrainAsync()));
    clock.Stop();

    var received = connector.Received;
    Console.WriteLine($"delivered {received.Count} in {clock.Elapsed.TotalSeconds:F2} s: {received.Count / clock.Elapsed.TotalSeconds:F0} notifications/s");
    Console.WriteLine($"still pending: {await instances[0].PendingAsync()}");
    Console.WriteLine($"delivered more than once: {received.Count - received.Select(r => r.Sequence).Distinct().Count()}");
    Console.WriteLine($"recipients whose notifications arrived out of order: {connector.OutOfOrderConversations()}");
    return received.Count == notifications && connector.OutOfOrderConversations() == 0 ? 0 : 1;
}
finally
{
    foreach (var instance in instances)
    {
        instance.Dispose();
    }
}

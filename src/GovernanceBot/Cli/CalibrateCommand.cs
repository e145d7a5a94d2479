using System.CommandLine;
using System.Text;
using GovernanceBot.Knowledge;
using GovernanceBot.Knowledge.Calibration;
using GovernanceBot.Knowledge.Evaluation;

namespace GovernanceBot.Cli;

/// <summary>
/// <c>calibrate --questions A.jsonl B.jsonl … [--out FILE]</c>: fits the ranker and the gate on tuning questions, prints
/// their leave-one-council-out figures and the precision/abstention trade-off, and writes the model the app ships.
/// Never give it a sealed set: a set it was fitted on no longer measures the product.
/// </summary>
static class CalibrateCommand
{
    public static Command Create()
    {
        var questions = new Option<FileInfo[]>("--questions") { Description = "Tuning questions (JSON lines), one or more files.", Required = true, AllowMultipleArgumentsPerToken = true };
        var output = new Option<FileInfo?>("--out") { Description = "Where to write the fitted model (answer-model.json)." };
        var adapterQuestions = new Option<FileInfo[]>("--adapter-questions") { Description = "Questions asked before (JSON lines) to fit the question adapter on; without it there is none.", AllowMultipleArgumentsPerToken = true };
        var adapterOutput = new Option<FileInfo?>("--adapter-out") { Description = "Where to write the fitted question adapter (question-adapter.bin)." };
        var command = new Command("calibrate", "Fit the question adapter, the ranker and the gate on tuning questions and report their cross-validated figures.") { questions, output, adapterQuestions, adapterOutput, CliServices.DataOption };
        command.SetAction((result, cancellationToken) => CliServices.RunAsync(async () =>
        {
            var tuning = Read(result.GetValue(questions)!);
            var adapting = Read(result.GetValue(adapterQuestions) ?? []);
            await using var services = CliServices.Build(result);
            await services.UpdateIndexesAsync(cancellationToken);
            var calibration = await services.GetRequiredService<Calibrator>().RunAsync(tuning, adapting, cancellationToken);
            var report = Report(calibration);
            Console.Write(report);
            if (result.GetValue(output) is { } file)
            {
                (calibration.Model with { Report = report }).Write(file.FullName);
                Console.WriteLine($"wrote {file.FullName}");
            }

            if (result.GetValue(adapterOutput) is { } adapterFile)
            {
                calibration.Adapter.Write(adapterFile.FullName);
                Console.WriteLine($"wrote {adapterFile.FullName}");
            }

            return 0;
        }));
        return command;
    }

    static List<TuningQuestion> Read(IEnumerable<FileInfo> files) =>
        files.SelectMany(f => EvalFile.Read(f).Select(q => new TuningQuestion(Path.GetFileNameWithoutExtension(f.Name), q))).ToList();

    static string Report(Calibration calibration)
    {
        var model = calibration.Model;
        var text = new StringBuilder();
        text.AppendLine(calibration.AdapterFittedOn.Count == 0
            ? "no question adapter"
            : $"question adapter fitted on {string.Join(", ", calibration.AdapterFittedOn)}; each tuning question ranked with one fitted without its set (without its council, as at a new council)");
        text.AppendLine($"leave-one-council-out; coverage gate {model.CoverageThreshold:F2}, at a new council {model.NewCouncilCoverageThreshold:F2} (lowest declining >= {Calibrator.RequiredAbstention:F2} of uncovered questions), confidence gate {model.ConfidenceThreshold:F2} (lowest with >= {Calibrator.RequiredPrecision:F2} of confident answers right):");
        foreach (var set in calibration.Outcomes.GroupBy(o => o.NewCouncil ? $"{o.Tuning.Set}, new council" : o.Tuning.Set))
        {
            var at = TradeOff.At(set.ToList(), model.CoverageThreshold, model.ConfidenceThreshold, model.NewCouncilCoverageThreshold);
            var ungated = TradeOff.At(set.ToList(), 0, 0);
            text.AppendLine($"  {set.Key,-37} n {set.Count(),3}  hit@1 {at.Hit1:F3} hit@3 {at.Hit3:F3} abstention {at.Abstention:F3} precision {at.Precision:F3} confident {at.ConfidentShare:F3} (right {at.ConfidentPrecision:F3})  ranking alone: hit@1 {ungated.Hit1:F3} hit@3 {ungated.Hit3:F3}");
        }

        text.AppendLine("coverage threshold over all tuning questions: hit@1 hit@3 abstention precision answered");
        foreach (var t in new[] { 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9 })
        {
            var at = TradeOff.At(calibration.Outcomes, t, model.ConfidenceThreshold);
            text.AppendLine($"  {t:F2}: {at.Hit1:F3} {at.Hit3:F3} {at.Abstention:F3} {at.Precision:F3} {at.Answered}");
        }

        text.AppendLine("confidence threshold (at the coverage threshold): share of answers confident, and right");
        foreach (var t in new[] { 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9 })
        {
            var at = TradeOff.At(calibration.Outcomes, model.CoverageThreshold, t, model.NewCouncilCoverageThreshold);
            text.AppendLine($"  {t:F2}: {at.ConfidentShare:F3} {at.ConfidentPrecision:F3}");
        }

        return text.ToString();
    }
}

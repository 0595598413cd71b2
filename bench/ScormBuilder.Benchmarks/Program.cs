using BenchmarkDotNet.Running;
using ScormBuilder.Benchmarks;

// 'generate SESSIONS QUESTIONS CASES DIR' writes a synthetic course; anything else runs BenchmarkDotNet.
if (args is ["generate", var sessions, var questions, var cases, var directory])
{
    new CourseGenerator(int.Parse(sessions), int.Parse(questions), int.Parse(cases)).Write(directory);
    Console.WriteLine($"Wrote {directory}");
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(PipelineBenchmarks).Assembly).Run(args);
return 0;

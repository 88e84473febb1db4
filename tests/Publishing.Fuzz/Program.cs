using Publishing.Fuzz;
using SharpFuzz;

// afl-fuzz target: dotnet Publishing.Fuzz.dll pdf|payload (see fuzz.sh). Every input goes to one target; an
// exception escaping the target, a crash or a hang is what afl-fuzz records. With a file argument after the target,
// runs that one input outside afl-fuzz (to reproduce a finding).
if (args is not [var name, ..] || FuzzTargets.Find(name) is not { } target)
{
    Console.Error.WriteLine("usage: Publishing.Fuzz pdf|payload [input-file]");
    return 2;
}
if (args is [_, var file])
{
    using var input = File.OpenRead(file);
    target(input);
    Console.Out.WriteLine("no failure");
    return 0;
}
Fuzzer.OutOfProcess.Run(stream => target(stream));
return 0;

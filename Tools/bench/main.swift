import Foundation

// komunika-bench: what Komunika's layers achieve, each printed next to the
// same machine's limit measured in the same run (raw libzmq, raw SQLite).
// Run with `make bench` (release build). Figures are for reading, not asserting.

let arguments = CommandLine.arguments.dropFirst()
let scale = arguments.first.flatMap(Int.init) ?? 1
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("komunika-bench-\(getpid())")
try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: folder) }

print("Komunika benchmarks on \(ProcessInfo.processInfo.activeProcessorCount) cores (scale \(scale))\n")
let report = BenchReport()
await BusBenchmarks(folder: folder, scale: scale).run(into: report)
try await StoreBenchmarks(folder: folder, scale: scale).run(into: report)
try await CommandBenchmarks(folder: folder, scale: scale).run(into: report)
report.print()
print("\npeak resident memory of this process: \(BenchReport.peakResidentMegabytes()) MB")

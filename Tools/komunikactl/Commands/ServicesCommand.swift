import ArgumentParser
import MessageSchema

/// `komunikactl services`: the services' names, one a line, from
/// `ServiceName`, so scripts (Tools/run-local.sh) need no list of their own.
struct ServicesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "services",
        abstract: "Print every service's name, one a line (domain services first, then the gateway).")

    @Flag(help: "Only the domain services: every one but the gateway.")
    var domain = false

    /// What `run` prints, a name a line.
    var names: [String] { (domain ? ServiceName.domainServices : ServiceName.allCases).map(\.rawValue) }

    func run() {
        for name in names { print(name) }
    }
}

/// `komunikactl compose`: compose.yaml, generated from `ServiceName` and
/// the topology's ports. The committed file is this output (a test holds them equal).
struct ComposeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compose",
        abstract: "Print compose.yaml for every service (the repository's compose.yaml is this output).",
        discussion: "After adding a service: komunikactl compose > compose.yaml")

    func run() {
        print(ComposeFile.text(), terminator: "")
    }
}

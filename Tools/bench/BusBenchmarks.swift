import Bus
import CZeroMQ
import Foundation

/// PUB→SUB throughput of 100-byte messages: raw libzmq in two threads against
/// the `Bus` publisher and subscriber.
struct BusBenchmarks {
    let folder: URL
    let scale: Int

    func run(into report: BenchReport) async {
        print("Bus")
        let count = 300_000 * scale
        let raw = rawPubSub(count: count)
        let ours = await busPubSub(count: count)
        report.add(
            "PUB→SUB 100 B, ipc, received", ours: "\(BenchReport.rate(ours.received, ours.time)) (\(ours.received)/\(count))",
            limit: "\(BenchReport.rate(raw.received, raw.time)) (\(raw.received)/\(count))", limitWhat: "raw libzmq, two threads")
    }

    private func rawPubSub(count: Int) -> (received: Int, time: Duration) {
        let context = zmq_ctx_new()
        defer { zmq_ctx_term(context) }
        let endpoint = "ipc://\(folder.path)/raw.sock"
        let pub = zmq_socket(context, ZMQ_PUB)
        let sub = zmq_socket(context, ZMQ_SUB)
        var hwm: Int32 = 0
        zmq_setsockopt(pub, ZMQ_SNDHWM, &hwm, 4)
        zmq_setsockopt(sub, ZMQ_RCVHWM, &hwm, 4)
        zmq_bind(pub, endpoint)
        zmq_setsockopt(sub, ZMQ_SUBSCRIBE, "", 0)
        zmq_connect(sub, endpoint)
        usleep(200_000)
        var payload = [UInt8](repeating: 7, count: 100)
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var received = 0
        let timeoutMs: Int32 = 1_000
        var timeout = timeoutMs
        zmq_setsockopt(sub, ZMQ_RCVTIMEO, &timeout, 4)
        let subscriberSocket = RawSocket(handle: sub)
        Thread {
            var buffer = [UInt8](repeating: 0, count: 256)
            while zmq_recv(subscriberSocket.handle, &buffer, 256, 0) >= 0 { received += 1 }
            done.signal()
        }.start()
        let start = ContinuousClock.now
        for _ in 0..<count { zmq_send(pub, &payload, 100, 0) }
        done.wait()
        let time = ContinuousClock.now - start - .milliseconds(Int(timeoutMs))
        zmq_close(pub)
        zmq_close(sub)
        return (received, time)
    }

    private func busPubSub(count: Int) async -> (received: Int, time: Duration) {
        let context = ZMQContext()
        let endpoint = "ipc://\(folder.path)/bus.sock"
        guard let publisher = try? Publisher(context: context, bind: endpoint, options: [.sendHighWaterMark(0)]) else { return (0, .zero) }
        let counter = Counter()
        guard
            let subscriber = try? Subscriber(
                context: context, connect: [endpoint], prefixes: [""], options: [.receiveHighWaterMark(0)], onMessage: { _ in counter.add() })
        else { return (0, .zero) }
        try? await Task.sleep(for: .milliseconds(200))
        let body = Data(repeating: 7, count: 100 - 12)
        let start = ContinuousClock.now
        for _ in 0..<count { publisher.publish(topic: "events.bench", body: body) }
        var last = -1
        var lastChange = ContinuousClock.now
        while ContinuousClock.now - lastChange < .seconds(1) {
            try? await Task.sleep(for: .milliseconds(20))
            let now = counter.value
            if now != last {
                last = now
                lastChange = .now
            }
            if now >= count { break }
        }
        let time = lastChange - start
        subscriber.close()
        publisher.close()
        context.terminate()
        return (counter.value, time)
    }
}

/// A raw socket handed to the one thread that uses it.
struct RawSocket: @unchecked Sendable {
    let handle: UnsafeMutableRawPointer?
}

final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add() { lock.withLock { count += 1 } }
    var value: Int { lock.withLock { count } }
}

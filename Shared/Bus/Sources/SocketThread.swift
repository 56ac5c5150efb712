import CZeroMQ
import Foundation

/// Owns one socket on a dedicated thread, so no libzmq call ever runs on a
/// Swift concurrency thread. Other threads hand it messages to send through a
/// locked queue and wake it through a pipe that `zmq_poll` watches.
final class SocketThread: @unchecked Sendable {
    private let socket: ZMQSocket
    private let name: String
    private let tickMilliseconds: Int
    private let onMessage: (ReceivedMessage) -> Void
    private let onTick: () -> Void
    private let onRefused: ([Data]) -> Void

    private let lock = NSLock()
    private var pending: [[Data]] = []
    private var running = true
    private let wakeRead: Int32
    private let wakeWrite: Int32
    private let finished = DispatchSemaphore(value: 0)
    private var started = false
    private var pipeClosed = false

    convenience init(
        name: String, socket: ZMQSocket, tickMilliseconds: Int = 50,
        onMessage: @escaping ([Data]) -> Void, onTick: @escaping () -> Void = {},
        onRefused: @escaping ([Data]) -> Void = { _ in }
    ) throws {
        try self.init(
            name: name, socket: socket, tickMilliseconds: tickMilliseconds, onReceived: { onMessage($0.frames) },
            onTick: onTick, onRefused: onRefused)
    }

    /// `onReceived` gets each message with its sender's ZAP user id.
    init(
        name: String, socket: ZMQSocket, tickMilliseconds: Int = 50,
        onReceived: @escaping (ReceivedMessage) -> Void, onTick: @escaping () -> Void = {},
        onRefused: @escaping ([Data]) -> Void = { _ in }
    ) throws {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw ZMQError("pipe", code: errno) }
        for fd in fds { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) }
        self.wakeRead = fds[0]
        self.wakeWrite = fds[1]
        self.name = name
        self.socket = socket
        self.tickMilliseconds = tickMilliseconds
        self.onMessage = onReceived
        self.onTick = onTick
        self.onRefused = onRefused
    }

    func start() {
        lock.withLock { started = true }
        let thread = Thread { [self] in run() }
        thread.name = name
        thread.start()
    }

    /// Queues a message; the socket's thread sends it without blocking.
    func send(_ frames: [Data]) {
        // After `stop` the pipe is closed (its number may be reused): drop instead.
        lock.withLock {
            guard running else { return }
            pending.append(frames)
            wake()
        }
    }

    /// Stops the thread and closes the socket; returns once both are done.
    func stop() {
        let wasStarted = lock.withLock { () -> Bool in
            let wasRunning = running
            running = false
            return started && wasRunning
        }
        if wasStarted {
            wakeUnconditionally()
            finished.wait()
        } else if !lock.withLock({ started }) {
            socket.close()
        }
        lock.withLock {
            if !pipeClosed {
                pipeClosed = true
                close(wakeRead)
                close(wakeWrite)
            }
        }
    }

    /// Called with `lock` held, while running, so the pipe is open.
    private func wake() {
        var byte: UInt8 = 1
        _ = write(wakeWrite, &byte, 1)
    }

    private func wakeUnconditionally() {
        lock.withLock {
            guard !pipeClosed else { return }
            var byte: UInt8 = 1
            _ = write(wakeWrite, &byte, 1)
        }
    }

    private func run() {
        var items = [
            zmq_pollitem_t(socket: socket.handle, fd: 0, events: Int16(ZMQ_POLLIN), revents: 0),
            zmq_pollitem_t(socket: nil, fd: wakeRead, events: Int16(ZMQ_POLLIN), revents: 0),
        ]
        while lock.withLock({ running }) {
            flush()
            let ready = zmq_poll(&items, 2, tickMilliseconds)
            if ready == -1 {
                if zmq_errno() == ETERM {
                    lock.withLock { running = false }
                    break
                }
                continue
            }
            if items[0].revents & Int16(ZMQ_POLLIN) != 0 { drainSocket() }
            if items[1].revents & Int16(ZMQ_POLLIN) != 0 { drainPipe() }
            onTick()
        }
        flush()
        socket.close()
        finished.signal()
    }

    private func flush() {
        let batch = lock.withLock { () -> [[Data]] in
            defer { pending.removeAll(keepingCapacity: true) }
            return pending
        }
        for frames in batch {
            // A message libzmq refuses now (no connected peer, high-water mark)
            // goes back to its owner, which decides whether to try again.
            if (try? socket.send(frames)) != true { onRefused(frames) }
        }
    }

    private func drainSocket() {
        // Bounded, so queued sends and ticks are not starved by a flood.
        for _ in 0..<10_000 {
            guard let message = try? socket.receiveMessage() else { return }
            onMessage(message)
        }
    }

    private func drainPipe() {
        var buffer = [UInt8](repeating: 0, count: 256)
        while read(wakeRead, &buffer, buffer.count) > 0 {}
    }
}

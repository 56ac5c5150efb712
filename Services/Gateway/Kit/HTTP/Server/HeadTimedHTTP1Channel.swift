import HummingbirdCore
import Logging
import NIOCore
import NIOHTTPTypes

/// Hummingbird's HTTP/1.1 channel with two deadlines. Its own idle timeout
/// closes a connection that sends no request part for `idleTimeout`; and a
/// request's head (line and headers) must arrive in full within
/// `headerTimeout` of its first byte, else the connection is closed. A head
/// trickled a byte at a time yields no request part, so the idle timer alone
/// would not see it before `idleTimeout`; the head deadline cuts it sooner.
///
/// The first byte is seen by a handler before the HTTP decoder, the decoded
/// head by one after it; both share one `RequestHeadClock` on the channel's event loop.
struct HeadTimedHTTP1Channel: ServerChildChannel {
    typealias Value = HTTP1Channel.Value

    let responder: HTTPChannelHandler.Responder
    let idleTimeout: TimeAmount
    let headerTimeout: TimeAmount

    private var http1: HTTP1Channel {
        HTTP1Channel(responder: responder, configuration: .init(idleTimeout: idleTimeout))
    }

    func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<Value> {
        let headerTimeout = self.headerTimeout
        let responder = self.responder
        let idleTimeout = self.idleTimeout
        return channel.eventLoop.makeCompletedFuture {
            let clock = RequestHeadClock(timeout: headerTimeout, logger: logger)
            try channel.pipeline.syncOperations.addHandler(RequestHeadClock.FirstByte(clock), position: .first)
            return HTTP1Channel(
                responder: responder,
                configuration: .init(additionalChannelHandlers: [RequestHeadClock.HeadDecoded(clock)], idleTimeout: idleTimeout))
        }.flatMap { http1 in
            http1.setup(channel: channel, logger: logger)
        }
    }

    func handle(value: Value, logger: Logger) async {
        await http1.handle(value: value, logger: logger)
    }
}

/// The deadline of one connection's request heads: started by a request's
/// first byte, stopped by its decoded head, idle again after the request's
/// end. Only ever used on its channel's event loop (hence `@unchecked Sendable`:
/// Hummingbird's handler list is a `@Sendable` closure).
final class RequestHeadClock: @unchecked Sendable {
    enum State {
        /// Waiting for the first byte of a request.
        case betweenRequests
        /// Bytes of a head have come, the head is not decoded yet.
        case readingHead(Scheduled<Void>)
        /// The head is decoded; the body (if any) is coming.
        case readingBody
    }

    let timeout: TimeAmount
    let logger: Logger
    var state = State.betweenRequests

    init(timeout: TimeAmount, logger: Logger) {
        self.timeout = timeout
        self.logger = logger
    }

    func bytesArrived(_ context: ChannelHandlerContext) {
        guard case .betweenRequests = state else { return }
        let channel = context.channel
        let logger = logger
        let timeout = timeout
        state = .readingHead(
            context.eventLoop.scheduleTask(in: timeout) {
                logger.debug(
                    "request head not complete in time: connection closed",
                    metadata: ["seconds": "\(timeout.nanoseconds / 1_000_000_000)"])
                channel.close(promise: nil)
            })
    }

    func headDecoded() {
        if case .readingHead(let deadline) = state { deadline.cancel() }
        state = .readingBody
    }

    func requestEnded() {
        state = .betweenRequests
    }

    func stop() {
        if case .readingHead(let deadline) = state { deadline.cancel() }
        state = .betweenRequests
    }

    /// First in the pipeline: sees the raw bytes.
    final class FirstByte: ChannelInboundHandler, RemovableChannelHandler {
        typealias InboundIn = ByteBuffer
        typealias InboundOut = ByteBuffer
        let clock: RequestHeadClock

        init(_ clock: RequestHeadClock) { self.clock = clock }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            clock.bytesArrived(context)
            context.fireChannelRead(data)
        }

        func channelInactive(context: ChannelHandlerContext) {
            clock.stop()
            context.fireChannelInactive()
        }
    }

    /// After the HTTP decoder: sees each decoded request part.
    final class HeadDecoded: ChannelInboundHandler, RemovableChannelHandler {
        typealias InboundIn = HTTPRequestPart
        typealias InboundOut = HTTPRequestPart
        let clock: RequestHeadClock

        init(_ clock: RequestHeadClock) { self.clock = clock }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            switch unwrapInboundIn(data) {
            case .head: clock.headDecoded()
            case .body: break
            case .end: clock.requestEnded()
            }
            context.fireChannelRead(data)
        }
    }
}

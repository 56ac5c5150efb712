import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// An XML document read whole into elements: enough to walk an RSS or Atom feed.
final class XMLElementNode {
    let name: String
    let attributes: [String: String]
    var children: [XMLElementNode] = []
    var text = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// The children named `name`.
    func all(_ name: String) -> [XMLElementNode] { children.filter { $0.name == name } }

    /// The first child named `name`.
    func first(_ name: String) -> XMLElementNode? { children.first { $0.name == name } }

    /// The trimmed text of the first child named `name`, `nil` when absent or blank.
    func text(of name: String) -> String? {
        guard let child = first(name) else { return nil }
        let trimmed = child.text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// Parses `data`; `nil` with the parser's reason when it is not well-formed XML.
    static func parse(_ data: Data) -> Result<XMLElementNode, XMLTreeError> {
        let builder = Builder()
        let parser = XMLParser(data: data)
        parser.delegate = builder
        parser.shouldResolveExternalEntities = false
        let parsed = parser.parse()
        guard parsed, let root = builder.root else {
            let reason = parser.parserError.map { "\($0.localizedDescription)" } ?? "no root element"
            return .failure(XMLTreeError(line: parser.lineNumber, reason: reason))
        }
        // FoundationXML accepts a document that ends before its elements are closed.
        if let open = builder.stack.last {
            return .failure(XMLTreeError(line: parser.lineNumber, reason: "the file ends inside <\(open.name)>"))
        }
        return .success(root)
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: XMLElementNode?
        var stack: [XMLElementNode] = []

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            let node = XMLElementNode(name: elementName, attributes: attributes)
            if let parent = stack.last { parent.children.append(node) } else { root = node }
            stack.append(node)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            _ = stack.popLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            stack.last?.text += String(decoding: CDATABlock, as: UTF8.self)
        }
    }
}

struct XMLTreeError: Error {
    var line: Int
    var reason: String
}

#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace lethe {

// A strict pull parser for one JSON text (RFC 8259) read from a source piece by piece, so a text of many
// megabytes (an erasure plan of millions of keys) is never held whole, nor as a QJsonDocument: the reader
// asks for the next token and builds what it needs as it goes, and a string's text can be taken in pieces as
// it is decoded (readText with a sink) instead of as one value.
//
// Strict: only what RFC 8259 allows (no comments, no trailing commas, no leading zeros, no raw control
// characters in strings, escapes as listed), strings and the whole text valid UTF-8 (no overlong forms, no
// surrogates; \u escapes in pairs where they must be), one value and nothing after it but white space, at
// most `maxDepth` arrays and objects inside each other, a number at most 64 characters and a name at most
// `kMaxNameBytes`. Pieces may be cut anywhere (inside a character or an escape). Errors are sticky: after
// one, next() returns Error again, and error() says what, at which byte (offset()).
class JsonPull
{
    Q_DECLARE_TR_FUNCTIONS(lethe::JsonPull)
public:
    // The next piece of the text; an empty piece: the end of it. An error stops the parser with it.
    using Source = std::function<Result<QByteArray>()>;
    // A string's decoded text in pieces (UTF-8, whole characters, up to about 64 KiB each: they join into
    // the text); returning false stops the reading (readText returns false, error() says so).
    using Sink = std::function<bool(QByteArrayView)>;

    enum class Token
    {
        BeginObject,
        EndObject,
        BeginArray,
        EndArray,
        Name,   // an object's member name: name()
        String, // a string value, not read yet: readText() (next() skips it when it is not read)
        Number, // numberText()
        True,
        False,
        Null,
        End,   // the text ended after its one value
        Error, // error()
    };
    static constexpr qsizetype kMaxNameBytes = 1 << 16;

    explicit JsonPull(Source source, int maxDepth = 64);

    Token next();
    // The member name of the last Name token.
    const QString& name() const { return m_name; }
    // The text of the last Number token, as written (valid JSON number syntax).
    const QByteArray& numberText() const { return m_number; }
    // The String token's text, decoded: whole (refused with an error past `maxBytes` of UTF-8), or in pieces
    // to `sink`. Only right after a String token, once.
    bool readText(QString* out, qsizetype maxBytes);
    bool readText(const Sink& sink);

    const QString& error() const { return m_error; }
    // The source's own error, when the source failed (not the text).
    const std::optional<Error>& sourceError() const { return m_sourceError; }
    // Bytes read before the current position (where the error was found).
    qint64 offset() const { return m_base + m_pos; }
    // Words for a token in messages ("a string", "an object").
    static QString describe(Token token);

private:
    enum class Expect
    {
        Value,
        ValueOrEnd, // right after '['
        NameOrEnd,  // right after '{'
        Name,       // after ','
        CommaOrEnd,
        Done,
    };
    int peek();    // the next byte, -1 at the end (or after a source error)
    int get();     // the same, consumed
    bool refill(); // false at the end
    void skipSpace();
    Token fail(const QString& message);
    Token afterValue(Token t);
    Token literal(const char* word, Token t);
    Token number();
    bool string(const Sink& sink);
    bool utf8Tail(int lead, QByteArray& out); // the rest of a multi-byte character, checked
    bool escape(QByteArray& out);
    bool hex4(uint* out);

    Source m_source;
    int m_maxDepth;
    QByteArray m_buf;
    qsizetype m_pos = 0;
    qint64 m_base = 0; // bytes of the pieces before m_buf
    bool m_eof = false;
    std::vector<char> m_stack; // '{' or '['
    Expect m_expect = Expect::Value;
    bool m_stringPending = false;
    QString m_name;
    QByteArray m_number;
    QString m_error;
    std::optional<Error> m_sourceError;
    QByteArray m_text; // a string's text as it is decoded (its capacity kept from string to string)
};

} // namespace lethe

#include "JsonPull.h"

namespace lethe {

namespace {

// The length of a multi-byte UTF-8 character's lead byte (0: not a lead byte UTF-8 allows), and the range
// its second byte must be in (which refuses overlong forms, surrogates and code points past U+10FFFF).
int utf8Lead(uchar b, uchar* lo, uchar* hi)
{
    *lo = 0x80;
    *hi = 0xBF;
    if (b >= 0xC2 && b <= 0xDF)
        return 2;
    if (b == 0xE0)
        *lo = 0xA0;
    else if (b == 0xED)
        *hi = 0x9F;
    if (b >= 0xE0 && b <= 0xEF)
        return 3;
    if (b == 0xF0)
        *lo = 0x90;
    else if (b == 0xF4)
        *hi = 0x8F;
    if (b >= 0xF0 && b <= 0xF4)
        return 4;
    return 0;
}

// The UTF-8 character at p (first byte >= 0x80) with `avail` bytes there: its length when whole and valid,
// 0 when the bytes end before it does (valid so far), -1 when it is not valid UTF-8.
int utf8Length(const char* p, qsizetype avail)
{
    uchar lo = 0, hi = 0;
    const int n = utf8Lead(uchar(p[0]), &lo, &hi);
    if (n == 0)
        return -1;
    for (int k = 1; k < n; ++k) {
        if (k >= avail)
            return 0;
        const auto b = uchar(p[k]);
        if (b < (k == 1 ? lo : 0x80) || b > (k == 1 ? hi : 0xBF))
            return -1;
    }
    return n;
}

void appendUtf8(QByteArray& out, uint cp)
{
    if (cp < 0x80) {
        out.append(char(cp));
    } else if (cp < 0x800) {
        out.append(char(0xC0 | (cp >> 6)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.append(char(0xE0 | (cp >> 12)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else {
        out.append(char(0xF0 | (cp >> 18)));
        out.append(char(0x80 | ((cp >> 12) & 0x3F)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    }
}

} // namespace

JsonPull::JsonPull(Source source, int maxDepth) : m_source(std::move(source)), m_maxDepth(maxDepth) {}

QString JsonPull::describe(Token token)
{
    switch (token) {
    case Token::BeginObject:
    case Token::EndObject:
        return tr("an object");
    case Token::BeginArray:
    case Token::EndArray:
        return tr("an array");
    case Token::Name:
        return tr("a member name");
    case Token::String:
        return tr("a string");
    case Token::Number:
        return tr("a number");
    case Token::True:
    case Token::False:
        return tr("true or false");
    case Token::Null:
        return tr("null");
    case Token::End:
        return tr("the end of the text");
    case Token::Error:
        return tr("an error");
    }
    return {};
}

bool JsonPull::refill()
{
    while (!m_eof) {
        Result<QByteArray> piece = m_source();
        if (!piece) {
            if (m_error.isEmpty())
                m_error = piece.error().message;
            m_sourceError = piece.error();
            m_eof = true;
            return false;
        }
        if (piece->isEmpty()) {
            m_eof = true;
            return false;
        }
        m_base += m_buf.size();
        m_buf = std::move(piece).value();
        m_pos = 0;
        return true;
    }
    return false;
}

int JsonPull::peek()
{
    if (m_pos >= m_buf.size() && !refill())
        return -1;
    return uchar(m_buf[m_pos]);
}

int JsonPull::get()
{
    const int c = peek();
    if (c >= 0)
        ++m_pos;
    return c;
}

void JsonPull::skipSpace()
{
    for (;;) {
        const int c = peek();
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return;
        ++m_pos;
    }
}

JsonPull::Token JsonPull::fail(const QString& message)
{
    if (m_error.isEmpty())
        m_error = message;
    return Token::Error;
}

JsonPull::Token JsonPull::afterValue(Token t)
{
    m_expect = m_stack.empty() ? Expect::Done : Expect::CommaOrEnd;
    return t;
}

namespace {

QString unexpected(int c)
{
    if (c < 0)
        return JsonPull::tr("the text ends too early");
    if (c >= 0x21 && c < 0x7F)
        return JsonPull::tr("unexpected character '%1'").arg(QChar(c));
    return JsonPull::tr("unexpected byte 0x%1").arg(c, 2, 16, QLatin1Char('0'));
}

} // namespace

JsonPull::Token JsonPull::next()
{
    if (!m_error.isEmpty())
        return Token::Error;
    if (m_stringPending) {
        m_stringPending = false;
        if (!string({}))
            return Token::Error;
    }
    skipSpace();
    switch (m_expect) {
    case Expect::Done: {
        const int c = peek();
        if (c < 0)
            return m_error.isEmpty() ? Token::End : Token::Error;
        return fail(tr("text after the end of the JSON value (%1)").arg(unexpected(c)));
    }
    case Expect::NameOrEnd:
    case Expect::Name: {
        const int c = get();
        if (c == '}' && m_expect == Expect::NameOrEnd) {
            m_stack.pop_back();
            return afterValue(Token::EndObject);
        }
        if (c != '"')
            return fail(tr("expected a member name in quotes: %1").arg(unexpected(c)));
        QByteArray name;
        const bool read = string([&](QByteArrayView piece) {
            if (name.size() + piece.size() > kMaxNameBytes) {
                fail(tr("a member name longer than %1 bytes").arg(kMaxNameBytes));
                return false;
            }
            name.append(piece);
            return true;
        });
        if (!read)
            return Token::Error;
        m_name = QString::fromUtf8(name);
        skipSpace();
        if (const int colon = get(); colon != ':')
            return fail(tr("expected ':' after a member name: %1").arg(unexpected(colon)));
        m_expect = Expect::Value;
        return Token::Name;
    }
    case Expect::CommaOrEnd: {
        const int c = get();
        const char open = m_stack.back();
        if (c == ',') {
            m_expect = open == '{' ? Expect::Name : Expect::Value;
            return next();
        }
        if (c == (open == '{' ? '}' : ']')) {
            m_stack.pop_back();
            return afterValue(open == '{' ? Token::EndObject : Token::EndArray);
        }
        return fail(
            (open == '{' ? tr("expected ',' or '}': %1") : tr("expected ',' or ']': %1")).arg(unexpected(c)));
    }
    case Expect::Value:
    case Expect::ValueOrEnd:
        break;
    }
    const int c = peek();
    if (c == ']' && m_expect == Expect::ValueOrEnd) {
        get();
        m_stack.pop_back();
        return afterValue(Token::EndArray);
    }
    switch (c) {
    case '{':
    case '[':
        if (int(m_stack.size()) >= m_maxDepth)
            return fail(tr("more than %1 arrays and objects inside each other").arg(m_maxDepth));
        get();
        m_stack.push_back(char(c));
        m_expect = c == '{' ? Expect::NameOrEnd : Expect::ValueOrEnd;
        return c == '{' ? Token::BeginObject : Token::BeginArray;
    case '"':
        get();
        m_stringPending = true;
        return afterValue(Token::String);
    case 't':
        return literal("true", Token::True);
    case 'f':
        return literal("false", Token::False);
    case 'n':
        return literal("null", Token::Null);
    default:
        if (c == '-' || (c >= '0' && c <= '9'))
            return number();
        return fail(tr("expected a value: %1").arg(unexpected(c)));
    }
}

JsonPull::Token JsonPull::literal(const char* word, Token t)
{
    for (const char* p = word; *p; ++p)
        if (const int c = get(); c != uchar(*p))
            return fail(tr("expected '%1': %2").arg(QLatin1String(word), unexpected(c)));
    return afterValue(t);
}

JsonPull::Token JsonPull::number()
{
    m_number.clear();
    auto digit = [&] {
        const int c = peek();
        return c >= '0' && c <= '9';
    };
    auto take = [&] {
        m_number.append(char(get()));
        return m_number.size() <= 64;
    };
    auto digits = [&] {
        if (!digit())
            return false;
        while (digit())
            if (!take())
                return false;
        return true;
    };
    const QString tooLong = tr("a number longer than 64 characters");
    if (peek() == '-' && !take())
        return fail(tooLong);
    if (peek() == '0') {
        take();
    } else if (!digits()) {
        return m_number.size() > 64 ? fail(tooLong) : fail(tr("a number without digits"));
    }
    if (peek() == '.') {
        take();
        if (!digits())
            return m_number.size() > 64 ? fail(tooLong) : fail(tr("a number without digits after '.'"));
    }
    if (peek() == 'e' || peek() == 'E') {
        take();
        if ((peek() == '+' || peek() == '-') && !take())
            return fail(tooLong);
        if (!digits())
            return m_number.size() > 64 ? fail(tooLong) : fail(tr("a number without digits in its exponent"));
    }
    if (m_number.size() > 64)
        return fail(tooLong);
    return afterValue(Token::Number);
}

bool JsonPull::hex4(uint* out)
{
    *out = 0;
    for (int i = 0; i < 4; ++i) {
        const int c = get();
        int v = -1;
        if (c >= '0' && c <= '9')
            v = c - '0';
        else if (c >= 'a' && c <= 'f')
            v = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            v = c - 'A' + 10;
        if (v < 0) {
            fail(tr("a \\u escape without four hexadecimal digits: %1").arg(unexpected(c)));
            return false;
        }
        *out = *out * 16 + uint(v);
    }
    return true;
}

bool JsonPull::escape(QByteArray& out)
{
    const int c = get();
    switch (c) {
    case '"':
    case '\\':
    case '/':
        out.append(char(c));
        return true;
    case 'b':
        out.append('\b');
        return true;
    case 'f':
        out.append('\f');
        return true;
    case 'n':
        out.append('\n');
        return true;
    case 'r':
        out.append('\r');
        return true;
    case 't':
        out.append('\t');
        return true;
    case 'u':
        break;
    default:
        fail(tr("an invalid escape in a string: %1").arg(unexpected(c)));
        return false;
    }
    uint cp = 0;
    if (!hex4(&cp))
        return false;
    if (cp >= 0xDC00 && cp <= 0xDFFF) {
        fail(tr("a \\u escape of a low surrogate without a high one before it"));
        return false;
    }
    if (cp >= 0xD800 && cp <= 0xDBFF) {
        uint low = 0;
        if (get() != '\\' || get() != 'u' || !hex4(&low) || low < 0xDC00 || low > 0xDFFF) {
            fail(tr("a \\u escape of a high surrogate without a low one after it"));
            return false;
        }
        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
    }
    appendUtf8(out, cp);
    return true;
}

bool JsonPull::utf8Tail(int lead, QByteArray& out)
{
    char bytes[4] = {char(lead)};
    uchar lo = 0, hi = 0;
    const int n = utf8Lead(uchar(lead), &lo, &hi);
    for (int k = 1; k < n; ++k) {
        const int c = get();
        if (c < 0) {
            fail(tr("the text ends inside a string"));
            return false;
        }
        bytes[k] = char(c);
    }
    if (n == 0 || utf8Length(bytes, n) != n) {
        fail(tr("invalid UTF-8 in a string"));
        return false;
    }
    out.append(bytes, n);
    return true;
}

bool JsonPull::string(const Sink& sink)
{
    // The decoded text is gathered and handed over 64 KiB at a time: a key list is mostly short runs
    // between escapes (\u001e after every key), which would otherwise be a call each.
    constexpr qsizetype kPiece = 1 << 16;
    QByteArray& out = m_text;
    out.resize(0);
    auto deliver = [&](bool last) {
        if (out.size() < (last ? 1 : kPiece))
            return true;
        const bool taken = !sink || sink(QByteArrayView(out));
        out.resize(0);
        if (taken)
            return true;
        fail(tr("the reader stopped inside a string"));
        return false;
    };
    for (;;) {
        if (m_pos >= m_buf.size() && !refill()) {
            fail(tr("the text ends inside a string"));
            return false;
        }
        // A run of plain text, whole characters checked where they are.
        const char* data = m_buf.constData();
        const qsizetype size = m_buf.size();
        qsizetype i = m_pos;
        while (i < size) {
            const auto c = uchar(data[i]);
            if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
                ++i;
                continue;
            }
            if (c < 0x80)
                break;
            const int n = utf8Length(data + i, size - i);
            if (n < 0) {
                m_pos = i;
                fail(tr("invalid UTF-8 in a string"));
                return false;
            }
            if (n == 0)
                break; // cut by the piece's end: read byte by byte below
            i += n;
        }
        if (sink)
            out.append(data + m_pos, i - m_pos);
        m_pos = i;
        if (!deliver(false))
            return false;
        if (m_pos >= size)
            continue;
        const int c = get();
        if (c == '"')
            return deliver(true);
        if (c == '\\') {
            if (!escape(out))
                return false;
        } else if (c < 0x20) {
            --m_pos;
            fail(tr("a control character (0x%1) in a string: it must be escaped")
                     .arg(c, 2, 16, QLatin1Char('0')));
            return false;
        } else if (!utf8Tail(c, out)) {
            return false;
        }
    }
}

bool JsonPull::readText(QString* out, qsizetype maxBytes)
{
    if (!m_stringPending) {
        fail(tr("no string to read here"));
        return false;
    }
    m_stringPending = false;
    QByteArray text;
    const bool read = string([&](QByteArrayView piece) {
        if (text.size() + piece.size() > maxBytes) {
            fail(tr("a string longer than %1 bytes").arg(maxBytes));
            return false;
        }
        text.append(piece);
        return true;
    });
    if (!read)
        return false;
    *out = text.isEmpty() ? QStringLiteral("") : QString::fromUtf8(text);
    return true;
}

bool JsonPull::readText(const Sink& sink)
{
    if (!m_stringPending) {
        fail(tr("no string to read here"));
        return false;
    }
    m_stringPending = false;
    return string(sink);
}

} // namespace lethe

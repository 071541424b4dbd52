#include "Validation.h"

#include <QRegularExpression>

namespace lethe {

Result<Identity> Validation::normalizeIdentity(const Identity& in)
{
    Identity out{in.kind, in.value.trimmed()};
    switch (in.kind) {
    case IdentityKind::Email: {
        out.value = out.value.toLower();
        static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$"));
        if (!re.match(out.value).hasMatch()) {
            return makeError(
                Error::Code::InvalidInput,
                tr("email: \"%1\" is not an email address (expected name@domain.tld).").arg(in.value));
        }
        break;
    }
    case IdentityKind::Phone: {
        QString digits;
        for (QChar c : out.value) {
            if (c.isDigit() || c == QLatin1Char('+'))
                digits += c;
            else if (!QStringLiteral(" -().\u00a0/").contains(c))
                return makeError(
                    Error::Code::InvalidInput,
                    tr("phone: \"%1\" contains \"%2\"; use digits, spaces, dashes and a leading +.")
                        .arg(in.value, c));
        }
        if (digits.startsWith(QLatin1String("00")))
            digits = QLatin1Char('+') + digits.mid(2);
        static const QRegularExpression e164(QStringLiteral("^\\+[1-9][0-9]{6,14}$"));
        if (!e164.match(digits).hasMatch()) {
            return makeError(Error::Code::InvalidInput,
                             tr("phone: \"%1\" is not an international number (expected + and country code, "
                                "e.g. +44 20 7946 0018).")
                                 .arg(in.value));
        }
        out.value = digits;
        break;
    }
    case IdentityKind::UserId:
        if (out.value.isEmpty() || out.value.contains(QRegularExpression(QStringLiteral("\\s")))) {
            return makeError(Error::Code::InvalidInput,
                             tr("user-id: \"%1\" must be non-empty and contain no spaces.").arg(in.value));
        }
        break;
    }
    // Pattern characters: a processor's or database's search could read them as wildcards ("*@example.com"
    // would reach everyone). No real address or id needs them.
    if (in.kind != IdentityKind::Phone)
        for (const QChar c : out.value)
            if (QStringLiteral("*?[]\\%").contains(c))
                return makeError(
                    Error::Code::InvalidInput,
                    tr("%1: \"%2\" contains \"%3\", which a search would read as a wildcard; give "
                       "the exact %1.")
                        .arg(Names::key(in.kind), in.value, QString(c)));
    if (out.value.size() > 320)
        return makeError(Error::Code::InvalidInput,
                         tr("%1: value is longer than 320 characters.").arg(Names::key(in.kind)));
    return out;
}

Result<Identity> Validation::parseIdentity(const QString& text)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0) {
        return makeError(Error::Code::InvalidInput,
                         tr("identity: \"%1\" must be KIND:VALUE with KIND one of %2.")
                             .arg(text, Names::identityKindKeys()));
    }
    const auto kind = Names::parseIdentityKind(text.left(colon));
    if (!kind) {
        return makeError(Error::Code::InvalidInput, tr("identity: unknown kind \"%1\" (expected one of %2).")
                                                        .arg(text.left(colon), Names::identityKindKeys()));
    }
    return normalizeIdentity({*kind, text.mid(colon + 1)});
}

Result<QDate> Validation::parseDate(const QString& field, const QString& text)
{
    const QDate d = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!d.isValid())
        return makeError(Error::Code::InvalidInput,
                         tr("%1: \"%2\" is not a date (expected YYYY-MM-DD).").arg(field, text));
    return d;
}

Status Validation::checkReceived(QDate received, QDate today)
{
    if (!received.isValid())
        return makeError(Error::Code::InvalidInput, tr("received: a date is required."));
    if (received > today) {
        return makeError(Error::Code::InvalidInput,
                         tr("received: %1 is in the future (today is %2).")
                             .arg(received.toString(Qt::ISODate), today.toString(Qt::ISODate)));
    }
    if (received.year() < 2000)
        return makeError(Error::Code::InvalidInput,
                         tr("received: %1 is before 2000.").arg(received.toString(Qt::ISODate)));
    return Status::success();
}

Status Validation::checkProduct(const QString& product)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9 ._-]{0,63}$"));
    if (!re.match(product).hasMatch()) {
        return makeError(
            Error::Code::InvalidInput,
            tr("product: \"%1\" must be 1-64 letters, digits, spaces, dots, dashes or underscores.")
                .arg(product));
    }
    return Status::success();
}

Status Validation::checkAssignee(const QString& assignee)
{
    if (assignee.size() > 100)
        return makeError(Error::Code::InvalidInput, tr("assignee: longer than 100 characters."));
    return Status::success();
}

Status Validation::checkNewRequest(const NewRequest& r, QDate today)
{
    if (Status s = checkReceived(r.received, today); !s)
        return s;
    if (r.identities.isEmpty()) {
        return makeError(
            Error::Code::InvalidInput,
            tr("identities: at least one email, phone or user id is needed to find the subject."));
    }
    for (const Identity& i : r.identities) {
        if (auto n = normalizeIdentity(i); !n)
            return n.error();
    }
    for (const QString& p : r.products) {
        if (Status s = checkProduct(p); !s)
            return s;
    }
    if (r.subjectName.size() > 200)
        return makeError(Error::Code::InvalidInput, tr("subject name: longer than 200 characters."));
    return checkAssignee(r.assignee);
}

int Validation::countryCodeLength(const QString& digits)
{
    if (digits.startsWith(QLatin1Char('1')) || digits.startsWith(QLatin1Char('7')))
        return 1;
    static const QStringList twoDigit =
        QStringLiteral(
            "20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 60 61 62 "
            "63 64 65 66 81 82 84 86 90 91 92 93 94 95 98")
            .split(QLatin1Char(' '));
    return twoDigit.contains(digits.left(2)) ? 2 : 3;
}

QStringList Validation::phoneStoredForms(const QString& e164)
{
    const QString d = e164.startsWith(QLatin1Char('+')) ? e164.mid(1) : e164;
    const QString nsn = d.mid(countryCodeLength(d));
    QStringList forms = {d, QStringLiteral("00") + d, nsn};
    if (!nsn.startsWith(QLatin1Char('0')))
        forms << QLatin1Char('0') + nsn;
    forms.removeDuplicates();
    return forms;
}

} // namespace lethe

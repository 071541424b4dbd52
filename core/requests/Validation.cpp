#include "Validation.h"

#include "Phone.h"

#include <QRegularExpression>

namespace lethe {

Result<Identity> Validation::normalizeIdentity(const Identity& in, const QString& defaultRegion)
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
        auto e164 = Phone::toE164(out.value, defaultRegion);
        if (!e164)
            return e164.error();
        out.value = *e164;
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

Result<Identity> Validation::parseIdentity(const QString& text, const QString& defaultRegion)
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
    return normalizeIdentity({*kind, text.mid(colon + 1)}, defaultRegion);
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

Status Validation::checkTypeForLaw(Regulation regulation, RequestType type)
{
    if (Names::lawHasType(regulation, type))
        return Status::success();
    return makeError(Error::Code::InvalidInput,
                     tr("type: %1 has no %2 request; its types are: %3.")
                         .arg(Names::display(regulation), Names::key(type), Names::typeKeysFor(regulation)));
}

Status Validation::checkFee(const Fee& fee, Regulation regulation, RequestType type)
{
    static const QRegularExpression amount(QStringLiteral("^[0-9]{1,9}(\\.[0-9]{1,4})?$"));
    static const QRegularExpression currency(QStringLiteral("^[A-Z]{3}$"));
    if (!amount.match(fee.amount).hasMatch() || fee.amount.toDouble() <= 0)
        return makeError(Error::Code::InvalidInput,
                         tr("fee: \"%1\" is not an amount above zero such as 25 or 12.50.").arg(fee.amount));
    if (!currency.match(fee.currency).hasMatch())
        return makeError(
            Error::Code::InvalidInput,
            tr("fee: \"%1\" is not a three-letter currency code such as EUR, GBP or USD.").arg(fee.currency));
    if (fee.reason == FeeReason::FurtherCopies &&
        (regulation == Regulation::Ccpa || type != RequestType::Access))
        return makeError(Error::Code::InvalidInput,
                         tr("fee: a fee for further copies is for access requests under the GDPR or UK GDPR "
                            "(Art. 15(3)); for this request only %1 applies.")
                             .arg(Names::key(FeeReason::UnfoundedOrExcessive)));
    return Status::success();
}

Status Validation::checkNewRequest(const NewRequest& r, QDate today, const QString& defaultRegion)
{
    if (Status s = checkTypeForLaw(r.regulation, r.type); !s)
        return s;
    if (Status s = checkReceived(r.received, today); !s)
        return s;
    if (r.identities.isEmpty()) {
        return makeError(
            Error::Code::InvalidInput,
            tr("identities: at least one email, phone or user id is needed to find the subject."));
    }
    for (const Identity& i : r.identities) {
        if (auto n = normalizeIdentity(i, defaultRegion); !n)
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

QStringList Validation::phoneStoredForms(const QString& e164)
{
    return Phone::storedForms(e164);
}

} // namespace lethe

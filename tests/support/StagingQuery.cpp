#include "StagingQuery.h"

namespace ccas::test {

QString stagingRecipient()
{
    return QStringLiteral("13002526500013");
}

QUrlQuery toRawQuery(const StagingCase& stagingCase, const QString& recipient)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("recipient"), recipient);
    for (auto it = stagingCase.params.cbegin(); it != stagingCase.params.cend(); ++it)
        query.addQueryItem(it.key(), it.value());
    for (const QString& prenom : stagingCase.prenoms)
        query.addQueryItem(QStringLiteral("prenoms[]"), prenom);
    for (const QString& key : stagingCase.ignoredParams)
        query.addQueryItem(key, stagingCase.ignoredValues.value(key));
    return query;
}

} // namespace ccas::test

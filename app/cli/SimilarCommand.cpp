#include "app/cli/SimilarCommand.h"

#include "app/cli/CliOptions.h"
#include "app/cli/CliSession.h"
#include "app/cli/StatementFormat.h"
#include "core/families/FamilyIndex.h"
#include "core/store/Store.h"

#include <QJsonArray>

namespace ql {

QString SimilarCommand::name() const
{
    return QStringLiteral("similar");
}

QString SimilarCommand::summary() const
{
    return QStringLiteral("stored statements most like TEXT (score, date, speaker, text)");
}

QString SimilarCommand::arguments() const
{
    return QStringLiteral("TEXT");
}

int SimilarCommand::sharedOptions() const
{
    return CliOptions::Store | CliOptions::Format | CliOptions::Limit;
}

QString SimilarCommand::prepare(const QCommandLineParser&, const QStringList& positional)
{
    return positional.isEmpty() ? QStringLiteral("similar needs a sentence") : QString();
}

int SimilarCommand::execute(CliSession& session, const QStringList& positional)
{
    Store store;
    if (!session.openStore(store))
        return CliFailure;
    // A look-up by band in the store: nothing is loaded. Keys made by another version of the
    // hashing (or a store from before schema 8) are made again once, here.
    if (!store.variantKeysCurrent()) {
        if (const StoreError e = store.refreshVariantKeys(); e.isError())
            return session.fail(e.message);
    }
    const FamilyIndex families(store);
    // The words of an unquoted sentence arrive one by one.
    const auto hits = families.similar(positional.join(QLatin1Char(' ')), session.settings().limit);
    QJsonArray array;
    for (const auto& [score, row] : hits) {
        if (session.textFormat()) {
            session.out() << QString::number(score, 'f', 3) << '\t' << StatementFormat::line(row) << '\n';
        } else {
            QJsonObject o = StatementFormat::json(row);
            o.insert(QStringLiteral("score"), score);
            array.append(o);
        }
    }
    if (!session.textFormat())
        session.printJson(array);
    session.out().flush();
    return CliOk;
}

} // namespace ql

#include "app/cli/FamiliesCommand.h"

#include "app/cli/CliOptions.h"
#include "app/cli/CliSession.h"
#include "app/cli/StatementFormat.h"
#include "core/families/FamilyIndex.h"
#include "core/store/Store.h"

#include <QJsonArray>

namespace ql {

QString FamiliesCommand::name() const
{
    return QStringLiteral("families");
}

QString FamiliesCommand::summary() const
{
    return QStringLiteral("variant families of statements, each in time order");
}

QString FamiliesCommand::arguments() const
{
    return QString();
}

int FamiliesCommand::sharedOptions() const
{
    return CliOptions::Store | CliOptions::Format | CliOptions::MinSize;
}

QString FamiliesCommand::prepare(const QCommandLineParser&, const QStringList& positional)
{
    return positional.isEmpty()
        ? QString()
        : QStringLiteral("families takes no arguments, not '%1'").arg(positional.first());
}

int FamiliesCommand::execute(CliSession& session, const QStringList&)
{
    Store store;
    if (!session.openStore(store))
        return CliFailure;
    FamilyIndex families(store);
    if (const StoreError e = families.load(); e.isError())
        return session.fail(e.message);
    QTextStream& out = session.out();
    QJsonArray array;
    for (qint64 family : families.families().familyIds(session.settings().minSize)) {
        const QList<StatementRow> members = families.members(family);
        if (session.textFormat()) {
            out << "family " << family << " (" << members.size() << " statements)\n";
            for (const StatementRow& row : members)
                out << "  " << StatementFormat::line(row) << '\n';
        } else {
            QJsonArray list;
            for (const StatementRow& row : members)
                list.append(StatementFormat::json(row));
            array.append(
                QJsonObject { { QStringLiteral("family"), family }, { QStringLiteral("members"), list } });
        }
    }
    if (!session.textFormat())
        session.printJson(array);
    out.flush();
    return CliOk;
}

} // namespace ql
